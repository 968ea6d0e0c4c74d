"""The ingest job: sources -> articles -> extraction -> graphs -> store.

Reads: sources (URLs, HTML or text files, folders of them, JSON Lines of pre-fetched documents).
Writes: one named graph per article into a :class:`kg.store.Store`, replacing any earlier graph of
the same article in one transaction, so a repeated or resumed ingest never duplicates.

A source that cannot be read becomes a :class:`kg.errors.SourceError` in the report and the run
goes on with the next one.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from spacy.language import Language

from kg.build import ONTOLOGY_GRAPH, build_article, publisher_iri
from kg.corroborate import update_derivations
from kg.errors import OsintKGError, SourceError
from kg.extract import extract_many
from kg.ontology import Vocabulary, load_graph
from kg.queries import load_queries
from kg.store import Store
from scrapers.parse import Article, parse_html, parse_text

__all__ = ["IngestReport", "Source", "iter_sources", "read_jsonl", "read_file", "ingest", "load_ontology"]

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
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
    """One thing to ingest: ``kind`` is url, file or jsonl."""

    kind: str
    location: str


def _looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:8192]


def read_file(path: Path) -> Article:
    """Parse a local HTML or text file.

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
        return parse_html(data, url)
    text = data.decode("utf-8", errors="replace")
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return parse_text(text, url, title=title)


def _article_from_record(record: object, where: str) -> Article:
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
        return parse_html(record["html"], url, **meta)
    if isinstance(record.get("text"), str) and record["text"].strip():
        return parse_text(record["text"], url, **meta)
    raise SourceError(where, 'needs a non-empty "html" or "text"')


def read_jsonl(path: Path) -> Iterator[Article | SourceError]:
    """Articles from a JSON Lines file, one object a line; a bad line becomes an error, not a stop."""
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
                yield _article_from_record(record, where)
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield SourceError(where, f"malformed JSON line ({type(exc).__name__}: {str(exc).splitlines()[0]})")
            except SourceError as exc:
                yield exc


def iter_sources(paths: Iterable[str], jsonl: Iterable[str] = ()) -> Iterator[Source]:
    """Expand CLI arguments: URLs, files, folders (their HTML, text and JSONL files), JSONL files."""
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
                elif suffix in HTML_SUFFIXES | TEXT_SUFFIXES:
                    yield Source("file", str(child))
        elif path.suffix.lower() in JSONL_SUFFIXES:
            yield Source("jsonl", str(path))
        else:
            yield Source("file", str(path))
    for item in jsonl:
        yield Source("jsonl", item)


def _articles(sources: Iterable[Source], fetch: Callable[[str], Article] | None) -> Iterator[Article | SourceError]:
    for source in sources:
        try:
            if source.kind == "jsonl":
                yield from read_jsonl(Path(source.location))
            elif source.kind == "url":
                if fetch is None:
                    raise SourceError(source.location, "fetching URLs is not enabled")
                yield fetch(source.location)
            else:
                yield read_file(Path(source.location))
        except SourceError as exc:
            yield exc


def load_ontology(store: Store) -> None:
    """Put the ontology and gazetteer in their own named graph (idempotent)."""
    store.replace_graph(ONTOLOGY_GRAPH, load_graph())


def ingest(
    store: Store,
    nlp: Language,
    vocab: Vocabulary,
    sources: Iterable[Source],
    *,
    fetch: Callable[[str], Article] | None = None,
    batch_size: int = 16,
    progress: Callable[[str], None] | None = None,
) -> IngestReport:
    """Ingest sources into the store.

    Args:
        store: where the graphs go.
        nlp: a pipeline from :func:`kg.extract.load_pipeline`.
        vocab: the ontology vocabulary.
        sources: from :func:`iter_sources`.
        fetch: turns a URL into an Article (``None``: URLs are refused).
        batch_size: articles per ``nlp.pipe`` batch.
        progress: called with one line per stored article (the CLI prints it on stderr).

    Returns:
        An :class:`IngestReport`; failed sources are listed in ``errors``.
    """
    report = IngestReport()
    load_ontology(store)
    batch: list[Article] = []

    def flush() -> None:
        triples = ((a.text, a.publisher, publisher_iri(vocab, a.publisher)) for a in batch)
        for article, extraction in zip(batch, extract_many(nlp, triples, batch_size=batch_size)):
            built = build_article(article, extraction, vocab)
            store.replace_graph(built.graph_name, built.graph)
            report.articles += 1
            report.claims += len(extraction.claims)
            report.stored.append(article.key_url)
            if progress:
                progress(f"stored {article.key_url} ({len(extraction.claims)} claims)")
        batch.clear()

    for item in _articles(sources, fetch):
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
    if report.articles:
        update_derivations(store, load_queries())
    return report
