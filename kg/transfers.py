"""Transfers: who supplies what to whom, found from a transfer anchor in a parsed sentence.

Reads: a spaCy ``Token`` (a supply, receive, arrive or use verb, a transfer noun such as shipment,
or a nominal modifier such as "North Korean-supplied") and the :class:`~kg.attribution.Context`
of its document. Writes: :class:`_Transfer` records (anchor, supplier, recipient, items, negation)
that :mod:`kg.rules` completes from the discourse and attributes to a claimant.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from typing import Iterable

from spacy.tokens import Span, Token

from kg.attribution import (
    AGENT_NOUNS,
    FIRST_PERSON,
    GOV_NOUNS,
    GROUP_NOUNS,
    MEDIA_NOUNS,
    RELATIVE_PRONOUNS,
    first_person,
    PRONOUNS,
    DENIAL_VERBS,
    REPORTING_VERBS,
    Actor,
    Context,
    antecedent,
    children,
    is_counted,
    is_negated,
    subject_of,
)
from kg.lexicon import CARGO_NOUNS, Lexicon, is_ship_name

# Nouns that name what a denial rejects, so the denied transfer comes from context.
# Nouns of a phase phrase whose gerund shares the clause's subject ("in the process of buying").
PHASE_NOUNS = {"process", "midst", "middle", "course", "verge", "brink"}
ALLEGATION_NOUNS = {
    "report", "claim", "allegation", "accusation", "speculation", "suggestion", "rumor", "rumour",
    "story", "charge", "assertion", "statement", "insinuation", "account",
}
SUPPLY_VERBS = {
    "supply", "provide", "ship", "send", "deliver", "transfer", "export", "sell", "give", "furnish",
    "funnel", "smuggle", "traffic", "dispatch", "transport", "move", "hand", "arm", "route", "bring", "ferry",
    "channel", "donate", "lend", "load", "carry", "resupply", "replenish", "shuttle", "airlift",
    "pass", "offer", "pay", "fly", "rush", "divert", "reexport", "contribute",
    # a planned transfer of named cargo is a claim: "Germany pledged ten more Leopard 2 tanks to Ukraine"
    "pledge", "promise", "gift", "loan", "allocate", "earmark",
    # filling a recipient with cargo: "equipped Ukraine with tanks", "flooded the region with arms"
    "equip", "stuff", "flood", "pump", "pour",
    # paying back in kind, only with what is given ("rewarding Pyongyang with air-defence systems")
    "reward", "repay", "compensate",
    # sharing with a recipient: "Moscow has shared know-how on satellite launches with Pyongyang"
    "share",
    # taking cargo off at the receiving end: "ships from Rajin have been unloading ammunition at Vostochny"
    "unload", "offload",
}
# a government's export licence for named cargo to a named buyer: "Britain has licensed £4.7bn of arms to Saudi Arabia"
LICENSING_VERBS = {"license", "licence"}
SUPPLY_VERBS |= LICENSING_VERBS
UNLOAD_VERBS = {"unload", "offload"}
# Verbs whose object, or passive subject, is who was armed: "Rwanda arms the M23", "the rebels are armed by Rwanda",
# "the Emirates equip units in Puntland".
ARMING_VERBS = {"arm", "equip"}
# Places named "of" a town: "the port of Gdynia", "the naval base of Tartus".
PORT_NOUNS = {"port", "harbour", "harbor", "base", "airport", "airfield", "dock", "docks", "quay"}
# Cargo as subject moving to a recipient: "the shells reached Russia", "machine tools from China
# continued to flow to Russia's defence industry".
# Cargo that moves as the subject: "drones had gone to Russia", "crossed the Caspian Sea ... to Astrakhan".
# What a carrier does when it reaches port: "a ship carrying ammunition docked at a Russian port".
DOCKING_VERBS = {"land", "dock", "berth", "moor", "call", "touch"}
ARRIVE_VERBS = {"reach", "arrive", "flow", "go", "travel", "cross", "roll", "head", "sail", "stream", "follow"}
# "11,000 North Korean soldiers are now in the Kursk region": troops present abroad were sent there.
PRESENCE_VERBS = {"be", "remain", "stay", "station", "base", "deploy", "fight", "serve", "commit", "train", "post", "integrate", "embed",
                  "operate"}
# Presence beside or inside an ally's forces: "serving with Russian units", "integrated into Russian brigades".
SERVING_VERBS = {"serve", "integrate", "embed"}
# Verbs of provenance: "the shells came from North Korea".
ORIGIN_VERBS = {"come", "originate"}
# Presence verbs that send when active: "North Korea has deployed 11,000 soldiers to Kursk".
SENDING_PRESENCE = {"deploy", "commit", "station"}
# Dependence on a cargo is receiving it: "Russia relies on Iranian drones" (with what it relies on).
DEPEND_VERBS = {"rely", "depend", "stock"}  # (and "stocked up on North Korean shells")
# Sellers that are no state: "bought from industry stocks", "ordered from the manufacturer".
INDUSTRY_WORDS = {"industry", "stock", "stockpile", "market", "manufacturer", "producer", "maker", "company", "firm",
                  "contractor", "dealer", "vendor"}
# Nouns of a running total: "bringing the number of tanks delivered to 54".
TALLY_NOUNS = {"number", "total", "tally", "count", "figure", "fleet"}
RECEIVE_VERBS = {"receive", "acquire", "obtain", "buy", "purchase", "import", "get", "procure", "order", "source", "induct", "lease", "commission",
                 "hire"}  # (whoever hires a state's fighters takes them from it: "the junta hired the Wagner Group")
# Nouns of dependence: the owner receives what it depends on ("Russia's reliance on North Korean munitions").
DEPEND_NOUNS = {"reliance", "dependence", "dependency"}
# Verbs of use in the third person that the parser can take for plural nouns ("the shells Russia fires").
MISREAD_USE_VERBS = {"fires", "uses", "launches", "fields", "employs"}
USE_VERBS = {"use", "fire", "launch", "employ", "field", "shoot", "drop"}
# Verbs of attack whose "with" names the weapons the attacker used: "Russia struck Kyiv with Iranian-made drones".
ATTACK_VERBS = {"attack", "strike", "hit", "target", "bomb", "bombard", "shell", "pound", "pummel"}


def _attack_instruments(verb: Token) -> list[Token]:
    """The weapons an attack is made with, when the text says where they came from: "with Iranian-made Shahed
    drones", "with ballistic missiles provided by North Korea", "with weapons from North Korea"."""
    out = []
    for prep in children(verb, {"prep"}):
        if prep.lower_ != "with":
            continue
        for noun in children(prep, {"pobj"}):
            for n in [noun, *noun.conjuncts]:
                sourced = any(c.dep_ in {"amod", "compound", "nmod", "npadvmod"} and (
                    c.ent_type_ in {"NORP", "GPE"} or any(g.ent_type_ in {"NORP", "GPE"} for g in c.children))
                    for c in n.children) or any(
                    c.dep_ == "acl" and c.lemma_.lower() in {"provide", "supply", "make", "build", "manufacture", "send", "deliver", "give"}
                    for c in n.children) or any(p.dep_ == "prep" and p.lower_ == "from" for p in n.children)
                if sourced:
                    out.append(n)
    return out


HELP_VERBS = {"help", "assist"}
# Nouns of motion: a transfer only with its cargo and a named origin or destination.
MOTION_NOUNS = {"flow", "movement", "airlift", "smuggling", "trafficking"}
# Nouns of getting: the owner receives ("Russia's purchases of drones from Iran").
RECEIVE_NOUNS = {"purchase", "acquisition", "procurement", "import", "order"}
# Nouns of giving that say nothing of the cargo or the taker unless the sentence does: "U.S.
# military aid to Ukraine has included artillery shells" (not "the aid would strengthen ...").
AID_NOUNS = {"aid", "assistance", "tranche", "support", "contribution", "drawdown"}
# Verbs that spell out what aid consists of: "the assistance includes training", "focused on border security".
AID_CONTENT_VERBS = {"include", "consist", "comprise", "focus", "involve", "cover", "center", "centre"}
TRANSFER_NOUNS = {
    "supply", "shipment", "delivery", "transfer", "export", "sale", "provision", "consignment",
    "dispatch", "resupply", "package", "deal", "dealing", "handover", "hand-over", "donation", "gift",
    # a cargo taken off a ship or train has been delivered: "the offloading of military cargo from Iran"
    "offloading", "unloading",
} | MOTION_NOUNS | RECEIVE_NOUNS | AID_NOUNS
# Nouns of arrival: "the new arrivals in Kursk included artillery crews", "the arrival of North
# Korean troops in Russia" (with the place they arrived at).
ARRIVAL_NOUNS = {"arrival"}
# Nouns of stationing abroad, whose host follows "in" or "on": "the placement of Russian nuclear
# weapons on Belarusian territory", "the deployment of North Korean troops in Kursk".
DEPLOY_NOUNS = {"deployment", "placement", "stationing", "presence"}
# Trade nouns whose counterpart follows "with": "arms deals with Russia".
TRADE_NOUNS = {"deal", "dealing"}
# A supply verb's gerund that the parser took for a noun modifier after a comma or "and"
# (", shipping shells by the trainload and ... missiles") is still the verb.
GERUNDS = {"shipping", "sending", "supplying", "delivering", "providing", "transferring", "exporting", "smuggling", "trafficking"}
# The verbs' lemmas, for gerunds the tagger takes for nouns (kg.extract's osint_gerunds).
GERUND_LEMMAS = {"shipping": "ship", "sending": "send", "supplying": "supply", "delivering": "deliver",
                 "providing": "provide", "transferring": "transfer", "exporting": "export", "smuggling": "smuggle", "trafficking": "traffic",
                 "giving": "give", "selling": "sell"}
BACKREF_DETS = {"the", "these", "those", "this", "such", "that"}
# An ordinal or "another" on a cargo noun counts it among the deliveries under discussion: "a first
# batch had been shipped", "another consignment arrived", "the second shipment".
SERIES_WORDS = {"first", "second", "third", "fourth", "fifth", "initial", "another", "latest"}
DEMONSTRATIVES = {"these", "those", "this", "such"}
TO_PREPS = {"to", "into", "onto", "toward", "towards"}
MADE_VERBS = {"make", "produce", "manufacture", "build", "originate", "come"}
# Making for a buyer: "Chinese factories are producing whole drones for the Russian army".
PRODUCE_VERBS = MADE_VERBS - {"originate", "come"} | {"assemble"}
# Item words that modify another noun name that noun, not a cargo: "ballistic missile programs",
# "munitions factories", "an ammunition depot". Cargo and transfer heads keep them.
ITEM_HEADS_OK = CARGO_NOUNS | TRANSFER_NOUNS | {
    "line", "stock", "stockpile", "round", "system", "series", "type", "variant", "model", "class",
    "component", "part", "kit", "battery", "vehicle", "carrier", "fighter", "jet", "plane", "aircraft", "helicopter", "squadron",
    "customer", "buyer", "importer", "supplier",  # "Russia's arms customer", "one of Yerevan's main arms suppliers"
}
# Words for what a weapon fires: "ammunition for rocket launchers" is rockets.
AMMUNITION_NOUNS = {"ammunition", "round", "munition"}
# Parts of a system: "parts for its attack drones" names what the cargo is for.
PART_NOUNS = {"part", "component", "engine", "spare", "kit"}
# Verbs that say what a cargo holds: "the shipments could include artillery shells".
CONTENT_VERBS = {"include", "contain", "hold", "be", "comprise", "carry"}
# Verbs that say what a cargo holds through a preposition: "consists of", "extends to".
CONTENT_PREP_VERBS = {"consist": "of", "extend": "to"}


def held_by(verb: Token, deps: Iterable[str] = ("dobj",)) -> list[Token]:
    """What a verb of content says a cargo holds: its object ("includes artillery shells"), or the
    object of its preposition ("consists of interceptors", "extends to ballistic missiles")."""
    lemma = verb.lemma_.lower()
    if lemma in CONTENT_PREP_VERBS:
        return [t for c in children(verb, {"prep"}) if c.lower_ == CONTENT_PREP_VERBS[lemma] for t in c.subtree]
    return [t for c in verb.children if c.dep_ in deps for t in c.subtree]


# Agent nouns of a transfer: "Germany is one of the largest suppliers of military aid to Ukraine".
SUPPLIER_NOUNS = {"supplier", "exporter", "provider", "source"}
# Nouns of a state that buys arms from another: "Algeria is Russia's third-largest arms customer".
CUSTOMER_NOUNS = {"customer", "client", "buyer", "importer"}
# Nouns of provenance: "components consistent with Iranian manufacture", "shells of North Korean origin".
ORIGIN_NOUNS = {"manufacture", "origin", "provenance", "production", "make", "design"}
# Relative clauses on a cargo that name who gets it: "the million shells it promised Ukraine", "a
# supply line of shells that keeps Russian artillery in business" (not "drones that terrorise Ukrainian cities").
BENEFIT_VERBS = {"promise", "pledge", "owe", "keep", "need", "want", "request", "order", "offer", "give",
                 "sell", "send", "deliver", "provide", "supply", "ship", "allow", "help", "let", "feed", "sustain"}
# Bans whose gerund after "from" or "on" they forbid: "barred from selling arms", "a ban on supplying".
BAN_WORDS = {"bar", "ban", "forbid", "prevent", "prohibit", "stop", "block", "refrain", "embargo", "restrict"}
# Verbs that end a ban: what the lifted ban governed is allowed again.
LIFTING_VERBS = {"lift", "end", "ease", "drop", "scrap", "remove", "overturn", "rescind", "reverse", "relax"}
# Verbs that say a transfer did not or should not happen without denying it ("London had resisted
# sending", "Berlin refuses to hand over"), or that act on trade in general ("strictly controlled
# exports", "choke off the supply"): what they govern is no claim.
# Words of refusing or failing to act: "had resisted sending", "refused to urge".
REFUSAL_WORDS = {"resist", "refuse", "decline", "hesitate", "balk", "avoid", "fail", "oppose", "reluctant", "unwilling"}
BLOCKING_GOVERNORS = REFUSAL_WORDS | {
    "control", "restrict", "ban", "prohibit", "halt", "block", "curb", "suspend", "choke", "cut", "stop",
    "prevent", "sanction", "limit", "regulate", "monitor", "track", "bar", "forbid", "embargo",
    "urge", "request", "demand", "press", "plead", "appeal", "withhold",
    # proposals and silence: "could consider supplying weapons", "state media have been silent about the shipments"
    "consider", "contemplate", "weigh", "mull", "silent",
    # wishes and attempts: "Russia was looking to buy missiles from Iran", "seeking to acquire"
    "look", "seek", "try", "attempt", "want", "wish", "hope",
}
# Options looked at: "had explored buying Russian MiG-29s", "have discussed buying Stryker vehicles". They block
# a transfer only as an option (a gerund, an infinitive, an indefinite noun), not one they look back on
# ("discussed the delivery of Patriots that Germany sent", "studied the shipment of shells to Russia in 2023").
OPTION_VERBS = {"explore", "discuss", "study", "evaluate"}
# Of those, the ones that block a transfer however it is named: talks about a transfer do not say it happened.
TALK_VERBS = {"discuss", "explore", "evaluate"}
# Nouns of wanting and trying: what is wished for or bid for has not been transferred.
WISH_NOUNS = {"wish", "bid", "desire", "hope", "ambition", "quest", "push", "attempt", "effort", "aspiration"}
# What exports "reach" when they reach a sum, not a place: "reached 742.8 million Swiss francs", "a record high".
SUM_WORDS = {"franc", "dollar", "euro", "pound", "krone", "krona", "rouble", "ruble", "yen", "won", "rupee", "yuan", "lira",
             "zloty", "leu", "lev", "percent", "million", "billion", "level", "record", "peak", "high", "total"}
# Requests that a government turned down: "SECO rejected requests from Germany, Denmark and Spain to pass on Swiss war
# material to Ukraine", "has turned down German requests to sell tank ammunition" (an approved one is a transfer).
REQUEST_NOUNS = {"request", "application", "permission"}
REJECT_VERBS = {"reject", "refuse", "deny", "decline", "turn", "block", "veto", "dismiss", "rebuff"}
# Verbs that judge a transfer someone else makes: "Russia has described deliveries of heavy weapons
# to Ukraine as an escalation" (the describer is no supplier).
JUDGING_VERBS = {"describe", "call", "condemn", "criticise", "criticize", "denounce", "label", "brand", "slam", "decry",
                 "welcome", "praise", "hail", "discuss", "question", "oppose", "protest", "deplore", "characterise",
                 "characterize", "view", "see", "regard", "consider"}
# Verbs that give up a plan: "shelved plans to send F-16s".
ABANDON_VERBS = {"shelve", "abandon", "scrap", "drop", "cancel", "suspend", "freeze", "halt", "reject", "postpone", "ditch"}
# What a hypothetical is about: "any decision to start supplying ... would be closely watched".
HYPOTHETICAL_NOUNS = {"decision", "move", "attempt", "plan", "effort", "step", "choice"}
# Paperwork for a transfer is not the transfer: "no permit had been issued for the export of any arms".
PAPER_NOUNS = {"permit", "licence", "license", "authorisation", "authorization", "waiver"}
BLOCKING_GOVERNORS |= PAPER_NOUNS
# "We have not seen China provide lethal weapons": absence of evidence, not a denial and not a claim.
PERCEPTION_VERBS = {"see", "observe", "detect", "notice", "witness", "spot", "identify"}
# Verbs of seeing or recording a transfer: "no deliveries have been spotted" says nothing was seen.
SIGHTING_VERBS = PERCEPTION_VERBS | {"record", "register", "document", "track", "photograph", "report", "find", "confirm"}
# What is left of an item after use: moving it ("sent fragments of one missile to researchers") is
# no transfer of the item.
REMAINS_NOUNS = {"fragment", "debris", "wreckage", "remains", "remnant", "shard", "piece", "sample"}
# What "give" gives when it is not cargo: "gave no figure", "gave details".
NOT_CARGO = {"figure", "number", "detail", "information", "comment", "answer", "reason", "explanation", "assurance",
             "guarantee", "warning", "sign", "indication", "estimate", "account", "interview", "briefing", "date", "timeline",
             "evidence", "proof", "message", "note", "list", "update", "opportunity", "chance",
             # "gives Kazakhstan access to Russian weapons at domestic prices": the right to buy, not the arms
             "access"}
# Looking for evidence of a transfer ("watching for signs that ...") claims none.
SEARCH_VERBS = {"watch", "look", "search", "scan", "hunt", "check"}
# "There is no evidence that ...": absence of evidence, not a claim and not a denial.
EVIDENCE_NOUNS = {"evidence", "sign", "indication", "proof", "trace"}
# Departures with a destination: "trains loaded with ammunition have left Belarusian depots for Russia".
DEPART_VERBS = {"leave", "depart", "head", "sail"}



# ------------------------------------------------------------------------------------ transfers

# A state's ground: "on Belarusian territory", "on Russian soil" names the state.
TERRITORY_NOUNS = {"territory", "soil"}


# A state's edge is a place, not a party: "moved troops to its border with Ukraine".
BORDER_NOUNS = {"border", "frontier", "boundary"}
# Whom a demand is made of: "called on Rwanda to withdraw", "calls upon Israel to stop supplying".
ADDRESSEE_PREPS = {"on", "upon"}
# An offer, pitch or bid is no transfer, nor a claim of one (GUIDE.md, settled in session 30).
OFFER_VERBS = {"offer", "pitch", "tout", "propose"}
# Verbs of motion whose subject, with no object, is what moves: "the weapons continue to move overland".
MOTION_VERBS = {"move", "flow", "travel", "pass"}
# What a carrier passes through on its way: the state it belongs to is no party ("crossed Turkish airspace").
PASSAGE_NOUNS = BORDER_NOUNS | {"airspace", "waters", "territory", "soil", "strait", "corridor"}


# Words that make kit second-hand: who sells "24 used F-16s" is not their maker.
SECOND_HAND = {"used", "second-hand", "secondhand", "surplus", "refurbished", "former", "retired", "decommissioned", "old", "older"}


def model_maker_of(ctx: Context, nouns: Iterable[Token], exclude: Actor | None = None) -> Actor | None:
    """The state whose industry makes the model named on ``nouns`` or their modifiers, as the gazetteer knows it
    (kgo:makes): "TB2s", "Gripen fighters", "F-16V jets", the first in text order; none for second-hand kit, nor
    ``exclude`` (the buyer)."""
    words = {w for t in nouns for w in [t] + [c for c in t.children if c.dep_ in {"compound", "nmod", "amod"}]}
    words |= {g for w in list(words) if w.dep_ in {"compound", "nmod", "amod"} for g in w.children
              if g.dep_ == "compound" and g.i < w.i}  # "two MEKO A-200 frigates": the family before the variant
    if any(w.lower_ in SECOND_HAND or w.lower_.startswith("ex-") for w in words):
        return None
    for w in sorted(words, key=lambda t: t.i):
        iri = ctx.lexicon.model_maker(w.text)
        maker = ctx.state_named(ctx.lexicon.actors[iri]["label"], w.text, w.idx) if iri is not None else None
        if maker is not None and (exclude is None or maker.label != exclude.label):
            return maker
    return None


def _group_named_just_before(ctx: Context, token: Token, det: Token | None = None) -> Actor | None:
    """The armed group "the group" (or movement, militia, faction) refers back to: the one named last, in its
    sentence or the one before ("Hamas leader Ismail Haniyeh thanked Iran for supplying the group with ...");
    not "the next militia". ``det`` is its article when the parser hung that elsewhere."""
    if token.lemma_.lower() not in GROUP_WORDS - {"rebel"}:
        return None
    dets = [det] if det is not None else [c for c in token.children if c.dep_ == "det"]
    if not any(d.lower_ == "the" for d in dets) or not all(
            c.dep_ in {"det", "prep", "punct", "relcl", "acl"} or c.lower_ == "armed" for c in token.children):
        return None
    found = ctx.named_last(token, {"armed group"})
    k = bisect.bisect_right(ctx.sent_starts, token.i) - 1
    return found if found is not None and found.start >= ctx.sents[max(k - 1, 0)].start_char else None


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
                if pobj.lemma_.lower() in BORDER_NOUNS and pobj.i not in ctx.ent_of:
                    continue  # "moved troops to its border with Ukraine": a place, not whoever is across it
                if pobj.i not in ctx.ent_of and pobj.lemma_.lower() in GROUP_WORDS:
                    group = next((a for c in pobj.children if c.dep_ == "compound" and c.i in ctx.ent_of
                                  for a in [ctx.role_actor(c)] if a is not None and a.kind == "named" and a.actor_type != "state"), None)
                    if group is not None:  # "to Yemen's Ansarallah movement": the movement, not the state it is in
                        return group
                if pobj.i not in ctx.ent_of and pobj.lemma_.lower() in GROUP_REFERENCES and any(
                        c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in pobj.children) and not any(
                        c.dep_ in {"amod", "compound", "poss"} for c in pobj.children):
                    group = ctx.named_last(pobj, {"armed group"})
                    if group is not None:  # "supplied to the militia through Syria": the armed group named before
                        return group
                if pobj.i not in ctx.ent_of and pobj.lemma_.lower() in MISSION_NOUNS | POST_NOUNS:
                    host = next((a for p in children(pobj, {"prep"}) if p.lower_ in {"in", "to"} for o in children(p, {"pobj"})
                                 for a in [ctx.role_actor(o)] if a is not None and a.kind == "named" and a.actor_type == "state"), None)
                    if host is not None:  # "committed a contingent to the mission in Haiti": the state it serves in
                        return host
                if pobj.i not in ctx.ent_of and pobj.lemma_.lower() in FORCE_NOUNS:
                    owner = next((a for c in pobj.children if c.dep_ == "poss" and c.i in ctx.ent_of
                                  for a in [ctx.role_actor(c)] if a is not None and a.kind == "named"), None)
                    if owner is not None:  # "a package for the SDF's Arab units": the force whose units they are
                        return owner
                if direct and pobj.i not in ctx.ent_of:
                    poss = [c for c in pobj.children if c.dep_ == "poss" and c.i in ctx.ent_of or (
                        (pobj.lemma_.lower() in TERRITORY_NOUNS or (pobj.lemma_.lower() in OWN_BODY_NOUNS and prep.lower_ in {"for", "to"}))
                        and c.dep_ in {"amod", "compound"} and c.i in ctx.ent_of)]
                    if not poss:
                        continue
                    actor = ctx.role_actor(poss[0])
                else:
                    actor = ctx.role_actor(pobj)
                if actor is not None and actor.kind == "named":
                    return actor
    return None


# Destinations named by their kind: "smuggled into the strip", "into the enclave".
UNNAMED_PLACE_NOUNS = {"strip", "enclave", "territory", "zone", "district"}
# Senders a text leaves unnamed on purpose: "received weapons from foreign patrons".
UNNAMED_SOURCE_NOUNS = {"patron", "backer", "sponsor", "supplier", "ally", "partner", "friend", "donor", "source"}
# A state's forces as a whole, present or fighting abroad: "Eritrean forces fought alongside Ethiopian troops".
STATE_FORCE_WORDS = {"force", "forces", "army", "military"}
# A state's own bodies, named by its adjective: "artillery for the Somali army" is for Somalia (but "carried by
# Russian navy landing ships" names the carrier, not the supplier).
OWN_BODY_NOUNS = STATE_FORCE_WORDS | {"navy", "government", "police"}
# What an armed group named before is called: "supplied to the militia", "weapons for the rebels".
# (the names kg/attribution.py reads "a spokesman for the group" by, less "organisation", which is seldom an armed group)
GROUP_REFERENCES = GROUP_NOUNS - {"organisation", "organization"} | {"rebel", "insurgent"}
# A multinational mission a state sends troops to, named by where it serves: "the mission in Haiti".
MISSION_NOUNS = {"mission", "operation", "force", "deployment"}
# A military post named by where it is: "sent 2,000 soldiers to a new military base in Tajikistan".
POST_NOUNS = {"base", "outpost", "garrison", "airbase"}
# Words a named armed group or movement is called by: "Yemen's Ansarallah movement".
GROUP_WORDS = {"movement", "group", "militia", "rebel", "organisation", "organization"}


# "in exchange for", "in return for", "as payment for": the counter-transfer, not the cargo.
COUNTER_NOUNS = {"exchange", "return", "payment", "compensation", "repayment"}


# Participles that name a cargo's destination with "for": "munitions bound for Russia", "ammunition
# destined for Russian forces", "missile parts intended for the Houthis".
DESTINED_WORDS = {"bound", "destined", "intended"}
# Carriers that may be what is bound somewhere while the cargo is named on the verb: "seized ... from a dhow bound for".
BOUND_CARRIERS = {"dhow", "boat", "ship", "vessel", "freighter", "trawler", "plane", "aircraft", "flight", "truck", "lorry", "convoy"}
# Verbs of taking cargo on: the place where it happens is the supplier's.
LOAD_VERBS = {"load", "embark"}
# Verbs whose subject may be only the carrier: "the vessel loaded munitions at Amirabad".
CARRY_VERBS = {"load", "carry", "transport", "ferry", "ship", "shuttle", "move", "bring", "deliver", "unload", "offload"}


def _site_state(ctx: Context, heads: Iterable[Token], preps: set[str]) -> Actor | None:
    """The state a gazetteer site lies in, for the first site in a phrase with one of ``preps``."""
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                for pobj in children(prep, {"pobj"}):
                    actor = ctx.actor_at(pobj, allow_children=False) if pobj.i in ctx.ent_of else None
                    if actor is not None and actor.kind == "site" and ctx.site_country(actor) is not None:
                        return ctx.site_country(actor)
    return None


def _place_near_state(ctx: Context, heads: Iterable[Token], preps: set[str]) -> Actor | None:
    """The state of a place named through another: "from an army depot near Gomel", "from a
    warehouse outside Tehran" (the depot is no actor; the site or state that locates it is)."""
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for pobj in children(prep, {"pobj"}):
                if pobj.i in ctx.ent_of:
                    continue
                for inner in children(pobj, {"prep"}):
                    if inner.lower_ not in {"near", "in", "at", "outside", "around", "of"}:
                        continue
                    for place in children(inner, {"pobj"}):
                        actor = ctx.actor_at(place, allow_children=False) if place.i in ctx.ent_of else None
                        if actor is not None and actor.kind == "site":
                            actor = ctx.site_country(actor)
                        if actor is not None and actor.kind == "named" and actor.actor_type == "state":
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
        elif child.dep_ == "prep" and any(p.lemma_.lower() in COUNTER_NOUNS for p in children(child, {"pobj"})):
            out.update(t.i for t in child.subtree)  # "in exchange for the troops": what is paid back
        elif child.dep_ == "prep" and child.lower_ == "according":
            out.update(t.i for t in child.subtree)  # "According to ..., a network of railway workers who log trains": the source
    for t in token.subtree:  # "... and strictly controlled exports of dual-use items": trade in general
        if t.dep_ == "amod" and t.lemma_.lower() in BLOCKING_GOVERNORS and t.head.i != token.i:
            out.update(x.i for x in t.head.subtree)
    return out


def _in_party_clause(token: Token) -> bool:
    """Whether ``token`` lies in a relative clause on a named party ("to Saudi Arabia, which has used its
    Eurofighters to shoot down missiles fired by the Houthis"): the clause tells what the party does."""
    return any(t.dep_ == "relcl" and t.head.pos_ == "PROPN" and t.head.ent_type_ in {"GPE", "NORP", "ORG"}
               for t in [token, *token.ancestors])


# What follows the hyphen in a maker's modifier: "U.S.-made", "Pyongyang-sourced", "Iranian-origin".
HYPHEN_MAKERS = {"made", "built", "produced", "manufactured", "supplied", "provided", "designed", "sourced", "donated",
                 "gifted", "delivered", "sent", "origin"}
# Possessives that name no owner the rules can place on their own.
PRONOUN_POSSESSIVES = {"its", "their", "his", "her", "our", "my", "your"}


def _hyphen_maker(ctx: Context, token: Token) -> Actor | None:
    """The state a one-token modifier names before its hyphen: "U.S.-made", "Iranian-built"."""
    return ctx.state_named(token.text.rsplit("-", 1)[0], token.text, token.idx)


def _maker_on(ctx: Context, noun: Token) -> bool:
    """Whether a modifier of ``noun`` other than a possessive names a state that made it: "Iranian-designed",
    "U.S.-made", "American" (not "its" alone)."""
    for c in noun.children:
        if c.dep_ not in {"amod", "compound", "nmod"}:
            continue
        if ctx.known(c) is not None:
            return True
        if c.lower_.rsplit("-", 1)[-1] in HYPHEN_MAKERS and (
                _hyphen_maker(ctx, c) is not None or any(g.i < c.i and ctx.known(g) is not None for g in c.children)):
            return True
    return False


def _know_how_head(token: Token) -> bool:
    """The head of "know-how", which the tokenizer splits: "Russian know-how"."""
    return token.lower_ == "how" and token.i >= 2 and token.nbor(-1).text == "-" and token.nbor(-2).lower_ == "know"


# Words that make "rounds" a gun's: "artillery rounds", "tank rounds".
GUN_WORDS = {"artillery", "howitzer", "mortar", "tank"}


def _calibre(token: Token) -> float | None:
    """The calibre in millimetres a token gives: "155mm", or "mm" after "152"."""
    m = re.fullmatch(r"(\d+(?:\.\d+)?)mm", token.lower_)
    if m:
        return float(m.group(1))
    if token.lower_ == "mm" and token.i > 0 and re.fullmatch(r"\d+(?:\.\d+)?", token.nbor(-1).text):
        return float(token.nbor(-1).text)
    return None


def _modifier_actor(ctx: Context, tokens: Iterable[Token], exclude: Actor | None = None) -> Actor | None:
    """A supplier named as a modifier of an item noun: "North Korean shells", "Pyongyang's
    missiles", "North Korean-supplied missiles", "shells made in North Korea", "weapons provided by X"."""
    for t in tokens:
        if t.lemma_.lower() in PLATFORM_WORDS and not ctx.lexicon.is_item_or_cargo(t.lemma_.lower()):
            # a ship or vessel: only where it was built ("the four Batch 1 ships built in China")
            found = next((a for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in MADE_VERBS - {"come"}
                          for a in [_pobj_actor(ctx, [c] + children(c, {"agent"}), {"in", "by"})] if a is not None), None)
            if found is not None and (exclude is None or found.label != exclude.label):
                return found
            continue
        if not (ctx.lexicon.is_item_or_cargo(t.lemma_.lower()) or _know_how_head(t) or (
                # (and "Chinese satellite support": know-how for a programme)
                t.lemma_.lower() in KNOW_HOW_NOUNS and any(c.lower_ in PROGRAMME_WORDS for c in children(t, {"compound"}))) or (
                t.lemma_.lower() in {"kit", "part", "component"} and any(
                    c.dep_ == "compound" and ctx.lexicon.is_item_or_cargo(c.lemma_.lower()) for c in t.children))):
            continue  # (and "Iranian drone kits", "Russian missile parts")
        for child in t.children:
            if child.dep_ in {"amod", "compound", "poss", "nmod"}:
                if child.lower_ in {"its", "their"} and t.dep_ == "dobj" and t.head.lemma_.lower() in RECEIVE_VERBS:
                    continue  # "the island might have received its first Harpoon missiles": the taker's own
                actor = ctx.known(child) if child.lower_ not in {"its", "their"} else ctx.role_actor(child)
                if actor is None and child.lower_.rsplit("-", 1)[-1] in HYPHEN_MAKERS:
                    actor = _hyphen_maker(ctx, child)  # "U.S.-made", one token
                if actor is None:
                    for grand in child.children:  # "North Korean-supplied", "Pyongyang-sourced", "Iranian-origin"
                        if grand.i < child.i and (child.lemma_.lower() in SUPPLY_VERBS | MADE_VERBS or child.lower_ in HYPHEN_MAKERS
                                                  # ("Russian MiG-29M fighters", the model's letter read as a name)
                                                  or child.dep_ in {"nmod", "compound"} and child.pos_ == "PROPN"
                                                  and grand.dep_ == "amod" and grand.ent_type_ == "NORP"):
                            actor = ctx.known(grand)
                            if actor is not None:
                                break
                if actor is not None and actor.kind == "named" and (exclude is None or actor.label != exclude.label):
                    return actor
            if (child.dep_ == "acl" and child.lemma_.lower() in MADE_VERBS | SUPPLY_VERBS
                    or child.dep_ == "relcl" and child.lemma_.lower() in MADE_VERBS):
                # "shells made in North Korea", "the weapons, which originated in Iran, ..."
                found = _pobj_actor(ctx, [child] + children(child, {"agent"}), {"in", "by", "from"})
                if found is not None and (exclude is None or found.label != exclude.label):
                    return found
        for noun in _origin_nouns(t):  # "weapons of Iranian manufacture", "rifles of Chinese origin"
            found = _modifier_actor_of(ctx, noun)
            if found is not None and (exclude is None or found.label != exclude.label):
                return found
    return None


def _origin_nouns(noun: Token) -> list[Token]:
    """The provenance nouns (ORIGIN_NOUNS) on a cargo noun ("of Iranian manufacture") or predicated of
    it ("the weapons were of Iranian origin")."""
    heads = [noun] + ([noun.head] if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_.lower() == "be" else [])
    return [p for h in heads for prep in children(h, {"prep"}) if prep.lower_ == "of"
            for p in children(prep, {"pobj"}) if p.lemma_.lower() in ORIGIN_NOUNS]


def _modifier_actor_of(ctx: Context, noun: Token) -> Actor | None:
    """The state a provenance noun's modifier names ("Iranian" in "of Iranian manufacture")."""
    for child in noun.children:
        if child.dep_ in {"amod", "compound", "poss", "nmod"}:
            actor = ctx.known(child)
            if actor is not None and actor.kind == "named":
                return actor
    return None


# Nouns whose owner does what their infinitive says ("the decision of France to supply", "Germany's
# plan to send"); not a request or an appeal, which someone else answers.
DECIDER_NOUNS = {"decision", "plan", "move", "pledge", "promise", "offer", "commitment", "intention", "readiness",
                 "willingness", "choice", "agreement", "undertaking", "resolve", "attempt", "effort", "bid"}


def _controller(ctx: Context, anchor: Token) -> Actor | None:
    """Implicit subject of a non-finite anchor: "denied supplying", "accused X of sending",
    "We have no intention to export", "North Korea had decided to send"."""
    head = anchor.head
    order = ("nsubj", "nsubjpass", "dobj")
    if anchor.dep_ == "pcomp" and head.dep_ == "prep":
        by = head.lower_ == "by"
        head = head.head
        # object control: "accused Pyongyang of supplying"; but the means ("is turning Taiwan into a powder keg by
        # supplying it with weapons") is the subject's
        order = ("nsubj", "nsubjpass", "dobj") if by and head.pos_ in {"VERB", "AUX"} else ("dobj", "nsubj", "nsubjpass")
        if head.pos_ == "NOUN" and head.i != anchor.i:
            # "its own criminal act of supplying weapons", "Iran's practice of sending": the possessor acts
            for poss in children(head, {"poss"}):
                actor = ctx.role_actor(poss)
                if actor is not None and actor.kind == "named":
                    return actor
    elif anchor.dep_ == "acl" and children(anchor, {"nsubj", "nsubjpass", "mark"}):
        return None  # "the claim that troops had been sent to Russia": a content clause has its own subject
    elif anchor.dep_ == "acl" and anchor.tag_ == "VBG" and head.pos_ in {"NOUN", "PROPN"}:
        # "Russian military trains delivering Iskander launchers": what the participle is on does it;
        # "detained a ship carrying ammunition": the ship carries, not who detained it
        actor = ctx.role_actor(head)
        return actor if actor is not None and actor.kind == "named" else None
    elif anchor.dep_ == "acl" and head.pos_ == "NOUN" and head.dep_ in {"dobj", "attr", "pobj"} \
            and head.lemma_.lower() in DECIDER_NOUNS and (
            found := next((a for c in children(head, {"poss"}) + [p for prep in children(head, {"prep"}) if prep.lower_ == "of"
                                                                 for p in children(prep, {"pobj"})]
                           for a in [ctx.role_actor(c)] if a is not None and a.kind == "named"), None)) is not None:
        return found  # "We condemn the decision of France to supply Armenia", "Germany's decision to send"
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
            if child.lemma_.lower() in PASSAGE_NOUNS and anchor.dep_ == "conj":
                # "The aircraft crossed Turkish and Bulgarian airspace ... and were unloaded": a way, no doer (but
                # "allow anyone to use Chinese territory to move weapons": whose territory serves)
                continue
            actor = ctx.role_actor(child)
            if actor is not None and actor.kind == "named":
                return actor
    if head.dep_ in {"xcomp", "conj", "advcl", "pcomp"} and head.head.i != head.i:
        return _controller(ctx, head)  # (and "accused France of pushing the region towards war by arming Yerevan")
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


