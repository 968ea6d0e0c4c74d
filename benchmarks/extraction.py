"""Score claim extraction against the annotated development set, and its speed against bare spaCy.

    python benchmarks/extraction.py [--devset tests/data/devset/articles.jsonl] [--repeat 5] [--json]
    python benchmarks/extraction.py --breakdown --devset tests/data/devset/articles.jsonl tests/data/dev2/articles.jsonl ...

Prints precision, recall and F1 for whole claims (sentence, claimant, supplier, recipient and item
set all right), stance accuracy and certainty accuracy (over claims matched on sentence, claimant,
supplier and recipient), and words/second of our pipeline against the bare ``nlp.pipe`` of the same
model as shipped (loaded separately, every component of its own enabled) on the same texts (the ratio is the figure to watch; targets in issue 3: F1 >= 0.85,
stance >= 0.95, certainty >= 0.80).

``--breakdown`` prints, for each set given, which part of the pipeline lost each missed or extra
claim (see :func:`breakdown`), and no speed figures.

The scoring functions are imported by tests/kg/test_extraction_quality.py, which pins floors.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import spacy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.build import publisher_iri  # noqa: E402
from kg.extract import Claim, extract_many, load_pipeline, resolve_model  # noqa: E402
from kg.ontology import Vocabulary, load_vocabulary  # noqa: E402

DEVSET = ROOT / "tests" / "data" / "devset" / "articles.jsonl"


def norm(text: str | None) -> str:
    text = " ".join(str(text or "").lower().replace("’", "'").split())
    for article in ("the ", "a ", "an "):
        if text.startswith(article):
            text = text[len(article):]
    return text


def canon(name: str | None, vocab: Vocabulary) -> str:
    """A name as the gazetteer knows it: the annotation's "RUSI" and the extractor's "Royal United
    Services Institute" are one actor. Names the gazetteer does not know compare as written."""
    entry = vocab.find(str(name or "")) if name else None
    return norm(entry.label if entry is not None else name)


def norm_items(items: list[str] | tuple[str, ...], vocab: Vocabulary) -> frozenset[str]:
    """Item labels with broader categories dropped when a narrower one is present."""
    items = set(items)
    broader = set()
    for label in items:
        try:
            concept = vocab.item_by_label(label)
        except KeyError:
            continue
        broader.update(vocab.label(b) for b in vocab.broader_items(concept.iri)[1:])
    return frozenset(items - broader) or frozenset(items)


