"""Attribution: who says what. Claimants, anaphora, quotations and speakers over a parsed Doc.

Reads: a spaCy ``Doc`` (dependency parse, lemmas, entities whose ``ent_id_`` is a gazetteer IRI) and
the lexicon's actor table.
Writes: :class:`Actor` values and :class:`Attribution` records that :mod:`kg.rules` turns into
claims.

The rules are general, after how news and analysis attribute content:

* a reporting verb or noun above the transfer gives the claimant ("X said ...", "X's assessment
  that ...", "according to X", "citing X", "X, she added, ..."), walking up the dependency tree
  from the transfer; a verb whose subject is inanimate ("images show", "the pattern suggests") is
  evidential, not a claimant, so the walk goes on;
* quotations: every sentence inside a quotation belongs to the speaker named where it closes ("...,"
  X said) or opens (X said: "..."), so multi-sentence quotes and "we" inside them resolve;
* transcripts: a paragraph that begins with a speaker label ("MR. KIRBY:", "Maria Zakharova:")
  belongs to that speaker;
* anaphora: "it", "he", "the think tank", "the agency", "the diplomat" resolve to an actor named
  before (or, for an indefinite description such as "a U.S. think tank", named later), and
  "which"/"who" to the noun a relative clause hangs on;
* an official speaks for the state named in his title ("Iran's foreign ministry spokesman X",
  "U.S. Secretary of State X"), and later bare mentions of his name keep that state; a nationality
  on an analyst, a think tank, a former officer or an anonymous source does not make them the state.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from kg.lexicon import is_ship_name

__all__ = ["ACTOR_LABELS", "Actor", "Attribution", "Context", "animate", "children", "subject_of"]

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
    "calculate", "highlight", "cite", "document", "verify", "corroborate", "tweet", "quote",
    "post", "speculate", "underline", "mention", "caution", "condemn", "denounce", "consider", "expect",
    "boast", "concede", "reiterate", "repeat", "recall", "predict", "allege", "hint", "imply",
    "remark", "counter", "retort", "assure", "inform", "establish", "determine", "uncover", "discover",
    "complain", "signal", "acknowledge", "certify", "attest", "contend", "recount", "respond", "reply",
    "detail", "reaffirm", "reckon", "infer", "outline", "specify", "clarify", "forecast", "relate",
    "update",  # "Secretary Austin also updated Minister Kim on U.S. security assistance to Ukraine, including ..."
    # praise presupposes what it praises: "praised the heroism of North Korean soldiers who had fought beside ..."
    "praise", "hail", "commend", "thank", "credit",
    # "US officials have linked the arrivals to Iran's supply of drones": the link asserts what it ties to
    "link",
    # a paper's account of what happened: "A Stasi report of October 1975 records that the GDR had shipped rifles"
    "record",
}
# Adjectives that report a stance of their subject: "we're concerned that ...", "we are confident".
REPORTING_ADJS = {"concerned", "confident", "convinced", "sure", "certain", "aware", "worried"}
# Reporting verbs that report only a clause: with a noun object they do something else.
CLAUSAL_ONLY = {"say", "explain", "add", "write", "tell", "stress", "argue", "insist", "note", "urge", "ask", "demand"}
# Verbs that put out a report or statement whose subject is its author ("RUSI published a report",
# "Japanese media ran a report that ...").
PUBLISH_VERBS = {"run", "publish", "issue", "release", "air", "carry", "put", "file", "print", "broadcast", "make",
                 "produce", "present", "circulate", "unveil", "spread", "peddle"}
# Nouns of judgement that attribute what follows them: "in the assessment of X", "in our view".
VIEW_NOUNS = {"assessment", "view", "judgment", "judgement", "estimation", "opinion"}
# Information, not a body: what a source cites ("citing intelligence", "citing customs data").
INFORMATION_NOUNS = {"intelligence", "information", "data", "datum", "evidence", "imagery", "footage", "record", "document"}
# What a speaker calls "our intelligence", "our data", "our analysis": the speaker's own findings.
OUR_FINDINGS = VIEW_NOUNS | INFORMATION_NOUNS | {"analysis", "estimate", "finding", "research", "reporting",
                                                 "investigation", "understanding"}
# Words that reject what they name: "called the reports 'absurd fabrications'".
DENIAL_WORDS = {
    "groundless", "baseless", "absurd", "fabrication", "fabricated", "false", "nonsense", "lie", "lies",
    "unfounded", "fake", "slander", "smear", "propaganda", "ridiculous", "denial", "fairy", "fiction",
    "fantasy", "hoax", "untrue", "unsubstantiated",
}
DENIAL_VERBS = {"deny", "reject", "dismiss", "refute", "rebuff", "disavow", "dispute", "deride", "ridicule"}
# Nouns that attribute content like a reporting verb ("a report by X", "X's assessment that").
REPORTING_NOUNS = {
    "report", "assessment", "statement", "analysis", "study", "finding", "conclusion", "claim",
    "allegation", "accusation", "estimate", "warning", "briefing", "comment", "remark", "assertion",
    "view", "belief", "judgment", "judgement", "verdict", "investigation",
    # papers filed: "Sudan's application asks the court to find ..." (not "the notification sent to Congress",
    # whose addressee the rules would take for its author)
    "application", "submission", "filing", "memorandum", "dossier",
}
# Papers of a government's files, which archival pages cite as their author's word: "according to a Foreign Office
# minute", "a Soviet General Staff summary lists ..." (Context._claimant_from, with the body named on them).
PAPER_NOUNS = {"minute", "memo", "cable", "telegram", "summary", "note", "letter", "dispatch", "record", "file", "paper",
               "sheet", "list",  # "according to Pentagon fact sheets", "the government's published list"
               "announcement", "publication"}  # "according to the company's own export announcements"
FIRST_PERSON = {"we", "i", "us", "our", "my", "me", "ours"}
# A capital's name that stood for a state that no longer exists, by the successor the gazetteer gives it today:
# (former state, its last year) (Context.actor_from_ent).
CAPITALS_OF_FORMER_STATES = {
    "Russia": {"Moscow": ("Soviet Union", 1991), "Kremlin": ("Soviet Union", 1991), "the Kremlin": ("Soviet Union", 1991)},
    "Czech Republic": {"Prague": ("Czechoslovakia", 1992)},
}


def first_person(token: Token) -> bool:
    """A first-person pronoun; "US" in capitals is the United States ("US accusations that ...")."""
    return token.lower_ in FIRST_PERSON and token.text != "US"

PRONOUNS = {"it", "they", "he", "she", "its", "their", "his", "her", "them", "him"}
RELATIVE_PRONOUNS = {"which", "who", "that", "whom"}
INDEFINITE_PRONOUNS = {"everything", "something", "anything", "nothing", "much", "little", "any"}

# Nouns that can stand for a claimant: people, offices, bodies. A subject outside this set that is
# not a name or pronoun is taken as inanimate ("the increase indicates", "images show"). Agentive
# suffixes catch the open class (investigators, lawmakers, artillerymen).
AGENT_NOUNS = {
    "official", "spokesman", "spokeswoman", "spokesperson", "minister", "ministry", "diplomat",
    "analyst", "expert", "researcher", "source", "officer", "soldier", "authority", "government",
    "agency", "service", "institute", "office", "embassy", "ambassador", "president", "leader",
    "secretary", "adviser", "advisor", "prosecutor", "lawmaker", "tank", "group", "media",
    "intelligence", "military", "army", "command", "department", "administration", "team",
    "monitor", "committee", "parliament", "council", "observer", "investigator", "commander",
    "general", "head", "chief", "director", "press", "outlet", "newspaper", "people", "person",
    "witness", "Kremlin", "center", "centre", "project", "organisation", "organization", "staff",
    "cabinet", "state", "country", "capital", "sister", "brother", "aide", "envoy", "panel",
    "inspector", "scholar", "academic", "journalist", "reporter", "capital", "artilleryman", "medium",
    "representative", "mission", "delegation", "commission", "spokesperson", "envoy", "expert",
    "governor", "mayor", "attache", "attaché", "executive",
    # ranks and the people who served: "a retired colonel said", "a veteran of the war said"
    "colonel", "admiral", "brigadier", "lieutenant", "major", "captain", "sergeant", "veteran", "colonel-general",
    # media that report: "a U.S. news website reported", "a German news magazine reported"
    "website", "broadcaster", "magazine", "tabloid", "portal", "daily", "weekly",
}
# Media artefacts that carry a claim of their own ("a video shared on X claims ..."): the source is
# the artefact, not the outlet that reports on it.
MEDIA_NOUNS = {"video", "clip", "post", "tweet", "article", "broadcast", "documentary", "message", "blog", "footage"}
AGENT_SUFFIX = re.compile(r"(?:er|or|ist|ian|man|men|ant|ent)s?$")
# Words that name a government office by its function: "the defence ministry", "a presidential official".
# Words that place a body at home without naming its state: "the federal government", "the transitional government".
HOME_WORDS = {"federal", "national", "central", "transitional", "interim"}
OFFICE_WORDS = {"presidential", "presidency", "defence", "defense", "foreign", "ministry", "government", "cabinet",
                "interior", "office", "military", "economy", "economic", "economics", "trade", "commerce", "industry",
                "finance", "justice", "home", "energy", "transport"}
# Heads whose nationality modifier makes them speak for that state.
# What one state calls another's government: "our Pakistani partners", "our Indian friends".
PARTNER_NOUNS = {"partner", "ally", "friend", "colleague", "counterpart"}
GOV_NOUNS = {
    "official", "spokesman", "spokeswoman", "spokesperson", "minister", "ministry", "ambassador",
    "embassy", "government", "authority", "agency", "intelligence", "military", "army", "office",
    "department", "administration", "president", "chancellor", "premier", "leader", "secretary", "adviser", "advisor",
    "prosecutor", "command", "commander", "general", "diplomat", "service", "envoy", "cabinet",
    "head", "chief", "director", "sister", "aide", "navy", "guard", "gendarmerie", "force", "forces", "delegation",
    "representative", "mission", "envoy", "counterpart", "police", "customs", "wing",
    "presidency",  # "the French presidency said"
}
# In diplomats' speech a state is a "side": "the Russian side said" is Russia's word (as a claimant
# only: "on the Russian side of the border" is a place).
SIDE_NOUNS = {"side"}
# Offices that speak for the state written before them ("the U.S. Ambassador", "the Russian Embassy").
SPEAKING_OFFICES = GOV_NOUNS & {"ambassador", "envoy", "secretary", "minister", "president", "embassy", "ministry", "department",
                               "mission", "representative", "spokesperson", "spokesman", "spokeswoman", "delegation", "government"}
POSTED = {"diplomat", "ambassador", "embassy", "envoy", "delegation", "correspondent", "attache", "attaché"}
# Who serves abroad: "diplomats there" in a country are other states' (the "officials there" rule).
POSTED_ABROAD = POSTED - {"correspondent"} | {"mission", "representative", "counterpart"}
# A state's forces named with no owner ("the military", "an army spokesman"): the story's state's.
FORCES_WORDS = {"military", "army", "junta", "navy"}
# Words of a national body's name that name no state: "Ministry of National Defence", "Royal Armed Forces".
BODY_NAME_WORDS = {"national", "royal", "armed", "forces", "force", "air", "naval", "federal", "general", "staff",
                   "people", "'s", "and", "of", "the", "for", "affairs", "security", "self", "-", "defense", "defence",
                   # ("Armed Forces Operational Command")
                   "command", "operational", "operations", "joint", "territorial", "ground", "land",
                   # ("Office of the Prosecutor General")
                   "prosecutor", "prosecutor's", "attorney"}


def _stance_prefixed(ent: Span) -> bool:
    """A name inside a stance word, no speaker: "pro-" and "Russian" in "a pro-Russian account"."""
    doc = ent.doc
    return ent.text.endswith("-") or ent.start >= 2 and doc[ent.start - 1].text == "-" and doc[ent.start - 2].lower_ in {
        "pro", "anti", "pro-", "anti-"} or ent.start >= 1 and doc[ent.start - 1].lower_ in {"pro-", "anti-"}


def _state_body_name(ent: Span) -> bool:
    """A name made only of office words around a ministry, department or armed forces: a body of some
    state that the name does not say."""
    root = ent.root.lemma_.lower()
    # ("Department of National Defense (DND": the acronym in brackets names no state either)
    words = list(ent)[: next((t.i - ent.start for t in ent if t.text == "("), len(ent))]
    return (root in {"ministry", "department", "force", "command", "office", "staff"} | FORCES_WORDS or ent.root.lower_ == "forces") and bool(words) and all(
        t.lemma_.lower() in OFFICE_WORDS | GOV_NOUNS | FORCES_WORDS | BODY_NAME_WORDS or t.lower_ in BODY_NAME_WORDS for t in words)


# Last words of the name of a state's forces or police ("Papua New Guinea Defence Force", "Fiji Police Force"), and the
# other words such names have besides the state's.
FORCE_NAME_HEADS = {"force", "forces", "police", "navy", "army", "guard", "constabulary", "gendarmerie", "corps"}
FORCE_NAME_WORDS = {"police", "navy", "army", "coast", "guard", "maritime", "marine", "marines", "republic", "kingdom",
                    "defence", "defense", "service", "wing", "islands"}


# The press in whose reports a claim is made: "Reports in the Argentine press say", "dismissed as 'fabrications'
# reports in Polish media that ...".
PRESS_NOUNS = {"media", "press", "newspaper", "newspapers", "outlet", "outlets", "television"}
# What state media are called: "Niger's state television", "Iranian state media", "the state-run broadcaster".
STATE_MEDIA_NOUNS = {"television", "tv", "media", "medium", "broadcaster", "radio", "channel", "news"}
STATE_RUN = {"state", "state-run", "state-owned", "official"}


def _state_media(token: Token) -> bool:
    """"state television", "state-run media": a state's own outlet, by what it is."""
    return token.lemma_.lower() in STATE_MEDIA_NOUNS and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in STATE_RUN for c in token.children)
# Last words of an organisation's name, whatever entity label the tagger gave it.
ORG_NAME_HEADS = {"observatory", "institute", "forum", "foundation", "council", "watch", "monitor", "initiative",
                  "network", "project", "coalition", "society", "association", "centre", "center", "investigations"}
# "the three European governments", "both countries": a count of states a list named before.
COUNTED_STATE_NOUNS = {"government", "country", "state", "nation", "capital", "ally", "partner"}
NUMBER_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}
# Descriptions of a research body: one named later is a name like theirs ("the Harbour Watch Initiative").
RESEARCH_DESCRIPTORS = {"tank", "institute", "centre", "center", "observatory", "forum", "foundation", "initiative"}
# Words for a state's own bodies: "the foreign ministry", "the government", "the defence department".
STATE_BODY_WORDS = {"ministry", "government", "department", "cabinet", "presidency"}
# A company's chief: "chief executive Morten Brandtzæg", "CEO Armin Papperger" (not a committee's chairman).
COMPANY_TITLES = {"ceo"}
# Descriptions of an organisation named elsewhere in the article ("the think tank", "the group").
ORG_DESCRIPTORS = {
    "tank", "group", "institute", "center", "centre", "project", "organisation", "organization",
    "researcher", "team", "monitor", "website", "outlet", "firm", "company", "programme", "program",
    "initiative", "author", "newspaper", "paper", "publication", "panel", "commission", "committee", "site", "magazine",
    # a firm named before: "Shares in LIG Nex1 rose after the South Korean missile maker said ..."
    "maker", "manufacturer", "producer", "shipbuilder", "shipyard", "contractor", "exporter",
}
# Descriptions of a government body or official named before ("the agency", "the spokesman").
GOV_DESCRIPTORS = {
    "agency", "ministry", "department", "office", "service", "government", "administration",
    "embassy", "military", "spokesman", "spokeswoman", "spokesperson", "official", "minister",
    "ambassador", "diplomat", "prosecutor", "analyst", "secretary", "adviser", "president", "chancellor", "premier",
    # armed services: "Ukraine's air force shot down ..., the air force said"
    "force", "navy", "staff", "command",
}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
# Who pleads a client's case: "Germany's lawyers told the court" (a pronoun's lawyers are left as written).
COUNSEL_NOUNS = {"lawyer", "attorney", "counsel", "barrister", "solicitor", "advocate"}
# Verbs by which a named person runs an organisation: "X directs the Y Institute".
LEAD_VERBS = {"direct", "head", "lead", "run", "chair", "found", "co-found", "cofound", "manage", "represent"}
# One person who holds a post for a state or body: "he" later is that person ("The representative
# of Japan said ... In return, he said, ..."), as in UN meeting summaries where delegations speak in turn.
PERSON_ROLES = {"representative", "delegate", "envoy", "ambassador", "head", "chief", "director", "commander",
                "aide", "leader"}
# Verbs whose indirect object can come straight after them: "has sent Ukraine Abrams tanks".
GIVING_VERBS = {"send", "give", "supply", "provide", "sell", "hand", "ship"}
# A speaker's own state or body named by a possessive: "his Government", "her country", "his delegation".
OWN_STATE_NOUNS = {"government", "country", "delegation", "administration", "nation", "state", "authorities"}
# A state's armed forces, which receive for it: "delivered to its army" is delivered to the state "its" names.
FORCE_NOUNS = {"army", "military", "force", "troop", "soldier", "unit", "arsenal", "stockpile", "navy", "artillery", "gunner"}
# Businesses named only by description, and the verbs that place them: "a firm linked to the
# Alabuga plant", "a company based in Vladivostok" receives for that place's state.
BUSINESS_NOUNS = {"firm", "company", "intermediary", "importer", "buyer", "distributor", "enterprise", "subsidiary",
                  "client", "customer", "factory", "plant", "manufacturer", "front", "consignee", "recipient",
                  # "suppliers in China sent ...", "entities in India supplied ...", "brokers in Singapore"
                  "supplier", "entity", "dealer", "trader", "seller", "vendor", "broker", "exporter", "contractor"}
# State names that are also the name of a region elsewhere, and the gazetteer site for that region.
HOMONYM_REGIONS = {"Georgia": "Georgia (U.S. state)"}
# Last words of a facility's name: "Misawa Air Base" is a place even when the tagger calls it ORG.
FACILITY_HEADS = {"base", "airbase", "airport", "airfield", "port", "harbour", "harbor", "barracks"}
# What a firm is called when described: "French shipbuilder Kerlouan", "Kerlouan, a French shipyard".
FIRM_NOUNS = BUSINESS_NOUNS - {"client", "customer", "front", "consignee", "recipient", "buyer", "importer"} | {
    "shipbuilder", "shipyard", "yard", "maker", "producer", "group", "contractor", "builder", "supplier", "exporter",
    "conglomerate", "corporation", "giant", "specialist", "carmaker", "automaker", "arms-maker", "armsmaker"}
# People who belong to a leader's state when named with "his"/"her": "helping his scientists".
PEOPLE_NOUNS = {"scientist", "engineer", "soldier", "troop", "technician", "specialist", "officer", "worker", "crew",
                "pilot", "commander", "general", "diplomat", "official", "force", "army", "military", "regime"}
PLACED_VERBS = {"link", "tie", "connect", "base", "locate", "register", "affiliate", "headquarter"}
# Definite descriptions of the body of a kind named last, in a supplier or recipient slot: the head
# words, the determiners, the kinds of actor they refer back to.
DESCRIBED_BODIES = (
    ({"bloc", "alliance", "union"}, {"the", "this"}, {"organisation"}),  # "the bloc had delivered only half"
    # "Armin Papperger, the chief executive of Rheinmetall, said the company had delivered ...": a
    # company ships for the state it is based in (Context.as_party)
    ({"company", "firm", "manufacturer", "maker", "contractor"}, {"the", "this"}, {"company"}),
    ({"group", "movement", "militia", "rebel", "faction"}, {"the", "this", "that"}, {"armed group"}),  # "arming the group"
)
# Plural heads by which a text names an armed collective without its state: "the rebels", "gangs" (Context.role_actor).
GROUP_COLLECTIVES = {"rebel", "gang", "militia", "cartel", "insurgent", "militant", "guerrilla"}
# Titles of a head of state or government, who speaks for the country the story is filed from.
HEAD_TITLES = {"president", "premier", "chancellor"}
# A body's head word a text refers back to it by: "the panel", "the experts", "the commission".
BODY_HEAD_WORDS = {"panel", "expert", "commission", "committee", "monitor"}
# A state's own bodies, which a backer's supply to them does not pass to an armed group: "to Sudan's army".
STATE_BODY_HEADS = {"army", "military", "force", "forces", "government", "navy", "police", "ministry", "authority",
                    "authorities", "junta", "regime", "troops", "guard", "gendarmerie", "administration", "state"}
# What an armed group is called once named: "a spokesman for the group", "the militia's commander".
# (Not "coalition" or "alliance": "a spokesman for the coalition" is mostly the one fighting the group.)
GROUP_NOUNS = {"group", "movement", "militia", "organisation", "organization", "faction", "gang", "cartel"}
# How an outlet names itself: "reviewed by the paper", "seen by this newspaper".
OWN_OUTLET = {"paper", "newspaper", "publication"}
# Descriptions of an organisation that only an outlet fits: "a U.S. news website" is not the IMF named next.
OUTLET_DESCRIPTORS = OWN_OUTLET | {"website", "outlet", "site", "magazine"}
# Words before a surname that are no given name: "President Zelensky", "Mr Zelensky", "Gen. Syrskyi".
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "lord", "dame", "prime", "premier", "chancellor", "general", "gen", "colonel",
              "col", "admiral", "adm", "major", "captain", "senator", "sen", "representative", "rep", "governor", "king", "queen",
              "prince", "princess", "sheikh", "emir", "president", "minister", "secretary", "brigadier", "marshal", "commander",
              "chief", "director", "ambassador", "spokesman", "spokeswoman", "deputy", "vice", "foreign", "defence", "defense"}
PERSON_TITLES = {"spokesman", "spokeswoman", "spokesperson", "official", "minister", "ambassador", "diplomat",
                 "prosecutor", "analyst", "secretary", "adviser", "president"}
# What a body publishes: "according to Pentagon figures", "State Department data" is that body.
SOURCE_NOUNS = {"figure", "data", "datum", "record", "estimate", "statistic", "document", "tally", "count", "number", "account"}
ANONYMITY = re.compile(
    r"condition of anonymity|declined to be (?:named|identified)|asked not to be (?:named|identified)|"
    r"not authori[sz]ed to (?:speak|discuss)|anonymous|unnamed", re.I
)
# Words that, on an actor slot's pobj, mark a target or place of use rather than a party.
TARGET_PREPS = {"over", "against", "at", "on"}
# Speaker labels that open a transcript paragraph: "MR. KIRBY:", "Maria Zakharova:", "Q:".
# "KIRBY: ...", "Q: ...", and a broadcast transcript's "DENISE OKAFOR, WNN MILITARY ANALYST: ..." (the name)
SPEAKER_LABEL = re.compile(r"(?:\[[^\]\n]*\]\s*)?([A-ZÀ-ÖØ-ÞĀ-Ž](?:[^\W\d_]|[.'\- ]){0,60}?)(?:,\s+[A-Z][A-Z.'’\- ]{1,60}[A-Z.])?:\s")
# Hansard: a speaker's line of its own ("Lord Harrowby of Kemsing (Con)", "Asked by Baroness X").
# What a record puts in brackets after a speaker's name or title: "(Lab)", "(Greg Hands)", "[Kuala Selangor]".
BRACKETED = r"(?:\([^()\n]{1,80}\)|\[[^\[\]\n]{1,80}\])"
HANSARD_LINE = re.compile(r"[ \t]*(?P<asked>Asked by\s+)?(?P<base>(?:The\s+)?[A-Z][^\n.!?:;()\[\]\"“”]{1,120}?)"
                          rf"(?P<parens>(?:\s*{BRACKETED})*)$")
# Hansard's speaker and speech on one line: "The Minister for Trade Policy (Greg Hands): On 7 July ...".
HANSARD_INLINE = re.compile(r"[ \t]*(?P<base>(?:(?:The|Hon\.|Mr\.|Ms\.|Mrs\.|Dr\.)\s+)?[A-Z][^\n.!?:;()\[\]\"“”]{1,120}?)(?P<parens>(?:\s*" + BRACKETED + r")+):\s+(?=\S)")
# A speaker line's government title: "The Minister of State", "The Deputy Foreign Secretary".
GOVERNMENT_TITLE = re.compile(r"(?i)\s*(?:the\s+)?(?:[\w-]+\s+){0,2}(?:minister|secretary|under-secretary|attorney|solicitor)\b")
# A hearing's list of those who speak, and the description after each name in it ("Witnesses: Mark Delgado,
# Deputy Assistant Secretary of Defense ...; Elena Varga, senior analyst, Orinoco Policy Institute").
WITNESS_LIST = re.compile(r"(?i)\b(?:witnesses|witness|panel|participants|speakers|testifying|officers present|officials present"
                          r"|appearing)\b[^:\n]{0,40}:")
LISTED_DESCRIPTION = re.compile(r"[^;\n]{3,160}?(?=;|\.\s|\.$|\n|$)")
# Languages that name no single state by their demonym: whose government a translated statement is.
LANGUAGE_STATES = {"Persian": "Iran", "Farsi": "Iran", "Hebrew": "Israel", "Urdu": "Pakistan", "Hindi": "India",
                   "Amharic": "Ethiopia", "Burmese": "Myanmar", "Tagalog": "Philippines", "Filipino": "Philippines"}
# Monarchies a story calls "the Kingdom".
KINGDOMS = {"Saudi Arabia", "Jordan", "Bahrain", "Morocco", "Thailand", "Cambodia", "Spain", "Netherlands", "Belgium",
            "Norway", "Sweden", "Denmark", "United Kingdom", "Eswatini", "Lesotho", "Bhutan", "Tonga"}
# Westminster party tags after a member's name: a record of the House of Commons or the House of Lords.
WESTMINSTER_PARTIES = {"Lab", "Con", "LD", "SNP", "CB", "DUP", "Lab/Co-op", "PC", "SDLP", "Green", "Ind", "Reform", "Alba", "UUP"}
# The European Parliament's verbatim report: "Name, on behalf of the X Group. – Madam President, ...".
EP_LINE = re.compile(r"[ \t]*(?P<base>[A-Z][^\n,.–—:]{1,60}?)(?:,\s*(?P<role>[^\n–—]{1,200}?))?\.\s+[–—]\s+(?=\S)")
# Titles that open a member's name: peers and honorifics.
MEMBER_TITLE = re.compile(r"(?:Lord|Baroness|Lady|Earl|Countess|Viscount|Marquess|Duke|Bishop|Sir|Dame|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z]")
QUESTION_LABELS = {"q", "question", "questioner", "reporter", "journalist"}
# The answering side of a question-and-answer page: whoever the page says gives the answers.
ANSWER_LABELS = {"a", "answer", "answers", "response", "reply"}
# Datelines of cities where international bodies sit: the story is often about another state.
VENUE_DATELINE = re.compile(r"(?i)(?:NEW YORK|UNITED NATIONS|GENEVA|THE HAGUE|BRUSSELS|VIENNA|STRASBOURG|LUXEMBOURG)\b")
# A U.S. state's abbreviation in a dateline places the story in the United States.
US_STATE_IN_DATELINE = re.compile(r",\s*(?:N\.Y\.|N\.J\.|D\.C\.|Calif\.|Va\.|Md\.|Fla\.|Mass\.|Ill\.|Pa\.|Tex\.|Texas|Wash\.|Ga\.|Mich\.|Ohio|Conn\.|"
                                  # a state written out ("RICHMOND, Virginia —"; not Georgia, a country too)
                                  r"(?i:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|"
                                  r"Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|"
                                  r"Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|"
                                  r"New York|North Carolina|North Dakota|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|"
                                  r"South Dakota|Tennessee|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)\b)")
# A parliamentary written answer: the question, then "Answered on 13 November 2024" and the answer.
# The author line of an unrolled thread or a social post: "Polesie Rail Monitor @polesie_rails · 9 posts".
SOCIAL_AUTHOR = re.compile(r"\s*([A-Z][\w.&'’\- ]{2,60}?)\s+\(?@\w{2,30}\)?(?:\s*[·|•—-]|\s*$)")
# An editorial first line reproducing a government's own paper: "Excerpt from Defense of Japan 2025,
# the annual white paper of the Ministry of Defense", "Extract from the National Security Strategy".
OFFICIAL_PAPER = re.compile(r"(?i)\s*[\[(]?(?:the following\s+)?(?:excerpts?|extracts?)(?:\s+(?:is|are))?(?:\s+(?:reproduced|taken))?\s+(?:from|of)\b.*\b(?:white paper|defen[cs]e review|"
                            r"national security strategy|threat assessment|annual report|defen[cs]e report)\b")
# A court case named in a judgment's first line: "Primorsk Lines v Council of the European Union".
CASE_NAME = re.compile(r"(?:^|,\s*|\s)([A-Z][\w.&'’ -]{1,60}?) v\.? ([A-Z][\w.&'’ -]{1,60}?)(?=\s*(?:—|–|-|\(|,|$))")
# The parties of a case by their procedural names: who "the applicant" or "the respondent" is.
PARTY_NOUNS = {"applicant": "first", "appellant": "first", "plaintiff": "first", "petitioner": "first",
               "defendant": "second", "respondent": "second"}
