"""Parsing saved pages (tests/data/pages/, mapped from URL to file) into Articles."""

from __future__ import annotations

import html
import socket
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import ParseError
from scrapers.fetch import FetchedPage
from scrapers.parse import Article, parse_html, parse_page, parse_text

PAGES_DIR = Path(__file__).parent.parent / "data" / "pages"
NEWS = "https://www.northern-ledger.example/world/asia/2023/10/08/tumangang-rail-yard/"
META_ONLY = "https://baltic-dispatch.example/briefs/2023/11/20/khasan-bridge-reopens"
BROKEN_LD = "https://meridian-wire.example/world/us-north-korea-containers"
NOT_ARTICLE = "https://www.northern-ledger.example/world/asia/"
PAGES = {
    NEWS: "news_article.html",
    META_ONLY: "meta_only.html",
    BROKEN_LD: "broken_jsonld.html",
    NOT_ARTICLE: "not_article.html",
}
THINK_TANK = "https://www.coastal-policy.example/reports/2023/tumangang-rail-activity"


def page(url: str) -> bytes:
    return (PAGES_DIR / PAGES[url]).read_bytes()


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Parsing must never touch the network (JSON-LD contexts are not resolved)."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access while parsing: {args}")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


def assert_offsets(article: Article) -> None:
    assert article.paragraphs, "no paragraphs"
    for p in article.paragraphs:
        assert article.text[p.start:p.end] == p.text
        assert p.text == p.text.strip() and p.text
    assert "\n\n".join(p.text for p in article.paragraphs) == article.text


# ----------------------------------------------------------------------------- a full news page


@pytest.fixture(scope="module")
def news() -> Article:
    return parse_html(page(NEWS), NEWS)


@pytest.mark.parametrize("boilerplate", [
    "We use cookies", "Accept all", "Search the Ledger", "Newsletters", "Keep Reading",
    "Kim and Putin meet", "Recent Posts", "Oil prices climb", "Asia correspondent",
    "Follow her on social media", "Share on", "Sign up for our daily newsletter",
    "All rights reserved", "dataLayer", "Privacy policy",
])
def test_news_boilerplate_is_gone(news: Article, boilerplate: str) -> None:
    assert boilerplate not in news.text


def test_news_body(news: Article) -> None:
    assert news.text.startswith("Commercial satellite images taken last week")
    assert "counted about 73 freight cars" in news.text
    assert "“The scale of activity is unprecedented for this facility,” said Mira" in news.text
    assert news.text.endswith("described the yard as quiet.")
    assert "A rare land link" in [p.text for p in news.paragraphs]  # subheadings are kept
    assert "Satellite images show busy rail yard" not in news.text  # the headline is the title
    assert "Freight cars at the Tumangang rail facility" not in news.text  # captions go to images
    assert len(news.paragraphs) == 7
    assert_offsets(news)


def test_news_metadata(news: Article) -> None:
    assert news.url == NEWS
    assert news.title == "Satellite images show busy rail yard on North Korea–Russia border"
    assert news.authors == ("Hana Sato", "Tomasz Wójcik")
    assert news.publisher == "The Northern Ledger"  # JSON-LD publisher, via its @id
    assert news.published == "2023-10-08T09:15:00+01:00"
    assert news.modified == "2023-10-08T17:40:00+01:00"
    assert news.language == "en-GB"
    assert news.canonical_url == NEWS  # the relative <link rel=canonical>, made absolute
    assert news.key_url == NEWS


def test_news_dates_keep_every_source(news: Article) -> None:
    sources = {d.source: d.value for d in news.dates}
    assert sources["jsonld:datePublished"] == "2023-10-08T09:15:00+01:00"
    assert sources["jsonld:dateModified"] == "2023-10-08T17:40:00+01:00"
    assert sources["meta:article:published_time"] == "2023-10-08T09:15:00+01:00"
    assert sources["meta:article:modified_time"] == "2023-10-08T17:40:00+01:00"
    assert sources["time:pubdate"] == "2023-10-08T09:15:00+01:00"
    assert sources["htmldate"] == "2023-10-08"


def test_news_links_come_from_the_body(news: Article) -> None:
    hrefs = {link.href: link.text for link in news.links}
    assert hrefs[THINK_TANK] == "Coastal Policy Institute"
    assert hrefs[THINK_TANK + "#imagery"] == "institute’s website"
    assert hrefs["https://www.northern-ledger.example/world/asia/2023/08/30/rail-yard-quiet/"] == (
        "Ledger analysis")
    assert len(hrefs) == 3  # no navigation, share, "Keep Reading" or sidebar links
    assert all(href.startswith("https://") for href in hrefs)


