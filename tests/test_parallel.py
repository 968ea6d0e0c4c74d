"""Parallel extraction (``kg ingest --workers N``), the Dask batch job, and bulk loading into a SPARQL
server (``oxigraph serve`` on 127.0.0.1): each must leave the same article graphs as a one-process
ingest of the same documents."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from click.testing import CliRunner

from kg.cli import cli
from kg.ingest import ingest, iter_sources
from kg.parallel import ParallelExtractor, dask_extract
from kg.store import open_store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

pytestmark = pytest.mark.slow


def _quads(store) -> set[tuple[str, str, str, str]]:
    return {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name)) for q in store.quads()}


@pytest.fixture(scope="module")
def serial_quads(nlp, vocab):
    """The store content of a one-process ingest of the bundled examples."""
    with open_store(":memory:") as store:
        report = ingest(store, nlp, vocab, iter_sources([str(EXAMPLES)]))
        assert report.articles == 6 and not report.errors
        return _quads(store)


def test_workers_give_the_same_store_as_one_process(serial_quads, vocab):
    with ParallelExtractor(workers=2, chunk_size=1) as extractor, open_store(":memory:") as store:
        report = ingest(store, None, vocab, iter_sources([str(EXAMPLES)]), extractor=extractor, batch_size=4)
        assert report.articles == 6 and not report.errors
        assert _quads(store) == serial_quads
        # ordered and idempotent: ingesting again through the workers changes nothing
        ingest(store, None, vocab, iter_sources([str(EXAMPLES)]), extractor=extractor, batch_size=4)
        assert _quads(store) == serial_quads


def test_cli_workers_option(tmp_path, serial_quads):
    store_dir = tmp_path / "store"
    result = CliRunner().invoke(cli, ["ingest", str(EXAMPLES), "--workers", "2", "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    with open_store(store_dir, read_only=True) as store:
        assert _quads(store) == serial_quads


def test_workers_must_be_positive(tmp_path):
    result = CliRunner().invoke(cli, ["ingest", str(EXAMPLES), "--workers", "0", "--store", str(tmp_path / "s")])
    assert result.exit_code == 2


def _article_quads(quads: set) -> set:
    """Leave out the ontology graph and the derived facts (kg.derive), which the batch job does not write."""
    derived = ("/graph/derived/", "/graph/support/", "/graph/support-day/", "/graph/derived-state>")
    return {q for q in quads if not q[3].endswith("graph/ontology>") and not any(d in q[3] for d in derived)}


@pytest.fixture(scope="module")
def dask_nquads(tmp_path_factory) -> list[str]:
    pytest.importorskip("dask.bag")
    out = tmp_path_factory.mktemp("nq")
    # one partition per file; the synchronous scheduler runs it in this process
    return dask_extract(str(EXAMPLES / "articles.jsonl"), out, blocksize=None, scheduler="synchronous")


def test_dask_batch_job_writes_the_same_article_graphs(dask_nquads, nlp, vocab):
    with open_store(":memory:") as expected:
        ingest(expected, nlp, vocab, iter_sources([str(EXAMPLES / "articles.jsonl")]))
        want = _article_quads(_quads(expected))
    loaded = ox.Store()
    for path in dask_nquads:
        loaded.bulk_load(path=path, format=ox.RdfFormat.N_QUADS)
    got = {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name)) for q in loaded}
    assert got == want and len(got) > 100


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def oxigraph_server(tmp_path):
    binary = shutil.which("oxigraph")
    if binary is None:
        pytest.skip("the oxigraph server (PyPI package oxigraph) is not installed")
    port = _free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "server"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                requests.get(f"{base}/query", params={"query": "ASK {}"}, timeout=1)
                break
            except requests.ConnectionError:
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_bulk_load_into_a_sparql_server(dask_nquads, oxigraph_server):
    """The batch job's N-Quads go into a SPARQL server through the Graph Store Protocol (POST to the
    default /store endpoint); posting twice changes nothing (an RDF dataset is a set)."""
    local = ox.Store()
    for path in dask_nquads:
        local.bulk_load(path=path, format=ox.RdfFormat.N_QUADS)
    for _ in range(2):
        for path in dask_nquads:
            with open(path, "rb") as fh:
                r = requests.post(f"{oxigraph_server}/store", data=fh,
                                  headers={"Content-Type": "application/n-quads"}, timeout=30)
            assert r.status_code in (200, 201, 204), r.text
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    r = requests.get(f"{oxigraph_server}/query", params={"query": count},
                     headers={"Accept": "application/sparql-results+json"}, timeout=30)
    assert int(r.json()["results"]["bindings"][0]["n"]["value"]) == len(local)
    # The batch job wrote article graphs only: `kg derive` adds the ontology and the derived facts
    # through the server's update endpoint, after which corroboration reads them (no stale note).
    stale = CliRunner().invoke(cli, ["corroborate", "--store", oxigraph_server, "--json"])
    assert stale.exit_code == 0 and "kg derive" in stale.stderr
    derived = CliRunner().invoke(cli, ["derive", "--store", oxigraph_server])
    assert derived.exit_code == 0, derived.output
    done = CliRunner().invoke(cli, ["corroborate", "--store", oxigraph_server, "--json"])
    assert done.exit_code == 0 and "kg derive" not in done.stderr and done.stdout.strip()
