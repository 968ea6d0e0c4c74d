"""Stage 2a: the body of an HTML article, as blocks of text in reading order.

Reads: the page's HTML text, its lxml tree (parsed once by :func:`scrapers.parse.parse_html`;
read, never changed) and its URL.
Writes: a :class:`Body`: the text blocks (paragraphs, subheadings, list items, quotes, table
rows), the links inside them, and the images trafilatura kept.

trafilatura (precision mode, tables included) finds the main content; it measures best among
the open extractors on the shared benchmark. Before it reads the page, inline pop-up cards and
print-only furniture are pruned (:data:`_PRUNE`). Its output is then *aligned*: each block is
located in the page's own tree, in reading order (:class:`_Aligned`). Knowing where the body
came from lets us repair, with the page's structure, mistakes a text-only extractor makes:

* a second opinion from trafilatura's recall mode when precision mode kept well under half the
  page's paragraph text, and plain ``<p>`` paragraphs when it found nothing;
* *teaser cards*: blocks taken from ``<article>`` cards beside the one holding the headline
  ("You may also like" lists that repeat other posts' openings) are dropped;
* *split bodies*: when the article is cut into several containers of the same kind (ads or
  images between them), trafilatura keeps one; the units of the same kind near it are added
  back (:meth:`_Repair.add_same_kind`);
* *embedded posts*: quoted social-media posts (the embed codes Twitter/X, Instagram, TikTok,
  Bluesky, Mastodon and Threads give out) are kept where they stand in the text; trafilatura
  discards them with share buttons, but a quoted post is often the claim itself;
* *calls to action*: closing "Subscribe to our newsletter" or "Follow her on Twitter" lines,
  "READ MORE: ..." teaser lines and markup shown as text are dropped.

Each repair is scored on the shared benchmark (``benchmarks/article_extraction.py``); the
figures are in ``benchmarks/README.md``. None names a site: each reads the page's own structure
(tags, classes, reading order) or the standard embed codes.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import lxml.etree
import lxml.html
import trafilatura

__all__ = ["Body", "article_container", "element_text", "extract_body", "key", "norm"]


@dataclass(frozen=True)
class Body:
    """What the body extraction found: ``blocks`` in reading order, links as (href, text) pairs
    (not yet made absolute), and image sources trafilatura kept."""

    blocks: tuple[str, ...]
    links: tuple[tuple[str, str], ...] = ()
    images: tuple[str, ...] = ()


def norm(text: str) -> str:
    """Whitespace collapsed to single spaces.

    >>> norm("  a\\n b ")
    'a b'
    """
    return " ".join(text.split())


# Text that is never read: scripts, styles, templates and the document head.
_UNREAD = frozenset({"script", "style", "noscript", "template", "head", "title", "svg"})


def element_text(el: Any) -> str:
    """The readable text of an element (no script or style text; a ``<br>`` is a space)."""
    parts: list[str] = []
    skip = 0
    for event, node in lxml.etree.iterwalk(el, events=("start", "end", "comment", "pi")):
        tag = node.tag
        if event == "start":
            if not isinstance(tag, str) or tag in _UNREAD:
                skip += 1
            elif not skip:
                if tag == "br":
                    parts.append(" ")
                if node.text:
                    parts.append(node.text)
            continue
        if event == "end" and (not isinstance(tag, str) or tag in _UNREAD):
            skip -= 1
        if not skip and node.tail and node is not el:
            parts.append(node.tail)
    return norm("".join(parts))


def extract_body(html: str, tree: Any, url: str, *, headline_keys: set[str]) -> Body:
    """The article body of a page, with the repairs listed in the module docstring.

    Args:
        html: the page as text (what trafilatura parses).
        tree: the same page parsed by lxml (read, never changed).
        url: the page's URL.
        headline_keys: the headline's spellings, as :func:`key` gives them (the teaser-card
            repair needs to know which ``<article>`` holds the headline).

    Returns:
        The :class:`Body`; ``blocks`` is empty when no article text was found.
    """
    doc = trafilatura.bare_extraction(
        html, url=url or None, favor_precision=True, include_comments=False,
        include_tables=True, include_links=True, include_images=False, with_metadata=False,
        prune_xpath=_PRUNE)
    body = _trafilatura_body(doc)
    if all(kind == "head" for kind, _ in body[0]):  # headings alone are not an article
        return Body(*_fallback_body(article_container(tree)))
    if _looks_truncated(body[0], tree):
        # A second opinion: trafilatura's recall mode keeps what precision mode cut. Taken only
        # when it finds at least twice the text, since it also keeps more boilerplate. On the shared benchmark precision mode
        # lost most of the body on 3 of 181 pages; this runs on under 10% of pages.
        second = _trafilatura_body(trafilatura.bare_extraction(
            html, url=url or None, favor_recall=True, include_comments=False,
            include_tables=True, include_links=True, include_images=False, with_metadata=False,
            prune_xpath=_PRUNE))
        if _words(second[0]) >= 2 * _words(body[0]):
            body = second
    blocks, links, images = body
    repaired = _Repair(tree, blocks, headline_keys)
    repaired.drop_teaser_cards()
    repaired.add_same_kind()
    repaired.add_embedded_posts()
    repaired.drop_calls_to_action()
    links = list(links) + repaired.added_links
    return Body(tuple(t for _, t in repaired.blocks), tuple(links), tuple(images))


def key(text: str) -> str:
    """Text compared loosely: case, punctuation and spacing ignored.

    >>> key("Kim–Putin: summit ends!")
    'kim putin summit ends'
    """
    return " ".join(re.sub(r"\W+", " ", text.casefold()).split())


# --------------------------------------------------------------------------- trafilatura

# Pruned before trafilatura reads the page. Inline pop-ups: a hover card with a person's photo
# and latest headlines sits inside the sentence that names them, so it cannot be cut out of the
# paragraph afterwards; a span inside a paragraph that holds an image and three links is such a
# card, never prose. Print-only page furniture ("This copy is for your personal, non-commercial
# use") is marked by its class. (trafilatura compiles these without the regex namespace.)
_POPUP = "span[.//img and count(.//a) >= 3]"
_PRUNE = [
    f".//p//{_POPUP}[not(.//{_POPUP})]",
    (".//*[contains(concat(' ', normalize-space(@class), ' '), ' print-header ') or "
     "contains(concat(' ', normalize-space(@class), ' '), ' print-footer ') or "
     "contains(concat(' ', normalize-space(@class), ' '), ' print-only ')]"),
]

# trafilatura's output tags that hold blocks of text rather than inline content.
_CONTAINERS = {"list", "quote", "div", "body", "section", "table", "row", "cell"}
_BLOCKS = {"p", "head", "item", "list", "quote", "code", "div", "row", "cell"}


def _block_elements(element: Any) -> Iterator[Any]:
    for child in element:
        if not isinstance(child.tag, str) or child.tag in ("graphic", "lb"):
            continue
        if child.tag == "row":
            cells = [c for c in child if isinstance(c.tag, str)]
            if any(isinstance(b.tag, str) and b.tag in _BLOCKS for c in cells for b in c):
                for cell in cells:  # a layout table: its cells hold paragraphs
                    yield from _block_elements(cell)
            else:
                yield child  # a data row is one block, its cells joined
            continue
        if child.tag in _CONTAINERS and any(c.tag in _BLOCKS for c in child
                                            if isinstance(c.tag, str)):
            yield from _block_elements(child)
        else:
            yield child


def _trafilatura_body(doc: Any) -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[str]]:
    body = getattr(doc, "body", None)
    if body is None:
        return [], [], []
    for lb in body.iter("lb"):
        lb.text = " "  # a <br> separates words
    blocks = [(el.tag, _row_text(el) if el.tag == "row" else norm("".join(el.itertext())))
              for el in _block_elements(body)]
    links = _links((ref.get("target"), "".join(ref.itertext())) for ref in body.iter("ref"))
    images = [src for g in body.iter("graphic") if (src := g.get("src"))]
    return [(tag, text) for tag, text in blocks if text], links, images


def _row_text(row: Any) -> str:
    """A table row as one line, cells separated by " | " (as trafilatura's own text output)."""
    cells = [norm("".join(cell.itertext())) for cell in row if isinstance(cell.tag, str)]
    return " | ".join(c for c in cells if c)


def _links(pairs: Iterable[tuple[str | None, str]]) -> list[tuple[str, str]]:
    return [(href.strip(), norm(text)) for href, text in pairs if href and href.strip()]


def _words(blocks: list[tuple[str, str]]) -> int:
    return sum(len(text.split()) for _, text in blocks)


# Precision mode's body is suspect when it holds under half the words of the page's <p> elements
# (menus and footers are rarely in <p>, article text nearly always is).
_TRUNCATED = 0.5


def _looks_truncated(blocks: list[tuple[str, str]], tree: Any) -> bool:
    in_paragraphs = sum(len(p.text_content().split()) for p in tree.iter("p"))
    return _words(blocks) < _TRUNCATED * in_paragraphs


# --------------------------------------------------------------------------- fallback

_BOILERPLATE_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer",
                     "aside", "form", "button", "figure", "iframe", "svg")
