"""Stage 7: corroboration - how many independent sources back each proposition, and who denies it.

Reads: a store built by :mod:`kg.ingest` - its derived support facts (:mod:`kg.derive`), or, when
they are not up to date, the claims through the named queries ``corroboration`` and ``claimants``
(and ``timeline``) - and a :class:`kg.config.Config` for the score.
Writes: :class:`Support` rows, one per proposition (supplier, recipient, item category; narrower
items roll up into broader ones), each with its :class:`ClaimantSupport` details.

Independence: a claimant is counted once however many outlets repeat it; an outlet that only
repeats someone else's claim is an *echo*, not a claimant. Agencies count with the state they
speak for (the extractor folds them); unnamed sources ("analysts") are counted apart.

The score (documented in ``kg/defaults.toml``; weights configurable)::

    p(c)  = certainty[c] * reliability[grade(c)]                  each independent claimant c
    q(d)  = certainty[d] * reliability[grade(d)] * denial_weight  each denier d
    score = (1 - prod(1 - p(c))) * prod(1 - q(d))

a noisy-OR of independent support, discounted by denials. It ranks; it is not a probability.
Unnamed sources count with ``unnamed_weight`` each; those sharing a label ("officials", one
per article) are one :class:`ClaimantSupport` row of ``sources`` sources, all at the strongest
certainty any of them expressed.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.build import actor_iri, site_iri
from kg.config import Config, load_config
from kg.derive import derived_ready, update_derived, window_support
from kg.errors import QueryError
from kg.ontology import Vocabulary
from kg.queries import NamedQuery, get_query, parameter_bindings, run
from kg.store import Store

__all__ = [
    "Filters", "ClaimantSupport", "Support", "TimelineEntry",
    "corroborate", "timeline", "score", "update_derivations",
]

CERTAINTY_BY_LEVEL = {3: "certain", 2: "probable", 1: "possible"}


def _split(value: Any) -> tuple[str, ...]:
    return tuple(sorted(v for v in str(value or "").split("|") if v))


def _day(value: Any) -> str | None:
    return str(value)[:10] if value is not None else None


@dataclass(frozen=True)
class Filters:
    """What to narrow corroboration to: names as an analyst writes them, dates as YYYY-MM-DD."""

    supplier: str | None = None
    recipient: str | None = None
    item: str | None = None
    site: str | None = None
    since: str | None = None
    until: str | None = None

    def bindings(self, vocab: Vocabulary) -> dict[str, Any]:
        """The query parameters, resolved through the gazetteer and the item taxonomy.

        Raises:
            QueryError: an unknown item category or a malformed date.
        """
        out: dict[str, Any] = {}
        for role in ("supplier", "recipient"):
            name = getattr(self, role)
            if name:
                entry = vocab.find(name)
                out[role] = URIRef(entry.iri) if entry else actor_iri(name, None)
        if self.item:
            concept = vocab.find_item(self.item)
            if concept is None:
                known = ", ".join(sorted(c.label for c in vocab.items.values()))
                raise QueryError(f"unknown item {self.item!r}; known: {known}")
            out["item"] = URIRef(concept.iri)
        if self.site:
            entry = vocab.find(self.site, "site")
            out["site"] = site_iri(self.site, entry.iri if entry else None)
        for key in ("since", "until"):
            value = getattr(self, key)
            if value:
                try:
                    out[key] = Literal(date.fromisoformat(value).isoformat(), datatype=XSD.date)
                except ValueError:
                    raise QueryError(f"--{key} {value!r} is not a date (YYYY-MM-DD)") from None
        return out


@dataclass(frozen=True)
class ClaimantSupport:
    """One claimant's position on a proposition."""

    claimant: str
    kind: str  # named | unnamed | outlet (an outlet speaking in its own voice)
    stance: str
    certainty: str
    grade: str
    evidence: tuple[str, ...]
    reporters: tuple[str, ...]
    articles: int
    echoes: int
    first: str | None
    last: str | None
    #: How many sources the row stands for: unnamed sources with one label ("officials", one per
    #: article) share a row; 1 for a named claimant or an outlet.
    sources: int = 1

    def to_dict(self) -> dict[str, Any]:
        out = dataclasses.asdict(self)
        out["evidence"], out["reporters"] = list(self.evidence), list(self.reporters)
        return out


