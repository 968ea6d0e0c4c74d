"""A real HTTP server on 127.0.0.1 for the fetcher tests (Scrapy's mock server is the model).

Each path is one server behaviour: normal pages, charsets, error statuses, hangs, trickles,
endless streams, a gzip bomb, redirects and robots.txt. The server records every request so
tests can count retries and check timing.
"""

from __future__ import annotations

import gzip
import shutil
import ssl
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

UTF8_PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>Zürich</title></head>"
    "<body><p>Café in Zürich, São Paulo and Kraków.</p></body></html>"
).encode("utf-8")

# One gzip member of 1 MiB of zeros, repeated: 1 GiB when inflated, about 1 MB on the wire.
_BOMB_MEMBER = gzip.compress(b"\0" * (1 << 20), compresslevel=9)
GZIP_BOMB = _BOMB_MEMBER * 1024


class MockServer:
    """State shared by the handler threads; reset before each test."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.mock = self  # type: ignore[attr-defined]
        self.scheme = "https" if tls else "http"
        if tls:
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
        self.port = self.httpd.server_address[1]
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        with self.lock:
            self.hits: Counter[str] = Counter()
            self.log: list[tuple[float, str, dict[str, str]]] = []
        self.robots: str | None = None
        self.robots_status = 200
        self.pages: dict[str, bytes] = {}  # extra HTML pages a test serves, by path

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"{self.scheme}://{host}:{self.port}{path}"

    def times(self, path: str) -> list[float]:
        return [t for t, p, _ in self.log if p == path]


class _Handler(BaseHTTPRequestHandler):
    server_version = "MockServer/1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass  # keep test output clean

    @property
    def mock(self) -> MockServer:
        return self.server.mock  # type: ignore[attr-defined]

    def do_GET(self) -> None:  # noqa: N802
        parts = urlsplit(self.path)
        with self.mock.lock:
            self.mock.hits[parts.path] += 1
            self.mock.log.append((time.monotonic(), parts.path, dict(self.headers.items())))
            count = self.mock.hits[parts.path]
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        if parts.path in self.mock.pages:
            self.send(200, self.mock.pages[parts.path], "text/html; charset=utf-8")
            return
        route = ROUTES.get(parts.path)
        if route is None and parts.path.startswith("/status/"):
            route = _status
        if route is None and parts.path.startswith("/examples/"):
            route = _example
        try:
            (route or _not_found)(self, query, count)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should

    def send(self, status: int, body: bytes = b"", content_type: str | None = "text/html",
             headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def _not_found(h: _Handler, q: dict[str, str], n: int) -> None:
    h.send(404, b"<p>not found</p>")


def _status(h: _Handler, q: dict[str, str], n: int) -> None:
    h.send(int(h.path.split("/")[2].split("?")[0]), b"<p>status</p>")


def _page(h: _Handler, q: dict[str, str], n: int) -> None:
    h.send(200, UTF8_PAGE, "text/html; charset=utf-8")


def _flaky(h: _Handler, q: dict[str, str], n: int) -> None:
    if n <= int(q.get("fail", "2")):
        h.send(503, b"busy")
    else:
        _page(h, q, n)


def _retry_after(h: _Handler, q: dict[str, str], n: int) -> None:
    if n == 1:
        h.send(429, b"slow down", headers={"Retry-After": q.get("s", "1")})
    else:
        _page(h, q, n)


def _hang(h: _Handler, q: dict[str, str], n: int) -> None:
    h.mock.stop.wait(10)  # accept, read the request, say nothing


def _hang_body(h: _Handler, q: dict[str, str], n: int) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", "100000")
    h.end_headers()
    h.wfile.write(b"<html>")
    h.wfile.flush()
    h.mock.stop.wait(10)


def _trickle(h: _Handler, q: dict[str, str], n: int) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.end_headers()
    for _ in range(40):
        h.wfile.write(b"<")
        h.wfile.flush()
        if h.mock.stop.wait(0.5):
            return


def _trickle_then_hang(h: _Handler, q: dict[str, str], n: int) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.end_headers()
    for _ in range(4):
        h.wfile.write(b"<")
        h.wfile.flush()
        time.sleep(0.25)
    h.mock.stop.wait(10)


def _endless(h: _Handler, q: dict[str, str], n: int) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.end_headers()
    block = b"<p>" + b"x" * 65530 + b"</p>"
    while not h.mock.stop.is_set():
        h.wfile.write(block)


def _gzip_bomb(h: _Handler, q: dict[str, str], n: int) -> None:
    h.send(200, GZIP_BOMB, "text/html", {"Content-Encoding": "gzip"})


def _gzip_page(h: _Handler, q: dict[str, str], n: int) -> None:
    h.send(200, gzip.compress(UTF8_PAGE), "text/html; charset=utf-8", {"Content-Encoding": "gzip"})


def _deflate_raw(h: _Handler, q: dict[str, str], n: int) -> None:
    import zlib

    compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    body = compressor.compress(UTF8_PAGE) + compressor.flush()
    h.send(200, body, "text/html; charset=utf-8", {"Content-Encoding": "deflate"})


def _brotli(h: _Handler, q: dict[str, str], n: int) -> None:
    h.send(200, b"\x8b\x02\x80hello\x03", "text/html", {"Content-Encoding": "br"})


def _redirect(h: _Handler, q: dict[str, str], n: int) -> None:
    h.send(302, b"", headers={"Location": q["to"]})


def _moved(h: _Handler, q: dict[str, str], n: int) -> None:
    h.send(301, b"<a href='/page'>Moved here</a>", headers={"Location": "/page"})


def _redirect_loop(h: _Handler, q: dict[str, str], n: int) -> None:
    h.send(302, b"", headers={"Location": "/redirect-loop-b"})


def _redirect_loop_b(h: _Handler, q: dict[str, str], n: int) -> None:
    h.send(301, b"", headers={"Location": "/redirect-loop"})


def _chain(h: _Handler, q: dict[str, str], n: int) -> None:
    h.send(307, b"", headers={"Location": "chain-2"})


def _chain_2(h: _Handler, q: dict[str, str], n: int) -> None:
    h.send(308, b"", headers={"Location": "/page"})


def _pdf(h: _Handler, q: dict[str, str], n: int) -> None:
    h.send(200, b"%PDF-1.7\n" + b"0" * 200_000, "application/pdf")


def _no_content_type(h: _Handler, q: dict[str, str], n: int) -> None:
    h.send(200, q.get("body", "<!doctype html><p>hi</p>").encode(), content_type=None)


def _big(h: _Handler, q: dict[str, str], n: int) -> None:
    h.send(200, b"<p>" + b"y" * 3_000_000 + b"</p>", "text/html")


def _echo(h: _Handler, q: dict[str, str], n: int) -> None:
    body = "\n".join(f"{k}: {v}" for k, v in h.headers.items()).encode()
    h.send(200, body, "text/plain; charset=utf-8")


EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
# A fixed validator pair, so conditional requests can be answered with 304.
ETAG, LAST_MODIFIED = '"v1-abc"', "Fri, 13 Oct 2023 18:42:00 GMT"


def _example(h: _Handler, q: dict[str, str], n: int) -> None:
    """An example article, gzip-compressed, with an ETag and Last-Modified; 304 when unchanged."""
    path = EXAMPLES / h.path.split("?")[0].rsplit("/", 1)[-1]
    if not path.is_file() or path.suffix != ".html":
        return _not_found(h, q, n)
    validators = {"ETag": ETAG, "Last-Modified": LAST_MODIFIED}
    if h.headers.get("If-None-Match") == ETAG or h.headers.get("If-Modified-Since") == LAST_MODIFIED:
        h.send(304, b"", content_type=None, headers=validators)
        return
    h.send(200, gzip.compress(path.read_bytes()), "text/html; charset=utf-8",
           {**validators, "Content-Encoding": "gzip", "X-Twice": "one", "x-twice": "two"})


def _etag_only(h: _Handler, q: dict[str, str], n: int) -> None:
    if h.headers.get("If-None-Match") == ETAG:
        h.send(304, b"", content_type=None, headers={"ETag": ETAG})
    else:
        h.send(200, UTF8_PAGE, "text/html; charset=utf-8", {"ETag": ETAG})


def _no_validators(h: _Handler, q: dict[str, str], n: int) -> None:
    h.send(200, UTF8_PAGE, "text/html; charset=utf-8")


def _article_list(h: _Handler) -> list[tuple[str, str]]:
    """(url, date) of the example articles, newest first, as a feed or sitemap lists them."""
    return [(h.mock.url("/examples/meridian-wire.html"), "2023-10-13"),
            (h.mock.url("/examples/seoul-ledger.html"), "2023-09-20"),
            (h.mock.url("/examples/daily-courier.html"), "2023-08-01")]


def _rss(h: _Handler, q: dict[str, str], n: int) -> None:
    from email.utils import format_datetime
    from datetime import datetime, timezone

    items = "".join(
        f"<item><title>t</title><link>{url}</link><pubDate>"
        f"{format_datetime(datetime.fromisoformat(day).replace(tzinfo=timezone.utc))}</pubDate></item>"
        for url, day in _article_list(h))
    h.send(200, f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>{items}'
                f"</channel></rss>".encode(), "application/rss+xml")


def _atom(h: _Handler, q: dict[str, str], n: int) -> None:
    entries = "".join(f'<entry><title>t</title><id>{url}</id><link href="{url}"/>'
                      f"<updated>{day}T00:00:00Z</updated></entry>" for url, day in _article_list(h))
    h.send(200, f'<feed xmlns="http://www.w3.org/2005/Atom"><title>News</title>{entries}</feed>'
           .encode(), "application/atom+xml; charset=utf-8")


_SM = "http://www.sitemaps.org/schemas/sitemap/0.9"


def _sitemap_index(h: _Handler, q: dict[str, str], n: int) -> None:
    children = "".join(f"<sitemap><loc>{h.mock.url(p)}</loc></sitemap>"
                       for p in ("/sitemap-1.xml", "/sitemap-2.xml.gz", "/sitemap-1.xml"))
    h.send(200, f'<sitemapindex xmlns="{_SM}">{children}</sitemapindex>'.encode(), "application/xml")


def _urlset(entries: list[tuple[str, str]]) -> bytes:
    urls = "".join(f"<url><loc>{u}</loc><lastmod>{d}</lastmod></url>" for u, d in entries)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="{_SM}">{urls}</urlset>'.encode()


def _sitemap_1(h: _Handler, q: dict[str, str], n: int) -> None:
    h.send(200, _urlset(_article_list(h)[:2]), "text/xml")


def _sitemap_2(h: _Handler, q: dict[str, str], n: int) -> None:
    h.send(200, gzip.compress(_urlset(_article_list(h)[2:])), "application/x-gzip")


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode()
               for i in range(1, 10))
    + b']><rss version="2.0"><channel><item><title>&lol9;</title><link>http://a.example/</link>'
      b"</item></channel></rss>")
XXE = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
       b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&xxe;</loc></url>'
       b"</urlset>")
# A body that claims UTF-8 and is not: every byte is invalid.
INVALID_UTF8 = bytes(range(0x80, 0x100)) * 64


def _robots(h: _Handler, q: dict[str, str], n: int) -> None:
    if h.mock.robots is None:
        h.send(404, b"no robots here", "text/plain")
    else:
        h.send(h.mock.robots_status, h.mock.robots.encode(), "text/plain")


def _charset(body: bytes, content_type: str) -> Callable[[_Handler, dict[str, str], int], None]:
    return lambda h, q, n: h.send(200, body, content_type)


CAFE = "Café naïve “quoted” – Zürich"
CAFE_P = f"<p>{CAFE}</p>"
# Valid UTF-8 with one stray byte in the middle.
BAD_BYTE = f"<p>{CAFE} São Paulo</p>".encode() + b"\xff" + "<p>Kraków</p>".encode()
ROUTES: dict[str, Callable[[_Handler, dict[str, str], int], None]] = {
    "/page": _page,
    "/private/page": _page,
    "/flaky": _flaky,
    "/retry-after": _retry_after,
    "/hang": _hang,
    "/hang-body": _hang_body,
    "/trickle": _trickle,
    "/trickle-then-hang": _trickle_then_hang,
    "/endless": _endless,
    "/gzip-bomb": _gzip_bomb,
    "/gzip": _gzip_page,
    "/deflate-raw": _deflate_raw,
    "/brotli": _brotli,
    "/redirect": _redirect,
    "/moved": _moved,
    "/redirect-loop": _redirect_loop,
    "/redirect-loop-b": _redirect_loop_b,
    "/chain-1": _chain,
    "/chain-2": _chain_2,
    "/pdf": _pdf,
    "/no-content-type": _no_content_type,
    "/big": _big,
    "/echo": _echo,
    "/robots.txt": _robots,
    "/etag-only": _etag_only,
    "/no-validators": _no_validators,
    "/feed.rss": _rss,
    "/feed.atom": _atom,
    "/sitemap.xml": _sitemap_index,
    "/sitemap-1.xml": _sitemap_1,
    "/sitemap-2.xml.gz": _sitemap_2,
    "/bomb.rss": _charset(BILLION_LAUGHS, "application/rss+xml"),
    "/xxe.rss": _charset(XXE.replace(b"urlset", b"rss"), "application/rss+xml"),
    "/xxe-sitemap.xml": _charset(XXE, "application/xml"),
    "/invalid-utf8": _charset(INVALID_UTF8, "text/html; charset=utf-8"),
    "/charset/header": _charset(CAFE_P.encode("cp1252"), "text/html; charset=windows-1252"),
    "/charset/latin1-label": _charset(CAFE_P.encode("cp1252"), "text/html; charset=ISO-8859-1"),
    "/charset/meta": _charset(
        f'<html><head><meta charset="windows-1252"></head><body>{CAFE_P}</body></html>'
        .encode("cp1252"), "text/html"),
    "/charset/http-equiv": _charset(
        ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
         "</head><body><p>Привет, мир</p></body></html>").encode("koi8-r"), "text/html"),
    "/charset/none": _charset(
        f"<html><body><p>{CAFE} São Paulo Kraków</p></body></html>".encode(), "text/html"),
    "/charset/none-cp1252": _charset(
        ("<p>" + "Le café était très apprécié à l'époque, déjà. " * 20 + "</p>").encode("cp1252"),
        "text/html"),
    "/charset/bad-byte": _charset(BAD_BYTE, "text/html; charset=utf-8"),
    "/charset/bad-byte-undeclared": _charset(BAD_BYTE, "text/html"),
    "/charset/bom": _charset(b"\xef\xbb\xbf" + CAFE_P.encode(), "text/html; charset=iso-8859-1"),
}


def _serve(mock: MockServer) -> Iterator[MockServer]:
    thread = threading.Thread(target=mock.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    yield mock
    mock.stop.set()
    mock.httpd.shutdown()
    mock.httpd.server_close()


@pytest.fixture(scope="session")
def _mock_server() -> Iterator[MockServer]:
    yield from _serve(MockServer())


@pytest.fixture(scope="session")
def tls_cert(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A self-signed certificate for news.test and 127.0.0.1 (key and certificate in one file)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    pem = tmp_path_factory.mktemp("tls") / "server.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-days", "2", "-subj", "/CN=news.test", "-keyout", str(pem), "-out", str(pem),
         "-addext", "subjectAltName=DNS:news.test,IP:127.0.0.1"],
        check=True, capture_output=True)
    return pem


@pytest.fixture(scope="session")
def _https_server(tls_cert: Path) -> Iterator[MockServer]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tls_cert)
    yield from _serve(MockServer(context))


@pytest.fixture
def https_server(_https_server: MockServer) -> MockServer:
    """The same routes over TLS (the certificate is the ``tls_cert`` fixture), reset."""
    _https_server.reset()
    return _https_server


@pytest.fixture
def server(_mock_server: MockServer) -> MockServer:
    """The mock server on 127.0.0.1, with counters and robots.txt reset for this test."""
    _mock_server.reset()
    return _mock_server
