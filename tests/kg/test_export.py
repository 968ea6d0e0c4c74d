"""Tests for kg.export, kg.stix and kg.api on the bundled examples: every view, every format.

GEXF files are checked against the official GEXF 1.3 RELAX NG schema in ``../shared/schemas``
(used from there, not copied: the developer guide keeps shared data beside the checkout). The
schema is required in CI (env ``CI``); elsewhere its tests are skipped when it is missing.
"""

from __future__ import annotations

import csv
import json
import os
import re
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.errors import ExportError
from kg.export import FORMATS, VIEWS, export, project
from kg.gexf import validate_gexf

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_DIR = ROOT.parent / "shared" / "schemas" / "gexf-1.3"


@pytest.fixture(scope="module")
def schema_dir() -> Path:
    if not (SCHEMA_DIR / "gexf.rng").is_file():
        if os.environ.get("CI"):
            pytest.fail(f"the official GEXF 1.3 schema must be at {SCHEMA_DIR} in CI")
        pytest.skip(f"the official GEXF 1.3 schema is not at {SCHEMA_DIR}")
    return SCHEMA_DIR


def _labels(g: nx.Graph, kind: str | None = None) -> set[str]:
    return {d["label"] for _, d in g.nodes(data=True) if kind is None or d.get("kind") == kind}


# --- views --------------------------------------------------------------------------------------

def test_claims_view_links_claimants_to_propositions(examples_store, queries):
    g = project(examples_store, queries, "claims")
    assert {"Beyond Parallel", "United States", "South Korea", "North Korea", "Russia"} <= _labels(g)
    props = _labels(g, "proposition")
    assert "North Korea → Russia: artillery shells" in props
    kinds = Counter(d["kind"] for *_, d in g.edges(data=True))
    assert kinds["asserts"] and kinds["denies"] and kinds["supplier"] and kinds["reports"]
    for node, data in g.nodes(data=True):
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", data["start"]), node  # every node on the timeline


def test_claims_view_edges_count_the_claims_they_stand_for(examples_store, queries):
    """Each claimant -> proposition edge aggregates the claims of `kg claims` with that claimant,
    stance and proposition; each outlet -> claimant edge the claims the outlet carries."""
    levels = {"possible": 1, "probable": 2, "certain": 3}
    expected: dict[tuple[str, ...], dict] = {}
    reported: Counter = Counter()
    per_claimant: Counter = Counter()
    for row in examples_store.query(queries["claims"].text).dicts():
        day = str(row["published"])[:10]
        per_claimant[row["claimant"]] += 1
        if row["reporter"] != row["claimant"]:
            reported[row["reporter"], row["claimant"]] += 1
        for item in row["items"].split("|"):
            pid = f"{row['supplier']}|{row['recipient']}|{item}"
            e = expected.setdefault((row["claimant"], pid, row["stance"]),
                                    {"claims": 0, "articles": set(), "level": 0, "days": set()})
            e["claims"] += 1
            e["articles"].add(row["article"])
            e["level"] = max(e["level"], levels[row["certainty"]])
            e["days"].add(day)
    g = project(examples_store, queries, "claims")
    got = {(u, v, d["kind"]): d for u, v, d in g.edges(data=True) if d["kind"] in ("asserts", "denies")}
    assert set(got) == set(expected) and len(got) >= 6
    for key, e in expected.items():
        d = got[key]
        assert (d["claims"], d["weight"], d["articles"]) == (e["claims"], e["claims"], len(e["articles"])), key
        assert levels[d["certainty"]] == e["level"] and (d["first"], d["last"]) == (min(e["days"]), max(e["days"]))
    reports = {(u, v): d["claims"] for u, v, d in g.edges(data=True) if d["kind"] == "reports"}
    assert reports == dict(reported)
    assert {n: d["claims"] for n, d in g.nodes(data=True) if d.get("claims")} == dict(per_claimant)


def test_sources_view_is_who_reports_whom(examples_store, queries):
    g = project(examples_store, queries, "sources")
    by_label = {d["label"]: n for n, d in g.nodes(data=True)}
    courier, bp = by_label["Daily Courier"], by_label["Beyond Parallel"]
    echoes = [d for _, v, d in g.out_edges(courier, data=True) if d["kind"] == "echoes" and v == bp]
    assert len(echoes) == 1
    edge = echoes[0]
    assert edge["weight"] == edge["articles"] == 1.0 and edge["first"] == edge["start"] == "2023-10-16"
    assert g.nodes[courier]["kind"] == "publisher"
    # links between outlets: the courier cites the wire
    assert any(d["kind"] == "cites" for *_, d in g.edges(data=True))
    # an outlet never echoes itself
    assert all(u != v for u, v in g.edges())


