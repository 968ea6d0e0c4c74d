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
  connection does not get through).
"""

from __future__ import annotations

import base64
import codecs
import dataclasses
import ipaddress
import logging
import re
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import charset_normalizer
import requests
import urllib3
from protego import Protego
from requests.adapters import HTTPAdapter
from requests.cookies import extract_cookies_to_jar
from requests.utils import requote_uri
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NameResolutionError, NewConnectionError

from kg.errors import ConfigError, FetchError

__all__ = [
    "DEFAULT_USER_AGENT",
    "FetchConfig",
    "FetchedPage",
    "Fetcher",
    "Resolver",
    "address_refusal",
    "check_url",
    "decode_text",
    "detect_encoding",
    "parse_ip_literal",
]

log = logging.getLogger(__name__)

DEFAULT_USER_AGENT = "osint-kg/0.1 (+https://github.com/osint-kg/osint-kg)"

#: ``(host, port) -> IP address strings``; the default is the system resolver (getaddrinfo).
Resolver = Callable[[str, int], Sequence[str]]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Cloud instance-metadata endpoints: refused even when private addresses are allowed, since
# reaching one from a crawler is the classic SSRF credential theft (AWS, AWS ECS, Alibaba).
_METADATA = frozenset(
    ipaddress.ip_address(a)
    for a in ("169.254.169.254", "169.254.170.2", "100.100.100.200", "fd00:ec2::254")
)
# Networks a user may allow with allow_private_addresses (RFC 1918, CGNAT, unique-local).
_PRIVATE = tuple(
    ipaddress.ip_network(n)
    for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "fc00::/7")
)
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
_IPV4_COMPAT = ipaddress.ip_network("::/96")

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 16 * 1024
# RFC 9309: crawlers must parse at least 500 KiB of robots.txt; beyond that we truncate.
_ROBOTS_MAX_BYTES = 512 * 1024
# RFC 9309: a cached robots.txt should not be used for more than 24 hours.
_ROBOTS_TTL = 24 * 3600.0
# The HTML spec's prescan reads 1024 bytes; real pages put <meta charset> after long comments.
_META_SCAN = 4096
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)
# WHATWG Encoding: these labels all mean windows-1252 on the web.
_WIN1252 = frozenset(
    "ascii us-ascii iso-8859-1 iso8859-1 iso_8859-1 latin1 latin-1 l1 cp819 ibm819 "
    "windows-1252 x-cp1252 cp1252".split()
)
_NOT_LETTERS = bytes(b for b in range(256) if not chr(b).isascii() or not chr(b).isalpha())
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")
)


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


# --------------------------------------------------------------------------- charsets


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def _codec(label: str | bytes | None) -> str | None:
    """Python codec name for a charset label, with the web's windows-1252 aliasing."""
    if isinstance(label, bytes):
        label = label.decode("ascii", "ignore")
    label = (label or "").strip().strip("\"'").lower()
    if not label:
        return None
    if label in _WIN1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def detect_encoding(content: bytes, content_type: str | None = None) -> str | None:
    """Find the charset of a body: BOM, then the header's charset, then ``<meta>``, then sniffing.

    The byte-order mark comes first, as in the HTML standard: it cannot be wrong, headers can.
    Sniffing takes UTF-8 whenever valid UTF-8 sequences outnumber invalid bytes (one bad byte
    must not flip a UTF-8 page to a single-byte codec and garble every accent), else asks
    charset_normalizer.

    Args:
        content: the body bytes.
        content_type: the ``Content-Type`` header value, if any.

    Returns:
        A Python codec name, or None when nothing can be said (decode as UTF-8 then).

    >>> detect_encoding(b"caf\\xe9", "text/html; charset=ISO-8859-1")
    'cp1252'
    >>> detect_encoding(b'<meta charset="utf-8">caf\\xc3\\xa9')
    'utf-8'
    """
    for bom, name in _BOMS:
        if content.startswith(bom):
            return name
    params = (content_type or "").split(";")[1:]
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and _codec(value):
            return _codec(value)
    media = _media_type(content_type)
    if media in ("", "text/html", "application/xhtml+xml"):
        match = _META_CHARSET.search(content[:_META_SCAN])
        label = _codec(match.group(1)) if match else None
        if label:
            # HTML: a <meta> claiming UTF-16 in an ASCII-compatible document means UTF-8.
            return "utf-8" if label.startswith("utf-16") else label
    return _sniff_encoding(content)


