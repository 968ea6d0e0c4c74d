"""The model's rule-based components, compiled into table lookups (same output, a fraction of the time).

Two of the English model's components are Python rules that work token by token: the
``attribute_ruler`` and the rule ``lemmatizer``. Their output for a token depends only on a few of
its attributes, and news text repeats the same tokens, so each is worked out once per distinct
token and looked up after that. ``tests/kg/test_compiled.py`` checks, on development texts and on
hand-made edge cases, that tokens come out identical (POS, tag, morphology, lemma, dependency) to
spaCy's own components.

The attribute ruler
-------------------

The English models ship an ``attribute_ruler`` of ~180 token patterns (the tag map: tag -> POS and
morphology, plus lemma and POS exceptions such as "gonna" or "there is"). spaCy runs them through
its ``Matcher``, whose ``IN``/``NOT_IN``/``REGEX`` predicates are Python calls on every token: about
30 us a token, a tenth of the whole model's time on news text, more than our own claim rules.

:class:`CompiledAttributeRuler` reads the same patterns from the loaded model and applies them the
way ``AttributeRuler`` does: every pattern is matched before any attribute is set, and where several
match a token the later pattern wins. A token's single-token matches depend only on the token's own
attributes, so they are worked out once per distinct (text, tag, dependency, ...) and looked up
after that; the few two-token patterns are checked at each position. Patterns it cannot compile
(operators, extension attributes, attributes other than those listed in :data:`_ATTRS`) leave the
model's own ruler in place: :func:`compile_ruler` then returns ``None``.

The lemmatizer
--------------
spaCy's rule lemmatizer already caches lemmas by (text, POS, morphology), but still pays a Python
call and a ``Token`` per token (~6 us); :class:`CompiledLemmatizer` reads those three columns with
``Doc.to_array``, looks the lemma up, and asks spaCy's lemmatizer only for a token it has not seen.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, NORM, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

__all__ = ["CompiledAttributeRuler", "CompiledLemmatizer", "compile_ruler", "replace_attribute_ruler",
           "replace_lemmatizer"]

#: Token attributes a compiled pattern may test, with how to read each from ``Doc.to_array``.
_ATTRS = {"LOWER": LOWER, "TAG": TAG, "DEP": DEP, "IS_SPACE": IS_SPACE, "ORTH": ORTH, "TEXT": ORTH, "NORM": NORM}

Predicate = Callable[[dict[str, Any]], bool]


def _predicate(attr: str, spec: Any) -> Predicate | None:
    """A test of one attribute of a token (given as a dict of its values), or None if not compilable."""
    if attr not in _ATTRS:
        return None
    if attr == "TEXT":
        attr = "ORTH"
    if not isinstance(spec, dict):
        return lambda t: t[attr] == spec
    tests: list[Predicate] = []
    for op, arg in spec.items():
        if op == "IN":
            values = frozenset(arg)
            tests.append(lambda t, v=values: t[attr] in v)
        elif op == "NOT_IN":
            values = frozenset(arg)
            tests.append(lambda t, v=values: t[attr] not in v)
        elif op == "REGEX":
            rx = re.compile(arg)
            tests.append(lambda t, r=rx: bool(r.search(t[attr])))
        else:  # ==, >=, IS_SUBSET, FUZZY...: leave it to spaCy's Matcher
            return None
    return lambda t: all(test(t) for test in tests)


def _token_test(pattern_token: dict[str, Any]) -> Predicate | None:
    tests = []
    for attr, spec in pattern_token.items():
        test = _predicate(attr.upper(), spec)
        if test is None:
            return None
        tests.append(test)
    return lambda t: all(test(t) for test in tests)


class CompiledAttributeRuler:
    """Applies an ``AttributeRuler``'s patterns by lookup; see the module docstring."""

    #: Distinct tokens remembered; past this the memo starts again (bounded memory on long runs).
    MEMO_SIZE = 200_000

    def __init__(
        self,
        single: list[tuple[int, Predicate, dict]],
        single_keys: list[tuple[str, Any] | None],
        multi: list[tuple[int, list[Predicate], int, dict]],
        used: list[str],
    ):
        self.single = single  # (order, test, attrs) for one-token patterns
        self.multi = multi  # (order, tests per token, index of the token set, attrs)
        self.used = used  # attribute names the patterns read
        self._columns = [_ATTRS[a] for a in used]
        self._memo: dict[tuple, tuple[list[tuple[int, dict]], frozenset]] = {}
        # One-token patterns filed under the value one of their attributes must equal ("TAG": "NN"),
        # so that a token seen for the first time is tested against a handful of them, not all.
        self._always: list[tuple[int, Predicate, dict]] = []
        self._by_value: dict[tuple[str, Any], list[tuple[int, Predicate, dict]]] = {}
        for rule, keys in zip(single, single_keys):
            if keys:
                self._by_value.setdefault(keys, []).append(rule)
            else:
                self._always.append(rule)

    def _lookup(self, key: tuple, strings: Any) -> tuple[list[tuple[int, dict]], frozenset]:
        token = {}
        for name, value in zip(self.used, key):
            token["ORTH" if name == "TEXT" else name] = bool(value) if name == "IS_SPACE" else strings[value]
        candidates = list(self._always)
        for name in ("LOWER", "TAG", "ORTH", "DEP"):
            if name in token:
                candidates += self._by_value.get((name, token[name]), ())
        candidates.sort(key=lambda rule: rule[0])
        hits = [(order, attrs) for order, test, attrs in candidates if test(token)]
        steps = frozenset(
            (p, k) for p, (_, tests, _, _) in enumerate(self.multi) for k, test in enumerate(tests) if test(token)
        )
        if len(self._memo) >= self.MEMO_SIZE:
            self._memo.clear()
        self._memo[key] = found = (hits, steps)
        return found

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        strings = doc.vocab.strings
        memo = self._memo
        found = [memo.get(key) or self._lookup(key, strings) for key in map(tuple, doc.to_array(self._columns).reshape(len(doc), -1).tolist())]
        hits = [f[0] for f in found]
        if self.multi:
            n = len(found)
            for i, (_, steps) in enumerate(found):
                if not steps:
                    continue
                for p, k in steps:
                    if k:
                        continue
                    order, tests, index, attrs = self.multi[p]
                    width = len(tests)
                    if i + width <= n and all((p, j) in found[i + j][1] for j in range(1, width)):
                        at = i + index if index >= 0 else i + width + index
                        hits[at] = [*hits[at], (order, attrs)]
        for token, matched in zip(doc, hits):
            if len(matched) == 1:
                set_token_attrs(token, matched[0][1])
            elif matched:
                for _, attrs in sorted(matched, key=lambda m: m[0]):
                    set_token_attrs(token, attrs)
        return doc


