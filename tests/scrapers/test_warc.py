"""WARC capture: every response of a successful fetch kept verbatim (robots.txt, redirect hops,
the page or a revisit), read back with the same caps; revisits resolve to their response."""

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


def pages(path: Path) -> list[tuple[str, str | None]]:
    """(record type, URI) of the records that are not about robots.txt or the file itself."""
    return [(kind, uri) for kind, uri, _ in records(path)
            if kind != "warcinfo" and not (uri or "").endswith("/robots.txt")]


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
    robots = server.url("/robots.txt")
    kinds = [(kind, uri) for kind, uri, _ in records(warc)]
    assert kinds == [("warcinfo", None), ("request", robots), ("response", robots),
                     ("request", url), ("response", url)]
    with warc.open("rb") as fh:
        recs, bodies = [], []
        for record in ArchiveIterator(fh):  # a record's stream is only readable in its turn
            recs.append(record)
            bodies.append(record.raw_stream.read())
        assert recs[2].http_headers.get_statuscode() == "404"  # robots.txt's answer, as given
        assert bodies[2] == b"no robots here"
        request, response = recs[3], recs[4]
        assert request.http_headers.protocol == "GET"
        sent = dict(request.http_headers.headers)
        assert sent["Host"] == f"127.0.0.1:{server.port}" and sent["User-Agent"].startswith("osint-kg")
        assert request.rec_headers.get_header("WARC-Concurrent-To") == \
            response.rec_headers.get_header("WARC-Record-ID")
        # Exact headers: duplicates and case kept, in order, and the body still gzip-compressed.
        assert response.http_headers.headers == list(page.headers)
        assert ("X-Twice", "one") in page.headers and ("x-twice", "two") in page.headers
        raw = bodies[4]
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
    assert [kind for kind, _ in pages(warc)] == ["request", "response", "request", "revisit"]
    with warc.open("rb") as fh:
        response, revisit = [r for r in ArchiveIterator(fh) if r.rec_type in ("response",
                                                                              "revisit")][1:]
    assert revisit.rec_headers.get_header("WARC-Refers-To-Target-URI") == url
    assert revisit.rec_headers.get_header("WARC-Refers-To-Date") == \
        response.rec_headers.get_header("WARC-Date")
    assert len(list(read_warc(warc))) == 1  # a revisit of a page in the same file adds nothing


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
    assert [k for k, _ in pages(warc)].count("response") == 2
    assert [k for k, _, _ in records(warc)].count("warcinfo") == 1
    assert all(isinstance(p, FetchedPage) for p in read_warc(warc))


def test_redirect_hops_are_kept_each_with_its_request(fetcher: Fetcher, warc: Path,
                                                      server: MockServer) -> None:
    page = fetcher.fetch(server.url("/chain-1"))
    fetcher.fetch(server.url("/moved"))
    fetcher.recorder.close()  # type: ignore[union-attr]
    assert page.url == server.url("/page")
    hops = ["/chain-1", "/chain-2", "/page", "/moved", "/page"]
    assert pages(warc) == [(kind, server.url(p)) for p in hops for kind in ("request", "response")]
    with warc.open("rb") as fh:
        recs = [(r, r.raw_stream.read()) for r in ArchiveIterator(fh)
                if not r.rec_headers.get_header("WARC-Target-URI", "").endswith("/robots.txt")]
    by_id = {r.rec_headers.get_header("WARC-Record-ID"): r for r, _ in recs}
    responses = [(r, body) for r, body in recs if r.rec_type == "response"]
    assert [r.http_headers.get_statuscode() for r, _ in responses] == ["307", "308", "200", "301",
                                                                       "200"]
    assert responses[0][0].http_headers.get_header("Location") == "chain-2"
    assert responses[3][1] == b"<a href='/page'>Moved here</a>"  # a redirect's body, as sent
    for request in (r for r, _ in recs if r.rec_type == "request"):
        response = by_id[request.rec_headers.get_header("WARC-Concurrent-To")]
        assert response.rec_headers.get_header("WARC-Target-URI") == \
            request.rec_headers.get_header("WARC-Target-URI")
    # Read back: the pages at the end of the chains, not the hops.
    assert [p.url for p in read_warc(warc)] == [server.url("/page")] * 2


