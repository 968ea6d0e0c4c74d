"""Synthetic claims stores for scale benchmarks, made through the real builder and the real store.

    python benchmarks/synthetic.py --articles 10000 [--seed 7] [--store DIR] [--nquads FILE]

Every article is an :class:`scrapers.parse.Article` with a news-like body (250-350 words) and an
:class:`kg.extract.Extraction` of 1-4 synthetic :class:`kg.extract.Claim` objects whose quotes and
offsets point into that body; :func:`kg.build.build_article` turns it into the article's graph and
:class:`kg.writer.ArticleWriter` writes it, then :func:`kg.derive.update_derived` links copies to
originals and stores the support aggregates, exactly as ``kg ingest`` does. What the generator draws (seeded, so the
same ``--seed`` and size always give the same store):

- outlets: 60 invented news outlets plus the gazetteer's own voices (Beyond Parallel, KCNA, ...);
- claimants: gazetteer states, agencies and officials (weighted to the ones that speak most often),
  unnamed sources ("officials", "analysts") and the outlet itself;
- transfers: supplier -> recipient pairs weighted towards North Korea -> Russia, with Iran, China,
  Belarus and a long tail; items from the taxonomy's narrower concepts; sites sometimes;
- stance: about 12% denials, usually by the supplier or recipient; certainty certain/probable/possible;
- evidence: 0-2 items of the evidence-type scheme, satellite imagery with date, count and baseline;
- echoes: about 20% of articles are syndicated copies of an earlier article by another outlet
  (same body: the MinHash bands make them near-duplicates) and about 10% cite an earlier article
  by link, with the claim in the outlet's own voice;
- dates over two years (2023-01-01 .. 2024-12-31).

:func:`cached_store` keeps a generated store under the temp directory (``osint-kg-bench/``) so the
100k store (about 15 minutes to generate on this machine, most of it building rdflib graphs) is
made once.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.build import build_article  # noqa: E402
from kg.derive import update_derived  # noqa: E402
from kg.extract import Claim, EvidenceItem, Extraction, Mention  # noqa: E402
from kg.ingest import load_ontology, refresh_derived  # noqa: E402
from kg.ontology import Vocabulary, load_vocabulary  # noqa: E402
from kg.store import Store, open_store  # noqa: E402
from kg.writer import ArticleWriter  # noqa: E402
from scrapers.parse import Article, Link  # noqa: E402

__all__ = ["SyntheticArticle", "generate", "write_store", "cached_store", "CACHE_DIR", "GENERATOR_VERSION"]

#: Bump when the generator changes, so cached stores are regenerated.
GENERATOR_VERSION = 5  # 5: claims filed under timeline days (kg.build)
CACHE_DIR = Path(tempfile.gettempdir()) / "osint-kg-bench"
START = date(2023, 1, 1)
DAYS = 731

OUTLETS = [f"{a} {b}" for a in ("Continental", "Harbour", "Northern", "Pacific", "Capital", "Evening",
                                 "Morning", "Frontier", "Atlantic", "Eastern", "Central", "Global")
           for b in ("Press", "Herald", "Wire", "Ledger", "Courier")]
GAZETTEER_OUTLETS = ["Beyond Parallel", "Korean Central News Agency", "UN Panel of Experts", "NATO"]
PAIRS = [  # (supplier, recipient, weight)
    ("north-korea", "russia", 50), ("iran", "russia", 18), ("china", "russia", 8), ("belarus", "russia", 5),
    ("russia", "north-korea", 8), ("united-states", "ukraine", 6), ("united-kingdom", "ukraine", 3),
    ("south-korea", "ukraine", 2),
]
CLAIMANTS = [  # gazetteer slugs with weights; "unnamed" and "reporter" are drawn apart
    ("united-states", 10), ("white-house", 8), ("john-kirby", 6), ("us-state-department", 5), ("pentagon", 5),
    ("south-korea", 6), ("nis", 6), ("rok-defense-ministry", 5), ("ukraine", 5), ("hur", 4),
    ("kyrylo-budanov", 3), ("volodymyr-zelensky", 3), ("beyond-parallel", 4), ("csis", 3),
    ("un-panel-of-experts", 2), ("nato", 2), ("japan", 2), ("united-kingdom", 2), ("european-union", 2),
    ("antony-blinken", 2), ("jake-sullivan", 1), ("lloyd-austin", 1),
]
UNNAMED = ["officials", "analysts", "a senior official", "intelligence sources", "diplomats"]
ITEMS = ["artillery shells", "rockets", "ballistic missiles", "troops", "technology", "munitions"]
# Sites drawn for a quarter of the claims: a fixed list, so that the corpus (and the figures and tests made
# from it) does not change whenever the gazetteer gains a site (the gazetteer's sites without an area as of
# session 24, in its order).
SITES = ["tumangang-rail-facility", "rajin-port", "khasan", "dunai-port", "vostochny-port", "tigray", "kursk", "chongjin",
         "alabuga", "vladivostok", "amirabad", "simons-town", "astrakhan", "olya", "makhachkala", "asipovichy", "gomel",
         "jask", "izhevsk", "kharkiv"]
ITEM_WEIGHTS = [40, 15, 15, 10, 10, 10]
EVIDENCE = ["satellite imagery", "official statement", "intelligence", "physical remains", "documents", "media report"]
VERBS = ["said", "alleged", "claimed", "reported", "told reporters", "assessed"]
SUBJECTS = ["Officials in Seoul", "Rail operators", "Customs records", "Shipping data", "Two diplomats",
            "The defence ministry", "Local residents", "A regional governor", "Port authorities",
            "European monitors", "Insurance brokers", "Satellite analysts", "Border guards",
            "A parliamentary committee", "Aid workers", "Several lawmakers", "Market traders", "Investigators"]
VERBS_FILL = ["reported", "noted", "described", "pointed to", "questioned", "confirmed", "disputed",
              "documented", "tracked", "flagged", "counted", "estimated", "played down", "highlighted"]
OBJECTS = ["a rise in night-time rail traffic", "new storage sheds near the depot", "unusual convoy movements",
           "delays at the crossing", "changes to shipping schedules", "a drop in civilian cargo",
           "vessels loitering offshore", "fresh construction at the yard", "longer trains than usual",
           "extra security around the station", "covered wagons leaving at dawn", "gaps in the manifests",
           "repairs to the bridge", "a backlog of containers", "unmarked trucks on the coastal road"]
WHENS = ["on Monday", "on Tuesday", "last week", "earlier this month", "in recent days", "over the weekend",
         "since the spring", "two weeks ago", "late on Friday", "this morning", "in the past year"]
PLACES = ["near the border", "at the northern port", "along the coast", "in the capital", "at the rail hub",
          "outside the city", "on the main line", "at the ferry terminal", "in the eastern district"]


def _filler(rng: random.Random) -> str:
    """A news-like sentence; slots are drawn independently so two articles rarely share 5-grams."""
    return (f"{rng.choice(SUBJECTS)} {rng.choice(VERBS_FILL)} {rng.choice(OBJECTS)} {rng.choice(PLACES)} "
            f"{rng.choice(WHENS)}, according to {rng.randrange(2, 40)} people familiar with the matter.")


@dataclass(frozen=True)
class SyntheticArticle:
    article: Article
    extraction: Extraction


def _weighted(rng: random.Random, pairs: list[tuple]) -> tuple:
    return rng.choices(pairs, weights=[p[-1] for p in pairs], k=1)[0]


def _iri(vocab: Vocabulary, slug: str) -> str:
    return f"https://w3id.org/osint-kg/id/actor/{slug}"


def _claim(rng: random.Random, vocab: Vocabulary, publisher: str, publisher_iri: str | None,
           own_voice: bool) -> tuple[Claim, str, str]:
    """A claim and its sentence (quote); offsets are filled in by the caller."""
    supplier, recipient, _ = _weighted(rng, PAIRS)
    sup_iri, rec_iri = _iri(vocab, supplier), _iri(vocab, recipient)
    sup_label, rec_label = vocab.label(sup_iri), vocab.label(rec_iri)
    denies = rng.random() < 0.12
    if denies:
        slug = rng.choice([supplier, recipient, "kcna" if supplier == "north-korea" else supplier])
        kind, c_iri = "named", _iri(vocab, slug)
        c_label = vocab.label(c_iri)
    elif own_voice or rng.random() < 0.15:
        kind, c_iri, c_label = "reporter", publisher_iri, publisher
    elif rng.random() < 0.18:
        kind, c_iri, c_label = "unnamed", None, rng.choice(UNNAMED)
    else:
        slug = _weighted(rng, CLAIMANTS)[0]
        kind, c_iri = "named", _iri(vocab, slug)
        c_label = vocab.label(c_iri)
    n_items = 1 if rng.random() < 0.75 else 2
    items = tuple(dict.fromkeys(rng.choices(ITEMS, weights=ITEM_WEIGHTS, k=n_items)))
    certainty = rng.choices(["certain", "probable", "possible"], weights=[50, 30, 20])[0]
    cue = {"certain": None, "probable": "likely", "possible": "may have"}[certainty]
    site = vocab.entries[f"https://w3id.org/osint-kg/id/site/{rng.choice(SITES)}"] if rng.random() < 0.25 else None
    evidence = []
    for _ in range(rng.choice([0, 0, 1, 1, 2])):
        etype = rng.choice(EVIDENCE)
        if etype == "satellite imagery":
            evidence.append(EvidenceItem(etype, "satellite images", (START + timedelta(days=rng.randrange(DAYS))).isoformat(),
                                         rng.randrange(20, 120), rng.randrange(0, 20)))
        else:
            evidence.append(EvidenceItem(etype, etype))
    evidence = tuple(dict.fromkeys(evidence))
    verb = rng.choice(VERBS)
    item_text = " and ".join(items)
    hedge = {"certain": "", "probable": "likely ", "possible": "may have "}[certainty]
    if denies:
        quote = f"{c_label} denied that {sup_label} had supplied {item_text} to {rec_label}."
        verb = "denied"
    else:
        where = f" through {site.labels[0]}" if site else ""
        who = c_label if kind != "reporter" else "The outlet's own review"
        quote = f"{who} {verb} that {sup_label} {hedge}shipped {item_text} to {rec_label}{where}."
    claim = Claim(
        claimant=c_label, claimant_iri=c_iri, claimant_kind=kind,
        claimant_text="" if kind == "reporter" else c_label, verb=verb,
        stance="denies" if denies else "asserts", certainty=certainty, certainty_cue=cue,
        supplier=sup_label, supplier_iri=sup_iri, recipient=rec_label, recipient_iri=rec_iri,
        items=items, item_text=item_text, site=site.labels[0] if site else None,
        site_iri=site.iri if site else None, time=rng.choice([None, None, "last month", "in August"]),
        evidence=evidence, quote=quote, start=0, end=0,
    )
    return claim, quote, c_label


def _body(rng: random.Random, quotes: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Paragraphs of filler with the claim sentences spread among them; returns the text and offsets."""
    parts: list[str] = []
    spans = []
    pos = 0
    pending = list(quotes)
    while pending or len(parts) < 14:
        if pending and (rng.random() < 0.4 or len(parts) >= 12):
            sentence = pending.pop(0)
            spans.append((pos, pos + len(sentence)))
        else:
            sentence = _filler(rng)
        parts.append(sentence)
        pos += len(sentence) + 2
    return "\n\n".join(parts), spans


