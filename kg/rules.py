"""The extraction rules: transfer roles, stance, certainty and evidence over a parsed Doc.

Reads: a spaCy ``Doc`` with dependency parse, lemmas and entities (gazetteer entities carry the
actor's IRI as ``ent_id_``), and a :class:`Lexicon` built from the ontology.
Writes: :class:`RawClaim` objects (plain data) that :mod:`kg.extract` turns into claims.

The rules are general, not keyed to sentences: a *transfer anchor* (a verb such as supply, ship,
receive, or a noun such as supply, shipment, transfer) with an item in its reach and two actors in
supplier and recipient roles makes a transfer; :mod:`kg.attribution` and :mod:`kg.reporting` find who says so (reporting
verbs and nouns, "according to", quotations, transcript speakers, anaphora); negation and denial
verbs give the stance; modal and evidential cues on the path from the transfer to its claimant give
the certainty (the weakest cue wins, after FactBank; see :mod:`kg.evidence`, which also reads the
evidence; :mod:`kg.transfers` finds the transfers, :mod:`kg.lexicon` holds the word lists from the
ontology). Sentences that do not restate the transfer
under discussion ("Those containers could hold three million shells, he added", "We consider such
statements unfounded") inherit it from the discourse.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from kg.attribution import (
    DENIAL_WORDS,
    FORCE_NOUNS,
    OFFICE_WORDS,
    children,
    ACTOR_LABELS,
    AGENT_NOUNS,
    DENIAL_VERBS,
    GOV_NOUNS,
    HEAD_TITLES,
    PRESS_NOUNS,
    SPEAKING_OFFICES,
    REPORTING_VERBS,
    Actor,
    Attribution,
    Context,
    animate,
    is_negated,
    subject_of,
)
from kg.reporting import according_to, find_attributions
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
from kg.lexicon import CARGO_NOUNS, Lexicon, gazetteer_patterns  # noqa: F401  (public here)
from kg.transfers import (
    ARRIVE_VERBS,
    WITHDRAWAL_WORDS,
    demanded_stop,
    model_maker_of,
    BACKREF_DETS,
    TRANSFER_NOUNS,
    REMAINS_NOUNS,
    RECEIVE_NOUNS,
    RECEIVE_VERBS,
    SUPPLY_VERBS,
    USE_VERBS,
    VEHICLE_NOUNS,
    ALLEGATION_NOUNS,
    AID_NOUNS,
    CONTENT_PREP_VERBS,
    CONTENT_VERBS,
    MADE_VERBS,
    ORIGIN_NOUNS,
    _blocked,
    _has_backref,
    cargo_pointer,
    pronoun_cargo,
    quantity_cargo,
    _is_anchor,
    _items,
    _modifier_actor,
    _pobj_actor,
    _quote_span,
    _site,
    _time,
    _Transfer,
    held_by,
    verbal_anchor,
    _transfer_at,
    conjoined_parties,
    kit_from_makers,
    kit_from_pairs,
    gapped_transfers,
    joined_makers,
    REFILL_VERBS,
    given_in_exchange,
    paid_for,
    BORDER_NOUNS,
    ruled_out,
)


__all__ = [
    "ACTOR_LABELS",
    "Actor",
    "RawClaim",
    "Lexicon",
    "gazetteer_patterns",
    "find_claims",
]


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



# ------------------------------------------------------------------------------------- discourse

def _topic_for(transfer: _Transfer, earlier: list[RawClaim]) -> RawClaim:
    """The earlier claim a back-reference points at: the latest whose items share one with it."""
    wanted = set(transfer.items) - {"other"}
    if wanted:
        for claim in reversed(earlier):
            if wanted & set(claim.items):
                return claim
    elif not any(t.lemma_.lower() in PEOPLE_WORDS for t in transfer.scope):
        # "the equipment had been delivered": a lifeless cargo is not the troops claimed last
        for claim in reversed(earlier):
            if set(claim.items) != {"troops"}:
                return claim
    return earlier[-1]


def _carried_before(transfer: _Transfer, earlier: list[RawClaim]) -> list[str]:
    """What a plural cargo back-reference carries ("the shipments likely follow a route ..."): all
    the cargo asserted to go the way of the transfer it points at, not only the latest mention
    ("seized packages of weapons and drone components ..." then "Tehran is arming the Houthis")."""
    topic = _topic_for(transfer, earlier)
    if transfer.anchor.tag_ not in {"NNS", "NNPS"}:
        return list(topic.items)
    items = [i for c in earlier if c.stance == "asserts" and c.supplier.label == topic.supplier.label
             and c.recipient.label == topic.recipient.label for i in c.items]
    return list(dict.fromkeys(items)) or list(topic.items)


# Goods words the item list leaves out as too vague alone, that still name goods as a verb's object.
PARTS_NOUNS = {"part", "component", "kit", "fleet", "battery", "design"}
# Amounts that stand for goods named beside them: "sold 40 percent of its arms", "sent thousands of troops".
AMOUNT_NOUNS = {"thousand", "million", "billion", "hundred", "dozen", "percent", "share", "half", "third", "quarter",
                "majority", "bulk", "number", "lot", "tonne", "ton", "dollar", "worth", "value", "amount", "quantity"}
GOODS_OBJECT_NOUNS = PARTS_NOUNS | AMOUNT_NOUNS | FORCE_NOUNS  # ("give the navy ...": forces receive)


def _moves_something_else(ctx: Context, verb: Token) -> bool:
    """Whether a transfer verb's object is a common noun that names no goods, amount or forces: "to divert
    attention from its own hostile policy towards the North" moves no arms named elsewhere in the sentence."""
    return any(o.pos_ == "NOUN" and not ctx.lexicon.is_item_or_cargo(o.lemma_.lower())
               and o.lemma_.lower() not in GOODS_OBJECT_NOUNS for o in children(verb, {"dobj"}))


# Entity types of places: one the gazetteer does not know is no party to a transfer.
PLACE_TYPES = {"GPE", "LOC", "FAC"}
PEOPLE_WORDS = {"soldier", "troop", "personnel", "serviceman", "unit", "force", "men", "worker", "fighter", "crew"}


# Organisations that send, receive or host arms and troops: unions, alliances, the UN (peacekeeping) and
# state exporters; the gazetteer's other organisations (panels, think tanks, charities) are no party.
PARTY_ORGANISATIONS = {"United Nations", "OSCE", "African Union", "ECOWAS", "NATO", "European Union",
                       "Southern African Development Community", "Organization of American States",
                       "Collective Security Treaty Organization", "Shanghai Cooperation Organisation", "East African Community",
                       "IGAD", "Arab League", "Gulf Cooperation Council", "ASEAN", "Commonwealth of Independent States",
                       "Mercosur", "Rosoboronexport"}


# Verbs of ranking one supplier against another: their object is a rival, not a party.
RIVAL_VERBS = {"overtake", "surpass", "outstrip", "outpace", "eclipse", "displace", "supplant", "replace"}
# The last part of a maker's hyphenated modifier ("Chinese-made"): the maker, never the recipient.
MAKER_SUFFIXES = {"made", "built", "designed", "produced", "manufactured"}


def _party_or_none(actor: Actor | None) -> Actor | None:
    if actor is not None and actor.iri is not None and actor.actor_type in {"organisation", "project"} \
            and actor.label not in PARTY_ORGANISATIONS:
        return None
    return actor