# Help that is technology when it serves a weapons or space programme: "assistance that could help
# its satellite and ballistic missile programmes", "help with its space-based capabilities".
KNOW_HOW_NOUNS = {"assistance", "help", "support", "expertise", "cooperation", "training", "instruction"}
PROGRAMME_WORDS = {"program", "programme", "capability", "satellite", "missile", "nuclear", "space", "space-based",
                   "rocket", "launch", "submarine", "reconnaissance"}


def _know_how(tokens: list[Token]) -> tuple[list[str], list[Token]]:
    for t in tokens:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in KNOW_HOW_NOUNS:
            continue
        words = {x.lemma_.lower() for x in t.subtree} | {x.lower_ for x in t.subtree}
        if t.lemma_.lower() == "expertise" or words & PROGRAMME_WORDS or any(
                c.lemma_.lower() in {"technical", "technological", "scientific", "engineering"} for c in t.children):
            return ["technology"], [t]
        if t.lemma_.lower() in {"training", "instruction"} and _training_in_package(t):
            return ["technology"], [t]
    return [], []


TRAINED_PEOPLE = {"pilot", "crew", "operator", "sailor", "submariner", "technician", "engineer", "soldier", "troop", "personnel",
                  "mechanic", "gunner", "maintenance", "flight", "aircrew"}


def _training_in_package(t: Token) -> bool:
    """Training sold or given with the goods: "together with 500 missiles and pilot training", "an
    extended support package and further training for Hungarian pilots", "along with training and
    spare parts"."""
    if any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in TRAINED_PEOPLE for c in t.children) or any(
            o.lemma_.lower() in TRAINED_PEOPLE for p in children(t, {"prep"}) if p.lower_ == "for" for o in children(p, {"pobj"})):
        return True
    along = t.dep_ == "pobj" and t.head.lower_ == "with" and any(c.lower_ in {"along", "together"} for c in [t.head.head, *t.head.head.children])
    # training received from someone: "Niger's army has received training from the United States"
    received = t.dep_ == "dobj" and t.head.lemma_.lower() in RECEIVE_VERBS and any(
        p.lower_ == "from" or p.lower_ == "in" and any(x.ent_type_ == "GPE" for x in children(p, {"pobj"}))
        for p in children(t.head, {"prep"}) + children(t, {"prep"}))
    # training given to someone: "We have also provided training to the Cypriot National Guard"
    given = t.dep_ == "dobj" and t.head.lemma_.lower() in {"provide", "give", "offer", "extend", "deliver", "supply"} and any(
        p.lower_ in {"to", "for"} for p in children(t.head, {"prep"}) + children(t, {"prep"}))
    return (t.dep_ == "conj" and t.head.pos_ == "NOUN") or along or received or given


def _foreign_goods_in_state(verb: Token, subj: Token) -> bool:
    """ "The first Danish and Dutch jets were in Ukraine", "Iranian drones are now in Russia": goods
    whose nationality names their maker, said to be in another state (a state's name after "in",
    not a place inside one, which may be where the maker's own forces use them)."""
    nations = [c for c in [*subj.children, *(x for c in subj.children if c.dep_ in {"amod", "compound"} for x in c.conjuncts)]
               if c.dep_ in {"amod", "compound", "conj"} and c.ent_type_ in {"NORP", "GPE"}]
    if not nations or subj.pos_ != "NOUN":
        return False
    for prep in children(verb, {"prep"}):
        if prep.lower_ != "in":
            continue
        for place in children(prep, {"pobj"}):
            if place.ent_type_ == "GPE" and place.pos_ == "PROPN" and not any(n.lower_.startswith(place.lower_[:4]) for n in nations):
                return True
    return False


def _in_service(token: Token) -> Token | None:
    """ "in Algerian service", "in service with the Russian army": the service a verb of presence
    puts its subject in, when a nationality names whose."""
    for service in _objects_of(token, "in", "service"):
        if any(c.dep_ in {"amod", "compound", "poss"} and c.ent_type_ in {"NORP", "GPE"} for c in service.children) or any(
                p.lower_ == "with" and children(p, {"pobj"}) for p in children(service, {"prep"})):
            return service
    return None


def _objects_of(token: Token, prep_word: str, lemma: str) -> list[Token]:
    """The objects of ``token``'s preposition ``prep_word`` that are the word ``lemma`` ("in ...
    service", "for use ...")."""
    return [o for p in children(token, {"prep"}) if p.lower_ == prep_word for o in children(p, {"pobj"})
            if o.lemma_.lower() == lemma]


def _origin_subject(verb: Token) -> Token | None:
    """What "came from" somewhere: the subject, or (when the parser hung it elsewhere) the noun
    right before the verb ("said about half of Russia's artillery shells came from ...")."""
    subj = next(iter(children(verb, {"nsubj"})), None)
    if subj is None and verb.i > 0 and verb.nbor(-1).pos_ == "NOUN":
        subj = verb.nbor(-1)
    return subj


# Words for a part of a cargo named after "of": "the last of its 30 Rafales", "the rest of the order".
PART_WORDS = {"last", "first", "rest", "remainder", "bulk", "some", "half", "most", "part", "balance", "final"}


def _ordered_goods(order: Token) -> list[Token]:
    """What an order is for: "an order for the drone and for Akinci aircraft", "an order of Turkish drones"."""
    preps = [p for p in children(order, {"prep"}) if p.lower_ in {"for", "of"}]
    preps += [c for p in preps for c in children(p, {"conj"}) if c.dep_ == "conj" and c.lower_ in {"for", "of"}]
    return [o for p in preps for o in children(p, {"pobj"})]


def _compound_top(token: Token) -> Token:
    """The noun a chain of compounds ends in: "aircraft" for "Heron" in "Heron Mk II aircraft"."""
    while token.dep_ in {"compound", "nmod"} and token.head.i != token.i:
        token = token.head
    return token


def _hedge_complements(verb: Token) -> list[Token]:
    """A hedge the parser made the complement of "be", which then carries the place: "troops were likely
    still inside Ethiopia"."""
    # (not "unlikely": "troops were unlikely still inside Ethiopia" doubts they are there)
    return [c for c in verb.children if c.dep_ == "acomp" and c.lemma_.lower() in {"likely", "probable", "possible"}]


def _of_nouns(token: Token) -> list[Token]:
    """The nouns a token's "of" phrases name: "types" in "drones of various types"."""
    return [p for prep in children(token, {"prep"}) if prep.lower_ == "of" for p in children(prep, {"pobj"})]


def _with_of(tokens: list[Token]) -> list[Token]:
    """Tokens and the nouns their "of" phrases name: "drones of various types from Iran"."""
    return tokens + [p for t in tokens for p in _of_nouns(t)]


def _units_of_kit(ctx: Context, unit: Token) -> bool:
    """Units of kit named by model, not of soldiers: "two battalions of Leopard 2s"."""
    return any(_model_name(ctx, o) is not None for o in _of_nouns(unit))


def _ancestors_to_clause(token: Token) -> list[Token]:
    """The heads above a token up to (not including) the nearest verb."""
    out = []
    for a in token.ancestors:
        if a.pos_ in {"VERB", "AUX"}:
            break
        out.append(a)
    return out


def _in_clause_on_item(token: Token, spans: set[int]) -> bool:
    """Whether an item word sits inside a relative clause that describes another item word."""
    for ancestor in token.ancestors:
        if ancestor.dep_ == "relcl":
            return ancestor.head.i in spans
        if ancestor.dep_ == "acl" and ancestor.lemma_.lower() in PURPOSE_PARTICIPLES:
            # "technologies related to nuclear weapons and missiles": what the technology is for
            return ancestor.head.i in spans
    return False


# Participles that say what an item is for or about, not a second item: "technology related to
# missiles", "components used in drones", "know-how linked to the satellite programme".
PURPOSE_PARTICIPLES = {"relate", "link", "use", "need", "tie", "connect", "associate", "apply", "intend", "design"}


def _launcher_rounds(matched: list[tuple[str, Token, int]]) -> list[tuple[str, Token, int]]:
    """ "multiple rocket launcher rounds", "rocket launcher ammunition": what a rocket launcher
    fires is rockets, neither the launcher (a weapon) nor shells; and what artillery fires is shells ("artillery and
    mortar ammunition")."""
    out = list(matched)
    for k, (label, tok, n) in enumerate(matched):
        if n != 1 or tok.lemma_.lower() not in AMMUNITION_NOUNS or tok.i == 0:
            continue
        before = tok.doc[tok.i - 1]
        if before.lemma_.lower() not in {"launcher", "launchers"}:
            continue
        if not any(t.lower_ in {"rocket", "rockets", "mlrs"} for t in tok.doc[max(tok.i - 4, 0) : tok.i]):
            continue
        start = next(t for t in tok.doc[max(tok.i - 4, 0) : tok.i] if t.lower_ in {"rocket", "rockets", "mlrs"})
        out = [m for m in out if not (start.i <= m[1].i + m[2] - 1 and m[1].i <= tok.i)]
        out.append(("rockets", start, tok.i - start.i + 1))
    for label, tok, n in matched:
        # "artillery and mortar ammunition", "artillery or tank rounds": the artillery's part is shells
        artillery = [x for c in tok.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < tok.i
                     for x in (c, *c.conjuncts) if x.lower_ == "artillery"]
        if n == 1 and tok.lemma_.lower() in AMMUNITION_NOUNS and label == "munitions" and artillery:
            first = min(artillery, key=lambda x: x.i)
            out = [m for m in out if not (first.i <= m[1].i + m[2] - 1 and m[1].i <= tok.i)]
            out.append(("artillery shells", first, tok.i - first.i + 1))
    return sorted(out, key=lambda m: m[1].i)


# Words that make ammunition the small arms' (bare "rounds of ammunition" are shells in this field).
SMALL_ARMS = {"small-arms", "small", "rifle", "rifles", "machine-gun", "machine", "pistol", "pistols", "sniper", "firearms", "firearm",
              "5.56mm", "7.62mm", "9mm", "12.7mm"}


# Words that make cargo civilian: "medical supplies", "humanitarian goods" (GUIDE: not claims).
CIVILIAN_WORDS = {"medical", "humanitarian", "food", "civilian", "relief", "consumer", "household", "agricultural",
                  "construction", "winter", "emergency", "power", "energy", "firefighting", "demining", "medical-grade"}

# What spare parts are for that makes them civilian goods.
CIVILIAN_MACHINES = {"airliner", "airline", "car", "automobile", "truck", "tractor", "bus", "locomotive", "train", "appliance",
                     "turbine", "elevator", "harvester"}


def _civilian_use(part: Token) -> bool:
    """Whether a "for" on a part (or on the verb it is the object of) names civilian machines or uses."""
    heads = [part] + ([part.head] if part.dep_ in {"dobj", "nsubjpass"} else [])
    return any(o.lemma_.lower() in CIVILIAN_MACHINES or any(m.lower_ in CIVILIAN_WORDS | {"passenger", "commercial"} for m in o.subtree)
               for h in heads for p in children(h, {"prep"}) if p.lower_ == "for" for o in children(p, {"pobj"}))


# Who flies on the jet fuel that makes it military cargo: "sold jet fuel to Myanmar's military", "the air force".
FUEL_USERS = {"military", "army", "junta", "force", "navy", "regime", "airstrike", "warplane", "bomber", "bombing", "fighter"}

# Small arms whose rounds are no artillery rounds: "11 assault rifles ... and 4,200 rounds of ammunition".
SMALL_ARMS_WEAPONS = {"rifle", "pistol", "firearm", "carbine", "handgun", "machine-gun", "machinegun"}


def _small_arm(token: Token) -> bool:
    """A rifle or pistol, or a gun that is one ("machine guns", "assault guns"; not "Koksan guns")."""
    lemma = token.lemma_.lower()
    return lemma in SMALL_ARMS_WEAPONS or lemma == "gun" and any(
        c.lower_ in {"machine", "assault", "hand", "sub", "automatic"} for c in token.children)


def _clause_of(token: Token) -> Token:
    """The verb whose clause holds ``token`` (the root if none)."""
    t = token
    while t.pos_ not in {"VERB", "AUX"} and t.head.i != t.i:
        t = t.head
    return t


def _items(ctx: Context, tokens: list[Token], exclude_supplier: Actor | None = None) -> tuple[list[str], list[Token]]:
    """Item categories among ``tokens``, most specific first; an item word that only modifies some
    other noun ("missile programs") does not count, and "other" (cargo) gives way to any category.
    Phrases are matched in text order ("artillery ammunition" gathered as head noun, then modifiers)."""
    tokens = sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)
    matched = ctx.lexicon.match_items(tokens)
    matched = _launcher_rounds(matched)
    matched = _with_fighters(matched, tokens)
    spans = {tok.i + k for _, tok, n in matched for k in range(n)}
    items: list[str] = []
    item_tokens: list[Token] = []
    labels_at = {tok.i + k: label for label, tok, n in matched for k in range(n)}
    for label, tok, n in matched:
        last = tok.doc[tok.i + n - 1]
        if n == 1 and tok.pos_ == "VERB" and any(c.dep_ in {"aux", "dobj", "nsubj"} for c in tok.children):
            continue  # "planes used to bomb villages": the word names no goods here
        if label == "troops" and last.dep_ == "pobj" and last.head.lower_ == "for" and any(
                other != "troops" for other, _, _ in matched):
            continue  # "armoured vehicles for the army's peacekeeping contingents": whom the goods are for
        if label == "troops" and last.lemma_.lower() in UNIT_NOUNS and (
                any(labels_at.get(o.i, "troops") != "troops" for o in _of_nouns(last)) or _units_of_kit(ctx, last)):
            continue  # "two battalions of Leopard 2s" are tanks, not troops
        if n == 1 and last.lemma_.lower() == "round":
            # what the vocabulary's "rounds" (shells) are when their own words say otherwise
            of_nouns = [o for p in children(last, {"prep"}) if p.lower_ == "of" for o in children(p, {"pobj"}) if o.i in spans]
            if any(m.lower_ in SMALL_ARMS for o in of_nouns for m in o.subtree):
                continue  # "rounds of small-arms ammunition" are no artillery rounds
            if label == "artillery shells" and any(o.lemma_.lower() == "ammunition" and not any(
                    m.lower_ in GUN_WORDS or (_calibre(m) or 0) >= 20 for m in o.subtree) for o in of_nouns):
                continue  # "15,000 rounds of ammunition": the ammunition says what they are (not "of 152 mm ammunition")
            if label == "artillery shells" and any((_calibre(c) or 99) < 20 for c in last.subtree):
                label = "munitions"  # "5.56mm rounds": a rifle's, not a gun's
            if label == "artillery shells" and not any(_calibre(c) is not None or c.lower_ in GUN_WORDS for c in last.children) \
                    and any(_small_arm(t) and _clause_of(t) == _clause_of(last) for t in last.sent):
                # "seized 11 assault rifles, two grenade launchers and 4,200 rounds of ammunition": the rifles' rounds
                if "munitions" not in items:
                    items.append("munitions")
                    item_tokens.append(last)
                continue
        if label == "other" and any(c.dep_ in {"amod", "compound"} and c.lower_ in CIVILIAN_WORDS for c in last.children):
            continue  # "medical supplies", "humanitarian cargo": no military goods
        if last.dep_ == "npadvmod" and last.head.lower_ in APPLICABLE_WORDS:
            continue  # "missile-applicable equipment": the missile is what the goods serve, below
        if _serves_weapons(last):
            label = "technology"  # "missile-related technology": goods for an arms industry (GUIDE.md)
        if last.lemma_.lower() == "part" and any(c.lower_ == "spare" for c in last.children) and _civilian_use(last):
            continue  # "spare parts for its civilian airliners", "for cars": no military goods
        if label == "other" and last.lemma_.lower() == "fuel" and not any(t.lemma_.lower() in FUEL_USERS for t in last.doc):
            continue  # "China exported jet fuel to Australia": fuel is cargo only in a story of forces ("jet fuel reached the military")
        if n == 1 and last.lemma_.lower() not in {"launcher", "launchers"} and any(
                c.dep_ == "compound" and c.i in labels_at and labels_at[c.i] != label and c.pos_ == "PROPN"
                for c in last.children):
            continue  # "Javelin missiles", "Storm Shadow missiles": the named system says what they are
            # (but "Iskander launchers" are launchers, below)
        first = last
        while first.dep_ == "conj" and first.head.i != first.i:  # "satellite and ballistic missile programs"
            first = first.head
        if first.dep_ in {"compound", "amod", "nmod"} and first.head.i not in spans and first.head.lemma_.lower() not in ITEM_HEADS_OK \
                and _compound_top(first).lemma_.lower() not in ITEM_HEADS_OK:  # ("four Heron Mk II aircraft")
            continue
        user = first.head if first.dep_ in {"compound", "amod"} else first
        if (user.dep_ == "pobj" and user.head.dep_ == "agent" and user.head.head.lemma_.lower() in USE_VERBS) or (
                user.dep_ == "nsubj" and user.head.lemma_.lower() in USE_VERBS and label == "troops"):
            continue  # "shells fired by Russian troops", "Russian troops have fired ...": who uses the cargo is not cargo
        if label == "troops" and last.dep_ == "pobj" and last.head.lower_ in TO_PREPS:
            continue  # "technical support and training to Tajik personnel": whom the cargo goes to
        if n == 1 and first.dep_ == "compound" and first.pos_ != "PROPN" and first.head.i in labels_at and labels_at[first.head.i] != label:
            continue  # "infantry rockets" are rockets
        if first.dep_ in {"compound", "nmod"} and first.head.lemma_.lower() in {"launcher", "launchers"}:
            continue  # "Iskander launchers" are launchers (weapons), not missiles
        if first.dep_ == "pobj" and first.head.lower_ == "for" and first.head.head.i != first.i:
            owner = first.head.head
            # "missiles and components for drones": the parser hangs "for" on the first conjunct,
            # but it belongs to the part noun just before it
            prev = first.doc[first.head.i - 1]
            walk = prev
            while walk.dep_ == "conj" and walk.head.i != walk.i and walk.i != owner.i:
                walk = walk.head
            if walk.i == owner.i and prev.i != owner.i and prev.lemma_.lower() in PART_NOUNS | AMMUNITION_NOUNS:
                owner = prev
            if owner.i in spans or (owner.lemma_.lower() in PART_NOUNS
                                    and any(c.lower_ in {"other", "spare"} for c in owner.children)):
                # "engines and other parts for its attack drones": what the cargo is for; bare
                # "components for Shahed-type drones" are only known by what they are for
                if owner.lemma_.lower() in AMMUNITION_NOUNS and last.lemma_.lower() in {"launcher", "gun"}:
                    # "ammunition for rocket launchers" is rockets: what the launcher fires
                    fired = [lab for lab, t, _ in ctx.lexicon.match_items(
                        [c for c in last.children if c.dep_ == "compound" and c.i < last.i]) if lab != label]
                    for lab in fired[:1]:
                        if lab not in items:
                            items.append(lab)
                elif owner.lemma_.lower() in PART_NOUNS and not _civilian_use(owner):
                    # the parts are the cargo: parts of drones are "other" like the drones (GUIDE.md,
                    # settled), components of missiles are munitions (not "spare parts for passenger jets")
                    part = "other" if label == "other" else "munitions"
                    if part not in items:
                        items.append(part)
                        item_tokens.append(owner)
                continue
        if first.dep_ == "pobj" and first.head.lower_ == "for" and first.head.head.lower_ in {"including", "especially", "notably", "particularly", "mainly"}:
            continue  # "military technology, including for submarines": what the cargo is for
        if last.dep_ == "dobj" and last.head.lemma_.lower() == "reach" and any(
                c.dep_ in {"nsubj", "nsubjpass"} and c.i in spans for c in last.head.children):
            continue  # "South Korean shells are already reaching Ukrainian guns": where the cargo arrives
        if last.dep_ == "pobj" and last.head.lower_ in {"on", "aboard", "by"} and last.lemma_.lower() in VEHICLE_NOUNS:
            continue  # "flown to Ukraine on British military aircraft": what carries the cargo
        above = _ancestors_to_clause(last)
        against = next((k for k, a in enumerate(above) if a.dep_ == "prep" and a.lower_ == "against"), None)
        if against is not None and not any(a.lemma_.lower() in TRANSFER_NOUNS for a in above[:against]):
            continue  # "a chance against Russian missiles": what is defended against (not "protested against the sale of ...")
        if label != "technology" and _know_how_field(last, labels_at):
            continue  # "know-how on nuclear-powered submarines", "help with air defence": the field of the know-how
        if _in_clause_on_item(last, spans):
            continue  # "technology that could improve the accuracy of the North's missiles": what it is for
        if exclude_supplier is not None:  # "those of Russian Iskander missiles" are not the cargo
            owner = _modifier_actor(ctx, [last])
            if owner is not None and owner.label != exclude_supplier.label:
                continue
        if label == "other" and n == 1 and ctx.lexicon.is_cargo_word(tok) and any(
                c.dep_ == "amod" and c.lower_ == "military" for c in tok.children):
            label = "munitions"  # "military cargo", "a military consignment": arms of some kind
        if label not in items:
            items.append(label)
        item_tokens.extend(tok.doc[tok.i : tok.i + n])
    items = _earlier_kind(ctx, items, matched)
    if len(items) > 1 and "other" in items:
        # a cargo word ("containers", "supplies") gives way to what the cargo is; drones do not
        named_other = any(label == "other" and not ctx.lexicon.is_cargo_word(tok) for label, tok, _ in matched)
        if not named_other:
            items.remove("other")
    return items, item_tokens


CARRIER_WORDS = {"cargo", "transport", "freight", "freighter", "passenger", "tanker", "civilian", "commercial", "chartered",
                 "container", "merchant", "fishing", "research", "hospital", "supply", "roll-on"}
# Warships and military aircraft named one by one with their model or class ("a Kilo-class submarine").
PLATFORM_NOUNS = {"aircraft", "frigate", "submarine", "destroyer", "warship", "corvette", "boat", "cutter", "gunboat"}


# Verbs whose object, if it is a group's fighters, is men sent or taken ("Russia sent Wagner fighters", "hired ...").
MEN_MOVED_VERBS = SUPPLY_VERBS | SENDING_PRESENCE | {"hire", "receive", "get", "obtain"}


def _with_fighters(matched: list[tuple[str, Token, int]], tokens: list[Token]) -> list[tuple[str, Token, int]]:
    """Item matches with the "fighters" and "aircraft" of :func:`_fighters` that no match covers, in text order."""
    covered = {tok.i + k for _, tok, n in matched for k in range(n)}
    drones = {tok.i + k for label, tok, n in matched if label == "other" for k in range(n)}
    # a group's fighters who are somewhere ("1,500 Wagner fighters are deployed in Mali") are troops there
    # and so are a group's fighters that are sent or brought ("Russia sent Wagner fighters to Mali")
    return sorted(matched + [(kind, t, 1) for t in tokens if t.i not in covered for kind in [_fighters(
        t, groups=t.dep_ in {"nsubj", "nsubjpass"} and t.head.lemma_.lower() in PRESENCE_VERBS
        # (not what is bought: "agreed to buy 48 KAAN fighters" are jets)
        or t.dep_ in {"dobj", "nsubjpass"} and t.head.lemma_.lower() in MEN_MOVED_VERBS)]
        if kind is not None
        # (not aircraft a drone's name modifies: "four Heron Mk II aircraft" are drones)
        and not (t.lemma_.lower() in PLATFORM_NOUNS and any(m.i in drones for m in t.subtree if m.i < t.i))],
                  key=lambda m: m[1].i)


def _fighters(token: Token, groups: bool = False) -> str | None:
    """"Fighters" are jets or people: "F-16V Block 70 fighters", "JF-17 fighters" are munitions;
    "Syrian fighters" are troops, and so are "Wagner fighters" present somewhere (``groups``: a
    group's fighters named as cargo, "a waypoint for Wagner fighters and equipment", are left out);
    bare "fighters" say neither. "Aircraft" with a model's name are munitions too."""
    if token.lemma_.lower() in PLATFORM_NOUNS and token.pos_ in {"NOUN", "PROPN"}:
        # "18 Rafale aircraft", "a Kilo-class submarine", "a Type 054A frigate" are the goods; "Y-20
        # transport aircraft", "an Antonov aircraft", "the cargo ship" carry them
        mods = [c for c in token.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < token.i]
        mods += [g for m in mods if m.dep_ == "compound" for g in m.children if g.dep_ in {"compound", "nmod", "nummod"}]
        if any(m.lower_ in CARRIER_WORDS for m in mods):
            return None
        return "munitions" if any(_model_or_class(m, token) for m in mods) else None
    if token.lemma_.lower() == "contractor" and token.pos_ == "NOUN":
        # "Wagner contractors", "private military contractors", "security contractors" are men under arms ("defence
        # contractors", "the prime contractor" are companies)
        mods = [c for c in token.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < token.i]
        return "troops" if any(m.lower_ in {"military", "security", "mercenary"} or m.ent_type_ == "ORG" and m.lower_ not in {
            "defence", "defense"} for m in mods) and not any(m.lower_ in {"defence", "defense", "prime", "sub"} for m in mods) else None
    if token.lemma_.lower() != "fighter" or token.pos_ != "NOUN":
        return None
    mods = [c for c in token.children if c.dep_ in {"compound", "nmod", "nummod", "amod"} and c.i < token.i]
    mods += [g for m in mods if m.dep_ == "compound" for g in m.children if g.dep_ in {"compound", "nmod", "nummod"}]  # "JF-17 Thunder fighters"
    if any(any(ch.isdigit() for ch in m.text) and any(ch.isalpha() for ch in m.text) for m in mods) or any(
            c.lower_ in {"jet", "multirole", "stealth", "combat"} for c in mods):
        return "munitions"
    if any(m.dep_ == "compound" and m.pos_ == "PROPN" and m.text[:1].isupper() and m.ent_type_ in {"", "PRODUCT"} for m in mods):
        return "munitions"  # a model's name the tagger knows as no group or people: "42 Rafale fighters", "Gripen fighters"
    if any(m.pos_ == "PROPN" and any(c.dep_ == "nummod" and c.i == m.i + 1 for c in m.children) for m in mods):
        return "munitions"  # a name with its model number, whatever the tagger makes of it: "ten Mirage 5 fighters"
    if any(m.ent_type_ in ({"NORP", "ORG"} if groups else {"NORP"}) or m.lower_ in {"foreign", "mercenary"} for m in mods):
        return "troops"
    if not mods and any(t.lemma_.lower() in {"weapon", "arm", "ammunition"} for t in token.conjuncts):
        return "troops"  # "weapons and fighters", sent across a border: men, as jets are never paired with weapons
    if groups and any(o.ent_type_ in {"ORG", "NORP"} or o.lemma_.lower() in {"company", "group", "militia", "army", "corps"}
                      for p in children(token, {"prep"}) if p.lower_ == "of" for o in children(p, {"pobj"})):
        return "troops"  # "fighters of the Russian private military company Wagner"
    if any(c.lower_ in {"jihadist", "islamist", "rebel", "militia", "tribal"} for c in mods) or any(
            o.lemma_.lower() in {"group", "faction", "militia", "camp"} or any(
                r.lower_ in {"northern", "southern", "eastern", "western", "northwestern", "northeastern"} for r in o.children)
            for p in children(token, {"prep"}) + (children(token.head, {"prep"}) if token.dep_ == "dobj" and groups else [])
            if p.lower_ == "from" for o in children(p, {"pobj"})):
        # "fighters from northern Syria", "from jihadist groups", "jihadist fighters": people recruited
        # (and "had hired fighters from Russia's Wagner Group", the "from" hung on the verb)
        return "troops"
    if groups and token.dep_ == "dobj" and any(s.lemma_.lower() in {"group", "corps", "militia", "movement"} and s.ent_type_ == "ORG"
                                                for s in children(token.head, {"nsubj"})):
        return "troops"  # "The Wagner Group sent fighters to Mali": a group sends its own men
    if mods and all(m.dep_ == "nummod" or m.lower_ in {"about", "some", "around", "more", "than"} for m in mods) and any(
            _count(m) >= 200 and not any(c.dep_ in {"prep", "punct"} for c in m.children)
            and not (m.i > 0 and m.doc[m.i - 1].pos_ == "PROPN") for m in mods) and not _traded_as_goods(token):
        return "troops"  # "about 4,000 fighters": no air force takes jets by the thousand (not "Mirage 2000-5 fighters")
    return None


# Verbs and nouns of trade in goods, which people are not: "has sold more than 300 fighters to Israel since 1970".
GOODS_TRADE_WORDS = {"sell", "sale", "buy", "purchase", "order", "export", "import", "donate", "lease", "procure", "acquire",
                     "manufacture", "build", "produce", "fleet", "contract", "deal"}


def _traded_as_goods(token: Token) -> bool:
    """Whether counted "fighters" are sold, bought or ordered (jets), as the verb or noun that governs them says."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in {"of", "for"}:
        head = head.head  # "a fleet of 250 fighters", "an order for 300 fighters"
    elif token.dep_ not in {"dobj", "nsubjpass", "conj"}:
        return False
    return head.lemma_.lower() in GOODS_TRADE_WORDS


def _count(token: Token) -> float:
    """A number as written ("4,000", "300"), 0 when it is no plain number."""
    try:
        return float(token.text.replace(",", ""))
    except ValueError:
        return 0


def _model_or_class(mod: Token, platform: Token) -> bool:
    """Whether a modifier names a platform's model or class: "Kilo-class" (one token or "Kilo - class"),
    "Rafale", "Type 054A" (but a designation with a number on "aircraft" is as often a transport's:
    "Il-76 aircraft")."""
    if mod.lower_.endswith("-class"):
        return True
    if mod.lemma_.lower() == "class":
        return any(g.pos_ == "PROPN" for g in mod.children if g.dep_ in {"compound", "amod", "nmod"})
    return mod.dep_ == "compound" and mod.pos_ == "PROPN" and mod.ent_type_ in {"", "PRODUCT"} and (
        platform.lemma_.lower() != "aircraft" or not any(ch.isdigit() for ch in mod.text))


# Grammar that ties a thing to the know-how it is about: "know-how on submarines", "help with air
# defence", "technical support to develop drones" (not "support including drones", a list of cargo).
FIELD_DEPS = {"pobj", "prep", "dobj", "acl", "xcomp", "relcl", "compound", "amod"}
HELP_WORDS = {"help", "expertise", "know", "how", "know-how", "assistance", "support"}


def _know_how_field(token: Token, labels_at: dict[int, str]) -> bool:
    """Whether ``token`` names the field of know-how the sentence gives, rather than cargo."""
    node = token
    while node.dep_ in FIELD_DEPS and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ in {"including", "like", "as", "of"}:
            return False
        node = node.head
        if node.pos_ in {"VERB", "AUX"} and node.dep_ not in {"acl", "xcomp", "relcl"}:
            return False
        if labels_at.get(node.i) == "technology" or (node.lemma_.lower() in HELP_WORDS and (
                node.lemma_.lower() in {"help", "expertise", "know", "how", "know-how"}
                or any(c.lemma_.lower() in {"technical", "technological", "scientific", "engineering"} for c in node.children))):
            return True
    return False


def _earlier_kind(ctx: Context, items: list[str], matched: list[tuple[str, Token, int]]) -> list[str]:
    """A demonstrative on a bare item noun ("such rounds", "these rounds") refers back to the latest
    earlier mention of the same noun, which may say more of what it is: after "122 mm rocket rounds",
    "such rounds" are rockets, not shells."""
    out = list(items)
    for label, tok, n in matched:
        if n != 1 or label not in out or not any(
                c.dep_ in {"det", "amod"} and c.lower_ in DEMONSTRATIVES for c in tok.children):
            continue
        lemma = tok.lemma_.lower()
        earlier = next((t for t in reversed(tok.doc[: tok.sent.start]) if t.lemma_.lower() == lemma and t.pos_ == "NOUN"), None)
        if earlier is None:
            continue
        words = [x for c in earlier.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < earlier.i
                 for x in c.subtree] + [earlier]
        found = [lab for lab, t, k in ctx.lexicon.match_items(sorted(words, key=lambda x: x.i)) if t.i + k - 1 == earlier.i]
        if found and found[0] != label and found[0] not in out:
            out[out.index(label)] = found[0]
    return out


def _counted_before(ctx: Context, number: Token) -> tuple[list[str], list[Token]]:
    """The items of the latest earlier sentence (of the three before) that counts the same number."""
    sent = number.sent
    for _ in range(3):
        if sent.start == 0:
            break
        sent = number.doc[sent.start - 1].sent
        if any(t.lower_ == number.lower_ and t.like_num for t in sent):
            items, tokens = _items(ctx, [t for t in sent if not t.is_space])
            items = [i for i in items if i != "other"]
            return (items[:1], tokens) if items else ([], [])
    return [], []


def _named_items(ctx: Context, tokens: list[Token]) -> list[tuple[str, Token, int]]:
    """The item phrases among ``tokens`` that say what something is: not a bare cargo word
    ("containers"), not a verb ("built to shell Seoul")."""
    return _with_fighters([m for m in ctx.lexicon.match_items(tokens)
                           if (m[0] != "other" or not ctx.lexicon.is_cargo_word(m[1])) and m[1].doc[m[1].i + m[2] - 1].pos_ != "VERB"],
                          tokens)


def _items_before(ctx: Context, anchor: Token) -> tuple[list[str], list[Token]]:
    """The items named last in the sentence before ``anchor``'s, as "their" or "its" refers to them."""
    sent = anchor.sent
    if sent.start == 0:
        return [], []
    before = anchor.doc[sent.start - 1].sent
    matched = _named_items(ctx, [t for t in before if not t.is_space])
    if not matched:
        return [], []
    label, tok, n = matched[-1]
    return [label], list(tok.doc[tok.i : tok.i + n])


CARGO_PRONOUNS = {"them", "they", "these", "those"}
# Heads that say only that there is a thing, not what: "These systems have almost certainly been
# supplied by the DPRK" after the Koksan guns; with a demonstrative they stand for the items named before.
GENERIC_CARGO_HEADS = {"system", "weapon", "equipment", "vehicle", "piece", "unit", "item", "platform", "type", "model"}


# Quantities that can stand without a noun: "Tehran had sent a small number", "some had arrived",
# "half of them", "the first two", "more than 200".
QUANTITY_WORDS = {"some", "more", "half", "most", "many", "several", "dozens", "dozen", "hundreds", "thousands",
                  "millions", "few", "number", "third", "quarter", "fraction", "portion", "part", "bulk", "share",
                  "majority", "remainder", "rest", "batch", "another"}


def _bare_quantity(token: Token) -> bool:
    """A quantity with no noun of its own: "a small number", "about 300,000", "the first two",
    "another 3,000", "several thousand", "some", "dozens more"."""
    if token.pos_ not in {"NUM", "NOUN", "PRON", "DET", "ADJ"} or token.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT"}:
        return False
    if any(c.dep_ in {"compound", "amod"} and c.pos_ in {"NOUN", "PROPN"} for c in token.children):
        return False
    if any(p.pos_ in {"NOUN", "PROPN"} for prep in children(token, {"prep"}) if prep.lower_ == "of" for p in children(prep, {"pobj"})):
        return False  # 'a "limited number" of drones': the noun says what
    if token.lower_ == "one":
        return False  # a pro-form ("a single one", "the one that"), not a quantity of the cargo
    if token.like_num or token.ent_type_ in {"CARDINAL", "QUANTITY"}:
        return True
    return token.lemma_.lower() in QUANTITY_WORDS


def _points_back(token: Token) -> bool:
    """A cargo word that stands for items named before: a plural pronoun ("they", "millions of
    them"), a demonstrative on a generic head ("these systems"), or a bare quantity ("had sent a
    small number to Russia")."""
    if token.lower_ in CARGO_PRONOUNS or _bare_quantity(token):
        return True
    return (token.lemma_.lower() in GENERIC_CARGO_HEADS and any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in token.children)) or (
        token.lemma_.lower() in DEFINITE_CARGO_HEADS and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children))


# Platforms named by their kind alone, with "the": "The aircraft arrived in July" after the A-29s were named, "China
# delivered the type to Nigeria" after the Wing Loong II.
DEFINITE_CARGO_HEADS = {"aircraft", "plane", "jet", "vessel", "ship", "boat", "system", "type", "model", "variant"}


MOVING_CARGO_VERBS = ARRIVE_VERBS | ORIGIN_VERBS
POINTER_VERBS = SUPPLY_VERBS | MOVING_CARGO_VERBS
CARRY_OR_ARRIVE = CARRY_VERBS | ARRIVE_VERBS


def cargo_pointer(anchor: Token) -> Token | None:
    """The word that stands for the cargo of ``anchor`` by pointing back: a plural pronoun ("[the
    drones] They were built in Iran and sent to Russia", "millions of them"), a demonstrative on a
    generic head ("These systems have almost certainly been supplied by the DPRK"), or a bare
    quantity ("Tehran had sent a small number", "some had already arrived", "half of them came from
    North Korea")."""
    lemma = anchor.lemma_.lower()
    if lemma not in POINTER_VERBS:
        return None  # not "could use them"
    moving = lemma in MOVING_CARGO_VERBS  # the cargo is the subject: "some had already arrived"
    # not a time parsed as the object: "sent to Russia this autumn"
    cands = children(anchor, {"nsubj"}) if moving else [
        c for c in children(anchor, {"dobj", "nsubjpass"}) if c.ent_type_ not in {"DATE", "TIME"}]
    if not cands and anchor.dep_ == "conj":  # "were built in Iran and sent to Russia"
        cands = children(anchor.head, {"nsubj"} if moving else {"nsubjpass"})
    if not cands and moving and anchor.dep_ == "xcomp":  # "The first six are scheduled to arrive in early 2026"
        cands = [c for c in [_raised_subject(anchor)] if c is not None]
    pronoun = None
    for c in cands:
        if _points_back(c):
            pronoun = c
        if c.lower_ == "it" and c.dep_ == "dobj" and any(
                p.dep_ == "prep" and p.lower_ in TO_PREPS and children(p, {"pobj"}) for p in anchor.children):
            pronoun = c  # "we believe the Emirates supplied it to the RSF": with a taker named, "it" is the kit
            # ("Egypt has supplied it in the past": without one, "it" is who was supplied)
        for prep in children(c, {"prep"}):  # "millions of them", "a third of it"
            if prep.lower_ == "of":
                # (and "30 of the systems": a count of generic kit named before)
                pronoun = next((p for p in children(prep, {"pobj"}) if _points_back(p) or p.lower_ == "it" or (
                    p.lemma_.lower() in GENERIC_CARGO_HEADS and any(d.dep_ == "det" and d.lower_ == "the" for d in p.children)
                    and (c.like_num or c.lemma_.lower() in {"dozen", "hundred", "thousand", "some", "several", "many", "most", "all", "half"}))),
                    pronoun)
    if pronoun is None or (lemma == "pass" and _bare_quantity(pronoun)):
        return None  # "expected to pass one million by the end of the year": a milestone
    if pronoun.lower_ in CARGO_PRONOUNS and lemma in CARRY_OR_ARRIVE and not (quantity_cargo(pronoun) and lemma in {"ship", "deliver"}):
        return None  # "they were then carried by rail to a depot", "some of them have been moved to ...": a move, perhaps inside
        # one country (but "dozens of them had been shipped to Russia" is a delivery)
    return pronoun


