"""Site adapters: a site's own rules for where its article is, where the general extractor errs.

Reads: a page's HTML and URL, and the :class:`SiteAdapters` the caller passes (none are built
in: nothing is registered on import; the CLI or notebook loads them and passes them down).
Writes: an :class:`Extracted` (body blocks, the links inside them, and the title, authors and
publication date when the adapter names where they are), or None when the adapter does not
apply to the page (then :func:`scrapers.parse.parse_html` uses the general extractor).

An adapter is data: CSS selectors (soupsieve, through BeautifulSoup), so a user adds one for a
site without writing code, in a TOML file read by :meth:`SiteAdapters.from_toml`::

    [[adapter]]
    name = "coastal-policy"
    hosts = ["coastal-policy.example"]         # a subdomain (www., news.) matches too
    body = "div.report-body"                   # the element holding the article
    drop = ["div.pull-quote", "aside"]         # removed from it first
    blocks = "p, h2, h3, li, blockquote"       # the paragraphs inside it (this is the default)
    title = "h1.report-title"
    authors = ".authors a"
    published = "time.published"               # its datetime attribute, else its text

For what selectors cannot say, subclass :class:`SiteAdapter` and override :meth:`extract`.
"""

from __future__ import annotations

import dataclasses
import logging
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bs4 import BeautifulSoup
from soupsieve import SelectorSyntaxError

from kg.errors import ConfigError

__all__ = ["Extracted", "SiteAdapter", "SiteAdapters"]

log = logging.getLogger(__name__)

_DEFAULT_BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre"


@dataclass(frozen=True)
class Extracted:
    """What an adapter read from a page; empty fields were not found (the parser fills them)."""

    blocks: tuple[str, ...]
    links: tuple[tuple[str, str], ...] = ()
    title: str = ""
    authors: tuple[str, ...] = ()
    published: str = ""


@dataclass(frozen=True)
class SiteAdapter:
    """Where one site keeps its article, as CSS selectors.

    Args:
        hosts: host names the adapter is for; ``www.`` is ignored and subdomains match.
        body: selector of the element holding the article (the first match is used).
        drop: selectors of elements removed from the body before reading it.
        blocks: selector of the paragraphs inside the body (outermost matches only).
        title: selector of the headline (its text).
        authors: selector of the author names (the text of each match).
        published: selector of the publication date (``datetime``/``content`` attribute, else
            the text).
        name: a label for logs and errors.

    >>> adapter = SiteAdapter(hosts=("news.example",), body="div.story", drop=("aside",))
    >>> found = adapter.extract("<div class='story'><p>One.</p><aside><p>Ad</p></aside>"
    ...                         "<p>Two <a href='/r'>report</a>.</p></div>", "https://news.example/a")
    >>> found.blocks, found.links
    (('One.', 'Two report.'), (('/r', 'report'),))
    """

    hosts: tuple[str, ...]
    body: str
    drop: tuple[str, ...] = ()
    blocks: str = _DEFAULT_BLOCKS
    title: str = ""
    authors: str = ""
    published: str = ""
    name: str = ""

    def __post_init__(self) -> None:
        for attr in ("hosts", "drop"):
            value = getattr(self, attr)
            object.__setattr__(self, attr, (value,) if isinstance(value, str) else tuple(value))
        if not self.hosts or not self.body:
            raise ConfigError(f"site adapter {self.name or self.hosts!r}: hosts and body are "
                              "required")
        probe = BeautifulSoup("<p></p>", "lxml")
        for selector in (self.body, self.blocks, self.title, self.authors, self.published,
                         *self.drop):
            if selector:
                try:
                    probe.select(selector)
                except SelectorSyntaxError as exc:
                    raise ConfigError(f"site adapter {self.name or self.hosts[0]}: bad CSS "
                                      f"selector {selector!r}: {exc}") from None

    def matches(self, url: str) -> bool:
        """Whether ``url``'s host is one of :attr:`hosts` or below one."""
        host = _host(url)
        return any(host == h or host.endswith("." + h) for h in map(_strip_www, self.hosts))

    def extract(self, html: str, url: str) -> Extracted | None:
        """Read the page; None when the body selector finds nothing (the site changed)."""
        soup = BeautifulSoup(html, "lxml")
        body = soup.select_one(self.body)
        if body is None:
            log.warning("site adapter %s: no %r on %s; using the general extractor",
                        self.name or self.hosts[0], self.body, url)
            return None
        for selector in self.drop:
            for el in body.select(selector):
                el.decompose()
        for br in body.find_all("br"):
            br.replace_with(" ")
        chosen = body.select(self.blocks)
        ids = {id(el) for el in chosen}
        outermost = [el for el in chosen if not any(id(p) in ids for p in el.parents)]
        blocks, links = [], []
        for el in outermost:
            text = _norm(el.get_text())
            if text:
                blocks.append(text)
                links += [(a["href"].strip(), _norm(a.get_text()))
                          for a in el.find_all("a", href=True) if a["href"].strip()]
        return Extracted(
            blocks=tuple(blocks), links=tuple(links),
            title=_first_text(soup, self.title),
            authors=tuple(dict.fromkeys(t for el in (soup.select(self.authors)
                                                     if self.authors else [])
                                        if (t := _norm(el.get_text())))),
            published=_date(soup, self.published),
        )

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SiteAdapter:
        """An adapter from a TOML table; unknown keys are a :class:`ConfigError`."""
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"unknown site adapter key(s): {', '.join(unknown)}")
        try:
            return cls(**data)
        except TypeError as exc:
            raise ConfigError(f"site adapter: {exc}") from None


class SiteAdapters:
    """The adapters a crawl uses; the first that matches a URL reads its page.

    Args:
        adapters: in order of preference.
    """

    def __init__(self, adapters: Iterable[SiteAdapter] = ()):
        self._adapters = list(adapters)

    def __iter__(self) -> Iterator[SiteAdapter]:
        return iter(self._adapters)

    def __len__(self) -> int:
        return len(self._adapters)

    def for_url(self, url: str) -> SiteAdapter | None:
        return next((a for a in self._adapters if a.matches(url)), None)

    @classmethod
    def from_toml(cls, path: str | Path) -> SiteAdapters:
        """Adapters from the ``[[adapter]]`` tables of a TOML file.

        Raises:
            ConfigError: the file is missing, not TOML, or an adapter is malformed.
        """
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigError(f"cannot read site adapters {path}: {exc.strerror or exc}") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"site adapters {path}: not valid TOML: {exc}") from None
        tables = data.get("adapter", [])
        if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
            raise ConfigError(f"site adapters {path}: expected [[adapter]] tables")
        return cls(SiteAdapter.from_dict(t) for t in tables)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _strip_www(host: str) -> str:
    host = host.lower().strip(".")
    return host[4:] if host.startswith("www.") else host


def _host(url: str) -> str:
    try:
        return _strip_www(urlsplit(url).hostname or "")
    except ValueError:
        return ""


def _first_text(soup: BeautifulSoup, selector: str) -> str:
    el = soup.select_one(selector) if selector else None
    return _norm(el.get_text()) if el is not None else ""


def _date(soup: BeautifulSoup, selector: str) -> str:
    el = soup.select_one(selector) if selector else None
    if el is None:
        return ""
    value = el.get("datetime") or el.get("content") or el.get_text()
    return _norm(value if isinstance(value, str) else " ".join(value))
