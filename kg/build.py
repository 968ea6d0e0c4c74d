"""Stage 4: Article + Extraction -> the article's own RDF graph.

Reads: a :class:`scrapers.parse.Article`, its :class:`kg.extract.Extraction` and the
:class:`kg.ontology.Vocabulary`.
Writes: a :class:`BuiltArticle` holding the graph name and the :class:`Triples` of everything
extracted from the article (an ``rdflib.Graph`` on demand). IRIs are minted deterministically from the canonical URL and the
content, so building the same article twice gives the same graph (re-ingest replaces, never
duplicates). Each claim gets a proposition node per item category and broader category, minted
from the normalised key, so corroboration queries start from propositions instead of scanning claims.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date, datetime
from typing import Any, Iterator

import numpy as np
from rdflib import Graph, Literal, URIRef
from rdflib import namespace as rdflib_ns
from rdflib.namespace import DCTERMS, SKOS

from kg.extract import Claim, Extraction
from kg.ontology import Vocabulary
from kg.vocab import ID, OA, OSINT, SCHEMA, Terms
from scrapers.parse import Article

__all__ = [
    "BuiltArticle",
    "Triples",
    "ONTOLOGY_GRAPH",
    "article_iri",
    "graph_iri",
    "publisher_iri",
    "actor_iri",
    "site_iri",
    "proposition_iri",
    "slug",
    "build_article",
]

# rdflib's namespaces resolved once (kg.vocab.Terms): building looks up ~250 terms an article.
PROV, RDF, RDFS, XSD = (Terms(rdflib_ns.PROV), Terms(rdflib_ns.RDF), Terms(rdflib_ns.RDFS),
                         Terms(rdflib_ns.XSD))

#: The named graph that holds the ontology and gazetteer in a store.
ONTOLOGY_GRAPH = ID["graph/ontology"]

STANCE = {"asserts": OSINT.asserts, "denies": OSINT.denies}
CERTAINTY = {"certain": OSINT.certain, "probable": OSINT.probable, "possible": OSINT.possible}


class Triples:
    """Triples in insertion order, each once: what an article is built into.

    rdflib's ``Graph.add`` indexes every triple three ways (~35 us a triple, a third of building
    an article); the writer only iterates, so building collects plain tuples (~1 us) and an rdflib
    :class:`Graph` is made only when one is asked for (:attr:`BuiltArticle.graph`).
    """

    __slots__ = ("_triples",)

    def __init__(self) -> None:
        self._triples: dict[tuple[Any, Any, Any], None] = {}

    def add(self, triple: tuple[Any, Any, Any]) -> "Triples":
        self._triples[triple] = None
        return self

    def __iter__(self) -> Iterator[tuple[Any, Any, Any]]:
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)

    def __contains__(self, triple: object) -> bool:
        return triple in self._triples

    def graph(self) -> Graph:
        """The triples as an rdflib graph (with the project's prefixes bound)."""
        g = Graph(bind_namespaces="core")
        g.bind("kgo", OSINT._NS)
        g.bind("schema", SCHEMA)
        g.bind("prov", rdflib_ns.PROV)
        g.bind("oa", OA)
        for t in self._triples:
            g.add(t)
        return g


class BuiltArticle:
    """The article's graph name and its triples, and the descriptions of shared entities.

    ``shared`` maps a graph name to the description of one entity that many articles refer to
    (a proposition, an outlet, an actor or site the gazetteer does not know). Each lives once in its
    own graph, never copied into article graphs: in the union of all graphs a copy per article
    would multiply every join through that entity (a proposition described in 1,000 article graphs
    matched 1,000 times per claim) and every count a user writes. Its content is a function of its
    IRI, so writing it again changes nothing.

    ``triples`` and ``shared_triples`` are what was built; ``graph`` and ``shared`` give them as
    rdflib graphs, made on first use.
    """

    __slots__ = ("graph_name", "article", "triples", "shared_triples", "_graph", "_shared")

    def __init__(self, graph_name: URIRef, article: URIRef, triples: Triples,
                 shared_triples: dict[URIRef, Triples] | None = None):
        self.graph_name = graph_name
        self.article = article
        self.triples = triples
        self.shared_triples = shared_triples or {}
        self._graph: Graph | None = None
        self._shared: dict[URIRef, Graph] | None = None

    @property
    def graph(self) -> Graph:
        if self._graph is None:
            self._graph = self.triples.graph()
        return self._graph

    @property
    def shared(self) -> dict[URIRef, Graph]:
        if self._shared is None:
            self._shared = {name: t.graph() for name, t in self.shared_triples.items()}
        return self._shared


def _hash(*parts: str, n: int = 16) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:n]


