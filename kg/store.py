"""Stage 5: where the graphs live.

Reads: :class:`kg.build.BuiltArticle` graphs to store; SPARQL text plus bound values to run.
Writes: named graphs in an RDF store, one per article, replaced in one transaction.

One interface, :class:`Store`, over several backends (pick one with :func:`open_store`):

- :class:`OxigraphStore` on disk (the default, ``./kg-store``) or in memory (``:memory:``);
- :class:`RdflibStore`: an rdflib ``Dataset`` with ``default_union=True`` (``rdflib:memory:``), for
  notebooks that want rdflib objects;
- :class:`SparqlStore` over any SPARQL 1.1 Query/Update server (``http://host/...``): ``oxigraph
  serve``, Fuseki, Virtuoso, GraphDB, spoken to with plain ``requests``.

User values never enter SPARQL text: they are passed as ``bindings`` and substituted by the
engine (pyoxigraph ``substitutions``, rdflib ``initBindings``) or, for remote servers, as a
``VALUES`` block of terms serialised by pyoxigraph's N-Triples writer. The one place data is
serialised into an update is :meth:`Store.replace_graph`, and it uses the same writer: a graph is
replaced by ONE update request (``DROP SILENT GRAPH <g> ; INSERT DATA {...}``), which every
backend runs as one transaction, so a killed ingest never leaves half an article.

:meth:`Store.bulk_replace_graphs` is the fast path for many graphs at once (``kg ingest`` writes
articles through it). On Oxigraph it uses the bulk loader, which is not transactional; a journal
in the store makes it crash-safe instead: every graph of a bulk write is listed in the journal
graph (in the same transaction that drops their old versions) before the loader starts, and the
journal is cleared when it returns. A store opened for writing with a non-empty journal was
interrupted mid-write: it removes the listed graphs, so each one is either its old version (the
crash came before the journal) or absent (after), never half written, and a re-run of the ingest
writes it again.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator
from urllib.parse import urlsplit, urlunsplit

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import QueryError, StoreError

__all__ = [
    "Result", "Store", "OxigraphStore", "RdflibStore", "SparqlStore", "open_store", "to_ox", "from_ox",
    "DEFAULT_STORE", "RDF_FORMATS", "IMPORT_FORMATS", "import_file", "import_graph_iri", "stats", "StoreStats",
    "dump_hash", "parse_endpoints", "OxTerms", "NQuads", "JOURNAL_GRAPH",
]

DEFAULT_STORE = "./kg-store"
XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass
class Result:
    """A query answer: ``vars`` and ``rows`` for SELECT, ``boolean`` for ASK, ``triples`` for CONSTRUCT."""

    vars: list[str] = field(default_factory=list)
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[tuple[Any, Any, Any]] | None = None

    def dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.vars, row)) for row in self.rows]


def to_ox(term: Node | Any) -> Any:
    """An rdflib term (or a plain Python value) as a pyoxigraph term.

    Raises:
        QueryError: an IRI that is not a valid absolute IRI (``<`` ``>`` spaces, no scheme).

    >>> str(to_ox(Literal('say "hi" } ;')))
    '"say \\\\"hi\\\\" } ;"'
    """
    try:
        if isinstance(term, URIRef):
            return ox.NamedNode(str(term))
        if isinstance(term, BNode):
            return ox.BlankNode(str(term))
        if isinstance(term, Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype:
                return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
            return ox.Literal(str(term))
    except ValueError as exc:
        raise QueryError(f"not a valid RDF term: {str(term)[:80]!r} ({exc})") from None
    if isinstance(term, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return term
    if isinstance(term, bool):
        return ox.Literal("true" if term else "false", datatype=ox.NamedNode(XSD + "boolean"))
    if isinstance(term, int):
        return ox.Literal(str(term), datatype=ox.NamedNode(XSD + "integer"))
    return ox.Literal(str(term))


_NUMERIC = {
    XSD + "integer": int,
    XSD + "nonNegativeInteger": int,
    XSD + "long": int,
    XSD + "int": int,
    XSD + "decimal": float,
    XSD + "double": float,
    XSD + "float": float,
}


def _plain(value: str, datatype: str | None) -> Any:
    """A literal's lexical value as a Python number, bool or str (shared by every backend)."""
    cast = _NUMERIC.get(datatype or "")
    if cast is not None:
        try:
            return cast(value)
        except ValueError:
            return value
    if datatype == XSD + "boolean":
        return value == "true"
    return value