@dataclass(frozen=True)
class Support:
    """The support for one proposition."""

    proposition: str
    supplier: str
    recipient: str
    item: str
    independent: int
    claimants: tuple[str, ...]
    unnamed: int
    echoes: int
    deniers: tuple[str, ...]
    evidence: tuple[str, ...]
    articles: int
    first: str | None
    last: str | None
    score: float = 0.0
    details: tuple[ClaimantSupport, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out = dataclasses.asdict(self)
        for key in ("claimants", "deniers", "evidence"):
            out[key] = list(out[key])
        out["details"] = [d.to_dict() for d in self.details]
        return out


def update_derivations(store: Store, full: bool | None = None) -> int:
    """Bring the derived facts up to date: derivation links, echoes and the stored support that
    ``corroboration.rq`` and ``claimants.rq`` read (:func:`kg.derive.update_derived`).

    ``kg ingest`` runs it after each ingest and it recomputes only what the newly written articles
    can change; ``full=True`` recomputes everything (after loading N-Quads by other means).
    Returns the number of derivation links written.
    """
    return update_derived(store, full=full).links


def score(details: tuple[ClaimantSupport, ...] | list[ClaimantSupport], config: Config) -> float:
    """The support score of a proposition from its claimants (formula in the module docstring).

    >>> c = ClaimantSupport("A", "named", "asserts", "probable", "F", (), (), 1, 0, None, None)
    >>> round(score([c], load_config()), 3)
    0.3
    """
    weights = config.get("corroboration")
    certainty, reliability = weights["certainty"], weights["reliability"]
    support_miss, denial_keep = 1.0, 1.0
    for d in details:
        p = certainty.get(d.certainty, 0.0) * reliability.get(d.grade, reliability["F"])
        n = max(1, d.sources)  # a row of n unnamed sources counts as n sources
        if d.stance == "denies":
            denial_keep *= (1.0 - p * weights["denial_weight"]) ** n
        elif d.kind == "unnamed":
            support_miss *= (1.0 - p * weights["unnamed_weight"]) ** n
        else:
            support_miss *= (1.0 - p) ** n
    return round((1.0 - support_miss) * denial_keep, 4)


def _claimant_support(row: dict[str, Any], config: Config) -> ClaimantSupport:
    """A row of ``claimants.rq`` (or of a stored or windowed support) as a :class:`ClaimantSupport`."""
    level = int(row["certaintyLevel"] or 3)
    return ClaimantSupport(
        claimant=row["claimantLabel"],
        kind=row["claimantKind"],
        stance=row["stance"],
        certainty=CERTAINTY_BY_LEVEL.get(level, "certain"),
        grade=config.grade(row["claimantLabel"]),
        evidence=_split(row["evidence"]),
        reporters=_split(row["reporters"]),
        articles=int(row["articles"] or 0),
        echoes=int(row["echoes"] or 0),
        first=_day(row["first"]),
        last=_day(row["last"]),
        sources=int(row["sources"] or 1),
    )


def _details(store: Store, queries: dict[str, NamedQuery], bindings: dict[str, Any], config: Config
             ) -> dict[str, list[ClaimantSupport]]:
    """Claimant rows counted from the claims (``claimants.rq``): for a store without up-to-date
    derived facts."""
    out: dict[str, list[ClaimantSupport]] = {}
    for row in run(store, get_query(queries, "claimants"), bindings).dicts():
        out.setdefault(row["proposition"], []).append(_claimant_support(row, config))
    return out


def _support(row: dict[str, Any], counts: dict[str, Any], details: tuple[ClaimantSupport, ...], config: Config
             ) -> Support:
    """A proposition's :class:`Support` from its labels (``row``) and aggregates (``counts``);
    its claimants by stance and name (the order of ``claimants.rq``, ties broken the same on every
    way of counting)."""
    details = tuple(sorted(details, key=lambda d: (d.stance, d.claimant, d.kind, d.reporters, d.first or "")))
    return Support(
        proposition=row["proposition"],
        supplier=row["supplierLabel"],
        recipient=row["recipientLabel"],
        item=row["itemLabel"],
        independent=int(counts["independent"] or 0),
        claimants=_split(counts["claimants"]),
        unnamed=int(counts["unnamed"] or 0),
        echoes=int(counts["echoes"] or 0),
        deniers=_split(counts["deniers"]),
        evidence=_split(counts["evidence"]),
        articles=int(counts["articles"] or 0),
        first=_day(counts["first"]),
        last=_day(counts["last"]),
        score=score(details, config),
        details=details,
    )


def _stored(store: Store, queries: dict[str, NamedQuery], bindings: dict[str, Any], config: Config
            ) -> list[Support]:
    """Support from the derived facts (:func:`kg.derive.window_support`): the stored support
    states, or those of a window's days, months and years, or the same of a site. The
    propositions and their labels come from the stored rows of ``corroboration.rq``."""
    since, until, site = (str(bindings[k]) if bindings.get(k) is not None else None for k in ("since", "until", "site"))
    rest = {k: v for k, v in bindings.items() if k not in ("since", "until", "site")}
    labels = run(store, get_query(queries, "corroboration"), rest).dicts()
    counted = window_support(store, since, until, [row["proposition"] for row in labels], site)
    out = []
    for row in labels:
        if row["proposition"] in counted:
            counts, rows = counted[row["proposition"]]
            out.append(_support(row, counts, tuple(_claimant_support({**r, "proposition": row["proposition"]}, config)
                                                   for r in rows), config))
    return out


def corroborate(
    store: Store,
    queries: dict[str, NamedQuery],
    vocab: Vocabulary,
    filters: Filters | None = None,
    config: Config | None = None,
) -> list[Support]:
    """Every proposition matching ``filters`` with its support, most independently backed first.

    The figures are read from the stored support states (a date window adds up the stored day,
    month and year supports, a site its own: :func:`kg.derive.window_support`);
    in a store whose derived facts are not up to date they are counted from the claims
    (``corroboration.rq``, ``claimants.rq``). Both ways give the same rows (tests check it).

    Args:
        store: the store.
        queries: the named queries (:func:`kg.queries.load_queries`).
        vocab: the vocabulary, to resolve names in ``filters``.
        filters: narrow by supplier, recipient, item, site and a date window.
        config: score weights and source grades (default: :func:`kg.config.load_config`).
    """
    config = config or load_config()
    bindings = (filters or Filters()).bindings(vocab)
    if bindings.get("recount") is None and derived_ready(store):
        out = _stored(store, queries, bindings, config)
    else:
        details = _details(store, queries, bindings, config)
        out = [_support(row, row, tuple(details.get(row["proposition"], ())), config)
               for row in run(store, get_query(queries, "corroboration"), bindings).dicts()]
    out.sort(key=lambda s: (-s.independent, -s.score, -s.articles, s.supplier, s.recipient, s.item))
    return out


@dataclass(frozen=True)
class TimelineEntry:
    day: str | None
    publisher: str
    claimant: str
    stance: str
    certainty: str
    quote: str
    url: str

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def _entries(rows: list[dict[str, Any]]) -> list[TimelineEntry]:
    seen: set[tuple] = set()
    out = []
    for row in rows:
        entry = TimelineEntry(_day(row["day"]), row["publisher"], row["claimantLabel"], row["stance"],
                              row["certainty"], row["quote"], row["url"])
        key = (entry.url, entry.quote, entry.claimant, entry.stance)
        if key not in seen:  # one claim may bear on the proposition through several items
            seen.add(key)
            out.append(entry)
    return out


def timeline(store: Store, queries: dict[str, NamedQuery], vocab: Vocabulary, filters: Filters,
             limit: int | None = None, offset: int = 0) -> list[TimelineEntry]:
    """Claims about a proposition in date order: the story as it unfolded.

    With ``limit``, only claims ``offset`` to ``offset + limit`` of that order (lines that repeat
    an earlier line of the page are merged, so a page may be shorter). Without a ``site``
    filter the page is found through the days each article's claims are filed under
    (``kgo:TimelineDay``, written by :mod:`kg.build`): the claims of the days before the page are
    counted, not read, so a page costs about the same in a timeline of fifty claims or fifty
    thousand. With a site, or in a store without day nodes, the whole timeline is read and sliced.
    """
    bindings = filters.bindings(vocab)
    by_day: dict[Any, list[str]] = {}
    if limit is not None and "site" not in bindings:
        days_query = get_query(queries, "timeline_days")
        for day, node in run(store, days_query, parameter_bindings(days_query, bindings)).rows:
            by_day.setdefault(day, []).append(node)
    if not by_day:
        rows = run(store, get_query(queries, "timeline"), bindings).dicts()
        entries = _entries(rows)
        return entries if limit is None else entries[offset:offset + limit]
    # walk the days in order (undated first, as ORDER BY puts unbound first), counting claims
    # until the page is covered; only the page's days are read in full
    before, page_claims, seen = 0, [], set()
    for day in sorted(by_day, key=lambda d: (d is not None, str(d or ""))):
        if before >= offset + limit:
            break
        claims = {c for c, in run(store, get_query(queries, "timeline_day_claims"), {"node": [URIRef(n) for n in by_day[day]]}).rows} - seen
        seen |= claims
        if before + len(claims) > offset:
            page_claims.append((before, claims))
        before += len(claims)
    if not page_claims:
        return []
    first = page_claims[0][0]
    wanted = [URIRef(c) for _, claims in page_claims for c in sorted(claims)]
    rows = run(store, get_query(queries, "timeline"), {**bindings, "claim": wanted}).dicts()
    # one row per claim (DISTINCT rows may repeat a claim with another label), in the query's order
    ordered, placed = [], set()
    for row in rows:
        if row["claim"] not in placed:
            placed.add(row["claim"])
            ordered.append(row)
    ordered = ordered[offset - first:offset - first + limit]
    return _entries(ordered)
