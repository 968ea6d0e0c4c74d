"""Stage 1: fetch a URL politely and defensively into a :class:`FetchedPage`.

Reads: a URL, a :class:`FetchConfig` and a caller-owned :class:`requests.Session` (its cookies,
auth, proxies and TLS settings are used; its transport adapters are not: the fetcher sends through
its own guarded adapter and never mounts anything on the session).
Writes: a :class:`FetchedPage` (final URL, status, headers, decoded-transfer body, detected
charset, fetch time), or raises :class:`kg.errors.FetchError` for every failure.

Guarantees of :meth:`Fetcher.fetch`:

* one total deadline (wall clock, including retries, backoff and redirects; only the politeness
  wait for a host's turn is not counted, since a long ``Crawl-delay`` is the site's wish, not a
  stalled server); the body is streamed and a watchdog shuts the socket at the deadline;
* a cap on decompressed bytes, counted while inflating (a gzip bomb stops at the cap);
* a content-type allow-list, checked before the body is read;
* redirects followed one hop at a time, each hop re-checked (scheme, address, robots.txt);
* retries with exponential backoff on 429/5xx and connection errors, honouring ``Retry-After``
  when it fits in the deadline;
* robots.txt (RFC 9309, parsed by protego) and a per-host delay (``min_delay`` or the site's
  ``Crawl-delay``, whichever is larger);
* an SSRF guard: only http(s); hosts are resolved and private, loopback, link-local, multicast,
  reserved, unspecified and cloud-metadata addresses are refused in every spelling, before any
  request and again when each socket is opened (so DNS rebinding between the check and the
  connection does not get through) (:mod:`scrapers.guard`);
* with a ``cache`` (:class:`scrapers.cache.HttpCache`), conditional requests: a stored ETag or
  Last-Modified is sent back and a 304 serves the stored page;
* with a ``recorder`` (:class:`scrapers.warc.WarcRecorder`), every response of a successful
  fetch kept as evidence with the request that got it, exact headers and body bytes as received:
  each redirect hop (its body up to 64 KiB), the final response (or, for a 304 from the cache,
  a revisit pointing at the stored response) and the robots.txt answers (2xx or 4xx) that
  allowed the fetch. Retried attempts (429/5xx) are not kept.

Nothing is cached or recorded from a failed fetch: its exchanges are dropped, and a robots.txt
fetched on its way is recorded with the first successful fetch from that origin.
"""

from __future__ import annotations

import base64
import dataclasses
import logging
import threading
import time
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any, Protocol
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from protego import Protego
from requests.cookies import extract_cookies_to_jar
from requests.utils import requote_uri

from kg.errors import ConfigError, FetchError
from scrapers.charset import (
    MAX_UNDECODABLE,
    decode_text,
    detect_encoding,
    undecodable_share,
)
from scrapers.charset import media_type as _media_type
from scrapers.guard import (
    Resolver,
    _AddressGuard,
    _AddressRefused,
    _GuardedAdapter,
    address_refusal,
    check_url,
    parse_ip_literal,
)
from scrapers.inflate import Inflater as _Inflater
from scrapers.inflate import decode_body

__all__ = [
    "DEFAULT_USER_AGENT",
    "Exchange",
    "FetchConfig",
    "FetchedPage",
    "Fetcher",
    "Recorder",
    "decode_body",
    "Resolver",
    "address_refusal",
    "check_url",
    "decode_text",
    "detect_encoding",
    "parse_ip_literal",
]

log = logging.getLogger(__name__)

DEFAULT_USER_AGENT = "osint-kg/0.1 (+https://github.com/osint-kg/osint-kg)"


_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 16 * 1024
# A redirect's body is kept as evidence up to this size (they are a line of HTML at most).
_REDIRECT_BODY_MAX = 64 * 1024
# RFC 9309: crawlers must parse at least 500 KiB of robots.txt; beyond that we truncate.
_ROBOTS_MAX_BYTES = 512 * 1024
# RFC 9309: a cached robots.txt should not be used for more than 24 hours.
_ROBOTS_TTL = 24 * 3600.0


