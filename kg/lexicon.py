"""Word lists from the ontology for the extraction rules, and the gazetteer's EntityRuler patterns.

Reads: a :class:`~kg.ontology.Vocabulary` (gazetteer actors and sites, the item taxonomy, evidence
types). Writes: a :class:`Lexicon` (plain, JSON-able, so spaCy's config can carry it) that matches
item and evidence phrases over tokens, and EntityRuler patterns whose ``id`` is the actor's IRI.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Span, Token

from kg.ontology import Vocabulary

# Nouns for what is carried, not what it is: a definite one ("the cargo", "those containers")
# points back at the transfer under discussion.
CARGO_NOUNS = {
    "cargo", "container", "shipment", "consignment", "wagon", "railcar", "car", "crate", "box",
    "freight", "supply", "delivery", "transfer", "load", "package", "batch", "trainload", "equipment",
}

# Prefixes of warships' names: "INS Kirpan", "HMS Prince of Wales", "BRP Jose Rizal", "SLNS Gajabahu".
# (not the prefixes that also begin firms' names: "HS Produkt", "UMS Skeldar", "ITS", "KD", ...)
SHIP_PREFIXES = {"INS", "HMS", "USS", "USNS", "USCGC", "HMAS", "HMNZS", "HMCS", "BRP", "KRI", "SLNS", "PNS", "ROKS",
                 "HNLMS", "TCG", "ARA", "BNS", "HTMS", "SPS", "NRP", "HDMS", "KNM", "HSwMS", "ORP", "RFS", "BAP", "FGS", "VPNS",
                 # the Pacific island states' patrol boats: "RSIPV Gizo", "HMPNGS Ted Diro", "RFNS Savenaca", "VOEA
                 # Ngahau Koula", "RVS Takuare", "HMTSS Te Mataili", "RKS Teanoai", "FSS Palikir", "RMIS Lomor"
                 "RSIPV", "HMPNGS", "RFNS", "VOEA", "RVS", "HMTSS", "RKS", "FSS", "RMIS"}


def is_ship_name(span: Span) -> bool:
    """A warship's name ("INS Kirpan", also after the words of its class: "Patrol Boat RSIPV Gizo"): a ship, never a
    party or a speaker."""
    return any(t.text in SHIP_PREFIXES and t.i + 1 < span.end and span.doc[t.i + 1].text[:1].isupper()
               for t in span[:-1])


_SPLIT = re.compile(r"\w+|[^\w\s]")
# Words in a site's names that make it a transfer node (see Lexicon.is_transfer_node).
TRANSFER_NODE = re.compile(
    r"(?i)\b(?:port|harbou?r|rail\w*|station|crossing|bridge|checkpoint|airfield|airport|air ?base|naval base|terminal)\b")


@dataclass
class Lexicon:
    """Word lists from the ontology, in a form spaCy config can carry (JSON-able)."""

    items: dict[str, list[str]] = field(default_factory=dict)  # category label -> phrases
    broader: dict[str, str] = field(default_factory=dict)  # category label -> broader label
    evidence: dict[str, list[str]] = field(default_factory=dict)  # evidence label -> phrases
    actors: dict[str, dict[str, str]] = field(default_factory=dict)  # iri -> {label, type, top, located, based}

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
                    "located": e.located_in or "", "based": e.based_in or "",
                    "operates": e.operates_in or "", "backers": "|".join(e.backed_by), "names": "|".join(e.labels), "demonyms": "|".join(e.hidden),
                    "makes": "|".join(e.makes), "area": "1" if e.area else ""}
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
        # (a ship or vessel alone carries as often as it is the cargo: "shipped on Russian navy vessels"; "sights"
        # and "scopes" alone are as often "no end in sight" or "the scope of")
        self._item_words = {w for label, ps in self.items.items() for p in ps for w in [p.lower().split()[-1]]} - {
            "ship", "ships", "vessel", "vessels", "unit", "units",  # ("fire units" are kit, "units" alone are troops)
            "sights", "scopes"}
        self._names = {n.lower(): iri for iri, info in self.actors.items()
                       for n in str(info.get("names") or info["label"]).split("|") if n}
        self._demonyms = {n.lower(): iri for iri, info in self.actors.items()
                          for n in str(info.get("demonyms") or "").split("|") if n}
        # model families: "Shahed" from "Shahed-136", "Hwasong" from "Hwasong-11"; a family named in
        # two categories is left out
        families: dict[str, set[str]] = {}
        for label, phrases in self.items.items():
            for p in phrases:
                family = re.match(r"[A-Z][A-Za-z]{2,}(?=[- ]?\d|$| )", p)
                if family:
                    families.setdefault(family.group().lower(), set()).add(label)
        self._families = {f: next(iter(ls)) for f, ls in families.items() if len(ls) == 1}
        self._makers = {m: iri for iri, info in self.actors.items() for m in str(info.get("makes") or "").split("|") if m}
        # (backer, state) -> the armed groups it arms there (kgo:backedBy, kgo:operatesIn)
        self._proxies: dict[tuple[str, str], list[str]] = {}
        for iri, info in self.actors.items():
            for backer in str(info.get("backers") or "").split("|"):
                if backer and info.get("operates"):
                    self._proxies.setdefault((backer, str(info["operates"])), []).append(iri)
        # (state, plural head) -> the collective armed group of that state: (Haiti, "gangs") -> Haitian gangs
        self._collectives: dict[tuple[str, str], str] = {}
        for iri, info in self.actors.items():
            if info.get("type") == "armed group" and info.get("operates"):
                # by the head of each name ("Afghan mujahideen", "Afghan rebels"), the preferred one first
                for name in str(info.get("names") or info["label"]).split("|"):
                    self._collectives.setdefault((str(info["operates"]), name.split()[-1].lower()), iri)
        # the Security Council's sanctions panels by the state each watches ("UN Panel of Experts on Haiti"), and the
        # entry that also answers to the bare "UN Panel of Experts"
        self._panels: dict[str, str] = {}
        for iri, info in self.actors.items():
            for name in str(info.get("names") or info["label"]).split("|"):
                m = re.match(r"(?:UN |U\.N\. |United Nations )?(?:Panel|Group) of Experts on (?:the )?(.+)$", name)
                state = self.find_name(m.group(1)) if m else None
                if state is not None and self.actors.get(state, {}).get("type") == "state":
                    self._panels.setdefault(state, iri)
        self.generic_panel = self.find_name("UN Panel of Experts")
        self._surnames: dict[str, str] = {}
        for iri, info in self.actors.items():
            if info.get("type") == "person":
                for name in str(info.get("names") or info["label"]).split("|"):
                    if name and name.split()[-1].lower() not in COMMON_SURNAMES:
                        self._surnames.setdefault(name.split()[-1].lower(), iri)

    def proxies(self, backer: str | None, state: str | None) -> list[str]:
        """The armed groups ``backer`` is known to arm in ``state`` (IRIs): Iran's in Yemen, the Houthis."""
        return self._proxies.get((backer or "", state or ""), [])

    def collective(self, state: str | None, plural: str) -> str | None:
        """The armed group the gazetteer names as a collective of ``state`` with the head ``plural``: "Haitian gangs"
        for (Haiti, "gangs"), "Syrian rebels" for (Syria, "rebels") (IRI)."""
        return self._collectives.get((state or "", plural.lower()))

    def panel_on(self, state: str | None) -> str | None:
        """The UN sanctions panel of experts on ``state`` (IRI), if the gazetteer has one."""
        return self._panels.get(state or "")

    def model_maker(self, name: str) -> str | None:
        """The gazetteer state whose industry makes a model named ``name`` (kgo:makes): "TB2s" and
        "F-16V" by their families "TB2" and "F-16"; not "F-160" (another number)."""
        model = self.maker_model(name)
        return self._makers[model] if model is not None else None

    def maker_model(self, name: str) -> str | None:
        """The model (kgo:makes) that :meth:`model_maker` reads ``name`` as: "F-16" for "F-16s"."""
        return next((model for model in self._makers if name == model or (
            name.startswith(model) and not name[len(model)].isdigit())), None)

    def match_items(self, tokens: list[Token]) -> list[tuple[str, Token, int]]:
        """Item categories named in ``tokens`` (contiguous), as (label, first token, length)."""
        return _match(tokens, self._item_index)

    def model_family(self, name: str) -> str | None:
        """The item category of a model the list does not name, by its family: "Shahed-238s" is a
        drone ("other") as "Shahed-136" is, "Leopard 2A4s" is "munitions"."""
        family = re.match(r"[A-Za-z]{3,}", name)
        if not family:
            return None
        word = family.group().lower()
        return self._families.get(word) or self._families.get(word.removesuffix("s"))  # "Orlans" as "Orlan-10"

    def match_evidence(self, tokens: list[Token]) -> list[tuple[str, Token, int]]:
        return _match(tokens, self._evidence_index)

    def find_name(self, name: str) -> str | None:
        """The gazetteer actor one of whose names is ``name`` (case-insensitive)."""
        return self._names.get(name.lower())

    def find_demonym(self, word: str) -> str | None:
        """The gazetteer state a demonym stands for ("Russian", "Ukrainian"; case-insensitive)."""
        return self._demonyms.get(word.lower())

    def surname(self, word: str) -> str | None:
        """The gazetteer person whose name ends with ``word`` ("KIRBY" in a transcript label)."""
        return self._surnames.get(word.lower())

    def is_area(self, iri: str | None) -> bool:
        """Whether a gazetteer site is a city or region (Florida, Karachi) rather than a facility."""
        return bool(self.actors.get(iri or "", {}).get("area"))

    def is_transfer_node(self, iri: str | None) -> bool:
        """Whether a gazetteer site is a node that cargo passes through (a port, railhead, rail
        station, border crossing, bridge, airfield or base), as its names say, rather than a city,
        region or plant where items end up or are used ("Kharkiv", "Kursk region", "Alabuga plant")."""
        info = self.actors.get(iri or "", {})
        if info.get("kind") != "site":
            return False
        return bool(TRANSFER_NODE.search(str(info.get("names") or info.get("label") or "")))

    def is_cargo_word(self, token: Token) -> bool:
        """A word for what is carried, not what it is ("cargo", "containers", "goods")."""
        return token.lemma_.lower() in CARGO_NOUNS | {"good", "goods", "supplies"}

    def is_item_or_cargo(self, lemma: str) -> bool:
        plurals = {lemma + "s"} | ({lemma + "es"} if lemma.endswith(("s", "x", "z", "ch", "sh")) else set()) | (
            {lemma[:-1] + "ies"} if lemma.endswith("y") and lemma[-2:-1] not in set("aeiou") else set())  # "mercenary"
        return lemma in CARGO_NOUNS or lemma in self._item_words or bool(plurals & self._item_words)


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
        if lowers[i].endswith("s") and any(ch.isdigit() for ch in lowers[i]):
            # the plural of a designation the lemmatizer leaves alone: "KN-23s", "Fath-360s"
            lemma = lowers[i][:-1]
            candidates = candidates + [c for c in index.get(lemma, []) if len(c[0]) == 1]
        for words, label in candidates:
            n = len(words)
            if (n == 1 and (lowers[i] == words[0] or lemma == words[0])) or (
                    tuple(lowers[i : i + n]) == words and tokens[i + n - 1].i == tokens[i].i + n - 1):
                out.append((label, tokens[i], n))
                i += n - 1
                break
        i += 1
    return out


