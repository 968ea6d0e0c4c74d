"""Attribution frames crossed with claimants and transfers: which ways of saying who claims what fail.

    python benchmarks/checklist.py [--show FRAME] [--json]

A behavioural test in the manner of CheckList (Ribeiro et al., ACL 2020): each case is a short
article whose last sentence puts one transfer in one attribution frame ("{C} said {P}.", "{P},
according to {C}.", "{C} accused {S} of supplying {I} to {R}.", a denial, a hedge, a pronoun in
the next sentence, ...), with one of several claimants (a state, an agency, an official with a
title, a think tank, an unnamed source) and one of several transfers. The expected claim is known
by construction, so every case is scored whole (claimant, supplier, recipient, items, stance and
certainty all right).

The development sets measure the rules on articles; this measures them on the grammar of
attribution, one frame at a time, so that a failing frame points at a missing general reading and
not at one article. Frames are written from how wire copy, think-tank briefs and statements
attribute, not from the rules.

Prints, per frame, how many cases came out whole, and the total. ``--show FRAME`` prints that
frame's failing cases with what was extracted.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.extraction import canon, norm_items  # noqa: E402
from kg.extract import extract_many, load_pipeline, resolve_model  # noqa: E402
from kg.ontology import Vocabulary, load_vocabulary  # noqa: E402

PUBLISHER = "Harbour Wire"
LEAD = "The war in Ukraine has drawn in suppliers from several continents.\n\n"


@dataclass(frozen=True)
class Transfer:
    supplier: str
    recipient: str
    items: tuple[str, ...]
    clause: str  # finite: "North Korea has shipped artillery shells to Russia"
    noun: str  # nominal: "North Korea's shipments of artillery shells to Russia"
    gerund: str  # after "accused X of": "shipping artillery shells to Russia"
    hedged: str  # with "may": "North Korea may have shipped artillery shells to Russia"


TRANSFERS = (
    Transfer("North Korea", "Russia", ("artillery shells",),
             "North Korea has shipped millions of artillery shells to Russia",
             "North Korea's shipments of artillery shells to Russia",
             "shipping millions of artillery shells to Russia",
             "North Korea may have shipped millions of artillery shells to Russia"),
    Transfer("Iran", "Russia", ("ballistic missiles",),
             "Iran has delivered Fath-360 ballistic missiles to Russia",
             "Iran's delivery of Fath-360 ballistic missiles to Russia",
             "delivering Fath-360 ballistic missiles to Russia",
             "Iran may have delivered Fath-360 ballistic missiles to Russia"),
    Transfer("North Korea", "Russia", ("troops",),
             "Pyongyang has sent about 10,000 soldiers to Russia",
             "the deployment of about 10,000 North Korean soldiers to Russia",
             "sending about 10,000 soldiers to Russia",
             "Pyongyang may have sent about 10,000 soldiers to Russia"),
    Transfer("Russia", "North Korea", ("technology",),
             "Russia has given North Korea satellite technology",
             "Russia's transfer of satellite technology to North Korea",
             "giving satellite technology to North Korea",
             "Russia may have given North Korea satellite technology"),
)

# (surface form at the start of a sentence, canonical claimant, pronoun, is a state's voice)
CLAIMANTS = (
    ("The State Department", "United States", "it"),
    ("South Korea's National Intelligence Service", "South Korea", "it"),
    ("John Kirby, the White House national security spokesman,", "United States", "he"),
    ("Ukraine's military intelligence agency", "Ukraine", "it"),
    ("Beyond Parallel, a project of the Center for Strategic and International Studies,", "Beyond Parallel", "it"),
    ("The Institute for the Study of War", "Institute for the Study of War", "it"),
    ("U.S. officials", "United States", "they"),
    ("Britain's Ministry of Defence", "United Kingdom", "it"),
)

# name: (template, stance, certainty). {C} claimant, {c} claimant mid-sentence, {P} clause, {N} noun,
# {G} gerund phrase, {S} supplier, {H} hedged clause, {p} pronoun, {Pp} pronoun capitalised.
FRAMES: dict[str, tuple[str, str, str]] = {
    "said that": ("{C} said that {P}.", "asserts", "certain"),
    "said, no that": ("{C} said {P}.", "asserts", "certain"),
    "said on day": ("{C} said on Tuesday that {P}.", "asserts", "certain"),
    "clause, said": ("{P}, {c} said.", "asserts", "certain"),
    "clause, said in a statement": ("{P}, {c} said in a statement on Monday.", "asserts", "certain"),
    "clause, told reporters": ("{P}, {c} told reporters.", "asserts", "certain"),
    "according to, first": ("According to {c}, {P}.", "asserts", "certain"),
    "according to, last": ("{P}, according to {c}.", "asserts", "certain"),
    "in a statement, said": ("In a statement on Monday, {c} said {P}.", "asserts", "certain"),
    "told reporters that": ("{C} told reporters in Washington that {P}.", "asserts", "certain"),
    "alleged": ("{C} alleged that {P}.", "asserts", "certain"),
    "has accused of": ("{C} {has} accused {S} of {G}.", "asserts", "certain"),
    "confirmed": ("{C} confirmed that {P}.", "asserts", "certain"),
    "also said": ("{C} also said {P}.", "asserts", "certain"),
    "said in a report": ("{C} said in a report published on Monday that {P}.", "asserts", "certain"),
    "citing intelligence": ("Citing intelligence reports, {c} said {P}.", "asserts", "certain"),
    "pronoun next sentence": ("{C} briefed reporters on Monday. {Pp} said {P}.", "asserts", "certain"),
    "added": ("{C} spoke on Monday. {P}, {p} added.", "asserts", "certain"),
    "quoted": ("\u201c{Pcap},\u201d {c} said.", "asserts", "certain"),
    "nominal, pointed to": ("{C} pointed to {N}.", "asserts", "certain"),
    "nominal, condemned": ("{C} condemned {N}.", "asserts", "certain"),
    "says": ("{C} say{s} {P}.", "asserts", "certain"),
    "has said": ("{C} {has} said {P}.", "asserts", "certain"),
    "said in a statement that": ("{C} said in a statement that {P}.", "asserts", "certain"),
    "accused of": ("{C} accused {S} of {G}.", "asserts", "certain"),
    "claimed": ("{C} claimed that {P}.", "asserts", "certain"),
    "warned": ("{C} warned that {P}.", "asserts", "certain"),
    "reported": ("{C} reported that {P}.", "asserts", "certain"),
    "noted": ("{C} noted that {P}.", "asserts", "certain"),
    "wrote": ("{C} wrote that {P}.", "asserts", "certain"),
    "a spokesperson for": ("A spokesperson for {c} said {P}.", "asserts", "certain"),
    "clause, said, citing": ("{P}, {c} said on Monday, citing satellite imagery.", "asserts", "certain"),
    "clause, said in a report": ("{P}, {c} said in a report.", "asserts", "certain"),
    "which clause subject": ("{C}, which has tracked the war since 2022, said {P}.", "asserts", "certain"),
    "said it believed": ("{C} said {p} believed {P}.", "asserts", "probable"),
    "estimated": ("{C} estimated that {P}.", "asserts", "probable"),
    "believes": ("{C} believe{s} that {P}.", "asserts", "probable"),
    "assessed": ("{C} assessed that {P}.", "asserts", "probable"),
    "likely": ("{C} said {S} had likely {Pbare}.", "asserts", "probable"),
    "may have": ("{C} said {H}.", "asserts", "possible"),
    "suggested": ("{C} suggested that {P}.", "asserts", "possible"),
}

DENIER = {"North Korea": ("North Korea's foreign ministry", "Pyongyang"), "Russia": ("Kremlin spokesman Dmitry Peskov", "Moscow"),
          "Iran": ("Iran's foreign ministry", "Tehran")}

DENIALS: dict[str, str] = {
    "denied that": "{D} denied that {P}.",
    "rejected claims that": "{D} rejected claims that {P}.",
    "dismissed reports as": "{D} dismissed reports that {P} as \u201cabsurd.\u201d",
    "denied, nominal": "{D} denied {N}.",
    "called false": "{D} called allegations that {P} \u201cgroundless.\u201d",
}


def _bare(clause: str) -> str:
    """"North Korea has shipped X to Russia" -> "shipped X to Russia" (the participle phrase)."""
    words = clause.split()
    i = words.index("has") if "has" in words else 1
    return " ".join(words[i + 1:])


def cases() -> Iterator[dict[str, Any]]:
    for frame, (template, stance, certainty) in FRAMES.items():
        for surface, claimant, pronoun in CLAIMANTS:
            for t in TRANSFERS:
                mid = surface[0].lower() + surface[1:] if surface.startswith("The ") else surface
                sentence = template.format(C=surface, c=mid, P=t.clause, Pcap=t.clause[0].upper() + t.clause[1:],
                                           N=t.noun, G=t.gerund, S=t.supplier, H=t.hedged, Pbare=_bare(t.clause),
                                           p=pronoun, Pp=pronoun.capitalize(),
                                           has="have" if pronoun == "they" else "has", s="" if pronoun == "they" else "s")
                sentence = sentence.replace(",,", ",")
                yield {"frame": frame, "text": LEAD + sentence, "sentence": sentence.split(". ")[-1] if frame in ("pronoun next sentence", "added") else sentence,
                       "claimant": claimant, "supplier": t.supplier, "recipient": t.recipient, "items": t.items,
                       "stance": stance, "certainty": certainty}
    for frame, template in DENIALS.items():
        for t in TRANSFERS:
            for side in (t.supplier, t.recipient):
                if side not in DENIER:
                    continue
                for surface in DENIER[side]:
                    sentence = template.format(D=surface, P=t.clause, N=t.noun)
                    yield {"frame": "deny: " + frame, "text": LEAD + sentence, "sentence": sentence, "claimant": side,
                           "supplier": t.supplier, "recipient": t.recipient, "items": t.items, "stance": "denies",
                           "certainty": "certain"}


def whole(case: dict[str, Any], claims: list[Any], vocab: Vocabulary) -> bool:
    want = (canon(case["claimant"], vocab), canon(case["supplier"], vocab), canon(case["recipient"], vocab),
            norm_items(case["items"], vocab), case["stance"], case["certainty"])
    return any((canon(c.claimant, vocab), canon(c.supplier, vocab), canon(c.recipient, vocab), norm_items(c.items, vocab),
                c.stance, c.certainty) == want for c in claims)


def run(nlp: Any, vocab: Vocabulary) -> list[tuple[dict[str, Any], list[Any], bool]]:
    all_cases = list(cases())
    out = []
    for case, ex in zip(all_cases, extract_many(nlp, [(c["text"], PUBLISHER, None) for c in all_cases])):
        start = len(LEAD)
        claims = [c for c in ex.claims if c.end > start]
        out.append((case, claims, whole(case, claims, vocab)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default=None)
    parser.add_argument("--show", default=None, help="print the failing cases of this frame")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    vocab = load_vocabulary()
    nlp = load_pipeline(vocab, resolve_model(args.model))
    results = run(nlp, vocab)
    per: dict[str, list[bool]] = defaultdict(list)
    for case, _, ok in results:
        per[case["frame"]].append(ok)
    total = sum(ok for *_, ok in results)
    if args.json:
        print(json.dumps({"frames": {f: [sum(v), len(v)] for f, v in per.items()}, "whole": total, "cases": len(results)}))
    else:
        print("| frame | whole | cases |\n|---|---|---|")
        for frame, oks in per.items():
            print(f"| {frame} | {sum(oks)} | {len(oks)} |")
        print(f"| **all** | **{total}** ({total / len(results):.3f}) | {len(results)} |")
    if args.show:
        for case, claims, ok in results:
            if case["frame"] == args.show and not ok:
                print(f"\n{case['text'][len(LEAD):]}\n  want: {case['claimant']} {case['stance']} {case['certainty']} "
                      f"{case['supplier']}->{case['recipient']} {list(case['items'])}")
                for c in claims:
                    print(f"  got:  {c.claimant} {c.stance} {c.certainty} {c.supplier}->{c.recipient} {list(c.items)}")
                if not claims:
                    print("  got:  nothing")


if __name__ == "__main__":
    main()