def test_robots_txt_is_recorded_once_with_the_first_successful_fetch(
        fetcher: Fetcher, warc: Path, server: MockServer) -> None:
    server.robots = "User-agent: *\nDisallow: /private/\n"
    for path in ("/private/page", "/status/404"):
        with pytest.raises(FetchError):
            fetcher.fetch(server.url(path))
    assert not warc.exists()  # nothing yet: both fetches failed
    fetcher.fetch(server.url("/page"))
    fetcher.fetch(server.url("/gzip"))
    fetcher.recorder.close()  # type: ignore[union-attr]
    robots = server.url("/robots.txt")
    assert [(k, u) for k, u, _ in records(warc) if k != "warcinfo"][:2] == [
        ("request", robots), ("response", robots)]
    assert [u for k, u, _ in records(warc) if k == "response"].count(robots) == 1
    assert server.hits["/robots.txt"] == 1
    assert all(p.url != robots for p in read_warc(warc))  # robots.txt is never a page


def test_a_robots_txt_over_the_cap_is_kept_truncated(fetcher: Fetcher, warc: Path,
                                                     server: MockServer) -> None:
    server.robots = "User-agent: *\nDisallow: /private/\n" + "# padding\n" * 60_000
    fetcher.fetch(server.url("/page"))
    fetcher.recorder.close()  # type: ignore[union-attr]
    with warc.open("rb") as fh:
        robots = next(r for r in ArchiveIterator(fh) if r.rec_type == "response")
        assert robots.rec_headers.get_header("WARC-Truncated") == "length"
        assert len(robots.raw_stream.read()) >= 512 * 1024


def test_a_page_only_revalidated_that_day_is_read_from_the_day_it_was_captured(
        server: MockServer, tmp_path: Path) -> None:
    # One WARC a day: day 1 captured the page, day 2 only confirmed it (a 304: a revisit).
    folder = tmp_path / "warc"
    config = FetchConfig(deadline=2, min_delay=0, retries=0, allow_loopback=True)
    url = server.url("/examples/seoul-ledger.html")
    cache = HttpCache(tmp_path / "cache")
    captured = {}
    for day in ("20240301", "20240302"):
        with requests.Session() as s, WarcRecorder(folder / f"{day}.warc.gz") as rec, \
                Fetcher(s, config, recorder=rec, cache=cache) as f:
            captured[day] = f.fetch(url)
    assert [k for k, _ in pages(folder / "20240302.warc.gz")] == ["request", "revisit"]
    (page,) = list(read_warc(folder / "20240302.warc.gz"))
    assert isinstance(page, FetchedPage)
    live = captured["20240301"]
    assert (page.url, page.status, page.headers, page.content, page.encoding) == (
        live.url, live.status, live.headers, live.content, live.encoding)
    assert parse_page(page) == parse_page(live)
    # Without the day it was captured, the revisit cannot be read: a typed error, not a crash.
    (error,) = list(read_warc(folder / "20240302.warc.gz", originals=()))
    assert isinstance(error, SourceError) and "revisit" in str(error)


def test_revisits_of_other_crawlers_resolve_by_record_id_and_digest(tmp_path: Path) -> None:
    path = tmp_path / "other.warc.gz"
    body = b"<html><body><article><h1>Rail yard</h1><p>Freight cars were counted.</p></article>"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        original = writer.create_warc_record(
            "https://news.example/a", "response", payload=io.BytesIO(body),
            http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                          protocol="HTTP/1.1"))
        writer.write_record(original)
        # identical-payload-digest: the same body found again at another URL, new headers
        digest = original.rec_headers.get_header("WARC-Payload-Digest")
        same = writer.create_revisit_record(
            "https://news.example/a?utm=x", digest, "https://news.example/a",
            original.rec_headers.get_header("WARC-Date"),
            http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                          protocol="HTTP/1.1"))
        writer.write_record(same)
    found = list(read_warc(path))
    assert [p.url for p in found] == ["https://news.example/a"]  # the revisit of the same
    # response adds nothing; in a file of its own (the original beside it) it is read:
    only = tmp_path / "only" / "revisit.warc.gz"
    only.parent.mkdir()
    with path.open("rb") as src, only.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for record in ArchiveIterator(src):
            if record.rec_type == "revisit":
                writer.write_record(record)
    (page,) = list(read_warc(only, originals=[path]))
    assert isinstance(page, FetchedPage)
    assert (page.url, page.content, page.encoding) == ("https://news.example/a?utm=x", body,
                                                        "utf-8")


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