def generate(n: int, vocab: Vocabulary, seed: int = 7) -> Iterator[SyntheticArticle]:
    """``n`` synthetic articles in publication order (deterministic for a seed)."""
    rng = random.Random(seed)
    outlets = OUTLETS + GAZETTEER_OUTLETS
    day_of = sorted(rng.randrange(DAYS) for _ in range(n))
    history: list[SyntheticArticle] = []
    for i in range(n):
        published = (START + timedelta(days=day_of[i])).isoformat()
        publisher = rng.choice(outlets)
        pub_iri = next((e.iri for e in vocab.entries.values() if publisher in e.labels), None)
        url = f"https://{publisher.lower().replace(' ', '')}.example/{published}/story-{i}"
        roll = rng.random()
        if history and roll < 0.20:  # a syndicated copy by another outlet: same body and claims
            original = rng.choice(history[-500:])
            if original.article.publisher != publisher:
                article = Article(url=url, text=original.article.text, title=original.article.title,
                                  publisher=publisher, published=published, language="en")
                claims = tuple(
                    c if c.claimant_kind != "reporter" else
                    Claim(**{**c.__dict__, "claimant": publisher, "claimant_iri": pub_iri})
                    for c in original.extraction.claims)
                item = SyntheticArticle(article, Extraction(original.extraction.mentions, claims))
                yield item
                continue
        cites = history and roll < 0.30
        n_claims = rng.choices([1, 2, 3, 4], weights=[45, 30, 15, 10])[0]
        made = [_claim(rng, vocab, publisher, pub_iri, own_voice=bool(cites) and j == 0) for j in range(n_claims)]
        text, spans = _body(rng, [q for _, q, _ in made])
        claims = tuple(Claim(**{**c.__dict__, "start": s, "end": e}) for (c, _, _), (s, e) in zip(made, spans))
        mentions = tuple(
            Mention(s, e, c.supplier, "GPE", c.supplier_iri) for c, (s, e) in zip(claims, spans) if c.supplier_iri)
        links = (Link(rng.choice(history[-2000:]).article.url, "reported"),) if cites else ()
        title = f"{claims[0].supplier} {claims[0].stance} {claims[0].item_text} to {claims[0].recipient}"
        article = Article(url=url, text=text, title=title, publisher=publisher, published=published,
                          language="en", links=links)
        item = SyntheticArticle(article, Extraction(mentions, claims))
        history.append(item)
        yield item


