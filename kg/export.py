"""Stage 8: export - the graph where analysts already work.

Reads: a store and the named queries ``export_claims``, ``export_reports``, ``export_labels``,
``reporting``, ``outlet_links``, ``claim_graph`` and ``evidence`` (all of them export-only). The big
ones hash-join one sub-SELECT per property and leave labels to ``export_labels``, fetched once per
node: star patterns with per-row label OPTIONALs took 20-50 s for a 10k-article on-disk store. The
``claims`` view is counted by the store: every term turned into Python costs ~10 us on disk.
Writes: a networkx projection (:func:`project`) and files: GEXF 1.3 for Gephi, GraphML, CSV for
Neo4j (through :mod:`kg.gexf`), a STIX 2.1 bundle (through :mod:`kg.stix`), and RDF dumps
(Turtle, N-Quads, TriG, N-Triples, JSON-LD) straight from the store.

Three views (``VIEWS``):

- ``claims``: actors linked by claims. Claimants -> the propositions they assert or deny (one
  edge per stance, weighted by claims, with articles, the strongest certainty and first/last
  dates) -> supplier and recipient; outlets -> the claimants whose claims they carry (weighted by
  claims).
- ``sources``: who reports whom. Outlets -> the claimants they echo, weighted by articles, and
  outlets -> the outlets whose stored articles they copy or cite.
- ``full``: articles, claims, actors, propositions, sites and evidence, all linked.

Every node and edge gets a ``start`` date (the first article it appears in) so Gephi's Timeline
replays the story cumulatively: an element appears on the day it is first reported and stays.
Edges also carry ``first``/``last`` dates (and nodes ``first_seen``) as plain attributes; no
``end`` is written, because an allegation does not stop existing when outlets stop repeating it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from kg import gexf
from kg.errors import ExportError
from kg.queries import NamedQuery, get_query, run
from kg.store import Result, Store

__all__ = ["GRAPH_FORMATS", "RDF_DUMP_FORMATS", "FORMATS", "VIEWS", "project", "export"]

GRAPH_FORMATS = ("gexf", "graphml", "csv")
RDF_DUMP_FORMATS = ("turtle", "nquads", "trig", "ntriples", "jsonld")
#: Every format :func:`export` writes (``stix`` is a bundle of the whole store, whatever the view).
FORMATS = GRAPH_FORMATS + ("stix",) + RDF_DUMP_FORMATS
VIEWS = ("claims", "sources", "full")


def _date(value: Any) -> str | None:
    return str(value)[:10] if value else None


def _split(value: Any) -> list[str]:
    return [v for v in str(value or "").split("|") if v]


class _Builder:
    """Collects nodes and edges in plain dicts, keeping each node's earliest date as ``start``.

    Plain dicts, not a networkx graph, while rows come in: per-row ``has_edge``/``add_edge`` on a
    MultiDiGraph cost more than the queries on a large store. :meth:`graph` builds the
    MultiDiGraph once at the end. An edge is identified by ``(u, v, key)``; the first row that
    names it sets its attributes and ``start``.
    """

    def __init__(self) -> None:
        self.nodes: dict[str, dict[str, Any]] = {}
        self.edges: dict[tuple[str, str, str], dict[str, Any]] = {}

    def node(self, node_id: str, date: str | None = None, **attrs: Any) -> dict[str, Any]:
        """Add a node (attributes only when new) and move its ``start`` back to ``date``."""
        data = self.nodes.get(node_id)
        if data is None:
            data = self.nodes[node_id] = attrs
        if date and (data.get("start") is None or date < data["start"]):
            data["start"] = data["first_seen"] = date
        return data

    def edge(self, u: str, v: str, key: str, kind: str, date: str | None = None, **attrs: Any) -> None:
        if (u, v, key) in self.edges:
            return
        attrs = {"kind": kind, "label": attrs.pop("label", kind), "weight": 1.0, **attrs}
        if date:
            attrs["start"] = date
        self.edges[u, v, key] = attrs
        self.node(u, date)
        self.node(v, date)

    def graph(self) -> nx.MultiDiGraph:
        g = nx.MultiDiGraph()
        g.add_nodes_from(self.nodes.items())
        g.add_edges_from((u, v, key, data) for (u, v, key), data in self.edges.items())
        return g


def _columns(result: Result, *names: str) -> list[tuple[Any, ...]]:
    """A query's rows as tuples of the named columns, in that order."""
    index = [result.vars.index(name) for name in names]
    return [tuple(row[i] for i in index) for row in result.rows]


@dataclass(frozen=True)
class _Label:
    """How a node the views draw is shown: ``label`` (never empty), ``name`` (a real label, or
    None) and ``actor_type`` (``unnamed``, ``outlet``, ... or None)."""

    label: str
    name: str | None
    actor_type: str | None


