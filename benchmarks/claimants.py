"""Where wrong claimants come from: counts only, so it is safe to run on a blind set.

    python benchmarks/claimants.py --devset tests/data/heldout/articles.jsonl tests/data/dev10/articles.jsonl

A "wrong claimant" pair is a gold claim and a predicted claim on the same sentence that agree on
supplier, recipient and items but name different claimants (the breakdown's "claimant" class).
For each set it prints, without any article text:

- the kind of claimant predicted and the kind annotated (the outlet's own voice, a state, an
  organisation, a person, an unnamed source, a name the gazetteer does not know; "a party" when
  the annotated claimant is the transfer's supplier or recipient, as in denials);
- where the annotated claimant is named in the article, relative to the claim's sentence: in the
  sentence, earlier in its paragraph, in the paragraph before, earlier, only later, only in the
  title, or nowhere (then the claimant is implied: a dateline, a page's own voice, an office);
- the same for the predicted claimant.

Last, over all the sets given: how the claimant of each predicted claim that lands on a gold
transfer's sentence was chosen (a reporting word, "according to", "citing", or no attribution in
the sentence), and how often it is right.

Names are looked up through the gazetteer: every label and demonym of the actor and of its parts
(the State Department and its spokesman for the United States).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.extraction import canon, load_devset, norm_items, predict  # noqa: E402
from kg.extract import load_pipeline, resolve_model  # noqa: E402
from kg.ontology import Vocabulary, load_vocabulary  # noqa: E402

PLACES = ("sentence", "paragraph", "paragraph before", "earlier", "later", "title", "nowhere")


def kind(name: str, publisher: str, vocab: Vocabulary) -> str:
    if canon(name, vocab) == canon(publisher, vocab):
        return "outlet"
    entry = vocab.find(name)
    if entry is not None:
        return {"State": "state"}.get(entry.actor_type, entry.actor_type.lower() or "actor")
    words = name.split()
    if words and words[0].lower() in {"a", "an", "two", "three", "several", "some", "senior", "western"} \
            or name[:1].islower():
        return "unnamed"
    return "unknown name"


def names_of(name: str, vocab: Vocabulary) -> list[str]:
    entry = vocab.find(name)
    if entry is None:
        words = name.split()
        return [name] + ([words[-1]] if len(words) > 1 and name[:1].isupper() else [])
    out = []
    for other in vocab.entries.values():
        if other.kind == "actor" and vocab.top(other.iri) == vocab.top(entry.iri):
            out.extend(other.labels + other.hidden)
    return [n for n in out if len(n) > 2]


def place(doc: dict[str, Any], start: int, end: int, names: list[str]) -> str:
    text = doc["text"]
    hits = []
    for name in names:
        hits.extend(m.start() for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text, re.IGNORECASE))
    para = text.rfind("\n\n", 0, start) + 1
    before = text.rfind("\n\n", 0, max(para - 2, 0)) + 1 if para > 0 else 0
    if any(start <= h < end for h in hits):
        return "sentence"
    if any(para <= h < start for h in hits):
        return "paragraph"
    if para > 0 and any(before <= h < para for h in hits):
        return "paragraph before"
    if any(h < start for h in hits):
        return "earlier"
    if hits:
        return "later"
    title = doc.get("title", "")
    if any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", title, re.IGNORECASE) for n in names):
        return "title"
    return "nowhere"


def wrong_claimants(docs: list[dict[str, Any]], predicted: list[list[Any]], vocab: Vocabulary) -> list[dict[str, str]]:
    rows = []
    for doc, preds in zip(docs, predicted):
        for gold in doc["claims"]:
            start = doc["text"].find(gold["quote"])
            end = start + len(gold["quote"])
            same = [p for p in preds if p.start < end and start < p.end
                    and canon(p.supplier, vocab) == canon(gold["supplier"], vocab)
                    and canon(p.recipient, vocab) == canon(gold["recipient"], vocab)
                    and norm_items(p.items, vocab) == norm_items(gold["items"], vocab)]
            if not same or any(canon(p.claimant, vocab) == canon(gold["claimant"], vocab) for p in same):
                continue
            pred = same[0]
            party = canon(gold["claimant"], vocab) in {canon(gold["supplier"], vocab), canon(gold["recipient"], vocab)}
            rows.append({
                "predicted": kind(pred.claimant, doc["publisher"], vocab),
                "gold": kind(gold["claimant"], doc["publisher"], vocab) + (" (a party)" if party else ""),
                "gold at": place(doc, start, end, names_of(gold["claimant"], vocab)),
                "predicted at": place(doc, start, end, names_of(pred.claimant, vocab)),
            })
    return rows


def routes(docs: list[dict[str, Any]], predicted: list[list[Any]], vocab: Vocabulary) -> Counter:
    """How the claimant was chosen, for predicted claims that match a gold transfer (supplier and
    recipient) on the same sentence, and whether it is right: (route, right) -> count. Routes: a
    reporting verb, "according to", "citing", or no attribution in the sentence (then the claimant
    is the outlet, a quotation's or transcript's speaker)."""
    out: Counter = Counter()
    for doc, preds in zip(docs, predicted):
        for p in preds:
            golds = []
            for g in doc["claims"]:
                start = doc["text"].find(g["quote"])
                if start < p.end and p.start < start + len(g["quote"]) and canon(g["supplier"], vocab) == canon(p.supplier, vocab) \
                        and canon(g["recipient"], vocab) == canon(p.recipient, vocab):
                    golds.append(canon(g["claimant"], vocab))
            if not golds:
                continue
            verb = p.verb.lower()
            route = "no attribution" if not verb else "according to" if verb.startswith("according") else \
                "citing" if verb == "citing" else "reporting word"
            out[(f"{route} / {p.claimant_kind}", canon(p.claimant, vocab) in golds)] += 1
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--devset", nargs="+", required=True)
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    vocab = load_vocabulary()
    nlp = load_pipeline(vocab, resolve_model(args.model))
    total: list[dict[str, str]] = []
    by_route: Counter = Counter()
    for path in args.devset:
        docs = load_devset(Path(path))
        predicted = predict(nlp, vocab, docs)
        rows = wrong_claimants(docs, predicted, vocab)
        by_route.update(routes(docs, predicted, vocab))
        total.extend(rows)
        print(f"## {Path(path).parent.name}: {len(rows)} wrong claimants")
        report(rows)
    if len(args.devset) > 1:
        print(f"## all: {len(total)} wrong claimants")
        report(total)
    print("## how the claimant was chosen (claims on a gold transfer's sentence), all sets given")
    for route in sorted({r for r, _ in by_route}, key=lambda r: -(by_route[(r, True)] + by_route[(r, False)])):
        print(f"{route}: right {by_route[(route, True)]} of {by_route[(route, True)] + by_route[(route, False)]}")


def report(rows: list[dict[str, str]]) -> None:
    pairs = Counter((r["predicted"], r["gold"]) for r in rows)
    print("predicted -> annotated: " + ", ".join(f"{p} -> {g} {n}" for (p, g), n in pairs.most_common()))
    triples = Counter((r["predicted"], r["gold"], r["gold at"]) for r in rows)
    print("predicted -> annotated (annotated named at): " + ", ".join(f"{p} -> {g} ({w}) {n}" for (p, g, w), n in triples.most_common()))
    for key in ("gold at", "predicted at"):
        counts = Counter(r[key] for r in rows)
        print(f"{key}: " + ", ".join(f"{p} {counts[p]}" for p in PLACES if counts[p]))
    print()


if __name__ == "__main__":
    main()