@dataclass(frozen=True)
class FetchConfig:
    """How the fetcher behaves. Build one in the CLI or notebook and pass it in.

    Args:
        user_agent: sent with every request and matched against robots.txt groups.
        deadline: total wall-clock seconds for one :meth:`Fetcher.fetch` call.
        connect_timeout: seconds to open a connection (never beyond the deadline).
        read_timeout: seconds to wait for any bytes (never beyond the deadline).
        max_bytes: cap on the decompressed body.
        allowed_content_types: media types accepted for pages.
        max_redirects: hops followed before giving up.
        retries: extra attempts on 429, 5xx (except 501) and connection errors.
        backoff_factor: the n-th retry waits ``backoff_factor * 2**n`` seconds (at most
            ``backoff_max``), or ``Retry-After`` when that is longer.
        backoff_max: longest backoff wait.
        min_delay: seconds between two requests to one host (robots.txt ``Crawl-delay`` wins
            when larger, up to ``max_crawl_delay``).
        max_crawl_delay: ceiling on a site's ``Crawl-delay``.
        respect_robots: obey robots.txt.
        allow_private_addresses: allow RFC 1918, CGNAT, unique-local and link-local addresses.
        allow_loopback: allow 127.0.0.0/8 and ::1 (tests do; a crawler should not).

    >>> FetchConfig(deadline=5).deadline
    5
    """

    user_agent: str = DEFAULT_USER_AGENT
    deadline: float = 30.0
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    max_bytes: int = 10 * 1024 * 1024
    allowed_content_types: tuple[str, ...] = ("text/html", "application/xhtml+xml", "text/plain")
    max_redirects: int = 5
    retries: int = 3
    backoff_factor: float = 0.5
    backoff_max: float = 10.0
    min_delay: float = 1.0
    max_crawl_delay: float = 60.0
    respect_robots: bool = True
    allow_private_addresses: bool = False
    allow_loopback: bool = False

    def __post_init__(self) -> None:
        for name in ("deadline", "connect_timeout", "read_timeout", "max_bytes"):
            if not getattr(self, name) > 0:
                raise ConfigError(f"fetch.{name} must be positive, not {getattr(self, name)!r}")
        for name in ("max_redirects", "retries", "backoff_factor", "backoff_max", "min_delay",
                     "max_crawl_delay"):
            if getattr(self, name) < 0:
                raise ConfigError(f"fetch.{name} must not be negative")
        types = self.allowed_content_types
        types = (types,) if isinstance(types, str) else types
        object.__setattr__(self, "allowed_content_types", tuple(t.lower() for t in types))

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FetchConfig:
        """Build a config from the keys a user set; unknown keys are a :class:`ConfigError`."""
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"unknown fetch option(s): {', '.join(unknown)}")
        data = dict(data)
        if "allowed_content_types" in data:
            data["allowed_content_types"] = tuple(data["allowed_content_types"])
        return cls(**data)


@dataclass(frozen=True)
class FetchedPage:
    """One fetched response: what the parser reads and what is kept as evidence.

    ``content`` is the body after undoing the transfer's ``Content-Encoding`` (gzip/deflate);
    ``headers`` are exactly as received, duplicates kept, in order.
    """

    url: str
    requested_url: str
    status: int
    headers: tuple[tuple[str, str], ...]
    content: bytes = field(repr=False)
    encoding: str | None
    fetched_at: str

    def header(self, name: str, default: str | None = None) -> str | None:
        """The first header called ``name`` (case-insensitive)."""
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), default)

    @property
    def content_type(self) -> str:
        """The media type without parameters, lower-cased (``""`` when absent)."""
        return _media_type(self.header("content-type"))

    @property
    def text(self) -> str:
        """The body decoded with the detected charset; undecodable bytes become U+FFFD.

        When no charset was stored (a page built by hand), it is detected now.
        """
        encoding = self.encoding or detect_encoding(self.content, self.header("content-type"))
        return decode_text(self.content, encoding)

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["headers"] = [list(h) for h in self.headers]
        data["content"] = base64.b64encode(self.content).decode("ascii")
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FetchedPage:
        data = dict(data)
        headers = data.get("headers") or ()
        if isinstance(headers, dict):
            headers = headers.items()
        data["headers"] = tuple((str(k), str(v)) for k, v in headers)
        content = data.get("content") or b""
        data["content"] = content if isinstance(content, bytes) else base64.b64decode(content)
        return cls(**data)


