"""Configuration: one defaults file in the package, a user file overriding only the keys it sets.

Reads: ``kg/defaults.toml`` and, optionally, a user TOML file (``--config FILE`` or env
``KG_CONFIG``).
Writes: a :class:`Config` (a frozen mapping view) passed explicitly to whoever needs it.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import ConfigError

__all__ = ["Config", "load_config", "DEFAULTS"]

DEFAULTS = Path(__file__).resolve().parent / "defaults.toml"
GRADES = ("A", "B", "C", "D", "E", "F")


def _merge(base: dict[str, Any], override: dict[str, Any], where: str = "") -> dict[str, Any]:
    out = dict(base)
    for key, value in override.items():
        if key not in base and where not in {"sources"}:
            raise ConfigError(f"unknown config key {where + '.' if where else ''}{key}")
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            out[key] = _merge(base[key], value, f"{where}.{key}" if where else key)
        else:
            out[key] = value
    return out


@dataclass(frozen=True)
class Config:
    """The merged configuration."""

    data: dict[str, Any]

    def get(self, *path: str, default: Any = None) -> Any:
        node: Any = self.data
        for key in path:
            if not isinstance(node, dict) or key not in node:
                return default
            node = node[key]
        return node

    def grade(self, name: str) -> str:
        """The Admiralty reliability grade (A-F) configured for a claimant or outlet."""
        sources = self.data.get("sources", {})
        grade = sources.get(name) or self.data["corroboration"]["default_grade"]
        return str(grade).upper()


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such config file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from exc


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    """The defaults, overridden by ``path`` (or env ``KG_CONFIG``) when given.

    Raises:
        ConfigError: unreadable file, invalid TOML, unknown key, or a grade outside A-F.

    >>> load_config().get("corroboration", "certainty", "probable")
    0.6
    """
    data = _read(DEFAULTS)
    path = path or os.environ.get("KG_CONFIG")
    if path:
        data = _merge(data, _read(Path(path)))
    for name, grade in data.get("sources", {}).items():
        if str(grade).upper() not in GRADES:
            raise ConfigError(f"source {name!r} has grade {grade!r}; use one of {', '.join(GRADES)}")
    return Config(data)
