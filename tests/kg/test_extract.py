"""Extraction with the real spaCy model and our components."""

from __future__ import annotations

import pytest

from kg.extract import Claim, extract


def _claims(nlp, text: str, publisher: str = "Test Outlet") -> list[Claim]:
    return list(extract(nlp, text, publisher).claims)


def _find(claims, claimant, supplier="North Korea", recipient="Russia"):
    return [c for c in claims if c.claimant == claimant and c.supplier == supplier and c.recipient == recipient]


def test_seed_article_yields_beyond_parallel_and_us_claims(nlp, seed_text):
    claims = _claims(nlp, seed_text, "The Asian Affairs")
    bp = _find(claims, "Beyond Parallel")
    us = _find(claims, "United States")
    assert bp and us
    assert "munitions" in bp[0].items and bp[0].certainty == "probable"
    assert bp[0].certainty_cue and "likely" in bp[0].certainty_cue
    assert {"artillery shells", "rockets"} <= set(us[0].items)
    assert all(c.stance == "asserts" for c in bp + us)


def test_quote_offsets_point_into_the_text(nlp, seed_text):
    for c in _claims(nlp, seed_text, "The Asian Affairs"):
        assert seed_text[c.start : c.end] == c.quote


def test_denial_is_not_read_as_assertion(nlp):
    claims = _claims(nlp, "North Korea denied supplying weapons to Russia.")
    assert [(c.claimant, c.stance) for c in claims] == [("North Korea", "denies")]


def test_negated_transfer_is_a_denial(nlp):
    text = '"The DPRK has never exported weapons or ammunition to Russia," the foreign ministry said.'
    claims = _claims(nlp, text)
    assert claims and all(c.stance == "denies" and c.supplier == "North Korea" for c in claims)


def test_according_to_names_the_claimant(nlp):
    claims = _claims(nlp, "According to the NIS, North Korea shipped more than a million shells to Russia.")
    assert [(c.claimant, c.items) for c in claims] == [("South Korea", ("artillery shells",))]


def test_agency_speaks_for_its_state(nlp):
    claims = _claims(nlp, "The State Department said North Korea had sent ballistic missiles to Russia.")
    assert claims[0].claimant == "United States"
    assert claims[0].items == ("ballistic missiles",)


def test_receive_verb_swaps_roles(nlp):
    claims = _claims(nlp, "Russia has received millions of artillery shells from North Korea, officials in Seoul said.")
    assert claims and claims[0].supplier == "North Korea" and claims[0].recipient == "Russia"
    assert claims[0].claimant == "South Korea"


def test_passive_with_agent(nlp):
    claims = _claims(nlp, "Weapons provided by North Korea were shipped to Russia, the White House said.")
    assert _find(claims, "United States")


def test_hedge_lowers_certainty(nlp):
    claims = _claims(nlp, "Analysts suggest that North Korea may be supplying munitions to Russia.")
    assert claims[0].certainty == "possible"
    assert claims[0].claimant_kind == "unnamed"


def test_unattributed_statement_belongs_to_the_outlet(nlp):
    claims = _claims(nlp, "North Korea has shipped artillery shells to Russia.", publisher="Daily Courier")
    assert claims[0].claimant == "Daily Courier" and claims[0].claimant_kind == "reporter"


def test_no_claim_without_a_transfer(nlp):
    assert _claims(nlp, "Kim Jong Un met Vladimir Putin in Russia in September.") == []


def test_gazetteer_keeps_unknown_entities(nlp):
    ex = extract(nlp, "Officials from Ruritania met Kim Jong Un in Pyongyang.", "X")
    labels = {(m.text, m.iri is None) for m in ex.mentions}
    assert ("Pyongyang", False) in labels
    assert any(known for _, known in labels)  # something unknown is kept with its spaCy label


def test_claim_round_trips_through_dict(nlp, seed_text):
    for c in _claims(nlp, seed_text, "The Asian Affairs"):
        assert Claim.from_dict(c.to_dict()) == c


def test_missing_model_is_a_clear_error(vocab):
    from kg.errors import ModelError
    from kg.extract import load_pipeline

    with pytest.raises(ModelError, match="not installed"):
        load_pipeline(vocab, "no_such_model_xyz")