def test_news_images_with_captions(news: Article) -> None:
    (image,) = news.images  # the author's photo is not an article image
    assert image.src == "https://www.northern-ledger.example/media/2023/10/tumangang-lead.jpg"
    assert image.caption.startswith("Freight cars at the Tumangang rail facility on 5 October")


def test_news_round_trips_through_a_dict(news: Article) -> None:
    assert Article.from_dict(news.to_dict()) == news


def test_explicit_arguments_override_the_page() -> None:
    article = parse_html(page(NEWS), NEWS, publisher="Ledger Syndication", title="Given title",
                         published="2023-10-09")
    assert (article.publisher, article.title, article.published) == (
        "Ledger Syndication", "Given title", "2023-10-09")
    assert any(d.source == "jsonld:datePublished" for d in article.dates)  # still recorded


# ----------------------------------------------------------------------------- other pages


def test_page_with_only_meta_tags() -> None:
    article = parse_html(page(META_ONLY), META_ONLY)  # bytes: windows-1252 from http-equiv
    assert article.title == "Khasan rail bridge reopens – traffic resumes"  # <h1>, not <title>
    assert article.authors == ("Jonas Petrauskas",)
    assert article.publisher == "Baltic Dispatch"
    assert article.published == "2023-11-20"
    assert article.modified == "2023-11-21T08:00:00+00:00"
    assert article.language == "en-US"  # from og:locale: there is no <html lang>
    assert article.canonical_url == META_ONLY  # from og:url
    assert "regional railway’s café-side notice board" in article.text
    assert "Baltic Dispatch" not in article.text  # nav and footer gone
    assert [p.text[:15] for p in article.paragraphs] == ["The rail bridge", "Freight traffic"]
    assert_offsets(article)


def test_broken_json_ld_does_not_crash() -> None:
    article = parse_html(page(BROKEN_LD), BROKEN_LD)
    assert article.title == "U.S. says North Korea sent over 1,000 containers of arms to Russia"
    assert article.authors == ("Dan Okafor",)
    # The unterminated block is skipped; the one with a trailing comma is still read.
    assert article.publisher == "Meridian Wire"
    assert article.published == "2023-10-13T14:20:00+00:00"  # from article:published_time
    assert article.modified == "2023-10-14"
    assert not any(d.value.startswith("2023-01-01") for d in article.dates)
    assert len(article.paragraphs) == 4
    assert "Reporting by Dan Okafor" not in article.text
    assert_offsets(article)


def test_cross_site_canonical_is_not_trusted() -> None:
    article = parse_html(page(BROKEN_LD), BROKEN_LD)
    assert article.canonical_url == ""  # it claims to be https://attacker.example/...
    assert article.key_url == BROKEN_LD
    local = parse_html(page(BROKEN_LD), "file:///tmp/saved.html")
    assert local.canonical_url == "https://attacker.example/steal-this-identity"


def test_page_that_is_not_an_article() -> None:
    with pytest.raises(ParseError, match="no article text found"):
        parse_html(page(NOT_ARTICLE), NOT_ARTICLE)


def test_fallback_to_paragraphs_when_trafilatura_finds_only_a_heading() -> None:
    # trafilatura discards anything in a "widget" box, so it keeps only the subheading here.
    doc = ("<html><body><nav><p>Home | News</p></nav><main><h2>Reports</h2>"
           "<div class='widget'><p>KCNA said the reports were groundless.</p>"
           "<p>It called them a <a href='/smear'>smear campaign</a>.</p>"
           "<div class='share-box'><p>Share on X</p></div></div></main>"
           "<footer><p>Copyright 2023</p></footer></body></html>")
    article = parse_html(doc, "http://news.example/item?id=7")
    assert [p.text for p in article.paragraphs] == [
        "KCNA said the reports were groundless.", "It called them a smear campaign."]
    assert [(link.href, link.text) for link in article.links] == [
        ("http://news.example/smear", "smear campaign")]
    assert_offsets(article)


def test_layout_tables_keep_their_paragraphs_and_data_rows_are_one_line() -> None:
    # Old sites lay the article out in a table; a data table is read row by row.
    doc = ("<html><body><table><tr><td><nav><p>Home | News</p></nav></td><td>"
           "<p>KCNA said the reports were groundless and fabricated by hostile forces.</p>"
           "<p>It called them a <a href='/smear'>smear campaign</a> by its enemies.</p>"
           "<table><tr><th>Site</th><th>Cars</th></tr><tr><td>Tumangang</td><td>73</td></tr>"
           "</table></td></tr></table></body></html>")
    article = parse_html(doc, "http://news.example/item?id=8")
    texts = [p.text for p in article.paragraphs]
    assert texts[:2] == ["KCNA said the reports were groundless and fabricated by hostile forces.",
                         "It called them a smear campaign by its enemies."]
    assert "Tumangang | 73" in texts
    assert_offsets(article)