@dataclass(frozen=True)
class Exchange:
    """One HTTP request and its response as they went over the wire: what a recorder keeps.

    ``body`` is the payload as received (still gzip-compressed when the server said so; the
    chunked framing is undone by the HTTP client); ``truncated`` says why it is not whole
    (``"length"``: cut at a cap, ``"disconnect"``: the server stopped sending), as WARC's
    ``WARC-Truncated``. ``revisit`` marks a 304 answered from the cache: ``body`` is then empty
    and ``refers_to_url``/``refers_to_date`` name the stored response it confirmed (its final
    URL and the time it was fetched, which is that response's WARC-Date).
    """

    url: str
    method: str
    request_headers: tuple[tuple[str, str], ...]
    http_version: str
    status: int
    reason: str
    headers: tuple[tuple[str, str], ...]
    body: bytes = field(repr=False)
    fetched_at: str
    revisit: bool = False
    truncated: str = ""
    refers_to_url: str = ""
    refers_to_date: str = ""


class Recorder(Protocol):
    """Receives the exchanges of every successful fetch (see :class:`scrapers.warc.WarcRecorder`)."""

    def record(self, exchange: Exchange) -> None: ...


class Cache(Protocol):
    """A store of fetched pages keyed by requested URL (see :class:`scrapers.cache.HttpCache`)."""

    def get(self, url: str) -> FetchedPage | None: ...

    def put(self, page: FetchedPage) -> None: ...

    def hit(self, url: str) -> None: ...


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# --------------------------------------------------------------------------- transport


class _Deadline:
    def __init__(self, seconds: float):
        self.seconds = seconds
        self._end = time.monotonic() + seconds

    def remaining(self) -> float:
        return self._end - time.monotonic()

    def extend(self, seconds: float) -> None:
        self._end += seconds

    def error(self, url: str) -> FetchError:
        return FetchError(url, f"deadline exceeded ({self.seconds:g} s)")


@dataclass
class _Hop:
    url: str
    status: int
    reason: str
    headers: tuple[tuple[str, str], ...]
    content: bytes = b""
    raw: bytes = b""  # the body as received, kept only when a recorder wants it
    request_headers: tuple[tuple[str, str], ...] = ()
    http_version: str = "HTTP/1.1"
    truncated: str = ""  # why ``raw`` is not the whole body (WARC-Truncated)
    fetched_at: str = ""  # when the response came (its WARC-Date)

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name), None)


class _Retry(Exception):
    """A failure worth another attempt: ``reason`` and ``status`` make the final FetchError."""

    def __init__(self, reason: str, status: int | None = None, wait: float = 0.0):
        self.reason, self.status, self.wait = reason, status, wait
        super().__init__(reason)


def _retry_after(value: str | None) -> float:
    if not value:
        return 0.0
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return 0.0
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def _shutdown(raw: Any) -> None:
    try:
        raw.shutdown()
    except (OSError, RuntimeError, ValueError):
        pass  # already closed or released: nothing left to interrupt


