"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint and an offline query page.

Reads: a store spec (opened read-only with :func:`kg.store.open_store`, through the ``Store``
interface only); HTTP requests on ``/sparql`` (GET ``?query=``, POST form ``query=`` or an
``application/sparql-query`` body).
Writes: SPARQL results (JSON, XML, CSV, TSV) for SELECT/ASK; Turtle, N-Triples or JSON-LD for
CONSTRUCT/DESCRIBE; an ``sd:Service`` description; the vendored YASGUI page at ``/``.

Why the pieces are the way they are:

- **Worker processes, killed on timeout.** pyoxigraph releases the GIL while it evaluates (a
  cross join over the examples store left a ticking thread running at full rate), but nothing in
  its API stops a running query, so a thread that times out keeps burning a core until the query
  ends (the 3-way cross join over the 1.9k-quad examples store runs for minutes). Each query is
  therefore parsed, checked, run and serialised in one of ``workers`` processes that opened the
  store read-only; a worker past the deadline is killed and replaced, and the answer is 503.
  Untrusted text never reaches rdflib's parser or the engine in the server process.
- **Refusals come from the parse tree**, not a regex: rdflib's ``parseQuery`` gives the query
  form, ``ServiceGraphPattern`` and ``DatasetClause`` nodes; text that only ``parseUpdate``
  accepts is an update (405). ``default-graph-uri``/``named-graph-uri`` are refused too: the
  endpoint never fetches anything, and rdflib's engine would fetch a FROM <url>.
- **Only loopback Host headers** are answered when bound to loopback, so a web page cannot reach
  the endpoint through DNS rebinding; the page is served with a CSP of ``connect-src 'self'``.

With an ``http(s)://`` store spec the workers query that server (the configured backend, the
only place the endpoint ever connects to); refused queries never reach it.

Limitations: :class:`kg.store.Result` carries plain Python values (IRIs and strings are both
``str``), so term kinds are reconstructed here (:func:`to_term`): a string that is an absolute
IRI is an IRI, ``_:x`` a blank node, numbers are typed literals; other datatypes and language tags
are lost. Rows that already hold rdflib or pyoxigraph terms are written exactly.
"""

from __future__ import annotations

import csv
import io
import ipaddress
import json
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Callable, Iterable
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape, quoteattr

from kg.errors import OsintKGError, QueryError, StoreError

__all__ = [
    "ServeConfig", "QueryPool", "QueryTimeout", "Answer", "answer_query", "make_server", "serve",
    "negotiate", "to_term", "STATIC_DIR",
]

STATIC_DIR = Path(__file__).resolve().parent / "static"

#: Media types we write, in order of preference (the first is the default for ``*/*``).
RESULT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle", "application/x-turtle": "turtle",
    "application/n-triples": "nt", "text/plain": "nt",
    "application/ld+json": "json-ld", "application/json": "json-ld",
}
_UPDATE_OPS = {"Load", "Clear", "Drop", "Create", "Add", "Move", "Copy", "InsertData", "DeleteData",
               "DeleteWhere", "Modify"}
_FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}
_ABSOLUTE_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|^`\\]*")
_PREFIXES = {
    "kgo": "https://w3id.org/osint-kg/ontology#", "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#", "oa": "http://www.w3.org/ns/oa#",
    "skos": "http://www.w3.org/2004/02/skos/core#", "actor": "https://w3id.org/osint-kg/id/actor/",
    "site": "https://w3id.org/osint-kg/id/site/",
}


class QueryTimeout(QueryError):
    """A query ran past the server's time limit (its worker was stopped)."""


@dataclass(frozen=True)
class ServeConfig:
    """How ``kg serve`` runs.

    Args:
        store: a store spec for :func:`kg.store.open_store` (opened read-only in each worker).
        host: the address to bind; loopback by default.
        port: the TCP port (0 picks a free one).
        timeout: seconds one query may take (parse, evaluation and serialisation) before 503.
        workers: query processes; this many queries run at once.
        max_query_bytes: the largest request body accepted (413 beyond).
    """

    store: str
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 10.0
    workers: int = 2
    max_query_bytes: int = 1 << 20

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ServeConfig":
        return cls(**data)


@dataclass(frozen=True)
class Answer:
    """One HTTP answer: status, media type and body."""

    status: int
    content_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = field(default_factory=tuple)

    @classmethod
    def error(cls, status: int, message: str, **headers: str) -> "Answer":
        line = " ".join(message.split()) or HTTPStatus(status).phrase
        return cls(status, "text/plain; charset=utf-8", (line + "\n").encode("utf-8"),
                   tuple((k.replace("_", "-"), v) for k, v in headers.items()))


