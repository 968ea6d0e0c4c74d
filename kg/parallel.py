"""Parallel extraction: spaCy in worker processes, one writer, results in input order.

Reads: ``(text, publisher, publisher_iri)`` triples, as :func:`kg.extract.extract_many` does; for
the batch job, JSON records as ``kg ingest --jsonl`` reads them (``url``, ``title``, ``publisher``,
``published``, ``html`` or ``text``).
Writes: :class:`kg.extract.Extraction` objects in the order of the input
(:class:`ParallelExtractor`, which :func:`kg.ingest.ingest` takes as ``extractor``: the calling
process stays the one writer, so the store sees exactly the writes of a one-process ingest), or
N-Quads of the articles' graphs (:func:`records_to_nquads`, :func:`dask_extract`) for bulk loading
into a store or a SPARQL server.

Two ways to use more than one core, neither home-made cluster code:

- ``kg ingest --workers N``: a :class:`concurrent.futures.ProcessPoolExecutor` of N processes, each
  loading the pipeline once (``spawn``: the parent may hold an open store, whose threads must not be
  forked); chunks of articles go out, extractions come back in order while the parent builds and
  writes the previous ones.
- past one machine, :func:`dask_extract`: a ``dask.bag`` over JSONL partitions, each partition
  extracted and built by :func:`records_to_nquads`, written as N-Quads files that
  ``pyoxigraph.Store.bulk_load`` or any SPARQL server's Graph Store endpoint loads (see
  ``benchmarks/README.md``). It runs under whatever Dask scheduler is active (local threads or
  processes, ``dask.distributed``, a cluster).
"""

from __future__ import annotations

import json
import multiprocessing
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import pyoxigraph as ox

from kg.errors import OsintKGError
from kg.extract import Extraction, extract_many

__all__ = ["ParallelExtractor", "records_to_nquads", "dask_extract"]

Triple = tuple[str, str, "str | None"]

#: The pipeline of a worker process, loaded by :func:`_init_worker` when the pool starts it (never
#: on import, and never in the parent process).
_worker_nlp: Any = None


def _init_worker(model: str | None) -> None:
    global _worker_nlp
    from kg.extract import load_pipeline
    from kg.ontology import load_vocabulary

    _worker_nlp = load_pipeline(load_vocabulary(), model)


def _extract_chunk(chunk: Sequence[Triple]) -> list[Extraction]:
    return list(extract_many(_worker_nlp, chunk, batch_size=len(chunk) or 1))


class ParallelExtractor:
    """Extraction in ``workers`` processes, yielding results in input order.

    Use it as a context manager, and pass it to :func:`kg.ingest.ingest` as ``extractor``::

        with ParallelExtractor(workers=2) as extractor:
            ingest(store, None, vocab, sources, extractor=extractor, batch_size=extractor.batch_size)

    Args:
        workers: worker processes (each loads the model: ~250 MB of memory apiece).
        model: the spaCy model, as for :func:`kg.extract.load_pipeline`.
        chunk_size: articles sent to a worker at a time (8: small enough that the parent builds and
            writes while the workers parse, large enough that pickling costs nothing next to spaCy).
    """

    def __init__(self, workers: int = 2, model: str | None = None, chunk_size: int = 8):
        if workers < 1:
            raise OsintKGError("--workers must be at least 1")
        self.workers = workers
        self.model = model
        self.chunk_size = chunk_size
        self._pool: ProcessPoolExecutor | None = None

    @property
    def batch_size(self) -> int:
        """A good ``batch_size`` for :func:`kg.ingest.ingest`: several chunks per worker per flush."""
        return self.chunk_size * self.workers * 4

    def __enter__(self) -> "ParallelExtractor":
        self._pool = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(self.model,),
        )
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __call__(self, items: Iterable[Triple], batch_size: int | None = None) -> Iterator[Extraction]:
        """Extractions of ``items`` in order; at most two chunks per worker are in flight."""
        if self._pool is None:
            raise OsintKGError("ParallelExtractor must be used inside a `with` block")
        it = iter(items)
        pending: deque[Future] = deque()

        def submit() -> bool:
            chunk = list(islice(it, self.chunk_size))
            if chunk:
                pending.append(self._pool.submit(_extract_chunk, chunk))  # type: ignore[union-attr]
            return bool(chunk)

        while len(pending) < 2 * self.workers and submit():
            pass
        while pending:
            done = pending.popleft().result()
            submit()
            yield from done