def pronoun_cargo(ctx: Context, anchor: Token, pronoun: Token | None) -> tuple[list[str], list[Token]]:
    """The items that ``pronoun``, the cargo of ``anchor`` that points back (:func:`cargo_pointer`),
    stands for: those named last before it, in its sentence or the one before ("when Russia needs
    more shells, it turns to Pyongyang, which has already sent it millions of them")."""
    if pronoun is None:
        return [], []
    matched = _named_items(ctx, [t for t in anchor.sent if t.i < pronoun.i and not t.is_space])
    if matched:
        label, tok, n = matched[-1]
        # with the items joined to it: "most of the bombs and rockets ..., and a smaller share came from Serbia"
        def top(t: Token) -> Token:
            while t.dep_ in {"compound", "amod", "nmod"} and t.head.i != t.i:
                t = t.head
            return t
        heads = {top(tok).i} | {c.i for c in top(tok).conjuncts}
        joined = [m for m in matched[:-1] if top(m[1]).i in heads]
        labels = list(dict.fromkeys([m[0] for m in joined] + [label]))
        return labels, [t for m in joined for t in tok.doc[m[1].i : m[1].i + m[2]]] + list(tok.doc[tok.i : tok.i + n])
    return _items_before(ctx, anchor)


def quantity_cargo(token: Token | None) -> bool:
    """Whether a cargo token is a bare quantity ("another 3,000", "some") or a quantity of a pronoun
    ("half of them"): a part of the cargo under discussion, so of its transfer too."""
    if token is None:
        return False
    if _bare_quantity(token):
        return True
    return token.lower_ in CARGO_PRONOUNS | {"it"} and token.dep_ == "pobj" and token.head.lower_ == "of" \
        and _bare_quantity(token.head.head)


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
    if anchor.dep_ == "conj" and anchor.pos_ == "VERB" and any(c.dep_ == "neg" for c in anchor.head.children) and any(
            c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in anchor.head.children) and not children(anchor, {"nsubj", "nsubjpass"}):
        return True  # "India has not supplied or sold artillery shells to Ukraine": the negation covers both verbs
    for c in anchor.children:
        if c.dep_ in {"nsubjpass", "dobj", "attr"} and (no_det(c) or any(x.dep_ == "neg" for x in c.children)):
            return True  # "no weapons had been loaded", "not a single Javelin has been handed"
        if c.dep_ == "nsubj" and anchor.lemma_.lower() in ARRIVE_VERBS | ORIGIN_VERBS and no_det(c):
            return True  # "no Iranian drones had reached Russia": the cargo that moves is the subject
    head = anchor.head
    if anchor.dep_ == "dobj" and head.lemma_.lower() in {"have", "conduct", "hold", "make", "sign"} and (
            any(c.dep_ == "neg" for c in head.children)):
        return True  # "has never had arms dealings with Russia"
    if anchor.dep_ in {"xcomp", "acl", "compound", "pcomp", "dobj"} and _never_stopped(head):
        return False  # "never stopped arming the kingdom": the supply went on
    if anchor.dep_ in {"xcomp", "acl", "compound", "pcomp"} and head.i != anchor.i:
        if head.lemma_.lower() in {"doubt", "question"} and anchor.dep_ == "acl":
            return False  # "there is no doubt that Iran has sent ...": a booster, not a denial
        if any(c.dep_ == "neg" for c in head.children) or no_det(head):
            return True
    return False


# Upkeep that foreign experts do on someone's equipment: know-how given ("Belarusian technicians had
# serviced the military's air-defence radars", "Russian technicians still help maintain Viet Nam's Su-30 fleet").
SERVICE_VERBS = {"service", "maintain", "repair", "overhaul", "upgrade", "modernise", "modernize"}
EXPERT_NOUNS = {"technician", "engineer", "specialist", "expert", "adviser", "advisor", "mechanic", "contractor"}
# Verbs of experts staying on where the kit is: "would stay on in Chittagong to maintain the boats".
STAY_VERBS = {"stay", "remain"}


def _servicing_experts(token: Token) -> Token | None:
    """The foreign experts who service equipment at ``token`` (a service verb with an object)."""
    if token.lemma_.lower() not in SERVICE_VERBS or not children(token, {"dobj"}):
        return None
    holder = token.head if token.dep_ in {"xcomp", "ccomp"} and token.head.lemma_.lower() in HELP_VERBS or (
        # "Chinese technicians would stay on in Chittagong to maintain the boats": the stayers' purpose
        token.dep_ in {"advcl", "xcomp"} and token.head.lemma_.lower() in STAY_VERBS) else token
    subj = next(iter(children(holder, {"nsubj"})), None)
    if subj is None and holder.dep_ == "relcl" and holder.head.pos_ == "NOUN":
        subj = holder.head  # "the engineers who maintain the jets"
    if subj is None or subj.lemma_.lower() not in EXPERT_NOUNS:
        return None
    if not any(c.dep_ in {"amod", "compound", "poss"} and c.ent_type_ in {"NORP", "GPE"} for c in subj.children):
        return None  # whose experts they are must be said
    return subj


# Verbs by which a seller's government lets a buyer buy: "Washington cleared Greece to buy F-35s".
CLEARING_VERBS = {"clear", "approve", "authorise", "authorize", "allow", "permit", "license", "licence"}
# Agreements a buyer signs with its seller, and the verbs of signing them.
CONTRACT_NOUNS = {"contract", "deal", "agreement", "accord"}
SIGN_VERBS = {"sign", "conclude", "seal", "ink", "finalise", "finalize", "reach", "strike"}


# A supplier's share of a buyer's imports: "accounted for about 30 percent of Israel's imports".
SHARE_WORDS = {"percent", "per", "cent", "%", "share", "half", "third", "quarter", "most", "bulk", "majority", "fifth", "two-thirds"}


def _import_share(anchor: Token) -> Token | None:
    """The imports a supplier's share is of: "accounted for about 30 percent of Israel's imports of
    major arms", "for most of India's arms imports"; or the exports a buyer's share is of ("Poland
    accounted for 46 per cent of South Korea's arms exports")."""
    for prep in children(anchor, {"prep"}):
        if prep.lower_ != "for":
            continue
        for share in children(prep, {"pobj"}):
            if share.lemma_.lower() not in SHARE_WORDS and not share.like_num:
                continue
            for of in children(share, {"prep"}):
                if of.lower_ == "of":
                    for imports in children(of, {"pobj"}):
                        if imports.lemma_.lower() in {"import", "purchase", "acquisition", "supply", "arm", "export"} and (
                                children(imports, {"poss"}) or imports.lemma_.lower() in {"import", "export"}):
                            return imports
    return None


def _use_share(anchor: Token) -> Token | None:
    """The share goods "make up" of what someone uses: "make up about half of the ammunition Russia
    fires", "made up a large share of what Russian gunners were firing" (the subject must be goods
    with their maker on them, which the caller reads)."""
    if anchor.lemma_.lower() != "make" or not any(c.dep_ == "prt" and c.lower_ == "up" for c in anchor.children):
        return None
    subj = next(iter(children(anchor, {"nsubj"})), None)
    if subj is None or not any(c.dep_ in {"amod", "compound", "poss"} and c.ent_type_ in {"NORP", "GPE"} for c in subj.children):
        return None
    for share in children(anchor, {"dobj"}):
        if (share.lemma_.lower() in SHARE_WORDS or share.like_num) and any(p.lower_ == "of" for p in children(share, {"prep"})):
            return share
    return None


def _due(verb: Token) -> bool:
    """ "A further batch of Chinese drones was due very soon", "the first missiles are due this year":
    what is to arrive (the cargo words decide whether it is cargo; not "delays due to production
    problems", nor "due to arrive", read on "arrive")."""
    subj = next(iter(children(verb, {"nsubj"})), None)
    if subj is None or subj.pos_ not in {"NOUN", "PROPN", "NUM"} or subj.ent_type_ in {"PERSON", "GPE", "ORG", "DATE"}:
        return False
    return any(c.dep_ == "acomp" and c.lower_ == "due" and not children(c, {"xcomp"}) and not any(
        p.lower_ == "to" for p in children(c, {"prep"})) for c in verb.children)


def _role_phrase(noun: Token) -> Token:
    """The phrase a role noun ("supplier", "customer") stands in: "one of the largest suppliers",
    "among the buyers" count as the phrase that holds them."""
    if noun.dep_ == "pobj" and noun.head.lower_ in {"of", "among"}:
        return noun.head.head
    return noun


def _predicated(node: Token) -> bool:
    """Whether a phrase is said of something by "be": "Germany is one of the largest suppliers"."""
    return node.dep_ == "attr" or (node.dep_ == "nsubj" and node.head.lemma_ == "be")


def _copula_partner(node: Token) -> Token | None:
    """The other side of the "be" a predicated phrase stands on ("Algeria" in "Algeria is Russia's customer")."""
    return next((c for c in node.head.children if c.dep_ in {"nsubj", "attr"} and c.i != node.i), None)


def _signed_deal(anchor: Token) -> Token | None:
    """The contract a purchase verb belongs to when the verb only says what it is for ("signed a
    contract with the United States to buy 400 Tomahawks")."""
    head = anchor.head
    if anchor.dep_ == "acl" and head.lemma_.lower() in CONTRACT_NOUNS and head.dep_ == "dobj" \
            and head.head.lemma_.lower() in SIGN_VERBS:
        return head
    if anchor.dep_ in {"advcl", "xcomp"} and head.lemma_.lower() in SIGN_VERBS:  # (the parser hangs "to buy" on "signed")
        return next((d for d in children(head, {"dobj"}) if d.lemma_.lower() in CONTRACT_NOUNS), None)
    return None


def _cargo_owner(ctx: Context, objs: list[Token], supplier: Actor | None) -> Actor | None:
    """The state whose cargo a supplier supplies: "supplies most of Pakistan's major weapons"."""
    for obj in _with_of(objs):
        for poss in children(obj, {"poss"}):
            actor = ctx.known(poss)
            if actor is not None and actor.actor_type == "state" and actor != supplier:
                return actor
    return None


def _end_user(ctx: Context, anchor: Token) -> Actor | None:
    """Whose use the goods are for, past the buyer named ("sold to U.S. contractors for use by
    Ukraine's armed forces"): the end of an onward chain (GUIDE.md) is the recipient."""
    for use in _objects_of(anchor, "for", "use"):
        found = _pobj_actor(ctx, [use], {"by"}, direct=True)
        if found is not None and found.kind == "named":
            return found
    return None


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
            if clause.lemma_.lower() in {"fight", "serve", "operate"}:  # "sent troops to fight alongside the Congolese army"
                found = _pobj_actor(ctx, [clause], {"alongside", "beside"})
                if found is not None:
                    return found
            if clause.lemma_.lower() not in FIGHT_VERBS:
                # "sent 10,000 soldiers to train in eastern Russia": where the purpose puts them; not
                # where they are sent to fight ("to fight in Ukraine" is against it)
                found = _pobj_actor(ctx, [clause], {"in", "inside"}, direct=True)
                if found is not None:
                    return found
    return None


# Heads of a description that may stand for a party the discourse names: "arming the group".
PARTY_HEADS = {"group", "movement", "militia", "rebel", "faction", "regime", "country", "state", "government", "side",
               "ally", "partner", "proxy", "force", "army", "military"}
FIGHT_VERBS = {"fight", "attack", "strike", "battle", "kill", "die", "shoot", "bomb", "invade", "capture", "storm"}


def _predicates(noun: Token) -> list[Token]:
    """What a copula says a subject noun is, also under a raising verb: "the weapons ... are KN-23
    missiles", "the weapons ... are believed to be KN-23 missiles", "appear to be"."""
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    verb = noun.head
    if verb.lemma_ != "be":
        verb = next((x for x in children(verb, {"xcomp"}) if x.lemma_ == "be"), None)
        if verb is None:
            return []
    return children(verb, {"attr"})


def _predicate_origin(ctx: Context, noun: Token, exclude: Actor | None = None) -> Actor | None:
    """The maker a copula predicates of a noun: "the drones launched by Russia are Iranian
    Shahed-136s", "the drones ... are Iranian-made"; also of a part ("components of drones used by
    the Houthis were consistent with Iranian manufacture")."""
    for _ in range(3):  # from "drones" up to "components of drones and missiles"
        if noun.dep_ == "conj":
            noun = noun.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in {"NOUN", "PROPN"}:
            noun = noun.head.head
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_ != "be":
        # "the missile ... was made in North Korea", "appears to have been made in North Korea"
        made = [noun.head] + [x for x in children(noun.head, {"xcomp"}) if noun.head.lemma_.lower() in {"appear", "seem"}]
        made = [m for m in made if m.lemma_.lower() in MADE_VERBS - {"come"}]
        found = _pobj_actor(ctx, made + [a for m in made for a in children(m, {"agent"})], {"in", "by"})
        return found if found is not None and found.kind == "named" and (exclude is None or found.label != exclude.label) else None
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    for pred in children(noun.head, {"attr", "acomp"}) + [noun.head]:
        # "consistent with Iranian manufacture", "of North Korean origin": the origin noun's modifier
        origins = [o for prep in children(pred, {"prep"}) if prep.lower_ in {"with", "of"}
                   for o in children(prep, {"pobj"}) if o.lemma_.lower() in ORIGIN_NOUNS]
        for t in [pred] + [c for c in pred.children if c.dep_ in {"amod", "compound", "npadvmod", "nmod"}] + [
                g for c in pred.children if c.dep_ in {"amod", "compound"} for g in c.children if g.dep_ in {"npadvmod", "amod", "compound"}] + [
                c for o in origins for c in o.children if c.dep_ in {"amod", "compound", "poss"}]:
            actor = ctx.known(t)
            if actor is not None and actor.kind == "named" and (exclude is None or actor.label != exclude.label):
                return actor
    return None


def _workplace_country(ctx: Context, people: list[Token]) -> Actor | None:
    """The state of the site where the people helped work: "engineers at Alabuga" (Russia)."""
    for prep in (p for person in people for p in children(person, {"prep"}) if p.lower_ in {"at", "in"}):
        for place in children(prep, {"pobj"}):
            actor = ctx.actor_at(place, allow_children=False) if place.i in ctx.ent_of else None
            if actor is not None and actor.kind == "site":
                return ctx.site_country(actor)
    return None


def _aspect_verb(anchor: Token) -> Token | None:
    """The clause verb of a phase phrase around a gerund: "was in the process of buying", "is on
    the verge of sending", "were in the middle of shipping"."""
    of = anchor.head
    if anchor.dep_ != "pcomp" or of.lower_ != "of" or of.dep_ != "prep":
        return None
    noun = of.head
    if noun.lemma_.lower() not in PHASE_NOUNS or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    return noun.head.head if noun.head.head.pos_ in {"VERB", "AUX"} else None


FLOATING_QUANTIFIERS = {"each", "both", "all"}


def _for_subject(verb: Token) -> Token | None:
    """The subject a "for" gives an infinitive, which the parser hangs on the noun before it: "loans for
    Ukraine to buy ammunition" (Ukraine buys)."""
    to = next((a for a in children(verb, {"aux"}) if a.lower_ == "to" and a.i == verb.left_edge.i), None)
    before = verb.doc[to.i - 1] if to is not None and to.i > 0 else None
    return before if before is not None and before.dep_ == "pobj" and before.head.lower_ == "for" else None


def _subject(ctx: Context, verb: Token, dep: str) -> Token | None:
    """The verb's nearest subject of that kind, never a dateline ("KYIV, Nov 5 (CPA) — ...")."""
    # ("BUKAVU — Burundian soldiers have been fighting ...", parsed with the soldiers in apposition to the dateline)
    subjects = [c if c.i not in ctx.excluded else children(c, {"appos"})[0] for c in verb.children
                if c.dep_ == dep and (c.i not in ctx.excluded or children(c, {"appos"}))]
    if len(subjects) > 1:  # "Belize and the Bahamas have each committed ...": the floating quantifier is no subject
        subjects = [c for c in subjects if c.lower_ not in FLOATING_QUANTIFIERS] or subjects
    if not subjects or all(c.lower_ in {"itself", "themselves"} for c in subjects):
        # the parser sometimes hangs the subject on the auxiliary ("Iran had armed Russia"), and then may take an
        # emphatic reflexive for it ("Serbia has itself acquired Chinese drones")
        subjects = [c for aux in verb.children if aux.dep_ in {"aux", "auxpass"} for c in aux.children
                    if c.dep_ == dep and c.i not in ctx.excluded] or subjects
    if not subjects and dep == "nsubj" and verb.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            and verb.head.dep_ == "attr" and verb.head.head.lemma_.lower() in {"be", "become"}:
        # "Poland was the first NATO member to buy the Bayraktar TB2": the one the copula says it of
        subjects = [c for c in verb.head.head.children if c.dep_ == "nsubj" and c.i not in ctx.excluded]
    return min(subjects, key=lambda t: abs(verb.i - t.i)) if subjects else None


def _counter_recipient(ctx: Context, anchor: Token) -> Actor | None:
    """Who gets what is paid back: in "Russia has supplied North Korea with missiles in return for
    the troops Pyongyang sent", the troops go to the supplier of the main transfer (Russia)."""
    node = anchor.head  # the cargo the relative clause is on ("the troops")
    if node.dep_ != "pobj" or node.head.lower_ != "for":
        return None
    counter = node.head.head
    if counter.lemma_.lower() not in COUNTER_NOUNS or counter.dep_ != "pobj":
        return None
    verb = counter.head.head
    for subj in children(verb, {"nsubj"}):
        actor = ctx.role_actor(subj)
        if actor is not None and actor.kind == "named":
            return actor
    return None


# Verbs whose subject wants the cargo in a relative clause on it: "technology that Tehran sought".
WANT_VERBS = {"seek", "want", "need", "request", "covet", "crave", "desire", "ask"}
# Verbs whose subject has or uses the cargo a relative clause is on: "the S-400 squadrons India ordered", "the
# shells Russia fired", "machine tools that Russia uses to rebuild its defence industry".
HOLDER_VERBS = {"order", "buy", "purchase", "use", "fire", "fly", "operate", "field", "import"}


def _promised_recipient(ctx: Context, objs: list[Token]) -> Actor | None:
    """ "delivered half of the million shells it promised Ukraine": the party a relative clause on
    the cargo names as its beneficiary."""
    for obj in objs:
        for t in obj.subtree:
            # (on the cargo, or on what a share is of: "more than half of the shells Russia fired")
            on_cargo = t.head.i == obj.i or t.head.dep_ == "pobj" and t.head.head.lower_ == "of" and t.head.head.head.i == obj.i
            if t.dep_ == "relcl" and on_cargo and (t.lemma_.lower() in WANT_VERBS or t.lemma_.lower() in HOLDER_VERBS
                                                   and not children(t, {"dobj", "dative"})):
                # "sharing technology that Tehran sought": who wants the cargo gets it
                for c in children(t, {"nsubj"}):
                    actor = ctx.role_actor(c)
                    if actor is not None and actor.kind == "named":
                        return actor
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


# People trained in a skill: training them passes know-how ("Russian crews were trained on the
# system in Iran"). Troops trained abroad are troops sent there (PRESENCE_VERBS).
TRAINEE_NOUNS = {"crew", "pilot", "operator", "technician", "engineer", "specialist", "scientist", "instructor", "student", "cadet",
                 "staff"}


FORCE_NOUNS = {"force", "forces", "army", "unit", "troop", "military", "ranks", "rank", "formation", "brigade", "battalion"}
TROOP_LEMMAS = {"soldier", "troop", "serviceman", "personnel", "infantryman", "infantry", "officer", "fighter", "man"}
# Military units join as troops too: "North Korean units joined Russian forces".
UNIT_NOUNS = {"unit", "battalion", "brigade", "formation", "contingent", "detachment"}
# Combat joined beside an ally: "units had joined assaults ... alongside Russian marines".
COMBAT_NOUNS = {"assault", "attack", "offensive", "counteroffensive", "fighting", "battle", "combat", "operation"}


def _joiners(verb: Token) -> tuple[Token | None, Token | None]:
    """Who joins (the subject, or the object of a controlling verb: "preparing 12,000 soldiers to
    join Russian forces") and the force joined."""
    joined = next(iter(children(verb, {"dobj"})), None)
    who = next(iter(children(verb, {"nsubj"})), None)
    if who is None and verb.dep_ in {"xcomp", "advcl"} and verb.head.i != verb.i:
        controller = verb.head
        who = next(iter(children(controller, {"dobj", "nsubjpass"})), None) or next(iter(children(controller, {"nsubj"})), None)
    return who, joined


def _ally(joined: Token) -> Token | None:
    """Whom a joined combat is fought beside: "joined assaults near X alongside Russian troops"."""
    if joined.lemma_.lower() not in COMBAT_NOUNS:
        return None
    return next((p for prep in joined.subtree if prep.dep_ == "prep" and prep.lower_ in {"alongside", "beside"}
                 for p in children(prep, {"pobj"})), None)


# Words of a demanded withdrawal of troops, which says they are there (_withdrawn_troops).
WITHDRAWAL_WORDS = {"withdraw", "withdrawal"}
# Verbs that demand something of a state: "called on Rwanda to withdraw its troops", "demands the withdrawal of ...".
DEMAND_VERBS = {"call", "urge", "demand", "ask", "press", "tell", "push", "seek", "want", "insist"}


def _withdrawn_troops(token: Token) -> Token | None:
    """The troops a demanded withdrawal names, which says they are there: "called on Rwanda to withdraw its troops ...
    from eastern Congo", "demands the immediate withdrawal of Eritrean troops from Tigray"."""
    lemma = token.lemma_.lower()
    if lemma == "withdraw" and token.pos_ == "VERB":
        # (a "that" clause only in the subjunctive: "demanded that Rwanda withdraw", not "told the UN it had withdrawn")
        demanded = (token.dep_ == "xcomp" or token.dep_ == "ccomp" and token.tag_ == "VB" and not any(
            a.dep_ == "aux" and a.lower_ in {"will", "would", "'ll", "wo", "had", "has", "have"} for a in token.children)) \
            and token.head.lemma_.lower() in DEMAND_VERBS
        cargo = children(token, {"dobj"})
    elif lemma == "withdrawal" and token.pos_ == "NOUN":
        verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "for" else token.head
        demanded = token.dep_ in {"dobj", "pobj"} and verb.lemma_.lower() in DEMAND_VERBS
        cargo = _of_nouns(token)
    else:
        return None
    # ("withdraw its troops and its surface-to-air missile systems from eastern Congo": "from" hung on the last conjunct)
    if not demanded or is_negated(token.head) or not any(p.lower_ == "from" and children(p, {"pobj"}) for h in _withdrawn_from(token, cargo)
                                                         for p in children(h, {"prep"})):
        return None
    return next((c for c in cargo if c.lemma_.lower() in TROOP_LEMMAS | UNIT_NOUNS | STATE_FORCE_WORDS), None)


# Verbs of troops a state holds abroad: "has some 10,000 troops in eastern Congo", "keeps 1,500 troops in Transnistria".
HELD_ABROAD_VERBS = {"have", "keep", "maintain"}


def _troops_held_abroad(token: Token) -> Token | None:
    """The troops a state "has" or "keeps" somewhere: "Burundi, which has some 10,000 troops in eastern Congo"; also
    denied in someone's words ("Peskov said Russia had no military personnel in Mozambique"; not the page's own "Ukraine
    has no troops in Belarus")."""
    if token.lemma_.lower() not in HELD_ABROAD_VERBS or token.pos_ not in {"VERB", "AUX"} or token.dep_ == "aux":
        return None
    said = any(a.lemma_.lower() in REPORTING_VERBS for a in token.ancestors)
    return next((o for o in children(token, {"dobj"}) if o.lemma_.lower() in TROOP_LEMMAS | UNIT_NOUNS and (said or not (
        is_negated(token) or any(c.dep_ == "det" and c.lower_ == "no" for c in o.children))) and any(
        p.lower_ in {"in", "inside"} and children(p, {"pobj"}) for h in (o, token) for p in children(h, {"prep"}))), None)


def _held_abroad(ctx: Context, anchor: Token, troops: Token) -> _Transfer | None:
    """Troops a state has in another state were sent there by it."""
    owner = _subject(ctx, anchor, "nsubj")
    if owner is not None and owner.lower_ in RELATIVE_PRONOUNS and anchor.dep_ == "relcl":
        owner = antecedent(anchor)
    supplier = ctx.role_actor(owner) if owner is not None else None
    recipient = _pobj_actor(ctx, [troops, anchor], {"in", "inside"})
    if supplier is None or recipient is None or supplier.actor_type != "state" or supplier == recipient:
        return None
    denied = is_negated(anchor) or any(c.dep_ == "det" and c.lower_ == "no" for c in troops.children)
    return _Transfer(anchor, supplier, recipient, ["troops"], [troops], denied, False, list(anchor.subtree))


def _withdrawn_from(anchor: Token, cargo: list[Token]) -> list[Token]:
    """Where a withdrawal's "from" may hang: on the verb or noun, on the troops or what is joined to them ("its troops
    and its missile systems from eastern Congo"), or on a clause on them ("its forces supporting the M23 from ...")."""
    heads = [anchor] + [x for c in cargo for x in [c] + list(c.conjuncts)]
    return heads + [a for h in heads[1:] for a in children(h, {"acl"})]


def _withdrawal(ctx: Context, anchor: Token) -> _Transfer | None:
    """Troops a demand would withdraw from a place were sent there: from their state to the place's (or to the
    side they are said to support: "its forces supporting the M23")."""
    troops = _withdrawn_troops(anchor)
    own = any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in troops.children)
    supplier = None if own else _modifier_actor(ctx, [troops])
    if supplier is None and own:
        demand = anchor.head if anchor.lemma_.lower() == "withdraw" else None
        # "called on Rwanda to withdraw its troops": whom the demand is made of
        addressee = [o for p in children(demand, {"prep"}) if p.lower_ in ADDRESSEE_PREPS for o in children(p, {"pobj"})] \
            + children(demand, {"dobj"}) if demand is not None else []
        supplier = next((a for o in addressee for a in [ctx.role_actor(o)] if a is not None and a.kind == "named"), None)
    if supplier is None or supplier.actor_type != "state":
        return None
    places = [o for h in _withdrawn_from(anchor, [troops]) for p in children(h, {"prep"}) if p.lower_ == "from"
              for o in children(p, {"pobj"})]
    backed = [o for c in troops.children if c.dep_ == "acl" and c.lemma_.lower() in {"support", "back", "help"}
              for o in children(c, {"dobj"})]
    recipient = next((a for o in backed + places for a in [ctx.role_actor(o) or _modifier_actor(ctx, [o])]
                      if a is not None and a.kind == "named" and a != supplier), None)
    if recipient is None:
        return None
    cargo = [troops] + [c for c in troops.conjuncts if c.i > troops.i]
    # ("... to withdraw all Rwanda Defence Force personnel from Congolese territory and to remove its surface-to-air
    # missile systems": what the joined demand removes too)
    cargo += [o for v in anchor.conjuncts if v.lemma_.lower() in {"remove", "withdraw", "pull"} for o in children(v, {"dobj"})]
    items, item_tokens = _items(ctx, [t for c in cargo for t in c.subtree if not (t.dep_ == "acl" or any(
        a.dep_ == "acl" and a.i in {x.i for x in c.subtree} for a in t.ancestors if a.i != c.i))])
    if "troops" not in items:
        items, item_tokens = ["troops"] + items, [troops] + item_tokens
    return _Transfer(anchor, supplier, recipient, items, item_tokens, False, False, list(anchor.subtree))


def _joining(ctx: Context, anchor: Token) -> _Transfer | None:
    """ "North Korean soldiers joined Russian forces", "North Korea was preparing 12,000 soldiers to
    join Russian forces": troops that join another state's forces are sent to it."""
    who, joined = _joiners(anchor)
    if who is None or joined is None or who.lemma_.lower() not in TROOP_LEMMAS | UNIT_NOUNS:
        return None
    ally = _ally(joined)
    recipient = ctx.actor_at(ally if ally is not None else joined)
    if recipient is None or recipient.kind != "named":
        return None
    supplier = _modifier_actor(ctx, [who], exclude=recipient)
    if supplier is None and who.lemma_.lower() in UNIT_NOUNS:  # "North Korean units"
        supplier = ctx.actor_at(who)
        if supplier is not None and (supplier.kind != "named" or supplier.label == recipient.label):
            supplier = None
    if supplier is None and who.dep_ == "dobj":
        subj = _subject(ctx, who.head, "nsubj")
        supplier = ctx.role_actor(subj) if subj is not None else None
    items, item_tokens = _items(ctx, [who])
    return _Transfer(anchor, supplier, recipient, items or ["troops"], item_tokens or [who], _negated(anchor), False, [anchor, who])


# Vehicles: a nationality on one names who carries the cargo, not who supplies or receives it.
VEHICLE_NOUNS = {"car", "railcar", "wagon", "train", "ship", "vessel", "truck", "lorry", "plane", "aircraft",
                 "flight", "freighter", "tanker", "convoy", "barge", "ferry"}
# "put missiles in Russian hands", "placed the weapons into the hands of the Houthis": given.
HAND_VERBS = {"put", "place"}


def _hands(verb: Token) -> list[Token]:
    return [p for prep in children(verb, {"prep"}) if prep.lower_ in {"in", "into"}
            for p in children(prep, {"pobj"}) if p.lemma_.lower() == "hand"]


def _en_route(token: Token) -> bool:
    """ "on their way to Ukraine", "en route to Russia" as the predicate of a clause."""
    if token.lower_ == "way" and token.dep_ == "pobj" and token.head.lower_ == "on":
        return any(c.dep_ == "prep" and c.lower_ in TO_PREPS for c in token.children)
    return token.lower_ == "route" and token.i > 0 and token.nbor(-1).lower_ == "en" and any(
        c.dep_ == "prep" and c.lower_ in TO_PREPS for c in token.children)


def _on_the_way(ctx: Context, anchor: Token) -> _Transfer | None:
    """ "Some of the artillery rounds are already on their way to Ukraine": the subject of the
    clause travels to the destination; who sent it comes from the discourse."""
    clause = anchor.head.head if anchor.lower_ == "way" else anchor.head
    recipient = _pobj_actor(ctx, [anchor], TO_PREPS)
    subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if recipient is None or subj is None:
        return None
    cargo = [t for t in subj.subtree]
    items, item_tokens = _items(ctx, cargo)
    supplier = _modifier_actor(ctx, cargo, exclude=recipient)
    backref = _has_backref(cargo, ctx.lexicon)
    return _Transfer(anchor, supplier, recipient, items, item_tokens, _negated(clause), backref, [anchor] + cargo)


def _trainees(anchor: Token) -> Token | None:
    """Who a verb of training trains: "trained Russian operators", "are teaching North Korean
    soldiers", "Dozens of Russian military personnel had been trained"."""
    if anchor.lemma_.lower() not in TRAIN_VERBS or not (anchor.pos_ in {"VERB", "AUX"} or anchor.tag_.startswith("VB")):
        return None
    # "Our submarine crews trained in China": trainees that train abroad, with no trainer named
    abroad = anchor.lemma_.lower() == "train" and not children(anchor, {"dobj", "nsubjpass"}) and any(
        p.lower_ == "in" and any(o.ent_type_ == "GPE" for o in children(p, {"pobj"})) for p in children(anchor, {"prep"}))
    if abroad and anchor.dep_ == "acl" and anchor.head.lemma_.lower() in TRAINEES_ABROAD:
        return anchor.head  # ("Thai submarine crews trained in China last year", parsed as a heading's noun)
    for c in anchor.children:
        if c.dep_ not in {"nsubjpass", "dobj"} and not (
                abroad and c.dep_ == "nsubj" and c.lemma_.lower() in TRAINEES_ABROAD):
            continue
        if c.lemma_.lower() in TRAINEE_NOUNS | TRAINED_FORCES or (
                c.pos_ == "PROPN" and c.lower_.removesuffix("s") in TRAINEE_NOUNS | TRAINED_FORCES):
            return c  # (the tagger keeps "Philippine Marines" a name)
        if c.like_num or c.lemma_.lower() in QUANTITY_NOUNS:
            # "Dozens of Russian military personnel had been trained": the people the quantity counts
            counted = next((p for prep in children(c, {"prep"}) if prep.lower_ == "of" for p in children(prep, {"pobj"})), None)
            if counted is not None and counted.lemma_.lower() in TRAINEE_NOUNS | TRAINED_FORCES:
                return counted
    return None


TRAIN_VERBS = {"train", "teach", "instruct", "retrain"}
# Who is taught by training abroad ("Thai submarine crews trained in China"); not a formation, which is there, sent
# ("North Korean troops are training in Russia").
TRAINEES_ABROAD = TRAINEE_NOUNS | {"sailor", "airman", "seaman", "officer", "soldier", "personnel", "serviceman", "recruit",
                                   "cadet", "marine", "gunner", "trainee", "conscript"}
# Verbs of going on with what their subject does: "keep training", "continued to train".
ASPECT_VERBS = {"keep", "continue", "begin", "start", "resume"}
# Soldiers whom another state trains get know-how from it (GUIDE.md, settled 2026-12-05: "technology"
# from the instructors' state to the trained state); troops that train somewhere are present there.
TRAINED_FORCES = {"soldier", "troop", "recruit", "serviceman", "personnel", "brigade", "battalion", "unit", "officer",
                  "conscript", "marine", "force", "army", "crew", "trainee", "sailor", "airman", "seaman", "gunner",
                  "servicemen", "guard", "policeman", "commando", "paratrooper",
                  # a movement's men: "East German instructors trained ANC cadres", "trained Houthi fighters"
                  "cadre", "member", "guerrilla", "fighter", "militant", "combatant"}  # (the tagger leaves "servicemen" as it is)


QUANTITY_NOUNS = {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores", "number",
                  "group", "team", "batch", "some", "several", "many", "most", "all"}


def _training(ctx: Context, anchor: Token, trainees: Token) -> _Transfer | None:
    """ "Russian crews were trained on the system in Iran", "Iran trained Russian operators":
    technology from the trainer (agent, subject, or the country where it happened) to the trainees'
    state."""
    recipient = ctx.actor_at(trainees) or next(
        # "trained army crews to operate the aircraft": the story's army
        (a for c in trainees.children if c.dep_ in {"compound", "amod"} and c.lemma_.lower() in {"army", "military", "navy"}
         for a in [ctx.role_actor(c)] if a is not None), None)
    if recipient is None or recipient.kind != "named":
        return None
    supplier = _pobj_actor(ctx, children(anchor, {"agent"}) and [anchor], {"by"}, direct=True)
    if supplier is None:  # "trained by Russian instructors": the trainers' state
        agents = [p for agent in children(anchor, {"agent"}) for p in children(agent, {"pobj"})]
        supplier = next((a for a in (ctx.role_actor(p) for p in agents) if a is not None and a.kind == "named"), None)
    if supplier is None and (trainees.dep_ == "dobj" or trainees.dep_ == "pobj" and trainees.head.head.dep_ == "dobj"):
        # (also "thousands of Somali soldiers", the object a quantity)
        subj = _subject(ctx, anchor, "nsubj") or (
            # "U.S. forces would keep training Philippine troops" (not "would be prepared to train")
            _raised_subject(anchor) if anchor.dep_ == "xcomp" and anchor.head.lemma_.lower() in ASPECT_VERBS else None)
        # "British instructors have trained ...", "Instructors from Russia's Africa Corps are training ..."
        supplier = (ctx.role_actor(subj) or _pobj_actor(ctx, [subj], {"from"})) if subj is not None else None
    if supplier is None:  # "trained on the system in Iran": the place, also when hung on the object
        supplier = _pobj_actor(ctx, [anchor] + [p for prep in children(anchor, {"prep"}) for p in children(prep, {"pobj"})], {"in"})
    if supplier is None or supplier.label == recipient.label:
        return None
    return _Transfer(anchor, supplier, recipient, ["technology"], [anchor], _negated(anchor), False, [anchor, trainees])


MOVE_VERBS = {"go", "travel", "cross"}
PEOPLE_MOVERS = {"troop", "troops", "soldier", "force", "unit", "army", "division", "brigade", "battalion", "regiment",
                 "infantry", "marine", "paratrooper",
                 # (and armed men: "About 1,000 rebel fighters crossed into Sudan from Chad" is no transfer from Chad)
                 "fighter", "contractor"}


def _moves_somewhere(ctx: Context, anchor: Token, mover: Token | None) -> bool:
    """A verb of motion whose subject is cargo and that says where to or from ("drones had gone to
    Russia", "crossed ... from the port of Amirabad"), not a phrasal one ("never go off") nor a
    speaker's ("I will not go into operational detail")."""
    if children(anchor, {"prt"}):
        return False
    if mover is None or not any(ctx.lexicon.is_item_or_cargo(t.lemma_.lower()) or ctx.lexicon.is_item_or_cargo(t.lower_)
                                for t in mover.subtree):
        return False  # (the subject a conjoined verb shares counts: "wagons are loaded ... and cross into Russia")
    if any(t.lemma_.lower() in PEOPLE_MOVERS for t in [mover, *children(mover, {"compound"})]) and not any(
            p.dep_ == "prep" and p.lower_ in {"alongside", "beside"} for c in children(anchor, {"advcl", "xcomp"}) for p in c.children):
        # "Russian troops crossed into Ukraine": an army on the move, an invasion as often as a deployment
        # (but "crossed into Tigray to fight alongside Ethiopian federal forces" is sent to an ally)
        return False
    return any(p.lower_ in {"to", "into", "toward", "towards", "from"} for p in children(anchor, {"prep"}))


