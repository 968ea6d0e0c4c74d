"""Stage 5b: derived facts - what holds across articles, kept up to date as articles are written.

Reads: the stored articles and claims; the journal of stale articles and propositions
:mod:`kg.writer` leaves in the store. Computes the rules of the named queries ``derivations``,
``corroboration`` and ``claimants`` from hash-joined reads and in Python (the queries' joins grow
too fast at 100k articles); tests check both give the same facts.
Writes, each in graphs of its own (so that recomputing one never touches an article graph; the
one exception is :func:`file_old_claims`, which files the claims of articles stored before
2026-12-03 under their timeline days once, as :mod:`kg.build` does now):

- ``graph/derived/<article>``: the article's ``kgo:syndicates`` / ``kgo:cites`` links to earlier
  stored articles (``derivations.rq``), a ``kgo:Echo`` for each of its own-voice claims that
  repeats a claim of an article it copies or cites, naming who originally makes it, and a
  ``kgo:tally`` per proposition it has claims on: those claims as support counts them (JSON);
- ``graph/support/<proposition>``: the proposition's ``kgo:Support`` and ``kgo:ClaimantSupport``
  aggregates - the rows ``corroboration.rq`` and ``claimants.rq`` give with no site or date filter
  (``?recount``), counted and stored, so that reading them costs the same at 100k articles as at
  100; and its ``kgo:supportState``, the same aggregates in a form new articles' tallies can be
  added to (counts, sets, first and last days);
- ``graph/support-day/<proposition, day or month>``: a ``kgo:DaySupport`` per proposition and
  publication day - the support state of the articles published that day alone, and whole the
  tallies of articles published on several days - and one per month and per year (its days
  added up), which :func:`window_support` adds up for a date window (``kg corroborate
  --since/--until``: the years wholly inside it, the months wholly inside it of the other years,
  and the days of the other months) instead of counting every claim in it; and the same for
  each site a proposition's claims are about (``kgo:supportSite``, counted from the claims at the
  site only, with a support of all days), which ``kg corroborate --site`` adds up;
- ``graph/derived-state``: a digest of the ontology graph and of these rules
  (:data:`DERIVED_VERSION`); when it changes, everything is recomputed.

Incremental: only what the written articles can change is recomputed. The stale articles D (written
since the last update), every article that copies or cites one of them directly or through others
(their echoes may change), and the propositions of their claims, of the claims an article lost when
it was replaced, of the changed echoes and tallies, and of claims by actors whose description
changed. New articles' tallies are added to their propositions' states; a proposition that lost or
changed a tally, or whose actors were described anew, is counted again from its tallies (one per
article, not every claim). Before any derived graph is rewritten the whole set is journalled as
stale, the derived and support graphs are then written in one transaction, and the journal is
cleared last, so an interrupted update is redone by the next one and adds nothing twice.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import time
import uuid
from collections import defaultdict, deque
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Callable, Iterable

import pyoxigraph as ox
from rdflib import URIRef

from kg.store import Store
from kg.vocab import ID, OSINT

__all__ = ["DERIVED_VERSION", "DerivedReport", "mark_stale", "update_derived", "derived_ready",
           "derived_graph", "support_graph", "day_graph", "stale_propositions_of_actors", "support_rows",
           "window_support"]

#: Bump when what is derived, or how, changes: stores derived by an older version are recomputed.
DERIVED_VERSION = 9
STATE_GRAPH = ID["graph/derived-state"]
_STALE_PREFIX = str(ID["graph/stale/"])
_DERIVED_PREFIX = str(ID["graph/derived/"])
_SUPPORT_PREFIX = str(ID["graph/support/"])
_DAY_PREFIX = str(ID["graph/support-day/"])
#: Where derivation links lived before they moved beside each article (removed on a full update).
_LEGACY_DERIVATIONS = ID["graph/derivations"]
_XSD = "http://www.w3.org/2001/XMLSchema#"
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
#: IRIs per VALUES block: query text stays well under a megabyte.
_CHUNK = 2000


def _hash(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def derived_graph(article: str) -> URIRef:
    """The graph holding one article's derivation links and echoes."""
    return ID[f"graph/derived/{_hash(str(article))}"]


def support_graph(proposition: str) -> URIRef:
    """The graph holding one proposition's support aggregates."""
    return ID[f"graph/support/{_hash(str(proposition))}"]


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def _terms(var: str, terms: Iterable[Any]) -> str:
    """A VALUES block of pyoxigraph terms, written by its N-Triples writer (never raw text)."""
    return f"VALUES ?{var} {{ {' '.join(str(t) for t in terms)} }}"


def _bound_rows(store: Store, query: str, var: str, terms: Iterable[Any]) -> list[tuple]:
    """``query`` (with one ``%s`` for a VALUES block of ``var``) run over ``terms`` in chunks."""
    out: list[tuple] = []
    terms = sorted(set(terms), key=str)
    for i in range(0, len(terms), _CHUNK):
        out += store.query(query % _terms(var, terms[i:i + _CHUNK])).rows
    return out


def _iris(iris: Iterable[str]) -> Iterable[ox.NamedNode]:
    return (_n(i) for i in iris)


# ------------------------------------------------------------------ the journal of stale things

def mark_stale(store: Store, articles: Iterable[str] = (), propositions: Iterable[str] = ()) -> URIRef | None:
    """Journal articles and propositions whose derived facts must be recomputed (one transaction).

    Each call writes its own small graph, so concurrent journal entries never overwrite each
    other; :func:`update_derived` removes them once the facts are up to date.
    """
    name = ID[f"graph/stale/{uuid.uuid4().hex}"]
    g = _n(name)
    triples = [ox.Triple(g, _n(OSINT.staleArticle), _n(a)) for a in sorted(set(map(str, articles)))]
    triples += [ox.Triple(g, _n(OSINT.staleProposition), _n(p)) for p in sorted(set(map(str, propositions)))]
    if not triples:
        return None
    store.replace_graph(name, triples)
    return name


_STALE = f"""
SELECT ?g ?p ?x WHERE {{
  VALUES ?p {{ <{OSINT.staleArticle}> <{OSINT.staleProposition}> }}
  GRAPH ?g {{ ?g ?p ?x }}
}}"""


def _read_stale(store: Store) -> tuple[set[str], set[str], set[str]]:
    graphs, articles, propositions = set(), set(), set()
    for g, p, x in store.query(_STALE).rows:
        if str(g).startswith(_STALE_PREFIX):
            graphs.add(str(g))
            (articles if p == str(OSINT.staleArticle) else propositions).add(str(x))
    return graphs, articles, propositions


_ACTOR_PROPOSITIONS = f"""
SELECT DISTINCT ?p WHERE {{
  %s
  {{ ?c <{OSINT.claimant}> ?e }} UNION {{ ?c <{OSINT.reporter}> ?e }}
  UNION {{ ?echo <{OSINT.originalClaimant}> ?e ; <{OSINT.echoClaim}> ?c }}
  ?c <{OSINT.proposition}> ?p .
}}"""


def stale_propositions_of_actors(store: Store, actors: Iterable[str]) -> set[str]:
    """Propositions with claims by (or reported by, or echoing) these actors: their support shows
    the actors' labels, so it goes stale when an actor's description changes."""
    return {str(r[0]) for r in _bound_rows(store, _ACTOR_PROPOSITIONS, "e", _iris(map(str, actors)))}


# ------------------------------------------------------------------ state

@functools.lru_cache(maxsize=1)
def _ontology_digest() -> str:
    """SHA-256 of what the derived facts are computed with: :data:`DERIVED_VERSION`, the bundled
    ontology and gazetteer files (``kg ingest`` loads them into every store it writes) and the
    queries that count. Read from the files, once per process (they ship with this version)."""
    from kg.ontology import ontology_dir

    root = ontology_dir()
    digest = hashlib.sha256(f"derived v{DERIVED_VERSION}".encode("utf-8"))
    for path in (root / "osint.ttl", root / "gazetteer.ttl", *(root / "queries" / f"{q}.rq" for q in _RULES)):
        digest.update(b"\x1f" + path.read_bytes())
    return digest.hexdigest()


#: The named queries the derived facts are computed by.
_RULES = ("derivations", "corroboration", "claimants")


def _stored_digest(store: Store) -> str | None:
    rows = store.query(f"SELECT ?d WHERE {{ GRAPH <{STATE_GRAPH}> {{ ?s <{OSINT.ontologyDigest}> ?d }} }}").rows
    return str(rows[0][0]) if rows else None


