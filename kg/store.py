"""Stage 5: where the graphs live.

Reads: :class:`kg.build.BuiltArticle` graphs to store; SPARQL text plus bound values to run.
Writes: named graphs in an RDF store, one per article, replaced in one transaction.

One interface, :class:`Store`, over several backends:

- :class:`OxigraphStore` on disk (the default, ``./kg-store``) or in memory (``:memory:``);
- :class:`SparqlStore` over any SPARQL 1.1 Query/Update server (``http://host/...``).

User values never enter SPARQL text: they are passed as ``bindings`` and substituted by the
engine (pyoxigraph ``substitutions``) or, for remote servers, as a ``VALUES`` block built from
properly serialised RDF terms. The one place data is serialised into an update is
:meth:`Store.replace_graph`, and it serialises terms with the RDF library's own N-Triples writer.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import QueryError, StoreError

__all__ = ["Result", "Store", "OxigraphStore", "SparqlStore", "open_store", "to_ox", "DEFAULT_STORE"]

DEFAULT_STORE = "./kg-store"


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
    """An rdflib term (or a plain Python value) as a pyoxigraph term."""
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
    if isinstance(term, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return term
    if isinstance(term, bool):
        return ox.Literal("true" if term else "false", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))
    if isinstance(term, int):
        return ox.Literal(str(term), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    return ox.Literal(str(term))


_NUMERIC = {
    "http://www.w3.org/2001/XMLSchema#integer": int,
    "http://www.w3.org/2001/XMLSchema#nonNegativeInteger": int,
    "http://www.w3.org/2001/XMLSchema#long": int,
    "http://www.w3.org/2001/XMLSchema#int": int,
    "http://www.w3.org/2001/XMLSchema#decimal": float,
    "http://www.w3.org/2001/XMLSchema#double": float,
    "http://www.w3.org/2001/XMLSchema#float": float,
}


def from_ox(term: Any) -> Any:
    """A pyoxigraph term as a plain Python value: IRIs and strings as ``str``, numbers as numbers."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        cast = _NUMERIC.get(term.datatype.value)
        if cast is not None:
            try:
                return cast(term.value)
            except ValueError:
                return term.value
        if term.datatype.value == "http://www.w3.org/2001/XMLSchema#boolean":
            return term.value == "true"
        return term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


class Store:
    """What every backend offers. Use :func:`open_store` to get one."""

    location: str = ""

    def replace_graph(self, name: URIRef, graph: Graph) -> None:
        """Replace the named graph with ``graph``'s triples, in one transaction."""
        raise NotImplementedError

    def remove_graph(self, name: URIRef) -> None:
        raise NotImplementedError

    def has_graph(self, name: URIRef) -> bool:
        raise NotImplementedError

    def named_graphs(self) -> list[str]:
        raise NotImplementedError

    def query(self, sparql: str, bindings: dict[str, Any] | None = None) -> Result:
        """Run a SPARQL query over the union of all graphs.

        Args:
            sparql: the query text (from a ``.rq`` file; never built from user values).
            bindings: values for variables, substituted by the engine.
        """
        raise NotImplementedError

    def dump(self, out: Any, fmt: str) -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def _ntriples_update(name: URIRef, graph: Graph) -> str:
    """``DROP SILENT GRAPH`` + ``INSERT DATA``: one atomic update that replaces a graph.

    Terms are serialised by pyoxigraph's own N-Triples writer (``str(term)``), which escapes
    every character that could end a literal or an IRI, so article text cannot inject SPARQL.
    """
    g = str(to_ox(name))
    body = "\n".join(f"{to_ox(s)} {to_ox(p)} {to_ox(o)} ." for s, p, o in graph)
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
        except OSError as exc:
            msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            if "lock" in msg.lower():
                msg = "the store is in use by another kg process"
            raise StoreError(f"cannot open store {self.location}: {msg}") from exc

    def replace_graph(self, name: URIRef, graph: Graph) -> None:
        try:
            self._store.update(_ntriples_update(name, graph))
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"cannot write graph {name}: {exc}") from exc

    def remove_graph(self, name: URIRef) -> None:
        try:
            self._store.update(f"DROP SILENT GRAPH {to_ox(name)}")
        except OSError as exc:
            raise StoreError(f"cannot remove graph {name}: {exc}") from exc

    def has_graph(self, name: URIRef) -> bool:
        return self._store.contains_named_graph(to_ox(name))

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs())

    def query(self, sparql: str, bindings: dict[str, Any] | None = None) -> Result:
        subs = {ox.Variable(k): to_ox(v) for k, v in (bindings or {}).items() if v is not None}
        try:
            answer = self._store.query(sparql, use_default_graph_as_union=True, substitutions=subs or None)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL: {str(exc).splitlines()[0]}") from exc
        except (OSError, RuntimeError) as exc:  # RuntimeError: e.g. a binding for an unprojected variable
            raise QueryError(f"query failed: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from exc
        if isinstance(answer, ox.QueryBoolean):
            return Result(boolean=bool(answer))
        if isinstance(answer, ox.QuerySolutions):
            names = [v.value for v in answer.variables]
            rows = [tuple(from_ox(sol[n]) for n in names) for sol in answer]
            return Result(vars=names, rows=rows)
        return Result(triples=[(from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)) for t in answer])

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self._store)

    def dump(self, out: Any, fmt: str) -> None:
        if fmt not in RDF_FORMATS:
            raise StoreError(f"unknown RDF format {fmt!r}; choose from {', '.join(RDF_FORMATS)}")
        rdf_format = RDF_FORMATS[fmt]
        if rdf_format.supports_datasets:
            self._store.dump(out, rdf_format)
        else:  # a triples format: the union of all graphs
            quads = (ox.Triple(q.subject, q.predicate, q.object) for q in self._store)
            ox.serialize(quads, out, rdf_format)

    def load_graph(self, name: URIRef, graph: Graph) -> None:
        self.replace_graph(name, graph)

    def close(self) -> None:
        store = self.__dict__.pop("_store", None)
        if store is not None and not self.read_only and self.location != ":memory:":
            try:
                store.flush()
            except OSError as exc:
                raise StoreError(f"cannot flush store {self.location}: {exc}") from exc


class SparqlStore(Store):
    """Any SPARQL 1.1 server: Query and Update endpoints (Fuseki, Virtuoso, GraphDB, oxigraph serve).

    Not yet implemented beyond its interface: see the note on issue 4.
    """

    def __init__(self, query_endpoint: str, update_endpoint: str | None = None):
        raise StoreError(
            f"remote SPARQL stores ({query_endpoint}) are not supported yet; use a local store path"
        )


def open_store(spec: str | os.PathLike[str] | None = None, read_only: bool = False) -> Store:
    """Open a store from a CLI-style spec.

    Args:
        spec: a folder path (embedded Oxigraph on disk), ``:memory:``, or an ``http(s)://`` SPARQL
            endpoint. Default: env ``KG_STORE``, else ``./kg-store``.
        read_only: open an on-disk store for reading only (other readers may share it).

    Raises:
        StoreError: the store cannot be opened.
    """
    spec = str(spec or os.environ.get("KG_STORE") or DEFAULT_STORE)
    if spec == ":memory:":
        return OxigraphStore(None)
    if spec.startswith(("http://", "https://")):
        return SparqlStore(spec)
    if read_only and not Path(spec).exists():
        raise StoreError(f"no store at {spec}: run `kg ingest` first or pass --store")
    return OxigraphStore(spec, read_only=read_only)
