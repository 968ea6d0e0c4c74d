"""Score our article body extraction against trafilatura's default on the shared benchmark.

    python benchmarks/article_extraction.py [--data DIR] [--limit N] [--json]

The data is the Scrapinghub/Zyte article-extraction benchmark (181 pages with a human-checked
body each), kept beside the checkout in ``../shared/benchmarks/article-extraction``. The metric is
the benchmark's own (see its README): per page, word 4-gram shingle multisets of the extracted body
against the true body give tp/fp/fn, normalised so long pages weigh no more than short ones;
precision and recall are averaged over pages and F1 is the harmonic mean of those averages.

Two systems run in the same process on the same pages:

* ``osint-kg``: ``scrapers.parse.parse_html(html, url).text`` (everything the parser does,
  metadata included, is inside the timing);
* ``trafilatura``: ``trafilatura.extract(html, url=url)`` with its defaults.

ms/page is the plain mean of wall-clock time per page (pages decoded beforehand); cpu is the
same in process CPU time, which other jobs on a shared machine disturb less.
Target (issue 8): F1 >= 0.97 at <= 40 ms/page.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = ROOT.parent / "shared" / "benchmarks" / "article-extraction"

_WORD = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Word n-gram multiset; a text shorter than n words is one shorter shingle."""
    words = _WORD.findall(text or "")
    return Counter(tuple(words[i:i + n]) for i in range(max(1, len(words) - n + 1))
                   if words[i:i + n])


def page_counts(truth: str, predicted: str) -> tuple[float, float, float]:
    """(tp, fp, fn) over shingles, divided by their sum so every page weighs the same."""
    t, p = shingles(truth), shingles(predicted)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def score(counts: list[tuple[float, float, float]]) -> dict[str, float]:
    """Averaged per-page precision and recall, and F1 of the two averages."""
    def ratio(tp: float, other: float, fp: float, fn: float) -> float:
        if fp == fn == 0:
            return 1.0
        return tp / (tp + other) if tp + other else 0.0

    precisions = [ratio(tp, fp, fp, fn) for tp, fp, fn in counts if tp + fp > 0]
    recalls = [ratio(tp, fn, fp, fn) for tp, fp, fn in counts if tp + fn > 0]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def load_pages(data: Path, limit: int | None = None) -> list[tuple[str, str, str, str]]:
    """(id, url, html, true body) for each page, html decoded the way our fetcher would."""
    from scrapers.fetch import decode_text, detect_encoding

    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth)[:limit]:
        raw = gzip.decompress((data / "html" / f"{key}.html.gz").read_bytes())
        html = decode_text(raw, detect_encoding(raw, "text/html"))
        pages.append((key, truth[key].get("url") or "", html, truth[key].get("articleBody", "")))
    return pages


def ours(html: str, url: str) -> str:
    from kg.errors import ParseError
    from scrapers.parse import parse_html

    try:
        return parse_html(html, url).text
    except ParseError:
        return ""


def trafilatura_default(html: str, url: str) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url) or ""


def run(name: str, extract: Callable[[str, str], str],
        pages: list[tuple[str, str, str, str]]) -> dict[str, object]:
    counts, elapsed, cpu = [], 0.0, 0.0
    for _, url, html, truth in pages:
        start, start_cpu = time.perf_counter(), time.process_time()
        text = extract(html, url)
        elapsed += time.perf_counter() - start
        cpu += time.process_time() - start_cpu
        counts.append(page_counts(truth, text))
    result: dict[str, object] = {"system": name, "pages": len(pages)}
    result.update({k: round(v, 4) for k, v in score(counts).items()})
    result["ms_per_page"] = round(1000 * elapsed / max(1, len(pages)), 1)
    result["cpu_ms_per_page"] = round(1000 * cpu / max(1, len(pages)), 1)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="benchmark folder")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--json", action="store_true", help="print JSON Lines")
    args = parser.parse_args(argv)
    if not (args.data / "ground-truth.json").is_file():
        print(f"no benchmark at {args.data}", file=sys.stderr)
        return 1
    pages = load_pages(args.data, args.limit)
    ours("<p>warm up</p>", "https://example.org/")  # imports and lazy set-up outside timing
    trafilatura_default("<p>warm up</p>", "https://example.org/")
    results = [run("osint-kg", ours, pages), run("trafilatura", trafilatura_default, pages)]
    for r in results:
        if args.json:
            print(json.dumps(r))
        else:
            print(f"{r['system']:<12} pages={r['pages']}  precision={r['precision']:.3f}  "
                  f"recall={r['recall']:.3f}  F1={r['f1']:.3f}  {r['ms_per_page']:.1f} ms/page "
                  f"(cpu {r['cpu_ms_per_page']:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
