"""Derived facts (kg/derive.py): updated incrementally they equal a full recomputation, and the
stored support equals what corroboration.rq and claimants.rq count from the claims."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef

from kg.corroborate import Filters, corroborate
from kg.derive import derived_graph, derived_ready, mark_stale, update_derived
from kg.ingest import Source, ingest, iter_sources
from kg.queries import get_query, run
from kg.store import dump_hash, open_store
from kg.vocab import OSINT

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
# An original, its syndicated copy (an echo), and a citation of the copy: echoes through two links.
ORIGINAL = ("North Korea has shipped several hundred thousand artillery shells to Russia by rail since "
            "September, loading them at a border station under tarpaulins. The trains crossed the Tumen "
            "River bridge at night, and customs records seen by this newspaper list the cargo as "
            "machinery. Local traders described long freight trains heading north every few days.")
CHAIN = [
    {"url": "https://one.example/a", "publisher": "Outlet One", "published": "2023-10-01", "text": ORIGINAL},
    {"url": "https://two.example/b", "publisher": "Outlet Two", "published": "2023-10-02",
     "text": ORIGINAL.replace("this newspaper", "the paper") + " (Syndicated.)"},
    {"url": "https://three.example/c", "publisher": "Outlet Three", "published": "2023-10-03",
     "html": '<html><body><article><p>North Korea has shipped artillery shells to Russia by rail since '
             'September (<a href="https://two.example/b">see the earlier story</a>), and the trains keep coming. '
             'Freight yards on both sides of the river were busy again this week.</p></article></body></html>'},
]


def _sources(tmp_path: Path) -> list[Source]:
    """Every example article and the chain above, one source each."""
    out = [s for s in iter_sources([str(EXAMPLES)]) if s.kind == "file"]
    for n, record in enumerate(CHAIN + [json.loads(line) for line in (EXAMPLES / "articles.jsonl").read_text().splitlines()
                                        if line.strip()]):
        path = tmp_path / f"doc{n}.jsonl"
        path.write_text(json.dumps(record))
        out.append(Source("jsonl", str(path)))
    return out


@pytest.fixture(scope="module")
def one_pass(tmp_path_factory, nlp, vocab):
    tmp = tmp_path_factory.mktemp("derive")
    sources = _sources(tmp)
    with open_store(tmp / "once") as store:
        ingest(store, nlp, vocab, sources)
        return sources, dump_hash(store)


def test_article_by_article_in_any_order_equals_one_pass(one_pass, tmp_path, nlp, vocab):
    sources, expected = one_pass
    order = list(sources)
    random.Random(3).shuffle(order)
    with open_store(tmp_path / "s") as store:
        for source in order:
            ingest(store, nlp, vocab, [source])
        assert dump_hash(store) == expected


def _without_entities(store) -> set[bytes]:
    buf = io.BytesIO()
    store.dump(buf, "nquads")
    return {line for line in buf.getvalue().splitlines() if b"/graph/entity/" not in line}


@pytest.mark.parametrize("batched", [False, True], ids=["one transaction", "in batches"])
def test_replacing_an_article_and_putting_it_back_restores_everything(one_pass, tmp_path, nlp, vocab, queries,
                                                                     batched, monkeypatch):
    """Also when the update writes its graphs in batches, as one that rewrites thousands does."""
    if batched:
        monkeypatch.setattr("kg.derive.ONE_TRANSACTION_GRAPHS", 0)
    sources, expected = one_pass
    expected_store = open_store(":memory:")
    ingest(expected_store, nlp, vocab, sources)
    changed = tmp_path / "changed.jsonl"
    changed.write_text(json.dumps({**CHAIN[0], "text": "Iran has sent drones to Russia, officials said. " * 3}))
    with open_store(tmp_path / "s") as store:
        ingest(store, nlp, vocab, sources)
        ingest(store, nlp, vocab, [Source("jsonl", str(changed))])  # the original loses its claims
        assert dump_hash(store) != expected
        _assert_support_is_a_recount(store, queries)
        ingest(store, nlp, vocab, sources)
        # the changed text's new proposition keeps its (shared, never removed) description
        assert _without_entities(store) == _without_entities(expected_store)


def test_an_update_interrupted_while_writing_in_batches_is_redone_in_full(one_pass, tmp_path, nlp, vocab, queries,
                                                                        monkeypatch):
    """A batched write is not one transaction: until it is done the store has no derived facts,
    and the next update derives them in full, to the store an uninterrupted update makes."""
    import kg.derive

    monkeypatch.setattr(kg.derive, "ONE_TRANSACTION_GRAPHS", 0)
    sources, _ = one_pass
    changed = tmp_path / "changed.jsonl"
    changed.write_text(json.dumps({**CHAIN[0], "text": "Iran has sent drones to Russia, officials said. " * 3}))
    with open_store(tmp_path / "clean") as store:
        ingest(store, nlp, vocab, sources + [Source("jsonl", str(changed))])
        expected = dump_hash(store)
    real, calls = kg.derive._bulk_write, []

    def killed_after_one(store, graphs, size=5000):
        calls.append(len(graphs))
        if len(calls) > 1:
            raise KeyboardInterrupt
        real(store, graphs, size)

    with open_store(tmp_path / "s") as store:
        ingest(store, nlp, vocab, sources)
        monkeypatch.setattr(kg.derive, "_bulk_write", killed_after_one)
        with pytest.raises(KeyboardInterrupt):
            ingest(store, nlp, vocab, [Source("jsonl", str(changed))])
        assert not derived_ready(store)
        monkeypatch.setattr(kg.derive, "_bulk_write", real)
        assert update_derived(store).full
        _assert_support_is_a_recount(store, queries)
        assert dump_hash(store) == expected


def _norm(rows) -> list[tuple]:
    return sorted(tuple("|".join(sorted(c.split("|"))) if isinstance(c, str) else c for c in r) for r in rows)


def _assert_support_is_a_recount(store, queries) -> None:
    """The stored support rows equal what corroboration.rq and claimants.rq count from the claims."""
    assert derived_ready(store)
    for name in ("corroboration", "claimants"):
        stored = run(store, get_query(queries, name)).rows
        counted = run(store, get_query(queries, name), {"recount": Literal(True)}).rows
        assert _norm(stored) == _norm(counted)
        if name == "claimants":  # and the fast read of the stored rows (kg corroborate's)
            fast = run(store, get_query(queries, "claimant_support"))
            assert fast.vars == run(store, get_query(queries, name)).vars and _norm(fast.rows) == _norm(stored)


def test_stored_support_equals_a_recount_from_the_claims(tmp_path, nlp, vocab, queries):
    with open_store(tmp_path / "s") as store:
        ingest(store, nlp, vocab, _sources(tmp_path))
        _assert_support_is_a_recount(store, queries)
        assert run(store, get_query(queries, "corroboration")).rows
        echo = {r.claimant: r for r in corroborate(store, queries, vocab, Filters("North Korea", "Russia", "shells"))[0].details}
        # Two's copy and Three's citation of the copy are echoes (through one and two links); the
        # source claims Three reaches are One's and Two's own-voice claims, as stored (not traced on).
        assert "Outlet Two" not in echo["Outlet One"].claimant and "Outlet Three" not in echo
        assert {"Outlet Two", "Outlet Three"} <= set(echo["Outlet One"].reporters)
        assert echo["Outlet Two"].reporters == ("Outlet Three",)


def test_a_journalled_update_is_redone_and_a_store_without_derived_facts_is_counted(tmp_path, nlp, vocab, queries):
    with open_store(tmp_path / "s") as store:
        ingest(store, nlp, vocab, _sources(tmp_path)[:3])
        want = corroborate(store, queries, vocab)
        before = dump_hash(store)
        # a stale mark left by an interrupted update is picked up, and changes nothing here
        mark_stale(store, [], [r.proposition for r in want])
        report = update_derived(store)
        assert report.propositions == len(want) and not report.full
        assert dump_hash(store) == before
        # without the derived facts (N-Quads loaded by other means), corroborate counts the claims
        for name in store.named_graphs():
            if "/graph/support/" in name or name.endswith("/graph/derived-state"):
                store.remove_graph(URIRef(name))
        assert not derived_ready(store)
        assert corroborate(store, queries, vocab) == want
        # and so does the bare named query (kg query corroboration), instead of reading nothing
        assert len(run(store, get_query(queries, "corroboration")).rows) == len(want)
        assert update_derived(store).full
        assert dump_hash(store) == before


def test_derivation_links_equal_the_derivations_query(tmp_path, vocab, queries):
    """kg.derive counts the links in Python; derivations.rq states the same rule in SPARQL. On a
    synthetic store (copies by other outlets, citations, filler text whose bands many articles
    share) both give the same links, for the whole store and for a few articles."""
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic import generate

    from kg.build import build_article
    from kg.derive import _derivation_links
    from kg.writer import ArticleWriter

    text = get_query(queries, "derivations").text
    with open_store(tmp_path / "s") as store:
        with ArticleWriter(store) as writer:
            for item in generate(400, vocab, seed=11):
                writer.add(build_article(item.article, item.extraction, vocab))
        want = {tuple(map(str, t)) for t in run(store, text).triples}
        kinds = {p.rsplit("#", 1)[1] for _, p, _ in want}
        assert kinds == {"syndicates", "cites"} and len(want) > 100
        assert _derivation_links(store, None) == want
        some = sorted({s for s, _, _ in want})[::7] + sorted({o for _, _, o in want})[::11]
        bound = text.replace("VALUES (?article) { (UNDEF) }",
                             "VALUES (?article) { " + " ".join(f"(<{a}>)" for a in some) + " }")
        want_some = {tuple(map(str, t)) for t in store.query(bound).triples}
        assert want_some and _derivation_links(store, set(some)) == want_some


def _derived_quads(store) -> set:
    return {q for q in store.quads() if "/graph/derived/" in q.graph_name.value}


def _full_update_changes_nothing(store) -> bool:
    before = dump_hash(store)
    update_derived(store, full=True)
    return dump_hash(store) == before


def test_an_article_that_loses_claims_on_a_proposition_is_recounted(tmp_path, nlp, vocab, queries):
    """Replaced so that it no longer bears on North Korea -> Russia: the tallies of its old
    propositions go with its rewritten derived graph, and their support is recounted without it."""
    changed = tmp_path / "changed.jsonl"
    changed.write_text(json.dumps({**CHAIN[0], "text": "Iran has sent drones to Russia, officials said. " * 3}))
    with open_store(tmp_path / "s") as store:
        ingest(store, nlp, vocab, _sources(tmp_path))
        shells = Filters("North Korea", "Russia", "shells")
        before = {r.claimant for r in corroborate(store, queries, vocab, shells)[0].details}
        ingest(store, nlp, vocab, [Source("jsonl", str(changed))])
        _assert_support_is_a_recount(store, queries)
        after = {r.claimant for r in corroborate(store, queries, vocab, shells)[0].details}
        assert "Outlet One" in before and "Outlet One" not in after
        assert _full_update_changes_nothing(store)


def test_a_removed_article_takes_its_tallies_with_it(tmp_path, nlp, vocab, queries):
    """An article graph removed by other means and journalled as stale: its derived graph goes,
    and the propositions its tallies bore on are recounted (nothing else names them)."""
    with open_store(tmp_path / "s") as store:
        ingest(store, nlp, vocab, _sources(tmp_path))
        rows = store.query("SELECT ?g ?a WHERE { GRAPH ?g { ?a a <https://w3id.org/osint-kg/ontology#Article> ; "
                           "<https://schema.org/url> 'https://one.example/a' } }").rows
        (graph, article), = rows
        assert any(q.predicate.value.endswith("#tally") for q in store.quads(derived_graph(article)))
        store.remove_graph(URIRef(graph))
        mark_stale(store, [article])
        report = update_derived(store)
        assert not report.full and report.propositions
        assert not list(store.quads(derived_graph(article)))
        _assert_support_is_a_recount(store, queries)
        assert _full_update_changes_nothing(store)


def test_an_echo_that_changes_when_its_source_arrives_later(tmp_path, nlp, vocab, queries):
    """The copy and the citation of the copy first, then the original: the copy's and the
    citation's tallies change (their claims become echoes of Outlet One's) and are recounted."""
    sources = _sources(tmp_path)[-len(CHAIN) - sum(1 for line in (EXAMPLES / "articles.jsonl").read_text().splitlines()
                                                  if line.strip()):][:len(CHAIN)]
    shells = Filters("North Korea", "Russia", "shells")
    with open_store(tmp_path / "s") as store:
        ingest(store, nlp, vocab, sources[1:])
        _assert_support_is_a_recount(store, queries)
        early = {r.claimant for r in corroborate(store, queries, vocab, shells)[0].details}
        tallies = {q for q in _derived_quads(store) if q.predicate.value.endswith("#tally")}
        ingest(store, nlp, vocab, sources[:1])
        _assert_support_is_a_recount(store, queries)
        late = {r.claimant for r in corroborate(store, queries, vocab, shells)[0].details}
        assert "Outlet One" not in early and "Outlet One" in late
        assert tallies - _derived_quads(store)  # the echoing articles' tallies were rewritten
        assert _full_update_changes_nothing(store)


def test_a_relabelled_actor_is_recounted_without_rewriting_tallies(tmp_path, nlp, vocab, queries):
    """Tallies name actors; their labels are read when counting. An outlet renamed in its entity
    graph (as a re-ingest that changes it journals) shows under its new name, tallies untouched."""
    from kg.derive import stale_propositions_of_actors

    with open_store(tmp_path / "s") as store:
        ingest(store, nlp, vocab, _sources(tmp_path))
        derived = _derived_quads(store)
        (graph, outlet), = store.query("SELECT ?g ?o WHERE { GRAPH ?g { ?o ?label 'Outlet One' } "
                                       "FILTER(CONTAINS(STR(?g), '/graph/entity/')) }").rows[:1]
        quads = list(store.quads(URIRef(graph)))
        renamed = [ox.Triple(q.subject, q.predicate, ox.Literal("Outlet Uno") if q.object == ox.Literal("Outlet One")
                             else q.object) for q in quads]
        store.replace_graph(URIRef(graph), renamed)
        mark_stale(store, [], stale_propositions_of_actors(store, [outlet]))
        assert update_derived(store).propositions
        _assert_support_is_a_recount(store, queries)
        claimants = {r.claimant for r in corroborate(store, queries, vocab, Filters("North Korea", "Russia", "shells"))[0].details}
        assert "Outlet Uno" in claimants and "Outlet One" not in claimants
        assert _derived_quads(store) == derived
        assert _full_update_changes_nothing(store)


def test_new_articles_are_added_to_the_stored_support_states(tmp_path, vocab, queries):
    """New articles' tallies are added to their propositions' stored states (none is counted again
    from all its tallies), and give what a full recount gives."""
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic import generate

    from kg.build import build_article
    from kg.writer import ArticleWriter

    items = [build_article(item.article, item.extraction, vocab) for item in generate(120, vocab, seed=5)]
    lines: list[str] = []
    with open_store(tmp_path / "s") as store:
        for batch in (items[:100], items[100:]):
            with ArticleWriter(store) as writer:
                for built in batch:
                    writer.add(built)
            lines.clear()
            update_derived(store, progress=lines.append)
        recount, = [line for line in lines if "recounting the support of" in line]
        assert recount.endswith("(0 from all their tallies)") and " of 0 " not in recount, recount
        _assert_support_is_a_recount(store, queries)
        assert _full_update_changes_nothing(store)


# ------------------------------------------------------------------ date windows

#: Windows over the synthetic dates (2023-01-01 .. 2024-12-31): open at either end, a quarter,
#: one day, whole and partial months and years, and one with no article in it.
WINDOWS = [(None, "2023-06-30"), ("2024-01-01", "2024-03-31"), ("2024-07-01", None), ("2023-03-15", "2023-03-15"),
           ("2023-05-01", "2024-05-01"), ("2023-01-01", "2023-12-31"), ("2022-12-30", "2024-02-02"), ("2030-01-01", None)]


def _busiest_site(store) -> str:
    """The label of the site most transfers are at (claims at a site are counted apart)."""
    (label, _), = store.query(f"""SELECT ?label (COUNT(*) AS ?n) WHERE {{ ?t <{OSINT.site}> ?site .
        ?site <http://www.w3.org/2004/02/skos/core#prefLabel> ?label }} GROUP BY ?label ORDER BY DESC(?n) LIMIT 1""").rows
    return str(label)


def _at_site(store) -> list[str]:
    """The articles with a claim at the busiest site."""
    return sorted({str(a) for a, in store.query(f"""SELECT ?a WHERE {{
        ?claim <{OSINT.about}>/<{OSINT.site}>/<http://www.w3.org/2004/02/skos/core#prefLabel> ?label ;
               <{OSINT.reportedIn}> ?a FILTER(STR(?label) = "{_busiest_site(store)}") }}""").rows})


def _windowed(store, queries, vocab) -> list[list[dict]]:
    site = _busiest_site(store)
    out = [[s.to_dict() for s in corroborate(store, queries, vocab, Filters(since=since, until=until))]
           + [s.to_dict() for s in corroborate(store, queries, vocab, Filters("Russia", since=since, until=until))]
           for since, until in WINDOWS]
    return out + [[s.to_dict() for s in corroborate(store, queries, vocab, Filters(site=site, since=since, until=until))]
                  for since, until in [(None, None), *WINDOWS]]


def _counted(store, queries, vocab) -> list[list[dict]]:
    """The same windows counted from every claim (the store's derived facts marked out of date)."""
    from kg.derive import STATE_GRAPH

    state = list(store.quads(STATE_GRAPH))
    store.replace_graph(STATE_GRAPH, [])
    try:
        assert not derived_ready(store)
        return _windowed(store, queries, vocab)
    finally:
        store.replace_graph(STATE_GRAPH, [ox.Triple(q.subject, q.predicate, q.object) for q in state])


def _redate(store, article: str, days: list[str]) -> None:
    """Give a stored article other publication dates (as a re-ingest would), journalled stale."""
    graph, = {str(g) for g, in store.query(f"SELECT ?g WHERE {{ GRAPH ?g {{ <{article}> a ?t }} FILTER(!CONTAINS(STR(?g), '/graph/derived/')) }}").rows}
    published = ox.NamedNode("https://schema.org/datePublished")
    quads = [q for q in store.quads(URIRef(graph)) if not (q.subject == ox.NamedNode(article) and q.predicate == published)]
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    xsd = "http://www.w3.org/2001/XMLSchema#"
    triples += [ox.Triple(ox.NamedNode(article), published,
                          ox.Literal(d, datatype=ox.NamedNode(xsd + ("dateTime" if "T" in d else "date")))) for d in days]
    store.replace_graph(URIRef(graph), triples)
    mark_stale(store, [article])


def test_a_date_window_adds_up_day_supports_to_what_counting_gives(tmp_path, vocab, queries):
    """``kg corroborate --since/--until`` adds up the stored day supports, and ``--site`` those of
    the site (kg.derive.window_support); both give exactly
    what corroboration.rq and claimants.rq count from every claim in the window or at the site:
    after a full derive, after new articles are added to the day supports, and with articles of
    several publication days, of none and of a malformed one."""
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic import generate

    from kg.build import article_iri, build_article
    from kg.derive import day_graph
    from kg.writer import ArticleWriter

    from kg.ingest import load_ontology

    generated = list(generate(160, vocab, seed=11))
    items = [build_article(item.article, item.extraction, vocab) for item in generated]
    with open_store(tmp_path / "s") as store:
        load_ontology(store)
        with ArticleWriter(store) as writer:
            for built in items[:120]:
                writer.add(built)
        update_derived(store)
        windowed = _windowed(store, queries, vocab)
        assert windowed == _counted(store, queries, vocab)
        # something in the windows and at the site, nothing in 2030
        assert any(windowed[:len(WINDOWS)]) and not windowed[len(WINDOWS) - 1] and windowed[len(WINDOWS)]
        lines: list[str] = []
        with ArticleWriter(store) as writer:  # added to the stored states and day supports
            for built in items[120:]:
                writer.add(built)
        # one of them, at the busiest site, published on two days (in two months) when it is first counted
        added = {str(article_iri(item.article)) for item in generated[120:]}
        _redate(store, min(set(_at_site(store)) & added), ["2023-05-20", "2024-02-10"])
        update_derived(store, progress=lines.append)
        recount, = [line for line in lines if "recounting the support of" in line]
        assert recount.endswith("(0 from all their tallies)"), recount
        assert _windowed(store, queries, vocab) == _counted(store, queries, vocab) != windowed

        articles = sorted(str(a) for a, in store.query(f"SELECT ?a WHERE {{ ?a a <{OSINT.Article}> }}").rows)
        _redate(store, articles[0], ["2023-03-15", "2024-02-02", "2024-08-30"])  # three days, one per window
        _redate(store, articles[1], [])
        _redate(store, articles[2], ["2024-13-45"])
        _redate(store, articles[3], ["2023-03-15", "2023-03-15T10:00:00"])
        at_site = sorted(set(_at_site(store)) - set(articles[:4]))
        _redate(store, at_site[0], [])  # counted at the site with no window only
        _redate(store, at_site[1], ["2023-12-31", "2024-01-01"])  # a year apart
        update_derived(store)
        windowed = _windowed(store, queries, vocab)
        assert windowed == _counted(store, queries, vocab)
        assert any(articles[0] in str(store.query(f"SELECT ?t WHERE {{ GRAPH <{day_graph(p, '2024-02-02')}> {{ ?s <{OSINT.dayTally}> ?t }} }}").rows)
                   for p, in store.query(f"SELECT ?p WHERE {{ ?p a <{OSINT.Proposition}> }}").rows)
        _assert_support_is_a_recount(store, queries)
        assert _full_update_changes_nothing(store)


def test_claims_of_articles_stored_before_timeline_days_are_filed_under_them(tmp_path, vocab, queries):
    """A store written before kg.build filed claims under timeline days pages ``kg timeline``
    wrongly (the paging walks the days); a full update files them in their articles' graphs,
    exactly as an ingest does now, once."""
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic import generate

    from kg.build import build_article
    from kg.corroborate import timeline
    from kg.derive import _ANY_UNFILED, file_old_claims
    from kg.ingest import load_ontology
    from kg.writer import ArticleWriter

    def pages(store):
        return [[e.to_dict() for e in timeline(store, queries, vocab, Filters(), limit=7, offset=o)] for o in (0, 7, 30)]

    with open_store(tmp_path / "s") as store:
        load_ontology(store)
        with ArticleWriter(store) as writer:
            for item in generate(40, vocab, seed=5):
                writer.add(build_article(item.article, item.extraction, vocab))
        update_derived(store)
        before, quads = pages(store), store.quad_count()
        # half the articles as a store of before 2026-12-03 holds them, half as now (a store
        # with no timeline days at all reads the whole timeline, which is right)
        timeline_terms = {str(OSINT.dayClaim), str(OSINT.timelineOf), str(OSINT.day)}
        stripped = 0
        for g in store.named_graphs()[::2]:
            kept = [ox.Triple(q.subject, q.predicate, q.object) for q in store.quads(URIRef(g))
                    if q.predicate.value not in timeline_terms]
            if len(kept) < sum(1 for _ in store.quads(URIRef(g))):
                store.replace_graph(URIRef(g), kept)
                stripped += 1
        assert stripped > 10
        assert pages(store) != before
        update_derived(store, full=True)
        assert pages(store) == before and store.quad_count() == quads
        assert file_old_claims(store) == 0 and not store.query(_ANY_UNFILED).boolean  # once