@pytest.mark.parametrize("doc", ["", "   ", "<html><body><h1>Only a heading</h1></body></html>",
                                 "<html><body><script>var x = 1;</script></body></html>"])
def test_empty_pages_raise_parse_error(doc: str) -> None:
    with pytest.raises(ParseError):
        parse_html(doc, "https://news.example/empty")


def test_hostile_input_does_not_crash() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    doc = ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
           f'<head><script type="application/ld+json">{deep}</script>'
           '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@id": "#a"},'
           ' "publisher": {"@id": "#loop"}}</script>'
           '<script type="application/ld+json">{"@id": "#loop", "name": {"@id": "#loop"}}</script>'
           "</head><body><p>Text with a NUL\x00 byte and a form feed\x0c inside.</p></body></html>")
    article = parse_html(doc.encode(), "https://news.example/x")
    assert article.text == "Text with a NUL byte and a form feed inside."


def test_title_site_suffixes() -> None:
    def title_of(head: str) -> str:
        return parse_html(f"<html><head>{head}</head><body><article><p>Body text of the story."
                          "</p></article></body></html>", "https://www.daily-post.example/a").title

    assert title_of("<title>Rail yard busy | Daily Post</title>") == "Rail yard busy"
    assert title_of("<title>Rail yard busy | Some Other Name</title>") == "Rail yard busy"
    assert title_of("<title>Talks in Seoul - Analysis - Daily Post</title>") == (
        "Talks in Seoul - Analysis")
    assert title_of("<title>Kim - Putin summit ends</title>") == "Kim - Putin summit ends"
    assert title_of('<meta property="og:site_name" content="The Post">'
                    '<meta property="og:title" content="The Post: Shells — The Post">') == (
        "The Post: Shells")


def test_bytes_are_decoded_with_the_declared_charset() -> None:
    doc = '<meta charset="koi8-r"><article><p>Северная Корея отвергла обвинения.</p></article>'
    article = parse_html(doc.encode("koi8-r"), "https://news.example/ru")
    assert article.text == "Северная Корея отвергла обвинения."


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")),
                        min_size=1, max_size=120), min_size=1, max_size=6))
def test_offsets_are_exact_for_any_paragraphs(paragraphs: list[str]) -> None:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    try:
        article = parse_html(f"<html><body><article>{body}</article></body></html>",
                             "https://news.example/h")
    except ParseError:
        return  # nothing but punctuation or spaces: no text is a fine answer
    assert_offsets(article)


# ----------------------------------------------------------------------------- plain text, pages


def test_parse_text_blank_line_paragraphs() -> None:
    text = "Headline words\r\n\r\nFirst paragraph,\r\nhard-wrapped.\r\n\r\n\r\n  Second one.  \r\n"
    article = parse_text(text, "https://www.asia-post.example/a", published="17 October 2023")
    assert [p.text for p in article.paragraphs] == [
        "Headline words", "First paragraph,\nhard-wrapped.", "Second one."]
    for p in article.paragraphs:
        assert article.text[p.start:p.end] == p.text
    assert article.publisher == "asia-post.example"
    assert article.published == "2023-10-17"


def test_parse_text_without_blank_lines_has_a_paragraph_per_line() -> None:
    article = parse_text("One.\nTwo.\n", "file:///notes.txt", title="Notes", publisher="Me")
    assert [p.text for p in article.paragraphs] == ["One.", "Two."]
    assert (article.title, article.publisher) == ("Notes", "Me")
    with pytest.raises(ParseError):
        parse_text(" \n\n ", "file:///empty.txt")


def fetched(content: bytes, content_type: str | None, url: str = NEWS) -> FetchedPage:
    headers = (("Content-Type", content_type),) if content_type else ()
    return FetchedPage(url=url, requested_url="https://short.example/x", status=200,
                       headers=headers, content=content, encoding=None,
                       fetched_at="2023-10-08T10:00:00Z")


def test_parse_page_dispatches_on_content_type() -> None:
    article = parse_page(fetched(page(NEWS), "text/html; charset=utf-8"))
    assert article.url == NEWS  # the final URL, not the one asked for
    assert article.title.startswith("Satellite images")
    plain = parse_page(fetched(b"Para one.\n\nPara two.", "text/plain", "https://x.example/t.txt"))
    assert [p.text for p in plain.paragraphs] == ["Para one.", "Para two."]
    meta_only = parse_page(fetched(page(META_ONLY), None, META_ONLY))  # sniffed, then detected
    assert meta_only.publisher == "Baltic Dispatch"
    assert "café-side" in meta_only.text
    with pytest.raises(ParseError, match="unsupported content type: application/pdf"):
        parse_page(fetched(b"%PDF-1.7", "application/pdf"))
