"""Evidence: every fetched response kept verbatim in a gzip-compressed WARC, and read back.

Reads (writing): :class:`scrapers.fetch.Exchange` objects from a :class:`Fetcher` with this
recorder (only successful fetches reach it: their robots.txt answers, redirect hops and final
response, in that order).
Writes: a ``request`` and a ``response`` record per exchange, linked by ``WARC-Concurrent-To``,
with the headers exactly as sent and received (order and duplicates kept) and the body bytes as
received (still compressed when the server compressed them; ``WARC-Truncated`` when a cap cut
them). A 304 from a cache revalidation becomes a ``revisit`` record (profile
server-not-modified) with ``WARC-Refers-To-Target-URI`` and ``WARC-Refers-To-Date`` naming the
response it confirmed. Each record is its own gzip member, so appending to an existing
``.warc.gz`` is valid and a crash loses at most the record being written.

Reads (re-ingesting): :func:`read_warc` turns the ``response`` records of a WARC (ours or any
other crawler's) back into :class:`scrapers.fetch.FetchedPage` objects, with the same caps as a
live fetch, so an article re-read from a WARC gets the same URL, bytes and charset, and so the same
graph, as when it was fetched. A ``revisit`` record is resolved to the response it refers to
(:func:`read_warc` says how), so a page that was only revalidated that day is still ingested.

One caveat: the HTTP client undoes ``Transfer-Encoding: chunked`` before we see the body, so the
stored body is de-chunked while the stored header still says chunked; :func:`read_warc` (and
warcio's own readers) accept a body that is not chunked under that header.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import ChunkedDataReader
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord as ArchiveRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kg.errors import FetchError, SourceError
from scrapers.charset import detect_encoding
from scrapers.fetch import Exchange, FetchedPage
from scrapers.inflate import decode_body

__all__ = ["WarcRecorder", "read_warc", "default_warc_path"]

_NOT_MODIFIED = "http://netpreserve.org/warc/1.1/revisit/server-not-modified"


def default_warc_path(folder: str | Path, when: datetime | None = None) -> Path:
    """``FOLDER/warc/YYYYMMDD.warc.gz`` for today (UTC): one file a day, appended to.

    >>> default_warc_path("store", datetime(2024, 3, 9, tzinfo=timezone.utc)).as_posix()
    'store/warc/20240309.warc.gz'
    """
    when = when or datetime.now(timezone.utc)
    return Path(folder) / "warc" / f"{when:%Y%m%d}.warc.gz"


class WarcRecorder:
    """Appends exchanges to a gzip-compressed WARC file, opened on the first record.

    Args:
        path: the ``.warc.gz`` file; its folder is created when needed.
        software: written in the ``warcinfo`` record that starts a new file.
    """

    def __init__(self, path: str | Path, software: str = "osint-kg"):
        self.path = Path(path)
        self.software = software
        self.records = 0
        self._fh: BinaryIO | None = None
        self._writer: WARCWriter | None = None
        self._lock = threading.Lock()

    def __enter__(self) -> WarcRecorder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            if self._fh is not None:
                self._fh.close()
                self._fh, self._writer = None, None

    def _open(self) -> WARCWriter:
        if self._writer is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = self.path.open("ab")
            self._writer = WARCWriter(self._fh, gzip=True, warc_version="1.1")
            if self._fh.tell() == 0:
                self._writer.write_record(self._writer.create_warcinfo_record(
                    self.path.name, {"software": self.software, "format": "WARC File Format 1.1"}))
        return self._writer

    def record(self, exchange: Exchange) -> None:
        """Write the request and response (or revisit) records of one exchange."""
        with self._lock:
            writer = self._open()
            date = exchange.fetched_at
            parts = urlsplit(exchange.url)
            target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            kind = "revisit" if exchange.revisit else "response"
            extra = {"WARC-Date": date}
            if exchange.revisit:
                extra.update({"WARC-Profile": _NOT_MODIFIED, "WARC-Refers-To-Target-URI":
                              exchange.refers_to_url or exchange.url})
                if exchange.refers_to_date:
                    extra["WARC-Refers-To-Date"] = exchange.refers_to_date
            elif exchange.truncated:
                extra["WARC-Truncated"] = exchange.truncated
            response = writer.create_warc_record(
                exchange.url, kind, payload=io.BytesIO(exchange.body),
                length=len(exchange.body) if not exchange.revisit else 0,
                warc_headers_dict=extra,
                http_headers=StatusAndHeaders(f"{exchange.status} {exchange.reason}".strip(),
                                              list(exchange.headers),
                                              protocol=exchange.http_version))
            request = writer.create_warc_record(
                exchange.url, "request", payload=io.BytesIO(b""), length=0,
                warc_headers_dict={"WARC-Date": date},
                http_headers=StatusAndHeaders(f"{exchange.method} {target} {exchange.http_version}",
                                              list(exchange.request_headers),
                                              is_http_request=True))
            request.rec_headers.add_header("WARC-Concurrent-To",
                                           response.rec_headers.get_header("WARC-Record-ID"))
            writer.write_record(request)
            writer.write_record(response)
            assert self._fh is not None
            self._fh.flush()
            self.records += 1


def read_warc(path: str | Path, *, max_bytes: int = 10 * 1024 * 1024,
              originals: Iterable[str | Path] | None = None
              ) -> Iterator[FetchedPage | SourceError]:
    """The successful (2xx) HTTP responses in a WARC file, as fetched pages.

    A ``revisit`` record (the page was fetched again and found unchanged) stands for the
    response it refers to, found by ``WARC-Refers-To`` (a record ID), else by
    ``WARC-Payload-Digest`` (profile identical-payload-digest), else by
    ``WARC-Refers-To-Target-URI`` (or its own target) and ``WARC-Refers-To-Date`` (the latest
    response for that URI when the date does not match one). The response is looked for earlier
    in this file, then in ``originals``. A page is yielded once per response: a revisit of a
    response already read from this file adds nothing; one whose response is nowhere is a
    :class:`SourceError` (the page cannot be re-read without it).

    robots.txt answers, redirects, errors, requests and metadata records are skipped. A response
    that is too large or badly encoded becomes an error and the file goes on; a file that cannot
    be read at all (missing, not a WARC, truncated) ends with one :class:`SourceError`.

    Args:
        path: a ``.warc`` or ``.warc.gz`` file.
        max_bytes: cap on each decoded body (as :attr:`FetchConfig.max_bytes`).
        originals: other WARC files where the responses of revisits may be (each is read once,
            and only if a revisit needs it). By default, the other ``.warc``/``.warc.gz`` files
            in the same folder: a crawl writes one file a day (:func:`default_warc_path`), and a
            page revalidated today was captured on an earlier day.
    """
    where = str(path)
    try:
        fh = open(path, "rb")  # noqa: SIM115 (closed below; a generator cannot use "with" here)
    except OSError as exc:
        yield SourceError(where, f"cannot open WARC: {exc.strerror or exc}")
        return
    if originals is None:
        originals = _siblings(Path(path))
    index = _Index(Path(path), [Path(p) for p in originals], max_bytes)
    read: set[tuple[Path, int]] = set()
    with fh:
        try:
            records = ArchiveIterator(fh)
            for record in records:
                if record.rec_type == "response" and record.http_headers is not None:
                    skipped = _skipped(record)
                    page = None if skipped else _page(record, max_bytes)
                    # (asking for the offset reads the record to its end: the body comes first)
                    at = (index.path, records.get_record_offset())
                    index.add(record, at)
                    if skipped:
                        continue
                    read.add(at)
                elif record.rec_type == "revisit" and not _skipped(record):
                    page = index.resolve(record, read)
                else:
                    continue
                if page is not None:
                    yield page
        except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
            yield SourceError(where, f"not a readable WARC: {exc}")


def _siblings(path: Path) -> list[Path]:
    try:
        return sorted(p for p in path.parent.iterdir()
                      if p.name.lower().endswith((".warc", ".warc.gz")) and p != path)
    except OSError:
        return []


def _skipped(record: ArchiveRecord) -> bool:
    """Not a page: a robots.txt answer, or not a 2xx (a revisit's 304 is resolved, not skipped)."""
    url = _target(record)
    if urlsplit(url).path == "/robots.txt":
        return True
    if record.rec_type == "revisit":
        return False
    return not 200 <= _status(record) < 300


def _target(record: ArchiveRecord) -> str:
    return (record.rec_headers.get_header("WARC-Target-URI") or "").strip("<>")


def _status(record: ArchiveRecord) -> int:
    try:
        return int(record.http_headers.get_statuscode() or 0) if record.http_headers else 0
    except ValueError:
        return 0


class _Index:
    """Where the 2xx responses are (file, offset), by record ID, payload digest and URI."""

    def __init__(self, path: Path, originals: list[Path], max_bytes: int):
        self.path = path
        self.max_bytes = max_bytes
        self._pending = list(originals)  # not indexed yet: read when a revisit needs them
        self.ids: dict[str, tuple[Path, int]] = {}
        self.digests: dict[str, tuple[Path, int]] = {}
        self.uris: dict[str, list[tuple[str, tuple[Path, int]]]] = {}

    def add(self, record: ArchiveRecord, at: tuple[Path, int]) -> None:
        if not 200 <= _status(record) < 300:
            return
        headers = record.rec_headers
        if headers.get_header("WARC-Record-ID"):
            self.ids[headers.get_header("WARC-Record-ID")] = at
        if headers.get_header("WARC-Payload-Digest"):
            self.digests[headers.get_header("WARC-Payload-Digest")] = at
        self.uris.setdefault(_target(record), []).append((headers.get_header("WARC-Date") or "",
                                                           at))

    def resolve(self, revisit: ArchiveRecord, read: set[tuple[Path, int]]
                ) -> FetchedPage | SourceError | None:
        """The page a revisit stands for (None: already read from this file)."""
        at = self._find(revisit)
        while at is None and self._pending:
            self._scan(self._pending.pop(0))
            at = self._find(revisit)
        url = _target(revisit)
        if at is None:
            return SourceError(url, "revisit record: the response it refers to is not in this "
                                    "WARC file or beside it")
        if at in read:
            return None
        read.add(at)
        try:
            with at[0].open("rb") as fh:
                fh.seek(at[1])
                original = next(iter(ArchiveIterator(fh)))
                page = _page(original, self.max_bytes)
        except (ArchiveLoadFailed, EOFError, OSError, ValueError, StopIteration) as exc:
            return SourceError(url, f"revisit record: cannot read its response in {at[0]}: {exc}")
        if not isinstance(page, FetchedPage):
            return page
        date = revisit.rec_headers.get_header("WARC-Date") or page.fetched_at
        if 200 <= _status(revisit) < 300:  # identical payload under new headers (other crawlers)
            headers = tuple((str(k), str(v)) for k, v in revisit.http_headers.headers)
            return FetchedPage(url=url, requested_url=url, status=_status(revisit),
                               headers=headers, content=page.content,
                               encoding=detect_encoding(page.content, _header(headers,
                                                                              "content-type")),
                               fetched_at=date)
        return FetchedPage(url=page.url, requested_url=page.url, status=page.status,
                           headers=page.headers, content=page.content, encoding=page.encoding,
                           fetched_at=date)

    def _find(self, revisit: ArchiveRecord) -> tuple[Path, int] | None:
        headers = revisit.rec_headers
        refers_to = headers.get_header("WARC-Refers-To")
        if refers_to and refers_to in self.ids:
            return self.ids[refers_to]
        digest = headers.get_header("WARC-Payload-Digest")
        profile = headers.get_header("WARC-Profile") or ""
        if digest and "identical-payload-digest" in profile and digest in self.digests:
            return self.digests[digest]
        uri = (headers.get_header("WARC-Refers-To-Target-URI") or "").strip("<>") or _target(
            revisit)
        captures = self.uris.get(uri)
        if not captures:
            return None
        date = headers.get_header("WARC-Refers-To-Date")
        exact = [at for when, at in captures if date and when == date]
        return exact[-1] if exact else max(captures, key=lambda c: c[0])[1]

    def _scan(self, path: Path) -> None:
        try:
            with path.open("rb") as fh:
                records = ArchiveIterator(fh)
                for record in records:
                    if record.rec_type == "response" and record.http_headers is not None:
                        self.add(record, (path, records.get_record_offset()))
        except (ArchiveLoadFailed, EOFError, OSError, ValueError):
            pass  # an unreadable neighbour only means fewer revisits can be resolved


def _header(headers: tuple[tuple[str, str], ...], name: str) -> str | None:
    return next((v for k, v in headers if k.lower() == name), None)


def _page(record: ArchiveRecord, max_bytes: int) -> FetchedPage | FetchError | None:
    url = _target(record)
    status = _status(record)
    if not 200 <= status < 300:
        return None
    headers = tuple((str(k), str(v)) for k, v in record.http_headers.headers)
    lookup = {k.lower(): v for k, v in reversed(headers)}
    stream: Any = record.raw_stream
    if "chunked" in lookup.get("transfer-encoding", "").lower():
        stream = ChunkedDataReader(stream)  # falls back to the plain bytes when not chunked
    # Compressed bodies are never larger than what they inflate to, except by a few header
    # bytes; reading past the cap would only feed a bomb.
    raw = stream.read(max_bytes + 64 * 1024)
    try:
        content = decode_body(raw, lookup.get("content-encoding"), max_bytes, url)
    except FetchError as exc:
        return exc
    date = record.rec_headers.get_header("WARC-Date") or ""
    return FetchedPage(url=url, requested_url=url, status=status, headers=headers,
                       content=content, encoding=detect_encoding(content,
                                                                 lookup.get("content-type")),
                       fetched_at=date)