# Who gave out a transcript, in the lines under its title: "The following transcript was provided by the Department of State".
TRANSCRIPT_GIVEN_BY = re.compile(r"(?i)\b(?:transcript|text)\b[^.\n]*?\b(?:provided|released|issued|published) by\b")
WRITTEN_ANSWER = re.compile(r"(?m)^\s*(?:Answered (?:on|by) [^\n]{3,60}|ANSWER|Answer)\s*$")
# A publisher that is a government body: its pages speak for its state (GUIDE.md, "Page voice").
GOVERNMENT_BODY = re.compile(r"(?i)\b(?:ministry|ministries|embassy|consulate|permanent mission|mission to|department of|"
                             r"office of the|president'?s office|presidential office|presidency|government of|"
                             r"white house|kremlin|foreign office|chancellery|general staff|armed forces|"
                             r"(?:security|intelligence) service|national security council|"
                             r"government (?:\w+ )?office|(?:government|presidential|state) (?:press|information) (?:office|service|bureau)|"
                             r"(?:press|information) office of)\b|"
                             # a state's forces publishing in their own name ("U.S. Coast Guard", "French Navy",
                             # "U.S. Naval Forces Central Command Public Affairs"), not "Navy Times" or "Association of
                             # the United States Army"
                             r"^(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:Navy|Naval Forces|Coast Guard|Air Force|Army|Marine Corps|"
                             r"Defen[cs]e Forces|Fleet|Central Command)(?:\s+(?:Central Command|Public Affairs|Press Office|Newsroom|Press Service|"
                             r"Media (?:Centre|Center|Office)|(?:Directorate of )?Public Relations(?: and Information| Directorate| Office)?))*$")
# The service a forces newsroom is named for ("... Naval Forces Public Affairs").
FORCES_SERVICE = re.compile(r"Naval Forces|Navy|Coast Guard|Air Force|Army|Marine Corps|Defen[cs]e Forces|Fleet")
# A masthead line ("China Current | Full text") and the label of the note that follows it.
# A paragraph a page opens with its own note: "Editor's note: ...", "Notes to editors: ...".
EDITORS_NOTE = re.compile(r"(?mi)^(?:editor[’']s notes?|notes? to editors)\s*:")
MASTHEAD_NOTE = re.compile(r"[^\n]{1,60}\|[^\n]{0,40}\n+(?:editor[’']s note|note)\s*:\s*", re.I)
# Outlets' names as speaker labels of a press conference's questions.
MEDIA_LABEL = re.compile(r"\b(?:Radio|Press|Post|News|TV|Television|Times|Daily|Broadcasting|Herald|Journal|Tribune|"
                         r"Network|Wire|Agency|Shimbun|Ilbo|Xinhua|Reuters|AFP|Bloomberg|CNN|BBC|NHK|Kyodo|Yonhap|TASS|Sputnik)\b")
# Officials' titles with an outlet's word in them: "Press Secretary", "Deputy Press Secretary", "Press Officer".
OFFICE_LABEL = re.compile(r"(?i)\b(?:secretary|spokes\w*|officer|attach[eé]|minister|director|adviser|advisor|counsellor|counselor)\b")
# Goods described by their maker ("U.S.-made microelectronics"), which the tagger may take for an organisation.
MADE_BY = re.compile(r"[\w.]-(?:made|built|produced|manufactured|supplied|designed|origin)\b")
# Names of sales and aid programmes the tagger takes for organisations.
PROGRAMME_NAME = re.compile(r"(?i)^(?:the\s+)?(?:foreign military (?:sales?|financing)|direct commercial sales?|"
                            r"presidential drawdown authority|excess defen[cs]e articles|official security assistance)$")
ACADEMIC = re.compile(r"(?i)\b(?:university|college|institute|school|faculty|centre|center|studies|academy)\b")
# An introduction to a text the page reproduces: "KCNA released the following statement by Kim Yo
# Jong on Thursday:", "The ministry issued this statement:".
INTRODUCED_TEXT = re.compile(r"(?i)\b(?:the following|this|its|the full|the|a)\s+(?:[\w-]+\s+){0,2}(?:statement|press release|"
                             r"communiqu[eé]|declaration|remarks|speech|address)\b[^\n]*:\s*$")
# An editor's note on a text reproduced whole: "The Chinese Embassy in Manila released the following statement by its
# spokesperson ... We publish it in full."
RELEASED_IN_FULL = re.compile(r"(?i)\b(?:released|issued|published|sent)\s+the following\s+(?:[\w-]+\s+){0,2}(?:statement|press release|"
                              r"communiqu[eé]|declaration|remarks)\b.*\b(?:in full|full text|unedited|verbatim)\b")
# An outlet's note that it reproduces a statement below: "Red Sea Digest publishes below the press statement issued
# in Asmara on Monday by the Ministry of Information".
PUBLISHED_BELOW = re.compile(r"(?i)\b(?:publish(?:es)?|reproduces?|reprints?|republish(?:es)?|prints?)\s+(?:below|here|in full)\s+"
                             r"the\s+(?:[\w-]+\s+){0,3}(?:statement|press release|communiqu[eé]|declaration|remarks)\b")
# A reporting verb makes a first paragraph a news lede, even when it ends with a colon.
LEDE_VERB = re.compile(r"(?i)\b(?:said|says|saying|told|tells|added|stated|stating)\b")
# Headings of the sections a page adds in its own voice after a statement it reproduces.
OWN_SECTION = re.compile(r"(?i)\s*(?:background|context|comment|our comment|editor[’']s notes?|notes? to editors|notes? (?:from|by)|related|about the author|about us|"
                         r"read more|more on)\b[^.!?\n]{0,40}$")
# Who speaks in a court story: "according to the indictment", "prosecutors say", "the government
# alleges" - the state that prosecutes, which the dateline names.
LEGAL_NOUNS = {"indictment", "prosecutor", "prosecution", "government", "complaint", "court", "filing"}
# A court's name with its state: "United States District Court", "U.S. District Court", "the High
# Court of Kenya".
COURT_NAME = re.compile(r"\b(?:[A-Z][\w.]*\s){1,3}(?:District|Federal|Supreme|High|Circuit|Regional|Criminal|City|Administrative|Appeals|Appellate|Military|Specialized) Court\b"
                        r"|\b(?:Supreme|High|Federal|District) Court of (?:the )?[A-Z]\w+(?: [A-Z]\w+)?")
# A person's name joined to an organisation's by "and" ("... for Security and Pavel Varabei").
PERSON_AFTER_AND = re.compile(r" and ([A-Z][a-z]+) ([A-Z][a-z’'-]+)$")
ORG_NAME_TAILS = {"education", "development", "studies", "affairs", "research", "technology", "security", "defence",
                  "defense", "trade", "industry", "industries", "policy", "strategy", "analysis", "cooperation"}
# Datelines ("WASHINGTON (CPA) — ", "KYIV, Nov 5 (CPA) — ") name where a story was filed, not an actor.
DATELINE = re.compile(r"[A-Z](?:[A-Z.'/ ]|-(?=[A-Z])){2,}(?:,[^\n—–]{0,30}?)?\s*(?:\([^)\n]{0,40}\)\s*)?(?:—|–|-{1,2})\s")

# Where a dateline's place ends: a comma, a bracket or a dash, not a hyphen inside the name ("PORT-AU-PRINCE, July 15").
DATELINE_PLACE_END = re.compile(r"[,(—–]|-(?![A-Z])")


@dataclass(frozen=True)
class Actor:
    """An actor as the rules found it: ``kind`` is named, unnamed or site."""

    label: str
    iri: str | None
    kind: str
    text: str
    start: int = -1
    actor_type: str = ""

    def said_at(self, token: Token) -> "Actor":
        """The same actor, as the words at ``token`` name it ("the agency", "he", "Seoul")."""
        return Actor(self.label, self.iri, self.kind, token.text, token.idx, self.actor_type)


@dataclass
class Attribution:
    """Who a claim is attributed to: ``claimant`` None means the outlet itself."""

    claimant: Actor | None
    verb: str
    verb_token: Token | None
    denial: bool


