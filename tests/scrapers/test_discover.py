"""Discovery from feeds and sitemaps, fetched through the guarded fetcher (see conftest.py)."""

from __future__ import annotations

import gzip
import time
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

import pytest
import requests

from kg.errors import FetchError, ParseError
from scrapers.discover import discover_feed, discover_sitemap, parse_feed, parse_sitemap
from scrapers.fetch import FetchConfig, Fetcher

if TYPE_CHECKING:
    from conftest import MockServer

ARTICLES = ["meridian-wire", "seoul-ledger", "daily-courier"]  # newest first, as conftest lists them


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with requests.Session() as session:
        session.trust_env = False
        with Fetcher(session, FetchConfig(deadline=2, min_delay=0, retries=0,
                                          allow_loopback=True)) as f:
            yield f


def names(found: object) -> list[str]:
    return [d.url.rsplit("/", 1)[-1].removesuffix(".html") for d in found]  # type: ignore[attr-defined]


@pytest.mark.parametrize("path", ["/feed.rss", "/feed.atom"])
def test_feed_entries(fetcher: Fetcher, server: MockServer, path: str) -> None:
    found = discover_feed(fetcher, server.url(path))
    assert names(found) == ARTICLES
    assert found[0].published.startswith("2023-10-13") and found[0].via == server.url(path)


def test_feed_since(fetcher: Fetcher, server: MockServer) -> None:
    assert names(discover_feed(fetcher, server.url("/feed.rss"), since=date(2023, 9, 1))) == ARTICLES[:2]


def test_feed_types_are_allowed_for_that_fetch_only(fetcher: Fetcher, server: MockServer) -> None:
    with pytest.raises(FetchError, match="content type not allowed: application/rss"):
        fetcher.fetch(server.url("/feed.rss"))
    assert fetcher.config.allowed_content_types == FetchConfig().allowed_content_types


def test_sitemap_index_with_gzip_child(fetcher: Fetcher, server: MockServer) -> None:
    found = list(discover_sitemap(fetcher, server.url("/sitemap.xml")))
    assert sorted(names(found)) == sorted(ARTICLES)
    assert server.hits["/sitemap-1.xml"] == 1  # listed twice, fetched once
    assert server.hits["/sitemap-2.xml.gz"] == 1
    since = list(discover_sitemap(fetcher, server.url("/sitemap.xml"), since=date(2023, 10, 1)))
    assert names(since) == ["meridian-wire"]


def test_sitemap_is_lazy(fetcher: Fetcher, server: MockServer) -> None:
    first = next(iter(discover_sitemap(fetcher, server.url("/sitemap.xml"))))
    assert first.url.endswith("meridian-wire.html")
    assert server.hits["/sitemap-2.xml.gz"] == 0  # nothing fetched past what was asked for


@pytest.mark.parametrize("path", ["/bomb.rss", "/xxe.rss"])
def test_unsafe_feeds_are_refused_quickly(fetcher: Fetcher, server: MockServer, path: str) -> None:
    start = time.monotonic()
    with pytest.raises(ParseError, match="unsafe XML refused"):
        discover_feed(fetcher, server.url(path))
    assert time.monotonic() - start < 2


def test_xxe_sitemap_is_refused(fetcher: Fetcher, server: MockServer) -> None:
    with pytest.raises(ParseError, match="unsafe XML refused"):
        list(discover_sitemap(fetcher, server.url("/xxe-sitemap.xml")))


def test_html_is_not_a_feed() -> None:
    with pytest.raises(ParseError, match="not an RSS or Atom feed"):
        parse_feed(b"<html><body><p>hello</p></body></html>", "https://n.example/")


def test_ill_formed_feed_without_entities_is_read_leniently() -> None:
    rss = b'<rss version="2.0"><channel><item><link>https://n.example/a</link><title>A & B</title></item>'
    assert [d.url for d in parse_feed(rss, "https://n.example/feed")] == ["https://n.example/a"]


def test_ill_formed_feed_declaring_entities_is_refused() -> None:
    rss = b'<!DOCTYPE x [<!ENTITY a "aaaa">]><rss><channel><item><title>&a; & </title>'
    with pytest.raises(ParseError, match="unsafe XML"):
        parse_feed(rss, "https://n.example/feed")


def test_sitemap_gzip_bomb_stops_at_the_cap() -> None:
    bomb = gzip.compress(b"<urlset>" + b" " * (20 << 20), compresslevel=9)
    with pytest.raises(ParseError, match="size cap"):
        parse_sitemap(bomb, "https://n.example/s.xml.gz", max_bytes=1 << 20)


@pytest.mark.parametrize("content, match", [
    (b"<html/>", "not a sitemap"),
    (b"<urlset><url><loc>", "not well-formed"),
])
def test_bad_sitemaps(content: bytes, match: str) -> None:
    with pytest.raises(ParseError, match=match):
        parse_sitemap(content, "https://n.example/sitemap.xml")


def test_sitemap_keeps_only_web_urls() -> None:
    xml = (b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
           b"<url><loc>javascript:alert(1)</loc></url><url><loc>/rel</loc></url></urlset>")
    pages, children = parse_sitemap(xml, "https://n.example/sitemap.xml")
    assert [p.url for p in pages] == ["https://n.example/rel"] and children == []
