"""The osint-kg vocabulary for Python: one ``URIRef`` per term of ``ontology/osint.ttl``.

The Turtle file is the source of truth; ``tests/kg/test_vocab.py`` fails when the two differ.
Standard vocabularies come from ``rdflib.namespace`` (PROV, SKOS, DCTERMS, ...), plus the few that
rdflib does not ship (schema.org under https, Web Annotation, WGS84).
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = ["OSINT", "SCHEMA", "OA", "WGS84", "ID", "ACTOR", "SITE", "ONTOLOGY_IRI", "Terms"]

ONTOLOGY_IRI = URIRef("https://w3id.org/osint-kg/ontology")


class _Namespace(Namespace):
    """An rdflib ``Namespace`` that keeps the terms it has made: ``SCHEMA.url`` is one ``URIRef``,
    not a new one each time (the writer and the build look up the same terms thousands of times)."""

    def __getattr__(self, name: str) -> URIRef:
        term = super().__getattr__(name)
        self.__dict__[name] = term
        return term


#: schema.org with the https namespace that schema.org itself publishes.
SCHEMA = _Namespace("https://schema.org/")
#: W3C Web Annotation vocabulary.
OA = _Namespace("http://www.w3.org/ns/oa#")
WGS84 = _Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
#: Where the IRIs of our data (articles, claims, propositions) are minted.
ID = Namespace("https://w3id.org/osint-kg/id/")
ACTOR = Namespace("https://w3id.org/osint-kg/id/actor/")
SITE = Namespace("https://w3id.org/osint-kg/id/site/")


class OSINT(DefinedNamespace):
    """Terms of ``https://w3id.org/osint-kg/ontology#`` (prefix ``kgo:``)."""

    _fail = True
    _NS = Namespace("https://w3id.org/osint-kg/ontology#")

    # classes
    Claim: URIRef  # one claimant's statement, in one article, that a transfer did or did not happen
    Transfer: URIRef  # the claimed movement of items from supplier to recipient
    Proposition: URIRef  # normalised (supplier, recipient, item) key shared across articles
    Actor: URIRef  # state, organisation, agency, outlet, person or unnamed source
    UnnamedSource: URIRef  # a claimant the article does not name, minted per article
    Site: URIRef  # facility, port, crossing or route
    Evidence: URIRef  # what a claim rests on
    Article: URIRef  # a captured article; has its own named graph

    # object properties
    about: URIRef  # claim -> transfer
    proposition: URIRef  # claim -> proposition
    claimant: URIRef  # claim -> actor who originally claims (sub-property of prov:wasAttributedTo)
    reporter: URIRef  # claim -> outlet that reports it
    reportedIn: URIRef  # claim -> article
    stance: URIRef  # claim -> asserts | denies
    certainty: URIRef  # claim -> certain | probable | possible
    evidence: URIRef  # claim -> evidence
    evidenceType: URIRef  # evidence -> evidence-type concept
    quotedIn: URIRef  # claim -> oa:SpecificResource with quote and position selectors
    supplier: URIRef  # transfer/proposition -> actor
    recipient: URIRef  # transfer/proposition -> actor
    item: URIRef  # transfer/proposition -> item concept
    site: URIRef  # transfer -> site
    mentions: URIRef  # article -> actor or site
    partOf: URIRef  # agency/project -> the actor it speaks for
    locatedIn: URIRef  # site -> state
    basedIn: URIRef  # company -> the state it ships and receives for
    operatesIn: URIRef  # armed group -> the state it fights in
    backedBy: URIRef  # armed group -> a state known to arm it
    makes: URIRef  # state -> a weapon model or family its industry makes (literal)
    syndicates: URIRef  # article -> earlier article it is a near-duplicate copy of
    cites: URIRef  # article -> stored article it links to

    # datatype properties
    certaintyCue: URIRef  # words that decided certainty
    reportingVerb: URIRef  # the attribution verb or phrase
    claimantText: URIRef  # claimant as written
    itemText: URIRef  # items as written
    timeText: URIRef  # time of the transfer as written
    key: URIRef  # a proposition's normalised key
    observedOn: URIRef  # evidence date as written
    observedCount: URIRef  # a count the evidence reports
    baselineCount: URIRef  # the count it is compared against
    textBand: URIRef  # one band of the article's MinHash text signature
    spacyLabel: URIRef  # entity label of an actor not in the gazetteer
    actorType: URIRef  # state, agency, organisation, company, project, outlet, person, unnamed

    # derived facts (kg/derive.py), recomputed from the claims; and the write journal
    Echo: URIRef  # an own-voice claim in a copy or citation of a stored article making the same claim
    Support: URIRef  # what all stored claims say about one proposition, aggregated at ingest
    ClaimantSupport: URIRef  # one claimant's position on one proposition, aggregated at ingest
    DaySupport: URIRef  # one proposition's support from the articles of one publication day (kg.derive)
    TimelineDay: URIRef  # a proposition's claims published on one day (kg.build files claims under it)
    echoClaim: URIRef  # echo -> the own-voice claim
    echoProposition: URIRef  # echo -> the proposition it echoes on
    originalClaimant: URIRef  # echo -> who the source article says claims it
    supportOf: URIRef  # support -> proposition
    claimantSupportOf: URIRef  # claimant support -> proposition
    supportClaimant: URIRef  # claimant support -> the (echo-traced) claimant
    timelineOf: URIRef  # timeline day -> proposition
    day: URIRef  # timeline day -> its publication day (xsd:date)
    dayClaim: URIRef  # timeline day -> a claim published that day
    tally: URIRef  # proposition -> one article's claims on it as support counts them (JSON, in the article's derived graph)
    supportState: URIRef  # proposition -> its support aggregates in a form articles can be added to (JSON)
    daySupportOf: URIRef  # day support -> proposition
    supportDay: URIRef  # day support -> the publication day it counts (xsd:date)
    supportMonth: URIRef  # day support -> the publication month it counts (YYYY-MM), its days added up
    supportYear: URIRef  # day support -> the publication year it counts (YYYY), its days added up
    dayState: URIRef  # day support -> the support state of that day's single-day articles (JSON)
    dayTally: URIRef  # day support -> the tally of an article published on several days, this one among them (JSON)
    supportSite: URIRef  # day support -> the site whose transfers' claims alone it counts
    sitePeriod: URIRef  # site day support -> its day, month or year, or "" for all
    staleArticle: URIRef  # journal: an article written since the derived facts were updated
    staleProposition: URIRef  # journal: a proposition whose support must be recounted
    pendingGraph: URIRef  # journal: a graph a bulk write is adding (removed if the write was interrupted)
    independentCount: URIRef  # independent named claimants asserting
    unnamedCount: URIRef  # claims asserting by unnamed sources
    echoCount: URIRef  # articles carrying someone else's claim
    articleCount: URIRef  # articles carrying the claims
    claimantLabels: URIRef  # independent claimants, '|'-separated
    denierLabels: URIRef  # deniers, '|'-separated
    evidenceLabels: URIRef  # evidence types, '|'-separated
    reporterLabels: URIRef  # outlets carrying a claimant's claims, '|'-separated
    firstSeen: URIRef  # earliest publication day
    lastSeen: URIRef  # latest publication day
    claimantLabel: URIRef  # a claimant support's claimant label
    claimantKind: URIRef  # named | unnamed | outlet
    stanceLabel: URIRef  # asserts | denies
    certaintyLevel: URIRef  # strongest certainty notation (3, 2, 1)
    sourceCount: URIRef  # unnamed sources of one label a claimant support row stands for (else 1)
    ontologyDigest: URIRef  # digest of the ontology and rules the derived facts were computed with

    # concept schemes and concepts
    Stances: URIRef
    asserts: URIRef
    denies: URIRef
    CertaintyLevels: URIRef
    certain: URIRef
    probable: URIRef
    possible: URIRef
    EvidenceTypes: URIRef
    SatelliteImagery: URIRef
    OfficialStatement: URIRef
    Intelligence: URIRef
    PhysicalRemains: URIRef
    Documents: URIRef
    MediaReport: URIRef
    ItemCategories: URIRef
    Munitions: URIRef
    ArtilleryShells: URIRef
    Rockets: URIRef
    BallisticMissiles: URIRef
    Troops: URIRef
    Technology: URIRef
    OtherItems: URIRef


class Terms:
    """An rdflib ``DefinedNamespace``'s terms resolved once, as plain attributes.

    ``OSINT.claim`` on an rdflib ``DefinedNamespace`` runs the metaclass ``__getattr__`` (checks and
    a cache lookup, ~1 us), and ``SCHEMA.name`` on a ``Namespace`` makes a new ``URIRef`` each
    time; building an article looks up ~250 terms, so hot code reads them from a ``Terms``. An
    unknown name still raises ``AttributeError``.

    >>> from rdflib.namespace import RDF
    >>> Terms(RDF).type == RDF.type
    True
    """

    def __init__(self, ns: type[DefinedNamespace]):
        # its annotated terms, through the class hierarchy
        for c in ns.__mro__:
            for name in getattr(c, "__annotations__", {}):
                if not name.startswith("_"):
                    setattr(self, name, ns[name])


# Our own namespace's terms as class attributes: a plain class lookup instead of the metaclass's.
for _name in list(OSINT.__annotations__):
    type.__setattr__(OSINT, _name, OSINT._NS[_name])
del _name