def _paid_with(verb: Token) -> list[Token]:
    """The "with" of a payment in kind, on the verb or, as the parser often hangs it, on what is paid
    for: "is paying North Korea for its shells with food, oil and military technology"."""
    bought = [p for prep in children(verb, {"prep"}) if prep.lower_ == "for" for p in children(prep, {"pobj"})]
    return [c for h in [verb, *bought] for c in h.children if c.dep_ == "prep" and c.lower_ == "with"]


def _gapped(anchor: Token) -> list[Token]:
    """Objects joined to a transfer verb with a party of their own and the verb left out: "It
    receives ammunition and soldiers from North Korea, and drones and missiles from Iran" (the parser
    hangs "drones" on "receives" as a conjunct)."""
    if not verbal_anchor(anchor):
        return []
    # (or on the first party: "buys shells from North Korea and drones from Iran", "drones" a conjunct of "Korea")
    parties = [o for h in [anchor, *children(anchor, {"dobj"})] for p in children(h, {"prep"}) if p.lower_ in {"from", "to"}
               for o in children(p, {"pobj"})]
    return [c for h in [anchor, *parties] for c in h.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}
            and (h is anchor or c.pos_ == "NOUN") and any(p.dep_ == "prep" and p.lower_ in {"from", "to"} for p in c.children)]


def joined_makers(ctx: Context, transfer: _Transfer) -> list[_Transfer]:
    """One transfer per maker when a taker's cargo joins kit of several ("Egypt bought French Rafale jets and Russian
    MiG-29 fighters", "flew Chinese-built F-7 and Russian MiG-29 fighters"): the supplier that only a cargo's modifier
    names is each conjunct's own. Not where the verb names the supplier ("from France", a giver as subject)."""
    anchor = transfer.anchor
    lemma = anchor.lemma_.lower()
    if transfer.supplier is None or transfer.recipient is None or not transfer.item_tokens or not verbal_anchor(anchor) \
            or lemma not in RECEIVE_VERBS | USE_VERBS | ATTACK_VERBS | {"fly", "operate"} or _pobj_actor(ctx, [anchor], {"from"}) is not None:
        return []
    first = next((t for t in transfer.item_tokens if t.dep_ != "conj" and t.conjuncts), None)  # ("jets", not "Rafale")
    if first is None or _modifier_actor(ctx, [first]) != transfer.supplier:
        return []
    out: list[_Transfer] = []
    taken = {transfer.supplier.label, transfer.recipient.label}
    for other in first.conjuncts:
        maker = _modifier_actor(ctx, [other])
        if maker is None or maker.label in taken:
            continue
        items, item_tokens = _items(ctx, list(other.subtree))
        if not items:
            continue
        taken.add(maker.label)
        out.append(_Transfer(anchor, ctx.as_party(maker, supplying=True), transfer.recipient, items, item_tokens,
                             transfer.negated, False, list(other.subtree)))
    if out:  # the first maker keeps only its own kit ("Iranian drones", not the North Korean missiles too)
        split = {t.i for x in out for t in x.scope}
        own = _items(ctx, [t for t in first.subtree if t.i not in split])
        if own[0]:
            transfer.items, transfer.item_tokens = own
    return out


def gapped_transfers(ctx: Context, transfer: _Transfer) -> list[_Transfer]:
    """The transfers of :func:`_gapped` objects: their own items and "from"/"to" party, the other
    party the verb's."""
    out: list[_Transfer] = []
    for gap in _gapped(transfer.anchor):
        items, item_tokens = _items(ctx, list(gap.subtree))
        source = _pobj_actor(ctx, [gap], {"from"})
        target = _pobj_actor(ctx, [gap], TO_PREPS)
        if not items or (source is None and target is None):
            continue
        supplier, recipient = source or transfer.supplier, target or transfer.recipient
        if supplier is not None and recipient is not None and supplier.label == recipient.label:
            continue
        out.append(_Transfer(transfer.anchor, ctx.as_party(supplier), ctx.as_party(recipient), items, item_tokens,
                             transfer.negated, False, list(gap.subtree)))
    return out


# Verbs of buying or holding kit, whose object may list several makers' kit: "flies American F-16s and Russian
# Sukhois", "has signed for French Rafales and Turkish KAAN fighters".
KIT_LIST_VERBS = {"operate", "fly", "field", "own", "possess", "sign", "order", "buy", "purchase", "acquire", "receive",
                  "import", "commission", "induct"}


def _with_supplier(ctx: Context, transfer: _Transfer, supplier: Actor, kit: list[Token]) -> _Transfer:
    """``transfer`` with another supplier, and the items of its own kit where those name any."""
    items, item_tokens = _items(ctx, kit) if kit else ([], [])
    return replace(transfer, supplier=supplier, items=items or transfer.items, item_tokens=item_tokens or transfer.item_tokens)


def kit_from_pairs(ctx: Context, transfer: _Transfer) -> list[_Transfer]:
    """One transfer per kit and the state it came "from", when a purchase lists two or more such pairs after its verb:
    "has bought almost everything: Super Tucanos from the United States, JF-17 fighters from Pakistan ... and patrol
    ships from Turkey", "buying three JF-17 fighters from Pakistan ... and Mi-35M attack helicopters from Russia" (however the
    parser hangs the list). Empty when there are fewer than two, or the transfer is no purchase."""
    anchor = transfer.anchor
    if anchor.lemma_.lower() not in RECEIVE_VERBS or transfer.recipient is None:
        return []
    up = {anchor.i} | {a.i for a in anchor.ancestors}
    pairs: list[tuple[Actor, list[str], list[Token], list[Token]]] = []
    taken: set[str | None] = {transfer.recipient.label}
    for prep in anchor.sent:
        if prep.i <= anchor.i or prep.lower_ != "from" or prep.dep_ != "prep":
            continue
        kits = children(anchor, {"dobj"}) if prep.head.i == anchor.i else [prep.head]
        node = prep.head  # the kit hangs, through nouns and subjectless verbs, on the purchase or what it is said under
        while node.i not in up and node.head.i != node.i and (
                node.head.i in up or node.head.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}
                or node.head.pos_ in {"VERB", "AUX"} and not children(node.head, {"nsubj", "nsubjpass"})):
            node = node.head
        if node.i not in up or len(kits) != 1 or kits[0].pos_ not in {"NOUN", "PROPN", "NUM", "VERB"}:
            continue
        kit, misread = kits[0], []
        if kit.pos_ == "VERB" and not children(kit, {"nsubj"}) and len(children(kit, {"dobj"})) == 1:
            kit, misread = children(kit, {"dobj"})[0], [kit]  # "... and patrol ships from Turkey", "patrol" taken for a verb
        # the kit's own words: not the other kits listed on it, nor where it came from
        own = {x.i for c in kit.children if c.dep_ in {"prep", "appos", "conj", "relcl", "cc", "punct", "acl"} for x in c.subtree}
        words = misread + [t for t in kit.subtree if t.i not in own] + [
            t for c in children(kit, {"conj"}) if c.i < prep.i and not children(c, {"prep"}) for t in c.subtree]
        items, item_tokens = _items(ctx, words)
        if not items:
            continue
        for pobj in children(prep, {"pobj"}):
            state = _further_state(ctx, pobj, taken)
            if state is not None:
                pairs.append((state, items, item_tokens, words))
    if len(pairs) < 2:
        return []
    return [replace(transfer, supplier=state, items=items, item_tokens=item_tokens, scope=words)
            for state, items, item_tokens, words in pairs]


# Words that end the last kit of a written list: "... and Turkish Bayraktar drones since 2020".
LIST_END_WORDS = {"but", "while", "which", "that", "from", "to", "for", "in", "at", "since", "with", "as"}


def _opens_clause(token: Token) -> bool:
    """Whether ``token`` starts another clause or phrase than a list of kit: a verb that modifies no noun ("..., and
    it has signed", "describing the aircraft as"), or a verb's subject ("..., and Russian instructors arrived")."""
    return token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"amod", "compound"} or (
        token.dep_ in {"nsubj", "nsubjpass"} and token.head.pos_ in {"VERB", "AUX"})


def kit_from_makers(ctx: Context, transfer: _Transfer) -> list[_Transfer]:
    """One transfer per kit and the state whose demonym it carries, when a purchase or fleet lists two or more such
    kits after its verb: "has bought American F-16s and Abrams tanks, French Caesar howitzers and Turkish Bayraktar
    drones", however the parser hangs the list (it may make the last kit the sentence's root). The text is read as
    written, up to the next clause: each kit runs from its demonym to the next, the last to a clause word or the
    end; a kit the item list does not know keeps the purchase's items ("British Hawk 209s"). Empty when fewer than
    two makers are listed, or the first is not the transfer's supplier."""
    anchor, supplier, recipient = transfer.anchor, transfer.supplier, transfer.recipient
    if anchor.lemma_.lower() not in KIT_LIST_VERBS or supplier is None or recipient is None:
        return []
    sent, doc = anchor.sent, anchor.doc
    end = next((t.left_edge.i if t.dep_ in {"nsubj", "nsubjpass"} else t.i for t in sent
                if t.i > anchor.i and (_opens_clause(t) or t.text in {";", ":", "(", "—"})), sent.end)
    starts: list[tuple[int, Actor]] = []
    for token in doc[anchor.i + 1: end]:
        if token.ent_type_ != "NORP" or token.dep_ not in {"amod", "compound", "npadvmod", "nmod"}:
            continue
        actor = ctx.known(token)
        if actor is None or actor.kind != "named" or actor.actor_type != "state" or actor.label == recipient.label:
            continue
        if token.i + 1 < end and token.nbor().text == "-" and not (token.i + 2 < end and token.nbor(2).lower_ in HYPHEN_MAKERS):
            continue  # ("Russian-language", not "Russian-made")
        starts.append((token.i, actor))
    if len({actor.label for _, actor in starts}) < 2 or starts[0][1].label != supplier.label:
        return []
    out, taken = [], set()
    for k, (start, actor) in enumerate(starts):
        stop = starts[k + 1][0] if k + 1 < len(starts) else next(  # (no verb of a clause comes before ``end``)
            (i for i in range(start, end) if doc[i].text == "." or doc[i].lower_ in LIST_END_WORDS), end)
        words = list(doc[start:stop])
        while words and (words[-1].is_punct or words[-1].lower_ in {"and", "or"}):
            words.pop()
        if actor.label in taken:
            continue
        taken.add(actor.label)
        out.append(_with_supplier(ctx, transfer, actor, words))
    return out


def _further_state(ctx: Context, token: Token, taken: set[str | None]) -> Actor | None:
    """The named state ``token`` stands for as a party, if it is not one of ``taken`` (to which it is added)."""
    other = ctx.as_party(ctx.role_actor(token))
    if other is None or other.kind != "named" or other.actor_type != "state" or other.label in taken:
        return None
    taken.add(other.label)
    return other


def _sellers_from(ctx: Context, transfer: _Transfer, head: Token, taken: set[str | None]) -> list[_Transfer]:
    """Each further seller "from" whom part of one purchase comes: "signed for two Scorpene submarines from France,
    two Istif-class frigates from Turkey ...", ``head`` the first seller (adds to ``taken``)."""
    if head.dep_ != "pobj" or head.head.lower_ != "from":
        return []
    out = []
    for prep in transfer.anchor.subtree:
        if prep.lower_ != "from" or prep.dep_ != "prep" or prep.i <= head.head.i or not (
                prep.head.i == transfer.anchor.i or ctx.lexicon.is_item_or_cargo(prep.head.lemma_.lower())):
            continue
        for pobj in children(prep, {"pobj"}):
            other = _further_state(ctx, pobj, taken)
            if other is None:
                continue
            kit = [t for t in prep.head.subtree if t.i < prep.i] if prep.head.i != transfer.anchor.i else []
            out.append(_with_supplier(ctx, transfer, other, kit))
    return out


def _makers_of_listed_kit(ctx: Context, transfer: _Transfer, head: Token, taken: set[str | None]) -> list[_Transfer] | None:
    """Each further maker named on its own kit in a list: "flies Russian-made Su-27s, American F-16s and British
    Hawks", ``head`` the first maker's modifier (adds to ``taken``); None when ``head`` is no such modifier."""
    cargo = {t.i for t in transfer.item_tokens}
    kit = head
    while kit.dep_ in {"amod", "compound", "nmod", "npadvmod"} and kit.head.i not in cargo:
        kit = kit.head  # ("Russian-made": "Russian" hangs on "made")
    if head.conjuncts or kit.dep_ not in {"amod", "compound", "nmod"} or kit.head.i not in cargo:
        return None
    out = []
    for other_noun in kit.head.conjuncts:
        other = _modifier_actor(ctx, [other_noun]) or next(
            (a for c in other_noun.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < other_noun.i
             for a in [ctx.known(c)] if a is not None), None)  # ("Russian Sukhois", a name no item list holds)
        if other is not None and other.actor_type == "state" and other.label not in taken:
            taken.add(other.label)
            out.append(_with_supplier(ctx, transfer, other, list(other_noun.subtree)))
    return out


def conjoined_parties(ctx: Context, transfer: _Transfer) -> list[_Transfer]:
    """One transfer per party when the text joins several in one slot (GUIDE.md: one claim per
    transfer): "The Netherlands and Denmark will hand over F-16s to Ukraine", "shipped arms to
    Russia and Belarus". Only named actors of the same kind as the party found are split off."""
    out: list[_Transfer] = []
    sent = transfer.anchor.sent
    for role in ("supplier", "recipient"):
        actor = getattr(transfer, role)
        if actor is None or actor.kind != "named" or not sent.start_char <= actor.start < sent.end_char:
            continue
        token = ctx.token_at(actor.start)
        if token is None:
            continue
        ent = ctx.ent_of.get(token.i)
        head = ent.root if ent is not None else token
        taken = {transfer.supplier.label if transfer.supplier else None, transfer.recipient.label if transfer.recipient else None}
        if role == "supplier" and transfer.anchor.lemma_.lower() in KIT_LIST_VERBS:
            out += _sellers_from(ctx, transfer, head, taken)
            makers = _makers_of_listed_kit(ctx, transfer, head, taken)
            if makers is not None:
                out += makers
                continue
        if role == "supplier" and head.dep_ == "pobj" and head.head.lower_ == "from" and not head.conjuncts:
            # "received equipment from the Russian Federation, the People's Republic of China, the United States and
            # the European Union", the list misparsed: the names that follow in the text, as a list
            out += [replace(transfer, supplier=other) for other_token in _listed_after(ctx, ent)
                    for other in [_further_state(ctx, other_token, taken)] if other is not None]
            continue
        listed = (head, *head.conjuncts)
        if head.dep_ == "pobj":
            # "to Russia or to Ukraine": the preposition repeated, the second a conjunct of the first
            # ("bound for the Czech Republic and not for Israel": a negated one is no party of this transfer)
            listed += tuple(obj for prep in head.head.conjuncts if prep.lower_ == head.head.lower_ and not ruled_out(prep)
                            for pobj in prep.children if pobj.dep_ == "pobj" for obj in (pobj, *pobj.conjuncts))
        if not any(c.dep_ == "cc" and c.lower_ in {"and", "or"} for t in (*listed, head.head) for c in t.children):
            continue  # "to Russia, John Kirby, the spokesman, said": a list with no "and" is a misparse
        if transfer.anchor.lemma_.lower() in {"sign", "agree", "conclude", "ink"} and head.i < transfer.anchor.i:
            continue  # "India and France signed an agreement for 26 Rafales": the two sides of one deal
        for other_token in listed[1:]:
            if other_token.ent_type_ == "PERSON" != head.ent_type_:
                continue  # (a place and a person are no list of parties)
            other = ctx.as_party(ctx.role_actor(other_token))
            # (a state and an armed group both receive: "to its partners and proxies, including Russia and the Houthis")
            kinds = {"state", "armed group"} if role == "recipient" and actor.actor_type in {"state", "armed group"} else (
                # (a union and a state both supply: "Brussels and Washington are methodically supplying Chisinau")
                {"state", "organisation"} if role == "supplier" and actor.actor_type in {"state", "organisation"} and actor.iri
                else {actor.actor_type})
            if other is None or other.kind != "named" or other.actor_type not in kinds or other.label in taken:
                continue
            if other.actor_type != actor.actor_type and role == "supplier" and other_token.pos_ != "PROPN":
                continue  # ("the United States and its NATO allies": allies, not the alliance)
            taken.add(other.label)
            out.append(replace(transfer, **{role: other}))
    return out


def ruled_out(prep: Token) -> bool:
    """Whether the text negates a preposition's phrase: "bound for the Czech Republic and not for Israel"."""
    return any(c.dep_ == "neg" for c in prep.children) or prep.i > prep.sent.start and prep.nbor(-1).lower_ == "not"


def _listed_after(ctx: Context, ent: Span | None) -> list[Token]:
    """The names that follow ``ent`` in a written list ("X, the Y, Z and the W"), whatever the parse: the roots of
    the entities after each comma or "and"; none unless an "and" or "or" comes before the last."""
    if ent is None:
        return []
    doc, i, found, closed = ent.doc, ent.end, [], False
    while i < len(doc) and not closed:
        j = i
        if doc[j].text == ",":
            j += 1
        if j < len(doc) and doc[j].lower_ in {"and", "or"}:
            closed, j = True, j + 1
        if j < len(doc) and doc[j].lower_ == "the":
            j += 1
        nxt = ctx.ent_of.get(j) if j < len(doc) and j > i else None
        if nxt is None or nxt.start != j and not (nxt.start == j - 1 and doc[j - 1].lower_ == "the") or (
                nxt.root.dep_ not in {"conj", "appos", "pobj", "dobj"}):
            break  # (not a clause's subject: "bought from China, and Saudi Arabia agreed to ...")
        found.append(nxt.root)
        i = nxt.end
    return found if closed else []


def paid_for(ctx: Context, transfer: _Transfer) -> _Transfer | None:
    """What a payment in kind buys goes the other way: in "Russia is paying North Korea for its shells
    with food, oil and military technology", the shells go from North Korea to Russia."""
    anchor = transfer.anchor
    if anchor.lemma_.lower() != "pay" or transfer.supplier is None:
        return None
    paid = {t.i for p in _paid_with(anchor) for t in p.subtree}
    bought = [t for prep in children(anchor, {"prep"}) if prep.lower_ == "for" for p in children(prep, {"pobj"})
              for t in p.subtree if t.i not in paid]
    items, item_tokens = _items(ctx, bought)
    # the seller is the one paid, else the maker the cargo names ("paid for North Korean shells")
    seller = transfer.recipient or _modifier_actor(ctx, bought, exclude=transfer.supplier)
    if not items or seller is None or seller.label == transfer.supplier.label:
        return None
    return _Transfer(bought[0], seller, transfer.supplier, items, item_tokens, transfer.negated, False, bought)


def given_in_exchange(ctx: Context, transfer: _Transfer) -> _Transfer | None:
    """Goods named as what a transfer is given in exchange for, with their origin, go to its
    supplier: "Slovakia gave Ukraine its MiG-29s in exchange for 12 Viper helicopters from the
    United States" is also United States -> Slovakia (GUIDE.md: a swap is one claim per leg)."""
    anchor = transfer.anchor
    if transfer.supplier is None or not verbal_anchor(anchor):
        return None
    for prep in children(anchor, {"prep"}) + [p for h in _describing(children(anchor, {"dobj"})) for p in children(h, {"prep"})]:
        for counter in children(prep, {"pobj"}):
            if counter.lemma_.lower() not in COUNTER_NOUNS:
                continue
            goods = [p for inner in children(counter, {"prep"}) if inner.lower_ == "for" for p in children(inner, {"pobj"})]
            # "in exchange for 12 Viper helicopters from the United States", "for new American equipment"
            origin = _pobj_actor(ctx, goods, {"from"}) or next(
                (a for g in goods for c in g.children if c.dep_ in {"amod", "compound"} for a in [ctx.known(c)]
                 if a is not None and a.actor_type == "state"), None)
            if not goods or origin is None or origin.label == transfer.supplier.label:
                continue
            if any(c.dep_ in {"relcl", "acl"} for g in goods for c in g.children):
                continue  # "in return for the troops Pyongyang sent": the clause is a transfer of its own
            cargo = [t for g in goods for t in g.subtree if not (t.dep_ == "prep" and t.lower_ == "from")
                     and not any(a.dep_ == "prep" and a.lower_ == "from" and a.head.i == g.i for a in t.ancestors)]
            items, item_tokens = _items(ctx, cargo)
            if not items and all(g.lemma_.lower() in {"equipment", "hardware"} for g in goods):
                # "hand over Russian-made equipment ... in exchange for new American equipment": like for like
                items, item_tokens = transfer.items, goods
            if items:
                return _Transfer(goods[0], ctx.as_party(origin), transfer.supplier, items, item_tokens, transfer.negated, False, cargo)
    return None


# Verbs that describe a thing "as" something: a phrase after their complement belongs to the verb above.
DESCRIBE_VERBS = {"describe", "call", "term", "label", "dub", "brand", "characterise", "characterize"}


def _accounted_share(noun: Token) -> bool:
    """Whether a trade noun is the share an "accounted for" is of (:func:`_import_share`)."""
    for verb in noun.ancestors:
        if verb.lemma_.lower() == "account" and (verb.pos_ == "VERB" or verb.tag_.startswith("VB")):
            share = _import_share(verb)
            return share is not None and share.i == noun.i
    return False


def _describing(objs: list[Token]) -> list[Token]:
    """A describing clause on the cargo that the parser gave the main verb's phrases ("would hand over
    equipment it described as 'scrap' to the United States in exchange for ...")."""
    return [c for o in objs for c in children(o, {"relcl"}) if c.lemma_.lower() in DESCRIBE_VERBS]


def verbal_anchor(anchor: Token) -> bool:
    return anchor.pos_ in {"VERB", "AUX"} or anchor.tag_.startswith("VB")


def _on_soil(prep: Token) -> bool:
    """ "on Russian soil", "on Belarusian territory": presence in a state."""
    return prep.dep_ == "prep" and prep.lower_ == "on" and any(o.lemma_.lower() in TERRITORY_NOUNS for o in children(prep, {"pobj"}))


def _taken_in(verb: Token) -> bool:
    """Kit a state has "on order from" another, or "took" from it: "Qatar has 24 Rafale fighters on order from France",
    "Oman took the last of 12 Typhoons from Britain" (the subject receives; the kit must name items)."""
    lemma = verb.lemma_.lower()
    if lemma not in {"have", "take"} or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if any(d.lemma_.lower() == "delivery" for d in children(verb, {"dobj"})):
        return False  # ("took delivery of", read as a receiving verb of its own)
    kit = [g for d in children(verb, {"dobj"}) for g in [d] + [p for of in children(d, {"prep"}) if of.lower_ == "of"
                                                             for p in children(of, {"pobj"})]]
    preps = [c for h in [verb] + kit for c in children(h, {"prep"})]
    preps += [c for p in preps if p.lower_ == "on" for o in children(p, {"pobj"}) for c in children(o, {"prep"})]
    source = any(p.lower_ == "from" and any(o.ent_type_ in {"GPE", "NORP"} for o in children(p, {"pobj"})) for p in preps)
    on_order = any(p.lower_ == "on" and any(o.lower_ == "order" for o in children(p, {"pobj"})) for p in preps)
    return bool(kit) and source and (on_order or lemma == "take")


def _brought_in(verb: Token) -> bool:
    """ "Russia has brought in North Korean troops": the subject takes the cargo in, from abroad."""
    return verb.lemma_.lower() == "bring" and any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children) \
        and not any(c.dep_ == "prep" and c.lower_ in TO_PREPS for c in verb.children)


def _owner_of_made(token: Token) -> Token | None:
    """The possessor of cargo a maker's modifier describes: "Ukraine's U.S.-made Patriot batteries",
    "Russia's Iranian-built drones" (not "its", whose owner the rules cannot place)."""
    if token.dep_ not in {"amod", "compound"} or token.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    word = token.lower_
    joined = "-" in word and word.rsplit("-", 1)[-1] in HYPHEN_MAKERS  # "U.S.-made"
    split = word in HYPHEN_MAKERS and token.i > 0 and token.nbor(-1).text == "-" and any(
        g.i < token.i and g.dep_ in {"npadvmod", "amod", "compound"} for g in token.children)  # "North Korean-made"
    # "Kosovo has its Turkish TB2s and its American Javelins": a nationality on kit the holder calls its own
    plain = token.ent_type_ == "NORP" and token.dep_ == "amod" and "-" not in word and any(
        c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in token.head.children) and _held_object(token.head)
    if not (joined or split or plain):
        return None
    holders = [token.head]
    if token.head.dep_ == "pobj" and token.head.head.lower_ == "of" and token.head.head.head.lemma_.lower() in FLEET_NOUNS:
        holders.append(token.head.head.head)  # "Colombia's fleet of U.S.-supplied Black Hawk helicopters"
    owner = next((c for h in holders for c in h.children if c.dep_ == "poss" and c.lower_ not in PRONOUN_POSSESSIVES), None)
    if owner is None:
        for h in holders:
            verb = _held_object(h) if plain else (h.head if h.dep_ == "dobj" else None)
            while verb is not None and verb.dep_ == "conj" and not children(verb, {"nsubj"}):
                verb = verb.head
            if verb is not None and verb.lemma_.lower() in HOLD_VERBS | ({"have"} if plain else set()):
                # "Morocco already operates U.S.-built F-16 fighters": the state that holds them
                owner = next((s for s in children(verb, {"nsubj"}) if s.pos_ == "PROPN"), None)
                if owner is not None:
                    break
    return owner


