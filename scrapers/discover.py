"""Discovery: article URLs from RSS/Atom feeds and XML sitemaps.

Reads: a feed or sitemap URL, fetched through the caller's guarded :class:`Fetcher` (so robots.txt,
rate limits, deadline, size cap and the SSRF guard apply), or the bytes of one.
Writes: :class:`Discovered` entries (URL, date when the feed or sitemap gives one), in document
order, or raises :class:`kg.errors.FetchError` / :class:`kg.errors.ParseError`.

Feeds and sitemaps are untrusted XML. Before any parser that expands entities sees them,
defusedxml parses them with entity declarations and external references forbidden, so a
"billion laughs" expansion or an XXE file read is a ParseError, never work done. Only then does
feedparser read a feed (it is lenient with feeds that are not well-formed XML; those are let
through only when they declare no entities). Sitemaps are read with defusedxml alone, and a
gzip sitemap (``.xml.gz``) is inflated under the same byte cap as a page.
"""

from __future__ import annotations

import calendar
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any
from urllib.parse import urljoin, urlsplit

import defusedxml.ElementTree
import feedparser
from defusedxml import DefusedXmlException

from kg.errors import FetchError, ParseError
from scrapers.fetch import Fetcher, decode_body

__all__ = ["Discovered", "FEED_TYPES", "SITEMAP_TYPES", "parse_feed", "parse_sitemap",
           "discover_feed", "discover_sitemap"]

#: Media types accepted when fetching a feed (servers label feeds all of these ways).
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
              "application/xml", "text/xml", "application/x-rss+xml", "text/rss+xml")
#: Media types accepted when fetching a sitemap (plain or gzip-compressed XML).
SITEMAP_TYPES = ("application/xml", "text/xml", "application/x-gzip", "application/gzip",
                 "application/octet-stream")
_SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
_NEWS_NS = "{http://www.google.com/schemas/sitemap-news/0.9}"
#: Sitemap files read for one --sitemap (an index may list thousands; each costs a request).
MAX_SITEMAPS = 50


@dataclass(frozen=True)
class Discovered:
    """An article URL found in a feed or sitemap, with its date (ISO 8601) when given."""

    url: str
    published: str | None = None
    via: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"url": self.url, "published": self.published, "via": self.via}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Discovered:
        return cls(data["url"], data.get("published"), data.get("via", ""))

    def since(self, day: date | None) -> bool:
        """True when ``day`` is None, the entry has no date, or it is on or after ``day``."""
        return day is None or self.published is None or self.published[:10] >= day.isoformat()