# --- content negotiation -------------------------------------------------------------------------

def negotiate(accept: str | None, offers: dict[str, str]) -> str | None:
    """The media type of ``offers`` that best matches an ``Accept`` header, or None (406).

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", RESULT_TYPES)
    'application/sparql-results+xml'
    >>> negotiate(None, RESULT_TYPES), negotiate("text/*", RESULT_TYPES), negotiate("image/png", RESULT_TYPES)
    ('application/sparql-results+json', 'text/xml', None)
    """
    offered = list(offers)
    if not accept or not accept.strip():
        return offered[0]
    ranges = []
    for position, part in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        media = media.lower()
        if q <= 0 or "/" not in media:
            continue
        specificity = 0 if media == "*/*" else 1 if media.endswith("/*") else 2
        ranges.append((-q, -specificity, position, media))
    for _, _, _, media in sorted(ranges):
        if media == "*/*":
            return offered[0]
        if media.endswith("/*"):
            major = media[:-1]
            for o in offered:
                if o.startswith(major):
                    return o
        elif media in offers:
            return media
    return None


# --- terms and serialisers -----------------------------------------------------------------------

def to_term(value: Any) -> Any:
    """A value from :class:`kg.store.Result` as an rdflib term (None stays None).

    >>> to_term("https://schema.org/Person"), to_term("a claim"), to_term(3), to_term("_:b1")
    (rdflib.term.URIRef('https://schema.org/Person'), rdflib.term.Literal('a claim'), rdflib.term.Literal('3', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer')), rdflib.term.BNode('b1'))
    """
    from rdflib import BNode, Literal, URIRef
    from rdflib.term import Node

    if value is None or isinstance(value, Node):
        return value
    module = type(value).__module__
    if module.startswith("pyoxigraph"):
        kind = type(value).__name__
        if kind == "NamedNode":
            return URIRef(value.value)
        if kind == "BlankNode":
            return BNode(value.value)
        if kind == "Literal":
            if value.language:
                return Literal(value.value, lang=value.language)
            return Literal(value.value, datatype=URIRef(value.datatype.value))
    if isinstance(value, (bool, int, float)):
        return Literal(value)
    text = str(value)
    if text.startswith("_:") and len(text) > 2:
        return BNode(text[2:])
    if _ABSOLUTE_IRI.fullmatch(text):
        return URIRef(text)
    return Literal(text)


def _json_term(term: Any) -> dict[str, str]:
    from rdflib import BNode, Literal, URIRef
    from rdflib.namespace import XSD

    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if isinstance(term, Literal) and term.language:
        out["xml:lang"] = term.language
    elif isinstance(term, Literal) and term.datatype and term.datatype != XSD.string:
        out["datatype"] = str(term.datatype)
    return out


def _xml_term(term: Any) -> str:
    t = _json_term(term)
    if t["type"] == "uri":
        return f"<uri>{escape(t['value'])}</uri>"
    if t["type"] == "bnode":
        return f"<bnode>{escape(t['value'])}</bnode>"
    attrs = (f" xml:lang={quoteattr(t['xml:lang'])}" if "xml:lang" in t
             else f" datatype={quoteattr(t['datatype'])}" if "datatype" in t else "")
    return f"<literal{attrs}>{escape(t['value'])}</literal>"


_NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def _nt_term(term: Any) -> str:
    """A term in N-Triples syntax, on one line (TSV cells)."""
    t = _json_term(term)
    if t["type"] == "uri":
        return f"<{t['value']}>"
    if t["type"] == "bnode":
        return f"_:{t['value']}"
    lexical = '"' + t["value"].translate(_NT_ESCAPES) + '"'
    if "xml:lang" in t:
        return f"{lexical}@{t['xml:lang']}"
    return f"{lexical}^^<{t['datatype']}>" if "datatype" in t else lexical


def _csv_cell(term: Any) -> str:
    if term is None:
        return ""
    t = _json_term(term)
    return "_:" + t["value"] if t["type"] == "bnode" else t["value"]