class Fetcher:
    """Fetches pages under a :class:`FetchConfig`; holds per-host timing and robots.txt caches.

    Args:
        session: the caller's session (cookies, auth, proxies, TLS settings).
        config: the fetch policy; defaults to :class:`FetchConfig()`.
        resolver: ``(host, port) -> addresses``; the system resolver by default (tests pass one).
        cache: where pages are kept for conditional requests (None: no cache).
        recorder: receives the exchanges of each successful fetch (None: nothing kept).

    Example::

        with requests.Session() as session, Fetcher(session, FetchConfig()) as fetcher:
            page = fetcher.fetch("https://example.org/")
    """

    def __init__(self, session: requests.Session, config: FetchConfig | None = None, *,
                 resolver: Resolver | None = None, cache: Cache | None = None,
                 recorder: Recorder | None = None):
        self.session = session
        self.config = config or FetchConfig()
        self.cache = cache
        self.recorder = recorder
        self._guard = _AddressGuard(self.config, resolver)
        self._adapter = _GuardedAdapter(self._guard)
        self._lock = threading.Lock()
        self._last_request: dict[str, float] = {}
        self._host_delay: dict[str, float] = {}
        self._robots: dict[str, tuple[Protego | None, float]] = {}
        # robots.txt exchanges not yet recorded, by origin: kept until a fetch there succeeds.
        self._robots_unrecorded: dict[str, list[_Hop]] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close this fetcher's connections (the session stays the caller's)."""
        self._adapter.close()

    def fetch(self, url: str, *, content_types: Sequence[str] | None = None) -> FetchedPage:
        """Fetch ``url`` into a :class:`FetchedPage`.

        With a cache, a stored page's validators are sent (``If-None-Match``,
        ``If-Modified-Since``) and a 304 returns the stored page. Only a fetch that succeeded is
        cached and recorded.

        Args:
            url: the URL to fetch.
            content_types: media types accepted for this fetch only, instead of the config's
                (a feed or sitemap needs XML types that article pages do not).

        Raises:
            FetchError: on any failure (HTTP status, deadline, size cap, content type,
                redirects, robots.txt, refused address, connection). ``status`` is set when
                the server answered with an error.
        """
        cfg = self.config
        types = tuple(t.lower() for t in content_types) if content_types else cfg.allowed_content_types
        deadline = _Deadline(cfg.deadline)
        cached = self.cache.get(url) if self.cache is not None else None
        if cached is not None and _media_type(cached.header("content-type")) not in types:
            cached = None  # stored for another kind of fetch: ask afresh
        conditional = _validators(cached)
        trail: list[_Hop] = []
        hop = self._follow(url, deadline, types=types, max_bytes=cfg.max_bytes,
                           robots=cfg.respect_robots, conditional=conditional,
                           keep_raw=self.recorder is not None, trail=trail)
        now = hop.fetched_at
        if hop.status == 304 and cached is not None:
            assert self.cache is not None
            self.cache.hit(url)
            self._record(trail, revisit_of=cached)
            return dataclasses.replace(cached, fetched_at=now)
        content_type = next((v for k, v in hop.headers if k.lower() == "content-type"), None)
        encoding = detect_encoding(hop.content, content_type)
        if _is_text(content_type):
            share = undecodable_share(hop.content, encoding)
            if share > MAX_UNDECODABLE:
                raise FetchError(url, f"undecodable text: {share:.0%} of characters are not "
                                      f"valid {encoding or 'utf-8'}")
        page = FetchedPage(
            url=hop.url, requested_url=url, status=hop.status, headers=hop.headers,
            content=hop.content, encoding=encoding, fetched_at=now,
        )
        self._record(trail)
        if self.cache is not None:
            self.cache.put(page)
        return page

    def robots(self, url: str) -> Protego | None:
        """The parsed robots.txt for ``url``'s origin (None: no rules), fetched if not cached."""
        return self._robots_for(url, url, _Deadline(self.config.deadline))

    # ---------------------------------------------------------------- internals

    def _record(self, trail: list[_Hop], revisit_of: FetchedPage | None = None) -> None:
        """Hand a successful fetch's exchanges to the recorder: first the robots.txt answers
        not yet recorded for the origins it went through, then each hop in order (the last
        one a revisit of ``revisit_of`` when the cache answered)."""
        if self.recorder is None:
            return
        hops: list[tuple[_Hop, bool]] = []
        for hop in trail:
            hops += [(r, False) for r in self._robots_unrecorded.pop(_origin(hop.url), ())]
        hops += [(hop, False) for hop in trail[:-1]]
        hops.append((trail[-1], revisit_of is not None))
        for hop, revisit in hops:
            self.recorder.record(Exchange(
                url=hop.url, method="GET", request_headers=hop.request_headers,
                http_version=hop.http_version, status=hop.status, reason=hop.reason,
                headers=hop.headers, body=b"" if revisit else hop.raw, fetched_at=hop.fetched_at,
                revisit=revisit, truncated="" if revisit else hop.truncated,
                refers_to_url=revisit_of.url if revisit and revisit_of else "",
                refers_to_date=revisit_of.fetched_at if revisit and revisit_of else ""))

    def _follow(self, url: str, deadline: _Deadline, *, types: Sequence[str] | None,
                max_bytes: int, robots: bool, truncate: bool = False,
                conditional: dict[str, str] | None = None, keep_raw: bool = False,
                trail: list[_Hop] | None = None) -> _Hop:
        """Follow redirects from ``url``; every response received is appended to ``trail``
        (also the one that makes the fetch fail)."""
        current, hops = url, 0
        while True:
            try:
                check_url(current, self.config, resolver=self._guard.resolver)
            except FetchError as exc:
                where = "" if current == url else f" (redirected to {current})"
                raise FetchError(url, exc.reason + where) from None
            if robots:
                rules = self._robots_for(url, current, deadline)
                if rules is not None and not rules.can_fetch(current, self.config.user_agent):
                    raise FetchError(url, f"robots.txt disallows {current}")
            hop = self._with_retries(url, current, deadline, types, max_bytes, truncate,
                                     conditional or {}, keep_raw)
            if trail is not None:
                trail.append(hop)
            if hop.status == 304 and conditional:
                return hop
            if hop.status in _REDIRECTS:
                location = hop.header("location")
                if not location:
                    raise FetchError(url, "redirect without a Location", hop.status)
                if hops >= self.config.max_redirects:
                    raise FetchError(url, f"too many redirects (more than {hops})")
                hops += 1
                current = requote_uri(urljoin(current, location.strip()))
                continue
            if not 200 <= hop.status < 300:
                raise FetchError(url, hop.reason or "HTTP error", hop.status)
            return hop

    def _with_retries(self, url: str, current: str, deadline: _Deadline,
                      types: Sequence[str] | None, max_bytes: int, truncate: bool,
                      conditional: dict[str, str], keep_raw: bool) -> _Hop:
        attempt = 0
        while True:
            self._wait_turn(current, deadline)
            if deadline.remaining() <= 0:
                raise deadline.error(url)
            try:
                return self._attempt(url, current, deadline, types, max_bytes, truncate,
                                     conditional, keep_raw)
            except _Retry as retry:
                backoff = min(self.config.backoff_max, self.config.backoff_factor * 2**attempt)
                wait = max(backoff, retry.wait)
                if attempt >= self.config.retries:
                    raise FetchError(url, retry.reason, retry.status) from None
                if deadline.remaining() <= 0:
                    raise deadline.error(url) from None
                if wait >= deadline.remaining():
                    raise FetchError(url, f"{retry.reason}; a retry in {wait:g} s would pass the "
                                          "deadline", retry.status) from None
                log.info("retrying %s in %.2f s: %s", current, wait, retry.reason)
                time.sleep(wait)
                attempt += 1

    def _attempt(self, url: str, current: str, deadline: _Deadline,
                 types: Sequence[str] | None, max_bytes: int, truncate: bool,
                 conditional: dict[str, str], keep_raw: bool) -> _Hop:
        cfg = self.config
        remaining = deadline.remaining()
        accept = ",".join(types) + ",*/*;q=0.1" if types else "*/*"
        try:
            request = self.session.prepare_request(requests.Request("GET", current, headers={
                "User-Agent": cfg.user_agent, "Accept": accept,
                "Accept-Encoding": "gzip, deflate", **conditional}))
            env = self.session.merge_environment_settings(request.url, {}, True, None, None)
            response = self._adapter.send(
                request, stream=True, verify=env["verify"], cert=env["cert"],
                proxies=env["proxies"],
                timeout=(min(cfg.connect_timeout, remaining), min(cfg.read_timeout, remaining)))
        except _AddressRefused as exc:
            raise FetchError(url, f"{exc.reason} (at connect)") from None
        except requests.exceptions.SSLError as exc:
            raise FetchError(url, f"TLS error: {exc}") from None
        except (requests.ConnectionError, requests.Timeout) as exc:
            if deadline.remaining() <= 0:
                raise deadline.error(url) from None
            raise _Retry(f"connection error: {exc}") from None
        except requests.RequestException as exc:
            raise FetchError(url, f"request failed: {exc}") from None
        try:
            extract_cookies_to_jar(self.session.cookies, request, response.raw)
            headers = _received_headers(response)
            version = {10: "HTTP/1.0", 11: "HTTP/1.1"}.get(getattr(response.raw, "version", 11),
                                                          "HTTP/1.1")
            hop = _Hop(current, response.status_code, response.reason or "", headers,
                       request_headers=_sent_headers(request), http_version=version,
                       fetched_at=_now())
            if hop.status == 429 or (hop.status >= 500 and hop.status != 501):
                raise _Retry(hop.reason or "server error", hop.status,
                             _retry_after(hop.header("retry-after")))
            if keep_raw and not 200 <= hop.status < 300 and hop.status != 304:
                # Kept when the fetch succeeds: a redirect hop, or robots.txt's 4xx.
                hop.raw, hop.truncated = self._read_raw(url, response, deadline)
            if not 200 <= hop.status < 300:
                return hop
            media = _media_type(hop.header("content-type"))
            if types and media and media not in types:
                raise FetchError(url, f"content type not allowed: {media}", hop.status)
            length = hop.header("content-length") or ""
            if (not hop.header("content-encoding") and length.isdigit()
                    and int(length) > max_bytes and not truncate):
                raise FetchError(url, f"size cap exceeded: Content-Length {length} > {max_bytes}")
            hop.content, hop.raw, cut = self._read_body(url, response, deadline, max_bytes,
                                                        truncate, keep_raw)
            hop.truncated = "length" if cut else ""
            if types and not media and not _looks_like_html(hop.content, types):
                raise FetchError(url, "content type not allowed: none given, not HTML")
            return hop
        finally:
            response.close()

    def _read_body(self, url: str, response: requests.Response, deadline: _Deadline,
                   max_bytes: int, truncate: bool, keep_raw: bool) -> tuple[bytes, bytes, bool]:
        """The decoded body, (when ``keep_raw``) the bytes as received, and whether the body
        was cut at ``max_bytes`` (only with ``truncate``; else that is an error)."""
        try:
            inflater = _Inflater(response.headers.get("content-encoding"))
        except ValueError:
            raise FetchError(url, "unsupported content encoding: "
                                  f"{response.headers.get('content-encoding')}") from None
        # read1() returns what one recv() gives, so a trickle is seen byte by byte; the
        # watchdog shuts the socket at the deadline so a silent server cannot hold us past it.
        watchdog = threading.Timer(max(deadline.remaining(), 0.0), _shutdown, (response.raw,))
        watchdog.daemon = True
        watchdog.start()
        chunks: list[bytes] = []
        raw: list[bytes] = []
        total = 0
        try:
            while True:
                data = response.raw.read1(_CHUNK, decode_content=False)
                if deadline.remaining() <= 0:
                    raise deadline.error(url)
                if not data:
                    return b"".join(chunks), b"".join(raw), False
                if keep_raw:
                    raw.append(data)
                for piece in inflater.feed(data, max_bytes - total):
                    chunks.append(piece)
                    total += len(piece)
                    if total > max_bytes:
                        if truncate:
                            return b"".join(chunks)[:max_bytes], b"".join(raw), True
                        raise FetchError(url, f"size cap exceeded: more than {max_bytes} bytes")
        except zlib.error as exc:
            raise FetchError(url, f"corrupt {inflater.coding} body: {exc}") from None
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            if deadline.remaining() <= 0:
                raise deadline.error(url) from None
            raise _Retry(f"connection error while reading: {exc}") from None
        finally:
            watchdog.cancel()

    def _read_raw(self, url: str, response: requests.Response, deadline: _Deadline
                  ) -> tuple[bytes, str]:
        """An error or redirect body as received, up to :data:`_REDIRECT_BODY_MAX`, and why it is cut
        short (``"length"``, ``"disconnect"`` or ``""``): evidence only, never decoded."""
        watchdog = threading.Timer(max(deadline.remaining(), 0.0), _shutdown, (response.raw,))
        watchdog.daemon = True
        watchdog.start()
        raw: list[bytes] = []
        total = 0
        try:
            while total <= _REDIRECT_BODY_MAX:
                data = response.raw.read1(_CHUNK, decode_content=False)
                if deadline.remaining() <= 0:
                    raise deadline.error(url)
                if not data:
                    return b"".join(raw), ""
                raw.append(data)
                total += len(data)
            return b"".join(raw)[:_REDIRECT_BODY_MAX], "length"
        except (urllib3.exceptions.HTTPError, OSError):
            if deadline.remaining() <= 0:
                raise deadline.error(url) from None
            return b"".join(raw), "disconnect"
        finally:
            watchdog.cancel()

    def _wait_turn(self, url: str, deadline: _Deadline) -> None:
        """Wait for the host's next slot; the wait does not count against the deadline."""
        host = (urlsplit(url).hostname or "").lower()
        delay = max(self.config.min_delay, self._host_delay.get(host, 0.0))
        with self._lock:
            now = time.monotonic()
            start = max(now, self._last_request.get(host, now - delay) + delay)
            self._last_request[host] = start
        if start > now:
            time.sleep(start - now)
            deadline.extend(start - now)

    def _robots_for(self, url: str, current: str, deadline: _Deadline) -> Protego | None:
        parts = urlsplit(current)
        origin = _origin(current)
        cached = self._robots.get(origin)
        if cached is not None and cached[1] > time.monotonic():
            return cached[0]
        trail: list[_Hop] = []
        try:
            hop = self._follow(origin + "/robots.txt", deadline, types=None,
                               max_bytes=_ROBOTS_MAX_BYTES, robots=False, truncate=True,
                               keep_raw=self.recorder is not None, trail=trail)
        except FetchError as exc:
            # RFC 9309: 4xx means no rules ("unavailable"); 5xx or no answer means "unreachable",
            # and an unreachable robots.txt must be read as disallowing everything.
            if exc.status is None or not 400 <= exc.status < 500 or exc.status == 429:
                raise FetchError(url, f"robots.txt unreachable ({exc.reason})") from None
            rules = None
        else:
            rules = Protego.parse(hop.content.decode("utf-8", errors="replace"))
            ua = self.config.user_agent
            delay = rules.crawl_delay(ua)
            rate = rules.request_rate(ua)
            if rate is not None and rate.requests:
                delay = max(delay or 0.0, rate.seconds / rate.requests)
            if delay:
                host = (parts.hostname or "").lower()
                self._host_delay[host] = min(float(delay), self.config.max_crawl_delay)
        self._robots[origin] = (rules, time.monotonic() + _ROBOTS_TTL)
        if self.recorder is not None and trail:
            self._robots_unrecorded[origin] = trail
        return rules


