"""The body repairs on top of trafilatura (scrapers.body), each on a small page built for it.

The pages are written for these tests; the repairs are general (no site names) and their effect
on the shared benchmark is in benchmarks/README.md.
"""

from __future__ import annotations

import pytest

from scrapers.parse import Article, parse_html

URL = "https://news.example/world/2024/05/02/rail-yard"

PARAGRAPHS = [
    "Commercial satellite images taken last week show a sharp rise in freight traffic at the "
    "Tumangang rail yard, the only rail crossing between the two countries.",
    "Analysts counted about 73 freight cars on the sidings, against a dozen in the same month of "
    "the previous year, and several covered loads of a size used for artillery shells.",
    "Officials in Moscow declined to comment on the images, and the foreign ministry in "
    "Pyongyang said the reports were a smear campaign by hostile forces.",
    "The yard was rebuilt in 2015 with Russian funding, and traffic had been light until the "
    "summer, according to records kept by the regional railway authority.",
    "Independent researchers said the loads matched crates seen at a munitions depot near "
    "Rason in images from the spring, though the resolution does not allow certainty.",
    "A second set of images, taken three days later, showed most of the cars gone and fresh "
    "tracks leading north towards the border bridge over the Tumen river.",
]


def page(body: str, *, title: str = "Satellite images show busy rail yard") -> str:
    return (f"<html lang='en'><head><title>{title} | Ledger</title>"
            f"<meta property='og:title' content='{title}'></head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></header>"
            f"<main>{body}</main>"
            "<footer><p>Copyright 2024 The Ledger. All rights reserved.</p></footer>"
            "</body></html>")