def _held_object(noun: Token) -> Token | None:
    """The verb of having a noun is the object of, through a list ("has its Chinese FK-3s, its Russian MiGs and ...")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.head if noun.dep_ == "dobj" and noun.head.lemma_.lower() in HOLD_VERBS | {"have"} else None


# Verbs of holding kit: their subject owns it ("Morocco operates U.S.-built F-16s").
HOLD_VERBS = {"operate", "fly", "field", "own", "possess"}
# Nouns of a holding whose possessor owns what it is of.
FLEET_NOUNS = {"fleet", "arsenal", "stock", "stockpile", "inventory", "squadron", "force"}


def _owned_from_abroad(ctx: Context, anchor: Token) -> _Transfer | None:
    """Cargo its owner holds from a maker abroad: "Ukraine's U.S.-made Patriot batteries" (the
    United States to Ukraine), "Russia's North Korean-made shells"."""
    noun = anchor.head
    owner = ctx.role_actor(_owner_of_made(anchor))
    maker = _hyphen_maker(ctx, anchor) if "-" in anchor.text else next(
        (a for g in anchor.children if g.i < anchor.i for a in [ctx.known(g)] if a is not None), None) or (
        ctx.known(anchor) if anchor.ent_type_ == "NORP" else None)  # ("its Turkish TB2s")
    if owner is None or maker is None or owner.kind != "named" or owner.actor_type != "state" or owner.label == maker.label:
        return None
    items, item_tokens = _items(ctx, [t for t in noun.subtree if t.i <= noun.i])
    return _Transfer(anchor, maker, owner, items, item_tokens, False, False, [noun])


# Verbs of refilling a stock: the one whose stock it is receives.
REFILL_VERBS = {"replenish", "replace", "restock", "backfill"}


def _arrival_phrase(token: Token) -> Token | None:
    """A phrase that says goods arrived, as ARRIVE_VERBS do: "ended up in Ukraine", "found its way
    to Ukraine", "made their way into Russia". Returns what carries the destination ("way"), or the
    verb itself."""
    lemma = token.lemma_.lower()
    if lemma == "end" and any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
        return token if any(c.dep_ == "prep" and c.lower_ in {"in", "with"} for c in token.children) else None
    if lemma in {"find", "make"}:
        for way in children(token, {"dobj"}):
            if way.lower_ == "way" and any(c.dep_ == "prep" and c.lower_ in {"to", "into"} for c in [*way.children, *token.children]):
                return way
    return None


# Making with another's help is a transfer of know-how: "Saudi Arabia was building its own ballistic missiles
# with Chinese help", "boats built at a Venezuelan shipyard with Iranian technical help".
MAKING_VERBS = PRODUCE_VERBS | {"develop", "design", "test", "flight-test", "upgrade", "modernise", "modernize", "construct",
                                "refurbish", "overhaul"}
HELP_NOUNS = {"help", "assistance", "support", "expertise", "know-how", "cooperation"}


def _helper(verb: Token) -> Token | None:
    """The help noun of "with Chinese help", "with the help of China" on a verb of making."""
    if verb.lemma_.lower() not in MAKING_VERBS or not (verb.pos_ in {"VERB", "AUX"} or verb.tag_.startswith("VB")):
        return None
    # the parser hangs "with" on the verb, its object or a place or manner phrase of either
    # ("producing the drones with Turkish assistance", "built at a shipyard with Iranian help")
    holders = [verb] + children(verb, {"dobj"})
    holders += [o for h in list(holders) for prep in children(h, {"prep"}) if prep.lower_ != "with" for o in children(prep, {"pobj"})]
    for holder in holders:
        for prep in children(holder, {"prep"}):
            if prep.lower_ == "with":
                for noun in children(prep, {"pobj"}):
                    if noun.lemma_.lower() in HELP_NOUNS:
                        return noun
    return None


def _made_with_help(ctx: Context, verb: Token, help_noun: Token) -> _Transfer | None:
    """The helper supplies technology to whoever makes: the subject, the agent of a passive or the
    owner of the place of making ("at a Venezuelan naval shipyard")."""
    supplier = None
    for child in help_noun.children:
        if child.dep_ in {"amod", "compound", "poss", "nmod"}:
            supplier = ctx.known(child)
            if supplier is not None:
                break
    if supplier is None:
        supplier = _pobj_actor(ctx, [help_noun], {"of", "from"})
    if supplier is None:
        return None
    subj = subject_of(verb)
    recipient = ctx.role_actor(subj) if subj is not None and subj.dep_ != "nsubjpass" else None
    if recipient is None:
        recipient = _pobj_actor(ctx, children(verb, {"agent"}), {"by"})
    if recipient is None:
        places = [o for prep in children(verb, {"prep"}) if prep.lower_ in {"at", "in"} for o in children(prep, {"pobj"})]
        recipient = next((a for o in places for c in o.children if c.dep_ in {"amod", "compound", "poss"}
                          for a in [ctx.known(c)] if a is not None), None) or _pobj_actor(ctx, [verb], {"in"})
    return _Transfer(verb, supplier, recipient, ["technology"], [help_noun], _negated(verb))


# What a seizure took, listed by a later sentence ("The haul included hundreds of cruise missiles").
HAUL_NOUNS = {"haul", "cargo", "item", "consignment", "seizure", "materiel"}


def _conjoined_making(anchor: Token, verbs: set[str]) -> list[Token]:
    """The verbs of making conjoined with an anchor ("manufactured in Iran and destined for ...",
    "made in Iran and transferred to ..."), whose "in" or "by" names the maker."""
    return [t for t in [anchor.head] + children(anchor, {"conj"})
            if t.i != anchor.i and (anchor.dep_ == "conj" or t.dep_ == "conj") and t.lemma_.lower() in verbs]


def _licensed_kit(verb: Token) -> Token | None:
    """The foreign modifier of what a verb of making makes ("assemble Turkish Anka drones", "produce
    Iranian-designed Shahed drones"): the state whose design it is."""
    for obj in children(verb, {"dobj"}):
        # (and on a model name before the noun: "Turkish Anka drones")
        for c in list(obj.children) + [g for m in obj.children if m.dep_ == "compound" for g in m.children]:
            if c.dep_ in {"amod", "compound"} and c.i < obj.i and c.ent_type_ == "NORP":
                return c
            if c.dep_ in {"amod", "compound"} and c.lower_.rsplit("-", 1)[-1] in {"designed", "made", "built"} \
                    and "-" in c.text and c.ent_type_ in {"NORP", "GPE"}:
                return c
    # "made under licence from Israel Weapon Industries", "assembled Mohajer-2 drones under an Iranian licence"
    for prep in children(verb, {"prep"}):
        for licence in children(prep, {"pobj"}) if prep.lower_ == "under" else []:
            if licence.lemma_.lower() not in {"licence", "license"}:
                continue
            for c in licence.children:
                if c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"}:
                    return c
                if c.dep_ == "prep" and c.lower_ == "from":
                    return next(iter(children(c, {"pobj"})), None)
    return None


# What is flown at a target: "drones that the Houthis flew into radar sites".
FLOWN_INTO = {"drone", "uav", "missile", "aircraft", "jet", "plane", "helicopter"}


def _flown_kit(verb: Token) -> bool:
    """ "Mali's army has been flying Turkish drones", "Pakistan's air force flew Chinese-built J-10C fighters":
    aircraft its subject flies, with no destination, whose makers' modifier the use branch reads."""
    # (flown "from Wadi Seidna air base": the user's own base, not a place the aircraft were brought from)
    subjects = children(verb, {"nsubj"})
    if not subjects and verb.dep_ == "pcomp" and verb.head.lower_ == "of":
        subjects = children(verb.head.head, {"dobj"})  # "accused Tajikistan of flying Turkish-made TB2 drones"
    if verb.dep_ == "relcl" and any(s.lower_ in {"which", "that"} for s in subjects):
        subjects = [verb.head]  # "Egypt, which also flies French Rafale fighters, ..."
    return any(s.lemma_.lower() in {"force", "army", "navy", "military", "air"} or s.ent_type_ == "GPE" or s.lower_ == "it"
               for s in subjects) and not any(
        c.dep_ == "prep" and (c.lower_ in TO_PREPS | {"into"} or c.lower_ == "from" and not any(
            _compound_top(o).lemma_.lower() in {"base", "airbase", "airfield", "airport", "airstrip"} for o in children(c, {"pobj"})))
        for c in verb.children) and any(
        c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"} or c.lower_.rsplit("-", 1)[-1] in HYPHEN_MAKERS
        for o in children(verb, {"dobj"}) for c in [x for x in o.subtree if x.i < o.i])


def _made_available(token: Token) -> bool:
    """"available" complementing "make", with what is made available and to whom: "Germany will make
    Leopard 2 battle tanks available to Ukraine" (the parser: make -> ccomp available -> nsubj tanks, prep to)."""
    return token.lower_ == "available" and token.head.lemma_.lower() == "make" and token.dep_ in {"ccomp", "oprd", "acomp", "xcomp"} \
        and any(p.lower_ == "to" and children(p, {"pobj"}) for p in children(token, {"prep"}))


def _availability(ctx: Context, anchor: Token) -> _Transfer | None:
    """What "make ... available to" gives: from the maker of the offer to the "to" party, the cargo
    being what is made available."""
    make = anchor.head
    supplier = next((ctx.role_actor(s) for s in children(make, {"nsubj"})), None)
    if supplier is None and make.dep_ in {"xcomp", "conj", "advcl"}:
        supplier = _controller(ctx, make)
    recipient = _pobj_actor(ctx, [anchor], {"to"}, direct=True)
    cargo = [t for s in children(anchor, {"nsubj", "nsubjpass"}) for t in s.subtree] + [
        t for o in children(make, {"dobj"}) for t in o.subtree]
    items, item_tokens = _items(ctx, cargo)
    scope = [t for t in make.subtree]
    return _Transfer(anchor, supplier, recipient, items, item_tokens, _negated(make), False, scope)


def _transfer_at(ctx: Context, anchor: Token) -> _Transfer | None:
    if anchor.lemma_.lower() == "share" and (
            any(s.lemma_.lower() in MEDIA_NOUNS for s in children(anchor, {"nsubj", "nsubjpass"}))
            or anchor.dep_ == "acl" and anchor.head.lemma_.lower() in MEDIA_NOUNS) and not any(
            p.lower_ == "with" for p in children(anchor, {"prep"})):
        return None  # "a post shared 40,000 times on Telegram", "a video shared on X": spread online, not handed over
    transfer = _transfer_read(ctx, anchor)
    if transfer is not None and anchor.lemma_.lower() == "commission" and not (
            _modifier_actor(ctx, [t for o in children(anchor, {"dobj"}) for t in o.subtree]) or _pobj_actor(ctx, [anchor], {"from"})):
        return None  # "commissioned its first Russian-built Su-30SME jets": only kit whose maker or seller is named
    demand = demanded_stop(anchor) if transfer is not None else None
    if demand is not None:
        # "Kyiv called on Iran to stop supplying drones to Russia", "asked the court to order Germany to halt its
        # deliveries": whom the demand is made of supplies; a demand of no one named ("urged all countries to stop
        # arming them") is no claim
        supplier = ctx.role_actor(demand[1]) if demand[1] is not None else None
        if supplier is None or supplier.kind != "named" or supplier == transfer.recipient or transfer.recipient is None:
            return None  # (nor one whose recipient is not known: "urged Russia and China to stop arming the junta", no junta named)
        transfer.supplier = supplier
    return _people_and_money(anchor, transfer) if transfer is not None else None


def _people_and_money(anchor: Token, transfer: _Transfer) -> _Transfer | None:
    """What a transfer read from ``anchor`` is once who is hired, paid for or trained is weighed: no transfer when
    people are hired, or goods bought with money, from no one named; takers who are no cargo; instructors' know-how."""
    if transfer.supplier is None and anchor.lemma_.lower() == "hire":
        return None  # "Kinshasa has hired about a thousand foreign military contractors": hired from no state named
    if transfer.supplier is None and _bought_with_money(anchor):
        return None  # "financing grants and loans for Taiwan to buy weapons": money, no seller (GUIDE.md, session 27)
    if _gives_money_to_buy(anchor, transfer):
        return None  # "Washington gave Ukraine grants to buy weapons": the giver gives money (GUIDE.md, session 27)
    if "troops" in transfer.items and len(transfer.items) > 1 and anchor.lemma_.lower() in RECEIVE_VERBS:
        taker = {t.i for s in children(anchor, {"nsubj"}) for t in s.subtree}
        if taker and all(t.i in taker for t in transfer.item_tokens if t.lemma_.lower() in TROOP_LEMMAS | UNIT_NOUNS):
            # "Kenyan police officers received training from the FBI": the takers are no part of what they took
            transfer.items = [x for x in transfer.items if x != "troops"]
    if "troops" in transfer.items:
        purpose = _training_purpose(anchor)
        if purpose is not None:
            # "deployed 100 soldiers to Burkina Faso to train the army": instructors give know-how (GUIDE.md:
            # training is "technology"); "will guard the leader and train troops" is both
            if purpose == "only":
                transfer.items = [x for x in transfer.items if x != "troops"]
            if "technology" not in transfer.items:
                transfer.items.append("technology")
    return transfer


# Money given or lent for buying: "foreign military financing grants and loans for Taiwan to buy weapons".
MONEY_NOUNS = {"financing", "finance", "grant", "loan", "fund", "funding", "money", "credit", "subsidy", "cash"}


def _gives_money_to_buy(anchor: Token, transfer: _Transfer) -> bool:
    """Whether a verb gives money ("gave Ukraine grants", "lent Kyiv $2 billion") and its cargo is only what
    the money is to buy ("... to buy weapons")."""
    if not any(o.lemma_.lower() in MONEY_NOUNS or o.ent_type_ == "MONEY" for o in children(anchor, {"dobj"})):
        return False
    bought = {t.i for b in anchor.subtree if b.i != anchor.i and b.lemma_.lower() in BUYING_VERBS and b.pos_ == "VERB"
              for t in b.subtree}
    return bool(transfer.item_tokens) and all(t.i in bought for t in transfer.item_tokens)


BUYING_VERBS = {"buy", "purchase", "procure", "acquire"}


def _bought_with_money(anchor: Token) -> bool:
    """Whether a verb of buying is what money is for ("loans for Taiwan to buy weapons", "a fund to purchase
    ammunition"): a purpose clause ("to buy") whose governing words name money."""
    if anchor.lemma_.lower() not in BUYING_VERBS or not any(
            a.lower_ == "to" for a in children(anchor, {"aux"})):
        return False
    head = anchor.head
    near = [head, *head.children, *(x for c in head.children if c.dep_ == "prep" for x in c.subtree)]
    return any(t.lemma_.lower() in MONEY_NOUNS and t.pos_ == "NOUN" for t in near if t.i < anchor.i)


# "missile-applicable equipment", "missile-related items": goods that serve a weapons programme.
APPLICABLE_WORDS = {"applicable", "related", "relevant", "usable"}


def _serves_weapons(noun: Token) -> bool:
    """ "missile-applicable equipment", "missile-related items": goods named for the weapons they serve."""
    return any(c.dep_ == "amod" and c.lower_ in APPLICABLE_WORDS and any(g.dep_ == "npadvmod" for g in c.children)
               for c in noun.children)


# What personnel are sent as that makes them instructors rather than troops.
INSTRUCTOR_NOUNS = {"adviser", "advisor", "instructor", "trainer", "mentor"}
# What personnel are sent to do that makes them instructors rather than troops.
TEACHING_VERBS = TRAIN_VERBS | {"advise", "mentor"}


def _training_purpose(anchor: Token) -> str | None:
    """Whether the people a verb moves are there to train others: "only" for a purpose clause of training
    alone ("sent 100 soldiers to train the army", "were believed to be in Taiwan to train its forces"), "also"
    when it joins another task ("will guard the leader and train troops", "to train and fight alongside")."""
    heads = [anchor] + [c for c in anchor.children if c.dep_ == "xcomp"]
    if any(p.lower_ == "as" and o.lemma_.lower() in INSTRUCTOR_NOUNS for h in [anchor, *children(anchor, {"dobj"})]
           for p in children(h, {"prep"}) for o in children(p, {"pobj"})):
        return "only"  # "sent officers of the Quds Force to Syria as military advisers"
    for head in heads:
        for c in head.children:
            if c.lemma_.lower() not in TEACHING_VERBS or c.pos_ != "VERB" or not children(c, {"dobj"}):
                continue  # (whom they train: soldiers sent "to train in eastern Russia" are trainees)
            if c.dep_ in {"advcl", "xcomp"} and any(a.lower_ == "to" for a in children(c, {"aux"})):
                tasks = [x for x in c.conjuncts if x.pos_ == "VERB"]
                return "also" if any(x.lemma_.lower() not in TEACHING_VERBS for x in tasks) else "only"
            if c.dep_ == "conj" and c.i > head.i:
                return "also"  # "will guard the Burkinabe leader and train Burkinabe troops"
    return None


def _hedged_relative_subject(anchor: Token, subj: Token | None, subjpass: Token | None) -> Token | None:
    """The noun a relative clause with a reporting verb inside is on, when the parser hangs the clause's verb on the
    main verb: "four Iranian companies that we assess have supplied ..." (no subject), "a company in the United Arab
    Emirates that it says supplied ..." ("that" as the subject of a clause under "says")."""
    if anchor.dep_ != "ccomp":
        return None
    if subj is None and subjpass is None:
        said = next((t for t in reversed(anchor.doc[anchor.sent.start : anchor.i]) if t.dep_ not in {"aux", "auxpass", "neg", "advmod"}),
                    None)
        if said is not None and said.dep_ == "relcl" and said.lemma_.lower() in REPORTING_VERBS and any(
                c.lower_ in {"that", "which", "who"} for c in said.children):
            return said.head  # the relative clause's noun
        return None
    said = anchor.head
    if subj is not None and subj.lower_ in {"that", "which", "who"} and subj.i > 0 and said.lemma_.lower() in REPORTING_VERBS \
            and said.dep_ == "ccomp" and said.i < anchor.i:
        noun = subj.doc[subj.i - 1]  # the noun before "that", the head of its phrase
        while noun.dep_ in {"pobj", "prep", "compound"} and noun.head.i < noun.i:
            noun = noun.head
        if noun.pos_ in {"NOUN", "PROPN"}:
            return noun
    return None


# Ranked buyers, in an arms customer's own phrase ("Germany, Denmark and the United States have been the largest buyers
# of Swiss war material") or in export figures ("The five largest buyers were Qatar, Denmark, ...").
RANK_WORDS = {"largest", "biggest", "main", "major", "top", "leading", "principal", "chief", "key", "other",
              "second-largest", "third-largest", "next"}
# What a ranking of buyers may be of besides arms: no arms transfer then ("the largest buyers of Russian oil").
COMMODITY_WORDS = {"oil", "gas", "lng", "grain", "wheat", "coal", "crude", "fertiliser", "fertilizer", "energy",
                   "tourist", "tourism", "food", "cotton", "rice", "timber"}
# Nouns for a state's arms exports, whose owner a ranking of buyers is about: "Switzerland's war-material exports".
EXPORT_NOUNS = {"export", "sale", "exporter", "seller"}


def _ranked_buyers(token: Token) -> list[Token]:
    """The states a ranking lists as buyers (the first of each list; its conjuncts are split later), or none when
    ``token`` is no ranked buyer noun."""
    if token.lemma_.lower() not in CUSTOMER_NOUNS or token.pos_ != "NOUN" or not any(
            c.dep_ == "amod" and (c.lower_ in RANK_WORDS or c.tag_ == "JJS") for c in token.children):
        return []
    head = token.head
    if token.dep_ == "nsubj" and head.lemma_.lower() in {"be", "include", "remain"}:
        named = children(head, {"attr", "dobj"})
    elif token.dep_ == "attr" and head.lemma_.lower() in {"be", "remain", "become"}:
        named = children(head, {"nsubj"})
    elif token.dep_ == "pobj" and head.lower_ == "among":
        named = [o for p in children(head.head, {"prep"}) if p.lower_ == "with" for o in children(p, {"pobj"})] \
            or children(head.head, {"nsubj"})
    else:
        return []
    return [n for n in named if n.pos_ == "PROPN"]


def _export_owner(ctx: Context, anchor: Token) -> Actor | None:
    """The state whose exports a ranking of buyers ranks: "Canada's largest customer", "the largest buyers of Swiss
    war material", "Switzerland's war-material exports ..., with Germany ... among the main buyers"."""
    nouns = [anchor] + [o for p in children(anchor, {"prep"}) if p.lower_ in {"of", "for"} for o in children(p, {"pobj"})]
    nouns += [t for t in anchor.sent if t.lemma_.lower() in EXPORT_NOUNS and t.pos_ == "NOUN"]
    return next((a for n in nouns for c in n.children if c.dep_ in {"poss", "amod", "compound"}
                 for a in [ctx.known(c)] if a is not None and a.kind == "named" and a.actor_type == "state"), None)


def _buyers(ctx: Context, anchor: Token, named: list[Token]) -> _Transfer | None:
    """A ranking's buyers: each gets arms from the state whose exports are ranked (else, on a government's own page,
    its state; else, later, the state the story's claims have been about); not a ranking of other goods."""
    sent = anchor.sent
    if any(t.lemma_.lower() in COMMODITY_WORDS for t in sent):
        return None
    recipient = next((a for n in named for a in [ctx.role_actor(n)] if a is not None and a.kind == "named"
                      and a.actor_type == "state"), None)
    if recipient is None:
        return None
    taken = {t.i for n in named for c in [n, *n.conjuncts] for t in c.subtree}
    items, item_tokens = _items(ctx, [t for t in sent if t.i not in taken])
    supplier = _export_owner(ctx, anchor) or ctx._government_publisher()
    if not items or supplier is not None and supplier.label == recipient.label:
        return None
    return _Transfer(anchor, supplier, recipient, items, item_tokens, False, False, list(sent))


def _transfer_read(ctx: Context, anchor: Token) -> _Transfer | None:
    lemma = anchor.lemma_.lower()
    if lemma in CUSTOMER_NOUNS and (named := _ranked_buyers(anchor)):
        ranked = _buyers(ctx, anchor, named)  # (an arms customer's phrase: "of Swiss war material", "arms customer")
        if ranked is not None:
            return ranked
    if _made_available(anchor):
        return _availability(ctx, anchor)
    if _thanked_for_goods(anchor):
        return _thanks(ctx, anchor)
    if lemma == "fly" and _flown_kit(anchor):
        lemma = "use"  # (read as "has been using Turkish drones")
    if lemma == "fly" and anchor.dep_ == "relcl" and anchor.head.lemma_.lower() in FLOWN_INTO and not any(
            ctx.role_actor(o) is not None for p in children(anchor, {"prep"}) for o in children(p, {"pobj"})):
        lemma = "use"  # "drones that the Houthis flew into coalition radar sites": flown at a target, not delivered
    if lemma in {"drop", "airdrop"} and any(p.dep_ == "prep" and p.lower_ in {"to", "for"} for p in anchor.children):
        lemma = "send"  # "C-130s dropped bundles of small arms to Kurdish fighters": an airdrop supplies (bombs dropped on are used)
    trainees = _trainees(anchor)
    if trainees is not None:
        trained = _training(ctx, anchor, trainees)
        if trained is not None or trainees.lemma_.lower() in TRAINEE_NOUNS:
            return trained
    if _en_route(anchor):
        return _on_the_way(ctx, anchor)
    if lemma == "join":
        return _joining(ctx, anchor)
    if lemma in WITHDRAWAL_WORDS:
        return _withdrawal(ctx, anchor)
    if lemma in HELD_ABROAD_VERBS and (held := _troops_held_abroad(anchor)) is not None:
        return _held_abroad(ctx, anchor, held)
    helper = _helper(anchor)
    if helper is not None:
        return _made_with_help(ctx, anchor, helper)
    if _owner_of_made(anchor) is not None:
        return _owned_from_abroad(ctx, anchor)
    stop = _clause_tokens(anchor)
    # "shipped 9 million rounds of artillery ammunition and multiple rocket launcher rounds to ...":
    # the tagger reads the last "rounds" as a verb heading a clause of its own; it is the cargo
    misread = [c for c in anchor.children if c.dep_ in {"advcl", "conj", "ccomp"} and c.tag_ == "VBZ"
               and c.lower_ != c.lemma_.lower() and ctx.lexicon.is_item_or_cargo(c.lower_)] if verbal_anchor(anchor) else []
    for c in misread:
        stop -= {t.i for t in c.subtree}
    # "decided to give Ukraine its tenth support package, consisting of the Archer artillery system ...":
    # what the cargo consists of, hung on the verb
    for c in anchor.children if verbal_anchor(anchor) else ():
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in {"consist", "include", "comprise", "contain"} \
                and not children(c, {"nsubj"}):
            stop -= {t.i for t in c.subtree}
    for gap in _gapped(anchor):  # "and drones and missiles from Iran": a transfer of its own (gapped_transfers)
        stop |= {t.i for t in gap.subtree}
    scope = [t for t in anchor.subtree if t.i not in stop]
    supplier = recipient = None
    extra: list[Token] = []
    verbal = anchor.pos_ in {"VERB", "AUX"} or anchor.tag_.startswith("VB")
    sighted = _sighted_troops(anchor) if verbal else None
    subj = _subject(ctx, anchor, "nsubj")
    subjpass = _subject(ctx, anchor, "nsubjpass")
    if anchor.dep_ == "conj" and subj is None and subjpass is None:  # "were loaded at X and carried to Y"
        first = anchor.head  # "would buy 14 tanks, refurbish them and hand them to Ukraine": the first verb's subject
        while first.dep_ == "conj" and first.head.i != first.i and not children(first, {"nsubj", "nsubjpass"}):
            first = first.head
        subj = _subject(ctx, first, "nsubj")
        subjpass = _subject(ctx, first, "nsubjpass")
        if subj is None and subjpass is None and anchor.head.dep_ == "advcl" and anchor.head.lower_.endswith("ing"):
            # "Athens will hand Kyiv its BMP-1 fighting vehicles and receive ...": the parser made
            # "fighting" a verb; the conjoined verb shares the subject of the one above it
            subj = _subject(ctx, anchor.head.head, "nsubj")
        if subj is not None and subjpass is None and children(anchor, {"auxpass"}):
            subj, subjpass = None, subj  # "the drones ... are Iranian-made and were delivered from Iran"
    if subj is None and subjpass is None:
        subj = _for_subject(anchor)  # "approved loans for Ukraine to buy ammunition from South Korea"
    if subj is None and subjpass is None and anchor.dep_ == "xcomp" and not children(anchor.head, {"dobj"}):
        # raising and subject control: "Russia is believed to have received", "Iran plans to send",
        # "North Korea is likely to receive"
        controller = anchor.head.head if anchor.head.dep_ == "acomp" else anchor.head
        while controller.dep_ == "conj" and not children(controller, {"nsubj", "nsubjpass"}) and controller.head.i != controller.i:
            controller = controller.head  # "The 40 Marders are on schedule and are to reach Ukraine by March"
        subj = _subject(ctx, controller, "nsubjpass") or _subject(ctx, controller, "nsubj")
    if subj is None and subjpass is None and _aspect_verb(anchor) is not None:
        subj = _subject(ctx, _aspect_verb(anchor), "nsubj")  # "Russia was in the process of purchasing shells"
    if subj is None and subjpass is None:
        # "North Korea, Zelensky said, has provided Moscow with missiles": the parser gives both
        # subjects to the inserted "said"; the first, before the comma, is the transfer's
        for said in children(anchor, {"parataxis"}):
            both = sorted(children(said, {"nsubj"}), key=lambda t: t.i)
            if said.i < anchor.i and len(both) > 1 and both[0].i < said.i and said.lemma_.lower() in REPORTING_VERBS:
                subj = both[0]
    subj = _hedged_relative_subject(anchor, subj, subjpass) or subj
    if subj is not None and subj.lower_ in {"that", "which", "who"} and anchor.dep_ == "relcl":
        # "Pyongyang, which has already sent it millions of them": an actor the clause is on does it
        named = ctx.role_actor(anchor.head) if anchor.head.i in ctx.ent_of else None
        subj = anchor.head if named is not None and named.kind == "named" and named.actor_type == "state" else None
    if anchor.dep_ in {"acl", "relcl", "amod"} and anchor.head.pos_ in {"NOUN", "PROPN"}:
        extra.append(anchor.head)
        # "ballistic missile components bound for ...": the head noun with its modifiers
        extra.extend(t for c in anchor.head.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < anchor.head.i
                     for t in c.subtree)
        # "Iranian missiles and drone components shipped to ...": the conjoined cargo goes too
        for conj in children(anchor.head, {"conj"}):
            if conj.i < anchor.i:
                extra.append(conj)
                extra.extend(t for c in conj.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < conj.i for t in c.subtree)
        # "the thousands of troops the North has sent": the cargo is what the quantity counts
        for counted in (p for prep in children(anchor.head, {"prep"}) if prep.lower_ == "of" for p in children(prep, {"pobj"})):
            extra.append(counted)  # with its modifiers: "shipments of drone engines ... sent from ..."
            extra.extend(t for c in counted.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < counted.i
                         for t in c.subtree)
        # "The weapons handed to Moscow are believed to be KN-23 missiles": what the copula says they are
        extra.extend(t for p in _predicates(anchor.head) for t in p.subtree)
    if anchor.dep_ == "advcl" and anchor.tag_ == "VBN" and not children(anchor, {"nsubj", "nsubjpass", "mark", "aux", "auxpass"}):
        # "found 41 shipments of drone engines, ..., sent from Chinese suppliers to ...": a reduced
        # relative on the object that the parser hung on the verb; the object is the cargo
        inside = {t.i for t in anchor.subtree}
        extra.extend(t for o in children(anchor.head, {"dobj"}) for t in o.subtree if t.i not in inside)
    heads = [anchor] + misread
    if anchor.dep_ in {"amod", "acl"} and anchor.head.pos_ in {"NOUN", "PROPN"}:
        heads = [anchor, anchor.head]  # "Iranian-supplied weapons to the Houthis"
        for c in anchor.children:
            if c.dep_ in {"npadvmod", "compound", "amod"} and c.i < anchor.i and ctx.known(c) is not None:
                supplier = ctx.known(c)
    if anchor.lower_ in DESTINED_WORDS:  # "munitions bound for Russia", "ammunition destined for Russian forces"
        held = [anchor.head] if anchor.dep_ in {"acl", "amod", "relcl"} else [s for s in (subjpass, subj) if s is not None]
        held = held + [o for h in held for o in _of_nouns(h)]  # ("a share of the ammunition ... is intended for Ukraine")
        if anchor.lower_ == "intended" and not any(
                ctx.lexicon.is_item_or_cargo(h.lemma_.lower()) or h.lemma_.lower() in {"part", "component", "kit"} for h in held):
            return None  # "missile parts intended for the Houthis", not "sanctions intended for Iranian companies"
        recipient = _pobj_actor(ctx, heads, {"for"})
        # "the components were manufactured in Iran and destined for the Houthis": where they were made
        supplier = _pobj_actor(ctx, _conjoined_making(anchor, MADE_VERBS), {"in", "by", "from"})
        cargo = subjpass if subjpass is not None else subj
        if cargo is not None and anchor.dep_ not in {"acl", "relcl", "amod"}:
            extra.append(cargo)  # "the components were made in Iran and destined for ...": what is bound
            supplier = supplier or _modifier_actor(ctx, [cargo], exclude=recipient)
        carrier = anchor.head if anchor.dep_ in {"acl", "relcl", "amod"} else None
        verb = carrier.head.head if carrier is not None and carrier.dep_ == "pobj" and carrier.head.dep_ == "prep" else None
        if verb is not None and verb.pos_ in {"VERB", "AUX"} and any(
                o.lemma_.lower() in BOUND_CARRIERS for p in children(verb, {"prep"}) if p.lower_ in {"from", "aboard", "on", "onboard"}
                for o in children(p, {"pobj"}) if o.i <= carrier.i):
            # "seized Iranian-made missile components from a dhow off the coast of Somalia that was bound for Yemen's
            # Houthi rebels": what was taken off the carrier is the cargo bound there
            taken = [o for o in children(verb, {"dobj", "nsubjpass"})]
            extra.extend(x for o in taken for x in o.subtree)
            supplier = supplier or _modifier_actor(ctx, taken, exclude=recipient)
        if anchor.head.pos_ in {"NOUN", "PROPN"}:  # "Iranian-made missile components bound for ..."
            supplier = supplier or _modifier_actor(ctx, [anchor.head], exclude=recipient)
            # "hundreds of containers at Rajin bound for Russia": where the cargo waits
            cargo = [anchor.head] + _of_nouns(anchor.head)
            supplier = supplier or _site_state(ctx, cargo, {"at", "in", "from"})
    elif verbal and lemma in DEPART_VERBS:  # "trains loaded with ammunition have left Belarusian depots for Russia"
        mover = subj if subj is not None else subjpass  # (and "the weapons were headed to the Houthis")
        if mover is not None:
            extra.append(mover)
            supplier = _modifier_actor(ctx, [mover])
        origin = next(iter(children(anchor, {"dobj"})), None)
        recipient = _pobj_actor(ctx, heads + ([origin] if origin is not None else []), {"for", "to", "toward", "towards"})
        supplier = supplier or (ctx.role_actor(origin) if origin is not None else None) or _pobj_actor(ctx, heads, {"from"})
    elif lemma in MOVE_VERBS and not _moves_somewhere(ctx, anchor, subj or subjpass):
        return None
    elif verbal and (lemma in ARRIVE_VERBS or lemma in PRESENCE_VERBS or sighted is not None or _arrival_phrase(anchor) is not None
                     or lemma == "land" and _landing_kit(anchor) is not None) and not (
            lemma in SENDING_PRESENCE and children(anchor, {"dobj"})):
        if lemma == "be" and _due(anchor):
            lemma = "arrive"  # ("the first missiles are due this year" read as "will arrive")
            heads = heads + [c for c in anchor.children if c.dep_ == "acomp"]  # "due in Nigeria"
        if lemma == "be":  # "troops were likely still inside Ethiopia": the place hung on the hedge
            heads = heads + _hedge_complements(anchor)
        way = _arrival_phrase(anchor)
        if way is not None:
            heads = heads + [way]
            lemma = "arrive"  # ("found its way to", "ended up in" read as "arrived in")
        carrier = sighted or subj or subjpass
        if carrier is None and (anchor.dep_ == "relcl" or anchor.dep_ == "acl" and anchor.tag_ == "VBG") \
                and anchor.head.pos_ in {"NOUN", "PROPN"}:
            carrier = _acl_doer(anchor) if anchor.dep_ == "acl" else anchor.head  # "North Korean soldiers who had fought beside Russian units"
        if carrier is None and anchor.dep_ == "xcomp":  # "troops are likely to have been deployed to ..."
            carrier = _raised_subject(anchor)
        if (carrier is None or carrier.lower_ == "there") and children(anchor, {"expl"}) or (carrier is not None and carrier.lower_ == "there"):
            carrier = next(iter(children(anchor, {"attr"})), None)  # "there are DPRK troops in Russia"
        if carrier is not None and carrier.lower_ in {"they", "it"} and lemma in ARRIVE_VERBS and anchor.dep_ == "advcl":
            # "seized 200 packages of Iranian weapons ... before they could reach Houthi forces": what
            # would have arrived is what the clause it qualifies took
            carrier = next((o for o in children(anchor.head, {"dobj", "nsubjpass"}) if any(
                ctx.lexicon.is_item_or_cargo(t.lemma_.lower()) for t in o.subtree)), carrier)
        if carrier is not None:
            extra.append(carrier)
            supplier = _modifier_actor(ctx, [carrier])
            if supplier is None and carrier.lemma_.lower() in QUANTITY_WORDS | {"batch", "shipment", "consignment", "tranche"}:
                supplier = _modifier_actor(ctx, _of_nouns(carrier))  # "a further batch of Chinese drones"
            if supplier is None and _fighters(carrier, groups=True) == "troops":
                # "fighters of the Russian private military company Wagner": the group's state; "Russian military
                # contractors": the state their nationality names
                supplier = next((a for o in _of_nouns(carrier) for a in [ctx.as_party(ctx.role_actor(o), supplying=True)
                                                                           or _modifier_actor(ctx, [o])]
                                 if a is not None and a.kind == "named"), None) or next(
                    (a for c in carrier.children if c.dep_ in {"amod", "compound"} and c.ent_type_ == "NORP"
                     for a in [ctx.known(c)] if a is not None and a.kind == "named" and a.actor_type == "state"), None)
            if supplier is None and lemma in ARRIVE_VERBS:
                # "the second batch of BrahMos systems from India arrived in April": where it came from
                supplier = _pobj_actor(ctx, [carrier] + _of_nouns(carrier), {"from"})
            elif lemma in ARRIVE_VERBS and (origin := _pobj_actor(ctx, [anchor], {"from"})) is not None \
                    and origin.actor_type == "state" and origin != supplier:
                supplier = origin  # "American weapons had reached the TTP from Afghan territory": where they set out from
            if supplier is None and way is not None and ctx.lexicon.is_item_or_cargo(carrier.lemma_.lower()):
                supplier = _pobj_actor(ctx, [carrier], {"of"})  # "weapons of the DPRK have found their way into ..."
            if supplier is None and carrier.lemma_.lower() in UNIT_NOUNS:  # "North Korean units", not an item word
                supplier = ctx.actor_at(carrier, via_preps=False)
        if supplier is None:  # "troops had been deployed there by Pyongyang"
            supplier = _pobj_actor(ctx, heads, {"by"})
        if supplier is None and carrier is not None and carrier.dep_ == "dobj" and carrier.head.lemma_.lower() == "have":
            owner = _subject(ctx, carrier.head, "nsubj")  # "it has no soldiers fighting in Libya": whose soldiers
            supplier = ctx.role_actor(owner) if owner is not None else None
        if carrier is not None and lemma in ARRIVE_VERBS:
            # the whole cargo phrase: "machine tools and microelectronics from China ... flow to"
            inside = {x.i for c in carrier.children if c.dep_ in {"relcl", "acl"} for x in c.subtree}
            extra.extend(t for t in carrier.subtree if t.i not in inside)
            if supplier is None:
                supplier = _pobj_actor(ctx, [carrier] + heads, {"from"})
            if supplier is None:  # "Ammunition that Bulgaria sold to Polish arms brokers ended up in Ukraine"
                sellers = [subj for c in carrier.children if c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in SUPPLY_VERBS
                           for subj in children(c, {"nsubj"})]
                supplier = next((a for a in (ctx.role_actor(x) for x in sellers) if a is not None and a.kind == "named"), None)
        target = next(iter(children(anchor, {"dobj"})), None) if sighted is None and way is None else None
        if target is not None and lemma == "reach" and (target.ent_type_ in {"MONEY", "PERCENT", "QUANTITY"}
                                                        or target.lemma_.lower() in SUM_WORDS):
            return None  # "Switzerland's war-material exports reached 742.8 million Swiss francs": a sum, not a place
        holders = heads + ([carrier] if carrier is not None and (children(anchor, {"expl"}) or sighted is not None) else [])
        recipient = (ctx.role_actor(target) if target is not None else None) or _pobj_actor(ctx, holders, {"in", "at", "into", "to", "inside"}) \
            or _pobj_actor(ctx, heads, {"alongside", "beside"}) or _pobj_actor(ctx, heads, {"for"}, direct=True)  # "fighting alongside Russian units"
        if recipient is None and way is not None:  # "found their way into the hands of Hamas": whose hands
            recipient = _pobj_actor(ctx, [p for h in holders for prep in children(h, {"prep"}) if prep.lower_ in {"in", "into", "to"}
                                          for p in children(prep, {"pobj"}) if p.lemma_.lower() == "hand"], {"of"})
        if carrier is not None and lemma in ARRIVE_VERBS:
            destined = _pobj_actor(ctx, [carrier], {"for"}, direct=True)
            if destined is not None and destined != supplier:
                recipient = destined  # "Iranian weapons for Hezbollah have travelled by air to Damascus": for whom
            own = next((c for c in children(carrier, {"poss"}) if c.lower_ in {"its", "their"}), None)
            if recipient is None and own is not None and sighted is None:
                # "The Polish army said its first tanks would arrive in December": the owner receives them
                # (the maker, if any, is named elsewhere)
                owner = ctx.role_actor(own)
                if owner is not None and owner.kind == "named":
                    recipient = owner
                    supplier = None if supplier == owner else supplier
        if supplier is None and way is not None and way.i == anchor.i and carrier is not None:
            # "Mexican Army weapons end up with ...": the state whose forces held them
            supplier = next((a for c in carrier.children if c.dep_ in {"compound", "poss", "amod"}
                             for a in [ctx.role_actor(c) or _modifier_actor(ctx, [c])] if a is not None and a.kind == "named"), None)
        if recipient is None and way is not None and way.i == anchor.i:
            # "Mexican Army weapons also end up with the cartels", "ended up in the hands of the ELN"
            recipient = _pobj_actor(ctx, [anchor], {"with"}) or next(
                (a for p in children(anchor, {"prep"}) if p.lower_ in {"in", "into"} for h in children(p, {"pobj"})
                 if h.lemma_.lower() == "hand" for c in h.children
                 for o in ([c] if c.dep_ in {"poss", "amod", "compound"} else children(c, {"pobj"}) if c.dep_ == "prep" and c.lower_ == "of" else [])
                 for a in [ctx.role_actor(o)] if a is not None and a.kind == "named"), None)
        if lemma == "land" and carrier is not None:
            # "the first Russian Su-35 fighter jets landed at Hamadan air base in Iran": the maker on
            # the model, the state the airfield lies in, else the air force that owns the aircraft
            supplier = supplier or _modifier_actor(ctx, [c for c in carrier.children if c.dep_ == "compound"])
            if recipient is None or recipient.iri is None:
                recipient = _landing_state(ctx, anchor, carrier) or recipient
        if recipient is None and lemma in SERVING_VERBS:  # "serving with Russian units"
            recipient = _pobj_actor(ctx, heads, {"with"})
        if recipient is None and lemma in PRESENCE_VERBS and any(_on_soil(c) for h in holders for c in h.children):
            recipient = _pobj_actor(ctx, holders, {"on"})  # "have been on Russian soil since October"
        if recipient is None and lemma in ARRIVE_VERBS:
            # "from the port of Amirabad to Astrakhan" (the parser hangs "to" on the origin); "to
            # airfields near Moscow"
            origins = [p for prep in children(anchor, {"prep"}) if prep.lower_ == "from" for p in children(prep, {"pobj"})]
            recipient = _pobj_actor(ctx, origins, {"to", "into"}) or _place_near_state(ctx, heads, {"to", "into"})
        if recipient is None and any(c.lower_ == "there" and c.dep_ not in {"expl", "nsubj"} for c in anchor.children) and ctx.last_site is not None:
            recipient = ctx.site_country(ctx.last_site)  # "there": the place under discussion
        if recipient is None:  # "committed to frontline positions in Kursk Oblast": the site's country
            for t in scope:
                actor = ctx.actor_at(t, allow_children=False) if t.i in ctx.ent_of else None
                if actor is not None and actor.kind == "site":
                    recipient = ctx.site_country(actor)
                    break
    elif verbal and lemma in SERVICE_VERBS:
        experts = _servicing_experts(anchor)
        supplier = _modifier_actor(ctx, [experts]) or next(
            (a for c in experts.children if c.dep_ in {"amod", "compound", "poss"} for a in [ctx.known(c)] if a is not None), None)
        kit = children(anchor, {"dobj"})
        recipient = next((a for o in kit for c in o.children if c.dep_ == "poss"
                          for a in [ctx.role_actor(c)] if a is not None and a != supplier), None)
        if recipient is None and anchor.head.lemma_.lower() in STAY_VERBS:
            # "would stay on in Bangladesh to maintain the boats": where they stay
            here = next((a for prep in children(anchor.head, {"prep"}) if prep.lower_ == "in" for p in children(prep, {"pobj"})
                         for a in [ctx.actor_at(p)] if a is not None and a.kind in {"named", "site"}), None)
            recipient = ctx.site_country(here) if here is not None and here.kind == "site" else here
        return _Transfer(anchor, supplier, recipient, ["technology"], [experts], _negated(anchor), False, scope)
    elif verbal and lemma == "make" and _use_share(anchor) is not None:
        # the maker on the goods, the user named in what they are a share of ("Russia fires", "Russian
        # gunners", "the Ukrainian army's needs")
        share = _use_share(anchor)
        supplier = _modifier_actor(ctx, [subj]) if subj is not None else None
        recipient = next((a for t in share.subtree if t.i != share.i and t.ent_type_ in {"GPE", "NORP"}
                          for a in [ctx.role_actor(t)] if a is not None and a != supplier), None)
        items, item_tokens = _items(ctx, [subj])
        return _Transfer(anchor, supplier, recipient, items, item_tokens, _negated(anchor), False, scope)
    elif verbal and lemma == "account":
        imports = _import_share(anchor)
        supplier = ctx.role_actor(subj) if subj is not None else None
        recipient = next((a for c in children(imports, {"poss", "amod", "compound"}) for a in [ctx.role_actor(c)] if a is not None), None) \
            or _pobj_actor(ctx, [imports], {"by", "of"}, direct=True)
        if imports.lemma_.lower() == "export":  # a buyer's share of a seller's exports
            supplier, recipient = recipient, supplier
        items, item_tokens = _items(ctx, list(imports.subtree))
        return _Transfer(anchor, supplier, recipient, items, item_tokens, _negated(anchor), False, scope)
    elif verbal and lemma == "sign":
        # "Kuwait signed a contract with Turkey for TB2 drones", "Saudi Arabia signed for Akinci drones":
        # the signer buys what the contract is for, from the party it signed with or the cargo's maker
        holders = [anchor] + [d for d in children(anchor, {"dobj"}) if d.lemma_.lower() in CONTRACT_NOUNS]
        cargo = [o for h in holders for p in children(h, {"prep", "dative"}) if p.lower_ == "for" for o in children(p, {"pobj"})]
        if any(o.pos_ == "NUM" for o in cargo):  # "signed for 116 used M1A1 Abrams": the count alone parsed as the object of "for"
            cargo += [d for d in children(anchor, {"dobj"}) if d.lemma_.lower() not in CONTRACT_NOUNS]
        recipient = ctx.role_actor(subj) if subj is not None else None
        supplier = _pobj_actor(ctx, holders, {"with"}) or _pobj_actor(ctx, holders + cargo, {"from"}) or _modifier_actor(
            ctx, [t for o in cargo for t in o.subtree], exclude=recipient)  # ("signed for 24 used F-16s from Denmark")
        if supplier is None:  # "signed for 116 used M1A1 Abrams from U.S. Army stocks": whose stocks
            supplier = next((a for h in holders + cargo for p in children(h, {"prep"}) if p.lower_ == "from"
                             for s in children(p, {"pobj"}) if s.lemma_.lower() in FLEET_NOUNS
                             for c in s.children if c.dep_ in {"compound", "poss", "amod", "nmod"}
                             for a in [ctx.known(c)] if a is not None and a.kind == "named" and a != recipient), None)
        beneficiary = _pobj_actor(ctx, cargo, {"for"})
        if beneficiary is not None and recipient is not None and beneficiary.label != recipient.label:
            # "Berlin signed a contract for six more IRIS-T SLM fire units for Ukraine": the signer buys for another
            supplier, recipient = recipient, beneficiary
        elif any(o.lemma_.lower() in {"sale", "export"} for o in cargo) or recipient is not None and supplier is not None and (
                recipient.actor_type == "company" != supplier.actor_type and any(
                    o.lemma_.lower() in {"supply", "delivery"} for o in cargo)):
            # "Saab has signed a contract with the Colombian Ministry of National Defence for the sale of 17 Gripen
            # fighters", a firm's contract "for the supply of" kit to a state: the signer sells to the party it signed
            # with (not "The Armament Agency signed a contract with Hanwha Aerospace for the delivery of ...")
            supplier, recipient = recipient, supplier
        items, item_tokens = _items(ctx, [t for o in cargo for t in o.subtree])
        return _Transfer(anchor, supplier, recipient, items, item_tokens, _negated(anchor), False, scope)
    elif verbal and lemma in ORIGIN_VERBS:
        supplier = _pobj_actor(ctx, [anchor], {"from"})
        carrier = _origin_subject(anchor)
        if carrier is not None:
            held = _with_of([carrier])  # "half of Russia's artillery shells"
            extra.extend(t for h in held for t in h.subtree)
            recipient = _modifier_actor(ctx, held, exclude=supplier) if supplier is None or not any(
                c.dep_ in {"amod", "compound"} and c.lower_.rsplit("-", 1)[-1] in HYPHEN_MAKERS
                for h in held for c in h.children) else None  # ("U.S.-made rifles ... came from Afghanistan": not who holds them)
            if recipient is None:  # "rifles recovered from TTP fighters came from Afghanistan": who had them
                recipient = next((a for h in held for c in children(h, {"acl"}) if c.lemma_.lower() in TAKEN_VERBS
                                  for a in [_pobj_actor(ctx, [c], {"from"})] if a is not None and a != supplier), None)
            if recipient is None:  # "the shells Russian gunners fired near Pokrovsk came from North Korea": who used them
                users = [u for h in held for c in children(h, {"relcl", "acl"}) if c.lemma_.lower() in USE_VERBS
                         for u in children(c, {"nsubj"}) + [a for ag in children(c, {"agent"}) for a in children(ag, {"pobj"})]]
                # ("the artillery shells Russia fires at the front": the parser may read "Russia fires" as a noun
                # in apposition, "Russia" its compound)
                users += [c for h in held for a in children(h, {"appos"}) if a.lower_ in MISREAD_USE_VERBS
                          for c in children(a, {"compound"})]
                recipient = next((a for u in users for a in [ctx.role_actor(u) or _modifier_actor(ctx, [u], exclude=supplier)]
                                  if a is not None and a.kind == "named" and a != supplier), None)
    elif verbal and lemma in PRODUCE_VERBS and (maker := _licensed_kit(anchor)) is not None and _pobj_actor(
            ctx, [anchor] + children(anchor, {"dobj"}), {"for"}) is None:
        # "Kazakhstan agreed to assemble Turkish Anka drones at a plant in Astana", "opened a factory in Dushanbe
        # to produce Iranian Ababil-2 drones": the design's state passes it (and know-how) to where it is made
        supplier = ctx.as_party(ctx.known(maker), supplying=True)
        # ("a factory in Dushanbe to produce", "opened a factory in Dushanbe to produce")
        places = [anchor.head] if anchor.dep_ == "acl" else children(anchor.head, {"dobj"}) if anchor.dep_ == "advcl" else []
        made = children(anchor, {"dobj"}) or children(anchor, {"nsubjpass"})  # (and "rifles are made under licence ... by")
        owner = next((ctx.role_actor(c) for m in made for c in m.children if c.dep_ == "poss" and ctx.role_actor(c) is not None), None)
        agent = _pobj_actor(ctx, children(anchor, {"agent"}) and [anchor], {"by"})
        recipient = _pobj_actor(ctx, [anchor] + places, {"in"}) or (
            ctx.role_actor(subj) if subj is not None else next(
                (ctx.as_party(a) for a in (agent, owner) if a is not None and supplier is not None
                 and ctx.as_party(a).label != supplier.label), None) or _controller(ctx, anchor))
        recipient = ctx.as_party(recipient)
        if supplier is None or recipient is None or supplier.label == recipient.label:
            return None
        items, item_tokens = _items(ctx, [t for o in made for t in o.subtree if t.i < o.i or t.i == o.i or t.head.i == o.i and t.dep_ != "prep"])
        if not items:
            return None
        # (what passes is the design and know-how, not the goods, which are made where they are)
        return _Transfer(anchor, supplier, recipient, ["technology"], item_tokens, _negated(anchor), False, scope)
    elif verbal and lemma in PRODUCE_VERBS:
        # "Chinese factories are now producing whole drones for the Russian army": made for a buyer abroad
        supplier = (ctx.role_actor(subj) or _modifier_actor(ctx, [subj])) if subj is not None else None
        recipient = _pobj_actor(ctx, [anchor] + children(anchor, {"dobj"}), {"for"})
    elif verbal and lemma == "lease" and _pobj_actor(ctx, heads + children(anchor, {"dobj"}), {"to"}) is not None:
        # "Sweden leased 14 Gripens to Hungary": the lessor supplies (but "leased from Sweden" receives)
        supplier = ctx.role_actor(subj) if subj is not None else _pobj_actor(ctx, heads, {"by"})
        recipient = _pobj_actor(ctx, heads + children(anchor, {"dobj"}), {"to"})
    elif verbal and (lemma in RECEIVE_VERBS or lemma in DEPEND_VERBS or _brought_in(anchor) or _taken_in(anchor)):
        recipient = ctx.role_actor(subj) if subj is not None else _holder(ctx, anchor)
        if recipient is None and anchor.dep_ == "xcomp":
            recipient = _agreer(ctx, anchor)  # "Argentina, which last year agreed to buy 24 used F-16s from Denmark"
        if recipient is None and subj is not None and subj.lemma_.lower() in TROOP_LEMMAS | TRAINED_FORCES:
            recipient = _pobj_actor(ctx, [subj], {"from", "of"})  # "some 500 fighters from Hamas ... received training"
            if recipient is not None and (recipient.iri is None or recipient.actor_type not in {"state", "armed group"}):
                recipient = None  # (not "officers of the 584th Armored Brigade", a unit the gazetteer does not know)
        bought = [t for o in children(anchor, {"dobj"}) for t in o.subtree]
        if anchor.dep_ in {"xcomp", "ccomp", "advcl"} and anchor.head.lemma_.lower() in CLEARING_VERBS:
            # "Washington cleared Greece to buy up to 40 F-35A fighters": the clearing state sells to the buyer
            buyer = next(iter(children(anchor.head, {"dobj"})), None)
            if buyer is not None and buyer.lower_ in {"which", "that", "who"} and anchor.head.dep_ == "relcl":
                buyer = anchor.head.head  # "Australia, which the United States cleared ... to buy"
            seller = subject_of(anchor.head)
            buyer_actor = ctx.role_actor(buyer) if buyer is not None else None
            seller_actor = ctx.role_actor(seller) if seller is not None else None
            if buyer_actor is not None and seller_actor is not None and seller_actor.actor_type == "state" \
                    and buyer_actor != seller_actor:
                return _Transfer(anchor, seller_actor, buyer_actor, *_items(ctx, bought),
                                 _negated(anchor) or _negated(anchor.head), False, scope)
        deal = _signed_deal(anchor)
        if deal is not None:
            # "Japan has signed a contract with the United States to buy 400 Tomahawks": the signer buys,
            # the party it signed with sells
            signer = subject_of(deal.head) if deal.head.i != deal.i else None
            if recipient is None and signer is not None:
                recipient = ctx.role_actor(signer)
            supplier = _pobj_actor(ctx, [deal, deal.head], {"with"})
            if supplier is not None and recipient is not None and supplier != recipient:
                return _Transfer(anchor, supplier, recipient, *_items(ctx, bought), _negated(anchor), False, scope)
        supplier = _pobj_actor(ctx, _with_of(heads + children(anchor, {"dobj"})), {"from"}) or _pobj_actor(
            # "received more rockets for its HIMARS launchers from the United States": "from" hung deeper
            ctx, [t for t in scope if t.dep_ in {"pobj", "dobj"}], {"from"}) or _modifier_actor(
            ctx, [t for t in scope if t.i != anchor.i], exclude=recipient)
        if supplier is None and lemma == "receive" and any(o.lemma_.lower() == "training" for o in children(anchor, {"dobj"})):
            # "some 500 fighters from Hamas received specialised combat training in Iran": the state it was given in
            supplier = next((a for p in children(anchor, {"prep"}) + [p for o in children(anchor, {"dobj"}) for p in children(o, {"prep"})]
                             if p.lower_ == "in" for x in children(p, {"pobj"}) if x.ent_type_ == "GPE"
                             for a in [ctx.known(x)] if a is not None and a.kind == "named" and a.actor_type == "state"
                             and a != recipient), None)
        if supplier is None and lemma in MARKET_VERBS:
            market = _market_state(ctx, anchor)
            if market is not None and (recipient is None or market.label != recipient.label):
                # "firearms seized from criminal groups in Mexico had been bought in the United States and
                # smuggled across the border": where guns are bought supplies them; whoever they reach or
                # are taken from received them
                supplier = market
                recipient = recipient or _trafficked_to(ctx, anchor, subjpass)
                if anchor.dep_ == "acl":
                    # the goods the participle describes: "ghost gun kits bought online in ..."
                    extra.extend(t for t in anchor.head.subtree if t.i <= anchor.head.i)
        if supplier is None and any(o.lemma_.lower() in INDUSTRY_WORDS for h in [anchor] + children(anchor, {"dobj"})
                                    for p in children(h, {"prep"}) if p.lower_ == "from" for o in children(p, {"pobj"})):
            return None  # "would buy 14 Leopard 2A4 tanks from industry stocks": bought from industry, no state named
    elif verbal and (lemma in USE_VERBS or lemma in ATTACK_VERBS):
        if _in_party_clause(anchor) and any(c.dep_ == "poss" and c.lower_ in PRONOUN_POSSESSIVES
                                            for o in children(anchor, {"dobj"}) for c in o.children) and not any(
                _maker_on(ctx, o) for o in children(anchor, {"dobj"})):
            # "Saudi Arabia, which has used its Eurofighters to ...": a party using its own kit (not kit its
            # phrase says another state made: "Russia, which has launched its Iranian-designed Shahed drones")
            return None
        # ("American-made bombs dropped by Saudi jets": the user is the agent, not the noun the verb describes)
        user = _pobj_actor(ctx, heads, {"by"}) if children(anchor, {"agent"}) or (anchor.dep_ == "acl" and anchor.tag_ == "VBN") else None
        recipient = user or (ctx.role_actor(subj) if subj is not None else _pobj_actor(ctx, heads, {"by"}) or (
            _controller(ctx, anchor) if anchor.dep_ == "pcomp" else None))  # ("accused Tajikistan of flying Turkish drones")
        if recipient is None and (subjpass is None or anchor.dep_ in {"relcl", "acl"}):
            return None  # use by nobody named says nothing about who received
        if subjpass is not None:  # "shells made in North Korea are being fired at ...": the user is implied
            extra.append(subjpass)
        supplier = _modifier_actor(ctx, scope + extra, exclude=recipient)
        if lemma in ATTACK_VERBS:  # the weapons it was made with, the first one's maker first ("with ballistic missiles
            instruments = _attack_instruments(anchor)  # provided by North Korea and Iranian-made drones")
            supplier = _modifier_actor(ctx, instruments[:1], exclude=recipient) or _modifier_actor(ctx, instruments, exclude=recipient)
        if supplier is None and recipient is None:
            return None
        if supplier is None and anchor.dep_ in {"acl", "relcl"} and not _in_party_clause(anchor):
            supplier = _predicate_origin(ctx, anchor.head, exclude=recipient)  # "the missile Russia fired ... was of North Korean origin"
        if supplier is None and not _in_party_clause(anchor):  # "identified North Korean weapons among the missiles Russia has fired"
            # (not the attacker of another clause: "..., and American and British aircraft struck ...")
            apart = {t.i for c in ctx.sent_of(anchor) if c.i > anchor.i and c.pos_ == "VERB" and c.lemma_.lower() in ATTACK_VERBS | USE_VERBS
                     for s in children(c, {"nsubj"}) for t in s.subtree}
            # (nor a joined clause that takes kit of its own: "Egypt flies Russian MiG-29M fighters ..., and it has
            # bought Chinese Wing Loong drones"; but "..., and forensics suggested they were Turkish-made")
            apart |= {t.i for c in children(anchor, {"conj"}) if c.pos_ in {"VERB", "AUX"} and children(c, {"nsubj", "nsubjpass"})
                      and c.lemma_.lower() in HOLDER_VERBS | RECEIVE_VERBS | SUPPLY_VERBS for t in c.subtree}
            supplier = _modifier_actor(ctx, [t for t in ctx.sent_of(anchor) if t.i not in apart], exclude=recipient)
        if supplier is None and lemma in USE_VERBS and recipient is not None and not _in_party_clause(anchor):
            # "Tajik forces also used Bayraktar drones": the model's maker, as the gazetteer knows it
            # (not its own: "Australia fired its first Tomahawk")
            supplier = model_maker_of(ctx, [o for o in children(anchor, {"dobj"}) if not any(
                c.dep_ == "poss" and c.lower_ in PRONOUN_POSSESSIVES for c in o.children)], exclude=recipient)
        if supplier is None:
            return None  # "Russia launched 56 drones overnight": use with no maker named says nothing of supply
    elif verbal and subjpass is not None and lemma in {"supply", "provide", "arm", "equip", "furnish", "resupply", "rearm"} and any(
            p.dep_ == "prep" and p.lower_ == "with" for p in anchor.children):
        # "Russia has been supplied with artillery ammunition by Iran": the passive's subject receives
        cargo = [o for p in children(anchor, {"prep"}) if p.lower_ == "with" for o in children(p, {"pobj"})]
        recipient = ctx.role_actor(subjpass)
        supplier = _pobj_actor(ctx, [anchor] + children(anchor, {"agent"}) + cargo, {"by"}) or _modifier_actor(
            ctx, cargo, exclude=recipient) or (  # "Russian troops are armed with North Korean rifles"
            _pobj_actor(ctx, [anchor] + cargo, {"from"}) if lemma in {"resupply", "rearm"} else None)  # "resupplied ... from Florida"
        items, item_tokens = _items(ctx, [t for o in cargo for t in o.subtree])
        return _Transfer(anchor, supplier, recipient, items, item_tokens, _negated(anchor), False, scope)
    elif verbal:
        agent = _pobj_actor(ctx, children(anchor, {"agent"}) and [anchor], {"by"}, direct=True)
        # a vehicle's flag names the carrier, not the supplier: "A Russian cargo ship has been
        # ferrying North Korean munitions to Russian ports"; the flag supplies only when the cargo
        # names no origin ("North Korean ships had transported ammunition to Vladivostok")
        cargo_origin = _modifier_actor(ctx, [t for o in children(anchor, {"dobj"}) for t in o.subtree]) \
            if subj is not None and subj.lemma_.lower() in VEHICLE_NOUNS and lemma in CARRY_VERBS else None
        if agent is None and subjpass is not None and lemma in ARMING_VERBS:
            # "The M23 is armed and supported by Rwanda": the agent the parser hung on the joined verb
            agent = next((a for c in children(anchor, {"conj"}) if children(c, {"agent"})
                          for a in [_pobj_actor(ctx, [c], {"by"}, direct=True)] if a is not None), None)
        # ("Albares said it was carrying 27 tonnes of explosives from Chennai": "it", after a vessel, is the carrier)
        vessel_it = subj is not None and subj.lower_ == "it" and lemma in CARRY_VERBS and any(
            t.lemma_.lower() in VEHICLE_NOUNS for t in ctx.sent_of(subj) if t.i < subj.i)
        supplier = agent or cargo_origin or (ctx.role_actor(subj) if subj is not None and not vessel_it else None) or supplier
        if supplier is None and subj is not None and subj.lemma_.lower() in VEHICLE_NOUNS:
            # "ships from the North Korean port of Rajin have been unloading containers of
            # ammunition at Vostochny": the carrier's origin supplies
            supplier = _pobj_actor(ctx, [subj], {"from"})
            if supplier is None:  # "the flights brought Wagner contractors and equipment to Bamako": whose men they are
                supplier = ctx.as_party(next((a for o in children(anchor, {"dobj"}) if _fighters(o, groups=True) == "troops"
                                              for c in o.children if c.dep_ in {"compound", "amod", "poss"}
                                              for a in [ctx.known(c)] if a is not None and a.kind == "named"), None), supplying=True)
        if supplier is None and subjpass is not None:
            supplier = _modifier_actor(ctx, [subjpass])
        if subjpass is not None:
            extra.append(subjpass)
            if subjpass.lemma_.lower() in QUANTITY_NOUNS - {"group", "team", "batch"} or subjpass.like_num:
                # "Many of the weapons were manufactured in Iran and smuggled into the Strip": what the quantity counts
                extra.extend(_of_nouns(subjpass))
        if supplier is None:
            # (where cargo is unloaded is its destination: "unloaded armoured vehicles at Tobruk")
            supplier = _pobj_actor(ctx, heads, {"from"} if lemma in UNLOAD_VERBS else {"from", "at"})
        if supplier is None:  # "shipped to Ukraine under a package approved by President Biden": the approver's
            frames = [p for prep in anchor.children if prep.dep_ == "prep" and prep.lower_ == "under" for p in children(prep, {"pobj"})]
            supplier = _pobj_actor(ctx, [v for p in frames for v in children(p, {"acl"})], {"by"})
        if supplier is None:  # "carried containers from Rajin to ...": the origin hung on the cargo
            # (also on the last of several: "was carrying rocket engines, rockets ... and ammunition from Chennai to Israel")
            supplier = _pobj_actor(ctx, [x for o in children(anchor, {"dobj"}) for x in [o, *o.conjuncts]], {"from"})
        if supplier is None:  # "drones ... manufactured in Iran and transferred to Russian forces"
            supplier = _pobj_actor(ctx, _conjoined_making(anchor, MADE_VERBS - {"come"}), {"in", "by"})
        if supplier is not None and anchor.dep_ == "acl" and lemma in {"smuggle", "traffic", "funnel", "channel", "route"} \
                and anchor.head.pos_ == "NOUN" and supplier == _pobj_actor(ctx, heads, {"from"}):
            # "Iranian-made rifles smuggled across the Gulf of Aden from Yemen": the maker is the origin, the place the
            # smugglers set out from only the route (GUIDE.md: onward chains go from origin to final recipient)
            maker = _modifier_actor(ctx, [anchor.head])
            if maker is not None and maker.kind == "named" and maker.actor_type == "state":
                supplier = maker
        if supplier is None and anchor.dep_ == "acl" and anchor.head.pos_ in {"NOUN", "PROPN"}:
            # "Iranian missiles and drone components shipped to Yemen's Houthis": the cargo's maker
            cargo = [anchor.head]
            while cargo[-1].dep_ == "conj" and cargo[-1].head.i != cargo[-1].i:
                cargo.append(cargo[-1].head)
            supplier = _modifier_actor(ctx, cargo)
        if supplier is None and anchor.dep_ in {"xcomp", "pcomp", "advcl", "conj", "acl", "dobj"}:
            supplier = _controller(ctx, anchor)
        objs = children(anchor, {"dobj", "dative", "iobj"})
        if not objs and anchor.dep_ == "compound" and anchor.tag_ in {"VBZ", "VBD", "VBP"}:
            # "accusations that Iran arms Yemen's Ansarullah movement": a finite verb the parser hung as
            # a compound on its object takes the whole noun phrase it sits in as the object
            node = anchor.head
            while node.dep_ in {"compound", "poss"} and node.head.pos_ in {"NOUN", "PROPN"} and node.head.i != node.i:
                node = node.head
            objs = [node]
        if not objs and lemma in ARMING_VERBS:  # "had armed and trained the M23 rebels": the object both verbs share
            objs = [o for c in children(anchor, {"conj"}) for o in children(c, {"dobj"})][:1]
        # "donated NASAMS air defence batteries to Ukraine": with a "to" party the object is the cargo
        to_party = _pobj_actor(ctx, [anchor], TO_PREPS, direct=True)
        for obj in objs:  # "supplied Russia with shells", "gave Moscow missiles"
            if obj.dep_ == "dobj" and ((to_party is not None and to_party.kind == "named") or ctx.counted_name(obj)
                                       or (ctx.known(obj) is None and designation(obj))):
                continue
            # "allegations that Iran had supplied it with missiles": a pronoun object is resolved
            # (and so are "the junta", "the regime", "the military": the story's state's forces)
            bare = lemma in {"supply", "provide", "arm", "equip", "sell", "furnish"} and (ctx.bare_forces(obj) or obj.lemma_.lower() == "regime" and any(
                c.dep_ == "det" and c.lower_ == "the" for c in obj.children) or obj.lemma_.lower() == "rebel")  # ("the rebels")
            actor = ctx.role_actor(obj) if obj.lower_ in PRONOUNS or first_person(obj) or bare else ctx.actor_at(obj, allow_children=False)
            if actor is None and lemma in {"supply", "provide", "arm", "equip", "sell", "furnish"}:
                actor = _group_named_just_before(ctx, obj)  # "thanked Iran for supplying the group with money, weapons ..."
            if obj.lower_ == "it" and obj.dep_ in {"dative", "iobj"} and supplier is not None and actor == supplier:
                # "the Congolese army had collaborated with the FDLR and given it ammunition": the party named last before
                # (before the verb's own clause: not "in May Berlin promised it 14 Leopard 2A4 tanks")
                actor = next((a for t in reversed(list(ctx.sent_of(obj))[:anchor.left_edge.i - ctx.sent_of(obj).start])
                              if t.i in ctx.ent_of
                              for a in [ctx.role_actor(t)] if a is not None and a.kind == "named" and a != supplier
                              and a.actor_type in {"state", "armed group"}), None)
            if actor is not None and actor.kind == "named" and actor != supplier:
                recipient = actor
                break
        if recipient is None and lemma in ARMING_VERBS:  # "equip units in Puntland": where the units are
            recipient = next((a for o in objs if o.lemma_.lower() in UNIT_NOUNS | STATE_FORCE_WORDS
                              for a in [_pobj_actor(ctx, [o], {"in"}) or _modifier_actor(ctx, [o])]
                              if a is not None and a.kind == "named" and a != supplier), None)
        if recipient is None and lemma in ARMING_VERBS and subjpass is not None:
            if subjpass.lower_ in RELATIVE_PRONOUNS and anchor.dep_ in {"relcl", "conj"}:
                # "the Houthis, who are armed, trained and financed by Iran": the relative's antecedent
                clause = anchor if anchor.dep_ == "relcl" else next((h for h in anchor.ancestors if h.dep_ == "relcl"), None)
                subjpass = clause.head if clause is not None else subjpass
            taker = ctx.role_actor(subjpass)  # "The M23 rebels are armed by Rwanda": whom the passive arms
            if taker is not None and taker.kind == "named" and taker != supplier:
                recipient = taker
        if recipient is None and lemma in {"send", "give", "supply", "provide", "sell", "hand", "ship"} and anchor.i + 1 < len(anchor.doc):
            # "Iran has sent Russia engines and other components": the parser makes the indirect
            # object a compound of the direct one
            nxt = anchor.i + 2 if anchor.nbor().lower_ == "the" and anchor.i + 2 < len(anchor.doc) else anchor.i + 1
            ent = ctx.ent_of.get(nxt)  # ("selling the Houthis components for drones")
            root = ent.root if ent is not None else None
            top = root
            while top is not None and top.dep_ in {"compound", "nmod"} and top.head.i != top.i:
                top = top.head  # "sent Russia Arash-2 kamikaze drones": through the model name to the object
            misread = root is not None and root.dep_ == "amod" and root.pos_ == "PROPN" and ent.label_ == "GPE"
            if misread:
                top = root.head  # "has sent Mali attack helicopters": a country's name the parser took for an adjective
            if root is not None and ((root.dep_ in {"compound", "nmod"} or misread) and top.dep_ in {"dobj", "dative"}
                                     and top.head.i == anchor.i or (
                    root.dep_ in {"dep", "npadvmod"} and root.head.i == anchor.i and children(anchor, {"dobj"}))):
                # (and "has sent Kyiv several IRIS-T batteries", with "Kyiv" left hanging on the verb)
                named = ctx.role_actor(root)
                if named is not None and named.actor_type == "armed group" and top.lemma_.lower() in TROOP_LEMMAS | {"mercenary", "contractor", "instructor"}:
                    named = None  # "sent Wagner fighters to Mali": the group's own men, not whom they were sent to
                if named is not None and named.kind == "named" and named.actor_type in {"state", "armed group"}:
                    if supplier is not None and supplier.label == named.label and root.head.i != anchor.i:
                        supplier = _controller(ctx, anchor) if anchor.dep_ in {"xcomp", "pcomp", "advcl", "conj", "acl"} else None
                    if named != supplier:
                        recipient = named  # (the indirect object read as the maker of the cargo is no supplier)
            group = anchor.doc[nxt]
            if recipient is None and ent is None and nxt == anchor.i + 2 and group.dep_ == "compound" \
                    and group.head.dep_ == "dobj" and group.head.head.i == anchor.i:
                # "Tehran had sent the group weapons": the parser makes "the group" a compound of the cargo
                named = _group_named_just_before(ctx, group, det=anchor.nbor())
                if named is not None and named != supplier:
                    recipient = named
        if recipient is None:
            # "handed over tens of thousands of rounds to Ukraine": "to" hung on what the quantity counts
            recipient = _pobj_actor(ctx, heads + _with_of(objs), TO_PREPS) or _pobj_actor(ctx, heads + objs, {"for"}, direct=True)
        if recipient is None:
            recipient = _pobj_actor(ctx, _describing(objs), {"to"}, direct=True)
        if recipient is None:  # "to its partners and proxies, including Russia and the Houthis": the ones named
            recipient = _pobj_actor(ctx, [p for prep in children(anchor, {"prep"}) if prep.lower_ in TO_PREPS
                                          for p in children(prep, {"pobj"})], {"including"})
        if recipient is None and lemma == "share":
            recipient = _pobj_actor(ctx, heads + objs, {"with"})
        if supplier is None and lemma in CARRY_VERBS and subj is not None and (subj.lemma_.lower() in VEHICLE_NOUNS or vessel_it):
            # "the Borkum, was carrying rocket engines, rockets with explosive charges and ammunition from Chennai to
            # Israel": a carrier's route, wherever the parser hangs it in the cargo
            route = next((p for p in anchor.subtree if p.dep_ == "prep" and p.lower_ == "from" and p.head.dep_ != "relcl"), None)
            if route is not None:
                supplier = _pobj_actor(ctx, [route.head], {"from"})
                recipient = recipient or _pobj_actor(ctx, children(route, {"pobj"}) + [route], TO_PREPS)
        if recipient is None:  # "from the port of Amirabad to Astrakhan": the parser hangs "to" on the origin
            origins = [p for prep in children(anchor, {"prep"}) if prep.lower_ == "from" for p in children(prep, {"pobj"})]
            recipient = _pobj_actor(ctx, origins, TO_PREPS)
        if recipient is None:
            recipient = _purpose_recipient(ctx, anchor) or _pobj_actor(ctx, heads + objs, {"on"}, direct=True) \
                or _pobj_actor(ctx, [p for x in children(anchor, {"prep"}) if x.lower_ == "in" for p in children(x, {"pobj"})
                                     if p.lemma_.lower() in {"support", "aid", "backing"}], {"of"})  # "in support of the M23"
        if recipient is None and lemma in HAND_VERBS:  # "has put missiles in Russian hands"
            recipient = next((a for h in _hands(anchor) for a in [ctx.actor_at(h) or _pobj_actor(ctx, [h], {"of"})]
                              if a is not None and a.kind == "named"), None)
        if recipient is None and anchor.dep_ == "acl" and lemma in CARRY_VERBS and anchor.head.lemma_.lower() in VEHICLE_NOUNS:
            # "Iranian cargo flights carrying drones have landed in Russia": where the carrier arrives
            # (its flag supplies only when the cargo names no origin, as above)
            mover = anchor.head
            if mover.dep_ == "pobj" and mover.head.lower_ == "of" and mover.head.head.i != mover.head.i:
                mover = mover.head.head  # "dozens of cargo flights"
            if mover.dep_ == "nsubj" and mover.head.lemma_.lower() in ARRIVE_VERBS | DOCKING_VERBS:
                recipient = _pobj_actor(ctx, [mover.head], {"in", "at", "to", "into"})
                if supplier is None and recipient is not None:
                    supplier = next((a for c in anchor.head.children if c.dep_ in {"amod", "compound", "poss"}
                                     for a in [ctx.known(c)] if a is not None and a.actor_type == "state" and a.label != recipient.label), None)
        if recipient is None and supplier is not None and lemma in {"deploy", "field", "employ"}:
            # "Russia has deployed North Korean troops alongside its own forces": the troops' state sent them
            origin = next((a for o in children(anchor, {"dobj"}) if o.lemma_.lower() in UNIT_NOUNS | {"troop", "soldier", "force"}
                           for c in o.children if c.dep_ in {"amod", "compound", "poss"}
                           for a in [ctx.known(c)] if a is not None and a.actor_type == "state"), None)
            if origin is not None and origin.label != supplier.label:
                supplier, recipient = origin, supplier
        if recipient is None and lemma in UNLOAD_VERBS:  # unloaded "at Vostochny": where it is taken off
            recipient = _pobj_actor(ctx, heads + objs, {"at", "in"})
            if recipient is None:  # "unloaded at the port of Gdynia"
                ports = [o for h in heads + objs for p in children(h, {"prep"}) if p.lower_ in {"at", "in"}
                         for o in children(p, {"pobj"}) if o.lemma_.lower() in PORT_NOUNS]
                recipient = _pobj_actor(ctx, ports, {"of"})
        if lemma in UNLOAD_VERBS and supplier is not None and supplier.actor_type not in {"state", "armed group", "organisation", "company"}:
            # "the Russian navy's landing ship Ivan Gren unloaded armoured vehicles at Tobruk": the port
            # where cargo comes off is no supplier; the carrier's owner is
            supplier = next((a for c in (subj.children if subj is not None else ()) if c.dep_ in {"poss", "amod", "compound"}
                             for a in [ctx.role_actor(c)] if a is not None and a.kind == "named" and a.actor_type == "state"), None)
        if recipient is None and lemma in SENDING_PRESENCE:  # "would station missiles on Belarusian territory"
            recipient = _pobj_actor(ctx, heads + objs, {"in", "on", "inside"}, direct=True)
        if recipient is None:
            recipient = _promised_recipient(ctx, objs)
        if recipient is None and lemma in {"supply", "provide", "sell"}:
            recipient = _cargo_owner(ctx, objs, supplier)  # "China supplies most of Pakistan's major weapons"
        if recipient is None and anchor.dep_ == "acl" and anchor.tag_ == "VBN" and lemma in SUPPLY_VERBS \
                and not children(anchor, {"nsubj", "nsubjpass", "mark", "aux", "auxpass"}) \
                and (ctx.lexicon.is_item_or_cargo(anchor.head.lemma_.lower()) or ctx.lexicon.is_item_or_cargo(anchor.head.lower_)):
            # "Turkey's S-400 batteries, delivered by Russia in 2019": the owner of what was delivered
            recipient = _cargo_owner(ctx, [anchor.head], supplier)
        end_user = _end_user(ctx, anchor)
        if end_user is not None and end_user != supplier:
            recipient = end_user  # "sold shells to U.S. contractors for use by Ukraine's armed forces": the final recipient
        if recipient is not None and recipient.actor_type == "state":
            side = _purpose_recipient(ctx, anchor)  # "sent to Libya by Turkey to fight for the GNA": the side in that state
            if side is not None and side.kind == "named" and side.actor_type == "armed group" and side != supplier:
                recipient = side
        if recipient is None and anchor.dep_ == "relcl":
            recipient = _counter_recipient(ctx, anchor)
        if recipient is None and anchor.head.head.lemma_.lower() in USE_VERBS | RECEIVE_VERBS:
            recipient = _holder(ctx, anchor)  # "the Russian army was using missiles supplied by North Korea"
        if lemma in HELP_VERBS and recipient is None:  # "helping engineers at Alabuga": where they work
            recipient = _workplace_country(ctx, objs + [s_ for c in children(anchor, {"ccomp", "xcomp"}) for s_ in children(c, {"nsubj"})])
        if lemma in HELP_VERBS and recipient is None:  # "help the DPRK build satellites"
            for clause in children(anchor, {"ccomp", "xcomp"}):
                for s_ in children(clause, {"nsubj"}):
                    recipient = ctx.role_actor(s_)
        if lemma in HELP_VERBS and subj is not None and subj.pos_ == "NOUN" and ctx.lexicon.is_item_or_cargo(subj.lemma_.lower()) \
                and not _negated(anchor):
            # "The North's artillery shells had helped our Russian comrades": the cargo helps, not know-how
            helper_items, helper_tokens = _items(ctx, list(subj.subtree))
            if helper_items and not {"technology", "troops"} & set(helper_items):  # (personnel who help give know-how)
                return _Transfer(anchor, _modifier_actor(ctx, [subj], exclude=recipient) or supplier, recipient,
                                 helper_items, helper_tokens, _negated(anchor), False, scope + list(subj.subtree))
        if lemma in HELP_VERBS:
            with_items = [t for p in anchor.children if p.dep_ == "prep" and p.lower_ == "with" for t in p.subtree]
            programme = any(t.lemma_.lower() in PROGRAMME_WORDS for t in with_items)  # "helping Pyongyang with its satellite program"
            if not _items(ctx, with_items)[0] and (programme or any(c.dep_ in {"xcomp", "ccomp"} for c in anchor.children)):
                return _Transfer(anchor, supplier, recipient, ["technology"], [anchor], _negated(anchor), False, scope)
            scope = [anchor] + with_items
        if lemma == "pay":  # "Moscow may be paying with technology for spy satellites": what pays is the cargo
            scope = [anchor] + [t for p in _paid_with(anchor) for t in p.subtree]
        if supplier is None:
            supplier = _modifier_actor(ctx, scope + extra, exclude=recipient)
        if supplier is None:  # "carried artillery ammunition from an army depot near Gomel": the place's state
            supplier = _place_near_state(ctx, heads + objs, {"from"})
        if supplier is not None and supplier.iri is None and lemma in CARRY_VERBS:
            # "Araz Star loaded munitions at Amirabad", "the Blue Horizon carried shells from Rajin":
            # a name the gazetteer does not know that loads or carries is the carrier (a ship, a
            # firm); the state where the cargo was taken on supplies it
            origin = _site_state(ctx, heads + objs, {"at", "from", "in"})
            if origin is not None:
                supplier = origin
        if supplier is None and lemma in LOAD_VERBS:
            # "were loaded onto Russian-flagged ships at the Caspian port of Amirabad": where the cargo
            # was taken on supplies it, wherever the parser hangs "at" (on the verb or the vessel)
            vessels = [p for prep in children(anchor, {"prep"}) if prep.lower_ in {"onto", "into", "on", "aboard"}
                       for p in children(prep, {"pobj"})]
            # (and where the vessel lay: "loaded onto the Lady R while it was docked at the Simon's Town naval base")
            vessels += [c for c in children(anchor, {"advcl"}) if any(
                s.lower_ in {"it", "she"} or s.lemma_.lower() in VEHICLE_NOUNS for s in children(c, {"nsubj", "nsubjpass"}))]
            supplier = _site_state(ctx, heads + objs + vessels, {"at", "in", "from"}) or _place_near_state(
                ctx, heads + objs + vessels, {"at", "in", "from"}) or next(  # "at an airbase near Tehran"
                (a for a in [_pobj_actor(ctx, heads + vessels, {"in"}) if vessels else None] if a is not None and a.actor_type == "state"
                 and (recipient is None or a.label != recipient.label)), None)  # "onto a Russian ship in South Africa"
    elif anchor.lower_ in GERUNDS:  # misparsed gerund: the rest of the clause is its object
        sent = ctx.sent_of(anchor)
        scope = [t for t in sent if t.i > anchor.i and not any(a.dep_ == "relcl" and a.i > anchor.i for a in t.ancestors)]
        supplier = ctx.role_actor(subject_of(sent.root)) if subject_of(sent.root) is not None else None
        recipient = _pobj_actor(ctx, scope, TO_PREPS)
        extra.append(anchor.head)
    elif lemma in CUSTOMER_NOUNS:
        # "Algeria is Russia's third-largest arms customer", "Egypt is one of the biggest buyers of French
        # weapons": the subject buys from the possessor, or from the maker of what it buys
        node = _role_phrase(anchor)
        if not _predicated(node):
            return None
        other = _copula_partner(node)
        recipient = ctx.role_actor(other) if other is not None else None
        cargo = _of_nouns(anchor)
        supplier = next((a for c in children(anchor, {"poss"}) for a in [ctx.role_actor(c)] if a is not None and a.kind == "named"),
                        None) or _modifier_actor(ctx, cargo, exclude=recipient) or _pobj_actor(ctx, [anchor], {"from"})
        scope = scope + [t for c in cargo for t in c.subtree]
    elif lemma in SUPPLIER_NOUNS:  # "Germany is one of the largest suppliers of military aid to Ukraine"
        node = _role_phrase(anchor)
        if _predicated(node):
            other = _copula_partner(node)
            supplier = ctx.role_actor(other) if other is not None else None
        elif node.dep_ == "pobj" and node.head.lower_ == "as" and node.head.head.pos_ in {"VERB", "AUX"}:
            # "China has overtaken Europe as the main supplier of ...", "emerged as a supplier"
            other = _subject(ctx, node.head.head, "nsubj")
            supplier = ctx.role_actor(other) if other is not None else None
        cargo = _of_nouns(anchor)
        heads = heads + cargo
        recipient = _pobj_actor(ctx, heads, TO_PREPS) or _pobj_actor(ctx, heads, {"for"}, direct=True) or next(
            # "Russia's largest foreign source of artillery ammunition": whom the supplier supplies
            (a for c in children(anchor, {"poss"}) for a in [ctx.role_actor(c)] if a is not None and a.kind == "named"), None)
        if recipient is None:  # "the machine tools ... on which Russia's arms factories depend": who depends on them
            for clause in (c for p in cargo for c in children(p, {"relcl"}) if c.lemma_.lower() in DEPEND_VERBS):
                for subj in children(clause, {"nsubj"}):
                    recipient = ctx.role_actor(subj) or next((ctx.role_actor(c) for c in children(subj, {"poss", "compound", "amod"})
                                                              if ctx.role_actor(c) is not None), None)
        scope = [t for t in scope if not any(a.dep_ == "relcl" and a.i in {x.i for x in scope} for a in t.ancestors)]
    else:  # a nominalisation: "North Korea's supply of arms to Russia", "a supply line of shells"
        if anchor.dep_ == "compound" and anchor.head.pos_ in {"NOUN", "PROPN"}:
            heads = [anchor, anchor.head]
            scope = scope + [t for t in anchor.head.subtree if t.i not in _clause_tokens(anchor.head)]
        # "supplies of arms and munitions to Russia" with "to Russia" hung on the cargo
        cargo = _of_nouns(anchor)
        if not cargo and lemma == "delivery" and anchor.dep_ == "dobj" and anchor.head.lemma_.lower() in {"take", "accept"}:
            cargo = _of_nouns(anchor.head)  # "took delivery on Monday of two submarines from China": "of" on the verb
        # "the supply to the Houthis of cruise missiles": the cargo hung on the party before it
        cargo = cargo + [o for h in [anchor] + ([anchor.head] if anchor.dep_ == "dobj" else [])
                         for prep in children(h, {"prep"}) if prep.lower_ in TO_PREPS and prep.i > anchor.i
                         for p in children(prep, {"pobj"}) if ctx.known(p) is not None
                         for o in _of_nouns(p) if not cargo and ctx.lexicon.is_item_or_cargo(o.lemma_.lower())
                         or o.lemma_.lower() in {"component", "part", "kit"}]
        extra.extend(t for c in cargo for t in c.subtree)
        # "delivery of the last of its 30 Rafales from France": the part and what it is a part of
        cargo = cargo + [o for c in cargo if c.lemma_.lower() in PART_WORDS or c.like_num for o in _of_nouns(c)]
        heads = heads + cargo + [c for p in cargo for c in children(p, {"conj"})]
        for child in children(anchor, {"poss", "amod", "compound", "nmod"}):
            actor = ctx.role_actor(child)
            if actor is not None and actor.kind == "named":
                supplier = actor
                break
        supplier = supplier or _pobj_actor(ctx, heads, {"from", "by"})
        recipient = _pobj_actor(ctx, heads, TO_PREPS) or _pobj_actor(ctx, heads, {"for"}, direct=True)
        if recipient is None and anchor.dep_ == "nsubj" and anchor.head.lemma_.lower() in ARRIVE_VERBS | DOCKING_VERBS:
            # "the 500th airlift of military equipment from the United States has landed in Israel"
            recipient = _pobj_actor(ctx, [anchor.head], {"in", "at", "into", "to"})
        if lemma in MOTION_NOUNS and (not cargo or (_pobj_actor(ctx, heads, {"from"}) is None and _pobj_actor(ctx, heads, TO_PREPS) is None)):
            return None  # "the flow of shells from North Korea to Russia", not "the flows will last", "the movements of the vessel"
        if lemma in DEPEND_NOUNS:
            cargo = [p for prep in children(anchor, {"prep"}) if prep.lower_ in {"on", "upon"} for p in children(prep, {"pobj"})]
            heads = heads + cargo
        if lemma in {"export", "import"} and _accounted_share(anchor):
            return None  # "Poland accounted for 46 per cent of South Korea's arms exports": read on "accounted"
        if lemma in RECEIVE_NOUNS | DEPEND_NOUNS:
            # "Russia's purchases of Shahed drones from Iran", "Moscow's acquisition of ... from Tehran":
            # the owner receives, "from" supplies
            # ("purchases of Iranian drones by Russia": who buys follows "by", the cargo's maker sells)
            owner = next((a for c in children(anchor, {"poss", "amod", "compound"})
                          for a in [ctx.role_actor(c)] if a is not None and a.kind == "named"), None) or _pobj_actor(
                ctx, heads, {"by"}, direct=True)
            ordered = _ordered_goods(anchor) if lemma == "order" else []
            if ordered and owner is None:
                # "Azerbaijan has placed an order for Akinci drones", "Niger followed with an order of Turkish drones"
                placer = anchor.head.head if anchor.dep_ == "pobj" else anchor.head
                owner = next((a for s_ in children(placer, {"nsubj"}) for a in [ctx.role_actor(s_)]
                              if a is not None and a.kind == "named"), None) if anchor.dep_ in {"dobj", "pobj"} else None
            source = _pobj_actor(ctx, heads, {"from"}) or _modifier_actor(ctx, cargo, exclude=owner)
            if ordered and source is None:  # ("an order with Turkey for ...", or the maker of the model ordered)
                source = _pobj_actor(ctx, [anchor], {"with"}) or _modifier_actor(ctx, ordered, exclude=owner)
                extra.extend(t for o in ordered for t in o.subtree)
            if source is None and owner is not None and (ordered or any(
                    c.dep_ == "poss" and c.lower_ not in PRONOUNS for c in anchor.children)):
                # the maker of the model bought: "India's purchase of the S-400 system", "an order for Akinci drones"
                source = model_maker_of(ctx, ordered or cargo, exclude=owner)
            if owner is None or source is None:
                return None  # a purchase says from whom, or is no transfer we can place
            supplier, recipient = source, owner
        if lemma in ARRIVAL_NOUNS:
            # "the new arrivals in Kursk included artillery crews": what arrived where, only with the place named
            recipient = recipient or _pobj_actor(ctx, heads, {"in", "at", "into"})
            if recipient is None:
                return None
        if lemma in DEPLOY_NOUNS:
            # only with its host named: "the deployment of North Korean forces" alone is no transfer
            # ("the deployment of North Korean troops to Russia" names it with "to")
            recipient = _pobj_actor(ctx, heads, {"in", "on", "inside"}) or recipient
            if recipient is None and anchor.dep_ == "dobj":
                # "condemned the deployment of North Korean soldiers to Russia", with "to Russia"
                # hung on the verb: "condemn" or "deny" takes no "to" of its own
                recipient = _pobj_actor(ctx, [anchor.head], TO_PREPS, direct=True)
            if recipient is None or not cargo:
                return None
            if lemma == "presence" and not any(c.lemma_.lower() in TROOP_LEMMAS | UNIT_NOUNS | FORCE_NOUNS or
                                               _fighters(c, groups=True) == "troops" for c in cargo):
                return None  # the presence of foreign troops somewhere, not of drones or debris
        if lemma in TRADE_NOUNS and anchor.dep_ == "dobj" and anchor.head.lemma_.lower() == "sign" and _is_anchor(anchor.head):
            return None  # "India signed a deal with Russia for five S-400 squadrons": read on the signing
        if recipient is None and lemma in TRADE_NOUNS:
            recipient = _pobj_actor(ctx, heads, {"with"})
        nxt = anchor.doc[anchor.i + 1] if anchor.i + 1 < len(anchor.doc) else None
        if recipient is None and nxt is not None and nxt.lower_ == "to" and nxt.dep_ == "prep" and nxt.head.i != anchor.i \
                and nxt.head.i < anchor.i:
            # "to deflect attention from American arms sales to Saudi Arabia", the parser hanging "to Saudi Arabia"
            # on the verb before: the phrase right after the noun names its taker
            recipient = next((a for o in children(nxt, {"pobj"}) for a in [ctx.role_actor(o)]
                              if a is not None and a.kind == "named" and a.actor_type in {"state", "armed group"}), None)
        if recipient is None and anchor.dep_ == "nsubjpass" and anchor.head.lemma_.lower() in {"make", "complete", "carry"}:
            # "deliveries of heavy equipment had been made to the Malian armed forces": "to" on the light verb
            recipient = _pobj_actor(ctx, [anchor.head], TO_PREPS)
        if supplier is None:
            supplier = _modifier_actor(ctx, scope)
        received = anchor.dep_ == "dobj" and (anchor.head.lemma_.lower() in RECEIVE_VERBS or (
            lemma == "delivery" and anchor.head.lemma_.lower() in {"take", "accept"}))
        if received:
            # "Moscow had taken delivery of the missiles", "Russia had received shipments of
            # missiles from Iran": the taker receives
            taker = subject_of(anchor.head)
            verb = anchor.head
            while taker is None and verb.dep_ in {"conj", "xcomp"} and verb.head.i != verb.i:
                # "Norway is buying tanks from Germany and has taken delivery of howitzers from ...", "Argentina ... is
                # expected to take delivery of its first aircraft"
                verb = verb.head
                taker = subject_of(verb)
            if taker is not None and ctx.role_actor(taker) is not None:
                recipient = ctx.role_actor(taker)
                if supplier is not None and supplier.label == recipient.label:
                    supplier = None
                supplier = supplier or _pobj_actor(ctx, [anchor.head, anchor], {"from"})
        governor = anchor.head if anchor.dep_ in {"dobj"} else None
        if received:
            governor = None  # the taker of a delivery is its recipient, never its supplier
        if supplier is None and governor is not None and governor.lemma_.lower() not in DENIAL_VERBS | JUDGING_VERBS | {"explain"} \
                and not (governor.lemma_.lower() in REPORTING_VERBS and governor.lemma_.lower() not in {"announce", "confirm", "admit", "acknowledge"}):
            # (not who reports or records it: "The Panel also documented the supply to the Houthis of ...")
            gsubj = subject_of(governor)  # "Pyongyang may have begun weapons shipments to Moscow"
            if gsubj is not None:
                supplier = ctx.role_actor(gsubj)
        if recipient is None and governor is not None:
            recipient = _pobj_actor(ctx, [governor], TO_PREPS | {"for"}, direct=True)
        if recipient is None:  # "a supply line of shells that keeps Russian artillery in business"
            recipient = _promised_recipient(ctx, heads[1:])
        for clause in children(anchor, {"relcl"}):  # "a $1 billion package that includes Bradley fighting vehicles"
            if clause.lemma_.lower() in CONTENT_VERBS - {"be"}:
                scope = scope + [t for c in children(clause, {"dobj"}) for t in c.subtree]
        if anchor.dep_ in {"nsubj", "nsubjpass"} and anchor.head.lemma_.lower() in CONTENT_VERBS:
            # "the shipments could include artillery shells"
            scope = scope + held_by(anchor.head, {"dobj", "attr"})
            held = children(anchor.head, {"dobj"})  # "The deal includes 24 Rafale jets for Egypt from France"
            if recipient is None:
                recipient = _pobj_actor(ctx, held, {"for", "to"}, direct=True)
            if supplier is None:
                supplier = _pobj_actor(ctx, held, {"from"})
        if anchor.dep_ == "nsubj" and anchor.head.lemma_.lower() in CONTENT_PREP_VERBS:
            # "the aid consists mostly of interceptors", "Iran's support now extends to ballistic missiles"
            scope = scope + held_by(anchor.head)
        if anchor.dep_ == "pobj" and anchor.head.dep_ == "prep" and anchor.head.lower_ in {"for", "as"}:
            extra.append(anchor.head.head)  # "shells for the supply of Russia"
            if anchor.head.head.pos_ in {"VERB", "AUX"} and anchor.head.lower_ == "for":
                # "a second contingent is being prepared for shipment": what is readied is the cargo
                extra.extend(children(anchor.head.head, {"nsubjpass"}))
    if verbal and anchor.dep_ == "xcomp" and lemma in MOTION_VERBS and not children(anchor, {"nsubjpass"}) and not any(
            ctx.lexicon.is_item_or_cargo(o.lemma_.lower()) for o in children(anchor, {"dobj"})) \
            and subj is not None and subj.i not in {t.i for t in anchor.subtree} and ctx.lexicon.is_item_or_cargo(subj.lemma_.lower()):
        # "Iranian weapons for Hezbollah continue to move overland from Damascus": what moves is the cargo
        extra.extend(subj.subtree)
        if recipient is None:
            recipient = _pobj_actor(ctx, [subj], {"for", "to"}, direct=True)
    if verbal and lemma in SUPPLY_VERBS and any(o.pos_ != "PRON" for o in children(anchor, {"dobj"})):
        # "police officers had sold weapons and ammunition to gangs": people who sell are no cargo
        sellers = {x.i for s in children(anchor, {"nsubj"}) if s.lemma_.lower() in TROOP_LEMMAS | {"policeman", "guard"}
                   for x in s.subtree}
        scope = [t for t in scope if t.i not in sellers]
    items, item_tokens = _items(ctx, [t for t in scope if t.i != anchor.i] + extra)
    if not items and not verbal and lemma in AID_NOUNS:
        # "U.S. security assistance to Honduras totalled $470 million": aid named only by its kind is
        # munitions (GUIDE.md, session 27), read on the noun and its modifiers, when the sentence names
        # no goods of its own ("security assistance to Ukraine, including the package of interceptors")
        kind = sorted([c for c in anchor.children if c.dep_ in {"amod", "compound"}] + [anchor], key=lambda t: t.i)
        spelled = (anchor.dep_ in {"nsubj", "nsubjpass"} and anchor.head.lemma_.lower() in AID_CONTENT_VERBS) or any(
            c.lower_ in {"including", "such"} or c.lemma_.lower() in AID_CONTENT_VERBS for c in anchor.children) or any(
            c.lower_ == "including" for c in anchor.head.children if anchor.dep_ == "pobj")
        # (not aid the sentence spells out as something else: "security assistance to Kenya includes
        # counterterrorism training", "military assistance to Niger, including training")
        if not spelled and not _items(ctx, [t for t in anchor.sent if t not in kind and not t.is_space])[0]:
            items, item_tokens = _items(ctx, kind)
    armed = {t.i for o in children(anchor, {"dobj"}) for t in o.subtree} if lemma in ARMING_VERBS else set()
    if lemma in ARMING_VERBS and verbal and (not items or set(items) == {"troops"} and all(t.i in armed for t in item_tokens)):
        # "denied arming the Houthis", "the Emirates still equip units in Puntland": arms are the cargo, the armed
        # units its taker
        items, item_tokens = ["munitions"], [anchor]
    if lemma == "arm" and verbal and recipient is None and any(
            o.lower_ not in PRONOUNS and not ctx.lexicon.is_item_or_cargo(o.lemma_.lower()) and ctx.role_actor(o) is None
            and o.lemma_.lower() not in PARTY_HEADS for o in children(anchor, {"dobj"})):
        return None  # "The Soviet Union once armed half the world": whom it armed is said, and is no party
    if not items and lemma in ARRIVAL_NOUNS:
        return None  # "the arrival of winter": an arrival says what arrived or is no transfer
    owner = next((c for c in anchor.children if c.dep_ == "poss" and c.lower_ in {"their", "its"}), None) \
        if anchor.pos_ == "NOUN" and lemma in TRANSFER_NOUNS else None
    if not items and owner is not None and _pobj_actor(ctx, [anchor], {"from", "by"}) is not None:
        # "Field teams documented 41 unexploded 122 mm rocket rounds. Their supply from North Korea has
        # since been confirmed": the possessive of a transfer noun whose supplier follows "from" or
        # "by" is the cargo named just before (otherwise "its exports" are its supplier's)
        items, item_tokens = _items_before(ctx, anchor)
    counted = next((c for c in [subjpass] + children(anchor, {"dobj"}) if c is not None and c.like_num
                    and any(d.dep_ == "det" and d.lower_ in {"the", "these", "those", "all"} for d in c.children)), None)
    if not items and counted is not None and verbal:
        # "nine showed features of the KN-23/KN-24 family. ... the nine were delivered to Russia":
        # "the nine" are what the sentence that counted nine named
        items, item_tokens = _counted_before(ctx, counted)
    if sighted is not None:  # the troops seen are the cargo, not what the observer used ("its drones had spotted")
        items, item_tokens = ["troops"], [sighted]
    if not items and verbal and lemma == "hire":
        group = next((a for o in children(anchor, {"dobj"}) for a in [ctx.role_actor(o)]
                      if a is not None and a.actor_type == "armed group"), None)
        if group is not None:  # "Mali's junta hired the Wagner Group": the group's men, from the state it serves
            items, item_tokens = ["troops"], children(anchor, {"dobj"})[:1]
            supplier = supplier or ctx.as_party(group, supplying=True)
    if not items and verbal and lemma in SUPPLY_VERBS | SENDING_PRESENCE | RECEIVE_VERBS:
        # "units of the Korean People's Army had been dispatched to Kursk", "sent three brigades",
        # "received 1,500 of the North's special operations forces": military units and forces sent are
        # troops (not bare "fighters": jets as often as men)
        cargo = _direct_cargo(anchor, subjpass)
        cargo += [p for c in cargo if c.like_num for prep in children(c, {"prep"}) if prep.lower_ == "of"
                  for p in children(prep, {"pobj"})]  # "some 1,500 of the North's special operations forces"
        units = [t for t in cargo if t.lemma_.lower() in UNIT_NOUNS | {"crew", "reinforcement", "force"}
                 and not _units_of_kit(ctx, t)]
        if units:  # (not "two battalions of Leopard 2s": tanks)
            items, item_tokens = ["troops"], units[:1]
    if not items and not verbal and lemma in DEPLOY_NOUNS:
        # "the presence of Eritrean Defence Forces in Tigray", "of Wagner fighters in Libya": forces and
        # a group's fighters somewhere are troops
        forces = [t for t in _of_nouns(anchor) if t.lemma_.lower() in UNIT_NOUNS | {"force", "forces", "troop", "soldier"}
                  or _fighters(t, groups=True) == "troops"]
        if forces:
            items, item_tokens = ["troops"], forces[:1]
            if supplier is None:  # "Eritrean Defence Forces": the state whose forces they are
                supplier = next((a for a in [ctx.role_actor(forces[0])] if a is not None and a.actor_type == "state"), None)
    if not items and lemma in PRESENCE_VERBS:  # "North Korean units had fought in the Kursk region"
        units = [t for t in children(anchor, {"nsubj", "nsubjpass"}) if t.lemma_.lower() in UNIT_NOUNS]
        if units:
            items, item_tokens = ["troops"], units[:1]
        # "the Eritrean Defence Forces have been deployed in ...", "Rwanda's army was fighting alongside the M23": a
        # state's forces deployed, or fighting beside another's side (as _is_anchor lets them), are troops it sent
        forces = [t for t in children(anchor, {"nsubj", "nsubjpass"}) if t.lower_ in STATE_FORCE_WORDS and (
            lemma in {"deploy", "commit", "post"} or any(c.dep_ == "prep" and c.lower_ in {"alongside", "beside"} for c in anchor.children))]
        owner = ctx.role_actor(forces[0]) if forces and not units else None
        where = _pobj_actor(ctx, [anchor], {"in", "inside"}) if owner is not None else None
        home = ctx._home_state(recipient) if owner is not None and recipient is not None and recipient.actor_type != "state" else None
        if owner is not None and lemma not in {"deploy", "commit", "post"} and (
                (where is not None and where.label == owner.label) or (home is not None and home.label == owner.label)):
            # "The Syrian army fought alongside Russian forces in Aleppo": at home, beside its helpers, it sent no one;
            # nor beside its own state's group ("Russia's army fought alongside Wagner fighters")
            owner = None
        if owner is not None and owner.kind == "named" and owner.actor_type == "state" and owner != recipient:
            items, item_tokens = ["troops"], forces[:1]
            supplier = supplier or owner
    if "technology" not in items:  # "oil, air defence missiles and help with its satellite programme"
        known, known_tokens = _know_how([t for t in scope if t.i != anchor.i] + extra)
        if known_tokens and known_tokens[0].lemma_.lower() in {"training", "instruction"}:
            # "received instruction from U.S. Army trainers ... on the operation of the new tanks": what the
            # training is about is no cargo
            taught = known_tokens[0]
            topic = {x.i for h in [taught] + ([taught.head] if taught.dep_ == "dobj" else [])
                     for p in children(h, {"prep"}) if p.lower_ == "on" for x in p.subtree}
            if topic & {x.i for x in item_tokens}:
                items, item_tokens = _items(ctx, [x for x in item_tokens if x.i not in topic])
        items, item_tokens = items + known, item_tokens + known_tokens
    if not items:
        items, item_tokens = _generic_equipment(ctx, anchor, subj, subjpass, verbal)
    backref = _has_backref([anchor] + scope + extra, ctx.lexicon)
    # the cargo itself can be inherited only when the anchor (or its passive subject) is the
    # back-reference: "There are no such supplies", "These shipments were loaded at Rajin"
    carries = any(c.dep_ in {"det", "amod", "predet"} and c.lower_ in BACKREF_DETS for c in anchor.children) or (
        subjpass is not None and any(c.dep_ == "det" and c.lower_ in BACKREF_DETS for c in subjpass.children)
        and not children(anchor, {"dobj"}))
    if not carries:  # "a first batch had been shipped to Russia": one of the deliveries under discussion
        carriers = [anchor] if anchor.pos_ in {"NOUN", "PROPN"} else [subjpass] if subjpass is not None else children(anchor, {"dobj"})
        readied = [t for t in extra if t.dep_ == "nsubjpass"] if anchor.pos_ == "NOUN" and anchor.dep_ == "pobj" \
            and anchor.head.lower_ == "for" else []  # "a second contingent is being prepared for shipment"
        carries = any(c is not None and (c.lemma_.lower() in CARGO_NOUNS or c in readied) and any(
            m.dep_ in {"det", "amod"} and m.lower_ in SERIES_WORDS for m in c.children) for c in carriers + readied)
    if not carries and lemma in ARRIVE_VERBS and verbal and subj is not None and subj.lemma_.lower() in CARGO_NOUNS:
        # "some consignments also travelled ... to airfields near Moscow": part of the cargo under discussion
        carries = any(c.dep_ == "det" and c.lower_ in BACKREF_DETS | {"some"} for c in subj.children)
    if verbal and lemma == "follow":
        carries = True  # "more would follow": more of the goods under discussion, the same way
    backref = backref or carries
    if verbal and lemma in REFILL_VERBS:
        # "will replenish the Patriot interceptors that Germany hands over to Ukraine": the state whose
        # stock is refilled receives, not the one its stock went to (GUIDE.md: backfilling is B -> A)
        givers = [ctx.role_actor(x) for o in children(anchor, {"dobj"}) for c in children(o, {"relcl"})
                  for x in children(c, {"nsubj"})]
        recipient = next((a for a in givers if a is not None and a.kind == "named"), recipient)
    if supplier is not None and recipient is not None and supplier.label == recipient.label:
        recipient = None
    if supplier is None and verbal and any(o.i not in ctx.ent_of and o.lemma_.lower() in UNNAMED_SOURCE_NOUNS and o.tag_ == "NNS"
                                           and ctx.role_actor(o) is None
                                           for p in children(anchor, {"prep"}) if p.lower_ == "from" for o in children(p, {"pobj"})):
        return None  # "has for decades received weapons from foreign patrons": a sender the text will not name
    if recipient is None and verbal and any(o.i not in ctx.ent_of and o.lemma_.lower() in UNNAMED_PLACE_NOUNS and ctx.role_actor(o) is None
                                            and _pobj_actor(ctx, [o], {"of"}) is None  # (not "into the territory of Russia")
                                            for p in children(anchor, {"prep"}) if p.lower_ in {"into", "to"} for o in children(p, {"pobj"})):
        return None  # "Iranian components smuggled into the strip": a destination the rules cannot place, not the story's state
    # "China's support for Russia has not extended to lethal weapons": the cargo is denied
    held = anchor.dep_ == "nsubj" and not verbal and anchor.head.lemma_.lower() in CONTENT_VERBS | set(CONTENT_PREP_VERBS) \
        and is_negated(anchor.head)
    return _Transfer(anchor, supplier, recipient, items, item_tokens, _negated(anchor) or held, backref, scope, carries)


def _inverted_conditional(anchor: Token) -> bool:
    """A transfer in a condition put by inversion: "Should Russia go further and hand over
    technology ..., the threat would grow", "Were Pyongyang to send troops, ...", "Had Iran
    supplied the missiles, ...". The clause opens with the auxiliary, before its subject."""
    node = anchor
    for _ in range(4):
        if node.dep_ in {"advcl", "ccomp"}:
            first = node.doc[node.left_edge.i]
            after = node.doc[first.i + 1] if first.i + 1 < len(node.doc) else None
            return first.is_sent_start and first.lower_ in {"should", "were", "had"} and after is not None \
                and after.dep_ in {"nsubj", "nsubjpass"}
        if node.dep_ not in {"conj", "xcomp", "dobj", "pobj", "prep"} or node.head.i == node.i:
            return False
        node = node.head
    return False


# Watching verbs that regulate trade in general ("monitors exports of dual-use goods") but report
# a sighting when what is watched is counted or is a vehicle with its cargo ("we have tracked at
# least 11 trains carrying ammunition ...", "monitored 14 shipments from Rajin").
WATCH_VERBS = {"track", "monitor"}


def _counted_sighting(anchor: Token, node: Token, target: Token) -> bool:
    if target.lemma_.lower() not in WATCH_VERBS or node.dep_ != "dobj":
        return False
    return anchor.dep_ == "acl" and anchor.head.i == node.i or any(c.dep_ == "nummod" for c in node.children)


def _ruled_out(verb: Token) -> bool:
    """"Germany ruled out sending Taurus missiles": a refusal, not a denial (nor "ruled in")."""
    return verb.lemma_.lower() in {"rule", "count"} and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children) \
        and not any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)  # "cannot be ruled out" leaves it possible


