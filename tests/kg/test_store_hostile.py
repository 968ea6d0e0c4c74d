"""1,000 hostile strings through every query path change nothing and crash nothing.

Paths: every bundled query with each parameter it accepts (VALUES row), engine substitutions,
`kg query -` on stdin, and the remote SPARQL store (VALUES block over HTTP).
"""

from __future__ import annotations

import random

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef

from kg.cli import cli
from kg.errors import OsintKGError
from kg.queries import load_queries, parameters, run
from kg.store import OxigraphStore, dump_hash, open_store
from oxigraph_server import clear, oxigraph_serve

FRAGMENTS = [
    '"', "'", '"""', "'''", "\\", "\\\\", "{", "}", "} ; DROP ALL ; {", '" } ; DROP ALL ; { "', "; CLEAR ALL",
    "INSERT DATA { <a:b> <a:c> <a:d> }", "<http://evil.example/>", ">", "<", "#", "?x", "$y", "\n", "\r\n", "\t",
    "\u202e", "\ufeff", "\u2028", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "✓", "☢", "日本語", "ñ", "\\u0022", "\\u003e", "^^<x:y>", "@en",
    " ", "DELETE WHERE { ?s ?p ?o }", "LOAD <http://evil.example/x>", "SERVICE <http://evil.example/> {}",
]


def hostile_strings(n: int = 1000) -> list[str]:
    rng = random.Random(4)
    out = [f for f in FRAGMENTS]
    while len(out) < n:
        out.append("".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(2, 6))))
    assert all("\x00" not in s for s in out)
    return out[:n]


HOSTILE = hostile_strings()


def _fill(store, examples_store, limit: int = 4) -> None:
    for name in examples_store.named_graphs()[:limit]:
        store.replace_graph(URIRef(name), examples_store.graph(URIRef(name)))


def _state(store) -> tuple[int, str]:
    return store.quad_count(), dump_hash(store)


def _paths(queries) -> list[tuple[object, str]]:
    return [(q, name) for _, q in sorted(queries.items()) for name in parameters(q)]


def _push(store, queries) -> None:
    """Every string through a bundled query parameter (each path in turn; the bare fragments through
    every path) and through engine substitution."""
    paths = _paths(queries)
    assert len(paths) >= 5
    for i, value in enumerate(HOSTILE):
        chosen = paths if i < len(FRAGMENTS) else [paths[i % len(paths)]]
        for q, name in chosen:
            try:
                run(store, q, {name: Literal(value)})
            except OsintKGError:
                pass  # a typed, one-line error is an acceptable answer; a crash is not
        run(store, queries["claims"], {"claimant": Literal(value)})
        run(store, "SELECT ?o WHERE { ?s ?p ?o }", {"o": Literal(value, lang="en") if i % 2 else Literal(value)})


def test_hostile_values_through_every_bundled_query(examples_store):
    store = OxigraphStore(None)
    _fill(store, examples_store)
    before = _state(store)
    _push(store, load_queries())
    assert _state(store) == before


def test_hostile_values_through_a_remote_store(examples_store):
    queries = load_queries()
    with oxigraph_serve() as url:
        clear(url)
        with open_store(url) as store:
            _fill(store, examples_store, limit=2)
            before = _state(store)
            paths = _paths(queries)
            for i, value in enumerate(HOSTILE):
                run(store, queries["claims"], {"claimant": Literal(value), "supplier": Literal(value)})
                q, name = paths[i % len(paths)]
                try:
                    run(store, q, {name: Literal(value)})
                except OsintKGError:
                    pass
            assert _state(store) == before


def test_hostile_text_on_kg_query_stdin(tmp_path, examples_store):
    path = tmp_path / "store"
    with open_store(path) as store:
        _fill(store, examples_store, limit=2)
        before = _state(store)
    runner = CliRunner()
    # Each `kg query` run parses the bundled catalogue and opens the store (~0.5 s), so the CLI gets
    # the first 15 fragments in three forms; the library and remote paths above get all 1,000.
    for i, value in enumerate(HOSTILE[:15]):
        forms = (value, f"SELECT * WHERE {{ ?s ?p \"{value}\" }}", f"DELETE WHERE {{ {value} }}")
        for text in [forms[i % 3]]:
            result = runner.invoke(cli, ["query", "-", "--store", str(path), "--json"], input=text)
            assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
            assert result.exit_code in (0, 1), result.output
            if result.exit_code == 1:
                assert result.stderr.startswith("kg: error: ") and len(result.stderr.strip().splitlines()) == 1
    with open_store(path, read_only=True) as store:
        assert _state(store) == before