def _sniff_encoding(content: bytes) -> str | None:
    if not content:
        return None
    # Counting with str/bytes methods keeps this fast on a 10 MB page.
    text = content.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - content.count(b"\xef\xbf\xbd")
    valid = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    if bad == 0 or valid >= bad:
        return "utf-8"
    # Latin-script text (high bytes sparse among ASCII letters: French, German, Spanish...) is
    # windows-1252, the web's default; charset_normalizer guesses mac-latin2 or even Shift-JIS
    # for such short samples. Dense high bytes mean another script: let it detect that.
    letters = len(content.translate(None, _NOT_LETTERS))
    high = len(content) - len(content.decode("ascii", errors="ignore"))
    if high <= 0.3 * (letters + high):
        return "cp1252"
    best = charset_normalizer.from_bytes(content).best()
    return _codec(best.encoding) if best is not None else None


def decode_text(content: bytes, encoding: str | None) -> str:
    """Decode ``content`` with ``encoding`` (UTF-8 when None), never failing on a bad byte.

    >>> decode_text(b"\\xef\\xbb\\xbfok \\xff", "utf-8")
    'ok \\ufffd'
    """
    text = content.decode(_codec(encoding) or "utf-8", errors="replace")
    return text[1:] if text.startswith("\ufeff") else text


# --------------------------------------------------------------------------- SSRF guard

_DIGITS = {8: frozenset("01234567"), 10: frozenset("0123456789"), 16: frozenset("0123456789abcdef")}


def parse_ip_literal(host: str) -> IPAddress | None:
    """Read a host as an IP address in any spelling a resolver accepts, else None.

    IPv4 follows ``inet_aton``: one to four dot-separated parts, each decimal, octal (leading
    ``0``) or hex (``0x``), the last filling the remaining bytes. IPv6 may be bracketed and carry
    a zone.

    >>> [str(parse_ip_literal(h)) for h in ("127.1", "0x7f000001", "2130706433", "0177.0.0.1")]
    ['127.0.0.1', '127.0.0.1', '127.0.0.1', '127.0.0.1']
    >>> str(parse_ip_literal("[::ffff:127.0.0.1]")), parse_ip_literal("example.org")
    ('::ffff:7f00:1', None)
    """
    host = host.strip()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if ":" in host:
        try:
            return ipaddress.IPv6Address(host.split("%", 1)[0])
        except ValueError:
            return None
    parts = host.rstrip(".").lower().split(".")
    if not 1 <= len(parts) <= 4:
        return None
    numbers = []
    for part in parts:
        if part.startswith("0x"):
            base, digits = 16, part[2:]
        elif len(part) > 1 and part.startswith("0"):
            base, digits = 8, part[1:]
        else:
            base, digits = 10, part
        # Check characters ourselves: int() also takes "1_0" and non-ASCII digits.
        if not part or not set(digits) <= _DIGITS[base]:
            return None
        numbers.append(int(digits or "0", base))
    if any(n > 255 for n in numbers[:-1]) or numbers[-1] >= 256 ** (5 - len(numbers)):
        return None
    value = numbers[-1]
    for i, n in enumerate(numbers[:-1]):
        value += n << (8 * (3 - i))
    return ipaddress.IPv4Address(value)


def address_refusal(
    address: str | IPAddress, *, allow_private: bool = False, allow_loopback: bool = False
) -> str | None:
    """Why a crawler must not connect to ``address``, or None when it may.

    IPv4 addresses embedded in IPv6 (mapped, NAT64, 6to4, Teredo) are judged as the IPv4
    address they reach. Cloud-metadata, multicast, unspecified and reserved addresses are always
    refused.

    >>> address_refusal("8.8.8.8") is None, address_refusal("::ffff:10.1.2.3")
    (True, 'private')
    >>> address_refusal("169.254.169.254", allow_private=True)
    'cloud metadata'
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0]) if isinstance(address, str) else address
    if ip in _METADATA:
        return "cloud metadata"
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return address_refusal(ip.ipv4_mapped, allow_private=allow_private,
                                   allow_loopback=allow_loopback)
        if ip in _IPV4_COMPAT and int(ip) > 1:
            return "reserved (IPv4-compatible)"
        embedded = ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if any(ip in net for net in _NAT64):
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            reason = address_refusal(embedded, allow_private=allow_private,
                                     allow_loopback=allow_loopback)
            if reason:
                return f"{reason} (embedded {embedded})"
    if ip.is_loopback:
        return None if allow_loopback else "loopback"
    if ip.is_unspecified:
        return "unspecified"
    if ip.is_multicast:
        return "multicast"
    if ip.is_link_local:
        return None if allow_private else "link-local"
    if any(ip in net for net in _PRIVATE):
        return None if allow_private else "private"
    if not ip.is_global or getattr(ip, "is_site_local", False):
        return "reserved"
    return None


def _system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


class _AddressRefused(Exception):
    """Raised inside the transport when a socket would reach a refused address."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(reason)


