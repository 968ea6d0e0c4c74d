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
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, metavar="N",
              help="Processes running spaCy (one writer; same store as with 1). Each loads the model.")
@click.option("--feed", "feeds", multiple=True, metavar="URL", help="An RSS or Atom feed: ingest the articles it lists.")
@click.option("--sitemap", "sitemaps", multiple=True, metavar="URL",
              help="A sitemap or sitemap index (plain or .gz): ingest the pages it lists.")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="DATE",
              help="With --feed/--sitemap: skip entries dated before DATE (YYYY-MM-DD; undated entries are kept).")
@click.option("--limit", type=click.IntRange(min=0), metavar="N", help="With --feed/--sitemap: at most N articles in all.")
@click.option("--warc", "warcs", multiple=True, metavar="FILE",
              help="Re-ingest the pages captured in a WARC file (.warc or .warc.gz), with no network.")
@click.option("--warc-out", metavar="FILE",
              help="Append every fetched response to this gzip WARC [default for a folder store: STORE/warc/YYYYMMDD.warc.gz].")
@click.option("--no-warc-out", is_flag=True, help="Do not keep fetched responses in a WARC.")
@click.option("--cache", "cache_dir", metavar="DIR",
              help="HTTP cache for conditional requests (ETag/Last-Modified) [default for a folder store: STORE/http-cache].")
@click.option("--no-cache", is_flag=True, help="Fetch without the HTTP cache.")
@click.option("--deadline", type=click.FloatRange(min=0, min_open=True), default=30.0, show_default=True,
              metavar="SECONDS", help="Total time for one URL, retries and redirects included.")
@click.option("--delay", type=click.FloatRange(min=0), default=1.0, show_default=True, metavar="SECONDS",
              help="Seconds between two requests to one host (a longer robots.txt Crawl-delay wins).")
@click.option("--user-agent", envvar="KG_USER_AGENT", metavar="TEXT",
              help="User-Agent sent with every request and matched against robots.txt.")
@click.option("--adapters", "adapters_file", metavar="FILE",
              help="Site adapters: a TOML file of [[adapter]] CSS selectors for sites the general extractor gets wrong.")
@_store_option
@_json_option
def ingest_cli(sources: tuple[str, ...], jsonl: tuple[str, ...], model: str | None, allow_loopback: bool,
               workers: int, feeds: tuple[str, ...], sitemaps: tuple[str, ...], since: Any, limit: int | None,
               warcs: tuple[str, ...], warc_out: str | None, no_warc_out: bool, cache_dir: str | None,
               no_cache: bool, deadline: float, delay: float, user_agent: str | None, adapters_file: str | None,
               store_spec: str, as_json: bool) -> None:
    """Ingest SOURCES: URLs, HTML or text files, folders of them, WARC files, or --jsonl, --warc,
    --feed and --sitemap sources.

    Re-ingesting a document replaces its graph; nothing is duplicated. A source that fails is
    reported on stderr and the others are still ingested (exit 1 if any failed). Fetched
    responses are kept verbatim in a WARC (evidence; `--warc` re-reads them) and revalidated
    through an HTTP cache on the next run.
    """
    from kg.extract import load_pipeline
    from kg.ingest import ingest, iter_sources
    from kg.ontology import load_vocabulary
    from kg.store import open_store
    from scrapers.adapters import SiteAdapters
    from scrapers.crawl import Crawl
    from scrapers.fetch import FetchConfig
    from scrapers.warc import default_warc_path

    if not (sources or jsonl or warcs or feeds or sitemaps):
        raise click.UsageError("give at least one source, --jsonl, --warc, --feed or --sitemap")
    local_store = store_spec != ":memory:" and not store_spec.startswith(("http://", "https://"))
    if not warc_out and local_store and not no_warc_out:
        warc_out = str(default_warc_path(store_spec))
    if not cache_dir and local_store and not no_cache:
        cache_dir = str(Path(store_spec) / "http-cache")
    config = FetchConfig(allow_loopback=allow_loopback, deadline=deadline, min_delay=delay,
                         **({"user_agent": user_agent} if user_agent else {}))
    adapters = SiteAdapters.from_toml(adapters_file) if adapters_file else None  # ConfigError on a bad file
    crawl = Crawl(config, cache_dir=None if no_cache else cache_dir, adapters=adapters,
                  warc_out=None if no_warc_out else warc_out, since=since.date() if since else None)
    todo = iter_sources(sources, jsonl, warc=warcs, feeds=feeds, sitemaps=sitemaps)
    found = {"fetch": crawl.fetch, "discover": lambda s: crawl.discover(s.kind, s.location), "limit": limit,
             "adapters": adapters}
    vocab = load_vocabulary()
    with crawl:
        if workers > 1:
            from kg.parallel import ParallelExtractor

            with ParallelExtractor(workers, model) as extractor, open_store(store_spec) as store:
                report = ingest(store, None, vocab, todo, progress=_progress, extractor=extractor,
                                batch_size=extractor.batch_size, **found)
        else:
            nlp = load_pipeline(vocab, model)
            with open_store(store_spec) as store:
                report = ingest(store, nlp, vocab, todo, progress=_progress, **found)
    if as_json:
        _print_json([report.to_dict()])
    else:
        click.echo(f"ingested {report.articles} articles, {report.claims} claims into {store_spec}", err=True)
    if report.errors:
        click.echo(f"kg: error: {len(report.errors)} source(s) failed", err=True)
        sys.exit(1)


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
        _note_if_not_derived(store)
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
    ("claimant", "CLAIMANT", 28), ("kind", "KIND", 8), ("sources", "SOURCES", 7), ("stance", "STANCE", 7), ("certainty", "CERTAINTY", 9),
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
@click.option("--limit", type=click.IntRange(min=0), default=100, show_default=True,
              help="Show this many claims (0: all of them; a long timeline then takes a while).")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many claims first.")
