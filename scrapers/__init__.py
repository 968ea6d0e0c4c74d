"""Getting documents in: fetch a URL politely and safely, then parse it into an Article.

Two stages with plain data between them::

    Fetcher(session, FetchConfig()).fetch(url) -> FetchedPage    (scrapers.fetch)
    parse_page(page) / parse_html(...) / parse_text(...) -> Article  (scrapers.parse)

Nothing is created on import: the caller makes the ``requests.Session`` and the config and
passes them in.
"""

from scrapers.fetch import (
    DEFAULT_USER_AGENT,
    FetchConfig,
    FetchedPage,
    Fetcher,
    Resolver,
    address_refusal,
    check_url,
    decode_text,
    detect_encoding,
    parse_ip_literal,
)
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
