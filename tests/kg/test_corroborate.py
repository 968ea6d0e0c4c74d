"""Corroboration on the bundled examples: independent claimants, echoes, denials, filters, timeline, score."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.config import load_config
from kg.corroborate import ClaimantSupport, Filters, corroborate, score, timeline
from kg.errors import ConfigError, QueryError

EXPECTED = json.loads((Path(__file__).resolve().parents[2] / "examples" / "expected.json").read_text())


def _by_key(rows):
    return {(r.supplier, r.recipient, r.item): r for r in rows}


def test_independent_claimant_sets_match_expected_exactly(examples_store, queries, vocab):
    got = _by_key(corroborate(examples_store, queries, vocab))
    for p in EXPECTED["propositions"]:
        # narrow to the expected item itself; munitions rolls up more, tested in tests/test_cli.py
        if p["item"] == "munitions":
            continue
        row = got[(p["supplier"], p["recipient"], p["item"])]
        assert set(row.claimants) == set(p["independent_claimants"])


def test_denials_are_listed_beside_support(examples_store, queries, vocab):
    row = _by_key(corroborate(examples_store, queries, vocab))[("North Korea", "Russia", "munitions")]
    assert set(row.deniers) == {"North Korea", "Russia"}
    deniers = {d.claimant for d in row.details if d.stance == "denies"}
    assert deniers == {"North Korea", "Russia"}


def test_echoes_and_who_reported_whom(examples_store, queries, vocab):
    row = _by_key(corroborate(examples_store, queries, vocab))[("North Korea", "Russia", "munitions")]
    bp = next(d for d in row.details if d.claimant == "Beyond Parallel" and d.stance == "asserts")
    assert {"Daily Courier", "Meridian Wire"} <= set(bp.reporters)
    assert bp.echoes >= 2 and bp.articles >= 3  # its own report and the outlets that repeated it
    assert "satellite imagery" in bp.evidence


def test_filters_by_names_as_analysts_write_them(examples_store, queries, vocab):
    rows = corroborate(examples_store, queries, vocab, Filters(supplier="DPRK", item="shells"))
    assert [(r.supplier, r.recipient, r.item) for r in rows] == [("North Korea", "Russia", "artillery shells")]
    assert corroborate(examples_store, queries, vocab, Filters(supplier="Ruritania")) == []


def test_date_window(examples_store, queries, vocab):
    early = _by_key(corroborate(examples_store, queries, vocab, Filters(until="2023-10-10")))
    assert set(early) == {("North Korea", "Russia", "munitions")}
    assert early[("North Korea", "Russia", "munitions")].claimants == ("Beyond Parallel",)
    late = _by_key(corroborate(examples_store, queries, vocab, Filters(since="2023-11-01")))
    assert "Beyond Parallel" not in late[("North Korea", "Russia", "munitions")].claimants


def test_site_narrows(examples_store, queries, vocab):
    rows = corroborate(examples_store, queries, vocab, Filters(site="Rajin"))
    assert rows and all("United States" in r.claimants for r in rows)
    assert all(r.independent <= 2 for r in rows)


def test_bad_filters_are_clear_errors(examples_store, queries, vocab):
    with pytest.raises(QueryError, match="unknown item"):
        corroborate(examples_store, queries, vocab, Filters(item="bananas"))
    with pytest.raises(QueryError, match="not a date"):
        corroborate(examples_store, queries, vocab, Filters(since="last week"))


def test_timeline_is_in_date_order(examples_store, queries, vocab):
    entries = timeline(examples_store, queries, vocab, Filters("North Korea", "Russia", "munitions"))
    days = [e.day for e in entries]
    assert days == sorted(days) and len(entries) >= 8
    assert entries[0].claimant == "Beyond Parallel"
    assert {e.stance for e in entries} == {"asserts", "denies"}


@pytest.mark.parametrize("filters", [Filters("North Korea", "Russia"), Filters("North Korea", "Russia", "munitions"),
                                     Filters("North Korea", "Russia", since="2023-10-13", until="2023-11-02"),
                                     Filters("North Korea", "Russia", site="Rajin")])
def test_timeline_pages_put_together_are_the_whole_timeline(examples_store, queries, vocab, filters):
    """Pages found through the stored days (or, with a site, sliced from the whole timeline) are
    the whole timeline's claims in the same order, whatever the page size."""
    whole = timeline(examples_store, queries, vocab, filters)
    assert whole
    for size in (1, 3, 7):
        pages = [timeline(examples_store, queries, vocab, filters, size, offset) for offset in range(0, len(whole) + size, size)]
        assert [e for page in pages for e in page] == whole
        assert all(len(page) <= size for page in pages) and pages[-1] == []


