"""The extraction rules: attribution, transfer roles, stance, certainty and evidence over a parsed Doc.

Reads: a spaCy ``Doc`` with dependency parse, lemmas and entities (gazetteer entities carry the
actor's IRI as ``ent_id_``), and a :class:`Lexicon` built from the ontology.
Writes: :class:`RawClaim` objects (plain data) that :mod:`kg.extract` turns into claims.

The rules are general, not keyed to sentences: a *transfer anchor* (a verb such as supply, ship,
receive, or a noun such as supply, shipment, transfer) with an item in its reach and two actors in
supplier and recipient roles makes a transfer; the nearest *reporting* verb or phrase above it
(say, allege, posit, according to, citing) gives the claimant; negation and denial verbs give the
stance; modal and evidential cues give the certainty (the weakest cue wins, after FactBank).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from spacy.tokens import Doc, Span, Token

from kg.ontology import Vocabulary

__all__ = [
    "ACTOR_LABELS",
    "Actor",
    "RawClaim",
    "Lexicon",
    "gazetteer_patterns",
    "find_claims",
]

#: Entity labels that can be actors (suppliers, recipients, claimants).
ACTOR_LABELS = {"GPE", "ORG", "NORP", "PERSON", "FAC", "LOC"}

# Reporting and cognition verbs that attribute content to their subject.
REPORTING_VERBS = {
    "say", "tell", "state", "allege", "claim", "suggest", "posit", "affirm", "confirm", "deny",
    "report", "assess", "believe", "accuse", "charge", "announce", "add", "warn", "conclude",
    "estimate", "note", "insist", "maintain", "argue", "write", "reveal", "disclose", "indicate",
    "show", "acknowledge", "admit", "reject", "dismiss", "refute", "contend", "think", "suspect",
    "assert", "declare", "find", "observe", "brief", "testify", "explain", "describe", "call",
    "publish", "stress", "emphasize", "emphasise", "point", "rebuff", "dispute", "fear", "judge",
    "calculate", "highlight", "cite", "document", "verify", "corroborate", "suggest", "tweet",
    "post", "posit", "speculate", "contend", "underline", "mention", "caution", "condemn",
}
DENIAL_VERBS = {"deny", "reject", "dismiss", "refute", "rebuff", "disavow", "dispute", "deride", "ridicule"}
DENIAL_WORDS = {
    "groundless", "baseless", "absurd", "fabrication", "fabricated", "false", "nonsense", "lie", "lies",
    "unfounded", "fake", "slander", "smear", "propaganda", "ridiculous", "denial",
}
# Nouns that name what a denial rejects, so the denied transfer comes from context.
ALLEGATION_NOUNS = {
    "report", "claim", "allegation", "accusation", "speculation", "suggestion", "rumor", "rumour",
    "story", "charge", "assertion", "deal", "trade", "transaction", "cooperation", "suspicion",
}
# Subjects of evidential verbs that are not claimants: "images indicate", "the increase suggests".
EVIDENTIAL_SUBJECTS = {
    "image", "imagery", "photo", "picture", "increase", "traffic", "evidence", "data", "activity",
    "movement", "analysis", "spike", "surge", "rise", "footage", "finding", "satellite",
}
# Nouns that attribute content like a reporting verb ("a report by X", "X's assessment that").
REPORTING_NOUNS = {
    "report", "assessment", "statement", "analysis", "study", "finding", "conclusion", "claim",
    "allegation", "accusation", "estimate", "warning", "briefing", "comment", "remarks",
}
SUPPLY_VERBS = {
    "supply", "provide", "ship", "send", "deliver", "transfer", "export", "sell", "give", "furnish",
    "funnel", "smuggle", "dispatch", "deploy", "transport", "move", "hand", "arm", "offer", "route",
    "channel", "donate", "lend", "load", "carry", "resupply", "replenish", "trade", "swap", "shuttle",
}
ARRIVE_VERBS = {"reach", "arrive"}
RECEIVE_VERBS = {"receive", "acquire", "obtain", "buy", "purchase", "import", "get", "procure", "source", "take"}
USE_VERBS = {"use", "fire", "launch", "employ", "deploy", "field", "shoot"}
TRANSFER_NOUNS = {
    "supply", "shipment", "delivery", "transfer", "export", "sale", "provision", "consignment",
    "transport", "shipping", "trade", "deployment", "dispatch", "flow", "support", "resupply",
    "assistance", "deal", "purchase", "acquisition", "aid",
}
TO_PREPS = {"to", "into", "toward", "towards", "for"}
FROM_PREPS = {"from", "by"}

# Certainty cues (after FactBank: CT+ certain, PR+ probable, PS+ possible); the weakest cue wins.
POSSIBLE_CUES = {
    "may", "might", "could", "possibly", "perhaps", "suggest", "potentially", "potential",
    "speculate", "conjecture", "unclear", "unconfirmed", "rumor", "rumour", "maybe", "possible",
}
PROBABLE_CUES = {
    "likely", "probably", "believe", "assess", "assessment", "indicate", "appear", "apparently",
    "seem", "suspect", "presumably", "estimate", "reportedly", "allegedly", "evidently", "think",
    "expect", "consistent", "suspected",
}
CERTAIN_CUES = {"confirm", "affirm", "clearly", "definitely", "undeniably", "certainly", "verify", "prove"}
POSSIBLE_PHRASES = (
    r"cannot (?:be )?rul(?:e|ed) out", r"can ?not rule out", r"impossible to (?:\w+ ){0,2}(?:identify|confirm|verify|determine|say)",
    r"not (?:possible|able) to (?:\w+ ){0,2}(?:identify|confirm|verify|determine)",
    r"could not (?:be )?(?:\w+ )?(?:confirmed|verified)", r"raises? the possibility", r"no way to (?:verify|confirm)",
    r"not (?:yet )?(?:been )?(?:independently )?(?:confirmed|verified)",
)
LEVEL = {"possible": 0, "probable": 1, "certain": 2}

# Generic nouns that refer back to an organisation or person named earlier.
ORG_ANAPHORS = {
    "tank", "report", "group", "institute", "center", "centre", "project", "study", "analysis",
    "organisation", "organization", "website", "agency", "ministry", "department", "office",
    "government", "administration", "council", "service", "outlet", "newspaper", "paper", "think",
    "researchers", "authors", "team", "program", "programme", "initiative",
}
PERSON_ANAPHORS = {"spokesman", "spokeswoman", "spokesperson", "official", "minister", "diplomat", "he", "she", "him", "her"}
PRONOUNS = {"it", "they", "he", "she", "its", "their", "his", "her", "them", "we"}

# Evidence detail: counts of things seen on imagery, and the baseline they are compared with.
COUNTED_NOUNS = {"railcars", "railcar", "cars", "wagons", "containers", "vessels", "ships", "trucks", "freight", "rail"}
BASELINE_CUES = {"compared", "against", "most", "versus", "than", "vs", "previous", "past", "average", "maximum"}
INTEL_AGENCY_WORDS = {"intelligence", "spy", "nis", "hur", "gur", "cia", "dia"}


@dataclass(frozen=True)
class Actor:
    """An actor as the rules found it: ``kind`` is named, unnamed or site."""

    label: str
    iri: str | None
    kind: str
    text: str
    start: int = -1
    actor_type: str = ""


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


@dataclass
class Lexicon:
    """Word lists from the ontology, in a form spaCy config can carry (JSON-able)."""

    items: dict[str, list[str]] = field(default_factory=dict)  # category label -> phrases
    broader: dict[str, str] = field(default_factory=dict)  # category label -> broader label
    evidence: dict[str, list[str]] = field(default_factory=dict)  # evidence label -> phrases
    actors: dict[str, dict[str, str]] = field(default_factory=dict)  # iri -> {label, type, top}

    @classmethod
    def from_vocabulary(cls, vocab: Vocabulary) -> "Lexicon":
        items = {c.label: sorted({c.label, *c.alt_labels}) for c in vocab.items.values()}
        broader = {
            c.label: vocab.items[c.broader].label for c in vocab.items.values() if c.broader in vocab.items
        }
        evidence = {c.label: sorted({c.label, *c.alt_labels}) for c in vocab.evidence_types.values()}
        actors = {
            e.iri: {"label": e.label, "type": e.actor_type or e.kind, "top": vocab.top(e.iri),
                    "top_label": vocab.label(vocab.top(e.iri)), "kind": e.kind}
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
        # Single words and multi-word phrases, lower-cased, longest first for greedy matching.
        self._item_phrases = sorted(
            ((tuple(p.lower().split()), label) for label, ps in self.items.items() for p in ps),
            key=lambda x: -len(x[0]),
        )
        self._evidence_phrases = sorted(
            ((tuple(p.lower().split()), label) for label, ps in self.evidence.items() for p in ps),
            key=lambda x: -len(x[0]),
        )

    def match_items(self, tokens: list[Token]) -> list[tuple[str, Token, int]]:
        """Item categories named in ``tokens`` (contiguous), as (label, first token, length)."""
        return _match(tokens, self._item_phrases)

    def match_evidence(self, tokens: list[Token]) -> list[tuple[str, Token, int]]:
        return _match(tokens, self._evidence_phrases)


def _match(tokens: list[Token], phrases: list[tuple[tuple[str, ...], str]]) -> list[tuple[str, Token, int]]:
    out = []
    lowers = [t.lower_ for t in tokens]
    lemmas = [t.lemma_.lower() for t in tokens]
    i = 0
    while i < len(tokens):
        for words, label in phrases:
            n = len(words)
            if tuple(lowers[i : i + n]) == words or (n == 1 and lemmas[i] == words[0]):
                out.append((label, tokens[i], n))
                i += n - 1
                break
        i += 1
    return out


def gazetteer_patterns(vocab: Vocabulary, tokenizer: Any) -> list[dict[str, Any]]:
    """EntityRuler patterns for every gazetteer label, with the actor's IRI as pattern ``id``.

    Acronyms and capitalised names match case-sensitively (so "US" is not "us"); demonyms
    ("North Korean") become NORP entities pointing at the same actor.
    """
    patterns = []
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
            words = [t.text for t in tokenizer(name)]
            if words and words[0].lower() == "the" and len(words) > 1:
                words = words[1:]
            if len(words) == 1 and (words[0].isupper() or len(words[0]) <= 3):
                pattern = [{"ORTH": words[0]}]
            else:
                pattern = [{"LOWER": w.lower()} if i else {"ORTH": w} for i, w in enumerate(words)]
                pattern[0] = {"ORTH": words[0]} if words[0][:1].isupper() else {"LOWER": words[0].lower()}
            patterns.append({"label": ent_label, "pattern": pattern, "id": entry.iri})
            # Hyphenated and curly-apostrophe variants are tokenised the same; a possessive "'s"
            # is a separate token, so "North Korea's" matches "North Korea".
    return patterns


# ---------------------------------------------------------------------------------------- actors

class _Context:
    """Per-document state for resolving anaphora: what was named and who claimed last."""

    def __init__(self, doc: Doc, lexicon: Lexicon):
        self.doc = doc
        self.lexicon = lexicon
        self.ent_of: dict[int, Span] = {}
        for ent in doc.ents:
            if ent.label_ in ACTOR_LABELS:
                for i in range(ent.start, ent.end):
                    self.ent_of[i] = ent
        self.last_claimant: Actor | None = None
        self.claims: list[RawClaim] = []

    def actor_from_ent(self, ent: Span) -> Actor:
        iri = ent.ent_id_ or None
        if iri and iri in self.lexicon.actors:
            info = self.lexicon.actors[iri]
            if info.get("kind") == "site":
                return Actor(info["label"], iri, "site", ent.text, ent.start_char, "site")
            # An agency or person speaks for its state: the claimant/supplier is the state. A project
            # keeps its own name (Beyond Parallel is not all of CSIS); kgo:partOf records the link.
            top = info["top"]
            top_type = self.lexicon.actors.get(top, {}).get("type", info["type"])
            if top != iri and top_type == "state":
                return Actor(info["top_label"], top, "named", ent.text, ent.start_char, top_type)
            return Actor(info["label"], iri, "named", ent.text, ent.start_char, info["type"])
        text = ent.text
        for suffix in ("’s", "'s", "‘s"):
            text = text.removesuffix(suffix)
        text = re.sub(r"^(the|The)\s+", "", text).strip()
        kind = "site" if ent.label_ in {"FAC", "LOC"} else "named"
        return Actor(text, None, kind, ent.text, ent.start_char, ent.label_)

    def actor_at(self, token: Token, allow_children: bool = True) -> Actor | None:
        """The actor a token names, directly or through a modifier ("South Korean authorities")."""
        if token.i in self.ent_of:
            return self.actor_from_ent(self.ent_of[token.i])
        if allow_children:
            for child in token.children:
                if child.dep_ in {"compound", "amod", "poss", "nmod"} and child.i in self.ent_of:
                    ent = self.ent_of[child.i]
                    if ent.label_ in {"GPE", "NORP", "ORG"}:
                        return self.actor_from_ent(ent)
            for child in token.children:  # "officials in Seoul", "authorities of North Korea"
                if child.dep_ == "prep" and child.lower_ in {"in", "of", "from"}:
                    for pobj in child.children:
                        if pobj.dep_ == "pobj" and pobj.i in self.ent_of and self.ent_of[pobj.i].label_ == "GPE":
                            return self.actor_from_ent(self.ent_of[pobj.i])
        return None

    def recent_actor(self, before: int, want: str) -> Actor | None:
        """The latest named actor before char offset ``before`` of a wanted sort ("org" or "any").

        Within the sentence of the latest candidate, a grammatical subject outranks the others and
        an actor inside an apposition ranks last: in "Beyond Parallel, an outpost of CSIS, releases
        a report. It posits ..." "It" is Beyond Parallel.
        """
        candidates: list[tuple[Actor, Span]] = []
        for ent in self.doc.ents:
            if ent.start_char >= before:
                break
            if ent.label_ not in {"ORG", "GPE", "PERSON"}:
                continue
            actor = self.actor_from_ent(ent)
            if actor.kind != "named":
                continue
            if want == "org" and ent.label_ != "ORG" and actor.actor_type not in {"organisation", "project"}:
                continue
            candidates.append((actor, ent))
        if not candidates:
            return None
        last_sent = candidates[-1][1].sent.start
        same = [(a, e) for a, e in candidates if e.sent.start == last_sent]

        def rank(pair: tuple[Actor, Span]) -> tuple[int, int, int]:
            ent = pair[1]
            in_appos = any(t.dep_ == "appos" for t in ent.root.ancestors)
            return (ent.root.dep_ in {"nsubj", "nsubjpass"}, not in_appos, ent.start)

        return max(same, key=rank)[0]

    def claimant_from(self, token: Token) -> Actor:
        """Resolve the subject of a reporting verb to an actor (named, anaphoric or unnamed)."""
        actor = self.actor_at(token)
        if actor is not None and actor.kind == "named":
            return actor
        lower = token.lower_
        lemma = token.lemma_.lower()
        for prep in token.children:  # "analysts at the think tank", "officials from the ministry"
            if prep.dep_ == "prep" and prep.lower_ in {"at", "from", "with", "of", "for", "in"}:
                for pobj in _children(prep, {"pobj"}):
                    if pobj.lower_ not in PRONOUNS and (pobj.i in self.ent_of or pobj.lemma_.lower() in ORG_ANAPHORS):
                        found = self.claimant_from(pobj)
                        if found.kind == "named":
                            return Actor(found.label, found.iri, found.kind, token.text, token.idx, found.actor_type)
        if lemma in REPORTING_NOUNS and self.last_claimant is not None:  # "the statement said"
            found = self.last_claimant
            return Actor(found.label, found.iri, found.kind, token.text, token.idx, found.actor_type)
        if lower in PRONOUNS or lemma in ORG_ANAPHORS or lemma in PERSON_ANAPHORS:
            if lower in {"it", "its"} or lemma in ORG_ANAPHORS:
                found = self.recent_actor(token.idx, "org") or self.last_claimant or self.recent_actor(token.idx, "any")
            else:
                found = self.last_claimant or self.recent_actor(token.idx, "any")
            if found is not None:
                return Actor(found.label, found.iri, found.kind, token.text, token.idx, found.actor_type)
        phrase = " ".join(
            t.text for t in token.subtree if t.dep_ not in {"det", "punct"} and t.i <= token.i
        ) or token.text
        return Actor(phrase.lower(), None, "unnamed", phrase, token.idx, "unnamed")


# ------------------------------------------------------------------------------------ transfers

def _children(token: Token, deps: set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _pobj_actor(ctx: _Context, token: Token, preps: set[str], stop: set[int]) -> Actor | None:
    """First actor in a prepositional phrase with one of ``preps`` below ``token``."""
    for t in token.subtree:
        if t.i in stop:
            continue
        if t.dep_ in {"prep", "agent", "dative"} and t.lower_ in preps:
            for pobj in t.children:
                if pobj.dep_ == "pobj":
                    actor = ctx.actor_at(pobj)
                    if actor is not None and actor.kind == "named":
                        return actor
    return None


def _clause_tokens(token: Token) -> set[int]:
    """Indices of nested clauses under ``token`` that belong to other predicates."""
    out: set[int] = set()
    for child in token.children:
        if child.dep_ in {"ccomp", "advcl", "relcl", "parataxis"}:
            out.update(t.i for t in child.subtree)
    return out


MADE_VERBS = {"make", "produce", "manufacture", "build", "originate"}


def _modifier_actor(ctx: _Context, tokens: Iterable[Token]) -> Actor | None:
    """A supplier named as a modifier of an item noun: "North Korean shells", "Pyongyang's
    missiles", "shells made in North Korea"."""
    for t in tokens:
        for child in t.children:
            if child.dep_ in {"amod", "compound", "poss", "nmod"} and child.i in ctx.ent_of:
                actor = ctx.actor_from_ent(ctx.ent_of[child.i])
                if actor.kind == "named":
                    return actor
            if child.dep_ == "acl" and child.lemma_.lower() in MADE_VERBS:
                found = _pobj_actor(ctx, child, {"in", "by"}, set())
                if found is not None:
                    return found
    return None


