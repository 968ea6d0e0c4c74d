"""Stage 7: corroboration - how many independent sources back each proposition.

Reads: a store built by :mod:`kg.ingest` and the named query ``corroboration``.
Writes: :class:`Support` rows, one per proposition (supplier, recipient, item category).

Independence: a claimant is counted once however many outlets repeat it; an outlet that only
repeats someone else's claim is an *echo*, not a claimant. Agencies count with the state they
speak for (the extractor folds them); unnamed sources ("analysts") are counted apart.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from kg.queries import NamedQuery, get_query, run
from kg.store import Store

__all__ = ["Support", "corroborate"]


def _split(value: Any) -> tuple[str, ...]:
    return tuple(sorted(v for v in str(value or "").split("|") if v))


@dataclass(frozen=True)
class Support:
    """The support for one proposition."""

    proposition: str
    supplier: str
    recipient: str
    item: str
    independent: int
    claimants: tuple[str, ...]
    unnamed: int
    echoes: int
    deniers: tuple[str, ...]
    evidence: tuple[str, ...]
    articles: int
    first: str | None
    last: str | None

    def to_dict(self) -> dict[str, Any]:
        out = dataclasses.asdict(self)
        for key in ("claimants", "deniers", "evidence"):
            out[key] = list(out[key])
        return out


def corroborate(store: Store, queries: dict[str, NamedQuery]) -> list[Support]:
    """Every proposition in the store with its support, most independently backed first."""
    result = run(store, get_query(queries, "corroboration"))
    out = []
    for row in result.dicts():
        out.append(
            Support(
                proposition=row["proposition"],
                supplier=row["supplierLabel"],
                recipient=row["recipientLabel"],
                item=row["itemLabel"],
                independent=int(row["independent"] or 0),
                claimants=_split(row["claimants"]),
                unnamed=int(row["unnamed"] or 0),
                echoes=int(row["echoes"] or 0),
                deniers=_split(row["deniers"]),
                evidence=_split(row["evidence"]),
                articles=int(row["articles"] or 0),
                first=str(row["first"]) if row["first"] is not None else None,
                last=str(row["last"]) if row["last"] is not None else None,
            )
        )
    return out
