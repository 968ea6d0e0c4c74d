"""Stage 2: turn a fetched or local document into an :class:`Article`.

Reads: a :class:`scrapers.fetch.FetchedPage` (or raw HTML / plain text with its URL).
Writes: an :class:`Article` with body text, paragraphs with character offsets into that text,
and metadata (title, authors, publisher, dates, language, canonical URL, links, images).
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html
from htmldate import find_date
from trafilatura.metadata import extract_author

from kg.errors import ParseError
from scrapers.adapters import SiteAdapters
from scrapers.body import Body, article_container, extract_body, norm
from scrapers.body import key as _key
from scrapers.charset import (
    MAX_UNDECODABLE,
    decode_text,
    detect_encoding,
    undecodable_share,
)

if TYPE_CHECKING:
    from scrapers.fetch import FetchedPage

__all__ = [
    "Paragraph",
    "Link",
    "Image",
    "DateCandidate",
    "Article",
    "paragraphs_from_text",
    "parse_html",
    "parse_text",
    "parse_page",
]


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the body: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Link:
    """An outbound link in the body (how echoes of a report are found later)."""

    href: str
    text: str = ""


@dataclass(frozen=True)
class Image:
    src: str
    caption: str = ""


@dataclass(frozen=True)
class DateCandidate:
    """A date found for the article, with where it came from (``jsonld``, ``og``, ``meta``, ...)."""

    value: str
    source: str


@dataclass(frozen=True)
class Article:
    """A parsed article: the unit that becomes one named graph.

    ``text`` is the body the extractor reads; every character offset in the graph points into it.
    """

    url: str
    text: str
    title: str = ""
    canonical_url: str = ""
    authors: tuple[str, ...] = ()
    publisher: str = ""
    published: str | None = None
    modified: str | None = None
    language: str | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    links: tuple[Link, ...] = ()
    images: tuple[Image, ...] = ()
    dates: tuple[DateCandidate, ...] = ()

    @property
    def key_url(self) -> str:
        """The URL the article's identity is minted from: canonical when known."""
        return self.canonical_url or self.url

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        data = dict(data)
        data["authors"] = tuple(data.get("authors") or ())
        data["paragraphs"] = tuple(Paragraph(**p) for p in data.get("paragraphs") or ())
        data["links"] = tuple(Link(**x) for x in data.get("links") or ())
        data["images"] = tuple(Image(**x) for x in data.get("images") or ())
        data["dates"] = tuple(DateCandidate(**x) for x in data.get("dates") or ())
        return cls(**data)


def paragraphs_from_text(text: str) -> tuple[Paragraph, ...]:
    """Split plain text on blank lines or line breaks into paragraphs with offsets.

    >>> [p.text for p in paragraphs_from_text("One.\\n\\nTwo.\\n")]
    ['One.', 'Two.']
    """
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped)
            out.append(Paragraph(start, start + len(stripped), stripped))
        pos += len(line)
    return tuple(out)


