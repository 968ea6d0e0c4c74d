"""kg/writer.py: articles written in batches; unchanged graphs are not rewritten; what goes stale is
journalled for kg.derive."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, XSD

from kg.build import BuiltArticle
from kg.derive import update_derived
from kg.store import open_store
from kg.writer import ArticleWriter

STALE = "https://w3id.org/osint-kg/ontology#staleArticle"


def _built(n: int, label: str = "Outlet") -> BuiltArticle:
    name, art = URIRef(f"urn:graph:{n}"), URIRef(f"urn:article:{n}")
    g = Graph()
    g.add((art, RDFS.label, Literal(f"article {n}")))
    # as a quote offset is built (Oxigraph stores it back as xsd:integer)
    g.add((art, URIRef("http://www.w3.org/ns/oa#start"), Literal(n, datatype=XSD.nonNegativeInteger)))
    outlet = URIRef("urn:actor:outlet")
    shared = Graph()
    shared.add((outlet, RDFS.label, Literal(label)))
    return BuiltArticle(name, art, g, {URIRef("urn:graph:entity:outlet"): shared})


def _stale(store) -> set[str]:
    return {r[0] for r in store.query(f"SELECT ?a WHERE {{ GRAPH ?g {{ ?g <{STALE}> ?a }} }}").rows}


def test_batches_write_every_graph_once(tmp_path: Path):
    with open_store(tmp_path / "s") as store:
        with ArticleWriter(store, batch_size=3) as writer:
            for n in range(7):
                writer.add(_built(n))
        assert writer.written == 7
        graphs = set(store.named_graphs())
        assert {f"urn:graph:{n}" for n in range(7)} | {"urn:graph:entity:outlet"} <= graphs
        assert _stale(store) == {f"urn:article:{n}" for n in range(7)}


@pytest.mark.parametrize("spec", ["disk", "rdflib:memory:"])
def test_unchanged_articles_are_not_rewritten_nor_marked_stale(tmp_path: Path, spec):
    with open_store(tmp_path / "s" if spec == "disk" else spec) as store:
        with ArticleWriter(store) as writer:
            writer.add(_built(1))
        for g in store.named_graphs():  # as kg ingest does after writing
            if "/graph/stale/" in g:
                store.remove_graph(URIRef(g))
        with ArticleWriter(store) as writer:
            writer.add(_built(1))
        assert writer.skipped_graphs == 2 and _stale(store) == set()


def test_a_renamed_shared_entity_is_replaced(tmp_path: Path):
    with open_store(tmp_path / "s") as store:
        with ArticleWriter(store) as writer:
            writer.add(_built(1, "Old Name"))
        with ArticleWriter(store) as writer:
            writer.add(_built(2, "New Name"))
        labels = {q.object.value for q in store.quads(URIRef("urn:graph:entity:outlet"))}
        assert labels == {"New Name"}


def test_an_exception_writes_nothing_more(tmp_path: Path):
    with open_store(tmp_path / "s") as store:
        try:
            with ArticleWriter(store) as writer:
                writer.add(_built(1))
                raise RuntimeError("extraction failed")
        except RuntimeError:
            pass
        assert "urn:graph:1" not in store.named_graphs()
        assert update_derived(store).articles == 0
