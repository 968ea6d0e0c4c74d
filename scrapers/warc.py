"""Evidence: every fetched response kept verbatim in a gzip-compressed WARC, and read back.

Reads (writing): :class:`scrapers.fetch.Exchange` objects from a :class:`Fetcher` with this
recorder (only successful fetches reach it).
Writes: a ``request`` and a ``response`` record per fetch, linked by ``WARC-Concurrent-To``, with
the headers exactly as sent and received (order and duplicates kept) and the body bytes as
received (still compressed when the server compressed them); a 304 from a cache revalidation
becomes a ``revisit`` record (profile server-not-modified). Each record is its own gzip member,
so appending to an existing ``.warc.gz`` is valid and a crash loses at most the record being
written.

Reads (re-ingesting): :func:`read_warc` turns the ``response`` records of a WARC (ours or any
other crawler's) back into :class:`scrapers.fetch.FetchedPage` objects, with the same caps as a
live fetch, so an article re-read from a WARC gets the same URL, bytes and charset, and so the same
graph, as when it was fetched.

One caveat: the HTTP client undoes ``Transfer-Encoding: chunked`` before we see the body, so the
stored body is de-chunked while the stored header still says chunked; :func:`read_warc` (and
warcio's own readers) accept a body that is not chunked under that header.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import ChunkedDataReader
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kg.errors import FetchError, SourceError
from scrapers.charset import detect_encoding
from scrapers.fetch import Exchange, FetchedPage, decode_body

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
                              exchange.url})
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


def read_warc(path: str | Path, *, max_bytes: int = 10 * 1024 * 1024
              ) -> Iterator[FetchedPage | SourceError]:
    """The successful (2xx) HTTP responses in a WARC file, as fetched pages.

    Redirects, errors, requests, revisits and metadata records are skipped. A response that is
    too large or badly encoded becomes an error and the file goes on; a file that cannot be read
    at all (missing, not a WARC, truncated) ends with one :class:`SourceError`.

    Args:
        path: a ``.warc`` or ``.warc.gz`` file.
        max_bytes: cap on each decoded body (as :attr:`FetchConfig.max_bytes`).
    """
    where = str(path)
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield SourceError(where, f"cannot open WARC: {exc.strerror or exc}")
        return
    with fh:
        try:
            for record in ArchiveIterator(fh):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                page = _page(record, max_bytes)
                if page is not None:
                    yield page
        except FetchError as exc:
            yield exc
        except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
            yield SourceError(where, f"not a readable WARC: {exc}")


def _page(record: Any, max_bytes: int) -> FetchedPage | FetchError | None:
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    url = url.strip("<>")
    try:
        status = int(record.http_headers.get_statuscode() or 0)
    except ValueError:
        return None
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