def _role_actor(ctx: _Context, token: Token) -> Actor | None:
    """The actor in a supplier/recipient slot, resolving "it"/"they"/"its" to the subject of an
    enclosing clause ("North Korea rejected claims that it supplied ...") or the latest state."""
    actor = ctx.actor_at(token)
    if actor is not None or token.lower_ not in PRONOUNS:
        return actor
    for ancestor in token.ancestors:
        for child in _children(ancestor, {"nsubj", "nsubjpass"}):
            if child.i != token.i and child.i < token.i:
                found = ctx.actor_at(child)
                if found is not None and found.kind == "named":
                    return found
    return ctx.recent_actor(token.idx, "any")


def _controller(ctx: _Context, anchor: Token) -> Actor | None:
    """Implicit subject of a non-finite anchor: "denied supplying", "accused X of sending"."""
    head = anchor.head
    if anchor.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head
    if head.i == anchor.i:
        return None
    for dep in ("dobj", "nsubj", "nsubjpass"):
        for child in _children(head, {dep}):
            actor = ctx.actor_at(child)
            if actor is not None and actor.kind == "named":
                return actor
    return None


@dataclass
class _Transfer:
    anchor: Token
    supplier: Actor | None
    recipient: Actor | None
    items: list[str]
    item_tokens: list[Token]
    negated: bool


