"""How far a plain learned detector of claim sentences reaches where the rules find nothing.

Leave one development set out at a time: a multinomial naive Bayes over word unigrams and bigrams,
trained on the other sets' sentences (a sentence is positive when a gold claim's quote overlaps it),
says which of the held-out set's sentences carry a claim. It is scored only on the sentences the rules
leave empty, the "no claim" misses of ``extraction.py --breakdown``. Development sets only (the blind
sets must not train anything); prints counts only.

    python benchmarks/claim_sentences.py
"""

from __future__ import annotations

import collections
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.extraction import load_devset, predict  # noqa: E402
from kg.extract import load_pipeline  # noqa: E402
from kg.ontology import load_vocabulary  # noqa: E402

SETS = ["devset"] + [f"dev{i}" for i in range(2, 20)] + ["heldout"]


def features(text: str) -> list[str]:
    words = re.findall(r"[a-z0-9'-]+", text.lower())
    return words + [a + " " + b for a, b in zip(words, words[1:])]


def sentences(nlp, vocab, name: str) -> list[tuple[str, bool, bool]]:
    """(text, has a gold claim, has a predicted claim) for each sentence of one set."""
    docs = load_devset(ROOT / "tests" / "data" / name / "articles.jsonl")
    rows = []
    for d, preds, doc in zip(docs, predict(nlp, vocab, docs), nlp.pipe([x["text"] for x in docs])):
        spans = [(d["text"].find(g["quote"]), d["text"].find(g["quote"]) + len(g["quote"])) for g in d["claims"]]
        for s in doc.sents:
            gold = any(a < s.end_char and s.start_char < b for a, b in spans)
            ruled = any(p.start < s.end_char and s.start_char < p.end for p in preds)
            rows.append((s.text, gold, ruled))
    return rows


def main() -> None:
    vocab = load_vocabulary()
    nlp = load_pipeline(vocab)
    data = {}
    for name in SETS:
        print(f"reading {name}", file=sys.stderr)
        data[name] = sentences(nlp, vocab, name)
    tp = fp = fn = empty = positive = 0
    for held in SETS:
        counts: dict[bool, collections.Counter] = {True: collections.Counter(), False: collections.Counter()}
        prior: collections.Counter = collections.Counter()
        for name in SETS:
            if name != held:
                for text, gold, _ in data[name]:
                    counts[gold].update(features(text))
                    prior[gold] += 1
        words = set(counts[True]) | set(counts[False])
        total = {k: sum(c.values()) + len(words) for k, c in counts.items()}
        for text, gold, ruled in data[held]:
            if ruled:
                continue
            empty += 1
            positive += gold
            score = math.log(prior[True] / prior[False]) + sum(
                math.log((counts[True][f] + 1) / total[True]) - math.log((counts[False][f] + 1) / total[False])
                for f in features(text) if f in words)
            tp += score > 0 and gold
            fp += score > 0 and not gold
            fn += score <= 0 and gold
    print(f"sentences the rules leave empty: {empty}, {positive} of them with a gold claim ({positive / empty:.3f})")
    print(f"naive Bayes flags {tp + fp}: precision {tp / max(1, tp + fp):.3f}, recall {tp / max(1, tp + fn):.3f}")


if __name__ == "__main__":
    main()
