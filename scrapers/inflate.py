"""Undo a ``Content-Encoding`` (gzip, deflate) without ever producing more than a cap of bytes.

Reads: compressed bytes as they arrive (:class:`Inflater`) or whole (:func:`decode_body`).
Writes: the decoded bytes; a gzip bomb stops at the cap instead of filling memory.

Used by :mod:`scrapers.fetch` on live bodies and by :mod:`scrapers.warc` on stored ones.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Any

from kg.errors import FetchError

__all__ = ["Inflater", "decode_body"]


def decode_body(raw: bytes, coding: str | None, max_bytes: int, url: str) -> bytes:
    """Undo a ``Content-Encoding`` on a stored body, with the same cap as a live fetch.

    Raises:
        FetchError: unsupported or corrupt encoding, or more than ``max_bytes`` once inflated.

    >>> import gzip
    >>> decode_body(gzip.compress(b"hi"), "gzip", 10, "u")
    b'hi'
    """
    try:
        inflater = Inflater(coding)
    except ValueError:
        raise FetchError(url, f"unsupported content encoding: {coding}") from None
    chunks, total = [], 0
    try:
        for piece in inflater.feed(raw, max_bytes):
            chunks.append(piece)
            total += len(piece)
    except zlib.error as exc:
        raise FetchError(url, f"corrupt {inflater.coding} body: {exc}") from None
    if total > max_bytes:
        raise FetchError(url, f"size cap exceeded: more than {max_bytes} bytes")
    return b"".join(chunks)


class Inflater:
    """Undoes a Content-Encoding while never producing more bytes than the caller allows."""

    def __init__(self, coding: str | None):
        codings = [c.strip().lower() for c in (coding or "").split(",") if c.strip()]
        codings = [c for c in codings if c != "identity"]
        if len(codings) > 1 or (codings and codings[0] not in ("gzip", "x-gzip", "deflate")):
            raise ValueError(coding)
        self.coding = codings[0] if codings else None
        self._wbits = 16 + zlib.MAX_WBITS if self.coding in ("gzip", "x-gzip") else zlib.MAX_WBITS
        self._inflater: Any = None
        self._started = False
        self._done = False

    def feed(self, data: bytes, budget: int) -> Iterator[bytes]:
        """Yield decompressed pieces of ``data``; stop as soon as more than ``budget`` came out."""
        if self.coding is None:
            yield data
            return
        produced = 0
        while data and not self._done:
            if self._inflater is None:
                if self._started and not data.startswith(b"\x1f\x8b"):
                    # After the last member: only another gzip member may follow; anything
                    # else is trailing junk, which browsers ignore and so do we.
                    self._done = True
                    return
                self._inflater = zlib.decompressobj(self._wbits)
            try:
                out = self._inflater.decompress(data, budget - produced + 1)
            except zlib.error:
                if self.coding != "deflate" or self._started:
                    raise
                # "deflate" is sent both zlib-wrapped (RFC) and raw (old IIS): try raw.
                self._wbits, self._inflater = -zlib.MAX_WBITS, None
                continue
            self._started = True
            produced += len(out)
            yield out
            if produced > budget:
                return
            if self._inflater.eof:
                data = self._inflater.unused_data
                self._inflater = None
            else:
                data = self._inflater.unconsumed_tail