def _labels(store: Store, queries: dict[str, NamedQuery]) -> dict[str, _Label]:
    """Every actor, outlet and site node's label, fetched once (query ``export_labels``)."""
    out: dict[str, _Label] = {}
    rows = _columns(run(store, get_query(queries, "export_labels")), "node", "label", "name", "actorType")
    for node, label, name, actor_type in rows:
        out.setdefault(node, _Label(str(label), None if name is None else str(name), actor_type))
    return out


def _by_date(rows: list[tuple[Any, ...]], published: int, *tie: int) -> list[tuple[Any, ...]]:
    """Rows in publication order, undated first as in SPARQL's ORDER BY: an edge's ``start`` is
    the date of the first row that draws it."""
    return sorted(rows, key=lambda r: (r[published] is not None, str(r[published] or ""),
                                       *(str(r[i] or "") for i in tie)))


def _claims_view(store: Store, queries: dict[str, NamedQuery]) -> _Builder:
    """Claimants -> propositions (one edge per stance, weighted by claims), outlets -> claimants.

    Counted by the store (``export_claims``, ``export_reports``): one edge stands for all the
    claims it aggregates, as Gephi would merge parallel edges of one kind anyway. The ``full``
    view draws every claim with its quote.
    """
    b = _Builder()
    labels = _labels(store, queries)

    def label(iri: str) -> str:
        found = labels.get(iri)
        return iri if found is None else found.label

    def actor(iri: str, date: str | None, kind: str = "actor") -> dict[str, Any]:
        return b.node(iri, date, label=label(iri), kind=kind, claims=0)

    rows = _columns(run(store, get_query(queries, "export_claims")), "claimant", "stance", "supplier",
                    "recipient", "item", "claims", "articles", "certainty", "first", "last")
    for claimant, stance, supplier, recipient, item, claims, articles, certainty, first, last \
            in _by_date(rows, 8, 0, 1, 2, 3, 4):
        first, last = _date(first), _date(last)
        actor(claimant, first)
        actor(supplier, first)
        actor(recipient, first)
        pid = f"{supplier}|{recipient}|{item}"
        b.node(pid, first, label=f"{label(supplier)} → {label(recipient)}: {item}", kind="proposition", item=item)
        b.edge(pid, supplier, f"{pid}>supplier", "supplier", first)
        b.edge(pid, recipient, f"{pid}>recipient", "recipient", first)
        b.edge(claimant, pid, f"{claimant}>{stance}>{pid}", stance, first, weight=float(claims), claims=int(claims),
               articles=int(articles), certainty=certainty, first=first, last=last)
    reports = _columns(run(store, get_query(queries, "export_reports")), "reporter", "claimant", "claims",
                       "articles", "first", "last")
    for reporter, claimant, claims, articles, first, last in _by_date(reports, 4, 0, 1):
        first, last = _date(first), _date(last)
        actor(claimant, first)["claims"] += int(claims)  # one reporter a claim: the sum counts each once
        if reporter != claimant:
            actor(reporter, first, "publisher")["kind"] = "publisher"
            b.edge(reporter, claimant, f"{reporter}>reports>{claimant}", "reports", first, weight=float(claims),
                   claims=int(claims), articles=int(articles), first=first, last=last)
    return b


def _sources_view(store: Store, queries: dict[str, NamedQuery]) -> _Builder:
    b = _Builder()
    for row in run(store, get_query(queries, "reporting")).dicts():
        first, last = _date(row["first"]), _date(row["last"])
        b.node(row["reporter"], first, label=row["reporterLabel"], kind="publisher")
        kind = "unnamed" if row["claimantKind"] == "unnamed" else "actor"
        claimant = b.node(row["claimant"], first, label=row["claimantLabel"], kind=kind)
        if kind == "actor" and row["claimantKind"] == "outlet":
            claimant["kind"] = "publisher"
        b.edge(row["reporter"], row["claimant"], f"{row['reporter']}>echoes>{row['claimant']}", "echoes",
               first, weight=float(row["articles"] or 0), articles=int(row["articles"] or 0),
               claims=int(row["claims"] or 0), first=first, last=last)
    for row in run(store, get_query(queries, "outlet_links")).dicts():
        first, last = _date(row["first"]), _date(row["last"])
        b.node(row["outlet"], first, label=row["outletLabel"], kind="publisher")
        b.node(row["source"], first, label=row["sourceLabel"], kind="publisher")["kind"] = "publisher"
        b.edge(row["outlet"], row["source"], f"{row['outlet']}>{row['link']}>{row['source']}", row["link"],
               first, weight=float(row["articles"] or 0), articles=int(row["articles"] or 0),
               first=first, last=last)
    for data in b.nodes.values():  # articles per node: how much of the story it carries
        data.setdefault("articles", 0)
    for (u, _, _), data in b.edges.items():
        if data["kind"] == "echoes":
            b.nodes[u]["articles"] = max(b.nodes[u]["articles"], data["articles"])
    return b


