"""The errors osint-kg raises.

Every error the library raises on purpose derives from :class:`OsintKGError`, so the CLI can turn
it into a one-line message and a non-zero exit without swallowing real bugs::

    OsintKGError
    ├── ConfigError            a bad config file or option value
    ├── SourceError            an input we cannot read (missing file, wrong type, bad JSONL line)
    │   ├── FetchError         an HTTP fetch failed (status, deadline, size cap, robots, SSRF guard)
    │   └── ParseError         a document could not be turned into an Article
    ├── ModelError             the spaCy model is not installed or cannot be loaded
    ├── StoreError             the RDF store cannot be opened, read or written
    ├── QueryError             a SPARQL query is malformed or failed
    │   └── UnknownQuery       no bundled query has that name
    ├── InvalidGraph           a built graph violates the SHACL shapes (``report`` has the text)
    └── ExportError            an export format or target is not usable
"""

from __future__ import annotations

__all__ = [
    "OsintKGError",
    "ConfigError",
    "SourceError",
    "FetchError",
    "ParseError",
    "ModelError",
    "StoreError",
    "QueryError",
    "UnknownQuery",
    "InvalidGraph",
    "ExportError",
]


class OsintKGError(Exception):
    """Base class of every error osint-kg raises on purpose."""


class ConfigError(OsintKGError):
    """A configuration file or option has a bad value."""


class SourceError(OsintKGError):
    """An input source cannot be read.

    Args:
        source: the file name, URL or ``file:line`` that failed.
        reason: one line saying why.
    """

    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class FetchError(SourceError):
    """An HTTP fetch failed.

    Args:
        url: the URL asked for.
        reason: one line saying why.
        status: the HTTP status, when the server answered.
    """

    def __init__(self, url: str, reason: str, status: int | None = None):
        self.url = url
        self.status = status
        super().__init__(url, reason if status is None else f"HTTP {status}: {reason}")


class ParseError(SourceError):
    """A fetched or local document could not be parsed into an Article."""


class ModelError(OsintKGError):
    """The spaCy model is missing or broken."""


class StoreError(OsintKGError):
    """The RDF store cannot be opened, read or written."""


class QueryError(OsintKGError):
    """A SPARQL query is malformed or failed to run."""


class UnknownQuery(QueryError):
    """No bundled query has this name."""


class InvalidGraph(OsintKGError):
    """A graph does not conform to the SHACL shapes.

    Args:
        report: pySHACL's text report.
    """

    def __init__(self, report: str):
        self.report = report
        first = next((line for line in report.splitlines() if line.strip()), "invalid graph")
        super().__init__(f"graph does not conform to the shapes: {first}")


class ExportError(OsintKGError):
    """An export format or output is not usable."""