@_store_option
@_json_option
def timeline_cli(supplier: str, recipient: str, item: str | None, site: str | None, since: str | None,
                 until: str | None, limit: int, offset: int, store_spec: str, as_json: bool) -> None:
    """Claims about a proposition (SUPPLIER RECIPIENT [ITEM]) in date order: the story as it unfolded."""
    from kg.corroborate import Filters, timeline
    from kg.ontology import load_vocabulary
    from kg.queries import load_queries
    from kg.store import open_store

    filters = Filters(supplier, recipient, item, site, since, until)
    with open_store(store_spec, read_only=True) as store:
        # one more than shown: whether there are more
        entries = timeline(store, load_queries(), load_vocabulary(), filters, limit + 1 if limit else None, offset)
    more = bool(limit) and len(entries) > limit
    rows = [e.to_dict() for e in entries[:limit or None]]
    if more:
        click.echo(f"kg: claims {offset + 1}-{offset + limit} shown; --offset {offset + limit} for the next "
                   f"{limit}, --limit 0 for all", err=True)
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
    from kg.queries import get_query, load_queries, parameters, parse_query_text, run
    from kg.store import open_store

    queries = load_queries()
    if query == "-":
        text, source = sys.stdin.read(), "stdin"
    elif query in queries:
        text, source = get_query(queries, query).text, query
    else:
        path = Path(query)
        try:
            is_file = path.is_file()
        except OSError:  # e.g. SPARQL text given in place of a file name: too long for one
            is_file = False
        if not is_file:
            raise click.UsageError(f"{query} is neither a file nor a bundled query ({', '.join(sorted(queries))})")
        try:
            text, source = path.read_text(encoding="utf-8"), str(path)
        except (OSError, UnicodeDecodeError) as exc:
            click.echo(f"kg: error: {path}: cannot read: {exc}", err=True)
            sys.exit(1)
    parse_query_text(text, source)
    with open_store(store_spec, read_only=True) as store:
        if "recount" in parameters(text):
            _note_if_not_derived(store)
        result = run(store, text)  # counts instead of reading derived facts the store lacks
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
              type=click.Choice(["gexf", "graphml", "csv", "stix", "turtle", "nquads", "trig", "ntriples", "jsonld"]),
              help="gexf (Gephi), graphml (yEd, Cytoscape), csv (Neo4j import: OUT-nodes.csv, OUT-edges.csv), "
                   "stix (a STIX 2.1 bundle) or an RDF dump (turtle, nquads, trig, ntriples, jsonld).")
@click.option("--view", default="claims", show_default=True, type=click.Choice(["claims", "sources", "full"]),
              help="Projection for graph formats: claims (actors linked by claims), sources (who reports "
                   "whom), full (articles, claims, actors, propositions, sites, evidence).")
@_store_option
def export_cli(out: str, fmt: str, view: str, store_spec: str) -> None:
    """Export the graph to OUT: GEXF 1.3 for Gephi, GraphML, CSV, STIX 2.1, or an RDF dump."""
    from kg.export import export
    from kg.queries import load_queries
    from kg.store import open_store

    with open_store(store_spec, read_only=True) as store:
        export(store, load_queries(), fmt, out, view)
    click.echo(f"wrote {out}", err=True)


@cli.command("serve")
@_store_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but loopback exposes the store to your network.")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True, help="TCP port (0: any free one).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=10.0, show_default=True,
              metavar="SECONDS", help="Time limit per query; a query past it is stopped and answered 503.")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True, metavar="N",
              help="Query processes (queries answered at once); each opens the store read-only.")