def from_ox(term: Any) -> Any:
    """A pyoxigraph term as a plain Python value: IRIs and strings as ``str``, numbers as numbers."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        return _plain(term.value, term.datatype.value)
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def _from_rdflib(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, Literal):
        return _plain(str(term), str(term.datatype) if term.datatype else None)
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _check_bindings(sparql: str, bindings: dict[str, Any] | None) -> dict[str, Any]:
    """The bindings with a value, each for a variable the query uses (else :class:`QueryError`)."""
    out = {k: v for k, v in (bindings or {}).items() if v is not None}
    for name in out:
        if not re.fullmatch(r"\w+", name) or not re.search(rf"[?$]{name}\b", sparql):
            raise QueryError(f"query failed: the query has no variable ?{name} to bind")
    return out


class NQuads:
    """One named graph's quads as N-Quads text (:meth:`OxTerms.nquads` writes it): what the writer
    hands the bulk loader, which parses text faster than Python makes ``pyoxigraph.Quad`` objects
    (2000 synthetic articles: 2.3 s against 2.8 s, converted and loaded). Iterating gives the quads.
    """

    __slots__ = ("text", "count")

    def __init__(self, text: str, count: int):
        self.text = text
        self.count = count

    def __iter__(self) -> Iterator[Any]:
        return iter(ox.parse(self.text.encode("utf-8"), format=ox.RdfFormat.N_QUADS))

    def __len__(self) -> int:
        return self.count


#: What a graph to store may be: an rdflib graph, pyoxigraph triples (or quads, graph ignored), or
#: the graph's own :class:`NQuads`.
Triples = Graph | Iterable[Any]


def _ox_triples(graph: Triples) -> Iterator[tuple[Any, Any, Any]]:
    if isinstance(graph, Graph):
        for s, p, o in graph.triples((None, None, None)):
            yield to_ox(s), to_ox(p), to_ox(o)
    else:
        for t in graph:
            yield t.subject, t.predicate, t.object


class OxTerms:
    """rdflib terms converted to pyoxigraph terms once: a writer converts the same predicates,
    classes, actors and concepts thousands of times, and :func:`to_ox` costs ~1 us a term.

    >>> terms = OxTerms()
    >>> terms.quads(URIRef("urn:g"), [(URIRef("urn:s"), URIRef("urn:p"), Literal("o"))])[0].object.value
    'o'
    """

    def __init__(self, limit: int = 200_000):
        self._cache: dict[Any, Any] = {}
        self._text: dict[Any, str] = {}  # the same terms in N-Triples syntax
        self._limit = limit  # article bodies and quotes are unique: do not keep them forever

    def _remember(self, cache: dict[Any, Any], term: Any, make: Any) -> Any:
        try:
            return cache[term]
        except KeyError:
            if len(cache) >= self._limit:
                cache.clear()
            out = cache[term] = make(term)
            return out

    def text(self, term: Any) -> str:
        """``term`` in N-Triples syntax (pyoxigraph's writer: escapes and all)."""
        return self._remember(self._text, term, lambda t: str(to_ox(t)))

    def nquads(self, name: URIRef, triples: Iterable[tuple[Any, Any, Any]]) -> NQuads:
        """rdflib ``(subject, predicate, object)`` triples as the N-Quads of the graph ``name``."""
        g = self.text(name)
        get, text = self._text.get, self.text
        lines = [f"{get(s) or text(s)} {get(p) or text(p)} {get(o) or text(o)} {g} .\n" for s, p, o in triples]
        return NQuads("".join(lines), len(lines))

    def __call__(self, term: Any) -> Any:
        try:
            return self._remember(self._cache, term, to_ox)
        except TypeError:  # unhashable: already a pyoxigraph value or a plain one
            return to_ox(term)

    def quads(self, name: URIRef, graph: "Triples") -> list[ox.Quad]:
        """``graph``'s triples as quads of the named graph ``name``.

        A list of pyoxigraph quads already in that graph is returned as it is (checked on the first).
        """
        g = self(name)
        if isinstance(graph, Graph):
            # Graph.triples(), not iter(Graph): 1 us a triple instead of 6 (rdflib 7 Memory store).
            return [ox.Quad(self(s), self(p), self(o), g) for s, p, o in graph.triples((None, None, None))]
        if isinstance(graph, list) and graph and isinstance(graph[0], ox.Quad) and graph[0].graph_name == g:
            return graph
        if isinstance(graph, NQuads):
            return [ox.Quad(q.subject, q.predicate, q.object, g) for q in graph]
        out = []
        append, get, quad = out.append, self._cache.get, ox.Quad
        for t in graph:
            if type(t) is tuple:  # (subject, predicate, object) of rdflib terms: kg.build.Triples
                s, p, o = t
                try:  # the cache read inline: a method call per term was 70% of the cost
                    append(quad(get(s) or self(s), get(p) or self(p), get(o) or self(o), g))
                except TypeError:  # unhashable: already pyoxigraph values
                    append(quad(self(s), self(p), self(o), g))
            else:  # pyoxigraph triples or quads
                append(quad(t.subject, t.predicate, t.object, g))
        return out


#: Where :meth:`OxigraphStore.bulk_replace_graphs` lists the graphs a bulk write is adding.
JOURNAL_GRAPH = URIRef("https://w3id.org/osint-kg/id/graph/journal")
_PENDING = "https://w3id.org/osint-kg/ontology#pendingGraph"


class Store:
    """What every backend offers. Use :func:`open_store` to get one."""

    location: str = ""

    def replace_graph(self, name: URIRef, graph: Triples) -> None:
        """Replace the named graph with ``graph``'s triples, in one transaction."""
        raise NotImplementedError

    def replace_graphs(self, graphs: dict[URIRef, Triples]) -> None:
        """Replace several named graphs in ONE transaction (an article and the shared entity
        graphs it brings). Default: one update request (``DROP ; INSERT`` per graph)."""
        for name, graph in graphs.items():
            self.replace_graph(name, graph)

    def bulk_replace_graphs(self, graphs: dict[URIRef, Triples]) -> None:
        """Replace many named graphs as fast as the backend allows, NOT as one transaction.

        After an interrupted call each graph is either its old version or absent, never half
        written (see the module docstring); write with :meth:`replace_graphs` what must never go
        missing. Default: :meth:`replace_graphs`, which is one transaction anyway.
        """
        self.replace_graphs(graphs)

    def remove_graph(self, name: URIRef) -> None:
        raise NotImplementedError

    def has_graph(self, name: URIRef) -> bool:
        return bool(self.query("ASK { GRAPH ?g { ?s ?p ?o } }", {"g": name}).boolean)

    def existing_graphs(self, names: Iterable[URIRef]) -> set[URIRef]:
        """Which of ``names`` the store holds (one query, not one per graph)."""
        names = list(names)
        if not names:
            return set()
        rows = " ".join(str(to_ox(n)) for n in names)  # IRIs written by the N-Triples writer
        found = self.query(f"SELECT DISTINCT ?g WHERE {{ VALUES ?g {{ {rows} }} GRAPH ?g {{ ?s ?p ?o }} }}").rows
        return {URIRef(r[0]) for r in found}

    def named_graphs(self) -> list[str]:
        return sorted(r[0] for r in self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows)

    def quads(self, graph: URIRef | None = None) -> Iterator[ox.Quad]:
        """The quads of every named graph (or of one), as pyoxigraph quads."""
        raise NotImplementedError

    def graph(self, name: URIRef) -> Graph:
        """One named graph as an rdflib ``Graph`` (for SHACL validation, exports)."""
        g = Graph()
        for q in self.quads(name):
            g.add((_from_ox_term(q.subject), _from_ox_term(q.predicate), _from_ox_term(q.object)))
        return g

    def quad_count(self) -> int:
        """How many quads the named graphs hold."""
        return int(self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows[0][0])

    def query(self, sparql: str, bindings: dict[str, Any] | None = None) -> Result:
        """Run a SPARQL query over the union of all graphs.

        Args:
            sparql: the query text (from a ``.rq`` file; never built from user values).
            bindings: values for variables, substituted by the engine.

        Raises:
            QueryError: the query is malformed, binds a variable it does not use, or failed.
        """
        raise NotImplementedError

    def dump(self, out: Any, fmt: str) -> None:
        """Write every named graph to the binary file ``out`` (triples formats: their union)."""
        _dump_quads(self.quads(), out, fmt)

    def close(self) -> None:
        pass

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def _ntriples_update(name: URIRef, graph: Triples) -> str:
    """``DROP SILENT GRAPH`` + ``INSERT DATA``: one atomic update that replaces a graph.

    Terms are serialised by pyoxigraph's own N-Triples writer (``str(term)``), which escapes
    every character that could end a literal or an IRI, so article text cannot inject SPARQL.
    """
    g = str(to_ox(name))
    body = "\n".join(f"{s} {p} {o} ." for s, p, o in _ox_triples(graph))
    if not body:
        return f"DROP SILENT GRAPH {g}"
    return f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body}\n}} }}"


RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nquads": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
}


def _dump_quads(quads: Iterable[ox.Quad], out: Any, fmt: str) -> None:
    if fmt not in RDF_FORMATS:
        raise StoreError(f"unknown RDF format {fmt!r}; choose from {', '.join(RDF_FORMATS)}")
    rdf_format = RDF_FORMATS[fmt]
    if rdf_format.supports_datasets:
        ox.serialize(quads, out, rdf_format)
    else:  # a triples format: the union of all graphs
        ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads), out, rdf_format)


class OxigraphStore(Store):
    """Oxigraph on disk (a folder) or in memory (``path=None``)."""

    def __init__(self, path: str | os.PathLike[str] | None = None, read_only: bool = False):
        self.location = str(path) if path else ":memory:"
        self.read_only = read_only
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(path))
            else:
                Path(path).mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except (OSError, RuntimeError) as exc:  # (pyoxigraph raises RuntimeError for a corrupt folder)
            msg = _first_line(exc)
            if "lock" in msg.lower():
                msg = "the store is in use by another kg process"
            raise StoreError(f"cannot open store {self.location}: {msg}") from exc
        #: Graphs removed on opening because a bulk write was interrupted while adding them.
        self.recovered: list[str] = [] if read_only else self._recover()

    def _recover(self) -> list[str]:
        """Remove the graphs an interrupted bulk write left in the journal (see the module docstring)."""
        journal = ox.NamedNode(str(JOURNAL_GRAPH))
        try:
            if not self._store.contains_named_graph(journal):
                return []
            pending = [q.object for q in self._store.quads_for_pattern(journal, ox.NamedNode(_PENDING), None, journal)]
            for name in pending:  # each removal is a transaction; a crash here is redone next time
                self._store.remove_graph(name)
            self._store.remove_graph(journal)
        except OSError as exc:
            raise StoreError(f"cannot recover store {self.location}: {_first_line(exc)}") from exc
        return sorted(n.value for n in pending)

    #: Fewer quads than this are added in one transaction (``Store.extend``); more go through the
    #: bulk loader, which writes sorted files instead of transactional index updates. Measured on
    #: synthetic articles (~110 quads each) on disk, against one bulk load of all: 16 articles a
    #: call ran at 0.27x either way; 64 (~7k quads) at 0.33x as one transaction, 0.9x bulk-loaded.
    BULK_MIN_QUADS = 5_000

    def bulk_replace_graphs(self, graphs: dict[URIRef, Triples]) -> None:
        terms = OxTerms()
        names, quads, texts = [], [], []
        try:
            for name, graph in graphs.items():
                names.append(terms(name))
                if isinstance(graph, NQuads):
                    texts.append(graph)
                else:
                    quads.extend(terms.quads(name, graph))
            count = len(quads) + sum(t.count for t in texts)
            if count < self.BULK_MIN_QUADS:  # small: one transaction of quads
                quads.extend(q for t in texts for q in t)
                texts = []
        except (QueryError, SyntaxError) as exc:
            raise StoreError(f"cannot write graphs: {_first_line(exc)}") from exc
        try:
            existing = [g for g in names if self._store.contains_named_graph(g)]
            if not existing and count < self.BULK_MIN_QUADS:
                self._store.extend(quads)  # one transaction: all or nothing
                return
            # One transaction drops the old versions and lists every graph of this write in the
            # journal; the loader is not transactional, so until the journal is cleared a crash
            # means: remove these graphs when the store is next opened (OxigraphStore._recover).
            journal = ox.NamedNode(str(JOURNAL_GRAPH))
            listed = "\n".join(f"{journal} <{_PENDING}> {g} ." for g in names)
            drops = "".join(f"DROP SILENT GRAPH {g} ;\n" for g in existing)
            self._store.update(f"{drops}INSERT DATA {{ GRAPH {journal} {{\n{listed}\n}} }}")
            if count < self.BULK_MIN_QUADS:
                self._store.extend(quads)
            else:
                if quads:
                    self._store.bulk_extend(quads)
                if texts:
                    self._store.bulk_load("".join(t.text for t in texts).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
            self._store.remove_graph(journal)
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"cannot write {len(names)} graphs: {_first_line(exc)}") from exc

    def existing_graphs(self, names: Iterable[URIRef]) -> set[URIRef]:
        return {URIRef(n) for n in names if self._store.contains_named_graph(to_ox(n))}

    def replace_graph(self, name: URIRef, graph: Triples) -> None:
        try:
            update = _ntriples_update(name, graph)
            self._store.update(update)
        except (OSError, SyntaxError, QueryError) as exc:
            raise StoreError(f"cannot write graph {name}: {_first_line(exc)}") from exc

    def replace_graphs(self, graphs: dict[URIRef, Triples]) -> None:
        try:
            update = " ;\n".join(_ntriples_update(name, graph) for name, graph in graphs.items())
            if update:
                self._store.update(update)
        except (OSError, SyntaxError, QueryError) as exc:
            raise StoreError(f"cannot write graphs {', '.join(map(str, graphs))}: {_first_line(exc)}") from exc

    def remove_graph(self, name: URIRef) -> None:
        try:
            self._store.update(f"DROP SILENT GRAPH {to_ox(name)}")
        except OSError as exc:
            raise StoreError(f"cannot remove graph {name}: {exc}") from exc

    def has_graph(self, name: URIRef) -> bool:
        return self._store.contains_named_graph(to_ox(name))

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs())

    def quad_count(self) -> int:
        return len(self._store)

    def query(self, sparql: str, bindings: dict[str, Any] | None = None) -> Result:
        subs = {ox.Variable(k): to_ox(v) for k, v in _check_bindings(sparql, bindings).items()}
        try:
            answer = self._store.query(sparql, use_default_graph_as_union=True, substitutions=subs or None)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL: {_first_line(exc)}") from exc
        except (OSError, RuntimeError) as exc:  # RuntimeError: e.g. a binding for an unprojected variable
            raise QueryError(f"query failed: {_first_line(exc)}") from exc
        if isinstance(answer, ox.QueryBoolean):
            return Result(boolean=bool(answer))
        if isinstance(answer, ox.QuerySolutions):
            names = [v.value for v in answer.variables]
            rows = [tuple(from_ox(sol[n]) for n in names) for sol in answer]
            return Result(vars=names, rows=rows)
        return Result(triples=[(from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)) for t in answer])

    def quads(self, graph: URIRef | None = None) -> Iterator[ox.Quad]:
        if graph is None:
            return (q for q in self._store if not isinstance(q.graph_name, ox.DefaultGraph))
        return iter(self._store.quads_for_pattern(None, None, None, to_ox(graph)))

    def dump(self, out: Any, fmt: str) -> None:
        if fmt in RDF_FORMATS and RDF_FORMATS[fmt].supports_datasets:
            self._store.dump(out, RDF_FORMATS[fmt])
        else:
            _dump_quads(self.quads(), out, fmt)

    def load_graph(self, name: URIRef, graph: Graph) -> None:
        self.replace_graph(name, graph)

    def close(self) -> None:
        store = self.__dict__.pop("_store", None)
        if store is not None and not self.read_only and self.location != ":memory:":
            try:
                store.flush()
            except OSError as exc:
                raise StoreError(f"cannot flush store {self.location}: {exc}") from exc


