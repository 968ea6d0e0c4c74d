"""How often corroboration names exactly the right independent claimants.

    python benchmarks/corroboration.py [--set tests/data/devset/articles.jsonl] [--show]

Ingests an annotated set (the development set by default; also the held-out set, or the bundled
examples with ``--set examples``) through the whole pipeline (parse, extract, build, store,
derivations) into an in-memory store, runs ``kg corroborate``, and compares, for every proposition
(supplier, recipient, item; narrower items rolled up into broader ones as the store does) that the
annotations support, the set of independent claimants found with the annotated one: the gold set is
every named claimant (known to the gazetteer, an outlet in its own voice, or a proper name) that asserts the
transfer; unnamed sources are counted apart, as in the store. Prints the share of propositions whose set is
exactly right, and set precision/recall over (proposition, claimant) pairs.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.corroborate import corroborate  # noqa: E402
from kg.extract import load_pipeline  # noqa: E402
from kg.ingest import Source, ingest, iter_sources  # noqa: E402
from kg.ontology import Vocabulary, load_vocabulary  # noqa: E402
from kg.queries import load_queries  # noqa: E402
from kg.store import open_store  # noqa: E402

DEVSET = ROOT / "tests" / "data" / "devset" / "articles.jsonl"


def gold_sets(docs: list[dict[str, Any]], vocab: Vocabulary) -> dict[tuple[str, str, str], set[str]]:
    """Annotated independent claimants per proposition. A claimant is named when the gazetteer knows
    it, it is one of the set's outlets speaking in its own voice, or it is a proper name; anything
    else ("analysts", "Western officials") is an unnamed source, counted apart as the store does."""
    outlets = {doc["publisher"] for doc in docs}
    small = {"of", "the", "for", "and", "on", "in", "de"}

    def proper(name: str) -> bool:  # "Tidewater Maritime Monitor" yes; "Western officials" no
        return all(w[:1].isupper() or w in small for w in name.split())

    out: dict[tuple[str, str, str], set[str]] = {}
    for doc in docs:
        for claim in doc["claims"]:
            name = claim["claimant"]
            named = vocab.find(name) is not None or name in outlets or proper(name)
            if claim["stance"] != "asserts" or not named:
                continue
            for label in claim["items"]:
                concept = vocab.find_item(label)
                chain = vocab.broader_items(concept.iri) if concept else []
                for item in [vocab.label(i) for i in chain] or [label]:
                    out.setdefault((claim["supplier"], claim["recipient"], item), set()).add(claim["claimant"])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", default=str(DEVSET), help="an annotated JSONL, or 'examples'")
    parser.add_argument("--show", action="store_true", help="print every proposition that is not exactly right")
    args = parser.parse_args()
    vocab = load_vocabulary()
    nlp = load_pipeline(vocab)
    queries = load_queries()
    if args.set == "examples":
        expected = json.loads((ROOT / "examples" / "expected.json").read_text())["propositions"]
        gold: dict[tuple[str, str, str], set[str]] = {}
        for p in expected:
            concept = vocab.find_item(p["item"])
            for item in [vocab.label(i) for i in vocab.broader_items(concept.iri)]:
                gold.setdefault((p["supplier"], p["recipient"], item), set()).update(p["independent_claimants"])
        sources = list(iter_sources([str(ROOT / "examples")]))
    else:
        docs = [json.loads(line) for line in Path(args.set).read_text(encoding="utf-8").splitlines() if line.strip()]
        gold = gold_sets(docs, vocab)
        sources = [Source("jsonl", args.set)]
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "store") as store:
        ingest(store, nlp, vocab, sources)
        found = {(s.supplier, s.recipient, s.item): set(s.claimants) for s in corroborate(store, queries, vocab)}
    exact = sum(found.get(key, set()) == want for key, want in gold.items())
    pairs_gold = {(k, c) for k, cs in gold.items() for c in cs}
    pairs_found = {(k, c) for k, cs in found.items() for c in cs}
    tp = len(pairs_gold & pairs_found)
    precision = tp / len(pairs_found) if pairs_found else 0.0
    recall = tp / len(pairs_gold) if pairs_gold else 0.0
    print(f"{args.set}: {len(gold)} annotated propositions; claimant sets exactly right: {exact}/{len(gold)} "
          f"({exact / len(gold):.0%})" if gold else "no annotated propositions")
    print(f"(proposition, claimant) pairs: precision {precision:.3f}  recall {recall:.3f}  "
          f"(found {len(pairs_found)}, annotated {len(pairs_gold)})")
    if args.show:
        for key, want in sorted(gold.items()):
            got = found.get(key, set())
            if got != want:
                print(f"  {key}: missing {sorted(want - got)}  extra {sorted(got - want)}")
        for key in sorted(set(found) - set(gold)):
            print(f"  {key}: not annotated, found {sorted(found[key])}")


if __name__ == "__main__":
    main()
