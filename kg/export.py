"""Stage 8: export - the graph where analysts already work.

Reads: a store and the named queries ``claims``, ``reporting``, ``outlet_links``, ``claim_graph``
and ``evidence``.
Writes: a networkx projection (:func:`project`) and files: GEXF 1.3 for Gephi, GraphML, CSV for
Neo4j (through :mod:`kg.gexf`), a STIX 2.1 bundle (through :mod:`kg.stix`), and RDF dumps
(Turtle, N-Quads, TriG, N-Triples, JSON-LD) straight from the store.

Three views (``VIEWS``):

- ``claims``: actors linked by claims. Claimants -> the propositions they assert or deny ->
  supplier and recipient; outlets -> the claimants whose claims they carry.
- ``sources``: who reports whom. Outlets -> the claimants they echo, weighted by articles, and
  outlets -> the outlets whose stored articles they copy or cite.
- ``full``: articles, claims, actors, propositions, sites and evidence, all linked.

Every node and edge gets a ``start`` date (the first article it appears in) so Gephi's Timeline
replays the story cumulatively: an element appears on the day it is first reported and stays.
Edges also carry ``first``/``last`` dates (and nodes ``first_seen``) as plain attributes; no
``end`` is written, because an allegation does not stop existing when outlets stop repeating it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from kg import gexf
from kg.errors import ExportError
from kg.queries import NamedQuery, get_query, run
from kg.store import Store

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
    """Adds nodes and edges to a MultiDiGraph, keeping each node's earliest date as ``start``."""

    def __init__(self) -> None:
        self.g = nx.MultiDiGraph()

    def node(self, node_id: str, date: str | None = None, **attrs: Any) -> str:
        if node_id not in self.g:
            self.g.add_node(node_id, **attrs)
        data = self.g.nodes[node_id]
        if date and (data.get("start") is None or date < data["start"]):
            data["start"] = data["first_seen"] = date
        return node_id

    def edge(self, u: str, v: str, key: str, kind: str, date: str | None = None, **attrs: Any) -> None:
        if self.g.has_edge(u, v, key):
            return
        attrs = {"kind": kind, "label": attrs.pop("label", kind), "weight": 1.0, **attrs}
        if date:
            attrs["start"] = date
        self.g.add_edge(u, v, key=key, **attrs)
        for end in (u, v):
            self.node(end, date)


def _claims_view(store: Store, queries: dict[str, NamedQuery]) -> nx.MultiDiGraph:
    b = _Builder()

    def actor(iri: str, label: str, date: str | None, kind: str = "actor") -> str:
        b.node(iri, date, label=label, kind=kind, claims=0)
        return iri

    for row in run(store, get_query(queries, "claims")).dicts():
        date = _date(row["published"])
        claimant = actor(row["claimant"], row["claimantLabel"], date)
        b.g.nodes[claimant]["claims"] += 1
        supplier = actor(row["supplier"], row["supplierLabel"], date)
        recipient = actor(row["recipient"], row["recipientLabel"], date)
        for item in _split(row["items"]):
            pid = f"{row['supplier']}|{row['recipient']}|{item}"
            b.node(pid, date, label=f"{row['supplierLabel']} → {row['recipientLabel']}: {item}",
                   kind="proposition", item=item)
            b.edge(pid, supplier, f"{pid}>supplier", "supplier", date)
            b.edge(pid, recipient, f"{pid}>recipient", "recipient", date)
            b.edge(claimant, pid, f"{row['claim']}|{item}", row["stance"], date,
                   certainty=row["certainty"], article=row["url"], quote=row["quote"])
        if row["reporter"] != row["claimant"]:
            reporter = actor(row["reporter"], row["publisher"], date, "publisher")
            b.g.nodes[reporter]["kind"] = "publisher"
            b.edge(reporter, claimant, f"{row['claim']}|reports", "reports", date, article=row["url"])
    return b.g