def _blank_line_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Paragraphs as runs of non-blank lines (a hard-wrapped paragraph stays one paragraph)."""
    out = []
    for match in re.finditer(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*", text):
        block = match.group()
        start = match.start() + len(block) - len(block.lstrip())
        stripped = block.strip()
        out.append(Paragraph(start, start + len(stripped), stripped))
    return tuple(out)


# --------------------------------------------------------------------------- entry points

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def parse_page(page: FetchedPage, *, adapters: SiteAdapters | None = None) -> Article:
    """Parse a fetched page, choosing the parser from its content type.

    Args:
        page: what :meth:`scrapers.fetch.Fetcher.fetch` returned (or a stored copy).
        adapters: site adapters for HTML pages (see :func:`parse_html`).

    Returns:
        The :class:`Article`, with ``url`` the page's final URL.

    Raises:
        ParseError: the content type is not HTML or plain text, or no text was found.
    """
    media = page.content_type
    if media not in _HTML_TYPES and media and media != "text/plain":
        raise ParseError(page.url, f"unsupported content type: {media}")
    text = page.text
    _check_decoded(page)
    if media == "text/plain":
        return parse_text(text, page.url)
    return parse_html(text, page.url, adapters=adapters)


def _check_decoded(page: FetchedPage) -> None:
    share = undecodable_share(page.content, page.encoding)
    if share > MAX_UNDECODABLE:
        raise ParseError(page.url, f"undecodable text: {share:.0%} of characters are not valid "
                                   f"{page.encoding or 'utf-8'}")


def parse_text(text: str, url: str, *, title: str = "", publisher: str = "",
               published: str | None = None) -> Article:
    """Turn a plain-text article into an :class:`Article`.

    Paragraphs are separated by blank lines; a text without any blank line has one paragraph
    per line (:func:`paragraphs_from_text`). Offsets point into the text itself, after line
    endings are normalised to ``\\n`` and control characters removed.

    Args:
        text: the article text.
        url: where it came from.
        title: the headline, if known.
        publisher: the outlet; the URL's host when empty.
        published: the publication date, if known (normalised to ISO 8601 when parseable).

    Raises:
        ParseError: the text is empty.

    >>> art = parse_text("Line one\\nstill one.\\n\\nTwo.", "https://x.example/a")
    >>> [p.text for p in art.paragraphs], art.publisher
    (['Line one\\nstill one.', 'Two.'], 'x.example')
    """
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).lstrip("\ufeff")
    if re.search(r"\n[ \t]*\n", text):
        paragraphs = _blank_line_paragraphs(text)
    else:
        paragraphs = paragraphs_from_text(text)
    if not paragraphs:
        raise ParseError(url, "no article text found")
    iso = _iso_date(published) if published else None
    return Article(
        url=url, text=text, title=title, publisher=publisher or _host(url),
        published=iso or published, paragraphs=paragraphs,
        dates=(DateCandidate(iso, "given"),) if iso else (),
    )


def parse_html(html: str | bytes, url: str, *, publisher: str = "", title: str = "",
               published: str | None = None, adapters: SiteAdapters | None = None) -> Article:
    """Turn an HTML page into an :class:`Article`: body text, paragraphs and metadata.

    The body comes from a site adapter when one matches the URL (:mod:`scrapers.adapters`),
    else from trafilatura and the repairs of :mod:`scrapers.body` (split bodies, embedded posts,
    teaser cards, calls to action; plain ``<p>`` paragraphs when it finds nothing).
    Metadata comes from JSON-LD (parsed with :func:`json.loads` only: contexts are never
    fetched), OpenGraph and other meta tags, ``<link rel=canonical>``, ``<html lang>``,
    ``<time>`` and htmldate (via trafilatura). Every date found is kept in ``dates``.

    Args:
        html: the page, as text or as bytes (the charset is then detected).
        url: the page's URL (base for relative links).
        publisher: overrides the publisher found in the page.
        title: overrides the title found in the page.
        published: overrides the publication date found in the page.
        adapters: site adapters; the first matching the URL reads the body (and the title,
            authors and date it has selectors for).

    Returns:
        The :class:`Article`; ``paragraphs[i].text == text[start:end]``, joined by blank lines.

    Raises:
        ParseError: the page is empty or has no article text.

    >>> art = parse_html("<html lang='en'><body><article><h1>Title</h1><p>Body text here.</p>"
    ...                  "</article></body></html>", "https://news.example/a")
    >>> art.title, art.text, art.language, art.publisher
    ('Title', 'Body text here.', 'en', 'news.example')
    """
    text = _html_text(html)
    if not text.strip():
        raise ParseError(url, "empty document")
    try:
        tree = lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ParseError(url, f"not parseable as HTML: {exc}") from None
    base = _base_url(tree, url)
    meta = _meta_tags(tree)
    ld = _JsonLd.from_tree(tree)
    container = article_container(tree)
    sites = [s for s in (ld.publisher, _first(meta, "og:site_name"),
                         _first(meta, "application-name")) if s]
    adapter = adapters.for_url(url) if adapters else None
    read = adapter.extract(text, url) if adapter else None
    found_title = title or (read and read.title) or _title(tree, meta, ld, container,
                                                           sites + [_host_label(url)])
    headline = {k for k in map(_key, [found_title, ld.headline or "", *meta.get("og:title", []),
                                     *meta.get("twitter:title", [])]) if k}
    if read is not None:
        found = Body(read.blocks, read.links)
    else:
        found = extract_body(text, tree, url, headline_keys=headline)
    blocks = list(found.blocks)
    titles = headline | _title_keys(tree)
    while len(blocks) > 1 and _key(blocks[0]) in titles:
        blocks = blocks[1:]  # the headline (in any of its spellings) is the title, not body text
    if not blocks:
        raise ParseError(url, "no article text found")
    body, paragraphs = _join(blocks)

    canonical = _canonical(tree, meta, base, url)
    dates = _dates(meta, ld, container, _htmldate(tree, canonical or url), published,
                   read.published if read else None)
    return Article(
        url=url,
        text=body,
        title=found_title,
        canonical_url=canonical,
        authors=(read and read.authors) or _authors(tree, meta, ld),
        publisher=publisher or (sites[0] if sites else _host(url)),
        published=(_iso_date(published) or published) if published else _pick(dates, _PUBLISHED),
        modified=_pick(dates, _MODIFIED),
        language=_language(tree, meta, ld),
        paragraphs=paragraphs,
        links=_absolute(found.links, base),
        images=_images(container, base, found.images),
        dates=dates,
    )


# --------------------------------------------------------------------------- body


def _html_text(html: str | bytes) -> str:
    if isinstance(html, bytes):
        html = decode_text(html, detect_encoding(html, "text/html"))
    # lxml refuses str input with an XML encoding declaration; NULs break other parsers.
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html.lstrip("\ufeff"))
    return _CONTROL.sub("", html)


def _join(texts: list[str]) -> tuple[str, tuple[Paragraph, ...]]:
    paragraphs, pos = [], 0
    for text in texts:
        paragraphs.append(Paragraph(pos, pos + len(text), text))
        pos += len(text) + 2
    return "\n\n".join(texts), tuple(paragraphs)


def _title_keys(tree: Any) -> set[str]:
    """The page's own headline lines (``<h1>``, ``<title>``): a body line equal to one is not body."""
    found = [h.text_content() for h in tree.iter("h1")]
    found += [t.text_content() for t in tree.iter("title")]
    return {k for k in map(_key, found) if k}