# Verbs of ending a supply, which say it went on when negated.
STOP_VERBS = {"stop", "cease", "halt", "suspend", "cut", "interrupt"}


# Verbs a demand to stop a transfer uses: "urged Washington to stop arming Taiwan", "demanded that Tehran halt its deliveries".
DEMANDED_STOP_VERBS = {"stop", "halt", "cease", "end"}
# What keeps a demand from being made: "refused to urge", "was reluctant to call on"; and who made none.
REFUSING_GOVERNORS = REFUSAL_WORDS | {"neglect"}
NO_ONE = {"nobody", "none", "no-one"}


def demanded_stop(anchor: Token) -> tuple[Token, Token | None] | None:
    """The demand (and whom it is made of) when a transfer is one a claimant demands be stopped: "Beijing urged
    Washington to stop arming Taiwan", "Ukraine calls on Iran to stop the supply of weapons to the aggressor state",
    "asked the court to order Germany to halt the deliveries". Such a demand says the transfer goes on (GUIDE.md,
    settled in session 29); a warning against starting one ("warned Seoul against sending") does not, and neither does
    a question ("asked whether Berlin would stop exporting")."""
    if anchor.dep_ not in {"xcomp", "dobj"}:
        return None
    stop = anchor.head
    if stop.lemma_.lower() not in DEMANDED_STOP_VERBS or stop.pos_ != "VERB" or is_negated(stop) \
            or any(c.lower_ == "never" for c in stop.children):
        return None
    first = stop
    while first.dep_ == "conj" and first.head.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in first.children):
        first = first.head  # "calls on Seoul to stop these deliveries and to stop supplying Warsaw": the demand of the first
    if first.dep_ in {"xcomp", "advcl"}:
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in first.children):
            return None
    elif not (first.dep_ == "ccomp" and first.tag_ == "VB" and not any(
            c.dep_ == "aux" and c.lower_ != "to" or c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in first.children)):
        return None  # (the subjunctive only: "demanded that Tehran halt", "want Britain to stop"; not "would stop")
    demand = first.head
    addressee = next(iter(children(first, {"nsubj"})), None)
    if demand.lemma_.lower() == "order" and demand.dep_ == "xcomp":  # "asked the court to order Germany to halt ..."
        addressee = next(iter(children(demand, {"dobj"})), addressee)
        demand = demand.head
    if demand.lemma_.lower() not in DEMAND_VERBS | {"appeal"} or is_negated(demand):
        return None
    if any(c.dep_ == "nsubj" and (c.lower_ in NO_ONE or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
           for c in demand.children):
        return None  # "Nobody urged Pyongyang to stop sending shells": no demand made
    if demand.dep_ in {"xcomp", "pcomp"}:
        held = demand.head.head if demand.dep_ == "pcomp" and demand.head.dep_ == "prep" else demand.head
        if is_negated(held) or held.lemma_.lower() in REFUSING_GOVERNORS or held.lower_ == "short" and held.head.lemma_.lower() in {
                "stop", "fall"}:
            return None  # "Beijing refused to urge Pyongyang to stop ...", "stopped short of urging": no demand made
    if addressee is None:
        addressee = next(iter(children(demand, {"dobj"}) + [o for p in children(demand, {"prep"}) if p.lower_ in ADDRESSEE_PREPS
                                                             for o in children(p, {"pobj"})]), None)
    return demand, addressee


def _never_stopped(verb: Token) -> bool:
    """ "Washington never stopped arming the kingdom", "did not halt deliveries": the supply went on."""
    return verb.lemma_.lower() in STOP_VERBS and any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def _blocked(anchor: Token) -> bool:
    """A transfer that a governing word keeps from being claimed: "had resisted sending", "refuses
    to hand over", "strictly controlled exports", "choke off the supply", "no evidence that ... reached"."""
    if anchor.lemma_.lower() in WITHDRAWAL_WORDS:
        return False  # a demand to withdraw troops says they are there (_withdrawn_troops), unlike a call to send them
    if demanded_stop(anchor) is not None:
        return False  # "urged Washington to stop arming Taiwan": the arming goes on
    if anchor.lemma_.lower() in OFFER_VERBS and anchor.pos_ in {"VERB", "AUX"} and not any(
            t.lower_ in {"return", "exchange"} and t.head.lower_ == "in" for t in anchor.sent):
        # "China has offered Serbia more HQ-17 systems", "MBDA pitched its Meteor": an offer is no claim (GUIDE.md); what
        # is offered "in return" for goods received is a payment ("Russia is likely offering the North technical advice")
        return True
    if anchor.dep_ == "xcomp" and anchor.head.lower_ in {"ready", "willing"} and anchor.head.head.lemma_.lower() == "be" and not any(
            c.dep_ == "neg" for c in [*anchor.head.children, *anchor.head.head.children]):
        # "Ankara was ready to provide military training to the new Syrian administration": an offer (GUIDE.md), not
        # "may be getting ready to send" (a preparation)
        return True
    if anchor.dep_ == "relcl" and anchor.head.lemma_.lower() in {"company", "firm", "country", "state", "supplier", "entity", "government"} \
            and any(c.dep_ == "det" and c.lower_ in {"every", "any", "all"} for c in anchor.head.children):
        # "extend sanctions to every company that ships aviation fuel to Myanmar": whoever does, no transfer in particular
        # (not "every drone that London sends to Kiev", which says London sends drones)
        return True
    if _inverted_conditional(anchor):
        return True
    if any(c.dep_ == "det" and c.lower_ == "no" for c in anchor.children) and any(
            c.dep_ == "amod" and c.lower_ == "other" for c in anchor.children):
        return True  # "North Korea had no other significant exports to Russia": an argument, no claim either way
    if verbal_anchor(anchor) and anchor.tag_ == "VBD" and any(
            c.dep_ == "advmod" and c.lower_ in {"once", "formerly"} and c.i < anchor.i for c in anchor.children):
        return True  # "Moscow once sent Pyongyang everything from rifles to MiG fighters": history
    if any(c.lower_ == "you" for c in children(anchor, {"nsubj"})):
        return True  # generic "you": "you don't get several million shells out of thin air"
    if anchor.dep_ == "nsubj" and anchor.pos_ == "NOUN" and anchor.head.lemma_.lower() == "be" and any(
            c.dep_ in {"acomp", "attr"} and c.lower_ == "subject" for c in anchor.head.children):
        return True  # "Beijing says its arms exports are subject to strict controls": a policy, no transfer
    if anchor.dep_ in {"nsubj", "nsubjpass"} and anchor.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ in {"any", "the", "a", "an", "such"} for c in anchor.children) and anchor.head.lemma_.lower() == "be" and any(
            c.dep_ == "aux" and c.lower_ in {"would", "could", "might"} for c in anchor.head.children):
        return True  # "Any transfer of Iranian missiles to Russia would be a dramatic escalation": a hypothetical
    if (anchor.dep_ in {"csubj", "nsubj"} or anchor.dep_ == "advcl" and anchor.i < anchor.head.i and anchor.head.lemma_ == "be"
            and not children(anchor, {"mark", "nsubj"})) and anchor.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lower_ in {"would", "could", "might"} for c in anchor.head.children):
        return True  # "buying Chinese weapons could expose it to sanctions": a hypothetical
    if verbal_anchor(anchor) and any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "wo", "'ll", "would"} for c in anchor.children) \
            and (is_negated(anchor) or any(c.lower_ == "never" for c in anchor.children) or any(
                d.dep_ == "det" and d.lower_ == "no" for s in children(anchor, {"nsubj"}) for d in s.children)):
        # "Belarusian soldiers will not fight in Ukraine", "no Belarusian soldier will fight in
        # Ukraine": a pledge about the future, not a denial
        return True
    if anchor.dep_ == "xcomp" and anchor.head.lemma_.lower() in {"promise", "pledge", "vow", "agree", "undertake"} and is_negated(anchor):
        return True  # "Iran had promised not to supply ballistic missiles to Russia": a pledge, not a denial
    if anchor.dep_ in {"nsubjpass", "nsubj"} and anchor.head.lemma_.lower() in SIGHTING_VERBS and (
            any(c.dep_ == "det" and c.lower_ == "no" for c in anchor.children) or is_negated(anchor.head)):
        return True  # "No new deliveries have been spotted since January": absence of sightings, not a denial
    node = anchor
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in node.children):
            return True  # "if such a deployment did take place": a hypothetical
        if any(c.dep_ == "aux" and c.lower_ in {"would", "could", "might", "'d"} for c in node.children) and any(
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
                for c in node.children):
            return True  # "Germany would deliver more Patriots only if other allies contributed": a condition's outcome
        if node.lemma_.lower() in HYPOTHETICAL_NOUNS and any(c.dep_ == "det" and c.lower_ in {"any", "a", "an"} for c in node.children) \
                and any(c.dep_ == "aux" and c.lower_ in {"would", "could", "might"} for c in node.head.children):
            return True  # "any decision by North Korea to start providing ... would be watched"
        if node.lemma_.lower() in HYPOTHETICAL_NOUNS and node.dep_ in {"dobj", "nsubjpass"} and node.head.lemma_.lower() in ABANDON_VERBS:
            return True  # "The White House shelved plans to send F-16s to Ukraine"
        head = node.head
        if head.i == node.i:
            return False
        if head.lemma_.lower() in PERCEPTION_VERBS and (
                any(c.dep_ == "neg" for c in head.children) or any(c.lower_ in {"never", "no"} for c in head.children)):
            return True  # "we have not seen China provide ...", "never observed"
        if node.dep_ == "advcl" and node.tag_ == "VBG" and _ruled_out(head) and not any(
                c.dep_ in {"nsubj", "mark"} for c in node.children):
            return True  # "Greece has ruled out sending its S-300 systems" (the parser hangs the gerund as advcl)
        if node.dep_ == "pcomp" and head.lower_ == "against" and head.head.lemma_.lower() in {"warn", "caution", "advise", "urge"}:
            return True  # "Washington warned Beijing against supplying weapons to Russia"
        if node.dep_ == "ccomp" and any(c.dep_ in {"attr", "nsubj", "dobj"} and c.lemma_.lower() in EVIDENCE_NOUNS and any(
                d.lower_ in {"no", "little"} for d in c.children) for c in head.children):
            return True  # "there was no sign yet that Iranian missiles had reached Russia"
        if node.dep_ in {"xcomp", "pcomp", "dobj", "acomp", "nsubjpass"} or (node.dep_ == "pobj" and head.dep_ == "prep"):
            # (a gerund after "from" or "on" is governed by the ban the preposition hangs on: "barred from selling",
            # "a ban on supplying"; not "sanctioned for supplying", "pressed on with supplying")
            banned = node.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in {"from", "on"} \
                and head.head.lemma_.lower() in BAN_WORDS
            target = head.head if node.dep_ == "pobj" or banned else head
            if node.dep_ == "pobj" and target.lemma_.lower() in {"comment", "speculate"} and is_negated(target):
                return True  # "he could not comment on reports that North Korea had sent troops": a refusal
            if target.lemma_.lower() in OPTION_VERBS and (_as_option(anchor) or target.lemma_.lower() in TALK_VERBS):
                return True  # ("discussed with Manila the transfer of six used destroyers": talks, not a transfer)
            if target.lemma_.lower() == "call" and node.dep_ in {"xcomp", "advcl"} and any(
                    p.lower_ in {"on", "upon"} for p in children(target, {"prep"})):
                return True  # "We call on relevant countries not to sell weapons to the Taiwan region": a demand
            if (target.lemma_.lower() in BLOCKING_GOVERNORS or _ruled_out(target)) and not _counted_sighting(anchor, node, target) \
                    and not _never_stopped(target) and not (target.dep_ == "dobj" and target.head.lemma_.lower() in LIFTING_VERBS):
                # (not a ban that is lifted: "lifted its ban on selling offensive weapons to Saudi Arabia")
                return True
            if node.dep_ == "pobj" and head.lower_ == "for" and any(
                    c.lemma_.lower() in PAPER_NOUNS for c in children(target, {"nsubjpass", "dobj"})):
                return True  # "no permit had been issued for the export of any arms"
        if node.dep_ == "acl" and node.tag_ == "VB" and head.pos_ == "NOUN" and head.lemma_.lower() in WISH_NOUNS:
            return True  # "Turkey's wish to buy 40 Eurofighter Typhoons", "its bid to acquire"
        if node.dep_ == "acl" and node.tag_ == "VB" and head.pos_ == "NOUN" and head.lemma_.lower() in REQUEST_NOUNS \
                and head.dep_ in {"dobj", "nsubjpass"} and head.head.lemma_.lower() in REJECT_VERBS:
            return True  # "rejected requests from Germany ... to pass on Swiss war material to Ukraine": refused
        if node.dep_ == "pcomp" and head.lower_ == "of" and head.head.lemma_.lower() in WISH_NOUNS | {"target", "goal", "aim", "objective"}:
            return True  # "its target of exporting $5 billion of defence equipment": an aim, no transfer
        if any(c.dep_ == "amod" and c.lemma_.lower() in BLOCKING_GOVERNORS for c in node.children):
            return True  # "strictly controlled exports"
        if head.lemma_.lower() in EVIDENCE_NOUNS and any(c.lower_ in {"no", "little"} for c in head.children):
            return True
        if head.lemma_.lower() in EVIDENCE_NOUNS and head.dep_ == "pobj" and head.head.lower_ == "for" \
                and head.head.head.lemma_.lower() in SEARCH_VERBS:
            return True  # "watching for signs that Moscow would hand over technology": a search, no claim
        if node.dep_ not in {"pobj", "prep", "pcomp", "ccomp", "acl", "xcomp"} and not (
                node.dep_ == "conj" and node.tag_ == "VBG" and head.tag_ == "VBG"):
            return False  # (through a gerund conjunct to the first: "barred from buying or selling arms")
        node = head
    return False


