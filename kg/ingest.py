"""The ingest job: sources -> articles -> extraction -> graphs -> store.

Reads: sources (URLs, feeds and sitemaps that list URLs, HTML or text files, folders of them, JSON
Lines of pre-fetched documents, WARC files of earlier fetches).
Writes: one named graph per article into a :class:`kg.store.Store` (through
:class:`kg.writer.ArticleWriter`), replacing any earlier graph of the same article, so a repeated or
resumed ingest never duplicates; then brings the derived facts up to date (:mod:`kg.derive`).

A source that cannot be read becomes a :class:`kg.errors.SourceError` in the report and the run
goes on with the next one.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pyoxigraph as ox
from spacy.language import Language

from kg.build import ONTOLOGY_GRAPH, build_article, publisher_iri
from kg.corroborate import update_derivations
from kg.derive import DerivedReport, update_derived
from kg.errors import OsintKGError, SourceError
from kg.extract import Extraction, extract_many
from kg.ontology import Vocabulary, load_graph, ontology_dir
from kg.store import Store
from kg.writer import ArticleWriter
from scrapers.adapters import SiteAdapters
from scrapers.parse import Article, parse_html, parse_page, parse_text
from scrapers.warc import read_warc

__all__ = ["IngestReport", "Source", "iter_sources", "read_jsonl", "read_file", "read_warc_articles", "ingest",
           "load_ontology", "refresh_derived"]

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = (".warc", ".warc.gz")
#: Media types of WARC responses that are articles (feeds and sitemaps recorded beside them are not).
_ARTICLE_TYPES = {"text/html", "application/xhtml+xml", "text/plain", ""}
#: Larger local files are refused rather than read into memory (a news article is well under this).
MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclass
class IngestReport:
    """What an ingest did: articles stored, claims found, and the sources that failed."""

    articles: int = 0
    claims: int = 0
    errors: list[str] = field(default_factory=list)
    stored: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"articles": self.articles, "claims": self.claims, "errors": list(self.errors)}


@dataclass(frozen=True)
class Source:
    """One thing to ingest.

    ``kind`` is ``url`` (an article to fetch), ``feed`` or ``sitemap`` (fetched to find article
    URLs), ``file`` (HTML or text), ``jsonl`` (pre-fetched documents) or ``warc`` (responses
    captured earlier, re-read with no network).
    """

    kind: str
    location: str


#: ``Source(kind="feed" | "sitemap") -> article URLs`` (see :func:`scrapers.discover.discover_feed`).
Discover = Callable[[Source], Iterable[str]]


def _looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:8192]


def read_file(path: Path, adapters: SiteAdapters | None = None) -> Article:
    """Parse a local HTML or text file (``adapters``: site adapters, matched on the file's URL).

    Raises:
        SourceError: missing, too large, binary, or not HTML/text.
    """
    if not path.exists():
        raise SourceError(str(path), "no such file")
    if not path.is_file():
        raise SourceError(str(path), "not a file")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise SourceError(str(path), f"file larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB")
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if _looks_binary(data) or suffix not in HTML_SUFFIXES | TEXT_SUFFIXES:
        raise SourceError(str(path), "not an HTML or text file")
    url = path.resolve().as_uri()
    if suffix in HTML_SUFFIXES:
        return parse_html(data, url, adapters=adapters)
    text = data.decode("utf-8", errors="replace")
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return parse_text(text, url, title=title)


def _article_from_record(record: object, where: str, adapters: SiteAdapters | None = None) -> Article:
    if not isinstance(record, dict):
        raise SourceError(where, "a JSONL line must be a JSON object")
    url = record.get("url")
    if not isinstance(url, str) or not url:
        raise SourceError(where, 'missing "url"')
    meta = {
        "title": str(record.get("title") or ""),
        "publisher": str(record.get("publisher") or ""),
        "published": str(record["published"]) if record.get("published") else None,
    }
    if isinstance(record.get("html"), str) and record["html"].strip():
        return parse_html(record["html"], url, adapters=adapters, **meta)
    if isinstance(record.get("text"), str) and record["text"].strip():
        return parse_text(record["text"], url, **meta)
    raise SourceError(where, 'needs a non-empty "html" or "text"')


def read_jsonl(path: Path, adapters: SiteAdapters | None = None) -> Iterator[Article | SourceError]:
    """Articles from a JSON Lines file, one object a line; a bad line becomes an error, not a stop.

    Site ``adapters`` read the ``html`` of records whose ``url`` they match.
    """
    if not path.is_file():
        yield SourceError(str(path), "no such file")
        return
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, 1):
            where = f"{path}:{n}"
            if not raw.strip():
                continue
            try:
                record = json.loads(raw.decode("utf-8"))
                yield _article_from_record(record, where, adapters)
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield SourceError(where, f"malformed JSON line ({type(exc).__name__}: {str(exc).splitlines()[0]})")
            except SourceError as exc:
                yield exc


def iter_sources(paths: Iterable[str], jsonl: Iterable[str] = (), *, warc: Iterable[str] = (),
                 feeds: Iterable[str] = (), sitemaps: Iterable[str] = ()) -> Iterator[Source]:
    """Expand CLI arguments: URLs, files, folders (their HTML, text, JSONL and WARC files), JSONL
    files, WARC files, feed URLs and sitemap URLs.

    >>> [s.kind for s in iter_sources(["https://a.example/x", "crawl.warc.gz"], feeds=["https://a.example/rss"])]
    ['url', 'warc', 'feed']
    """
    for item in paths:
        if item.startswith(("http://", "https://")):
            yield Source("url", item)
            continue
        path = Path(item)
        if path.is_dir():
            for child in sorted(path.iterdir()):
                suffix = child.suffix.lower()
                if suffix in JSONL_SUFFIXES:
                    yield Source("jsonl", str(child))
                elif child.name.lower().endswith(WARC_SUFFIXES):
                    yield Source("warc", str(child))
                elif suffix in HTML_SUFFIXES | TEXT_SUFFIXES:
                    yield Source("file", str(child))
        elif path.suffix.lower() in JSONL_SUFFIXES:
            yield Source("jsonl", str(path))
        elif path.name.lower().endswith(WARC_SUFFIXES):
            yield Source("warc", str(path))
        else:
            yield Source("file", str(path))
    for item in jsonl:
        yield Source("jsonl", item)
    for item in warc:
        yield Source("warc", item)
    for item in feeds:
        yield Source("feed", item)
    for item in sitemaps:
        yield Source("sitemap", item)


def read_warc_articles(path: Path, adapters: SiteAdapters | None = None) -> Iterator[Article | SourceError]:
    """Articles from the HTML and text responses captured in a WARC file (no network).

    A page parses exactly as it did when fetched (same final URL, bytes and charset), so it gets
    the same identity and graph (given the same site ``adapters``). Feeds and sitemaps recorded in
    the same file are skipped.
    """
    for page in read_warc(path):
        if isinstance(page, SourceError):
            yield page
        elif page.content_type in _ARTICLE_TYPES:
            try:
                yield parse_page(page, adapters=adapters)
            except SourceError as exc:
                yield exc


def _plan(sources: Iterable[Source], discover: Discover | None, limit: int | None
          ) -> Iterator[Source | SourceError]:
    """Sources with feeds and sitemaps replaced by the article URLs they list.

    Discovered URLs are de-duplicated (against every URL already planned) and capped at
    ``limit`` in total; URLs given directly are never dropped.
    """
    seen: set[str] = set()
    found = 0
    for source in sources:
        if source.kind not in ("feed", "sitemap"):
            if source.kind == "url":
                seen.add(source.location)
            yield source
            continue
        if discover is None:
            yield SourceError(source.location, f"{source.kind} discovery is not enabled")
            continue
        try:
            for url in discover(source):
                if limit is not None and found >= limit:
                    break
                if url not in seen:
                    seen.add(url)
                    found += 1
                    yield Source("url", url)
        except SourceError as exc:
            yield exc


def _articles(sources: Iterable[Source], fetch: Callable[[str], Article] | None, *,
              discover: Discover | None = None, limit: int | None = None,
              progress: Callable[[str], None] | None = None,
              adapters: SiteAdapters | None = None) -> Iterator[Article | SourceError]:
    """Articles from every source, in order; a failing source becomes its error.

    Feeds and sitemaps are expanded first, so that URL fetches can be counted ("[3/50] fetched
    URL" on ``progress``).
    """
    planned = list(_plan(sources, discover, limit))
    total = sum(1 for s in planned if isinstance(s, Source) and s.kind == "url")
    done = 0
    for source in planned:
        if isinstance(source, SourceError):
            yield source
            continue
        try:
            if source.kind == "jsonl":
                yield from read_jsonl(Path(source.location), adapters)
            elif source.kind == "warc":
                yield from read_warc_articles(Path(source.location), adapters)
            elif source.kind == "url":
                done += 1
                if fetch is None:
                    raise SourceError(source.location, "fetching URLs is not enabled")
                article = fetch(source.location)
                if progress:
                    progress(f"[{done}/{total}] fetched {source.location}")
                yield article
            else:
                yield read_file(Path(source.location), adapters)
        except SourceError as exc:
            yield exc


def load_ontology(store: Store) -> None:
    """Put the ontology and gazetteer in their own named graph (idempotent). Parsed by pyoxigraph
    (~5 ms; rdflib takes ~0.1 s), or by rdflib when pyoxigraph refuses a file, for its error."""
    try:
        triples = [t for name in ("osint.ttl", "gazetteer.ttl")
                   for t in ox.parse(path=str(ontology_dir() / name), format=ox.RdfFormat.TURTLE)]
    except (OSError, SyntaxError, ValueError):
        store.replace_graph(ONTOLOGY_GRAPH, load_graph())  # raises its one-line ConfigError
        return
    store.replace_graph(ONTOLOGY_GRAPH, triples)


def refresh_derived(store: Store, *, full: bool | None = None,
                    progress: Callable[[str], None] | None = None) -> DerivedReport:
    """This version's ontology and gazetteer into the store, then its derived facts brought up to
    date (:func:`kg.derive.update_derived`): what ``kg derive`` does after a bulk load or an upgrade."""
    load_ontology(store)
    return update_derived(store, full=full, progress=progress)


def ingest(
    store: Store,
    nlp: Language,
    vocab: Vocabulary,
    sources: Iterable[Source],
    *,
    fetch: Callable[[str], Article] | None = None,
    discover: Discover | None = None,
    limit: int | None = None,
    batch_size: int = 16,
    progress: Callable[[str], None] | None = None,
    extractor: Callable[..., Iterable[Extraction]] | None = None,
    write_batch: int = 256,
    adapters: SiteAdapters | None = None,
) -> IngestReport:
    """Ingest sources into the store.

    Args:
        store: where the graphs go.
        nlp: a pipeline from :func:`kg.extract.load_pipeline`.
        vocab: the ontology vocabulary.
        sources: from :func:`iter_sources`.
        fetch: turns a URL into an Article (``None``: URLs are refused).
        discover: lists the article URLs of a feed or sitemap source (``None``: refused).
        limit: most article URLs taken from feeds and sitemaps, all together.
        batch_size: articles per ``nlp.pipe`` batch.
        progress: called with one line per stored article (the CLI prints it on stderr).
        extractor: extracts ``(text, publisher, publisher_iri)`` triples in order instead of
            ``nlp`` (a :class:`kg.parallel.ParallelExtractor`; ``nlp`` may then be ``None``). This
            process stays the one writer, so the store ends up the same.
        write_batch: articles per store write (:class:`kg.writer.ArticleWriter`).
        adapters: site adapters for HTML read from files, JSON Lines and WARC files (``fetch``
            brings its own: :class:`scrapers.crawl.Crawl`).

    Returns:
        An :class:`IngestReport`; failed sources are listed in ``errors``.
    """
    report = IngestReport()
    load_ontology(store)
    batch: list[Article] = []
    # Articles are written in batches of their own (kg.writer: bulk loading, crash-safe through a
    # journal), not one transaction each; a killed ingest re-run writes the same store.
    writer = ArticleWriter(store, write_batch)

    def flush() -> None:
        triples = ((a.text, a.publisher, publisher_iri(vocab, a.publisher)) for a in batch)
        extractions = extractor(triples) if extractor else extract_many(nlp, triples, batch_size=batch_size)
        for article, extraction in zip(batch, extractions):
            writer.add(build_article(article, extraction, vocab))
            report.articles += 1
            report.claims += len(extraction.claims)
            report.stored.append(article.key_url)
            if progress:
                progress(f"stored {article.key_url} ({len(extraction.claims)} claims)")
        batch.clear()

    for item in _articles(sources, fetch, discover=discover, limit=limit, progress=progress, adapters=adapters):
        if isinstance(item, OsintKGError):
            report.errors.append(str(item))
            if progress:
                progress(f"error: {item}")
            continue
        batch.append(item)
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    writer.flush()
    if report.articles:
        update_derivations(store)
    return report