def _check_xml(content: bytes, url: str, *, dtd: bool) -> ET.Element | None:
    """Parse with entity expansion and external references forbidden.

    Returns the root, or None when the document is not well-formed (feeds often are not) and
    declares no entities.

    Raises:
        ParseError: the document declares entities or external references (or a DTD when
            ``dtd`` is False).
    """
    try:
        return defusedxml.ElementTree.fromstring(content, forbid_dtd=not dtd,
                                                 forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise ParseError(url, f"unsafe XML refused ({type(exc).__name__})") from None
    except ET.ParseError:
        head = content[:65536].lower()
        if b"<!entity" in head or (b"<!doctype" in head and not dtd):
            raise ParseError(url, "unsafe XML refused (entity declarations)") from None
        return None


def _web_url(base: str, href: Any) -> str | None:
    if not isinstance(href, str) or not href.strip():
        return None
    try:
        url = urljoin(base, href.strip())
    except ValueError:
        return None
    return url if urlsplit(url).scheme in ("http", "https") else None


def parse_feed(content: bytes, url: str) -> list[Discovered]:
    """Entries of an RSS or Atom feed.

    Raises:
        ParseError: unsafe XML, or not a feed.

    >>> rss = (b'<rss version="2.0"><channel><item><link>https://n.example/a</link>'
    ...        b'<pubDate>Sun, 08 Oct 2023 08:15:00 GMT</pubDate></item></channel></rss>')
    >>> parse_feed(rss, "https://n.example/feed")
    [Discovered(url='https://n.example/a', published='2023-10-08T08:15:00+00:00', via='https://n.example/feed')]
    """
    _check_xml(content, url, dtd=True)
    parsed = feedparser.parse(content, response_headers={"content-location": url},
                              resolve_relative_uris=False, sanitize_html=False)
    if not parsed.entries and (parsed.bozo or parsed.get("version", "") == ""):
        raise ParseError(url, "not an RSS or Atom feed")
    found: dict[str, Discovered] = {}
    for entry in parsed.entries:
        link = _web_url(url, entry.get("link")) or _web_url(url, entry.get("id"))
        if link is None:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = (datetime.fromtimestamp(calendar.timegm(stamp), timezone.utc).isoformat()
                     if isinstance(stamp, time.struct_time) else None)
        found.setdefault(link, Discovered(link, published, url))
    return list(found.values())


def parse_sitemap(content: bytes, url: str, *, max_bytes: int = 50 * 1024 * 1024
                  ) -> tuple[list[Discovered], list[str]]:
    """Page URLs of a urlset, and child sitemap URLs of a sitemap index.

    Args:
        content: the sitemap, plain or gzip-compressed.
        url: where it came from (base for relative URLs, name in errors).
        max_bytes: cap on the inflated size of a gzip sitemap (the protocol allows 50 MB).

    Returns:
        ``(pages, sitemaps)``; a ``<lastmod>`` or news ``<publication_date>`` is the date.

    Raises:
        ParseError: unsafe, malformed or oversized XML, or not a sitemap.

    >>> xml = (b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url>'
    ...        b'<loc>https://n.example/a</loc><lastmod>2024-01-02</lastmod></url></urlset>')
    >>> parse_sitemap(xml, "https://n.example/sitemap.xml")[0][0].published
    '2024-01-02'
    """
    if content[:2] == b"\x1f\x8b":
        try:
            content = decode_body(content, "gzip", max_bytes, url)
        except FetchError as exc:
            raise ParseError(url, f"gzip sitemap: {exc.reason}") from None
    root = _check_xml(content, url, dtd=False)
    if root is None:
        raise ParseError(url, "sitemap is not well-formed XML")
    kind = root.tag.rsplit("}", 1)[-1]
    if kind not in ("urlset", "sitemapindex"):
        raise ParseError(url, f"not a sitemap (root element <{kind}>)")
    pages: list[Discovered] = []
    children: list[str] = []
    child = "url" if kind == "urlset" else "sitemap"
    for node in root:
        if node.tag not in (_SITEMAP_NS + child, child):
            continue
        loc = _web_url(url, _text(node, "loc"))
        if loc is None:
            continue
        if kind == "sitemapindex":
            children.append(loc)
            continue
        news = node.find(f"{_NEWS_NS}news/{_NEWS_NS}publication_date")
        when = (news.text or "").strip() if news is not None else _text(node, "lastmod")
        pages.append(Discovered(loc, when or None, url))
    return pages, children


def _text(node: ET.Element, name: str) -> str | None:
    found = node.find(_SITEMAP_NS + name)
    if found is None:
        found = node.find(name)
    return (found.text or "").strip() if found is not None else None


def discover_feed(fetcher: Fetcher, url: str, *, since: date | None = None) -> list[Discovered]:
    """Fetch a feed with the fetcher (XML types allowed for this fetch) and list its entries.

    Raises:
        FetchError: the feed could not be fetched.
        ParseError: unsafe XML or not a feed.
    """
    page = fetcher.fetch(url, content_types=FEED_TYPES)
    return [d for d in parse_feed(page.content, page.url) if d.since(since)]


def discover_sitemap(fetcher: Fetcher, url: str, *, since: date | None = None,
                     max_sitemaps: int = MAX_SITEMAPS) -> Iterator[Discovered]:
    """Fetch a sitemap, following a sitemap index breadth first, and yield its pages.

    At most ``max_sitemaps`` files are fetched; a child sitemap that fails is skipped (the
    first one's failure is raised, since then nothing can be found).

    Raises:
        FetchError: the first sitemap could not be fetched.
        ParseError: the first sitemap is unsafe or not a sitemap.
    """
    queue, seen, fetched = [url], {url}, 0
    while queue and fetched < max_sitemaps:
        current = queue.pop(0)
        fetched += 1
        try:
            page = fetcher.fetch(current, content_types=SITEMAP_TYPES)
            pages, children = parse_sitemap(page.content, page.url,
                                            max_bytes=fetcher.config.max_bytes)
        except (FetchError, ParseError):
            if current == url:
                raise
            continue
        for child in children:
            if child not in seen:
                seen.add(child)
                queue.append(child)
        yield from (d for d in pages if d.since(since))
