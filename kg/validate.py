"""SHACL validation of article graphs against ``ontology/shapes/shapes.ttl``.

Reads: rdflib graphs (one article's, as :func:`kg.build.build_article` makes them) or a
:class:`kg.store.Store`; the shapes; the ontology and gazetteer graph (pySHACL's ``ont_graph``:
gazetteer actors, item concepts and evidence types are typed there).
Writes: :class:`Violation` rows, one per SHACL result; :func:`check` raises
:class:`kg.errors.InvalidGraph` when a graph has a violation.

Each article graph is validated on its own, with no inference (``inference="none"``: the shapes
rely only on ``rdfs:subClassOf``, which SHACL follows itself), so a store of any size is checked
graph by graph in bounded memory. Warnings (a date kept as written) are reported but do not fail.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from kg.errors import ConfigError, InvalidGraph, OsintKGError
from kg.store import Store

__all__ = ["Violation", "load_shapes", "validate_graph", "validate_store", "check", "article_graphs", "quote_violations",
           "validate_built"]


@dataclass(frozen=True)
class Violation:
    """One SHACL result: where (graph, focus node, path), what (message) and how bad (severity)."""

    graph: str
    focus: str
    path: str
    message: str
    severity: str = "Violation"  # Violation | Warning | Info
    value: str = ""

    def to_dict(self) -> dict[str, str]:
        return dict(self.__dict__)

    def line(self) -> str:
        """One line for ``kg validate``: ``severity graph focus path: message``."""
        where = " ".join(x for x in (self.graph, self.focus, self.path) if x)
        value = f" (value: {self.value[:80]})" if self.value else ""
        return " ".join(f"{self.severity.lower()}: {where}: {self.message}{value}".split())


def load_shapes(path: Path | None = None) -> Graph:
    """The bundled SHACL shapes (or the shapes file at ``path``).

    >>> len(load_shapes()) > 100
    True
    """
    if path is None:
        from kg.ontology import ontology_dir

        path = ontology_dir() / "shapes" / "shapes.ttl"
    try:
        return Graph().parse(path, format="turtle")
    except (OSError, SyntaxError, ValueError) as exc:
        raise ConfigError(f"{path}: cannot read SHACL shapes: {exc}") from exc


def _short(term: object) -> str:
    text = str(term) if term is not None else ""
    return text


def _results(report: Graph, graph_name: str) -> Iterator[Violation]:
    for result in report.subjects(RDF.type, SH.ValidationResult):
        severity = report.value(result, SH.resultSeverity)
        path = report.value(result, SH.resultPath)
        value = report.value(result, SH.value)
        messages = sorted(str(m) for m in report.objects(result, SH.resultMessage))
        component = report.value(result, SH.sourceConstraintComponent)
        yield Violation(
            graph=graph_name,
            focus=_short(report.value(result, SH.focusNode)),
            path=_short(path) if isinstance(path, URIRef) else ("(complex path)" if path is not None else ""),
            message=messages[0] if messages else str(component or "constraint not met").rsplit("#", 1)[-1],
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            value=_short(value) if value is not None else "",
        )


def validate_graph(graph: Graph, *, shapes: Graph | None = None, ontology: Graph | None = None,
                   graph_name: str = "", context: Graph | None = None) -> list[Violation]:
    """Validate one graph against the shapes.

    Args:
        graph: the data graph (one article's graph).
        shapes: the SHACL shapes (default: :func:`load_shapes`).
        ontology: the ontology and gazetteer (default: :func:`kg.ontology.load_graph`).
        graph_name: reported in each :class:`Violation`.
        context: descriptions of shared entities the article refers to but does not hold
            (propositions, outlets, sites kept in their own graphs); the ontology is always used.

    Returns:
        Every result, violations and warnings, sorted.
    """
    import pyshacl

    if shapes is None:
        shapes = load_shapes()
    if ontology is None:
        from kg.ontology import load_graph

        ontology = load_graph()
    # pySHACL's ont_graph brings in class and property definitions only, not the gazetteer's
    # individuals (their types, labels, schemes): copy the ontology triples of every node the
    # article graph refers to into the data graph, then validate that copy in place.
    data = Graph()
    data += graph
    todo, seen = set(graph.subjects()) | set(graph.objects()), set()
    for _ in range(2):  # two hops: an agency, and the state it is part of
        found = set()
        for node in todo - seen:
            if isinstance(node, URIRef):
                for source in (ontology, context) if context is not None else (ontology,):
                    for triple in source.triples((node, None, None)):
                        data.add(triple)
                        found.add(triple[2])
        seen |= todo
        todo = found
    try:
        _, report, _ = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                        allow_warnings=True, advanced=False, inplace=True)
    except OsintKGError:
        raise
    except Exception as exc:  # pySHACL raises its own error types on broken shapes
        raise ConfigError(f"SHACL validation failed to run: {str(exc).splitlines()[0] if str(exc) else exc!r}") from exc
    results = list(_results(report, graph_name)) + quote_violations(graph, graph_name)
    return sorted(results, key=lambda v: (v.graph, v.severity, v.focus, v.path, v.message))


_OA = "http://www.w3.org/ns/oa#"
_KGO = "https://w3id.org/osint-kg/ontology#"


def quote_violations(graph: Graph, graph_name: str = "") -> list[Violation]:
    """Claims whose quote is not the article body's text at the quote's start/end offsets.

    Checked here rather than as a SHACL-SPARQL constraint: pySHACL re-parses such a constraint for
    every focus node, which was 60% of validating an article.
    """
    out = []
    for claim in graph.subjects(RDF.type, URIRef(_KGO + "Claim")):
        article = graph.value(claim, URIRef(_KGO + "reportedIn"))
        quote = graph.value(claim, URIRef(_KGO + "quotedIn"))
        body = graph.value(article, URIRef("https://schema.org/articleBody")) if article is not None else None
        if quote is None or body is None:
            continue  # missing parts are the shapes' business
        exact = start = end = None
        for selector in graph.objects(quote, URIRef(_OA + "hasSelector")):
            exact = graph.value(selector, URIRef(_OA + "exact")) if exact is None else exact
            start = graph.value(selector, URIRef(_OA + "start")) if start is None else start
            end = graph.value(selector, URIRef(_OA + "end")) if end is None else end
        try:
            ok = exact is not None and str(body)[int(start):int(end)] == str(exact)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            ok = False
        if not ok:
            out.append(Violation(graph_name, str(claim), _KGO + "quotedIn",
                                 "the quote is not the article's text at its start/end offsets", "Violation",
                                 str(exact or "")))
    return out


def validate_built(built: object, *, shapes: Graph | None = None, ontology: Graph | None = None) -> list[Violation]:
    """Validate a :class:`kg.build.BuiltArticle`: its graph, with its shared entity graphs as context."""
    context = Graph()
    for g in getattr(built, "shared", {}).values():
        context += g
    return validate_graph(built.graph, shapes=shapes, ontology=ontology,  # type: ignore[attr-defined]
                          graph_name=str(built.graph_name), context=context)  # type: ignore[attr-defined]


def check(graph: Graph, *, shapes: Graph | None = None, ontology: Graph | None = None, graph_name: str = "") -> None:
    """Raise :class:`InvalidGraph` when ``graph`` has a SHACL violation (warnings pass).

    Raises:
        InvalidGraph: ``report`` holds one line per violation.
    """
    bad = [v for v in validate_graph(graph, shapes=shapes, ontology=ontology, graph_name=graph_name)
           if v.severity == "Violation"]
    if bad:
        raise InvalidGraph("\n".join(v.line() for v in bad))


def article_graphs(store: Store) -> list[str]:
    """The named graphs of a store that hold an article (not the ontology, derivations or imports)."""
    rows = store.query(
        "PREFIX kgo: <https://w3id.org/osint-kg/ontology#>\n"
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a a kgo:Article } }"
    ).rows
    return sorted(str(r[0]) for r in rows)


def validate_store(store: Store, *, shapes: Graph | None = None, ontology: Graph | None = None,
                   progress: Callable[[str], None] | None = None) -> list[Violation]:
    """Validate every article graph of a store, each on its own.

    The ontology is the store's own ontology graph when it has one (what the data was built
    against), else the bundled one.
    """
    from kg.build import ONTOLOGY_GRAPH

    shapes = shapes if shapes is not None else load_shapes()
    if ontology is None:
        ontology = store.graph(ONTOLOGY_GRAPH) if store.has_graph(ONTOLOGY_GRAPH) else None
        if ontology is None or not len(ontology):
            from kg.ontology import load_graph

            ontology = load_graph()
    out: list[Violation] = []
    names = article_graphs(store)
    # Everything that is not an article graph (shared entity descriptions, imports, derivations)
    # is context an article may refer to.
    context = Graph()
    for other in set(store.named_graphs()) - set(names) - {str(ONTOLOGY_GRAPH)}:
        context += store.graph(URIRef(other))
    for n, name in enumerate(names, 1):
        out.extend(validate_graph(store.graph(URIRef(name)), shapes=shapes, ontology=ontology, graph_name=name,
                                  context=context))
        if progress and (n % 100 == 0 or n == len(names)):
            progress(f"validated {n}/{len(names)} article graphs")
    return out