def _fill_roles(ctx: Context, transfer: _Transfer, same_sentence: list[_Transfer], earlier: list[RawClaim], sent: Span) -> None:
    """Fill a missing supplier or recipient from the discourse.

    In order, after the scene the sentence sets, an origin, a holder of the cargo and where it was seen:
    the state whose industry makes a named model; another transfer of the same sentence; the state whose
    own cargo a passive delivery names; the latest earlier claim that shares the known
    role ("the think tank said the surge likely indicates supplies of arms to Russia" in a story about
    North Korea); the transfer under discussion ("Nor is North Korea alone. Tehran has supplied the
    Shahed drones ..." goes to Russia too); the state where the site under discussion lies, when it
    is a transfer node (the departure point); another state the sentence names. With both roles missing, only a sentence
    that points back at the transfer ("These shipments were loaded at ...") takes both.
    """
    sup, rec = transfer.supplier, transfer.recipient
    if sup is not None and rec is not None:
        return
    if sup is None and rec is None:
        if (transfer.backref or (transfer.negated and transfer.item_tokens)) and earlier:
            # "These shipments were loaded at ...", "Not a single Javelin has been handed to any
            # third party": the transfer under discussion, the latest one of the same cargo when
            # the sentence names it ("the equipment had been delivered" after a missile deal and the
            # troops paid for it)
            topic = _topic_for(transfer, earlier)
            transfer.supplier, transfer.recipient = topic.supplier, topic.recipient
        return
    if rec is None and sup is not None and transfer.anchor.lemma_.lower() in SUPPLY_VERBS and transfer.anchor.dep_ == "ROOT" \
            and sup.actor_type in {"state", "company"}:
        # "In Brazil, Saab has so far delivered eight of the 36 F-39 Gripens": the scene set first is where they went
        fronted = ctx.fronted_state(sent)
        if fronted is not None and fronted.label not in {sup.label, ctx.as_party(sup, supplying=True).label}:
            transfer.recipient = fronted
            return
    if rec is None and transfer.anchor.lemma_.lower() in RECEIVE_VERBS | RECEIVE_NOUNS:
        # "In Nicaragua, the government of Daniel Ortega received 50 tanks from Russia": the scene set first,
        # for a taking only ("In Ukraine, officials said Iranian drones had been delivered" is a battlefield)
        fronted = ctx.fronted_state(sent)
        if fronted is not None and fronted.label != sup.label:
            transfer.recipient = fronted
            return
    if sup is None:  # "consistent with Iranian manufacture", "of North Korean origin"
        for t in sent:
            if t.lemma_.lower() in ORIGIN_NOUNS:
                origin = next((ctx.known(c) for c in t.children if c.dep_ in {"amod", "compound", "poss"} and ctx.known(c)), None)
                if origin is not None and origin.label != rec.label:
                    transfer.supplier = origin
                    return
    if sup is None:
        holder = _items_holder(ctx, transfer, sent, here=not earlier)  # (a claim under discussion outranks a mention)
        if holder is not None and holder.label != rec.label:
            transfer.supplier = holder  # "North Korea has hundreds of Koksan guns. ... some of them had been sent to Russia"
            return
    if rec is None and transfer.item_tokens and transfer.item_tokens[-1].i < sent.start:
        # "imagery has shown rail flatcars in Russia carrying Koksan guns. These systems have been
        # supplied by the DPRK": where the cargo pointed back at was seen
        mention = transfer.item_tokens[-1]
        seen = next((a for anc in [mention, *mention.ancestors] for prep in children(anc, {"prep"})
                     if prep.lower_ in {"in", "inside"} for p in children(prep, {"pobj"})
                     for a in [ctx.known(p)] if a is not None and a.actor_type == "state" and a.label != sup.label), None)
        if seen is not None:
            transfer.recipient = seen
            return
    if rec is None:
        holder = _stock_owner(ctx, sent)
        if holder is not None and holder.label != sup.label:
            transfer.recipient = holder  # "Moscow has had no such problem. Its arsenal has been topped up with North Korean shells"
            return
    if sup is None:
        maker = _model_maker(ctx, transfer)
        if maker is not None and maker.label != rec.label and not _others_sent_model(
                ctx, transfer, maker, earlier, since=ctx.para_start(transfer.anchor.idx)):
            # "Kuwait signed a contract for TB2s", "Kyiv expected to receive more TB2s" after Poland's drones: the state
            # whose industry makes them, before the supplier of the claim under discussion
            transfer.supplier = maker
            return
    for other in same_sentence:
        if other is transfer:
            continue
        if sup is None and other.supplier is not None and other.supplier.label != rec.label and (
                other.recipient is None or other.recipient.label == rec.label):
            transfer.supplier = other.supplier
            return
        if rec is None and other.recipient is not None and other.recipient.label != sup.label and (
                other.supplier is None or other.supplier.label == sup.label or transfer.backref):
            # (a part of the same cargo goes where the rest went: "most of the rockets were supplied to
            # the Myanmar military by China and Russia, and a smaller share came from Serbia")
            transfer.recipient = other.recipient
            return
    if rec is None:
        owner = _passive_cargo_owner(ctx, transfer)
        if owner is not None and owner.label != sup.label:
            transfer.recipient = owner  # "The third of the Pakistan Navy's four corvettes was handed over at Istanbul"
            return
    for claim in reversed(earlier):
        if sup is None and claim.recipient.label == rec.label:
            transfer.supplier = claim.supplier
            return
        if rec is None and claim.supplier.label == sup.label:
            transfer.recipient = claim.recipient
            return
    if earlier and transfer.anchor.lemma_.lower() not in AID_NOUNS:  # aid goes where the sentence says
        topic = earlier[-1]
        if rec is None and topic.recipient.label == (ctx.speaker_at(transfer.anchor.idx)[0] or sup).label and any(
                c.lower_ in {"they", "them"} for c in transfer.anchor.children):
            # "LAHBIB: We have never received a weapon from Iran. ... France sold them Caesar guns": "them" is not the
            # speaker who said "we"; the latest party that is
            topic = next((c for c in reversed(earlier) if c.recipient.label != topic.recipient.label), topic)
        if sup is None and topic.supplier.label != rec.label:
            transfer.supplier = topic.supplier
            return
        if rec is None and topic.recipient.label != sup.label:
            transfer.recipient = topic.recipient
            if transfer.items == ["troops"] and topic.recipient.actor_type == "armed group":
                # "Belize and the Bahamas have each committed a contingent of soldiers and police to the mission" in a
                # story on arms for Haiti's gangs: troops go to the state the group fights in, not to the group
                operates = ctx.lexicon.actors.get(topic.recipient.iri or "", {}).get("operates")
                transfer.recipient = ctx.gazetteer_actor(operates) or topic.recipient
            return
    if sup is None and ctx.last_site is not None and ctx.lexicon.is_transfer_node(ctx.last_site.iri):
        # only a node cargo leaves from (a port, a railhead), not a city struck or a region of deployment
        country = ctx.site_country(ctx.last_site)
        if country is not None and country.label != rec.label:
            transfer.supplier = country
            return
    known = sup or rec
    # the parties beside this one in its slot: "arms sales to Saudi Arabia, the United Arab Emirates and Jordan"
    beside = {a.label for other in same_sentence if other.anchor.i == transfer.anchor.i
              for a in [other.recipient if sup is None else other.supplier] if a is not None}
    for ent in ctx.ents_in(sent):
        actor = ctx.known(ent[0])
        if actor is None or actor.actor_type != "state" or actor.label == known.label or ent.start in ctx.excluded:
            continue
        if actor.label in beside:
            continue  # (a party beside this one, not the missing other side)
        if ent.root.dep_ == "pobj" and ent.root.head.lower_ in {"over", "against", "at", "on", "in", "through", "via"}:
            continue  # a target or a battlefield, not a party; a route ("supplied to the organisations through Syria")
        if ent.root.dep_ == "pobj" and ruled_out(ent.root.head):
            continue  # "bound for the Czech Republic and not for Israel": a party the text rules out
        if ent.root.dep_ == "pobj" and ent.root.head.head.lemma_.lower() in BORDER_NOUNS:
            continue  # "moved troops to its border with Ukraine": the neighbour, not a party
        if rec is None and ent.root.dep_ == "pobj" and ent.root.head.lower_ == "from":
            continue  # "brought Wagner contractors home from Mali": where the cargo leaves is not where it goes
        if ent.root.dep_ == "pobj" and ent.root.head.dep_ == "agent" and ent.root.head.head.i != transfer.anchor.i:
            continue  # "fabrications cooked up by Washington": the agent of something else
        if _maker_of_allegation(ent.root):
            continue  # "allegations by Kiev that ...", "the Pentagon's claim that ...": who alleges, not a party
        if ent.root.dep_ == "dobj" and ent.root.head.lemma_.lower() in RIVAL_VERBS or (
                ent.root.dep_ == "pobj" and ent.root.head.lower_ == "than"):
            continue  # "France overtook Russia as the second-largest exporter": a rival in a ranking
        if ent.root.dep_ in {"amod", "compound"} and ent.root.head.lemma_.lower() in VEHICLE_NOUNS:
            continue  # "Russian rail cars travelling into North Korea to collect a shipment": the carrier
        if ent.root.dep_ in {"amod", "compound"} and ent.root.head.pos_ == "NOUN" and not (
                ent.root.head.lemma_.lower() in GOV_NOUNS or ctx.lexicon.is_item_or_cargo(ent.root.head.lemma_.lower())):
            continue  # "Ukrainian cities", "Russian strikes": a place or an event, not a party
        if sup is not None and (ent.root.lower_.rsplit("-", 1)[-1] in MAKER_SUFFIXES or (
                ent.root.dep_ in {"amod", "compound", "npadvmod"} and ctx.lexicon.is_item_or_cargo(ent.root.head.lemma_.lower()))
                or ent.root.head.lower_.rsplit("-", 1)[-1] in MAKER_SUFFIXES):
            continue  # "gave Haftar Chinese-made Wing Loong drones": the maker of the cargo is not who got it
        if ent.root.head.lemma_.lower() in AGENT_NOUNS or ent.root.dep_ in {"nsubj", "nsubjpass"} or (
                ent.root.dep_ == "conj" and ent.root.head.dep_ in {"nsubj", "nsubjpass"}):
            continue  # the nationality of a speaker ("South Korean officials"), or a speaker
        if ent.root.dep_ in {"poss", "compound", "amod"} and ent.root.head.dep_ in {"nsubj", "nsubjpass"} \
                and ent.root.head.head.lemma_.lower() in REPORTING_VERBS and ent.root.head.head.is_ancestor(transfer.anchor):
            continue  # "Ukraine's air force says the drones keep arriving": the state of who speaks
        if sup is None:
            transfer.supplier = actor
        else:
            transfer.recipient = actor
        return
    if rec is None and not earlier:
        topic_state = _paragraph_topic(ctx, sent)
        if topic_state is not None and topic_state.label != sup.label:
            transfer.recipient = topic_state


def _passive_cargo_owner(ctx: Context, transfer: _Transfer) -> Actor | None:
    """The state whose cargo a passive delivery names as its subject: "the Pakistan Navy's corvette was
    handed over", "the third of Qatar's landing ships was delivered"."""
    cargo = {t.i for t in transfer.item_tokens}
    for subj in children(transfer.anchor, {"nsubjpass"}):
        heads = [subj] + [p for of in children(subj, {"prep"}) if of.lower_ == "of" for p in children(of, {"pobj"})]
        for head in heads:
            if not (ctx.lexicon.is_item_or_cargo(head.lemma_.lower()) or head.i in cargo):
                continue
            for poss in children(head, {"poss"}):
                actor = ctx.role_actor(poss)
                if actor is not None and actor.kind == "named" and actor.actor_type == "state":
                    return actor
    return None


def _model_maker(ctx: Context, transfer: _Transfer) -> Actor | None:
    """The state whose industry makes the cargo's model (kgo:makes): "TB2s", "Gripen fighters", "F-16V jets"."""
    return model_maker_of(ctx, transfer.item_tokens)


def _items_holder(ctx: Context, transfer: _Transfer, sent: Span, here: bool) -> Actor | None:
    """Who has the cargo a sentence points back at ("some of them", "the shells"), as the earlier
    sentence that named it says: the subject of the clause that names it, when that is a state ("North
    Korea has been producing KN-23 missiles"), else the state of the items' maker ("North Korean shells")."""
    if not transfer.item_tokens:
        return None
    mention = transfer.item_tokens[-1]  # the head noun of the items' phrase
    if mention.i >= sent.start and here:  # "the shells were being loaded onto Russian ships": the earlier mention of "shells"
        item = next((t for t in transfer.item_tokens if t.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in t.children)), None)
        previous = ctx.sent_of(sent.doc[sent.start - 1]) if sent.start and item is not None else None
        mention = next((t for t in previous if t.lemma_.lower() == item.lemma_.lower()), None) if previous is not None else None
        if mention is None and previous is not None:
            # "Iran produces the Fath-360 at a plant near Tehran. The missiles were shipped to Russia":
            # the same kind of cargo named another way
            kinds = set(transfer.items)
            mention = next((tok.doc[tok.i + n - 1] for lab, tok, n in reversed(ctx.lexicon.match_items(list(previous)))
                            if lab in kinds), None)
    if mention is None or mention.i >= sent.start:
        return None
    verb = next((a for a in mention.ancestors if a.pos_ in {"VERB", "AUX"}), None)  # the clause that names it
    subject = next((c for c in children(verb, {"nsubj"})), None) if verb is not None else None
    found = ctx.role_actor(subject) if subject is not None else None
    if found is not None and found.kind == "named" and found.actor_type == "state":
        return found
    return _modifier_actor(ctx, transfer.item_tokens)


# What a state holds and others fill: "its arsenal has been topped up with North Korean shells".
STOCK_NOUNS = {"arsenal", "stock", "stockpile", "inventory", "magazine", "reserve", "depot", "ranks"}


def _stock_owner(ctx: Context, sent: Span) -> Actor | None:
    """The state whose stocks the sentence's subject are, when a pronoun owns them: "Its arsenal has
    been topped up ... with North Korean shells" after "Moscow has had no such problem" is Russia's."""
    for t in sent:
        if t.dep_ in {"nsubj", "nsubjpass"} and t.lemma_.lower() in STOCK_NOUNS:
            for poss in children(t, {"poss"}):
                if poss.lower_ in {"its", "their"}:
                    found = ctx._state_subject_before(poss)
                else:
                    found = ctx.known(poss)
                if found is not None and found.actor_type == "state":
                    return found
    return None


def _maker_of_allegation(token: Token) -> bool:
    """Whether a name is who makes a claim or report: "allegations by Kiev", "the Pentagon's claim",
    "according to the State Department" (or its owner: "according to Japan's defence ministry")."""
    for node in [token] + ([token.head] if token.dep_ in {"poss", "compound"} else []):
        if node.dep_ == "pobj" and node.head.lower_ == "to" and node.head.head.lower_ == "according":
            return True
    if token.dep_ == "poss":
        return token.head.lemma_.lower() in ALLEGATION_NOUNS
    return token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.head.lemma_.lower() in ALLEGATION_NOUNS


