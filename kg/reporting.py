"""Who says a transfer: the walk from a transfer up to the reporting verb or noun that attributes it.

Reads: a parsed sentence, the transfer's anchor token, and a :class:`~kg.attribution.Context`
(which resolves a subject to an actor: names, anaphora, speakers).
Writes: :class:`~kg.attribution.Attribution` records (claimant, reporting verb, denial or not) for
:mod:`kg.rules`.

The rules, after how news and analysis attribute content: a reporting verb or noun above the
transfer gives the claimant ("X said ...", "X's assessment that ...", "according to X", "citing
X", "X, she added, ..."); a verb whose subject is inanimate ("images show", "the pattern
suggests") is evidential, not a claimant, so the walk goes on; a negated reporting verb ("did not
say", "has not confirmed") refuses the claim; a denial further up by someone else ("North Korea
rejected U.S. accusations that ...") adds that party's denial. Split from :mod:`kg.attribution`,
which keeps the Context (actors, anaphora, quotations, speakers).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from kg.transfers import ALLEGATION_NOUNS
from kg.attribution import (
    CLAUSAL_ONLY,
    DENIAL_VERBS,
    DENIAL_WORDS,
    FIRST_PERSON,
    INFORMATION_NOUNS,
    LEGAL_NOUNS,
    MEDIA_NOUNS,
    OWN_OUTLET,
    PAPER_NOUNS,
    PUBLISH_VERBS,
    REPORTING_ADJS,
    REPORTING_NOUNS,
    REPORTING_VERBS,
    SOURCE_NOUNS,
    VIEW_NOUNS,
    Attribution,
    Context,
    animate,
    children,
    is_negated,
    speaker_subject,
    subject_of,
)

__all__ = ["find_attributions", "according_to"]

# Verbs a media artefact is spread by: "a video shared on X claims ...", "a post viewed a million times says ...".
SHARING_VERBS = {"share", "post", "circulate", "view", "spread", "watch", "retweet", "repost", "forward"}


def _calls_false(verb: Token, content: Token) -> bool:
    """ "called the reports of arms deals 'absurd fabrications'", "described the claims as lies":
    the verb names what it is given as false."""
    if verb.lemma_.lower() not in {"call", "describe", "brand", "label", "term", "dismiss", "characterize", "characterise", "denounce",
                                   "say", "insist", "state", "add", "tell", "reply", "respond", "answer"}:
        return False
    if verb.lemma_.lower() in {"say", "insist", "state", "add", "tell", "reply", "respond", "answer"}:
        return _says_false(verb, content)
    # the parser hangs the verdict anywhere ("absurd fabrications" as an apposition of the reports)
    return any(x.lemma_.lower() in DENIAL_WORDS or x.lower_ in DENIAL_WORDS for x in verb.subtree if x.i != verb.i)


# What a verdict's subject calls the allegation: "the figures were another fabrication".
VERDICT_SUBJECTS = {"figure", "number", "estimate", "datum", "data", "claim", "report", "allegation", "accusation",
                    "charge", "assertion", "story", "rumour", "rumor", "speculation", "this", "that", "it", "these", "those"}


def _says_false(verb: Token, content: Token) -> bool:
    """ "Asked about the Pentagon's claim that ..., Zakharova said the figures were 'another
    fabrication'": a reporting verb whose own clause (not the one that carries the transfer) calls
    the allegation false."""
    for clause in children(verb, {"ccomp"}):
        if clause.lemma_.lower() != "be" or is_negated(clause):
            continue
        subj = next(iter(children(clause, {"nsubj"})), None)
        if subj is None or subj.lemma_.lower() not in VERDICT_SUBJECTS:
            continue
        if clause.i == content.i and subj.lower_ in {"this", "that", "it", "these", "those"}:
            continue
        # the transfer may sit in the verdict's own subject: "said that stories of DPRK troops
        # fighting for Russia were 'groundless rumours'"
        verdict = [x for c in clause.children if c.dep_ in {"attr", "acomp"} for x in c.subtree]
        if any(x.lemma_.lower() in DENIAL_WORDS or x.lower_ in DENIAL_WORDS for x in verdict):
            return True
    return False


def _copular_source(ctx: Context, copula: Token) -> Attribution | None:
    """The owner of a reporting noun that is the subject of "is that ...": "their verdict",
    "the conclusion of the report", "the group's assessment"."""
    for subj in children(copula, {"nsubj"}):
        if subj.lemma_.lower() not in REPORTING_NOUNS | {"verdict"}:
            continue
        for child in subj.children:
            target = None
            if child.dep_ in {"poss", "compound"}:
                target = child
            elif child.dep_ == "prep" and child.lower_ in {"by", "from", "of"}:
                target = next(iter(children(child, {"pobj"})), None)
            if target is None:
                continue
            actor = ctx.claimant_from(target)
            if actor is not None and actor.kind == "named":
                return Attribution(actor, subj.text, subj, False)
    return None


# Recordings whose "shows" is what the speaker who cites them claims.
RECORDING_NOUNS = {"video", "clip", "footage", "image", "photo", "photograph", "picture", "imagery",
                   # and papers ("the command said documents found at the headquarters showed ...")
                   "document", "record", "paper", "file", "manifest", "log",
                   # and findings ("a ministry source said that investigations had confirmed ...")
                   "investigation", "inquiry", "probe", "test", "examination", "inspection", "analysis"}


def _shown_to_a_speaker(ctx: Context, verb: Token, subj: Token | None) -> bool:
    """Whether a recording is the subject ("a video shows ...") of a clause that someone else says:
    in "Social media users say a video shows a train carrying tanks into Russia" the users claim it."""
    if subj is None or subj.i in ctx.ent_of or verb.dep_ != "ccomp":
        return False
    if subj.lemma_.lower() not in RECORDING_NOUNS and not (
            # "Analysts who reviewed the footage said it likely showed ...": "it" is the recording
            subj.lower_ in {"it", "they"} and any(t.lemma_.lower() in RECORDING_NOUNS for t in verb.sent if t.i < subj.i)):
        return False
    outer = verb.head
    speaker = subject_of(outer)
    return outer.lemma_.lower() in REPORTING_VERBS and speaker is not None and animate(ctx, speaker) \
        and speaker.lemma_.lower() not in RECORDING_NOUNS


def _past_dateline(ctx: Context, subj: Token | None) -> Token | None:
    """The subject behind a dateline the parser made the subject: in "BERLIN (Northgate) — Britain,
    France and Germany said ...", "Britain" hangs on "BERLIN" as an apposition."""
    if subj is None or subj.i not in ctx.excluded:
        return subj
    for child in subj.children:
        if child.dep_ in {"appos", "conj", "nsubj"} and child.i not in ctx.excluded and child.pos_ in {"PROPN", "NOUN", "PRON"}:
            return child
    for child in subj.children:  # "BAMAKO — On Friday, a government statement read on state television said ...":
        for inner in children(child, {"nsubj"}) if child.dep_ in {"acl", "relcl"} else ():  # the speaker of a clause hung on it
            if inner.i not in ctx.excluded and inner.pos_ in {"PROPN", "NOUN"}:
                return inner
    return subj


