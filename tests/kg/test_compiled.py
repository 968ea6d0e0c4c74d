"""The compiled attribute ruler and lemmatizer give tokens exactly what the model's own components give."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from kg.compiled import compile_ruler, replace_attribute_ruler, replace_lemmatizer
from kg.extract import resolve_model

DATA = Path(__file__).resolve().parents[1] / "data"

#: Contractions, dialect spellings, "there is", auxiliaries, pronoun cases, determiners used as
#: pronouns, odd whitespace: the exceptions among the model's patterns, two-token ones included.
EDGE_CASES = [
    "We're gonna go, y'all. There is a ship in Rajin. Gotta run, let's go!  \n\n  It was done.",
    "I did it. He didn't. Don't do it. What did she say? That is his. Somethin' nothin' ol' 'em c'mon",
    "There were 73 railcars; there's no doubt. Y'all'll see 'nuff. You gave it to me and I told you.",
    "Has he? She had had enough. Do they? It does. Those who did. That which was sent.\t\u00a0 end",
    "Sha'n't, won't, can't. Let's see what Moscow's got. Gotta go; gonna be late.",
    "",
    "   ",
]


def _texts() -> list[str]:
    texts = list(EDGE_CASES)
    for name in ("devset", "dev5", "dev6"):
        path = DATA / name / "articles.jsonl"
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


def _tokens(doc):
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


@pytest.fixture(scope="module")
def pipelines():
    shipped = spacy.load(resolve_model())
    compiled = spacy.load(resolve_model())
    assert replace_attribute_ruler(compiled)
    assert replace_lemmatizer(compiled)
    return shipped, compiled


def test_compiled_ruler_sets_the_same_attributes_as_spacys(pipelines):
    shipped, compiled = pipelines
    assert "osint_attribute_rules" in compiled.pipe_names and "attribute_ruler" not in compiled.pipe_names
    assert "attribute_ruler" in compiled.disabled and "lemmatizer" in compiled.disabled
    assert compiled.pipe_names.index("osint_attribute_rules") < compiled.pipe_names.index("osint_lemmas")
    texts = _texts()
    n = 0
    for a, b in zip(shipped.pipe(texts), compiled.pipe(texts), strict=True):
        assert _tokens(a) == _tokens(b), a.text[:80]
        n += len(a)
    assert n > 5000
    # The same again with the memo warm, which is how long runs see it.
    for a, b in zip(shipped.pipe(EDGE_CASES), compiled.pipe(EDGE_CASES), strict=True):
        assert _tokens(a) == _tokens(b)


def test_later_patterns_win_and_two_token_patterns_set_the_indexed_token():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns([
        {"patterns": [[{"LOWER": "ship"}]], "attrs": {"POS": "NOUN", "LEMMA": "ship"}},
        {"patterns": [[{"LOWER": {"IN": ["ship", "ships"]}}]], "attrs": {"POS": "VERB"}},
        {"patterns": [[{"LOWER": "to"}, {"LOWER": {"REGEX": "^sh"}}]], "attrs": {"LEMMA": "SEND"}, "index": 1},
        {"patterns": [[{"LOWER": {"NOT_IN": ["to", "ship"]}}]], "attrs": {"POS": "X"}},
    ])
    expected = [(t.text, t.pos_, t.lemma_) for t in nlp("They ship arms to ship ships to Russia")]
    compiled = compile_ruler(ruler)
    assert compiled is not None
    doc = compiled(nlp.make_doc("They ship arms to ship ships to Russia"))
    assert [(t.text, t.pos_, t.lemma_) for t in doc] == expected
    assert expected[4] == ("ship", "VERB", "SEND") and expected[0][1] == "X"


def test_patterns_it_cannot_compile_leave_spacys_ruler_in_place():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns([{"patterns": [[{"LOWER": "ship", "OP": "+"}]], "attrs": {"POS": "NOUN"}}])
    assert compile_ruler(ruler) is None
    assert replace_attribute_ruler(nlp) is False
    assert nlp.pipe_names == ["attribute_ruler"]
    nlp2 = spacy.blank("en")
    ruler2 = nlp2.add_pipe("attribute_ruler")
    ruler2.add_patterns([{"patterns": [[{"LENGTH": {">=": 3}}]], "attrs": {"POS": "NOUN"}}])
    assert compile_ruler(ruler2) is None


def test_the_extraction_pipeline_runs_them(nlp):
    assert "osint_attribute_rules" in nlp.pipe_names and "osint_lemmas" in nlp.pipe_names
    assert "attribute_ruler" not in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names
