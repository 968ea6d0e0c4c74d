"""kg/vocab.py and ontology/osint.ttl define the same terms (the Turtle is the source of truth)."""

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, SKOS

from kg.ontology import ontology_dir
from kg.vocab import OSINT


def _ttl_terms() -> set[str]:
    g = Graph().parse(ontology_dir() / "osint.ttl")
    ns = str(OSINT._NS)
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.Concept, SKOS.ConceptScheme}
    return {str(s)[len(ns):] for s, _, o in g.triples((None, RDF.type, None)) if o in kinds and str(s).startswith(ns)}


def _py_terms() -> set[str]:
    return {name for name in OSINT.__annotations__}


def test_every_python_term_is_in_the_turtle():
    assert _py_terms() - _ttl_terms() == set()


def test_every_turtle_term_is_in_python():
    assert _ttl_terms() - _py_terms() == set()


def test_every_term_has_a_label_and_comment():
    g = Graph().parse(ontology_dir() / "osint.ttl")
    from rdflib.namespace import RDFS

    missing = [t for t in _ttl_terms() if g.value(URIRef(OSINT._NS + t), RDFS.label) is None]
    assert missing == []


def test_unknown_term_fails_loudly():
    import pytest

    with pytest.raises(AttributeError):
        OSINT.notATerm  # noqa: B018


def test_gazetteer_states_are_complete_and_labels_unique():
    """Every state has a prefLabel and actorType "state"; no label names two entries."""
    from collections import defaultdict

    from kg.ontology import load_vocabulary

    v = load_vocabulary()
    states = [e for e in v.entries.values() if e.actor_type == "state"]
    assert len(states) >= 197  # UN members and observers, Taiwan, Kosovo
    g = Graph().parse(ontology_dir() / "gazetteer.ttl")
    for e in states:
        assert e.label and g.value(URIRef(e.iri), SKOS.prefLabel) is not None
    owners = defaultdict(set)
    for e in v.entries.values():
        for label in e.labels + e.hidden:
            owners[label.lower()].add(e.iri)
    assert {k: o for k, o in owners.items() if len(o) > 1} == {}
    # one prefLabel per entry: a second block for the same IRI merges silently in Turtle
    # ("Kata'ib Hezbollah" and "Kataib Hezbollah" both were, session 26)
    assert {str(s) for s in g.subjects(SKOS.prefLabel, None) if len(set(g.objects(s, SKOS.prefLabel))) > 1} == set()
    for name, label in [("Finland", "Finland"), ("Estonian", "Estonia"), ("Ankara", "Turkey"),
                        ("Türkiye", "Turkey"), ("DRC", "Democratic Republic of the Congo"),
                        ("Brazzaville", "Republic of the Congo")]:
        entry = v.find(name)
        assert entry is not None and entry.label == label and entry.actor_type == "state", name