def load_devset(path: Path = DEVSET) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def predict(nlp: Any, vocab: Vocabulary, docs: list[dict[str, Any]]) -> list[list[Claim]]:
    triples = [(d["text"], d["publisher"], publisher_iri(vocab, d["publisher"])) for d in docs]
    return [list(ex.claims) for ex in extract_many(nlp, triples)]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(docs: list[dict[str, Any]], predicted: list[list[Claim]], vocab: Vocabulary) -> dict[str, Any]:
    """Claim precision/recall/F1, stance and certainty accuracy, and the misses for inspection."""
    tp = n_pred = n_gold = 0
    stance_ok = stance_n = cert_ok = cert_n = site_ok = 0
    misses: list[dict[str, Any]] = []
    extras: list[dict[str, Any]] = []
    for doc, preds in zip(docs, predicted):
        golds = doc["claims"]
        n_gold += len(golds)
        n_pred += len(preds)
        used: set[int] = set()
        loose_used: set[int] = set()
        for g in golds:
            start = doc["text"].find(g["quote"])
            span = (start, start + len(g["quote"]))
            key = (canon(g["claimant"], vocab), canon(g["supplier"], vocab), canon(g["recipient"], vocab))
            items = norm_items(g["items"], vocab)
            hit = None
            loose = None
            for i, p in enumerate(preds):
                if not _overlaps(span, (p.start, p.end)):
                    continue
                if (canon(p.claimant, vocab), canon(p.supplier, vocab), canon(p.recipient, vocab)) != key:
                    continue
                if loose is None and i not in loose_used:
                    loose = i
                if i not in used and norm_items(p.items, vocab) == items:
                    hit = i
                    break
            if hit is not None:
                used.add(hit)
                tp += 1
                site_ok += canon(preds[hit].site, vocab) == canon(g.get("site"), vocab)  # both may be none
            else:
                misses.append({"doc": doc["id"], "gold": g, "near": [
                    {"claimant": p.claimant, "supplier": p.supplier, "recipient": p.recipient, "items": list(p.items)}
                    for p in preds if _overlaps(span, (p.start, p.end))]})
            if loose is not None:
                loose_used.add(loose)
                p = preds[loose]
                stance_n += 1
                stance_ok += p.stance == g["stance"]
                cert_n += 1
                cert_ok += p.certainty == g["certainty"]
                if p.certainty != g["certainty"]:
                    misses.append({"doc": doc["id"], "certainty": [p.certainty, g["certainty"]], "cue": [p.certainty_cue, g.get("cue")], "quote": g["quote"][:120]})
        for i, p in enumerate(preds):
            if i not in used:
                extras.append({"doc": doc["id"], "claimant": p.claimant, "supplier": p.supplier,
                               "recipient": p.recipient, "items": list(p.items), "stance": p.stance, "quote": p.quote[:120]})
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "claims_gold": n_gold, "claims_predicted": n_pred, "claims_correct": tp,
        "precision": precision, "recall": recall, "f1": f1,
        "stance_accuracy": stance_ok / stance_n if stance_n else 0.0, "stance_n": stance_n,
        "certainty_accuracy": cert_ok / cert_n if cert_n else 0.0, "certainty_n": cert_n,
        # of the correct claims, those whose site (or its absence) is the annotated one
        "site_accuracy": site_ok / tp if tp else 0.0,
        "misses": misses, "extras": extras,
    }


SLOTS = ("claimant", "supplier", "recipient", "items")


def _slots(claim: dict[str, Any], vocab: Vocabulary) -> tuple[Any, ...]:
    return (canon(claim["claimant"], vocab), canon(claim["supplier"], vocab), canon(claim["recipient"], vocab),
            norm_items(claim["items"], vocab))


def _nearest(one: tuple[Any, ...], others: list[tuple[Any, ...]]) -> list[str] | None:
    """The slots in which the closest of ``others`` differs from ``one`` (None if there are none)."""
    best = None
    for other in others:
        wrong = [slot for slot, a, b in zip(SLOTS, one, other) if a != b]
        if best is None or len(wrong) < len(best):
            best = wrong
    return best


def breakdown(docs: list[dict[str, Any]], predicted: list[list[Claim]], vocab: Vocabulary) -> dict[str, int]:
    """Where the missed and extra claims of :func:`score` were lost.

    A missed gold claim is "no claim" when nothing was predicted for its sentence; otherwise each slot
    (claimant, supplier, recipient, items) in which the closest claim predicted for the sentence differs
    counts once ("taken" when that claim matches in every slot but went to another gold claim). An
    extra claim is "no gold" when its sentence has no gold claim, else counted the same way against the
    closest gold claim of the sentence ("duplicate" when one matches in every slot). Stance is not
    part of a match, so it is counted over matched claims (``stance_wrong``), as in :func:`score`.
    """
    result = score(docs, predicted, vocab)
    out = {"gold": result["claims_gold"], "predicted": result["claims_predicted"],
           "missed": 0, "extra": 0, "stance_wrong": result["stance_n"] - round(result["stance_accuracy"] * result["stance_n"])}
    for key in ("miss", "extra"):
        for slot in ("none", "taken", *SLOTS):
            out[f"{key}_{slot}"] = 0
    by_id = {doc["id"]: (doc, preds) for doc, preds in zip(docs, predicted)}
    for miss in result["misses"]:
        if "gold" not in miss:
            continue
        out["missed"] += 1
        wrong = _nearest(_slots(miss["gold"], vocab), [_slots(p, vocab) for p in miss["near"]])
        for slot in ["none"] if wrong is None else wrong or ["taken"]:
            out[f"miss_{slot}"] += 1
    for extra in result["extras"]:
        out["extra"] += 1
        doc, preds = by_id[extra["doc"]]
        pred = next(p for p in preds if p.quote.startswith(extra["quote"]) and p.claimant == extra["claimant"]
                    and p.supplier == extra["supplier"] and p.recipient == extra["recipient"])
        golds = []
        for g in doc["claims"]:
            start = doc["text"].find(g["quote"])
            if _overlaps((start, start + len(g["quote"])), (pred.start, pred.end)):
                golds.append(_slots(g, vocab))
        wrong = _nearest(_slots(extra, vocab), golds)
        for slot in ["none"] if wrong is None else wrong or ["taken"]:
            out[f"extra_{slot}"] += 1
    return out


