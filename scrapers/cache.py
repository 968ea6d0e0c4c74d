"""An on-disk HTTP cache for conditional requests: fetch a page again only when it changed.

Reads: :class:`scrapers.fetch.FetchedPage` objects that the fetcher got with a 2xx status.
Writes: one JSON file (status, headers, charset, final URL) and one body file per requested URL,
under a folder the caller names; :class:`scrapers.fetch.Fetcher` sends the stored ``ETag`` /
``Last-Modified`` back and a 304 answer serves the stored body.

Every stored page is revalidated (no freshness lifetimes): news pages are corrected after
publication and a conditional request costs the server one status line. Pages without a
validator, and pages marked ``Cache-Control: no-store``, are not kept since they could never be
revalidated. Files are written to a temporary name and renamed, so a crash mid-write leaves the
old entry or none, never half of one.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from scrapers.fetch import FetchedPage

__all__ = ["HttpCache"]


class HttpCache:
    """Pages keyed by requested URL under ``folder``; counts hits (304s served from here).

    Args:
        folder: created when the first page is stored.

    >>> import tempfile
    >>> cache = HttpCache(tempfile.mkdtemp())
    >>> page = FetchedPage("https://a.example/", "https://a.example/", 200,
    ...                    (("ETag", '"v1"'),), b"<p>hi</p>", "utf-8", "2024-01-01T00:00:00Z")
    >>> cache.put(page); cache.get("https://a.example/").content
    b'<p>hi</p>'
    """

    def __init__(self, folder: str | os.PathLike[str]):
        self.folder = Path(folder)
        self.hits = 0
        self.stored = 0

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        base = self.folder / key[:2] / key
        return base.with_suffix(".json"), base.with_suffix(".body")

    def get(self, url: str) -> FetchedPage | None:
        """The stored page for ``url``, or None (also when the entry is unreadable)."""
        meta_path, body_path = self._paths(url)
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            content = body_path.read_bytes()
        except (OSError, ValueError):
            return None
        if meta.get("requested_url") != url:
            return None  # a hash collision, or a file that is not ours
        meta["content"] = content
        try:
            return FetchedPage.from_dict(meta)
        except (TypeError, ValueError):
            return None

    def put(self, page: FetchedPage) -> None:
        """Keep ``page`` if it can be revalidated later (it has an ETag or Last-Modified)."""
        if not (page.header("etag") or page.header("last-modified")):
            return
        if "no-store" in (page.header("cache-control") or "").lower():
            return
        meta_path, body_path = self._paths(page.requested_url)
        meta_path.parent.mkdir(parents=True, exist_ok=True)
        meta = page.to_dict()
        del meta["content"]
        # Body first, then the metadata that makes the entry visible.
        _write_atomic(body_path, page.content)
        _write_atomic(meta_path, json.dumps(meta, ensure_ascii=False).encode("utf-8"))
        self.stored += 1

    def hit(self, url: str) -> None:
        """Count a 304 answered from this cache."""
        self.hits += 1


def _write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
