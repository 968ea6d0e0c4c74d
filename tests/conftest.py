"""Fixtures shared by the whole suite: the real spaCy pipeline (loaded once), the vocabulary,
the named queries, and a store with the bundled examples ingested."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def vocab():
    from kg.ontology import load_vocabulary

    return load_vocabulary()


@pytest.fixture(scope="session")
def nlp(vocab):
    from kg.extract import load_pipeline

    return load_pipeline(vocab)


@pytest.fixture(scope="session")
def queries():
    from kg.queries import load_queries

    return load_queries()


@pytest.fixture(scope="session")
def examples_store(tmp_path_factory, nlp, vocab):
    """An on-disk Oxigraph store with every example ingested (read it, do not write to it)."""
    from kg.ingest import ingest, iter_sources
    from kg.store import open_store

    path = tmp_path_factory.mktemp("examples") / "store"
    with open_store(path) as store:
        report = ingest(store, nlp, vocab, iter_sources([str(EXAMPLES)]))
    assert report.errors == []
    store = open_store(path, read_only=True)
    yield store
    store.close()


@pytest.fixture()
def seed_text():
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    if not seeds:
        if os.environ.get("CI"):
            pytest.fail("../shared/seeds must be beside the checkout in CI")
        pytest.skip("../shared/seeds is not beside the checkout")
    return seeds[0].read_text(encoding="utf-8")
