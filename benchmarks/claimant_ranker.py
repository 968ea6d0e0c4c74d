"""How far a plain learned ranker of claimants could correct the rules' choice.

For every predicted claim whose supplier, recipient and items match a gold claim on the same
sentence (so that only the claimant can be wrong), the candidates are: the rules' claimant, the
outlet, the supplier and the recipient, and every named entity of the claim's sentence and of the
sentence before it in the paragraph (names through the gazetteer, demonyms as their states). A
logistic regression over plain features of each candidate (where it came from, its kind, its
dependency role, the claim's stance, the kind of the rules' pick) scores them, and the best one is
the ranker's claimant.

It prints, without any article text: the share of claims whose gold claimant is among the
candidates, and how often the rules' pick and the ranker's pick are right,

- on the 20 development sets, leave one set out (train on 19, score the 20th);
- with ``--fresh SET ...``: trained on all 20 development sets, on the sets named (counts only,
  so it may be run on a blind set; the rules were tuned on the development sets, so the rules'
  pick is right there far more often than on new text, and the ranker learns to trust it);
- with ``--without-rules``: no feature says which candidate the rules picked (the ranker alone).

    python benchmarks/claimant_ranker.py --fresh dev20 dev21 dev22
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.claimants import kind  # noqa: E402
from benchmarks.extraction import canon, load_devset, norm_items, predict  # noqa: E402
from kg.attribution import REPORTING_VERBS  # noqa: E402
from kg.extract import load_pipeline  # noqa: E402
from kg.lexicon import Lexicon  # noqa: E402
from kg.ontology import Vocabulary, load_vocabulary  # noqa: E402

DEV = ["devset"] + [f"dev{i}" for i in range(2, 20)] + ["heldout"]
ENT_LABELS = {"GPE", "ORG", "PERSON", "NORP"}


def _entity_name(ent: Any, vocab: Vocabulary, lexicon: Lexicon) -> str:
    if ent.label_ == "NORP":
        iri = lexicon.find_demonym(ent.text)
        if iri is not None:
            return lexicon.actors[iri]["label"]
    entry = vocab.find(ent.text)
    return entry.label if entry is not None else ent.text.removeprefix("the ").removesuffix("'s").removesuffix("’s")


def _ent_features(ent: Any) -> list[str]:
    root = ent.root
    feats = [f"dep={root.dep_}", f"label={ent.label_}"]
    head = root.head
    if root.dep_ in {"nsubj", "nsubjpass"} and head.lemma_.lower() in REPORTING_VERBS:
        feats.append("subject of a reporting verb")
    if root.dep_ in {"poss", "compound", "amod"} and head.dep_ in {"nsubj", "nsubjpass"} \
            and head.head.lemma_.lower() in REPORTING_VERBS:
        feats.append("owner of a reporting verb's subject")
    if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        feats.append("according to")
    if root.dep_ == "pobj" and head.head.lemma_.lower() in {"cite", "quote"}:
        feats.append("cited")
    if root.dep_ == "appos" or any(c.dep_ == "appos" for c in root.children):
        feats.append("apposition")
    return feats


def instances(nlp: Any, vocab: Vocabulary, lexicon: Lexicon, name: str, rules: bool = True) -> list[list[tuple[list[str], bool, bool]]]:
    """Per matched claim: its candidates as (features, right, the rules' pick)."""
    docs = load_devset(ROOT / "tests" / "data" / name / "articles.jsonl")
    out = []
    for d, preds, doc in zip(docs, predict(nlp, vocab, docs), nlp.pipe([x["text"] for x in docs])):
        text, publisher = d["text"], d["publisher"]
        sents = list(doc.sents)
        for p in preds:
            golds = set()
            for g in d["claims"]:
                start = text.find(g["quote"])
                if start < p.end and p.start < start + len(g["quote"]) \
                        and canon(g["supplier"], vocab) == canon(p.supplier, vocab) \
                        and canon(g["recipient"], vocab) == canon(p.recipient, vocab) \
                        and norm_items(g["items"], vocab) == norm_items(p.items, vocab):
                    golds.add(canon(g["claimant"], vocab))
            if not golds:
                continue
            k = next((i for i, s in enumerate(sents) if s.start_char <= p.start < s.end_char), None)
            if k is None:
                continue
            para = text.rfind("\n\n", 0, sents[k].start_char)
            windows = [("sentence", sents[k])]
            if k > 0 and sents[k - 1].start_char > para:
                windows.append(("sentence before", sents[k - 1]))
            cands: dict[str, set[str]] = {}  # canonical name -> features
            shown: dict[str, str] = {}  # canonical name -> the name as first written (its kind needs the case)

            def add(name: str, feats: list[str]) -> None:
                if name:
                    key = canon(name, vocab)
                    shown.setdefault(key, name)
                    cands.setdefault(key, set()).update(feats)

            rule_kind = kind(p.claimant, publisher, vocab)
            common = [f"stance={p.stance}", f"rule claimant kind={rule_kind}", f"rule route={p.claimant_kind}"]
            add(p.claimant, ["rules' pick", f"rules' pick & {rule_kind}", f"rules' pick & route {p.claimant_kind}"])
            add(publisher, ["outlet", f"outlet & rules' {rule_kind}"])
            add(p.supplier, ["supplier", f"supplier & {p.stance}", f"supplier & rules' {rule_kind}"])
            add(p.recipient, ["recipient", f"recipient & {p.stance}", f"recipient & rules' {rule_kind}"])
            for where, sent in windows:
                for ent in sent.ents:
                    if ent.label_ in ENT_LABELS:
                        add(_entity_name(ent, vocab, lexicon), [where] + [f"{where} & {f}" for f in _ent_features(ent)]
                            + [f"{where} & rules' {rule_kind}"])
            rows = []
            rule = canon(p.claimant, vocab)
            for cname, feats in cands.items():
                ck = kind(shown[cname], publisher, vocab)
                full = sorted(feats) + [f"kind={ck}"] + [f"{c} & kind={ck}" for c in common]
                if not rules:  # the rules' pick stays a candidate, with nothing to say it is theirs
                    full = [f for f in full if "rule" not in f]
                rows.append((full, cname in golds, cname == rule))
            out.append(rows)
    return out


def featurize(groups: list[list[tuple[list[str], bool, bool]]]) -> dict[str, int]:
    index: dict[str, int] = {}
    for rows in groups:
        for feats, _, _ in rows:
            for f in feats:
                index.setdefault(f, len(index))
    return index


def matrix(rows: list[tuple[list[str], bool, bool]], index: dict[str, int]) -> np.ndarray:
    x = np.zeros((len(rows), len(index) + 1))
    x[:, -1] = 1.0
    for i, (feats, _, _) in enumerate(rows):
        for f in feats:
            j = index.get(f)
            if j is not None:
                x[i, j] = 1.0
    return x


def train(groups: list[list[tuple[list[str], bool, bool]]], epochs: int = 300, l2: float = 1e-3) -> tuple[dict[str, int], np.ndarray]:
    """A softmax over each claim's candidates (a conditional logit), fitted by gradient descent."""
    index = featurize(groups)
    mats = [(matrix(rows, index), np.array([r for _, r, _ in rows], dtype=float)) for rows in groups if any(r for _, r, _ in rows)]
    w = np.zeros(len(index) + 1)
    rate = 0.5
    for _ in range(epochs):
        grad = l2 * w
        for x, y in mats:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            grad -= x.T @ (y / y.sum() - p) / len(mats)
        w -= rate * grad
    return index, w


def score(groups, index, w) -> tuple[int, int, int, int]:
    """(claims, gold among candidates, rules right, ranker right)."""
    covered = rules = ranker = 0
    for rows in groups:
        covered += any(r for _, r, _ in rows)
        rules += any(r and pick for _, r, pick in rows)
        best = int(np.argmax(matrix(rows, index) @ w))
        ranker += rows[best][1]
    return len(groups), covered, rules, ranker


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fresh", nargs="*", default=[], help="sets to score with a ranker trained on all development sets")
    parser.add_argument("--without-rules", action="store_true", help="no feature of the rules' pick: the ranker alone")
    args = parser.parse_args()
    vocab = load_vocabulary()
    nlp = load_pipeline(vocab)
    lexicon = Lexicon.from_vocabulary(vocab)
    data = {}
    for name in DEV:
        print(f"reading {name}", file=sys.stderr)
        data[name] = instances(nlp, vocab, lexicon, name, rules=not args.without_rules)
    total = [0, 0, 0, 0]
    for held in DEV:
        index, w = train([g for n in DEV if n != held for g in data[n]])
        for i, v in enumerate(score(data[held], index, w)):
            total[i] += v
    n, covered, rules, ranker = total
    print(f"development sets, leave one set out: {n} claims, gold claimant among the candidates {covered}; "
          f"rules right {rules}, ranker right {ranker}")
    if args.fresh:
        index, w = train([g for n in DEV for g in data[n]])
        for name in args.fresh:
            print(f"reading {name}", file=sys.stderr)
            n, covered, rules, ranker = score(instances(nlp, vocab, lexicon, name, rules=not args.without_rules), index, w)
            print(f"{name}: {n} claims, gold claimant among the candidates {covered}; rules right {rules}, ranker right {ranker}")


if __name__ == "__main__":
    main()