def _shared_artefact(verb: Token) -> Token | None:
    """The media artefact a subjectless reporting verb belongs to when the parser hangs the verb on the one that
    spreads it ("A post shared 40,000 times on Telegram says ..."): the post, subject of "shared" just before."""
    for token in reversed(verb.doc[verb.sent.start : verb.i]):
        if token.lemma_.lower() in SHARING_VERBS and token.pos_ == "VERB" and token.i in {verb.head.i, verb.head.head.i} | {
                c.i for c in verb.head.children}:
            return next((s for s in children(token, {"nsubj", "nsubjpass"}) if s.lemma_.lower() in MEDIA_NOUNS), None)
        if token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"aux", "auxpass"}:
            return None
    return None


def _verb_lemma(token: Token) -> str:
    """The verb lemma of a word the tagger took for something else: "affirm", "alleges", "posits"."""
    word = token.lower_
    for form in (word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word):
        if form in REPORTING_VERBS:
            return form
    return token.lemma_.lower()


def _outer_subject(head: Token) -> Token | None:
    """Subject of a participle or infinitive that reports for its clause's subject: "..., saying",
    "..., adding that", "calling it"; "Lawmakers quoted the NIS as saying" takes the object."""
    outer = head.head
    if head.dep_ == "pcomp":
        outer = head.head.head
    if outer.i == head.i:
        return None
    if outer.lemma_.lower() in {"quote", "cite"}:  # (and "cited people familiar with ... as saying")
        return next(iter(children(outer, {"dobj"})), None) or subject_of(outer)
    return speaker_subject(outer)


def _noun_owner(child: Token, with_clause: bool = False) -> Token | None:
    """Who a reporting noun's modifier or phrase names as its owner: "US claims", "Kyiv's accusations",
    "allegations by Seoul"; ``with_clause``, also "the allegations made by the United States"."""
    if child.dep_ in {"poss", "compound", "amod"}:
        return child
    if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
        return next(iter(children(child, {"pobj"})), None)
    if with_clause and child.dep_ == "acl":
        return next((p for by in children(child, {"agent", "prep"}) if by.lower_ == "by" for p in children(by, {"pobj"})), None)
    return None


def _allegation_owner(ctx: Context, nouns: list[Token]) -> Attribution | None:
    """Who makes the claim a reporting noun names ("US claims", "Kyiv's accusations", "allegations by
    Seoul"), when that owner is named."""
    for noun in nouns:
        if noun.lemma_.lower() not in REPORTING_NOUNS:
            continue
        for child in noun.children:
            target = _noun_owner(child)
            if target is None:
                continue
            actor = ctx.claimant_from(target) if target.pos_ != "ADJ" else ctx.actor_at(target)
            if actor is not None and actor.kind == "named":
                return Attribution(actor, noun.text, noun, False)
    return None


