"""Certainty and evidence: how surely a claimant commits to a transfer, and what the claim rests on.

Reads: a spaCy ``Doc`` sentence, the dependency path from a transfer anchor to its attributing word,
and the lexicon's evidence phrases. Writes: a (level, cue) pair after FactBank (certain, probable,
possible; the weakest cue in scope wins) and evidence records (type, cue, and for satellite imagery
the observation date, count and baseline).

Split out of :mod:`kg.rules`, which re-exports these names.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Span, Token

from kg.attribution import REPORTING_VERBS, VIEW_NOUNS, Actor, Attribution, Context, animate, children, subject_of

CONCESSIVE = {"though", "although", "while", "whereas", "but"}

# Certainty cues (after FactBank: CT+ certain, PR+ probable, PS+ possible); the weakest cue wins.
POSSIBLE_CUES = {
    "may", "might", "could", "possibly", "perhaps", "suggest", "potentially", "potential",
    "speculate", "conjecture", "unclear", "unconfirmed", "rumor", "rumour", "maybe", "possible",
    "possibility",
}
PROBABLE_CUES = {
    "likely", "probably", "believe", "assess", "assessment", "indicate", "appear", "apparently",
    "seem", "suspect", "presumably", "estimate", "reportedly", "allegedly", "evidently", "think",
    "expect", "suspected", "judge",
    # "described as credible allegations that ...", "found credible the reports of ..." (annotated probable in 9 of 10)
    "credible", "credibly",
}
CERTAIN_CUES = {"confirm", "affirm", "clearly", "definitely", "undeniably", "certainly", "verify", "prove"}
POSSIBLE_PHRASES = (
    r"cannot (?:be )?rul(?:e|ed) out", r"can ?not rule out", r"(?:(?:would|will|do|does|did|could) not|\w*n't|never|not) (?:be |been )?rul(?:e|ed|ing) out", r"impossible to (?:\w+ ){0,2}(?:identify|confirm|verify|determine|say)",
    r"not (?:possible|able) to (?:\w+ ){0,2}(?:identify|confirm|verify|determine)",
    r"could not (?:be )?(?:\w+ )?(?:confirmed|verified)", r"raises? the possibility", r"no way to (?:verify|confirm)",
    r"not (?:yet )?(?:been )?(?:independently )?(?:confirmed|verified)",
)
PROBABLE_PHRASES = (
    r"(?:almost|nearly|virtually) certain(?:ly)?", r"(?:very|highly|most) likely", r"is estimated",
    # "consistent with what Moscow announced" agrees with a statement; that is no inference
    r"consistent with(?! what\b)", r"likely (?:sign|indicat\w+)",
    r"in (?:our|my|their|its|his|her) (?:assessment|view|judg(?:e)?ment|estimation)", r"most plausible explanation",
)
LEVEL = {"possible": 0, "probable": 1, "certain": 2}

# Evidence detail: counts of things seen on imagery, and the baseline they are compared with.
COUNTED_NOUNS = {"railcars", "railcar", "cars", "wagons", "containers", "vessels", "ships", "trucks", "freight", "rail"}
BASELINE_CUES = {"compared", "against", "most", "versus", "than", "vs", "previous", "past", "average", "maximum"}
INTEL_AGENCY_WORDS = {"intelligence", "spy", "nis", "hur", "gur", "cia", "dia"}


# ---------------------------------------------------------------------------- certainty, evidence

def _scope_tokens(path: list[Token]) -> set[int]:
    """Tokens whose cues scope over the transfer: the chain from the anchor up to the attributing
    word, and the auxiliaries and adverbs on it ("may have begun", "likely indicates", "a likely
    sign"). A hedge in a sibling clause ("and will likely use them", "though the cargo could not be
    seen") does not scope over it."""
    out = set()
    for k, t in enumerate(path):
        if k and path[k - 1].dep_ == "ccomp" and path[k - 1].head.i == t.i and any(
                x.text == ";" for x in t.doc[path[k - 1].right_edge.i + 1: t.i]):
            break  # "A sold jets to B; both expect C to follow": the parser's clause before the semicolon is no content of it
        out.add(t.i)
        for c in t.children:
            if c.dep_ in {"aux", "auxpass", "advmod", "neg", "amod", "acomp", "npadvmod", "prt"}:
                out.update(x.i for x in c.subtree)
            elif c.dep_ == "prep" and c.lower_ in {"in", "by"} and any(
                    p.lemma_.lower() in VIEW_NOUNS
                    and not any(m.dep_ in {"amod", "compound", "nummod"} for m in p.children)
                    for p in children(c, {"pobj"})):
                # "In our assessment, ... is the transfer of ..."; "in its annual threat
                # assessment" names the document the claim is made in, not a hedge
                out.update(x.i for x in c.subtree)
    return out


def _certainty(sent: Span, scope: set[int] | None, ignore: set[str] | frozenset[str] = frozenset()) -> tuple[str, str | None]:
    """The claimant's commitment: the weakest cue in scope wins; ``scope`` None reads the sentence
    without its concessive clauses. ``ignore`` holds words that are not hedges here (in a denial,
    "groundless rumours" names what is denied)."""
    if scope is None:
        scope = {t.i for t in sent}
        for t in sent:
            if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONCESSIVE for c in t.children):
                scope -= {x.i for x in t.subtree}
    in_scope = [t for t in sent if t.i in scope and t.lemma_.lower() not in ignore and t.lower_ not in ignore]
    offsets = {t.idx - sent.start_char for t in in_scope}
    text = sent.text.lower()

    def scoped(m: re.Match) -> bool:
        return any(m.start() <= o < m.end() for o in offsets)

    for pattern in POSSIBLE_PHRASES:
        for m in re.finditer(pattern, text):
            if scoped(m):
                return "possible", sent.text[m.start() : m.end()]
    level, cue = "certain", None
    for pattern in PROBABLE_PHRASES:
        for m in re.finditer(pattern, text):
            if scoped(m):
                level, cue = "probable", sent.text[m.start() : m.end()]
    for t in in_scope:
        lemma = t.lemma_.lower()
        low = t.lower_
        found = None
        if _ability(t):
            continue
        if low in {"reportedly", "allegedly"} and t.head.lemma_.lower() in REPORTING_VERBS:
            continue  # "Zelensky reportedly said that ...": the outlet's distance from the report, not a hedge
        if low in POSSIBLE_CUES or lemma in POSSIBLE_CUES:
            found = "possible"
        elif cue is None and (low in PROBABLE_CUES or lemma in PROBABLE_CUES):
            found = "probable"
        if found and (cue is None or LEVEL[found] < LEVEL[level]):
            level, cue = found, t.text
            # keep the cue with its head when that is an evidential verb ("likely indicates")
            if t.dep_ == "advmod" and t.head.lemma_.lower() in PROBABLE_CUES | POSSIBLE_CUES:
                cue = f"{t.text} {t.head.text}" if t.i < t.head.i else f"{t.head.text} {t.text}"
            if t.lemma_ == "estimate" and t.i > sent.start and t.nbor(-1).lemma_ == "be":
                cue = f"{t.nbor(-1).text} {t.text}"
    if cue is None:
        for t in in_scope:
            if t.lemma_.lower() in CERTAIN_CUES or t.lower_ in CERTAIN_CUES:
                return "certain", t.text
    return level, cue