class _AddressGuard:
    """Resolves hosts and vets every address; used before requests and when sockets open."""

    def __init__(self, config: FetchConfig, resolver: Resolver | None):
        self.allow_private = config.allow_private_addresses
        self.allow_loopback = config.allow_loopback
        self.resolver = resolver or _system_resolver

    def vet(self, host: str, port: int) -> list[IPAddress]:
        host = host.strip().strip("[]").rstrip(".").lower()
        if not host:
            raise _AddressRefused("no host")
        literal = parse_ip_literal(host)
        if literal is None and (host == "localhost" or host.endswith(".localhost")):
            if not self.allow_loopback:
                raise _AddressRefused(f"address refused: {host} (loopback name)")
        if literal is not None:
            addresses = [literal]
        else:
            addresses = []
            for found in self.resolver(host, port):
                ip = parse_ip_literal(found)
                if ip is None:
                    raise _AddressRefused(f"resolver returned a non-address for {host}: {found!r}")
                addresses.append(ip)
        if not addresses:
            raise _AddressRefused(f"{host} has no addresses")
        for ip in addresses:
            reason = address_refusal(ip, allow_private=self.allow_private,
                                     allow_loopback=self.allow_loopback)
            if reason:
                raise _AddressRefused(f"address refused: {host} -> {ip} ({reason})")
        return addresses

    def connect(self, host: str, port: int, timeout: Any, source_address: Any,
                socket_options: Any) -> socket.socket:
        """Open a socket to a vetted address of ``host`` (what urllib3's create_connection does)."""
        error: OSError | None = None
        for ip in self.vet(host, port):
            family = socket.AF_INET6 if ip.version == 6 else socket.AF_INET
            sock = socket.socket(family, socket.SOCK_STREAM)
            try:
                for option in socket_options or ():
                    sock.setsockopt(*option)
                sock.settimeout(timeout if isinstance(timeout, (int, float))
                                else socket.getdefaulttimeout())
                if source_address:
                    sock.bind(source_address)
                sock.connect((str(ip), port))
                return sock
            except OSError as exc:
                error = exc
                sock.close()
        raise error or OSError(f"cannot connect to {host}")


def check_url(url: str, config: FetchConfig, *, resolver: Resolver | None = None) -> list[str]:
    """Refuse a URL the fetcher must not request; return the addresses its host resolves to.

    Args:
        url: the URL to check.
        config: gives ``allow_private_addresses`` and ``allow_loopback``.
        resolver: ``(host, port) -> addresses``; the system resolver by default.

    Returns:
        The vetted IP addresses, as strings.

    Raises:
        FetchError: the scheme is not http(s), the URL is malformed, the host does not resolve,
            or any address it resolves to is refused.

    >>> check_url("http://0x7f.1/", FetchConfig())
    Traceback (most recent call last):
    ...
    kg.errors.FetchError: http://0x7f.1/: address refused: 0x7f.1 -> 127.0.0.1 (loopback)
    """
    try:
        parts = urllib3.util.parse_url(url)
    except urllib3.exceptions.LocationParseError as exc:
        raise FetchError(url, f"malformed URL: {exc}") from None
    scheme = (parts.scheme or "").lower()
    if scheme not in ("http", "https"):
        raise FetchError(url, f"scheme not allowed: {scheme or 'none'!r}")
    port = parts.port or (443 if scheme == "https" else 80)
    try:
        return [str(ip) for ip in _AddressGuard(config, resolver).vet(parts.host or "", port)]
    except _AddressRefused as exc:
        raise FetchError(url, exc.reason) from None
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(url, f"cannot resolve host: {exc}") from None


# --------------------------------------------------------------------------- transport