def _transfer_at(ctx: _Context, anchor: Token, sent: Span) -> _Transfer | None:
    lemma = anchor.lemma_.lower()
    stop = _clause_tokens(anchor)
    scope = [t for t in anchor.subtree if t.i not in stop]
    supplier = recipient = None
    extra_items: list[Token] = []
    if anchor.pos_ in {"VERB", "AUX"} or anchor.tag_.startswith("VB"):
        subj = next(iter(_children(anchor, {"nsubj"})), None)
        subjpass = next(iter(_children(anchor, {"nsubjpass"})), None)
        agent = _pobj_actor(ctx, anchor, {"by"}, stop)
        if lemma in ARRIVE_VERBS:  # "North Korean shells have begun to reach Russian units"
            carrier = subj if subj is not None else next(iter(_children(anchor.head, {"nsubj"})), None) if anchor.dep_ == "xcomp" else None
            if carrier is not None:
                extra_items.append(carrier)
                supplier = _modifier_actor(ctx, [carrier])
            target = next(iter(_children(anchor, {"dobj"})), None)
            recipient = ctx.actor_at(target) if target is not None else _pobj_actor(ctx, anchor, {"in", "at"}, stop)
        elif lemma in RECEIVE_VERBS:
            recipient = _role_actor(ctx, subj) if subj is not None else None
            supplier = _pobj_actor(ctx, anchor, {"from"}, stop) or _modifier_actor(ctx, [t for t in scope if t.i != anchor.i])
        elif lemma in USE_VERBS and lemma not in SUPPLY_VERBS | {"deploy"}:
            recipient = (_role_actor(ctx, subj) if subj is not None else None) or agent
            supplier = _modifier_actor(ctx, scope) or _pobj_actor(ctx, anchor, {"from"}, stop)
        else:
            if anchor.dep_ in {"acl", "relcl"}:
                extra_items.append(anchor.head)
                if anchor.dep_ == "relcl" and subj is not None and subj.lower_ in {"that", "which", "who"}:
                    subj = None
            if agent is not None:
                supplier = agent
            elif subj is not None:
                supplier = _role_actor(ctx, subj)
            if supplier is None and subjpass is not None:
                supplier = _modifier_actor(ctx, [subjpass])
                extra_items.append(subjpass)
            if supplier is None and anchor.dep_ in {"xcomp", "pcomp", "advcl", "conj"}:
                supplier = _controller(ctx, anchor)
            recipient = _pobj_actor(ctx, anchor, TO_PREPS, stop)
            if recipient is None:  # "supplied Russia with shells", "gave Moscow missiles"
                for obj in _children(anchor, {"dobj", "dative", "iobj"}):
                    actor = ctx.actor_at(obj, allow_children=False)
                    if actor is not None and actor.kind == "named" and actor != supplier:
                        recipient = actor
                        break
            if supplier is None:
                supplier = _modifier_actor(ctx, scope + extra_items)
    else:  # a nominalisation: "North Korea's supply of arms to Russia"
        for child in _children(anchor, {"poss", "amod", "compound", "nmod"}):
            actor = _role_actor(ctx, child) if child.lower_ in PRONOUNS else ctx.actor_at(child, allow_children=False)
            if actor is not None and actor.kind == "named":
                supplier = actor
                break
        supplier = supplier or _pobj_actor(ctx, anchor, FROM_PREPS, stop)
        recipient = _pobj_actor(ctx, anchor, TO_PREPS, stop)
        if supplier is None:
            supplier = _modifier_actor(ctx, scope)
        if anchor.dep_ == "pobj" and anchor.head.dep_ == "prep" and anchor.head.lower_ in {"for", "as"}:
            extra_items.append(anchor.head.head)  # "shells for the supply of Russia"
    matched = ctx.lexicon.match_items([t for t in scope if t.i != anchor.i] + extra_items)
    if not matched and lemma in {"deploy", "dispatch", "send"}:
        matched = []
    items = []
    item_tokens = []
    for label, tok, n in matched:
        if label not in items:
            items.append(label)
        item_tokens.extend(tok.doc[tok.i : tok.i + n])
    negated = any(c.dep_ == "neg" for c in anchor.children) or any(
        c.dep_ == "neg" for c in anchor.head.children if anchor.dep_ in {"xcomp"} and c.head.i != anchor.i
    )
    if supplier is not None and recipient is not None and supplier.iri == recipient.iri and supplier.label == recipient.label:
        recipient = None
    return _Transfer(anchor, supplier, recipient, items, item_tokens, negated)


