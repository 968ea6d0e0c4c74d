"""Quality gates (in the spirit of trafilatura's eval_gate): extraction and corroboration may not
fall below pinned floors on the annotated sets. Raise a floor when a change lifts the figure.

The development sets (tests/data/devset, dev2, dev3, dev4) are what the rules were tuned on, so
their figures flatter them; the held-out set (tests/data/heldout, written apart from the rules and
not to be read while tuning them) is the honest figure. benchmarks/extraction.py prints both in full.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _bench(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def extraction():
    return _bench("extraction")


@pytest.mark.parametrize("subset,floors", [
    # measured 2026-11-25: devset F1 1.000, stance 1.000, certainty 1.000
    ("devset", {"f1": 0.95, "stance_accuracy": 0.95, "certainty_accuracy": 0.90}),
    # measured 2026-11-25 after tuning on dev2: dev2 F1 0.891 (P 0.961, R 0.831)
    ("dev2", {"f1": 0.85, "stance_accuracy": 0.95, "certainty_accuracy": 0.90}),
    # dev3 (written by an annotator who did not see the rules): F1 0.400 before any change, 0.745
    # (P 0.850, R 0.662) after the dev3 round
    ("dev3", {"f1": 0.70, "stance_accuracy": 0.93, "certainty_accuracy": 0.90}),
    # dev4 (a second annotator who did not see the rules): F1 0.429 before its round, 0.528 (P 0.594,
    # R 0.475) after
    ("dev4", {"f1": 0.50, "stance_accuracy": 0.93}),
    # measured 2026-11-25: held-out F1 0.462 (P 0.583, R 0.382), stance 1.000, certainty 1.000 over 22
    # (0.228 before the dev2 round, 0.424 before the dev3 round; never tuned on)
    ("heldout", {"f1": 0.44, "precision": 0.55}),
])
def test_extraction_floors(extraction, nlp, vocab, subset, floors):
    docs = extraction.load_devset(ROOT / "tests" / "data" / subset / "articles.jsonl")
    result = extraction.score(docs, extraction.predict(nlp, vocab, docs), vocab)
    for key, floor in floors.items():
        assert result[key] >= floor, f"{subset} {key} {result[key]:.3f} fell below {floor}"


def test_corroboration_gold_sets_come_from_annotations(vocab):
    corroboration = _bench("corroboration")
    docs = [json.loads(line) for line in (ROOT / "tests/data/devset/articles.jsonl").read_text().splitlines() if line]
    gold = corroboration.gold_sets(docs, vocab)
    assert gold[("North Korea", "Russia", "munitions")] >= {"Beyond Parallel", "United States"}
    assert all("analysts" not in claimants for claimants in gold.values())