def _paragraph_topic(ctx: Context, sent: Span) -> Actor | None:
    """The state the sentence before, in the same paragraph, is about (its subject, or the
    subject's possessor): "Russia's war would have stalled without its friends. Iran sends the
    Shaheds ..." sends them to Russia."""
    k = bisect.bisect_left(ctx.sent_starts, sent.start)
    if k <= 0 or k >= len(ctx.sents) or ctx.sent_starts[k] != sent.start:
        return None
    prev = ctx.sents[k - 1]
    first = next((t for t in sent if not t.is_space), sent[0])
    if "\n" in ctx.text[prev.start_char : first.idx]:  # (the parser may keep the break at the end of the sentence before)
        return None
    subj = subject_of(prev.root)
    return ctx.subject_state(subj) if subj is not None else None


# Prepositions whose object only dates the clause: "before the delivery", "since the shipments".
TIME_PREPS = {"before", "after", "since", "until", "till", "during", "ahead"}


def _departs_inside(ctx: Context, sent: Span, anchor: Token, recipient: Actor) -> bool:
    """A movement that starts inside the recipient's country ("From there [Dunai], rail-tracking
    data show the containers moving west to a storage site in southern Russia", "moved from Dunai
    by rail to a depot") is a movement within that country, not a transfer to it."""
    if anchor.lemma_.lower() in WITHDRAWAL_WORDS:
        return False  # "the withdrawal of Eritrean troops from Tigray": where they are, not where they set out from
    clause = {anchor.i} | {a.i for a in anchor.ancestors}
    for t in sent:
        if t.lower_ != "from" or t.dep_ != "prep":
            continue
        if t.head.i not in clause and t.i != sent.start:
            continue  # the origin of the transfer itself, or a sentence-opening "From there, ..."
        for obj in t.children:
            if obj.dep_ not in {"pobj", "pcomp"}:
                continue
            site = None
            if obj.lower_ in {"there", "here"}:
                site = ctx.last_site
            elif obj.i in ctx.ent_of:
                found = ctx.actor_from_ent(ctx.ent_of[obj.i])
                site = found if found.kind == "site" and found.iri else None
            country = ctx.site_country(site) if site is not None else None
            if country is not None and country.label == recipient.label:
                return True
    return False


def _denial_verb(ctx: Context, sent: Span) -> tuple[Token, Token | None] | None:
    """A denial that names what it rejects but not the transfer: "Pyongyang dismissed the reports",
    "We consider such statements unfounded", "This is another fabrication", "Such reports were
    fairy tales". Returns (the denying word, its subject if any)."""
    words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
    has_denial_word = bool(words & DENIAL_WORDS)
    for t in sent:
        lemma = t.lemma_.lower()
        if lemma in DENIAL_VERBS:
            subj = subject_of(t)
            if subj is None and t.dep_ == "xcomp" and t.head.i != t.i:
                subj = subject_of(t.head)  # "Russian officials have continued to dismiss reports ...": the controller denies
            if any(c.dep_ == "neg" for c in t.children) or (subj is not None and (
                    subj.lower_ in {"nobody", "none", "no-one"} or (subj.lower_ == "one" and any(c.lower_ == "no" for c in subj.children))
                    or any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children))):
                continue  # "and nobody serious disputes that", "Moscow does not dispute this": no denial
            if any(c.dep_ == "preconj" and c.lower_ == "neither" for x in [t, t.head] for c in x.children) or any(
                    c.dep_ == "cc" and c.lower_ == "nor" for c in t.head.children):
                continue  # "neither confirmed nor denied the report": a refusal to confirm, no denial
            objs = [c for c in t.subtree if c.lemma_.lower() in ALLEGATION_NOUNS or c.lower_ in DENIAL_WORDS]
            objs += [c for c in t.children if c.dep_ == "dobj" and c.lower_ in {"that", "this", "it", "them", "these", "those"}]
            if objs:
                return t, subj
        if has_denial_word and (lemma in {"call", "describe", "brand", "label", "consider", "be", "dismiss", "look", "seem", "sound"}):
            attr = [c for c in t.subtree if c.lower_ in DENIAL_WORDS or c.lemma_.lower() in DENIAL_WORDS]
            subj = subject_of(t)
            # (the verb's own asides; the verb may itself hang as a clause on a "Question:" label)
            aside = {x.i for c in t.subtree if c.i != t.i and c.dep_ in {"appos", "acl", "relcl"} for x in c.subtree}
            refers = [c for c in t.subtree if c.i not in aside and (c.lemma_.lower() in ALLEGATION_NOUNS or (
                c.dep_ in {"nsubj", "dobj", "det"} and c.lower_ in {"this", "that", "these", "those", "such", "it", "them"}))]
            if attr and refers:
                return t, subj
    return None


def _verdict_tokens(verb: Token) -> set[int]:
    """The verdict a denial gives ("dismissed the reports as lies meant to hide ..."): the "as"
    phrase on the denying verb or on the allegation it takes."""
    heads = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in ALLEGATION_NOUNS]
    if not heads:
        return set()  # "rejected as baseless reports that ...": the "as" phrase holds the allegation itself
    return {x.i for h in [verb] + heads for p in h.children if p.dep_ == "prep" and p.lower_ == "as"
            and not any(x.lemma_.lower() in ALLEGATION_NOUNS for x in p.subtree) for x in p.subtree}


def _speaker_for(ctx: Context, sent: Span, verb: Token | None) -> tuple[list[Actor | None], str, Token | None] | None:
    """Who says a sentence that does not restate the transfer: the subject of its reporting verb,
    "according to", or the speaker of the quotation or transcript paragraph it sits in."""
    cands = [verb] if verb is not None else []
    # not a verb in a free relative or a comparison: "consistent with what Moscow announced" says
    # whose word the sentence agrees with, not who says it
    cands += sorted((t for t in sent if t.lemma_.lower() in REPORTING_VERBS and t.pos_ in {"VERB", "AUX"}
                     and not (t.dep_ in {"pcomp", "relcl"} and any(c.lower_ == "what" for c in t.children))),
                    key=lambda t: len(list(t.ancestors)))
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
    root = sent.root
    if root.lemma_.lower() in REPORTING_VERBS and is_negated(root):
        return None  # "We cannot yet confirm that any such technology has been delivered": a refusal
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
    if any(t.lemma_.lower() in SUPPLY_VERBS and any(c.lemma_.lower() in REMAINS_NOUNS for c in children(t, {"dobj", "nsubjpass"}))
           for t in tokens):
        return None  # "investigators sent fragments of one missile to researchers": the remains moved, not the items
    if any(t.lemma_.lower() in USE_VERBS and any(c.dep_ == "aux" and c.lower_ in {"will", "would", "shall", "'ll"}
                                                 for c in t.children) for t in tokens):
        return None  # "these troops will be used in combat": a prediction of use, not the transfer
    for t in tokens:  # "If those troops entered Ukraine, they would be targets": a hypothetical about them
        if t.dep_ == "mark" and t.lower_ in {"if", "unless"}:
            clause = {c.i for c in t.head.subtree}
            if any(x.dep_ == "det" and x.lower_ in DEMONSTRATIVES_ON_CARGO and x.head.i in clause
                   and ctx.lexicon.is_item_or_cargo(x.head.lemma_.lower()) for x in tokens):
                return None
    items, item_tokens = _sentence_items(ctx, sent, supplier)
    if item_tokens and all(t.dep_ == "poss" or t.head.dep_ == "poss" for t in item_tokens):
        return None  # "the soldiers' nationality": the items only own what the sentence is about
    items = [i for i in items if i != "other"]  # a cargo word alone only restates the cargo
    if not items:
        return None
    speaker = _speaker_for(ctx, sent, None)
    if speaker is None:
        # "According to the agency, North Korea has sent 13,000 containers to Russia. They held more
        # than six million shells.": what the cargo held, in a paragraph that attributes it
        held = any(t.lower_ in {"it", "they"} and t.dep_ == "nsubj" and t.head.lemma_.lower() in CONTENT_VERBS - {"be"} for t in tokens)
        source = _paragraph_source(ctx, sent, earlier) if held else None
        if source is None:
            return None
        speaker = ([source], "", None)
    claimants, verb, verb_token = speaker
    subj = subject_of(verb_token) if verb_token is not None else None
    if subj is not None:  # the speaker's own phrase names no cargo ("Two former artillery officers believe ...")
        said_by = {t.i for t in subj.subtree}
        items, item_tokens = _items(ctx, [t for t in tokens if t.i not in said_by], exclude_supplier=supplier)
        items = [i for i in items if i != "other"]
        if not items:
            return None
    recipient = _stock_owner(ctx, sent) or topic.recipient
    if supplier.label == recipient.label:
        return None
    transfer = _Transfer(sent.root, supplier, recipient, items, item_tokens, False, True, tokens)
    _generic_missiles(ctx, transfer, earlier)  # "These missiles are now going into the country" after Storm Shadows
    return transfer, claimants, verb, verb_token


GENERIC_MISSILE_WORDS = {"missile", "missiles"}
DEMONSTRATIVES_ON_CARGO = {"those", "these", "such", "this", "that", "the"}  # on a cargo in a condition


def _generic_missiles(ctx: Context, transfer: _Transfer, earlier: list[RawClaim]) -> None:
    """A bare "missiles" says no more than munitions ("infantry rockets and missiles", "Iranian
    missiles and drone components"), unless the discourse has already said which kind the same
    supplier sends the same recipient ("Iran has put missiles in Russian hands" after the Fath-360s):
    then it refers back to them."""
    if "ballistic missiles" not in transfer.items or not transfer.item_tokens:
        return
    tokens = sorted({t.i: t for t in transfer.item_tokens}.values(), key=lambda t: t.i)
    ballistic = [(tok, n) for label, tok, n in ctx.lexicon.match_items(tokens) if label == "ballistic missiles"]
    if not ballistic or not all(n == 1 and tok.lower_ in GENERIC_MISSILE_WORDS for tok, n in ballistic):
        return
    if any(c.lower_ == "ballistic" for tok, _ in ballistic for c in tok.children):
        return
    sup, rec = transfer.supplier, transfer.recipient
    if sup is None or rec is None:
        return
    if any("ballistic missiles" in c.items and c.supplier.label == sup.label and c.recipient.label == rec.label for c in earlier):
        return
    if any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES_ON_CARGO for tok, _ in ballistic for c in tok.children) \
            and _typed_missiles_before(ctx, transfer.anchor.sent):
        return  # "[the remains of KN-23 missiles] These missiles were supplied ...": the typed ones
    items = [i if i != "ballistic missiles" else "munitions" for i in transfer.items]
    transfer.items = list(dict.fromkeys(items))


def _typed_missiles_before(ctx: Context, sent: Span) -> bool:
    """Whether the sentence before names ballistic missiles by type ("KN-23 missiles", "ballistic
    missiles"), so that "these missiles" refers back to them."""
    if sent.start == 0:
        return False
    before = sent.doc[sent.start - 1].sent
    for label, tok, n in ctx.lexicon.match_items([t for t in before if not t.is_space]):
        if label == "ballistic missiles" and (n > 1 or tok.lower_ not in GENERIC_MISSILE_WORDS or any(
                c.lower_ == "ballistic" for c in tok.children)):
            return True
    return False