def slug(text: str) -> str:
    """A lower-case ASCII slug for IRIs.

    >>> slug("Beyond Parallel (CSIS)")
    'beyond-parallel-csis'
    """
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def normalise_url(url: str) -> str:
    """The URL an article's identity is minted from: no fragment, no trailing slash, lower-case host."""
    url = url.strip().split("#", 1)[0]
    m = re.match(r"(?i)^(https?)://([^/]+)(.*)$", url)
    if m:
        url = f"{m.group(1).lower()}://{m.group(2).lower()}{m.group(3)}"
    return url.rstrip("/") if url.count("/") > 3 else url


def article_iri(article: Article) -> URIRef:
    return ID[f"article/{_hash(normalise_url(article.key_url))}"]


def graph_iri(article: Article) -> URIRef:
    return ID[f"graph/{_hash(normalise_url(article.key_url))}"]


def _gazetteer_match(vocab: Vocabulary, name: str) -> str | None:
    """The gazetteer actor a publisher name stands for: an exact label of the whole name or of one
    of its parts ("Beyond Parallel (CSIS)", "CSIS | Beyond Parallel"); never a label merely inside
    it ("Seoul Ledger" is not Seoul)."""
    parts = [name] + re.split(r"\s*[()|–—]\s*|\s+-\s+", name)
    labels = {
        label.lower(): entry.iri
        for entry in vocab.entries.values() if entry.kind == "actor"
        for label in entry.labels
    }
    for part in parts:
        iri = labels.get(part.strip().lower())
        if iri:
            return iri
    return None


def publisher_iri(vocab: Vocabulary, publisher: str) -> str | None:
    """The gazetteer IRI of a publisher, when it is a known actor ("Beyond Parallel (CSIS)")."""
    return _gazetteer_match(vocab, publisher) if publisher else None


def actor_iri(label: str, iri: str | None, kind: str = "named", scope: str = "") -> URIRef:
    """The IRI of an actor: the gazetteer's, else minted from its name (unnamed: per article)."""
    if iri:
        return URIRef(iri)
    if kind == "unnamed":
        return ID[f"actor/unnamed/{scope}/{slug(label)}"]
    return ID[f"actor/name/{slug(label)}"]


def site_iri(label: str, iri: str | None = None) -> URIRef:
    """The IRI of a site: the gazetteer's, else minted from its name."""
    return URIRef(iri) if iri else ID[f"site/name/{slug(label)}"]


def proposition_iri(supplier: URIRef, recipient: URIRef, item: URIRef) -> tuple[URIRef, str]:
    key = "|".join(str(x).rsplit("/", 1)[-1].rsplit("#", 1)[-1] for x in (supplier, recipient, item))
    return ID[f"proposition/{_hash(str(supplier), str(recipient), str(item))}"], key


#: MinHash text fingerprint: 64 hashes in 16 bands of 4. Two articles sharing a band have nearly
#: the same word 5-grams: the chance is J**4 per band for Jaccard similarity J, so syndicated copies
#: (J > 0.8) share about 7+ of 16 bands while distinct stories on the same event (J < 0.3) share
#: ~0. ``derivations.rq`` calls articles sharing at least 5 bands near-duplicates.
BANDS, ROWS = 16, 4
_RNG = np.random.default_rng(20231005)
_A = _RNG.integers(1, 2**63 - 1, size=BANDS * ROWS, dtype=np.uint64) | np.uint64(1)
_B = _RNG.integers(0, 2**63 - 1, size=BANDS * ROWS, dtype=np.uint64)


