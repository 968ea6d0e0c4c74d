"""Stage 8: export - the graph where analysts already work.

Reads: a store and the named query ``claims``.
Writes: a networkx projection (:func:`project`) and files: GEXF 1.3 for Gephi, GraphML, CSV for
Neo4j (through :mod:`kg.gexf`), and RDF dumps (Turtle, N-Quads, TriG, N-Triples, JSON-LD).

The ``claims`` view links claimants to the propositions they assert or deny, propositions to their
supplier and recipient, and outlets to the claimants they echo; every claim edge carries the
article's date, so Gephi's Timeline replays the story.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from kg import gexf
from kg.errors import ExportError
from kg.queries import NamedQuery, get_query, run
from kg.store import Store

__all__ = ["GRAPH_FORMATS", "RDF_DUMP_FORMATS", "VIEWS", "project", "export"]

GRAPH_FORMATS = ("gexf", "graphml", "csv")
RDF_DUMP_FORMATS = ("turtle", "nquads", "trig", "ntriples", "jsonld")
VIEWS = ("claims",)


def _date(value: Any) -> str | None:
    return str(value)[:10] if value else None


def project(store: Store, queries: dict[str, NamedQuery], view: str = "claims") -> nx.MultiDiGraph:
    """A networkx graph of a view of the store.

    Args:
        store: the store.
        queries: the named queries (:func:`kg.queries.load_queries`).
        view: ``claims`` (claimants -> propositions -> supplier/recipient, outlets -> claimants).
    """
    if view not in VIEWS:
        raise ExportError(f"unknown view {view!r}; choose from {', '.join(VIEWS)}")
    g = nx.MultiDiGraph()
    rows = run(store, get_query(queries, "claims")).dicts()

    def actor(iri: str, label: str, kind: str = "actor") -> str:
        if iri not in g:
            g.add_node(iri, label=label, kind=kind, claims=0)
        return iri

    for row in rows:
        date = _date(row["published"])
        claimant = actor(row["claimant"], row["claimantLabel"])
        g.nodes[claimant]["claims"] += 1
        supplier = actor(row["supplier"], row["supplierLabel"])
        recipient = actor(row["recipient"], row["recipientLabel"])
        for item in str(row["items"] or "").split("|"):
            if not item:
                continue
            pid = f"{row['supplier']}|{row['recipient']}|{item}"
            if pid not in g:
                g.add_node(pid, label=f"{row['supplierLabel']} → {row['recipientLabel']}: {item}",
                           kind="proposition", item=item)
                g.add_edge(pid, supplier, key=f"{pid}>supplier", kind="supplier", label="supplier")
                g.add_edge(pid, recipient, key=f"{pid}>recipient", kind="recipient", label="recipient")
            edge = {"kind": row["stance"], "label": row["stance"], "certainty": row["certainty"],
                    "article": row["url"], "quote": row["quote"], "weight": 1.0}
            if date:
                edge["start"] = date
            g.add_edge(claimant, pid, key=f"{row['claim']}|{item}", **edge)
        if row["reporter"] != row["claimant"]:
            reporter = actor(row["reporter"], row["publisher"], "publisher")
            g.nodes[reporter]["kind"] = "publisher"
            edge = {"kind": "reports", "label": "reports", "article": row["url"], "weight": 1.0}
            if date:
                edge["start"] = date
            g.add_edge(reporter, claimant, key=f"{row['claim']}|reports", **edge)
    return g


def export(store: Store, queries: dict[str, NamedQuery], fmt: str, out: str | Path, view: str = "claims") -> None:
    """Write the store (RDF formats) or a view of it (graph formats) to ``out``.

    Raises:
        ExportError: unknown format or view, or the file cannot be written.
    """
    try:
        if fmt in RDF_DUMP_FORMATS:
            with open(out, "wb") as fh:
                store.dump(fh, fmt)
            return
        if fmt not in GRAPH_FORMATS:
            raise ExportError(f"unknown format {fmt!r}; choose from {', '.join(GRAPH_FORMATS + RDF_DUMP_FORMATS)}")
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