def _c(stance="asserts", certainty="certain", grade="F", kind="named"):
    return ClaimantSupport("x", kind, stance, certainty, grade, (), (), 1, 0, None, None)


def test_score_grows_with_independent_support_and_falls_with_denials():
    config = load_config()
    one, two = score([_c()], config), score([_c(), _c()], config)
    assert 0 < one < two < 1
    assert score([_c(), _c("denies")], config) < one
    assert score([_c(certainty="possible")], config) < one
    assert score([_c(grade="A")], config) > one
    assert score([_c(kind="unnamed")], config) == 0.0  # unnamed sources weigh 0 by default


def test_config_overrides_only_what_it_sets(tmp_path):
    path = tmp_path / "kg.toml"
    path.write_text('[sources]\n"Beyond Parallel" = "B"\n[corroboration]\nunnamed_weight = 0.2\n')
    config = load_config(path)
    assert config.grade("Beyond Parallel") == "B" and config.grade("Other") == "F"
    assert config.get("corroboration", "certainty", "certain") == 0.9
    assert score([_c(kind="unnamed")], config) > 0


@pytest.mark.parametrize("text,match", [
    ("[corroboration\n", "invalid TOML"),
    ("[nope]\nx = 1\n", "unknown config key"),
    ('[sources]\n"X" = "Z"\n', "grade"),
])
def test_bad_config_is_a_clear_error(tmp_path, text, match):
    path = tmp_path / "kg.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=match):
        load_config(path)


SYNDICATED = (
    "North Korea has shipped several hundred thousand artillery shells to Russia by rail since "
    "September, loading them at a border station under tarpaulins. The trains crossed the Tumen "
    "River bridge at night, and customs records seen by this newspaper list the cargo as "
    "machinery. Local traders described long freight trains heading north every few days."
)


def test_syndicated_copy_is_an_echo_not_a_claimant(tmp_path, nlp, vocab, queries):
    from kg.ingest import Source, ingest
    from kg.store import open_store

    records = [
        {"url": "https://one.example/a", "publisher": "Outlet One", "published": "2023-10-01", "text": SYNDICATED},
        {"url": "https://two.example/b", "publisher": "Outlet Two", "published": "2023-10-02",
         "text": SYNDICATED.replace("this newspaper", "the paper") + " (Syndicated.)"},
        {"url": "https://three.example/c", "publisher": "Outlet Three", "published": "2023-10-03",
         "text": "Russia has received artillery shells from North Korea, our correspondent in Vladivostok saw."},
    ]
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records))
    with open_store(tmp_path / "s") as store:
        ingest(store, nlp, vocab, [Source("jsonl", str(path))])
        row = _by_key(corroborate(store, queries, vocab))[("North Korea", "Russia", "artillery shells")]
    assert "Outlet Two" not in row.claimants
    assert "Outlet One" in row.claimants
    one = next(d for d in row.details if d.claimant == "Outlet One")
    assert "Outlet Two" in one.reporters and one.echoes == 1


def test_site_filter_names_the_same_iri_the_builder_mints(vocab):
    """A site the gazetteer does not know is filtered by the IRI build_article gave it."""
    from kg.build import site_iri

    assert Filters(site="Port of Nowhere").bindings(vocab)["site"] == site_iri("Port of Nowhere")
    assert str(Filters(site="Rajin").bindings(vocab)["site"]).endswith("/site/rajin-port")