def _serialise_result(result: Any, fmt: str) -> bytes:
    """SELECT or ASK answer in a SPARQL results format (json, xml, csv, tsv)."""
    if result.boolean is not None:
        value = "true" if result.boolean else "false"
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean}).encode()
        if fmt == "xml":
            return (f'<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                    f"<head/><boolean>{value}</boolean></sparql>\n").encode()
        return f"{value}\n".encode()
    names = list(result.vars)
    rows = [[to_term(v) for v in row] for row in result.rows]
    if fmt == "json":
        bindings = [{n: _json_term(t) for n, t in zip(names, row) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}, ensure_ascii=False).encode()
    if fmt == "xml":
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>']
        out += [f"<variable name={quoteattr(n)}/>" for n in names]
        out.append("</head>\n<results>")
        for row in rows:
            cells = "".join(f"<binding name={quoteattr(n)}>{_xml_term(t)}</binding>"
                            for n, t in zip(names, row) if t is not None)
            out.append(f"<result>{cells}</result>")
        out.append("</results>\n</sparql>\n")
        return "\n".join(out).encode("utf-8")
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(names)
        writer.writerows([_csv_cell(t) for t in row] for row in rows)
        return buf.getvalue().encode("utf-8")
    lines = ["\t".join(f"?{n}" for n in names)]
    lines += ["\t".join("" if t is None else _nt_term(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _serialise_graph(triples: Iterable[tuple[Any, Any, Any]], fmt: str) -> bytes:
    """CONSTRUCT or DESCRIBE answer as Turtle, N-Triples or JSON-LD (no remote context)."""
    from rdflib import Graph

    g = Graph(bind_namespaces="core")
    for prefix, ns in _PREFIXES.items():
        g.bind(prefix, ns)
    for s, p, o in triples:
        g.add((to_term(s), to_term(p), to_term(o)))
    data = g.serialize(format=fmt, encoding="utf-8")
    return data if isinstance(data, bytes) else data.encode("utf-8")


# --- checking a query ----------------------------------------------------------------------------

def _walk(node: Any) -> Iterable[Any]:
    """Every node of an rdflib SPARQL parse tree (CompValues, ParseResults, lists)."""
    stack = [node]
    while stack:
        item = stack.pop()
        yield item
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)) or type(item).__name__ == "ParseResults":
            stack.extend(list(item))


def _query_form(text: str) -> str:
    """The form of a read-only query ("SELECT", ...), after the security checks.

    Raises:
        QueryError: with ``status`` 400 (malformed, SERVICE, FROM) or 405 (an update).
    """
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    if not text.strip():
        raise _refusal(400, "empty query")
    try:
        tree = parseQuery(text)
    except Exception as exc:  # noqa: BLE001 - untrusted text: any parser failure is the client's 400
        try:
            update = parseUpdate(text)
        except Exception:  # noqa: BLE001 - as above
            update = None
        if update is not None and any(getattr(n, "name", None) in _UPDATE_OPS for n in _walk(update)):
            raise _refusal(405, "SPARQL Update is not allowed: this endpoint is read-only") from None
        where = f" at line {exc.lineno}, column {exc.col}" if isinstance(exc, ParseException) else ""
        raise _refusal(400, f"malformed SPARQL{where}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from None
    names = {getattr(n, "name", None) for n in _walk(tree)}
    if "ServiceGraphPattern" in names:
        raise _refusal(400, "SERVICE is not allowed: this endpoint makes no outbound requests")
    if "DatasetClause" in names:
        raise _refusal(400, "FROM and FROM NAMED are not allowed: queries see the union of all graphs in the store")
    return _FORMS[tree[1].name]


def _refusal(status: int, message: str) -> QueryError:
    exc = QueryError(message)
    exc.status = status  # type: ignore[attr-defined]
    return exc


def answer_query(store: Any, text: str, accept: str | None) -> Answer:
    """Check, run and serialise one query (what a worker process does for each request).

    Args:
        store: a :class:`kg.store.Store`.
        text: the SPARQL query, untrusted.
        accept: the request's ``Accept`` header.

    Returns:
        An :class:`Answer`: 200, or 400/405/406 with a one-line message.
    """
    try:
        form = _query_form(text)
    except QueryError as exc:
        allow = {"Allow": "GET, POST"} if getattr(exc, "status", 400) == 405 else {}
        return Answer.error(getattr(exc, "status", 400), str(exc), **allow)
    offers = RESULT_TYPES if form in ("SELECT", "ASK") else GRAPH_TYPES
    media = negotiate(accept, offers)
    if media is None:
        kinds = ", ".join(dict.fromkeys(offers))
        return Answer.error(406, f"cannot answer a {form} query as {accept}; acceptable: {kinds}")
    try:
        result = store.query(text)
    except QueryError as exc:  # the engine's parser is stricter than rdflib's on a few points
        return Answer.error(400, str(exc))
    fmt = offers[media]
    if result.triples is not None:
        body = _serialise_graph(result.triples, fmt)
    else:
        body = _serialise_result(result, fmt)
    charset = "" if media == "application/sparql-results+json" else "; charset=utf-8"
    return Answer(200, media + charset, body)


# --- worker processes ----------------------------------------------------------------------------

def _worker_main(spec: str, conn: Any) -> None:
    """A query process: open the store read-only, then answer (text, accept) requests."""
    from kg.store import open_store

    try:
        store = open_store(spec, read_only=True)
    except OsintKGError as exc:
        conn.send(("error", str(exc)))
        return
    conn.send(("ready", None))
    while True:
        try:
            text, accept = conn.recv()
        except (EOFError, OSError):
            break
        try:
            conn.send(("ok", answer_query(store, text, accept)))
        except OsintKGError as exc:
            conn.send(("error", str(exc)))
    store.close()


def _worker_entry() -> None:
    """``python -c 'from kg.server import _worker_entry; _worker_entry()' SPEC FD``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which stops us
    _worker_main(sys.argv[1], Connection(int(sys.argv[2])))


@dataclass(eq=False)  # hashed by identity: kept in a set
class _Worker:
    process: subprocess.Popen[bytes]
    conn: Any


class QueryPool:
    """Processes that each hold the store open read-only and answer one query at a time.

    A query past ``timeout`` seconds gets its process killed (the only way to stop a running
    Oxigraph query) and a fresh process takes its place in the background. Workers are plain
    subprocesses talking over a socket pair rather than ``multiprocessing`` children, so they
    never re-import the caller's ``__main__`` (a script without a main guard would start itself
    again) and never inherit the server's threads and locks as a fork would.

    Args:
        spec: the store spec given to :func:`kg.store.open_store` in each worker.
        size: how many worker processes.
        timeout: seconds per query.

    Raises:
        StoreError: a worker cannot open the store.
    """

    def __init__(self, spec: str, size: int = 2, timeout: float = 10.0):
        self.spec = spec
        self.timeout = timeout
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        started = [self._spawn() for _ in range(max(1, size))]
        try:
            for worker in started:
                self._await_ready(worker, deadline=60.0)
                self._idle.put(worker)
        except StoreError:
            self.close()
            raise

    def _spawn(self) -> _Worker:
        ours, theirs = socket.socketpair()
        with theirs:
            process = subprocess.Popen(
                [sys.executable, "-c", "from kg.server import _worker_entry; _worker_entry()",
                 self.spec, str(theirs.fileno())],
                pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL)
        worker = _Worker(process, Connection(ours.detach()))
        with self._lock:
            self._all.add(worker)
        return worker

    def _await_ready(self, worker: _Worker, deadline: float) -> None:
        if not worker.conn.poll(deadline):
            self._kill(worker)
            raise StoreError(f"query worker did not start within {deadline:.0f} s")
        try:
            status, message = worker.conn.recv()
        except (EOFError, OSError):
            status, message = "error", "query worker exited while opening the store"
        if status != "ready":
            self._kill(worker)
            raise StoreError(message)

    def _kill(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.process.kill()
        worker.process.wait(5)
        worker.conn.close()

    def _replace(self, worker: _Worker) -> None:
        self._kill(worker)

        def start() -> None:
            if self._closed:
                return
            fresh = self._spawn()
            try:
                self._await_ready(fresh, deadline=60.0)
            except StoreError as exc:
                print(f"kg serve: cannot restart a query worker: {exc}", file=sys.stderr)
                return
            if self._closed:
                self._kill(fresh)
            else:
                self._idle.put(fresh)

        threading.Thread(target=start, daemon=True, name="kg-serve-respawn").start()

    def run(self, text: str, accept: str | None) -> Answer:
        """Answer one query in a worker, within the time limit.

        Raises:
            QueryTimeout: no worker was free, or the query ran past the limit.
            StoreError: the worker died.
        """
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            raise QueryTimeout(f"server busy: no query worker free within {self.timeout:g} s") from None
        try:
            worker.conn.send((text, accept))
            if not worker.conn.poll(self.timeout):
                self._replace(worker)
                raise QueryTimeout(f"query stopped after the {self.timeout:g} s time limit")
            status, payload = worker.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            self._replace(worker)
            raise StoreError("the query worker died (out of memory?)") from None
        self._idle.put(worker)
        if status != "ok":
            raise StoreError(payload)
        return payload

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._all)
        for worker in workers:
            self._kill(worker)


# --- HTTP ----------------------------------------------------------------------------------------

_STATIC_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
                 ".html": "text/html; charset=utf-8", ".txt": "text/plain; charset=utf-8",
                 ".md": "text/plain; charset=utf-8", "": "text/plain; charset=utf-8"}
_PAGE_CSP = ("default-src 'self'; connect-src 'self'; img-src 'self' data:; font-src 'self' data:; "
             "style-src 'self' 'unsafe-inline'; script-src 'self'; base-uri 'none'; form-action 'self'; "
             "frame-ancestors 'none'")


def _service_description(endpoint: str, fmt: str) -> bytes:
    from rdflib import BNode, Graph, Literal, Namespace, URIRef
    from rdflib.namespace import RDF

    SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
    FORMATS = Namespace("http://www.w3.org/ns/formats/")
    g = Graph(bind_namespaces="core")
    g.bind("sd", SD)
    g.bind("formats", FORMATS)
    service = URIRef(endpoint)
    g.add((service, RDF.type, SD.Service))
    g.add((service, SD.endpoint, service))
    g.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    g.add((service, SD.feature, SD.UnionDefaultGraph))
    for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                 "Turtle", "N-Triples", "JSON-LD"):
        g.add((service, SD.resultFormat, FORMATS[name]))
    dataset = BNode()
    g.add((service, SD.defaultDataset, dataset))
    g.add((dataset, RDF.type, SD.Dataset))
    g.add((service, URIRef("http://www.w3.org/2000/01/rdf-schema#comment"),
           Literal("osint-kg: read-only; the default graph is the union of all article graphs; "
                   "SERVICE, FROM and updates are refused.")))
    data = g.serialize(format=fmt, encoding="utf-8")
    return data if isinstance(data, bytes) else data.encode("utf-8")


class _Handler(BaseHTTPRequestHandler):
    server: "SparqlServer"
    server_version = "osint-kg"
    protocol_version = "HTTP/1.1"
    timeout = 60  # an idle keep-alive connection is closed after this many seconds

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the stdlib's name)
        if self.server.log:
            self.server.log(f"{self.address_string()} {format % args}")

    def _send(self, answer: Answer, extra: Iterable[tuple[str, str]] = ()) -> None:
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(answer.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Vary", "Accept")
        for key, value in (*answer.headers, *extra):
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer.body)

    def _host_ok(self) -> bool:
        allowed = self.server.allowed_hosts
        return allowed is None or (self.headers.get("Host") or "").lower() in allowed

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if not self._host_ok():
            return self._send(Answer.error(403, "unexpected Host header (DNS rebinding protection)"))
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            return self._static("index.html")
        if url.path.startswith("/static/"):
            return self._static(url.path[len("/static/"):])
        if url.path == "/update":
            return self._send(Answer.error(405, "this endpoint is read-only: no SPARQL Update", Allow=""))
        if url.path != "/sparql":
            return self._send(Answer.error(404, f"no such page: {url.path}; the endpoint is /sparql"))
        params = parse_qs(url.query, keep_blank_values=True)
        if "update" in params:
            return self._send(Answer.error(405, "SPARQL Update is not allowed: this endpoint is read-only",
                                           Allow="GET, POST"))
        if "query" not in params:
            return self._describe()
        self._query(params, params["query"])

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802
        if not self._host_ok():
            return self._send(Answer.error(403, "unexpected Host header (DNS rebinding protection)"))
        url = urlsplit(self.path)
        if url.path == "/update":
            return self._send(Answer.error(405, "this endpoint is read-only: no SPARQL Update", Allow=""))
        if url.path != "/sparql":
            return self._send(Answer.error(404, f"no such endpoint: {url.path}; the endpoint is /sparql"))
        length = self.headers.get("Content-Length")
        if length is None or not length.isdigit():
            return self._send(Answer.error(411, "a POST needs a Content-Length"))
        if int(length) > self.server.config.max_query_bytes:
            self.close_connection = True
            return self._send(Answer.error(413, f"query larger than {self.server.config.max_query_bytes} bytes"))
        body = self.rfile.read(int(length))
        params = parse_qs(url.query, keep_blank_values=True)
        media, _, rest = (self.headers.get("Content-Type") or "").partition(";")
        media = media.strip().lower()
        if media == "application/sparql-update":
            return self._send(Answer.error(405, "SPARQL Update is not allowed: this endpoint is read-only",
                                           Allow="GET, POST"))
        try:
            if media == "application/x-www-form-urlencoded":
                form = parse_qs(body.decode("utf-8"), keep_blank_values=True)
                if "update" in form:
                    return self._send(Answer.error(405, "SPARQL Update is not allowed: this endpoint is read-only",
                                                   Allow="GET, POST"))
                params.update(form)
                texts = form.get("query", [])
            elif media == "application/sparql-query":
                texts = [body.decode("utf-8")]
            else:
                return self._send(Answer.error(415, "send application/sparql-query or "
                                                    "application/x-www-form-urlencoded with query="))
        except UnicodeDecodeError:
            return self._send(Answer.error(400, "the query is not UTF-8"))
        self._query(params, texts)

    def do_PUT(self) -> None:  # noqa: N802
        self._send(Answer.error(405, "this endpoint is read-only", Allow="GET, POST"))

    do_DELETE = do_PATCH = do_PUT

    def _query(self, params: dict[str, list[str]], texts: list[str]) -> None:
        if len(texts) != 1:
            return self._send(Answer.error(400, "give exactly one query"))
        if params.get("default-graph-uri") or params.get("named-graph-uri"):
            return self._send(Answer.error(400, "default-graph-uri and named-graph-uri are not supported: "
                                                "queries see the union of all graphs in the store"))
        try:
            answer = self.server.pool.run(texts[0], self.headers.get("Accept"))
        except QueryTimeout as exc:
            answer = Answer.error(503, str(exc), Retry_After="1")
        except StoreError as exc:
            answer = Answer.error(500, str(exc))
        self._send(answer)

    def _describe(self) -> None:
        media = negotiate(self.headers.get("Accept"), GRAPH_TYPES)
        if media is None:
            return self._send(Answer.error(400, "missing query parameter (ask for text/turtle for the service description)"))
        host = self.headers.get("Host") or f"{self.server.server_address[0]}:{self.server.server_address[1]}"
        body = _service_description(f"http://{host}/sparql", GRAPH_TYPES[media])
        self._send(Answer(200, media + "; charset=utf-8", body))

    def _static(self, name: str) -> None:
        root = STATIC_DIR
        path = (root / name).resolve()
        if not path.is_relative_to(root) or not path.is_file():
            return self._send(Answer.error(404, f"no such file: {name}"))
        content_type = _STATIC_TYPES.get(path.suffix, "application/octet-stream")
        extra = [("Content-Security-Policy", _PAGE_CSP), ("Cache-Control", "no-cache")]
        self._send(Answer(200, content_type, path.read_bytes()), extra)


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server: one thread per connection, queries in :class:`QueryPool` processes."""

    daemon_threads = True

    def __init__(self, config: ServeConfig, pool: QueryPool, log: Callable[[str], None] | None = None):
        self.config = config
        self.pool = pool
        self.log = log
        super().__init__((config.host, config.port), _Handler)
        self.allowed_hosts = _allowed_hosts(config.host, self.server_address[1])

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{'[' + host + ']' if ':' in host else host}:{port}/"

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()


def _allowed_hosts(host: str, port: int) -> set[str] | None:
    """Host headers answered on a loopback bind (None: any, when bound to a public address)."""
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if not loopback:
        return None
    names = {"127.0.0.1", "localhost", "[::1]", host.lower() if ":" not in host else f"[{host}]"}
    return {f"{n}:{port}" for n in names} | ({n for n in names} if port == 80 else set())


def make_server(config: ServeConfig, log: Callable[[str], None] | None = None) -> SparqlServer:
    """Start the query workers and bind the HTTP server (call ``serve_forever`` on the result).

    Raises:
        StoreError: the store cannot be opened read-only.
    """
    if config.store.endswith(":memory:"):  # each worker would open its own, empty, store
        raise StoreError("an in-memory store would be empty: pass --store with a folder or an endpoint")
    pool = QueryPool(config.store, config.workers, config.timeout)
    try:
        return SparqlServer(config, pool, log)
    except OSError as exc:
        pool.close()
        raise StoreError(f"cannot listen on {config.host}:{config.port}: {exc.strerror or exc}") from exc


def serve(config: ServeConfig, log: Callable[[str], None] | None = None) -> None:
    """Serve until interrupted (``kg serve``)."""
    server = make_server(config, log)
    if log:
        log(f"serving {server.url} (SPARQL endpoint {server.url}sparql, store {config.store}, "
            f"time limit {config.timeout:g} s); Ctrl-C to stop")
    try:
        server.serve_forever()
    finally:
        server.server_close()