def _origin(url: str) -> str:
    """``scheme://host[:port]`` of a URL, lower-cased and without user info."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{(parts.netloc.rpartition('@')[2]).lower()}"


def _is_text(content_type: str | None) -> bool:
    """HTML, XML and text bodies are checked for decodability (not gzip sitemaps or others)."""
    media = _media_type(content_type)
    return not media or media.startswith("text/") or media.endswith(("+xml", "/xml"))


def _validators(page: FetchedPage | None) -> dict[str, str]:
    """Conditional-request headers for a stored page (empty: nothing to revalidate with)."""
    if page is None:
        return {}
    headers = {}
    if page.header("etag"):
        headers["If-None-Match"] = page.header("etag") or ""
    if page.header("last-modified"):
        headers["If-Modified-Since"] = page.header("last-modified") or ""
    return headers


def _received_headers(response: requests.Response) -> tuple[tuple[str, str], ...]:
    """Response headers exactly as received: order, duplicates and the case of each name.

    urllib3's header dict keeps the first spelling of a repeated name; http.client's message
    (which requests itself reads cookies from) keeps every line as it came.
    """
    message = getattr(getattr(response.raw, "_original_response", None), "msg", None)
    items = message.items() if message is not None else response.raw.headers.items()
    return tuple((str(k), str(v)) for k, v in items)


def _sent_headers(request: requests.PreparedRequest) -> tuple[tuple[str, str], ...]:
    """The request headers as sent; urllib3 adds ``Host`` itself, so it is put first here."""
    host = urlsplit(request.url or "").netloc.rpartition("@")[2]
    sent = [(str(k), str(v)) for k, v in request.headers.items()]
    if not any(k.lower() == "host" for k, _ in sent):
        sent.insert(0, ("Host", host))
    return tuple(sent)


def _looks_like_html(content: bytes, types: Sequence[str]) -> bool:
    head = content[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return "text/html" in types and head.startswith((b"<!doctype html", b"<html", b"<head",
                                                      b"<body", b"<!--"))
