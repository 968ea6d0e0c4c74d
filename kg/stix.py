"""Export claims as a STIX 2.1 bundle for threat-intelligence platforms (OpenCTI, MISP, TAXII).

Reads: a store and the named queries ``articles`` and ``claims``.
Writes: a STIX 2.1 bundle as a plain dict (:func:`bundle`), and a JSON file (:func:`write_bundle`).

The mapping:

- every actor (claimant, outlet, supplier, recipient) is an ``identity`` (outlets and named
  actors ``organization``, unnamed sources ``unknown``), with its osint-kg IRI as an external
  reference;
- every proposition a claim is about (supplier, recipient, item) is a ``relationship``
  ``supplies`` from the supplier's identity to the recipient's, described as
  ``North Korea → Russia: artillery shells``; it asserts nothing by itself;
- every claim is an ``opinion`` on those relationships, made by the claimant
  (``created_by_ref``): asserts is ``agree`` (``strongly-agree`` when certain), denies is
  ``disagree`` (``strongly-disagree`` when certain); ``confidence`` comes from the certainty
  (:data:`CONFIDENCE`: certain 90, probable 60, possible 30, as DESIGN.md maps FactBank levels);
  the quote is the ``explanation`` and the article the external reference;
- every article is a ``report`` by its outlet, ``published`` on the article's date, whose
  ``object_refs`` are the opinions, relationships and identities it carries.

Keeping the claimant on the opinion and the transfer on the relationship mirrors the store's
nanopublication split: who claimed something is never mixed into what was claimed.

Identifiers are UUIDv5 from the osint-kg IRIs (deterministic: the same store gives the same
bundle). ``created``/``modified`` come from article dates (the first and last article an object
appears in); objects with no dated article get the earliest date in the bundle.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from pathlib import Path
from typing import IO, Any

from kg.queries import NamedQuery, get_query, run
from kg.store import Store

__all__ = ["CONFIDENCE", "NAMESPACE", "stix_id", "timestamp", "bundle", "write_bundle"]

#: STIX ``confidence`` (0-100) per certainty level.
CONFIDENCE = {"certain": 90, "probable": 60, "possible": 30}
#: The UUIDv5 namespace of every osint-kg STIX id.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://w3id.org/osint-kg/stix")
_EPOCH = "1970-01-01T00:00:00.000Z"
_ORDER = {"identity": 0, "relationship": 1, "opinion": 2, "report": 3}


def stix_id(kind: str, key: str) -> str:
    """A deterministic STIX id: ``kind--UUIDv5(key)``.

    >>> stix_id("identity", "https://w3id.org/osint-kg/id/actor/russia")[:10]
    'identity--'
    >>> stix_id("identity", "x") == stix_id("identity", "x") != stix_id("identity", "y")
    True
    """
    return f"{kind}--{uuid.uuid5(NAMESPACE, key)}"


def timestamp(value: Any) -> str | None:
    """An article date (``YYYY-MM-DD`` or ISO datetime, any offset) as a STIX UTC timestamp.

    >>> timestamp("2023-10-06T09:00:00-04:00")
    '2023-10-06T13:00:00.000Z'
    >>> timestamp("2023-10-17"), timestamp(None), timestamp("last Tuesday")
    ('2023-10-17T00:00:00.000Z', None, None)
    """
    if value is None:
        return None
    text = str(value).strip().replace("Z", "+00:00")
    try:
        if len(text) == 10:
            moment = dt.datetime.combine(dt.date.fromisoformat(text), dt.time(), dt.timezone.utc)
        else:
            moment = dt.datetime.fromisoformat(text)
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=dt.timezone.utc)
    except ValueError:
        return None
    moment = moment.astimezone(dt.timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _opinion(stance: str, certainty: str) -> str:
    strong = certainty == "certain"
    if stance == "denies":
        return "strongly-disagree" if strong else "disagree"
    return "strongly-agree" if strong else "agree"


class _Objects:
    """STIX objects by id, each remembering the first and last article date it was seen in."""

    def __init__(self) -> None:
        self.by_id: dict[str, dict[str, Any]] = {}
        self.dates: dict[str, list[str]] = {}

    def add(self, obj: dict[str, Any], when: str | None) -> str:
        self.by_id.setdefault(obj["id"], obj)
        if when:
            self.dates.setdefault(obj["id"], []).append(when)
        return obj["id"]

    def finish(self) -> list[dict[str, Any]]:
        every = [d for ds in self.dates.values() for d in ds]
        fallback = min(every) if every else _EPOCH
        out = []
        for obj_id, obj in self.by_id.items():
            dates = sorted(self.dates.get(obj_id) or [fallback])
            obj.setdefault("created", dates[0])
            obj.setdefault("modified", dates[-1])
            if obj["type"] == "report":
                obj.setdefault("published", obj["created"])
                obj["object_refs"] = sorted(set(obj["object_refs"]))
            elif obj["type"] == "opinion":
                obj["object_refs"] = sorted(set(obj["object_refs"]))
            out.append(obj)
        return sorted(out, key=lambda o: (_ORDER.get(o["type"], 9), o["id"]))


def _identity(iri: str, name: str, kind: str) -> dict[str, Any]:
    return {
        "type": "identity", "spec_version": "2.1", "id": stix_id("identity", iri), "name": name,
        "identity_class": "unknown" if kind == "unnamed" else "organization",
        "external_references": [{"source_name": "osint-kg", "url": iri}],
    }


def bundle(store: Store, queries: dict[str, NamedQuery]) -> dict[str, Any]:
    """A STIX 2.1 bundle of every stored article and claim (the mapping is in the module docstring).

    Args:
        store: the store.
        queries: the named queries (:func:`kg.queries.load_queries`).

    Returns:
        ``{"type": "bundle", "id": ..., "objects": [...]}``, ready for :func:`json.dumps`.
        The objects come in a stable order: identities, relationships, opinions, reports.
    """
    objects = _Objects()
    reports: dict[str, dict[str, Any]] = {}
    for row in run(store, get_query(queries, "articles")).dicts():
        when = timestamp(row["published"])
        outlet = objects.add(_identity(row["publisher"], row["publisherLabel"], "outlet"), when)
        report = {
            "type": "report", "spec_version": "2.1", "id": stix_id("report", row["article"]),
            "name": row["headline"] or row["url"], "created_by_ref": outlet, "object_refs": [outlet],
            "external_references": [{"source_name": row["publisherLabel"], "url": row["url"]}],
        }
        if when:
            report["published"] = when
        reports[row["article"]] = report
        objects.add(report, when)

    for row in run(store, get_query(queries, "claims")).dicts():
        when = timestamp(row["published"])
        claimant = objects.add(_identity(row["claimant"], row["claimantLabel"], row["claimantKind"]), when)
        supplier = objects.add(_identity(row["supplier"], row["supplierLabel"], "named"), when)
        recipient = objects.add(_identity(row["recipient"], row["recipientLabel"], "named"), when)
        relationships = []
        for item in sorted(v for v in str(row["items"] or "").split("|") if v):
            key = f"{row['supplier']}|{row['recipient']}|{item}"
            relationships.append(objects.add({
                "type": "relationship", "spec_version": "2.1", "id": stix_id("relationship", key),
                "relationship_type": "supplies", "source_ref": supplier, "target_ref": recipient,
                "description": f"{row['supplierLabel']} → {row['recipientLabel']}: {item}",
            }, when))
        if not relationships:
            continue
        reference = {"source_name": row["publisher"], "url": row["url"], "description": row["quote"]}
        opinion = objects.add({
            "type": "opinion", "spec_version": "2.1", "id": stix_id("opinion", row["claim"]),
            "created_by_ref": claimant, "authors": [row["claimantLabel"]],
            "opinion": _opinion(row["stance"], row["certainty"]),
            "confidence": CONFIDENCE.get(row["certainty"], CONFIDENCE["possible"]),
            "explanation": row["quote"], "object_refs": relationships,
            "external_references": [reference],
        }, when)
        report = reports.get(row["article"])
        if report is not None:
            report["object_refs"] += [opinion, claimant, supplier, recipient, *relationships]

    objs = objects.finish()
    bundle_id = stix_id("bundle", "\n".join(o["id"] for o in objs))
    return {"type": "bundle", "id": bundle_id, "objects": objs}


def write_bundle(data: dict[str, Any], path_or_file: str | os.PathLike[str] | IO[str]) -> None:
    """Write a bundle as indented UTF-8 JSON to a path or a text file object."""
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    if isinstance(path_or_file, (str, os.PathLike)):
        Path(path_or_file).write_text(text, encoding="utf-8")
    else:
        path_or_file.write(text)
