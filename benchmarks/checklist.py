"""Attribution frames crossed with claimants and transfers: which ways of saying who claims what fail.

    python benchmarks/checklist.py [--suite tests/data/checklist/wire.json ...] [--show FRAME] [--json]

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
attribute, not from the rules. Suites are JSON files under tests/data/checklist/ (each says who
wrote it and what they had read); the placeholders are listed below.

Prints, per suite and frame, how many cases came out whole, and the total. ``--show FRAME`` prints that
frame's failing cases with what was extracted.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.extraction import canon, norm_items  # noqa: E402
from kg.build import publisher_iri  # noqa: E402
from kg.extract import extract_many, load_pipeline, resolve_model  # noqa: E402
from kg.ontology import Vocabulary, load_vocabulary  # noqa: E402

PUBLISHER = "Harbour Wire"
SUITES = sorted((ROOT / "tests" / "data" / "checklist").glob("*.json"))

# Placeholders in a frame's template: {C} the claimant as a sentence opens with it, {c} mid-sentence,
# {P} the transfer as a clause, {Pcap} capitalised, {Pbare} its participle phrase ("shipped shells
# to Russia"), {N} as a noun phrase, {G} as a gerund phrase ("of shipping shells to Russia"), {H}
# hedged with "may", {S} the supplier, {p} / {Pp} the claimant's pronoun, {has} / {s} agreement
# with it; {d} / {Dc} the claimant's description ("the think tank", from its "description") and {n}
# its short name ("Kirby", from "short"), for frames of several sentences. A denial's template has {D} (the denier), {P} and {N}. A frame may say what it expects:
# "claim" (the default: the claimant's claim), "publisher" (the outlet's own claim) or "none" (no
# claim at all: a refusal to confirm, absence of evidence, a hypothetical). A frame of several
# sentences puts ⟦ before the one under test: only claims from there on are scored.


TARGET = "\u27e6"  # ⟦ before the sentence under test, in a frame of several sentences


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _bare(clause: str) -> str:
    """"North Korea has shipped X to Russia" -> "shipped X to Russia" (the participle phrase)."""
    words = clause.split()
    i = words.index("has") if "has" in words else 1
    return " ".join(words[i + 1:])


def _target(lead: str, sentence: str) -> dict[str, Any]:
    """The case's text, and where the sentence under test starts: at TARGET in the template (a frame
    of several sentences marks its last one so), else after the lead."""
    text = lead + sentence
    mark = text.find(TARGET)
    return {"text": text.replace(TARGET, ""), "start": mark if mark >= 0 else len(lead)}


def cases(suite: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The suite's cases: each frame with each claimant and transfer, each hand-written case (a suite's
    ``"cases"``: its text, optional ``"publisher"``, and the ``"claim"`` it states, null for none), each
    denial with each transfer and each denier of its supplier or recipient."""
    lead = suite.get("lead", "")
    for frame in suite.get("frames", []):
        for who in suite["claimants"]:
            for t in suite["transfers"]:
                surface, pronoun = who["surface"], who["pronoun"]
                mid = surface[0].lower() + surface[1:] if surface.startswith("The ") else surface
                sentence = frame["template"].format(
                    C=surface, c=mid, P=t["clause"], Pcap=t["clause"][0].upper() + t["clause"][1:], N=t["noun"],
                    G=t["gerund"], S=t["supplier"], H=t["hedged"], Pbare=_bare(t["clause"]), p=pronoun,
                    Pp=pronoun.capitalize(), has="have" if pronoun == "they" else "has", s="" if pronoun == "they" else "s",
                    d=who.get("description", mid), Dc=_cap(who.get("description", surface)), n=who.get("short", mid),
                ).replace(",,", ",")
                expect = frame.get("expect", "claim")
                yield {"frame": frame["name"], **_target(lead, sentence), "lead": len(lead), "expect": expect,
                       "claimant": PUBLISHER if expect == "publisher" else who["claimant"], "supplier": t["supplier"],
                       "recipient": t["recipient"], "items": tuple(t["items"]), "stance": frame["stance"],
                       "certainty": frame["certainty"]}
    for i, case in enumerate(suite.get("cases", [])):
        # a hand-written case: its own text (⟦ before the sentence under test), publisher and claim
        want = case.get("claim") or {}
        yield {"frame": case.get("frame", f"case {i + 1}"), **_target("", case["text"]),
               "expect": "none" if case.get("claim") is None else "claim", "publisher": case.get("publisher", PUBLISHER),
               "claimant": want.get("claimant"), "supplier": want.get("supplier"), "recipient": want.get("recipient"),
               "items": tuple(want.get("items", ())), "stance": want.get("stance", "asserts"),
               "certainty": want.get("certainty", "certain")}
    for frame in suite.get("denials", []):
        for t in suite["transfers"]:
            for side in (t["supplier"], t["recipient"]):
                for surface in suite["deniers"].get(side, []):
                    sentence = frame["template"].format(D=surface, P=t["clause"], N=t["noun"])
                    yield {"frame": "deny: " + frame["name"], **_target(lead, sentence), "lead": len(lead), "expect": "claim", "claimant": side,
                           "supplier": t["supplier"], "recipient": t["recipient"], "items": tuple(t["items"]),
                           "stance": "denies", "certainty": "certain"}