def compile_ruler(ruler: Any) -> CompiledAttributeRuler | None:
    """The compiled form of a spaCy ``AttributeRuler``, or None when a pattern cannot be compiled."""
    single, single_keys, multi, used = [], [], [], set()
    for order, (normed, index) in enumerate(zip(ruler.attrs, ruler.indices)):
        _, patterns = ruler.matcher.get(str(order))
        for pattern in patterns:
            if not pattern or any(not isinstance(t, dict) or "OP" in t for t in pattern):
                return None
            tests = [_token_test(t) for t in pattern]
            if any(t is None for t in tests):
                return None
            if not -len(pattern) <= index < len(pattern):
                return None
            used.update(a.upper() for t in pattern for a in t)
            if len(pattern) == 1:
                single.append((order, tests[0], dict(normed)))
                single_keys.append(_equality_key(pattern[0]))
            else:
                multi.append((order, tests, index, dict(normed)))
    return CompiledAttributeRuler(single, single_keys, multi, sorted(used))


def _equality_key(pattern_token: dict[str, Any]) -> tuple[str, Any] | None:
    """An (attribute, value) the token must have for the pattern to match, if there is one."""
    for name in ("LOWER", "TAG", "ORTH", "DEP"):
        for attr, spec in pattern_token.items():
            attr = "ORTH" if attr.upper() == "TEXT" else attr.upper()
            if attr == name and not isinstance(spec, dict):
                return (name, spec)
    return None


@Language.factory("osint_attribute_rules")
def _make(nlp: Language, name: str) -> CompiledAttributeRuler:
    """The compiled form of the pipeline's own ``attribute_ruler`` (see :func:`replace_attribute_ruler`)."""
    compiled = compile_ruler(nlp.get_pipe("attribute_ruler")) if "attribute_ruler" in nlp.component_names else None
    if compiled is None:
        raise ValueError("osint_attribute_rules needs a compilable attribute_ruler in the pipeline")
    return compiled


def replace_attribute_ruler(nlp: Language) -> bool:
    """Run the model's ``attribute_ruler`` compiled: add ``osint_attribute_rules`` after it and
    disable it. Returns False (and changes nothing) if the model has none or it cannot be compiled."""
    if "attribute_ruler" not in nlp.pipe_names or compile_ruler(nlp.get_pipe("attribute_ruler")) is None:
        return False
    nlp.add_pipe("osint_attribute_rules", after="attribute_ruler")
    nlp.disable_pipe("attribute_ruler")
    return True


class CompiledLemmatizer:
    """Applies a rule ``Lemmatizer`` by lookup on (orth, POS, morphology); see the module docstring."""

    MEMO_SIZE = 200_000

    def __init__(self, lemmatizer: Any):
        self.lemmatizer = lemmatizer
        self.overwrite = bool(lemmatizer.overwrite)
        self._memo: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        memo = self._memo
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not self.overwrite:
                continue
            key = (orth, pos, morph)
            value = memo.get(key)
            if value is None:
                if len(memo) >= self.MEMO_SIZE:
                    memo.clear()
                value = memo[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            doc[i].lemma = value
        return doc


@Language.factory("osint_lemmas")
def _make_lemmas(nlp: Language, name: str) -> CompiledLemmatizer:
    """The compiled form of the pipeline's own rule ``lemmatizer`` (see :func:`replace_lemmatizer`)."""
    return CompiledLemmatizer(nlp.get_pipe("lemmatizer"))


def replace_lemmatizer(nlp: Language) -> bool:
    """Run the model's rule ``lemmatizer`` by lookup: add ``osint_lemmas`` after it and disable it.
    Returns False (and changes nothing) if the model has none or it is not a rule lemmatizer."""
    if "lemmatizer" not in nlp.pipe_names or getattr(nlp.get_pipe("lemmatizer"), "mode", None) != "rule":
        return False
    probe = nlp.make_doc("was")  # spaCy's own call checks its tables (a clear error if missing)
    probe[0].pos_ = "AUX"
    nlp.get_pipe("lemmatizer")(probe)
    nlp.add_pipe("osint_lemmas", after="lemmatizer")
    nlp.disable_pipe("lemmatizer")
    return True