def _absolute(links: Iterable[tuple[str, str]], base: str) -> tuple[Link, ...]:
    out: dict[str, Link] = {}
    for href, text in links:
        absolute = _web_url(base, href)
        if absolute and absolute not in out:
            out[absolute] = Link(absolute, text)
    return tuple(out.values())


def _images(container: Any, base: str, graphics: Iterable[str]) -> tuple[Image, ...]:
    found: dict[str, Image] = {}
    for figure in container.iter("figure"):
        img = next(figure.iter("img"), None)
        if img is None:
            continue
        src = _web_url(base, img.get("src") or img.get("data-src")
                       or (img.get("srcset") or "").strip().split(" ")[0])
        if not src:
            continue
        caption = next(figure.iter("figcaption"), None)
        found.setdefault(src, Image(src, norm(caption.text_content()) if caption is not None
                                    else ""))
    for src in graphics:
        if (absolute := _web_url(base, src)):
            found.setdefault(absolute, Image(absolute, ""))
    return tuple(found.values())


# --------------------------------------------------------------------------- metadata

_ARTICLE_TYPES = {
    "Article", "NewsArticle", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle",
    "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "SatiricalArticle",
    "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle",
    "SocialMediaPosting", "DiscussionForumPosting",
}
# Limits on untrusted JSON-LD: block size, nesting walked, nodes kept.
_LD_MAX_CHARS, _LD_MAX_DEPTH, _LD_MAX_NODES = 1_000_000, 12, 500