def children(token: Token, deps: set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb; with several (a dateline "KYIV —" parsed as one), the nearest."""
    for dep in ("nsubj", "nsubjpass"):
        subjects = children(verb, {dep})
        if not subjects:
            continue
        if dep == "nsubjpass":  # "it was reported by X"
            for agent in children(verb, {"agent"}):
                for pobj in children(agent, {"pobj"}):
                    return pobj
        return min(subjects, key=lambda t: abs(verb.i - t.i))
    if verb.dep_ == "acomp" or (verb.pos_ == "ADJ" and verb.head.i != verb.i):  # "we're concerned"
        return subject_of(verb.head) if verb.head.lemma_ == "be" else None
    return None


def speaker_subject(verb: Token) -> Token | None:
    """The subject of a reporting verb; when the parser hung the speaker elsewhere ("...,
    national security adviser Shin Won-sik said on Friday" parsed as an apposition), the name or
    agent noun right before the verb."""
    subj = subject_of(verb)
    if subj is not None or verb.i == 0:
        return subj
    shared = None
    if verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in {"VERB", "AUX"}:
        # "the White House released imagery ... and said Iran was providing ...": conjoined
        # verbs share their subject
        shared = subject_of(verb.head)
        outer = verb.head.head
        if shared is not None and shared.lemma_.lower() in REPORTING_NOUNS | MEDIA_NOUNS and verb.head.dep_ == "ccomp" \
                and outer.lemma_.lower() in REPORTING_VERBS and subject_of(outer) is not None:
            # "the spokesman said the report repeated speculation and insisted that ...": the parser
            # hangs "insisted" on the reported clause; a document does not insist, the speaker does
            return subject_of(outer)
        if shared is not None and any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children):
            return shared
    # with no "and", a speaker right before the verb comes first: "Iran has delivered missiles to
    # Russia, John Kirby, the White House spokesman, said", parsed with "said" joined to "delivered"
    return _speaker_before(verb) or shared


def _in_phrase(token: Token) -> bool:
    """The second of two places in a prepositional phrase ("shot down over Tripoli and Misrata"): no
    speaker (a name the parser made a "pobj" right before "said" may still be one)."""
    if token.dep_ != "conj" or token.ent_type_ not in {"GPE", "LOC", "FAC", "PERSON"}:
        return False
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.ent_type_ in {"GPE", "LOC", "FAC"}


def _speaker_before(verb: Token) -> Token | None:
    prev = verb.doc[verb.i - 1]
    if _in_phrase(prev):
        return None
    if prev.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or (prev.pos_ in {"NOUN", "PROPN"} and prev.lemma_.lower() in AGENT_NOUNS):
        return prev
    if prev.text == ",":
        # "after the State Department, citing declassified intelligence, said ...", "South Korean
        # authorities, meanwhile, affirm ...": the speaker stands before a comma-bounded aside
        doc, start = verb.doc, verb.sent.start
        j = prev.i - 1
        while j > start and j > prev.i - 12 and doc[j].text != ",":
            j -= 1
        if j > start and doc[j].text == ",":
            before = doc[j - 1]
            if before.dep_ == "pobj" and before.head.dep_ == "prep" and before.head.head.pos_ in {"NOUN", "PROPN"} \
                    and before.head.head.i < before.i:
                before = before.head.head  # "The Russian Embassy in Abuja, asked about ..., told": the embassy, not Abuja
                if before.dep_ == "appos" and before.head.i < before.i:
                    before = before.head  # "Meridian Naval, a consultancy in Hamburg, said": the name
            if before.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or (
                    before.pos_ in {"NOUN", "PROPN"} and (before.lemma_.lower() in AGENT_NOUNS or AGENT_SUFFIX.search(before.lower_))):
                return before
    return None


def is_negated(token: Token) -> bool:
    """"did not say", and "would neither confirm nor deny" (a refusal either way)."""
    if any(c.dep_ == "neg" for c in token.children):
        return True
    joined = token.head if token.dep_ == "conj" else token
    return any(c.dep_ == "preconj" and c.lower_ == "neither" for c in joined.children)


def _foreign_collective(doc: Doc, ent: Span, lexicon: Any) -> bool:
    """Whether a collective group named by a bare common noun ("cartels", "drug cartels" for the Mexican
    cartels) is somebody else's: the article never names the state the group operates in, or the words
    place it elsewhere ("Colombian drug cartels", "Ecuador's cartels", "drug cartels in Guayaquil")."""
    info = lexicon.actors.get(ent.ent_id_) if ent.ent_id_ else None
    home = info.get("operates") if info else None
    if not home or any(ch.isupper() for ch in ent.text):
        return False

    def elsewhere(e: Span | None) -> bool:
        if e is None or e.label_ not in {"GPE", "NORP", "LOC", "FAC"}:
            return False
        where = lexicon.actors.get(e.ent_id_, {}) if e.ent_id_ else {}
        return e.ent_id_ != home and where.get("located") != home

    def ent_at(i: int) -> Span | None:
        return next((e for e in doc.ents if e.start <= i < e.end), None) if 0 <= i < len(doc) else None

    if not any(e.ent_id_ == home or lexicon.actors.get(e.ent_id_, {}).get("located") == home for e in doc.ents if e.ent_id_):
        return True
    i = ent.start - 1
    if i >= 0 and doc[i].tag_ == "POS":
        i -= 1
    while i >= 0 and doc[i].pos_ == "ADJ" and doc[i].ent_type_ == "":
        i -= 1  # "Colombian armed drug cartels"
    if elsewhere(ent_at(i)):
        return True
    j = ent.end
    if j < len(doc) and doc[j].tag_ in {"VBG", "VBN"}:
        j += 1  # "drug cartels operating in", "cartels based in"
    return j + 1 < len(doc) and doc[j].lower_ in {"in", "from"} and elsewhere(ent_at(j + 1 if doc[j + 1].lower_ != "the" else j + 2))


# Honorifics before a surname only: "Mr Mkhize", "Dr Oduya" (not "General", which also heads offices).
SURNAME_HONORIFICS = {"mr", "mrs", "ms", "dr"}


def _untagged_surnames(doc: Doc) -> list[Span]:
    """Names after "Mr", "Mrs", "Ms" or "Dr" that the tagger left unnamed ("Mr Mkhize said", after "Mr S. Mkhize"
    was tagged): people, as the names it did tag."""
    found = []
    for t in doc:
        if t.pos_ == "PROPN" and t.is_title and not t.ent_type_ and t.i > 0 and doc[t.i - 1].lower_.rstrip(".") in SURNAME_HONORIFICS \
                and not (found and found[-1].end > t.i):
            end = t.i + 1
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].ent_type_:
                end += 1
            found.append(Span(doc, t.i, end, label="PERSON"))
    return found


class Context:
    """Per-document state: entities by token, paragraphs, quotations, speakers, and what was said.

    Everything that costs more than a glance is computed once per document here, so the rules
    look things up per sentence instead of scanning the document per anchor.
    """

    def __init__(self, doc: Doc, lexicon: Any):
        self.doc = doc
        self.lexicon = lexicon
        self.text = text = doc.text
        self.record_state: Actor | None = None  # the state (or union) whose government answers in a record (_speaker_lines)
        self.sents: list[Span] = list(doc.sents)
        self.sent_starts = [s.start for s in self.sents]
        self._sent_ents: dict[int, list[Span]] | None = None
        self.memo: dict[tuple, Any] = {}  # per-sentence results the rules compute once
        self.excluded: set[int] = set()
        para_starts = [0] + [m.end() for m in re.finditer(r"\n\s*", text)]
        self.para_starts = para_starts
        for start in para_starts:
            m = DATELINE.match(text, start)
            if m:
                span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is not None:
                    self.excluded.update(range(span.start, span.end))
        for ent in doc.ents:
            if _foreign_collective(doc, ent, lexicon):
                self.excluded.update(range(ent.start, ent.end))  # "drug cartels in Guayaquil": not Mexico's
                continue
            if ent.label_ == "NORP" and ent.start >= 2 and doc[ent.start - 1].lower_ in {"from", "into"} and \
                    doc[ent.start - 2].lemma_.lower() == "translate":
                self.excluded.update(range(ent.start, ent.end))  # "Translated from Spanish": a language, no state
                continue
            if ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].lower_ in {"based", "headquartered", "era", "vintage", "style"}:
                # "a UK-based group": where it sits, not a party; "Soviet-era BMP-1s": when they were made
                self.excluded.update(range(ent.start, ent.end))
                continue
            # "Seoul Ledger", "Washington Post", "Moscow Times": a capital that begins an outlet's
            # name is not the state
            nxt = ent.end
            if ent.label_ == "GPE" and nxt < len(doc) and doc[nxt].pos_ == "PROPN" and doc[nxt].ent_type_ in {"", "ORG"} \
                    and doc[nxt].text[:1].isupper() and ent.root.dep_ == "compound" and ent.root.head.i >= nxt \
                    and doc[nxt].lemma_.lower() not in SPEAKING_OFFICES | {"army", "navy"} \
                    and not (ent.start and doc[ent.start - 1].lemma_.lower() in GIVING_VERBS and lexicon.match_items([_compound_top(ent.root)])):
                # (but "the U.S. Ambassador" is the state's, and "has sent Ukraine Abrams tanks" gives to it)
                self.excluded.update(range(ent.start, ent.end))
        self.ent_of: dict[int, Span] = {}
        # A name the item lexicon knows ("Shaheds", "Javelins", "ATACMS") is cargo, not a party,
        # whatever label the statistical NER gave it.
        # Nor is a programme's name ("a possible Foreign Military Sale to the Government of Poland").
        self.ents = [e for e in doc.ents if e.label_ in ACTOR_LABELS and e.start not in self.excluded
                     and (e.ent_id_ or not (_names_item(lexicon, e) or _names_model(lexicon, e) or PROGRAMME_NAME.search(e.text)
                                            or MADE_BY.search(e.text)))]
        self.ents = sorted(self.ents + _untagged_surnames(doc), key=lambda e: e.start)
        for ent in self.ents:
            for i in range(ent.start, ent.end):
                self.ent_of[i] = ent
        self.alias: dict[str, Actor] = {}
        for ent in self.ents:  # "Shin Won-sik ... Shin told": a known person's surname alone
            info = lexicon.actors.get(ent.ent_id_) if ent.ent_id_ else None
            if info and info.get("type") == "person" and len(ent) > 1:
                # family names come first in Korean and Chinese names ("Shin Won-sik ... Shin said")
                self.alias.setdefault(ent[-1].lower_, self.actor_from_ent(ent))
                self.alias.setdefault(ent[0].lower_, self.actor_from_ent(ent))
        # Speaker labels of transcript paragraphs: paragraph start offset -> (label span, text).
        self.labels: dict[int, tuple[int, int, str]] = {}
        # an interview names its guest in full first and labels the answers with the surname alone
        for start in para_starts:
            m = SPEAKER_LABEL.match(text, start)
            if m and "," in m.group(0)[m.end(1) - m.start(0):] and lexicon.find_name(m.group(1).title()) is not None:
                m = None  # "MOSCOW, RUSSIA: ...": a dateline, not a speaker with a description
            if m:
                rest = text[m.end() : text.find("\n", m.end()) if "\n" in text[m.end():] else len(text)]
                if rest.strip() and rest.upper() == rest:
                    m = None  # "EUROFIGHTERS: STILL STUCK IN BERLIN": a newsletter's heading, not a speaker
            words = m.group(1).split() if m else []
            if m and (len(words) <= 4 or len(words) <= 7 and m.group(1).isupper()) and (_speaker_like(m.group(1), lexicon) or _named_in_full(m.group(1), text)):
                self.labels[start] = (m.start(1), m.end(1), m.group(1))
        speaker_labels = dict(self.labels)
        if len(self.labels) < 2:
            # one "Verdict: False." or "Update: ..." does not make a transcript
            known = {k: v for k, v in self.labels.items() if v[2].strip().lower() not in QUESTION_LABELS
                     and lexicon.surname(v[2].replace(".", " ").split()[-1]) is not None}
            self.labels = known
        self.label_starts = sorted(self.labels)
        # Paragraphs the page opens with its own note ("Editor's note: ..."), which end a transcript's last speaker.
        self.note_starts = [m.start() for m in EDITORS_NOTE.finditer(text)]
        # Quotations: (start, end) character spans, paired per paragraph.
        self.quotes: list[tuple[int, int]] = []
        for m in re.finditer(r"“[^”]*”?|\"[^\"\n]*\"", text):
            self.quotes.append((m.start(), m.end()))
        self._quote_speaker: dict[tuple[int, int], tuple[Actor | None, bool]] = {}
        self.last_claimant: Actor | None = None
        # A document that is itself one body's statement ("[Translated from German. Statement of the
        # Federal Ministry of Defence, Berlin.]") speaks for that body where nobody else is quoted.
        self.recent_ent: Span | None = None
        self.header_end: int | None = None  # where an introducing note ends, after a masthead line (_statement_header)
        header = self._statement_header()
        self.default_speaker: Actor | None = header or self._government_publisher()
        # A reproduced statement speaks up to a section the page adds in its own voice ("Background",
        # "Editor's note"); a government body's own page speaks for its state throughout.
        self.own_section = self._own_section_start() if header is not None else len(text)
        self.forces_owner: Actor | None = None  # whose "the military" is, once read (Context._forces_owner)
        self.host: Actor | None = self._briefing_host()
        if self.host is not None and not self.labels:
            # a briefing's transcript with one speaker ("SPOKESMAN: Iran continues to supply ..."): its label speaks
            self.labels = {k: v for k, v in speaker_labels.items() if v[2].strip().lower() not in QUESTION_LABELS}
            self.label_starts = sorted(self.labels)
        self.last_site: Actor | None = None
        self.last_person: Actor | None = None
        self.descriptors: dict[str, Actor] = {}
        self.parties = self._case_parties()
        self._person_titles()
        # Speaker lines of a parliamentary record: a member's name on a line of its own (Hansard) or
        # opening the paragraph before a dash (the European Parliament's verbatim report).
        self.label_actors: dict[int, Actor | None] = {}
        lines = self._speaker_lines()
        if len(lines) >= 2:
            for start, (s, e, label, actor) in lines.items():
                self.labels[start] = (s, e, label)
                self.label_actors[start] = actor
            self.label_starts = sorted(self.labels)

    # ------------------------------------------------------------------ basic lookups

    def sent_of(self, token: Token) -> Span:
        return self.sents[bisect.bisect_right(self.sent_starts, token.i) - 1]

    def ents_in(self, sent: Span) -> list[Span]:
        """All entities of a sentence (any label), bucketed once per document."""
        if self._sent_ents is None:
            self._sent_ents = {s.start: [] for s in self.sents}
            for ent in self.doc.ents:
                self._sent_ents[self.sent_of(ent[0]).start].append(ent)
        return self._sent_ents.get(sent.start, [])

    def para_start(self, char: int) -> int:
        return self.para_starts[bisect.bisect_right(self.para_starts, char) - 1]

    def _era_before(self, ent: Span, last_year: int, former: str) -> bool:
        """Whether the sentence of ``ent`` tells of a time no later than ``last_year``: it names no later year, and it
        names the former state ("Soviet", "Soviet Union") or a year no later than ``last_year`` (not the paragraph's
        years: "The regime that once begged Moscow for ammunition now ships it back", after a paragraph on 1950)."""
        sent = self.sent_of(ent[0])
        years = [int(t.text) for t in sent if len(t.text) == 4 and t.text.isdigit() and 1900 <= int(t.text) <= 2100]
        if years and max(years) > last_year:
            return False
        adjective = former.split()[0]
        if any(t.text in {adjective, "USSR"} and not (t.i + 1 < len(self.doc) and self.doc[t.i + 1].text == "-")
               and not (t.i > 0 and self.doc[t.i - 1].text == "-") for t in sent):
            return True  # ("Soviet-era tanks", "post-Soviet states" are no such time)
        return bool(years) and max(years) <= last_year

    def actor_from_ent(self, ent: Span) -> Actor:
        iri = ent.ent_id_ or None
        region = HOMONYM_REGIONS.get(self.lexicon.actors[iri]["label"]) if iri in self.lexicon.actors else None
        if region is not None and self._region_of_place(ent, iri):
            # "Marietta, Georgia": the U.S. state, a site in the United States, not the country
            iri = self.lexicon.find_name(region) or iri
        if iri and iri in self.lexicon.actors and self.lexicon.actors[iri].get("type") == "person" and len(ent) == 1 and ent.start > 0:
            given = ent.doc[ent.start - 1]
            if given.pos_ == "PROPN" and given.is_title and given.is_alpha and _ascii(given.text) not in _ascii(self.lexicon.actors[iri]["label"]) \
                    and given.ent_type_ in {"", "PERSON", "ORG"} and given.lower_ not in HONORIFICS | PERSON_TITLES \
                    and not self.lexicon.find_name(given.text) and not self.lexicon.find_demonym(given.text):
                # "Francesca Albanese", not Anthony Albanese: a surname the gazetteer knows after another given name
                return Actor(f"{given.text} {ent.text}", None, "named", ent.text, ent.start_char, "PERSON")
        if iri and iri in self.lexicon.actors and self.lexicon.actors[iri].get("type") == "state" and ent.start > 0 \
                and ent.root.dep_ != "compound":
            section = self.ent_of.get(ent.start - 1)
            info = self.lexicon.actors.get(section.ent_id_ or "", {}) if section is not None else {}
            if info.get("type") == "organisation" and section.root.head.i == ent.root.i:
                # "Amnesty International Canada": the organisation's national section, not the state
                name = f"{section.text} {ent.text}"
                return Actor(name, None, "named", name, section.start_char, "organisation")
        if iri and iri == self.lexicon.generic_panel and not any(t.lower_ == "on" for t in ent):
            # "the UN Panel of Experts" in a story on Haiti is the panel on Haiti, not the one on North Korea
            state = self._dateline_state() or self._most_named_state(ent[0], leave_out_sentence=False)
            iri = self.lexicon.panel_on(state.iri if state is not None else None) or iri
        if iri and iri in self.lexicon.actors and ent.text in CAPITALS_OF_FORMER_STATES.get(self.lexicon.actors[iri]["label"], {}):
            # "Moscow" and "the Kremlin" in a sentence on 1977 are the Soviet Union's, not Russia's
            former, last_year = CAPITALS_OF_FORMER_STATES[self.lexicon.actors[iri]["label"]][ent.text]
            if self._era_before(ent, last_year, former):
                iri = self.lexicon.find_name(former) or iri
        if iri and iri in self.lexicon.actors:
            info = self.lexicon.actors[iri]
            if info.get("kind") == "site":
                return Actor(info["label"], iri, "site", ent.text, ent.start_char, "site")
            # An agency or person speaks for its state: the claimant/supplier is the state. A project
            # keeps its own name (Beyond Parallel is not all of CSIS); kgo:partOf records the link.
            top = info["top"]
            top_type = self.lexicon.actors.get(top, {}).get("type", info["type"])
            if top_type == "state" and ent.root.lemma_.lower() in STATE_BODY_HEADS | {"office", "department"}:
                owner = next((self.known(c) for c in ent.root.children if c.dep_ == "poss" and c.i < ent.start), None)
                if owner is not None and owner.actor_type == "state" and owner.iri != top:
                    # "Pakistan's Foreign Office": the possessor's, though the name alone is Britain's
                    return Actor(owner.label, owner.iri, "named", ent.text, ent.start_char, "state")
            if top != iri and (top_type == "state" or info["type"] in {"person", "agency"}):
                # (a person speaks for the body they serve too: "Tom Andrews" is the UN special rapporteur; an
                # agency for the government it serves, a region's too: the Peshmerga are the Kurdistan Regional Government's)
                return Actor(info["top_label"], top, "named", ent.text, ent.start_char, top_type)
            return Actor(info["label"], iri, "named", ent.text, ent.start_char, info["type"])
        text = ent.text
        of = next((t.i - ent.start for t in ent if t.lower_ == "of"), 0)
        if ent.label_ == "ORG" and 2 <= of <= 3 and ent[-1].lemma_.lower() in ORG_NAME_HEADS and all(
                t.is_title and t.is_alpha for t in ent[:of]):
            # "Tomasz Kowal of the Vistula Defence Forum" taken as one name: the organisation
            text = ent[of + 1:].text
        for suffix in ("’s", "'s", "‘s"):
            text = text.removesuffix(suffix)
        text = re.sub(r"^(the|The)\s+", "", text).strip()
        if text.count("(") > text.count(")"):
            text = text[:text.rindex("(")].strip() or text  # "Department of National Defense (DND", cut before its acronym
        # (a person's name alone that the tagger took for a place: "Redwan said", after "Redwan Hussien, Ethiopia's ...")
        if ent.label_ in {"PERSON", "ORG"} or (len(ent) == 1 and text.lower() in self.alias):
            for key in (text.lower(), text.split()[-1].lower() if text.split() else ""):
                if key in self.alias:
                    found = self.alias[key]
                    return Actor(found.label, found.iri, found.kind, ent.text, ent.start_char, found.actor_type)
        if ent.label_ in {"PERSON", "ORG"} and len(ent) == 1 and text.istitle() and text.isalpha():
            short = self._short_name_of(ent, text)
            if short is not None:
                return short
        before = self.ent_of.get(ent.start - 1)
        if ent.label_ == "ORG" and len(text.split()) == 1 and text[:1].isupper() and not (
                before is not None and before.label_ in {"NORP", "GPE"}):
            # (not "the Philippine Navy" tagged "Philippine" + "Navy" after the U.S. Navy: its state's)
            named = self._named_before(ent, text)
            if named is not None:
                return named
        kind = "site" if (ent.label_ in {"FAC", "LOC"} and ent[-1].lemma_.lower() not in ORG_NAME_HEADS) or (
            len(ent) > 1 and ent[-1].lemma_.lower() in FACILITY_HEADS) else "named"  # "Misawa Air Base", tagged ORG
        # (an organisation the tagger took for a facility: "the Sahel Security Observatory")
        actor = Actor(text, None, kind, ent.text, ent.start_char, "ORG" if kind == "named" and ent.label_ in {"FAC", "LOC"} else ent.label_)
        return self._body_state(ent, actor) if ent.label_ == "ORG" else actor

    def _region_of_place(self, ent: Span, iri: str) -> bool:
        """Whether a state's name is written as the region of a place ("Marietta, Georgia") in a text
        that names the state in no other way (its capital, its demonym)."""
        if ent.start < 2 or self.doc[ent.start - 1].text != "," or self.doc[ent.start - 2].pos_ != "PROPN":
            return False
        if ent.end < len(self.doc) and self.doc[ent.end].lower_ in {"'s", "’s", "and", "or"} or ent.root.dep_ == "conj":
            return False  # "Zurab Beridze, Georgia's defence minister", "the Western Balkans, Georgia and Moldova"
        place = self.known(self.doc[ent.start - 2])
        if place is not None and place.actor_type == "state":
            return False
        info = self.lexicon.actors[iri]
        others = [n for n in str(info.get("names") or "").split("|") + str(info.get("demonyms") or "").split("|")
                  if n and n != info["label"]]
        return not any(re.search(rf"\b{re.escape(n)}\b", self.text) for n in others)

    def _short_name_of(self, ent: Span, word: str) -> Actor | None:
        """A one-word name that the text gave in full before, whatever the tagger makes of it now: "Alderman"
        after "Ruth Alderman" (a person's surname), "Omega" after "the Omega Research Foundation" (an
        organisation's first word)."""
        for other in reversed(self.ents):
            if other.start >= ent.start or len(other) < 2 or other.ent_id_:
                continue
            words = [t for t in other if t.lower_ != "the"]
            if other.label_ == "PERSON" and other[-1].text == word or other.label_ == "ORG" and len(words) > 1 \
                    and words[0].text == word and words[-1].lemma_.lower() in ORG_NAME_HEADS:
                actor = self.actor_from_ent(other)
                if actor.kind == "named" and actor.iri is None and len(actor.label.split()) > 1:
                    return Actor(actor.label, None, "named", ent.text, ent.start_char, actor.actor_type)
        return None

    def _named_before(self, ent: Span, head: str) -> Actor | None:
        """"The Team", "the Institute": the organisation named before whose full name ends in or
        is headed by that word ("the Multilateral Sanctions Monitoring Team (MSMT)")."""
        for other in reversed(self.ents):
            if other.start >= ent.start or other.label_ != "ORG" or len(other) < 2:
                continue
            if CASE_NAME.search(other.text):
                continue  # "Primorsk Lines v Council" names a case, not the Council
            if head in {other[-1].text, other.root.text}:
                actor = self.actor_from_ent(other)
                if actor.kind == "named" and len(actor.label.split()) > 1:
                    return Actor(actor.label, actor.iri, actor.kind, ent.text, ent.start_char, actor.actor_type)
        return None

    def known(self, token: Token) -> Actor | None:
        """The gazetteer actor (or state of a known person) a token is part of, else None."""
        ent = self.ent_of.get(token.i)
        if ent is None:
            return None
        actor = self.actor_from_ent(ent)
        return actor if actor.iri else None

    def _our_country(self, token: Token) -> Actor | None:
        """Whose "our government", "our brigade" it is: the speaker's state, or the country a research
        body or person speaking belongs to."""
        speaker = self.speaker_at(token.idx)[0]
        if speaker is None:
            return None
        return speaker if speaker.actor_type in {"state", "agency"} else self._home_state(speaker)

    def _home_state(self, actor: Actor) -> Actor | None:
        """The state a non-state speaker belongs to: where the gazetteer places it, else a place its
        name holds ("the Yerevan Centre for Defence Studies" is Armenian)."""
        info = self.lexicon.actors.get(actor.iri or "", {})
        for key in ("located", "based", "top"):
            home = self.lexicon.actors.get(info.get(key) or "", {})
            if home.get("type") == "state":
                return Actor(home["label"], info[key], "named", actor.text, actor.start, "state")
        for word in re.findall(r"[A-Z][\w'-]+", actor.label):
            iri = self.lexicon.find_name(word)
            found = self.lexicon.actors.get(iri or "", {})
            if found.get("type") == "state":
                return Actor(found["label"], iri, "named", actor.text, actor.start, "state")
            located = self.lexicon.actors.get(found.get("located") or "", {})
            if located.get("type") == "state":
                return Actor(located["label"], found["located"], "named", actor.text, actor.start, "state")
        return None

    def site_country(self, actor: Actor) -> Actor | None:
        """The state a gazetteer site lies in: a transfer "to Dunai" goes to Russia."""
        info = self.lexicon.actors.get(actor.iri or "", {})
        located = info.get("located")
        if not located or located not in self.lexicon.actors:
            return None
        linfo = self.lexicon.actors[located]
        return Actor(linfo["label"], located, "named", actor.text, actor.start, linfo["type"])

    def actor_at(self, token: Token, allow_children: bool = True, via_preps: bool = True) -> Actor | None:
        """The actor a token names, directly or through a modifier ("South Korean authorities").

        Only gazetteer entities count as modifiers: "European diplomat" is not an actor named
        "European". Prepositions ("officials in Seoul", "the head of Ukraine's intelligence") are
        followed only from nouns that stand for people or offices.
        """
        if token.i in self.ent_of:
            # (a warship's name is cargo: "handed over the Guardian-class Patrol Boat RSIPV Gizo")
            return None if is_ship_name(self.ent_of[token.i]) else self.actor_from_ent(self.ent_of[token.i])
        if token.lemma_.lower() in FORCE_NAME_HEADS and token.text[:1].isupper():
            # "the Papua New Guinea Defence Force", the state's name tagged alone: that state
            left = token.left_edge.i + (token.left_edge.lower_ == "the")
            name = self.doc[left: token.i + 1]
            found = self._state_in_force_name(name) if left < token.i and all(
                t.text[:1].isupper() or t.lower_ in {"of", "'s", "’s"} for t in name) else None
            if found is not None:
                return found
        if allow_children:
            for child in token.children:
                if child.dep_ in {"compound", "amod", "poss", "nmod"}:
                    known = self.known(child)
                    if known is not None:
                        return known
                    for grand in child.children:  # "North Korean-supplied", "Russian-flagged"
                        if grand.dep_ in {"npadvmod", "compound", "amod"} and grand.i < child.i:
                            known = self.known(grand)
                            if known is not None and child.lemma_.lower() not in {"flag", "flagged"}:
                                return known
            if via_preps and token.lemma_.lower() in GOV_NOUNS | AGENT_NOUNS:
                # a diplomat "in Seoul" is posted there; officials "in Seoul" work for it
                preps = {"of", "from"} if token.lemma_.lower() in POSTED else {"in", "of", "from"}
                for child in token.children:
                    if child.dep_ == "prep" and child.lower_ in preps:
                        for pobj in children(child, {"pobj"}):
                            found = self.actor_at(pobj, True, True)
                            if found is not None and found.kind == "named" and found.iri:
                                return found
        return None

    def state_named(self, name: str, text: str, start: int) -> Actor | None:
        """The gazetteer state a name or demonym stands for ("Ukraine", "U.S.", "Ukrainian's"), said as ``text``."""
        iri = self.lexicon.find_name(name) or self.lexicon.find_demonym(name.removesuffix("'s").removesuffix("’s"))
        info = self.lexicon.actors.get(iri or "", {})
        return Actor(info["label"], iri, "named", text, start, "state") if info.get("type") == "state" else None

    def token_at(self, char: int) -> Token | None:
        """The token a character offset falls in (an actor's ``start``)."""
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def as_party(self, actor: Actor | None, supplying: bool = False) -> Actor | None:
        """A company as a supplier or recipient stands for the state it is based in (kgo:basedIn):
        what Rheinmetall ships, Germany ships. As a claimant it keeps its own name. An armed group
        based in a state (the Wagner Group) supplies for that state ("Wagner has deployed 1,500
        fighters to Mali" is Russia's deployment) but receives as itself."""
        if actor is None or not (actor.actor_type == "company" or supplying and actor.actor_type == "armed group"):
            return actor
        token = self.token_at(actor.start) if actor.text else None
        ent = self.ent_of.get(token.i) if token is not None else None
        if ent is not None and actor.actor_type == "company":
            # "buying 54 Leopard 2A8 tanks from KNDS in Germany": the branch the text places it in
            for prep in children(ent.root, {"prep"}):
                if prep.lower_ == "in" and prep.i == ent.end:
                    found = next((a for p in children(prep, {"pobj"}) for a in [self.known(p)]
                                  if a is not None and a.kind == "named" and a.actor_type == "state"), None)
                    if found is not None:
                        return found
        based = self.lexicon.actors.get(actor.iri or "", {}).get("based")
        info = self.lexicon.actors.get(based or "", {})
        return Actor(info["label"], based, "named", actor.text, actor.start, info["type"]) if info else actor

    def proxy(self, supplier: Actor | None, recipient: Actor | None, before: int) -> Actor | None:
        """The armed group a state's supply "to" a country goes to: one the supplier is known to arm there
        (kgo:backedBy, kgo:operatesIn) and the article names, the one named last before ``before`` (else
        first after). "Iran has not sent weapons to Yemen" in a story on the Houthis is about the Houthis;
        the state stays the recipient when the article names no such group."""
        if supplier is None or recipient is None or recipient.actor_type != "state":
            return recipient
        groups = self.lexicon.proxies(supplier.iri, recipient.iri)
        if not groups:
            return recipient
        token = self.token_at(recipient.start) if recipient.text and recipient.start >= 0 else None
        ent = self.ent_of.get(token.i) if token is not None else None
        body = ent.root.head if ent is not None and ent.root.dep_ == "poss" else None
        if body is not None and body.pos_ == "NOUN" and body.i not in self.ent_of and body.lemma_.lower() in STATE_BODY_HEADS:
            # "to Sudan's army", "to Syria's new government": the state's own body (not "the Yemeni armed forces" of an
            # Iranian statement, which are the Houthis, nor "Iraq's Popular Mobilisation Forces", a group by name)
            return recipient
        named = [(ent.start_char, ent.ent_id_) for ent in self.ents if ent.ent_id_ in groups]
        if not named:
            return recipient
        earlier = [n for n in named if n[0] < before]
        iri = (earlier[-1] if earlier else named[0])[1]
        return self.gazetteer_actor(iri, recipient.text, recipient.start)

    def _collective_group(self, token: Token) -> Actor | None:
        """The gazetteer's collective armed group ("Haitian gangs") for a bare "gangs" or "the gangs": of the state
        the phrase places them in ("gangs in Haiti"), else the dateline's, else the state the text names most."""
        placed = next((k for prep in children(token, {"prep"}) if prep.lower_ in {"in", "of", "across"}
                       for p in children(prep, {"pobj"}) for k in [self.known(p)] if k is not None), None)
        if placed is not None and placed.kind == "site":
            placed = self.site_country(placed)
        state = placed or self._dateline_state() or self._most_named_state(token, leave_out_sentence=False)
        return self.gazetteer_actor(self.lexicon.collective(state.iri, token.lower_), token.text, token.idx) if state is not None else None

    def gazetteer_actor(self, iri: str | None, text: str = "", start: int = -1) -> Actor | None:
        """The gazetteer's actor ``iri`` as named actor, said as ``text`` at ``start`` (None if the gazetteer lacks it)."""
        info = self.lexicon.actors.get(iri or "")
        return Actor(info["label"], iri, "named", text, start, info["type"]) if info else None

    def top_actor(self, iri: str, text: str = "", start: int = -1) -> Actor:
        """The actor that the gazetteer's ``iri`` speaks for (``kgo:partOf`` followed to its end: a minister's
        state, the Peshmerga's government), said as ``text`` at ``start``."""
        info = self.lexicon.actors[iri]
        return Actor(info["top_label"], info["top"], "named", text, start, self.lexicon.actors.get(info["top"], {}).get("type", ""))

    def named_last(self, token: Token, kinds: set[str]) -> Actor | None:
        """The actor of one of ``kinds`` named last before ``token``."""
        for ent in reversed(self.ents):
            if ent.start_char < token.idx:
                found = self.actor_from_ent(ent)
                if found.kind == "named" and found.actor_type in kinds:
                    return found
        return None

    def _kingdom_meant(self, token: Token) -> Actor | None:
        """Which monarchy "the Kingdom" is (Saudi Arabia in a Saudi story): the one the text has named most
        before its sentence, the latest of those on a tie ("Saudi Arabia has also turned to Spain ... Madrid
        approved the delivery of bombs to the kingdom": not Spain)."""
        here = self.sent_of(token).start_char
        counts: dict[str, tuple[int, int, Actor]] = {}
        for ent in self.ents:
            if ent.start_char >= here or not ent.ent_id_:
                continue
            found = self.actor_from_ent(ent)
            found = self.site_country(found) if found.kind == "site" else found
            if found is not None and found.kind == "named" and found.actor_type == "state" and found.label in KINGDOMS:
                n = counts.get(found.label, (0, 0, found))[0]
                counts[found.label] = (n + 1, ent.start_char, found)
        return max(counts.values(), key=lambda v: (v[0], v[1]))[2].said_at(token) if counts else None

    def counted_name(self, token: Token) -> bool:
        """A name the gazetteer does not know, counted: kit, not a state or a person ("will send six
        more Caesars", tagged GPE)."""
        return token.ent_type_ in {"GPE", "LOC", "PERSON", "NORP"} and self.known(token) is None and is_counted(token)

    def role_actor(self, token: Token) -> Actor | None:
        """The actor in a supplier/recipient slot; a site stands for the state it lies in."""
        if first_person(token):
            speaker = self.speaker_at(token.idx)[0]
            if speaker is not None and speaker.iri is None and token.lower_ in {"we", "us", "our", "ours"} \
                    and self.record_state is not None and speaker in self.label_actors.values():
                # a member of a parliament's "our own deliveries": the country whose parliament it is
                return self.record_state
            if speaker is not None and token.lower_ in {"we", "us", "our", "ours"} and speaker.actor_type in {
                    "person", "PERSON", "ORG", "organisation", "project", "unnamed"}:
                # "Until now Paris had sent us ...", said by the director of the Yerevan Centre for
                # Defence Studies: a research body or a person receives no arms, the country does
                return self._home_state(speaker)
            return speaker
        if token.lower_ == "kingdom" and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
                and not any(c.dep_ in {"compound", "amod"} for c in token.children):
            kingdom = self._kingdom_meant(token)
            if kingdom is not None:
                return kingdom
        if token.lemma_.lower() in {"ministry", "department"} and [c.lower_ for c in token.children if c.dep_ == "det"] == ["the"] \
                and not any(c.dep_ in {"poss", "amod", "compound"} or c.lower_ == "of" for c in token.children) and self.labels:
            speaker = self.speaker_at(token.idx)[0]
            if speaker is not None and speaker.kind == "named" and speaker.actor_type == "state":
                return speaker  # "the ministry signed a contract ...", in a minister's answer in the record: his state's
        if token.lemma_.lower() == "country" and self.record_state is not None and any(
                c.dep_ == "det" and c.lower_ == "this" for c in token.children) and self.speaker_at(token.idx)[1]:
            return self.record_state  # "Since 2015 this country has licensed ...", said in its parliament
        if token.lower_ in PRONOUNS:
            found = self._object_paid_for(token) or self._enclosing_subject(token)
            if found is None and token.lower_ == "it" and token.dep_ in {"nsubj", "nsubjpass"} and token.head.dep_ == "ROOT":
                # "Russia is not fighting alone. It receives ammunition ... from North Korea": the
                # state the sentence before, in the same paragraph, has as its subject
                found = self._state_subject_of_clause_before(token)
                k = bisect.bisect_right(self.sent_starts, token.i) - 1
                if found is None and k >= 1 and self.sents[k - 1].start_char >= self.para_start(token.idx):
                    found = self._state_subject_before(token)
            if found is None and token.lower_ == "it" and token.dep_ in {"nsubj", "nsubjpass"} and token.head.dep_ == "conj":
                # "It flies F-16s, and it has signed for Rafales": the second "it" is the first
                first = next((c for c in token.head.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "it"
                              and c.i < token.i), None)
                found = self.role_actor(first) if first is not None else None
            return found
        if token.lemma_.lower() in GROUP_COLLECTIVES and token.tag_ == "NNS" and token.i not in self.ent_of and all(
                c.dep_ == "det" and c.lower_ == "the" or c.dep_ in {"prep", "relcl", "acl", "punct", "case"} for c in token.children):
            # "accused Washington of planning to supply the rebels with ...", "sold ammunition to gangs": the
            # collective named before, else the one the gazetteer knows in the story's state
            lemma = token.lemma_.lower()
            named = next((a for e in reversed(self.ents) if e.end <= token.i for a in [self.actor_from_ent(e)]
                          if a.kind == "named" and a.actor_type == "armed group" and lemma in a.label.lower()), None)
            if named is not None:
                return named
            collective = self._collective_group(token)
            if collective is not None:
                return collective
        if token.lemma_.lower() in FORCE_NOUNS:
            poss = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None)
            if poss is not None:  # "Russia denied that North Korean shells had been delivered to its army"
                found = self._enclosing_speaker(token)
                if found is not None and found.kind == "named" and found.actor_type == "state":
                    return found
        if token.lemma_.lower() in FORCE_NOUNS | {"brigade", "battalion"} and any(
                c.dep_ == "poss" and c.lower_ == "our" for c in token.children):
            speaker = self.speaker_at(token.idx)[0]  # "American instructors already train our peacekeeping brigade"
            if speaker is not None and speaker.kind == "named" and speaker.actor_type == "state":
                return speaker  # "... to our army," Somalia's defence minister said
            if speaker is not None and speaker.actor_type not in {"state", "agency"}:
                return self._home_state(speaker)
        if token.lemma_.lower() in OWN_STATE_NOUNS and any(c.dep_ == "poss" and c.lower_ in {"his", "her", "our"} for c in token.children):
            own = self._own_state(token)  # "Iran's defence minister said his country had delivered no missiles"
            if own is not None:
                return own
        if token.lemma_.lower() == "country" and token.tag_ == "NN" and any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            fronted = self.fronted_state(self.sent_of(token), by_name=False)
            if fronted is not None:
                return fronted  # "In Burkina Faso, Russian state media reported that 100 soldiers had arrived in the country"
            # "the ministry rejected the report, stating that the country had never exported ...":
            # the state whose body speaks in the enclosing clause
            found = self._enclosing_speaker(token)
            if found is not None and found.actor_type == "state":
                return found
        for child in token.children:  # "Russian-occupied Donetsk": the occupier holds it
            if child.dep_ in {"amod", "compound"} and child.lower_ in {"occupied", "held", "controlled", "annexed"}:
                holder = next((self.known(g) for g in child.children if g.dep_ in {"npadvmod", "amod", "compound"} and self.known(g)), None)
                if holder is not None:
                    return holder
        if self.counted_name(token) or self._named_kit(token):
            return None
        if token.lemma_.lower() in {"region", "province"}:
            # "China's Taiwan region": the place the region is, whoever claims it
            named = next((k for c in token.children if c.dep_ == "compound" for k in [self.known(c)]
                          if k is not None and k.kind == "named" and k.actor_type == "state"), None)
            if named is not None:
                return named
        actor = self.actor_at(token, via_preps=False)
        if actor is not None and actor.iri is None and token.i in self.ent_of and self.ent_of[token.i].label_ in {"ORG", "PERSON"}:
            # "Spain's Navantia is building five corvettes": a firm the gazetteer does not know, by its state
            owner = next((k for c in self.ent_of[token.i].root.children if c.dep_ == "poss"
                          for k in [self.known(c)] if k is not None and k.actor_type == "state"), None)
            if owner is not None:
                return owner
        if (actor is None or actor.iri is None) and token.pos_ == "PROPN":
            owner = self._firm_state(self.ent_of[token.i].root if token.i in self.ent_of else token)
            if owner is not None:  # "French shipbuilder Kerlouan", "Kerlouan, a French shipyard,": a firm ships for its state
                return owner
        if actor is not None and actor.iri is None and actor.actor_type == "PERSON" and token.i in self.ent_of:
            return None  # a person the gazetteer does not know ships and receives for no state we can name
        if actor is not None and actor.iri is None and token.i in self.ent_of and self.ent_of[token.i].label_ == "ORG" \
                and _state_body_name(self.ent_of[token.i]):
            # "the Air Force received 12 jets", "the Department of National Defense signed for ...": a national body
            # whose name gives no state is the page's government's, else the story's state
            found = self._government_publisher() or self._dateline_state() or self._most_named_state(token, leave_out_sentence=False)
            if found is not None:
                return found
        if actor is None and token.lemma_.lower() == "regime" and any(c.lower_ in {"the", "this"} for c in token.children):
            actor = self._most_named_state(token)  # "the regime ... now ships it back by the trainload"
        if actor is None and self._the_island(token):
            actor = self.named_last(token, {"state"})  # "the island might also have received ...": Taiwan, named before
        if (actor is None or (actor.iri is None and actor.label.lower() == token.lower_)) and token.lemma_.lower() in FORCES_WORDS | {"force"} and any(
                c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in token.children):
            # "New Zealand has no plans to supply ..., but its navy trains Fijian sailors": the state the
            # sentence named before as a subject, else the sentence before's
            actor = next((k for t in reversed(self.doc[self.sent_of(token).start: token.i])
                          if t.dep_ == "nsubj" for k in [self.known(t)] if k is not None and k.actor_type == "state"), None) \
                or self._state_subject_before(token)
        if (actor is None or actor.iri is None and token.lemma_.lower() == "guard") and self.bare_forces(token):
            # "the military has imported ... weapons", "China sold the air force jets" (and "the National Guard",
            # which the tagger takes for a name)
            actor = self._forces_owner(token)
        for lemmas, dets, kinds in DESCRIBED_BODIES if actor is None else ():
            if token.lemma_.lower() in lemmas and any(c.dep_ == "det" and c.lower_ in dets for c in token.children):
                found = self.named_last(token, kinds)
                if found is not None:
                    return found
        if actor is None and token.lemma_.lower() in {"government", "authority", "administration", "regime", "junta"}:
            # "the government in Tripoli", "the authorities in Tehran": the state of the seat named
            # (the parser may hang "in Tripoli" on the verb: the phrase right after the noun)
            after = [token.doc[token.i + 1]] if token.i + 1 < len(token.doc) and token.doc[token.i + 1].dep_ == "prep" else []
            # ("the government of Vietnam", "the Government of the Sudan": the state it governs)
            seat = next((k for p in children(token, {"prep"}) + after if p.lower_ in {"in", "of"} for o in children(p, {"pobj"})
                         for k in [self.known(o)] if k is not None), None)
            if seat is not None and seat.kind == "site":
                seat = self.site_country(seat)
            if seat is not None and seat.kind == "named" and seat.actor_type == "state":
                return seat
        if actor is None and token.lemma_.lower() in {"government", "cabinet"} and token.tag_ == "NN" and all(
                c.dep_ == "det" and c.lower_ == "the" or c.dep_ in {"punct", "relcl", "acl", "appos"}
                or c.dep_ == "amod" and c.lower_ in {"federal", "national", "central"} for c in token.children) \
                and any(c.dep_ == "det" for c in token.children):
            # "BERLIN — The (federal) government approved the export of ... to Saudi Arabia": the story's own state;
            # in a state's mouth its own ("Iran's foreign minister said the government had never sent drones")
            speaker = self._enclosing_speaker(token)
            actor = speaker if speaker is not None and speaker.kind == "named" and speaker.actor_type == "state" else None
            actor = actor or self._earlier_office(token) or self._dateline_state()
        if actor is None and token.lemma_.lower() in {"state", "country", "government"} and any(
                c.lower_ in {"member", "members"} for c in token.children):
            # "member states had delivered ...": the union or alliance the sentence names
            for ent in self.ents_in(self.sent_of(token)):
                found = self.known(ent[0])
                if found is not None and found.actor_type == "organisation" and ent.start < token.i:
                    return found
        if actor is None and token.lemma_.lower() in GOV_DESCRIPTORS - PERSON_TITLES and any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            # "the department announced a package" said by a department's spokesman: his state
            speaker, known = self.speaker_at(token.idx)
            if known and speaker is not None and speaker.actor_type in {"state", "agency"}:
                return speaker
        if actor is None and token.lemma_.lower() in PEOPLE_NOUNS and any(
                c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in token.children):
            actor = self._last_person_state(token)  # "helping his scientists" after "What does Kim get?"
        if actor is None and token.lemma_.lower() in BUSINESS_NOUNS:
            actor = self._business_place(token)
        if actor is not None and actor.kind == "site" and actor.iri is None and token.i in self.ent_of:
            # a base or port the gazetteer does not know: the state written after it ("Misawa Air Base in
            # northern Japan", "Eindhoven Air Base, the Netherlands"), else no party
            return self._state_near_site(self.ent_of[token.i])
        if actor is not None and actor.kind == "site":
            return self.site_country(actor)
        if actor is not None and actor.kind != "named":
            return None
        return actor

    def _earlier_office(self, token: Token, same_words: bool = False) -> Actor | None:
        """The state of the latest earlier mention of the same office with its owner ("Russia's defence
        ministry", "the German defence ministry"): what "the ministry" refers back to. With
        ``same_words`` the earlier mention must carry the words this one does ("the air force" is
        "the Nigerian Air Force", not "Russia's armed forces")."""
        lemma = token.lemma_.lower()
        words = {c.lower_ for c in token.children if c.dep_ in {"compound", "amod"}} if same_words else set()
        for t in reversed(self.doc[: token.i]):
            if t.lemma_.lower() != lemma or t.pos_ not in {"NOUN", "PROPN"} or not words <= {c.lower_ for c in t.children}:
                continue
            # ("Pakistan's foreign office spokeswoman": the owner may sit on the title the office names)
            owners = list(t.children) + (list(t.head.children) if t.dep_ == "compound" and t.head.i > t.i else [])
            for child in owners:
                if child.dep_ in {"poss", "amod", "compound"} and child.i != t.i and child.lower_ not in words:
                    known = self.known(child)
                    if known is not None and known.kind == "named" and known.actor_type == "state":
                        return known
        return None

    def _earlier_forces(self, token: Token) -> Actor | None:
        """The state whose forces the text named last before ``token`` under any name ("Myanmar's air force",
        "the Myanmar military", "Russia's army"): whose "the military" or "the junta" is."""
        for t in reversed(self.doc[: token.i]):
            if t.lemma_.lower() not in FORCES_WORDS | {"force", "regime"} or t.pos_ not in {"NOUN", "PROPN"}:
                continue
            for child in t.children:
                if child.dep_ in {"poss", "amod"}:  # (not a name's part: "two former U.S. Navy ships")
                    known = self.known(child)
                    if known is not None and known.kind == "named" and known.actor_type == "state":
                        return known
        return None

    def _last_person_state(self, token: Token) -> Actor | None:
        """The state of the gazetteer person named last before ``token``, in this sentence or the
        two before it: whose people "his scientists", "her soldiers" are."""
        k = bisect.bisect_right(self.sent_starts, token.i) - 1
        floor = self.sents[max(k - 2, 0)].start_char if self.sents else 0
        for ent in reversed(self.ents):
            if ent.start_char >= token.idx:
                continue
            if ent.start_char < floor:
                break
            if ent.label_ != "PERSON":
                continue
            found = self.known(ent[0])
            if found is not None and found.actor_type == "state":
                return found
        return None

    def _firm_state(self, root: Token) -> Actor | None:
        """The state of a firm the gazetteer does not know, from the description written on its name:
        "French shipbuilder Kerlouan", "the French yard Kerlouan", "Kerlouan, a French shipyard"."""
        described = [c for c in root.children if c.dep_ in {"compound", "appos"} and c.lemma_.lower() in FIRM_NOUNS]
        return next((state for noun in described for state in [self._owner_state(noun)] if state is not None), None)

    def _business_place(self, token: Token) -> Actor | None:
        """Where a firm named only by description sits: "a logistics firm linked to the Alabuga
        drone plant", "a trading company in Vladivostok", "a front company based in Moscow"."""
        heads = [token] + [c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in PLACED_VERBS]
        for head in heads:
            for prep in children(head, {"prep"}):
                if prep.lower_ not in ({"in", "at", "near"} if head.i == token.i else {"in", "at", "near", "to", "with"}):
                    continue
                for pobj in children(prep, {"pobj"}):
                    found = self.actor_at(pobj, via_preps=False)
                    if found is not None and (found.kind == "site" or found.actor_type == "state"):
                        return found
        return None

    def _object_paid_for(self, token: Token) -> Actor | None:
        """ "Russia has been rewarding North Korea for the soldiers it sent": a pronoun in a clause on
        what someone is rewarded, paid, thanked or punished for is the one rewarded."""
        clause = token.head
        if token.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ != "relcl":
            return None
        noun = clause.head
        if noun.dep_ != "pobj" or noun.head.lower_ != "for" or noun.head.head.pos_ != "VERB":
            return None
        for obj in children(noun.head.head, {"dobj"}):
            found = self.role_actor(obj) if obj.i < noun.i and obj.lower_ not in PRONOUNS else None
            if found is not None and found.kind == "named":
                return found
        return None

    @staticmethod
    def _the_island(token: Token) -> bool:
        """"the island" standing for an island state named before (Taiwan, Cyprus)."""
        return token.lemma_.lower() == "island" and token.tag_ == "NN" and any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children) and not children(token, {"prep", "compound", "amod"})

    def _named_kit(self, token: Token) -> bool:
        """"munitions for the Tucanos", "until the Black Hawks it ordered arrive": a plural name with
        "the" that the gazetteer does not know is equipment, not a party."""
        ent = self.ent_of.get(token.i)
        if ent is None or ent.ent_id_ or ent.label_ not in {"PERSON", "ORG", "PRODUCT", "WORK_OF_ART"}:
            return False
        root = ent.root
        plural = root.tag_ == "NNPS" or (root.pos_ == "PROPN" and root.text.endswith("s") and not root.text.endswith("ss"))
        if is_ship_name(ent):
            return True  # "INS Kirpan", "HMS Queen Elizabeth": a ship, not a party
        return plural and self.known(root) is None and any(
            c.dep_ == "det" and c.lower_ == "the" for t in ent for c in t.children)

    def _enclosing_subject(self, token: Token) -> Actor | None:
        """"North Korea rejected claims that it supplied ...": the subject of an enclosing clause;
        never the subject of its own clause ("allegations that Iran had supplied it": not Iran)."""
        own = token.head if token.dep_ in {"dobj", "dative", "iobj"} else (
            token.head.head if token.dep_ == "pobj" else None)
        for ancestor in token.ancestors:
            if own is not None and ancestor.i == own.i:
                continue
            for child in children(ancestor, {"nsubj", "nsubjpass"}):
                if child.i < token.i and child.i != token.i:
                    found = self.role_actor(child) if child.lower_ not in PRONOUNS else None
                    if found is None and child.lower_ in {"it", "they"} and ancestor.lemma_.lower() in REPORTING_VERBS | DENIAL_VERBS:
                        found = self.claimant_from(child)  # "It also says that it has no soldiers in Libya": the speaker
                        found = found if found is not None and found.kind == "named" and found.actor_type == "state" else None
                    if found is not None:
                        return found
        return None

    def _enclosing_speaker(self, token: Token) -> Actor | None:
        """Who speaks in the nearest enclosing clause with a subject before ``token``."""
        for ancestor in token.ancestors:
            for child in children(ancestor, {"nsubj"}):
                if child.i < token.i and child.lower_ not in PRONOUNS and ancestor.lemma_.lower() in REPORTING_VERBS | DENIAL_VERBS:
                    return self.claimant_from(child)  # (not "the tanks had arrived in the country")
        return None

    @staticmethod
    def bare_forces(token: Token) -> bool:
        """"the military", "the junta", "the army", "the air force", "the navy", "the National Guard", "the coast
        guard", with no owner named."""
        lemma = token.lemma_.lower()
        kinds = {"force": {"air"}, "guard": {"national", "coast"}}.get(lemma)
        if kinds is not None:
            if not any(c.dep_ in {"compound", "amod"} and c.lower_ in kinds for c in token.children):
                return False
        elif lemma not in FORCES_WORDS:
            return False
        return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and not any(
            c.dep_ in {"poss", "nmod"} or (c.dep_ in {"amod", "compound"} and c.lower_ not in {"air", "national", "coast"})
            for c in token.children)

    def fronted_state(self, sent: Span, by_name: bool = True) -> Actor | None:
        """The state a sentence opens on with "In X," or "As for X," ("In Malaysia, the first of 18 FA-50M aircraft ..."); with
        ``by_name``, only a country written by its name, not a capital where someone speaks ("In Moscow, Kremlin
        spokesman Dmitry Peskov said")."""
        words = [t for t in sent if not t.is_space]
        colon = next((k for k, t in enumerate(words[:6]) if t.text == ":"), None)
        if colon is not None:
            words = words[colon + 1:]  # past a speaker label: "Minister Kihara: As for Ukraine, we have delivered ..."
        if len(words) >= 4 and words[0].lower_ == "as" and words[1].lower_ == "for":
            words = words[1:]  # "As for Ukraine, ...": the topic the sentence opens on
        elif len(words) < 3 or words[0].lower_ != "in":
            return None
        if words[0].dep_ != "prep":
            return None
        place = next(iter(children(words[0], {"pobj"})), None)
        if place is None or place.i + 1 >= len(place.doc) or place.nbor().text != ",":
            return None
        found = self.known(place)
        if found is None or found.kind != "named" or found.actor_type != "state":
            return None
        if not by_name:
            return found
        ent = self.ent_of.get(place.i)
        return found if ent is not None and ent.text.removeprefix("the ") == found.label else None

    def _spelled_out(self, ent: Span) -> Span | None:
        """The name an acronym was introduced with: "the Ministry of National Defense (MND)" for "MND"."""
        m = re.search(r"\(" + re.escape(ent.text) + r"\)", self.text[: ent.start_char])
        if m is None:
            return None
        return next((e for e in reversed(self.ents) if e.end_char <= m.start() and m.start() - e.end_char <= 2
                     and e.label_ == "ORG" and e.start_char < ent.start_char), None)

    def _site_state_here(self, token: Token) -> Actor | None:
        """The state of a place the sentence names ("unloaded at the port of Gdynia, the Ministry of National
        Defence announced": Poland's), for a national body in a story's first sentence."""
        for ent in self.ents_in(self.sent_of(token)):
            found = self.known(ent[0])
            if found is not None and found.kind == "site":
                state = self.site_country(found)
                if state is not None and state.actor_type == "state":
                    return state
        return None

    def _state_in_name(self, ent: Span) -> Actor | None:
        """The state an organisation's name says it works on: "UN Special Rapporteur on human rights in Myanmar",
        "Panel of Experts on Libya"."""
        on = re.search(r"\b(?:on|in) (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)$", ent.text)
        return self.state_named(on.group(1), on.group(1), ent.start_char) if on else None

    def _forces_owner(self, token: Token) -> Actor | None:
        """Whose "the military" is, in a story about one country's forces: the state its sentence
        places it in ("In Niger, ... the junta may also receive", "a report by the UN special
        rapporteur on Myanmar said that the military has imported"); else the state the article
        resolved it to before; else the dateline's; else the state named most often before."""
        sent = self.sent_of(token)
        placed = None
        for ent in self.ents_in(sent):
            if ent.start >= token.i:
                break
            actor = self.known(ent[0])
            if actor is not None and actor.actor_type == "state" and ent.root.dep_ == "pobj" \
                    and ent.root.head.lower_ in {"in", "on", "inside"} and not (
                        # where someone speaks is not where the forces are ("speaking to reporters in Nairobi")
                        ent.root.head.head.lemma_.lower() in REPORTING_VERBS | {"speak", "talk", "brief"}
                        or ent.root.head.head.lemma_.lower() in {"reporter", "journalist", "ambassador", "embassy", "envoy"}):
                placed = actor
            elif actor is not None and actor.actor_type == "organisation" and (named := self._state_in_name(ent)) is not None:
                placed = named  # "a report by the UN special rapporteur on Myanmar said that the military .."
        if placed is not None:
            self.forces_owner = placed
            return placed
        spoken = self._speaking_state(token)
        if spoken is not None:  # "Moldova's defence ministry told Prut Fact Check that the army has received no tanks"
            return spoken
        named = self._earlier_office(token, same_words=True)
        if named is not None:  # "the A-29s ... delivered to the Nigerian Air Force. ... the air force inducted"
            self.forces_owner = named
            return named
        home = self._government_publisher()
        if home is not None:  # a ministry's own page: "the armed forces" are its state's
            return home
        if self.forces_owner is not None:
            return self.forces_owner
        named = self._earlier_forces(token)
        if named is not None:  # "Myanmar's air force cannot fly without imported fuel ... jet fuel reached the military"
            self.forces_owner = named
            return named
        found = self._story_state(token)  # "PORT SUDAN (HDA) — ... the army"
        if found is not None:
            self.forces_owner = found
        return found

    def _speaking_state(self, token: Token) -> Actor | None:
        """The state whose government or ministry says the clause ``token`` is in: its own forces are "the army"."""
        for verb in token.ancestors:
            if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in REPORTING_VERBS:
                continue
            for subj in children(verb, {"nsubj"}):
                if subj.lemma_.lower() not in STATE_BODY_WORDS or self.bare_forces(subj):
                    continue
                actor = self.known(subj) or next((self.known(c) for c in subj.children if c.dep_ in {"poss", "amod", "compound"}
                                                  and self.known(c) is not None), None)
                if actor is not None and actor.kind == "named" and actor.actor_type == "state":
                    return actor
            return None
        return None

    def _story_state(self, token: Token) -> Actor | None:
        """The state a story is about at ``token``: the dateline's, unless the dateline is a city where
        international bodies sit, the text has not named its state since and names another more ("NEW
        YORK (CPA) — Sudan told the UN Security Council ...": Sudan)."""
        dateline = self._dateline_state()
        m = self._dateline_match()
        if dateline is None or m is None or not VENUE_DATELINE.match(m.group(0)):
            return dateline or self._most_named_state(token)
        most = self._most_named_state(token, leave_out_sentence=False)
        if most is None or most.label == dateline.label:
            return dateline
        after = m.end()
        named_since = any(ent.start_char >= after and ent.start_char < token.idx and (k := self.known(ent[0])) is not None
                          and k.label == dateline.label for ent in self.ents)
        return dateline if named_since else most

    def _most_named_state(self, token: Token, leave_out_sentence: bool = True) -> Actor | None:
        """The state the text has named most often before ``token``'s sentence, leaving out those that
        sentence names ("the regime bought drones from Iran": not Iran) unless ``leave_out_sentence``
        is false: what "the regime" refers to in an article about one country's dealings."""
        sent = self.sent_of(token)
        here = {self.actor_from_ent(e).label for e in self.ents_in(sent)} if leave_out_sentence else set()
        counts: dict[str, tuple[int, Actor]] = {}
        for ent in self.ents:
            if ent.start_char >= sent.start_char:
                break
            actor = self.known(ent[0])
            if actor is not None and actor.actor_type == "organisation":
                actor = self._state_in_name(ent)  # "the UN special rapporteur on Myanmar": the state the body is on
            if actor is not None and actor.actor_type == "state" and actor.label not in here:
                n, _ = counts.get(actor.label, (0, actor))
                counts[actor.label] = (n + 1, actor)
        if not counts:
            return None
        return max(counts.values(), key=lambda x: x[0])[1]

    def _statement_header(self) -> Actor | None:
        """The body whose statement the whole document is, from a short editorial first paragraph
        ("[Translated from German. Statement of the Federal Ministry of Defence, Berlin.]",
        "Press release by the Ministry of Foreign Affairs of Ukraine")."""
        first = self.text.split("\n", 1)[0]
        own = self._own_voice(first)
        if own is not None:
            return own
        author = SOCIAL_AUTHOR.match(first)
        if author is not None:  # an unrolled thread or a post: its author speaks as "we"
            name = author.group(1).strip()
            ent = next((e for e in self.ents if e.start_char >= author.start(1) and e.end_char <= author.end(1)), None)
            actor = self.actor_from_ent(ent) if ent is not None and ent.text == name else None
            if actor is None or actor.kind != "named":
                actor = Actor(name, None, "named", name, author.start(1), "ORG")
            return actor
        answered = WRITTEN_ANSWER.search(self.text)
        if answered is not None:  # a written answer: the government the question was put to answers
            # ("GOVERNMENT OF INDIA, MINISTRY OF DEFENCE, RAJYA SABHA ... ANSWER": the government its heading names)
            government = re.match(r"(?i)\s*government of (?:the )?([A-Za-z][\w ]{2,40}?)\s*[,.\n]", first)
            named = self.state_named(government.group(1).title(), government.group(1), government.start(1)) \
                if government is not None else None
            return named or self._first_body(self.text[:answered.start()])
        paper = OFFICIAL_PAPER.match(first)
        if paper is not None and len(first.split()) <= 45 and not re.search(r"(?i)\b(?:transcript|briefing|interview)\b", first):
            # "Excerpt from Defense of Japan 2025, the annual white paper of the Ministry of Defense":
            # a government's own paper speaks for that government ("It is assessed that ..."); an
            # excerpt of "Embraer's annual report" for the company, whose "we" is its country's
            return self._first_body(first) or self._first_company(first)
        sworn = re.search(r"(?i)\bthe following (?:is|are) (?:an? |the )?(?:excerpts?|extracts?|text) (?:of|from) (?:the |an? )?"
                          r"(?:affidavit|sworn (?:declaration|statement)) (?:of|by)\b", first)
        if sworn is not None and len(first.split()) <= 80:
            # "The following is an excerpt of the affidavit of Special Agent Rachel Dunmore of the Office of Export
            # Enforcement, U.S. Department of Commerce": a government agent's sworn account speaks for that government
            return self._first_body(first, after=sworn.end())
        update = re.match(r"(?i)\s*the following is\b.{0,160}?\b(?:update|readout|bulletin|assessment)\b.{0,120}?"
                          r"\b(?:published|issued|released)\s+by\b", first)
        if update is not None and len(first.split()) <= 45:
            # "The following is the Defence Intelligence update ... published by the UK Ministry of
            # Defence": a body's own update reproduced speaks in that body's voice
            return self._first_body(first, after=update.end())
        start = 0
        note = MASTHEAD_NOTE.match(self.text)
        if note is not None:
            # "China Current | Full text\n\nEditor's note: The following is the full text of remarks by ...": a
            # masthead line, then the note that introduces the text (kept at its place in the text, for offsets)
            start = note.end()
            end = self.text.find("\n", start)
            self.header_end = end if end >= 0 else len(self.text)
            first = " " * start + self.text[start:self.header_end]
        if len(first.split()) > 45 or not re.search(r"(?i)\b(statement|press release|communiqu[eé]|declaration|remarks|speech|address|comment)\b", first):
            return None
        if not re.match(r"(?i)\s*(?:[\[(]|(?:full text|text|translation|translated|unofficial translation|statement|press release|communiqu[eé]|"
                        r"remarks|speech|address|below is|here is|what follows is|the following (?:is|statement|text|press release|remarks|speech|address))\b)", first) \
                and not (INTRODUCED_TEXT.search(first) and not LEDE_VERB.search(first)) and not RELEASED_IN_FULL.search(first) \
                and not PUBLISHED_BELOW.search(first):
            return None  # a news lede ("X said in a statement ...", "..., saying in a statement:") is not an editorial note
        if re.search(r"(?i)\b(?:excerpts?|transcript|briefing)\b", first) and (self.labels or not re.search(r"(?i)\bremarks\b", first)):
            return None  # a transcript names its speakers itself (remarks made at a briefing, with no labels, are one voice)
        return self._first_body(first, after=start, topics=True) or self._translated_office(first)

    def _translated_office(self, first: str) -> Actor | None:
        """The state of a government office an editorial note names with no state, by the language the
        text is translated from ("Translated from Persian. The following is the full text of the statement
        by Foreign Ministry spokesman Bahram Qasemi")."""
        language = re.search(r"(?i)\btranslated from (\w+)", first)
        if language is None or not re.search(r"(?i)\b(?:foreign ministry|ministry of foreign affairs|defen[cs]e ministry|ministry "
                                             r"of defen[cs]e|government|presidency)\b", first):
            return None
        word = language.group(1).title()
        return self.state_named(LANGUAGE_STATES.get(word, word), word, language.start(1))

    def _publishing_body(self, token: Token) -> Actor | None:
        """"The Ministry recalls that ..." on the ministry's own page ("Ministry of Peshmerga Affairs"): the body
        that publishes it, even after another ministry was named, when the publisher's name has the same head word
        and the phrase names no other body ("the Defence Ministry" on a foreign ministry's page is another)."""
        lemma = token.lemma_.lower()
        if lemma not in STATE_BODY_WORDS or not token.text[:1].isupper() or any(
                c.dep_ in {"amod", "compound", "poss"} for c in token.children):
            return None  # (a body names itself with a capital: "the Ministry")
        publisher = (self.doc._.osint_publisher if Doc.has_extension("osint_publisher") else "") or ""
        if not re.search(rf"\b{lemma}\b", publisher, re.I):
            return None
        return self._government_publisher()

    def _government_publisher(self) -> Actor | None:
        """The state a government body's own page speaks for, from the publisher's name: a body or
        official of a state the gazetteer knows ("Department of State"), or a ministry, embassy or mission that names its
        state ("Ministry of Foreign Affairs of the Russian Federation", "Embassy of Ukraine in
        Japan", "UK Ministry of Defence"): the first state named, which owns the body."""
        publisher = (self.doc._.osint_publisher if Doc.has_extension("osint_publisher") else "") or ""
        publisher = re.sub(r"^(?i:the)\s+", "", publisher.strip())
        if not publisher:
            return None
        # "Office of the Under Secretary of Defense (Comptroller)": the office, without its branch
        # ("State Secretariat for Economic Affairs SECO": the body, without its acronym after it)
        iri = self.lexicon.find_name(publisher) or self.lexicon.find_name(re.sub(r"\s*\([^()]*\)$", "", publisher)) \
            or self.lexicon.find_name(re.sub(r"\s+[A-Z]{2,6}$", "", publisher)) or ""
        info = self.lexicon.actors.get(iri, {})
        top = self.lexicon.actors.get(info.get("top") or "", {})
        if info and info.get("type") in {"agency", "person"} and top.get("type") == "state":
            return Actor(info["top_label"], info["top"], "named", publisher, 0, "state")
        if info and info.get("type") == "agency" and info["top"] != iri:
            # a region's ministry ("Ministry of Peshmerga Affairs") speaks for its government
            return self.top_actor(iri, publisher, 0)
        press = re.match(r"(.+?)(?:'s|’s)?\s+(?:Spokes\w+(?:'s|’s)? (?:Unit|Office)|Press (?:Office|Service|Desk))$", publisher)
        if press is not None:
            # "IDF Spokesperson's Unit", "Pentagon Press Office": the press office of a body the gazetteer knows
            info = self.lexicon.actors.get(self.lexicon.find_name(press.group(1)) or "", {})
            top = self.lexicon.actors.get(info.get("top") or "", {})
            if info and top.get("type") == "state" and info.get("type") in {"agency", "state"}:
                return Actor(info["top_label"], info["top"], "named", publisher, 0, "state")
        if not GOVERNMENT_BODY.search(publisher) or ACADEMIC.search(publisher):
            return None  # "Department of War Studies, King's College London" is no ministry
        words = re.findall(r"[\w.'’-]+", publisher)
        for i in range(len(words)):
            for n in (3, 2, 1):
                name = " ".join(words[i:i + n]).rstrip(".,") if n > 1 else words[i].rstrip(",")
                if len(words[i:i + n]) < n or not name[:1].isupper():
                    continue
                found = self.state_named(name, publisher, 0)
                if found is not None:
                    return found
        return self._forces_state(publisher)

    def _forces_state(self, publisher: str) -> Actor | None:
        """The state of a forces newsroom whose name gives none ("Central Region Naval Forces Public
        Affairs"): the state the page first names with the same service ("U.S. Navy forces seized ..."),
        or else with any ("under U.S. Naval Forces Central Command" on a Coast Guard newsroom's page)."""
        service = FORCES_SERVICE.search(publisher)
        if service is None:
            return None
        same = r"Navy|Naval\s+Forces" if service.group() in {"Navy", "Naval Forces"} else re.escape(service.group()).replace(r"\ ", r"\s+")
        lede = self.text[:600]  # (the release's opening: further down, "the Iranian Navy denied ..." is someone else's)
        for word in (same, FORCES_SERVICE.pattern.replace(" ", r"\s+")):  # its own service first, then any
            for m in re.finditer(r"\b((?:[A-Z][\w.'’-]*\s+){1,3}?)(?=(?:" + word + r")\b)", lede):
                names = m.group(1).split()
                for i in range(len(names)):
                    found = self.state_named(" ".join(names[i:]), publisher, 0)
                    if found is not None:
                        return found
        return None

    def _own_section_start(self) -> int:
        """Where a page that reproduces a statement begins a section of its own ("Background",
        "Editor's note", "Related"): a short heading paragraph after the first."""
        first_end = self.header_end if self.header_end is not None else self.text.find("\n")
        for m in re.finditer(r"(?m)^[^\n]{1,60}$", self.text):
            if m.start() > first_end >= 0 and OWN_SECTION.fullmatch(m.group(0)):
                return m.start()
        # (or a paragraph the page opens with such a label: "Editor's note: The Armed Forces of the Philippines said ...")
        m = re.search(r"(?mi)^(?:editor[’']s notes?|notes? to editors|background|context)\s*:", self.text)
        if m is not None and m.start() > first_end >= 0:
            return m.start()
        return len(self.text)

    def _case_parties(self) -> dict[str, Actor]:
        """The parties of a court case the first line names ("Case T-412/24, Primorsk Lines v Council
        of the European Union — Judgment ..."): "the applicant" is the first, "the defendant" the second."""
        first = self.text.split("\n", 1)[0]
        m = CASE_NAME.search(first)
        if m is None or len(first.split()) > 40:
            return {}
        out: dict[str, Actor] = {}
        for role, name in (("first", m.group(1)), ("second", m.group(2))):
            name = re.sub(r"\s+(?:LLC|Ltd|GmbH|SA|AG|Inc|plc|JSC|OOO)\.?$", "", name.strip())
            iri = self.lexicon.find_name(name)
            info = self.lexicon.actors.get(iri or "", {})
            if info:
                out[role] = Actor(info["top_label"] if self.lexicon.actors.get(info["top"], {}).get("type") == "state"
                                  else info["label"], info["top"] if info["top"] != iri and self.lexicon.actors.get(info["top"], {}).get("type") == "state" else iri,
                                  "named", name, m.start(), info.get("type", "ORG"))
            else:
                out[role] = Actor(name, None, "named", name, m.start(), "ORG")
        return out

    def _own_voice(self, first: str) -> Actor | None:
        """A body publishing in its own voice, told by how its pages open: a government press
        release ("WASHINGTON — Today, the Department of the Treasury ... is designating") or a
        channel post headed by the agency's name ("⚡️ Defence Intelligence of Ukraine: ...")."""
        m = DATELINE.match(first)
        rest = first[m.end():] if m else first
        if re.match(r"Today,?\s", rest):
            return self._first_body(first, {"agency"})
        label = re.match(r"[^\w\n]*([A-Z][^:\n]{2,60}):\s", first)
        if label:
            return self._first_body(first[:label.end(1)], {"agency"})
        return None

    def _first_body(self, first: str, types: set[str] | None = None, after: int = 0, topics: bool = False) -> Actor | None:
        for ent in self.ents:
            if ent.start_char >= len(first):
                break
            if ent.start_char < after:
                continue
            if topics and ent.root.dep_ == "pobj" and ent.root.head.lower_ in {"on", "about", "regarding", "concerning"}:
                continue  # "the remarks on the Republic of Korea made by Maria Zakharova": what they are about
            before = self.text[:ent.start_char]
            if before.rfind("(") > before.rfind(")"):
                continue  # "Asked by Helen Marsh MP (Bexley North)": a constituency, not "the North"
            actor = self.actor_from_ent(ent)
            own_type = self.lexicon.actors.get(ent.ent_id_, {}).get("type", actor.actor_type)
            if actor.kind == "named" and actor.iri and actor.actor_type in {"state", "agency"} and (types is None or own_type in types):
                self.last_claimant = actor
                return actor
        if types is None:  # "remarks by the U.S. Ambassador to the United Nations": the state of an office
            for token in self.doc:
                if token.idx >= len(first):
                    break
                if token.idx < after or token.lemma_.lower() not in GOV_NOUNS:
                    continue
                state = self._owner_state(token)
                if state is not None:
                    self.last_claimant = state
                    return state
        return None

    def _first_company(self, first: str) -> Actor | None:
        """The first company or organisation the gazetteer knows in an editorial first line."""
        for ent in self.ents:
            if ent.start_char >= len(first):
                break
            info = self.lexicon.actors.get(ent.ent_id_ or "", {})
            if info.get("type") in {"company", "organisation"}:
                return self.actor_from_ent(ent)
        return None

    def _briefing_host(self) -> Actor | None:
        """The body that holds a briefing whose transcript the document is ("The following is an
        edited transcript of Friday's State Department press briefing"): speakers at its podium
        whom the text does not otherwise name speak for it."""
        first = self.text.split("\n", 1)[0]
        if len(first.split()) > 40 or not re.search(r"(?i)\b(?:transcript|briefing|press conference)\b", first):
            return None
        if not re.search(r"(?i)\b(?:guests?|interview(?:ed)?)\b", first):
            home = self._government_publisher()
            if home is not None:  # "Department Press Briefing. Matthew Miller, Department Spokesperson." on the State Department's own page
                return home
        if not re.match(r"(?i)\s*(?:[\[(]|(?:full text|text|translation|translated|edited|excerpts?|transcript|the following (?:is|are|excerpts?|transcript|text))\b)", first):
            # "Department Press Briefing — 11 September 2024 / Matthew Miller, Department Spokesperson. The following
            # transcript was provided by the Department of State ...": the body the next lines say gave it out
            given = TRANSCRIPT_GIVEN_BY.search(self.text, len(first))
            if given is None or self.text.count("\n", 0, given.start()) > 3:
                return None
            end = self.text.find("\n", given.end())
            head, after = self.text[: end if end >= 0 else len(self.text)], given.end()
        elif re.search(r"(?i)\b(?:guests?|interview(?:ed)?)\b", first):
            return None  # an interview's guest speaks for himself, not for the place his body works from
        else:
            head, after = first, 0
        last_claimant = self.last_claimant
        actor = self._first_body(head, after=after)
        self.last_claimant = last_claimant
        return actor

    # ------------------------------------------------------------------ people and titles

    def _person_titles(self) -> None:
        """Map people the gazetteer does not know to the state their title names.

        "Iran's foreign ministry spokesman Nasser Kanaani", "Russia's ambassador in Washington,
        Anatoly Antonov", "U.S. Secretary of State Antony Blinken": the nationality sits on the
        title (a compound or an apposition of the name). Later bare mentions ("Kanaani said") keep it.
        """
        for ent in self.ents:
            if ent.label_ != "PERSON" or ent.ent_id_:
                continue
            root = ent.root
            title_tokens: list[Token] = []
            for child in root.children:
                if child.dep_ in {"compound", "appos", "amod", "nmod"} and child.i not in range(ent.start, ent.end):
                    title_tokens.append(child)
                if child.dep_ == "punct" and child.lower_ == "," and child.i == ent.end:
                    # "Lee Sung-min, a spokesman for South Korea's Joint Chiefs of Staff, said": the
                    # parser may hang the apposition on the comma
                    title_tokens.extend(children(child, {"appos"}))
            if root.dep_ == "appos" or (root.dep_ == "compound" and root.head.i > root.i and root.head.i not in range(ent.start, ent.end)):
                title_tokens.append(root.head)
            # "Colonel Ahmed Ali of the Sudanese army", "Ahmed Ali, who commands Sudan's air force", "..., who speaks
            # for Egypt's foreign ministry": the body the name is of, or that a clause on it says he runs or speaks for
            title_tokens.extend(o for p in children(root, {"prep"}) if p.lower_ in {"of", "in", "with"} for o in children(p, {"pobj"}))
            for clause in children(root, {"relcl"}):
                if clause.lemma_.lower() in LEAD_VERBS | {"command", "speak"}:
                    title_tokens.extend(children(clause, {"dobj"}))
                    title_tokens.extend(o for p in children(clause, {"prep"}) if p.lower_ in {"for", "of", "at"} for o in children(p, {"pobj"}))
            # "the command's chief, General Michael Erik Kurilla": the body named before whose head he is
            body = next((p for t in title_tokens for p in children(t, {"poss"})
                         if p.lemma_.lower() in GOV_DESCRIPTORS and any(c.lower_ == "the" for c in p.children)), None)
            owner = self._earlier_office(body) if body is not None else None
            if owner is not None and owner.kind == "named" and owner.actor_type in {"state", "agency"}:
                self.remember_person(ent, owner)
                continue
            # "Commander Timothy Hawkins, a fleet spokesman" after "the Navy's Fifth Fleet said": the body named before
            # whose name ends in the title's noun
            unit = next((found for t in title_tokens for c in t.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                         and c.is_lower for other in reversed(self.ents) if other.start < ent.start and other.label_ == "ORG"
                         and len(other) > 1 and other[-1].lower_ == c.lower_ for found in [self.actor_from_ent(other)]
                         if found.kind == "named" and found.actor_type in {"state", "agency"}), None)
            if unit is not None:
                self.remember_person(ent, unit)
                continue
            rank = _military_rank(ent)
            if rank is not None and not any(self.known(t) is not None for w in rank + title_tokens for t in w.subtree
                                            if t.i not in range(ent.start, ent.end)):
                # "the brigade's commander, Colonel Piotr Nowak", "Air Commodore Edward Gabkwet": a serving
                # officer with no nationality on his title speaks for the state the story is filed from, or whose
                # government body publishes the page (a ministry's briefing transcript)
                state = self._dateline_state() or self._government_publisher()
                if state is not None:
                    self.remember_person(ent, state)
                    continue
            for title in title_tokens:
                if title.lemma_.lower() not in GOV_NOUNS and not any(t.lemma_.lower() in GOV_NOUNS for t in title.subtree if t.i not in range(ent.start, ent.end)):
                    continue
                if any(t.lower_ in {"former", "ex", "retired"} for t in title.subtree):
                    continue  # ("Mark Dellinger, a retired U.S. Army colonel": no longer its voice)
                state = None
                # not from a clause on the organisation: "director of Burma Arms Watch, a research group that works from Thailand"
                inner = {x.i for c in title.subtree if c.dep_ in {"relcl", "acl"} for x in c.subtree}
                for t in title.subtree:
                    if t.i in range(ent.start, ent.end) or t.i in inner:
                        continue
                    known = self.known(t)
                    if known is not None and known.actor_type in {"state", "organisation", "company", "armed group"}:
                        state = known  # "NATO chief Mark Rutte" speaks for NATO as a minister for a state, a chief executive for his company
                        break
                if state is None and (title.lower_ in HEAD_TITLES or _local_office(title, ent) or _national_office(title)):
                    state = self._dateline_state()  # "PRETORIA — ..., President Cyril Ramaphosa said"
                if state is None and _national_office(title):
                    # "Argentina signed for 24 used F-16s from Denmark. Defence Minister Luis Petri called
                    # it ...": the state the sentence before, in the same paragraph, has as its subject
                    k = bisect.bisect_right(self.sent_starts, ent.root.i) - 1
                    if k >= 1 and self.sents[k - 1].start_char >= self.para_start(ent.start_char):
                        state = self._state_subject_before(ent.root)
                if state is None and (title.lower_ in HEAD_TITLES or _national_office(title)) and not any(
                        w in self.alias for w in (ent.text.lower(), ent.text.split()[-1].lower())):
                    # "Prime Minister Manasseh Sogavare said China had sent no troops to Honiara" in a story
                    # about the Solomon Islands: the state the text has named most often so far, his own
                    # sentence included (not for "Minister Kim" after "Kim Yong-hyun")
                    state = self._most_named_state(ent.root, leave_out_sentence=False)
                if state is not None:
                    self.remember_person(ent, state)
                    break
            else:
                state = self._title_before(ent)
                if state is not None:
                    self.remember_person(ent, state)
                else:
                    # "Tomas Lindgren of the Baltic Institute for Security": the name itself carries the body
                    self._affiliation(ent, title_tokens + [root])
                    self._leads(ent)
                    self._company_head(ent, title_tokens)

    def _title_before(self, ent: Span) -> Actor | None:
        """The state named in a capitalised title written just before a name, however the parser
        hung it: "said Deputy Secretary of the Treasury Wally Adeyemo"."""
        words: list[Token] = []
        i = ent.start - 1
        while i >= 0 and len(words) < 8:
            t = self.doc[i]
            # (a parenthesised acronym inside the title too: "Republic of Korea (ROK) Minister of National Defense")
            if not (t.is_title or t.lower_ in {"of", "the", "for"} or t.text in {"U.S.", "UK", "EU", "(", ")"} or (t.is_upper and t.is_alpha)
                    or (t.text.isupper() and t.i > 0 and self.doc[t.i - 1].text == "(")):
                break
            words.append(t)
            i -= 1
        if not any(t.lemma_.lower() in GOV_NOUNS for t in words) or any(t.lower_ in {"former", "ex"} for t in words):
            return None
        for t in words:
            known = self.known(t)
            if known is not None and known.actor_type in {"state", "organisation"}:
                return known
        return None

    def _affiliation(self, ent: Span, titles: list[Token]) -> None:
        """A named person outside government speaks for the organisation his title names: "Tomas
        Reinholt, a senior fellow at the Nordic Institute for Defence Studies" is the institute
        (as "researchers at Beyond Parallel" are); later "Reinholt said" keeps it."""
        for title in titles:
            if (title.pos_ != "NOUN" and title != ent.root) or any(t.lower_ in {"former", "ex", "retired"} for t in title.children):
                continue
            # "head of risk at the shipping data firm Seaward Intelligence": the body may follow what he heads
            heads = [title] + [o for p in children(title, {"prep"}) if p.lower_ == "of" for o in children(p, {"pobj"})
                               if self.ent_of.get(o.i) is None and o.pos_ == "NOUN"]
            for prep in (p for h in heads for p in children(h, {"prep"})):
                if prep.lower_ not in {"at", "of", "with"}:
                    continue
                for pobj in children(prep, {"pobj"}):
                    org = self.ent_of.get(pobj.i)
                    named = next((a for a in children(pobj, {"appos"}) if a.pos_ == "PROPN" and a.is_title), None) \
                        if pobj.pos_ == "NOUN" and pobj.lemma_.lower() in ORG_DESCRIPTORS else None
                    if named is not None:  # "at the shipping data firm Seaward Intelligence": the name it is given
                        span = self.doc[named.left_edge.i: named.i + 1]
                        org = self.ent_of.get(named.i)
                        if org is None or org.label_ != "ORG" or org.text != span.text:
                            self._alias_person(ent, Actor(span.text, None, "named", span.text, span.start_char, "ORG"))
                            return
                    if org is None and pobj.pos_ == "NOUN" and pobj.lemma_.lower() in ORG_DESCRIPTORS and any(
                            c.dep_ == "det" and c.lower_ == "the" for c in pobj.children) and not any(
                            c.dep_ in {"amod", "compound", "prep"} for c in pobj.children):
                        # "Sara Lind, another researcher at the institute": the one the text named before
                        actor = self.recent_actor(pobj.idx, "org")
                        if actor is not None and actor.kind == "named" and actor.actor_type in {"organisation", "project", "ORG"}:
                            self._alias_person(ent, actor)
                            return
                        continue
                    if org is None or org.label_ != "ORG":
                        actor = _untagged_org(pobj)
                        if actor is None:
                            continue
                    else:
                        actor = self.actor_from_ent(org)
                        tail = PERSON_AFTER_AND.search(org.text) if not org.ent_id_ else None
                        if tail is not None and tail.group(2).lower() not in ORG_NAME_HEADS | ORG_NAME_TAILS and len(
                                re.findall(r"(?i)\b" + re.escape(tail.group(2)) + r"\b", self.text)) > 1:
                            # "the Baltic Institute for Security and Pavel Varabei": the tagger ran on into the next guest
                            name = org.text[: tail.start()].removeprefix("the ")
                            actor = Actor(name, None, "named", name, org.start_char, "ORG")
                    if actor.kind == "named" and actor.actor_type in {"organisation", "project", "ORG"}:
                        self._alias_person(ent, actor)
                        return

    def _acting_state(self, token: Token) -> Actor | None:
        """The state that is the subject of what a body says ("The foreign ministry said Norway does not
        sell ...", "Figures from the economy ministry show that Germany approved ...")."""
        verb = token.head
        while verb.dep_ in {"prep", "pobj"} and verb.head.i != verb.i:
            verb = verb.head  # ("figures from the ministry show", "according to the government")
        if verb.lower_ == "according":
            verb = verb.head
        content = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}] or ([verb] if verb.i != token.i else [])
        for clause in content:
            for subj in children(clause, {"nsubj", "nsubjpass"}):
                found = self.known(subj)
                if found is not None and found.kind == "named" and found.actor_type == "state":
                    return found
        return None

    def _alias_person(self, ent: Span, actor: Actor) -> None:
        """Let later mentions of a person ("Brandtzæg said") speak for ``actor``."""
        words = ent.text.removesuffix("'s").removesuffix("’s").split()
        self.alias.setdefault(" ".join(words).lower(), actor)
        self.alias.setdefault(words[-1].lower(), actor)
        self._alias_given_name(words, actor)

    def _alias_given_name(self, words: list[str], actor: Actor) -> None:
        """Ethiopian, Eritrean and Somali usage (and Arabic "Abu ..." names aside) refers back by the given
        name: "Redwan Hussien, Ethiopia's national security adviser, ... Redwan said"."""
        if len(words) >= 2 and words[0].isalpha() and words[0].istitle() and words[0].lower() != "abu":
            self.alias.setdefault(words[0].lower(), actor)

    def _company_head(self, ent: Span, titles: list[Token]) -> None:
        """A company's chief named by a title with no company on it speaks for the company the text has
        named most so far ("Nammo will ship more shells to Ukraine, chief executive Morten Brandtzæg said")."""
        words = ent.text.removesuffix("'s").removesuffix("’s").split()
        if len(words) < 2 or " ".join(words).lower() in self.alias:
            return
        if not any(t.lower_ in COMPANY_TITLES or (t.lemma_.lower() == "executive" and any(
                c.lower_ == "chief" for c in t.children)) for title in titles for t in title.subtree
                if t.i not in range(ent.start, ent.end)):
            return
        if any(self.ent_of.get(t.i) is not None for title in titles for t in title.subtree if t.i not in range(ent.start, ent.end)):
            return  # the title names its body ("Rheinmetall chief executive Armin Papperger"), read elsewhere
        counts: dict[str, list] = {}
        for prior in (e for e in self.ents if e.start_char < ent.start_char):
            actor = self.actor_from_ent(prior)
            if actor.kind == "named" and actor.actor_type == "company":
                counts.setdefault(actor.label, [0, prior.start_char, actor])[0] += 1
        if counts:  # the company the text names most so far, the first named on a tie
            self._alias_person(ent, max(counts.values(), key=lambda c: (c[0], -c[1]))[2])

    def _leads(self, ent: Span) -> None:
        """A named person who runs an organisation speaks for it: "Oleksandra Verbytska directs the
        Black Sea Security Forum" makes a later "Verbytska said" the Forum."""
        words = ent.text.removesuffix("'s").removesuffix("’s").split()
        if len(words) < 2 or words[-1].lower() in self.alias:
            return
        actor = self._led_by(ent.root)
        if actor is not None:
            self._alias_person(ent, actor)

    def _led_by(self, person: Token) -> Actor | None:
        """The organisation a person token is the subject of running ("X directs the Y Forum", "X heads
        the drone programme at the Y Institute"), or the agent of its running ("officials of the secretariat of the
        National Conventional Arms Control Committee (NCACC), led by Mr S. Mkhize": a state's agency, the state)."""
        if person.dep_ == "pobj" and person.head.dep_ == "agent" and person.head.head.dep_ in {"acl", "advcl"} \
                and person.head.head.lemma_.lower() in LEAD_VERBS:
            led = person.head.head
            clause = {t.i for t in led.head.subtree}  # (the nearest organisation named before "led")
            objs = [e.root for e in self.ents if e.label_ == "ORG" and e.root.i < led.i and e.root.i in clause][-1:]
        elif person.dep_ == "nsubj" and person.head.lemma_.lower() in LEAD_VERBS:
            objs = children(person.head, {"dobj"})
        else:
            return None
        for obj in objs + [o for d in objs + [person.head] for p in children(d, {"prep"}) if p.lower_ in {"at", "of"}
                           for o in children(p, {"pobj"})]:
            org = self.ent_of.get(obj.i)
            if org is None and obj.pos_ == "PROPN" and obj.lower_ in ORG_NAME_HEADS:
                return self._org_phrase(obj)  # "the Warsaw Institute for Air Power", tagged in pieces
            if org is None or org.label_ != "ORG":
                continue
            actor = self.actor_from_ent(org)
            agency = self.lexicon.actors.get(org.ent_id_, {}).get("type") == "agency"
            company = self.lexicon.actors.get(org.ent_id_, {}).get("type") == "company"
            if actor.kind == "named" and (actor.actor_type in {"organisation", "project", "ORG", "armed group"} or agency or company):
                return actor  # ("X has represented the Polisario Front in Spain since 2019", "X has run Romarm since 2023")
        return None

    def _answerer(self, before: int) -> Actor | None:
        """Who gives a question-and-answer page's answers, as its introduction says ("answers given by
        the ministry's spokesperson ...", "The question was answered by the Minister of State")."""
        for t in self.doc:
            if t.idx >= before:
                break
            if t.lemma_.lower() != "answer":
                continue
            for h in [t] + [c for c in t.children if c.dep_ == "acl"]:
                for by in h.children:
                    if by.dep_ in {"agent", "prep"} and by.lower_ == "by":
                        for obj in children(by, {"pobj"}):
                            return self.claimant_from(obj)
        interviewee = self._interviewee(before)
        if interviewee is not None:
            return interviewee
        return self.default_speaker  # the body whose reproduced statement answers ("released the following statement")

    def _interviewee(self, before: int) -> Actor | None:
        """Whom an interview's "A:" speaks for: the first person its introduction names, by the body he runs or
        serves ("Mihai Enache has run Romarm ...", "We spoke to Markus Vogt, managing director of the Swiss Defence
        Industry Group"); not a byline's author."""
        for t in self.doc:
            if t.idx >= before:
                break
            ent = self.ent_of.get(t.i)
            person = ent is not None and ent.label_ == "PERSON" and t.i == ent.root.i and not (
                ent.start > 0 and self.doc[ent.start - 1].lower_ == "by")
            # (or a name the tagger missed, as the subject of running something: "Mihai Enache has run Romarm")
            if not (person or t.pos_ == "PROPN" and t.dep_ == "nsubj" and t.head.lemma_.lower() in LEAD_VERBS
                    and t.i > 0 and t.nbor(-1).pos_ == "PROPN"):
                continue
            found = self._led_by(t) or self._listed_as(t)
            # ("Markus Vogt, managing director of the Swiss Defence Industry Group": the body his title names)
            for title in children(t, {"appos"}) if found is None else ():
                body = next((o for p in children(title, {"prep"}) if p.lower_ in {"of", "at"} for o in children(p, {"pobj"})
                             if o.pos_ == "PROPN"), None)
                if body is not None:
                    found = self._org_phrase(body)
                    break
            if found is None:
                claimant = self.claimant_from(t)
                found = claimant if claimant is not None and claimant.actor_type != "PERSON" else None
            return found
        return None

    def _org_phrase(self, head: Token) -> Actor:
        """An organisation's name read from the words around its head ("Warsaw Institute for Air
        Power"), for a name the tagger cut into pieces."""
        words = [t for t in head.subtree if t.i <= head.i and t.dep_ == "compound" and t.pos_ == "PROPN"]
        start = min([t.i for t in words] + [head.i])
        end = head.i + 1
        for prep in children(head, {"prep"}):
            tail = list(prep.subtree)
            if prep.lower_ in {"for", "of", "on"} and prep.i == end and all(
                    t.i == prep.i or t.is_title or t.lower_ in {"and", "the", "of", "for", "&"} for t in tail):
                end = tail[-1].i + 1
        name = self.doc[start:end].text
        iri = self.lexicon.find_name(name)
        info = self.lexicon.actors.get(iri or "", {})
        if info:
            return self.top_actor(iri, name, self.doc[start].idx)
        return Actor(name, None, "named", name, self.doc[start].idx, "organisation")

    def _introduced(self, surname: str, before: int) -> Actor | None:
        """Whom an interview's answer label ("Verbytska:") speaks for, from where the text first
        names that person in full ("Oleksandra Verbytska directs the Black Sea Security Forum")."""
        for t in self.doc:
            if t.idx >= before:
                break
            if t.text.lower() == surname.lower() and t.i > 0 and t.nbor(-1).text[:1].isupper() and t.nbor(-1).dep_ == "compound":
                return self._led_by(t) or self._listed_as(t)
        return None

    def _listed_as(self, person: Token) -> Actor | None:
        """Whom a person speaks for by the description a hearing's list of witnesses gives after the
        name ("Witnesses: Mark Delgado, Deputy Assistant Secretary of Defense for Western Hemisphere
        Affairs; Elena Varga, senior analyst, Orinoco Policy Institute"): for a government title, the
        state it names or the page places the hearing in; else the organisation it names."""
        start = person.idx + len(person.text)
        para = self.para_start(person.idx)
        if not self.text.startswith(", ", start) or not WITNESS_LIST.search(self.text[para:person.idx]):
            return None  # (not "Hamid Benali, who spent four years ... as a member of the UN Panel of Experts")
        m = LISTED_DESCRIPTION.match(self.text, start + 2)
        if m is None:
            return None
        inside = [e for e in self.doc.ents if e.start_char >= m.start() and e.end_char <= m.end()]
        if GOVERNMENT_TITLE.match(m.group()) or re.match(r"(?i)\s*(?:\w+\s+){0,2}(?:ambassador|general|admiral)\b", m.group()):
            for e in inside:
                found = self.actor_from_ent(e) if e.ent_id_ else None
                if found is not None and found.actor_type == "state":
                    return found
            return self._dateline_state() or self._publisher_state() or self._heading_state() or self._legislature_state()
        org = next((e for e in reversed(inside) if e.label_ == "ORG"), None)
        if org is None:
            return None
        found = self.actor_from_ent(org)
        if found.iri is not None:
            return found
        name = re.sub(r"^the\s+", "", org.text)
        return Actor(name, None, "named", org.text, org.start_char, "organisation")

    def _legislature_state(self) -> Actor | None:
        """The state whose legislature a record's heading names: "House of Commons of Canada", the U.S.
        Congress ("Committee on Foreign Affairs, House of Representatives", "Senate Armed Services Committee")."""
        named = re.search(r"\b(?:House of Commons|Senate|Parliament|National Assembly|House of Representatives) of (?:the )?"
                          r"([A-Z][a-z]+(?: [A-Z][a-z]+)?)", self.text[:600])
        if named is not None:
            iri = self.lexicon.find_name(named.group(1))
            info = self.lexicon.actors.get(iri or "", {})
            if info and self.lexicon.actors.get(info["top"], {}).get("type") == "state":
                return Actor(info["top_label"], info["top"], "named", named.group(1), named.start(1), "state")
        if re.search(r"\b(?:Senate Estimates|Senate [A-Z][\w ,]{0,60}(?:Legislation|References) Committee)\b", self.text[:600]):
            # Australia's Senate: its Estimates hearings, its legislation and references committees
            return self.state_named("Australia", "Australia", 0)
        if not re.search(r"\b(?:House of Representatives|U\.S\. Senate|United States Senate|Senate (?:Armed Services|Foreign "
                         r"Relations) Committee|Congress)\b", self.text[:600]):
            return None
        return self.state_named("United States", "United States", 0)

    def _dateline_match(self) -> re.Match | None:
        """The story's dateline: at the start of the text, or of the paragraph after a short first one (a title or
        an editor's line such as "Translated from German by the editors.")."""
        if "dateline" in self.memo:
            return self.memo["dateline"]
        m = DATELINE.match(self.text, 0)
        if m is None and len(self.para_starts) > 1 and len(self.text[:self.para_starts[1]].split()) <= 12:
            m = DATELINE.match(self.text, self.para_starts[1])
            language = re.search(r"(?i)\btranslated from (\w+)", self.text[:self.para_starts[1]])
            home = self.lexicon.find_demonym(language.group(1)) if language is not None and m is not None else None
            place = self.lexicon.find_name(DATELINE_PLACE_END.split(m.group(0), maxsplit=1)[0].strip().title()) if home else None
            info = self.lexicon.actors.get(place or "", {})
            if home is not None and place is not None and home not in {place, info.get("top"), info.get("located")}:
                m = None  # "Translated from Spanish ... COPENHAGEN —": an Argentine paper's story filed abroad
        self.memo["dateline"] = m
        return m

    def _dateline_state(self) -> Actor | None:
        """The state whose capital or name opens the story's dateline ("PRETORIA, Sept 4 (CMT) —")."""
        m = self._dateline_match()
        if not m:
            return None
        if US_STATE_IN_DATELINE.search(m.group(0)):  # "BROOKLYN, N.Y. —", "ALEXANDRIA, Va. —"
            iri = self.lexicon.find_name("United States")
            if iri:
                return Actor("United States", iri, "named", m.group(0), 0, "state")
        place = DATELINE_PLACE_END.split(m.group(0), maxsplit=1)[0].strip().title()
        iri = self.lexicon.find_name(place)
        if iri is None and len(place.split()) == 2 and place.split()[0] != "New":  # "PORT SUDAN (HDA) —": a city named after its state
            last = self.lexicon.find_name(place.split()[-1])
            iri = last if self.lexicon.actors.get(last or "", {}).get("type") == "state" else None
        info = self.lexicon.actors.get(iri or "", {})
        located = self.lexicon.actors.get(info.get("located") or "", {})
        if located.get("type") == "state":  # "KHARKIV —": a city the gazetteer places in a state
            return Actor(located["label"], info["located"], "named", place, 0, "state")
        if not info or self.lexicon.actors.get(info["top"], {}).get("type") != "state":
            return None
        return Actor(info["top_label"], info["top"], "named", place, 0, "state")

    def _court_state(self) -> Actor | None:
        """The state whose court the page's opening names ("Court: United States District Court for
        the Eastern District of New York", "in the U.S. District Court in Brooklyn")."""
        m = COURT_NAME.search(self.text, 0, 1500)
        if m is None:
            return None
        for ent in self.doc.ents:  # (the state's name in "United States District Court" is no actor of its own)
            if ent.start_char >= m.start() and ent.end_char <= m.end() and ent.label_ in {"GPE", "NORP"}:
                found = self.state_named(ent.text, ent.text, ent.start_char)
                if found is not None:
                    return found
        return None

    def remember_person(self, ent: Span, actor: Actor) -> None:
        if actor.iri is None or ent.ent_id_:
            return
        words = ent.text.removesuffix("'s").removesuffix("’s").split()
        if words:
            self.alias[" ".join(words).lower()] = actor
            self.alias[words[-1].lower()] = actor
            if len(words) == 2 and "-" in words[1]:
                # a Korean name gives the family name first: "Kim Yong-hyun ... Minister Kim"
                self.alias.setdefault(words[0].lower(), actor)
            self._alias_given_name(words, actor)

    # ------------------------------------------------------------------ speakers and quotes

    def speaker_at(self, char: int) -> tuple[Actor | None, bool]:
        """Who speaks at a character offset: (actor, known). ``known`` False means nobody is
        said to; actor None with known True is the outlet (or a questioner)."""
        for start, end in self.quotes:
            if start <= char < end:
                key = (start, end)
                if key not in self._quote_speaker:
                    self._quote_speaker[key] = self._find_quote_speaker(start, end)
                if self._quote_speaker[key][1]:
                    return self._quote_speaker[key]
                break
        if self.default_speaker is not None and not self.labels:
            if char >= self.own_section:
                return None, False
            return self.default_speaker, True
        if self.labels:  # a transcript: the last label before this point speaks until the next
            if self.default_speaker is not None and char >= self.own_section:
                return None, False  # the page's own note after the text it reproduces
            starts = self.label_starts
            k = bisect.bisect_right(starts, char) - 1
            if k >= 0 and any(starts[k] < n <= char for n in self.note_starts):
                return None, True  # "Editor's note: ..." after the last speaker: the outlet's own voice
            if k >= 0:
                if starts[k] in self.label_actors:
                    return self.label_actors[starts[k]], True
                return self._label_actor(*self.labels[starts[k]]), True
            if self.default_speaker is not None:
                # a ministry's briefing before its first "Question:": the spokeswoman's opening remarks, its voice
                return self.default_speaker, True
        return None, False

    def in_quote(self, char: int) -> bool:
        return any(start <= char < end for start, end in self.quotes)

    def _speaker_lines(self) -> dict[int, tuple[int, int, str, Actor | None]]:
        """Speaker lines of a parliamentary record, paragraph start -> (span, label, actor).

        Hansard gives each speaker a line of his own: "Lord Harrowby of Kemsing (Con)", "Mr John
        Smith (Bristol West) (Lab)", "The Minister of State, Foreign Office (Lord Collins) (Lab)",
        "Asked by Baroness X". The European Parliament opens the paragraph with the speaker:
        "Jane Doe, on behalf of the PPE Group. – Madam President, ...". A member speaks for
        himself, by name; a speaker whose title names a government office (a minister, the High
        Representative) speaks for its state or union, and so does his name on later lines.
        """
        out: dict[int, tuple[int, int, str, Actor | None]] = {}
        text = self.text
        holders: dict[str, Actor] = {}
        pending: set[str] = set()  # government titles whose state the record has not named
        members: dict[str, Actor] = {}  # members who speak for themselves, by name
        tags: set[str] = set()  # what the record puts in brackets after names: constituencies, parties
        for start in self.para_starts:
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            line = text[start:end].rstrip()
            m = HANSARD_LINE.match(line) or EP_LINE.match(line) or HANSARD_INLINE.match(line)
            if m is None:
                continue
            # (Malaysia's record brackets them: "The Minister of Defence [Dato' Seri Mohamed Khaled Nordin]:")
            base, parens = m.group("base").strip(), re.findall(r"\(([^()]+)\)|\[([^\[\]]+)\]", m.groupdict().get("parens") or "")
            parens = [a or b for a, b in parens]
            holder = next((p.strip() for p in parens if MEMBER_TITLE.match(p.strip()) or _full_name(p.strip())), None)
            if holder and _full_name(base) and not base.startswith("The ") and not GOVERNMENT_TITLE.match(base):
                holder = None  # "Tom Ashworth (Northfield West) (Con)": the member, then his constituency
            role = m.groupdict().get("role") or ""
            if m.re is not EP_LINE and not (m.groupdict().get("asked") or (parens and (MEMBER_TITLE.match(base) or holder
                                                                                   or _full_name(base)))):
                continue
            if m.re is EP_LINE and not (_full_name(base) or base.lower() in {"president", "the president"}):
                continue
            name = holder or base
            b0, b1 = start + m.start("base"), start + m.end("base")
            if self._names_publisher(name):
                out[start] = (b0, b1, name, None)  # "Context (Parliament Questions Digest)": the outlet's own note
                continue
            r0, r1 = (start + m.start("role"), start + m.end("role")) if role else (b0, b1)
            actor = holders.get(name.lower())
            tags.update(p.strip() for p in parens)
            # "Hon. Marc Garneau (Minister of Foreign Affairs)": the office in brackets after the name
            office = next((p.strip() for p in parens if GOVERNMENT_TITLE.match(p.strip())), None) if m.re is HANSARD_INLINE else None
            if actor is None:
                actor = self._office_in(min(b0, r0), max(b1, r1), bool(holder) or bool(role))
                if actor is not None:
                    holders[name.lower()] = actor
                    self.record_state = self.record_state or actor
                elif (holder or role) and GOVERNMENT_TITLE.match(self.text[min(b0, r0):max(b1, r1)]) or office:
                    pending.add(name.lower())  # a minister of a state the page has not named yet
            party = next((p.strip() for p in parens if _party_tag(p.strip())), None) if m.re is HANSARD_INLINE else None
            if actor is None and party is not None and name.lower() not in pending:
                # "ELENI KARRA (SYRIZA): ...": a member named with her party inline speaks for the party
                # (Westminster's "(Con)" and "(Lab)" are not read so: its members speak for themselves)
                actor = Actor(party, self.lexicon.find_name(party), "named", party, b0, "organisation")
            if actor is None:
                person = next((self.actor_from_ent(e) for e in self.ents if e.start_char >= start + m.start("base")
                               and e.end_char <= start + m.end("base") and e.ent_id_), None)
                known_iri = self.lexicon.find_name(name.title()) if person is None and name.isupper() else None
                if known_iri and self.lexicon.actors[known_iri].get("type") == "person":
                    # "NIKOS DENDIAS (Minister of National Defence):": a known person in capitals the tagger missed
                    person = self.top_actor(known_iri, name, b0)
                label = re.sub(r"^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+", "", name)
                actor = person or Actor(label, None, "named", name, b0, "PERSON")
                members.setdefault(name.lower(), actor)
            out[start] = (b0, b1, name, actor)
        if self.record_state is None and pending:
            # "The Minister for Trade Policy (Greg Hands): ..." among "(Lab)" and "(Con)" members: Westminster's record;
            # "House of Commons of Canada, Standing Committee ...": the legislature the heading names
            self.record_state = self._legislature_state() or (
                self.state_named("United Kingdom", "United Kingdom", 0) if tags & WESTMINSTER_PARTIES else None)
        if self.record_state is not None and pending:
            for start, (b0, b1, name, actor) in out.items():
                if name.lower() in pending:
                    out[start] = (b0, b1, name, self.record_state)
                    holders[name.lower()] = self.record_state
        known = {**members, **holders}
        for start in self.para_starts if out else []:
            # "Greg Hands: ..." after "The Minister for Trade Policy (Greg Hands):": the holder's office speaks again
            # ("Mr. Michael Chong:" again: the member, without his "Mr.")
            head = text[start:start + 80].lower()
            key = next((k for k in known if head.startswith(k + ":")), None)
            if start not in out and key is not None:
                out[start] = (start, start + len(key), text[start:start + len(key)], known[key])
        return out

    def _office_in(self, start: int, end: int, titled: bool) -> Actor | None:
        """The state or union a speaker line's title speaks for: a gazetteer body named in it
        ("Foreign, Commonwealth and Development Office"), else, for a government title ("The
        Minister of State"), the state the dateline or the publisher places the record in."""
        for ent in self.ents:
            if ent.start_char >= start and ent.end_char <= end and ent.ent_id_:
                actor = self.actor_from_ent(ent)
                if actor.actor_type in {"state", "organisation"} and actor.kind == "named":
                    return actor
        if titled and GOVERNMENT_TITLE.match(self.text[start:end]):
            return self._dateline_state() or self._publisher_state() or self._heading_state()
        return None

    def _heading_state(self) -> Actor | None:
        """The state a record's heading names as its government ("GOVERNMENT OF INDIA, MINISTRY OF
        DEFENCE") near the top of the page."""
        m = re.search(r"(?im)^\s*(?:the\s+)?government of (?:the\s+)?([A-Za-z][A-Za-z .'-]{1,40}?)\s*(?:[,;:.]|$)", self.text[:2000])
        if m is None:
            return None
        iri = self.lexicon.find_name(m.group(1).strip().title())
        info = self.lexicon.actors.get(iri or "", {})
        if not info or self.lexicon.actors.get(info["top"], {}).get("type") != "state":
            return None
        return Actor(info["top_label"], info["top"], "named", m.group(1), m.start(1), "state")

    def _label_actor(self, start: int, end: int, text: str) -> Actor | None:
        if text.strip().lower() in QUESTION_LABELS or self._names_publisher(text):
            return None  # the interviewer: "Q:", or the outlet itself ("The Lantern:" in The Lantern Quarterly)
        if MEDIA_LABEL.search(text) and not OFFICE_LABEL.search(text):
            # a journalist asking at a press conference, by outlet: "Global Radio Canada:", "Kyodo Press:" (not an
            # official whose title has such a word: "Press Secretary:", "Press Officer:")
            return None

        surname = text.strip().split()[-1].title() if text.strip() else ""
        if surname and re.search(r"(?i:\b(?:newsreader|news reader|correspondent|reporter|presenter|anchor|host|editor))\s+"
                                 r"(?:[A-Z][\w'’-]+\s+){0,2}" + re.escape(surname) + r"\b", self.text[:start]):
            return None  # "Speakers: newsreader Hannah Cole; Tokyo correspondent Kenji Mori": the outlet's own staff
        for ent in self.ents:
            if ent.start_char >= start and ent.end_char <= end and ent.ent_id_:
                return self.actor_from_ent(ent)
        last = text.replace(".", " ").split()[-1].lower()
        if last in self.alias:
            return self.alias[last]
        iri = self.lexicon.surname(last)
        if iri:
            return self.top_actor(iri, text, start)
        if self.host is not None:
            return self.host  # "Mr. Miller:" at the State Department's podium
        if text.strip().lower() in ANSWER_LABELS:
            return self._answerer(start)
        if len(text.split()) == 1:
            found = self._introduced(text.strip(), start)
            if found is not None:
                return found
        words = text.split()
        if len(words) == 2 and words[0].rstrip(".").lower() in {"mr", "mrs", "ms", "dr", "miss"}:
            # "Mr WEBBER:" after "Officers present: Mr Andrew Webber, First Assistant Secretary, ...": whom the list says
            found = self._introduced(words[1].title(), start)
            if found is not None:
                return found
        if len(words) == 2 and words[0].lower() == "the" and words[1].lower() in GOV_NOUNS:
            # "THE MINISTER:" in a hearing's record: whoever the record first calls so, else (below) the state the
            # dateline or publisher places it in
            named = self._first_called(words[1], start)
            if named is not None:
                return Actor(named.label, named.iri, named.kind, text, start, named.actor_type)
            words = words[1:]
        if words[0].lower().rstrip(".") in GOV_NOUNS:
            # "Spokesperson Jeon:" in a briefing transcript that never names his state: the state
            # the dateline or the publisher's name places the briefing in ("Seoul Policy Transcripts")
            home = self._dateline_state() or self._publisher_state()
            if home is not None:
                return Actor(home.label, home.iri, home.kind, text, start, home.actor_type)
        if len(text.split()) == 1:  # "VARABEI:" after "Pavel Varabei, a former Belarusian army officer": the full name
            full = re.search(r"\b[A-Z][\w’'-]+ " + re.escape(text.strip().title()) + r"\b", self.text[:start])
            if full is not None:
                return Actor(full.group(), None, "named", text, start, "PERSON")
        gov = self._government_publisher()
        if gov is not None and gov.actor_type == "state":
            # "HAGARI:" in a briefing transcript a military's own press office publishes, never introduced: its official
            return Actor(gov.label, gov.iri, gov.kind, text, start, gov.actor_type)
        return Actor(text.title(), None, "named", text, start, "PERSON")

    def _first_called(self, title: str, before: int) -> Actor | None:
        """The state of the gazetteer name in the first sentence before ``before`` that calls someone "the <title>"
        ("a hearing with the Minister of State for Defence, José Múcio Monteiro": Brazil)."""
        for sent in self.doc.sents:
            if sent.start_char >= before:
                break
            at = re.search(r"(?i)\bthe " + re.escape(title) + r"\b", sent.text)
            if at is None:
                continue
            named = next((self.actor_from_ent(e) for e in self.ents if e.ent_id_ and e.start_char >= sent.start_char + at.start()
                          and e.end_char <= sent.end_char), None)
            return named if named is not None and named.actor_type == "state" else None
        return None

    def _publisher_state(self) -> Actor | None:
        """The state a publisher's name places it in: a capital, city or state it begins with or
        contains ("Seoul Policy Transcripts", "Kyiv Independent")."""
        publisher = self.doc._.osint_publisher if Doc.has_extension("osint_publisher") else ""
        words = re.findall(r"[A-Z][\w'’-]+", publisher or "")
        for n in (2, 1):
            for i in range(len(words) - n + 1):
                name = " ".join(words[i : i + n])
                iri = self.lexicon.find_name(name)
                info = self.lexicon.actors.get(iri or "", {})
                if not info:
                    continue
                located = self.lexicon.actors.get(info.get("located") or "", {})
                if located.get("type") == "state":
                    return Actor(located["label"], info["located"], "named", name, 0, "state")
                if self.lexicon.actors.get(info["top"], {}).get("type") == "state":
                    return Actor(info["top_label"], info["top"], "named", name, 0, "state")
        return None

    def _names_publisher(self, text: str) -> bool:
        """Whether a label is the publishing outlet's name, its first words or its initials."""
        publisher = self.doc._.osint_publisher if Doc.has_extension("osint_publisher") else ""
        label = text.strip().lower()
        if publisher and text.strip().isupper() and 2 <= len(label) <= 6:  # "VDR:" in the Vistula Defence Review
            initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", publisher))
            if label == initials.lower():
                return True
        return bool(publisher) and len(label) > 2 and (publisher.lower() + " ").startswith(label + " ")

    def _find_quote_speaker(self, start: int, end: int) -> tuple[Actor | None, bool]:
        doc = self.doc
        closing = doc.char_span(max(end - 1, start), end, alignment_mode="expand")
        opening = doc.char_span(start, start + 1, alignment_mode="expand")
        if closing is not None:
            sent = self.sent_of(closing[0])
            for t in sent:
                if t.idx >= end and t.lemma_.lower() in REPORTING_VERBS and t.pos_ in {"VERB", "AUX"}:
                    subj = speaker_subject(t)  # (the name right before "said" when the tagger missed it)
                    if subj is not None and subj.idx >= end:
                        return self.claimant_from(subj), True
        if opening is not None:
            sent = self.sent_of(opening[0])
            for t in reversed(list(sent)):
                if t.idx < start and t.lemma_.lower() in REPORTING_VERBS and t.pos_ in {"VERB", "AUX"}:
                    subj = subject_of(t)
                    if subj is not None and subj.idx < start:
                        return self.claimant_from(subj), True
        if opening is not None and self.para_start(start) == start:
            # 'Conflict Armament Research put it bluntly on Thursday:\n\n"North Korea has ..."': a
            # quotation opening a paragraph after a sentence that ends in a colon is its subject's
            before = self.text[:start].rstrip()
            if before.endswith(":"):
                intro = self.sent_of(doc.char_span(len(before) - 1, len(before), alignment_mode="expand")[0])
                subj = subject_of(intro.root)
                if subj is not None and animate(self, subj):
                    return self.claimant_from(subj), True
        # '"These are not just tests," Kirby said. "Pyongyang has handed ..."': a quotation with no
        # reporting verb of its own goes on the speaker of the quotation before it in the paragraph
        k = self.quotes.index((start, end)) if (start, end) in self.quotes else -1
        if k > 0:
            prev = self.quotes[k - 1]
            if self.para_start(prev[0]) == self.para_start(start):
                if prev not in self._quote_speaker:
                    self._quote_speaker[prev] = self._find_quote_speaker(*prev)
                if self._quote_speaker[prev][1]:
                    return self._quote_speaker[prev]
        return None, False

    # ------------------------------------------------------------------ claimants

    def recent_actor(self, before: int, want: str, skip_quoted: bool = False) -> Actor | None:
        """The latest named actor before char offset ``before`` of a wanted sort ("org" or "any").

        Within the sentence of the latest candidate, a grammatical subject outranks the others and
        an actor inside an apposition ranks last: in "Beyond Parallel, an outpost of CSIS, releases
        a report. It posits ..." "It" is Beyond Parallel.
        """
        candidates: list[tuple[Actor, Span]] = []
        for ent in self.ents:
            if ent.start_char >= before:
                break
            if skip_quoted and self.in_quote(ent.start_char):
                continue
            actor = self._wanted(ent, want)
            if actor is not None:
                candidates.append((actor, ent))
        if not candidates:
            return None
        last_sent = self.sent_of(candidates[-1][1][0]).start
        same = [(a, e) for a, e in candidates if self.sent_of(e[0]).start == last_sent]

        def rank(pair: tuple[Actor, Span]) -> tuple[int, int, int]:
            ent = pair[1]
            in_appos = any(t.dep_ == "appos" for t in ent.root.ancestors)
            return (ent.root.dep_ in {"nsubj", "nsubjpass"}, not in_appos, ent.start)

        best = max(same, key=rank)
        self.recent_ent = best[1]
        return best[0]

    def _wanted(self, ent: Span, want: str) -> Actor | None:
        if ent.label_ not in {"ORG", "GPE", "PERSON"}:
            return None
        actor = self.actor_from_ent(ent)
        if actor.kind != "named":
            return None
        if want == "org" and not (actor.actor_type in {"organisation", "project", "company"} or (actor.iri is None and ent.label_ == "ORG")):
            return None  # a state, agency, person or armed group is not "the think tank"
        if want == "agency" and self.lexicon.actors.get(ent.ent_id_, {}).get("type") != "agency":
            return None
        return actor

    def _body_state(self, ent: Span, actor: Actor) -> Actor:
        """A government body the gazetteer does not know speaks for the state that owns it:
        "Ukraine's defence ministry" (the parser leaves the owner outside the entity)."""
        if actor.iri is None and ent.root.lemma_.lower() in GOV_NOUNS:
            state = self._owner_state(ent.root, outside=range(ent.start, ent.end))
            if state is not None:
                return state
        if actor.iri is None and any(t.lower_ == "police" for t in ent) and all(
                t.lower_ in {"police", "service", "force"} | BODY_NAME_WORDS for t in ent):
            # "the National Police Service" in a story filed from Nairobi, or after "In Kenya,": that state's police
            state = self._owner_state(ent.root, outside=range(ent.start, ent.end)) or self.fronted_state(
                self.sent_of(ent.root)) or self._dateline_state()
            if state is not None:
                return Actor(state.label, state.iri, "named", ent.text, ent.start_char, "state")
        if actor.iri is None and ent[-1].lemma_.lower() in FORCE_NAME_HEADS:
            state = self._state_in_force_name(ent)
            if state is not None:  # "the Vanuatu Police Force", "the Papua New Guinea Defence Force": that state's
                return state
        return actor

    def _state_in_force_name(self, ent: Span) -> Actor | None:
        """The state a forces' or police name holds, said as the whole name, when every other word of it is a word of
        such names ("Royal Solomon Islands Police Force", "Republic of Fiji Navy", "Kenya Defence Forces")."""
        words = [t for t in ent if t.lower_ != "the"]
        for size in range(min(4, len(words)), 0, -1):
            for i in range(len(words) - size + 1):
                state = self.state_named(ent.doc[words[i].i: words[i + size - 1].i + 1].text, ent.text, ent.start_char)
                if state is None:
                    continue
                rest = words[:i] + words[i + size:]
                return state if rest and all(
                    t.lower_ in BODY_NAME_WORDS | FORCE_NAME_WORDS or t.lemma_.lower() in FORCE_NAME_HEADS for t in rest) else None
        return None

    def _owner_state(self, token: Token, outside: range = range(0)) -> Actor | None:
        """The state that owns an office or body: "Ukraine's ministry", "the U.S. Ambassador", "the
        Government of Ukraine" (which the entity ruler leaves as "the Government of" + "Ukraine")."""
        owners = [c for c in token.children if c.dep_ in {"poss", "compound", "amod", "nmod"} and c.i not in outside]
        owners += [p for prep in children(token, {"prep"}) if prep.lower_ == "of" for p in children(prep, {"pobj"})
                   if p.i not in outside]
        island = next((c for c in owners if self._the_island(c)), None)
        if island is not None:  # "the island's defence ministry"
            return self.named_last(island, {"state"})
        return next((a for c in owners for a in [self.known(c)] if a is not None and a.actor_type == "state"), None)

    def _untagged_before(self, token: Token) -> Actor | None:
        """ "the institute" after "a senior fellow at the Seoul Institute for Defence Industry
        Studies", a name the tagger left untagged: the latest such name whose head is the word."""
        k = bisect.bisect_right(self.sent_starts, token.i) - 1
        start = self.sents[max(0, k - 3)].start
        for t in reversed(self.doc[start: token.i]):
            # (or a name set beside a description: "Fieldmark Investigations, a London-based group that ...")
            if t.i not in self.ent_of and (t.lemma_.lower() == token.lemma_.lower() or any(
                    c.dep_ == "appos" and c.lemma_.lower() == token.lemma_.lower() for c in t.children)):
                found = _untagged_org(t)
                if found is not None:
                    return found
        return None

    def next_org(self, after: int, want: str = "org") -> Actor | None:
        """The first organisation (or agency) named after ``after``: "a U.S. think tank said ..."
        is the think tank the article names further down; "the spy agency told lawmakers" in a
        lede is the agency the next sentence names."""
        k = bisect.bisect_right([x.start_char for x in self.sents], after) - 1
        limit = self.sents[min(k + 2, len(self.sents) - 1)].end_char  # this sentence or the next two
        for ent in self.ents:
            if after < ent.start_char < limit:
                actor = self._wanted(ent, want)
                if actor is not None:
                    return actor
        return None

    def _phrase(self, token: Token, head_only: bool = False) -> Actor:
        words = [
            t for t in token.subtree
            if t.i <= token.i and (t.dep_ not in {"punct"} or _word_hyphen(t))
            and not (t.dep_ == "det" and t.lower_ in {"the", "a", "an", "which", "whose"})  # ("..., which two U.S. officials said")
            and not (t.dep_ == "poss" and t.lower_ in FIRST_PERSON | PRONOUNS)
            and not re.fullmatch(r"\d{1,2}[:.]\d{2}", t.text)  # a live blog's time stamp: "15:20 Ukrainian artillerymen"
        ]
        # keep the contiguous stretch that ends at the head: no relative or appositive material
        keep: list[Token] = []
        for t in reversed(words):
            if keep and t.i != keep[-1].i - 1:
                break
            keep.append(t)
        keep.reverse()
        # "a Gulf-based maritime security analyst": a hyphen inside a word keeps its word whole
        phrase = "".join(t.text + (t.whitespace_ and " ") for t in keep).strip() or token.text
        if not head_only and token.lemma_.lower() in SOURCE_HEADS | DESCRIBED_PEOPLE | RESIDENT_NOUNS | {
                "member", "veteran", "soldier", "sailor", "pilot", "fighter"}:
            phrase += _source_description(token)
        elif not head_only and token.lemma_.lower() in POSTED:
            phrase += _posting(token)
        if keep and keep[0].pos_ != "PROPN" and not keep[0].text.isupper() and not keep[0].ent_type_ in {"NORP", "GPE", "ORG"} and (
                keep[0].is_sent_start or keep[0].text[:1].islower() or _after_punctuation(keep[0])):
            # capitalised only by its place ("Senior officials said", "Question: Western media write"),
            # not "a Western diplomat"
            phrase = phrase[:1].lower() + phrase[1:]
        return Actor(phrase, None, "unnamed", phrase, token.idx, "unnamed")

    def claimants_from(self, token: Token) -> list[Actor | None]:
        """The claimants a subject names: conjuncts ("The United States and South Korea say") and
        conjoined nationalities ("Ukrainian and Western officials") give several."""
        if token.lower_ in FLOATING_QUANTIFIERS:  # "Kyiv and Washington both say", parsed with "both" as the subject
            inner = next((c for c in token.children if c.dep_ in {"nmod", "compound", "appos", "npadvmod"}
                          and c.pos_ in {"PROPN", "NOUN"}), None)
            if inner is not None:
                return self.claimants_from(inner)
        # a chain of conjuncts ("Britain, France and Germany") hangs each on the one before
        # ("Moscow and Pyongyang both deny": a floating "both" is no third claimant)
        heads = [token] + [c for c in token.conjuncts if c.i > token.i and c.pos_ in {"PROPN", "NOUN", "PRON"}
                           and c.lower_ not in FLOATING_QUANTIFIERS]
        # "Al-Haq, a Palestinian human rights group, and the Global Legal Action Network have challenged": the
        # parser joins the second name to the first one's apposition
        heads += [c for a in children(token, {"appos"}) if a.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in a.children)
                  for c in a.conjuncts if c.i > a.i and c.pos_ == "PROPN" and c.i in self.ent_of
                  and self.ent_of[c.i].label_ in {"ORG", "PERSON"} and c not in heads]
        # "Ukraine's HUR and South Korea's NIS said": the parser hangs the first conjunct on the
        # second as a modifier that carries the "and"
        heads = [c for c in token.children if c.dep_ in {"nmod", "compound"} and c.i < token.i and c.pos_ == "PROPN"
                 and any(x.dep_ == "cc" and x.lower_ == "and" for x in c.children) and self.known(c) is not None] + heads
        if len(heads) > 1 and token.i >= 2 and token.nbor(-1).lower_ == ",":
            # "On 10 September Germany, France and the United Kingdom stated": the parser takes the
            # first name for the end of the date's phrase
            first = token.nbor(-2)
            if first.dep_ == "pobj" and first.ent_type_ in {"GPE", "ORG"} and self.known(first) is not None and any(
                    t.ent_type_ in {"DATE", "TIME"} for t in first.head.subtree if t.i < first.i):
                heads = [first] + heads
        listed = self._listed_states(token)
        if listed:
            return listed
        out: list[Actor | None] = []
        if token.tag_ in {"NNS", "NNPS"} and token.lemma_.lower() in GOV_NOUNS:
            # "the governments of the United States and the Republic of Korea": one claimant each
            for prep in children(token, {"prep"}):
                if prep.lower_ != "of":
                    continue
                for pobj in children(prep, {"pobj"}):
                    names = [pobj] + [c for c in pobj.conjuncts if c.i > pobj.i]
                    found = [self.actor_at(n, via_preps=False) for n in names]
                    if len(names) > 1 and all(a is not None and a.kind == "named" and a.iri for a in found):
                        return found
        for head in heads:
            mods = [c for c in head.children if c.dep_ == "amod"]
            split = [m for m in mods if any(c.dep_ == "conj" for c in m.children)]
            group = [split[0]] + [c for c in split[0].children if c.dep_ == "conj"] if split else []
            if split and head.lemma_.lower() in GOV_NOUNS and any(self.known(m) is not None for m in group):
                # (not "current and former officials": one group of people, no state each)
                for mod in group:
                    known = self.known(mod)
                    if known is not None and known.actor_type == "state":
                        out.append(known)
                    else:
                        out.append(Actor(f"{mod.text} {head.text}", None, "unnamed", f"{mod.text} {head.text}", mod.idx, "unnamed"))
                continue
            out.append(self.claimant_from(head))
        seen: list[Actor | None] = []
        for a in out:
            if all((a.label if a else None) != (b.label if b else None) for b in seen):
                seen.append(a)
        return seen

    def _listed_states(self, token: Token) -> list[Actor | None]:
        """ "the three European governments", "Both governments": the states a list named last, when
        it names as many as the phrase counts ("Lammy said Britain, France and Germany would impose
        sanctions. In a joint statement, the three European governments said ...")."""
        if token.tag_ not in {"NNS", "NNPS"} or token.lemma_.lower() not in COUNTED_STATE_NOUNS:
            return []
        counts = [NUMBER_WORDS.get(c.lower_) for c in token.children if c.dep_ in {"nummod", "det", "predet"}]
        n = next((k for k in counts if k), None)
        if n is None:
            return []
        k = bisect.bisect_right(self.sent_starts, token.i) - 1
        for sent in reversed(self.sents[max(0, k - 4): k + 1]):
            for t in reversed([t for t in sent if t.i < token.i]):
                if t.dep_ == "conj" or not t.conjuncts:
                    continue
                states = [self.known(x) for x in [t, *t.conjuncts]]
                if len(states) == n and all(a is not None and a.actor_type == "state" for a in states):
                    return [a.said_at(token) for a in states]
        return []

    def claimant_from(self, token: Token) -> Actor | None:
        """Resolve the subject of a reporting verb to an actor (named, anaphoric or unnamed).

        Returns None when the outlet itself speaks ("we" outside any quotation or transcript).
        What a description resolved to is remembered for later mentions.
        """
        actor = self._claimant_from(token)
        if actor is not None and token.pos_ in {"NOUN", "PROPN"} and token.lower_ not in PRONOUNS:
            self._remember(token, actor)
        return actor

    def _titled_state(self, ent: Span) -> Actor | None:
        """The state a name the gazetteer does not know serves, by the office it holds or is: a
        person with a title and a state before it ("Ukraine's Prosecutor General Andriy Kostin"), an
        office whose head word is one ("Ukraine's General Staff")."""
        root = ent.root
        before = [t for t in ent if t.i < root.i]
        mods = [c for t in [root] + before for c in t.children if c.dep_ in {"poss", "amod", "compound", "nmod"} and c.i < ent.start]
        mods += [g for t in mods for g in t.children if g.dep_ in {"poss", "amod", "compound", "nmod"} and g.i < ent.start]
        offices = GOV_NOUNS | {"staff", "governor", "mayor"}
        if not any(t.lemma_.lower() in offices for t in mods + before + ([root] if ent.label_ != "PERSON" else [])):
            return None
        for c in mods:
            known = self.known(c)
            if known is not None and known.kind == "site":  # "Kharkiv regional governor Oleh Syniehubov"
                known = self.site_country(known)
            if known is not None and known.actor_type == "state":
                return known
        return None

    def _claimant_from(self, token: Token) -> Actor | None:
        lower = token.lower_
        lemma = token.lemma_.lower()
        if lemma == "commission" and any(c.dep_ == "compound" and c.lower_ == "high" for c in token.children):
            lemma = "embassy"  # "the British High Commission in Nairobi": a Commonwealth state's embassy
        if first_person(token):
            return self.speaker_at(token.idx)[0]
        if lemma in OUR_FINDINGS and any(c.dep_ == "poss" and first_person(c) for c in token.children):
            return self.speaker_at(token.idx)[0]  # "Our intelligence indicates ...": whoever says "we"
        if self.record_state is not None and any(
                t.text in {"Minister", "Government"} and any(d.lower_ == "the" for d in t.children)
                for t in [token] + [c for c in token.children if c.dep_ == "poss"]):
            # "The Minister's department has said ..." in a parliamentary record: the government that answers in it
            return self.record_state.said_at(token)
        if token.text in {"Department", "Ministry", "Administration"} and [c.lower_ for c in token.children] == ["the"]:
            speaker = self.speaker_at(token.idx)[0] if self.labels else None
            if speaker is not None and speaker.kind == "named" and speaker.actor_type == "state":
                return speaker.said_at(token)  # "DELGADO: The Department assesses that ...": the speaker's own
        if lemma in OWN_STATE_NOUNS:
            own = self._own_state(token)
            if own is not None:
                return own
        if lemma in PARTNER_NOUNS and token.tag_ in {"NNS", "NNPS"}:
            # "Our Pakistani partners have assured us ...", "our Indian friends": the state they are
            state = next((k for c in token.children if c.dep_ in {"amod", "compound"}
                          for k in [self.known(c)] if k is not None and k.actor_type == "state"), None)
            if state is not None:
                return state.said_at(token)
        if lower in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            return self.claimant_from(antecedent(token.head))
        if lower in RELATIVE_PRONOUNS:
            # "imagery which, it said, showed ...", "..., which we assess is most likely linked to ...": the
            # pronoun is the subject of what is said; the speaker is the subject of the saying around it
            for up in token.ancestors:
                said_by = subject_of(up) if up.lemma_.lower() in REPORTING_VERBS else None
                if said_by is not None and said_by.lower_ not in RELATIVE_PRONOUNS:
                    return self.claimant_from(said_by)
                if up.dep_ == "relcl":
                    return self.claimant_from(antecedent(up))
        kingdom = next((c for c in token.children if c.dep_ == "poss" and c.lemma_.lower() in {"kingdom", "emirate", "monarchy"}
                        and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)), None)
        if kingdom is not None and lemma in STATE_BODY_HEADS | GOV_DESCRIPTORS:
            # "Jordan, which bought ... from China ..., the kingdom's armed forces said": the state the sentence is about
            owner = next((k for s_ in self.sent_of(token) if s_.dep_ in {"nsubj", "nsubjpass"} and s_.i < kingdom.i
                          for k in [self.known(s_)] if k is not None and k.kind == "named" and k.actor_type == "state"),
                         None) or self.named_last(kingdom, {"state"})
            if owner is not None:
                return owner.said_at(token)
        if self.bare_forces(token):
            owner = self._forces_owner(token)  # "The junta has always denied ...": the state whose junta it is
            if owner is not None and owner.kind == "named" and owner.actor_type == "state":
                return owner.said_at(token)
        if lemma in {"service", "office"} and any(c.dep_ == "compound" and c.lower_ == "press" for c in token.children):
            owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ not in PRONOUNS), None)
            found = self._claimant_from(owner) if owner is not None else None
            if found is not None and found.kind == "named":
                return found.said_at(token)  # "the ministry's press service said": the ministry's word
        if lemma in {"executive"} | COMPANY_TITLES:
            owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None)
            found = self.claimant_from(owner) if owner is not None else None
            if found is not None and found.kind == "named" and found.actor_type not in {"state", "PERSON", "person"}:
                return found.said_at(token)  # "its chief executive told the journal": the company's word
        if lemma in COUNSEL_NOUNS:
            client = next((c for c in token.children if c.dep_ == "poss" and c.lower_ not in PRONOUNS | FIRST_PERSON), None)
            if client is not None:  # "Germany's lawyers told the court": the client's case
                found = self.claimant_from(client)
                if found is not None and found.kind == "named":
                    return found.said_at(token)
        if lemma in {"spokesman", "spokeswoman", "spokesperson", "commander", "leader", "official"} and any(
                o.lemma_.lower() in GROUP_NOUNS and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in o.children)
                for p in children(token, {"prep"}) if p.lower_ in {"for", "of"} for o in children(p, {"pobj"})):
            group = next((a for e in reversed(self.ents) if e.start_char < token.idx for a in [self.actor_from_ent(e)]
                          if e.ent_id_ and a.kind == "named" and a.actor_type not in {"state", "person"}), None)
            if group is not None and group.kind == "named" and group.actor_type == "armed group":
                # "a spokesman for the group denied ...": the armed group named before, when it is the last
                # body the gazetteer knows (not "Amnesty International ... a spokesman for the organisation";
                # an agency speaks for its state and is passed over: "..., the Pentagon said")
                return group.said_at(token)
        if token.i not in self.ent_of and token.text[:1].isupper() and token.pos_ in {"PROPN", "NOUN"} \
                and not any(c.dep_ in {"det", "poss", "compound", "amod"} for c in token.children):
            # "Denise Harper, a retired colonel, ... Harper said": a surname the parser did not tag
            full = next((e for e in reversed(self.ents) if e.end <= token.i and e.label_ == "PERSON" and len(e) > 1
                         and e[-1].text == token.text), None)
            if full is not None:
                return self._claimant_from(full.root)
        if token.i in self.ent_of:
            ent = self.ent_of[token.i]
            actor = self.actor_from_ent(ent)
            full = self._spelled_out(ent) if actor.iri is None and ent.text.isupper() else None
            if full is not None:  # "the Ministry of National Defense (MND) announced ... The MND also confirmed"
                found = self._claimant_from(full.root)
                if found is not None and found.kind == "named":
                    return found.said_at(token)
            if actor.iri is None and ent.label_ == "ORG" and self.default_speaker is not None \
                    and re.search(rf"\b{re.escape(actor.label)}\b", self.text.split("\n", 1)[0]):
                # "The following is the Defence Intelligence update published by the UK Ministry of
                # Defence": the body whose update the document is speaks with the document's voice
                found = self.default_speaker
                return found.said_at(token)
            if actor.iri is None and ent.root.lemma_.lower() in GOV_NOUNS:
                # "Ukraine's defence ministry" tagged ORG without a gazetteer entry: the state it serves
                for child in ent.root.children:
                    if child.dep_ in {"poss", "compound", "amod"} and child.i not in range(ent.start, ent.end):
                        known = self.known(child)
                        if known is not None:
                            self._remember(token, known)
                            return known
                known = self._state_after(ent)
                if known is not None:  # "the Defense Ministry in Tokyo", wherever the parser hangs "in"
                    self._remember(token, known)
                    return known
                if any(c.dep_ == "poss" and c.lower_ == "its" for c in ent.root.children):
                    owner = self._state_subject_before(token)  # "Tehran's story keeps changing. Last week its Defence Ministry said"
                    if owner is not None:
                        return owner.said_at(token)
                if all(t.lemma_.lower() in OFFICE_WORDS | GOV_NOUNS or t.lower_ in {"the", "of", "for"} for t in ent):
                    # "Iran denied the report. The foreign ministry said ...": the state the sentence
                    # before has as its subject; else "SEOUL — ..., the Defence Ministry said": Seoul's
                    k = bisect.bisect_right(self.sent_starts, token.i) - 1
                    same_para = k >= 1 and self.sents[k - 1].start_char >= self.para_start(token.idx)
                    owner = self._state_subject_before(token) if same_para else None
                    if owner is not None:
                        return owner.said_at(token)
                    home = self._home_office(token)
                    if home is not None:
                        return home
            if actor.iri is None and ent.label_ == "ORG" and _state_body_name(ent):
                # "the Defence Department said", "the Ministry of National Defence said", "the Royal Armed
                # Forces announced": a national body whose name gives no state is the state the story is about
                # (its owner's when written: "Ukraine's Prosecutor General's Office")
                found = self._titled_state(ent) or self._government_publisher() or self._dateline_state() \
                    or self._most_named_state(token, leave_out_sentence=False) or self._site_state_here(token)
                if found is not None:
                    return found.said_at(token)
            if actor.iri is None and ent.label_ in {"PERSON", "ORG"}:
                state = self._titled_state(ent)
                if state is not None:  # "Ukraine's Prosecutor General Andriy Kostin", "Ukraine's General Staff"
                    self._remember(token, state)
                    return state.said_at(token)
            if actor.kind == "named":
                if ent.label_ == "PERSON":
                    self.last_person = actor
                    if actor.iri:  # "Secretary Austin ... The Secretary reiterated": his title names him later
                        titles = [t for t in ent if t.i < ent.root.i] + [c for c in ent.root.children
                                                                           if c.dep_ == "compound" and c.i < ent.start]
                        for t in titles:
                            if t.lemma_.lower() in GOV_NOUNS and t.text[:1].isupper():
                                self.descriptors[t.lemma_.lower()] = actor
                return actor
        if lower in PRONOUNS:
            return self._pronoun(token)
        people = _partitive_people(self, token)
        if people is not None:  # "one of the Russian instructors said": the phrase as written
            phrase = self.doc[token.i: people.right_edge.i + 1].text
            phrase = phrase[:1].lower() + phrase[1:]
            return Actor(phrase, None, "unnamed", phrase, token.idx, "unnamed")
        sent = self.sent_of(token)
        # (also "current and former U.S. officials": not all of them speak for the state)
        former = any(t.lower_ in {"former", "ex", "retired"} for c in token.children for t in [c, *c.conjuncts])
        anonymous = bool(ANONYMITY.search(sent.text))
        speaks_for_state = lemma in GOV_NOUNS | SIDE_NOUNS and not former and not anonymous
        media = next((c for c in token.children if c.dep_ == "compound" and _state_media(c)), None)
        if media is not None and token.i not in self.ent_of:
            found = self._claimant_from(media)  # "state television RTN reported": the state's broadcaster, by its name
            if found is not None and found.kind == "named":
                return found
        if _state_media(token):
            for child in token.children:  # "Niger's state television said": state media speak for their state
                if child.dep_ == "poss" and child.lower_ in {"its", "their"}:
                    # "Pyongyang initially called reports of the deployment groundless. In April, however, its state
                    # media acknowledged ...": the state just named
                    owner = self._state_subject_before(token) or self.role_actor(child)
                    if owner is not None and owner.kind == "named" and owner.actor_type == "state":
                        return owner.said_at(token)
                if child.dep_ in {"poss", "amod", "compound"}:
                    known = self.known(child) or self.state_named(child.text, token.text, token.idx)
                    if known is not None and known.actor_type == "state":
                        return known.said_at(token)
            if not any(c.dep_ in {"poss", "amod", "compound"} and c.lower_ not in STATE_RUN | {"country"}
                       for c in token.children) or any(c.dep_ == "poss" and c.lemma_.lower() == "country" for c in token.children):
                # "the country's state broadcaster", bare "state television": the state the story is about,
                # as for "the military"
                found = self._forces_owner(token)
                if found is not None:
                    return found.said_at(token)
        if speaks_for_state and any(c.dep_ == "compound" and c.lemma_.lower() in FORCES_WORDS for c in token.children) and not any(
                c.dep_ in {"poss", "amod"} or (c.dep_ == "compound" and c.lemma_.lower() not in FORCES_WORDS) for c in token.children):
            found = self._forces_owner(token)  # "An army spokesman, Brigadier Nabil Abdallah, said" in a story about Sudan
            if found is not None:
                return found.said_at(token)
        if speaks_for_state and self._one_plain_official(token):
            return self._phrase(token)  # "a senior U.S. official said": one unnamed official, no office named
        if lemma in SOURCE_NOUNS:  # "Pentagon figures", "Russia's own data": the body that keeps them
            for child in token.children:
                if child.dep_ in {"compound", "poss", "amod"}:
                    known = self.known(child)
                    if known is not None:
                        return known
        if speaks_for_state and any(c.dep_ == "poss" and c.lower_ == "its" for c in token.children):
            owner = self._state_subject_before(token)
            if owner is not None:  # "Tehran's account has shifted. In October its foreign ministry ..."
                return owner.said_at(token)
        if speaks_for_state and any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in token.children):
            owner = self._pronoun(next(c for c in token.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}))
            if owner is not None and owner.kind == "named":  # "The White House ..., with its spokesman asserting"
                return owner
        if lemma in {"analyst", "researcher", "expert", "investigator"} and not former:
            for child in children(token, {"compound"}):  # "RUSI analysts wrote": the think tank's finding
                known = self.known(child)
                if known is not None and known.actor_type in {"organisation", "project"}:
                    return known.said_at(token)
        if speaks_for_state or lemma not in GOV_NOUNS | ORG_DESCRIPTORS | {"analyst", "expert", "source"}:
            actor = self.actor_at(token, via_preps=speaks_for_state)
            if actor is not None and actor.kind == "named" and (speaks_for_state or actor.actor_type not in {"state"}):
                self._remember(token, actor)
                return actor
        for child in token.children:  # "The agency, known as HUR", "the group, Beyond Parallel"
            if child.dep_ == "acl" and child.lemma_.lower() in REPORTING_VERBS and not children(child, {"agent"}):
                continue  # "a news website reported ..., citing Pakistani documents": what it reported, not who it is
            if child.dep_ in {"appos", "acl"}:
                # not from what a clause inside says: "an investigation, based on documents, which
                # reported that Iran ..." is not Iran's
                said = {x.i for c in child.subtree if c.dep_ in {"relcl", "ccomp"} for x in c.subtree}
                # nor from where it is based: "a monitoring group based in Dakar" is not Senegal
                said |= {x.i for c in child.subtree if c.dep_ == "acl" and c.lemma_.lower() in PLACED_VERBS for x in c.subtree}
                for t in child.subtree:
                    if t.i in self.ent_of and t.dep_ not in {"poss"} and t.i not in said and not _stance_prefixed(self.ent_of[t.i]):
                        actor = self.actor_from_ent(self.ent_of[t.i])
                        if actor.kind == "named":
                            self._remember(token, actor)
                            return actor
        if lemma in {"chief", "head"} and not former:
            staff = next((t for p in children(token, {"prep"}) if p.lower_ == "of" for t in p.subtree
                          if t.lemma_.lower() == "staff" and t.text[:1].isupper()), None)
            if staff is not None and not any(self.known(t) is not None for t in staff.head.subtree if t.i != token.i):
                # "the Chief of the Air Staff assured the committee", "Chief of Naval Staff Admiral ...": the head
                # of a state's forces whose state the title does not name, as for "the air force"
                owner = self._forces_owner(token)
                if owner is not None and owner.kind == "named" and owner.actor_type == "state":
                    return owner.said_at(token)
        for prep in token.children:  # "analysts at the think tank", "the head of the office"
            if former or lemma in {"veteran", "defector", "deserter"}:
                break  # "Veterans of the Wagner Group said", "former officials of the ministry": no longer its voice
            if prep.dep_ == "prep" and prep.lower_ in {"at", "from", "with", "of", "for"}:
                for pobj in children(prep, {"pobj"}):
                    untagged = _untagged_org(pobj) if pobj.i not in self.ent_of else None
                    if untagged is not None:  # "Researchers at Fieldmark Investigations", a name the tagger missed
                        self._remember(token, untagged)
                        return untagged
                    if pobj.i in self.ent_of or pobj.lemma_.lower() in ORG_DESCRIPTORS | GOV_DESCRIPTORS:
                        found = self.claimant_from(pobj)
                        if found is not None and found.kind == "named" and lemma in POSTED and prep.lower_ == "at" \
                                and found.actor_type not in {"state", "agency"}:
                            break  # "Diplomats at the United Nations said": posted there by their states, not its voice
                        if found is not None and found.kind == "named":
                            actor = found.said_at(token)
                            self._remember(token, actor)
                            return actor
        if lemma in REPORTING_NOUNS | PAPER_NOUNS:  # "the statement said", "the report acknowledged", "a Foreign Office minute"
            for child in token.children:
                if child.dep_ in {"poss", "compound"} and child.i in self.ent_of:
                    return self.actor_from_ent(self.ent_of[child.i])
            for child in children(token, {"poss"}):
                if (child.lemma_.lower() in ORG_DESCRIPTORS or child.lemma_.lower() in STATE_BODY_WORDS | FORCES_WORDS and any(
                        c.dep_ == "amod" and self.lexicon.find_demonym(c.text) for c in child.children)) and any(
                        c.dep_ == "det" and c.lower_ in {"the", "this"} for c in child.children):
                    # "according to the company's annual filing": the company named before; "the German
                    # government's published list": the government's state
                    found = self._claimant_from(child)
                    if found is not None and found.kind == "named":
                        return found.said_at(token)
            body = next((c for c in token.children if c.dep_ in {"compound", "amod"} and c.lemma_.lower() in STATE_BODY_WORDS), None)
            if body is not None and not any(self.known(c) is not None for c in body.children):
                # "a government statement read on state television said Mali had received ...": the body's
                # state, as for "the government said"
                found = self._acting_state(token) or self._most_named_state(token, leave_out_sentence=False) \
                    or self._dateline_state()
                if found is not None:
                    return found.said_at(token)
            if any(c.dep_ == "poss" and c.lower_ in {"their", "its"} for c in token.children) and token.dep_ == "nsubj":
                # "Investigators from Conflict Armament Research examined the remains ... Their report
                # found ...": the author is the subject of the sentence before, a paragraph break or not
                k = bisect.bisect_right(self.sent_starts, token.i) - 1
                for subj in children(self.sents[k - 1].root, {"nsubj"}) if k >= 1 else []:
                    found = self._claimant_from(subj)
                    if found is not None and found.kind == "named":
                        return found.said_at(token)
            for prep in children(token, {"prep"}):  # "a report last week in the Warsaw daily Kurier Stołeczny"
                if prep.lower_ not in {"in", "by", "from"}:
                    continue
                for pobj in children(prep, {"pobj"}):
                    ent = self.ent_of.get(pobj.i)
                    if ent is not None and ent.label_ in {"ORG", "PERSON", "WORK_OF_ART"}:
                        found = self.actor_from_ent(ent)
                        if found.kind == "named" and found.actor_type not in {"state", "site"}:
                            return found
                    elif ent is None and prep.lower_ == "by" and pobj.pos_ == "NOUN" and (animate(self, pobj) or any(
                            self.known(c) is not None for c in pobj.children if c.dep_ in {"nmod", "compound", "amod"})):
                        found = self._claimant_from(pobj)  # "a report by the UN special rapporteur on Myanmar"
                        if found is not None and found.kind == "named":
                            return found
                    elif ent is None and prep.lower_ == "in" and pobj.lower_ in PRESS_NOUNS:
                        found = self._claimant_from(pobj)  # "Reports in the Argentine press say": the press, as written
                        if found is not None:
                            return found
            for child in token.children:  # "a Baltic Courier investigation" the tagger left unnamed
                if child.dep_ in {"poss", "compound"} and child.pos_ == "PROPN" and child.lower_ not in PRONOUNS:
                    found = self.claimant_from(child)
                    if found is not None:
                        return found
            owner = self._earlier_owner(token) if any(c.lower_ in {"the", "this", "that"} for c in token.children) else None
            if owner is not None:  # "according to the analysis": "a Meridian Wire analysis" named before
                return owner
            if self.last_claimant is not None:
                found = self.last_claimant
                return found.said_at(token)
        definite = any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that", "these", "those"} or c.dep_ == "poss" for c in token.children)
        if definite and lemma in self.descriptors:
            found = self.descriptors[lemma]
            return found.said_at(token) if found.iri else found
        if definite and token.pos_ == "NOUN" and lemma in BODY_HEAD_WORDS:
            # "The panel adds that ...", "the experts" after "the UN Panel of Experts on Haiti": the body named before
            # whose name has that word
            body = next((a for e in reversed(self.ents) if e.start < token.i and e.label_ == "ORG" and e.ent_id_
                         and lemma in {w.lower().rstrip("s") for w in e.text.split()} | {w.lower() for w in e.text.split()}
                         for a in [self.actor_from_ent(e)] if a.kind == "named" and a.actor_type == "organisation"), None)
            if body is not None:
                return body.said_at(token)
        if definite and token.pos_ == "NOUN" and lemma in AGENT_NOUNS | GOV_NOUNS and not any(c.dep_ == "poss" for c in token.children):
            found = self._introduced_as(token)
            if found is not None:  # "Western officials spoke on Monday. ... the officials said"
                self._remember(token, found)
                return found.said_at(token) if found.iri else found
        if lemma in OWN_OUTLET and any(c.lower_ in {"the", "this"} for c in token.children) and self.recent_actor(token.idx, "org") is None:
            return None  # "customs data reviewed by the paper": the outlet itself
        if lemma in ORG_DESCRIPTORS and token.dep_ == "appos" and token.head.i not in self.ent_of:
            untagged = _untagged_org(token.head)
            if untagged is not None:  # "Fieldmark Investigations, a London-based group that ...": the name it describes
                self._remember(token, untagged)
                return untagged
        if lemma in ORG_DESCRIPTORS and not former and not _vague_plural(token):
            ahead = self.next_org(token.idx)
            if ahead is not None and ahead.iri is None and lemma in RESEARCH_DESCRIPTORS and not (
                    ahead.label.isupper() or any(w.lower() in ORG_NAME_HEADS | ORG_NAME_TAILS | RESEARCH_DESCRIPTORS for w in ahead.label.split())):
                ahead = None  # "a Swedish research institute ... flights to Ovda": a name no research body bears
            earlier = self.recent_actor(token.idx, "org")
            if definite:  # "the institute": the one named before, tagged or not, else the one named next
                # (first one whose name has the word: not "Customs" in "Customs data compiled by the institute")
                named = next((a for e in reversed(self.ents) if e.end <= token.i and e.label_ == "ORG"
                              and lemma in {w.lower() for w in e.text.split()}
                              for a in [self.actor_from_ent(e)] if a.kind == "named"), None)
                found = named or earlier or self._untagged_before(token) or ahead
            else:  # "a Swedish research institute" is new to the story: not a research body named before
                # (nor are "Rights groups urged ...", a bare plural: no one organisation named before)
                bare_plural = token.tag_ in {"NNS", "NNPS"} and not any(c.dep_ in {"det", "poss"} for c in token.children)
                found = ahead or (earlier if lemma not in RESEARCH_DESCRIPTORS and not bare_plural else None)
            if found is not None and lemma in OUTLET_DESCRIPTORS and found.actor_type != "outlet" and (not definite or found.iri is not None):
                found = None  # "a U.S. news website ... to help Pakistan secure a bailout from the IMF": no outlet
            if found is not None:
                self._remember(token, found)
                return found.said_at(token)
        if lemma in GOV_NOUNS and not former and not anonymous and token.dep_ in {"nsubj", "nsubjpass"}:
            # "In Kyiv, the prosecutor general's office said ...": an office the dateline-like
            # opening places in a capital serves that state
            for prep in children(token.head, {"prep"}):
                if prep.lower_ == "in" and prep.i < token.i:
                    for pobj in children(prep, {"pobj"}):
                        known = self.known(pobj)
                        if known is not None and known.actor_type == "state":
                            self._remember(token, known)
                            return known
        if lemma in GOV_NOUNS - POSTED_ABROAD and not former and any(c.lower_ == "there" for c in token.children):
            # "In Mali, Russian instructors arrived ..., officials there said": the state the sentence opens on
            # (not "diplomats there", posted there by other states)
            known = self.fronted_state(sent, by_name=False)
            if known is not None:
                self._remember(token, known)
                return known
        if lemma in GOV_NOUNS and not former and not anonymous:
            # "the regional prosecutor's office said ..., the first time Ukrainian authorities ..."
            content = {x.i for c in token.head.children if c.dep_ in {"ccomp", "xcomp"} for x in c.subtree}
            if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according":
                # "Ethiopia's government has acquired drones ..., according to two Western diplomats": all
                # but the source is what is said
                content = {x.i for x in sent if x.i not in {y.i for y in token.head.head.subtree}}
            elif token.dep_ == "appos" and token.i + 1 < len(token.doc) and token.nbor().lemma_.lower() in REPORTING_VERBS:
                # "Sudan's army hired mercenaries from the Wagner Group, a Western diplomat said", with the
                # speaker parsed as the last name's apposition: all before the speaker is what is said
                content = set(range(sent.start, token.left_edge.i))
            for t in sent:  # not from what is said: "agencies assess that ... alongside Russian forces"
                if t.lemma_.lower() in GOV_NOUNS and t.i != token.i and t.i not in content and (
                        t.dep_ in {"nsubj", "nsubjpass", "appos", "conj"} or (t.dep_ == "pobj" and t.head.lower_ == "by")):
                    known = next((self.known(c) for c in t.children if c.dep_ in {"amod", "compound", "poss"} and self.known(c)), None)
                    if known is not None and known.actor_type == "state":
                        self._remember(token, known)
                        return known
            if not definite and lemma in {"spokesperson", "spokesman", "spokeswoman"}:
                # "a spokesperson stated", in a body's own statement or right after its position
                found = self.default_speaker or (self.last_claimant if self.last_claimant is not None
                                                 and self.last_claimant.actor_type in {"state", "agency"} else None)
                if found is None:
                    # "Germany's government approved the export ..., a spokesman said": the spokesman of
                    # the state body the sentence says acted
                    found = next((known for t in sent if t.i in content and t.dep_ in {"nsubj", "nsubjpass"}
                                  and t.lemma_.lower() in STATE_BODY_WORDS
                                  for known in [next((self.known(c) for c in t.children if c.dep_ in {"amod", "compound", "poss"}
                                                      and self.known(c)), None)]
                                  if known is not None and known.actor_type == "state"), None)
                if found is not None:
                    return found.said_at(token)
            if definite and lemma in GOV_DESCRIPTORS and lemma not in PERSON_TITLES:
                found = self._publishing_body(token) or self._earlier_office(token)
                if found is not None:  # "Russia's defence ministry issued a statement ... the ministry said"
                    self._remember(token, found)
                    return found.said_at(token)
            if definite and lemma in HEAD_TITLES and token.text[:1].isupper() and self.labels:
                speaker, known = self.speaker_at(token.idx)
                if known and speaker is not None and speaker.actor_type == "state":
                    return speaker.said_at(token)  # "MR MILLER: ... the packages the President has announced": his own
            if definite and lemma in GOV_DESCRIPTORS:
                found = self.recent_actor(token.idx, "agency") or self.last_claimant if lemma not in {"spokesman", "spokeswoman", "official", "minister", "diplomat", "ambassador", "secretary", "adviser", "president", "chancellor", "premier", "prosecutor", "analyst"} else self.last_person or self.last_claimant
                if (found is None or found.actor_type not in {"state", "agency"}) and lemma in STATE_BODY_WORDS \
                        and not any(c.dep_ in {"amod", "compound"} for c in token.children if c.lower_ not in OFFICE_WORDS | HOME_WORDS):
                    # "Nammo's chief executive said ... The foreign ministry said Norway does not sell ...": a
                    # ministry is no firm's or person's: the state its sentence says acts, else the story's
                    # state, as for "the Defence Department"
                    found = self._acting_state(token) or self._most_named_state(token, leave_out_sentence=False) \
                        or self._dateline_state()
                if found is None and lemma not in PERSON_TITLES:
                    speaker, known = self.speaker_at(token.idx)  # "the department" in its spokesman's mouth
                    found = speaker if known and speaker is not None and speaker.actor_type in {"state", "agency"} else None
                if found is None and lemma in {"agency", "ministry", "department", "service", "office"}:
                    found = self.next_org(token.idx, "agency")  # a lede's "the spy agency", named next
                if found is None and lemma in HEAD_TITLES | {"secretary", "minister"} and not any(
                        self.known(c) is not None for c in token.children if c.dep_ in {"amod", "compound", "poss"}):
                    # "HEBESTREIT: The Federal Chancellor informed the cabinet ...": the head of the
                    # government whose spokesman speaks, else the page's or the story's state
                    # (the office named before with its state first: "South Korea's defence minister arrived in
                    # Warsaw ... The Minister said")
                    speaker, known = self.speaker_at(token.idx)
                    found = self._earlier_office(token) \
                        or (speaker if known and speaker is not None and speaker.actor_type == "state" else None) \
                        or self._government_publisher() or self._dateline_state()
                if found is not None:
                    return found.said_at(token)
        if lemma in PARTY_NOUNS and definite and self.parties:
            found = self.parties.get(PARTY_NOUNS[lemma])  # "the applicant denied ...": the named party
            if found is not None:
                return found.said_at(token)
        bare_prosecutors = lemma == "prosecutor" and token.tag_ == "NNS" and not any(
            c.dep_ in {"det", "poss", "amod", "compound"} and c.lower_ not in {"federal", "military", "public"} for c in token.children)
        if lemma in LEGAL_NOUNS and (definite or bare_prosecutors) and not former and not anonymous:
            # "BROOKLYN, N.Y. — ... according to the indictment"; "Court: United States District
            # Court for ... Prosecutors say ..."
            state = self._dateline_state() or self._court_state()
            if state is not None:
                self._remember(token, state)
                return state
        if definite and token.pos_ == "NOUN" and not former and not anonymous:
            found = self._named_by_word(token)
            if found is not None:  # "the UN Panel of Experts ... the experts wrote"
                self._remember(token, found)
                return found.said_at(token)
        if lemma == "head" and not former and any(p.lower_ == "of" and any(o.lemma_.lower() in {"state", "government"}
                                                                           and not any(c.dep_ in {"poss", "amod", "compound", "det"} for c in o.children)
                                                                           for o in children(p, {"pobj"}))
                                                  for p in children(token, {"prep"})):
            # "the head of state": the leader named last if he speaks for a state, else the dateline's
            if self.last_person is not None and self.last_person.actor_type == "state":
                found = self.last_person
                actor = found.said_at(token)
                self._remember(token, actor)
                return actor
            home = self._home_office(token, allow_modified=True)
            if home is not None:
                return home
        if lemma in GOV_NOUNS and token.tag_ in {"NN", "NNP"} and (lemma in OFFICE_WORDS or any(
                c.dep_ in {"amod", "compound"} and c.lemma_.lower() in OFFICE_WORDS for c in token.children)):
            home = self._home_office(token)  # "SEOUL — ... a presidential official said": Seoul's
            if home is not None:
                return home
        actor = self._phrase(token)
        self._remember(token, actor)
        return actor

    def _home_office(self, token: Token, allow_modified: bool = False) -> Actor | None:
        """The state an office named by its function alone ("the defence ministry", "a presidential
        official", "the foreign ministry") serves: in a story filed from a state's capital, that
        state, when the speaker is neither former nor anonymous and no other nationality sits on it."""
        sent = self.sent_of(token)
        if ANONYMITY.search(sent.text) or any(t.lower_ in {"former", "ex", "retired"} for t in token.children):
            return None
        if not allow_modified and any(self.known(c) is not None for c in token.subtree if c.i != token.i):
            return None
        state = self._dateline_state()
        if state is None or state.actor_type != "state":
            return None
        actor = state.said_at(token)
        self._remember(token, actor)
        return actor

    def _named_by_word(self, token: Token) -> Actor | None:
        """The organisation named earlier whose name has the word a definite description is made of:
        "the experts" after "the UN Panel of Experts", "the monitor" after "Tidewater Maritime Monitor"."""
        words = {token.lower_, token.lemma_.lower()}
        # the description's own modifiers must be in the name too: "the spy agency" is not "the Yonhap news agency"
        mods = {c.lower_ for c in token.children if c.dep_ in {"compound", "amod"}}
        for ent in reversed(self.ents):
            if ent.start >= token.i or ent.label_ not in {"ORG", "NORP", "FAC"}:
                continue
            names = {t.lower_ for t in ent if not t.is_stop}
            if len(ent) > 1 and words & names and mods <= names:
                actor = self.actor_from_ent(ent)
                if actor.kind == "named" and (actor.actor_type not in {"state"} or (
                        ent.label_ == "ORG" and ent.root.lemma_.lower() in GOV_NOUNS)):
                    return actor  # "the experts" after "the UN Panel of Experts"; "the ministry" after "Ukraine's defence ministry"
        return None

    def _own_state(self, token: Token) -> Actor | None:
        """The state a speaker's "his Government", "her country" stands for: the speaker of the
        enclosing clause ("The representative of the United States said his Government could
        confirm ..."), else the person "he"/"she" refers to. Only a named state or body counts."""
        if any(c.dep_ == "poss" and c.lower_ == "our" for c in token.children):
            return self._our_country(token)  # "Our government has said ...", in the mouth of an Armenian analyst
        poss = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in {"his", "her", "their"}), None)
        if poss is None:
            return None
        for ancestor in token.ancestors:
            for child in children(ancestor, {"nsubj", "nsubjpass"}):
                if child.i < token.i and child.i != token.i and child.lower_ not in PRONOUNS:
                    found = self._claimant_from(child)
                    if found is not None and found.kind == "named" and found.iri:
                        return found.said_at(token)
                    return None
        found = self._pronoun(poss)
        if found is not None and found.kind == "named" and found.iri:
            return found.said_at(token)
        return None

    def _state_near_site(self, ent: Span) -> Actor | None:
        """The state a place the gazetteer does not know lies in, as the text writes it right after the
        name: "in (northern) Japan", ", Japan", "near Tokyo"."""
        doc = self.doc
        for t in doc[ent.end : min(ent.end + 4, len(doc))]:
            if t.is_sent_end and t.i > ent.end:
                break
            known = self.known(t)
            if known is not None and known.kind == "site":
                known = self.site_country(known)  # "Marietta, Georgia": the U.S. state's country
            if known is not None and known.actor_type == "state" and all(
                    x.lower_ in {"in", "near", ",", "northern", "southern", "eastern", "western", "central", "north", "south",
                                 "east", "west", "the"} for x in doc[ent.end : t.i]):
                return known
        return None

    def _state_after(self, ent: Span) -> Actor | None:
        """The state named right after a body's name: "the Defense Ministry in Tokyo"."""
        doc = self.doc
        if ent.end < len(doc) and ent[-1].lower_ in {"of", "the", "in"}:
            known = self.known(doc[ent.end])  # the tagger ran on: "the Ministry of National Defense of the" | "Republic of Korea"
            if known is not None and known.actor_type == "state":
                return known
        if ent.end + 1 < len(doc) and doc[ent.end].lower_ in {"in", "of"}:
            # ("the Ministry of National Defense of the Republic of Korea")
            after = doc[ent.end + 2] if doc[ent.end + 1].lower_ == "the" and ent.end + 2 < len(doc) else doc[ent.end + 1]
            known = self.known(after)
            if known is not None and known.actor_type == "state":
                return known
        return None

    def _earlier_owner(self, token: Token) -> Actor | None:
        """Whose "the analysis" or "the report" this is: the owner named on the same noun before
        ("a Meridian Wire analysis of satellite imagery ... shows"; "the report" after "RUSI's report")."""
        lemma = token.lemma_.lower()
        for t in reversed(self.doc[: token.i]):
            if t.lemma_.lower() != lemma:
                continue
            for child in t.children:
                if child.dep_ in {"poss", "compound"} and (child.i in self.ent_of or child.pos_ == "PROPN") \
                        and child.lower_ not in PRONOUNS:
                    found = self._claimant_from(child)
                    if found is not None and (found.kind == "named" or found.label[:1].isupper()):
                        return found.said_at(token)
            author = self._author_of(t)
            return author.said_at(token) if author is not None else None
        return None

    def _introduced_as(self, token: Token) -> Actor | None:
        """Who "the officials", "the minister", "the commander" is: the latest earlier mention with
        the same head word that introduced someone ("Western officials gave a grim account",
        "Japanese Defence Minister Minoru Kihara said"), read as a subject would be. Mentions inside
        quotations do not introduce anyone."""
        lemma = token.lemma_.lower()
        mods = {c.lower_ for c in token.children if c.dep_ in {"compound", "amod"}}
        for t in reversed(self.doc[: token.i]):
            if t.lemma_.lower() != lemma or self.in_quote(t.idx) or (
                    t.tag_ != token.tag_ and not (t.dep_ == "compound" and t.pos_ == "PROPN")):
                continue
            if not mods <= {x.lower_ for x in (t.head if t.dep_ == "compound" else t).subtree}:
                continue  # "the spy agency" is not the "Yonhap news agency" named before
            if any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"} for c in t.children):
                continue  # an earlier "the officials" is itself a back-reference; look further
            # "Defence Minister Minoru Kihara"; "Belarusian Hajun, a monitoring group run by ...": the name
            # ("Pakistan's foreign office spokeswoman": the office is read with the title it names)
            head = t.head if (t.dep_ == "compound" and t.head.pos_ in {"PROPN", "NOUN"}) or t.dep_ == "appos" else t
            found = self._claimant_from(head)
            if found is not None and found.label.lower() != token.lower_:
                return found
            return None
        return None

    def _author_of(self, document: Token) -> Actor | None:
        """Who wrote a document named before: "a statement from Conflict Armament Research", "a
        report by the IISS", "RUSI published a report", "Western officials presented an assessment"."""
        authors = [p for prep in children(document, {"prep"}) if prep.lower_ in {"from", "by"} for p in children(prep, {"pobj"})]
        # "a study published on Monday by the Kestrel Arms Monitor"
        authors += [p for acl in children(document, {"acl"}) for agent in children(acl, {"agent", "prep"})
                    if agent.lower_ == "by" for p in children(agent, {"pobj"})]
        if document.dep_ == "dobj" and document.head.lemma_.lower() in PUBLISH_VERBS:
            authors += children(document.head, {"nsubj"})
        for author in authors:
            if author.i in self.ent_of or author.lower_ in PRONOUNS or (author.tag_ in {"NNS", "NNPS"} and animate(self, author)):
                found = self._claimant_from(author)
                if found is not None:
                    return found
        return None

    def _sentence_before(self, i: int) -> Span | None:
        """The sentence before the one holding token ``i``, when both are in one paragraph."""
        k = bisect.bisect_right(self.sent_starts, i) - 1
        if k < 1:
            return None
        prev = self.sents[k - 1]
        if "\n" in self.text[prev.end_char : self.sents[k].start_char]:
            return None
        return prev

    def _plural_subject_before(self, token: Token) -> Actor | None:
        """Whom "they" refers to when the sentence before, in the same paragraph, has people or
        bodies in the plural as its subject and names no state or organisation as one: "Western
        officials did not mince words. '...,' they said." """
        if any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < token.i and c.tag_ in {"NNS", "NNPS"}
               for a in token.ancestors for c in a.children):
            return None
        at = token
        sent_start = self.sent_of(token).start_char
        for start, end in self.quotes:  # '"... Russia. The evidence is overwhelming," they said': before the quotation
            if start < sent_start < end <= token.idx:
                at = self.doc.char_span(start, start + 1, alignment_mode="expand")[0]
        prev = self._sentence_before(at.i)
        if prev is None:
            return None
        for subj in children(prev.root, {"nsubj", "nsubjpass"}):
            if subj.tag_ in {"NNS", "NNPS"} and subj.i not in self.ent_of and animate(self, subj):
                return self._claimant_from(subj)
        return None

    def _document_before(self, token: Token) -> Actor | None:
        """What "It" opening a sentence refers to when the sentence before, in the same paragraph,
        introduces a document with its author: "Western officials presented an assessment on
        Tuesday. It also found that ..." (the assessment, so its authors)."""
        prev = self._sentence_before(token.i)
        if prev is None or token.i != self.sent_of(token).start or token.lower_ != "it":
            return None
        for t in prev:
            if t.lemma_.lower() in REPORTING_NOUNS and t.dep_ in {"dobj", "pobj", "nsubj"}:
                author = self._author_of(t)
                if author is not None:
                    return author
        return None

    def _pronoun(self, token: Token) -> Actor | None:
        lower = token.lower_
        owner = self._content_owner(token) if lower in {"its", "their"} else None
        if owner is not None:
            return owner.said_at(token)
        if lower in {"it", "its", "they", "their", "them"}:
            for ancestor in token.ancestors:  # "Kyiv has shown reporters what it says ..."
                for child in children(ancestor, {"nsubj"}):
                    if child.i < token.i and child.i in self.ent_of:
                        # as its subject would be read: "Britain's Ministry of Defence said it believed"
                        actor = self._claimant_from(child) or self.actor_from_ent(self.ent_of[child.i])
                        if actor.kind == "named":
                            return actor
                    if lower == "they" and child.i < token.i and child.tag_ in {"NNS", "NNPS"} and animate(self, child):
                        return self._claimant_from(child)  # "Ukrainian officials say they believe ..."
                    if lower == "it" and child.i < token.i and child.lemma_.lower() in GOV_NOUNS | ORG_DESCRIPTORS and any(
                            c.dep_ == "poss" and c.i in self.ent_of for c in child.children):
                        found = self._claimant_from(child)  # "Seoul's defence ministry has said it believes ..."
                        if found is not None and found.kind == "named":
                            return found
            document = self._document_before(token) if token.dep_ == "nsubj" else None
            if document is not None:
                return document.said_at(token)
            group = self._plural_subject_before(token) if lower == "they" else None
            if group is not None:  # "Western officials did not mince words. '...,' they said."
                return group.said_at(token) if group.iri else group
            if lower in {"it", "its"}:
                body = self._previous_body(token)
                if body is not None:
                    return body.said_at(token)
            # a speaker pronoun outside a quotation does not refer into the quotation ("... to
            # Yemen's Ansar Allah," it said): the quoted names are what was said, not who said it;
            # nor does the speaker of "..., it added" refer into the content before it
            outside = not self.in_quote(token.idx)
            before = token.idx
            if token.dep_ == "nsubj" and token.head.lemma_.lower() in REPORTING_VERBS:
                before = min([before] + [c.left_edge.idx for c in token.head.children
                                         if c.dep_ in {"ccomp", "parataxis"} and c.i < token.i])
            found = self.recent_actor(before, "org", outside)
            if found is not None and self.last_claimant is not None and found.label != self.last_claimant.label:
                # an organisation named only as an object ("denied arming the Houthis") is less
                # likely the "it" that speaks next than the claimant just reported
                root = self.recent_ent.root
                if root.dep_ not in {"nsubj", "nsubjpass", "appos"} and not (root.dep_ == "poss" and root.head.dep_ in {"nsubj", "nsubjpass"}):
                    found = self.last_claimant
                elif self.last_claimant.start > found.start and self.last_claimant.actor_type in {"state", "agency"}:
                    # "The UN panel has documented ... Moscow called the accusation 'another fabrication'. It also
                    # says ...": the state that spoke since, not the organisation named before it
                    found = self.last_claimant
            found = found or self.last_claimant or self.recent_actor(before, "any", outside)
        else:
            found = self._previous_subject_person(token) or self.last_person or self.last_claimant \
                or self._titled_subject_before(token) or self.recent_actor(token.idx, "any")
        if found is None:
            return None
        return found.said_at(token)

    def _one_plain_official(self, token: Token) -> bool:
        """One unnamed official named only by nationality and rank ("a senior U.S. official", "a
        South Korean government official"): an anonymous source, who keeps the head noun phrase, as
        GUIDE.md keeps "two South Korean government officials"; with an office ("a French defence
        ministry official", "a presidential official", "an NIS official") or as a body of officials
        ("U.S. officials") the officials speak for their state. (Counted officials, "two South
        South Korean government officials", count the same way: a few people, not a body that speaks.)"""
        one = token.lower_ == "official" and any(c.dep_ == "det" and c.lower_ in {"a", "an", "one"} for c in token.children)
        # (counted with a rank or "government", as GUIDE.md's example is; "two Ukrainian officials" giving
        # their government's position stay the state, as dev5 reads them)
        counted = token.lower_ == "officials" and any(c.dep_ == "nummod" for c in token.children) and any(
            c.lower_ in {"senior", "government", "administration", "top", "high-ranking"} for c in token.children)
        if not (one or counted):
            return False
        if children(token, {"prep", "appos", "acl", "relcl"}):
            return False  # "a senior official of the North's defence ministry"
        mods = [t for t in token.subtree if t.i < token.i and t.dep_ not in {"det", "punct", "nummod"}]
        if not mods:
            return False
        for t in mods:
            ent = self.ent_of.get(t.i)
            if ent is not None and ent.ent_id_ and self.lexicon.actors.get(ent.ent_id_, {}).get("type") == "state":
                continue  # the state itself ("U.S."), not one of its offices ("NIS")
            if self.lexicon.find_demonym(t.text) or t.lower_ in {"senior", "top", "high", "ranking", "high-ranking", "government", "administration"}:
                continue
            return False
        return True

    def _titled_subject_before(self, token: Token) -> Actor | None:
        """Whom "he"/"she" refers to when no person is named: the office-holder with a state who is
        the subject of one of the three sentences before ("The Lithuanian president spoke in Vilnius.
        She also addressed the war in Ukraine. She said ..." is Lithuania, not Ukraine)."""
        k = bisect.bisect_right(self.sent_starts, token.i) - 1
        for sent in reversed(self.sents[max(k - 3, 0): k]):
            for t in sent:
                if t.dep_ == "nsubj" and t.pos_ == "NOUN" and t.lemma_.lower() in PERSON_TITLES | HEAD_TITLES:
                    found = self._claimant_from(t)
                    if found is not None and found.kind == "named" and found.iri:
                        return found
        return None

    def _content_owner(self, token: Token) -> Actor | None:
        """Whose "its armed forces said" is, after the content: the state that is, or owns, the
        content's subject ("Mali's military government has taken delivery of Akinci drones from
        Turkey, its armed forces said" is Mali's)."""
        speaker = token.head
        verb = speaker.head
        if token.dep_ != "poss" or speaker.dep_ != "nsubj" or verb.lemma_.lower() not in REPORTING_VERBS or verb.i < token.i - 3:
            return None
        if speaker.lemma_.lower() not in GOV_NOUNS | FORCE_NOUNS and not any(c.lower_ == "armed" for c in speaker.children):
            return None
        sent = self.sent_of(token)
        subj = next((t for t in sent if t.dep_ in {"nsubj", "nsubjpass"} and t.i < token.i and t.head.i != verb.i
                     and t.head.i < token.i), None)
        return self.subject_state(subj) if subj is not None else None

    def subject_state(self, subj: Token) -> Actor | None:
        """The state a subject is or owns: "Russia", "Russia's war", "Mali's military government"."""
        for t in [subj] + [c for c in subj.children if c.dep_ == "poss"]:
            found = self.known(t)
            if found is not None and found.actor_type == "state":
                return found
        return None

    def _previous_subject_person(self, token: Token) -> Actor | None:
        """Whom "he"/"she" opening a sentence's clause refers to when the sentence before, in the same
        paragraph, has a named person as its subject ("Last week President Zelensky went further.
        For the first time he said ..."): the subject before, not the speaker reported last."""
        if token.lower_ not in {"he", "she"} or self.in_quote(token.idx):
            return None
        if any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < token.i and c.i != token.i and c.ent_type_ == "PERSON"
               for a in token.ancestors for c in a.children):
            return None  # a person named in its own sentence first
        prev = self._sentence_before(token.i)
        if prev is None:
            return None
        for subj in children(prev.root, {"nsubj", "nsubjpass"}):
            ent = self.ent_of.get(subj.i)
            if ent is None or ent.label_ != "PERSON" or self.in_quote(subj.idx):
                continue
            actor = self.actor_from_ent(ent)
            if actor.kind == "named":
                return actor
        return None

    def _state_subject_of_clause_before(self, token: Token) -> Actor | None:
        """ "Saudi Arabia is a different story: in July it signed for Akinci drones": a state that is the
        subject of a clause before the pronoun's, in the same sentence, set off by a colon or semicolon."""
        sent = self.sent_of(token)
        if not any(t.text in {":", ";"} and t.i < token.i for t in sent):
            return None
        for t in reversed(sent[: token.i - sent.start]):
            if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i < token.i and t.head.i != token.head.i and t.i in self.ent_of:
                known = self.known(t)
                if known is not None and known.actor_type == "state":
                    return known
        return None

    def _state_subject_before(self, token: Token) -> Actor | None:
        """The state a body's "its" belongs to when the sentence before, in the same paragraph, has
        that state as its subject or the subject's owner: "Tehran's account has shifted. In October
        its foreign ministry called the reports baseless" (not the claimant reported last)."""
        prev = self._sentence_before(token.i)
        if prev is None or any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < token.i and c.i in self.ent_of
                               for a in token.ancestors for c in a.children):
            return None
        for subj in children(prev.root, {"nsubj", "nsubjpass"}):
            for cand in [subj, *children(subj, {"poss", "compound"})]:
                known = self.known(cand) if cand.i in self.ent_of else None
                if known is not None and known.actor_type == "state":
                    return known
        return None

    def _previous_body(self, token: Token) -> Actor | None:
        """What "it" opening a sentence refers to when the sentence before has a government body
        as its subject: "Belarus's defence ministry has not commented. Last year it dismissed ..."."""
        prev = self._sentence_before(token.i)
        if prev is None or token.dep_ not in {"nsubj", "nsubjpass"} or token.head.dep_ != "ROOT":
            return None
        for subj in children(prev.root, {"nsubj", "nsubjpass"}):
            if subj.lemma_.lower() in GOV_NOUNS and subj.tag_ in {"NN", "NNP"} and subj.i not in self.ent_of:
                found = self._claimant_from(subj)
                if found is not None and found.kind == "named" and found.iri:
                    return found
        return None

    def _remember(self, token: Token, actor: Actor) -> None:
        """Remember what a description stood for, so "the diplomat" or "the office" later is the same."""
        if token.pos_ in {"NOUN", "PROPN"} and token.i not in self.ent_of:
            self.descriptors[token.lemma_.lower()] = actor
            for child in token.children:
                if child.dep_ in {"compound"} and child.pos_ == "NOUN":
                    self.descriptors.setdefault(child.lemma_.lower(), actor)
            for child in token.children:  # "the head of the regional prosecutor's office, Filchakov"
                if child.dep_ == "appos" and child.i in self.ent_of and actor.iri:
                    self.remember_person(self.ent_of[child.i], actor)
                if child.dep_ == "prep" and child.lower_ == "of":
                    for pobj in children(child, {"pobj"}):
                        if pobj.pos_ == "NOUN":
                            self.descriptors.setdefault(pobj.lemma_.lower(), actor)
        right = token.right_edge.i
        doc = token.doc
        if right + 2 < len(doc) and doc[right + 1].text == "," and right + 2 in self.ent_of and actor.iri:
            ent = self.ent_of[right + 2]  # "the head of the regional prosecutor's office, Oleksandr Filchakov"
            if ent.start == right + 2 and ent.label_ in {"PERSON", "ORG"}:
                self.remember_person(ent, actor)
        singular = token.tag_ not in {"NNS", "NNPS"} and token.lemma_.lower() not in {"medium", "media"}
        if singular and (actor.actor_type in {"person", "PERSON", "unnamed"}
                         or token.lemma_.lower() in PERSON_PRONOUNS | GOV_DESCRIPTORS | PERSON_ROLES):
            self.last_person = actor  # "he"/"she" later: only a single person


