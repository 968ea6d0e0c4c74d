"""The store: one named graph per article, replaced atomically; bound values only.

The same tests run on every backend: Oxigraph in memory and on disk, rdflib's Dataset, and a
real ``oxigraph serve`` spoken to over SPARQL 1.1 HTTP.
"""

from __future__ import annotations

import io
import json
import socket
import threading

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.cli import cli
from kg.errors import QueryError, StoreError
from kg.queries import load_queries, run
from kg.store import OxigraphStore, RdflibStore, SparqlStore, dump_hash, open_store, parse_endpoints
from oxigraph_server import clear, free_port, oxigraph_serve

G = URIRef("https://w3id.org/osint-kg/id/graph/test")
G2 = URIRef("https://w3id.org/osint-kg/id/graph/test2")
S = URIRef("https://w3id.org/osint-kg/id/s")
P = URIRef("https://w3id.org/osint-kg/id/p")
BACKENDS = ["memory", "disk", "rdflib", "remote"]

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


@pytest.fixture(scope="module")
def server():
    with oxigraph_serve() as url:
        yield url


def make_store(kind: str, tmp_path, server_url: str | None):
    if kind == "memory":
        return OxigraphStore(None)
    if kind == "disk":
        return OxigraphStore(tmp_path / "store")
    if kind == "rdflib":
        return RdflibStore()
    clear(server_url)
    return open_store(server_url)


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    url = request.getfixturevalue("server") if request.param == "remote" else None
    s = make_store(request.param, tmp_path, url)
    yield s
    s.close()


def test_replace_graph_is_idempotent(store):
    store.replace_graph(G, _graph("a", "b"))
    store.replace_graph(G, _graph("a", "b"))
    assert _count(store) == 2
    assert store.quad_count() == 2


def test_replace_graph_replaces(store):
    store.replace_graph(G, _graph("a", "b"))
    store.replace_graph(G, _graph("c"))
    assert run(store, "SELECT ?o WHERE { ?s ?p ?o }").rows == [("c",)]


def test_replace_graphs_writes_several_at_once(store):
    store.replace_graphs({G: _graph("a"), G2: _graph("b", "c")})
    assert store.named_graphs() == sorted([str(G), str(G2)])
    store.replace_graphs({G2: _graph("d")})
    assert sorted(r[0] for r in run(store, "SELECT ?o WHERE { ?s ?p ?o }").rows) == ["a", "d"]


def test_graph_listing_reading_and_removal(store):
    store.replace_graph(G, _graph("a"))
    store.replace_graph(G2, _graph("b"))
    assert store.has_graph(G) and store.has_graph(G2)
    assert set(store.graph(G)) == set(_graph("a"))
    store.remove_graph(G)
    assert not store.has_graph(G)
    assert store.named_graphs() == [str(G2)]
    store.replace_graph(G2, Graph())  # an empty graph removes it
    assert store.named_graphs() == []


def test_typed_literals_and_query_forms(store):
    g = Graph()
    g.add((S, P, Literal(3, datatype=XSD.integer)))
    g.add((S, P, Literal("2024-03-01", datatype=XSD.date)))
    g.add((S, P, Literal("bonjour", lang="fr")))
    store.replace_graph(G, g)
    values = sorted(map(str, (r[0] for r in run(store, "SELECT ?o WHERE { ?s ?p ?o }").rows)))
    assert values == ["2024-03-01", "3", "bonjour"]
    assert 3 in [r[0] for r in run(store, "SELECT ?o WHERE { ?s ?p ?o }").rows]
    assert store.query("ASK { ?s ?p 3 }").boolean is True
    assert store.query("ASK { ?s ?p 4 }").boolean is False
    triples = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(isNumeric(?o)) }").triples
    assert triples == [(str(S), str(P), 3)]
    assert set(store.graph(G)) == set(g)


def test_hostile_literals_are_stored_verbatim(store):
    store.replace_graph(G, _graph(*HOSTILE))
    got = {row[0] for row in run(store, "SELECT ?o WHERE { ?s ?p ?o }").rows}
    assert got == set(HOSTILE)


def test_hostile_bindings_change_nothing(store):
    store.replace_graph(G, _graph("a"))
    queries = load_queries()
    before = _count(store)
    for value in HOSTILE * (1 if isinstance(store, RdflibStore) else 3):  # rdflib: ~1 s a round
        run(store, queries["claims"], {"claimant": Literal(value), "publisher": Literal(value),
                                       "supplier": URIRef("https://x.example/" + str(abs(hash(value))))})
        for q in queries.values():
            run(store, q)
        assert run(store, "SELECT ?o WHERE { ?s ?p ?o }", {"o": Literal(value)}).rows == []
    assert _count(store) == before
    assert run(store, "SELECT ?o WHERE { ?s ?p ?o }", {"o": Literal("a")}).rows == [("a",)]


def test_bound_iri_must_be_an_iri(store):
    with pytest.raises(QueryError, match="not a valid RDF term"):
        store.query("SELECT ?s WHERE { ?s ?p ?o }", {"s": URIRef("http://x/> } ; DROP ALL ; {")})


def test_malformed_query_is_a_query_error(store):
    with pytest.raises(QueryError):
        store.query("SELECT ?x WHERE { ?x ")


def test_binding_an_unknown_variable_is_a_query_error(store):
    with pytest.raises(QueryError):
        store.query("SELECT ?s WHERE { ?s ?p ?o }", {"nope": Literal("x")})


