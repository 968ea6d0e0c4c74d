"""Every graph kg builds conforms to the SHACL shapes; `kg validate` finds what does not."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from kg.cli import cli
from kg.errors import InvalidGraph
from kg.ontology import load_graph
from kg.store import open_store
from kg.validate import check, load_shapes, validate_built, validate_store
from kg.vocab import OSINT

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def shapes():
    return load_shapes()


@pytest.fixture(scope="module")
def ontology():
    return load_graph()


def test_every_shape_has_a_label_and_comment(shapes):
    from rdflib.namespace import RDFS, SH

    for shape in shapes.subjects(RDF.type, SH.NodeShape):
        if isinstance(shape, URIRef):
            assert shapes.value(shape, RDFS.label) is not None, shape
            assert shapes.value(shape, RDFS.comment) is not None, shape


def test_shapes_cover_article_claim_transfer_evidence_actor(shapes):
    from rdflib.namespace import SH

    targets = set(shapes.objects(None, SH.targetClass))
    assert {OSINT.Article, OSINT.Claim, OSINT.Transfer, OSINT.Evidence, OSINT.Actor} <= targets


def test_built_example_articles_conform(nlp, vocab, shapes, ontology):
    from kg.build import build_article
    from kg.extract import extract
    from kg.ingest import iter_sources, _articles

    built = 0
    for article in _articles(iter_sources([str(ROOT / "examples")]), None):
        extraction = extract(nlp, article.text, article.publisher, vocab)
        result = build_article(article, extraction, vocab)
        problems = [v.line() for v in validate_built(result, shapes=shapes, ontology=ontology)
                    if v.severity == "Violation"]
        assert problems == []
        built += 1
    assert built >= 4


def test_the_examples_store_conforms(examples_store, shapes):
    assert [v.line() for v in validate_store(examples_store, shapes=shapes) if v.severity == "Violation"] == []


def _broken(examples_store):
    """An example article graph with its claim's stance removed and a bad offset."""
    from kg.validate import article_graphs

    name = next(g for g in article_graphs(examples_store)
                if examples_store.query("ASK { GRAPH ?g { ?c a <https://w3id.org/osint-kg/ontology#Claim> } }",
                                        {"g": URIRef(g)}).boolean)
    g = examples_store.graph(URIRef(name))
    claim = next(g.subjects(RDF.type, OSINT.Claim))
    g.remove((claim, OSINT.stance, None))
    pos = next(g.subjects(RDF.type, URIRef("http://www.w3.org/ns/oa#TextPositionSelector")))
    g.set((pos, URIRef("http://www.w3.org/ns/oa#start"), Literal(-5)))
    return URIRef(name), g


def test_a_broken_graph_raises_invalid_graph(examples_store, shapes, ontology):
    name, g = _broken(examples_store)
    with pytest.raises(InvalidGraph) as info:
        check(g, shapes=shapes, ontology=ontology, graph_name=str(name))
    assert "ontology#stance" in info.value.report
    assert "quote is not the article's text" in info.value.report


def test_kg_validate_prints_one_violation_a_line_and_exits_1(examples_store, tmp_path):
    name, g = _broken(examples_store)
    path = tmp_path / "store"
    with open_store(path) as store:
        for other in examples_store.named_graphs():
            store.replace_graph(URIRef(other), examples_store.graph(URIRef(other)))
        store.replace_graph(name, g)
    result = CliRunner().invoke(cli, ["validate", "--store", str(path)])
    assert result.exit_code == 1
    lines = [line for line in result.stdout.splitlines() if line.startswith("violation:")]
    assert len(lines) >= 3 and all(str(name) in line for line in lines)
    assert "SHACL violation" in result.stderr
    ok = CliRunner().invoke(cli, ["validate", "--store", str(path), "--json"])
    assert ok.exit_code == 1 and ok.stdout.startswith("{")
