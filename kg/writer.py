"""The write half of stage 5: built articles into a store, in batches, fast and crash-safe.

Reads: :class:`kg.build.BuiltArticle` objects (an article graph and the shared entity graphs it
brings).
Writes: their graphs into a :class:`kg.store.Store`, and a journal of what went stale for
:func:`kg.derive.update_derived` (the written articles; the propositions an article's replaced
claims bore on; propositions whose actors were renamed).

Per batch (``batch_size`` articles, one store round trip each way):

- graphs already stored with exactly the same quads are skipped (re-ingesting unchanged articles
  writes nothing, and marks nothing stale);
- a shared entity graph (a proposition, an outlet, an actor or site the gazetteer does not know)
  that changed is replaced in one transaction: other articles refer to it, so it must never be
  missing;
- everything else - new and changed article graphs, shared graphs not stored yet - goes through
  :meth:`kg.store.Store.bulk_replace_graphs`, the bulk loader on Oxigraph. That is not one
  transaction: after a crash each of those graphs is its old version or absent (the store removes
  half-written ones when it is next opened), and the stale journal, written before the graphs,
  makes the next derived update cover them. A re-run of the same ingest writes them again.

Within one batch a graph given twice keeps its last version, as writing articles one by one would.
"""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox
from rdflib import URIRef

from kg.build import BuiltArticle
from kg.derive import mark_stale, stale_propositions_of_actors
from kg.store import OxTerms, Store
from kg.vocab import OSINT

__all__ = ["ArticleWriter"]

_PROPOSITION = str(OSINT.proposition)


def _same(stored: set[ox.Quad], quads: list[ox.Quad]) -> bool:
    """Whether a stored graph already holds ``quads``. Oxigraph stores some literals in a canonical
    form of their own (the quote offsets, ``"91"^^xsd:nonNegativeInteger``, come back as
    ``xsd:integer``), other backends as given: when the quads differ as written, both sides are
    put through an in-memory Oxigraph and compared as it holds them."""
    new = set(quads)
    if stored == new:
        return True
    if len(stored) != len(new):
        return False
    canonical = []
    for side in (stored, new):
        mem = ox.Store()
        mem.extend(side)
        canonical.append(set(mem))
    return canonical[0] == canonical[1]


class ArticleWriter:
    """Buffers built articles and writes them to ``store`` ``batch_size`` at a time.

    Use it as a context manager (the last partial batch is written on a normal exit, not after an
    exception)::

        with ArticleWriter(store) as writer:
            for built in articles:
                writer.add(built)
        update_derived(store)

    Args:
        store: where the graphs go.
        batch_size: articles per write. 256 synthetic articles are ~27k quads: large enough for
            the bulk loader to pay off (see :data:`kg.store.OxigraphStore.BULK_MIN_QUADS`), small
            enough that a killed ingest loses little work.
    """

    def __init__(self, store: Store, batch_size: int = 256):
        self.store = store
        self.batch_size = batch_size
        self.written = 0  # articles written (unchanged ones included)
        self.skipped_graphs = 0  # graphs left alone because they were stored unchanged
        self._batch: list[BuiltArticle] = []

    def __enter__(self) -> "ArticleWriter":
        return self

    def __exit__(self, exc_type: Any, *exc: Any) -> None:
        if exc_type is None:
            self.flush()

    def add(self, built: BuiltArticle) -> None:
        self._batch.append(built)
        if len(self._batch) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        """Write the buffered articles (see the module docstring)."""
        if not self._batch:
            return
        batch, self._batch = self._batch, []
        terms = OxTerms()
        articles: dict[URIRef, Any] = {}
        shared: dict[URIRef, Any] = {}
        owner: dict[URIRef, str] = {}
        # Last version wins, converted once: the articles of a batch bring the same outlets,
        # actors and propositions again and again (2000 synthetic articles: 10.6k shared graphs
        # given, converting each was 70% of the writer's own time).
        for built in batch:
            articles[built.graph_name] = built.triples
            owner[built.graph_name] = str(built.article)
            shared.update(built.shared_triples)
        for name in articles:
            shared.pop(name, None)

        stale_articles: set[str] = set()
        stale_props: set[str] = set()
        renamed: set[str] = set()
        changed_shared: dict[URIRef, Any] = {}
        bulk: dict[URIRef, Any] = {}
        existing = self.store.existing_graphs(list(articles) + list(shared))
        # A graph not stored yet goes to the bulk loader as N-Quads text; a stored one is
        # compared quad for quad with what the store holds.
        for name, triples in articles.items():
            if name in existing:
                quads = terms.quads(name, triples)
                old = set(self.store.quads(name))
                if _same(old, quads):
                    self.skipped_graphs += 1
                    continue
                stale_props |= {q.object.value for q in old if q.predicate.value == _PROPOSITION}
                bulk[name] = quads
            else:
                bulk[name] = terms.nquads(name, triples)
            stale_articles.add(owner[name])
        for name, triples in shared.items():
            if name not in existing:
                bulk[name] = terms.nquads(name, triples)
                continue
            quads = terms.quads(name, triples)
            old = set(self.store.quads(name))
            if _same(old, quads):
                self.skipped_graphs += 1
                continue
            changed_shared[name] = quads
            renamed |= {q.subject.value for q in old}
        if renamed:
            stale_props |= stale_propositions_of_actors(self.store, renamed)
        # The journal first, then the graphs: whatever a crash interrupts is already marked stale.
        mark_stale(self.store, stale_articles, stale_props)
        if changed_shared:
            self.store.replace_graphs(changed_shared)
        if bulk:
            self.store.bulk_replace_graphs(bulk)
        self.written += len(batch)