def find_attributions(ctx: Context, anchor: Token, sent: Span) -> tuple[list[Attribution], list[Token], bool]:
    """Walk up from the anchor to the nearest reporting verb or noun with a claimant behind it.

    Returns (attributions, path, refused). The first attribution is the nearest; a denial further
    up by someone else follows it ("North Korea rejected U.S. accusations that it supplied ..."
    gives the United States asserting and North Korea denying). ``path`` is the chain of heads from
    the anchor to the attributing word (certainty cues are read on it). ``refused`` is True when the
    reporting verb is negated ("did not say", "has not confirmed"): that is no claim at all.
    """
    found: list[Attribution] = []
    denials: list[Attribution] = []
    path = [anchor]
    node = anchor
    while True:
        head = node.head
        if head.i == node.i:
            break
        if not found:
            path.append(head)
        lemma = head.lemma_.lower()
        if not found and lemma in VERIFY_VERBS and _unverified(head):
            return [], path, True  # "we have not been able to verify reports that ...": no claim either way
        is_verb = head.pos_ in {"VERB", "AUX"} and lemma in REPORTING_VERBS
        if not is_verb and node.dep_ == "ccomp" and head.pos_ in {"ADJ", "NOUN", "PROPN"} and children(head, {"nsubj"}):
            # The small model tags a reporting verb it rarely sees as an adjective or noun
            # ("South Korean authorities affirm that ...": affirm/ADJ): its clausal complement
            # and subject still make it the reporting verb.
            is_verb = _verb_lemma(head) in REPORTING_VERBS
            lemma = _verb_lemma(head) if is_verb else lemma
        is_adj = head.pos_ == "ADJ" and (lemma in REPORTING_ADJS or head.lower_ in REPORTING_ADJS)
        that = next((c for c in node.children if c.dep_ == "mark" and c.lower_ == "that"), None) \
            if not found and not is_verb and not is_adj and node.dep_ == "ccomp" else None
        if that is not None:
            # "We have taken note of the statement by British Minister ... Goldie that ... London will supply
            # Kyiv": a content clause hung on the verb that belongs to the reporting noun just before it
            owner = _allegation_owner(ctx, [t for t in head.subtree if t.i < that.i and t.right_edge.i == that.i - 1])
            if owner is not None:
                found.append(owner)
        if is_verb and node.dep_ == "dobj" and lemma in CLAUSAL_ONLY and not (
                lemma in ADDRESSING_VERBS and len(path) >= 3 and path[-3].dep_ in {"acl", "relcl"}
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in path[-3].children)):
            # (but "tells a panel that Indonesia will receive ...", the clause misread as the panel's: what is told)
            is_verb = False  # "should explain its own deliveries": not reporting them
        if is_verb and not found and node.dep_ == "dobj" and lemma in {"mention", "name", "omit"} and any(
                c.dep_ == "relcl" and c in path for c in node.children):
            # "The ministry did not mention Israel, which supplied the SPYDER system to Viet Nam": what the
            # page says of whom the speaker named, not what the speaker said
            break
        if is_verb and not found and node.i < head.i and any(x.text == ";" for x in head.doc[node.right_edge.i + 1 : head.i]):
            # "It is possible that drones are reaching Russia ...; two officials told us they had
            # recovered ...": a clause before a semicolon is no complement of a verb after it
            break
        if (is_verb or is_adj) and node.dep_ not in {"nsubj", "nsubjpass", "csubj"}:
            raising = node.dep_ in {"xcomp", "prep", "ccomp"} and bool(children(head, {"nsubjpass"})) and not children(head, {"agent"})
            # "is believed to have sent", "Moscow is suspected of providing", "it is said that": a
            # hedge on the content, whose subject is not the claimant
            if raising:  # "North Korea is estimated to have sent": a hedge, not a claimant
                node = head
                continue
            if is_negated(head) and not found:
                return [], path, True  # "has not confirmed", "did not deny": no claim either way
            if not found and head.dep_ == "xcomp" and head.head.lemma_.lower() in REFUSING_VERBS:
                return [], path, True  # "declined to confirm the deliveries": a refusal, like "did not confirm"
            nobody = subject_of(head)
            if not found and nobody is not None and (nobody.lower_ in {"nothing", "none", "nobody", "neither"} or any(
                    (c.dep_ == "det" and c.lower_ == "no") or (c.dep_ in {"preconj", "det"} and c.lower_ == "neither") for c in nobody.children)):
                # (and "Neither Moscow nor Pyongyang has acknowledged that ...")
                return [], path, True  # "Nothing in our data shows weapons moving ...": absence of evidence
            if not found and head.dep_ == "relcl" and (head.head.lower_ in {"nothing", "none"} or any(
                    c.dep_ == "det" and c.lower_ == "no" for c in head.head.children)):
                return [], path, True  # "there was nothing to indicate that ...": absence of evidence too
            subj = _past_dateline(ctx, subject_of(head))
            if lemma == "quote" and any(p.lower_ == "as" and any(c.lower_ == "saying" for c in p.children) for p in children(head, {"prep"})):
                # "..., Reuters quoted CAR as saying": the one quoted says it
                subj = next((o for o in children(head, {"dobj"}) if animate(ctx, o)), subj)
            elif lemma == "cite" and head.lower_ == "citing":
                # "The Wall Street Journal reported, citing unnamed U.S. officials, that ...", with the
                # reported clause hung on "citing": the one cited says it
                subj = next((o for o in children(head, {"dobj"}) if animate(ctx, o) and not _unnamed_members(o)
                             and o.lemma_.lower() not in SOURCE_NOUNS | REPORTING_NOUNS | INFORMATION_NOUNS), subj)
            if subj is None and head.tag_ in {"VBG", "VB"} and head.dep_ in {"pcomp", "advcl", "xcomp", "conj"}:
                subj = _outer_subject(head)  # "..., saying", "adding that", "quoted as saying"
            if subj is None:
                subj = speaker_subject(head)
            if subj is None and head.dep_ == "acl" and head.tag_ == "VBG" and head.head.lemma_.lower() in LEGAL_NOUNS | REPORTING_NOUNS:
                # "prosecutors unsealed an indictment charging five men with ...": who put the paper out, else the paper
                paper = head.head
                subj = next((s for s in children(paper.head, {"nsubj"}) if paper.dep_ == "dobj" and animate(ctx, s)), paper)
            if subj is None or subj.ent_type_ in {"DATE", "TIME"} or subj.dep_ == "pobj" and subj.head.lower_ == "on":
                # "A post shared more than 40,000 times on Telegram says ...", "CLAIM: Social media posts shared widely
                # since May say ...", parsed with "says" under "shared" or the label: the post
                subj = _shared_artefact(head) or subj
            if (subj is not None and subj.lower_ in {"i", "we"} and subj.head.dep_ == "relcl" and head.dep_ in {"advcl", "xcomp"}
                    and head.head.i == subj.head.i and subj.head.head.tag_ in {"NNS", "NNPS"} and animate(ctx, subj.head.head)):
                subj = subj.head.head  # "Officials I've spoken to say ...", parsed with "say" under "spoken"
            if subj is not None and subj.i not in {t.i for t in anchor.subtree}:
                # "Information obtained by the Team shows that ...", "documents it had obtained showed ..."
                subj = _gatherer(ctx, subj) or subj
            if not found and _shown_to_a_speaker(ctx, head, subj):
                node = head  # "Social media users say a video shows ...": the users claim, the video is what they cite
                continue
            if not found and lemma in DENIAL_VERBS and node.dep_ == "ccomp":
                # "dismissed US claims that Iran arms ...", the content hung on the verb, not the noun:
                # whoever owns the rejected claim asserts it
                owner = _allegation_owner(ctx, children(head, {"dobj"}))
                if owner is not None:
                    found.append(owner)
            if subj is not None and (subj.i not in {t.i for t in anchor.subtree} or _postposed_speaker(subj, head, anchor)) \
                    and animate(ctx, subj):
                # "dismissed the accusations as propaganda meant to hide American arms supplies to
                # Israel": a transfer in the verdict the denier gives is the denier's own charge
                verdict = any(p.dep_ == "prep" and p.lower_ == "as" and head.i in {p.head.i, p.head.head.i}
                              and not any(x.lemma_.lower() in ALLEGATION_NOUNS for x in p.subtree) for p in path)
                denies = (lemma in DENIAL_VERBS or _calls_false(head, node)) and not verdict
                for claimant in ctx.claimants_from(subj):
                    found.append(Attribution(claimant, head.text, head, denies))
        elif is_verb and node.dep_ == "nsubjpass" and not found and not is_negated(head) and children(head, {"agent"}):
            # "Their supply from North Korea has since been confirmed by Ukraine's Defence
            # Intelligence": the passive's subject is the content, its agent the source
            for agent in children(head, {"agent"}):
                for source in children(agent, {"pobj"}):
                    if animate(ctx, source):
                        for claimant in ctx.claimants_from(source):
                            found.append(Attribution(claimant, head.text, head, lemma in DENIAL_VERBS))
        elif (not found and node.dep_ == "relcl" and head.dep_ == "pobj" and head.head.lower_ in {"by", "from"}
              and head.head.head.lemma_.lower() in REPORTING_NOUNS | ALLEGATION_NOUNS
              and node.left_edge.lower_ == "that" and any(c.dep_ == "nsubj" and c.lower_ != "that" for c in node.children)
              and animate(ctx, head)):
            # "statements by Ukrainian military intelligence that Belarus had handed over ...": the
            # parser hangs the content clause on the source as a relative clause; it has its own
            # subject, so "that" opens what the source says
            for claimant in ctx.claimants_from(head):
                found.append(Attribution(claimant, head.head.head.text, head.head.head, False))
        elif not found and _unhidden(head, node):
            # "Moscow does not hide that it buys shells from Pyongyang": an admission by the subject
            owner = subject_of(head)
            if owner is not None and animate(ctx, owner):
                for claimant in ctx.claimants_from(owner):
                    found.append(Attribution(claimant, head.text, head, False))
        elif lemma == "be" and node.dep_ in {"ccomp", "attr"} and not found and _copular_source(ctx, head) is not None:
            # "Their verdict ... is that the surge likely reflects arms moving to Russia"
            found.append(_copular_source(ctx, head))
        elif head.pos_ in {"NOUN", "PROPN"} and lemma in REPORTING_NOUNS | {"story", "rumour", "rumor"}:
            for child in head.children:
                if child.i == node.i:
                    continue  # "reports of X shipments": the path is the content, not the source
                target = _noun_owner(child, with_clause=True)
                if target is not None:
                    actor = ctx.claimant_from(target) if target.pos_ != "ADJ" else ctx.actor_at(target)
                    if actor is not None and actor.kind == "named":
                        found.append(Attribution(actor, head.text, head, False))
                        if child.dep_ == "acl":
                            for other in target.conjuncts:
                                more = ctx.claimant_from(other) if other.i > target.i else None
                                if more is not None and more.kind == "named":
                                    found.append(Attribution(more, head.text, head, False))
                        break
            else:
                if any(c.dep_ == "amod" and c.lower_ in DENIAL_WORDS for c in head.children):
                    # "Japanese media ran a false report that ...": whoever speaks here rejects it
                    speaker, known = ctx.speaker_at(head.idx)
                    if known and speaker is not None:
                        denials.append(Attribution(speaker, head.text, head, True))
                publisher = head.head if head.dep_ == "dobj" else None
                if (publisher is not None and publisher.lemma_.lower() in PUBLISH_VERBS and node.dep_ in {"acl", "ccomp", "prep"}
                        and not found):
                    # "Japanese media ran a report that ...", "the ministry issued a statement saying ...",
                    # "Western media continue to spread stories about ..."
                    subj = subject_of(publisher) or (subject_of(publisher.head) if publisher.dep_ == "xcomp" else None)
                    if subj is not None and animate(ctx, subj):
                        for claimant in ctx.claimants_from(subj):
                            found.append(Attribution(claimant, head.text, head, False))
        node = head
    if not found:
        found.extend(_parenthetical(ctx, anchor, sent, path))
    if not found:
        found.extend(according_to(ctx, sent))
    if not found:
        found.extend(_mistagged_report(ctx, anchor, sent))
    if not found:
        return [], path, False
    first = found[0]
    firsts = [a for a in found if a.verb_token is first.verb_token]
    cited = _cited(ctx, first.verb_token) if first.verb_token is not None and not first.denial else []
    if cited:  # "Reuters, citing two U.S. officials, reported that ...": the echoed source claims
        found[:len(firsts)] = firsts = cited
    if not first.denial and _rejected_report(sent, path):
        found[:len(firsts)] = firsts = [replace(a, denial=True) for a in firsts]
    found.extend(denials)
    later = [
        a for a in found[len(firsts):]
        if a.denial and a.claimant and first.claimant and a.claimant.label != first.claimant.label
    ]
    confirmer = _confirmer(ctx, first.verb_token) if first.verb_token is not None and not first.denial else []
    if confirmer and all(c.claimant is not None and f.claimant is not None and c.claimant.label != f.claimant.label
                         for c in confirmer for f in firsts):
        # "The Pentagon confirmed a South Korean report that ...": the confirmer claims it, and the
        # report's source too
        firsts = confirmer + firsts
    echoed = [a for a in _confirmed_sources(ctx, sent) + _said_the_same(ctx, first.verb_token)
              if a.claimant is not None and all(f.claimant is None or f.claimant.label != a.claimant.label for f in firsts)]
    return [*firsts, *echoed, *later[:1]], path, False


