"""The `kg` command line end to end, on the bundled examples, with the real model and store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SCHEMA_DIR = ROOT.parent / "shared" / "schemas" / "gexf-1.3"

CLAIM_KEYS = {"article", "publisher", "claimant", "stance", "certainty", "supplier", "recipient", "items",
              "site", "evidence", "quote", "start", "end"}
ITEMS = {"munitions", "artillery shells", "rockets", "ballistic missiles", "troops", "technology", "other"}
EVIDENCE = {"satellite imagery", "official statement", "intelligence", "physical remains", "documents", "media report"}


def _run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def _jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("cli") / "store")
    result = _run("ingest", "--store", path, str(EXAMPLES))
    assert result.exit_code == 0, result.output
    return path


def test_claims_json_has_the_documented_fields(store):
    rows = _jsonl(_run("claims", "--store", store, "--json").output)
    assert len(rows) >= 6
    texts = {}
    for row in rows:
        assert CLAIM_KEYS <= row.keys()
        assert row["stance"] in {"asserts", "denies"}
        assert row["certainty"] in {"certain", "probable", "possible"}
        assert set(row["items"]) <= ITEMS and row["items"]
        assert set(row["evidence"]) <= EVIDENCE
        assert isinstance(row["start"], int) and row["end"] > row["start"]
        texts.setdefault(row["article"], None)
    assert any(r["stance"] == "denies" for r in rows)


def _expected_rolled_up() -> dict[tuple[str, str, str], dict]:
    """examples/expected.json per item, with narrower items rolled up into munitions as the store does."""
    expected = json.loads((EXAMPLES / "expected.json").read_text())["propositions"]
    narrower = {"artillery shells", "rockets", "ballistic missiles"}
    out: dict[tuple[str, str, str], dict] = {}
    for p in expected:
        for item in {p["item"]} | ({"munitions"} if p["item"] in narrower else set()):
            key = (p["supplier"], p["recipient"], item)
            row = out.setdefault(key, {"claimants": set(), "deniers": set()})
            row["claimants"] |= set(p["independent_claimants"])
            row["deniers"] |= set(p["deniers"])
    return out


def test_corroborate_names_the_independent_claimants(store):
    rows = _jsonl(_run("corroborate", "--store", store, "--json").output)
    got = {(r["supplier"], r["recipient"], r["item"]): r for r in rows}
    # and nothing the examples do not say (a U.S. "arms" transfer to North Korea was once read into
    # "to divert attention from its own hostile policy towards the North")
    assert set(got) == set(_expected_rolled_up())
    for key, want in _expected_rolled_up().items():
        assert key in got, f"missing proposition {key}"
        assert set(got[key]["claimants"]) == want["claimants"], key
        assert got[key]["independent"] == len(want["claimants"])
        if key[2] == "munitions":
            assert set(got[key]["deniers"]) == want["deniers"], key
    munitions = got[("North Korea", "Russia", "munitions")]
    # the Daily Courier and others only repeat: echoes, not claimants
    assert munitions["echoes"] >= 1 and "Daily Courier" not in munitions["claimants"]
    assert munitions["first"] <= munitions["last"]


def test_derive_brings_stale_derived_facts_up_to_date(tmp_path):
    """A store whose derived facts are missing (bulk-loaded, or derived by another kg version):
    queries still answer by counting, say so on stderr, and `kg derive` makes them current."""
    from kg.derive import STATE_GRAPH
    from kg.store import open_store

    path = str(tmp_path / "store")
    assert _run("ingest", "--store", path, str(EXAMPLES)).exit_code == 0
    before = _jsonl(_run("corroborate", "--store", path, "--json").output)
    with open_store(path) as s:
        s.remove_graph(STATE_GRAPH)
    stale = CliRunner().invoke(cli, ["corroborate", "--store", path, "--json"])
    assert "kg derive" in stale.stderr and _jsonl(stale.stdout) == before
    assert "kg derive" in CliRunner().invoke(cli, ["query", "--store", path, "claimants"]).stderr
    done = CliRunner().invoke(cli, ["derive", "--store", path])
    assert done.exit_code == 0 and "derived facts up to date (everything" in done.stderr
    fresh = CliRunner().invoke(cli, ["corroborate", "--store", path, "--json"])
    assert "kg derive" not in fresh.stderr and _jsonl(fresh.stdout) == before
    again = CliRunner().invoke(cli, ["derive", "--store", path, "--json"])
    assert _jsonl(again.stdout)[0]["full"] is False
    missing = CliRunner().invoke(cli, ["derive", "--store", str(tmp_path / "none")])
    assert missing.exit_code == 1 and "no store at" in missing.stderr and not (tmp_path / "none").exists()


def test_reingest_never_duplicates(store):
    count = lambda: _jsonl(_run("query", "--store", store, "--json", "-",
                                input="SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").output)[0]["n"]
    before = count()
    claims_before = len(_jsonl(_run("claims", "--store", store, "--json").output))
    assert _run("ingest", "--store", store, str(EXAMPLES)).exit_code == 0
    assert count() == before
    assert len(_jsonl(_run("claims", "--store", store, "--json").output)) == claims_before


def test_export_gexf_is_valid_gexf_1_3(store, tmp_path):
    import networkx as nx

    from kg.gexf import validate_gexf

    out = tmp_path / "claims.gexf"
    assert _run("export", "--store", store, "--format", "gexf", str(out)).exit_code == 0
    if SCHEMA_DIR.is_dir():
        assert validate_gexf(out, SCHEMA_DIR) == []
    elif os.environ.get("CI"):
        pytest.fail(f"the official GEXF schema must be at {SCHEMA_DIR} in CI")
    g = nx.read_gexf(out)
    labels = {d.get("label") for _, d in g.nodes(data=True)}
    assert {"Beyond Parallel", "North Korea", "Russia"} <= labels


@pytest.mark.parametrize("fmt", ["graphml", "turtle", "nquads", "trig"])
def test_export_other_formats(store, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    assert _run("export", "--store", store, "--format", fmt, str(out)).exit_code == 0
    assert out.stat().st_size > 0


def test_query_by_name_file_and_stdin(store, tmp_path):
    assert "Beyond Parallel" in _run("query", "--store", store, "corroboration").output
    q = tmp_path / "q.rq"
    q.write_text("ASK { ?c a <https://w3id.org/osint-kg/ontology#Claim> }")
    assert _run("query", "--store", store, str(q)).output.strip() == "true"
    out = _run("query", "--store", store, "--json", "-", input="SELECT ?s WHERE { ?s ?p ?o } LIMIT 2").output
    assert len(_jsonl(out)) == 2


def test_malformed_query_is_one_line_and_exit_1(store):
    result = _run("query", "--store", store, "-", input="SELECT ?x WHERE { ?x ")
    assert result.exit_code == 1
    assert "malformed SPARQL" in result.output and "Traceback" not in result.output


# --- bad input: one clear line, exit 1, the good sources still ingested -------------------------

def test_missing_file(tmp_path):
    result = _run("ingest", "--store", str(tmp_path / "s"), str(tmp_path / "nope.html"))
    assert result.exit_code == 1
    assert "nope.html: no such file" in result.output and "Traceback" not in result.output


def test_non_html_file(tmp_path):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7\n\x00\x01binary")
    result = _run("ingest", "--store", str(tmp_path / "s"), str(pdf))
    assert result.exit_code == 1
    assert "not an HTML or text file" in result.output


def test_malformed_jsonl_line_others_still_ingested(tmp_path):
    good = [json.loads(line) for line in (EXAMPLES / "articles.jsonl").read_text().splitlines() if line.strip()]
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps(good[0]) + "\n{not json\n" + json.dumps({"url": "https://x.example/"}) + "\n"
                    + json.dumps(good[1]) + "\n")
    store = str(tmp_path / "s")
    result = _run("ingest", "--store", store, "--jsonl", str(path))
    assert result.exit_code == 1
    assert f"{path}:2: malformed JSON line" in result.output
    assert f"{path}:3:" in result.output
    claims = _jsonl(_run("claims", "--store", store, "--json").output)
    assert {c["article"] for c in claims} == {good[0]["url"], good[1]["url"]}


def test_real_binary_prints_one_line_no_traceback(tmp_path):
    """The installed console script, as a user runs it."""
    proc = subprocess.run(
        [sys.executable, "-m", "kg.cli", "ingest", "--store", str(tmp_path / "s"), str(tmp_path / "missing.txt")],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines()[-1].startswith("kg: error:")


def test_usage_error_exits_2(tmp_path):
    result = CliRunner().invoke(cli, ["ingest", "--store", str(tmp_path / "s")])
    assert result.exit_code == 2


def test_reading_a_store_that_does_not_exist(tmp_path):
    result = _run("claims", "--store", str(tmp_path / "none"))
    assert result.exit_code == 1 and "no store" in result.output


@pytest.mark.parametrize("content", [None, "nonsense [[", "[[adapter]]\nhosts = ['news.example']\nbogus = 1\n"])
def test_bad_site_adapters_file_is_one_line_and_nothing_stored(tmp_path, content):
    path = tmp_path / "adapters.toml"
    if content is not None:
        path.write_text(content)
    store = tmp_path / "s"
    result = _run("ingest", "--store", str(store), "--adapters", str(path), str(EXAMPLES))
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error:") and "adapter" in lines[0]
    assert not store.exists()


def test_sparql_text_given_as_the_query_name_is_a_usage_error(store):
    """Text too long to be a file name is neither a file nor a bundled query: a usage line, no traceback."""
    result = _run("query", "--store", str(store), "SELECT * WHERE { ?s ?p ?o } " + "# pad " * 60)
    assert result.exit_code == 2 and "neither a file nor a bundled query" in result.output
    assert "Traceback" not in result.output