def text_bands(text: str) -> list[str]:
    """The article's MinHash bands, as ``"band:hex"`` strings (empty for very short texts).

    >>> a = text_bands("North Korea shipped shells to Russia by rail, officials said on Monday. " * 3)
    >>> len(a), a == text_bands("North Korea shipped shells to Russia by rail, officials said on Monday. " * 3)
    (16, True)
    """
    words = re.findall(r"\w+", text.lower())
    if len(words) < 8:
        return []
    shingles = {" ".join(words[i : i + 5]) for i in range(len(words) - 4)}
    x = np.fromiter(
        (int.from_bytes(hashlib.blake2b(sh.encode(), digest_size=8).digest(), "little") for sh in shingles),
        dtype=np.uint64, count=len(shingles),
    )
    with np.errstate(over="ignore"):  # multiply-add modulo 2**64 is the hash family
        signature = (_A[:, None] * x[None, :] + _B[:, None]).min(axis=1)
    return [
        f"{i}:{hashlib.blake2b(signature[i * ROWS:(i + 1) * ROWS].tobytes(), digest_size=6).hexdigest()}"
        for i in range(BANDS)
    ]


def _date_literal(value: str | None) -> Literal | None:
    if not value:
        return None
    value = value.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return Literal(date.fromisoformat(value).isoformat(), datatype=XSD.date)
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return Literal(parsed.isoformat(), datatype=XSD.dateTime)
    except ValueError:
        return Literal(value)


def timeline_day_iri(proposition: URIRef, day: str | None) -> URIRef:
    """The node gathering a proposition's claims published on ``day`` (None: undated articles);
    ``timeline_days.rq`` reads the day from the IRI's last segment."""
    return ID[f"timeline/{_hash(str(proposition))}/{day or 'undated'}"]


def entity_graph(node: URIRef) -> URIRef:
    """The named graph that holds the one description of a shared entity."""
    return ID[f"graph/entity/{_hash(str(node))}"]


class _Shared(dict):
    """Graphs of shared entity descriptions, by graph name (see :class:`BuiltArticle`)."""

    def of(self, node: URIRef) -> Triples:
        name = entity_graph(node)
        if name not in self:
            self[name] = Triples()
        return self[name]


def _add_actor(g: Triples, vocab: Vocabulary, node: URIRef, label: str, kind: str, actor_type: str = "",
               shared: "_Shared | None" = None) -> None:
    """Describe an actor the gazetteer does not know (gazetteer ones live in the ontology graph):
    an unnamed source in the article graph (it is minted per article), anything else once, in its
    shared entity graph."""
    if str(node) in vocab.entries:
        return
    if kind != "unnamed" and shared is not None:
        g = shared.of(node)
    g.add((node, RDF.type, OSINT.UnnamedSource if kind == "unnamed" else OSINT.Actor))
    g.add((node, RDFS.label, Literal(label)))
    if actor_type:
        g.add((node, OSINT.actorType if actor_type.islower() else OSINT.spacyLabel, Literal(actor_type)))