def _from_ox_term(term: Any) -> Any:
    """A pyoxigraph term as an rdflib term (literals keep their datatype and language)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == XSD + "string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    return term


class RdflibStore(Store):
    """rdflib's in-memory ``Dataset`` (``default_union=True``, so queries see every graph).

    For notebooks and small experiments: it is 10x slower than Oxigraph and holds everything in
    Python objects (DESIGN.md measures 4.8-7 GB for 4.2M quads). ``dataset`` is the rdflib object.
    """

    def __init__(self, dataset: Dataset | None = None):
        self.location = "rdflib:memory:"
        self.dataset = dataset if dataset is not None else Dataset(default_union=True)

    def replace_graph(self, name: URIRef, graph: Triples) -> None:
        # Build the new graph first, then swap it in: a failure leaves the old graph in place.
        if isinstance(graph, Graph):
            triples = list(graph)
        else:
            triples = [tuple(_from_ox_term(t) for t in (x.subject, x.predicate, x.object)) for x in graph]
        self.dataset.remove_graph(URIRef(name))
        target = self.dataset.graph(URIRef(name))
        target += triples  # type: ignore[operator]
        if not triples:
            self.dataset.remove_graph(URIRef(name))

    def remove_graph(self, name: URIRef) -> None:
        self.dataset.remove_graph(URIRef(name))

    def named_graphs(self) -> list[str]:
        return sorted(str(g.identifier) for g in self.dataset.graphs()
                      if isinstance(g.identifier, URIRef) and str(g.identifier) != "urn:x-rdflib:default"
                      and len(g))

    def has_graph(self, name: URIRef) -> bool:
        return str(name) in self.named_graphs()

    def quad_count(self) -> int:
        return sum(len(g) for g in self.dataset.graphs() if str(g.identifier) != "urn:x-rdflib:default")

    def query(self, sparql: str, bindings: dict[str, Any] | None = None) -> Result:
        init = {k: _from_ox_term(to_ox(v)) for k, v in _check_bindings(sparql, bindings).items()}
        try:
            answer = self.dataset.query(sparql, initBindings=init or None)
            if answer.type == "ASK":
                return Result(boolean=bool(answer.askAnswer))
            if answer.type == "SELECT":
                names = [str(v) for v in answer.vars or []]
                return Result(vars=names, rows=[tuple(_from_rdflib(row[n]) for n in names) for row in answer])
            return Result(triples=[(_from_rdflib(s), _from_rdflib(p), _from_rdflib(o)) for s, p, o in answer])
        except QueryError:
            raise
        except Exception as exc:  # rdflib's parser and evaluator raise assorted errors on bad input
            raise QueryError(f"query failed: {_first_line(exc)}") from exc

    def quads(self, graph: URIRef | None = None) -> Iterator[ox.Quad]:
        graphs = [self.dataset.graph(URIRef(graph))] if graph is not None else list(self.dataset.graphs())
        for g in graphs:
            if str(g.identifier) == "urn:x-rdflib:default":
                continue
            name = to_ox(g.identifier)
            for s, p, o in g:
                yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), name)


def parse_endpoints(spec: str) -> tuple[str, str, str | None, bool]:
    """The Query, Update and Graph Store endpoints a ``--store http://...`` spec stands for.

    Returns ``(query, update, graph_store, union_param)``; ``union_param`` asks the server (an
    ``oxigraph serve``) to run queries over the union of its graphs.

    - ``http://host:7878`` (no path): ``oxigraph serve``: ``/query``, ``/update``, ``/store``;
    - ``.../query`` or ``.../sparql``: that endpoint; updates go to ``.../update`` (``/sparql``:
      the same URL, as Virtuoso and Blazegraph take both);
    - ``.../repositories/NAME`` (GraphDB, RDF4J): queries there, updates to ``.../statements``;
    - any other path is a Fuseki dataset: ``/ds`` -> ``/ds/query``, ``/ds/update``, ``/ds/data``.

    >>> parse_endpoints("http://127.0.0.1:7878")
    ('http://127.0.0.1:7878/query', 'http://127.0.0.1:7878/update', 'http://127.0.0.1:7878/store', True)
    >>> parse_endpoints("http://h:3030/ds")[:3]
    ('http://h:3030/ds/query', 'http://h:3030/ds/update', 'http://h:3030/ds/data')
    >>> parse_endpoints("http://h:8890/sparql")[:3]
    ('http://h:8890/sparql', 'http://h:8890/sparql', None)
    >>> parse_endpoints("http://h:7200/repositories/kg")[:3]
    ('http://h:7200/repositories/kg', 'http://h:7200/repositories/kg/statements', None)

    Raises:
        StoreError: not an http(s) URL with a host.
    """
    parts = urlsplit(spec)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.fragment:
        raise StoreError(f"not a SPARQL endpoint URL: {spec!r} (want http://host:port/...)")
    path = parts.path.rstrip("/")

    def at(p: str) -> str:
        return urlunsplit((parts.scheme, parts.netloc, p, parts.query, ""))

    if not path:
        return at("/query"), at("/update"), at("/store"), True
    if path.endswith("/query"):
        return at(path), at(path[: -len("/query")] + "/update"), None, False
    if path.endswith("/sparql"):
        return at(path), at(path), None, False
    if re.search(r"/repositories/[^/]+$", path):
        return at(path), at(path + "/statements"), None, False
    return at(path + "/query"), at(path + "/update"), at(path + "/data"), False


_RESULTS_JSON = "application/sparql-results+json"
_ACCEPT = f"{_RESULTS_JSON}, application/n-triples;q=0.9, text/turtle;q=0.5"


def _json_to_ox(term: dict[str, Any]) -> Any:
    kind, value = term.get("type"), term.get("value", "")
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    if "xml:lang" in term:
        return ox.Literal(value, language=term["xml:lang"])
    if term.get("datatype"):
        return ox.Literal(value, datatype=ox.NamedNode(term["datatype"]))
    return ox.Literal(value)


def _json_plain(term: dict[str, Any] | None) -> Any:
    if term is None:
        return None
    kind = term.get("type")
    if kind == "uri":
        return term["value"]
    if kind == "bnode":
        return f"_:{term['value']}"
    return _plain(term.get("value", ""), term.get("datatype"))


class SparqlStore(Store):
    """Any SPARQL 1.1 server, spoken to over HTTP with ``requests`` (Query + Update protocols,
    Graph Store Protocol for dumps when the server has one).

    Not rdflib's ``SPARQLStore``: DESIGN.md lists its pitfalls (no rows without
    ``default_union``, ``CREATE GRAPH`` without ``SILENT``). Here a graph is replaced by one
    ``DROP SILENT GRAPH ; INSERT DATA`` request, which a SPARQL 1.1 server runs atomically, and
    bound values travel as a ``VALUES`` block of N-Triples-serialised terms.

    Args:
        query_endpoint: the SPARQL Query URL.
        update_endpoint: the SPARQL Update URL (default: the query URL).
        store_endpoint: a Graph Store Protocol URL, used to dump the dataset (optional).
        union_default_graph: ask for the union of all graphs as the default graph
            (``oxigraph serve``'s ``union-default-graph`` parameter; other servers: configure the
            union on the server, as Fuseki's ``tdb2:unionDefaultGraph``; Virtuoso and GraphDB do it
            by default).
        timeout: seconds to connect and to wait for an answer.
        session: a ``requests.Session`` to use (auth, proxies); default: a new one.
    """

    def __init__(self, query_endpoint: str, update_endpoint: str | None = None, store_endpoint: str | None = None,
                 union_default_graph: bool = False, *, timeout: float | tuple[float, float] = (10.0, 300.0),
                 session: Any = None):
        import requests

        self.query_endpoint = query_endpoint
        self.update_endpoint = update_endpoint or query_endpoint
        self.store_endpoint = store_endpoint
        self.union_default_graph = union_default_graph
        self.timeout = timeout
        self.location = query_endpoint
        self._requests = requests
        self._session = session or requests.Session()

    # -- HTTP
    def _post(self, url: str, what: str, **kwargs: Any) -> Any:
        requests = self._requests
        try:
            response = self._session.post(url, timeout=self.timeout, **kwargs)
        except requests.exceptions.Timeout:
            raise StoreError(f"SPARQL server {url} did not answer {what} within {self.timeout} s") from None
        except requests.exceptions.ConnectionError as exc:
            reason = "connection refused" if "refused" in str(exc).lower() else _first_line(exc)[:200]
            raise StoreError(f"cannot reach SPARQL server {url}: {reason}") from None
        except requests.exceptions.RequestException as exc:
            raise StoreError(f"SPARQL request to {url} failed: {_first_line(exc)[:200]}") from None
        if response.status_code >= 400:
            body = " ".join(response.text.split())[:300] if response.text else response.reason
            message = f"HTTP {response.status_code} from {url}: {body}"
            if response.status_code in (400, 422) and what == "a query":
                raise QueryError(f"query failed: {message}")
            raise StoreError(message)
        return response

    def _update(self, update: str, what: str) -> None:
        self._post(self.update_endpoint, what, data=update.encode("utf-8"),
                   headers={"Content-Type": "application/sparql-update; charset=utf-8"})

    # -- Store
    def replace_graph(self, name: URIRef, graph: Triples) -> None:
        try:
            update = _ntriples_update(name, graph)
        except QueryError as exc:
            raise StoreError(f"cannot write graph {name}: {exc}") from exc
        self._update(update, f"writing graph {name}")

    def replace_graphs(self, graphs: dict[URIRef, Triples]) -> None:
        try:
            update = " ;\n".join(_ntriples_update(name, graph) for name, graph in graphs.items())
        except QueryError as exc:
            raise StoreError(f"cannot write graphs: {exc}") from exc
        if update:
            self._update(update, f"writing {len(graphs)} graphs")

    def remove_graph(self, name: URIRef) -> None:
        self._update(f"DROP SILENT GRAPH {to_ox(name)}", f"removing graph {name}")

    def query(self, sparql: str, bindings: dict[str, Any] | None = None) -> Result:
        bound = _check_bindings(sparql, bindings)
        if bound:
            # A trailing VALUES block (SPARQL 1.1 ValuesClause): the values are terms written by
            # pyoxigraph's N-Triples writer, data in the query's algebra, never SPARQL syntax.
            names = sorted(bound)
            row = " ".join(str(to_ox(bound[n])) for n in names)
            sparql = f"{sparql}\nVALUES ({' '.join('?' + n for n in names)}) {{ ({row}) }}"
        form = {"query": sparql}
        if self.union_default_graph:
            form["union-default-graph"] = ""
        response = self._post(self.query_endpoint, "a query", data=form, headers={"Accept": _ACCEPT})
        ctype = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if ctype in (_RESULTS_JSON, "application/json"):
            try:
                doc = json.loads(response.content)
            except ValueError as exc:
                raise StoreError(f"{self.query_endpoint} sent malformed JSON results: {_first_line(exc)}") from None
            if "boolean" in doc:
                return Result(boolean=bool(doc["boolean"]))
            names = list(doc.get("head", {}).get("vars", []))
            rows = [tuple(_json_plain(b.get(n)) for n in names) for b in doc.get("results", {}).get("bindings", [])]
            return Result(vars=names, rows=rows)
        fmt = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/plain": ox.RdfFormat.N_TRIPLES,
               "text/turtle": ox.RdfFormat.TURTLE}.get(ctype)
        if fmt is None:
            raise StoreError(f"{self.query_endpoint} answered with unexpected content type {ctype or '(none)'!r}")
        try:
            triples = list(ox.parse(response.content, fmt))
        except SyntaxError as exc:
            raise StoreError(f"{self.query_endpoint} sent malformed RDF: {_first_line(exc)}") from None
        return Result(triples=[(from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)) for t in triples])

    def quads(self, graph: URIRef | None = None) -> Iterator[ox.Quad]:
        text = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
        bindings = {"g": graph} if graph is not None else None
        bound = _check_bindings(text, bindings)
        if bound:
            text += f"\nVALUES (?g) {{ ({to_ox(bound['g'])}) }}"
        form = {"query": text}
        response = self._post(self.query_endpoint, "a query", data=form, headers={"Accept": _RESULTS_JSON})
        try:
            doc = json.loads(response.content)
        except ValueError as exc:
            raise StoreError(f"{self.query_endpoint} sent malformed JSON results: {_first_line(exc)}") from None
        for b in doc.get("results", {}).get("bindings", []):
            yield ox.Quad(_json_to_ox(b["s"]), _json_to_ox(b["p"]), _json_to_ox(b["o"]), _json_to_ox(b["g"]))

    def dump(self, out: Any, fmt: str) -> None:
        if self.store_endpoint and fmt == "nquads":
            # Graph Store Protocol: the whole dataset in one streamed GET, as the server writes it.
            try:
                response = self._session.get(self.store_endpoint, headers={"Accept": "application/n-quads"},
                                             timeout=self.timeout)
            except self._requests.exceptions.RequestException as exc:
                raise StoreError(f"cannot reach SPARQL server {self.store_endpoint}: {_first_line(exc)[:200]}") from None
            if response.status_code < 400 and response.headers.get("Content-Type", "").startswith("application/n-quads"):
                out.write(response.content)
                return
        _dump_quads(self.quads(), out, fmt)

    def close(self) -> None:
        self._session.close()



def open_store(spec: str | os.PathLike[str] | None = None, read_only: bool = False, create: bool = True) -> Store:
    """Open a store from a CLI-style spec.

    Args:
        spec: a folder path (embedded Oxigraph on disk), ``:memory:`` (Oxigraph in memory),
            ``rdflib:memory:`` (an rdflib Dataset), or an ``http(s)://`` SPARQL server (see
            :func:`parse_endpoints`). Default: env ``KG_STORE``, else ``./kg-store``.
        read_only: open an on-disk store for reading only (other readers may share it).
        create: make an on-disk store that does not exist yet (else :class:`StoreError`).

    Raises:
        StoreError: the store cannot be opened.

    >>> open_store(":memory:").location
    ':memory:'
    """
    spec = str(spec or os.environ.get("KG_STORE") or DEFAULT_STORE)
    if spec == ":memory:":
        return OxigraphStore(None)
    if spec == "rdflib:memory:":
        return RdflibStore()
    if spec.startswith(("http://", "https://")):
        return SparqlStore(*parse_endpoints(spec))
    if (read_only or not create) and not Path(spec).exists():
        raise StoreError(f"no store at {spec}: run `kg ingest` first or pass --store")
    return OxigraphStore(spec, read_only=read_only)


# kg import, kg stats and dump_hash live in kg/store_tools.py; imported here (after everything they
# use is defined) so that ``from kg.store import stats`` keeps working.
from kg.store_tools import (  # noqa: E402, F401
    IMPORT_FORMATS, MAX_IMPORT_BYTES, StoreStats, dump_hash, import_file, import_graph_iri, stats,
)