def derived_ready(store: Store) -> bool:
    """Whether the store's derived facts are up to date with this version of kg (a store loaded by
    other means, or derived by another version, has none until :func:`update_derived` runs:
    queries then count from the claims)."""
    return _stored_digest(store) == _ontology_digest()


# ------------------------------------------------------------------ derivation links and echoes

_LINKS = f"""
SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ <{OSINT.syndicates}> <{OSINT.cites}> }} ?s ?p ?o }}"""

_CLAIM_FACTS = f"""
SELECT ?article ?claim ?claimant ?reporter ?proposition ?stance WHERE {{
  %s
  ?claim <{OSINT.reportedIn}> ?article ; <{OSINT.claimant}> ?claimant ; <{OSINT.reporter}> ?reporter ;
         <{OSINT.proposition}> ?proposition ; <{OSINT.stance}> ?stance .
}}"""

_ARTICLES = f"SELECT ?a WHERE {{ ?a a <{OSINT.Article}> }}"

def _existing_articles(store: Store, articles: set[str]) -> set[str]:
    return {str(r[0]) for r in _bound_rows(store, f"SELECT ?a WHERE {{ %s ?a a <{OSINT.Article}> }}", "a", _iris(articles))}


_OLD_ECHOES = f"""
SELECT ?claim ?proposition ?original WHERE {{
  %s
  ?echo <{OSINT.echoClaim}> ?claim ; <{OSINT.echoProposition}> ?proposition ; <{OSINT.originalClaimant}> ?original .
  ?claim <{OSINT.reportedIn}> ?article .
}}"""

_SCHEMA = "https://schema.org/"
#: A link stored as an IRI (kg.build writes links of this form as IRIs, others as strings).
_IRI_LINK = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")
#: Near-duplicates share at least this many of the articles' 16 text bands (``derivations.rq``).
_MIN_SHARED_BANDS = 5


def _syndication(store: Store, articles: set[str] | None) -> set[tuple[str, str, str]]:
    """The ``kgo:syndicates`` links of ``derivations.rq`` (every one, or every one touching
    ``articles``), counted here: its band self-join grows with the square of the articles sharing a
    band, and Oxigraph took 35 s at 10k articles and over 50 min at 100k; grouping the (article,
    band) rows in Python takes seconds. ``tests/kg/test_derive.py`` checks both give the same links."""
    band = OSINT.textBand
    if articles is None:
        rows = store.query(f"SELECT ?a ?b WHERE {{ ?a <{band}> ?b }}").rows
    else:
        mine = _bound_rows(store, f"SELECT ?a ?b WHERE {{ %s ?a <{band}> ?b }}", "a", _iris(articles))
        rows = _bound_rows(store, f"SELECT ?a ?b WHERE {{ %s ?a <{band}> ?b }}", "b",
                           (ox.Literal(str(b)) for _, b in mine))
    members: dict[str, set[str]] = defaultdict(set)
    for a, b in rows:
        members[str(b)].add(str(a))
    bands_of: dict[str, set[str]] = defaultdict(set)
    for b, who in members.items():
        if len(who) > 1:
            for a in who:
                bands_of[a].add(b)
    pairs: set[tuple[str, str]] = set()
    for a in (bands_of if articles is None else articles & bands_of.keys()):
        shared: dict[str, int] = defaultdict(int)
        for b in bands_of[a]:
            for other in members[b]:
                shared[other] += 1
        pairs |= {(min(a, o), max(a, o)) for o, n in shared.items() if n >= _MIN_SHARED_BANDS and o != a}
    if not pairs:
        return set()
    meta_query = (f"SELECT ?a ?p ?day WHERE {{ %s ?a <{_SCHEMA}publisher> ?p ; <{_SCHEMA}datePublished> ?d "
                  f"BIND(SUBSTR(STR(?d), 1, 10) AS ?day) }}")
    involved = {a for pair in pairs for a in pair}
    meta: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for a, publisher, day in _bound_rows(store, meta_query, "a", _iris(involved)):
        meta[str(a)].add((str(publisher), str(day)))
    out: set[tuple[str, str, str]] = set()
    for a, o in pairs:
        for a_pub, a_day in meta.get(a, ()):
            for o_pub, o_day in meta.get(o, ()):
                if a_pub == o_pub:
                    continue
                # the later of the two (on the same day: the greater IRI) copies the earlier
                copy, original = (a, o) if (o_day < a_day or (o_day == a_day and o < a)) else (o, a)
                out.add((copy, str(OSINT.syndicates), original))
    return out


def _link_terms(links: Iterable[str]) -> Iterable[Any]:
    """A link as kg.build may store it: an IRI when it is one, and a string."""
    for link in links:
        yield ox.Literal(link)
        if _IRI_LINK.match(link):
            try:
                yield ox.NamedNode(link)
            except ValueError:
                pass


def _citations(store: Store, articles: set[str] | None) -> set[tuple[str, str, str]]:
    """The ``kgo:cites`` links of ``derivations.rq`` (every one, or every one touching
    ``articles``): a link whose text is a stored article's URL or canonical URL."""
    pages = f"{{ ?a <{_SCHEMA}url> ?page }} UNION {{ ?a <{_SCHEMA}mainEntityOfPage> ?page }} ?a a <{OSINT.Article}> ."
    cite = f"<{_SCHEMA}citation>"
    if articles is None:
        links = store.query(f"SELECT ?citing ?link WHERE {{ ?citing {cite} ?link }}").rows
        targets = store.query(f"SELECT ?a ?page WHERE {{ {pages} }}").rows
    else:
        seeds = list(_iris(articles))
        # links from the articles, and the stored articles they lead to
        links = _bound_rows(store, f"SELECT ?citing ?link WHERE {{ %s ?citing {cite} ?link }}", "citing", seeds)
        targets = _bound_rows(store, f"SELECT ?a ?page WHERE {{ %s {pages} }}", "page",
                              (ox.Literal(str(link)) for _, link in links))
        # links to the articles
        mine = _bound_rows(store, f"SELECT ?a ?page WHERE {{ %s {pages} }}", "a", seeds)
        targets += mine
        links += _bound_rows(store, f"SELECT ?citing ?link WHERE {{ %s ?citing {cite} ?link }}", "link",
                             _link_terms(str(page) for _, page in mine))
    pages_of: dict[str, set[str]] = defaultdict(set)
    for a, page in targets:
        pages_of[str(page)].add(str(a))
    out: set[tuple[str, str, str]] = set()
    for citing, link in links:
        for cited in pages_of.get(str(link), ()):
            if cited != str(citing):
                out.add((str(citing), str(OSINT.cites), cited))
    return out


def _derivation_links(store: Store, articles: set[str] | None) -> set[tuple[str, str, str]]:
    """The links of ``derivations.rq``: every one (``articles`` None), or every one touching ``articles``."""
    return _syndication(store, articles) | _citations(store, articles)


def _step(links: Iterable[tuple[str, str, str]], backwards: bool = False) -> dict[str, set[str]]:
    """Each article's sources (it copies or cites them), or with ``backwards`` its copiers and citers."""
    out: dict[str, set[str]] = defaultdict(set)
    for s, _, o in links:
        (out[o].add(s) if backwards else out[s].add(o))
    return out


def _reach(seeds: Iterable[str], step: dict[str, set[str]]) -> set[str]:
    """Everything reachable from ``seeds`` in one or more steps of ``step`` (a cycle may come back)."""
    seen: set[str] = set()
    todo = deque(seeds)
    while todo:
        for x in step.get(todo.popleft(), ()):
            if x not in seen:
                seen.add(x)
                todo.append(x)
    return seen


def _upstream(seeds: set[str], links: Iterable[tuple[str, str, str]]) -> set[str]:
    """``seeds`` and every article that copies or cites one of them, directly or through others."""
    return set(seeds) | _reach(seeds, _step(links, backwards=True))


def _downstream(seeds: set[str], links: Iterable[tuple[str, str, str]]) -> set[str]:
    """Every article ``seeds`` copy or cite, directly or through others."""
    return _reach(seeds, _step(links))


@dataclass(frozen=True)
class _Fact:
    claim: str
    claimant: str
    reporter: str
    proposition: str
    stance: str


def _claim_facts(store: Store, articles: set[str] | None) -> dict[str, list[_Fact]]:
    out: dict[str, list[_Fact]] = defaultdict(list)
    rows = (store.query(_CLAIM_FACTS % "").rows if articles is None
            else _bound_rows(store, _CLAIM_FACTS, "article", _iris(articles)))
    for a, c, who, rep, p, st in rows:
        out[str(a)].append(_Fact(str(c), str(who), str(rep), str(p), str(st)))
    return out


