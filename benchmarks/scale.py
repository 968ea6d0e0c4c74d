"""Query latency, GEXF export time, incremental ingest and peak memory on synthetic stores of 1k,
10k and 100k articles.

    python benchmarks/scale.py [--sizes 1000 10000 100000] [--runs 3] [--cases ...] [--no-export]

Stores come from benchmarks/synthetic.py (made once through kg.build, kg.writer and kg.derive and
cached under the temp directory; the 100k store takes a while the first time, progress on stderr).
Each measurement runs in its own subprocess, so its peak memory
(``resource.getrusage(RUSAGE_SELF).ru_maxrss``) is its own; queries and the export open the on-disk
store read-only. Latency is the median (p50) of ``--runs`` runs after one warm-up; the export and
the incremental ingest run once. ``ingest_100`` adds 100 new synthetic articles to a checkpoint
(hard-linked copy) of the store, as ``kg ingest`` writes them, and brings the derived facts up to
date (the cached store is not changed); ``replace_100`` replaces 100 stored articles there (same
URLs, new claims), which makes the derived update count their old propositions again. Targets (issue 7): p50 < 1 s at 100k; GEXF export < 30 s;
peak memory < 4 GiB at 100k.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

CASES = [
    "corroborate", "corroborate_nk_ru", "corroborate_quarter", "corroborate_nk_ru_quarter", "corroborate_year", "corroborate_since", "corroborate_site",
    "corroborate_site_quarter", "timeline_nk_ru_shells", "timeline_first_100", "timeline_page_deep",
    "q_corroboration", "q_claimants", "q_timeline", "q_claims", "export_gexf", "ingest_100", "replace_100",
]
ONCE = {"export_gexf", "ingest_100", "replace_100"}


def _write_100(store_path: str, tmp: str, replace: bool) -> tuple[int, float]:
    """Write 100 synthetic articles into a checkpoint of the store, as ``kg ingest`` writes them, and
    bring the derived facts up to date; returns the articles written and the seconds it took.

    New articles (``replace`` False), or new text and claims under the URLs of 100 stored articles,
    as a re-fetch of changed pages does: their old claims' propositions are then counted again from
    all their tallies (see benchmarks/README, "Open problems")."""
    import dataclasses

    import pyoxigraph as ox

    from kg.build import build_article
    from kg.derive import update_derived
    from kg.ontology import load_vocabulary
    from kg.store import open_store
    from kg.writer import ArticleWriter
    from synthetic import generate

    copy = str(Path(tmp) / "copy")
    ox.Store.read_only(store_path).backup(copy)
    vocab = load_vocabulary()
    items = list(generate(100, vocab, seed=99))
    t = time.perf_counter()  # opening the store counts; finding the URLs to replace does not
    with open_store(copy) as store:
        if replace:
            urls = [str(row[0]) for row in store.query(
                "PREFIX schema: <https://schema.org/> SELECT ?url WHERE { ?a a schema:NewsArticle ; schema:url ?url } LIMIT 100").rows]
            t = time.perf_counter()
        else:
            urls = [f"https://scale.example/new/{n}" for n in range(len(items))]
        with ArticleWriter(store) as writer:
            for url, item in zip(urls, items):
                writer.add(build_article(dataclasses.replace(item.article, url=url), item.extraction, vocab))
        update_derived(store)
        return len(urls), time.perf_counter() - t


def _case(name: str, store_path: str, runs: int) -> dict:
    from kg.corroborate import Filters, corroborate, timeline
    from kg.export import export
    from kg.ontology import load_vocabulary
    from kg.queries import get_query, load_queries, run
    from kg.store import open_store

    vocab, queries = load_vocabulary(), load_queries()
    nk_ru = Filters(supplier="North Korea", recipient="Russia")
    shells = Filters(supplier="North Korea", recipient="Russia", item="artillery shells")
    # a date window, as `kg corroborate --since 2024-01-01 --until 2024-03-31` (synthetic articles
    # spread over 2023-2024)
    quarter = Filters(since="2024-01-01", until="2024-03-31")
    nk_ru_quarter = Filters(supplier="North Korea", recipient="Russia", since="2024-01-01", until="2024-03-31")
    # a year, and everything from a day on (mostly whole months, a partial first one)
    year = Filters(since="2024-01-01", until="2024-12-31")
    since = Filters(since="2023-01-15")
    # claims about transfers at one site (`kg corroborate --site Rajin`), and the same in the quarter
    site = Filters(site="Rajin")
    site_quarter = Filters(site="Rajin", since="2024-01-01", until="2024-03-31")
    with tempfile.TemporaryDirectory() as tmp:
        if name in {"ingest_100", "replace_100"}:
            rows, seconds = _write_100(store_path, tmp, replace=name == "replace_100")
            times = [seconds]
        else:
            with open_store(store_path, read_only=True) as store:
                jobs = {
                    "corroborate": lambda: len(corroborate(store, queries, vocab)),
                    "corroborate_nk_ru": lambda: len(corroborate(store, queries, vocab, nk_ru)),
                    "corroborate_quarter": lambda: len(corroborate(store, queries, vocab, quarter)),
                    "corroborate_nk_ru_quarter": lambda: len(corroborate(store, queries, vocab, nk_ru_quarter)),
                    "corroborate_year": lambda: len(corroborate(store, queries, vocab, year)),
                    "corroborate_since": lambda: len(corroborate(store, queries, vocab, since)),
                    "corroborate_site": lambda: len(corroborate(store, queries, vocab, site)),
                    "corroborate_site_quarter": lambda: len(corroborate(store, queries, vocab, site_quarter)),
                    "timeline_nk_ru_shells": lambda: len(timeline(store, queries, vocab, shells)),
                    # what `kg timeline DPRK Russia shells` shows (its default --limit), and a page
                    # deep into the timeline (--offset 2000)
                    "timeline_first_100": lambda: len(timeline(store, queries, vocab, shells, 100)),
                    "timeline_page_deep": lambda: len(timeline(store, queries, vocab, shells, 100, 2000)),
                    "q_corroboration": lambda: len(run(store, get_query(queries, "corroboration")).rows),
                    "q_claimants": lambda: len(run(store, get_query(queries, "claimants")).rows),
                    "q_timeline": lambda: len(run(store, get_query(queries, "timeline"), shells.bindings(vocab)).rows),
                    "q_claims": lambda: len(run(store, get_query(queries, "claims")).rows),
                    "export_gexf": lambda: export(store, queries, "gexf", Path(tmp) / "out.gexf")
                    or (Path(tmp) / "out.gexf").stat().st_size,
                }
                job = jobs[name]
                times, rows = [], None
                for i in range(runs + (0 if name in ONCE else 1)):
                    t = time.perf_counter()
                    rows = job()
                    if name in ONCE or i > 0:
                        times.append(time.perf_counter() - t)
    return {"case": name, "p50": statistics.median(times), "max": max(times), "rows": rows,
            "maxrss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cases", nargs="+", default=CASES, choices=CASES)
    parser.add_argument("--no-export", action="store_true")
    parser.add_argument("--child", nargs=3, metavar=("CASE", "STORE", "RUNS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_case(args.child[0], args.child[1], int(args.child[2]))))
        return
    cases = [c for c in args.cases if not (args.no_export and c == "export_gexf")]
    print(f"{'articles':>8}  {'case':<24} {'p50 s':>8} {'max s':>8} {'rows':>9} {'maxrss MiB':>10}", flush=True)
    for n in args.sizes:
        # Made (or re-derived) in a process of its own: a child forked from a process that derived a
        # 100k store would report that process's 1.6 GiB as its own peak.
        made = subprocess.run([sys.executable, str(Path(__file__).with_name("synthetic.py")), "--articles", str(n)],
                              stdout=subprocess.PIPE, text=True, check=True)
        info = json.loads(made.stdout)
        path = Path(info["store"]).parent
        print(f"{n:>8}  {'(generate: build+write, derive)':<24} {info['build_store_seconds']:8.1f} "
              f"{info['derivations_seconds']:8.1f} {info.get('quads', ''):>9} {info.get('maxrss_mib', 0):10.0f}", flush=True)
        store = str(path / "store")
        for case in cases:
            runs = 1 if case in ONCE else args.runs
            proc = subprocess.run([sys.executable, __file__, "--child", case, store, str(runs)],
                                  capture_output=True, text=True)
            if proc.returncode:
                last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
                print(f"{n:>8}  {case:<24} failed: {last}", flush=True)
                continue
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            print(f"{n:>8}  {case:<24} {r['p50']:8.3f} {r['max']:8.3f} {r['rows']:>9} {r['maxrss_mib']:10.0f}", flush=True)


if __name__ == "__main__":
    main()