def test_full_view_has_every_kind(examples_store, queries):
    g = project(examples_store, queries, "full")
    kinds = Counter(d["kind"] for _, d in g.nodes(data=True))
    assert {"article", "claim", "actor", "publisher", "proposition", "site", "evidence"} <= set(kinds)
    assert kinds["article"] == 6 and kinds["claim"] == len(
        {r["claim"] for r in examples_store.query(queries["claims"].text).dicts()})
    edge_kinds = {d["kind"] for *_, d in g.edges(data=True)}
    assert {"publishes", "reports", "asserts", "denies", "about", "supplier", "recipient", "site",
            "evidence"} <= edge_kinds
    imagery = [d for _, d in g.nodes(data=True) if d.get("evidence_type") == "satellite imagery"]
    assert any(d.get("count") == 73 and d.get("baseline") == 20 for d in imagery)


def test_unknown_view_and_format(examples_store, queries, tmp_path):
    with pytest.raises(ExportError, match="unknown view"):
        project(examples_store, queries, "nope")
    with pytest.raises(ExportError, match="unknown format"):
        export(examples_store, queries, "pdf", tmp_path / "x.pdf")


# --- formats ------------------------------------------------------------------------------------

@pytest.mark.parametrize("view", VIEWS)
def test_gexf_of_every_view_is_valid_and_reads_back(examples_store, queries, tmp_path, schema_dir, view):
    out = tmp_path / f"{view}.gexf"
    export(examples_store, queries, "gexf", out, view)
    assert validate_gexf(out, schema_dir) == []
    back = nx.read_gexf(out)
    g = project(examples_store, queries, view)
    assert back.number_of_nodes() == g.number_of_nodes()
    assert back.number_of_edges() == g.number_of_edges()
    text = out.read_text(encoding="utf-8")
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text and "<viz:color" in text


@pytest.mark.parametrize("view", VIEWS)
def test_graphml_and_csv(examples_store, queries, tmp_path, view):
    g = project(examples_store, queries, view)
    export(examples_store, queries, "graphml", tmp_path / "g.graphml", view)
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert back.number_of_edges() == g.number_of_edges()
    export(examples_store, queries, "csv", tmp_path / "g.csv", view)
    with open(tmp_path / "g-nodes.csv", newline="", encoding="utf-8") as f:
        nodes = list(csv.reader(f))
    with open(tmp_path / "g-edges.csv", newline="", encoding="utf-8") as f:
        edges = list(csv.reader(f))
    assert nodes[0][:3] == ["id:ID", "label", ":LABEL"] and len(nodes) == g.number_of_nodes() + 1
    assert edges[0][:3] == [":START_ID", ":END_ID", ":TYPE"] and len(edges) == g.number_of_edges() + 1


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's own parsers use ConjunctiveGraph
@pytest.mark.parametrize("fmt,rdflib_format", [("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld")])
def test_rdf_dumps_parse_back(examples_store, queries, tmp_path, fmt, rdflib_format):
    from rdflib import Dataset

    out = tmp_path / f"store.{fmt}"
    export(examples_store, queries, fmt, out)
    ds = Dataset()
    ds.parse(out, format=rdflib_format)
    assert len(list(ds.graphs())) >= 7  # six articles, the ontology, derivations (+ default)
    assert sum(1 for _ in ds.quads()) > 1000


# --- STIX ---------------------------------------------------------------------------------------