# Surnames shared by too many people for a transcript label ("MS. SINGH:") to name a gazetteer person,
# and regnal numbers ("Abdullah II").
COMMON_SURNAMES = {"singh", "khan", "ali", "ahmed", "hassan", "hasan", "ibrahim", "sharif", "asif", "munir", "yunus",
                   "kim", "lee", "park", "wang", "li", "zhang", "chen", "liu", "wong", "sen", "koo",
                   "castro", "ortega", "sánchez", "fernández", "morales", "peña", "arce", "petro", "duque", "robles",
                   "bush", "carter", "clinton", "blair", "anand", "bennett", "katz", "marin", "pavel", "duda",
                   "sall", "faye", "traoré", "déby", "hussein", "salman", "ii", "vi", "jr.", "jr"}


# Lower-cased state names are English words of their own ("turkey", "china", "chad").
COMMON_WORDS = {"turkey", "china", "chad", "jordan", "georgia", "guinea", "niger", "japan", "cuba", "malta",
                "france", "wales", "panama", "north", "south", "west", "east", "polish",
                # since the gazetteer holds every state: peppers, beans, grapes, roots, pastries, cigars
                "chile", "lima", "muscat", "swede", "swedes", "french", "danish", "dutch", "swiss", "greek",
                "manila", "havana"}


def _lower_variant(entry: Any, word: str) -> bool:
    """Whether a one-word state name or demonym also matches in lower case: Ukrainian outlets
    write "russia", "moscow", "the kremlin", "russians" on purpose, and such pages are common."""
    return (entry.kind != "site" and entry.actor_type == "state" and len(word) > 3 and not word.isupper()
            and word[:1].isupper() and word.lower() not in COMMON_WORDS)


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
                if _lower_variant(entry, words[0]):
                    add(ent_label, words[0].lower(), entry.iri)  # "the kremlin", "russians"
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
