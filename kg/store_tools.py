"""Store utilities over any :class:`kg.store.Store`: ``kg import`` of RDF files, ``kg stats``, and
a content hash of a whole store (tests compare stores with it).

Reads: RDF files (Turtle, TriG, N-Quads, N-Triples, RDF/XML, JSON-LD); a store.
Writes: one named graph per imported file; :class:`StoreStats`; hex digests.

The names are re-exported by :mod:`kg.store`, where they were first defined.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import URIRef

from kg.errors import SourceError

if TYPE_CHECKING:  # kg.store imports this module: no import back at run time
    from kg.store import Store


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__

__all__ = ["IMPORT_FORMATS", "MAX_IMPORT_BYTES", "import_file", "import_graph_iri", "stats", "StoreStats", "dump_hash"]


#: File suffixes `kg import` reads, and their pyoxigraph formats.
IMPORT_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE, ".turtle": ox.RdfFormat.TURTLE,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS, ".nquads": ox.RdfFormat.N_QUADS,
    ".nt": ox.RdfFormat.N_TRIPLES, ".ntriples": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD, ".json": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML, ".owl": ox.RdfFormat.RDF_XML,
}
_FORMAT_NAMES = {"turtle": ".ttl", "trig": ".trig", "nquads": ".nq", "ntriples": ".nt", "jsonld": ".jsonld",
                 "rdfxml": ".rdf"}
#: Larger files are refused: an import is one update request (one transaction).
MAX_IMPORT_BYTES = 512 * 1024 * 1024


def import_graph_iri(data: bytes) -> URIRef:
    """The graph an imported file goes to: minted from its content, so importing twice replaces.

    >>> import_graph_iri(b"<a:b> <a:c> <a:d> .")
    rdflib.term.URIRef('https://w3id.org/osint-kg/id/graph/import/ca910b965a50f9786c570ae1')
    """
    return URIRef(f"https://w3id.org/osint-kg/id/graph/import/{hashlib.sha256(data).hexdigest()[:24]}")


def import_file(store: Store, path: str | os.PathLike[str], *, graph: str | None = None,
                fmt: str | None = None) -> tuple[URIRef, int]:
    """Load a Turtle, TriG, N-Quads, N-Triples, RDF/XML or JSON-LD file into its own named graph.

    Named graphs inside a TriG or N-Quads file are merged into that one graph, so an import never
    overwrites article graphs. JSON-LD remote contexts are refused, never fetched.

    Args:
        store: where to load.
        path: the file.
        graph: the graph IRI; default: minted from the file's SHA-256 (re-importing replaces).
        fmt: ``turtle``, ``trig``, ``nquads``, ``ntriples``, ``jsonld`` or ``rdfxml``; default: from
            the suffix.

    Returns:
        The graph IRI and the number of triples loaded.

    Raises:
        SourceError: the file is missing, too large, of an unknown format or malformed.
        StoreError: the store refused the write.
    """
    file = Path(path)
    if not file.is_file():
        raise SourceError(str(file), "no such file")
    if file.stat().st_size > MAX_IMPORT_BYTES:
        raise SourceError(str(file), f"file larger than {MAX_IMPORT_BYTES // 2**20} MiB")
    suffix = _FORMAT_NAMES.get(fmt or "", "") if fmt else file.suffix.lower()
    if fmt and not suffix:
        raise SourceError(str(file), f"unknown format {fmt!r}; choose from {', '.join(_FORMAT_NAMES)}")
    if suffix not in IMPORT_FORMATS:
        raise SourceError(str(file), f"unknown RDF file type {suffix or '(no suffix)'!r}; pass --format")
    data = file.read_bytes()
    if graph is not None:
        try:
            ox.NamedNode(graph)
        except ValueError:
            raise SourceError(graph, "--graph must be an absolute IRI") from None
        if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", graph):
            raise SourceError(graph, "--graph must be an absolute IRI")
    name = URIRef(graph) if graph else import_graph_iri(data)
    try:
        # rename_blank_nodes: blank nodes of two imports never merge by accident.
        triples = list(ox.parse(data, IMPORT_FORMATS[suffix], base_iri=file.resolve().as_uri(),
                                rename_blank_nodes=True))
    except SyntaxError as exc:
        reason = _first_line(exc)
        if "LoadDocumentCallback" in reason or "remote context" in reason.lower():
            reason = "remote JSON-LD contexts are not fetched; inline the @context"
        raise SourceError(str(file), f"malformed {suffix[1:]}: {reason}") from None
    except (ValueError, OSError) as exc:
        raise SourceError(str(file), _first_line(exc)) from None
    if not triples:
        raise SourceError(str(file), "no triples in the file")
    store.replace_graph(name, triples)
    return name, len(triples)


@dataclass(frozen=True)
class StoreStats:
    """What a store holds (``kg stats``): distinct nodes by type, named graphs and quads."""

    articles: int
    claims: int
    propositions: int
    actors: int
    graphs: int
    quads: int

    def to_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


_STATS = """
PREFIX kgo: <https://w3id.org/osint-kg/ontology#>
SELECT ?kind (COUNT(DISTINCT ?x) AS ?n) WHERE {
  VALUES (?kind ?class) { ("articles" kgo:Article) ("claims" kgo:Claim) ("propositions" kgo:Proposition) }
  ?x a ?class .
} GROUP BY ?kind
"""

#: Actors that take part in what the articles say: claimants, reporters, suppliers, recipients and
#: publishers (the gazetteer's unused actors are not counted).
_ACTORS = """
PREFIX kgo: <https://w3id.org/osint-kg/ontology#>
PREFIX schema: <https://schema.org/>
SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {
  VALUES ?role { kgo:claimant kgo:reporter kgo:supplier kgo:recipient schema:publisher }
  ?x ?role ?a .
}
"""


def stats(store: Store) -> StoreStats:
    """Count articles, claims, propositions, actors, named graphs and quads.

    >>> from kg.store import open_store
    >>> stats(open_store(":memory:")).to_dict()
    {'articles': 0, 'claims': 0, 'propositions': 0, 'actors': 0, 'graphs': 0, 'quads': 0}
    """
    by_kind = {k: int(n) for k, n in store.query(_STATS).rows}
    actors = store.query(_ACTORS).rows
    return StoreStats(
        articles=by_kind.get("articles", 0),
        claims=by_kind.get("claims", 0),
        propositions=by_kind.get("propositions", 0),
        actors=int(actors[0][0]) if actors else 0,
        graphs=len(store.named_graphs()),
        quads=store.quad_count(),
    )


def dump_hash(store: Store) -> str:
    """SHA-256 of the store's sorted N-Quads dump: equal hashes, equal stores (blank nodes aside)."""
    buf = io.BytesIO()
    store.dump(buf, "nquads")
    lines = sorted(buf.getvalue().splitlines())
    return hashlib.sha256(b"\n".join(lines)).hexdigest()