def _as_option(anchor: Token) -> bool:
    """Whether a transfer is named as an option one could take ("buying", "to buy", "a possible sale"), not
    as one that happened ("the delivery of", "the shells South Korea sold")."""
    if anchor.pos_ in {"VERB", "AUX"}:
        return anchor.tag_ in {"VB", "VBG"}
    return not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"}
                   for c in anchor.children)


def _acl_doer(token: Token) -> Token:
    """Who does what a participle on a noun says: its head ("troops fighting for Russia"), or the
    people an allegation noun is about when the parser hangs the participle on it ("stories of
    DPRK soldiers fighting for Russia")."""
    head = token.head
    if head.lemma_.lower() in ALLEGATION_NOUNS:
        for prep in children(head, {"prep"}):
            if prep.lower_ == "of":
                for pobj in children(prep, {"pobj"}):
                    if pobj.i < token.i:
                        return pobj
    return head


def _sighted_troops(verb: Token) -> Token | None:
    """Foreign troops seen somewhere: "intelligence had identified North Korean units in the Kursk
    region", "spotted DPRK soldiers at a base near ...". The troops seen (with a place "in" or "at")
    are troops present there, as "11,000 North Korean soldiers are in the Kursk region" is; an
    unseen one ("we have not seen ...") is absence of evidence, no claim."""
    if verb.lemma_.lower() not in PERCEPTION_VERBS or is_negated(verb) or not (verb.pos_ == "VERB" or verb.tag_.startswith("VB")):
        return None
    for obj in children(verb, {"dobj"}):
        if obj.lemma_.lower() not in (TROOP_LEMMAS - {"man", "officer"}) | UNIT_NOUNS:
            continue
        if any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
            continue
        if any(c.dep_ == "prep" and c.lower_ in {"in", "at", "inside"} for h in (obj, verb) for c in h.children):
            return obj
    return None


def _follows_on(verb: Token) -> bool:
    """Goods that come after those delivered: "more would follow", "The remaining eight will follow
    before the end of the year", "more HQ-9B batteries were likely to follow" (intransitive, with
    goods or a count of them as subject; not "followed the case", "the days that followed")."""
    if children(verb, {"dobj", "agent", "nsubjpass"}) or verb.dep_ in {"relcl", "acl", "amod"}:
        return False
    if verb.tag_ in {"VBZ", "VBP"} and not children(verb, {"aux"}):
        return False  # "More follows.": more text, as pages say
    subj = next(iter(children(verb, {"nsubj"})), None)
    if subj is None and verb.dep_ == "xcomp":
        subj = _raised_subject(verb)
    if subj is None or subj.ent_type_ in {"PERSON", "ORG", "GPE", "NORP", "DATE", "TIME"}:
        return False
    return subj.pos_ != "PRON" or subj.lower_ in {"they", "some", "more", "others"}


def _raised_subject(token: Token) -> Token | None:
    """The subject of the clause an infinitive hangs from: "troops are likely to have been deployed"
    (through the adjective), "troops are expected to be sent", "soldiers began to fight"."""
    controller = token.head.head if token.head.dep_ == "acomp" else token.head
    return next(iter(children(controller, {"nsubj"}) or children(controller, {"nsubjpass"})), None)