def _echoes(targets: set[str], links: set[tuple[str, str, str]], facts: dict[str, list[_Fact]]
            ) -> dict[tuple[str, str], set[str]]:
    """``(claim, proposition) -> original claimants`` for the own-voice claims of ``targets``.

    The rule corroboration counts by: an outlet's own-voice claim (claimant = reporter) in an
    article that copies or cites, through one or more ``kgo:syndicates``/``kgo:cites`` links, a
    stored article with a claim on the same proposition and with the same stance is an echo, and
    its claimants are that source claim's claimants.
    """
    sources = _step(links)
    out: dict[tuple[str, str], set[str]] = {}
    for article in targets:
        own = [f for f in facts.get(article, ()) if f.claimant == f.reporter]
        if not own or article not in sources:
            continue
        reach = _reach([article], sources)
        said: dict[tuple[str, str], set[str]] = defaultdict(set)
        for x in reach:
            for f in facts.get(x, ()):
                said[(f.proposition, f.stance)].add(f.claimant)
        for f in own:
            originals = said.get((f.proposition, f.stance))
            if originals:
                out.setdefault((f.claim, f.proposition), set()).update(originals)
    return out


def _derived_triples(article: str, links: list[tuple[str, str, str]],
                     echoes: list[tuple[str, str, set[str]]]) -> list[ox.Triple]:
    out = [ox.Triple(_n(s), _n(p), _n(o)) for s, p, o in sorted(links)]
    for claim, proposition, originals in sorted(echoes, key=lambda e: (e[0], e[1])):
        node = ID[f"echo/{_hash(claim, proposition)}"]
        out += [ox.Triple(_n(node), _RDF_TYPE, _n(OSINT.Echo)),
                ox.Triple(_n(node), _n(OSINT.echoClaim), _n(claim)),
                ox.Triple(_n(node), _n(OSINT.echoProposition), _n(proposition))]
        out += [ox.Triple(_n(node), _n(OSINT.originalClaimant), _n(o)) for o in sorted(originals)]
    return out


#: Claims filed under no timeline day (kg.build files each claim under its proposition's day in
#: the article's graph; articles stored before 2026-12-03 were not), with their articles' graphs.
#: (Per claim, not per claim and proposition: asking for the node's kgo:timelineOf too took 50
#: times as long, and a stored article has all its claims filed or none.)
_ANY_UNFILED = f"ASK {{ ?claim <{OSINT.proposition}> ?p FILTER NOT EXISTS {{ ?node <{OSINT.dayClaim}> ?claim }} }}"
_UNFILED = f"""
SELECT ?g ?claim ?p ?published WHERE {{
  ?claim <{OSINT.proposition}> ?p .
  FILTER NOT EXISTS {{ ?node <{OSINT.dayClaim}> ?claim }}
  GRAPH ?g {{ ?claim <{OSINT.reportedIn}> ?article }}
  OPTIONAL {{ ?article <{_SCHEMA}datePublished> ?published }}
}}"""


def file_old_claims(store: Store, say: Callable[[str], None] = lambda _: None) -> int:
    """Files the claims of articles stored before timeline days existed under their days, in
    their articles' graphs, as :mod:`kg.build` does now (``kg timeline`` pages through the days:
    without them such claims were missing from its pages). Once per store: a full update asks
    (4 s at 100k) and finds nothing once it is done. Article graphs hold their texts, so they are
    rewritten 100 at a time (one request each to a SPARQL server). Returns the graphs rewritten."""
    from kg.build import timeline_day_iri

    if not store.query(_ANY_UNFILED).boolean:
        return 0
    days: dict[str, dict[tuple[str, str], set[str]]] = defaultdict(lambda: defaultdict(set))
    for g, claim, p, published in store.query(_UNFILED).rows:
        filed = days[str(g)][(str(claim), str(p))]
        if published is not None:
            filed.add(str(published)[:10])
    if days:
        say(f"derived: filing the claims of {len(days)} articles stored before timeline days under their days")
    graphs: dict[URIRef, list] = {}
    for g, claims in sorted(days.items()):
        triples = [ox.Triple(q.subject, q.predicate, q.object) for q in store.quads(URIRef(g))]
        for (claim, p), published in sorted(claims.items()):
            day = min(published) if published else None
            node = _n(timeline_day_iri(URIRef(p), day))
            triples += [ox.Triple(node, _n(OSINT.dayClaim), _n(claim)), ox.Triple(node, _n(OSINT.timelineOf), _n(p))]
            if day:
                triples.append(ox.Triple(node, _n(OSINT.day), _lit(day, _XSD + "date")))
        graphs[URIRef(g)] = triples
        if len(graphs) >= 100:
            store.replace_graphs(graphs)
            graphs = {}
    if graphs:
        store.replace_graphs(graphs)
    return len(days)


# ------------------------------------------------------------------ support aggregates

_PROPOSITIONS = f"""
SELECT DISTINCT ?p WHERE {{ ?p a <{OSINT.Proposition}> ; <{OSINT.supplier}> ?s ; <{OSINT.recipient}> ?r ; <{OSINT.item}> ?i }}"""


def _lit(value: Any, datatype: str | None = None) -> ox.Literal:
    if isinstance(value, bool):
        raise TypeError("no booleans in support aggregates")
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=_n(_XSD + "integer"))
    if datatype:
        return ox.Literal(str(value), datatype=_n(datatype))
    return ox.Literal(str(value))


def _labels(value: Any) -> ox.Literal:
    """A '|'-joined GROUP_CONCAT in a fixed order (engines concatenate in any order)."""
    return _lit("|".join(sorted(str(value or "").split("|"))) if value else "")


def _support_triples(proposition: str, row: dict[str, Any], claimants: list[dict[str, Any]]) -> list[ox.Triple]:
    node = _n(ID[f"support/{_hash(proposition)}"])
    out = [ox.Triple(node, _RDF_TYPE, _n(OSINT.Support)), ox.Triple(node, _n(OSINT.supportOf), _n(proposition))]
    for key, prop in (("independent", OSINT.independentCount), ("unnamed", OSINT.unnamedCount),
                      ("echoes", OSINT.echoCount), ("articles", OSINT.articleCount)):
        out.append(ox.Triple(node, _n(prop), _lit(int(row[key] or 0))))
    for key, prop in (("claimants", OSINT.claimantLabels), ("deniers", OSINT.denierLabels),
                      ("evidence", OSINT.evidenceLabels)):
        out.append(ox.Triple(node, _n(prop), _labels(row[key])))
    for key, prop in (("first", OSINT.firstSeen), ("last", OSINT.lastSeen)):
        if row[key] is not None:
            out.append(ox.Triple(node, _n(prop), _lit(row[key], _XSD + "date")))
    for c in claimants:
        who = _n(ID[f"support/{_hash(proposition)}/{_hash(str(c['claimant']), c['claimantLabel'], c['claimantKind'], c['stance'])}"])
        out += [ox.Triple(who, _RDF_TYPE, _n(OSINT.ClaimantSupport)),
                ox.Triple(who, _n(OSINT.claimantSupportOf), _n(proposition)),
                ox.Triple(who, _n(OSINT.supportClaimant), _n(c["claimant"])),
                ox.Triple(who, _n(OSINT.claimantLabel), _lit(c["claimantLabel"])),
                ox.Triple(who, _n(OSINT.claimantKind), _lit(c["claimantKind"])),
                ox.Triple(who, _n(OSINT.stanceLabel), _lit(c["stance"])),
                ox.Triple(who, _n(OSINT.certaintyLevel), _lit(int(c["certaintyLevel"]))),
                ox.Triple(who, _n(OSINT.sourceCount), _lit(int(c["sources"] or 1))),
                ox.Triple(who, _n(OSINT.evidenceLabels), _labels(c["evidence"])),
                ox.Triple(who, _n(OSINT.reporterLabels), _labels(c["reporters"])),
                ox.Triple(who, _n(OSINT.articleCount), _lit(int(c["articles"] or 0))),
                ox.Triple(who, _n(OSINT.echoCount), _lit(int(c["echoes"] or 0)))]
        for key, prop in (("first", OSINT.firstSeen), ("last", OSINT.lastSeen)):
            if c[key] is not None:
                out.append(ox.Triple(who, _n(prop), _lit(c[key], _XSD + "date")))
    return out


# ------------------------------------------------------------------ tallies

_SKOS = "http://www.w3.org/2004/02/skos/core#"

