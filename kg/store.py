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
"""

from __future__ import annotations

import hashlib
import io
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

from kg.errors import QueryError, SourceError, StoreError

__all__ = [
    "Result", "Store", "OxigraphStore", "RdflibStore", "SparqlStore", "open_store", "to_ox", "from_ox",
    "DEFAULT_STORE", "RDF_FORMATS", "IMPORT_FORMATS", "import_file", "import_graph_iri", "stats", "StoreStats",
    "dump_hash", "parse_endpoints",
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


#: What a graph to store may be: an rdflib graph, or pyoxigraph triples (or quads, graph ignored).
Triples = Graph | Iterable[Any]


def _ox_triples(graph: Triples) -> Iterator[tuple[Any, Any, Any]]:
    if isinstance(graph, Graph):
        for s, p, o in graph:
            yield to_ox(s), to_ox(p), to_ox(o)
    else:
        for t in graph:
            yield t.subject, t.predicate, t.object


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

    def remove_graph(self, name: URIRef) -> None:
        raise NotImplementedError

    def has_graph(self, name: URIRef) -> bool:
        return bool(self.query("ASK { GRAPH ?g { ?s ?p ?o } }", {"g": name}).boolean)

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
        except OSError as exc:
            msg = _first_line(exc)
            if "lock" in msg.lower():
                msg = "the store is in use by another kg process"
            raise StoreError(f"cannot open store {self.location}: {msg}") from exc

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



def open_store(spec: str | os.PathLike[str] | None = None, read_only: bool = False) -> Store:
    """Open a store from a CLI-style spec.

    Args:
        spec: a folder path (embedded Oxigraph on disk), ``:memory:`` (Oxigraph in memory),
            ``rdflib:memory:`` (an rdflib Dataset), or an ``http(s)://`` SPARQL server (see
            :func:`parse_endpoints`). Default: env ``KG_STORE``, else ``./kg-store``.
        read_only: open an on-disk store for reading only (other readers may share it).

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
    if read_only and not Path(spec).exists():
        raise StoreError(f"no store at {spec}: run `kg ingest` first or pass --store")
    return OxigraphStore(spec, read_only=read_only)


# ------------------------------------------------------------------ kg import, kg stats

#: File suffixes `kg import` reads, and their pyoxigraph formats.
IMPORT_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE, ".turtle": ox.RdfFormat.TURTLE,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS, ".nquads": ox.RdfFormat.N_QUADS,
    ".nt": ox.RdfFormat.N_TRIPLES, ".ntriples": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD, ".json": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML, ".owl": ox.RdfFormat.RDF_XML,
}
_FORMAT_NAMES = {"turtle": ".ttl", "trig": ".trig", "nquads": ".nq", "ntriples": ".nt", "jsonld": ".jsonld",
                 "rdfxml": ".rdf"}
#: Larger files are refused: an import is one update request (one transaction).
MAX_IMPORT_BYTES = 512 * 1024 * 1024


def import_graph_iri(data: bytes) -> URIRef:
    """The graph an imported file goes to: minted from its content, so importing twice replaces.

    >>> import_graph_iri(b"<a:b> <a:c> <a:d> .")
    rdflib.term.URIRef('https://w3id.org/osint-kg/id/graph/import/ca910b965a50f9786c570ae1')
    """
    return URIRef(f"https://w3id.org/osint-kg/id/graph/import/{hashlib.sha256(data).hexdigest()[:24]}")