@dataclass
class _JsonLd:
    """What the page's JSON-LD says about the article (all fields optional)."""

    headline: str | None = None
    publisher: str | None = None
    language: str | None = None
    authors: list[str] = field(default_factory=list)
    dates: list[tuple[str, str]] = field(default_factory=list)  # (property, value)

    @classmethod
    def from_tree(cls, tree: Any) -> _JsonLd:
        nodes: list[dict[str, Any]] = []
        for script in tree.xpath("//script[@type]"):
            if script.get("type").split(";")[0].strip().lower() == "application/ld+json":
                nodes.extend(_ld_nodes(_load_json(script.text or "")))
        ids = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str) and len(n) > 1}
        article = next((n for n in nodes if _ld_types(n) & _ARTICLE_TYPES), None)
        if article is None:
            article = next((n for n in nodes if "headline" in n or "datePublished" in n), {})
        ld = cls(
            headline=_ld_text(article.get("headline"), ids),
            publisher=_ld_text(article.get("publisher"), ids),
            language=_ld_text(article.get("inLanguage"), ids),
            authors=_ld_names(article.get("author"), ids),
        )
        for prop in ("datePublished", "dateCreated", "dateModified"):
            value = _ld_text(article.get(prop), ids)
            if value:
                ld.dates.append((prop, value))
        return ld


def _load_json(raw: str) -> Any:
    raw = raw.strip()
    raw = re.sub(r"^(<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(-->|//\s*\]\]>|\]\]>)$", "", raw).strip()
    if not raw or len(raw) > _LD_MAX_CHARS:
        return None
    for attempt in (raw, re.sub(r",\s*([\]}])", r"\1", raw)):  # then without trailing commas
        try:
            return json.loads(attempt, strict=False)
        except (ValueError, RecursionError):
            continue
    return None