#: Every claim's facts support is counted from (``about`` only filters: support counts claims
#: about a transfer). Each property is its own sub-SELECT so that Oxigraph hash-joins them (as one
#: star pattern it probes the index once per property per claim: ~1.4 ms a claim on disk).
_ALL_CLAIMS = f"""
SELECT ?claim ?proposition ?claimant ?reporter ?article ?stance WHERE {{
  {{ SELECT ?claim ?proposition WHERE {{ ?claim <{OSINT.proposition}> ?proposition }} }}
  {{ SELECT ?claim ?claimant WHERE {{ ?claim <{OSINT.claimant}> ?claimant }} }}
  {{ SELECT ?claim ?reporter WHERE {{ ?claim <{OSINT.reporter}> ?reporter }} }}
  {{ SELECT ?claim ?article WHERE {{ ?claim <{OSINT.reportedIn}> ?article }} }}
  {{ SELECT ?claim ?stance WHERE {{ ?claim <{OSINT.stance}> ?stance }} }}
  {{ SELECT DISTINCT ?claim WHERE {{ ?claim <{OSINT.about}> ?transfer }} }}
}}"""

#: The same for the claims of a few articles (a VALUES block of ?article).
_ARTICLE_CLAIMS = f"""
SELECT ?claim ?proposition ?claimant ?reporter ?article ?stance WHERE {{
  %s
  ?claim <{OSINT.reportedIn}> ?article ; <{OSINT.proposition}> ?proposition ; <{OSINT.claimant}> ?claimant ;
         <{OSINT.reporter}> ?reporter ; <{OSINT.stance}> ?stance .
  FILTER EXISTS {{ ?claim <{OSINT.about}> ?transfer }}
}}"""

#: A claim's certainty concepts and evidence types (named, not labelled: labels are read when counting).
_CLAIM_CONCEPTS = f"""
SELECT ?claim ?p ?concept WHERE {{
  %s
  ?claim <{OSINT.reportedIn}> ?article .
  {{ ?claim <{OSINT.certainty}> ?concept BIND("c" AS ?p) }}
  UNION {{ ?claim <{OSINT.evidence}> ?evidence . ?evidence <{OSINT.evidenceType}> ?concept BIND("e" AS ?p) }}
}}"""

_ALL_CONCEPTS = f"""
SELECT ?claim ?p ?concept WHERE {{
  {{ ?claim <{OSINT.certainty}> ?concept BIND("c" AS ?p) }}
  UNION {{ {{ SELECT ?claim ?evidence WHERE {{ ?claim <{OSINT.evidence}> ?evidence }} }}
          {{ SELECT ?evidence ?concept WHERE {{ ?evidence <{OSINT.evidenceType}> ?concept }} }} BIND("e" AS ?p) }}
}}"""

#: The sites of the transfers a claim is about (a tally names them: kg corroborate --site); a
#: site that is no IRI (data loaded by other means) is none, as counting matches only IRIs.
_ALL_SITES = f"""
SELECT ?claim ?site WHERE {{
  {{ SELECT ?claim ?transfer WHERE {{ ?claim <{OSINT.about}> ?transfer }} }}
  {{ SELECT ?transfer ?site WHERE {{ ?transfer <{OSINT.site}> ?site FILTER(isIRI(?site)) }} }}
}}"""

_ARTICLE_SITES = f"""
SELECT ?claim ?site WHERE {{
  %s
  ?claim <{OSINT.reportedIn}> ?article ; <{OSINT.about}> ?transfer . ?transfer <{OSINT.site}> ?site .
  FILTER(isIRI(?site))
}}"""

_DAYS = f"""
SELECT ?article ?day WHERE {{
  %s
  ?article <{_SCHEMA}datePublished> ?published BIND(SUBSTR(STR(?published), 1, 10) AS ?day)
}}"""


def _tallies(store: Store, articles: set[str] | None, echoes: dict[tuple[str, str], set[str]]
             ) -> dict[str, dict[str, str]]:
    """``article -> proposition -> tally``: each article's claims on each proposition as support
    counts them, for ``articles`` (None: every article claims are reported in).

    A tally is JSON: ``{"article", "days": [publication days], "claims": [[claim, [claimants after
    echoes], reporter, stance, [certainty concepts], [evidence types]], ...], "sites": {claim:
    [sites of the transfers it is about]}}``, sorted, so that the same facts always give the same
    literal. It holds what the article's own graph and its
    echoes say, and names (never labels) everything else - actors, certainty levels, evidence types
    are looked up when support is counted, so a changed description needs no tally rewritten.
    """
    if articles is None:
        claims = store.query(_ALL_CLAIMS).rows
        concepts = store.query(_ALL_CONCEPTS).rows
        days = store.query(_DAYS % "").rows
        sites = store.query(_ALL_SITES).rows
    else:
        seeds = list(_iris(articles))
        claims = _bound_rows(store, _ARTICLE_CLAIMS, "article", seeds)
        concepts = _bound_rows(store, _CLAIM_CONCEPTS, "article", seeds)
        days = _bound_rows(store, _DAYS, "article", seeds)
        sites = _bound_rows(store, _ARTICLE_SITES, "article", seeds)
    certainty: dict[str, set[str]] = defaultdict(set)
    evidence: dict[str, set[str]] = defaultdict(set)
    for claim, kind, concept in concepts:
        (certainty if kind == "c" else evidence)[str(claim)].add(str(concept))
    at: dict[str, set[str]] = defaultdict(set)
    for claim, site in sites:
        at[str(claim)].add(str(site))
    published: dict[str, set[str]] = defaultdict(set)
    for article, day in days:
        if _valid_days([str(day)]):  # an empty or malformed day is no day (as the queries count)
            published[str(article)].add(str(day))
    records: dict[tuple[str, str], set[tuple]] = defaultdict(set)
    for claim, proposition, claimant, reporter, article, stance in claims:
        claim, proposition, claimant, article = str(claim), str(proposition), str(claimant), str(article)
        records[(article, proposition)].add((
            claim, tuple(sorted(echoes.get((claim, proposition)) or {claimant})), str(reporter), str(stance),
            tuple(sorted(certainty.get(claim, ()))), tuple(sorted(evidence.get(claim, ())))))
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for (article, proposition), recs in records.items():
        recs = sorted(recs)
        out[article][proposition] = json.dumps(
            {"article": article, "days": sorted(published.get(article, ())), "claims": recs,
             "sites": {r[0]: sorted(at[r[0]]) for r in recs if at.get(r[0])}},
            separators=(",", ":"), ensure_ascii=False)
    return out


def _tally_triples(tallies: dict[str, str]) -> list[ox.Triple]:
    return [ox.Triple(_n(p), _n(OSINT.tally), ox.Literal(t)) for p, t in sorted(tallies.items())]


_TALLIES = f"SELECT ?proposition ?tally WHERE {{ %s ?proposition <{OSINT.tally}> ?tally }}"

_TALLIES_IN = f"SELECT ?g ?proposition ?tally WHERE {{ %s GRAPH ?g {{ ?proposition <{OSINT.tally}> ?tally }} }}"

_ACTOR_INFO = f"""
SELECT ?actor ?pref ?name ?type WHERE {{
  %s
  OPTIONAL {{ ?actor <{_SKOS}prefLabel> ?pref }}
  OPTIONAL {{ ?actor <http://www.w3.org/2000/01/rdf-schema#label> ?name }}
  OPTIONAL {{ ?actor <{OSINT.actorType}> ?type }}
}}"""

#: Certainty notations and evidence type labels of the concepts tallies name.
_CONCEPT_INFO = f"""
SELECT ?concept ?p ?value WHERE {{
  %s
  {{ ?concept <{_SKOS}notation> ?value BIND("notation" AS ?p) }} UNION {{ ?concept <{_SKOS}prefLabel> ?value BIND("label" AS ?p) }}
}}"""


def _joined(values: Iterable[str]) -> str:
    """A GROUP_CONCAT(DISTINCT ...) as :func:`_labels` stores it: sorted, '|'-separated."""
    return "|".join(sorted(set(values)))


_STATES = f"SELECT ?proposition ?state WHERE {{ %s ?proposition <{OSINT.supportState}> ?state }}"


def _empty_state() -> dict[str, Any]:
    return {"articles": 0, "echoes": 0, "unnamed": 0, "asserters": set(), "claimants": set(),
            "deniers": set(), "evidence": set(), "first": None, "last": None, "groups": {}}


def _days(into: dict[str, Any], days: list[str]) -> None:
    if days:
        into["first"] = min(days) if into["first"] is None else min(into["first"], *days)
        into["last"] = max(days) if into["last"] is None else max(into["last"], *days)