def test_dump_formats(store, tmp_path):
    store.replace_graph(G, _graph("x"))
    for fmt in ("turtle", "nquads", "trig", "ntriples"):
        path = tmp_path / f"out.{fmt}"
        with open(path, "wb") as fh:
            store.dump(fh, fmt)
        assert path.stat().st_size > 0
    buf = io.BytesIO()
    store.dump(buf, "nquads")
    quads = list(ox.parse(buf.getvalue(), ox.RdfFormat.N_QUADS))
    assert [(q.object.value, q.graph_name.value) for q in quads] == [("x", str(G))]


def test_every_backend_holds_the_same_store(tmp_path, server):
    hashes = set()
    g = _graph(*HOSTILE)
    for kind in BACKENDS:
        store = make_store(kind, tmp_path / kind, server)
        store.replace_graphs({G: g, G2: _graph("other")})
        hashes.add(dump_hash(store))
        store.close()
    assert len(hashes) == 1


def test_on_disk_store_persists(tmp_path):
    with OxigraphStore(tmp_path / "s") as s:
        s.replace_graph(G, _graph("kept"))
    with open_store(tmp_path / "s", read_only=True) as s:
        assert run(s, "SELECT ?o WHERE { ?s ?p ?o }").rows == [("kept",)]


def test_missing_store_for_reading_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        open_store(tmp_path / "nothing", read_only=True)


def test_corrupt_store_is_a_clear_error(tmp_path):
    # a store folder left broken (a process killed while RocksDB wrote its CURRENT file): pyoxigraph raises
    # RuntimeError, which must become the one-line StoreError the CLI prints, for reading and for writing
    with OxigraphStore(tmp_path / "s") as s:
        s.replace_graph(G, _graph("kept"))
    (tmp_path / "s" / "CURRENT").write_text("")
    for read_only in (True, False):
        with pytest.raises(StoreError, match="cannot open store .*Corruption"):
            open_store(tmp_path / "s", read_only=read_only)


def test_open_store_specs():
    assert isinstance(open_store("rdflib:memory:"), RdflibStore)
    remote = open_store("http://127.0.0.1:7878")
    assert isinstance(remote, SparqlStore)
    assert (remote.query_endpoint, remote.update_endpoint) == ("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update")
    assert parse_endpoints("http://h:3030/ds/")[:2] == ("http://h:3030/ds/query", "http://h:3030/ds/update")
    assert parse_endpoints("http://h/ds/query")[:2] == ("http://h/ds/query", "http://h/ds/update")
    with pytest.raises(StoreError):
        parse_endpoints("http:///nohost")


# ------------------------------------------------------------------ remote failures are one line


def test_connection_refused_is_one_line():
    store = SparqlStore(f"http://127.0.0.1:{free_port()}/query")
    with pytest.raises(StoreError, match="connection refused"):
        store.query("ASK {}")
    result = CliRunner().invoke(cli, ["stats", "--store", f"http://127.0.0.1:{free_port()}"])
    assert result.exit_code == 1
    assert result.output.strip().startswith("kg: error: cannot reach SPARQL server")
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def test_http_errors_are_store_errors(server):
    store = SparqlStore(f"{server}/nope", f"{server}/nope")
    with pytest.raises(StoreError, match="HTTP 404"):
        store.query("ASK {}")
    with pytest.raises(StoreError, match="HTTP 404"):
        store.replace_graph(G, _graph("a"))


def test_a_silent_server_times_out():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)  # accepts the connection, never answers
    try:
        port = listener.getsockname()[1]
        store = SparqlStore(f"http://127.0.0.1:{port}/query", timeout=(1.0, 0.5))
        with pytest.raises(StoreError, match="did not answer"):
            store.query("ASK {}")
    finally:
        listener.close()


# ------------------------------------------------------------------ end to end on a SPARQL server


@pytest.mark.slow
def test_ingest_and_corroborate_on_a_sparql_server(server, examples_store):
    from kg.config import load_config
    from kg.corroborate import Filters, corroborate
    from kg.ontology import load_vocabulary

    clear(server)
    runner = CliRunner()
    examples = str(__import__("pathlib").Path(__file__).resolve().parents[2] / "examples")
    result = runner.invoke(cli, ["ingest", examples, "--store", server])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["corroborate", "--json", "--store", server])
    assert result.exit_code == 0, result.output
    remote = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    local = [s.to_dict() for s in corroborate(examples_store, load_queries(), load_vocabulary(), Filters(),
                                              load_config())]
    assert remote == json.loads(json.dumps(local))
    claims = runner.invoke(cli, ["claims", "--json", "--store", server])
    assert claims.exit_code == 0 and len(claims.output.splitlines()) >= 10
    with open_store(server) as store:
        assert dump_hash(store) == dump_hash(examples_store)
    result = runner.invoke(cli, ["validate", "--store", server])
    assert result.exit_code == 0, result.output


def test_concurrent_readers_on_a_server(server):
    clear(server)
    with open_store(server) as store:
        store.replace_graph(G, _graph(*[str(i) for i in range(50)]))
    errors = []

    def read():
        try:
            with open_store(server) as s:
                assert _count(s) == 50
        except Exception as exc:  # noqa: BLE001  (collected for the assertion below)
            errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_every_bundled_query_is_sparql_1_1(tmp_path):
    """load_queries() does not parse (the engine does when a query runs); this is the check."""
    assert load_queries(check=True).keys() == load_queries().keys()
    bad = tmp_path / "q"
    bad.mkdir()
    (bad / "broken.rq").write_text("#+ summary: broken\nSELECT * WHERE { ?s ?p }\n")
    with pytest.raises(QueryError, match="malformed SPARQL"):
        load_queries(bad, check=True)
    assert set(load_queries(bad)) == {"broken"}
