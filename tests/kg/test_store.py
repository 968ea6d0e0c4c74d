"""The store: one named graph per article, replaced atomically; bound values only."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef

from kg.errors import QueryError, StoreError
from kg.queries import load_queries, run
from kg.store import OxigraphStore, open_store

G = URIRef("https://w3id.org/osint-kg/id/graph/test")
S = URIRef("https://w3id.org/osint-kg/id/s")
P = URIRef("https://w3id.org/osint-kg/id/p")

HOSTILE = [
    '" } ; DROP ALL ; { "',
    "} ; DROP ALL ; {",
    "'; CLEAR DEFAULT; #",
    '"""',
    "\\",
    "<http://evil.example/>",
    "\u202e\u0000\ufeff",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ✓ ☢",
    "a\nb\r\nc",
    "?x ?y ?z",
]


def _graph(*objects: str) -> Graph:
    g = Graph()
    for o in objects:
        g.add((S, P, Literal(o)))
    return g


def _count(store) -> int:
    return run(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows[0][0]


@pytest.fixture(params=["memory", "disk"])
def store(request, tmp_path):
    s = OxigraphStore(None) if request.param == "memory" else OxigraphStore(tmp_path / "store")
    yield s
    s.close()


def test_replace_graph_is_idempotent(store):
    store.replace_graph(G, _graph("a", "b"))
    store.replace_graph(G, _graph("a", "b"))
    assert _count(store) == 2


def test_replace_graph_replaces(store):
    store.replace_graph(G, _graph("a", "b"))
    store.replace_graph(G, _graph("c"))
    assert run(store, "SELECT ?o WHERE { ?s ?p ?o }").rows == [("c",)]


def test_hostile_literals_are_stored_verbatim(store):
    store.replace_graph(G, _graph(*HOSTILE))
    got = {row[0] for row in run(store, "SELECT ?o WHERE { ?s ?p ?o }").rows}
    assert got == set(HOSTILE)


def test_hostile_bindings_change_nothing(store):
    store.replace_graph(G, _graph("a"))
    queries = load_queries()
    before = _count(store)
    for value in HOSTILE * 10:
        run(store, queries["claims"], {"claimant": Literal(value), "publisher": Literal(value),
                                       "supplier": URIRef("https://x.example/" + str(abs(hash(value))))})
        for q in queries.values():
            run(store, q)
        run(store, "SELECT ?o WHERE { ?s ?p ?o }", {"o": Literal(value)})
    assert _count(store) == before


def test_malformed_query_is_a_query_error(store):
    with pytest.raises(QueryError):
        store.query("SELECT ?x WHERE { ?x ")


def test_binding_an_unknown_variable_is_a_query_error(store):
    with pytest.raises(QueryError):
        store.query("SELECT ?s WHERE { ?s ?p ?o }", {"nope": Literal("x")})


def test_on_disk_store_persists(tmp_path):
    with OxigraphStore(tmp_path / "s") as s:
        s.replace_graph(G, _graph("kept"))
    with open_store(tmp_path / "s", read_only=True) as s:
        assert run(s, "SELECT ?o WHERE { ?s ?p ?o }").rows == [("kept",)]


def test_missing_store_for_reading_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        open_store(tmp_path / "nothing", read_only=True)


def test_dump_formats(store, tmp_path):
    store.replace_graph(G, _graph("x"))
    for fmt in ("turtle", "nquads", "trig", "ntriples"):
        path = tmp_path / f"out.{fmt}"
        with open(path, "wb") as fh:
            store.dump(fh, fmt)
        assert path.stat().st_size > 0
