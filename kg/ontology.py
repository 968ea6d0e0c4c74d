"""Read the bundled ontology files into plain Python objects the other stages use.

Reads: ``ontology/osint.ttl`` (taxonomies: items, certainty, evidence types) and
``ontology/gazetteer.ttl`` (known actors and sites).
Writes: a :class:`Vocabulary` of frozen :class:`Entry` and :class:`Concept` objects. Nothing here
holds global state: call :func:`load_vocabulary` once and pass the result around.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from kg.errors import ConfigError
from kg.vocab import OSINT, SCHEMA, WGS84

__all__ = ["Entry", "Concept", "Vocabulary", "ontology_dir", "load_vocabulary"]


def ontology_dir() -> Path:
    """Where the bundled ontology lives: ``kg/_ontology`` in a wheel, ``ontology/`` in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_ontology", here.parent / "ontology"):
        if (candidate / "osint.ttl").is_file():
            return candidate
    raise ConfigError(f"ontology files not found beside {here}")


@dataclass(frozen=True)
class Entry:
    """A gazetteer actor or site.

    ``labels`` are the names to match in text (prefLabel, altLabels); ``hidden`` are demonyms
    ("North Korean") that point at the actor but are never shown.
    """

    iri: str
    label: str
    kind: str  # "actor" | "site"
    actor_type: str = ""
    labels: tuple[str, ...] = ()
    hidden: tuple[str, ...] = ()
    part_of: str | None = None
    located_in: str | None = None
    based_in: str | None = None
    operates_in: str | None = None  # an armed group's state (kgo:operatesIn)
    backed_by: tuple[str, ...] = ()  # states known to arm it (kgo:backedBy)
    makes: tuple[str, ...] = ()  # weapon models or families its industry makes (kgo:makes)
    area: bool = False  # a site that is a city or region (schema:City, schema:AdministrativeArea), not a facility
    lat: float | None = None
    long: float | None = None


@dataclass(frozen=True)
class Concept:
    """A SKOS concept of one of our schemes (item category, evidence type, certainty level)."""

    iri: str
    label: str
    alt_labels: tuple[str, ...] = ()
    broader: str | None = None


@dataclass(frozen=True)
class Vocabulary:
    """Everything the extractor and builder need from the ontology, as plain data."""

    entries: dict[str, Entry] = field(default_factory=dict)
    items: dict[str, Concept] = field(default_factory=dict)
    evidence_types: dict[str, Concept] = field(default_factory=dict)
    certainty_levels: dict[str, Concept] = field(default_factory=dict)

    def top(self, iri: str) -> str:
        """Follow ``kgo:partOf`` to the actor that speaks last (State Department -> United States).

        >>> v = load_vocabulary()
        >>> v.top("https://w3id.org/osint-kg/id/actor/us-state-department")
        'https://w3id.org/osint-kg/id/actor/united-states'
        """
        seen = set()
        while iri in self.entries and self.entries[iri].part_of and iri not in seen:
            seen.add(iri)
            iri = self.entries[iri].part_of  # type: ignore[assignment]
        return iri

    def label(self, iri: str) -> str:
        if iri in self.entries:
            return self.entries[iri].label
        for table in (self.items, self.evidence_types, self.certainty_levels):
            if iri in table:
                return table[iri].label
        return iri.rsplit("/", 1)[-1]

    def find(self, name: str, kind: str = "actor") -> Entry | None:
        """The gazetteer entry a name stands for (any label or demonym, case-insensitive).

        >>> load_vocabulary().find("DPRK").label
        'North Korea'
        """
        low = " ".join(name.lower().split())
        for entry in self.entries.values():
            if entry.kind == kind and any(low == x.lower() for x in entry.labels + entry.hidden + (entry.iri,)):
                return entry
        return None

    def find_item(self, name: str) -> Concept | None:
        """The item category a name stands for ("shells" -> artillery shells)."""
        low = name.lower().strip()
        for concept in self.items.values():
            if low in {concept.label.lower(), concept.iri.lower(), *(a.lower() for a in concept.alt_labels)}:
                return concept
        return None

    def item_by_label(self, label: str) -> Concept:
        for concept in self.items.values():
            if concept.label == label:
                return concept
        raise KeyError(label)

    def evidence_by_label(self, label: str) -> Concept:
        for concept in self.evidence_types.values():
            if concept.label == label:
                return concept
        raise KeyError(label)

    def broader_items(self, iri: str) -> list[str]:
        """The item concept and every broader one, narrowest first."""
        out = [iri]
        while self.items.get(out[-1]) and self.items[out[-1]].broader:
            out.append(self.items[out[-1]].broader)  # type: ignore[arg-type]
        return out