def _artillery_pieces(noun: Token) -> bool:
    """"200 artillery pieces" are guns, not remains."""
    return noun.lemma_.lower() == "piece" and any(c.lower_ == "artillery" for c in noun.children)


def _counts_cargo(noun: Token) -> bool:
    """"a limited number of drones": a count of a cargo is the cargo, not information about it."""
    return noun.lemma_.lower() in QUANTITY_NOUNS and any(
        p.lower_ == "of" and any(o.tag_ in {"NNS", "NNPS"} and o.lemma_.lower() not in NOT_CARGO
                                 for o in children(p, {"pobj"})) for p in children(noun, {"prep"}))


def _direct_cargo(verb: Token, subjpass: Token | None) -> list[Token]:
    """What a transfer verb moves, as its grammar says: the passive subject, the objects, and the noun
    its participle describes ("the units sent to Russia")."""
    described = [verb.head] if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in {"NOUN", "PROPN"} else []
    return ([subjpass] if subjpass is not None else []) + children(verb, {"dobj"}) + described


# Words for kit that say nothing of what it is: cargo of a transfer only as its direct object or
# subject ("delivered equipment to the Russian army", "the vehicles arrived in Russia"), and then
# military equipment of some kind.
GENERIC_EQUIPMENT = {"equipment", "hardware", "vehicle", "aircraft", "gear", "cutter", "arsenal"}
# Of those, words too vague to be the cargo when "the" refers back to it ("delivered the equipment"); "the
# vehicles were delivered" names a kind of kit, military in a story about arms.
VAGUE_KIT = {"equipment", "hardware", "gear"}
# Platforms that are as often civilian ("a ship carrying gasoline", "20 trucks for road-building", "a banking
# system"): military kit only with a military word or a weapon near them (_military_platform: "two patrol ships").
PLATFORM_WORDS = {"ship", "boat", "vessel", "jeep", "truck", "plane", "jet", "system"}
MILITARY_MODIFIERS = {"military", "naval", "navy", "patrol", "combat", "armed", "army", "missile", "defence", "defense", "war",
                      "attack", "fighter", "coast", "guard", "armoured", "armored", "weapon", "weapons", "tactical", "troop",
                      "landing", "amphibious", "artillery", "radar", "surveillance", "interceptor", "strike", "stealth",
                      "littoral"}
# Civilian cargo that makes a platform civilian: "a ship carrying gasoline", "trucks for road-building".
CIVILIAN_CARGO = {"gasoline", "petrol", "fuel", "oil", "diesel", "grain", "wheat", "food", "passenger", "tourist", "vaccine",
                  "medicine", "coal", "fertiliser", "fertilizer", "road", "banking", "humanitarian", "relief", "car"}


def _military_platform(ctx: Context, token: Token) -> bool:
    """Whether a ship, truck, plane or system moved is military kit: a military word or a weapon's name on
    it ("patrol ships", "Patriot systems"), else a weapon named in its sentence or the one before, with no
    civilian cargo in the sentence."""
    left = [x for x in token.subtree if x.i < token.i]
    if any(x.lower_ in MILITARY_MODIFIERS for x in left) or ctx.lexicon.match_items(left):
        return True
    sent = token.sent
    if any(x.lemma_.lower() in CIVILIAN_CARGO | CIVILIAN_WORDS for x in sent):
        return False
    before = token.doc[sent.start - 1].sent if sent.start > 0 else None
    words = [x for s in ([before] if before is not None else []) + [sent] for x in s if x.i != token.i]
    return any(label not in {"other"} for label, _, _ in ctx.lexicon.match_items(words))


def _generic_equipment(ctx: Context, anchor: Token, subj: Token | None, subjpass: Token | None, verbal: bool) -> tuple[list[str], list[Token]]:
    lemma = anchor.lemma_.lower()
    if verbal and lemma in SUPPLY_VERBS | RECEIVE_VERBS:
        cargo = _direct_cargo(anchor, subjpass)
    elif verbal and lemma in ARRIVE_VERBS:
        cargo = [subj] if subj is not None else []
    elif not verbal and lemma in TRANSFER_NOUNS:
        cargo = _of_nouns(anchor)
    else:
        return [], []
    # "$18.6 billion worth of equipment", "about $7 billion in equipment": the kit the sum is of
    cargo = cargo + [p for t in cargo for prep in children(t, {"prep"})
                     if (t.lower_, prep.lower_) == ("worth", "of") or t.ent_type_ == "MONEY" and prep.lower_ in {"of", "in"}
                     for p in children(prep, {"pobj"})]
    for t in cargo:
        if t.lemma_.lower() == "fighter" and ctx.lexicon.match_items([x for x in t.subtree if x.i < t.i]):
            return ["munitions"], [t]  # "24 F-35 fighters", not bare "fighters" (men as often as jets)
        if t.lemma_.lower() in PLATFORM_WORDS and not _military_platform(ctx, t):
            continue
        if _serves_weapons(t):
            return ["technology"], [t]  # "missile-applicable equipment": goods for an arms industry (GUIDE.md)
        if t.lemma_.lower() in GENERIC_EQUIPMENT | PLATFORM_WORDS and not any(
                c.dep_ == "det" and (c.lower_ in DEMONSTRATIVES or (c.lower_ in BACKREF_DETS and t.lemma_.lower() in VAGUE_KIT))
                for c in t.children) and not any(
                c.dep_ in {"amod", "compound"} and c.lower_ in CIVILIAN_WORDS for c in t.children):
            return ["munitions"], [t]
    # a weapon known only by its model name: "six more Caesars", "a battery of Patriots", "the first
    # batch of Storm Shadows from Britain reached Ukraine"
    cargo = cargo + [p for t in cargo if t.lemma_.lower() in QUANTITY_WORDS | MODEL_COUNTERS | PART_WORDS for p in _of_nouns(t)]
    for t in cargo:
        label = _model_name(ctx, t)
        if label is not None:
            return [label], [t]
    parts = [t for t in cargo if t.lemma_.lower() in {"part", "component"} and not any(
        c.dep_ in {"amod", "compound"} and c.lower_ in CIVILIAN_WORDS for c in t.children) and not _civilian_use(t)]
    if parts and not (anchor.dep_ == "acl" and anchor.head.lemma_.lower() in ALLEGATION_NOUNS):
        # "British components continue to reach Israel" in a sentence on the F-35: parts of the kit it names (not in a
        # claim the sentence goes on to call false: "the claim that Chinese companies are supplying aircraft parts is ...")
        named = {label for label, _, _ in ctx.lexicon.match_items([x for x in anchor.sent if not x.is_space])} - {"troops", "technology"}
        if named:  # (parts of drones are "other" like the drones, parts of missiles or jets munitions: GUIDE.md)
            return ["other" if named == {"other"} else "munitions"], parts[:1]
    return [], []


# Nouns that count or group what follows "of": "a battery of Patriots", "two battalions of Leopard 2s".
MODEL_COUNTERS = {"battery", "battalion", "squadron", "fleet", "shipment", "consignment", "delivery", "tranche", "set", "batch",
                  "pair", "couple", "handful", "lot", "package", "company", "platoon"}
# Plural names of people, not of kit: "sent Marines to the island".
NAMED_PEOPLE = {"marines", "rangers", "seals", "gurkhas", "spetsnaz", "cossacks", "chechens", "kadyrovites"}


def _model_name(ctx: Context, token: Token) -> str | None:
    """The item category of a capitalised name the gazetteer and item list do not know, written as
    weapons are named: a designation with a number ("PzH 2000s", "Bulsae-4s", "Leopard 2A4s", "AMX-10
    RCs"), a plural name ("Storm Shadows", "Lancets"), or a name counted ("18 Krabs", "a fourth
    IRIS-T SLM"). "munitions" unless its family is known ("Shahed-238s" are drones, "other"). Not an
    actor, a person or a place, and not "the ..." (the cargo named before is meant)."""
    if token.i in ctx.ent_of and is_ship_name(ctx.ent_of[token.i]):
        return "munitions"  # "handed over INS Kirpan to Vietnam": a warship
    if ctx.known(token) is not None or token.lower_ in NAMED_PEOPLE or token.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"}:
        return None
    name = _name_tokens(token)
    if any(ctx.known(c) is not None for c in name) or not any(t.text[:1].isupper() for t in name):
        return None
    family = ctx.lexicon.model_family(" ".join(t.text for t in sorted(name, key=lambda t: t.i)))
    if family is None and any(c.dep_ == "det" and c.lower_ in BACKREF_DETS for c in token.children) and not any(
            c.dep_ == "amod" and (c.lower_ in SERIES_WORDS or "-" in c.text) for c in token.children):
        return None  # "The Bulsae-4s were shipped ...": the cargo named before says what they are
    family = family or "munitions"
    if designation(token):
        return family
    if token.pos_ != "PROPN" and not token.text[:1].isupper():
        return None
    counted = is_counted(token) or any(c.dep_ == "amod" and c.ent_type_ == "ORDINAL" for c in token.children) or (
        token.dep_ == "pobj" and token.head.lower_ == "of")
    plural = token.tag_ in {"NNPS", "NNS"} or (token.text.endswith("s") and not token.text.endswith("ss"))
    return family if counted or plural else None


def _name_tokens(token: Token) -> list[Token]:
    """A model's name: the word and the compound or number just before it ("PzH 2000s", "Leopard 2A4s")."""
    return [c for c in token.children if c.dep_ in {"compound", "nummod"} and c.i > token.i - 3] + [token]


def designation(token: Token) -> bool:
    """A model designation with a number: "Bulsae-4s", "Leopard 2A4s", "PzH 2000s", "Skyranger 35s"."""
    name = _name_tokens(token)
    if not any(t.text[:1].isupper() for t in name):
        return False
    return any(any(ch.isdigit() for ch in t.text) and any(ch.isalpha() for ch in t.text) for t in name) or (
        token.tag_ == "CD" and any(c.dep_ == "compound" and c.text[:1].isupper() for c in token.children))


# Aircraft that are themselves the goods when they land: "fighter jets", "attack helicopters"
# (a cargo plane or transport aircraft that lands only carries them).
COMBAT_AIRCRAFT = {"jet", "fighter", "helicopter", "warplane", "bomber"}
AIRCRAFT_ROLES = {"fighter", "combat", "attack", "trainer", "strike"}


def _thanked_for_goods(verb: Token) -> list[Token]:
    """What someone is thanked for when it is goods, not a deed ("thanked Iran for the weapons", for "the missiles and
    the money"; "for sending troops" is read on "sending")."""
    if verb.lemma_.lower() != "thank" or verb.pos_ != "VERB" or not children(verb, {"dobj"}):
        return []
    # (not aid or help, whose clause may say what it is: "for its Official Security Assistance, under which ...")
    return [p for prep in children(verb, {"prep"}) if prep.lower_ == "for" for p in children(prep, {"pobj"})
            if p.pos_ in {"NOUN", "PROPN"} and p.lemma_.lower() not in AID_NOUNS | KNOW_HOW_NOUNS
            and not children(p, {"relcl", "acl"})]


def _thanks(ctx: Context, verb: Token) -> _Transfer | None:
    """"Hamas's own leaders have thanked Iran for the weapons": the one thanked gave the goods to the thanker's side
    (the state or armed group the thanker speaks for)."""
    goods = _thanked_for_goods(verb)
    scope = [t for g in goods for t in g.subtree]
    items, item_tokens = _items(ctx, scope)
    giver = next((a for o in children(verb, {"dobj"}) for a in [ctx.as_party(ctx.role_actor(o), supplying=True)]
                  if a is not None and a.kind == "named"), None)
    subject = subject_of(verb)
    taker = ctx.claimant_from(subject) if subject is not None else None
    if not items or giver is None or taker is None or taker.kind != "named" or taker.actor_type not in {"state", "armed group"} \
            or taker.label == giver.label:
        return None
    # (read from the goods, so that the thanks attribute the claim to the thanker as a verb of praise does)
    return _Transfer(goods[0], giver, taker, items, item_tokens, _negated(verb), False, scope)


def _landing_kit(verb: Token) -> Token | None:
    """The combat aircraft that land ("six Rafale fighter aircraft landed at Tanagra"), not a
    carrier ("a cargo plane landed in Niamey")."""
    for subj in children(verb, {"nsubj"}) or ([verb.head] if verb.dep_ == "acl" and verb.tag_ == "VBG" else []):
        mods = {c.lemma_.lower() for c in subj.children if c.dep_ in {"compound", "amod"}}
        if mods & CARRIER_WORDS:
            return None
        if subj.lemma_.lower() in COMBAT_AIRCRAFT or (subj.lemma_.lower() == "aircraft" and mods & AIRCRAFT_ROLES):
            return subj
    return None


def _landing_state(ctx: Context, verb: Token, aircraft: Token) -> Actor | None:
    """Whose the landed aircraft now are: a state named where they landed ("at Hamadan air base in
    Iran"), else their owner ("Greece's 24 Rafales", "aircraft of the Hellenic Air Force")."""
    for prep in children(verb, {"prep"}):
        if prep.lower_ in {"at", "in"}:
            for t in prep.subtree:
                found = ctx.known(t)
                if found is not None and found.actor_type == "state":
                    return found
    owners = children(aircraft, {"poss"}) + [p for prep in children(aircraft, {"prep"}) if prep.lower_ == "of"
                                            for p in children(prep, {"pobj"})]
    for owner in owners:
        found = ctx.known(owner)
        if found is not None and found.actor_type == "state":
            return found
    return None


def _is_anchor(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if lemma in WITHDRAWAL_WORDS:
        return _withdrawn_troops(token) is not None  # "called on Rwanda to withdraw its troops from eastern Congo"
    if lemma in HELD_ABROAD_VERBS and _troops_held_abroad(token) is not None:
        return True  # "Burundi, which has some 10,000 troops in eastern Congo"
    if _taken_in(token):
        return True  # "Qatar has 24 Rafale fighters on order from France", "took 12 Typhoons from Britain"
    if lemma in LICENSING_VERBS:
        # "Britain has licensed £4.7bn of arms to Saudi Arabia": a named licensor and a buyer after "to" (not
        # "Governments that license components to Israel", nor "strictly licenses arms exports")
        goods = [g for d in children(token, {"dobj"}) for g in [d] + [p for of in children(d, {"prep"}) if of.lower_ == "of"
                                                                    for p in children(of, {"pobj"})]]
        return token.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "to" and children(c, {"pobj"})
                                            for h in [token] + goods for c in h.children) \
            and not any(c.dep_ == "nsubj" and (c.tag_ == "NNS" or c.tag_ in {"WDT", "WP"} and token.dep_ == "relcl"
                                               and token.head.tag_ == "NNS") for c in token.children)
    if _made_available(token):
        return True  # "Germany will make Leopard 2 battle tanks available to Ukraine"
    if _thanked_for_goods(token):
        return True  # "Hamas's own leaders have thanked Iran for the weapons"
    if _owner_of_made(token) is not None:
        return True  # "Ukraine's U.S.-made Patriot batteries"
    if token.pos_ in {"ADJ", "VERB"} and token.lower_ in DESTINED_WORDS:
        return any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children)
    if token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB"):
        if lemma in DEPART_VERBS:  # "left Belarusian depots for Russia"
            return any(c.dep_ == "prep" and c.lower_ in {"for", "to", "toward", "towards"}
                       for h in [token] + children(token, {"dobj"}) for c in h.children)
        if lemma in DEPEND_VERBS:  # "the plant has relied on Iranian technical help"
            return any(c.dep_ == "prep" and c.lower_ in {"on", "upon"} and children(c, {"pobj"}) for c in token.children)
        if _helper(token) is not None:
            return True  # "building its own ballistic missiles with Chinese help"
        if lemma == "make":  # "North Korean shells now make up about half of the ammunition Russia fires"
            return _use_share(token) is not None or _licensed_kit(token) is not None  # (or "made under licence from")
        if lemma in PRODUCE_VERBS and _licensed_kit(token) is not None:
            return True  # "Kazakhstan agreed to assemble Turkish Anka drones": a foreign design made at home
        if lemma in PRODUCE_VERBS:  # "producing whole drones for the Russian army": for a named buyer
            return bool(children(token, {"dobj"})) and any(
                prep.lower_ == "for" and any(p.ent_type_ in {"GPE", "NORP", "ORG"} or any(
                    c.ent_type_ in {"GPE", "NORP"} for c in p.children) for p in children(prep, {"pobj"}))
                for h in [token] + children(token, {"dobj"}) for prep in children(h, {"prep"}))
        if lemma in ORIGIN_VERBS:  # "half of Russia's artillery shells came from North Korea"
            return _origin_subject(token) is not None and any(c.dep_ == "prep" and c.lower_ == "from" for c in token.children)
        if lemma in SENDING_PRESENCE and children(token, {"dobj"}):
            return True  # "has deployed some 11,000 soldiers to the Kursk region"
        if lemma == "follow":
            return _follows_on(token)
        if _trainees(token) is not None:
            return True  # "Russian crews were trained on the system in Iran"
        if lemma == "join":  # "soldiers ... to join Russian forces"
            who, joined = _joiners(token)
            return who is not None and joined is not None and who.lemma_.lower() in TROOP_LEMMAS | UNIT_NOUNS and (
                joined.lemma_.lower() in FORCE_NOUNS or _ally(joined) is not None)
        if _sighted_troops(token) is not None:
            return True  # "had identified North Korean units in the Kursk region"
        if lemma == "land" and _landing_kit(token) is not None:
            return True  # "the first Russian Su-35 fighter jets landed at Hamadan air base in Iran"
        if lemma == "be" and _due(token):
            return True  # "a further batch of Chinese drones was due very soon": cargo expected to arrive
        if lemma in PRESENCE_VERBS:
            # only troops present somewhere: "soldiers are now in the Kursk region", "soldiers have
            # begun fighting in ...", "troops had been deployed there by Pyongyang"
            subj = next(iter(children(token, {"nsubj", "nsubjpass"})), None)
            if subj is not None and subj.is_upper and len(subj) > 2 and children(subj, {"appos"}):
                subj = children(subj, {"appos"})[0]  # "BUKAVU — Burundian soldiers have been fighting ...": past the dateline
            if subj is not None and subj.lower_ in {"who", "that", "which"} and token.dep_ == "relcl":
                subj = token.head  # "soldiers who had fought beside Russian units"
            if subj is None and token.dep_ == "conj" and token.head.pos_ in {"VERB", "AUX"} and any(
                    c.dep_ == "prep" and c.lower_ in {"alongside", "beside"} for c in token.children):
                subj = next(iter(children(token.head, {"nsubj", "nsubjpass"})), None)  # "crossed the border ... and have fought alongside"
            if subj is None and token.dep_ == "xcomp":
                subj = _raised_subject(token)
            if subj is None and token.dep_ == "acl" and token.tag_ == "VBG" and token.head.pos_ == "NOUN":
                subj = _acl_doer(token)  # "stories of DPRK troops fighting for Russia"
            if subj is not None and subj.lower_ == "there" and subj.dep_ in {"expl", "nsubj"}:
                subj = next(iter(children(token, {"attr"})), None)  # "there are DPRK troops in Russia"
            elif subj is None and children(token, {"expl"}):
                subj = next(iter(children(token, {"attr"})), None)
            if subj is not None and subj.lemma_.lower() in QUANTITY_NOUNS:
                subj = next((o for p in children(subj, {"prep"}) if p.lower_ == "of" for o in children(p, {"pobj"})),
                            subj)  # "thousands of North Korean troops are stationed in Kursk"
            if lemma == "train" and children(token, {"nsubjpass"}):
                return False  # "dozens of Russian personnel had been trained in Iran": taught there, not sent
            if lemma == "deploy" and subj is not None and any(c.dep_ in {"agent", "advmod"} for c in token.children):
                return subj.lemma_.lower() in {"soldier", "troop", "serviceman", "personnel"}
            troop_words = {"soldier", "troop", "serviceman", "personnel", "infantryman", "infantry", "officer", "mercenary"} | UNIT_NOUNS \
                | ({"force", "forces"} if lemma in {"deploy", "commit", "post"} else set()) \
                | (STATE_FORCE_WORDS if lemma in {"fight", "serve"} and any(
                    c.dep_ == "prep" and c.lower_ in {"alongside", "beside"} for c in token.children) else set())
            # ("Egyptian forces will deploy to Somalia", "Eritrean forces fought alongside Ethiopian troops")
            if subj is not None and _in_service(token) is not None:
                return True  # "Chinese HQ-9B launchers are now in Algerian service": goods that have changed hands
            if subj is not None and lemma in {"be", "remain"} and _foreign_goods_in_state(token, subj):
                return True  # "the first Danish and Dutch jets were in Ukraine"
            if subj is None or (subj.lemma_.lower() not in troop_words and _fighters(subj, groups=True) != "troops"):
                return False
            preps = {"in", "at", "inside", "alongside", "beside", "for"} | ({"to"} if lemma in {"commit", "deploy", "post"} else set()) \
                | ({"with", "into"} if lemma in SERVING_VERBS else set())
            holders = [token] + ([subj] if children(token, {"expl"}) else []) \
                + (_hedge_complements(token) if lemma == "be" else [])  # "there are DPRK troops in Russia"
            return any(c.dep_ == "prep" and (c.lower_ in preps or _on_soil(c)) for h in holders for c in h.children)
        if lemma in USE_VERBS and token.dep_ == "acl" and not children(token, {"agent"}):
            return False  # "of 24 such missiles launched between Dec. 27 and Feb. 7": describes the missiles
        if lemma in USE_VERBS and any(c.dep_ == "aux" and c.lower_ in {"will", "would", "shall", "'ll"} for c in token.children):
            return False  # "these troops will be used in combat": a prediction of use, not a transfer
        if lemma in USE_VERBS and any(c.dep_ == "prt" and c.lower_ in {"down", "up"} for c in token.children):
            return False  # "shot down 300 of the drones": destroyed, not used
        if lemma == "contribute" and any(o.pos_ == "NUM" or any(c.ent_type_ == "MONEY" for c in o.subtree)
                                         for o in children(token, {"dobj"})):
            return False  # "propose that Sweden contribute SEK 20 million to NATO's assistance package": money
        if lemma in {"give", "offer", "provide", "pass", "supply", "furnish"} and any(
                c.lemma_.lower() in NOT_CARGO and not _counts_cargo(c) for c in children(token, {"dobj"})
                + [o for p in children(token, {"prep"}) if p.lower_ == "with" for o in children(p, {"pobj"})]):
            # (and "provided the Panel with a list of serial numbers")
            return False  # "He gave no figure for the number of rounds", "offered no detail", "provided no evidence"
        if lemma in SUPPLY_VERBS and any(c.lemma_.lower() in REMAINS_NOUNS and not _artillery_pieces(c) for c in children(token, {"dobj", "nsubjpass"})):
            return False  # "sent fragments of one missile to researchers"
        if lemma in SERVICE_VERBS:
            return _servicing_experts(token) is not None
        if lemma == "account":  # "Germany accounted for about 30 percent of Israel's imports of major arms"
            return _import_share(token) is not None
        if lemma == "sign":  # "signed a contract for TB2 drones", "signed for Akinci drones": a purchase
            return any(p.lower_ == "for" and children(p, {"pobj"}) for h in [token] + [
                d for d in children(token, {"dobj"}) if d.lemma_.lower() in CONTRACT_NOUNS] for p in children(h, {"prep", "dative"}))
        if lemma == "order":  # "Russia has ordered 1,700 drones from Iran": a purchase with its source,
            # or of a counted object ("Indonesia ordered 42 Rafale fighters"), not "ordered troops to advance"
            return any(c.dep_ == "prep" and c.lower_ == "from" for h in _with_of([token] + children(token, {"dobj"})) for c in h.children) or (
                not children(token, {"xcomp", "ccomp", "oprd"}) and any(
                    (children(d, {"nummod"}) or d.lemma_.lower() in {"batch", "tranche", "consignment"}
                     or any(c.lower_ in {"more", "additional", "further"} for c in d.children)
                     # (or of foreign or named kit: "ordered Turkish drones", "has ordered Akinci drones")
                     or (any(c.dep_ in {"amod", "compound"} and (c.ent_type_ == "NORP" or c.pos_ == "PROPN") for c in d.children)
                         and d.lemma_.lower() not in TROOP_LEMMAS | UNIT_NOUNS | STATE_FORCE_WORDS
                         and not any(c.lower_ in {"out", "home", "back", "off", "away"} for c in token.children)))
                    and not children(d, {"acl", "relcl"}) for d in children(token, {"dobj"})))
            # (and "order a further batch of Gripens", "order more THAAD interceptors")
        if lemma in HAND_VERBS:  # "put in Russian hands", "put aboard the vessel" (loaded)
            return bool(children(token, {"dobj", "nsubjpass"})) and (bool(_hands(token)) or any(
                c.dep_ == "prep" and c.lower_ in {"aboard", "onto"} for c in token.children))
        if lemma in {"bring", "put", "press"} and any(
                c.dep_ == "prep" and c.lower_ == "into" and (c.head.i == token.i or c.head.dep_ == "relcl")
                and any(o.lemma_.lower() in {"service", "operation", "use", "action"} for o in children(c, {"pobj"}))
                for c in token.subtree):
            return False  # "Kyiv should first bring the F-16s it has been promised into service": fielded, not sent
            # (the parser may hang "into service" on the relative clause)
        if lemma == "bring" and any(c.lemma_.lower() in TALLY_NOUNS and not children(c, {"compound", "amod"})
                                    and any(t.lower_ == "to" and t.i > c.i for t in token.subtree) for c in children(token, {"dobj"})):
            return False  # "bringing the number delivered under last year's agreements to 54": a running total
        if token.dep_ == "acl" and token.head.lemma_.lower() in TALLY_NOUNS - {"fleet"}:
            return False  # ("the number delivered"): the count of a transfer told elsewhere
        if lemma in {"carry", "hand", "pass"} and any(c.dep_ == "prt" and c.lower_ in {"out"} for c in token.children):
            return False  # "is being carried out": performed, not carried
        if lemma in RECEIVE_VERBS and any(c.lemma_.lower() in NOT_CARGO | {"report", "assurance", "request", "complaint"}
                                          for c in children(token, {"dobj"})):
            return False  # "The Panel also received information that ... delivered fuel and military supplies"
        if lemma in RECEIVE_VERBS and not children(token, {"dobj", "nsubjpass", "dative"}) and token.dep_ not in {"relcl", "acl"}:
            return False  # "get into the specifics": nothing received
        if lemma == "fly" and _flown_kit(token):
            return True  # "Mali's army has been flying Turkish drones since 2022": use of what a maker supplied
        if lemma == "fly":  # cargo flown somewhere, not "helping Russian forces fly those drones"
            # ("shells were being flown to Ukraine", "drones flown to Russia": the cargo as passive subject or head)
            if not children(token, {"dobj"}):
                return (bool(children(token, {"nsubjpass"})) or (token.dep_ == "acl" and token.tag_ == "VBN")) and any(
                    c.dep_ == "prep" and c.lower_ == "to" and any(p.ent_type_ == "GPE" for p in children(c, {"pobj"}))
                    for c in token.children)
            return any(c.dep_ == "prep" and c.lower_ in TO_PREPS for c in token.children)
        if lemma in {"reward", "repay", "compensate"}:  # in kind, not "rewarding Pyongyang for its troops"
            return any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
        if lemma == "pay":  # payment in kind ("paying with technology", "pays Pyongyang with oil"), or for cargo
            return bool(_paid_with(token)) or any(p.lower_ == "for" and children(p, {"pobj"}) for p in children(token, {"prep"}))
        if _arrival_phrase(token) is not None:
            return True  # "Serbian-made ammunition found its way to Ukraine", "ended up in Ukraine"
        if lemma in HELP_VERBS and token.dep_ == "relcl" and token.head.lemma_.lower() in KNOW_HOW_NOUNS:
            return False  # "assistance that could help its missile programmes": the assistance is the transfer
        if lemma in ATTACK_VERBS:
            return bool(_attack_instruments(token))  # "struck Kyiv overnight with Iranian-made Shahed drones"
        return lemma in SUPPLY_VERBS or lemma in RECEIVE_VERBS or lemma in USE_VERBS or lemma in ARRIVE_VERBS or (
            lemma in HELP_VERBS and any(c.dep_ == "dobj" or (c.dep_ in {"ccomp", "xcomp"} and children(c, {"nsubj"})) for c in token.children))
    if token.lower_ in GERUNDS and token.dep_ == "compound" and token.i > 0 and token.nbor(-1).lower_ in {",", "and"}:
        return True
    if _en_route(token):
        return True  # "the rounds are already on their way to Ukraine"
    if token.pos_ in {"NOUN", "PROPN"}:
        if lemma == "source":  # "Russia's largest foreign source of artillery ammunition", not "a source said"
            return any(p.lower_ == "of" and children(p, {"pobj"}) for p in children(token, {"prep"}))
        if lemma in DEPEND_NOUNS:  # "Russia's reliance on North Korean munitions"
            return any(p.lower_ in {"on", "upon"} and children(p, {"pobj"}) for p in children(token, {"prep"}))
        if lemma in HAUL_NOUNS and token.dep_ == "nsubj" and token.head.lemma_.lower() in {"include", "contain", "comprise"} \
                and any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in token.children):
            return True  # "The seized cargo included medium-range ballistic missile components": what was taken
        if lemma in CUSTOMER_NOUNS:  # a customer of arms, not "a customer of the bank"
            return any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in {"arm", "arms", "weapon", "weapons", "defence", "defense", "military"}
                       for c in token.children) or any(n.lemma_.lower() not in COMMODITY_WORDS for n in _of_nouns(token))
        return lemma in TRANSFER_NOUNS or lemma in SUPPLIER_NOUNS or lemma in DEPLOY_NOUNS or lemma in ARRIVAL_NOUNS or token.lower_ in {"supplies", "shipments", "deliveries", "transfers", "exports", "sales"}
    return False


def _time(ctx: Context, sent: Span) -> str | None:
    for ent in ctx.ents_in(sent):
        if ent.label_ == "DATE" and not re.fullmatch(r"(?i)(the )?(past|last|previous) .*", ent.text):
            return ent.text
    return None


# Verbs and nouns of attack: the place they hit is where items were used, not a site of the transfer.
STRIKE_WORDS = USE_VERBS | {"strike", "hit", "attack", "target", "bomb", "shell", "pound", "land", "fall", "crash", "explode"}
# ... and of finding what is left: "debris recovered from strike sites in Kharkiv".
FOUND_WORDS = REMAINS_NOUNS | {"recover", "find", "discover", "retrieve", "collect"}


def _place_of_use(ctx: Context, ent: Span) -> bool:
    """A site named as where items were used or that only names something else: "fired ... at the
    Kharkiv region", "the missile that hit Kharkiv", "the Kharkiv regional prosecutor's office"."""
    if ent.start in ctx.excluded:
        return True  # the dateline ("KHARKIV —"): where the story was filed
    if ctx.lexicon.is_transfer_node(ent.ent_id_):
        return False
    root = ent.root
    if root.dep_ in {"compound", "amod", "nmod", "poss"} and root.head.i not in range(ent.start, ent.end):
        # "the Kharkiv regional prosecutor's office" names an office, not a place ("the Kursk front" is one)
        return root.head.lemma_.lower() in AGENT_NOUNS | GOV_NOUNS
    if root.dep_ == "dobj":
        return root.head.lemma_.lower() in STRIKE_WORDS  # "the missile that hit Kharkiv"
    if root.dep_ == "pobj" and root.head.lower_ in {"at", "on", "against", "over", "into", "in", "near"}:
        # "fired missiles received from North Korea at the Kharkiv region", wherever "at" hangs;
        # "debris recovered from strike sites in Kharkiv"
        near = [a.lemma_.lower() for a in list(root.head.ancestors)[:4]]
        return any(w in FOUND_WORDS for w in near) or (
            root.head.lower_ != "in" and any(w in STRIKE_WORDS for w in near[:3]))
    return False


# Prepositions that put a place on a transfer's path: "from Florida", "to Karachi", "via Gdansk".
PATH_PREPS = {"from", "to", "into", "via", "through", "at", "in", "toward", "towards", "onto", "out"}


def _on_path(ent: Span) -> bool:
    """Whether a city or region is where goods went or came from, not where someone speaks or sits:
    "delivered to Karachi", "arrived in Minsk", "shipments from Shanghai" (a verb's or a transfer noun's
    place), not "the ambassador in Yangon", "the forum in St Petersburg", "a Hamburg shipyard"."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ not in PATH_PREPS:
        return False
    head = root.head.head
    return head.pos_ in {"VERB", "AUX"} or head.lemma_.lower() in TRANSFER_NOUNS | ARRIVAL_NOUNS | DEPLOY_NOUNS


def _site(ctx: Context, sent: Span) -> Actor | None:
    """The first gazetteer site of the sentence that is no place of use; a city or region of the
    general list of places (:meth:`Lexicon.is_area`) only as the place of a verb or transfer noun."""
    for ent in ctx.ents_in(sent):
        if ent.ent_id_ and ctx.lexicon.actors.get(ent.ent_id_, {}).get("kind") == "site" and not _place_of_use(ctx, ent) and (
                not ctx.lexicon.is_area(ent.ent_id_) or _on_path(ent)):
            return ctx.actor_from_ent(ent)
    return None


# Buying in a market: "bought in the United States", "purchased at retail in Arizona".
MARKET_VERBS = {"buy", "purchase", "acquire", "obtain", "procure", "source"}
# What trafficked goods go on to do: "smuggled to", "trafficked to cartel gunmen", "reaching workshops run by".
ONWARD_VERBS = {"smuggle", "traffic", "reach", "end", "go", "cross", "move", "funnel", "run", "send", "ship", "carry"}
# Where seized goods were taken from: "firearms seized from criminal groups in Mexico".
TAKEN_VERBS = {"seize", "recover", "take", "confiscate", "capture", "find"}


def _market_state(ctx: Context, anchor: Token) -> Actor | None:
    """The state where goods were bought: "in the United States", "at retail in Texas", "online in the
    United States" (a gazetteer place stands for its state)."""
    heads = [anchor] + [o for p in children(anchor, {"prep"}) if p.lower_ in {"at", "from"} for o in children(p, {"pobj"})] + [
        a for a in children(anchor, {"advmod"})]
    for head in heads:
        for prep in children(head, {"prep"}):
            if prep.lower_ != "in":
                continue
            for pobj in children(prep, {"pobj"}):
                actor = ctx.role_actor(pobj)
                if actor is not None and actor.kind == "named" and actor.actor_type == "state":
                    return actor
    return None


def _trafficked_to(ctx: Context, anchor: Token, subjpass: Token | None) -> Actor | None:
    """Who bought goods went on to, or were taken from: the destination of a verb joined to the buying
    ("and smuggled to", "before being trafficked to", "were reaching workshops run by the CJNG"), else
    the holder the goods were seized from."""
    onward = [c for c in anchor.children if c.dep_ in {"conj", "advcl"}] + [
        g for c in children(anchor, {"prep"}) if c.lower_ in {"before", "after"} for p in children(c, {"pcomp"})
        for g in ([p] + children(p, {"acomp", "xcomp"}) if p.lemma_ == "be" else [p])]  # "before being trafficked to"
    if anchor.dep_ in {"acl", "relcl"} and anchor.head.head.lemma_.lower() in ONWARD_VERBS:
        onward.append(anchor.head.head)  # "kits bought online in the United States were reaching ..."
    for verb in onward:
        if verb.lemma_.lower() not in ONWARD_VERBS:
            continue
        found = _pobj_actor(ctx, [verb], TO_PREPS | {"for", "with"}) or next(
            (a for o in children(verb, {"dobj"}) for t in o.subtree for a in [ctx.role_actor(t)]
             if t.i in ctx.ent_of and a is not None and a.kind == "named"), None)
        if found is not None:
            return found
    goods = [subjpass] if subjpass is not None else [anchor.head] if anchor.dep_ in {"acl", "relcl"} else []
    goods = goods + [o for g in goods for p in children(g, {"prep"}) if p.lower_ == "of" for o in children(p, {"pobj"})]
    for noun in goods:
        for verb in children(noun, {"acl", "relcl"}):
            if verb.lemma_.lower() in TAKEN_VERBS:
                found = _pobj_actor(ctx, [verb], {"from"})
                if found is not None:
                    return found
    return None


def _agreer(ctx: Context, anchor: Token) -> Actor | None:
    """Who agreed, planned or decided to do what an infinitive says, through a relative pronoun to the
    name it is on: "Argentina, which last year agreed to buy 24 used F-16s" (Argentina)."""
    head = anchor.head
    # (the subject itself, not the agent of a passive: "PIJ ... is believed by Israeli intelligence to receive")
    subj = next(iter(children(head, {"nsubj"}) or children(head, {"nsubjpass"})), None)
    if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and head.dep_ == "relcl":
        return ctx.role_actor(antecedent(head))
    return ctx.role_actor(subj) if subj is not None else None


def _holder(ctx: Context, anchor: Token) -> Actor | None:
    """Who received the cargo a reduced relative describes: the subject of the verb that governs it
    ("Russia had fired missiles received from Pyongyang", "Moscow stockpiles shells acquired from ..."); who buys in
    a participle after the clause, its subject ("Nigeria has spent heavily, buying ... from Pakistan")."""
    if anchor.dep_ == "advcl" and anchor.tag_ == "VBG" and anchor.head.i < anchor.i and anchor.head.pos_ in {"VERB", "AUX"} \
            and not children(anchor, {"nsubj", "nsubjpass", "mark"}):
        # "Nigeria has spent heavily on aircraft, buying three JF-17 fighters from Pakistan": the one who spent buys
        subj = subject_of(anchor.head)
        return ctx.role_actor(subj) if subj is not None else None
    if anchor.dep_ != "acl" or anchor.head.dep_ != "dobj":
        return None
    verb = anchor.head.head
    subj = subject_of(verb)
    if subj is not None and any(c.lower_ == "whose" for c in subj.children) and verb.dep_ == "relcl":
        # "Chile, whose air force flies F-16s bought from the United States": the one the clause is on
        return ctx.role_actor(antecedent(verb))
    return ctx.role_actor(subj) if subj is not None else None


def _quote_span(sent: Span) -> tuple[int, int, str]:
    text = sent.text
    stripped = text.strip()
    start = sent.start_char + (len(text) - len(text.lstrip()))
    return start, start + len(stripped), stripped