def _one_allegation(sent: Span) -> bool:
    """Whether a denial answers one allegation ("the claim", "this accusation", "This is a lie"),
    not all of them ("the reports", "such claims")."""
    return any((t.lemma_.lower() in ALLEGATION_NOUNS and t.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in t.children))
        or (t.dep_ == "nsubj" and t.lower_ in {"this", "that", "it"})
        # "dismissed reports of it": reports about one transfer, the one "it" stands for
        or (t.lower_ in {"it", "this", "that"} and t.dep_ == "pobj" and t.head.lower_ in {"of", "about"}
            and t.head.head.lemma_.lower() in ALLEGATION_NOUNS) for t in sent)


def _answered_items(ctx: Context, earlier: list[RawClaim], supplier: Actor, prior: RawClaim,
                    singular: bool = False) -> list[str]:
    """What a bare denial ("dismissed the allegations") rejects: the items alleged so far for the
    same supplier and recipient; when the allegations differ (shells here, munitions there), the
    broadest category they share."""
    alleged = [c.items for c in earlier if c.stance == "asserts" and c.supplier.label == supplier.label
               and c.recipient.label == prior.recipient.label]
    if not alleged:
        return list(prior.items)
    if singular:  # "called the claim 'baseless'": the allegation just reported
        return list(alleged[-1])
    if all(set(a) == set(alleged[-1]) for a in alleged):
        return list(alleged[-1])
    broader = ctx.lexicon.broader

    def top(label: str) -> str:
        seen = set()
        while label in broader and label not in seen:
            seen.add(label)
            label = broader[label]
        return label

    # an allegation of other kinds made less often is a side remark: "the accusations" of ballistic
    # missiles are not also of the training its crews got ("personnel had been trained in Iran")
    kinds = Counter(frozenset(top(label) for label in items) for items in alleged)
    most = max(kinds.values())
    if list(kinds.values()).count(most) == 1:
        alleged = [items for items in alleged if kinds[frozenset(top(label) for label in items)] == most]
        if all(set(a) == set(alleged[-1]) for a in alleged):
            return list(alleged[-1])
    tops: list[str] = []
    for items in alleged:
        for label in items:
            if top(label) not in tops:
                tops.append(top(label))
    return tops


# ------------------------------------------------------------------------------------- the driver

# Production under licence and transfers of technology pass know-how with the goods ("some of which will be
# assembled in India under licence", "built in Surabaya under a transfer-of-technology arrangement").
LICENCE = re.compile(r"(?i)\bunder (?:an? )?(?:[\w-]+ )?licen[cs]e\b|\blicen[cs]ed? (?:production|manufacture|assembly)\b|"
                     r"\btransfer[- ]of[- ]technology\b|\btechnology[- ]transfers?\b|\btransfers? of technology\b|\bknow-how\b")


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
        # a company ships for its state, however the rules or the discourse found it ("the air-defence
        # systems, made by Diehl Defence, are to be delivered")
        supplier=ctx.as_party(transfer.supplier, supplying=True),  # type: ignore[arg-type]
        # what a backer sends "to Yemen" goes to the group it arms there, when the article names it
        recipient=ctx.proxy(transfer.supplier, ctx.as_party(transfer.recipient), sent.end_char),  # type: ignore[arg-type]
        items=tuple(transfer.items) + (("technology",) if "technology" not in transfer.items and stance == "asserts"
                                        and LICENCE.search(sent.text) else ()),
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


def _under_verb(token: Token, verb: Token) -> bool:
    """Whether ``token`` hangs on ``verb`` through no other verb."""
    for a in token.ancestors:
        if a.i == verb.i:
            return True
        if a.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _reports_denied(ctx: Context, sent: Span, claims: list[RawClaim]) -> list[RawClaim]:
    """ "X rejected reports in Indian media that China would supply ...": the media named by their country assert
    what X denies (not "some media", "certain foreign media", whom no one can name)."""
    out = []
    for t in sent:
        if t.lemma_.lower() not in DENIAL_VERBS:
            continue
        # the reports as the object, or after "as ...": "rejected as baseless reports in Iranian state media"
        for obj in (r for r in t.subtree if r.lemma_.lower() == "report" and r.i > t.i and _under_verb(r, t)):
            press = next((p for prep in children(obj, {"prep"}) if prep.lower_ == "in" for p in children(prep, {"pobj"})
                          if p.lower_ in PRESS_NOUNS), None)
            if press is None or any(c.lower_ in {"some", "certain", "foreign", "western", "several", "other"} for c in press.children):
                continue
            national = next((k for c in press.children if c.dep_ in {"amod", "compound"}
                             for k in [ctx.known(c)] if k is not None and k.actor_type == "state"), None)
            if national is None:
                continue
            phrase = sent.doc[press.left_edge.i: press.i + 1].text
            state_media = any(c.lower_ == "state" for c in press.children)
            claimant = national.said_at(press) if state_media else Actor(
                phrase, None, "unnamed", phrase, sent.doc[press.left_edge.i].idx, "media")
            for claim in claims:
                if claim.stance == "denies":
                    out.append(RawClaim(**{**claim.__dict__, "claimant": claimant, "verb": obj.text, "stance": "asserts",
                                           "certainty": "certain", "certainty_cue": None}))
                    break
    return out


# What a trailing verdict can name ("..., a charge Minsk rejects", "..., an assessment that Tehran has
# disputed"), the words that may stand between the denier and the verb, and the verb's finite forms
# (the parser often takes "rejects" or "denies" after a name for a plural noun).
VERDICT_NOUNS = ALLEGATION_NOUNS | {"assessment", "finding", "conclusion", "accusation"}
VERDICT_FILLERS = {"has", "have", "had", "does", "did", "long", "consistently", "strongly", "repeatedly", "always",
                   "flatly", "vehemently", "firmly", "also", "since", "publicly", "categorically", "so", "far"}
DENIAL_FORMS = {f for v in ("reject", "deny", "dispute", "dismiss", "refute", "rebuff", "disavow")
                for f in (v, v + "s", v + "es", v + "ed", v + "d", v[:-1] + "ies", v[:-1] + "ied")}
# "..., which Tehran acknowledged": the clause before is confirmed by the one who acknowledges it
CONFIRM_FORMS = {"confirm", "confirms", "confirmed", "acknowledge", "acknowledges", "acknowledged", "admit", "admits", "admitted"}


def _conceded(verb: Token | None, anchor: Token) -> bool:
    """Whether a denial follows the sentence's own claim as a concession: "Iran has probably supplied Russia with
    missiles, though Tehran denies it", "Belarus has handed Russia ammunition, a charge Minsk denies" (the parser
    may make the charge the verb's object and the claim its clause). The claim stays the page's (or its source's)."""
    if verb is None or verb.i < anchor.i:
        return False
    if any(c.dep_ == "mark" and c.lower_ in {"though", "although"} for c in verb.children):
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in VERDICT_NOUNS | {"fact"} and anchor.i < c.i < verb.i
               and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in c.children) for c in verb.children)


def _verdict_denial(ctx: Context, sent: Span, claims: list[RawClaim]) -> list[RawClaim]:
    """ "Minsk has handed Russia ammunition, a charge Minsk rejects": an allegation named in an
    apposition at the end of the sentence, with a relative clause whose subject denies it, is that
    subject's denial of the transfer the sentence alleges. Read on the words, not the parse, which
    often takes the denial verb for a noun."""
    asserted = [c for c in claims if c.stance == "asserts"]
    if not asserted:
        return []
    tokens = [t for t in sent if not t.is_space]
    for k, t in enumerate(tokens):
        clause = t.lower_ == "which" and k >= 2 and tokens[k - 1].lower_ == ","  # "..., which Pyongyang denies"
        if (t.lemma_.lower() not in VERDICT_NOUNS and not clause) or k < 2:
            continue
        j = k - 1
        while j > 0 and tokens[j].pos_ == "ADJ":
            j -= 1
        if not clause and (tokens[j].lower_ not in {"a", "an", "one"} or tokens[j - 1].lower_ not in {",", "—", "–", ";"}):
            continue
        j = k + 1
        if not clause and j < len(tokens) and tokens[j].lower_ in {"that", "which"}:
            j += 1
        if j >= len(tokens) or tokens[j].i not in ctx.ent_of:
            continue
        deniers = []
        while j < len(tokens) and tokens[j].i in ctx.ent_of:  # "a claim Moscow and Pyongyang deny"
            ent = ctx.ent_of[tokens[j].i]
            denier = ctx.known(ent.root) or ctx.known(tokens[j])
            if denier is None or denier.kind != "named":
                break
            deniers.append(denier)
            j += len([x for x in ent if not x.is_space and x.i >= tokens[j].i])
            if j + 1 < len(tokens) and tokens[j].lower_ == "and" and tokens[j + 1].i in ctx.ent_of:
                j += 1
        if not deniers:
            continue
        while j < len(tokens) and tokens[j].lower_ in VERDICT_FILLERS:
            j += 1
        confirms = clause and j < len(tokens) and tokens[j].lower_ in CONFIRM_FORMS
        if j >= len(tokens) or (tokens[j].lower_ not in DENIAL_FORMS and not confirms):
            continue
        if clause and j + 1 < len(tokens) and not tokens[j + 1].is_punct and tokens[j + 1].lower_ not in {"in", "on", "at", "last", "this", "while"}:
            continue  # "..., which Tehran confirmed were Fath-360s": a clause of its own, not a verdict on the sentence
        verb = tokens[j]
        out, seen = [], set()
        for denier in deniers:
            for claim in asserted:
                key = (denier.label, claim.supplier.label, claim.recipient.label)
                if key in seen or (claim.claimant is not None and claim.claimant.label == denier.label):
                    continue
                seen.add(key)
                out.append(replace(claim, claimant=denier, verb=verb.text, stance="asserts" if confirms else "denies",
                                   certainty="certain", certainty_cue=None, evidence=_evidence(ctx, [], denier, verb.text)))
        return out
    return []


BULLET = re.compile(r"[•*▪‣◦·–—-]\s")  # a numbered line without a full stop is a section heading
SENTENCE_END = ".!?…:;,"


def _onward_chains(claims: list[RawClaim], anchors: list[Token]) -> list[RawClaim]:
    """Goods that pass from an origin through an intermediary to a final recipient make one claim,
    origin -> final recipient (GUIDE.md, settled 2026-12-05): "Iran sold the drones to Belarus, which
    then passed them on to Russia", "Belarus is handing Russia shells that it bought from North Korea".
    Two claims of one claimant chain when the first one's recipient supplies the second, they share
    an item, and one transfer word governs the other and moves the same goods (_same_goods). A first
    leg told inside the whole path, from the same supplier, is dropped instead: "Ammunition that
    Bulgaria sold to Polish arms brokers ended up in Ukraine"."""
    merged: list[RawClaim] = []
    used: set[int] = set()
    for i, first in enumerate(claims):
        for j, second in enumerate(claims):
            if i == j or i in used or j in used or first.stance != second.stance or (
                    (first.claimant.label if first.claimant else None) != (second.claimant.label if second.claimant else None)):
                continue
            if not set(first.items) & set(second.items):
                continue
            a, b = anchors[i], anchors[j]
            if a.lemma_.lower() in REFILL_VERBS or b.lemma_.lower() in REFILL_VERBS:
                continue  # "will replenish the interceptors that Germany hands over to Ukraine": new stock, not a chain
            if first.supplier.label == second.supplier.label and first.recipient.label != second.recipient.label \
                    and b in a.ancestors and _same_goods(b, a):
                # "Ammunition that Bulgaria sold to Polish arms brokers ended up in Ukraine": the
                # first leg, told inside the whole path, is not a claim of its own
                used.add(i)
                continue
            if first.recipient.label != second.supplier.label or first.supplier.label == second.recipient.label:
                continue
            if b in a.ancestors:
                a, b = b, a
            if a not in b.ancestors or not _same_goods(a, b):
                continue
            used.update({i, j})
            merged.append(replace(first, recipient=second.recipient))
    return [c for k, c in enumerate(claims) if k not in used] + merged


