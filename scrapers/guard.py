"""The SSRF guard: which addresses a crawler may connect to, checked before each request
and again when each socket opens.

Reads: a URL or host, and the ``allow_private_addresses`` / ``allow_loopback`` switches of a
:class:`scrapers.fetch.FetchConfig`.
Writes: the vetted addresses, or a refusal (:class:`kg.errors.FetchError` from :func:`check_url`).

Only http(s); hosts are resolved and private, loopback, link-local, multicast, reserved,
unspecified and cloud-metadata addresses are refused in every spelling (``0x7f.1``, ``2130706433``,
IPv4 inside IPv6), and a socket is only ever opened to a vetted address, so DNS rebinding between
the check and the connection does not get through.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import urllib3
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NameResolutionError, NewConnectionError

from kg.errors import FetchError

if TYPE_CHECKING:
    from scrapers.fetch import FetchConfig

__all__ = ["Resolver", "address_refusal", "check_url", "parse_ip_literal"]

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

    >>> from scrapers.fetch import FetchConfig
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