def serve_cli(store_spec: str, host: str, port: int, timeout: float, workers: int) -> None:
    """Serve a read-only SPARQL 1.1 endpoint at /sparql and an offline query page (YASGUI) at /.

    SELECT/ASK answer JSON, XML, CSV or TSV and CONSTRUCT/DESCRIBE Turtle, N-Triples or JSON-LD,
    by Accept header. Updates, SERVICE, LOAD and FROM are refused; the server makes no outbound
    requests.
    """
    from kg.server import ServeConfig, serve

    serve(ServeConfig(store=store_spec, host=host, port=port, timeout=timeout, workers=workers), log=_progress)


@cli.command("validate")
@click.option("--shapes", "shapes_path", metavar="FILE", help="SHACL shapes to use instead of the bundled ones.")
@_store_option
@_json_option
def validate_cli(shapes_path: str | None, store_spec: str, as_json: bool) -> None:
    """Check every article graph against the SHACL shapes: one violation per line, exit 1 if any.

    Warnings (a date kept as written) are printed too but do not fail.
    """
    from kg.store import open_store
    from kg.validate import load_shapes, validate_store

    shapes = load_shapes(Path(shapes_path)) if shapes_path else None
    with open_store(store_spec, read_only=True) as store:
        results = validate_store(store, shapes=shapes, progress=_progress)
    for v in results:
        click.echo(json.dumps(v.to_dict(), ensure_ascii=False) if as_json else v.line())
    violations = sum(1 for v in results if v.severity == "Violation")
    if violations:
        click.echo(f"kg: error: {violations} SHACL violation(s)", err=True)
        sys.exit(1)
    click.echo("all article graphs conform to the shapes", err=True)


@cli.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--graph", "graph_iri", metavar="IRI",
              help="Named graph to load into [default: minted from the file's SHA-256, so re-importing replaces].")
@click.option("--format", "fmt", type=click.Choice(["turtle", "trig", "nquads", "ntriples", "jsonld", "rdfxml"]),
              help="RDF format [default: from the file suffix].")
@_store_option
@_json_option
def import_cli(file: str, graph_iri: str | None, fmt: str | None, store_spec: str, as_json: bool) -> None:
    """Load an RDF file from another tool (Turtle, TriG, N-Quads, N-Triples, JSON-LD, RDF/XML)
    into its own named graph, in one transaction. JSON-LD remote contexts are refused, never fetched."""
    from kg.store import import_file, open_store

    with open_store(store_spec) as store:
        name, count = import_file(store, file, graph=graph_iri, fmt=fmt)
    if as_json:
        _print_json([{"graph": str(name), "triples": count}])
    else:
        click.echo(f"imported {count} triples from {file} into <{name}>", err=True)


@cli.command("derive")
@click.option("--full", is_flag=True, help="Recompute everything, not only what changed since the last update.")
@_store_option
@_json_option
def derive_cli(full: bool, store_spec: str, as_json: bool) -> None:
    """Bring the derived facts up to date: copy and citation links, echoes and the stored support
    that `kg corroborate` reads. `kg ingest` does this itself; run it after `kg import` or a bulk
    load by other means, or after upgrading kg (until then queries count from the claims, which
    is slow on a large store)."""
    from kg.ingest import refresh_derived
    from kg.store import open_store

    with open_store(store_spec, create=False) as store:
        report = refresh_derived(store, full=True if full else None, progress=_progress)
    if as_json:
        _print_json([report.to_dict()])
    else:
        click.echo(f"derived facts up to date ({'everything' if report.full else 'what changed'}: "
                   f"{report.articles} articles, {report.links} links, {report.echoes} echoes, "
                   f"{report.propositions} propositions) in {report.seconds:.1f} s", err=True)


def _note_if_not_derived(store: Any) -> None:
    """Say on stderr when the store's derived facts are missing or stale (queries then count)."""
    from kg.derive import derived_ready

    if not derived_ready(store):
        click.echo("kg: note: this store's derived facts are missing or out of date (another kg version, "
                   "or loaded by other means); counting from the claims, which is slow on a large store. "
                   "Run `kg derive` once to fix.", err=True)


@cli.command("stats")
@_store_option
@_json_option
def stats_cli(store_spec: str, as_json: bool) -> None:
    """Count what the store holds: articles, claims, propositions, actors, named graphs, quads."""
    from kg.store import open_store, stats

    with open_store(store_spec, read_only=True) as store:
        counts = stats(store).to_dict()
    if as_json:
        _print_json([counts])
    else:
        width = max(len(k) for k in counts)
        for key, value in counts.items():
            click.echo(f"{key.ljust(width)}  {value}")


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="kg")


if __name__ == "__main__":  # pragma: no cover
    main()
