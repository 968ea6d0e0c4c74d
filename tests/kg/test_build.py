"""Building an article's graph: deterministic IRIs, provenance, quotes, propositions."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, XSD

from kg.build import article_iri, build_article, graph_iri, proposition_iri
from kg.extract import extract
from kg.vocab import OA, OSINT
from scrapers.parse import Article, parse_text

TEXT = (
    "The U.S. alleges North Korea's supply of ammunition, artillery shells, and rockets to Russia.\n\n"
    "North Korea denied supplying weapons to Russia."
)


def _built(nlp, vocab, url="https://news.example/a"):
    article = parse_text(TEXT, url, title="T", publisher="News Example", published="2023-10-13")
    return article, build_article(article, extract(nlp, article.text, article.publisher), vocab)


def test_same_article_builds_the_same_graph(nlp, vocab):
    _, a = _built(nlp, vocab)
    _, b = _built(nlp, vocab)
    assert a.graph_name == b.graph_name
    assert isomorphic(a.graph, b.graph)
    assert set(a.graph) == set(b.graph)  # no blank nodes: identical, not merely isomorphic


def test_identity_comes_from_the_canonical_url(nlp, vocab):
    a = Article(url="https://mirror.example/x", canonical_url="https://news.example/a/", text="x")
    b = Article(url="https://news.example/a#top", text="x")
    assert article_iri(a) == article_iri(b) and graph_iri(a) == graph_iri(b)


def test_claims_carry_provenance_quote_and_propositions(nlp, vocab):
    article, built = _built(nlp, vocab)
    g = built.graph
    claims = list(g.subjects(RDF.type, OSINT.Claim))
    assert len(claims) == 2
    stances = {g.value(c, OSINT.stance) for c in claims}
    assert stances == {OSINT.asserts, OSINT.denies}
    for claim in claims:
        assert g.value(claim, OSINT.reportedIn) == built.article
        assert g.value(claim, OSINT.claimant) is not None
        quote = g.value(claim, OSINT.quotedIn)
        selectors = list(g.objects(quote, OA.hasSelector))
        exact = next(g.value(s, OA.exact) for s in selectors if (s, RDF.type, OA.TextQuoteSelector) in g)
        pos = next(s for s in selectors if (s, RDF.type, OA.TextPositionSelector) in g)
        start, end = int(g.value(pos, OA.start)), int(g.value(pos, OA.end))
        assert article.text[start:end] == str(exact)
    us_claim = next(c for c in claims if g.value(c, OSINT.stance) == OSINT.asserts)
    everything = Graph()
    for part in [g, *built.shared.values()]:
        everything += part
    items = {everything.value(p, OSINT.item) for p in g.objects(us_claim, OSINT.proposition)}
    # narrower items roll up to munitions
    assert {OSINT.ArtilleryShells, OSINT.Rockets, OSINT.Munitions} <= items


def test_proposition_iri_is_a_function_of_the_key():
    s, r = URIRef("https://w3id.org/osint-kg/id/actor/north-korea"), URIRef("https://w3id.org/osint-kg/id/actor/russia")
    a, key = proposition_iri(s, r, OSINT.Munitions)
    assert a == proposition_iri(s, r, OSINT.Munitions)[0]
    assert key == "north-korea|russia|Munitions"
    assert a != proposition_iri(r, s, OSINT.Munitions)[0]


def test_published_date_is_typed(nlp, vocab):
    from kg.vocab import SCHEMA

    _, built = _built(nlp, vocab)
    assert built.graph.value(built.article, SCHEMA.datePublished) == Literal("2023-10-13", datatype=XSD.date)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=200))
def test_literals_survive_a_turtle_round_trip(value):
    g = Graph()
    g.add((URIRef("https://w3id.org/osint-kg/id/x"), OSINT.claimantText, Literal(value)))
    back = Graph().parse(data=g.serialize(format="turtle"), format="turtle")
    assert isomorphic(g, back)


def test_shared_entities_are_described_once_outside_article_graphs(nlp, vocab):
    """Propositions and outlets live in their own graphs, so the union of many article graphs
    holds each description once (no row multiplication in joins, no inflated counts)."""
    _, a = _built(nlp, vocab, "https://news.example/a")
    _, b = _built(nlp, vocab, "https://news.example/b")
    assert not list(a.graph.subjects(RDF.type, OSINT.Proposition))
    shared_props = [n for n, g in a.shared.items() if (None, RDF.type, OSINT.Proposition) in g]
    assert shared_props and set(shared_props) <= set(b.shared)
    for name in a.shared:
        assert set(a.shared[name]) == set(b.shared[name])  # a function of the entity alone


def test_an_article_graph_serialises_with_the_project_prefixes(nlp, vocab):
    """The rdflib graph of a built article binds kgo, schema, prov and oa to their namespaces and
    round-trips through Turtle."""
    _, built = _built(nlp, vocab)
    turtle = built.graph.serialize(format="turtle")
    for prefix, ns in (("kgo", OSINT._NS), ("schema", "https://schema.org/"), ("prov", "http://www.w3.org/ns/prov#"),
                       ("oa", str(OA))):
        assert f"@prefix {prefix}: <{ns}> ." in turtle
    assert isomorphic(Graph().parse(data=turtle, format="turtle"), built.graph)