def build_article(article: Article, extraction: Extraction, vocab: Vocabulary) -> BuiltArticle:
    """Build the article's graph.

    Args:
        article: the parsed article.
        extraction: what :func:`kg.extract.extract` found in ``article.text``.
        vocab: the ontology vocabulary.

    Returns:
        A :class:`BuiltArticle`; its graph holds the article, its publisher, mentions, claims,
        transfers, evidence, quotes and propositions.
    """
    g = Triples()
    art = article_iri(article)
    graph_name = graph_iri(article)
    shared = _Shared()
    scope = _hash(normalise_url(article.key_url))
    # Provenance of every statement: the named graph (all that was extracted) derives from the
    # article, so `GRAPH ?g { ... } ?g prov:wasDerivedFrom ?article` traces any triple to its source.
    g.add((graph_name, RDF.type, PROV.Entity))
    g.add((graph_name, PROV.wasDerivedFrom, art))
    g.add((art, RDF.type, OSINT.Article))
    g.add((art, RDF.type, SCHEMA.NewsArticle))
    g.add((art, SCHEMA.url, Literal(article.url)))
    if article.canonical_url:
        g.add((art, SCHEMA.mainEntityOfPage, Literal(article.canonical_url)))
    if article.title:
        g.add((art, SCHEMA.headline, Literal(article.title)))
    g.add((art, SCHEMA.articleBody, Literal(article.text)))
    for name in article.authors:
        g.add((art, SCHEMA.author, Literal(name)))
    published = _date_literal(article.published)
    if published is not None:
        g.add((art, SCHEMA.datePublished, published))
    modified = _date_literal(article.modified)
    if modified is not None:
        g.add((art, SCHEMA.dateModified, modified))
    if article.language:
        g.add((art, SCHEMA.inLanguage, Literal(article.language)))
    for link in article.links:
        g.add((art, SCHEMA.citation, URIRef(link.href) if re.match(r"^https?://[^\s<>\"{}|\\^`]+$", link.href) else Literal(link.href)))

    pub_known = publisher_iri(vocab, article.publisher)
    pub_label = article.publisher or "unknown outlet"
    pub = actor_iri(pub_label, pub_known) if pub_known else ID[f"actor/outlet/{slug(pub_label)}"]
    g.add((art, SCHEMA.publisher, pub))
    if not pub_known:
        _add_actor(g, vocab, pub, pub_label, "named", "outlet", shared)

    for band in text_bands(article.text):
        g.add((art, OSINT.textBand, Literal(band)))

    for m in extraction.mentions:
        if m.iri:
            g.add((art, OSINT.mentions, URIRef(m.iri)))

    for claim in extraction.claims:
        _add_claim(g, vocab, art, pub, scope, claim, published, shared)
    return BuiltArticle(graph_name, art, g, dict(shared))


