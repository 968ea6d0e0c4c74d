"""Query latency, GEXF export time and peak memory on synthetic stores of 1k, 10k and 100k articles.

    python benchmarks/scale.py [--sizes 1000 10000 100000] [--runs 3] [--no-export]

Stores come from benchmarks/synthetic.py (made once through kg.build + kg.store and cached under
the temp directory; the 100k store takes a long time the first time, progress on stderr). Each
measurement runs in its own subprocess on the on-disk store opened read-only, so its peak memory
(``resource.getrusage(RUSAGE_SELF).ru_maxrss``) is its own. Latency is the median (p50) of
``--runs`` runs after one warm-up. Targets (issue 7): p50 < 1 s at 100k; GEXF export < 30 s;
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
    "corroborate", "corroborate_nk_ru", "timeline_nk_ru_shells",
    "q_corroboration", "q_claimants", "q_timeline", "q_claims", "export_gexf",
]


def _case(name: str, store_path: str, runs: int) -> dict:
    from kg.corroborate import Filters, corroborate, timeline
    from kg.export import export
    from kg.ontology import load_vocabulary
    from kg.queries import get_query, load_queries, run
    from kg.store import open_store

    vocab, queries = load_vocabulary(), load_queries()
    nk_ru = Filters(supplier="North Korea", recipient="Russia")
    shells = Filters(supplier="North Korea", recipient="Russia", item="artillery shells")
    with open_store(store_path, read_only=True) as store, tempfile.TemporaryDirectory() as tmp:
        jobs = {
            "corroborate": lambda: len(corroborate(store, queries, vocab)),
            "corroborate_nk_ru": lambda: len(corroborate(store, queries, vocab, nk_ru)),
            "timeline_nk_ru_shells": lambda: len(timeline(store, queries, vocab, shells)),
            "q_corroboration": lambda: len(run(store, get_query(queries, "corroboration")).rows),
            "q_claimants": lambda: len(run(store, get_query(queries, "claimants")).rows),
            "q_timeline": lambda: len(run(store, get_query(queries, "timeline"), shells.bindings(vocab)).rows),
            "q_claims": lambda: len(run(store, get_query(queries, "claims")).rows),
            "export_gexf": lambda: export(store, queries, "gexf", Path(tmp) / "out.gexf") or (Path(tmp) / "out.gexf").stat().st_size,
        }
        job = jobs[name]
        times, rows = [], None
        for i in range(runs + (0 if name == "export_gexf" else 1)):
            t = time.perf_counter()
            rows = job()
            if name == "export_gexf" or i > 0:
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
    from synthetic import cached_store

    cases = [c for c in args.cases if not (args.no_export and c == "export_gexf")]
    print(f"{'articles':>8}  {'case':<24} {'p50 s':>8} {'max s':>8} {'rows':>8} {'maxrss MiB':>10}")
    for n in args.sizes:
        path = cached_store(n)
        store = str(path / "store")
        for case in cases:
            runs = 1 if case == "export_gexf" else args.runs
            proc = subprocess.run([sys.executable, __file__, "--child", case, store, str(runs)],
                                  capture_output=True, text=True)
            if proc.returncode:
                print(f"{n:>8}  {case:<24} failed: {proc.stderr.strip().splitlines()[-1]}", flush=True)
                continue
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            print(f"{n:>8}  {case:<24} {r['p50']:8.3f} {r['max']:8.3f} {r['rows']:>8} {r['maxrss_mib']:10.0f}", flush=True)


if __name__ == "__main__":
    main()
