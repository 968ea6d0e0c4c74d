"""The ``kg`` command line: a thin layer over the library.

Data goes to stdout (a table for people, ``--json`` for JSON Lines), progress and errors to stderr.
Exit codes: 0 ok, 1 error (one line on stderr, never a traceback), 2 usage.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, Iterable, Sequence

import click

from kg.errors import OsintKGError

__all__ = ["main", "cli"]

STORE_HELP = "Store: a folder (embedded Oxigraph), ':memory:', or a SPARQL endpoint URL. [env KG_STORE; default ./kg-store]"


def _store_option(f: Any) -> Any:
    return click.option("--store", "store_spec", envvar="KG_STORE", default="./kg-store", show_default=True,
                        metavar="PATH", help=STORE_HELP)(f)


def _json_option(f: Any) -> Any:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON Lines, one object per row.")(f)


def _progress(line: str) -> None:
    click.echo(line, err=True)


def _print_json(rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        click.echo(json.dumps(row, ensure_ascii=False, default=str))


def _cell(value: Any, width: int) -> str:
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value)
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _print_table(rows: Sequence[dict[str, Any]], columns: Sequence[tuple[str, str, int]]) -> None:
    """Columns are (key, heading, max width)."""
    if not rows:
        click.echo("(no rows)", err=True)
        return
    widths = [
        max(len(head), *(len(_cell(r.get(key), maxw)) for r in rows)) for key, head, maxw in columns
    ]
    bold = not os.environ.get("NO_COLOR") and sys.stdout.isatty()
    header = "  ".join(head.ljust(w) for (_, head, _), w in zip(columns, widths))
    click.echo(click.style(header, bold=True) if bold else header)
    for r in rows:
        click.echo("  ".join(_cell(r.get(key), maxw).ljust(w) for (key, _, maxw), w in zip(columns, widths)).rstrip())


class _Group(click.Group):
    """Turns library errors into one line and exit 1, and a closed pipe into a quiet exit."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except OsintKGError as exc:
            click.echo(f"kg: error: {exc}", err=True)
            ctx.exit(1)
        except BrokenPipeError:
            sys.stderr.close()
            ctx.exit(1)
        except KeyboardInterrupt:
            click.echo("kg: interrupted", err=True)
            ctx.exit(130)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="osint-kg", prog_name="kg")
def cli() -> None:
    """osint-kg: who alleges what about which shipments, how sure, on what evidence,
    and how many independent sources back it."""


@cli.command("ingest")
@click.argument("sources", nargs=-1)
@click.option("--jsonl", "jsonl", multiple=True, metavar="FILE",
              help='JSON Lines of pre-fetched documents: {"url", "title", "publisher", "published", "html" or "text"}.')
@click.option("--model", default=None, envvar="KG_MODEL", help="spaCy model package or folder.")
@click.option("--allow-loopback", is_flag=True, hidden=True, help="Allow fetching from 127.0.0.1 (tests).")
@_store_option
@_json_option
def ingest_cli(sources: tuple[str, ...], jsonl: tuple[str, ...], model: str | None, allow_loopback: bool,
               store_spec: str, as_json: bool) -> None:
    """Ingest SOURCES: URLs, HTML or text files, folders of them, or --jsonl files.

    Re-ingesting a document replaces its graph; nothing is duplicated. A source that fails is
    reported on stderr and the others are still ingested (exit 1 if any failed).
    """
    from kg.extract import load_pipeline
    from kg.ingest import ingest, iter_sources
    from kg.ontology import load_vocabulary
    from kg.store import open_store

    if not sources and not jsonl:
        raise click.UsageError("give at least one source or --jsonl FILE")
    vocab = load_vocabulary()
    nlp = load_pipeline(vocab, model)
    fetch = _make_fetch(allow_loopback)
    with open_store(store_spec) as store:
        report = ingest(store, nlp, vocab, iter_sources(sources, jsonl), fetch=fetch, progress=_progress)
    if as_json:
        _print_json([report.to_dict()])
    else:
        click.echo(f"ingested {report.articles} articles, {report.claims} claims into {store_spec}", err=True)
    if report.errors:
        click.echo(f"kg: error: {len(report.errors)} source(s) failed", err=True)
        sys.exit(1)