def ps(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def texts(article: Article) -> list[str]:
    return [p.text for p in article.paragraphs]


def test_a_body_split_into_chunks_is_read_whole() -> None:
    # Ads between chunks of the same kind: an extractor keeps the first chunk only.
    chunks = [PARAGRAPHS[:2], PARAGRAPHS[2:4], PARAGRAPHS[4:]]
    body = "".join(
        f"<div class='grid'><div class='grid-item article-body'>{ps(chunk)}</div>"
        f"<div class='grid-item ad-slot'><p>Advertisement</p></div></div>"
        for chunk in chunks)
    article = parse_html(page(f"<article><h1>Satellite images show busy rail yard</h1>"
                              f"<div class='chunks'>{body}</div></article>"), URL)
    assert texts(article) == PARAGRAPHS


def test_an_embedded_post_is_kept_where_it_stands() -> None:
    tweet = ("<div class='social-embed'><blockquote class='twitter-tweet'>"
             "<p lang='en'>Freight cars are back at Tumangang, dozens of them. "
             "<a href='https://t.co/x1'>pic.twitter.com/x1</a></p>"
             "— Open Source Watcher (@oswatch) <a href='https://twitter.com/oswatch/status/1'>"
             "May 1, 2024</a></blockquote></div>")
    body = ps(PARAGRAPHS[:3]) + tweet + ps(PARAGRAPHS[3:])
    article = parse_html(page(f"<article><h1>Satellite images show busy rail yard</h1>{body}"
                              "</article>"), URL)
    got = texts(article)
    at = got.index("Freight cars are back at Tumangang, dozens of them. pic.twitter.com/x1")
    assert got[at - 1] == PARAGRAPHS[2] and got[at + 2] == PARAGRAPHS[3]
    assert got[at + 1] == "— Open Source Watcher (@oswatch) May 1, 2024"
    assert "https://twitter.com/oswatch/status/1" in {link.href for link in article.links}


def test_teaser_cards_of_other_posts_are_dropped() -> None:
    cards = "".join(
        f"<article class='card'><a href='/other/{i}'><img src='/t{i}.jpg'></a>"
        f"<p>{text}</p></article>"
        for i, text in enumerate([
            "Another story entirely about grain prices rising across the region this winter, "
            "with farmers saying the harvest was the worst in a decade and prices climbing.",
            "A third story about a football match in the capital that drew a record crowd of "
            "sixty thousand people to the new stadium built last year by the city council.",
            "A fourth story on the weather: heavy snow is expected in the mountains this "
            "weekend and the roads authority has warned drivers to carry chains and supplies.",
        ]))
    body = (f"<article class='post'><h1>Satellite images show busy rail yard</h1>"
            f"{ps(PARAGRAPHS[:2])}</article>"
            f"<article class='post'><h3>You may also like</h3>{cards}</article>")
    article = parse_html(page(f"<div id='primary'>{body}</div>"), URL)
    assert texts(article) == PARAGRAPHS[:2]


def test_live_blog_posts_inside_the_headline_article_are_kept() -> None:
    posts = "".join(f"<article class='update'><p>{text}</p></article>" for text in PARAGRAPHS)
    article = parse_html(page(f"<article><h1>Satellite images show busy rail yard</h1>{posts}"
                              "</article>"), URL)
    assert texts(article) == PARAGRAPHS


def test_closing_calls_to_action_and_teaser_lines_are_dropped() -> None:
    body = (ps(PARAGRAPHS[:3]) + "<p>READ MORE: Grain prices rise across the region</p>"
            + ps(PARAGRAPHS[3:]) +
            "<p><i>Have a tip? Mira Okafor may be reached at mokafor@ledger.example. Follow her "
            "on Twitter @mokafor.</i></p>"
            "<p>Get the latest updates right in your inbox. Subscribe to the Ledger’s "
            "newsletters.</p>")
    article = parse_html(page(f"<article><h1>Satellite images show busy rail yard</h1>{body}"
                              "</article>"), URL)
    assert texts(article) == PARAGRAPHS


def test_a_story_about_a_newsletter_keeps_its_sentences() -> None:
    # Only short closing lines are calls to action; the same words inside the story stay.
    story = PARAGRAPHS[:4] + [
        "The ministry said anyone could subscribe to its newsletter, which it called the only "
        "reliable source on the border crossings, and that the bulletin would be published "
        "weekly from June in three languages for readers in the region and abroad, free of "
        "charge, and sent to every registered trading company in the province."]
    article = parse_html(page(f"<article><h1>Satellite images show busy rail yard</h1>"
                              f"{ps(story)}</article>"), URL)
    assert texts(article) == story


def test_an_inline_pop_up_card_is_not_part_of_the_sentence() -> None:
    card = ("<span class='person'><a href='/people/kim'>Kim Jong Un</a><span class='card'>"
            "<span><img src='/kim.jpg'><a href='/people/kim'>Kim Jong Un</a>"
            "<a href='/a/1'>Kim visits factory</a> <a href='/a/2'>Kim meets envoy</a>"
            "<a href='/people/kim'>MORE</a></span></span></span>")
    first = f"<p>Leader {card} inspected the yard in April, state media said on Monday.</p>"
    article = parse_html(page(f"<article><h1>Satellite images show busy rail yard</h1>{first}"
                              f"{ps(PARAGRAPHS)}</article>"), URL)
    assert texts(article)[0] == ("Leader Kim Jong Un inspected the yard in April, state media "
                                 "said on Monday.")
    assert "Kim meets envoy" not in article.text


@pytest.mark.parametrize("shown", [
    "&lt;span data-mce-type=\"bookmark\" class=\"mce_SELRES_start\"&gt;&lt;/span&gt;",
    "[button link=\"https://news.example/submit\" type=\"big\"] Submit a tip [/button]",
])
def test_markup_shown_as_text_is_dropped(shown: str) -> None:
    body = ps(PARAGRAPHS[:3]) + f"<p>{shown}</p>" + ps(PARAGRAPHS[3:])
    article = parse_html(page(f"<article><h1>Satellite images show busy rail yard</h1>{body}"
                              "</article>"), URL)
    assert texts(article) == PARAGRAPHS
