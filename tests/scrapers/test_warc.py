"""WARC capture: every successful response kept verbatim, read back with the same caps."""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import requests
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kg.errors import FetchError, SourceError
from scrapers.cache import HttpCache
from scrapers.fetch import FetchConfig, FetchedPage, Fetcher
from scrapers.parse import parse_page
from scrapers.warc import WarcRecorder, default_warc_path, read_warc

if TYPE_CHECKING:
    from conftest import MockServer


def records(path: Path) -> list[tuple[str, str | None, object]]:
    with path.open("rb") as fh:
        return [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI"), r.http_headers)
                for r in ArchiveIterator(fh)]


@pytest.fixture
def warc(tmp_path: Path) -> Path:
    return tmp_path / "out" / "crawl.warc.gz"


@pytest.fixture
def fetcher(warc: Path, tmp_path: Path) -> Iterator[Fetcher]:
    with requests.Session() as session, WarcRecorder(warc) as recorder:
        session.trust_env = False
        config = FetchConfig(deadline=2, min_delay=0, retries=0, allow_loopback=True)
        with Fetcher(session, config, recorder=recorder, cache=HttpCache(tmp_path / "c")) as f:
            yield f


def test_request_and_response_are_kept_verbatim(fetcher: Fetcher, warc: Path,
                                                server: MockServer) -> None:
    url = server.url("/examples/meridian-wire.html")
    page = fetcher.fetch(url)
    fetcher.recorder.close()  # type: ignore[union-attr]
    assert gzip.open(warc).read(8) == b"WARC/1.1"  # gzip-compressed WARC
    kinds = [(kind, uri) for kind, uri, _ in records(warc)]
    assert kinds == [("warcinfo", None), ("request", url), ("response", url)]
    with warc.open("rb") as fh:
        recs, bodies = [], []
        for record in ArchiveIterator(fh):  # a record's stream is only readable in its turn
            recs.append(record)
            bodies.append(record.raw_stream.read())
        request, response = recs[1], recs[2]
        assert request.http_headers.protocol == "GET"
        sent = dict(request.http_headers.headers)
        assert sent["Host"] == f"127.0.0.1:{server.port}" and sent["User-Agent"].startswith("osint-kg")
        assert request.rec_headers.get_header("WARC-Concurrent-To") == \
            response.rec_headers.get_header("WARC-Record-ID")
        # Exact headers: duplicates and case kept, in order, and the body still gzip-compressed.
        assert response.http_headers.headers == list(page.headers)
        assert ("X-Twice", "one") in page.headers and ("x-twice", "two") in page.headers
        raw = bodies[2]
    assert raw[:2] == b"\x1f\x8b" and gzip.decompress(raw) == page.content


def test_a_warc_reads_back_as_the_same_page(fetcher: Fetcher, warc: Path, server: MockServer) -> None:
    live = fetcher.fetch(server.url("/examples/seoul-ledger.html"))
    fetcher.recorder.close()  # type: ignore[union-attr]
    (stored,) = list(read_warc(warc))
    assert isinstance(stored, FetchedPage)
    assert (stored.url, stored.status, stored.headers, stored.content, stored.encoding) == (
        live.url, live.status, live.headers, live.content, live.encoding)
    assert parse_page(stored) == parse_page(live)


def test_a_revalidation_is_a_revisit_record(fetcher: Fetcher, warc: Path, server: MockServer) -> None:
    url = server.url("/examples/meridian-wire.html")
    fetcher.fetch(url)
    fetcher.fetch(url)
    fetcher.recorder.close()  # type: ignore[union-attr]
    kinds = [kind for kind, _, _ in records(warc)]
    assert kinds == ["warcinfo", "request", "response", "request", "revisit"]
    assert len(list(read_warc(warc))) == 1  # a revisit is not a second page


def test_nothing_is_recorded_from_a_failed_fetch(fetcher: Fetcher, warc: Path,
                                                 server: MockServer) -> None:
    for path in ("/status/404", "/status/500", "/pdf", "/gzip-bomb", "/redirect-loop", "/big?x"):
        if path == "/big?x":
            fetcher.config = FetchConfig(deadline=2, min_delay=0, retries=0, allow_loopback=True,
                                         max_bytes=1000)
        with pytest.raises(FetchError):
            fetcher.fetch(server.url(path))
    fetcher.recorder.close()  # type: ignore[union-attr]
    assert not warc.exists()


def test_appending_across_runs_keeps_one_valid_file(warc: Path, server: MockServer) -> None:
    config = FetchConfig(deadline=2, min_delay=0, allow_loopback=True)
    for path in ("/page", "/gzip"):
        with requests.Session() as s, WarcRecorder(warc) as rec, Fetcher(s, config, recorder=rec) as f:
            f.fetch(server.url(path))
    assert [k for k, _, _ in records(warc)].count("response") == 2
    assert [k for k, _, _ in records(warc)].count("warcinfo") == 1
    assert all(isinstance(p, FetchedPage) for p in read_warc(warc))


def _foreign_warc(path: Path, body: bytes, headers: list[tuple[str, str]], status: str = "200 OK") -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warc_record(
            "https://news.example/a", "response", payload=io.BytesIO(body),
            http_headers=StatusAndHeaders(status, headers, protocol="HTTP/1.1")))


def test_a_gzip_bomb_inside_a_warc_stops_at_the_cap(tmp_path: Path) -> None:
    bomb = gzip.compress(b"\0" * (50 << 20), compresslevel=9)
    _foreign_warc(tmp_path / "bomb.warc.gz", bomb,
                  [("Content-Type", "text/html"), ("Content-Encoding", "gzip")])
    (result,) = list(read_warc(tmp_path / "bomb.warc.gz", max_bytes=1 << 20))
    assert isinstance(result, FetchError) and "size cap" in str(result)


def test_chunked_bodies_from_other_crawlers_are_read(tmp_path: Path) -> None:
    _foreign_warc(tmp_path / "c.warc.gz", b"5\r\n<p>hi\r\n5\r\n</p>!\r\n0\r\n\r\n",
                  [("Content-Type", "text/html"), ("Transfer-Encoding", "chunked")])
    (page,) = list(read_warc(tmp_path / "c.warc.gz"))
    assert isinstance(page, FetchedPage) and page.content == b"<p>hi</p>!"


def test_redirects_and_errors_in_a_warc_are_skipped(tmp_path: Path) -> None:
    _foreign_warc(tmp_path / "r.warc.gz", b"", [("Location", "/b")], status="301 Moved")
    assert list(read_warc(tmp_path / "r.warc.gz")) == []


@pytest.mark.parametrize("content", [b"", b"not a warc at all\n" * 10, b"\x1f\x8b\x08garbage"])
def test_unreadable_warc_is_one_source_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.warc.gz"
    path.write_bytes(content)
    results = list(read_warc(path))
    assert all(isinstance(r, SourceError) for r in results) and len(results) <= 1


def test_missing_warc_is_a_source_error(tmp_path: Path) -> None:
    (error,) = list(read_warc(tmp_path / "nope.warc.gz"))
    assert isinstance(error, SourceError) and "cannot open" in str(error)


def test_default_warc_path_is_per_day(tmp_path: Path) -> None:
    assert default_warc_path(tmp_path).parent == tmp_path / "warc"
    assert default_warc_path(tmp_path).name.endswith(".warc.gz")