def _is_anchor(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if token.pos_ in {"VERB"} or token.tag_.startswith("VB"):
        return lemma in SUPPLY_VERBS or lemma in RECEIVE_VERBS or lemma in USE_VERBS or lemma in ARRIVE_VERBS
    if token.pos_ in {"NOUN", "PROPN"}:
        return lemma in TRANSFER_NOUNS or token.lower_ in {"supplies", "shipments", "deliveries", "transfers", "exports", "sales"}
    return False


# ----------------------------------------------------------------------------------- attribution

@dataclass
class _Attribution:
    claimant: Actor | None
    verb: str
    verb_token: Token | None
    denial: bool


def _subject_of(verb: Token) -> Token | None:
    """The subject of a verb; with several (a dateline "KYIV —" parsed as one), the nearest."""
    for dep in ("nsubj", "nsubjpass"):
        subjects = _children(verb, {dep})
        if not subjects:
            continue
        if dep == "nsubjpass":  # "it was reported by X"
            for agent in _children(verb, {"agent"}):
                for pobj in _children(agent, {"pobj"}):
                    return pobj
        return min(subjects, key=lambda t: abs(verb.i - t.i))
    return None


def _according_to(ctx: _Context, sent: Span) -> _Attribution | None:
    for t in sent:
        low = t.lower_
        if low == "according" and t.i + 1 < sent.end and t.nbor().lower_ == "to":
            for pobj in t.nbor().children:
                if pobj.dep_ == "pobj":
                    return _Attribution(ctx.claimant_from(pobj), "according to", t, False)
        if t.lemma_.lower() == "cite" and t.dep_ in {"advcl", "acl", "xcomp", "conj", "ROOT"} and t.lower_ == "citing":
            for obj in _children(t, {"dobj", "pobj"}):
                return _Attribution(ctx.claimant_from(obj), "citing", t, False)
    return None


def _attributions(ctx: _Context, anchor: Token, sent: Span) -> list[_Attribution]:
    """Walk up from the anchor to the nearest reporting verb or noun with an actor behind it.

    Returns that attribution first, then any denial further up by someone else: in "North Korea
    rejected U.S. accusations that it supplied weapons" the United States asserts and North Korea
    denies.
    """
    found: list[_Attribution] = []
    node = anchor
    while True:
        head = node.head
        if head.i == node.i:
            break
        lemma = head.lemma_.lower()
        if head.pos_ in {"VERB", "AUX", "ADJ"} and lemma in REPORTING_VERBS and node.dep_ not in {"nsubj", "nsubjpass"}:
            subj = _subject_of(head)
            if subj is None and head.dep_ in {"pcomp", "advcl", "xcomp"}:
                # "Lawmakers quoted the NIS as saying ...": the speaker is the object of "quoted"
                outer = head.head.head if head.dep_ == "pcomp" else head.head
                subj = next(iter(_children(outer, {"dobj"})), None) or _subject_of(outer)
            if subj is not None and subj.i not in {t.i for t in anchor.subtree}:
                actor = ctx.actor_at(subj)
                evidential = subj.pos_ == "NOUN" and subj.lemma_.lower() in EVIDENTIAL_SUBJECTS
                if (actor is None or actor.kind != "named") and not evidential:
                    actor = ctx.claimant_from(subj)
                if actor is not None and not evidential:
                    found.append(_Attribution(actor, head.text, head, lemma in DENIAL_VERBS))
        elif head.pos_ == "NOUN" and lemma in REPORTING_NOUNS:
            for child in head.children:
                if child.i == node.i:
                    continue  # "reports of X shipments": the path is the content, not the source
                if child.dep_ in {"poss", "compound", "amod"} or (child.dep_ == "prep" and child.lower_ in {"by", "from"}):
                    target = child if child.dep_ != "prep" else next(iter(_children(child, {"pobj"})), None)
                    actor = ctx.actor_at(target) if target is not None else None
                    if actor is not None and actor.kind == "named":
                        found.append(_Attribution(actor, head.text, head, False))
                        break
        node = head
    if not found:
        # Reporting verb whose content precedes it as a sibling: "..., the ministry said."
        root = sent.root
        if root.lemma_.lower() in REPORTING_VERBS and anchor.i != root.i:
            subj = _subject_of(root)
            evidential = subj is not None and subj.lemma_.lower() in EVIDENTIAL_SUBJECTS
            if subj is not None and not evidential and anchor.i not in {t.i for t in subj.subtree}:
                found.append(_Attribution(ctx.claimant_from(subj), root.text, root, root.lemma_.lower() in DENIAL_VERBS))
    if not found:
        according = _according_to(ctx, sent)
        return [according] if according else []
    first = found[0]
    later = [a for a in found[1:] if a.denial and a.claimant and first.claimant and a.claimant.label != first.claimant.label]
    return [first, *later[:1]]


# ---------------------------------------------------------------------------- certainty, evidence

def _certainty(sent: Span, attribution: _Attribution | None) -> tuple[str, str | None]:
    text = sent.text.lower()
    level, cue = "certain", None
    for pattern in POSSIBLE_PHRASES:
        m = re.search(pattern, text)
        if m:
            return "possible", m.group(0)
    for t in sent:
        lemma = t.lemma_.lower()
        low = t.lower_
        found = None
        if low in POSSIBLE_CUES or lemma in POSSIBLE_CUES:
            found = "possible"
        elif low in PROBABLE_CUES or lemma in PROBABLE_CUES:
            found = "probable"
        if found and (cue is None or LEVEL[found] < LEVEL[level]):
            level, cue = found, t.text
            # keep the cue with its head when that is an evidential verb ("likely indicates")
            if t.dep_ == "advmod" and t.head.lemma_.lower() in PROBABLE_CUES | POSSIBLE_CUES:
                cue = f"{t.text} {t.head.text}" if t.i < t.head.i else f"{t.head.text} {t.text}"
    if cue is None:
        for t in sent:
            if t.lemma_.lower() in CERTAIN_CUES or t.lower_ in CERTAIN_CUES:
                return "certain", t.text
    return level, cue


def _numbers(tokens: list[Token]) -> list[tuple[int, Token]]:
    out = []
    for t in tokens:
        if t.like_num or t.pos_ == "NUM":
            try:
                out.append((int(t.text.replace(",", "").lstrip("~")), t))
            except ValueError:
                continue
    return out


def _evidence(ctx: _Context, parts: list[list[Token]], claimant: Actor | None, verb: str) -> tuple[dict, ...]:
    found: dict[str, dict] = {}
    for tokens in parts:
        if not tokens:
            continue
        sent = tokens[0].sent
        for label, tok, n in ctx.lexicon.match_evidence(tokens):
            item = found.setdefault(label, {"type": label, "cue": tok.doc[tok.i : tok.i + n].text})
            if label == "satellite imagery":
                for ent in sent.ents:
                    if ent.label_ == "DATE" and item.get("observed_on") is None and not re.search(r"years?|months?|weeks?", ent.text):
                        item["observed_on"] = ent.text
                numbers = [
                    (value, t) for value, t in _numbers(list(sent))
                    if any(w.lower_ in COUNTED_NOUNS for w in t.doc[t.i + 1 : min(t.i + 4, sent.end)])
                    or any(w.lower_ in BASELINE_CUES for w in t.doc[max(t.i - 3, sent.start) : t.i])
                ]
                for value, t in numbers:
                    before = {w.lower_ for w in t.doc[max(t.i - 4, sent.start) : t.i]}
                    if before & BASELINE_CUES and item.get("count") is not None:
                        item.setdefault("baseline", value)
                    elif item.get("count") is None:
                        item["count"] = value
    if claimant is not None and claimant.kind == "named":
        words = {w.lower() for w in re.findall(r"\w+", claimant.text)}
        if words & INTEL_AGENCY_WORDS:
            found.setdefault("intelligence", {"type": "intelligence", "cue": claimant.text})
        elif claimant.actor_type in {"state", "agency"} and verb.lower() not in {"according to", "citing"}:
            found.setdefault("official statement", {"type": "official statement", "cue": verb})
    return tuple(
        {"type": v["type"], "cue": v["cue"], "observed_on": v.get("observed_on"),
         "count": v.get("count"), "baseline": v.get("baseline")}
        for v in found.values()
    )


def _own_tokens(sent: Span, verb: Token | None) -> list[Token]:
    """The tokens a claimant is responsible for: the sentence without the clauses that other
    reporting verbs with their own speakers govern ("..., as the Kremlin dismissed ...")."""
    own = {t.i for t in sent}
    for t in sent:
        if verb is not None and (t.i == verb.i or any(a.i == t.i for a in verb.ancestors)):
            continue
        if t.lemma_.lower() in REPORTING_VERBS and t.dep_ != "ROOT":
            subj = _subject_of(t)
            if subj is not None and subj.lemma_.lower() not in EVIDENTIAL_SUBJECTS:
                own -= {x.i for x in t.subtree}
    return [t for t in sent if t.i in own]


def _evidence_tokens(ctx: _Context, doc: Doc, sent: Span, attribution: _Attribution | None) -> list[list[Token]]:
    """Where a claim's evidence is read: its own clause, and neighbouring sentences of the same
    paragraph that nobody else is said to speak."""
    verb = attribution.verb_token if attribution else None
    parts = [_own_tokens(sent, verb)]
    if attribution is None:
        # The outlet's own claim: it answers for every sentence nobody else is said to speak.
        for other in doc.sents:
            root = other.root
            speaker = _subject_of(root) if root.lemma_.lower() in REPORTING_VERBS else None
            if other.start != sent.start and (speaker is None or speaker.lemma_.lower() in EVIDENTIAL_SUBJECTS):
                parts.append(list(other))
        return parts
    claimant = attribution.claimant.label if attribution and attribution.claimant else None
    sents = list(doc.sents)
    idx = next(i for i, s in enumerate(sents) if s.start == sent.start)
    for j in (idx - 1, idx + 1):
        if not 0 <= j < len(sents):
            continue
        lo, hi = (sents[j].end_char, sent.start_char) if j < idx else (sent.end_char, sents[j].start_char)
        if "\n" in doc.text[lo:hi]:
            continue  # another paragraph
        root = sents[j].root
        speaker = _subject_of(root) if root.lemma_.lower() in REPORTING_VERBS else None
        other = ctx.claimant_from(speaker).label if speaker is not None else None
        if other is None or other == claimant:
            parts.append(list(sents[j]))
    return parts


def _time(sent: Span, anchor: Token) -> str | None:
    for ent in sent.ents:
        if ent.label_ == "DATE" and not re.fullmatch(r"(?i)(the )?(past|last|previous) .*", ent.text):
            return ent.text
    return None


def _site(ctx: _Context, sent: Span) -> Actor | None:
    for ent in sent.ents:
        if ent.ent_id_ and ctx.lexicon.actors.get(ent.ent_id_, {}).get("kind") == "site":
            return ctx.actor_from_ent(ent)
    return None


def _quote_span(sent: Span) -> tuple[int, int, str]:
    text = sent.text
    stripped = text.strip()
    start = sent.start_char + (len(text) - len(text.lstrip()))
    return start, start + len(stripped), stripped


# ------------------------------------------------------------------------------------- the driver

def _is_denial_of_allegations(sent: Span) -> Token | None:
    """A denial that names what it rejects but not the transfer: "Pyongyang dismissed the reports"."""
    for t in sent:
        lemma = t.lemma_.lower()
        if lemma in DENIAL_VERBS or (lemma in {"call", "describe", "brand", "label"} and any(w.lower_ in DENIAL_WORDS for w in t.subtree)):
            objs = [c for c in t.subtree if c.lemma_.lower() in ALLEGATION_NOUNS or c.lower_ in DENIAL_WORDS]
            if objs:
                return t
    return None


def _fill_roles(transfer: _Transfer, same_sentence: list[_Transfer], earlier: list[RawClaim]) -> None:
    """Fill a missing supplier or recipient from the discourse: another transfer in the same
    sentence, else the latest earlier claim that shares the known role ("the think tank said the
    surge likely indicates supplies of arms to Russia" in a story about North Korea)."""
    if transfer.supplier is not None and transfer.recipient is not None:
        return
    pool = [(t.supplier, t.recipient) for t in same_sentence if t is not transfer and t.supplier and t.recipient]
    pool += [(c.supplier, c.recipient) for c in reversed(earlier)]
    for supplier, recipient in pool:
        if transfer.supplier is None and transfer.recipient is not None and recipient.label == transfer.recipient.label:
            transfer.supplier = supplier
            return
        if transfer.recipient is None and transfer.supplier is not None and supplier.label == transfer.supplier.label:
            transfer.recipient = recipient
            return


def find_claims(doc: Doc, lexicon: Lexicon) -> list[RawClaim]:
    """All claims in a Doc, in text order."""
    ctx = _Context(doc, lexicon)
    out: list[RawClaim] = []
    for sent in doc.sents:
        made = []
        transfers = []
        for token in sent:
            if not _is_anchor(token):
                continue
            transfer = _transfer_at(ctx, token, sent)
            if transfer is None or not transfer.items or (transfer.supplier is None and transfer.recipient is None):
                continue
            transfers.append(transfer)
        for transfer in transfers:
            _fill_roles(transfer, transfers, out)
            if transfer.supplier is None or transfer.recipient is None:
                continue
            attributions = _attributions(ctx, transfer.anchor, sent) or [None]
            for attribution in attributions:
                made.append((transfer, attribution))
        claims_here = []
        for transfer, attribution in made:
            claimant = attribution.claimant if attribution else None
            denial = bool(attribution and attribution.denial) != transfer.negated
            level, cue = _certainty(sent, attribution)
            start, end, quote = _quote_span(sent)
            claims_here.append(
                RawClaim(
                    claimant=claimant,
                    verb=attribution.verb if attribution else "",
                    stance="denies" if denial else "asserts",
                    certainty=level,
                    certainty_cue=cue,
                    supplier=transfer.supplier,  # type: ignore[arg-type]
                    recipient=transfer.recipient,  # type: ignore[arg-type]
                    items=tuple(transfer.items),
                    item_text=", ".join(dict.fromkeys(t.text for t in transfer.item_tokens)),
                    site=_site(ctx, sent),
                    time=_time(sent, transfer.anchor),
                    evidence=_evidence(ctx, _evidence_tokens(ctx, doc, sent, attribution), claimant,
                                       attribution.verb if attribution else ""),
                    quote=quote,
                    start=start,
                    end=end,
                )
            )
        if not claims_here and out:
            verb = _is_denial_of_allegations(sent)
            if verb is not None:
                subj = _subject_of(verb) if verb.pos_ in {"VERB", "AUX"} else None
                if subj is not None:
                    claimant = ctx.claimant_from(subj)
                    prior = out[-1]
                    level, cue = _certainty(sent, None)
                    start, end, quote = _quote_span(sent)
                    claims_here.append(
                        RawClaim(claimant, verb.text, "denies", level, cue, prior.supplier, prior.recipient,
                                 prior.items, prior.item_text, prior.site, None,
                                 _evidence(ctx, [list(verb.subtree)], claimant, verb.text), quote, start, end)
                    )
        # merge claims of one sentence that share claimant, supplier and recipient
        merged: dict[tuple, RawClaim] = {}
        for c in claims_here:
            key = (c.claimant.label if c.claimant else None, c.supplier.label, c.recipient.label, c.stance)
            if key in merged:
                prev = merged[key]
                items = tuple(dict.fromkeys(prev.items + c.items))
                text = ", ".join(dict.fromkeys((prev.item_text + ", " + c.item_text).split(", ")))
                merged[key] = RawClaim(**{**prev.__dict__, "items": items, "item_text": text})
            else:
                merged[key] = c
        for c in merged.values():
            out.append(c)
            if c.claimant is not None and c.claimant.kind == "named":
                ctx.last_claimant = c.claimant
        if not claims_here:
            # Remember who speaks in sentences without transfers too ("Kirby said ..."), for "he added".
            root = sent.root
            if root.lemma_.lower() in REPORTING_VERBS:
                subj = _subject_of(root)
                if subj is not None:
                    actor = ctx.actor_at(subj)
                    if actor is not None and actor.kind == "named":
                        ctx.last_claimant = actor
    return out