# Anonymous sources are told apart by what follows them: "three people familiar with the
# assessments", "two sources from a European intelligence agency", "sources close to the ministry".
SOURCE_HEADS = {"person", "people", "source"}
# Unnamed people whose body, written after them, says who they are (GUIDE.md): "a senior officer at the
# general staff", "an adviser to Ukraine's defence ministry", "a senior official at the presidential office".
DESCRIBED_PEOPLE = {"official", "officer", "adviser", "advisor", "aide", "executive", "staffer", "employee"}
# People a place they live in describes: "residents of Mueda", "villagers in Ancuabe".
RESIDENT_NOUNS = {"resident", "inhabitant", "villager"}


FLOATING_QUANTIFIERS = {"both", "all", "each", "either", "neither"}


def _word_hyphen(token: Token) -> bool:
    """A hyphen joining two words with no space ("Gulf-based")."""
    return token.text in {"-", "‑"} and token.i > 0 and not token.doc[token.i - 1].whitespace_ and not token.whitespace_


MILITARY_RANKS = {"colonel", "general", "lieutenant", "major", "admiral", "brigadier", "commodore", "commander", "lt.", "col.",
                  "gen.", "maj.", "adm.", "brig."}


def _military_rank(ent: Span) -> list[Token] | None:
    """A serving officer's rank written on a name ("Colonel Piotr Nowak", "Air Commodore Edward
    Gabkwet", "Nowak, the brigade's commander"), not a retired or former one's, nor "Attorney General",
    "Secretary-General" or "Inspector General"."""
    doc = ent.doc
    words: list[Token] = []
    i = ent.start - 1
    while i >= 0 and doc[i].is_title and doc[i].ent_type_ in {"", "ORG", "PERSON", "NORP", "GPE"}:
        words.append(doc[i])  # (with a nationality on the rank, "Ukrainian Colonel X", the caller finds it)
        i -= 1
    if i >= 1 and doc[i].dep_ == "case":
        words.append(doc[i - 1])  # "Russia's General X"
    words += [t for t in ent if t.i < ent.root.i]
    words += [c for c in ent.root.children if c.dep_ == "appos" and c.i > ent.end - 1]
    if ent.root.dep_ == "appos":
        words.append(ent.root.head)
    if any(t.lower_ in {"former", "ex", "retired", "attorney", "secretary", "inspector", "surgeon", "prosecutor", "solicitor"}
           for w in words for t in [w, *w.children]) or (i >= 0 and doc[i].lower_ in {"former", "retired", "ex"}):
        return None
    if any(t.lower_ in MILITARY_RANKS and (t.text[:1].isupper() or t.lower_ == "commander") for t in words):
        return words
    return None


