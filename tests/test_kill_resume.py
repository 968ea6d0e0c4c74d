"""Replacing an article's graph is one transaction: SIGKILL an ingest of 1,000 articles at random
moments, resume, and the store is exactly what one clean ingest gives (every article once, complete).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import URIRef

from kg.store import dump_hash, open_store

ROOT = Path(__file__).resolve().parents[1]
N = 1000


def _write_articles(path: Path) -> None:
    rng = random.Random(20240301)
    suppliers = ["North Korea", "Iran", "Russia", "China", "Belarus"]
    recipients = ["Russia", "Syria", "Venezuela", "Myanmar", "Sudan"]
    items = ["artillery shells", "rockets", "ballistic missiles", "drones", "troops", "technology"]
    sources = ["officials said", "analysts believe", "the ministry denied", "according to Reuters",
               "Beyond Parallel reported", "a defence source said"]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(N):
            text = (f"{rng.choice(suppliers)} shipped {rng.choice(items)} to {rng.choice(recipients)} in March, "
                    f"{rng.choice(sources)}. Dispatch {i} adds that rail cars were seen at the border.")
            fh.write(json.dumps({"url": f"https://news{i % 9}.example/story/{i}", "title": f"Story {i}",
                                 "publisher": f"Outlet {i % 9}", "published": "2024-03-01", "text": text}) + "\n")


def _ingest(jsonl: Path, store: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "kg.cli", "ingest", "--jsonl", str(jsonl), "--store", str(store)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _per_graph(store) -> dict[str, int]:
    rows = store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").rows
    return {g: n for g, n in rows}


def test_sigkill_at_random_moments_then_resume(tmp_path, nlp, vocab):
    from kg.ingest import ingest, iter_sources

    jsonl = tmp_path / "articles.jsonl"
    _write_articles(jsonl)
    disk = tmp_path / "store"
    rng = random.Random(os.getpid())
    kills = 0
    for _ in range(3):
        proc = _ingest(jsonl, disk)
        # Model loading takes ~2 s and the ingest ~6 s more: kill anywhere in the writing part.
        time.sleep(rng.uniform(2.0, 7.0))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait()
        proc.stderr.close()
    assert kills >= 2, "the ingest finished before it could be killed: make it longer"

    proc = _ingest(jsonl, disk)  # resume: a plain re-run (each graph is replaced, never duplicated)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode(errors="replace")[-2000:]

    with open_store(":memory:") as clean:
        report = ingest(clean, nlp, vocab, iter_sources([], [str(jsonl)]))
        assert report.articles == N and report.errors == []
        expected_hash, expected = dump_hash(clean), _per_graph(clean)
        claims = dict(clean.query(
            "SELECT ?a (COUNT(?c) AS ?n) WHERE { ?a a <https://w3id.org/osint-kg/ontology#Article> "
            "OPTIONAL { ?c <https://w3id.org/osint-kg/ontology#reportedIn> ?a } } GROUP BY ?a").rows)

    with open_store(disk, read_only=True) as resumed:
        got = _per_graph(resumed)
        assert got == expected  # every graph, with exactly its quads
        articles = resumed.query(
            "SELECT ?a (COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g { ?a a <https://w3id.org/osint-kg/ontology#Article> } }"
            " GROUP BY ?a").rows
        assert len(articles) == N and all(n == 1 for _, n in articles)  # each article in exactly one graph
        got_claims = dict(resumed.query(
            "SELECT ?a (COUNT(?c) AS ?n) WHERE { ?a a <https://w3id.org/osint-kg/ontology#Article> "
            "OPTIONAL { ?c <https://w3id.org/osint-kg/ontology#reportedIn> ?a } } GROUP BY ?a").rows)
        assert got_claims == claims
        assert dump_hash(resumed) == expected_hash
        assert resumed.has_graph(URIRef("https://w3id.org/osint-kg/id/graph/ontology"))
