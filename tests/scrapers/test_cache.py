"""The on-disk HTTP cache: conditional requests against the real server (see conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import requests

from kg.errors import FetchError
from scrapers.cache import HttpCache
from scrapers.fetch import FetchConfig, Fetcher

if TYPE_CHECKING:
    from conftest import MockServer

ETAG, LAST_MODIFIED = '"v1-abc"', "Fri, 13 Oct 2023 18:42:00 GMT"  # conftest's validators


@pytest.fixture
def cache(tmp_path: Path) -> HttpCache:
    return HttpCache(tmp_path / "cache")


@pytest.fixture
def fetcher(cache: HttpCache) -> Iterator[Fetcher]:
    with requests.Session() as session:
        session.trust_env = False
        config = FetchConfig(deadline=3, min_delay=0, retries=0, allow_loopback=True)
        with Fetcher(session, config, cache=cache) as f:
            yield f


def test_304_serves_the_cached_body(fetcher: Fetcher, cache: HttpCache, server: MockServer) -> None:
    url = server.url("/examples/meridian-wire.html")
    first = fetcher.fetch(url)
    second = fetcher.fetch(url)
    assert server.hits["/examples/meridian-wire.html"] == 2  # revalidated, not skipped
    requests_seen = [h for _, p, h in server.log if p == "/examples/meridian-wire.html"]
    assert "If-None-Match" not in requests_seen[0]
    assert requests_seen[1]["If-None-Match"] == ETAG
    assert requests_seen[1]["If-Modified-Since"] == LAST_MODIFIED
    assert cache.hits == 1 and cache.stored == 1
    assert second.content == first.content and b"Meridian Wire" in second.content
    assert (second.url, second.status, second.headers, second.encoding) == (
        first.url, first.status, first.headers, first.encoding)


def test_cache_survives_a_new_fetcher(cache: HttpCache, server: MockServer) -> None:
    url = server.url("/etag-only")
    config = FetchConfig(deadline=3, min_delay=0, allow_loopback=True)
    for _ in range(3):
        with requests.Session() as session, Fetcher(session, config, cache=HttpCache(cache.folder)) as f:
            page = f.fetch(url)
            assert b"Z\xc3\xbcrich" in page.content
    assert server.hits["/etag-only"] == 3
    assert [h.get("If-None-Match") for _, p, h in server.log if p == "/etag-only"] == [None, ETAG, ETAG]


def test_pages_without_validators_are_not_kept(fetcher: Fetcher, cache: HttpCache,
                                               server: MockServer) -> None:
    fetcher.fetch(server.url("/no-validators"))
    fetcher.fetch(server.url("/no-validators"))
    assert cache.stored == 0 and cache.hits == 0
    assert not any("If-None-Match" in h for _, _, h in server.log)


def test_nothing_is_cached_from_a_failed_fetch(fetcher: Fetcher, cache: HttpCache,
                                               server: MockServer) -> None:
    for path in ("/status/404", "/pdf", "/gzip-bomb"):
        with pytest.raises(FetchError):
            fetcher.fetch(server.url(path))
    assert cache.stored == 0
    assert not cache.folder.exists() or not any(cache.folder.rglob("*.json"))


def test_a_corrupt_entry_is_a_miss(fetcher: Fetcher, cache: HttpCache, server: MockServer) -> None:
    url = server.url("/etag-only")
    fetcher.fetch(url)
    for meta in cache.folder.rglob("*.json"):
        meta.write_text("{not json")
    assert cache.get(url) is None
    assert fetcher.fetch(url).status == 200  # fetched afresh, no conditional headers
    assert "If-None-Match" not in server.log[-1][2]
