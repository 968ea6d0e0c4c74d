"""`kg import` loads other tools' RDF into its own named graph; `kg stats` counts what a store holds."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import SourceError
from kg.store import import_file, import_graph_iri, open_store, stats

TTL = b"@prefix ex: <http://example.org/> .\nex:a ex:knows ex:b , [ ex:name \"anon\" ] .\n"
TRIG = b"@prefix ex: <http://example.org/> .\nex:g1 { ex:a ex:p 1 . }\nex:g2 { ex:b ex:p 2 . }\n"
NQ = b'<http://example.org/a> <http://example.org/p> "x" <http://example.org/g> .\n'
JSONLD = b'{"@context": {"name": "http://schema.org/name"}, "@id": "http://example.org/a", "name": "A"}'
REMOTE = b'{"@context": "http://127.0.0.1:9/context.jsonld", "@id": "http://example.org/a", "name": "A"}'


@pytest.mark.parametrize("suffix,data,count", [(".ttl", TTL, 3), (".trig", TRIG, 2), (".nq", NQ, 1),
                                                (".jsonld", JSONLD, 1)])
def test_import_into_its_own_graph(tmp_path, suffix, data, count):
    path = tmp_path / f"data{suffix}"
    path.write_bytes(data)
    with open_store(":memory:") as store:
        name, n = import_file(store, path)
        assert n == count and name == import_graph_iri(data)
        assert store.named_graphs() == [str(name)]  # named graphs in the file are merged into one
        again, _ = import_file(store, path)  # re-importing replaces
        assert again == name and store.quad_count() == count
        other, _ = import_file(store, path, graph="http://example.org/mine")
        assert str(other) == "http://example.org/mine" and store.quad_count() == 2 * count


def test_jsonld_remote_contexts_are_refused_not_fetched(tmp_path):
    path = tmp_path / "remote.jsonld"
    path.write_bytes(REMOTE)
    with open_store(":memory:") as store, pytest.raises(SourceError, match="remote JSON-LD contexts"):
        import_file(store, path)


@pytest.mark.parametrize("name,data,args,message", [
    ("missing.ttl", None, [], "no such file"),
    ("bad.ttl", b"<a> <b> .", [], "malformed"),
    ("x.csv", b"a,b", [], "unknown RDF file type"),
    ("ok.ttl", TTL, ["--graph", "not an iri"], "absolute IRI"),
    ("empty.ttl", b"# nothing", [], "no triples"),
])
def test_bad_imports_are_one_line_errors(tmp_path, name, data, args, message):
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    result = CliRunner().invoke(cli, ["import", str(path), "--store", ":memory:", *args])
    assert result.exit_code == 1
    assert result.stderr.startswith("kg: error: ") and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_kg_import_and_stats(tmp_path):
    path = tmp_path / "data.ttl"
    path.write_bytes(TTL)
    store = str(tmp_path / "store")
    runner = CliRunner()
    result = runner.invoke(cli, ["import", str(path), "--store", store, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["triples"] == 3
    result = runner.invoke(cli, ["stats", "--store", store, "--json"])
    assert json.loads(result.stdout) == {"articles": 0, "claims": 0, "propositions": 0, "actors": 0,
                                         "graphs": 1, "quads": 3}
    table = runner.invoke(cli, ["stats", "--store", store])
    assert table.exit_code == 0 and "quads" in table.stdout


def test_stats_of_the_examples(examples_store):
    counts = stats(examples_store)
    assert counts.articles >= 4 and counts.claims >= counts.articles
    assert counts.graphs >= counts.articles + 1 and counts.quads > 1000
    assert counts.propositions >= 1 and counts.actors >= 3