def _local_office(title: Token, ent: Span) -> bool:
    """A title naming an office by its description alone ("a spokesman for the prosecutor's office",
    "an official at the regional administration"): the office of the place the story is filed from."""
    return any(t.lemma_.lower() in GOV_NOUNS | LEGAL_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
               for t in title.subtree if t.i not in range(ent.start, ent.end) and t.i != title.i)


def _national_office(title: Token) -> bool:
    """A minister's title or a government spokesman with no state named ("Defence Minister Luis
    Petri", "Government spokesman Ange-Maxime Kazagui"): an office of the state the story is filed from."""
    if any(t.lower_ in {"former", "ex", "opposition", "shadow"} for t in title.subtree):
        return False
    if title.lemma_.lower() in {"minister", "chancellor", "premier"}:
        return True
    if title.lemma_.lower() in {"prosecutor", "general"} and any(t.lemma_.lower() == "prosecutor" for t in [title, *title.children]) \
            and any(t.lemma_.lower() == "general" for t in [title, *title.children, title.head]):
        return True  # "Prosecutor General Andriy Kostin"
    return title.lemma_.lower() in {"spokesman", "spokeswoman", "spokesperson"} and any(
        c.dep_ in {"compound", "amod"} and c.lower_ == "government" for c in title.children)


