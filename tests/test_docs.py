"""The README documents every command, keeps exactly two set-up commands, and CI runs the test one."""

from __future__ import annotations

import re
from pathlib import Path

from kg.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _setup_commands() -> list[str]:
    section = README.split("## Set up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section, flags=re.S)


def test_readme_has_exactly_two_setup_commands():
    commands = _setup_commands()
    assert len(commands) == 2
    assert all("\n" not in c for c in commands)


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _setup_commands()[1] in ci


def test_every_command_has_help_and_is_documented():
    for name, command in cli.commands.items():
        assert command.help and command.help.strip(), name
        assert f"`kg {name}" in README, f"kg {name} is not in the README"