# Verbs that withhold the reporting verb they govern: "declined to confirm", "refused to comment on".
REFUSING_VERBS = {"decline", "refuse", "fail"}
CONFIRM_VERBS = {"confirm", "corroborate", "echo", "support", "back", "match", "vindicate", "bear", "repeat"}


SAME_WORDS = {"same", "similar", "likewise", "so"}


def _said_the_same(ctx: Context, verb: Token | None) -> list[Attribution]:
    """A conjoined reporting clause that only repeats the first ("Blinken said China was the top
    supplier ..., and European intelligence services have said much the same since"; "..., and
    Seoul said so too"): its subject claims the same content."""
    out: list[Attribution] = []
    if verb is None:
        return out
    for other in verb.sent:
        if other.i <= verb.i or other.dep_ != "conj" or other.pos_ not in {"VERB", "AUX"}:
            continue
        if other.lemma_.lower() not in REPORTING_VERBS or is_negated(other) or children(other, {"ccomp", "xcomp"}):
            continue  # (a clause of its own says something else)
        if not (any(c.lower_ in SAME_WORDS and c.dep_ in {"dobj", "advmod", "npadvmod", "acomp", "attr"} for c in other.children)
                or any(x.lower_ == "same" for x in other.subtree if x.i > other.i)):  # "much the same since", parsed anyhow
            continue
        subj = subject_of(other)
        if subj is not None and animate(ctx, subj):
            out.extend(Attribution(c, other.text, other, other.lemma_.lower() in DENIAL_VERBS) for c in ctx.claimants_from(subj))
    return out