BREAKDOWN_HEAD = ("set", "gold", "missed", "no claim", "claimant", "supplier", "recipient", "items", "taken",
                  "extra", "no gold", "claimant", "supplier", "recipient", "items", "duplicate", "stance wrong")


NO_CLAIM_STAGES = ("heading", "no transfer word", "word, no transfer", "blocked", "no items", "no roles",
                   "question", "refused", "later")


def no_claim_stage(nlp: Any, vocab: Vocabulary, docs: list[dict[str, Any]], predicted: list[list[Claim]]) -> dict[str, int]:
    """For gold claims with nothing predicted on their sentence, the first stage of the rules that
    came up empty: a heading or wish; no transfer word ("anchor"); a word but no transfer read from
    it; a blocked transfer (history, a hypothetical); no items; neither supplier nor recipient; a
    question; a refusal to confirm; else a later stage (roles left unfilled, same party twice, ...).
    Counts only, so it is safe on a blind set."""
    from kg import rules
    from kg.attribution import Context
    from kg.extract import mask_citations
    from kg.reporting import find_attributions
    from kg.rules import _blocked, _heading, _is_anchor, _transfer_at, _wish_cleft
    lexicon = rules.Lexicon.from_vocabulary(vocab)
    out = dict.fromkeys(NO_CLAIM_STAGES, 0)
    for doc, preds in zip(docs, predicted):
        spans = [(g, doc["text"].find(g["quote"])) for g in doc["claims"]]
        spans = [(g, st, st + len(g["quote"])) for g, st in spans
                 if not any(p.start < st + len(g["quote"]) and st < p.end for p in preds)]
        if not spans:
            continue
        parsed = nlp(mask_citations(doc["text"]))
        ctx = Context(parsed, lexicon)
        for _, st, en in spans:
            stage = "no transfer word"
            for sent in (x for x in ctx.sents if x.start_char < en and st < x.end_char):
                if _heading(ctx, sent) or _wish_cleft(sent):
                    stage = "heading"
                    break
                found = [(t, _transfer_at(ctx, t)) for t in sent if t.i not in ctx.excluded and _is_anchor(t)]
                if not found:
                    continue
                found = [(t, x) for t, x in found if x is not None]
                stage = "word, no transfer"
                if not found:
                    continue
                stage = "blocked"
                found = [(t, x) for t, x in found if not _blocked(t)]
                if not found:
                    continue
                stage = "no items"
                found = [(t, x) for t, x in found if x.items]
                if not found:
                    continue
                stage = "no roles"
                found = [(t, x) for t, x in found if x.supplier is not None or x.recipient is not None or x.backref]
                if not found:
                    continue
                if sent.text.rstrip().rstrip("\"”’'").endswith("?"):
                    stage = "question"
                elif all(find_attributions(ctx, x.anchor, sent)[2] for _, x in found):
                    stage = "refused"
                else:
                    stage = "later"
                break
            out[stage] += 1
    return out


def breakdown_row(name: str, b: dict[str, int]) -> list[Any]:
    return [name, b["gold"], b["missed"], b["miss_none"], *(b[f"miss_{s}"] for s in SLOTS), b["miss_taken"],
            b["extra"], b["extra_none"], *(b[f"extra_{s}"] for s in SLOTS), b["extra_taken"], b["stance_wrong"]]