def test_stix_bundle(examples_store, queries, tmp_path):
    import stix2

    from kg.stix import CONFIDENCE, bundle

    out = tmp_path / "bundle.json"
    export(examples_store, queries, "stix", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    parsed = stix2.parse(data, allow_custom=False)  # raises on any missing or malformed property
    assert len(parsed.objects) == len(data["objects"])
    assert bundle(examples_store, queries) == data  # deterministic ids and order
    by_type = Counter(o["type"] for o in data["objects"])
    assert by_type["report"] == 6 and by_type["identity"] >= 8 and by_type["relationship"] >= 3
    ids = {o["id"] for o in data["objects"]}
    assert len(ids) == len(data["objects"])
    for obj in data["objects"]:
        assert obj["spec_version"] == "2.1"
        assert re.fullmatch(r"[a-z-]+--[0-9a-f-]{36}", obj["id"]) and obj["id"][-22] == "5"  # UUIDv5
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", obj["created"])
        assert obj["created"] <= obj["modified"]
        for ref in obj.get("object_refs", []) + [obj[k] for k in ("created_by_ref", "source_ref",
                                                                  "target_ref") if k in obj]:
            assert ref in ids
    opinions = [o for o in data["objects"] if o["type"] == "opinion"]
    assert {o["confidence"] for o in opinions} <= set(CONFIDENCE.values())
    assert {"disagree", "strongly-disagree"} & {o["opinion"] for o in opinions}
    names = {o["id"]: o["name"] for o in data["objects"] if o["type"] == "identity"}
    beyond = [o for o in opinions if names[o["created_by_ref"]] == "Beyond Parallel"]
    assert beyond and all(o["confidence"] == CONFIDENCE["probable"] for o in beyond
                          if "likely" in o["explanation"])
    report = next(o for o in data["objects"] if o["type"] == "report" and "Rail Traffic" in o["name"])
    assert report["published"] == "2023-10-06T13:00:00.000Z"  # 09:00 at -04:00, in UTC
    assert names[report["created_by_ref"]] == "Beyond Parallel"


# --- the CLI `export` command -------------------------------------------------------------------

def test_cli_choices_match_the_library():
    from kg.cli import cli

    params = {p.name: p for p in cli.commands["export"].params}
    assert tuple(params["fmt"].type.choices) == FORMATS
    assert tuple(params["view"].type.choices) == VIEWS


@pytest.mark.parametrize("view", VIEWS)
def test_cli_export_views(examples_store, tmp_path, schema_dir, view):
    from kg.cli import cli

    out = tmp_path / f"{view}.gexf"
    result = CliRunner().invoke(cli, ["export", "--store", examples_store.location, "--format", "gexf",
                                      "--view", view, str(out)])
    assert result.exit_code == 0, result.output
    assert validate_gexf(out, schema_dir) == []


def test_cli_export_stix(examples_store, tmp_path):
    from kg.cli import cli

    out = tmp_path / "b.json"
    result = CliRunner().invoke(cli, ["export", "--store", examples_store.location, "--format", "stix", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text())["type"] == "bundle"


def test_cli_export_bad_view_is_usage_error(examples_store, tmp_path):
    from kg.cli import cli

    result = CliRunner().invoke(cli, ["export", "--store", examples_store.location, "--format", "gexf",
                                      "--view", "nope", str(tmp_path / "x")])
    assert result.exit_code == 2


# --- kg.api -------------------------------------------------------------------------------------

def test_api_frames_and_graphs(examples_store):
    from kg import api

    claims = api.claims_df(examples_store)
    assert len(claims) >= 6 and str(claims["date"].dtype).startswith("datetime64")
    support = api.corroboration_df(examples_store, supplier="DPRK", item="munitions")
    assert support.loc[0, "independent"] >= 3
    top = api.query_df(examples_store, "corroboration").iloc[0]
    story = api.query_df(examples_store, "timeline", supplier=top["supplier"], recipient=top["recipient"],
                         item=top["item"])
    assert len(story) >= 3 and list(story["day"]) == sorted(story["day"])
    assert api.timeline_df(examples_store, "DPRK", "Russia", "shells")["stance"].isin(
        ["asserts", "denies"]).all()
    assert api.graph(examples_store, "full").number_of_nodes() > 50


def test_api_interactive_page_is_self_contained(examples_store, tmp_path):
    from kg import api

    page = api.interactive_html(api.graph(examples_store, "claims"), tmp_path / "claims.html")
    assert (tmp_path / "claims.html").read_text(encoding="utf-8") == page
    assert "vis-network" in page or "vis.Network" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page, re.I)
    assert "Beyond Parallel" in page


def test_import_kg_api_is_light():
    import subprocess
    import sys

    code = "import sys, kg.api; print(any(m in sys.modules for m in ('pandas', 'matplotlib', 'pyvis', 'spacy')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.stdout.strip() == "False", out.stderr