# Verbs of establishing a fact: "could now confirm", "can say with certainty" report what a
# speaker is able to state, which is no hedge (the negated "could not confirm" is a phrase above).
ABILITY_VERBS = {"confirm", "verify", "prove", "establish", "determine", "identify", "say", "show", "demonstrate", "attest"}


def _ability(t: Token) -> bool:
    """"could" on a verb of establishing a fact, not negated: an ability, not a hedge; nor is it one in
    a clause of what was forestalled ("seized the weapons before they could reach the Houthis")."""
    head = t.head
    if t.lower_ == "could" and t.dep_ == "aux" and any(c.dep_ == "mark" and c.lower_ == "before" for c in head.children):
        return True
    return (t.lower_ == "could" and t.dep_ == "aux" and head.lemma_.lower() in ABILITY_VERBS
            and not any(c.dep_ == "neg" for c in head.children))


def _numbers(tokens: list[Token]) -> list[tuple[int, Token]]:
    out = []
    for t in tokens:
        if t.like_num or t.pos_ == "NUM":
            try:
                out.append((int(t.text.replace(",", "").lstrip("~")), t))
            except ValueError:
                continue
    return out


def _evidence(ctx: Context, parts: list[list[Token]], claimant: Actor | None, verb: str) -> tuple[dict, ...]:
    found: dict[str, dict] = {}
    for tokens in parts:
        if not tokens:
            continue
        sent = ctx.sent_of(tokens[0])
        for label, tok, n in ctx.lexicon.match_evidence(tokens):
            item = found.setdefault(label, {"type": label, "cue": tok.doc[tok.i : tok.i + n].text})
            if label == "satellite imagery":
                for ent in ctx.ents_in(sent):
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
        if claimant.actor_type in {"state", "agency"} and verb.lower() not in {"according to", "citing"}:
            found.setdefault("official statement", {"type": "official statement", "cue": verb or claimant.text})
    return tuple(
        {"type": v["type"], "cue": v["cue"], "observed_on": v.get("observed_on"),
         "count": v.get("count"), "baseline": v.get("baseline")}
        for v in found.values()
    )