def import_file(store: Store, path: str | os.PathLike[str], *, graph: str | None = None,
                fmt: str | None = None) -> tuple[URIRef, int]:
    """Load a Turtle, TriG, N-Quads, N-Triples, RDF/XML or JSON-LD file into its own named graph.

    Named graphs inside a TriG or N-Quads file are merged into that one graph, so an import never
    overwrites article graphs. JSON-LD remote contexts are refused, never fetched.

    Args:
        store: where to load.
        path: the file.
        graph: the graph IRI; default: minted from the file's SHA-256 (re-importing replaces).
        fmt: ``turtle``, ``trig``, ``nquads``, ``ntriples``, ``jsonld`` or ``rdfxml``; default: from
            the suffix.

    Returns:
        The graph IRI and the number of triples loaded.

    Raises:
        SourceError: the file is missing, too large, of an unknown format or malformed.
        StoreError: the store refused the write.
    """
    file = Path(path)
    if not file.is_file():
        raise SourceError(str(file), "no such file")
    if file.stat().st_size > MAX_IMPORT_BYTES:
        raise SourceError(str(file), f"file larger than {MAX_IMPORT_BYTES // 2**20} MiB")
    suffix = _FORMAT_NAMES.get(fmt or "", "") if fmt else file.suffix.lower()
    if fmt and not suffix:
        raise SourceError(str(file), f"unknown format {fmt!r}; choose from {', '.join(_FORMAT_NAMES)}")
    if suffix not in IMPORT_FORMATS:
        raise SourceError(str(file), f"unknown RDF file type {suffix or '(no suffix)'!r}; pass --format")
    data = file.read_bytes()
    if graph is not None:
        try:
            ox.NamedNode(graph)
        except ValueError:
            raise SourceError(graph, "--graph must be an absolute IRI") from None
        if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", graph):
            raise SourceError(graph, "--graph must be an absolute IRI")
    name = URIRef(graph) if graph else import_graph_iri(data)
    try:
        # rename_blank_nodes: blank nodes of two imports never merge by accident.
        triples = list(ox.parse(data, IMPORT_FORMATS[suffix], base_iri=file.resolve().as_uri(),
                                rename_blank_nodes=True))
    except SyntaxError as exc:
        reason = _first_line(exc)
        if "LoadDocumentCallback" in reason or "remote context" in reason.lower():
            reason = "remote JSON-LD contexts are not fetched; inline the @context"
        raise SourceError(str(file), f"malformed {suffix[1:]}: {reason}") from None
    except (ValueError, OSError) as exc:
        raise SourceError(str(file), _first_line(exc)) from None
    if not triples:
        raise SourceError(str(file), "no triples in the file")
    store.replace_graph(name, triples)
    return name, len(triples)


@dataclass(frozen=True)
class StoreStats:
    """What a store holds (``kg stats``): distinct nodes by type, named graphs and quads."""

    articles: int
    claims: int
    propositions: int
    actors: int
    graphs: int
    quads: int

    def to_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


_STATS = """
PREFIX kgo: <https://w3id.org/osint-kg/ontology#>
SELECT ?kind (COUNT(DISTINCT ?x) AS ?n) WHERE {
  VALUES (?kind ?class) { ("articles" kgo:Article) ("claims" kgo:Claim) ("propositions" kgo:Proposition) }
  ?x a ?class .
} GROUP BY ?kind
"""

#: Actors that take part in what the articles say: claimants, reporters, suppliers, recipients and
#: publishers (the gazetteer's unused actors are not counted).
_ACTORS = """
PREFIX kgo: <https://w3id.org/osint-kg/ontology#>
PREFIX schema: <https://schema.org/>
SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {
  VALUES ?role { kgo:claimant kgo:reporter kgo:supplier kgo:recipient schema:publisher }
  ?x ?role ?a .
}
"""


def stats(store: Store) -> StoreStats:
    """Count articles, claims, propositions, actors, named graphs and quads.

    >>> stats(open_store(":memory:")).to_dict()
    {'articles': 0, 'claims': 0, 'propositions': 0, 'actors': 0, 'graphs': 0, 'quads': 0}
    """
    by_kind = {k: int(n) for k, n in store.query(_STATS).rows}
    actors = store.query(_ACTORS).rows
    return StoreStats(
        articles=by_kind.get("articles", 0),
        claims=by_kind.get("claims", 0),
        propositions=by_kind.get("propositions", 0),
        actors=int(actors[0][0]) if actors else 0,
        graphs=len(store.named_graphs()),
        quads=store.quad_count(),
    )


def dump_hash(store: Store) -> str:
    """SHA-256 of the store's sorted N-Quads dump: equal hashes, equal stores (blank nodes aside)."""
    buf = io.BytesIO()
    store.dump(buf, "nquads")
    lines = sorted(buf.getvalue().splitlines())
    return hashlib.sha256(b"\n".join(lines)).hexdigest()