def _same_goods(outer: Token, inner: Token) -> bool:
    """Whether a transfer word inside another's clause moves the same goods: a relative clause on
    them ("shells that it bought from North Korea", "Armoured vehicles that China sold ... were
    passed on") or a pronoun for them ("which then passed them on to Russia"). Not a swap's
    other goods ("will send its S-300s to Ukraine and receive Patriots in return")."""
    if inner.dep_ in {"relcl", "acl"} and inner.head.head.i == outer.i and (inner.head.dep_ in {"dobj", "nsubjpass"} or (
            inner.head.dep_ == "nsubj" and inner.head.ent_type_ not in ACTOR_LABELS)):  # "Ammunition that ... ended up in"
        return True  # (the outer transfer's own cargo, not a place or party: "to Slovakia, which had sent ...")
    return any(c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in {"them", "it", "they"} for c in inner.children)


def _office_state(ctx: Context, sent: Span, claim: RawClaim) -> RawClaim:
    """An office the text gives no state ("a vice-minister of national defence said in a statement
    carried by KCNA", "the foreign minister denied ...") speaks for a state (GUIDE.md: an official
    speaking for a named office is that state): the state whose news agency carries the words, else,
    in a denial, the state accused of the supply, else the state whose pledge it announces, else the
    state that is the subject of the transfer asserted."""
    if not _unplaced_office(ctx, claim.claimant):
        return claim
    state = None
    for t in sent:  # "in a statement carried by KCNA"
        if t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.head.lemma_.lower() in {"carry", "publish", "release", "report", "quote"}:
            actor = ctx.role_actor(t)
            if actor is not None and actor.kind == "named" and actor.actor_type == "state":
                state = actor
    if state is None and claim.stance == "denies":
        # "Mali's junta did not hire the Wagner Group, the foreign minister said": the recipient whose act
        # is denied speaks; else the state accused of the supply
        state = _subject_recipient(ctx, claim)
        if state is None and claim.supplier.kind == "named" and claim.supplier.actor_type == "state":
            state = claim.supplier
    if state is None and claim.supplier.kind == "named" and claim.supplier.actor_type == "state" and any(
            t.pos_ == "VERB" and t.lemma_.lower() in PLEDGE_VERBS and _subject_is(ctx, t, claim.supplier) for t in sent):
        state = claim.supplier  # "Germany pledged ten more tanks to Ukraine, the defence ministry said"
    if state is None and claim.stance == "asserts" and _one_office(ctx, claim.claimant):
        # "Spain has sent six Hawk launchers to Ukraine, Defence Minister Margarita Robles said",
        # "Ukraine has received ..., the defence ministry said": a state announces its own transfers.
        # (It can be an accuser's office: "North Korea has sent shells to Russia, the ministry said"
        # gives North Korea. A guard for a state that denies the same transfer elsewhere in the
        # article was tried and dropped: states also admit what they first denied.)
        state = _subject_party(ctx, sent, claim)
    if state is None and claim.claimant.kind == "named":
        # "A ministry spokesman, Zeki Akturk, told reporters ...": the ministry the story has named
        token = ctx.token_at(claim.claimant.start)
        title = _apposed_title(ctx.ent_of[token.i]) if token is not None and token.i in ctx.ent_of else None
        body = next((c for c in title.children if c.lower_ in {"ministry", "government", "office", "presidency"}), None) \
            if title is not None else None
        office = ctx.claimant_from(body) if body is not None else None
        if office is not None and office.kind == "named" and office.actor_type == "state":
            state = office
    return replace(claim, claimant=state) if state is not None else claim


def _unplaced_office(ctx: Context, who: Actor | None) -> bool:
    """Whether a claimant is an office, or a titled official, that the text places in no state."""
    if who is None or not who.label:
        return False
    if _titled_stranger(ctx, who):
        return True
    if not (who.kind == "unnamed" or (
            who.iri is None and all(w in OFFICE_WORDS | GOV_NOUNS | {"of", "for"} for w in who.label.lower().split()))):
        return False  # (an office the tagger took for a name: "the Ministry of Defence", "the defence ministry")
    head = _office_head(who.label)
    return head in SPEAKING_OFFICES or head.rstrip("s") in SPEAKING_OFFICES


def _office_head(label: str) -> str:
    """The head word of an office's name: "ministry" in "Ministry of Defence" and "defence ministry"."""
    words = label.lower().split()
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


def _one_office(ctx: Context, who: Actor) -> bool:
    """A titled official or one office ("the defence ministry"), not "several European governments"."""
    return _titled_stranger(ctx, who) or (
        all(w in OFFICE_WORDS | GOV_NOUNS | {"of", "for"} for w in who.label.lower().split())
        and _office_head(who.label) in SPEAKING_OFFICES)


def _titled_stranger(ctx: Context, who: Actor) -> bool:
    """A person the gazetteer does not know and the article places in no state, named with the
    title of a state office: "Defence Minister Bill Blair", "Prime Minister Mark Rutte"."""
    if who.kind != "named" or who.iri is not None or who.start < 0:
        return False
    token = ctx.token_at(who.start)
    ent = ctx.ent_of.get(token.i) if token is not None else None
    if ent is None or ent.label_ != "PERSON":
        return False
    before = []
    for i in range(ent.start - 1, max(ent.start - 5, ent.sent.start) - 1, -1):
        t = ctx.doc[i]
        if not (t.is_title or t.is_upper or t.lower_ in {"of", "for"} or t.lower_ in OFFICE_WORDS | SPEAKING_OFFICES):
            break  # (lower-case office words too: "foreign ministry spokesman Saeed Khatibzadeh")
        before.append(t)
    if [t.lower_.rstrip(".") for t in before] in (["representative"], ["rep"], ["senator"], ["sen"], ["congressman"], ["congresswoman"]):
        return False  # "Representative Dana Whitcomb, a Republican on the House Foreign Affairs Committee": a legislator
    if any(t.lemma_.lower() in SPEAKING_OFFICES | HEAD_TITLES | {"minister", "premier"} for t in before) \
            and not any(t.lower_ in {"former", "ex"} or ctx.known(t) is not None for t in before):  # ("NATO Secretary General ...")
        return True
    # "A ministry spokesman, Zeki Akturk, told reporters", "Zeki Akturk, a defence ministry spokesman, said": the title
    # in apposition, with nothing but office words on it
    return _apposed_title(ent) is not None


def _apposed_title(ent: Span) -> Token | None:
    """The office title in apposition to a name, with nothing but office words on it: "A ministry spokesman, Zeki
    Akturk, told reporters", "Zeki Akturk, a defence ministry spokesman, said"."""
    root = ent.root
    titles = ([root.head] if root.dep_ == "appos" else []) + [c for c in root.children if c.dep_ == "appos"]
    return next((t for t in titles if t.lemma_.lower() in SPEAKING_OFFICES | {"minister"} and all(
        x.dep_ in {"det", "punct"} or x.lower_ in OFFICE_WORDS for x in t.subtree if x.i != t.i and not ent.start <= x.i < ent.end)),
        None)


def _subject_recipient(ctx: Context, claim: RawClaim) -> Actor | None:
    """The recipient, a state, when it or its body ("Mali's junta", "Sudan's army") is the subject."""
    party = claim.recipient
    if party.kind != "named" or party.actor_type != "state":
        return None
    token = ctx.token_at(party.start)
    if token is None:
        return None
    root = ctx.ent_of[token.i].root if token.i in ctx.ent_of else token
    if root.dep_ == "poss":
        root = root.head
    return party if root.dep_ in {"nsubj", "nsubjpass"} and root.head.pos_ in {"VERB", "AUX"} else None


def _subject_party(ctx: Context, sent: Span, claim: RawClaim) -> Actor | None:
    """The supplier or recipient, a state, that is the subject of a clause of the sentence."""
    for party in (claim.supplier, claim.recipient):
        if party.kind != "named" or party.actor_type != "state" or not sent.start_char <= party.start < sent.end_char:
            continue
        token = ctx.token_at(party.start)
        ent = ctx.ent_of.get(token.i) if token is not None else None
        root = ent.root if ent is not None else token
        if root is not None and root.dep_ == "conj" and root.head.dep_ in {"nsubj", "nsubjpass"}:
            # "The Netherlands and Denmark will hand over ..., Prime Minister Mark Rutte said": the first named speaks
            first = ctx.role_actor(root.head)
            return first if first is not None and first.kind == "named" and first.actor_type == "state" else None
        if root is not None and root.dep_ in {"nsubj", "nsubjpass"}:
            return party
        if root is not None and root.dep_ == "poss" and root.head.dep_ in {"nsubj", "nsubjpass"} and party is claim.supplier \
                and root.head.lemma_.lower() in TRANSFER_NOUNS:
            return party  # "Germany's latest delivery to Ukraine comprised ..., the government said"
    return None


# A state announces its own pledges: an office that announces one speaks for the pledging state.
PLEDGE_VERBS = {"pledge", "promise"}


def _subject_is(ctx: Context, verb: Token, actor: Actor) -> bool:
    subj = subject_of(verb)
    found = ctx.role_actor(subj) if subj is not None else None
    return found is not None and found.label == actor.label


def _bare_subject_of_content(anchor: Token) -> bool:
    """A transfer noun in the bare plural, subject of a verb of content: "Deliveries now also include
    ballistic missiles", "Shipments have also included ...". It continues the transfer under discussion."""
    return anchor.pos_ == "NOUN" and anchor.tag_ == "NNS" and anchor.dep_ == "nsubj" \
        and anchor.head.lemma_.lower() in CONTENT_VERBS - {"be", "carry", "hold"} \
        and not any(c.dep_ in {"det", "poss", "amod", "compound", "prep"} for c in anchor.children)


def _cargo_left_out(anchor: Token) -> bool:
    """Whether a transfer word names no cargo slot at all: a verb with no object, passive subject or
    "with" ("has been supplying Moscow"), a noun with no "of" ("shipments to Russia")."""
    if verbal_anchor(anchor):  # its only object, if any, is the recipient
        return not children(anchor, {"nsubjpass"}) and not any(p.lower_ == "with" for p in children(anchor, {"prep"})) \
            and all(o.ent_type_ in {"GPE", "NORP", "ORG"} for o in children(anchor, {"dobj"}))
    return not any(p.lower_ == "of" for p in children(anchor, {"prep"})) and not any(
        c.dep_ in {"compound", "amod"} and c.pos_ == "NOUN" for c in anchor.children)


def _speaker_supplies(ctx: Context, sent: Span, transfer: _Transfer) -> Actor | None:
    """The state that speaks of a transfer whose sender the sentence leaves out, when it is its own:
    a denial ("Pyongyang said that no weapons had been sent to Russia": a recipient would deny
    receiving), or definite aid ("The State Department said the new security assistance for Kyiv
    includes ...", not "any military assistance to Ukraine")."""
    anchor = transfer.anchor
    own_aid = anchor.lemma_.lower() in PACKAGE_NOUNS and not transfer.negated and any(
        c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "our", "its"} for c in anchor.children)
    # ("deliveries of heavy equipment had been made to the Malian armed forces", said by the sender's corps)
    made = anchor.dep_ == "nsubjpass" and anchor.head.lemma_.lower() in {"make", "complete", "carry"}
    attributions, _, refused = find_attributions(ctx, anchor, sent)
    if refused or not attributions or not (transfer.negated or attributions[0].denial or own_aid or made):
        return None
    return _speaking_state(attributions, transfer.recipient)