def _unhidden(head: Token, node: Token) -> bool:
    """ "does not hide that ...", "has never concealed that ...": saying it openly."""
    return head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in {"hide", "conceal"} and node.dep_ in {"ccomp", "dobj"} \
        and (is_negated(head) or any(c.lower_ == "never" for c in head.children))


def _confirmer(ctx: Context, noun: Token) -> list[Attribution]:
    """Who confirms or echoes a report named as a noun: "The Pentagon confirmed a South Korean
    report that ...", "Germany echoed a British assessment that ..."."""
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.lemma_.lower() not in REPORTING_NOUNS or noun.dep_ != "dobj":
        return []
    verb = noun.head
    if verb.lemma_.lower() not in CONFIRM_VERBS | {"endorse"} or is_negated(verb):
        return []
    subj = subject_of(verb)
    if subj is None or not animate(ctx, subj):
        return []
    return [Attribution(c, verb.text, verb, False) for c in ctx.claimants_from(subj)]


def _confirmed_sources(ctx: Context, sent: Span) -> list[Attribution]:
    """Who said it first when the claimant confirms them: "..., confirming what Kyiv had alleged
    for weeks" makes Ukraine a claimant of the same content."""
    out: list[Attribution] = []
    for t in sent:
        if t.lower_ != "what" or t.dep_ not in {"dobj", "nsubj"}:
            continue
        verb = t.head
        if verb.lemma_.lower() not in REPORTING_VERBS or verb.dep_ not in {"ccomp", "pcomp", "dobj", "xcomp"}:
            continue
        if verb.head.lemma_.lower() not in CONFIRM_VERBS or is_negated(verb.head):
            continue
        subj = subject_of(verb)
        if subj is not None and animate(ctx, subj):
            out.extend(Attribution(c, verb.text, verb, verb.lemma_.lower() in DENIAL_VERBS) for c in ctx.claimants_from(subj))
    return out


# Verbs of checking: not being able to do it is a refusal to confirm, not a claim.
VERIFY_VERBS = {"verify", "confirm", "corroborate", "substantiate"}


def _unverified(verb: Token) -> bool:
    """"have not been able to verify", "were unable to confirm", "could not verify"."""
    if is_negated(verb):
        return True
    able = verb.head if verb.dep_ == "xcomp" else None
    if able is None:
        return False
    if able.lower_ == "unable":
        return True
    holder = able.head if able.dep_ == "acomp" else able
    return able.lower_ == "able" and (is_negated(able) or is_negated(holder))


def _postposed_speaker(subj: Token, verb: Token, anchor: Token) -> bool:
    """A speaker named after the content that the parser joined to it ("... shells to Russia, the
    Institute for the Study of War said.", with "Institute" a conjunct of "Russia"): the reporting
    verb has no subject of its own, and the speaker stands between the content's last comma and
    the verb with no verb in between."""
    if subject_of(verb) is not None or not anchor.i < subj.i < verb.i:
        return False
    doc = verb.doc
    comma = next((j for j in range(subj.i - 1, anchor.i, -1) if doc[j].text == ","), None)
    if comma is None:
        return False
    between = doc[comma + 1:verb.i]
    return not any(t.pos_ in {"VERB", "AUX"} for t in between) and subj.i in {t.i for t in between}