def _speaker_of_sentence(ctx: Context, sent: Span) -> str | None:
    """Who the sentence's main reporting verb names (a label), cached per sentence."""
    key = ("speaker", sent.start)
    if key not in ctx.memo:
        root = sent.root
        speaker = subject_of(root) if root.lemma_.lower() in REPORTING_VERBS else None
        label = None
        if speaker is not None and animate(ctx, speaker):
            found = ctx.claimant_from(speaker)
            label = found.label if found else None
        ctx.memo[key] = label
    return ctx.memo[key]


def _own_tokens(ctx: Context, sent: Span, verb: Token | None) -> list[Token]:
    """The tokens a claimant is responsible for: the sentence without the clauses that other
    reporting verbs with their own speakers govern ("..., as the Kremlin dismissed ...")."""
    own = {t.i for t in sent}
    for t in sent:
        if verb is not None and (t.i == verb.i or any(a.i == t.i for a in verb.ancestors)):
            continue
        if t.lemma_.lower() in REPORTING_VERBS and t.dep_ != "ROOT":
            subj = subject_of(t)
            if subj is not None and animate(ctx, subj):
                own -= {x.i for x in t.subtree}
    return [t for t in sent if t.i in own]


def _evidence_tokens(ctx: Context, sent: Span, attribution: Attribution | None) -> list[list[Token]]:
    """Where a claim's evidence is read: its own clause, and neighbouring sentences of the same
    paragraph that nobody else is said to speak."""
    verb = attribution.verb_token if attribution else None
    parts = [_own_tokens(ctx, sent, verb)]
    sents = ctx.sents
    idx = bisect.bisect_left(ctx.sent_starts, sent.start)
    claimant = attribution.claimant.label if attribution and attribution.claimant else None
    for j in (idx - 1, idx + 1):
        if not 0 <= j < len(sents):
            continue
        lo, hi = (sents[j].end_char, sent.start_char) if j < idx else (sent.end_char, sents[j].start_char)
        if "\n" in ctx.text[lo:hi]:
            continue  # another paragraph
        other = _speaker_of_sentence(ctx, sents[j])
        if other is None or other == claimant:
            parts.append(list(sents[j]))
    return parts