class _Counter:
    """Folds tallies into support states by the rules of the counting way of ``corroboration.rq``
    and ``claimants.rq``, with actor labels and types, certainty notations and evidence labels
    read from the store (for the IRIs the tallies name) when it is made."""

    def __init__(self, store: Store, tallies: Iterable[dict[str, Any]]):
        actors: set[str] = set()
        concepts: set[str] = set()
        for t in tallies:
            for _, effective, reporter, _, certainties, types in t["claims"]:
                actors.update(effective)
                actors.add(reporter)
                concepts.update(certainties)
                concepts.update(types)
        self.info: dict[str, tuple[str, str]] = {}  # actor -> (label, actor type)
        for actor, pref, name, kind in _bound_rows(store, _ACTOR_INFO, "actor", _iris(actors)):
            self.info[str(actor)] = (str(pref if pref is not None else name if name is not None else actor),
                                     str(kind or ""))
        self.notations: dict[str, set[int]] = defaultdict(set)
        self.labels: dict[str, set[str]] = defaultdict(set)
        for concept, kind, value in _bound_rows(store, _CONCEPT_INFO, "concept", _iris(concepts)):
            if kind == "notation":
                self.notations[str(concept)].add(int(str(value)))
            else:
                self.labels[str(concept)].add(str(value))

    def add(self, s: dict[str, Any], t: dict[str, Any]) -> None:
        """Count one article's tally into the state ``s`` (which must not count that article yet)."""
        asserts, denies = str(OSINT.asserts), str(OSINT.denies)
        days = t["days"]
        echo = False
        touched: set[tuple] = set()
        echoed: set[tuple] = set()
        unnamed_claims: set[str] = set()  # an article's claims are in no other tally of the proposition
        for claim, effective_claimants, reporter, stance, certainties, types in t["claims"]:
            names = {label for ty in types for label in self.labels.get(ty, ())} or {""}
            levels = {n for c in certainties for n in self.notations.get(c, ())}
            for effective in effective_claimants:
                label, kind = self.info.get(effective, (effective, ""))
                unnamed = kind == "unnamed"
                if stance == asserts and not unnamed:
                    s["asserters"].add(effective)
                s["claimants"].add(label if stance == asserts and not unnamed else "")
                if stance == asserts and unnamed:
                    unnamed_claims.add(claim)
                s["deniers"].add(label if stance == denies else "")
                s["evidence"] |= names
                echo = echo or effective != reporter
                if not levels:  # claimants.rq needs a certainty; corroboration.rq does not
                    continue
                row_kind = "unnamed" if unnamed else "outlet" if kind == "outlet" else "named"
                key = (f"unnamed:{label}" if row_kind == "unnamed" else effective, label, row_kind,
                       "asserts" if stance == asserts else "denies")
                g = s["groups"].setdefault(key, {
                    "effective": set(), "level": 0, "evidence": set(), "reporters": set(), "articles": 0,
                    "echoes": 0, "first": None, "last": None})
                g["effective"].add(effective)
                g["level"] = max(g["level"], *levels)
                g["evidence"] |= names
                g["reporters"].add(self.info.get(reporter, (reporter, ""))[0])
                touched.add(key)
                if effective != reporter:
                    echoed.add(key)
        if not t["claims"]:
            return
        # distinct articles: the tally is one article's, counted once per group it reaches
        s["articles"] += 1
        s["echoes"] += echo
        s["unnamed"] += len(unnamed_claims)
        _days(s, days)
        for key in touched:
            g = s["groups"][key]
            g["articles"] += 1
            g["echoes"] += key in echoed
            _days(g, days)


def _dump_state(s: dict[str, Any]) -> str:
    """A state as JSON, every set sorted: the same counts always give the same literal."""
    def plain(d: dict[str, Any]) -> dict[str, Any]:
        return {k: sorted(v) if isinstance(v, set) else v for k, v in d.items() if k != "groups"}
    doc = plain(s)
    doc["groups"] = [[*key, plain(g)] for key, g in sorted(s["groups"].items())]
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=False, sort_keys=True)


def _load_state(text: str) -> dict[str, Any]:
    def sets(d: dict[str, Any]) -> dict[str, Any]:
        return {k: set(v) if isinstance(v, list) else v for k, v in d.items()}
    doc = json.loads(text)
    groups = doc.pop("groups")
    s = sets(doc)
    s["groups"] = {tuple(g[:4]): sets(g[4]) for g in groups}
    return s


def support_rows(s: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A state's row of ``corroboration.rq`` (its aggregates) and rows of ``claimants.rq``."""
    rows = [{"claimant": min(g["effective"]), "claimantLabel": label, "claimantKind": kind,
             "stance": stance_label, "sources": len(g["effective"]), "certaintyLevel": g["level"],
             "evidence": _joined(g["evidence"]), "reporters": _joined(g["reporters"]),
             "articles": g["articles"], "echoes": g["echoes"], "first": g["first"], "last": g["last"]}
            for (_, label, kind, stance_label), g in s["groups"].items()]
    row = {"independent": len(s["asserters"]), "claimants": _joined(s["claimants"]), "unnamed": s["unnamed"],
           "echoes": s["echoes"], "deniers": _joined(s["deniers"]), "evidence": _joined(s["evidence"]),
           "articles": s["articles"], "first": s["first"], "last": s["last"]}
    return row, rows


def _support_of(proposition: str, s: dict[str, Any]) -> list[ox.Triple]:
    """The support triples of a state (those of ``corroboration.rq`` and ``claimants.rq``)."""
    return _support_triples(proposition, *support_rows(s))


# ------------------------------------------------------------------ day supports (date windows)

def day_graph(proposition: str, day: str, site: str = "") -> URIRef:
    """The graph holding one proposition's support from the articles of one publication day (or
    month, or year), with a site only from the claims about a transfer there (and with a site, day
    "" is every day). A site's are named by their period, which a site's read picks them by."""
    if site:
        return ID[f"graph/support-day/{_hash(str(proposition), site)}/{day or 'all'}"]
    return ID[f"graph/support-day/{_hash(str(proposition), day)}"]


def _slices(proposition: str, raw: str, t: dict[str, Any]) -> Iterable[tuple[tuple[str, str], str, dict[str, Any]]]:
    """``((proposition, site), tally, parsed tally)``: the tally as it counts towards the
    proposition (site ""), and for each site its claims name, with only the claims at that site."""
    yield (proposition, ""), raw, t
    by_site: dict[str, list] = defaultdict(list)
    for c in t["claims"]:
        for site in t.get("sites", {}).get(c[0], ()):
            by_site[site].append(c)
    for site, claims in sorted(by_site.items()):
        part = {"article": t["article"], "days": t["days"], "claims": claims}
        yield (proposition, site), json.dumps(part, separators=(",", ":"), ensure_ascii=False), part


def _valid_days(days: Iterable[str]) -> list[str]:
    """The days a window can hold (``corroboration.rq`` compares ``STRDT(day, xsd:date)``, which
    no malformed day passes)."""
    out = []
    for d in days:
        try:
            if len(d) == 10 and date.fromisoformat(d):
                out.append(d)
        except ValueError:
            pass
    return out


def _one_day(t: dict[str, Any]) -> str | None:
    """The day of a tally published on exactly one (well-formed) day: it goes into that day's state."""
    days = t["days"]
    return days[0] if len(days) == 1 and _valid_days(days) else None


def _merge(into: dict[str, Any], s: dict[str, Any]) -> None:
    """Add the state ``s`` of other articles to ``into`` (exactly as if its tallies were added).

    ``s`` is a state, or one as :func:`_dump_state` wrote it, parsed (lists for sets, groups as a
    list): a long window merges a thousand stored states of up to 100 KB, and making each a state
    first took half the time."""
    into["articles"] += s["articles"]
    into["echoes"] += s["echoes"]
    into["unnamed"] += s["unnamed"]
    for key in ("asserters", "claimants", "deniers", "evidence"):
        into[key].update(s[key])
    _days(into, [d for d in (s["first"], s["last"]) if d])
    groups = s["groups"].items() if isinstance(s["groups"], dict) else ((tuple(e[:4]), e[4]) for e in s["groups"])
    for key, g in groups:
        h = into["groups"].get(key)
        if h is None:
            into["groups"][key] = {k: set(v) if isinstance(v, (set, list)) else v for k, v in g.items()}
            continue
        for k in ("effective", "evidence", "reporters"):
            h[k].update(g[k])
        h["level"] = max(h["level"], g["level"])
        h["articles"] += g["articles"]
        h["echoes"] += g["echoes"]
        _days(h, [d for d in (g["first"], g["last"]) if d])


def _day_triples(proposition: str, period: str, state: dict[str, Any], pending: Iterable[str],
                 site: str = "") -> list[ox.Triple]:
    """A day support (``period`` a day, YYYY-MM-DD), a month's or a year's (YYYY-MM, YYYY: the
    same, added up); with a site, of the claims at that site (and ``period`` "" is all days)."""
    node = _n(day_graph(proposition, period, site))
    if site:  # apart from the supportDay/Month/Year that windows without a site read
        when = [ox.Triple(node, _n(OSINT.supportSite), _n(site)), ox.Triple(node, _n(OSINT.sitePeriod), _lit(period))]
    elif len(period) == 10:
        when = [ox.Triple(node, _n(OSINT.supportDay), _lit(period, _XSD + "date"))]
    else:
        when = [ox.Triple(node, _n(OSINT.supportMonth if len(period) == 7 else OSINT.supportYear), _lit(period))]
    out = [ox.Triple(node, _RDF_TYPE, _n(OSINT.DaySupport)),
           ox.Triple(node, _n(OSINT.daySupportOf), _n(proposition)), *when,
           ox.Triple(node, _n(OSINT.dayState), ox.Literal(_dump_state(state)))]
    return out + [ox.Triple(node, _n(OSINT.dayTally), ox.Literal(t)) for t in sorted(set(pending))]


_DAY_GRAPHS_OF = f"SELECT ?g WHERE {{ %s GRAPH ?g {{ ?g <{OSINT.daySupportOf}> ?p }} }}"

_DAY_CONTENT = f"""
SELECT ?g ?k ?v WHERE {{
  %s
  GRAPH ?g {{ {{ ?g <{OSINT.dayState}> ?v BIND("s" AS ?k) }} UNION {{ ?g <{OSINT.dayTally}> ?v BIND("t" AS ?k) }} }}
}}"""

#: The day, month and year supports of a window, in two steps: the nodes the window's periods give
#: (BRANCHES: a UNION of sub-SELECTs, only of the kinds of period the window has - an always-false
#: branch made Oxigraph take 0.4 s instead of 0.02 s), then each node's proposition and states
#: looked up (a window reads at most a few thousand nodes). As one query, the plan depended on the
#: branches and on a VALUES of propositions (0.2 s to 3 s at 100k for the same states).
_WINDOW_NODES = "SELECT ?node WHERE { BRANCHES }"
_NODE_STATES = f"""
SELECT ?p ?k ?v WHERE {{
  %s
  ?node <{OSINT.daySupportOf}> ?p .
  {{ ?node <{OSINT.dayState}> ?v BIND("s" AS ?k) }} UNION {{ ?node <{OSINT.dayTally}> ?v BIND("t" AS ?k) }}
}}"""
_PERIOD = "{ SELECT ?node WHERE { ?node <%s> ?%s FILTER(%s) } }"


#: A site's day supports (their periods are the last segment of their IRIs: joining
#: kgo:sitePeriod took 0.3 s for Rajin's 6k at 100k, the IRIs alone 0.04 s).
_SITE_NODES = f"SELECT ?node WHERE {{ ?node <{OSINT.supportSite}> ?site }}"


def _month_end(month: str) -> str:
    """The last day of a month (YYYY-MM)."""
    y, m = int(month[:4]), int(month[5:7])
    return (date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)).isoformat()