def _ld_nodes(data: Any) -> list[dict[str, Any]]:
    """Every object in a JSON-LD document, breadth first, within the depth and count limits."""
    nodes, queue = [], [(data, 0)]
    for item, depth in queue:  # the queue grows while we walk it
        if len(nodes) >= _LD_MAX_NODES:
            break
        if depth > _LD_MAX_DEPTH:
            continue
        if isinstance(item, dict):
            nodes.append(item)
            queue.extend((v, depth + 1) for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            queue.extend((v, depth + 1) for v in item if isinstance(v, (dict, list)))
    return nodes


def _ld_types(node: dict[str, Any]) -> set[str]:
    types = node.get("@type")
    types = types if isinstance(types, list) else [types]
    return {t.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for t in types if isinstance(t, str)}


def _ld_text(value: Any, ids: dict[str, Any], depth: int = 0) -> str | None:
    """A string from a JSON-LD value: a string, an object's name/@value, a list's first."""
    if depth > 4:
        return None
    if isinstance(value, str):
        return norm(value) or None
    if isinstance(value, list):
        return next((t for v in value if (t := _ld_text(v, ids, depth + 1))), None)
    if isinstance(value, dict):
        if set(value) == {"@id"}:
            value = ids.get(value["@id"], {}) if isinstance(value["@id"], str) else {}
        for key in ("name", "@value"):
            text = _ld_text(value.get(key), ids, depth + 1)
            if text:
                return text
    return None


def _ld_names(value: Any, ids: dict[str, Any]) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [name for v in values[:50] if (name := _ld_text(v, ids))]


def _meta_tags(tree: Any) -> dict[str, list[str]]:
    """``<meta>`` contents by lower-cased property, name, itemprop or http-equiv."""
    found: dict[str, list[str]] = {}
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        if key is None and meta.get("http-equiv"):
            key = "http-equiv:" + meta.get("http-equiv")
        content = norm(meta.get("content") or "")
        if key and content:
            found.setdefault(key.strip().lower(), []).append(content)
    return found


def _first(meta: dict[str, list[str]], *keys: str) -> str | None:
    return next((meta[k][0] for k in keys if meta.get(k)), None)


def _web_url(base: str, href: str | None) -> str | None:
    """``href`` made absolute against ``base`` if that gives an http(s) URL (pages are messy)."""
    if not href or not href.strip():
        return None
    try:
        url = urljoin(base, href.strip())
        return url if urlsplit(url).scheme in ("http", "https") else None
    except ValueError:  # e.g. "http://[broken"
        return None


def _host(url: str) -> str:
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def _host_label(url: str) -> str:
    return _host(url).split(".")[0]


def _base_url(tree: Any, url: str) -> str:
    base = tree.xpath("//base/@href")
    return (_web_url(url, base[0]) if base else None) or url


_TITLE_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ", " · ", " » ", " / ")


def _site_key(text: str) -> str:
    text = text.casefold().strip()
    return re.sub(r"\W|_", "", text[4:] if text.startswith("the ") else text)


def _strip_site(title: str, sites: list[str], *, html_title: bool = False) -> str:
    """Remove " | Site" suffixes (and "Site | " prefixes) naming the site."""
    keys = {_site_key(s) for s in sites if _site_key(s)}
    title = norm(title)
    for sep in _TITLE_SEPARATORS:
        head, found, tail = title.rpartition(sep)
        if found and head and _site_key(tail) in keys:
            title = head.strip()
        first, found, rest = title.partition(sep)
        if found and rest and _site_key(first) in keys:
            title = rest.strip()
    if html_title and " | " in title:
        title = title.rpartition(" | ")[0]  # "Headline | Unknown Site": pipes end in the site
    return title


def _title(tree: Any, meta: dict[str, list[str]], ld: _JsonLd, container: Any,
           sites: list[str]) -> str:
    """og:title, then the <h1>, the JSON-LD headline, and last <title>.

    (trafilatura's own title is not used: it cuts "Kim - Putin summit ends" down to "Kim".)
    """
    h1 = next((norm(h.text_content()) for h in container.iter("h1")), None) or next(
        (norm(h.text_content()) for h in tree.iter("h1")), None)
    for candidate in (_first(meta, "og:title", "twitter:title"), h1, ld.headline):
        if candidate and norm(candidate):
            return _strip_site(candidate, sites)
    title = tree.find(".//title")
    if title is not None and norm(title.text_content()):
        return _strip_site(title.text_content(), sites, html_title=True)
    return ""


_AUTHOR_META = ("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author",
                "sailthru.author", "byl")


def _authors(tree: Any, meta: dict[str, list[str]], ld: _JsonLd) -> tuple[str, ...]:
    """JSON-LD authors, else author meta tags, else rel=author links, else the byline
    trafilatura finds in the page (asked only when the others found nobody)."""
    sources: list[Callable[[], Iterable[str]]] = [
        lambda: ld.authors,
        lambda: [v for key in _AUTHOR_META for v in meta.get(key, [])],
        lambda: [a.text_content() for a in tree.xpath("//a[@rel='author']")],
        lambda: (extract_author(tree) or "").split(";"),
    ]
    for names in sources:
        cleaned: dict[str, str] = {}
        for raw in names():
            for name in _split_names(raw):
                cleaned.setdefault(name.casefold(), name)
        if cleaned:
            return tuple(cleaned.values())
    return ()


def _split_names(raw: str) -> list[str]:
    raw = re.sub(r"^\s*by\s+", "", norm(raw), flags=re.IGNORECASE)
    if not raw or len(raw) > 200 or re.match(r"https?:|www\.|/", raw):
        return []
    parts = [p.strip() for p in re.split(r"\s*(?:;|\||\band\b|&)\s*", raw) if p.strip()]
    out = []
    for part in parts:
        pieces = [p.strip() for p in part.split(",")]
        # "Hana Sato, Tomasz Wójcik" is two people; "Sato, Hana" is one.
        out.extend(pieces if all(len(p.split()) >= 2 for p in pieces) else [part])
    return [p for p in out if 1 < len(p) <= 100]


def _language(tree: Any, meta: dict[str, list[str]], ld: _JsonLd) -> str | None:
    """<html lang>, else og:locale, else Content-Language, else JSON-LD inLanguage."""
    for value in (tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
                  _first(meta, "og:locale"), _first(meta, "http-equiv:content-language"),
                  ld.language):
        tag = (value or "").strip().replace("_", "-").split(",")[0]
        if re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", tag):
            primary, *rest = tag.split("-")
            return "-".join([primary.lower()] + [r.upper() if len(r) == 2 else r for r in rest])
    return None


def _same_site(url: str, other: str) -> bool:
    a, b = (re.sub(r"^(www\d*|m|amp|mobile)\.", "", _host(u)) for u in (url, other))
    return bool(a) and (a == b or a.endswith("." + b) or b.endswith("." + a))


def _canonical(tree: Any, meta: dict[str, list[str]], base: str, url: str) -> str:
    """<link rel=canonical>, else og:url; only http(s), and only on the page's own site.

    A page's claim to be another site's article is not trusted: article identities are minted
    from canonical URLs, and a copy must not take over the original's graph.
    """
    links = [h for link in tree.xpath("//link[@href]")
             if "canonical" in (link.get("rel") or "").lower().split() and (h := link.get("href"))]
    for href in links + meta.get("og:url", []):
        candidate = _web_url(base, href)
        web_page = _web_url(url, url) is not None  # a local file's canonical URL is its identity
        if candidate and (not web_page or _same_site(candidate, url)):
            return candidate
    return ""


# --------------------------------------------------------------------------- dates

_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate",
    "publishdate", "publish-date", "publication_date", "citation_publication_date", "dc.date",
    "dc.date.issued", "dcterms.issued", "dcterms.created", "parsely-pub-date", "sailthru.date",
)
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
                  "last-modified", "lastmod")