class _GuardedConnectionMixin:
    _osint_guard: _AddressGuard

    def _new_conn(self) -> socket.socket:
        try:
            return self._osint_guard.connect(self._dns_host, self.port, self.timeout,
                                             self.source_address, self.socket_options)
        except socket.gaierror as exc:
            raise NameResolutionError(self.host, self, exc) from exc
        except TimeoutError as exc:
            raise ConnectTimeoutError(self, f"connection to {self.host} timed out") from exc
        except OSError as exc:
            raise NewConnectionError(self, f"failed to establish a connection: {exc}") from exc


class _GuardedAdapter(HTTPAdapter):
    """An HTTPAdapter whose direct connections only ever open sockets to vetted addresses.

    (Through a proxy the proxy resolves the target; then the check before each request is
    what guards it.)
    """

    def __init__(self, guard: _AddressGuard):
        self._osint_guard = guard
        super().__init__(pool_connections=4, pool_maxsize=4, max_retries=0)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        attrs = {"_osint_guard": self._osint_guard}
        http = type("GuardedHTTPConnection", (_GuardedConnectionMixin, HTTPConnection), attrs)
        https = type("GuardedHTTPSConnection", (_GuardedConnectionMixin, HTTPSConnection), attrs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": type("GuardedHTTPPool", (HTTPConnectionPool,), {"ConnectionCls": http}),
            "https": type("GuardedHTTPSPool", (HTTPSConnectionPool,), {"ConnectionCls": https}),
        }


