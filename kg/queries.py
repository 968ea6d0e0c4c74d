"""Stage 6: the named SPARQL queries in ``ontology/queries/*.rq``, loaded by name.

Reads: ``.rq`` files, each starting with a ``#+ summary:`` header (grlc style).
Writes: :class:`NamedQuery` objects; :func:`run` executes one on a store with bound values.

The bundled queries are read once per process and not parsed on loading: rdflib's SPARQL parser
takes ~0.3 s a query, which every ``kg`` command paid ten times over, and the engine parses a
query anyway when it runs (a malformed one is a :class:`kg.errors.QueryError` then). The test
suite parses every bundled query (``load_queries(check=True)``); a user's own query text is
checked with :func:`parse_query_text` before it is sent. Values are only ever passed as bindings.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
import re
from pathlib import Path
from typing import Any

from pyparsing import ParseException
from rdflib.plugins.sparql.parser import parseQuery

from kg.errors import QueryError, UnknownQuery
from kg.ontology import ontology_dir
from kg.store import Result, Store, to_ox

__all__ = [
    "NamedQuery", "ClaimRow", "load_queries", "get_query", "parse_query_text", "parameters", "parameter_bindings",
    "bind_parameters", "run", "list_claims",
]


@dataclass(frozen=True)
class NamedQuery:
    name: str
    summary: str
    text: str
    path: str


def _summary(text: str) -> str:
    for line in text.splitlines():
        if line.startswith("#+ summary:"):
            return line.split(":", 1)[1].strip()
    return ""


def parse_query_text(text: str, source: str = "query") -> None:
    """Check that ``text`` is SPARQL 1.1 (raises :class:`QueryError` with a one-line reason)."""
    try:
        parseQuery(text)
    except ParseException as exc:
        raise QueryError(f"{source}: malformed SPARQL at line {exc.lineno}, column {exc.col}") from exc
    except Exception as exc:  # rdflib's parser raises assorted errors on bad input
        raise QueryError(f"{source}: malformed SPARQL: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from exc


def load_queries(directory: Path | None = None, *, check: bool = False) -> dict[str, NamedQuery]:
    """All bundled queries by name (file stem), read once per process (``directory`` each call).

    Args:
        directory: another folder of ``.rq`` files (default: the bundled ``ontology/queries``).
        check: parse each query with rdflib's SPARQL 1.1 parser first (slow: ~0.3 s a query).

    Raises:
        QueryError: ``check`` and a query is malformed.

    >>> {'claims', 'corroboration', 'timeline'} <= set(load_queries())
    True
    """
    if directory is None and not check:
        return dict(_bundled())
    return _read(directory or ontology_dir() / "queries", check)


def _read(directory: Path, check: bool) -> dict[str, NamedQuery]:
    out = {}
    for path in sorted(directory.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        if check:
            parse_query_text(text, str(path))
        out[path.stem] = NamedQuery(path.stem, _summary(text), text, str(path))
    return out


@functools.lru_cache(maxsize=1)
def _bundled() -> dict[str, NamedQuery]:
    return _read(ontology_dir() / "queries", False)


def get_query(queries: dict[str, NamedQuery], name: str) -> NamedQuery:
    try:
        return queries[name]
    except KeyError:
        raise UnknownQuery(f"no bundled query named {name!r}; known: {', '.join(sorted(queries))}") from None


#: A query's parameter block: its first ``VALUES (?a ?b ...) { (UNDEF UNDEF ...) }``.
_PARAMS = re.compile(r"VALUES\s*\(((?:\s*\?\w+)+)\s*\)\s*\{\s*\(((?:\s*UNDEF)+)\s*\)\s*\}")


def parameters(query: NamedQuery | str) -> list[str]:
    """The names of a query's parameters (its first all-UNDEF ``VALUES`` row), in order.

    >>> parameters("SELECT * WHERE { VALUES (?since ?until) { (UNDEF UNDEF) } ?s ?p ?o }")
    ['since', 'until']
    """
    text = query.text if isinstance(query, NamedQuery) else query
    m = _PARAMS.search(text)
    return [v.lstrip("?") for v in m.group(1).split()] if m else []


def parameter_bindings(query: NamedQuery | str, bindings: dict[str, Any]) -> dict[str, Any]:
    """The ``bindings`` that name parameters of ``query`` (one set of filters, several queries)."""
    names = set(parameters(query))
    return {k: v for k, v in bindings.items() if k in names}


def bind_parameters(text: str, bindings: dict[str, Any]) -> str:
    r"""Fill a query's ``VALUES`` parameter row with RDF terms.

    The values become terms serialised by pyoxigraph's N-Triples writer (which escapes every
    character that could end a literal or an IRI), placed in the VALUES row that the query
    already declares: the values are data in the query's algebra, never SPARQL text, and the same
    query runs unchanged (all UNDEF) in any SPARQL client. This is used instead of engine
    substitution because Oxigraph joins substitutions after evaluation, so FILTERs over
    parameters (date windows) would not see them.

    Raises:
        QueryError: a binding names no parameter of the query.

    One parameter may take a list of values: one row each, the other parameters repeated.

    >>> from rdflib import Literal
    >>> print(bind_parameters("SELECT * WHERE { VALUES (?a ?b) { (UNDEF UNDEF) } }", {"b": Literal('x" } DROP ALL')}))
    SELECT * WHERE { VALUES (?a ?b) { (UNDEF "x\" } DROP ALL") } }
    >>> print(bind_parameters("SELECT * WHERE { VALUES (?a ?b) { (UNDEF UNDEF) } }", {"a": Literal(1), "b": [Literal("x"), Literal("y")]}))
    SELECT * WHERE { VALUES (?a ?b) { ("1"^^<http://www.w3.org/2001/XMLSchema#integer> "x") ("1"^^<http://www.w3.org/2001/XMLSchema#integer> "y") } }
    """
    m = _PARAMS.search(text)
    names = [v.lstrip("?") for v in m.group(1).split()] if m else []
    unknown = sorted(set(bindings) - set(names))
    if unknown:
        raise QueryError(f"the query has no parameter {', '.join('?' + u for u in unknown)}")
    if m is None:
        return text
    many = [n for n in names if isinstance(bindings.get(n), (list, tuple, set, frozenset))]
    if len(many) > 1:
        raise QueryError(f"only one parameter may take several values, not {', '.join('?' + n for n in many)}")
    choices = sorted(bindings[many[0]], key=str) if many else [None]
    rows = []
    for choice in choices:
        values = {**bindings, many[0]: choice} if many else bindings
        rows.append("(" + " ".join(str(to_ox(values[n])) if values.get(n) is not None else "UNDEF" for n in names) + ")")
    return f"{text[:m.start()]}VALUES ({m.group(1).strip()}) {{ {' '.join(rows)} }}{text[m.end():]}"


def run(store: Store, query: NamedQuery | str, bindings: dict[str, Any] | None = None) -> Result:
    """Run a named query (or SPARQL text) with bound values.

    A query with a ``VALUES`` parameter row gets its bindings there (:func:`bind_parameters`);
    other queries get them as engine substitutions. A query with a ``?recount`` parameter
    (``corroboration``, ``claimants``) counts from the claims when the store's derived facts are
    missing or out of date (:func:`kg.derive.derived_ready`), instead of reading none.
    """
    text = query.text if isinstance(query, NamedQuery) else query
    params = parameters(text)
    if "recount" in params and (bindings or {}).get("recount") is None:
        from rdflib import Literal

        from kg.derive import derived_ready  # kg.derive runs named queries itself

        if not derived_ready(store):
            bindings = {**(bindings or {}), "recount": Literal(True)}
    if bindings and params:
        return store.query(bind_parameters(text, bindings))
    return store.query(text, bindings)


@dataclass(frozen=True)
class ClaimRow:
    """A stored claim as ``kg claims`` shows it (labels, not IRIs, except ``claim``)."""

    claim: str
    article: str
    publisher: str
    claimant: str
    claimant_kind: str
    stance: str
    certainty: str
    certainty_cue: str | None
    verb: str | None
    supplier: str
    recipient: str
    items: tuple[str, ...]
    site: str | None
    evidence: tuple[str, ...]
    quote: str
    start: int
    end: int
    published: str | None

    def to_dict(self) -> dict[str, Any]:
        out = dataclasses.asdict(self)
        out["items"] = list(self.items)
        out["evidence"] = list(self.evidence)
        return out


ITEM_ORDER = ["munitions", "artillery shells", "rockets", "ballistic missiles", "troops", "technology", "other"]


def _items(value: Any) -> tuple[str, ...]:
    parts = [v for v in str(value or "").split("|") if v]
    return tuple(sorted(parts, key=lambda v: (ITEM_ORDER.index(v) if v in ITEM_ORDER else 99, v)))


def list_claims(store: Store, queries: dict[str, NamedQuery]) -> list[ClaimRow]:
    """Every stored claim, in publication order."""
    out = []
    for row in run(store, get_query(queries, "claims")).dicts():
        out.append(
            ClaimRow(
                claim=row["claim"],
                article=row["url"],
                publisher=row["publisher"],
                claimant=row["claimantLabel"],
                claimant_kind=row["claimantKind"],
                stance=row["stance"],
                certainty=row["certainty"],
                certainty_cue=row["cue"],
                verb=row["verb"],
                supplier=row["supplierLabel"],
                recipient=row["recipientLabel"],
                items=_items(row["items"]),
                site=row["siteLabel"],
                evidence=tuple(sorted(v for v in str(row["evidence"] or "").split("|") if v)),
                quote=row["quote"],
                start=int(row["start"]),
                end=int(row["end"]),
                published=str(row["published"]) if row["published"] is not None else None,
            )
        )
    return out