def _parenthetical(ctx: Context, anchor: Token, sent: Span, path: list[Token]) -> list[Attribution]:
    """A reporting verb beside the content rather than above it: "..., the ministry said.",
    "The United States, she added, should explain ...", or a parse that hangs "said" under the
    content."""
    on_path = {t.i for t in path}
    best = None
    for t in sent:
        if t.i in on_path or t.lemma_.lower() not in REPORTING_VERBS or t.pos_ not in {"VERB", "AUX"}:
            continue
        # "... to Ukraine, a news website reported on Monday.", parsed with the speaker in apposition
        # to the last name and the finite verb as a clause on it
        misread = (t.dep_ == "acl" and t.tag_ in {"VBD", "VBZ", "VBP", "VBN"} and t.head.i == t.i - 1 and t.i > anchor.i
                   and t.head.left_edge.i > 0 and sent.doc[t.head.left_edge.i - 1].text == ","
                   and not children(t, {"agent", "dobj", "nsubjpass", "auxpass"}))
        if any(a.i == anchor.i for a in t.ancestors) and t.dep_ not in {"conj", "parataxis", "advcl", "ccomp"} and not misread:
            continue
        if anchor.i in {x.i for x in t.subtree}:
            continue
        if t.dep_ == "conj" and t.i > anchor.i and children(t, {"ccomp"}):
            # "Russia has supplied Mali with helicopters, and Malian officials say Russian instructors train
            # the pilots": a clause joined after the transfer says its own content, not the transfer
            continue
        if t.dep_ == "advcl" and t.i > anchor.i and children(t, {"ccomp"}) and any(
                c.dep_ == "mark" and c.lower_ in {"while", "whereas"} for c in t.children):
            # "Brussels and Washington are supplying Chisinau with weapons, while the Moldovan leadership assures its
            # citizens that the republic remains neutral": a contrast that says its own content
            continue
        if t.dep_ == "conj" and t.i > anchor.i and t.lemma_.lower() not in ADDRESSING_VERBS and any(
                c.lower_ not in {"it", "this", "that", "so", "them"} for c in children(t, {"dobj"})):
            # (not "..., a senior naval officer told this newspaper", whose object is the one told)
            continue  # "Russia supplied the bulk of Vietnam's weapons, and Hanoi showed little appetite for change"
        if any(c.lower_ == "what" and c.dep_ in {"dobj", "nsubj", "nsubjpass"} for c in t.children):
            continue  # "..., consistent with what Moscow announced": a free relative names what was said, not who says this
        if children(t, {"nsubjpass"}) and children(t, {"xcomp"}) and not children(t, {"agent"}):
            continue  # "..., and Greece is expected to follow": what is expected of Greece, not Greece speaking
        if t.lemma_.lower() == "add" and children(t, {"dobj"}):
            continue  # "... and has since added the heavier Akinci": added to a fleet, not said
        if any(a.dep_ == "relcl" and a.head.dep_ == "appos" and anchor.i not in {x.i for x in a.subtree}
               and a.head.lemma_.lower() not in ALLEGATION_NOUNS | REPORTING_NOUNS | {"account", "version"}
               for a in [t, *t.ancestors]):  # (but "..., an account that Cairo rejected": a verdict on the claim)
            continue  # "..., a build-up that analysts say helped federal forces": what they say of the build-up
        if any(c.dep_ == "prt" and c.lower_ in {"off", "up"} for c in t.children):
            continue  # "Burkina Faso showed off its own TB2s": displayed, not said
        lo, hi = sorted((t.i, anchor.i))
        if any(x.text == ";" for x in sent.doc[lo:hi]):
            continue  # a semicolon joins clauses that each say their own
        subj = t.head if misread else speaker_subject(t)
        if subj is not None and subj.dep_ == "nsubjpass" and not children(t, {"agent"}):
            continue  # "..., though no order has been announced": what is announced, not who announces
        if subj is None and t.tag_ == "VBN":  # "As first reported in August by the business daily Ledger of Commerce, ..."
            subj = next((p for a in children(t, {"agent"}) for p in children(a, {"pobj"})), None)
            if subj is not None and not animate(ctx, subj):  # "the business daily Ledger of Commerce": the name in apposition
                subj = next((c for c in children(subj, {"appos"}) if c.i in ctx.ent_of), subj)
        if subj is None or not animate(ctx, subj) or is_negated(t):
            continue
        if subj.lower_ in {"nobody", "none", "neither"} or any(
                c.dep_ in {"det", "preconj"} and c.lower_ in {"no", "neither"} for c in subj.children):
            continue  # "..., though neither government has confirmed it": nobody's word (the page's own)
        if best is None or abs(t.i - anchor.i) < abs(best[0].i - anchor.i):
            best = (t, subj)
    if best is None:
        return []
    verb, subj = best
    return [Attribution(c, verb.text, verb, verb.lemma_.lower() in DENIAL_VERBS) for c in ctx.claimants_from(subj)]


def _mistagged_report(ctx: Context, anchor: Token, sent: Span) -> list[Attribution]:
    """A reporting verb the tagger took for another word and the parser hung anywhere
    ("South Korean authorities, meanwhile, affirm that ..." with affirm/ADJ/prep): a reporting
    word form followed by "that" before the content, with a speaker before it."""
    for t in sent:
        if t.i >= anchor.i:
            break
        if t.pos_ in {"VERB", "AUX"} or t.i + 1 >= sent.end or t.nbor().lower_ != "that" or t.ent_type_:
            continue  # (not a name: "It is the United States that has sold ...")
        if _verb_lemma(t) not in REPORTING_VERBS or t.lower_ == "report" and t.i > sent.start and t.nbor(-1).pos_ == "DET":
            continue
        subj = speaker_subject(t) or _reduced_relative_subject(sent, t)
        if subj is not None and animate(ctx, subj):
            return [Attribution(c, t.text, t, _verb_lemma(t) in DENIAL_VERBS) for c in ctx.claimants_from(subj)]
    return []