def _full_months(since: str | None, until: str | None) -> tuple[str, str]:
    """The first and last month (YYYY-MM) wholly inside the window; first > last when none is."""
    first = "0000-01" if not since else since[:7] if since[8:] == "01" else _next_month(since[:7])
    last = "9999-12" if not until else until[:7] if until == _month_end(until[:7]) else _previous_month(until[:7])
    return first, last


def _next_month(month: str) -> str:
    y, m = int(month[:4]), int(month[5:7])
    return f"{y + m // 12:04d}-{m % 12 + 1:02d}"


def _previous_month(month: str) -> str:
    y, m = int(month[:4]), int(month[5:7])
    return f"{y - (m == 1):04d}-{(m - 2) % 12 + 1:02d}"


def _in_window(days: Iterable[str], since: str | None, until: str | None) -> list[str]:
    return [d for d in _valid_days(days) if (not since or d >= since) and (not until or d <= until)]


def window_support(store: Store, since: str | None, until: str | None,
                   propositions: Iterable[str] | None = None, site: str | None = None
                   ) -> dict[str, tuple[dict[str, Any], list[dict[str, Any]]]]:
    """``proposition -> (corroboration row, claimants rows)`` counting only the articles published
    from ``since`` to ``until`` (ISO days, inclusive; either may be None), and with ``site`` only
    the claims about a transfer at that site (an IRI) - the figures ``corroboration.rq`` and
    ``claimants.rq`` count from every claim given the same filters (a test checks both agree). A
    proposition with no claim left has no entry. Only for a store whose derived facts are ready
    (:func:`derived_ready`).

    With neither, the stored support states are read (48 literals at 100k articles, 0.15 s: the
    same rows through ``claimant_support.rq`` are 54k terms, each looked up in Oxigraph's string
    table, 0.8 s). Without a site, the day, month and year supports of the window are added up.
    With one, the same from the site's own supports (counted from its claims only)."""
    if site is not None:
        return _site_support(store, site, since, until, propositions)
    if not since and not until:  # no window: the stored support states themselves
        rows = (store.query(_STATES % "").rows if propositions is None
                else _bound_rows(store, _STATES, "proposition", _iris(propositions)))
        out = {}
        for p, text in rows:
            state = _empty_state()
            _merge(state, json.loads(str(text)))
            if state["articles"]:
                out[str(p)] = support_rows(state)
        return out
    # the years wholly inside the window are read as years, the months wholly inside it of the
    # other years as months, and the days of the other months as days
    first, last = _full_months(since, until)
    first_year = first[:4] if first[5:] == "01" else f"{int(first[:4]) + 1:04d}"
    last_year = last[:4] if last[5:] == "12" else f"{int(last[:4]) - 1:04d}"
    has_months, has_years = first <= last, first <= last and first_year <= last_year
    day = lambda d: str(_lit(d, _XSD + "date"))  # noqa: E731
    branches = []
    days = [f"?day >= {day(since)}" if since else "", f"?day <= {day(until)}" if until else ""]
    before = bool(since) and (not has_months or since < first + "-01")
    after = bool(until) and (not has_months or until > _month_end(last))
    if not has_months or before or after:
        if has_months:
            days.append("(" + " || ".join(([f"?day < {day(first + '-01')}"] if before else [])
                                          + ([f"?day > {day(_month_end(last))}"] if after else [])) + ")")
        branches.append(_PERIOD % (OSINT.supportDay, "day", " && ".join(d for d in days if d) or "true"))
    if has_months and (not has_years or first < f"{first_year}-01" or last > f"{last_year}-12"):
        months = f'?month >= "{first}" && ?month <= "{last}"'
        if has_years:
            months += f' && (?month < "{first_year}-01" || ?month > "{last_year}-12")'
        branches.append(_PERIOD % (OSINT.supportMonth, "month", months))
    if has_years:
        branches.append(_PERIOD % (OSINT.supportYear, "year", f'?year >= "{first_year}" && ?year <= "{last_year}"'))
    nodes = [str(n) for n, in store.query(_WINDOW_NODES.replace("BRANCHES", " UNION ".join(branches))).rows]
    return _add_up(store, nodes, since, until, propositions)


def _add_up(store: Store, nodes: Iterable[str], since: str | None, until: str | None,
            propositions: Iterable[str] | None) -> dict[str, tuple[dict[str, Any], list[dict[str, Any]]]]:
    """The support rows of day supports (``nodes``) added up: their states merged, and the tallies
    of articles of several days counted once each, with only the window's days."""
    rows = _bound_rows(store, _NODE_STATES, "node", _iris(nodes))
    if propositions is not None:
        wanted = set(map(str, propositions))
        rows = [r for r in rows if str(r[0]) in wanted]
    states: dict[str, dict[str, Any]] = {}
    pending: dict[tuple[str, str], dict[str, Any]] = {}
    for p, kind, value in rows:
        p = str(p)
        if kind == "s":
            _merge(states.setdefault(p, _empty_state()), json.loads(str(value)))
        else:  # an article of several days: once, with the window's days only
            t = json.loads(str(value))
            pending[(p, t["article"])] = {**t, "days": _in_window(t["days"], since, until)}
    if pending:
        counter = _Counter(store, pending.values())
        for (p, _), t in sorted(pending.items()):
            counter.add(states.setdefault(p, _empty_state()), t)
    return {p: support_rows(s) for p, s in states.items() if s["articles"]}