def _maker_speaks(ctx: Context, sent: Span, transfer: _Transfer, earlier: list[RawClaim]) -> Actor | None:
    """The state that speaks of its own industry's kit going to a named recipient, the sender left out:
    "COLLATZ: The 40 Marder infantry fighting vehicles are to reach Ukraine by the end of March" (Germany, whose
    spokesman speaks and whose industry makes the Marder), whoever the discourse had sending before."""
    maker = _model_maker(ctx, transfer)
    if maker is None or _others_sent_model(ctx, transfer, maker, earlier):
        return None
    attributions, _, refused = find_attributions(ctx, transfer.anchor, sent)
    if refused:
        return None
    if attributions:
        speaker = _speaking_state(attributions, transfer.recipient)
    else:  # a transcript's speaker label or a government page's own voice
        speaker, known = ctx.speaker_at(transfer.anchor.idx)
        speaker = speaker if known else None
    return maker if speaker is not None and speaker.label == maker.label else None


def _others_sent_model(ctx: Context, transfer: _Transfer, maker: Actor, earlier: list[RawClaim], since: int = 0) -> bool:
    """Whether the discourse (from character ``since`` on) had others than its maker sending the same model to
    the same recipient: "Denmark and the Netherlands have pledged to send F-16s to Kyiv. 'The first F-16s will
    arrive in Ukraine this summer,' Blinken said" (the senders told before, not the maker, send them)."""
    models = {m for t in transfer.item_tokens for w in [t] + list(t.children) for m in [ctx.lexicon.maker_model(w.text)] if m}
    return any(c.start >= since and c.recipient.label == transfer.recipient.label and c.supplier.label != maker.label
               and models & {ctx.lexicon.maker_model(w) for w in re.findall(r"[\w/.-]+", c.item_text)} for c in earlier)


def _speaking_state(attributions: list[Attribution], other: Actor) -> Actor | None:
    """The named state that the first attribution credits, unless it is ``other``, the transfer's
    other party (the speaker fills the empty slot of :func:`_speaker_supplies` and :func:`_speaker_receives`)."""
    who = attributions[0].claimant
    if who is None or who.kind != "named" or who.actor_type != "state" or who.label == other.label:
        return None
    return who


def _speaker_receives(ctx: Context, sent: Span, transfer: _Transfer) -> Actor | None:
    """The state that speaks of goods arriving from abroad with no destination named: "Brazilian army
    spokesman Colonel Paulo Souza said the first Gripen fighters had arrived from Sweden" (Brazil), "the
    ministry said the helicopters were delivered by the United States" (the ministry's state)."""
    anchor = transfer.anchor
    lemma = anchor.lemma_.lower()
    arriving = lemma in ARRIVE_VERBS - {"go", "head", "follow", "cross", "flow", "stream"} and anchor.pos_ in {"VERB", "AUX"}
    delivered = lemma in SUPPLY_VERBS and any(c.dep_ == "nsubjpass" for c in anchor.children)
    if not (arriving or delivered) or transfer.negated:
        return None
    if any(c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "into", "for"} for c in anchor.children):
        return None  # a destination the rules could not read is no leave to guess one
    attributions, _, refused = find_attributions(ctx, anchor, sent)
    if refused or not attributions:
        return None
    return _speaking_state(attributions, transfer.supplier)


def _group_denies(ctx: Context, sent: Span, transfer: _Transfer) -> Actor | None:
    """An armed group that denies being supplied, with no recipient named: "a spokesman for the group
    denied that Iran had supplied the drone" (the group)."""
    attributions, _, refused = find_attributions(ctx, transfer.anchor, sent)
    if refused or not attributions or not attributions[0].denial:
        return None
    who = attributions[0].claimant
    if who is None or who.actor_type != "armed group" or transfer.supplier is None or who.label == transfer.supplier.label:
        return None
    return who


# Verbs of gratitude: "The Kremlin thanked North Korea for sending troops" is thanks for what was received.
GRATITUDE_VERBS = {"thank", "credit", "praise", "commend", "hail"}


def _thanked_for(ctx: Context, transfer: _Transfer) -> Actor | None:
    """"The Kremlin thanked North Korea for sending troops": who thanks a state for sending is the one
    it sent to (the state the thanker speaks for)."""
    prep = transfer.anchor.head
    if transfer.anchor.dep_ != "pcomp" or prep.lower_ not in {"for", "with"} or prep.head.lemma_.lower() not in GRATITUDE_VERBS:
        return None
    subject = subject_of(prep.head)
    who = ctx.claimant_from(subject) if subject is not None else None
    if who is None or who.kind != "named" or who.actor_type != "state" or who.label == transfer.supplier.label:
        return None
    return who


def _paragraph_source(ctx: Context, sent: Span, earlier: list[RawClaim], transfer: _Transfer | None = None) -> Actor | None:
    """Who the paragraph says speaks: the claimant of the latest earlier claim, when it is in the same
    paragraph and a reporting word or "according to" attributes it (a claim in the outlet's own voice
    passes nothing on). With ``transfer``, only an asserted claim between the same two parties passes
    its source on."""
    para = ctx.para_start(sent.start_char)
    if earlier and earlier[-1].start >= para:
        last = earlier[-1]
        if transfer is not None and (last.stance != "asserts" or transfer.supplier is None or transfer.recipient is None
                                     or {last.supplier.label, last.recipient.label} != {transfer.supplier.label, transfer.recipient.label}):
            return None
        return last.claimant if last.claimant is not None and last.verb else None
    return None


# A government's acts of approval, whose subject vouches for the transfer approved where a journalist's question reports
# them (reported by the page itself they are the outlet's claim, GUIDE.md session 27).
APPROVING_VERBS = {"approve", "authorise", "authorize", "clear", "notify"}
# Verbs that make their subject a package's giver and the voice of its contents.
ANNOUNCE_VERBS = {"announce", "unveil", "approve", "authorize", "authorise", "pledge", "promise", "send", "provide", "give"}
# Nouns for a tranche of aid, whose contents a later sentence may list.
PACKAGE_NOUNS = AID_NOUNS | {"package"}


def _package_contents(ctx: Context, sent: Span, announced: _Transfer) -> _Transfer | None:
    """"The Pentagon announced a new package for Ukraine. It includes Stinger missiles ...": a
    sentence whose subject is "it" or "this" and whose verb says what it holds lists the cargo of
    the package announced just before."""
    root = next((t for t in sent if (t.lemma_.lower() in CONTENT_VERBS - {"be", "carry"} or t.lemma_.lower() in CONTENT_PREP_VERBS)
                 and t.pos_ in {"VERB", "AUX"} and any(c.lower_ in {"it", "this"} for c in children(t, {"nsubj"}))), None)
    if root is None or is_negated(root):
        return None
    held = held_by(root)
    items, item_tokens = _items(ctx, held)
    if not items:
        return None
    return _Transfer(root, announced.supplier, announced.recipient, items, item_tokens, False, True, held)


def _heading(ctx: Context, sent: Span) -> bool:
    """A headline or section heading: a line that ends without sentence punctuation ("Germany to
    send more air defence systems"). It announces what the text below says and is no claim itself."""
    text = ctx.text
    raw = text[sent.start_char : sent.end_char]
    body = raw.rstrip()
    if not body or body.rstrip("'\"”’)]")[-1:] in tuple(SENTENCE_END):
        return False
    if raw.rstrip(" \t") == body:  # the sentence does not run to a line break: what follows it?
        nxt = text.find("\n", sent.end_char)
        if text[sent.end_char : nxt if nxt != -1 else len(text)].strip():
            return False
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    return not BULLET.match(text[line_start : sent.end_char].lstrip())  # a bullet point says what it says


# "What Ukraine needs now is ... a steady supply of artillery ammunition": a recommendation.
WISH_VERBS = {"need", "want", "require", "lack", "deserve"}


def _wish_cleft(sent: Span) -> bool:
    """A sentence that says what someone needs ("What Ukraine needs is more shells") recommends a
    transfer; it claims none."""
    root = sent.root
    return root.lemma_ == "be" and any(
        c.dep_ == "csubj" and c.lemma_.lower() in WISH_VERBS and any(w.lower_ == "what" for w in c.children)
        for c in root.children)


def _elliptic(token: Token) -> bool:
    """An auxiliary standing for a predicate left out ("believe it already has", "said they were
    not", "insists it did"): a reported clause of "have", "be" or "do" with a pronoun subject and
    nothing else said."""
    return (token.lemma_.lower() in {"have", "be", "do"} and token.dep_ in {"ccomp", "conj"}
            and any(c.dep_ == "nsubj" and c.lower_ in {"it", "they"} for c in token.children)
            and not any(c.dep_ in {"dobj", "attr", "acomp", "xcomp", "ccomp", "prep", "oprd", "agent", "advcl", "aux",
                                   "auxpass", "npadvmod", "dative"} for c in token.children)
            and not (token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ in {"VERB", "AUX", "NOUN", "ADJ"}))


# The formulas of a US sale notice after its first sentence ("The proposed sale will improve Nigeria's capability to
# meet current and future threats", "... will not alter the basic military balance in the region", "This notice of a
# potential sale is required by law"): the sale the notice announced, no claim of its own.
NOTICE_FORMULA_VERBS = {"improve", "alter", "support", "contribute", "require"}


def _notice_formula(token: Token) -> bool:
    """A "proposed" or "potential" sale with no party of its own, the subject of a notice's formula."""
    if token.lemma_.lower() != "sale" or not any(c.dep_ == "amod" and c.lower_ in {"proposed", "potential"} for c in token.children):
        return False
    if any(p.lower_ in {"to", "for", "by", "from"} for p in children(token, {"prep"})):
        return False
    verb = token.head.head.head if token.dep_ == "pobj" else token.head  # ("This notice of a potential sale is required")
    return token.dep_ in {"nsubj", "pobj"} and verb.lemma_.lower() in NOTICE_FORMULA_VERBS


