"""`kg ingest` over the hostile server, feeds, sitemaps, the HTTP cache and WARC evidence."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from click.testing import CliRunner, Result
from warcio.archiveiterator import ArchiveIterator

from kg.cli import cli
from kg.store import open_store

if TYPE_CHECKING:
    from conftest import MockServer

pytestmark = pytest.mark.slow  # each command loads the spaCy model

FAST = ["--allow-loopback", "--deadline", "2", "--delay", "0"]
GOOD = "/examples/meridian-wire.html"


def kg(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def responses(folder: Path, robots: bool = False) -> list[str]:
    """The URIs of the response records in a folder's WARC files (robots.txt only if asked)."""
    uris = []
    for warc in sorted(folder.glob("*.warc.gz")):
        with warc.open("rb") as fh:
            uris += [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(fh)
                     if r.rec_type == "response"]
    return [u for u in uris if robots or not u.endswith("/robots.txt")]


def nquads(store_path: Path) -> set[str]:
    out = io.BytesIO()
    with open_store(store_path, read_only=True) as store:
        store.dump(out, "nquads")
    return set(out.getvalue().decode("utf-8").splitlines())


def test_bad_urls_are_one_line_each_and_the_good_one_is_stored(server: MockServer,
                                                               tmp_path: Path) -> None:
    server.robots = "User-agent: *\nDisallow: /private/\n"
    bad = ["/hang", "/trickle", "/endless", "/gzip-bomb", "/redirect-loop",
           "/redirect?to=http://192.168.0.1/", "/pdf", "/invalid-utf8", "/private/page"]
    store = tmp_path / "store"
    result = kg("ingest", "--store", str(store), *FAST, *[server.url(p) for p in bad],
                server.url(GOOD))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    for path in bad:
        mentions = [line for line in lines if server.url(path) in line]
        assert len(mentions) == 1 and mentions[0].startswith("error: "), (path, mentions)
    assert f"[10/10] fetched {server.url(GOOD)}" in lines
    assert any(line.startswith("stored ") for line in lines)
    assert lines[-1] == "kg: error: 9 source(s) failed"
    # Nothing kept from a failed fetch; robots.txt is kept with the first success.
    assert responses(store / "warc", robots=True) == [server.url("/robots.txt"), server.url(GOOD)]


def test_warc_reingest_gives_the_same_graph_with_no_network(server: MockServer,
                                                            tmp_path: Path) -> None:
    live, replay = tmp_path / "live", tmp_path / "replay"
    assert kg("ingest", "--store", str(live), *FAST, server.url(GOOD),
              server.url("/examples/seoul-ledger.html")).exit_code == 0
    (warc,) = (live / "warc").glob("*.warc.gz")
    hits = sum(server.hits.values())
    result = kg("ingest", "--store", str(replay), "--warc", str(warc))
    assert result.exit_code == 0, result.output
    assert "ingested 2 articles" in result.stderr
    assert sum(server.hits.values()) == hits  # no request at all
    assert nquads(replay) == nquads(live)


def test_a_page_only_revalidated_in_a_warc_is_still_reingested(server: MockServer,
                                                               tmp_path: Path) -> None:
    # Two runs, one WARC each: the second run's file holds only a revisit (the page was unchanged).
    live, replay, evidence = tmp_path / "live", tmp_path / "replay", tmp_path / "evidence"
    for day in ("20240301", "20240302"):
        result = kg("ingest", "--store", str(live), *FAST, "--warc-out",
                    str(evidence / f"{day}.warc.gz"), server.url(GOOD))
        assert result.exit_code == 0, result.output
    assert responses(evidence) == [server.url(GOOD)]
    hits = sum(server.hits.values())
    result = kg("ingest", "--store", str(replay), "--warc", str(evidence / "20240302.warc.gz"))
    assert result.exit_code == 0, result.output
    assert "ingested 1 articles" in result.stderr
    assert sum(server.hits.values()) == hits  # no request at all
    assert nquads(replay) == nquads(live)


def test_second_run_revalidates_through_the_cache(server: MockServer, tmp_path: Path) -> None:
    store = tmp_path / "store"
    for _ in range(2):
        result = kg("ingest", "--store", str(store), *FAST, server.url(GOOD))
        assert result.exit_code == 0, result.output
    seen = [h for _, p, h in server.log if p == GOOD]
    assert len(seen) == 2 and "If-None-Match" not in seen[0] and "If-None-Match" in seen[1]
    assert responses(store / "warc") == [server.url(GOOD)]  # the 304 is a revisit record
    assert len(nquads(store)) > 0


def test_no_cache_and_explicit_warc_out(server: MockServer, tmp_path: Path) -> None:
    store, warc = tmp_path / "store", tmp_path / "evidence" / "run.warc.gz"
    for _ in range(2):
        assert kg("ingest", "--store", str(store), *FAST, "--no-cache", "--warc-out", str(warc),
                  server.url(GOOD)).exit_code == 0
    assert not any("If-None-Match" in h for _, _, h in server.log)
    assert responses(warc.parent) == [server.url(GOOD)] * 2
    assert not (store / "warc").exists() and not (store / "http-cache").exists()


def test_feed_with_since_and_limit(server: MockServer, tmp_path: Path) -> None:
    result = kg("ingest", "--store", str(tmp_path / "s"), *FAST, "--feed", server.url("/feed.rss"),
                "--since", "2023-09-01", "--limit", "5")
    assert result.exit_code == 0, result.output
    assert "ingested 2 articles" in result.stderr
    assert f"[1/2] fetched {server.url(GOOD)}" in result.stderr.splitlines()
    assert server.hits["/examples/daily-courier.html"] == 0  # older than --since
    result = kg("ingest", "--store", str(tmp_path / "t"), *FAST, "--sitemap",
                server.url("/sitemap.xml"), "--limit", "1")
    assert result.exit_code == 0 and "ingested 1 articles" in result.stderr
    assert server.hits["/sitemap-2.xml.gz"] == 0  # the limit stopped discovery early


def test_unsafe_feed_is_one_error_line(server: MockServer, tmp_path: Path) -> None:
    result = kg("ingest", "--store", str(tmp_path / "s"), *FAST, "--feed", server.url("/bomb.rss"),
                "--sitemap", server.url("/xxe-sitemap.xml"), server.url(GOOD))
    assert result.exit_code == 1 and "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 2 and all("unsafe XML refused" in e for e in errors)
    assert "ingested 1 articles" in result.stderr