def _site_support(store: Store, site: str, since: str | None, until: str | None,
                  propositions: Iterable[str] | None) -> dict[str, tuple[dict[str, Any], list[dict[str, Any]]]]:
    """A site's day supports added up: with no window its states of all days; else the years
    wholly inside the window, the months wholly inside it of the other years, and the days in it
    of the other months (a site has a few thousand supports at most: they are picked here)."""
    picked = []
    for node, in store.query(_SITE_NODES.replace("?site", str(_n(site)))).rows:
        period = str(node).rsplit("/", 1)[1].replace("all", "")  # (see day_graph)
        if not since and not until:
            keep = period == ""
        elif len(period) == 4:
            keep = _inside(period + "-01-01", period + "-12-31", since, until)
        elif len(period) == 7:
            keep = (_inside(period + "-01", _month_end(period), since, until)
                    and not _inside(period[:4] + "-01-01", period[:4] + "-12-31", since, until))
        else:
            keep = (len(period) == 10 and _inside(period, period, since, until)
                    and not _inside(period[:7] + "-01", _month_end(period[:7]), since, until))
        if keep:
            picked.append(str(node))
    return _add_up(store, picked, since, until, propositions)


def _inside(first: str, last: str, since: str | None, until: str | None) -> bool:
    """Whether the days from ``first`` to ``last`` are all in the window."""
    return (not since or first >= since) and (not until or last <= until)


def _periods(p: str, tallies: list[tuple[str, dict[str, Any]]], new: list[tuple[str, dict[str, Any]]],
             day_states: dict[tuple[tuple[str, str], str], dict[str, Any]],
             day_pending: dict[tuple[tuple[str, str], str], set[str]],
             states: dict[str, dict[str, Any]], counter: _Counter) -> dict[URIRef, list[ox.Triple]]:
    """One proposition's day, month and year supports, and each of its sites' (the graphs to
    write); counts ``tallies`` (all of the proposition's, when it is counted afresh) or ``new``
    (added to its stored state and to the stored supports in ``day_states``/``day_pending``)
    into ``states[p]`` as well.

    A tally of one day goes into that day's state, its month's and its year's; a tally of several
    days is kept whole under each of them and their months and years. Counted from all its
    tallies, a proposition's state is its day states added up, plus the tallies of no single day;
    a month's or year's is its days' added up. The same again for each site (the tally's claims at
    the site only, see :func:`_slices`), whose state of all days is a support of period "" (the
    proposition's own is its ``kgo:supportState``). Keys are ((proposition, site), period)."""
    def whole(key: tuple[str, str]) -> dict[str, Any]:
        return states.setdefault(p, _empty_state()) if not key[1] else day_states.setdefault((key, ""), _empty_state())

    for raw, t in tallies:
        for key, part_raw, part in _slices(p, raw, t):
            day = _one_day(part)
            if day:
                counter.add(day_states.setdefault((key, day), _empty_state()), part)
            else:
                counter.add(whole(key), part)
                for d in _valid_days(part["days"]):
                    day_pending[(key, d)].add(part_raw)
    if tallies:
        for (key, day), ds in list(day_states.items()):
            if len(day) == 10:  # (the others are the sites' states of all days, so far)
                _merge(whole(key), ds)
                for period in (day[:7], day[:4]):  # its month's and year's
                    _merge(day_states.setdefault((key, period), _empty_state()), ds)
        for (key, day), raws in list(day_pending.items()):
            for period in (day[:7], day[:4]):
                day_pending[(key, period)] |= raws
    for raw, t in new:
        for key, part_raw, part in _slices(p, raw, t):
            counter.add(whole(key), part)
            day = _one_day(part)
            if day:
                for period in (day, day[:7], day[:4]):
                    counter.add(day_states.setdefault((key, period), _empty_state()), part)
            else:
                for d in _valid_days(part["days"]):
                    for period in (d, d[:7], d[:4]):
                        day_pending[(key, period)].add(part_raw)
    return {day_graph(p, d, site): _day_triples(p, d, day_states.get(((p, site), d)) or _empty_state(),
                                                 day_pending.get(((p, site), d), ()), site)
            for (_, site), d in day_states.keys() | day_pending.keys()}


def _recount(store: Store, propositions: set[str] | None, rewritten: dict[str, dict[str, str]],
             added: dict[str, list[str]] | None = None
             ) -> tuple[dict[str, list[ox.Triple]], dict[URIRef, list[ox.Triple]]]:
    """Support triples for ``propositions`` (None: all), and the support state they are counted
    from (``kgo:supportState`` on the proposition: the aggregates in a form that more articles
    can be added to - counts, sets, first and last days).

    ``rewritten`` holds the tallies of the articles whose derived graphs are being rewritten
    (``article -> proposition -> tally``; every article with ``propositions`` None), which replace
    what the store holds for them. A proposition in ``added`` whose state is stored gets the
    tallies listed there (of articles the state does not count yet) added to it: the cost is that
    of what changed. Any other is counted from all its tallies (one per article, see
    :func:`_tallies`) - the way when a tally was replaced or removed, or an actor described anew.
    Either way by the rules of the counting way of ``corroboration.rq`` and ``claimants.rq`` (a
    test checks that both agree on every row).

    Adding 100 articles to the 100k synthetic store, this took 1-2 s. Counting from every claim
    instead (eight terms a claim, each decoded through Oxigraph's string table) took 47 s; from all
    the tallies, 31 s (most articles have one claim on a proposition: 316k tallies for 362k claim
    rows), so the adding way is what makes an update cost what changed."""
    keys = {str(p) for p, in store.query(_PROPOSITIONS).rows}
    added = added or {}
    states: dict[str, dict[str, Any]] = {}
    if propositions is None:
        recount, extend = None, set()
    else:
        stored = {str(p): str(t) for p, t in _bound_rows(store, _STATES, "proposition", _iris(added))}
        extend = {p for p in propositions if p in added and p in stored}
        states = {p: _load_state(stored[p]) for p in extend}
        recount = set(propositions) - extend
    rows = [] if not recount else _bound_rows(store, _TALLIES, "proposition", _iris(recount))
    tallies = [(p, raw, t) for p, raw, t in ((str(p), str(raw), json.loads(str(raw))) for p, raw in rows)
               if t["article"] not in rewritten]
    tallies += [(p, raw, json.loads(raw)) for by_p in rewritten.values() for p, raw in by_p.items()
                if recount is None or p in recount]
    new = [(p, raw, json.loads(raw)) for p in extend for raw in added[p]]
    counter = _Counter(store, [t for _, _, t in tallies] + [t for _, _, t in new])
    # Day, month and year supports (what window_support adds up), one proposition at a time (at
    # 100k, all at once held 110k states: peak 3.8 GiB).
    by_p: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for p, raw, t in tallies:
        by_p[p].append((raw, t))
    new_by_p: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for p, raw, t in new:
        new_by_p[p].append((raw, t))
    del rows, tallies, new
    # Added to a stored state: the new tallies also go into their days', months' and years'
    # stored supports (and a site's into its state of all days).
    wanted = {str(day_graph(key[0], period, key[1])): (key, period)
              for p, pairs in new_by_p.items() for raw, t in pairs for key, _, part in _slices(p, raw, t)
              for period in ([""] if key[1] else []) + [q for d in _valid_days(part["days"]) for q in (d, d[:7], d[:4])]}
    stored_days: dict[str, dict[tuple[tuple[str, str], str], dict[str, Any]]] = defaultdict(dict)
    stored_pending: dict[str, dict[tuple[tuple[str, str], str], set[str]]] = defaultdict(lambda: defaultdict(set))
    for g, kind, value in _bound_rows(store, _DAY_CONTENT, "g", _iris(wanted)):
        key, period = wanted[str(g)]
        if kind == "s":
            stored_days[key[0]][(key, period)] = _load_state(str(value))
        else:
            stored_pending[key[0]][(key, period)].add(str(value))
    days: dict[URIRef, list[ox.Triple]] = {}
    if recount:  # the day supports a recounted proposition no longer has
        days.update({URIRef(str(g)): [] for g, in _bound_rows(store, _DAY_GRAPHS_OF, "p", _iris(recount))})
    for p in sorted(by_p.keys() | new_by_p.keys()):
        days.update(_periods(p, by_p.pop(p, []), new_by_p.pop(p, []), stored_days.pop(p, {}),
                             stored_pending.pop(p, defaultdict(set)), states, counter))

    out: dict[str, list[ox.Triple]] = {}
    for p in (states.keys() | keys) if propositions is None else set(propositions):
        s = states.get(p)
        if s is None or not s["articles"]:
            out[p] = []
            continue
        out[p] = [ox.Triple(_n(p), _n(OSINT.supportState), ox.Literal(_dump_state(s)))]
        if p in keys:
            out[p] += _support_of(p, s)
    return out, days