def _add_claim(g: Triples, vocab: Vocabulary, art: URIRef, pub: URIRef, scope: str, c: Claim,
               published: Literal | None, shared: _Shared) -> None:
    cid = _hash(str(c.start), str(c.end), c.claimant, c.supplier, c.recipient, c.stance, ",".join(c.items), n=12)
    claim = ID[f"claim/{scope}/{cid}"]
    transfer = ID[f"transfer/{scope}/{cid}"]
    if c.claimant_kind == "reporter":
        claimant = pub
    else:
        claimant = actor_iri(c.claimant, c.claimant_iri, c.claimant_kind, scope)
        _add_actor(g, vocab, claimant, c.claimant, c.claimant_kind,
                   "unnamed" if c.claimant_kind == "unnamed" else "", shared)
    supplier = actor_iri(c.supplier, c.supplier_iri)
    recipient = actor_iri(c.recipient, c.recipient_iri)
    _add_actor(g, vocab, supplier, c.supplier, "named", shared=shared)
    _add_actor(g, vocab, recipient, c.recipient, "named", shared=shared)

    g.add((claim, RDF.type, OSINT.Claim))
    g.add((claim, OSINT.claimant, claimant))
    g.add((claim, PROV.wasAttributedTo, claimant))
    g.add((claim, OSINT.reporter, pub))
    g.add((claim, OSINT.reportedIn, art))
    g.add((claim, OSINT.stance, STANCE[c.stance]))
    g.add((claim, OSINT.certainty, CERTAINTY[c.certainty]))
    if c.certainty_cue:
        g.add((claim, OSINT.certaintyCue, Literal(c.certainty_cue)))
    if c.verb:
        g.add((claim, OSINT.reportingVerb, Literal(c.verb)))
    if c.claimant_text:
        g.add((claim, OSINT.claimantText, Literal(c.claimant_text)))
    if published is not None:
        g.add((claim, SCHEMA.datePublished, published))

    g.add((claim, OSINT.about, transfer))
    g.add((transfer, RDF.type, OSINT.Transfer))
    g.add((transfer, OSINT.supplier, supplier))
    g.add((transfer, OSINT.recipient, recipient))
    if c.item_text:
        g.add((transfer, OSINT.itemText, Literal(c.item_text)))
    if c.time:
        g.add((transfer, OSINT.timeText, Literal(c.time)))
    if c.site:
        site = site_iri(c.site, c.site_iri)
        g.add((transfer, OSINT.site, site))
        if not c.site_iri:
            shared.of(site).add((site, RDF.type, OSINT.Site))
            shared.of(site).add((site, RDFS.label, Literal(c.site)))

    item_iris: list[URIRef] = []
    for label in c.items:
        concept = vocab.item_by_label(label)
        g.add((transfer, OSINT.item, URIRef(concept.iri)))
        for iri in vocab.broader_items(concept.iri):
            if URIRef(iri) not in item_iris:
                item_iris.append(URIRef(iri))
    day = str(published)[:10] if published is not None else None
    for item in item_iris:
        prop, key = proposition_iri(supplier, recipient, item)
        g.add((claim, OSINT.proposition, prop))
        described = shared.of(prop)
        described.add((prop, RDF.type, OSINT.Proposition))
        described.add((prop, OSINT.key, Literal(key)))
        described.add((prop, OSINT.supplier, supplier))
        described.add((prop, OSINT.recipient, recipient))
        described.add((prop, OSINT.item, item))
        # The proposition's claims by publication day, which kg timeline pages through. Stated in
        # the article graph (as a shared entity graph each day would cost the writer a graph; its
        # type follows from kgo:timelineOf's domain, its day is also the IRI's last segment).
        node = timeline_day_iri(prop, day)
        g.add((node, OSINT.dayClaim, claim))
        g.add((node, OSINT.timelineOf, prop))
        if day:
            g.add((node, OSINT.day, Literal(day, datatype=XSD.date)))

    quote = ID[f"claim/{scope}/{cid}/quote"]
    g.add((claim, OSINT.quotedIn, quote))
    g.add((quote, RDF.type, OA.SpecificResource))
    g.add((quote, OA.hasSource, art))
    tq = ID[f"claim/{scope}/{cid}/quote/text"]
    tp = ID[f"claim/{scope}/{cid}/quote/position"]
    g.add((quote, OA.hasSelector, tq))
    g.add((quote, OA.hasSelector, tp))
    g.add((tq, RDF.type, OA.TextQuoteSelector))
    g.add((tq, OA.exact, Literal(c.quote)))
    g.add((tp, RDF.type, OA.TextPositionSelector))
    g.add((tp, OA.start, Literal(c.start, datatype=XSD.nonNegativeInteger)))
    g.add((tp, OA.end, Literal(c.end, datatype=XSD.nonNegativeInteger)))

    for i, ev in enumerate(c.evidence):
        node = ID[f"claim/{scope}/{cid}/evidence/{i}"]
        g.add((claim, OSINT.evidence, node))
        g.add((node, RDF.type, OSINT.Evidence))
        g.add((node, OSINT.evidenceType, URIRef(vocab.evidence_by_label(ev.type).iri)))
        g.add((node, RDFS.label, Literal(ev.cue)))
        if ev.observed_on:
            g.add((node, OSINT.observedOn, Literal(ev.observed_on)))
        if ev.count is not None:
            g.add((node, OSINT.observedCount, Literal(ev.count, datatype=XSD.integer)))
        if ev.baseline is not None:
            g.add((node, OSINT.baselineCount, Literal(ev.baseline, datatype=XSD.integer)))