def records_to_nquads(records: Iterable[dict[str, Any]], model: str | None = None) -> list[str]:
    """Extract and build a partition of JSON records into N-Quads text, one string per article.

    Loads the pipeline once per call, so give it large partitions (thousands of articles; loading
    takes ~2 s). Records that cannot be read are skipped and reported as an N-Quads comment line
    (``# error: ...``), so one bad line never fails a partition. The ontology graph and the
    derivations graph are not written: load the ontology once and run ``update_derivations`` on the
    store after loading (see ``benchmarks/README.md``).
    """
    from kg.build import build_article, publisher_iri
    from kg.extract import load_pipeline
    from kg.ingest import _article_from_record
    from kg.ontology import load_vocabulary
    from kg.store import to_ox

    vocab = load_vocabulary()
    nlp = load_pipeline(vocab, model)
    articles, out = [], []
    for n, record in enumerate(records):
        try:
            articles.append(_article_from_record(record, f"record {n}"))
        except OsintKGError as exc:
            out.append(f"# error: {' '.join(str(exc).split())}\n")
    triples = ((a.text, a.publisher, publisher_iri(vocab, a.publisher)) for a in articles)
    for article, extraction in zip(articles, extract_many(nlp, triples)):
        built = build_article(article, extraction, vocab)
        quads = []
        # the article graph and the shared entity graphs it brings (as kg.ingest writes them)
        for graph_name, graph in {built.graph_name: built.triples, **built.shared_triples}.items():
            name = to_ox(graph_name)
            quads.extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), name) for s, p, o in graph)
        out.append(ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8").rstrip("\n"))
    return out


def dask_extract(jsonl: str | Sequence[str], out_dir: str | Path, *, model: str | None = None,
                 blocksize: str | int | None = "64MiB", scheduler: str | None = None) -> list[str]:
    """Extract JSONL files into N-Quads files with ``dask.bag``, one output file per partition.

    Args:
        jsonl: a path, glob or list of them (anything ``dask.bag.read_text`` takes, ``s3://`` too
            with the matching fsspec package).
        out_dir: where ``part-*.nq`` files go.
        model: the spaCy model each partition loads.
        blocksize: bytes per partition (``None``: one partition per file).
        scheduler: a Dask scheduler name (``"synchronous"``, ``"threads"``, ``"processes"``);
            ``None`` uses the active one (a ``dask.distributed.Client`` when one is set up).

    Returns:
        The paths written.

    Requires the ``scale`` extra (``pip install osint-kg[scale]``).
    """
    try:
        import dask.bag as db
    except ImportError as exc:  # pragma: no cover - the extra is not installed
        raise OsintKGError("dask is not installed: pip install 'osint-kg[scale]'") from exc
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    bag = db.read_text(jsonl, blocksize=blocksize).filter(lambda line: line.strip()).map(_loads)
    nquads = bag.map_partitions(records_to_nquads, model=model)
    pattern = str(Path(out_dir) / "part-*.nq")
    compute = {"scheduler": scheduler} if scheduler else {}
    return nquads.to_textfiles(pattern, last_endline=True, **compute)  # extra keywords go to compute()


def _loads(line: str) -> Any:
    try:
        return json.loads(line)
    except json.JSONDecodeError:
        return None  # becomes "# error: a JSONL line must be a JSON object" in records_to_nquads