# Most trustworthy first. htmldate (via trafilatura) is right on 84-87% of pages in our
# benchmark, against ~50% for JSON-LD/OpenGraph alone (mostly because they are absent), so
# among the explicit dates, the first one agreeing with htmldate's day is preferred.
_PUBLISHED = ("given", "adapter", "jsonld:datePublished",
              *(f"meta:{k}" for k in _PUBLISHED_META), "jsonld:dateCreated", "time:pubdate",
              "htmldate", "time")
_MODIFIED = ("jsonld:dateModified", *(f"meta:{k}" for k in _MODIFIED_META))
_DATE_FORMATS = ("%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%d %b %Y", "%d.%m.%Y")


def _iso_date(value: Any) -> str | None:
    """An ISO 8601 date or datetime for a date string in a common format, else None.

    >>> _iso_date("2023-10-08T09:15:00.123+01:00"), _iso_date("Sun, 08 Oct 2023 08:15:00 GMT")
    ('2023-10-08T09:15:00+01:00', '2023-10-08T08:15:00+00:00')
    >>> _iso_date("8 October 2023"), _iso_date("not a date")
    ('2023-10-08', None)
    """
    if not isinstance(value, str) or not value.strip() or len(value) > 64:
        return None
    value = value.strip()
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value).replace(microsecond=0).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).replace(microsecond=0).isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _dates(meta: dict[str, list[str]], ld: _JsonLd, container: Any, htmldate: str | None,
           given: str | None, adapter: str | None = None) -> tuple[DateCandidate, ...]:
    found: dict[tuple[str, str], DateCandidate] = {}

    def add(value: Any, source: str) -> None:
        iso = _iso_date(value)
        if iso:
            found.setdefault((iso, source), DateCandidate(iso, source))

    add(given, "given")
    add(adapter, "adapter")
    for prop, value in ld.dates:
        add(value, f"jsonld:{prop}")
    for key in _PUBLISHED_META + _MODIFIED_META:
        for value in meta.get(key, []):
            add(value, f"meta:{key}")
    for time_el in list(container.iter("time"))[:5]:
        add(time_el.get("datetime"), "time:pubdate" if time_el.get("pubdate") is not None
            else "time")
    add(htmldate, "htmldate")
    return tuple(found.values())


def _htmldate(tree: Any, url: str) -> str | None:
    """htmldate's publication date, asked as trafilatura asks it (original date, extensive
    search, nothing after today). htmldate works on its own copy of the tree."""
    return find_date(tree, url=url or None, original_date=True, extensive_search=True,
                     max_date=datetime.now().astimezone().strftime("%Y-%m-%d"))


def _plausible(iso: str) -> bool:
    """Not before the web's news era, not in the future (a day of slack for time zones)."""
    tomorrow = (datetime.now(timezone.utc) + timedelta(days=1)).date().isoformat()
    return "1990-01-01" <= iso[:10] <= tomorrow


def _pick(dates: tuple[DateCandidate, ...], order: tuple[str, ...]) -> str | None:
    ranked = sorted((d for d in dates if d.source in order and _plausible(d.value)),
                    key=lambda d: order.index(d.source))
    htmldate = next((d.value for d in ranked if d.source == "htmldate"), None)
    agreeing = [d for d in ranked if htmldate and d.value[:10] == htmldate[:10]]
    return (agreeing or ranked)[0].value if ranked else None