def _vague_plural(token: Token) -> bool:
    """"Some media outlets", "several think tanks": an unnamed many, not an organisation named elsewhere."""
    return token.tag_ in {"NNS", "NNPS"} and any(
        c.dep_ in {"det", "amod"} and c.lower_ in {"some", "several", "many", "various", "certain", "other"}
        for c in token.children)


def _source_description(head: Token) -> str:
    """The description written after an anonymous source's head noun, as text (" familiar with ...",
    " in the defence industry"). Where they are ("a Ukrainian official at the crossing") is no part of
    who they are (but where a diplomat is posted is: :func:`_posting`)."""
    for child in head.children:
        if child.i < head.i:
            continue
        if (child.dep_ == "prep" and child.lower_ == "of" and (head.lemma_.lower() == "member" or (
                head.lemma_.lower() == "veteran" and any(o.ent_type_ == "ORG" or o.lemma_.lower() in UNIT_BODY_NOUNS
                                                         for o in children(child, {"pobj"}))) or (
                head.lemma_.lower() in PEOPLE_NOUNS | {"soldier", "officer", "sailor", "pilot", "fighter"}
                and any(o.lemma_.lower() in UNIT_BODY_NOUNS for o in children(child, {"pobj"}))))) or (
                # "soldiers of a Ukrainian artillery brigade": the unit says who they are
                # "members of the dhow's crew": a member is of what he is a member of (a veteran of a body too,
                # "veterans of the Wagner Group", not "a veteran of the Karabakh war")
                child.dep_ == "amod" and child.lower_ in {"familiar", "close"} and head.lemma_.lower() in SOURCE_HEADS) or (
                # "residents of Mueda": where they live is who they are
                child.dep_ == "prep" and child.lower_ in {"of", "in"} and head.lemma_.lower() in RESIDENT_NOUNS) or (
                child.dep_ == "prep" and (child.lower_ in {"from", "inside", "within"} and head.lemma_.lower() in SOURCE_HEADS
                                          or child.lower_ in {"in", "at", "to", "with"} and _in_a_body(child))):
            end = child.right_edge.i + 1
            # "an officer of the corps' logistics service, who spoke on condition of anonymity": the parser may
            # hang the source's relative clause on the last noun of the description; it ends at the comma
            # (and at its relative pronoun without a comma: "officials at the ministry who asked not to be named")
            end = next((t.i for t in head.doc[child.i:end] if t.text in {",", "(", "—", "–", ";"}
                        or t.lower_ in {"who", "whom", "whose"} and t.dep_ in {"nsubj", "nsubjpass", "dobj", "poss"}), end)
            span = head.doc[child.left_edge.i : end]
            if child.left_edge.i == head.i + 1:
                return " " + span.text
    return ""


