"""The library API for notebooks and scripts: a store in, DataFrames, graphs and files out.

Reads: documents (HTML or text files, folders of them, JSON Lines of pre-fetched documents).
Writes: a store; pandas DataFrames of the named queries; networkx graphs of the export views;
files for Gephi, yEd, Neo4j, STIX platforms and RDF tools; a self-contained interactive HTML view.

Everything here is a thin layer over the stages (:mod:`kg.ingest`, :mod:`kg.queries`,
:mod:`kg.corroborate`, :mod:`kg.export`). Nothing is cached between calls: the spaCy pipeline is
loaded once per :func:`ingest_paths` call, or once by you with :func:`load_pipeline` and passed in.
pandas, matplotlib and pyvis are imported only by the functions that need them
(``pip install 'osint-kg[notebooks]'``), so ``import kg.api`` stays light.

Example:
    >>> import tempfile, pathlib
    >>> from kg import api
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "note.txt").write_text(
    ...     "Seoul Ledger\\n\\nSouth Korea's spy agency said North Korea has shipped "
    ...     "artillery shells to Russia.", encoding="utf-8")
    >>> store = api.open_store()                       # in memory
    >>> report = api.ingest_paths(store, [folder])
    >>> report.articles, report.claims
    (1, 1)
    >>> claims = api.claims_df(store)
    >>> claims.loc[0, ["claimant", "stance", "supplier", "recipient"]].tolist()
    ['South Korea', 'asserts', 'North Korea', 'Russia']
    >>> support = api.corroboration_df(store)
    >>> support[["item", "independent"]].values.tolist()
    [['artillery shells', 1], ['munitions', 1]]
    >>> g = api.graph(store, "claims")
    >>> sorted(d["label"] for _, d in g.nodes(data=True) if d["kind"] == "actor")
    ['North Korea', 'Russia', 'South Korea']
    >>> api.export(store, "gexf", folder / "claims.gexf")
    >>> (folder / "claims.gexf").stat().st_size > 0
    True
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.errors import ExportError
from kg.store import Store

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import pandas as pd
    from spacy.language import Language

    from kg.ingest import IngestReport
    from kg.ontology import Vocabulary

__all__ = [
    "open_store", "load_pipeline", "ingest_paths", "queries", "query_df", "claims_df",
    "corroboration_df", "timeline_df", "graph", "export", "draw", "interactive_html",
    "notebook_frame",
]


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:  # an optional extra
        raise ImportError("kg.api DataFrames need pandas: pip install 'osint-kg[notebooks]'") from exc
    return pandas


def open_store(spec: str | os.PathLike[str] = ":memory:", *, read_only: bool = False) -> Store:
    """Open a store: in memory by default (a throw-away store for a notebook).

    Args:
        spec: ``":memory:"``, a folder (embedded Oxigraph on disk, created if missing), or a
            SPARQL endpoint URL.
        read_only: open an on-disk store for reading only (several readers may share it).

    Returns:
        A :class:`kg.store.Store`; use it in a ``with`` block, or call ``close()``, to flush a
        store on disk.

    Raises:
        StoreError: the store cannot be opened (for example another process holds it).

    Example:
        >>> store = open_store()
        >>> store.location
        ':memory:'
    """
    from kg.store import open_store as _open

    return _open(str(spec), read_only=read_only)


def load_pipeline(model: str | None = None) -> tuple["Language", "Vocabulary"]:
    """Load the spaCy pipeline and the vocabulary, to pass to several :func:`ingest_paths` calls.

    Args:
        model: a spaCy model package or folder; default: env ``KG_MODEL``, else the best
            installed English model.

    Raises:
        ModelError: the model is not installed.
    """
    from kg.extract import load_pipeline as _load
    from kg.ontology import load_vocabulary

    vocab = load_vocabulary()
    return _load(vocab, model or os.environ.get("KG_MODEL")), vocab


def ingest_paths(store: Store, paths: Iterable[str | os.PathLike[str]], *, model: str | None = None,
                 nlp: "Language | None" = None, vocab: "Vocabulary | None" = None,
                 progress: Any = None) -> "IngestReport":
    """Ingest local documents into ``store``: the same job as ``kg ingest``.

    Args:
        store: from :func:`open_store`.
        paths: HTML or text files, folders of them, and ``.jsonl`` files of pre-fetched documents.
        model: the spaCy model, when ``nlp`` is not given.
        nlp: a pipeline from :func:`load_pipeline` (loaded here, once, when missing).
        vocab: the vocabulary that came with ``nlp``.
        progress: called with one line per stored article (``print`` shows progress).

    Returns:
        A :class:`kg.ingest.IngestReport`: ``articles``, ``claims`` and the ``errors`` of sources
        that could not be read (the others are still ingested).
    """
    from kg.ingest import ingest, iter_sources

    if nlp is None or vocab is None:
        nlp, vocab = load_pipeline(model)
    return ingest(store, nlp, vocab, iter_sources([str(p) for p in paths]), progress=progress)


def queries() -> dict[str, str]:
    """The bundled named queries and their one-line summaries.

    Example:
        >>> "corroboration" in queries()
        True
    """
    from kg.queries import load_queries

    return {name: q.summary for name, q in sorted(load_queries().items())}


_IRI = re.compile(r"^(?:https?|urn|file):\S+$")


def _term(value: Any) -> Any:
    """A Python value as an RDF term for a query binding."""
    if value is None or isinstance(value, (URIRef, Literal)):
        return value
    if isinstance(value, dt.datetime):
        return Literal(value.isoformat(), datatype=XSD.dateTime)
    if isinstance(value, dt.date):
        return Literal(value.isoformat(), datatype=XSD.date)
    if isinstance(value, str) and _IRI.match(value):
        return URIRef(value)
    return Literal(value)


def query_df(store: Store, name_or_sparql: str, **bindings: Any) -> "pd.DataFrame":
    """Run a bundled query (by name) or SPARQL text; one DataFrame row per solution.

    Values are bound, never pasted into the query text: a bundled query's parameters (its
    ``VALUES`` row; see ``kg query NAME``) or any variable of your own SPARQL. Strings that look
    like IRIs (``https://...``) become IRIs, dates become ``xsd:date``, other values literals;
    pass rdflib terms for anything else.

    Args:
        store: the store.
        name_or_sparql: a name from :func:`queries`, or a SELECT query.
        **bindings: variable name (without ``?``) -> value.

    Returns:
        A DataFrame with one column per projected variable (IRIs and text as ``str``, numbers
        as numbers). ASK gives one ``boolean`` column; CONSTRUCT gives ``s``, ``p``, ``o``.

    Raises:
        QueryError: malformed SPARQL, or a binding for a parameter the query lacks.

    Example:
        >>> store = open_store()
        >>> query_df(store, "SELECT ?x WHERE { VALUES ?x { 1 2 } }")["x"].tolist()
        [1, 2]
        >>> query_df(store, "SELECT ?x ?y WHERE { BIND(?x * 2 AS ?y) }", x=21)["y"].tolist()
        [42]
        >>> len(query_df(store, "claims"))
        0
    """
    from kg.queries import get_query, load_queries, parse_query_text, run

    pd = _pandas()
    if "{" in name_or_sparql:  # a query has a group pattern; a name never has a brace
        parse_query_text(name_or_sparql)
        query: Any = name_or_sparql
    else:
        query = get_query(load_queries(), name_or_sparql)
    result = run(store, query, {k: _term(v) for k, v in bindings.items()} or None)
    if result.boolean is not None:
        return pd.DataFrame({"boolean": [result.boolean]})
    if result.triples is not None:
        return pd.DataFrame(result.triples, columns=["s", "p", "o"])
    return pd.DataFrame(result.rows, columns=result.vars)


def _with_dates(frame: "pd.DataFrame", source: str, target: str) -> "pd.DataFrame":
    pd = _pandas()
    frame[target] = pd.to_datetime(frame[source].str.slice(0, 10), errors="coerce") if len(frame) else \
        pd.Series(dtype="datetime64[ns]")
    return frame


_CLAIM_COLUMNS = ["claim", "article", "publisher", "claimant", "claimant_kind", "stance", "certainty",
                  "certainty_cue", "verb", "supplier", "recipient", "items", "site", "evidence", "quote",
                  "start", "end", "published"]


def claims_df(store: Store) -> "pd.DataFrame":
    """Every claim, one row each, in publication order (the rows of ``kg claims``).

    Columns: claim, article, publisher (the outlet), claimant, claimant_kind, stance, certainty,
    certainty_cue, verb, supplier, recipient, items (list), site, evidence (list), quote, start,
    end (character offsets of the quote), published (as stored) and ``date`` (a datetime).

    Example:
        >>> list(claims_df(open_store()).columns)[:6]
        ['claim', 'article', 'publisher', 'claimant', 'claimant_kind', 'stance']
    """
    from kg.queries import list_claims, load_queries

    pd = _pandas()
    rows = [c.to_dict() for c in list_claims(store, load_queries())]
    return _with_dates(pd.DataFrame(rows, columns=_CLAIM_COLUMNS), "published", "date")


_SUPPORT_COLUMNS = ["proposition", "supplier", "recipient", "item", "independent", "claimants", "unnamed",
                    "echoes", "deniers", "evidence", "articles", "first", "last", "score", "details"]


def corroboration_df(store: Store, *, supplier: str | None = None, recipient: str | None = None,
                     item: str | None = None, site: str | None = None, since: str | None = None,
                     until: str | None = None, config: str | os.PathLike[str] | None = None
                     ) -> "pd.DataFrame":
    """Propositions with their support, most independently backed first (``kg corroborate``).

    Args:
        store: the store.
        supplier: only this supplier, by any gazetteer name (``DPRK``, ``Pyongyang``).
        recipient: only this recipient.
        item: only this item category (``shells``, ``munitions``: broader includes narrower).
        site: only transfers said to pass this site.
        since: only articles published on or after this day (``YYYY-MM-DD``).
        until: only articles published on or before this day.
        config: a TOML file of score weights and source grades (``kg/defaults.toml`` otherwise).

    Returns:
        One row per proposition: supplier, recipient, item, independent (claimant count),
        claimants, unnamed, echoes, deniers, evidence, articles, first, last, score, and
        ``details`` (one dict per claimant: stance, certainty, grade, reporters, ...).

    Raises:
        QueryError: an unknown item or a malformed date.

    Example:
        >>> corroboration_df(open_store(), item="shells").empty
        True
    """
    from kg.config import load_config
    from kg.corroborate import Filters, corroborate
    from kg.ontology import load_vocabulary
    from kg.queries import load_queries

    pd = _pandas()
    filters = Filters(supplier, recipient, item, site, since, until)
    rows = [s.to_dict() for s in corroborate(store, load_queries(), load_vocabulary(), filters,
                                             load_config(config))]
    return pd.DataFrame(rows, columns=_SUPPORT_COLUMNS)


def timeline_df(store: Store, supplier: str, recipient: str, item: str | None = None) -> "pd.DataFrame":
    """The claims about one proposition in date order (``kg timeline``), with a ``date`` column.

    Example:
        >>> list(timeline_df(open_store(), "DPRK", "Russia", "shells").columns)
        ['day', 'publisher', 'claimant', 'stance', 'certainty', 'quote', 'url', 'date']
    """
    from kg.corroborate import Filters, timeline
    from kg.ontology import load_vocabulary
    from kg.queries import load_queries

    pd = _pandas()
    entries = timeline(store, load_queries(), load_vocabulary(), Filters(supplier, recipient, item))
    frame = pd.DataFrame([e.to_dict() for e in entries],
                         columns=["day", "publisher", "claimant", "stance", "certainty", "quote", "url"])
    return _with_dates(frame.astype({"day": "object"}), "day", "date")


def graph(store: Store, view: str = "claims") -> "nx.MultiDiGraph":
    """A networkx graph of one export view: ``claims``, ``sources`` or ``full``.

    See :func:`kg.export.project` for the node and edge attributes.

    Raises:
        ExportError: an unknown view.

    Example:
        >>> graph(open_store(), "sources").number_of_nodes()
        0
    """
    from kg.export import project
    from kg.queries import load_queries

    return project(store, load_queries(), view)


def export(store: Store, fmt: str, path: str | os.PathLike[str], view: str = "claims") -> None:
    """Write the store, or a view of it, to ``path`` (``kg export``).

    Args:
        store: the store.
        fmt: ``gexf`` (Gephi), ``graphml`` (yEd, Cytoscape), ``csv`` (Neo4j: two files beside
            ``path``), ``stix`` (STIX 2.1 bundle), or an RDF dump: ``turtle``, ``nquads``,
            ``trig``, ``ntriples``, ``jsonld``.
        path: the file to write.
        view: for graph formats: ``claims``, ``sources`` or ``full``.

    Raises:
        ExportError: unknown format or view, or the file cannot be written.

    Example:
        >>> import tempfile, os
        >>> out = os.path.join(tempfile.mkdtemp(), "empty.nq")
        >>> export(open_store(), "nquads", out)
        >>> os.path.getsize(out)
        0
    """
    from kg.export import export as _export
    from kg.queries import load_queries

    _export(store, load_queries(), fmt, path, view)


def _hex(kind: str | None) -> str:
    from kg.gexf import _colour, DEFAULT_PALETTE

    r, g, b = _colour(kind, DEFAULT_PALETTE)
    return f"#{r:02x}{g:02x}{b:02x}"


def draw(g: "nx.Graph", ax: Any = None, *, seed: int = 7, labels: bool = True) -> Any:
    """Draw a view with matplotlib: nodes coloured and sized by kind (as in Gephi), edges by kind.

    Args:
        g: a graph from :func:`graph`.
        ax: a matplotlib Axes (a new figure when missing).
        seed: the layout seed (the same seed gives the same picture).
        labels: write node labels.

    Returns:
        The Axes.
    """
    import matplotlib.pyplot as plt
    import networkx as nx

    from kg.gexf import DEFAULT_SIZES

    if ax is None:
        _, ax = plt.subplots(figsize=(11, 8))
    simple = nx.DiGraph(g)  # parallel edges drawn once
    pos = nx.spring_layout(simple, seed=seed, k=1.2 / max(1, len(simple)) ** 0.5)
    kinds = [d.get("kind") for _, d in simple.nodes(data=True)]
    nx.draw_networkx_nodes(simple, pos, ax=ax, node_color=[_hex(k) for k in kinds],
                           node_size=[DEFAULT_SIZES.get(k, 10.0) * 18 for k in kinds])
    styles = {"denies": ("#d62728", "dashed")}
    for kind in {d.get("kind") for *_, d in simple.edges(data=True)}:
        edges = [(u, v) for u, v, d in simple.edges(data=True) if d.get("kind") == kind]
        colour, style = styles.get(kind, ("#888888", "solid"))
        nx.draw_networkx_edges(simple, pos, edgelist=edges, ax=ax, edge_color=colour, style=style,
                               arrows=True, arrowsize=10, alpha=0.7)
    if labels:
        nx.draw_networkx_labels(simple, pos, ax=ax, font_size=8,
                                labels={n: str(d.get("label", n))[:40] for n, d in simple.nodes(data=True)})
    ax.set_axis_off()
    return ax


#: Tags that would make a browser fetch something: none may be left in the interactive page.
_REMOTE = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.I)


def interactive_html(g: "nx.Graph", path: str | os.PathLike[str] | None = None, *,
                     height: str = "640px") -> str:
    """A self-contained interactive page of a graph (vis-network through pyvis): no network requests.

    pyvis's ``cdn_resources="in_line"`` inlines vis-network but still links Bootstrap from a CDN;
    that link is removed (the page does not need it), and the page is checked for any remaining
    remote ``src``/``href``, so it opens offline and from a file.

    Args:
        g: a graph from :func:`graph`.
        path: where to write the page (optional).
        height: the height of the drawing.

    Returns:
        The HTML page. In a notebook, show it with
        ``IPython.display.HTML(f'<iframe srcdoc="{html.escape(page)}" ...>')``
        (or :func:`notebook_frame`).

    Raises:
        ExportError: the page would still load something from the network.
    """
    from pyvis.network import Network

    from kg.gexf import DEFAULT_SIZES

    net = Network(height=height, width="100%", directed=g.is_directed(), cdn_resources="in_line")
    for node, data in g.nodes(data=True):
        kind = data.get("kind")
        tip = "\n".join(f"{k}: {v}" for k, v in data.items() if k != "label" and v is not None)
        net.add_node(str(node), label=str(data.get("label", node))[:60], title=tip, color=_hex(kind),
                     size=DEFAULT_SIZES.get(kind, 10.0), group=str(kind))
    merged: dict[tuple[str, str, str], float] = {}
    for u, v, data in (g.edges(data=True) if not g.is_multigraph() else
                       ((u, v, d) for u, v, _, d in g.edges(keys=True, data=True))):
        key = (str(u), str(v), str(data.get("kind", "")))
        weight = data.get("weight", 1.0)
        merged[key] = merged.get(key, 0.0) + (weight if isinstance(weight, (int, float)) else 1.0)
    for (u, v, kind), weight in merged.items():
        net.add_edge(u, v, title=f"{kind} ({weight:g})", label=kind, value=weight,
                     color="#d62728" if kind == "denies" else "#999999", dashes=kind == "denies")
    page = net.generate_html(notebook=False)
    page = re.sub(r"<link[^>]*bootstrap[^>]*/?>", "", page, flags=re.S | re.I)
    page = re.sub(r"<script[^>]*bootstrap[^>]*>\s*</script>", "", page, flags=re.S | re.I)
    if (match := _REMOTE.search(page)) is not None:
        raise ExportError(f"the interactive page would load a remote resource: {match.group(0)!r}")
    if path is not None:
        Path(path).write_text(page, encoding="utf-8")
    return page


def notebook_frame(page: str, height: int = 660) -> Any:
    """An IPython display object showing a page from :func:`interactive_html` in an iframe."""
    import warnings

    from IPython.display import HTML

    with warnings.catch_warnings():  # IPython suggests IFrame, which cannot carry a srcdoc page
        warnings.simplefilter("ignore", UserWarning)
        return HTML(f'<iframe srcdoc="{html.escape(page)}" style="width:100%;height:{height}px;border:0"></iframe>')
