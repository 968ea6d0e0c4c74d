"""Site adapters (scrapers.adapters): a user's CSS rules for a site the general extractor gets wrong."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import requests

from kg.errors import ConfigError
from scrapers.adapters import SiteAdapter, SiteAdapters
from scrapers.crawl import Crawl
from scrapers.fetch import FetchConfig
from scrapers.parse import parse_html

if TYPE_CHECKING:
    from conftest import MockServer

URL = "https://www.coastal-policy.example/reports/2023/tumangang-rail-activity"

# A report page whose body is spread over "panel" boxes with a sidebar of links inside them:
# the kind of layout a general extractor reads wrongly and one line of CSS reads right.
PAGE = """<html><head><title>Rail activity at Tumangang | Coastal Policy</title></head><body>
<div class="masthead"><h1 class="report-title">Rail activity at Tumangang</h1>
<p class="meta">By <a class="author" href="/people/ana">Ana Ruiz</a> and
<a class="author" href="/people/li">Li Wen</a> · <time class="published"
datetime="2023-10-06">6 October 2023</time></p></div>
<div class="panel report-body"><div class="panel-inner">
<p>Imagery from 4 October shows 73 freight cars at the yard.</p>
<div class="pull-quote"><p>“Unprecedented”</p></div>
<ul><li>Covered wagons: <b>41</b></li><li>Flatcars: 32</li></ul>
<p>The pattern matches <a href="https://news.example/shells">earlier shipments</a>.<br>It began
in August.</p></div></div>
<div class="panel related"><p>Other reports: Rason port, Najin pier.</p></div>
</body></html>"""

ADAPTER = SiteAdapter(
    name="coastal-policy", hosts=("coastal-policy.example",), body="div.report-body",
    drop=("div.pull-quote",), title="h1.report-title", authors="a.author",
    published="time.published")


def test_the_adapter_reads_the_body_and_metadata() -> None:
    article = parse_html(PAGE, URL, adapters=SiteAdapters([ADAPTER]))
    assert [p.text for p in article.paragraphs] == [
        "Imagery from 4 October shows 73 freight cars at the yard.",
        "Covered wagons: 41", "Flatcars: 32",
        "The pattern matches earlier shipments. It began in August."]
    assert article.title == "Rail activity at Tumangang"
    assert article.authors == ("Ana Ruiz", "Li Wen")
    assert article.published == "2023-10-06"
    assert ("2023-10-06", "adapter") in {(d.value, d.source) for d in article.dates}
    assert [link.href for link in article.links] == ["https://news.example/shells"]


def test_other_sites_and_changed_pages_use_the_general_extractor() -> None:
    adapters = SiteAdapters([ADAPTER])
    mirror = "https://mirror.example/copy"
    assert parse_html(PAGE, mirror, adapters=adapters) == parse_html(PAGE, mirror)
    changed = PAGE.replace("report-body", "report-main")  # the body selector no longer matches
    assert parse_html(changed, URL, adapters=adapters) == parse_html(changed, URL)


@pytest.mark.parametrize("url, matches", [
    ("https://coastal-policy.example/a", True), ("https://www.coastal-policy.example/a", True),
    ("https://data.coastal-policy.example/a", True), ("https://coastal-policy.example.net/a", False),
    ("https://evilcoastal-policy.example/a", False), ("not a url", False),
])
def test_hosts_match_the_site_and_its_subdomains(url: str, matches: bool) -> None:
    assert ADAPTER.matches(url) is matches


def test_adapters_load_from_toml(tmp_path: Path) -> None:
    path = tmp_path / "adapters.toml"
    path.write_text("""
[[adapter]]
name = "coastal-policy"
hosts = ["coastal-policy.example"]
body = "div.report-body"
drop = ["div.pull-quote"]
title = "h1.report-title"
authors = "a.author"
published = "time.published"
""", encoding="utf-8")
    (adapter,) = SiteAdapters.from_toml(path)
    assert adapter == ADAPTER
    assert SiteAdapter.from_dict(adapter.to_dict()) == adapter


@pytest.mark.parametrize("text, message", [
    ("[[adapter]]\nhosts = ['a.example']\n", "required"),
    ("[[adapter]]\nhosts = ['a.example']\nbody = 'div['\n", "bad CSS selector"),
    ("[[adapter]]\nhosts = ['a.example']\nbody = 'div'\ncolour = 'red'\n", "unknown"),
    ("adapter = 3\n", "expected [[adapter]]"),
    ("[[adapter\n", "not valid TOML"),
])
def test_bad_adapter_files_are_config_errors(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "adapters.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message.replace("[", r"\[")):
        SiteAdapters.from_toml(path)


def test_missing_adapter_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        SiteAdapters.from_toml(tmp_path / "nope.toml")


def test_a_crawl_passes_its_adapters_to_the_parser(server: MockServer) -> None:
    server.pages["/report"] = PAGE.encode("utf-8")
    adapter = SiteAdapter(hosts=("127.0.0.1",), body="div.report-body", drop=("div.pull-quote",))
    config = FetchConfig(deadline=2, min_delay=0, allow_loopback=True)
    with requests.Session() as session:
        session.trust_env = False
        with Crawl(config, session=session, adapters=SiteAdapters([adapter])) as crawl:
            article = crawl.fetch(server.url("/report"))
    assert article.paragraphs[0].text.startswith("Imagery from 4 October")
    assert "Unprecedented" not in article.text


def test_local_files_jsonl_and_warc_use_the_adapters(tmp_path: Path) -> None:
    """Adapters apply however a page arrives: a JSON Lines record or a WARC capture of the site."""
    import dataclasses
    import io
    import json

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from kg.ingest import read_jsonl, read_warc_articles

    # this site's lists are navigation: its adapter drops them, the general extractor cannot know
    adapters = SiteAdapters([dataclasses.replace(ADAPTER, drop=("div.pull-quote", "ul"))])
    want = parse_html(PAGE, URL, adapters=adapters).text
    assert "Flatcars" not in want and "Flatcars" in parse_html(PAGE, URL).text

    jsonl = tmp_path / "pages.jsonl"
    jsonl.write_text(json.dumps({"url": URL, "html": PAGE}) + "\n", encoding="utf-8")
    assert [a.text for a in read_jsonl(jsonl, adapters)] == [want]
    assert [a.text for a in read_jsonl(jsonl)] != [want]

    warc = tmp_path / "crawl.warc.gz"
    with warc.open("wb") as fh:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = WARCWriter(fh, gzip=True).create_warc_record(
            URL, "response", payload=io.BytesIO(PAGE.encode("utf-8")), http_headers=headers)
        WARCWriter(fh, gzip=True).write_record(record)
    assert [a.text for a in read_warc_articles(warc, adapters)] == [want]
