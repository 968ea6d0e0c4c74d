"""One crawl: a guarded fetcher with its cache and WARC recorder, for URLs, feeds and sitemaps.

Reads: a :class:`FetchConfig`, an optional cache folder and WARC file, a ``since`` date.
Writes: :class:`scrapers.parse.Article` objects for article URLs, article URLs for feeds and
sitemaps; responses go to the cache and the WARC as the fetcher gets them.

Everything is created on first use, so an ingest of local files opens no session and writes no
empty WARC. The caller closes the crawl (it is a context manager).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import requests

from scrapers.adapters import SiteAdapters
from scrapers.cache import HttpCache
from scrapers.discover import discover_feed, discover_sitemap
from scrapers.fetch import FetchConfig, Fetcher
from scrapers.parse import Article, parse_page
from scrapers.warc import WarcRecorder

__all__ = ["Crawl"]


class Crawl:
    """Fetch articles and discover URLs through one polite, guarded fetcher.

    Args:
        config: the fetch policy.
        cache_dir: folder of the HTTP cache (None: no conditional requests).
        warc_out: WARC file every successful response is appended to (None: not kept).
        since: feed and sitemap entries dated before this day are skipped (undated ones kept).
        session: the requests session to use (default: a new one, closed with the crawl).
        adapters: site adapters for the pages fetched (:mod:`scrapers.adapters`).

    Example::

        with Crawl(FetchConfig(), warc_out="crawl.warc.gz") as crawl:
            for url in crawl.discover("feed", "https://news.example/rss"):
                article = crawl.fetch(url)
    """

    def __init__(self, config: FetchConfig, *, cache_dir: str | Path | None = None,
                 warc_out: str | Path | None = None, since: date | None = None,
                 session: requests.Session | None = None, adapters: SiteAdapters | None = None):
        self.config = config
        self.cache = HttpCache(cache_dir) if cache_dir else None
        self.recorder = WarcRecorder(warc_out) if warc_out else None
        self.since = since
        self.adapters = adapters
        self._session = session
        self._own_session = session is None
        self._fetcher: Fetcher | None = None

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            if self._session is None:
                self._session = requests.Session()
            self._fetcher = Fetcher(self._session, self.config, cache=self.cache,
                                    recorder=self.recorder)
        return self._fetcher

    def fetch(self, url: str) -> Article:
        """Fetch and parse one article.

        Raises:
            FetchError: the fetch failed (nothing is cached or recorded then).
            ParseError: the page is not an article.
        """
        return parse_page(self.fetcher.fetch(url), adapters=self.adapters)

    def discover(self, kind: str, url: str) -> Iterator[str]:
        """Article URLs listed by a ``feed`` or a ``sitemap`` (lazily: a limit stops fetching).

        Raises:
            FetchError, ParseError: the feed or first sitemap failed.
            ValueError: ``kind`` is neither.
        """
        if kind == "feed":
            found: Any = discover_feed(self.fetcher, url, since=self.since)
        elif kind == "sitemap":
            found = discover_sitemap(self.fetcher, url, since=self.since)
        else:
            raise ValueError(kind)
        return (d.url for d in found)

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()
        if self.recorder is not None:
            self.recorder.close()
        if self._own_session and self._session is not None:
            self._session.close()

    def __enter__(self) -> Crawl:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