def write_store(store: Store, n: int, vocab: Vocabulary, seed: int = 7, progress: bool = True,
                batch_size: int = 1000) -> dict:
    """Generate ``n`` articles into ``store`` as ``kg ingest`` writes them: build_article, an
    ArticleWriter (bulk loads, journal), then the derived facts (links, echoes, support)."""
    load_ontology(store)
    started = time.perf_counter()
    claims = 0
    with ArticleWriter(store, batch_size) as writer:
        for i, item in enumerate(generate(n, vocab, seed), 1):
            writer.add(build_article(item.article, item.extraction, vocab))
            claims += len(item.extraction.claims)
            if progress and i % 10000 == 0:
                rate = i / (time.perf_counter() - started)
                print(f"synthetic: {i}/{n} articles ({rate:.0f}/s)", file=sys.stderr, flush=True)
    build_s = time.perf_counter() - started
    t = time.perf_counter()
    report = update_derived(store, progress=(lambda line: print(line, file=sys.stderr, flush=True))
                            if progress else None)
    links = report.links
    derivations_s = time.perf_counter() - t
    if progress:
        print(f"synthetic: {n} articles in {build_s:.0f} s; derived facts ({links} links, {report.echoes} echoes, "
              f"{report.propositions} propositions) in {derivations_s:.1f} s", file=sys.stderr, flush=True)
    return {"articles": n, "claims": claims, "derivation_links": links, "seed": seed,
            "build_store_seconds": round(build_s, 1), "derivations_seconds": round(derivations_s, 1),
            "quads": store.quad_count(), "maxrss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "version": GENERATOR_VERSION}


def _rederive_if_stale(store_path: Path) -> None:
    """A cached store derived by another version of the rules or gazetteer would be measured on
    the slow counting way (queries count when derived facts are stale): re-derive it first."""
    from kg.derive import derived_ready

    with open_store(store_path) as store:
        if derived_ready(store):
            return
        print(f"synthetic: {store_path}: derived facts are stale (ontology, gazetteer or rules changed); "
              "re-deriving everything", file=sys.stderr, flush=True)
        t = time.perf_counter()
        refresh_derived(store, full=True, progress=lambda line: print(line, file=sys.stderr, flush=True))
        print(f"synthetic: re-derived in {time.perf_counter() - t:.0f} s (peak RSS of this process "
              f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB)", file=sys.stderr, flush=True)


def cached_store(n: int, seed: int = 7, directory: Path | None = None) -> Path:
    """The folder of an on-disk store of ``n`` synthetic articles, generated once and reused."""
    path = (directory or CACHE_DIR) / f"synthetic-v{GENERATOR_VERSION}-{n}-seed{seed}"
    marker = path / "synthetic.json"
    if marker.exists():
        _rederive_if_stale(path / "store")
        return path
    if path.exists():  # an interrupted run: start again
        import shutil

        shutil.rmtree(path)
    vocab = load_vocabulary()
    with open_store(path / "store") as store:
        info = write_store(store, n, vocab, seed)
    marker.write_text(json.dumps(info, indent=2))
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--cache", type=Path, default=CACHE_DIR, help="where cached stores live")
    args = parser.parse_args()
    path = cached_store(args.articles, args.seed, args.cache)
    print(json.dumps({"store": str(path / "store"), **json.loads((path / "synthetic.json").read_text())}, indent=2))


if __name__ == "__main__":
    main()