def whole(case: dict[str, Any], claims: list[Any], vocab: Vocabulary) -> bool:
    """The case's claim is among the claims, all of it right; for a frame that states no claim
    (``"expect": "none"``), nothing was extracted."""
    if case["expect"] == "none":
        return not claims
    want = (canon(case["claimant"], vocab), canon(case["supplier"], vocab), canon(case["recipient"], vocab),
            norm_items(case["items"], vocab), case["stance"], case["certainty"])
    return any((canon(c.claimant, vocab), canon(c.supplier, vocab), canon(c.recipient, vocab), norm_items(c.items, vocab),
                c.stance, c.certainty) == want for c in claims)


def run(nlp: Any, vocab: Vocabulary, suite: dict[str, Any]) -> list[tuple[dict[str, Any], list[Any], bool]]:
    """Each case with the claims extracted from the sentence under test on, and whether one is whole."""
    all_cases = list(cases(suite))
    out = []
    triples = [(c["text"], c.get("publisher", PUBLISHER), publisher_iri(vocab, c.get("publisher", PUBLISHER))) for c in all_cases]
    for case, ex in zip(all_cases, extract_many(nlp, triples)):
        claims = [c for c in ex.claims if c.end > case["start"]]
        out.append((case, claims, whole(case, claims, vocab)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--suite", nargs="+", type=Path, default=SUITES, help="suite files (default: tests/data/checklist/*.json)")
    parser.add_argument("--model", default=None)
    parser.add_argument("--show", default=None, help="print the failing cases of this frame")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    vocab = load_vocabulary()
    nlp = load_pipeline(vocab, resolve_model(args.model))
    report = {}
    for path in args.suite:
        suite = json.loads(path.read_text(encoding="utf-8"))
        results = run(nlp, vocab, suite)
        per: dict[str, list[bool]] = defaultdict(list)
        for case, _, ok in results:
            per[case["frame"]].append(ok)
        total = sum(ok for *_, ok in results)
        report[path.stem] = {"frames": {f: [sum(v), len(v)] for f, v in per.items()}, "whole": total, "cases": len(results)}
        if not args.json:
            print(f"## {path.stem}\n\n| frame | whole | cases |\n|---|---|---|")
            for frame, oks in per.items():
                print(f"| {frame} | {sum(oks)} | {len(oks)} |")
            print(f"| **all** | **{total}** ({total / len(results):.3f}) | {len(results)} |\n")
        if args.show:
            for case, claims, ok in results:
                if case["frame"] == args.show and not ok:
                    print(f"{case['text'][case.get('lead', 0):]}\n  want: {case['claimant']} {case['stance']} {case['certainty']} "
                          f"{case['supplier']}->{case['recipient']} {list(case['items'])}")
                    for c in claims:
                        print(f"  got:  {c.claimant} {c.stance} {c.certainty} {c.supplier}->{c.recipient} {list(c.items)}")
                    if not claims:
                        print("  got:  nothing")
    if args.json:
        print(json.dumps(report))


if __name__ == "__main__":
    main()