def _make_fetch(allow_loopback: bool) -> Any:
    """A function URL -> Article over one polite, guarded fetcher, created on the first URL."""
    fetcher: list[Any] = []

    def fetch(url: str) -> Any:
        import requests

        from scrapers.fetch import FetchConfig, Fetcher
        from scrapers.parse import parse_page

        if not fetcher:
            fetcher.append(Fetcher(requests.Session(), FetchConfig(allow_loopback=allow_loopback)))
        return parse_page(fetcher[0].fetch(url))

    return fetch


CLAIM_COLUMNS = [
    ("publisher", "REPORTER", 18), ("claimant", "CLAIMANT", 22), ("stance", "STANCE", 7),
    ("certainty", "CERTAINTY", 9), ("supplier", "SUPPLIER", 14), ("recipient", "RECIPIENT", 14),
    ("items", "ITEMS", 34), ("site", "SITE", 22), ("evidence", "EVIDENCE", 30), ("quote", "QUOTE", 60),
]


@cli.command("claims")
@_store_option
@_json_option
def claims_cli(store_spec: str, as_json: bool) -> None:
    """List extracted claims: who claims what, how surely, on what evidence, quoted where."""
    from kg.queries import list_claims, load_queries
    from kg.store import open_store

    with open_store(store_spec, read_only=True) as store:
        rows = [c.to_dict() for c in list_claims(store, load_queries())]
    if as_json:
        _print_json(rows)
    else:
        _print_table(rows, CLAIM_COLUMNS)


SUPPORT_COLUMNS = [
    ("supplier", "SUPPLIER", 14), ("recipient", "RECIPIENT", 14), ("item", "ITEM", 18),
    ("independent", "INDEP", 5), ("claimants", "INDEPENDENT CLAIMANTS", 64), ("unnamed", "UNNAMED", 7),
    ("echoes", "ECHOES", 6), ("deniers", "DENIED BY", 24), ("evidence", "EVIDENCE", 40),
    ("articles", "ARTICLES", 8), ("first", "FIRST", 10), ("last", "LAST", 10), ("score", "SCORE", 6),
]


def _filter_options(f: Any) -> Any:
    for option in reversed([
        click.option("--supplier", help="Only this supplier (any gazetteer name: DPRK, Pyongyang, ...)."),
        click.option("--recipient", help="Only this recipient."),
        click.option("--item", help="Only this item category (broader categories include narrower ones)."),
        click.option("--site", help="Only transfers said to pass this site or route."),
        click.option("--since", metavar="DATE", help="Only articles published on or after DATE (YYYY-MM-DD)."),
        click.option("--until", metavar="DATE", help="Only articles published on or before DATE."),
    ]):
        f = option(f)
    return f


def _config_option(f: Any) -> Any:
    return click.option("--config", "config_path", envvar="KG_CONFIG", metavar="FILE",
                        help="TOML file overriding kg/defaults.toml (score weights, source grades).")(f)


@cli.command("corroborate")
@_filter_options
@click.option("--explain", is_flag=True, help="Show each claimant's stance, certainty, grade, evidence and reporters.")
@_config_option
@_store_option
@_json_option
def corroborate_cli(supplier: str | None, recipient: str | None, item: str | None, site: str | None,
                    since: str | None, until: str | None, explain: bool, config_path: str | None,
                    store_spec: str, as_json: bool) -> None:
    """List propositions (supplier, recipient, item) with their independent claimants, echoes,
    denials, evidence, articles, first and last seen, and a support score."""
    from kg.config import load_config
    from kg.corroborate import Filters, corroborate
    from kg.ontology import load_vocabulary
    from kg.queries import load_queries
    from kg.store import open_store

    config = load_config(config_path)
    filters = Filters(supplier, recipient, item, site, since, until)
    with open_store(store_spec, read_only=True) as store:
        rows = [s.to_dict() for s in corroborate(store, load_queries(), load_vocabulary(), filters, config)]
    if as_json:
        _print_json(rows)
        return
    _print_table(rows, SUPPORT_COLUMNS)
    if explain:
        for row in rows:
            click.echo(f"\n{row['supplier']} -> {row['recipient']}: {row['item']}  (score {row['score']})")
            _print_table(row["details"], DETAIL_COLUMNS)


DETAIL_COLUMNS = [
    ("claimant", "CLAIMANT", 28), ("kind", "KIND", 8), ("stance", "STANCE", 7), ("certainty", "CERTAINTY", 9),
    ("grade", "GRADE", 5), ("evidence", "EVIDENCE", 40), ("articles", "ARTICLES", 8), ("echoes", "ECHOES", 6),
    ("reporters", "REPORTED BY", 40), ("first", "FIRST", 10), ("last", "LAST", 10),
]