def find_claims(doc: Doc, lexicon: Lexicon) -> list[RawClaim]:
    """All claims in a Doc, in text order."""
    ctx = Context(doc, lexicon)
    out: list[RawClaim] = []
    last_transfer: _Transfer | None = None  # the sentence before's transfer, for an elliptic "it already has"
    # "The Pentagon announced a new package for Ukraine.": no cargo yet; its sentence and announcer
    announced: tuple[_Transfer, int, Actor | None] | None = None
    from_announced: set[int] = set()  # anchors whose roles come from it
    governors: dict[int, Actor | None] = {}  # who approves or demands, per subject token: one answer for each party split off
    attributed: dict[int, tuple[list[Attribution], list[Token], bool]] = {}  # find_attributions per anchor
    for n_sent, sent in enumerate(ctx.sents):
        if announced is not None and n_sent - announced[1] > 2:
            announced = None
        if _heading(ctx, sent) or _wish_cleft(sent):
            continue
        question = sent.text.rstrip().rstrip("\"”’'").endswith("?")
        site = _site(ctx, sent)
        transfers = []
        withheld = False  # a transfer of the sentence that its rules keep from being claimed
        for token in sent:
            if token.i in ctx.excluded or not _is_anchor(token):
                continue
            transfer = _transfer_at(ctx, token)
            if transfer is not None and _blocked(token):
                withheld = True
            if transfer is None or _blocked(token):
                continue
            if transfer.negated and token.dep_ == "relcl":
                continue  # "a model that Iran had not previously exported" describes the model
            if _notice_formula(token):
                continue  # "The proposed sale will improve Nigeria's capability ...": the notice's formula, said once above
            if token.lemma_.lower() in PACKAGE_NOUNS and not verbal_anchor(token):
                if not transfer.items:
                    # aid that names no cargo is no claim; announced with its giver and taker, it is
                    # what "It includes ..." in the next sentences fills
                    if transfer.supplier is not None and transfer.recipient is not None and not transfer.negated:
                        announcer = subject_of(token.head) if token.dep_ == "dobj" and token.head.lemma_.lower() in ANNOUNCE_VERBS else None
                        announced = (transfer, n_sent, ctx.claimant_from(announcer) if announcer is not None else None)
                    continue
                if transfer.supplier is None and transfer.recipient is None and transfer.backref and announced is not None:
                    transfer.supplier, transfer.recipient = announced[0].supplier, announced[0].recipient  # "The aid includes ..."
                    from_announced.add(transfer.anchor.i)
            if token.lemma_.lower() == "pay" and not transfer.items:
                # "Moscow has paid for North Korean shells with oil": no arms pay, but what is paid for comes back
                bought = paid_for(ctx, transfer)
                if bought is not None:
                    transfers.append(bought)
                continue
            if (transfer.supplier is None and transfer.recipient is None and token.dep_ == "pobj"
                    and token.head.lower_ in TIME_PREPS):
                continue  # "trained on the system before the delivery": the transfer only dates something else
            if not transfer.items and (transfer.carries or transfer.negated) and out:
                # "The capabilities in this package include ...": the sentence names the cargo;
                # "There are no such supplies": the cargo is the one under discussion
                items, item_tokens = _sentence_items(ctx, sent, None)
                items = [i for i in items if i != "other"]
                transfer.items, transfer.item_tokens = (items, item_tokens) if items else (_carried_before(transfer, out), [])
            elif transfer.items == ["other"] and all(ctx.lexicon.is_cargo_word(t) for t in transfer.item_tokens[-1:]):
                # 'lists "ammunition boxes" among cargo loaded at Rajin': the sentence says what the cargo is
                items, item_tokens = _sentence_items(ctx, sent, None)
                if any(i != "other" for i in items):
                    transfer.items, transfer.item_tokens = [i for i in items if i != "other"], item_tokens
            if not transfer.items and transfers and any(
                    c.lemma_.lower() in {"replacement", "successor"} for c in children(token, {"dobj", "nsubjpass"})):
                # "will send all of its Caesar howitzers to Ukraine and buy replacements from France":
                # the replacements are goods of the kind just sent
                transfer.items = list(transfers[-1].items)
            if not transfer.items:
                pointer = cargo_pointer(token)
                transfer.items, transfer.item_tokens = pronoun_cargo(ctx, token, pointer)
                # "another 3,000 had arrived in January": cargo that points back continues the
                # transfer under discussion, which gives the roles the sentence leaves out
                transfer.backref = transfer.backref or (bool(transfer.items) and quantity_cargo(pointer))
            if not transfer.items and transfer.supplier is not None and transfer.recipient is not None and _cargo_left_out(token):
                # "Pyongyang has been supplying Moscow since last summer", "North Korea's shipments to
                # Russia have grown": the cargo of the same supplier and recipient under discussion
                prior = next((c for c in reversed(out) if c.stance == "asserts" and c.supplier.label == transfer.supplier.label
                              and c.recipient.label == transfer.recipient.label), None)
                if prior is not None:
                    transfer.items = list(prior.items)
            if not transfer.items and transfer.supplier is not None and transfer.recipient is not None and not transfer.negated \
                    and verbal_anchor(token) and token.lemma_.lower() in SUPPLY_VERBS | RECEIVE_VERBS \
                    and not _moves_something_else(ctx, token):
                # "The Bayraktar drones, which Ukraine began buying from Turkey in 2019, ...": a supplying or
                # receiving verb with both parties but no cargo of its own carries what its sentence names
                # (session 23: four development claims and six on dev20-dev22 gained; with one party, or any
                # transfer word, it cost more precision than it gained, and a learned sentence gate did not help)
                items, item_tokens = _sentence_items(ctx, sent, transfer.supplier)
                transfer.items, transfer.item_tokens = items, item_tokens
            if not transfer.items:
                continue
            if transfer.supplier is None and transfer.recipient is None and token.pos_ == "NOUN" and any(
                    c.dep_ == "det" and c.lower_ in {"this", "these", "that", "those"} for c in token.children) \
                    and demanded_stop(token) is None:  # (but "We call on Seoul to stop these deliveries": they go on)
                # "This proposed sale will support the foreign policy goals ...", "These transfers would further
                # erode ...": a transfer named before, pointed at to say something else about it (session 26: 13
                # such development predictions, none right)
                continue
            if transfer.supplier is None and transfer.recipient is None and out and _bare_subject_of_content(token):
                transfer.backref = True  # "Deliveries now also include ballistic missiles": the transfer under discussion
            if any(p.lower_ == "for" and o.lemma_.lower() in {"exercise", "drill", "manoeuvre", "maneuver", "war-game", "wargame"}
                   for p in children(token, {"prep"}) for o in children(p, {"pobj"})) and any(
                    c.dep_ == "poss" and c.lower_ in {"its", "their"} for o in children(token, {"dobj"}) for c in o.children):
                continue  # "The U.S. Army brought its Typhon launcher to northern Luzon for an exercise": its own kit, for drills
            if transfer.supplier is None and transfer.recipient is None and token.dep_ == "relcl" and any(
                    other.supplier is not None and other.recipient is not None and token.head in other.item_tokens
                    for other in transfers):
                # "Norway will send six F-16s to Ukraine, some of which will arrive before the end of the year": the
                # arrival of the cargo just sent, not a second transfer from the model's maker
                continue
            if transfer.supplier is None and transfer.recipient is None and not transfer.backref and not question:
                # "Ukraine's defence minister confirmed that the ATACMS missiles had arrived": from the
                # state that makes the model, to the state that says they arrived
                transfer.supplier = _model_maker(ctx, transfer)
                transfer.recipient = _speaker_receives(ctx, sent, transfer) if transfer.supplier is not None else None
                if transfer.recipient is None:
                    transfer.supplier = None
            if transfer.supplier is None and transfer.recipient is None and not (
                    transfer.backref or (transfer.negated and transfer.item_tokens)):
                continue
            where = ctx.token_at(transfer.recipient.start) if transfer.recipient is not None and transfer.recipient.iri is None \
                and transfer.recipient.actor_type in PLACE_TYPES else None
            if where is not None and where.dep_ == "pobj" and where.head.lower_ in {"at", "near"}:
                # "the Israeli launchers had arrived at Benguerir": a town the gazetteer does not know is
                # where the cargo went, not who took it (the discourse names the recipient)
                transfer.recipient = None
            # a company ships and receives for the state it is based in (it still speaks for itself)
            transfer.supplier, transfer.recipient = ctx.as_party(transfer.supplier, supplying=True), ctx.as_party(transfer.recipient)
            # a panel, think tank or charity the gazetteer knows takes no side of a transfer ("told the Panel that ...",
            # "provided the Panel with serial numbers"); unions and alliances do
            transfer.supplier, transfer.recipient = _party_or_none(transfer.supplier), _party_or_none(transfer.recipient)
            paired = kit_from_pairs(ctx, transfer) or kit_from_makers(ctx, transfer)
            if paired:  # "bought JF-17 fighters from Pakistan, Wing Loong drones from China and ...": one per pair
                transfers.extend(paired)
                continue
            transfers.append(transfer)
            transfers.extend(conjoined_parties(ctx, transfer))
            transfers.extend(gapped_transfers(ctx, transfer))
            transfers.extend(joined_makers(ctx, transfer))
            swapped = given_in_exchange(ctx, transfer)  # "in exchange for 12 Viper helicopters from the United States"
            if swapped is not None:
                transfers.append(swapped)
            bought = paid_for(ctx, transfer)  # "paying North Korea for its shells with ...": the shells come back
            if bought is not None:
                transfers.append(bought)
        if not transfers and announced is not None and announced[1] < n_sent and not question:
            filled = _package_contents(ctx, sent, announced[0])  # "It includes Stinger missiles and 155mm rounds."
            if filled is not None:
                transfers.append(filled)
                from_announced.add(filled.anchor.i)
        claims_here: list[RawClaim] = []
        anchors: list[Token] = []  # the transfer word of each claim of claims_here
        for transfer in transfers:
            if transfer.supplier is None and transfer.recipient is not None and not question:
                transfer.supplier = _maker_speaks(ctx, sent, transfer, out)
            if transfer.recipient is None and transfer.supplier is not None and not question:
                transfer.recipient = _group_denies(ctx, sent, transfer)
            _fill_roles(ctx, transfer, transfers, out, sent)
            if transfer.supplier is None and transfer.recipient is not None and not question:
                transfer.supplier = _speaker_supplies(ctx, sent, transfer)
            if transfer.recipient is None and transfer.supplier is not None:
                transfer.recipient = _thanked_for(ctx, transfer)
            if transfer.recipient is None and transfer.supplier is not None and not question:
                transfer.recipient = _speaker_receives(ctx, sent, transfer)
            if transfer.supplier is None or transfer.recipient is None or question:
                continue
            if transfer.supplier.label == transfer.recipient.label:
                continue
            if _departs_inside(ctx, sent, transfer.anchor, transfer.recipient):
                continue
            if transfer.items == ["other"] and transfer.item_tokens and all(
                    ctx.lexicon.is_cargo_word(t) and any(c.dep_ == "det" and c.lower_ in BACKREF_DETS for c in t.children)
                    for t in transfer.item_tokens):
                # "The containers were shipped ... from Najin": the cargo is the one under discussion
                prior = next((c for c in reversed(out) if c.supplier.label == transfer.supplier.label
                              and c.recipient.label == transfer.recipient.label and set(c.items) - {"other"}), None)
                if prior is not None:
                    transfer.items = [i for i in prior.items if i != "other"]
            _generic_missiles(ctx, transfer, out)
            if transfer.anchor.i not in attributed:  # (once per anchor: a party split off has the same speakers)
                attributed[transfer.anchor.i] = find_attributions(ctx, transfer.anchor, sent)
            attributions, path, refused = attributed[transfer.anchor.i]
            if refused:
                withheld = True
                continue
            # "Iran has probably supplied Russia with short-range ballistic missiles, though Tehran denies it": the
            # sentence's own claim, and the denial it concedes besides
            conceded = attributions[0] if attributions and attributions[0].denial and _conceded(attributions[0].verb_token, transfer.anchor) else None
            if conceded is not None and any(t.pos_ == "NOUN" and t.lemma_.lower() in ALLEGATION_NOUNS | {"account", "version"} for t in path):
                conceded = None  # "accepts Washington's account that ..., though Tehran has denied it": the account's owner asserts
            if conceded is not None:
                attributions = []
            if not attributions and transfer.anchor.i in from_announced and announced[2] is not None:
                attributions = [Attribution(announced[2], "", None, False)]  # the contents of a package are its announcer's
                scope = _scope_tokens(path)
            elif not attributions:
                speaker, known = ctx.speaker_at(transfer.anchor.idx)
                if not known or speaker is None:
                    # "Question: The State Department on Friday approved the sale of 40 F-16s to Turkey": a state's own act
                    # of approval that a journalist's question reports is the state's word on the transfer; reported by the
                    # page itself, with no attribution, it is the outlet's claim (GUIDE.md, session 27)
                    gov = transfer.anchor.head if transfer.anchor.dep_ in {"dobj", "xcomp", "ccomp", "advcl"} else None
                    withdrawal = transfer.anchor.lemma_.lower() in WITHDRAWAL_WORDS
                    if withdrawal and transfer.anchor.dep_ == "pobj":  # "called for the withdrawal of ..."
                        gov = transfer.anchor.head.head
                    demand = demanded_stop(transfer.anchor)
                    if demand is not None:  # "Beijing urged Washington to stop arming Taiwan"
                        gov = demand[0]
                    asked = known and speaker is None  # (a journalist's question in a transcript)
                    subj = subject_of(gov) if gov is not None and (
                        asked and gov.lemma_.lower() in APPROVING_VERBS or withdrawal or demand is not None) else None
                    if subj is not None and subj.i not in governors:
                        governors[subj.i] = ctx.claimant_from(subj) if animate(ctx, subj) else None
                    actor = governors[subj.i] if subj is not None else None
                    if actor is not None and (actor.kind == "named" and actor.actor_type == "state" or withdrawal or demand is not None):
                        # (whoever demands troops' withdrawal says they are there: "the TPLF demands the withdrawal of ...";
                        # whoever demands that a supply stop says it goes on)
                        speaker, known = actor, True
                if not known:
                    # "South Korea's spy agency told lawmakers that ... In return, Moscow has given
                    # Pyongyang technology": a finding restated in a paragraph that attributes it
                    # is its source's (GUIDE.md, a retold report): the same two parties, after an assertion
                    # (not a new pair, nor what follows a denial: those are the outlet's own background)
                    speaker = _paragraph_source(ctx, sent, out, transfer)
                    known = speaker is not None
                attributions = [Attribution(speaker, "", None, False)] if known else [Attribution(None, "", None, False)]
                scope = _scope_tokens(path)
            else:
                top = attributions[0].verb_token
                scope = _scope_tokens(path if top is None or top.i in {t.i for t in path} else path + [top])
            if conceded is not None and all(a.claimant is None or conceded.claimant is None or a.claimant.label != conceded.claimant.label
                                            for a in attributions):
                attributions = attributions + [conceded]
            certainty = _certainty(sent, scope)
            for k, attribution in enumerate(attributions):
                denial = attribution.denial or transfer.negated
                level = certainty if not denial or certainty[0] != "certain" else ("certain", None)
                if k and attribution.denial and not transfer.negated:
                    # "rejected the NIS estimate that ...": the hedge is the alleger's, the denial is flat
                    level = ("certain", None)
                claims_here.append(_make(ctx, sent, transfer, attribution.claimant, attribution.verb,
                                         attribution.verb_token, "denies" if denial else "asserts", level,
                                         site or (out[-1].site if transfer.backref and out else None)))
                anchors.append(transfer.anchor)
        claims_here = _onward_chains(claims_here, anchors)
        # "Could the route also carry Iranian ballistic missiles? Some Western officials believe it
        # already has": an elliptic predicate restates the transfer of the sentence before (a
        # question too), for its own speaker. (Within one sentence, "X said the missiles were
        # delivered, Tehran said they were not", it is left out for now: see dev8/README.)
        for t in sent:
            if not _elliptic(t) or question or transfers:
                continue
            antecedent = last_transfer
            if antecedent is None or antecedent.supplier.label == antecedent.recipient.label:
                continue
            attributions, path, refused = find_attributions(ctx, t, sent)
            if refused or not attributions:
                continue
            certainty = _certainty(sent, _scope_tokens(path))
            for attribution in attributions[:1]:
                denial = attribution.denial or is_negated(t)
                claims_here.append(_make(ctx, sent, replace(antecedent, anchor=t, negated=is_negated(t)),
                                         attribution.claimant, attribution.verb, attribution.verb_token,
                                         "denies" if denial else "asserts", ("certain", None) if denial else certainty, site))
        complete = [tr for tr in transfers if tr.supplier is not None and tr.recipient is not None]
        last_transfer = complete[-1] if complete else None
        # "dismissed the accusations as propaganda meant to hide American arms supplies to Israel":
        # the charge in the verdict is the denier's own, and the accusations it dismisses are the
        # ones under discussion
        denial = _denial_verb(ctx, sent) if out and not question else None
        verdict = _verdict_tokens(denial[0]) if denial is not None else set()
        if claims_here and not (verdict and all(t.anchor.i in verdict for t in transfers)):
            denial = None
        if denial is not None:
            verb, subj = denial
            speaker = None
            if subj is not None and animate(ctx, subj) and subj.lower_ not in {"this", "that", "these", "those", "it"} \
                    and subj.lemma_.lower() not in ALLEGATION_NOUNS:
                speaker = (ctx.claimants_from(subj), verb.text, verb)
            speaker = speaker or _speaker_for(ctx, sent, None)
            if speaker is not None:
                # the accusations rejected are about the supplier the sentence names, else those
                # against the denier (the latest transfer it is said to supply), else the latest claim
                rest = [t for t in sent if t.i not in verdict]
                named = _modifier_actor(ctx, rest)
                suspects = {named.label} if named is not None else {c.label for c in speaker[0] if c is not None}
                prior = next((c for c in reversed(out) if c.stance == "asserts" and c.supplier.label in suspects), None) or next(
                    (c for c in reversed(out) if c.stance == "asserts" and c.recipient.label in suspects), out[-1])
                # (a receiver denies what it is said to receive: "Russian officials dismissed reports of the deployment")
                supplier = named or prior.supplier
                items, item_tokens = _items(ctx, [t for t in rest if not t.is_space], exclude_supplier=supplier)
                if not items and any(t.lemma_.lower() == "deployment" and not any(
                        c.dep_ == "prep" and c.lower_ == "of" for c in t.children) for t in rest) and any(
                        "troops" in c.items and c.supplier.label == supplier.label and c.recipient.label == prior.recipient.label
                        for c in out):
                    items = ["troops"]  # "never acknowledged the deployment, and ... dismissed reports of it": the troops sent
                transfer = _Transfer(verb, supplier, prior.recipient, items or _answered_items(ctx, out, supplier, prior, _one_allegation(sent)),
                                     item_tokens, True)
                if supplier.label != prior.recipient.label:
                    for claimant in speaker[0]:
                        claims_here.append(_make(ctx, sent, transfer, claimant, speaker[1], speaker[2], "denies",
                                                 _certainty(sent, None, DENIAL_WORDS | ALLEGATION_NOUNS), site or prior.site))
                    # "Russian officials dismissed them as propaganda, and North Korea's envoy called them
                    # groundless rumours": a conjoined clause with a subject of its own denies too
                    said = {c.label if c else None for c in speaker[0]}
                    for other in verb.conjuncts:
                        subj2 = subject_of(other)
                        if subj2 is None or is_negated(other) or not animate(ctx, subj2) or not (
                                other.lemma_.lower() in DENIAL_VERBS or (other.lemma_.lower() in {"call", "describe", "brand", "label"}
                                                                        and any(x.lower_ in DENIAL_WORDS or x.lemma_.lower() in DENIAL_WORDS
                                                                                for x in other.subtree))):
                            continue
                        for claimant in ctx.claimants_from(subj2):
                            if (claimant.label if claimant else None) not in said:
                                said.add(claimant.label if claimant else None)
                                claims_here.append(_make(ctx, sent, transfer, claimant, other.text, other, "denies",
                                                         _certainty(sent, None, DENIAL_WORDS | ALLEGATION_NOUNS), site or prior.site))
        if not claims_here and out and not question and not withheld:
            # a sentence whose own transfer is a search, a hypothetical or a refusal ("watching for
            # signs that Moscow would hand over ..., but had not confirmed any such transfer") does
            # not restate the one under discussion either
            found = _elaboration(ctx, sent, out)
            if found is not None:
                transfer, claimants, verb, verb_token = found
                for claimant in claimants:
                    claims_here.append(_make(ctx, sent, transfer, claimant, verb, verb_token, "asserts",
                                             _certainty(sent, None), site or out[-1].site))
        claims_here = [_office_state(ctx, sent, c) for c in claims_here]
        # a state that no longer exists is a party only where the sentence names it as one ("Czechoslovakia sold T-55
        # tanks to Iraq", "the Soviet airlift to Ethiopia"): not read from a maker's word on the goods ("Soviet-designed
        # arms") nor filled from the text around; what is left is history, no claim (GUIDE.md: "the Soviet Union was
        # Pyongyang's main patron")
        claims_here = [c for c in claims_here if all(_defunct_party_named(ctx, sent, party)
                                                     for party in (c.supplier, c.recipient) if party.label in DEFUNCT_STATES)]
        claims_here += _both_sides_deny(ctx, sent, claims_here)
        claims_here += _reports_denied(ctx, sent, claims_here)
        claims_here += _verdict_denial(ctx, sent, claims_here)
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
    return _checked_claims(out)