def _full_view(store: Store, queries: dict[str, NamedQuery]) -> _Builder:
    b = _Builder()
    labels = _labels(store, queries)
    none = _Label("", None, None)

    def label(iri: str) -> str:
        return labels.get(iri, none).label or iri

    rows = _columns(run(store, get_query(queries, "claim_graph")), "claim", "article", "url", "headline",
                    "published", "reporter", "claimant", "stance", "certainty", "quote", "proposition",
                    "supplier", "recipient", "itemLabel", "site")
    for claim, article, url, headline, published, reporter, claimant, stance, certainty, quote, prop, \
            supplier, recipient, item, site in _by_date(rows, 4, 2, 0, 10):
        date = _date(published)
        b.node(article, date, label=headline or url, kind="article", url=url, published=date)
        b.node(reporter, date, label=label(reporter), kind="publisher")["kind"] = "publisher"
        b.edge(reporter, article, f"{article}|published", "publishes", date)
        # An outlet speaking in its own voice is no unnamed source (it is a publisher already).
        unnamed = claimant != reporter and labels.get(claimant, none).actor_type == "unnamed"
        b.node(claimant, date, label=label(claimant), kind="unnamed" if unnamed else "actor")
        b.node(claim, date, label=f"{label(claimant)} {stance}: {quote[:80]}", kind="claim", stance=stance,
               certainty=certainty, quote=quote, article=url)
        b.edge(article, claim, f"{claim}|reportedIn", "reports", date)
        b.edge(claimant, claim, f"{claim}|claimant", stance, date, certainty=certainty)
        b.node(prop, date, kind="proposition", item=item, label=f"{label(supplier)} → {label(recipient)}: {item}")
        b.edge(claim, prop, f"{claim}|{prop}", "about", date)
        for role, actor in (("supplier", supplier), ("recipient", recipient)):
            b.node(actor, date, label=label(actor), kind="actor")
            b.edge(prop, actor, f"{prop}>{role}", role, date)
        if site:
            b.node(site, date, label=labels.get(site, none).name or site, kind="site")
            b.edge(claim, site, f"{claim}|site", "site", date)
    evidence = _columns(run(store, get_query(queries, "evidence")), "claim", "evidence", "type", "cue",
                        "observedOn", "count", "baseline")
    for claim, item, kind, cue, observed_on, count, baseline in sorted(evidence, key=lambda r: (r[0], r[1])):
        if claim not in b.nodes:
            continue
        date = b.nodes[claim].get("start")
        attrs = {k: v for k, v in (("cue", cue), ("count", count), ("baseline", baseline)) if v is not None}
        if observed_on is not None:
            attrs["observed_on"] = str(observed_on)
        b.node(item, date, label=f"{kind}: {cue or ''}".rstrip(": "), kind="evidence", evidence_type=kind, **attrs)
        b.edge(claim, item, f"{item}|evidence", "evidence", date)
    return b


_VIEW_BUILDERS = {"claims": _claims_view, "sources": _sources_view, "full": _full_view}


def project(store: Store, queries: dict[str, NamedQuery], view: str = "claims") -> nx.MultiDiGraph:
    """A networkx graph of one view of the store (see the module docstring for the views).

    Node attributes: ``label``, ``kind`` (actor, unnamed, publisher, proposition, article, claim,
    site, evidence), ``start`` (first date seen) and per-view counts. Edge attributes: ``kind``,
    ``label``, ``weight`` (articles, in the ``sources`` view; else 1), ``start``.

    Args:
        store: the store.
        queries: the named queries (:func:`kg.queries.load_queries`).
        view: ``claims``, ``sources`` or ``full``.

    Raises:
        ExportError: an unknown view.
    """
    if view not in _VIEW_BUILDERS:
        raise ExportError(f"unknown view {view!r}; choose from {', '.join(VIEWS)}")
    return _VIEW_BUILDERS[view](store, queries).graph()


def export(store: Store, queries: dict[str, NamedQuery], fmt: str, out: str | Path, view: str = "claims") -> None:
    """Write the store (RDF and STIX formats) or a view of it (graph formats) to ``out``.

    ``csv`` writes two files beside ``out``: ``STEM-nodes.csv`` and ``STEM-edges.csv``.

    Raises:
        ExportError: unknown format or view, or the file cannot be written.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    if view not in VIEWS:
        raise ExportError(f"unknown view {view!r}; choose from {', '.join(VIEWS)}")
    try:
        if fmt in RDF_DUMP_FORMATS:
            with open(out, "wb") as fh:
                store.dump(fh, fmt)
            return
        if fmt == "stix":
            from kg import stix

            stix.write_bundle(stix.bundle(store, queries), out)
            return
        if fmt == "gexf":  # straight from the view's records: no networkx graph in between
            b = _VIEW_BUILDERS[view](store, queries)
            gexf.write_gexf_records(b.nodes.items(), ((u, v, key, data) for (u, v, key), data in b.edges.items()),
                                    out, title=f"osint-kg {view} view")
            return
        graph = project(store, queries, view)
        if fmt == "graphml":
            gexf.write_graphml(graph, out)
        else:
            base = Path(out)
            gexf.write_csv(graph, base.with_name(base.stem + "-nodes.csv"), base.with_name(base.stem + "-edges.csv"))
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from exc