TIMELINE_COLUMNS = [
    ("day", "DATE", 10), ("publisher", "REPORTER", 18), ("claimant", "CLAIMANT", 22), ("stance", "STANCE", 7),
    ("certainty", "CERTAINTY", 9), ("quote", "QUOTE", 90),
]


@cli.command("timeline")
@click.argument("supplier")
@click.argument("recipient")
@click.argument("item", required=False)
@click.option("--site", help="Only transfers said to pass this site or route.")
@click.option("--since", metavar="DATE", help="From DATE (YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Until DATE.")
@_store_option
@_json_option
def timeline_cli(supplier: str, recipient: str, item: str | None, site: str | None, since: str | None,
                 until: str | None, store_spec: str, as_json: bool) -> None:
    """Claims about a proposition (SUPPLIER RECIPIENT [ITEM]) in date order: the story as it unfolded."""
    from kg.corroborate import Filters, timeline
    from kg.ontology import load_vocabulary
    from kg.queries import load_queries
    from kg.store import open_store

    filters = Filters(supplier, recipient, item, site, since, until)
    with open_store(store_spec, read_only=True) as store:
        rows = [e.to_dict() for e in timeline(store, load_queries(), load_vocabulary(), filters)]
    if as_json:
        _print_json(rows)
    else:
        _print_table(rows, TIMELINE_COLUMNS)


@cli.command("query")
@click.argument("query")
@_store_option
@_json_option
def query_cli(query: str, store_spec: str, as_json: bool) -> None:
    """Run SPARQL: QUERY is a .rq file, '-' for stdin, or the name of a bundled query.

    Queries see the union of all graphs. Bundled queries: see `kg queries`.
    """
    from kg.queries import get_query, load_queries, parse_query_text
    from kg.store import open_store

    queries = load_queries()
    if query == "-":
        text, source = sys.stdin.read(), "stdin"
    elif query in queries:
        text, source = get_query(queries, query).text, query
    else:
        path = Path(query)
        if not path.is_file():
            raise click.UsageError(f"{query} is neither a file nor a bundled query ({', '.join(sorted(queries))})")
        try:
            text, source = path.read_text(encoding="utf-8"), str(path)
        except (OSError, UnicodeDecodeError) as exc:
            click.echo(f"kg: error: {path}: cannot read: {exc}", err=True)
            sys.exit(1)
    parse_query_text(text, source)
    with open_store(store_spec, read_only=True) as store:
        result = store.query(text)
    if result.boolean is not None:
        click.echo(json.dumps({"boolean": result.boolean}) if as_json else str(result.boolean).lower())
    elif result.triples is not None:
        for s, p, o in result.triples:
            click.echo(json.dumps({"s": s, "p": p, "o": o}, ensure_ascii=False) if as_json else f"{s}\t{p}\t{o}")
    elif as_json:
        _print_json(result.dicts())
    else:
        _print_table(result.dicts(), [(v, v, 60) for v in result.vars])


@cli.command("queries")
def queries_cli() -> None:
    """List the bundled named queries with their summaries."""
    from kg.queries import load_queries

    for name, q in sorted(load_queries().items()):
        click.echo(f"{name}\t{q.summary}")


@cli.command("export")
@click.argument("out")
@click.option("--format", "fmt", required=True,
              type=click.Choice(["gexf", "graphml", "csv", "turtle", "nquads", "trig", "ntriples", "jsonld"]),
              help="gexf (Gephi), graphml (yEd, Cytoscape), csv (Neo4j import) or an RDF dump.")
@click.option("--view", default="claims", show_default=True, type=click.Choice(["claims"]),
              help="Which projection to export (graph formats).")
@_store_option
def export_cli(out: str, fmt: str, view: str, store_spec: str) -> None:
    """Export the graph to OUT: GEXF 1.3 for Gephi, GraphML, CSV, or an RDF dump."""
    from kg.export import export
    from kg.queries import load_queries
    from kg.store import open_store

    with open_store(store_spec, read_only=True) as store:
        export(store, load_queries(), fmt, out, view)
    click.echo(f"wrote {out}", err=True)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="kg")


if __name__ == "__main__":  # pragma: no cover
    main()