def _gatherer(ctx: Context, subj: Token) -> Token | None:
    """Who gathered the material an evidential verb's subject names: "Information obtained by the
    Team shows ...", "data collected by the monitors indicate ...". Not the outlet's own review:
    "documents reviewed by the paper" stay the outlet's."""
    for acl in children(subj, {"acl", "relcl"}):
        # (and "Satellite imagery analysed by researchers shows ...")
        seen = acl.lemma_.lower() in {"review", "see", "inspect"}  # by another outlet: "records reviewed by a U.S. news site"
        if seen or acl.lemma_.lower() in {"obtain", "gather", "collect", "receive", "compile", "acquire", "analyse", "analyze", "examine", "study"}:
            for agent in children(acl, {"agent"}):
                for pobj in children(agent, {"pobj"}):
                    own = pobj.lower_ in FIRST_PERSON or pobj.lemma_.lower() in OWN_OUTLET and any(
                        c.dep_ == "det" and c.lower_ in {"the", "this"} for c in pobj.children)
                    if animate(ctx, pobj) and not (seen and own):
                        return pobj
            for who in children(acl, {"nsubj"}):  # "documents he had obtained showed ..."
                if who.lower_ not in {"that", "which"} and animate(ctx, who):
                    return who
    return None


def _reduced_relative_subject(sent: Span, word: Token) -> Token | None:
    """"A video shared more than 2 million times on X claims that ...": the parser takes the
    participle of the reduced relative for the main verb and "claims" for a noun; the subject of
    that participle is the one who claims."""
    root = sent.root
    if root.i >= word.i or root.tag_ not in {"VBN", "VBD"} or not word.lower_.endswith("s"):
        return None
    return next(iter(children(root, {"nsubj"})), None)


def _rejected_report(sent: Span, path: list[Token]) -> bool:
    """The transfer sits in reports nobody is named for, and the speaker calls them false:
    "'There is no truth' to reports that ..., KCNA said", "In response to reports that ..., KCNA
    said they were 'pure fiction'", "said there had been no such deliveries, responding to reports
    that ...". (Reports with an owner, "the Pentagon's claim that ...", are that owner's claim.)"""
    def owned(noun: Token) -> bool:
        return any(c.dep_ == "poss" or (c.dep_ in {"compound", "amod"} and c.ent_type_)
                   or (c.dep_ == "prep" and c.lower_ in {"by", "from"}) for c in noun.children)

    report = next((t for t in path[1:] if t.pos_ == "NOUN" and t.lemma_.lower() in ALLEGATION_NOUNS and not owned(t)), None)
    if report is None:
        return False
    inside = {t.i for t in report.subtree}
    for x in sent:
        if x.i in inside:
            continue
        if x.lower_ in DENIAL_WORDS or x.lemma_.lower() in DENIAL_WORDS:
            return True
        if x.lower_ in {"truth", "basis", "foundation"} and any(c.lower_ == "no" for c in x.children):
            return True
        if x.lower_ == "such" and x.i > sent.start and x.nbor(-1).lower_ == "no":
            return True
    return False


def _cited(ctx: Context, verb: Token) -> list[Attribution]:
    """Whom a reporter cites on its reporting verb ("..., Yonhap reported, citing Ukrainian
    officials"): the claimant of an echoed claim is the original source. Citing a thing
    ("citing declassified intelligence") leaves the reporter the claimant."""
    subj = subject_of(verb)
    # "CNN reported, citing a U.S. official, that ...": the parser may hang "citing" on the reported clause
    inner = [c for cc in children(verb, {"ccomp"}) for c in cc.children if c.dep_ == "advcl" and verb.i < c.i]
    for c in [*verb.children, *(subj.children if subj is not None else ()), *inner]:  # "Reuters, citing ...": on either
        if c.lower_ in CITING_WORDS and c.dep_ in {"advcl", "xcomp", "conj", "acl", "prep"}:
            for obj in _cited_by(ctx, c):
                sharer = next((p for a in children(obj, {"acl"}) for ag in children(a, {"agent"}) for p in children(ag, {"pobj"})
                               if animate(ctx, p)), None)
                if sharer is not None:  # "citing intelligence shared by Washington": the one who shared it
                    return [Attribution(a, "citing", c, False) for a in ctx.claimants_from(sharer)]
                if obj.lemma_.lower() in INFORMATION_NOUNS and not any(
                        m.dep_ in {"poss", "compound", "amod"} and (m.i in ctx.ent_of or ctx.known(m) is not None
                                                                    or ctx.lexicon.find_demonym(m.text)) for m in obj.children):
                    continue  # "citing newly declassified intelligence": what, not whom (not "Ukrainian intelligence")
                if obj.lemma_.lower() == "source" and all(m.lower_ in BARE_SOURCE_WORDS or m.like_num for m in obj.children):
                    continue  # "citing unnamed sources": nobody said to be anyone; the reporter stands by it
                if _unnamed_members(obj):
                    continue  # a UN body "citing Member States": states it does not name; the body stands by it
                if obj.lemma_.lower() not in SOURCE_NOUNS | REPORTING_NOUNS:
                    return [Attribution(a, "citing", c, False) for a in ctx.claimants_from(obj)]
    return []


