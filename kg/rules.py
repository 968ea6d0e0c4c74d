"""The extraction rules: transfer roles, stance, certainty and evidence over a parsed Doc.

Reads: a spaCy ``Doc`` with dependency parse, lemmas and entities (gazetteer entities carry the
actor's IRI as ``ent_id_``), and a :class:`Lexicon` built from the ontology.
Writes: :class:`RawClaim` objects (plain data) that :mod:`kg.extract` turns into claims.

The rules are general, not keyed to sentences: a *transfer anchor* (a verb such as supply, ship,
receive, or a noun such as supply, shipment, transfer) with an item in its reach and two actors in
supplier and recipient roles makes a transfer; :mod:`kg.attribution` finds who says so (reporting
verbs and nouns, "according to", quotations, transcript speakers, anaphora); negation and denial
verbs give the stance; modal and evidential cues on the path from the transfer to its claimant give
the certainty (the weakest cue wins, after FactBank; see :mod:`kg.evidence`, which also reads the
evidence). Sentences that do not restate the transfer
under discussion ("Those containers could hold three million shells, he added", "We consider such
statements unfounded") inherit it from the discourse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from spacy.tokens import Doc, Span, Token

from kg.attribution import (
    ACTOR_LABELS,
    AGENT_NOUNS,
    DENIAL_VERBS,
    GOV_NOUNS,
    REPORTING_VERBS,
    Actor,
    Attribution,
    Context,
    according_to,
    animate,
    children,
    find_attributions,
    subject_of,
)
from kg.evidence import (  # noqa: F401  (re-exported: kg.rules keeps these public names)
    BASELINE_CUES,
    CERTAIN_CUES,
    CONCESSIVE,
    COUNTED_NOUNS,
    INTEL_AGENCY_WORDS,
    LEVEL,
    POSSIBLE_CUES,
    POSSIBLE_PHRASES,
    PROBABLE_CUES,
    PROBABLE_PHRASES,
    _certainty,
    _evidence,
    _evidence_tokens,
    _numbers,
    _own_tokens,
    _scope_tokens,
    _speaker_of_sentence,
)
from kg.ontology import Vocabulary

__all__ = [
    "ACTOR_LABELS",
    "Actor",
    "RawClaim",
    "Lexicon",
    "gazetteer_patterns",
    "find_claims",
]

DENIAL_WORDS = {
    "groundless", "baseless", "absurd", "fabrication", "fabricated", "false", "nonsense", "lie", "lies",
    "unfounded", "fake", "slander", "smear", "propaganda", "ridiculous", "denial", "fairy", "fiction",
    "fantasy", "hoax", "untrue", "unsubstantiated",
}
# Nouns that name what a denial rejects, so the denied transfer comes from context.
ALLEGATION_NOUNS = {
    "report", "claim", "allegation", "accusation", "speculation", "suggestion", "rumor", "rumour",
    "story", "charge", "assertion", "statement", "insinuation",
}
SUPPLY_VERBS = {
    "supply", "provide", "ship", "send", "deliver", "transfer", "export", "sell", "give", "furnish",
    "funnel", "smuggle", "dispatch", "transport", "move", "hand", "arm", "route", "bring", "ferry",
    "channel", "donate", "lend", "load", "carry", "resupply", "replenish", "shuttle", "airlift",
}
ARRIVE_VERBS = {"reach", "arrive"}
# "11,000 North Korean soldiers are now in the Kursk region": troops present abroad were sent there.
PRESENCE_VERBS = {"be", "remain", "stay", "station", "deploy", "fight", "serve"}
RECEIVE_VERBS = {"receive", "acquire", "obtain", "buy", "purchase", "import", "get", "procure"}
USE_VERBS = {"use", "fire", "launch", "employ", "field", "shoot"}
HELP_VERBS = {"help", "assist"}
TRANSFER_NOUNS = {
    "supply", "shipment", "delivery", "transfer", "export", "sale", "provision", "consignment",
    "dispatch", "resupply", "package", "import",
}
# A supply verb's gerund that the parser took for a noun modifier after a comma or "and"
# (", shipping shells by the trainload and ... missiles") is still the verb.
GERUNDS = {"shipping", "sending", "supplying", "delivering", "providing", "transferring", "exporting", "smuggling"}
# Nouns for what is carried, not what it is: a definite one ("the cargo", "those containers")
# points back at the transfer under discussion.
CARGO_NOUNS = {
    "cargo", "container", "shipment", "consignment", "wagon", "railcar", "car", "crate", "box",
    "freight", "supply", "delivery", "transfer", "load", "package", "batch", "trainload", "equipment",
}
BACKREF_DETS = {"the", "these", "those", "this", "such", "that"}
DEMONSTRATIVES = {"these", "those", "this", "such"}
TO_PREPS = {"to", "into", "toward", "towards"}
MADE_VERBS = {"make", "produce", "manufacture", "build", "originate", "come"}
# Item words that modify another noun name that noun, not a cargo: "ballistic missile programs",
# "munitions factories", "an ammunition depot". Cargo and transfer heads keep them.
ITEM_HEADS_OK = CARGO_NOUNS | TRANSFER_NOUNS | {
    "line", "stock", "stockpile", "round", "system", "launcher", "series", "type", "variant", "model", "class",
    "component", "part", "kit", "battery",
}
# Verbs that say what a cargo holds: "the shipments could include artillery shells".
CONTENT_VERBS = {"include", "contain", "hold", "be", "comprise", "carry"}
# Agent nouns of a transfer: "Germany is one of the largest suppliers of military aid to Ukraine".
SUPPLIER_NOUNS = {"supplier", "exporter", "provider"}
# Nouns of provenance: "components consistent with Iranian manufacture", "shells of North Korean origin".
ORIGIN_NOUNS = {"manufacture", "origin", "provenance", "production", "make", "design"}
# Relative clauses on a cargo that name who gets it: "the million shells it promised Ukraine", "a
# supply line of shells that keeps Russian artillery in business" (not "drones that terrorise Ukrainian cities").
BENEFIT_VERBS = {"promise", "pledge", "owe", "keep", "need", "want", "request", "order", "offer", "give",
                 "sell", "send", "deliver", "provide", "supply", "ship", "allow", "help", "let", "feed", "sustain"}
# Verbs that say a transfer did not or should not happen without denying it ("London had resisted
# sending", "Berlin refuses to hand over"), or that act on trade in general ("strictly controlled
# exports", "choke off the supply"): what they govern is no claim.
BLOCKING_GOVERNORS = {
    "resist", "refuse", "decline", "hesitate", "balk", "avoid", "fail", "oppose", "reluctant", "unwilling",
    "control", "restrict", "ban", "prohibit", "halt", "block", "curb", "suspend", "choke", "cut", "stop",
    "prevent", "sanction", "limit", "regulate", "monitor", "track", "license",
    "urge", "request", "demand", "press", "plead", "appeal",
}
# "There is no evidence that ...": absence of evidence, not a claim and not a denial.
EVIDENCE_NOUNS = {"evidence", "sign", "indication", "proof", "trace"}
# Departures with a destination: "trains loaded with ammunition have left Belarusian depots for Russia".
DEPART_VERBS = {"leave", "depart", "head", "sail"}


@dataclass(frozen=True)
class RawClaim:
    claimant: Actor | None
    verb: str
    stance: str
    certainty: str
    certainty_cue: str | None
    supplier: Actor
    recipient: Actor
    items: tuple[str, ...]
    item_text: str
    site: Actor | None
    time: str | None
    evidence: tuple[dict, ...]
    quote: str
    start: int
    end: int


_SPLIT = re.compile(r"\w+|[^\w\s]")


@dataclass
class Lexicon:
    """Word lists from the ontology, in a form spaCy config can carry (JSON-able)."""

    items: dict[str, list[str]] = field(default_factory=dict)  # category label -> phrases
    broader: dict[str, str] = field(default_factory=dict)  # category label -> broader label
    evidence: dict[str, list[str]] = field(default_factory=dict)  # evidence label -> phrases
    actors: dict[str, dict[str, str]] = field(default_factory=dict)  # iri -> {label, type, top, located}

    @classmethod
    def from_vocabulary(cls, vocab: Vocabulary) -> "Lexicon":
        # the bare label "other" is a category name, not a word for cargo ("other dual-use items")
        items = {c.label: sorted({c.label, *c.alt_labels} - {"other"}) for c in vocab.items.values()}
        broader = {
            c.label: vocab.items[c.broader].label for c in vocab.items.values() if c.broader in vocab.items
        }
        evidence = {c.label: sorted({c.label, *c.alt_labels}) for c in vocab.evidence_types.values()}
        actors = {
            e.iri: {"label": e.label, "type": e.actor_type or e.kind, "top": vocab.top(e.iri),
                    "top_label": vocab.label(vocab.top(e.iri)), "kind": e.kind,
                    "located": e.located_in or "", "names": "|".join(e.labels)}
            for e in vocab.entries.values()
        }
        return cls(items, broader, evidence, actors)

    def to_config(self) -> dict[str, Any]:
        return {"items": self.items, "broader": self.broader, "evidence": self.evidence, "actors": self.actors}

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> "Lexicon":
        return cls(
            dict(config.get("items", {})), dict(config.get("broader", {})),
            dict(config.get("evidence", {})), dict(config.get("actors", {})),
        )

    def __post_init__(self) -> None:
        # Phrases are split the way spaCy splits them ("anti-aircraft" is three tokens) and indexed
        # by first word; longest first for greedy matching.
        self._item_index = _index(self.items)
        self._evidence_index = _index(self.evidence)
        self._item_words = {w for label, ps in self.items.items() for p in ps for w in [p.lower().split()[-1]]}
        self._surnames: dict[str, str] = {}
        for iri, info in self.actors.items():
            if info.get("type") == "person":
                for name in str(info.get("names") or info["label"]).split("|"):
                    if name:
                        self._surnames.setdefault(name.split()[-1].lower(), iri)

    def match_items(self, tokens: list[Token]) -> list[tuple[str, Token, int]]:
        """Item categories named in ``tokens`` (contiguous), as (label, first token, length)."""
        return _match(tokens, self._item_index)

    def match_evidence(self, tokens: list[Token]) -> list[tuple[str, Token, int]]:
        return _match(tokens, self._evidence_index)

    def surname(self, word: str) -> str | None:
        """The gazetteer person whose name ends with ``word`` ("KIRBY" in a transcript label)."""
        return self._surnames.get(word.lower())

    def is_cargo_word(self, token: Token) -> bool:
        """A word for what is carried, not what it is ("cargo", "containers", "goods")."""
        return token.lemma_.lower() in CARGO_NOUNS | {"good", "goods", "supplies"}

    def is_item_or_cargo(self, lemma: str) -> bool:
        return lemma in CARGO_NOUNS or lemma in self._item_words or lemma + "s" in self._item_words


def _index(table: dict[str, list[str]]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for label, phrases in table.items():
        for phrase in phrases:
            for words in {tuple(phrase.lower().split()), tuple(_SPLIT.findall(phrase.lower()))}:
                if words:
                    index.setdefault(words[0], []).append((words, label))
    for key in index:
        index[key].sort(key=lambda x: -len(x[0]))
    return index


def _match(tokens: list[Token], index: dict[str, list[tuple[tuple[str, ...], str]]]) -> list[tuple[str, Token, int]]:
    out = []
    lowers = [t.lower_ for t in tokens]
    i = 0
    while i < len(tokens):
        candidates = index.get(lowers[i], [])
        lemma = tokens[i].lemma_.lower()
        if lemma != lowers[i]:
            candidates = candidates + [c for c in index.get(lemma, []) if len(c[0]) == 1]
        for words, label in candidates:
            n = len(words)
            if tuple(lowers[i : i + n]) == words or (n == 1 and lemma == words[0]):
                out.append((label, tokens[i], n))
                i += n - 1
                break
        i += 1
    return out


def gazetteer_patterns(vocab: Vocabulary, tokenizer: Any) -> list[dict[str, Any]]:
    """EntityRuler patterns for every gazetteer label, with the actor's IRI as pattern ``id``.

    Acronyms and capitalised names match case-sensitively (so "US" is not "us"); demonyms
    ("North Korean") become NORP entities pointing at the same actor. Names that begin with a
    capital are phrase patterns (the ruler's PhraseMatcher costs the same for 100 names as for
    1000, the token Matcher grows with each): the name as written, and with its later words in
    lower and title case ("Kursk region", "Kursk Region"), which is what the token patterns
    (first word exact, the rest case-blind) matched in practice.
    """
    patterns: list[dict[str, Any]] = []
    seen: set[tuple] = set()

    def add(label: str, pattern: Any, iri: str) -> None:
        key = (label, repr(pattern), iri)
        if key not in seen:
            seen.add(key)
            patterns.append({"label": label, "pattern": pattern, "id": iri})

    for entry in vocab.entries.values():
        if entry.kind == "site":
            label = "FAC"
        elif entry.actor_type == "state":
            label = "GPE"
        elif entry.actor_type == "person":
            label = "PERSON"
        else:
            label = "ORG"
        for name, ent_label in [(n, label) for n in entry.labels] + [(n, "NORP") for n in entry.hidden]:
            tokens = list(tokenizer(name))
            if tokens and tokens[0].lower_ == "the" and len(tokens) > 1:
                tokens = tokens[1:]
            if not tokens:
                continue
            words = [t.text for t in tokens]
            if len(words) == 1 and (words[0].isupper() or len(words[0]) <= 3 or words[0][:1].isupper()):
                add(ent_label, words[0], entry.iri)  # exact, as a phrase
            elif words[0][:1].isupper():
                for variant in ({}, {"lower": True}, {"title": True}):
                    text = "".join(
                        (t.text if i == 0 or not variant else t.text.lower() if variant.get("lower")
                         else t.text[:1].upper() + t.text[1:]) + t.whitespace_
                        for i, t in enumerate(tokens)).strip()
                    add(ent_label, text, entry.iri)
            else:
                add(ent_label, [{"LOWER": w.lower()} for w in words], entry.iri)
            # Hyphenated and curly-apostrophe variants are tokenised the same; a possessive "'s"
            # is a separate token, so "North Korea's" matches "North Korea".
    return patterns


# ------------------------------------------------------------------------------------ transfers

def _pobj_actor(ctx: Context, heads: Iterable[Token], preps: set[str], direct: bool = False) -> Actor | None:
    """First actor in a prepositional phrase with one of ``preps`` attached to one of ``heads``.

    ``direct`` keeps only a pobj that is itself a name or a possessor ("for Ukraine", "for North
    Korea's programme"), not a name buried deeper ("for its war in Ukraine").
    """
    for head in heads:
        for prep in head.children:
            if prep.dep_ not in {"prep", "agent", "dative"} or prep.lower_ not in preps:
                continue
            for pobj in children(prep, {"pobj"}):
                if direct and pobj.i not in ctx.ent_of:
                    poss = [c for c in pobj.children if c.dep_ == "poss" and c.i in ctx.ent_of]
                    if not poss:
                        continue
                    actor = ctx.role_actor(poss[0])
                else:
                    actor = ctx.role_actor(pobj)
                if actor is not None and actor.kind == "named":
                    return actor
    return None


def _clause_tokens(token: Token) -> set[int]:
    """Indices of nested clauses under ``token`` that belong to other predicates."""
    out: set[int] = set()
    for child in token.children:
        if child.dep_ in {"ccomp", "advcl", "relcl", "parataxis"} or (child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"}):
            out.update(t.i for t in child.subtree)
        elif child.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            out.update(t.i for t in child.subtree)  # a purpose: "that Russia uses to build weapons"
    for t in token.subtree:  # "... and strictly controlled exports of dual-use items": trade in general
        if t.dep_ == "amod" and t.lemma_.lower() in BLOCKING_GOVERNORS and t.head.i != token.i:
            out.update(x.i for x in t.head.subtree)
    return out


def _modifier_actor(ctx: Context, tokens: Iterable[Token], exclude: Actor | None = None) -> Actor | None:
    """A supplier named as a modifier of an item noun: "North Korean shells", "Pyongyang's
    missiles", "North Korean-supplied missiles", "shells made in North Korea", "weapons provided by X"."""
    for t in tokens:
        if not ctx.lexicon.is_item_or_cargo(t.lemma_.lower()):
            continue
        for child in t.children:
            if child.dep_ in {"amod", "compound", "poss", "nmod"}:
                actor = ctx.known(child) if child.lower_ not in {"its", "their"} else ctx.role_actor(child)
                if actor is None:
                    for grand in child.children:  # "North Korean-supplied"
                        if grand.i < child.i and child.lemma_.lower() in SUPPLY_VERBS | MADE_VERBS:
                            actor = ctx.known(grand)
                            if actor is not None:
                                break
                if actor is not None and actor.kind == "named" and (exclude is None or actor.label != exclude.label):
                    return actor
            if child.dep_ == "acl" and child.lemma_.lower() in MADE_VERBS | SUPPLY_VERBS:
                found = _pobj_actor(ctx, [child] + children(child, {"agent"}), {"in", "by", "from"})
                if found is not None and (exclude is None or found.label != exclude.label):
                    return found
    return None


def _controller(ctx: Context, anchor: Token) -> Actor | None:
    """Implicit subject of a non-finite anchor: "denied supplying", "accused X of sending",
    "We have no intention to export", "North Korea had decided to send"."""
    head = anchor.head
    order = ("nsubj", "nsubjpass", "dobj")
    if anchor.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head
        order = ("dobj", "nsubj", "nsubjpass")  # object control: "accused Pyongyang of supplying"
    elif anchor.dep_ == "acl" and head.pos_ == "NOUN" and head.dep_ in {"dobj", "attr", "pobj"}:
        head = head.head  # "We have no intention to export"
        if head.dep_ == "prep":
            head = head.head
    elif anchor.dep_ == "xcomp" and head.lemma_.lower() in {"urge", "ask", "force", "persuade", "allow", "help"}:
        order = ("dobj", "nsubj", "nsubjpass")
    if head.i == anchor.i:
        return None
    for dep in order:
        for child in children(head, {dep}):
            actor = ctx.role_actor(child)
            if actor is not None and actor.kind == "named":
                return actor
    if head.dep_ in {"xcomp", "conj", "advcl"} and head.head.i != head.i:
        return _controller(ctx, head)
    return None


@dataclass
class _Transfer:
    anchor: Token
    supplier: Actor | None
    recipient: Actor | None
    items: list[str]
    item_tokens: list[Token]
    negated: bool
    backref: bool = False
    scope: list[Token] = field(default_factory=list)
    carries: bool = False


def _items(ctx: Context, tokens: list[Token], exclude_supplier: Actor | None = None) -> tuple[list[str], list[Token]]:
    """Item categories among ``tokens``, most specific first; an item word that only modifies some
    other noun ("missile programs") does not count, and "other" (cargo) gives way to any category."""
    matched = ctx.lexicon.match_items(tokens)
    spans = {tok.i + k for _, tok, n in matched for k in range(n)}
    items: list[str] = []
    item_tokens: list[Token] = []
    labels_at = {tok.i + k: label for label, tok, n in matched for k in range(n)}
    for label, tok, n in matched:
        last = tok.doc[tok.i + n - 1]
        if n == 1 and any(c.dep_ == "compound" and c.i in labels_at and labels_at[c.i] != label and c.pos_ == "PROPN"
                          for c in last.children):
            continue  # "Javelin missiles", "Storm Shadow missiles": the named system says what they are
        first = last
        while first.dep_ == "conj" and first.head.i != first.i:  # "satellite and ballistic missile programs"
            first = first.head
        if first.dep_ in {"compound", "amod", "nmod"} and first.head.i not in spans and first.head.lemma_.lower() not in ITEM_HEADS_OK:
            continue
        if first.dep_ == "pobj" and first.head.lower_ == "for" and first.head.head.i != first.i and (
                first.head.head.i in spans or first.head.head.lemma_.lower() in {"part", "component", "engine", "spare", "kit"}):
            continue  # "engines and other parts for its attack drones": what the cargo is for
        if exclude_supplier is not None:  # "those of Russian Iskander missiles" are not the cargo
            owner = _modifier_actor(ctx, [last])
            if owner is not None and owner.label != exclude_supplier.label:
                continue
        if label not in items:
            items.append(label)
        item_tokens.extend(tok.doc[tok.i : tok.i + n])
    if len(items) > 1 and "other" in items:
        # a cargo word ("containers", "supplies") gives way to what the cargo is; drones do not
        named_other = any(label == "other" and not ctx.lexicon.is_cargo_word(tok) for label, tok, _ in matched)
        if not named_other:
            items.remove("other")
    return items, item_tokens


def _has_backref(tokens: Iterable[Token], lexicon: Lexicon) -> bool:
    """A definite cargo ("the cargo", "these shipments", "such supplies") or a demonstrative item
    ("this missile") points back at a transfer already under discussion."""
    for t in tokens:
        lemma = t.lemma_.lower()
        if t.pos_ not in {"NOUN", "PROPN"}:
            continue
        dets = {c.lower_ for c in t.children if c.dep_ in {"det", "amod", "predet"}}
        if lemma in CARGO_NOUNS and dets & BACKREF_DETS:
            return True
        if dets & DEMONSTRATIVES and lexicon.is_item_or_cargo(lemma):
            return True
    return False


def _negated(anchor: Token) -> bool:
    """Negation on the transfer: "had not sent", "never exported", "no weapons had been loaded",
    "There are no such supplies", "no intention to export"."""
    def no_det(tok: Token) -> bool:
        return any(c.dep_ == "det" and c.lower_ in {"no", "neither"} for c in tok.children)

    if any(c.dep_ == "neg" for c in anchor.children) or no_det(anchor):
        return True
    for c in anchor.children:
        if c.dep_ in {"nsubjpass", "dobj", "attr"} and (no_det(c) or any(x.dep_ == "neg" for x in c.children)):
            return True  # "no weapons had been loaded", "not a single Javelin has been handed"
    head = anchor.head
    if anchor.dep_ in {"xcomp", "acl", "compound", "pcomp"} and head.i != anchor.i:
        if any(c.dep_ == "neg" for c in head.children) or no_det(head):
            return True
    return False


def _purpose_recipient(ctx: Context, anchor: Token) -> Actor | None:
    """ "sent troops to support Russia's war", "sent to fight for Moscow": the side a purpose clause serves."""
    for clause in anchor.children:
        if clause.dep_ in {"xcomp", "advcl"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            for obj in children(clause, {"dobj"}):
                for poss in children(obj, {"poss"}):
                    actor = ctx.role_actor(poss)
                    if actor is not None:
                        return actor
            found = _pobj_actor(ctx, [clause], {"for"}, direct=True)
            if found is not None:
                return found
    return None


def _subject(ctx: Context, verb: Token, dep: str) -> Token | None:
    """The verb's nearest subject of that kind, never a dateline ("KYIV, Nov 5 (CPA) — ...")."""
    subjects = [c for c in verb.children if c.dep_ == dep and c.i not in ctx.excluded]
    if not subjects:  # the parser sometimes hangs the subject on the auxiliary ("Iran had armed Russia")
        subjects = [c for aux in verb.children if aux.dep_ in {"aux", "auxpass"} for c in aux.children
                    if c.dep_ == dep and c.i not in ctx.excluded]
    return min(subjects, key=lambda t: abs(verb.i - t.i)) if subjects else None


def _promised_recipient(ctx: Context, objs: list[Token]) -> Actor | None:
    """ "delivered half of the million shells it promised Ukraine": the party a relative clause on
    the cargo names as its beneficiary."""
    for obj in objs:
        for t in obj.subtree:
            if t.dep_ == "relcl" and t.lemma_.lower() in BENEFIT_VERBS:
                for c in t.children:
                    if c.dep_ in {"dative", "dobj"}:
                        actor = ctx.role_actor(c) or ctx.actor_at(c)  # "keeps Russian artillery in business"
                        if actor is not None:
                            return actor
                found = _pobj_actor(ctx, [t], TO_PREPS)
                if found is not None:
                    return found
    return None


def _transfer_at(ctx: Context, anchor: Token) -> _Transfer | None:
    lemma = anchor.lemma_.lower()
    stop = _clause_tokens(anchor)
    scope = [t for t in anchor.subtree if t.i not in stop]
    supplier = recipient = None
    extra: list[Token] = []
    verbal = anchor.pos_ in {"VERB", "AUX"} or anchor.tag_.startswith("VB")
    subj = _subject(ctx, anchor, "nsubj")
    subjpass = _subject(ctx, anchor, "nsubjpass")
    if anchor.dep_ == "conj" and subj is None and subjpass is None:  # "were loaded at X and carried to Y"
        subj = _subject(ctx, anchor.head, "nsubj")
        subjpass = _subject(ctx, anchor.head, "nsubjpass")
    if subj is None and subjpass is None and anchor.dep_ == "xcomp" and not children(anchor.head, {"dobj"}):
        # raising and subject control: "Russia is believed to have received", "Iran plans to send"
        subj = _subject(ctx, anchor.head, "nsubjpass") or _subject(ctx, anchor.head, "nsubj")
    if subj is not None and subj.lower_ in {"that", "which", "who"} and anchor.dep_ == "relcl":
        subj = None
    if anchor.dep_ in {"acl", "relcl", "amod"} and anchor.head.pos_ in {"NOUN", "PROPN"}:
        extra.append(anchor.head)
        # "ballistic missile components bound for ...": the head noun with its modifiers
        extra.extend(t for c in anchor.head.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < anchor.head.i
                     for t in c.subtree)
        # "the thousands of troops the North has sent": the cargo is what the quantity counts
        extra.extend(p for prep in children(anchor.head, {"prep"}) if prep.lower_ == "of" for p in children(prep, {"pobj"}))
    heads = [anchor]
    if anchor.dep_ in {"amod", "acl"} and anchor.head.pos_ in {"NOUN", "PROPN"}:
        heads = [anchor, anchor.head]  # "Iranian-supplied weapons to the Houthis"
        for c in anchor.children:
            if c.dep_ in {"npadvmod", "compound", "amod"} and c.i < anchor.i and ctx.known(c) is not None:
                supplier = ctx.known(c)
    if anchor.lower_ == "bound":  # "munitions bound for Russia", "cargo ... bound for Dunai"
        recipient = _pobj_actor(ctx, heads, {"for"})
        if anchor.head.pos_ in {"NOUN", "PROPN"}:  # "Iranian-made missile components bound for ..."
            supplier = supplier or _modifier_actor(ctx, [anchor.head], exclude=recipient)
    elif verbal and lemma in DEPART_VERBS:  # "trains loaded with ammunition have left Belarusian depots for Russia"
        if subj is not None:
            extra.append(subj)
            supplier = _modifier_actor(ctx, [subj])
        origin = next(iter(children(anchor, {"dobj"})), None)
        recipient = _pobj_actor(ctx, heads + ([origin] if origin is not None else []), {"for", "to", "toward", "towards"})
        supplier = supplier or (ctx.role_actor(origin) if origin is not None else None) or _pobj_actor(ctx, heads, {"from"})
    elif verbal and (lemma in ARRIVE_VERBS or lemma in PRESENCE_VERBS):
        carrier = subj or subjpass
        if carrier is None and anchor.dep_ == "xcomp":
            carrier = next(iter(children(anchor.head, {"nsubj"})), None)
        if carrier is not None:
            extra.append(carrier)
            supplier = _modifier_actor(ctx, [carrier])
        if supplier is None:  # "troops had been deployed there by Pyongyang"
            supplier = _pobj_actor(ctx, heads, {"by"})
        target = next(iter(children(anchor, {"dobj"})), None)
        recipient = (ctx.role_actor(target) if target is not None else None) or _pobj_actor(ctx, heads, {"in", "at", "into", "to", "inside"}) \
            or _pobj_actor(ctx, heads, {"alongside"}) or _pobj_actor(ctx, heads, {"for"}, direct=True)  # "fighting alongside Russian units"
        if recipient is None and any(c.lower_ == "there" for c in anchor.children) and ctx.last_site is not None:
            recipient = ctx.site_country(ctx.last_site)  # "there": the place under discussion
    elif verbal and lemma in RECEIVE_VERBS:
        recipient = ctx.role_actor(subj) if subj is not None else None
        supplier = _pobj_actor(ctx, heads + children(anchor, {"dobj"}), {"from"}) or _modifier_actor(ctx, [t for t in scope if t.i != anchor.i])
    elif verbal and lemma in USE_VERBS:
        recipient = ctx.role_actor(subj) if subj is not None else _pobj_actor(ctx, heads, {"by"})
        if recipient is None and (subjpass is None or anchor.dep_ in {"relcl", "acl"}):
            return None  # use by nobody named says nothing about who received
        if subjpass is not None:  # "shells made in North Korea are being fired at ...": the user is implied
            extra.append(subjpass)
        supplier = _modifier_actor(ctx, scope + extra, exclude=recipient)
        if supplier is None and recipient is None:
            return None
        if supplier is None:  # "identified North Korean weapons among the missiles Russia has fired"
            supplier = _modifier_actor(ctx, list(ctx.sent_of(anchor)), exclude=recipient)
    elif verbal:
        agent = _pobj_actor(ctx, children(anchor, {"agent"}) and [anchor], {"by"}, direct=True)
        supplier = agent or (ctx.role_actor(subj) if subj is not None else None) or supplier
        if supplier is None and subjpass is not None:
            supplier = _modifier_actor(ctx, [subjpass])
        if subjpass is not None:
            extra.append(subjpass)
        if supplier is None:
            supplier = _pobj_actor(ctx, heads, {"from", "at"})
        if supplier is None and anchor.dep_ in {"xcomp", "pcomp", "advcl", "conj", "acl", "dobj"}:
            supplier = _controller(ctx, anchor)
        objs = children(anchor, {"dobj", "dative", "iobj"})
        for obj in objs:  # "supplied Russia with shells", "gave Moscow missiles"
            actor = ctx.actor_at(obj, allow_children=False)
            if actor is not None and actor.kind == "named" and actor != supplier:
                recipient = actor
                break
        if recipient is None:
            recipient = _pobj_actor(ctx, heads + objs, TO_PREPS) or _pobj_actor(ctx, heads + objs, {"for"}, direct=True)
        if recipient is None:
            recipient = _purpose_recipient(ctx, anchor) or _pobj_actor(ctx, heads + objs, {"on"}, direct=True)
        if recipient is None:
            recipient = _promised_recipient(ctx, objs)
        if lemma in HELP_VERBS and recipient is None:  # "help the DPRK build satellites"
            for clause in children(anchor, {"ccomp", "xcomp"}):
                for s_ in children(clause, {"nsubj"}):
                    recipient = ctx.role_actor(s_)
        if lemma in HELP_VERBS:
            with_items = [t for p in anchor.children if p.dep_ == "prep" and p.lower_ == "with" for t in p.subtree]
            if not _items(ctx, with_items)[0] and any(c.dep_ in {"xcomp", "ccomp"} for c in anchor.children):
                return _Transfer(anchor, supplier, recipient, ["technology"], [anchor], _negated(anchor), False, scope)
            scope = [anchor] + with_items
        if supplier is None:
            supplier = _modifier_actor(ctx, scope + extra)
    elif anchor.lower_ in GERUNDS:  # misparsed gerund: the rest of the clause is its object
        sent = ctx.sent_of(anchor)
        scope = [t for t in sent if t.i > anchor.i and not any(a.dep_ == "relcl" and a.i > anchor.i for a in t.ancestors)]
        supplier = ctx.role_actor(subject_of(sent.root)) if subject_of(sent.root) is not None else None
        recipient = _pobj_actor(ctx, scope, TO_PREPS)
        extra.append(anchor.head)
    elif lemma in SUPPLIER_NOUNS:  # "Germany is one of the largest suppliers of military aid to Ukraine"
        node = anchor
        if node.dep_ == "pobj" and node.head.lower_ in {"of", "among"}:
            node = node.head.head
        if node.dep_ == "attr" or (node.dep_ == "nsubj" and node.head.lemma_ == "be"):
            copula = node.head
            other = next((c for c in copula.children if c.dep_ in {"nsubj", "attr"} and c.i != node.i), None)
            supplier = ctx.role_actor(other) if other is not None else None
        cargo = [p for prep in children(anchor, {"prep"}) if prep.lower_ == "of" for p in children(prep, {"pobj"})]
        heads = heads + cargo
        recipient = _pobj_actor(ctx, heads, TO_PREPS) or _pobj_actor(ctx, heads, {"for"}, direct=True)
        scope = [t for t in scope if not any(a.dep_ == "relcl" and a.i in {x.i for x in scope} for a in t.ancestors)]
    else:  # a nominalisation: "North Korea's supply of arms to Russia", "a supply line of shells"
        if anchor.dep_ == "compound" and anchor.head.pos_ in {"NOUN", "PROPN"}:
            heads = [anchor, anchor.head]
            scope = scope + [t for t in anchor.head.subtree if t.i not in _clause_tokens(anchor.head)]
        # "supplies of arms and munitions to Russia" with "to Russia" hung on the cargo
        cargo = [p for prep in children(anchor, {"prep"}) if prep.lower_ == "of" for p in children(prep, {"pobj"})]
        heads = heads + cargo + [c for p in cargo for c in children(p, {"conj"})]
        for child in children(anchor, {"poss", "amod", "compound", "nmod"}):
            actor = ctx.role_actor(child)
            if actor is not None and actor.kind == "named":
                supplier = actor
                break
        supplier = supplier or _pobj_actor(ctx, heads, {"from", "by"})
        recipient = _pobj_actor(ctx, heads, TO_PREPS) or _pobj_actor(ctx, heads, {"for"}, direct=True)
        if supplier is None:
            supplier = _modifier_actor(ctx, scope)
        governor = anchor.head if anchor.dep_ in {"dobj"} else None
        if supplier is None and governor is not None and governor.lemma_.lower() not in DENIAL_VERBS | {"explain"}:
            gsubj = subject_of(governor)  # "Pyongyang may have begun weapons shipments to Moscow"
            if gsubj is not None:
                supplier = ctx.role_actor(gsubj)
        if recipient is None and governor is not None:
            recipient = _pobj_actor(ctx, [governor], TO_PREPS | {"for"}, direct=True)
        if recipient is None:  # "a supply line of shells that keeps Russian artillery in business"
            recipient = _promised_recipient(ctx, heads[1:])
        if anchor.dep_ in {"nsubj", "nsubjpass"} and anchor.head.lemma_.lower() in CONTENT_VERBS:
            # "the shipments could include artillery shells"
            scope = scope + [t for c in anchor.head.children if c.dep_ in {"dobj", "attr"} for t in c.subtree]
        if anchor.dep_ == "pobj" and anchor.head.dep_ == "prep" and anchor.head.lower_ in {"for", "as"}:
            extra.append(anchor.head.head)  # "shells for the supply of Russia"
    items, item_tokens = _items(ctx, [t for t in scope if t.i != anchor.i] + extra)
    if not items and lemma == "arm" and verbal:  # "denied arming the Houthis": arms are the cargo
        items, item_tokens = ["munitions"], [anchor]
    backref = _has_backref([anchor] + scope + extra, ctx.lexicon)
    # the cargo itself can be inherited only when the anchor (or its passive subject) is the
    # back-reference: "There are no such supplies", "These shipments were loaded at Rajin"
    carries = any(c.dep_ in {"det", "amod", "predet"} and c.lower_ in BACKREF_DETS for c in anchor.children) or (
        subjpass is not None and any(c.dep_ == "det" and c.lower_ in BACKREF_DETS for c in subjpass.children)
        and not children(anchor, {"dobj"}))
    backref = backref or carries
    if supplier is not None and recipient is not None and supplier.label == recipient.label:
        recipient = None
    return _Transfer(anchor, supplier, recipient, items, item_tokens, _negated(anchor), backref, scope, carries)


def _blocked(anchor: Token) -> bool:
    """A transfer that a governing word keeps from being claimed: "had resisted sending", "refuses
    to hand over", "strictly controlled exports", "choke off the supply", "no evidence that ... reached"."""
    node = anchor
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return False
        if node.dep_ in {"xcomp", "pcomp", "dobj", "acomp", "nsubjpass"} or (node.dep_ == "pobj" and head.dep_ == "prep"):
            target = head.head if node.dep_ == "pobj" else head
            if target.lemma_.lower() in BLOCKING_GOVERNORS:
                return True
        if any(c.dep_ == "amod" and c.lemma_.lower() in BLOCKING_GOVERNORS for c in node.children):
            return True  # "strictly controlled exports"
        if head.lemma_.lower() in EVIDENCE_NOUNS and any(c.lower_ in {"no", "little"} for c in head.children):
            return True
        if node.dep_ not in {"pobj", "prep", "pcomp", "ccomp", "acl", "xcomp"}:
            return False
        node = head
    return False


def _is_anchor(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if token.pos_ in {"ADJ", "VERB"} and token.lower_ == "bound":
        return any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children)
    if token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB"):
        if lemma in DEPART_VERBS:  # "left Belarusian depots for Russia"
            return any(c.dep_ == "prep" and c.lower_ in {"for", "to", "toward", "towards"}
                       for h in [token] + children(token, {"dobj"}) for c in h.children)
        if lemma in PRESENCE_VERBS:
            # only troops present somewhere: "soldiers are now in the Kursk region", "soldiers have
            # begun fighting in ...", "troops had been deployed there by Pyongyang"
            subj = next(iter(children(token, {"nsubj", "nsubjpass"})), None)
            if subj is None and token.dep_ == "xcomp":
                subj = next(iter(children(token.head, {"nsubj"})), None)
            if lemma == "deploy" and subj is not None and any(c.dep_ in {"agent", "advmod"} for c in token.children):
                return subj.lemma_.lower() in {"soldier", "troop", "serviceman", "personnel"}
            return subj is not None and subj.lemma_.lower() in {"soldier", "troop", "serviceman", "personnel"} and any(
                c.dep_ == "prep" and c.lower_ in {"in", "at", "inside", "alongside", "for"} for c in token.children)
        if lemma in RECEIVE_VERBS and not children(token, {"dobj", "nsubjpass", "dative"}) and token.dep_ not in {"relcl", "acl"}:
            return False  # "get into the specifics": nothing received
        return lemma in SUPPLY_VERBS or lemma in RECEIVE_VERBS or lemma in USE_VERBS or lemma in ARRIVE_VERBS or (
            lemma in HELP_VERBS and any(c.dep_ == "dobj" or (c.dep_ in {"ccomp", "xcomp"} and children(c, {"nsubj"})) for c in token.children))
    if token.lower_ in GERUNDS and token.dep_ == "compound" and token.i > 0 and token.nbor(-1).lower_ in {",", "and"}:
        return True
    if token.pos_ in {"NOUN", "PROPN"}:
        return lemma in TRANSFER_NOUNS or lemma in SUPPLIER_NOUNS or token.lower_ in {"supplies", "shipments", "deliveries", "transfers", "exports", "sales"}
    return False


def _time(ctx: Context, sent: Span) -> str | None:
    for ent in ctx.ents_in(sent):
        if ent.label_ == "DATE" and not re.fullmatch(r"(?i)(the )?(past|last|previous) .*", ent.text):
            return ent.text
    return None


def _site(ctx: Context, sent: Span) -> Actor | None:
    for ent in ctx.ents_in(sent):
        if ent.ent_id_ and ctx.lexicon.actors.get(ent.ent_id_, {}).get("kind") == "site":
            return ctx.actor_from_ent(ent)
    return None


def _quote_span(sent: Span) -> tuple[int, int, str]:
    text = sent.text
    stripped = text.strip()
    start = sent.start_char + (len(text) - len(text.lstrip()))
    return start, start + len(stripped), stripped


# ------------------------------------------------------------------------------------- discourse

def _fill_roles(ctx: Context, transfer: _Transfer, same_sentence: list[_Transfer], earlier: list[RawClaim], sent: Span) -> None:
    """Fill a missing supplier or recipient from the discourse.

    In order: another transfer of the same sentence; the latest earlier claim that shares the known
    role ("the think tank said the surge likely indicates supplies of arms to Russia" in a story about
    North Korea); the transfer under discussion ("Nor is North Korea alone. Tehran has supplied the
    Shahed drones ..." goes to Russia too); the state where the site under discussion lies (the
    departure point); another state the sentence names. With both roles missing, only a sentence
    that points back at the transfer ("These shipments were loaded at ...") takes both.
    """
    sup, rec = transfer.supplier, transfer.recipient
    if sup is not None and rec is not None:
        return
    if sup is None and rec is None:
        if (transfer.backref or (transfer.negated and transfer.item_tokens)) and earlier:
            # "These shipments were loaded at ...", "Not a single Javelin has been handed to any
            # third party": the transfer under discussion
            transfer.supplier, transfer.recipient = earlier[-1].supplier, earlier[-1].recipient
        return
    if sup is None:  # "consistent with Iranian manufacture", "of North Korean origin"
        for t in sent:
            if t.lemma_.lower() in ORIGIN_NOUNS:
                origin = next((ctx.known(c) for c in t.children if c.dep_ in {"amod", "compound", "poss"} and ctx.known(c)), None)
                if origin is not None and origin.label != rec.label:
                    transfer.supplier = origin
                    return
    for other in same_sentence:
        if other is transfer:
            continue
        if sup is None and other.supplier is not None and other.supplier.label != rec.label and (
                other.recipient is None or other.recipient.label == rec.label):
            transfer.supplier = other.supplier
            return
        if rec is None and other.recipient is not None and other.recipient.label != sup.label and (
                other.supplier is None or other.supplier.label == sup.label):
            transfer.recipient = other.recipient
            return
    for claim in reversed(earlier):
        if sup is None and claim.recipient.label == rec.label:
            transfer.supplier = claim.supplier
            return
        if rec is None and claim.supplier.label == sup.label:
            transfer.recipient = claim.recipient
            return
    if earlier:
        topic = earlier[-1]
        if sup is None and topic.supplier.label != rec.label:
            transfer.supplier = topic.supplier
            return
        if rec is None and topic.recipient.label != sup.label:
            transfer.recipient = topic.recipient
            return
    if sup is None and ctx.last_site is not None:
        country = ctx.site_country(ctx.last_site)
        if country is not None and country.label != rec.label:
            transfer.supplier = country
            return
    known = sup or rec
    for ent in ctx.ents_in(sent):
        actor = ctx.known(ent[0])
        if actor is None or actor.actor_type != "state" or actor.label == known.label or ent.start in ctx.excluded:
            continue
        if ent.root.dep_ == "pobj" and ent.root.head.lower_ in {"over", "against", "at", "on", "in"}:
            continue  # a target or a battlefield, not a party
        if ent.root.dep_ in {"amod", "compound"} and ent.root.head.pos_ == "NOUN" and not (
                ent.root.head.lemma_.lower() in GOV_NOUNS or ctx.lexicon.is_item_or_cargo(ent.root.head.lemma_.lower())):
            continue  # "Ukrainian cities", "Russian strikes": a place or an event, not a party
        if ent.root.head.lemma_.lower() in AGENT_NOUNS or ent.root.dep_ in {"nsubj", "nsubjpass"} or (
                ent.root.dep_ == "conj" and ent.root.head.dep_ in {"nsubj", "nsubjpass"}):
            continue  # the nationality of a speaker ("South Korean officials"), or a speaker
        if sup is None:
            transfer.supplier = actor
        else:
            transfer.recipient = actor
        return


def _denial_verb(ctx: Context, sent: Span) -> tuple[Token, Token | None] | None:
    """A denial that names what it rejects but not the transfer: "Pyongyang dismissed the reports",
    "We consider such statements unfounded", "This is another fabrication", "Such reports were
    fairy tales". Returns (the denying word, its subject if any)."""
    words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
    has_denial_word = bool(words & DENIAL_WORDS)
    for t in sent:
        lemma = t.lemma_.lower()
        if lemma in DENIAL_VERBS:
            objs = [c for c in t.subtree if c.lemma_.lower() in ALLEGATION_NOUNS or c.lower_ in DENIAL_WORDS]
            objs += [c for c in t.children if c.dep_ == "dobj" and c.lower_ in {"that", "this", "it", "them", "these", "those"}]
            if objs:
                return t, subject_of(t)
        if has_denial_word and (lemma in {"call", "describe", "brand", "label", "consider", "be", "dismiss"}):
            attr = [c for c in t.subtree if c.lower_ in DENIAL_WORDS or c.lemma_.lower() in DENIAL_WORDS]
            subj = subject_of(t)
            aside = {x.i for c in t.subtree if c.dep_ in {"appos", "acl", "relcl"} for x in c.subtree}
            refers = [c for c in t.subtree if c.i not in aside and (c.lemma_.lower() in ALLEGATION_NOUNS or (
                c.dep_ in {"nsubj", "dobj", "det"} and c.lower_ in {"this", "that", "these", "those", "such", "it", "them"}))]
            if attr and refers:
                return t, subj
    return None


def _speaker_for(ctx: Context, sent: Span, verb: Token | None) -> tuple[list[Actor | None], str, Token | None] | None:
    """Who says a sentence that does not restate the transfer: the subject of its reporting verb,
    "according to", or the speaker of the quotation or transcript paragraph it sits in."""
    cands = [verb] if verb is not None else []
    cands += sorted((t for t in sent if t.lemma_.lower() in REPORTING_VERBS and t.pos_ in {"VERB", "AUX"}), key=lambda t: len(list(t.ancestors)))
    for t in cands:
        subj = subject_of(t)
        if subj is not None and animate(ctx, subj) and not any(c.dep_ == "neg" for c in t.children):
            claimants = ctx.claimants_from(subj)
            if claimants != [None] or ctx.speaker_at(subj.idx)[1]:
                return claimants, t.text, t
    according = according_to(ctx, sent)
    if according:
        return [a.claimant for a in according], according[0].verb, according[0].verb_token
    first = next((t for t in sent if not t.is_space), sent[0])
    actor, known = ctx.speaker_at(first.idx)
    if known:
        return [actor], "", None
    return None


def _sentence_items(ctx: Context, sent: Span, supplier: Actor | None) -> tuple[list[str], list[Token]]:
    return _items(ctx, [t for t in sent if not t.is_space], exclude_supplier=supplier)


def _elaboration(ctx: Context, sent: Span, earlier: list[RawClaim]) -> tuple[_Transfer, list[Actor | None], str, Token | None] | None:
    """A follow-up that names items of the transfer under discussion without restating it: "Those
    containers could hold more than three million 152mm artillery shells, he added"; "markings on
    them are consistent with the Hwasong-11"; "this missile was produced in North Korea". It needs a
    speaker, items, and something that ties it to the transfer: a definite cargo or demonstrative,
    "it is ... ammunition", or physical remains."""
    if not earlier:
        return None
    topic = earlier[-1]
    tokens = [t for t in sent if not t.is_space]
    tied = _has_backref(tokens, ctx.lexicon)
    remains = any(label == "physical remains" for label, _, _ in ctx.lexicon.match_evidence(tokens))
    supplier = None
    for t in tokens:  # "this missile was produced in North Korea"
        if t.lemma_.lower() in MADE_VERBS - {"come"} and t.tag_ == "VBN":
            supplier = _pobj_actor(ctx, [t], {"in", "by"})
            if supplier is not None:
                tied = True
                break
        if t.lower_ in {"it", "they"} and t.dep_ == "nsubj" and t.head.lemma_.lower() in CONTENT_VERBS:
            tied = True
    if not (tied or remains):
        return None
    if supplier is None:
        supplier = _modifier_actor(ctx, tokens)
    if supplier is None or supplier.label == topic.recipient.label:
        supplier = topic.supplier
    items, item_tokens = _sentence_items(ctx, sent, supplier)
    items = [i for i in items if i != "other"]  # a cargo word alone only restates the cargo
    if not items:
        return None
    speaker = _speaker_for(ctx, sent, None)
    if speaker is None:
        return None
    claimants, verb, verb_token = speaker
    transfer = _Transfer(sent.root, supplier, topic.recipient, items, item_tokens, False, True, tokens)
    return transfer, claimants, verb, verb_token


# ------------------------------------------------------------------------------------- the driver

def _make(ctx: Context, sent: Span, transfer: _Transfer, claimant: Actor | None, verb: str, verb_token: Token | None,
          stance: str, certainty: tuple[str, str | None], site: Actor | None) -> RawClaim:
    start, end, quote = _quote_span(sent)
    attribution = Attribution(claimant, verb, verb_token, stance == "denies") if (claimant or verb) else None
    return RawClaim(
        claimant=claimant,
        verb=verb,
        stance=stance,
        certainty=certainty[0],
        certainty_cue=certainty[1],
        supplier=transfer.supplier,  # type: ignore[arg-type]
        recipient=transfer.recipient,  # type: ignore[arg-type]
        items=tuple(transfer.items),
        item_text=", ".join(dict.fromkeys(t.text for t in transfer.item_tokens)),
        site=site,
        time=_time(ctx, sent),
        evidence=_evidence(ctx, _evidence_tokens(ctx, sent, attribution), claimant, verb),
        quote=quote,
        start=start,
        end=end,
    )


def _both_sides_deny(ctx: Context, sent: Span, claims: list[RawClaim]) -> list[RawClaim]:
    """ "..., allegations both countries have rejected": a denial whose subject is "both" (or "the
    two countries") is a denial by the supplier and by the recipient."""
    out = []
    for t in sent:
        if t.lemma_.lower() not in DENIAL_VERBS:
            continue
        subj = subject_of(t)
        if subj is None or not ({c.lower_ for c in subj.subtree} & {"both", "two"}):
            continue
        for claim in claims:
            if claim.stance != "asserts":
                continue
            for actor in (claim.supplier, claim.recipient):
                denial = RawClaim(**{**claim.__dict__, "claimant": actor, "verb": t.text, "stance": "denies",
                                     "certainty": "certain", "certainty_cue": None})
                out.append(denial)
            break
    return out


def find_claims(doc: Doc, lexicon: Lexicon) -> list[RawClaim]:
    """All claims in a Doc, in text order."""
    ctx = Context(doc, lexicon)
    out: list[RawClaim] = []
    for sent in ctx.sents:
        question = sent.text.rstrip().rstrip("\"”’'").endswith("?")
        site = _site(ctx, sent)
        transfers = []
        for token in sent:
            if token.i in ctx.excluded or not _is_anchor(token):
                continue
            transfer = _transfer_at(ctx, token)
            if transfer is None or _blocked(token):
                continue
            if not transfer.items and (transfer.carries or transfer.negated) and out:
                # "The capabilities in this package include ...": the sentence names the cargo;
                # "There are no such supplies": the cargo is the one under discussion
                items, item_tokens = _sentence_items(ctx, sent, None)
                items = [i for i in items if i != "other"]
                transfer.items, transfer.item_tokens = (items, item_tokens) if items else (list(out[-1].items), [])
            elif transfer.items == ["other"] and all(ctx.lexicon.is_cargo_word(t) for t in transfer.item_tokens[-1:]):
                # 'lists "ammunition boxes" among cargo loaded at Rajin': the sentence says what the cargo is
                items, item_tokens = _sentence_items(ctx, sent, None)
                if any(i != "other" for i in items):
                    transfer.items, transfer.item_tokens = [i for i in items if i != "other"], item_tokens
            if not transfer.items:
                continue
            if transfer.supplier is None and transfer.recipient is None and not (
                    transfer.backref or (transfer.negated and transfer.item_tokens)):
                continue
            transfers.append(transfer)
        claims_here: list[RawClaim] = []
        for transfer in transfers:
            _fill_roles(ctx, transfer, transfers, out, sent)
            if transfer.supplier is None or transfer.recipient is None or question:
                continue
            if transfer.supplier.label == transfer.recipient.label:
                continue
            attributions, path, refused = find_attributions(ctx, transfer.anchor, sent)
            if refused:
                continue
            if not attributions:
                speaker, known = ctx.speaker_at(transfer.anchor.idx)
                attributions = [Attribution(speaker, "", None, False)] if known else [Attribution(None, "", None, False)]
                scope = _scope_tokens(path)
            else:
                top = attributions[0].verb_token
                scope = _scope_tokens(path if top is None or top.i in {t.i for t in path} else path + [top])
            certainty = _certainty(sent, scope)
            for attribution in attributions:
                denial = attribution.denial or transfer.negated
                level = certainty if not denial or certainty[0] != "certain" else ("certain", None)
                claims_here.append(_make(ctx, sent, transfer, attribution.claimant, attribution.verb,
                                         attribution.verb_token, "denies" if denial else "asserts", level,
                                         site or (out[-1].site if transfer.backref and out else None)))
        if not claims_here and out and not question:
            denial = _denial_verb(ctx, sent)
            if denial is not None:
                verb, subj = denial
                speaker = None
                if subj is not None and animate(ctx, subj) and subj.lower_ not in {"this", "that", "these", "those", "it"} \
                        and subj.lemma_.lower() not in ALLEGATION_NOUNS:
                    speaker = (ctx.claimants_from(subj), verb.text, verb)
                speaker = speaker or _speaker_for(ctx, sent, None)
                if speaker is not None:
                    prior = out[-1]
                    supplier = _modifier_actor(ctx, list(sent)) or prior.supplier
                    items, item_tokens = _sentence_items(ctx, sent, supplier)
                    transfer = _Transfer(verb, supplier, prior.recipient, items or list(prior.items), item_tokens, True)
                    if supplier.label != prior.recipient.label:
                        for claimant in speaker[0]:
                            claims_here.append(_make(ctx, sent, transfer, claimant, speaker[1], speaker[2], "denies",
                                                     _certainty(sent, None, DENIAL_WORDS | ALLEGATION_NOUNS), site or prior.site))
        if not claims_here and out and not question:
            found = _elaboration(ctx, sent, out)
            if found is not None:
                transfer, claimants, verb, verb_token = found
                for claimant in claimants:
                    claims_here.append(_make(ctx, sent, transfer, claimant, verb, verb_token, "asserts",
                                             _certainty(sent, None), site or out[-1].site))
        claims_here += _both_sides_deny(ctx, sent, claims_here)
        # merge claims of one sentence that share claimant, supplier and recipient
        merged: dict[tuple, RawClaim] = {}
        for c in claims_here:
            key = (c.claimant.label if c.claimant else None, c.supplier.label, c.recipient.label, c.stance)
            if key in merged:
                prev = merged[key]
                items = tuple(dict.fromkeys(prev.items + c.items))
                text = ", ".join(dict.fromkeys((prev.item_text + ", " + c.item_text).split(", ")))
                weaker = c if LEVEL[c.certainty] < LEVEL[prev.certainty] else prev
                merged[key] = RawClaim(**{**prev.__dict__, "items": items, "item_text": text,
                                          "certainty": weaker.certainty, "certainty_cue": weaker.certainty_cue})
            else:
                merged[key] = c
        for c in merged.values():
            out.append(c)
            if c.claimant is not None and c.claimant.kind == "named":
                ctx.last_claimant = c.claimant
        if site is not None:
            ctx.last_site = site
        if not claims_here:
            # Remember who speaks in sentences without transfers too ("Kirby said ..."), for "he added".
            root = sent.root
            if root.lemma_.lower() in REPORTING_VERBS:
                subj = subject_of(root)
                if subj is not None and animate(ctx, subj):
                    actor = ctx.claimant_from(subj)
                    if actor is not None and actor.kind == "named":
                        ctx.last_claimant = actor
    return out
