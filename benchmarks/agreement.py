"""Agreement of two annotations of one set: the ceiling a claim extractor can be measured against.

    python benchmarks/agreement.py --set tests/data/heldout/articles.jsonl --second tests/data/heldout/second.jsonl

The second annotation (one ``{"id", "claims"}`` object a line, claims in the guide's format, made
without seeing the first) is scored against the first exactly as ``extraction.py`` scores the
extractor: whole claims (sentence, claimant, supplier, recipient and items all right), stance and
certainty over claims matched on sentence, claimant, supplier and recipient. Then the same
breakdown of where they differ (which slot), as counts only: nothing of either annotation is printed,
so the script can be run on a blind set.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extraction import BREAKDOWN_HEAD, breakdown, breakdown_row, load_devset, score  # noqa: E402
from kg.ontology import load_vocabulary  # noqa: E402


def as_predicted(doc: dict, claims: list[dict]) -> list[SimpleNamespace]:
    """Annotated claims shaped like the extractor's (offsets from the quote's place in the text)."""
    out = []
    for c in claims:
        start = doc["text"].find(c["quote"])
        if start < 0:
            raise SystemExit(f"error: {doc['id']}: a quote of the second annotation is not in the text")
        out.append(SimpleNamespace(start=start, end=start + len(c["quote"]), quote=c["quote"], claimant=c["claimant"],
                                   supplier=c["supplier"], recipient=c["recipient"], items=tuple(c["items"]),
                                   stance=c["stance"], certainty=c["certainty"], certainty_cue=c.get("cue"),
                                   site=c.get("site")))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", type=Path, required=True, help="the first annotation (articles.jsonl)")
    parser.add_argument("--second", type=Path, required=True, help="the second annotation (JSON Lines of id and claims)")
    args = parser.parse_args(argv)
    vocab = load_vocabulary()
    docs = load_devset(args.set)
    second = {r["id"]: r["claims"] for r in map(json.loads, args.second.read_text(encoding="utf-8").splitlines()) if r}
    missing = [d["id"] for d in docs if d["id"] not in second]
    if missing:
        raise SystemExit(f"error: the second annotation has no entry for {', '.join(missing)}")
    predicted = [as_predicted(d, second[d["id"]]) for d in docs]
    r = score(docs, predicted, vocab)
    print(f"claims: first {r['claims_gold']}, second {r['claims_predicted']}, agreed {r['claims_correct']}")
    print(f"agreement as the extractor is scored (second against first): P {r['precision']:.3f}  R {r['recall']:.3f}  "
          f"F1 {r['f1']:.3f}")
    print(f"stance agreement {r['stance_accuracy']:.3f} (n={r['stance_n']}), certainty agreement "
          f"{r['certainty_accuracy']:.3f} (n={r['certainty_n']})")
    b = breakdown(docs, predicted, vocab)
    print("where they differ (counts; 'missed': in the first only, 'extra': in the second only):")
    print("| " + " | ".join(BREAKDOWN_HEAD) + " |")
    print("|" + "---|" * len(BREAKDOWN_HEAD))
    print("| " + " | ".join(map(str, breakdown_row(args.set.parent.name, b))) + " |")

if __name__ == "__main__":
    main()