# Reporting verbs whose object is the one addressed: "told this newspaper", "briefed reporters".
ADDRESSING_VERBS = {"tell", "inform", "brief", "assure", "warn", "remind", "notify", "advise", "update", "email", "write"}


def _unnamed_members(token: Token) -> bool:
    """"Member States" alone, as a UN body cites the states it does not name."""
    return token.lower_ == "states" and [m.lower_ for m in token.children if m.dep_ != "punct"] == ["member"]


# Words that say only that a source goes unnamed: "citing unnamed sources" (not "two European intelligence sources").
BARE_SOURCE_WORDS = {"unnamed", "anonymous", "unidentified", "undisclosed", "several", "some", "multiple", "its", "their", "own"}


# A reporter naming its source: "citing two U.S. officials", "quoting the NIS".
CITING_WORDS = {"citing", "quoting"}
# What is cited as evidence, not as a source: "citing fragments recovered at the impact sites".
CITED_THINGS = {"fragment", "debris", "wreckage", "remains", "remnant", "image", "imagery", "photo", "photograph",
                "picture", "video", "footage", "document", "record", "datum", "data", "marking", "serial", "analysis"}


def _cited_by(ctx: Context, citing: Token) -> list[Token]:
    """The people or bodies "citing" names ("citing two U.S. officials")."""
    return [obj for obj in children(citing, {"dobj", "pobj"}) if animate(ctx, obj) and obj.lemma_.lower() not in CITED_THINGS]


def according_to(ctx: Context, sent: Span) -> list[Attribution]:
    """ "according to X", "citing X"; an inanimate source ("according to satellite photographs
    analysed by a U.S. research group") gives way to who analysed it."""
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < sent.end and t.nbor().lower_ == "to":
            for pobj in t.nbor().children:
                if pobj.dep_ != "pobj":
                    continue
                if pobj.lower_ == "intelligence" and not any(c.dep_ in {"det", "poss", "amod", "compound"} for c in pobj.children):
                    continue  # "according to intelligence": information, no agency; the page's own voice stands
                if not animate(ctx, pobj) or pobj.lemma_.lower() in SOURCE_NOUNS | REPORTING_NOUNS:
                    # "according to satellite photographs analysed by ...", "according to estimates by Ukrainian intelligence"
                    for x in pobj.subtree:
                        if x.dep_ == "agent" or (x.dep_ == "prep" and x.lower_ == "by"):
                            for agent in x.children:
                                if agent.dep_ == "pobj":
                                    return [Attribution(c, "according to", t, False) for c in ctx.claimants_from(agent)]
                    if pobj.lemma_.lower() in SOURCE_NOUNS:  # "according to data from the national statistics institute Istat"
                        for x in children(pobj, {"prep"}):
                            for agent in (children(x, {"pobj"}) if x.lower_ == "from" else []):
                                named = next((a for a in children(agent, {"appos", "compound"}) if a.i in ctx.ent_of and a.i > agent.i), None)
                                agent = named or agent  # ("the national statistics institute Istat": the name given)
                                if agent.i in ctx.ent_of or animate(ctx, agent):
                                    return [Attribution(c, "according to", t, False) for c in ctx.claimants_from(agent)]
                    if pobj.lemma_.lower() in PAPER_NOUNS and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in pobj.children):
                        # "according to the Nigerian military's own publications": the owner named
                        found = ctx.claimant_from(pobj)
                        if found is not None and found.kind == "named":
                            return [Attribution(found, "according to", t, False)]
                    if not animate(ctx, pobj):
                        continue
                for relcl in children(pobj, {"relcl"}):  # "according to Yonhap, which cited South Korea's military"
                    if relcl.lemma_.lower() == "cite":
                        for obj in _cited_by(ctx, relcl):
                            if obj.lemma_.lower() not in SOURCE_NOUNS | REPORTING_NOUNS | INFORMATION_NOUNS:
                                return [Attribution(c, "citing", relcl, False) for c in ctx.claimants_from(obj)]
                return [Attribution(c, "according to", t, False) for c in ctx.claimants_from(pobj)]
        if t.lower_ in {"on", "by"} and t.dep_ == "prep":
            # "received more than three million shells from North Korea, on Ukrainian estimates", "by Kyiv's count"
            for count in children(t, {"pobj"}):
                if count.lemma_.lower() not in {"estimate", "count", "tally", "calculation", "reckoning"}:
                    continue
                for owner in [c for c in count.children if c.dep_ in {"poss", "amod", "compound"} and c.pos_ != "PRON"]:
                    known = ctx.known(owner)
                    if known is not None and known.kind == "named":
                        return [Attribution(known.said_at(owner), count.text, count, False)]
        if t.lower_ == "in" and t.dep_ == "prep" and t.head.i not in {x.i for x in t.subtree}:
            # "In the assessment of Japan's Defense Ministry, ...", "in Seoul's view, ..."
            for view in children(t, {"pobj"}):
                if view.lemma_.lower() not in VIEW_NOUNS:
                    continue
                owners = [c for c in children(view, {"poss"}) if c.pos_ != "PRON"] + [
                    p for prep in children(view, {"prep"}) if prep.lower_ == "of" for p in children(prep, {"pobj"})]
                for owner in owners:
                    if animate(ctx, owner):
                        return [Attribution(c, view.text, view, False) for c in ctx.claimants_from(owner)]
        if t.lower_ in CITING_WORDS and t.dep_ in {"advcl", "acl", "xcomp", "conj", "ROOT"}:
            cited = _cited_by(ctx, t)
            if cited:
                return [Attribution(c, "citing", t, False) for c in ctx.claimants_from(cited[0])]
    return []