def throughput(nlp: Any, bare_nlp: Any, texts: list[str], repeat: int) -> dict[str, float]:
    """Words/second of bare ``nlp.pipe`` (the model as shipped) and of our full extraction."""
    words = sum(len(t.split()) for t in texts) * repeat
    batch = texts * repeat
    start = time.perf_counter()
    for _ in bare_nlp.pipe(batch, batch_size=32):
        pass
    bare = time.perf_counter() - start
    start = time.perf_counter()
    for _ in extract_many(nlp, ((t, "", None) for t in batch)):
        pass
    full = time.perf_counter() - start
    return {"words": words, "bare_wps": words / bare, "ours_wps": words / full, "ratio": bare / full}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--devset", type=Path, nargs="+", default=[DEVSET], help="one set, or several with --breakdown")
    parser.add_argument("--model", default=None)
    parser.add_argument("--repeat", type=int, default=5, help="how many times the texts are run for speed")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--show", action="store_true", help="print misses and extra claims")
    parser.add_argument("--breakdown", action="store_true",
                        help="print a Markdown table of where the misses and extra claims were lost, per set")
    args = parser.parse_args()
    vocab = load_vocabulary()
    nlp = load_pipeline(vocab, args.model)
    if args.breakdown:
        rows, stages = [], []
        for path in args.devset:
            docs = load_devset(path)
            predicted = predict(nlp, vocab, docs)
            rows.append(breakdown_row(path.parent.name, breakdown(docs, predicted, vocab)))
            found = no_claim_stage(nlp, vocab, docs, predicted)
            stages.append([path.parent.name, *(found[k] for k in NO_CLAIM_STAGES)])
        rows.append(["all", *(sum(row[i] for row in rows) for i in range(1, len(BREAKDOWN_HEAD)))])
        stages.append(["all", *(sum(row[i] for row in stages) for i in range(1, len(NO_CLAIM_STAGES) + 1))])
        for head, table in ((BREAKDOWN_HEAD, rows), (["set (no claim: first empty stage)", *NO_CLAIM_STAGES], stages)):
            print("| " + " | ".join(head) + " |")
            print("|" + "---|" * len(head))
            for row in table:
                print("| " + " | ".join(str(v) for v in row) + " |")
            print()
        return
    if len(args.devset) != 1:
        parser.error("several sets only with --breakdown")
    docs = load_devset(args.devset[0])
    print(f"model {nlp.meta.get('name')} {nlp.meta.get('version')}; {len(docs)} articles", file=sys.stderr)
    result = score(docs, predict(nlp, vocab, docs), vocab)
    result["speed"] = throughput(nlp, spacy.load(resolve_model(args.model)), [d["text"] for d in docs], args.repeat)
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if k not in {"misses", "extras"}}, indent=2))
    else:
        print(f"claims: gold {result['claims_gold']}, predicted {result['claims_predicted']}, correct {result['claims_correct']}")
        print(f"precision {result['precision']:.3f}  recall {result['recall']:.3f}  F1 {result['f1']:.3f}   (target F1 >= 0.85)")
        print(f"stance accuracy {result['stance_accuracy']:.3f} over {result['stance_n']}   (target >= 0.95)")
        print(f"certainty accuracy {result['certainty_accuracy']:.3f} over {result['certainty_n']}   (target >= 0.80)")
        print(f"site accuracy {result['site_accuracy']:.3f} over the {result['claims_correct']} correct claims")
        s = result["speed"]
        print(f"speed: bare nlp.pipe {s['bare_wps']:.0f} words/s, ours {s['ours_wps']:.0f} words/s, ratio {s['ratio']:.2f}")
    if args.show:
        for m in result["misses"]:
            print("MISS", json.dumps(m, ensure_ascii=False))
        for e in result["extras"]:
            print("EXTRA", json.dumps(e, ensure_ascii=False))


if __name__ == "__main__":
    main()