def _after_punctuation(token: Token) -> bool:
    """Whether the word before ``token`` (past any spaces) is punctuation or there is none."""
    k = token.i - 1
    while k >= 0 and token.doc[k].is_space:
        k -= 1
    return k < 0 or token.doc[k].is_punct


def _posting(head: Token) -> str:
    """Where an unnamed diplomat is posted, which says who they are ("a Western diplomat in Nairobi",
    "a European defence attaché in Algiers"), as text; a place written right after the head."""
    for prep in children(head, {"prep"}):
        # (or the body they are posted at: "diplomats at the United Nations")
        kind = {"in": "GPE", "at": "ORG"}.get(prep.lower_)
        if kind is not None and prep.i == head.i + 1:
            place = children(prep, {"pobj"})
            if place and place[0].ent_type_ == kind and place[0].right_edge.i == place[0].i:
                return " " + head.doc[prep.i : place[0].i + 1].text
    return ""


def _in_a_body(prep: Token) -> bool:
    """ "in the defence industry", "in the German government": an "in" phrase naming a body, not a place."""
    objs = children(prep, {"pobj"})
    return bool(objs) and objs[0].lemma_.lower() in IN_BODY_NOUNS and objs[0].ent_type_ in {"", "ORG"}


# Units and bodies that people "of" them belong to.
UNIT_BODY_NOUNS = {"brigade", "battalion", "regiment", "unit", "division", "corps", "company", "squadron", "crew",
                   "army", "navy", "force", "guard", "militia", "ministry", "service", "agency"}