DEFUNCT_STATES = {"Soviet Union", "USSR", "U.S.S.R.", "Yugoslavia", "Czechoslovakia", "East Germany", "West Germany", "Rhodesia"}


def _defunct_party_named(ctx: Context, sent: Span, party: Actor) -> bool:
    """Whether a state that no longer exists is named in ``sent`` as a party: by its name ("the GDR had shipped
    rifles"), or by its adjective on the transfer word ("Soviet deliveries", "GDR shipments"); not by an adjective on
    the goods or their make ("Soviet-designed arms", "of Soviet manufacture")."""
    if not sent.start_char <= party.start < sent.end_char:
        return False
    token = next((t for t in sent if t.idx == party.start), None)
    if token is None or "-" in token.text or token.i + 1 < len(ctx.doc) and ctx.doc[token.i + 1].text == "-":
        return False
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head  # "Russian and Soviet hardware", "over Hungarian and Yugoslav airspace": as the first
    if token.dep_ in {"amod", "compound", "nmod"}:
        head = token.head
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        return _is_anchor(head)
    return True


def _checked_claims(out: list[RawClaim]) -> list[RawClaim]:
    """A fact-check's "Claim: North Korea has sent 100,000 soldiers ..." is not the checker's own
    assertion: it is the claim of whoever the article says makes it ("A post shared ... claims that
    North Korea has sent 100,000 troops"), the first later claim of the same transfer with a source."""
    for k, claim in enumerate(out):
        if claim.claimant is not None or not re.match(r"(?i)(?:the )?claim\s*:", claim.quote):
            continue
        source = next((c for c in out[k + 1:] if c.claimant is not None and c.stance == claim.stance
                       and c.supplier.label == claim.supplier.label and c.recipient.label == claim.recipient.label
                       and set(c.items) == set(claim.items)), None)
        if source is not None:
            out[k] = replace(claim, claimant=source.claimant, verb=source.verb, evidence=source.evidence)
    return out