class _Inflater:
    """Undoes a Content-Encoding while never producing more bytes than the caller allows."""

    def __init__(self, coding: str | None):
        codings = [c.strip().lower() for c in (coding or "").split(",") if c.strip()]
        codings = [c for c in codings if c != "identity"]
        if len(codings) > 1 or (codings and codings[0] not in ("gzip", "x-gzip", "deflate")):
            raise ValueError(coding)
        self.coding = codings[0] if codings else None
        self._wbits = 16 + zlib.MAX_WBITS if self.coding in ("gzip", "x-gzip") else zlib.MAX_WBITS
        self._inflater: Any = None
        self._started = False
        self._done = False

    def feed(self, data: bytes, budget: int) -> Iterator[bytes]:
        """Yield decompressed pieces of ``data``; stop as soon as more than ``budget`` came out."""
        if self.coding is None:
            yield data
            return
        produced = 0
        while data and not self._done:
            if self._inflater is None:
                if self._started and not data.startswith(b"\x1f\x8b"):
                    # After the last member: only another gzip member may follow; anything
                    # else is trailing junk, which browsers ignore and so do we.
                    self._done = True
                    return
                self._inflater = zlib.decompressobj(self._wbits)
            try:
                out = self._inflater.decompress(data, budget - produced + 1)
            except zlib.error:
                if self.coding != "deflate" or self._started:
                    raise
                # "deflate" is sent both zlib-wrapped (RFC) and raw (old IIS): try raw.
                self._wbits, self._inflater = -zlib.MAX_WBITS, None
                continue
            self._started = True
            produced += len(out)
            yield out
            if produced > budget:
                return
            if self._inflater.eof:
                data = self._inflater.unused_data
                self._inflater = None
            else:
                data = self._inflater.unconsumed_tail


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

    Example::

        with requests.Session() as session, Fetcher(session, FetchConfig()) as fetcher:
            page = fetcher.fetch("https://example.org/")
    """

    def __init__(self, session: requests.Session, config: FetchConfig | None = None, *,
                 resolver: Resolver | None = None):
        self.session = session
        self.config = config or FetchConfig()
        self._guard = _AddressGuard(self.config, resolver)
        self._adapter = _GuardedAdapter(self._guard)
        self._lock = threading.Lock()
        self._last_request: dict[str, float] = {}
        self._host_delay: dict[str, float] = {}
        self._robots: dict[str, tuple[Protego | None, float]] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close this fetcher's connections (the session stays the caller's)."""
        self._adapter.close()

    def fetch(self, url: str) -> FetchedPage:
        """Fetch ``url`` into a :class:`FetchedPage`.

        Raises:
            FetchError: on any failure (HTTP status, deadline, size cap, content type,
                redirects, robots.txt, refused address, connection). ``status`` is set when
                the server answered with an error.
        """
        cfg = self.config
        deadline = _Deadline(cfg.deadline)
        hop = self._follow(url, deadline, types=cfg.allowed_content_types,
                           max_bytes=cfg.max_bytes, robots=cfg.respect_robots)
        content_type = next((v for k, v in hop.headers if k.lower() == "content-type"), None)
        return FetchedPage(
            url=hop.url, requested_url=url, status=hop.status, headers=hop.headers,
            content=hop.content, encoding=detect_encoding(hop.content, content_type),
            fetched_at=datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        )

    def robots(self, url: str) -> Protego | None:
        """The parsed robots.txt for ``url``'s origin (None: no rules), fetched if not cached."""
        return self._robots_for(url, url, _Deadline(self.config.deadline))

    # ---------------------------------------------------------------- internals

    def _follow(self, url: str, deadline: _Deadline, *, types: Sequence[str] | None,
                max_bytes: int, robots: bool, truncate: bool = False) -> _Hop:
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
            hop = self._with_retries(url, current, deadline, types, max_bytes, truncate)
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
                      types: Sequence[str] | None, max_bytes: int, truncate: bool) -> _Hop:
        attempt = 0
        while True:
            self._wait_turn(current, deadline)
            if deadline.remaining() <= 0:
                raise deadline.error(url)
            try:
                return self._attempt(url, current, deadline, types, max_bytes, truncate)
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
                 types: Sequence[str] | None, max_bytes: int, truncate: bool) -> _Hop:
        cfg = self.config
        remaining = deadline.remaining()
        accept = ",".join(types) + ",*/*;q=0.1" if types else "*/*"
        try:
            request = self.session.prepare_request(requests.Request("GET", current, headers={
                "User-Agent": cfg.user_agent, "Accept": accept,
                "Accept-Encoding": "gzip, deflate"}))
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
            headers = tuple((str(k), str(v)) for k, v in response.raw.headers.items())
            hop = _Hop(current, response.status_code, response.reason or "", headers)
            if hop.status == 429 or (hop.status >= 500 and hop.status != 501):
                raise _Retry(hop.reason or "server error", hop.status,
                             _retry_after(hop.header("retry-after")))
            if not 200 <= hop.status < 300:
                return hop
            media = _media_type(hop.header("content-type"))
            if types and media and media not in types:
                raise FetchError(url, f"content type not allowed: {media}", hop.status)
            length = hop.header("content-length") or ""
            if (not hop.header("content-encoding") and length.isdigit()
                    and int(length) > max_bytes and not truncate):
                raise FetchError(url, f"size cap exceeded: Content-Length {length} > {max_bytes}")
            hop.content = self._read_body(url, response, deadline, max_bytes, truncate)
            if types and not media and not _looks_like_html(hop.content, types):
                raise FetchError(url, "content type not allowed: none given, not HTML")
            return hop
        finally:
            response.close()

    def _read_body(self, url: str, response: requests.Response, deadline: _Deadline,
                   max_bytes: int, truncate: bool) -> bytes:
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
        total = 0
        try:
            while True:
                data = response.raw.read1(_CHUNK, decode_content=False)
                if deadline.remaining() <= 0:
                    raise deadline.error(url)
                if not data:
                    return b"".join(chunks)
                for piece in inflater.feed(data, max_bytes - total):
                    chunks.append(piece)
                    total += len(piece)
                    if total > max_bytes:
                        if truncate:
                            return b"".join(chunks)[:max_bytes]
                        raise FetchError(url, f"size cap exceeded: more than {max_bytes} bytes")
        except zlib.error as exc:
            raise FetchError(url, f"corrupt {inflater.coding} body: {exc}") from None
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            if deadline.remaining() <= 0:
                raise deadline.error(url) from None
            raise _Retry(f"connection error while reading: {exc}") from None
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
        origin = f"{parts.scheme.lower()}://{(parts.netloc.rpartition('@')[2]).lower()}"
        cached = self._robots.get(origin)
        if cached is not None and cached[1] > time.monotonic():
            return cached[0]
        try:
            hop = self._follow(origin + "/robots.txt", deadline, types=None,
                               max_bytes=_ROBOTS_MAX_BYTES, robots=False, truncate=True)
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
        return rules


def _looks_like_html(content: bytes, types: Sequence[str]) -> bool:
    head = content[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return "text/html" in types and head.startswith((b"<!doctype html", b"<html", b"<head",
                                                      b"<body", b"<!--"))