def _literals(graph: Graph, subject: URIRef, predicate: URIRef) -> tuple[str, ...]:
    return tuple(sorted(str(o) for o in graph.objects(subject, predicate)))


def _concepts(graph: Graph, scheme: URIRef) -> dict[str, Concept]:
    out = {}
    for concept in graph.subjects(SKOS.inScheme, scheme):
        broader = graph.value(concept, SKOS.broader)
        out[str(concept)] = Concept(
            iri=str(concept),
            label=str(graph.value(concept, SKOS.prefLabel)),
            alt_labels=_literals(graph, concept, SKOS.altLabel),
            broader=str(broader) if broader else None,
        )
    return out


def load_graph(directory: Path | None = None) -> Graph:
    """The ontology and gazetteer as one rdflib graph (for the store's default graph, SHACL)."""
    directory = directory or ontology_dir()
    graph = Graph()
    for name in ("osint.ttl", "gazetteer.ttl"):
        path = directory / name
        try:
            graph.parse(path, format="turtle")
        except (OSError, SyntaxError, ValueError) as exc:
            raise ConfigError(f"{path}: cannot read ontology file: {exc}") from exc
    return graph


def load_vocabulary(directory: Path | None = None) -> Vocabulary:
    """Load the taxonomies and the gazetteer.

    Args:
        directory: an ontology folder to read instead of the bundled one.

    Returns:
        The :class:`Vocabulary`.

    >>> v = load_vocabulary()
    >>> v.entries["https://w3id.org/osint-kg/id/actor/north-korea"].label
    'North Korea'
    """
    graph = load_graph(directory)
    entries: dict[str, Entry] = {}
    for kind, cls in (("actor", OSINT.Actor), ("site", OSINT.Site)):
        for subject in graph.subjects(RDF.type, cls):
            if not isinstance(subject, URIRef) or graph.value(subject, SKOS.prefLabel) is None:
                continue
            pref = str(graph.value(subject, SKOS.prefLabel))
            part_of = graph.value(subject, OSINT.partOf)
            located = graph.value(subject, OSINT.locatedIn)
            based = graph.value(subject, OSINT.basedIn)
            operates = graph.value(subject, OSINT.operatesIn)
            lat = graph.value(subject, WGS84.lat)
            long = graph.value(subject, WGS84.long)
            entries[str(subject)] = Entry(
                iri=str(subject),
                label=pref,
                kind=kind,
                actor_type=str(graph.value(subject, OSINT.actorType) or ""),
                labels=(pref, *_literals(graph, subject, SKOS.altLabel)),
                hidden=_literals(graph, subject, SKOS.hiddenLabel),
                part_of=str(part_of) if part_of else None,
                located_in=str(located) if located else None,
                based_in=str(based) if based else None,
                operates_in=str(operates) if operates else None,
                backed_by=tuple(sorted(str(b) for b in graph.objects(subject, OSINT.backedBy))),
                makes=tuple(sorted(str(m) for m in graph.objects(subject, OSINT.makes))),
                area=kind == "site" and bool({SCHEMA.City, SCHEMA.AdministrativeArea} & set(graph.objects(subject, RDF.type))),
                lat=float(lat) if lat is not None else None,
                long=float(long) if long is not None else None,
            )
    return Vocabulary(
        entries=entries,
        items=_concepts(graph, OSINT.ItemCategories),
        evidence_types=_concepts(graph, OSINT.EvidenceTypes),
        certainty_levels=_concepts(graph, OSINT.CertaintyLevels),
    )
