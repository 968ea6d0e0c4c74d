"""osint-kg: an OSINT news-and-claims knowledge graph.

Stages (one module each, plain data between them):
``scrapers.fetch`` -> ``scrapers.parse`` -> :mod:`kg.extract` -> :mod:`kg.build` -> :mod:`kg.store`
-> :mod:`kg.queries` -> :mod:`kg.corroborate` -> :mod:`kg.export`; :mod:`kg.cli` sits on top.
Importing this package has no side effects.
"""

__all__ = ["__version__"]

__version__ = "0.1.0"