def _sources_view(store: Store, queries: dict[str, NamedQuery]) -> nx.MultiDiGraph:
    b = _Builder()
    for row in run(store, get_query(queries, "reporting")).dicts():
        first, last = _date(row["first"]), _date(row["last"])
        b.node(row["reporter"], first, label=row["reporterLabel"], kind="publisher")
        kind = "unnamed" if row["claimantKind"] == "unnamed" else "actor"
        b.node(row["claimant"], first, label=row["claimantLabel"], kind=kind)
        if kind == "actor" and row["claimantKind"] == "outlet":
            b.g.nodes[row["claimant"]]["kind"] = "publisher"
        b.edge(row["reporter"], row["claimant"], f"{row['reporter']}>echoes>{row['claimant']}", "echoes",
               first, weight=float(row["articles"] or 0), articles=int(row["articles"] or 0),
               claims=int(row["claims"] or 0), first=first, last=last)
    for row in run(store, get_query(queries, "outlet_links")).dicts():
        first, last = _date(row["first"]), _date(row["last"])
        b.node(row["outlet"], first, label=row["outletLabel"], kind="publisher")
        b.node(row["source"], first, label=row["sourceLabel"], kind="publisher")
        b.g.nodes[row["source"]]["kind"] = "publisher"
        b.edge(row["outlet"], row["source"], f"{row['outlet']}>{row['link']}>{row['source']}", row["link"],
               first, weight=float(row["articles"] or 0), articles=int(row["articles"] or 0),
               first=first, last=last)
    for _, data in b.g.nodes(data=True):  # articles per node: how much of the story it carries
        data.setdefault("articles", 0)
    for u, _, data in b.g.edges(data=True):
        if data["kind"] == "echoes":
            b.g.nodes[u]["articles"] = max(b.g.nodes[u]["articles"], data["articles"])
    return b.g


def _full_view(store: Store, queries: dict[str, NamedQuery]) -> nx.MultiDiGraph:
    b = _Builder()
    for row in run(store, get_query(queries, "claim_graph")).dicts():
        date, claim = _date(row["published"]), row["claim"]
        article = b.node(row["article"], date, label=row["headline"] or row["url"], kind="article",
                         url=row["url"], published=date)
        outlet = b.node(row["reporter"], date, label=row["reporterLabel"], kind="publisher")
        b.g.nodes[outlet]["kind"] = "publisher"
        b.edge(outlet, article, f"{article}|published", "publishes", date)
        claimant = b.node(row["claimant"], date, label=row["claimantLabel"],
                          kind="unnamed" if row["claimantKind"] == "unnamed" else "actor")
        b.node(claim, date, label=f"{row['claimantLabel']} {row['stance']}: {row['quote'][:80]}",
               kind="claim", stance=row["stance"], certainty=row["certainty"], quote=row["quote"],
               article=row["url"])
        b.edge(article, claim, f"{claim}|reportedIn", "reports", date)
        b.edge(claimant, claim, f"{claim}|claimant", row["stance"], date, certainty=row["certainty"])
        prop = b.node(row["proposition"], date, kind="proposition", item=row["itemLabel"],
                      label=f"{row['supplierLabel']} → {row['recipientLabel']}: {row['itemLabel']}")
        b.edge(claim, prop, f"{claim}|{prop}", "about", date)
        for role in ("supplier", "recipient"):
            actor = b.node(row[role], date, label=row[f"{role}Label"], kind="actor")
            b.edge(prop, actor, f"{prop}>{role}", role, date)
        if row["site"]:
            site = b.node(row["site"], date, label=row["siteLabel"] or row["site"], kind="site")
            b.edge(claim, site, f"{claim}|site", "site", date)
    for row in run(store, get_query(queries, "evidence")).dicts():
        if row["claim"] not in b.g:
            continue
        date = b.g.nodes[row["claim"]].get("start")
        attrs = {k: row[k] for k in ("cue", "count", "baseline") if row[k] is not None}
        if row["observedOn"] is not None:
            attrs["observed_on"] = str(row["observedOn"])
        b.node(row["evidence"], date, label=f"{row['type']}: {row['cue'] or ''}".rstrip(": "),
               kind="evidence", evidence_type=row["type"], **attrs)
        b.edge(row["claim"], row["evidence"], f"{row['evidence']}|evidence", "evidence", date)
    return b.g


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
    return _VIEW_BUILDERS[view](store, queries)


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
        graph = project(store, queries, view)
        if fmt == "gexf":
            gexf.write_gexf(graph, out, title=f"osint-kg {view} view")
        elif fmt == "graphml":
            gexf.write_graphml(graph, out)
        else:
            base = Path(out)
            gexf.write_csv(graph, base.with_name(base.stem + "-nodes.csv"), base.with_name(base.stem + "-edges.csv"))
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from exc