# ------------------------------------------------------------------ the update

#: An incremental update that rewrites more graphs than this writes them in batches, not in one
#: transaction (see :func:`update_derived`).
ONE_TRANSACTION_GRAPHS = 5000


def _bulk_write(store: Store, graphs: dict[URIRef, Any], size: int = 5000) -> None:
    """Bulk-load ``graphs`` a few thousand at a time, letting go of each batch once written (one
    load of the 100k store's 110k support graphs peaked at 4.2 GiB)."""
    names = list(graphs)
    for i in range(0, len(names), size):
        store.bulk_replace_graphs({name: graphs.pop(name) for name in names[i:i + size]})


@dataclass(frozen=True)
class DerivedReport:
    """What :func:`update_derived` recomputed."""

    full: bool
    articles: int  # articles whose links and echoes were recomputed
    links: int  # derivation links written for them
    echoes: int  # echo facts written for them
    propositions: int  # propositions whose support was recounted
    seconds: float

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def update_derived(store: Store, *, full: bool | None = None,
                   progress: Callable[[str], None] | None = None) -> DerivedReport:
    """Bring the derived facts up to date with the stored articles.

    Args:
        store: the store (written to).
        full: recompute everything (True), only what the journalled stale articles and
            propositions can change (False), or decide (None: everything when the store has no
            derived facts yet, or they were derived from another ontology or rule version).
        progress: called with a line per step.

    Returns:
        A :class:`DerivedReport`.
    """
    started = time.perf_counter()
    say = progress or (lambda _: None)
    digest = _ontology_digest()
    if full is None:
        full = _stored_digest(store) != digest
    stale_graphs, stale_articles, stale_props = _read_stale(store)
    if not full and not stale_articles and not stale_props:
        return DerivedReport(False, 0, 0, 0, 0, time.perf_counter() - started)

    if full:
        # Until it is done the store has no derived facts: an interrupted full update is redone in
        # full (its derived graphs and support states are written apart, not in one transaction).
        store.replace_graph(STATE_GRAPH, [])
        file_old_claims(store, say)
        targets = {str(r[0]) for r in store.query(_ARTICLES).rows}
        say(f"derived: recomputing links and echoes of all {len(targets)} articles")
        links = _derivation_links(store, None)
        old_echoes: set[tuple[str, str, str]] = set()
        removed: set[str] = set()
    else:
        stored = {tuple(map(str, r)) for r in store.query(_LINKS).rows}
        seeds = _existing_articles(store, stale_articles)  # a journal may name an article since removed
        removed = stale_articles - seeds  # their derived graphs (links, echoes, tallies) go
        touching = _derivation_links(store, seeds) if seeds else set()
        # every article whose links or echoes the stale (or removed) ones can change (links join
        # articles only)
        targets = _upstream(seeds | removed, stored | touching) - removed
        journal = mark_stale(store, targets, stale_props)  # an interrupted update is redone from here
        if journal is not None:
            stale_graphs.add(str(journal))
        fresh = _derivation_links(store, targets) if targets else set()
        links = ({link for link in stored if link[0] not in targets | removed}
                 | {link for link in fresh if link[0] in targets})
        old_echoes = {tuple(map(str, r)) for r in _bound_rows(store, _OLD_ECHOES, "article", _iris(targets))}
        say(f"derived: recomputing links and echoes of {len(targets)} articles")

    facts = _claim_facts(store, None if full else targets | _downstream(targets, links))
    echoes = _echoes(targets, links, facts)

    by_article_links: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for link in links:
        if link[0] in targets:
            by_article_links[link[0]].append(link)
    claim_article = {f.claim: a for a in targets for f in facts.get(a, ())}
    by_article_echoes: dict[str, list[tuple[str, str, set[str]]]] = defaultdict(list)
    for (claim, proposition), originals in echoes.items():
        by_article_echoes[claim_article[claim]].append((claim, proposition, originals))
    tallies = _tallies(store, None if full else targets, echoes)
    graphs: dict[URIRef, Any] = {}
    # in a full update, claims reported in something not typed kgo:Article are counted as well
    for article in (targets | tallies.keys()) if full else targets:
        triples = _derived_triples(article, by_article_links.get(article, []), by_article_echoes.get(article, []))
        triples += _tally_triples(tallies.get(article, {}))
        if triples or not full:
            graphs[derived_graph(article)] = triples
    added: dict[str, list[str]] = {}  # proposition -> tallies to add to its stored support state
    rebuild: set[str] = set()  # propositions counted from all their tallies
    changed: set[str] = set()  # propositions whose tallies change
    if full:  # derived graphs of articles no longer stored, and the old single derivations graph
        keep = {str(g) for g in graphs}
        for name in store.named_graphs():
            if (name.startswith(_DERIVED_PREFIX) and name not in keep) or name == str(_LEGACY_DERIVATIONS):
                graphs[URIRef(name)] = []
    else:
        for article in removed:
            graphs[derived_graph(article)] = []
        article_of = {str(derived_graph(a)): a for a in targets | removed}
        old = {(article_of[str(g)], str(p)): str(t)
               for g, p, t in _bound_rows(store, _TALLIES_IN, "g", _iris(article_of))}
        new = {(a, p): t for a in targets for p, t in tallies.get(a, {}).items()}
        changed = {k[1] for k in old.keys() | new.keys() if old.get(k) != new.get(k)}
        # A tally replaced or removed cannot be taken out of a state: those propositions are
        # counted from all their tallies, and so are those of every rewritten article that had
        # tallies (its unnamed sources are described in its own graph: their labels may have
        # changed with the same tally) and those journalled stale (an actor described anew).
        rebuild = set(stale_props) | {p for (a, p), t in old.items() if new.get((a, p)) != t or a in seeds}
        for (a, p), t in sorted(new.items()):
            if (a, p) not in old:
                added.setdefault(p, []).append(t)

    new_echoes = {(c, p, o) for (c, p), originals in echoes.items() for o in originals}
    if full:
        recount: set[str] | None = None
    else:
        recount = set(stale_props)
        recount |= {f.proposition for a in stale_articles for f in facts.get(a, ())}
        recount |= {p for _, p, _ in new_echoes ^ old_echoes}
        recount |= changed
        added = {p: added.get(p, []) for p in recount - rebuild}
    say(f"derived: recounting the support of {'all' if recount is None else len(recount)} propositions"
        + ("" if recount is None else f" ({len(recount) - len(added)} from all their tallies)"))
    rewritten = tallies if full else {a: tallies.get(a, {}) for a in targets | removed}
    supports, day_graphs = _recount(store, recount, rewritten, added)
    support_graphs: dict[URIRef, Any] = {support_graph(p): t for p, t in supports.items()}
    support_graphs.update(day_graphs)
    if full:
        for name in store.named_graphs():
            if name.startswith((_SUPPORT_PREFIX, _DAY_PREFIX)) and URIRef(name) not in support_graphs:
                support_graphs[URIRef(name)] = []
    if not full and len(graphs) + len(support_graphs) <= ONE_TRANSACTION_GRAPHS:
        # One transaction: the support states always count exactly the stored tallies, so that
        # an update redone after an interruption adds nothing twice.
        store.replace_graphs({**graphs, **support_graphs})
    else:
        if not full:
            # Too many for one transaction (replacing 100 articles of the 100k synthetic store
            # rewrote 80k support graphs: 45 s and a 4.4 GiB peak as one update). Written the way
            # a full update writes: the digest goes first, so a store whose write was interrupted
            # has no derived facts, and its next update derives them in full.
            say(f"derived: writing {len(graphs) + len(support_graphs)} graphs in batches")
            store.replace_graph(STATE_GRAPH, [])
        _bulk_write(store, graphs)
        _bulk_write(store, support_graphs)

    store.replace_graph(STATE_GRAPH, [ox.Triple(_n(STATE_GRAPH), _n(OSINT.ontologyDigest), ox.Literal(digest))])
    if stale_graphs:  # last: the journal entries read at the start and the one written above
        store.replace_graphs({URIRef(g): [] for g in sorted(stale_graphs)})
    n_links = sum(len(v) for v in by_article_links.values())
    return DerivedReport(full, len(targets), n_links, len(new_echoes), len(supports), time.perf_counter() - started)