_BOILERPLATE_ROLES = {"navigation", "banner", "contentinfo", "complementary", "dialog",
                      "alertdialog", "search"}
_BOILERPLATE_NAMES = re.compile(
    r"cookie|consent|gdpr|banner|newsletter|subscribe|related|recirc|recommend|share|social|"
    r"promo|advert|sponsor|sidebar|comment|author-?(box|bio)|byline|breadcrumb|popup|modal",
    re.IGNORECASE)


def _is_boilerplate(el: Any) -> bool:
    return (el.tag in _BOILERPLATE_TAGS or el.get("role") in _BOILERPLATE_ROLES
            or el.get("hidden") is not None or el.get("aria-hidden") == "true"
            or bool(_BOILERPLATE_NAMES.search(f"{el.get('class', '')} {el.get('id', '')}")))


def article_container(tree: Any) -> Any:
    """The element holding the article: the largest <article>, else <main>, else <body>."""
    articles = tree.xpath("//article")
    if articles:
        return max(articles, key=lambda el: len(el.text_content()))
    for xpath in ("//*[@itemprop='articleBody']", "//main", "//*[@role='main']", "//body"):
        found = tree.xpath(xpath)
        if found:
            return found[0]
    return tree


def _fallback_body(container: Any) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The <p> texts of the content container, with obvious boilerplate removed."""
    root = lxml.html.fromstring(lxml.html.tostring(container))  # a copy: the tree is shared
    doomed = [el for el in root.iter() if isinstance(el.tag, str) and el is not root
              and _is_boilerplate(el)]
    for el in doomed:
        el.drop_tree()
    paragraphs = [p for p in root.iter("p") if norm(p.text_content())]
    links = _links((a.get("href"), a.text_content()) for p in paragraphs for a in p.iter("a"))
    return tuple(norm(p.text_content()) for p in paragraphs), tuple(links)


# --------------------------------------------------------------------------- alignment

_BLOCK_TAGS = frozenset({
    "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "th", "dd", "dt", "pre",
    "figcaption", "div", "section", "article", "main", "body", "ul", "ol", "table", "header",
    "footer", "aside", "figure", "form", "center",
})


_NOT_WORD = re.compile(r"\W+")
_NOT_WORD_OR_NUL = re.compile(r"[^\w\0]+")


def _loose(text: str) -> str:
    return _NOT_WORD.sub("", text.casefold())


# Two blocks whose loose texts start alike over this many characters are taken as the same
# (an extractor may have dropped words inside one of them).
_PREFIX = 30


class _Aligned:
    """The page's readable text as one string of loose keys (:func:`_loose`), each position
    mapped to the element that holds the text there; blocks are found in it in reading order."""

    def __init__(self, root: Any):
        texts: list[str] = []
        owners: list[Any] = []
        skip = 0
        for event, el in lxml.etree.iterwalk(root, events=("start", "end", "comment", "pi")):
            tag = el.tag
            if event == "start":
                if not isinstance(tag, str) or tag in _UNREAD:
                    skip += 1
                    continue
                text, owner = el.text, el
            else:
                if event == "end" and (not isinstance(tag, str) or tag in _UNREAD):
                    skip -= 1
                text, owner = el.tail, el.getparent()
            if text and not skip and owner is not None:
                texts.append(text)
                owners.append(owner)
        # One regex pass over all the text (NUL cannot occur: parse_html removed it).
        pieces = _NOT_WORD_OR_NUL.sub("", "\0".join(texts).casefold()).split("\0")
        self.starts: list[int] = []
        self.owners: list[Any] = []
        self.first: dict[Any, int] = {}
        pos = 0
        for loose, owner in zip(pieces, owners):
            if loose:
                self.starts.append(pos)
                self.owners.append(owner)
                self.first.setdefault(owner, pos)
                pos += len(loose)
        self.text = "".join(pieces)

    def find(self, text: str, cursor: int) -> tuple[int, Any] | None:
        """(position, block element) of ``text``, searched from ``cursor`` first.

        The first 80 characters of the loose text are looked for, then the first
        :data:`_PREFIX` (an extractor may drop words further in, such as a link's text).
        """
        loose = _loose(text)
        if not loose:
            return None
        at = -1
        for size in (80, _PREFIX):
            at = self.text.find(loose[:size], cursor)
            if at < 0:
                at = self.text.find(loose[:size])
            if at >= 0:
                break
        if at < 0:
            return None
        owner = self.owners[bisect.bisect_right(self.starts, at) - 1]
        while owner.getparent() is not None and owner.tag not in _BLOCK_TAGS:
            owner = owner.getparent()
        return at, owner

    def position(self, el: Any) -> int | None:
        """Where the text of ``el`` starts (None: it has none)."""
        return next((self.first[d] for d in el.iter() if d in self.first), None)


# --------------------------------------------------------------------------- repairs


class _Repair:
    """The extracted blocks, each with its position and source element in the page."""

    def __init__(self, tree: Any, blocks: list[tuple[str, str]], headline_keys: set[str]):
        self.tree = tree
        self.headline_keys = headline_keys
        self.aligned = _Aligned(tree)
        self.blocks = list(blocks)
        self.where: list[tuple[int, Any] | None] = []
        cursor = 0
        for _, text in blocks:
            found = self.aligned.find(text, cursor)
            self.where.append(found)
            if found is not None:
                cursor = found[0] + 1
        self.added_links: list[tuple[str, str]] = []
        self._keys: set[str] = set()
        for _, text in blocks:
            self._remember(text)

    def _keep(self, keep: list[bool]) -> None:
        if not any(keep):
            return  # never repair a body away
        self.blocks = [b for b, k in zip(self.blocks, keep) if k]
        self.where = [w for w, k in zip(self.where, keep) if k]

    def _remember(self, text: str) -> None:
        loose = _loose(text)
        self._keys.add(loose)
        if len(loose) >= 2 * _PREFIX:
            self._keys.add(loose[:_PREFIX])

    def _known(self, text: str) -> bool:
        loose = _loose(text)
        return not loose or loose in self._keys or (
            len(loose) >= 2 * _PREFIX and loose[:_PREFIX] in self._keys)

    def _insert(self, kind: str, text: str, el: Any, *, before_body: bool = False) -> None:
        """Add a block from ``el`` after the last block that comes before it in the page
        (or first, when it comes before them all and ``before_body`` allows it)."""
        if self._known(text):
            return
        pos = self.aligned.position(el)
        if pos is None:
            return
        index = len(self.blocks)
        while index and (self.where[index - 1] is None or self.where[index - 1][0] > pos):
            index -= 1
        if index == 0 and not before_body:
            return  # before the body starts: not part of it
        self.blocks.insert(index, (kind, text))
        self.where.insert(index, (pos, el))
        self._remember(text)
        self.added_links += _links((a.get("href"), a.text_content()) for a in el.iter("a"))

    # ------------------------------------------------------------------ teaser cards

    def drop_teaser_cards(self) -> None:
        """Drop blocks from ``<article>`` cards beside the article that holds the headline.

        A card is an ``<article>`` with a sibling ``<article>`` (a list of them) that is neither
        the headline's article nor inside it nor around it. Pages without ``<article>``, or
        whose headline is in none, are left alone; so are live blogs, whose posts sit inside
        the article that holds the headline.
        """
        headline = next((h for h in self.tree.iter("h1")
                         if key(element_text(h)) in self.headline_keys), None)
        main = _innermost(headline, "article") if headline is not None else None
        if main is None:
            return
        around = set(main.iterancestors("article"))
        keep = []
        for where in self.where:
            card = _innermost(where[1], "article") if where is not None else None
            keep.append(card is None or card is main or card in around
                        or main in card.iterancestors("article")
                        or _isolated(card))
        self._keep(keep)

    # ------------------------------------------------------------------ split bodies

    def add_same_kind(self) -> None:
        """Add the units of text of the body's own kind that trafilatura left beside it.

        The kind of a unit is its tag and class (``div.zn-body__paragraph``), or, when it has no
        class, its tag under its parent's tag and class (``p`` in ``div.body__container``). The
        kind holding most of the body's words is the body's; units of that kind whose nearest
        common ancestor with the body is at most :data:`_NEAR` levels up, that do not sit
        under boilerplate (navigation, related, share, comment... boxes) and are not mostly
        link text, are added where they stand.
        """
        words: Counter[tuple[str, ...]] = Counter()
        units: dict[tuple[str, ...], list[Any]] = {}
        for (_, text), where in zip(self.blocks, self.where):
            if where is None:
                continue
            kind = _kind(where[1])
            if kind is not None:
                words[kind] += len(text.split())
                units.setdefault(kind, []).append(where[1])
        if not words:
            return
        kind, count = words.most_common(1)[0]
        if count < 0.5 * sum(len(t.split()) for _, t in self.blocks):
            return
        located = set(units[kind])
        parents = {u.getparent() for u in located}
        reach = {anc for parent in parents
                 for anc in [parent, *parent.iterancestors()][:_NEAR + 1]}
        spans: dict[Any, tuple[int, int]] = {}
        for unit in units[kind]:
            pos = self.aligned.position(unit)
            if pos is not None:
                lo, hi = spans.get(unit.getparent(), (pos, pos))
                spans[unit.getparent()] = (min(lo, pos), max(hi, pos))
        for el in _elements_of(self.tree, kind):
            if el.getparent() in parents:
                # Beside the body, trafilatura read it and left it out: only a unit between
                # two body units is taken back (it lost one paragraph out of the middle).
                lo, hi = spans.get(el.getparent(), (0, -1))
                pos = self.aligned.position(el)
                if el in located or pos is None or not lo < pos < hi:
                    continue
            path = []
            for anc in el.iterancestors():
                if anc in reach:
                    break
                path.append(anc)
            else:
                continue  # not near the body
            if len(path) > _NEAR or any(_is_boilerplate(a) for a in path) or _is_boilerplate(el):
                continue
            text = element_text(el)
            if text and _link_share(el, text) < 0.5 and not _MARKUP.search(text) and not (
                    _is_caption(el, text)):
                self._insert("p", text, el, before_body=True)

    # ------------------------------------------------------------------ embedded posts

    def add_embedded_posts(self) -> None:
        """Keep quoted social-media posts that stand inside the body.

        A post counts as inside when body blocks come both before and after it in the page.
        Its paragraphs become blocks, and so does the attribution line after them
        ("— Name (@handle) date").
        """
        located = [w[0] for w in self.where if w is not None]
        if not located:
            return
        first, last = min(located), max(located)
        for post in self.tree.iter("blockquote"):
            if not _EMBED_CLASS.search(post.get("class") or ""):
                continue
            pos = self.aligned.position(post)
            if pos is None or not first < pos < last:
                continue
            paragraphs = [p for p in post.iter("p") if element_text(p)]
            for p in paragraphs:
                self._insert("quote", element_text(p), p)
            rest = element_text(post)
            for p in paragraphs:
                rest = rest.replace(element_text(p), "", 1)
            if norm(rest) and paragraphs:
                self._insert_after(paragraphs[-1], norm(rest), post)

    def _insert_after(self, el: Any, text: str, source: Any) -> None:
        """Add ``text`` (from ``source``) right after the block taken from ``el``."""
        index = next((i for i, w in enumerate(self.where) if w is not None and w[1] is el), None)
        if index is not None and not self._known(text):
            self.blocks.insert(index + 1, ("quote", text))
            self.where.insert(index + 1, self.where[index])
            self._remember(text)
            in_paragraphs = {a for p in source.iter("p") for a in p.iter("a")}
            self.added_links += _links((a.get("href"), a.text_content())
                                       for a in source.iter("a") if a not in in_paragraphs)

    # ------------------------------------------------------------------ calls to action

    def drop_calls_to_action(self) -> None:
        """Drop closing lines that address the reader (subscribe, follow, contact), teaser
        lines ("Read more: ...") and markup shown as text."""
        keep = [True] * len(self.blocks)
        for i in range(len(self.blocks) - 1, max(-1, len(self.blocks) - 1 - _TAIL), -1):
            if _is_call_to_action(self.blocks[i][1]):
                keep[i] = False
        for i, (_, text) in enumerate(self.blocks):
            if _READ_MORE.match(text) or _MARKUP.match(text):
                keep[i] = False
        self._keep(keep)


# How far up from the body's containers a unit of the same kind may sit (levels to the common
# ancestor). Two levels cover articles cut into a grid of chunks; four keeps us inside the article.
_NEAR = 4

# Markup shown as text (an editor's escaped tags, an unrendered [shortcode attr="..."]) is
# never prose: searched in units taken back, matched at the start of any block.
_MARKUP = re.compile(r"<[a-z][a-z0-9]*(?:\s+[a-z-]+=|\s*/?>)|&(?:amp;)*lt;[a-z]|\[[a-z_]+ [a-z_]+=\S",
                     re.IGNORECASE)

# The classes of the <blockquote> in the embed codes social networks give out.
_EMBED_CLASS = re.compile(r"(?:^|\s)(?:twitter-tweet|instagram-media|tiktok-embed|bluesky-embed|"
                          r"mastodon-embed|text-post-media)(?:\s|$)")


def _innermost(el: Any, tag: str) -> Any:
    if el is None:
        return None
    if el.tag == tag:
        return el
    return next(el.iterancestors(tag), None)


def _isolated(article: Any) -> bool:
    """An ``<article>`` without a sibling ``<article>``: a section, not one card of a list."""
    parent = article.getparent()
    return parent is None or sum(1 for c in parent if c.tag == "article") < 2


def _kind(el: Any) -> tuple[str, ...] | None:
    cls = " ".join((el.get("class") or "").split())
    if cls:
        return (el.tag, cls)
    parent = el.getparent()
    pcls = " ".join((parent.get("class") or "").split()) if parent is not None else ""
    return (el.tag, parent.tag, pcls) if pcls else None


def _elements_of(tree: Any, kind: tuple[str, ...]) -> Iterator[Any]:
    for el in tree.iter(kind[0]):
        if _kind(el) == kind:
            yield el


def _is_caption(el: Any, text: str) -> bool:
    """A figure in disguise: inside a figure, marked as a caption, or an image with a line."""
    if any(a.tag in ("figure", "figcaption") for a in el.iterancestors()):
        return True
    if any("caption" in (d.get("class") or "").lower() for d in el.iter()):
        return True
    return next(el.iter("img"), None) is not None and len(text.split()) < 30


def _link_share(el: Any, text: str) -> float:
    linked = sum(len(element_text(a)) for a in el.iter("a"))
    return linked / max(1, len(text))


# Lines that address the reader, found at the end of articles. Matched only on the last
# _TAIL blocks and only when short, so a story about a newsletter keeps its sentences.
_TAIL = 3
_CALL_TO_ACTION = re.compile(
    r"(?:subscribe|sign up)\b[^.]{0,80}\b(?:newsletters?|updates|alerts|inbox|podcast|channel|our)\b"
    r"|\bfollow (?:us|him|her|them|me)\b[^.]{0,40}\b(?:on|at)\b|\bfollow @"
    r"|\b(?:get|start|receive)\b[^.]{0,80}\b(?:newsletter|inbox|delivered)\b"
    r"|\b(?:e-?mail|reach|contact)\b[^.]{0,60}\b(?:at|on) (?:\S+@|https?://|twitter|@)"
    r"|\bhave a (?:news )?tip\b|\blike this (?:story|article)\b|\bshare (?:this|it) with\b",
    re.IGNORECASE)
# Teaser lines inside the body that point at other stories ("READ MORE: ...", "DON'T MISS").
_READ_MORE = re.compile(
    r"^(?:read more|see more|related|see also|also on|don'?t miss|recommended|more on this)"
    r"(?:\s*[:|>»]|\s+-|\s*$)", re.IGNORECASE)


def _is_call_to_action(text: str) -> bool:
    return len(text.split()) <= 40 and bool(_CALL_TO_ACTION.search(text))
