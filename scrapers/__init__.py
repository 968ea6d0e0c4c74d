"""Getting documents in: fetch a URL politely and safely, then parse it into an Article.

Two stages with plain data between them::

    Fetcher(session, FetchConfig()).fetch(url) -> FetchedPage    (scrapers.fetch)
    parse_page(page) / parse_html(...) / parse_text(...) -> Article  (scrapers.parse)

Parsing splits into the body extractor and its repairs (scrapers.body) and site adapters a user
writes for sites it gets wrong (scrapers.adapters).

Around them: the SSRF guard (scrapers.guard), charset detection (scrapers.charset), an HTTP cache
for conditional requests (scrapers.cache), WARC evidence written and read back (scrapers.warc),
feed and sitemap discovery (scrapers.discover), and :class:`Crawl`, which ties one fetcher, cache
and WARC together for an ingest run (scrapers.crawl).

Nothing is created on import: the caller makes the ``requests.Session`` and the config and
passes them in.
"""

from scrapers.adapters import Extracted, SiteAdapter, SiteAdapters
from scrapers.cache import HttpCache
from scrapers.charset import decode_text, detect_encoding
from scrapers.crawl import Crawl
from scrapers.discover import (
    Discovered,
    discover_feed,
    discover_sitemap,
    parse_feed,
    parse_sitemap,
)
from scrapers.fetch import (
    DEFAULT_USER_AGENT,
    Exchange,
    FetchConfig,
    FetchedPage,
    Fetcher,
    decode_body,
)
from scrapers.guard import Resolver, address_refusal, check_url, parse_ip_literal
from scrapers.parse import (
    Article,
    DateCandidate,
    Image,
    Link,
    Paragraph,
    paragraphs_from_text,
    parse_html,
    parse_page,
    parse_text,
)
from scrapers.warc import WarcRecorder, default_warc_path, read_warc

__all__ = [
    "DEFAULT_USER_AGENT",
    "Extracted",
    "SiteAdapter",
    "SiteAdapters",
    "Crawl",
    "Discovered",
    "Exchange",
    "FetchConfig",
    "FetchedPage",
    "Fetcher",
    "HttpCache",
    "Resolver",
    "WarcRecorder",
    "address_refusal",
    "check_url",
    "decode_body",
    "decode_text",
    "default_warc_path",
    "detect_encoding",
    "discover_feed",
    "discover_sitemap",
    "parse_feed",
    "parse_ip_literal",
    "parse_sitemap",
    "read_warc",
    "Article",
    "DateCandidate",
    "Image",
    "Link",
    "Paragraph",
    "paragraphs_from_text",
    "parse_html",
    "parse_page",
    "parse_text",
]