IN_BODY_NOUNS = {"industry", "government", "establishment", "administration", "military", "ministry", "army",
                 "intelligence", "community", "sector", "services", "service", "cabinet", "leadership", "coalition",
                 "staff", "office", "department", "agency", "command", "headquarters", "navy", "presidency"}


def _compound_top(token: Token) -> Token:
    """The noun a chain of compounds modifies: "Russia" in "Russia Arash-2 kamikaze drones" -> "drones"."""
    while token.dep_ in {"compound", "nmod"} and token.head.i != token.i:
        token = token.head
    return token


def is_counted(token: Token) -> bool:
    """A noun with a count or "more" on it: "six more Caesars", "18 Krabs", "further rounds"."""
    return any(c.dep_ == "nummod" or (c.dep_ == "amod" and c.lower_ in {"more", "further", "additional"}) for c in token.children)


def _untagged_org(token: Token) -> Actor | None:
    """An organisation's name the tagger did not tag: capitalised words ending in an organisation
    word ("the Islamabad Strategic Forum", with only "Islamabad" tagged as a place)."""
    if token.pos_ != "PROPN" or not token.is_title or token.lemma_.lower() not in ORG_NAME_HEADS:
        return None
    words = [c for c in token.children if c.dep_ == "compound" and c.is_title and c.i < token.i] + [token]
    if len(words) < 2:
        return None
    first = min(t.i for t in words)
    span = token.doc[first: token.i + 1]
    if not all(t.is_title for t in span):
        return None
    for prep in children(token, {"prep"}):  # "the Yerevan Centre for Defence Studies": the name goes on
        tail = token.doc[prep.i + 1: prep.right_edge.i + 1]
        if prep.i == token.i + 1 and prep.lower_ in {"for", "of"} and len(tail) and all(
                t.is_title or t.lower_ in {"and", "of", "the"} for t in tail):
            span = token.doc[first: prep.right_edge.i + 1]
    return Actor(span.text, None, "named", span.text, span.start_char, "ORG")


def _names_item(lexicon: Any, ent: Span) -> bool:
    """Whether the item lexicon covers a whole entity ("Shaheds", "Javelins", "ATACMS")."""
    tokens = [t for t in ent if t.lower_ not in {"'s", "’s"}]
    covered = {t.i + k for _, t, n in lexicon.match_items(tokens) for k in range(n)}
    return bool(tokens) and all(t.i in covered for t in tokens)


def _names_model(lexicon: Any, ent: Span) -> bool:
    """Whether an entity the gazetteer does not know names the model of an item it modifies:
    "Koksan" in "Koksan self-propelled guns", "Bulsae-4" in "the Bulsae-4 missiles"."""
    root = ent.root
    if root.dep_ in {"compound", "nmod"}:
        head = root.head
    elif root.dep_ == "dobj":  # the parser's double object: "sent [Koksan] [self-propelled guns] to Russia"
        head = next((c for c in root.head.children if c.dep_ == "dobj" and c.i > root.i and c.left_edge.i == ent.end), None)
    else:
        head = None
    if len(ent) <= 3 and any(ch.isdigit() for ch in ent.text) and lexicon.model_family(ent[0].text) is not None:
        return True  # a numbered model of a family the lexicon knows ("Pantsir S-1", "Shahed-238")
    return head is not None and head.i >= ent.end and head.pos_ == "NOUN" \
        and lexicon.is_item_or_cargo(head.lemma_.lower()) and not lexicon.is_cargo_word(head)


def antecedent(relcl: Token) -> Token:
    """The noun a relative clause speaks of. After a participial aside set off by commas, a
    non-restrictive ", which" goes back past the aside: in "an investigation, based on leaked
    documents, which reported ...", it is the investigation that reported."""
    noun = relcl.head
    prep = noun.head if noun.dep_ == "pobj" else None
    aside = prep.head if prep is not None and prep.dep_ == "prep" else None
    doc = relcl.doc
    first = relcl.left_edge
    if (aside is not None and aside.dep_ == "acl" and aside.tag_ == "VBN" and aside.i > 0 and doc[aside.i - 1].lower_ == ","
            and first.i > 0 and doc[first.i - 1].lower_ == "," and aside.head.pos_ in {"NOUN", "PROPN"}):
        return aside.head
    return noun


def animate(ctx: Context, token: Token) -> bool:
    """Whether a subject can be a claimant: a name, a pronoun, or a noun for people or bodies."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":  # "imagery that shows"
        return animate(ctx, antecedent(token.head))
    if _partitive_people(ctx, token) is not None:
        return True  # "one of the Russian instructors said"
    if token.lower_ in INDEFINITE_PRONOUNS:
        return False  # "Almost everything the West sends is announced": what is said, not who says it
    if token.i in ctx.ent_of or token.pos_ == "PRON" or token.lower_ in FIRST_PERSON | PRONOUNS | RELATIVE_PRONOUNS:
        return token.lower_ not in {"this", "that", "these", "those", "what"} or token.head.dep_ == "relcl"
    lemma = token.lemma_.lower()
    if lemma in AGENT_NOUNS or lemma in REPORTING_NOUNS or lemma in MEDIA_NOUNS:
        return True
    if any(_state_media(m) for m in [token, *children(token, {"compound"})]):
        return True  # ("state television reported", "state television RTN reported")
    if lemma in {"force", "navy", "company", "firm", "manufacturer", "maker", "contractor", "junta", "military", "army", "regime"} \
            and token.head.lemma_.lower() in REPORTING_VERBS:
        return True  # "the air force said", "the company said" (but "Russian forces" are no speaker's nationality)
    if ctx.lexicon.is_item_or_cargo(lemma):
        return False
    if lemma == "wing" and any(c.lower_ in {"media", "press", "information"} for c in children(token, {"compound", "amod"})):
        return True  # "according to the Pakistani military's media wing"
    if AGENT_SUFFIX.search(token.lower_) and token.pos_ in {"NOUN", "PROPN"}:
        return True
    if token.pos_ == "PROPN" and token.text[:1].isupper() and any(
            c.dep_ == "appos" and c.pos_ in {"NOUN", "PROPN"} and animate(ctx, c) for c in token.children):
        return True  # "Rahm Emanuel, the U.S. ambassador, said": a name the tagger missed, with the title beside it
    return any(ctx.known(c) is not None for c in token.children if c.dep_ in {"amod", "compound", "poss"})


PARTITIVE_WORDS = {"one", "some", "several", "two", "three", "four", "many", "most", "few"}


def _partitive_people(ctx: Context, token: Token) -> Token | None:
    """The people a partitive speaks of: "instructors" in "one of the Russian instructors"."""
    if token.lower_ not in PARTITIVE_WORDS:
        return None
    return next((o for p in children(token, {"prep"}) if p.lower_ == "of" for o in children(p, {"pobj"})
                 if o.tag_ in {"NNS", "NNPS"} and o.i not in ctx.ent_of and (animate(ctx, o) or o.lemma_.lower() in PEOPLE_NOUNS)), None)


SPEAKER_TITLES = re.compile(r"^(?:mr|mrs|ms|dr|sen|rep|gen|adm|col|amb|prof|secretary|minister|spokes\w*|president|ambassador|general|admiral)\b\.?", re.I)


def _ascii(text: str) -> str:
    """A name without its accents: "Nicolas Maduro" is the gazetteer's "Nicolás Maduro"."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _party_tag(text: str) -> bool:
    """A party in a speaker line's brackets: an acronym ("SYRIZA", "KKE", "DA") or a name with "Party"
    ("Constitutional Democratic Party"); not Westminster's tags, nor a title or constituency."""
    if text in WESTMINSTER_PARTIES or GOVERNMENT_TITLE.match(text):
        return False
    return bool(re.fullmatch(r"[A-Z]{2,8}", text) or re.search(r"\bParty\b", text) and len(text.split()) <= 6)


def _full_name(text: str) -> bool:
    """Two to five capitalised words, "of"/"de"/"von" allowed between them: a person's full name."""
    words = text.split()
    caps = [w for w in words if w[:1].isupper()]
    return 2 <= len(caps) <= 5 and all(w[:1].isupper() or w in {"of", "de", "von", "van", "der", "la", "le", "di", "da"} for w in words) \
        and not any(w.lower() in HEADING_WORDS for w in words)


def _named_in_full(label: str, text: str) -> bool:
    """A one-word label that the text gives before with a first name: "Verbytska:" after
    "Oleksandra Verbytska directs ..." (the tagger does not always see the full name as a person)."""
    word = label.strip()
    if " " in word or not word[:1].isupper() or word.lower() in HEADING_WORDS:
        return False
    return re.search(rf"\b[A-Z][a-z]+ {re.escape(word)}\b", text) is not None


def _speaker_like(label: str, lexicon: Any) -> bool:
    """Whether a paragraph's "Label:" names a speaker ("MR. KIRBY", "Maria Zakharova", "Q",
    "Question") rather than a heading ("Key Takeaways", "Update", "Verdict")."""
    words = label.replace(".", " ").split()
    if not words:
        return False
    if label.strip().lower() in QUESTION_LABELS | ANSWER_LABELS or SPEAKER_TITLES.match(label.strip()):
        return True
    if label.isupper() and len(words) <= 3 and not any(w.lower() in HEADING_WORDS for w in words):
        return True  # transcript style: "KIRBY", "MR. KIRBY" (not a heading: "CLAIM", "WHAT WE FOUND")
    if label.isupper() and len(words) <= 7 and OFFICE_LABEL.search(label):
        return True  # "DEPUTY PENTAGON PRESS SECRETARY SABRINA SINGH": a title and a name
    if lexicon.surname(words[-1]) is not None:
        return True
    # a personal name: two or three capitalised words, none a common heading word
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not any(
        w.lower() in HEADING_WORDS for w in words)


HEADING_WORDS = {
    "key", "takeaways", "takeaway", "update", "updates", "note", "notes", "verdict", "editor", "summary",
    "background", "analysis", "correction", "read", "more", "related", "source", "sources", "context",
    "bottom", "line", "what", "why", "how", "photo", "video", "caption", "disclaimer", "breaking", "news",
    "timeline", "fact", "check", "claim", "rating", "conclusion", "findings", "recommendations",
    "week", "elsewhere", "today", "inside",
}
