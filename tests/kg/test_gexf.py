"""Tests for kg.gexf: GEXF 1.3 checked against the official RELAX NG schema, GraphML and CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import os
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from kg.errors import ExportError
from kg.gexf import (
    DEFAULT_PALETTE,
    flatten_attributes,
    validate_gexf,
    write_csv,
    write_gexf,
    write_graphml,
)

SCHEMA_DIR = Path(__file__).resolve().parents[2] / ".." / "shared" / "schemas" / "gexf-1.3"
# The schema is used from ../shared (the developer guide: use shared data in place, never copy it).
# In CI (env CI set) a missing schema fails the run instead of skipping the validation tests.
if not (SCHEMA_DIR / "gexf.rng").is_file() and os.environ.get("CI"):
    raise RuntimeError(f"the official GEXF 1.3 schema must be at {SCHEMA_DIR} in CI")
needs_schema = pytest.mark.skipif(
    not (SCHEMA_DIR / "gexf.rng").is_file(),
    reason=f"the official GEXF 1.3 schema is not at {SCHEMA_DIR} (../shared beside the clone)",
)
NS = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}

QUOTED_LABEL = 'Yonhap: "North Korea shipped <shells> & rockets"'


@pytest.fixture
def claims_graph() -> nx.MultiDiGraph:
    """A small claims-like projection: actors, a publisher, articles, claims, a proposition."""
    g = nx.MultiDiGraph()
    g.add_node("actor:dprk", kind="actor", label="North Korea", aliases=["DPRK", "Pyongyang"],
               wikidata="Q423")
    g.add_node("actor:russia", kind="actor", label="Россия", aliases=("Russia", "RF"))
    g.add_node("pub:yonhap", kind="publisher", label="Yonhap", reliability="B")
    g.add_node("art:1", kind="article", label=QUOTED_LABEL + "\x00\x07\x1b",
               published=dt.date(2024, 3, 1), start="2024-03-01T08:30:00+09:00", word_count=812)
    g.add_node("art:2", kind="article", label="Follow-up\ton\nsatellite imagery",
               start=dt.datetime(2024, 3, 5, 12, 0), end="2024-04-01", word_count=3_000_000_000)
    g.add_node("claim:1", kind="claim", label="DPRK sent shells", stance="asserts",
               items=["artillery shells", "rockets, 122mm", 'the "KN-23"', "back\\slash"],
               certainty=5, confidence=0.8, start="2024-03-01", denied=False)
    g.add_node("claim:2", kind="claim", label="Russia denies", stance="denies",
               items=[], certainty=2, confidence=1, start="2024-03-05", denied=True)
    g.add_node("prop:1", kind="proposition", label="DPRK -> Russia: munitions",
               score="high")  # a str here and an int below: widened to string
    g.add_node("prop:2", kind="proposition", score=3, note=None)
    g.add_node("thing:1", kind="satellite_pass", label="Pass over Rajin")
    g.add_node("bare")  # no kind, no label, no attributes
    g.add_edge("pub:yonhap", "art:1", kind="published", start="2024-03-01")
    g.add_edge("art:1", "claim:1", kind="reports", weight=1.0, quote="\x0bSatellite\x0c images")
    g.add_edge("art:2", "claim:2", kind="reports", weight=2, quote="“We deny it”")
    # Two parallel edges between the same pair: they must keep distinct ids.
    g.add_edge("actor:dprk", "prop:1", key="supplier", kind="supplier", weight=1)
    g.add_edge("actor:dprk", "prop:1", key="supplier", kind="supplier")  # same key: update
    g.add_edge("actor:dprk", "prop:1", kind="mentioned", label="named in", weight="not a number")
    g.add_edge("claim:1", "prop:1", kind="about", evidence=["satellite imagery", "statement"])
    g.add_edge("claim:2", "prop:1", kind="about", evidence="official statement")
    g.add_edge("bare", "thing:1")
    return g


def _write(graph: nx.Graph, tmp_path: Path, **kwargs) -> Path:
    path = tmp_path / "graph.gexf"
    write_gexf(graph, path, **kwargs)
    return path


def _attr_ids(root: etree._Element, cls: str) -> dict[str, tuple[str, str]]:
    """title -> (id, type) for one attributes class."""
    return {a.get("title"): (a.get("id"), a.get("type"))
            for a in root.xpath(f"//g:attributes[@class='{cls}']/g:attribute", namespaces=NS)}


def _attvalue(root: etree._Element, node_id: str, attr_id: str) -> str | None:
    found = root.xpath(f"//g:node[@id=$n]/g:attvalues/g:attvalue[@for=$a]/@value",
                       namespaces=NS, n=node_id, a=attr_id)
    return found[0] if found else None


@needs_schema
def test_claims_graph_is_valid_gexf_13(claims_graph, tmp_path):
    path = _write(claims_graph, tmp_path, title="Claims \x01about DPRK")
    assert validate_gexf(path, SCHEMA_DIR) == []
    assert validate_gexf(path.read_bytes(), SCHEMA_DIR) == []


def test_claims_graph_reads_back_with_networkx(claims_graph, tmp_path):
    back = nx.read_gexf(_write(claims_graph, tmp_path))
    assert back.is_directed() and back.is_multigraph()
    assert back.number_of_nodes() == claims_graph.number_of_nodes()
    assert back.number_of_edges() == claims_graph.number_of_edges()
    assert back.nodes["actor:russia"]["label"] == "Россия"
    assert back.nodes["art:1"]["label"] == QUOTED_LABEL  # control characters stripped
    assert back.nodes["art:2"]["label"] == "Follow-up\ton\nsatellite imagery"
    assert back.nodes["bare"]["label"] == "bare"
    assert back.nodes["claim:1"]["certainty"] == 5
    assert back.nodes["claim:1"]["confidence"] == 0.8
    assert back.nodes["claim:2"]["confidence"] == 1.0  # int mixed with float: double
    assert back.nodes["claim:2"]["denied"] is True
    assert back.nodes["art:2"]["word_count"] == 3_000_000_000
    assert back.nodes["art:1"]["published"] == "2024-03-01"
    assert back.nodes["prop:1"]["score"] == "high" and back.nodes["prop:2"]["score"] == "3"
    assert "note" not in back.nodes["prop:2"]
    assert back.nodes["actor:dprk"]["aliases"] == "[DPRK, Pyongyang]"
    assert back.nodes["claim:1"]["kind"] == "claim"
    # Dynamics: ISO dates (datetimes normalised to their date).
    assert back.graph["mode"] == "dynamic"
    assert back.nodes["art:1"]["start"] == "2024-03-01"
    assert (back.nodes["art:2"]["start"], back.nodes["art:2"]["end"]) == ("2024-03-05",
                                                                          "2024-04-01")
    weights = sorted(d.get("weight", 0) for *_, d in back.edges(data=True))
    assert weights[-2:] == [1.0, 2.0]
    labels = [d["label"] for u, v, d in back.edges(data=True) if "label" in d]
    assert labels == ["named in"]
    quotes = {d.get("quote") for *_, d in back.edges(data=True)}
    assert {"Satellite images", "“We deny it”"} <= quotes


def test_gexf_structure(claims_graph, tmp_path):
    root = etree.parse(str(_write(claims_graph, tmp_path, title="Claims"))).getroot()
    graph = root.find("g:graph", NS)
    assert (graph.get("mode"), graph.get("timeformat"), graph.get("defaultedgetype")) == (
        "dynamic", "date", "directed")
    assert root.findtext("g:meta/g:creator", namespaces=NS) == "osint-kg"
    assert root.findtext("g:meta/g:description", namespaces=NS) == "Claims"
    assert dt.date.fromisoformat(root.find("g:meta", NS).get("lastmodifieddate"))
    # The xsi namespace is the real one (networkx writes a wrong one for 1.3).
    assert root.nsmap["xsi"] == "http://www.w3.org/2001/XMLSchema-instance"

    nodes = _attr_ids(root, "node")
    assert nodes["aliases"][1] == "liststring"
    assert nodes["items"][1] == "liststring"
    assert nodes["certainty"][1] == "integer"
    assert nodes["word_count"][1] == "long"
    assert nodes["confidence"][1] == "double"
    assert nodes["denied"][1] == "boolean"
    assert nodes["score"][1] == "string"
    assert nodes["published"][1] == "string"  # GEXF 1.3 has no date type
    assert not {"label", "start", "end", "note"} & nodes.keys()
    edges = _attr_ids(root, "edge")
    assert not {"kind", "weight", "label", "start"} & edges.keys()
    assert edges["evidence"][1] == "string"  # a list on one edge, a str on another

    items = _attvalue(root, "claim:1", nodes["items"][0])
    assert items == '[artillery shells, "rockets, 122mm", "the \\"KN-23\\"", "back\\\\slash"]'
    assert _attvalue(root, "claim:2", nodes["items"][0]) == "[]"

    colour = root.find("g:graph/g:nodes/g:node[@id='actor:dprk']/viz:color", NS)
    assert tuple(int(colour.get(c)) for c in "rgb") == DEFAULT_PALETTE["actor"]
    sizes = {n.get("id"): float(n.find("viz:size", NS).get("value"))
             for n in root.iterfind("g:graph/g:nodes/g:node", NS)}
    assert sizes["actor:dprk"] > sizes["art:1"]

    edge_els = root.findall("g:graph/g:edges/g:edge", NS)
    ids = [e.get("id") for e in edge_els]
    assert len(set(ids)) == len(ids) == claims_graph.number_of_edges()
    parallel = [e for e in edge_els if (e.get("source"), e.get("target")) == ("actor:dprk",
                                                                               "prop:1")]
    assert sorted(e.get("kind") for e in parallel) == ["mentioned", "supplier"]
    # networkx's default keys (0, 1...) repeat between pairs, so ids are "source->target#key".
    assert sorted(e.get("id") for e in parallel) == ["actor:dprk->prop:1#1",
                                                     "actor:dprk->prop:1#supplier"]
    assert [e.get("weight") for e in parallel if e.get("kind") == "mentioned"] == [None]
    assert graph.find("g:edges/g:edge[@kind='published']", NS).get("start") == "2024-03-01"


def test_unknown_kinds_get_a_stable_hashed_colour(tmp_path):
    g = nx.DiGraph()
    g.add_node("x", kind="satellite_pass")
    g.add_node("y", kind="satellite_pass")
    g.add_node("z", kind="vessel")

    def colours(**kwargs):
        out = io.BytesIO()
        write_gexf(g, out, **kwargs)
        root = etree.fromstring(out.getvalue())
        return {n.get("id"): tuple(n.find("viz:color", NS).get(c) for c in "rgb")
                for n in root.iterfind("g:graph/g:nodes/g:node", NS)}

    first = colours()
    assert first == colours()
    assert first["x"] == first["y"] != first["z"]
    custom = colours(palette={"vessel": (1, 2, 3)}, sizes={"vessel": 42})
    assert custom["z"] == ("1", "2", "3")
    with pytest.raises(ExportError):
        colours(palette={"vessel": (1, 2, 300)})
    with pytest.raises(ExportError):
        colours(sizes={"vessel": -1})


@needs_schema
def test_static_undirected_graph(tmp_path):
    g = nx.Graph()
    g.add_node(1, kind="actor", label="Iran")
    g.add_node(2, kind="site", label="Bandar Abbas", lat=27.18, lon=56.27)
    g.add_edge(1, 2, kind="located_at", weight=0.5)
    path = _write(g, tmp_path)
    assert validate_gexf(path, SCHEMA_DIR) == []
    graph = etree.parse(str(path)).getroot().find("g:graph", NS)
    assert (graph.get("mode"), graph.get("defaultedgetype")) == ("static", "undirected")
    assert graph.get("timeformat") is None
    back = nx.read_gexf(path)
    assert not back.is_directed()
    assert back.nodes["2"]["lat"] == 27.18
    assert back.edges["1", "2"]["weight"] == 0.5


@needs_schema
@pytest.mark.parametrize("cls", [nx.Graph, nx.DiGraph, nx.MultiDiGraph])
def test_empty_graph(cls, tmp_path):
    path = _write(cls(), tmp_path)
    assert validate_gexf(path, SCHEMA_DIR) == []
    assert nx.read_gexf(path).number_of_nodes() == 0


def test_bad_dates_are_left_out_with_a_warning(tmp_path, caplog):
    g = nx.DiGraph()
    g.add_node("a", start="sometime in March", end="2024-02-30")
    g.add_node("b", start="2024-05-01", end="2024-04-01")
    with caplog.at_level(logging.WARNING, logger="kg.gexf"):
        root = etree.parse(str(_write(g, tmp_path))).getroot()
    nodes = {n.get("id"): n for n in root.iterfind("g:graph/g:nodes/g:node", NS)}
    assert "start" not in nodes["a"].attrib and "end" not in nodes["a"].attrib
    assert (nodes["b"].get("start"), nodes["b"].get("end")) == ("2024-05-01", None)
    assert len(caplog.records) == 3


def test_colliding_node_ids_are_refused(tmp_path):
    g = nx.Graph()
    g.add_nodes_from([1, "1"])
    with pytest.raises(ExportError):
        _write(g, tmp_path)


@needs_schema
def test_validator_reports_errors(claims_graph, tmp_path):
    path = _write(claims_graph, tmp_path)
    root = etree.parse(str(path)).getroot()
    root.find("g:graph/g:attributes/g:attribute", NS).set("type", "date")
    errors = validate_gexf(etree.tostring(root), SCHEMA_DIR)
    assert errors and all(isinstance(e, str) for e in errors)

    root = etree.parse(str(path)).getroot()
    root.find("g:graph/g:nodes/g:node/viz:color", NS).set("r", "300")
    assert validate_gexf(etree.tostring(root), SCHEMA_DIR)

    assert validate_gexf(b"<gexf", SCHEMA_DIR)[0].startswith("not well-formed")
    with pytest.raises(ExportError):
        validate_gexf(path, tmp_path)


@needs_schema
def test_writes_to_binary_and_text_file_objects(claims_graph):
    binary, text = io.BytesIO(), io.StringIO()
    write_gexf(claims_graph, binary)
    write_gexf(claims_graph, text)
    assert validate_gexf(binary.getvalue(), SCHEMA_DIR) == []
    assert validate_gexf(text.getvalue().encode("utf-8"), SCHEMA_DIR) == []
    assert "Россия" in text.getvalue()


def test_flatten_attributes(claims_graph):
    flat = flatten_attributes(claims_graph)
    assert isinstance(flat, nx.MultiDiGraph)
    assert flat.number_of_edges() == claims_graph.number_of_edges()
    assert flat.nodes["actor:dprk"]["aliases"] == "DPRK; Pyongyang"
    assert flat.nodes["claim:2"]["items"] == ""
    assert flat.nodes["art:1"]["published"] == "2024-03-01"
    assert flat.nodes["prop:2"] == {"kind": "proposition", "score": "3"}
    for key in ("score", "confidence", "certainty", "denied", "word_count", "start"):
        types = {type(d[key]) for _, d in flat.nodes(data=True) if key in d}
        assert len(types) == 1, (key, types)
    assert flat.nodes["claim:2"]["confidence"] == 1.0
    assert isinstance(flat.nodes["art:2"]["start"], str)  # datetime and str: string
    assert flat.has_edge("actor:dprk", "prop:1", key="supplier")
    assert claims_graph.nodes["actor:dprk"]["aliases"] == ["DPRK", "Pyongyang"]  # not changed


def test_graphml_round_trip(claims_graph, tmp_path):
    path = tmp_path / "graph.graphml"
    write_graphml(claims_graph, path)
    back = nx.read_graphml(path)
    assert back.number_of_nodes() == claims_graph.number_of_nodes()
    assert back.number_of_edges() == claims_graph.number_of_edges()
    assert back.nodes["actor:russia"]["label"] == "Россия"
    assert back.nodes["art:1"]["label"] == QUOTED_LABEL
    assert back.nodes["claim:1"]["items"] == (
        'artillery shells; rockets, 122mm; the "KN-23"; back\\slash')
    assert back.nodes["claim:1"]["certainty"] == 5
    assert back.nodes["claim:2"]["denied"] is True
    buffer = io.BytesIO()
    write_graphml(nx.path_graph(3), buffer)
    assert b"graphml" in buffer.getvalue()


def test_csv_has_neo4j_headers(claims_graph, tmp_path):
    nodes_path, edges_path = tmp_path / "nodes.csv", tmp_path / "edges.csv"
    write_csv(claims_graph, nodes_path, edges_path)
    with open(nodes_path, newline="", encoding="utf-8") as f:
        node_rows = list(csv.reader(f))
    with open(edges_path, newline="", encoding="utf-8") as f:
        edge_rows = list(csv.reader(f))
    header = node_rows[0]
    assert header[:3] == ["id:ID", "label", ":LABEL"]
    assert {"aliases:string[]", "certainty:long", "confidence:double", "denied:boolean",
            "published:date", "score"} <= set(header)
    assert len(node_rows) == claims_graph.number_of_nodes() + 1
    rows = {r[0]: dict(zip(header, r)) for r in node_rows[1:]}
    assert rows["actor:dprk"][":LABEL"] == "actor"
    assert rows["actor:dprk"]["aliases:string[]"] == "DPRK;Pyongyang"
    assert rows["claim:2"]["denied:boolean"] == "true"
    assert rows["bare"]["label"] == "bare" and rows["bare"][":LABEL"] == ""
    assert edge_rows[0][:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert len(edge_rows) == claims_graph.number_of_edges() + 1
    types = [r[2] for r in edge_rows[1:]]
    assert "supplier" in types and "RELATED_TO" in types
