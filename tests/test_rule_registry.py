"""The rule registry: every rule named by code is registered, every registered rule is named by
code, and every rule has its example and at least one positive and one negative row in the
per-rule tables (tests/test_rule_rows_*.py), in each of its languages."""
from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import date

import pytest

import graph.extract.meetings  # noqa: F401  (names its rules at import)
import graph.extract.pledges  # noqa: F401
from graph.extract import decisions
from graph.extract.rules import STEPS, registry, used
from graph.model import Article
from test_rule_rows_meeting import ROWS as MEETING_ROWS
from test_rule_rows_pledge import ROWS as PLEDGE_ROWS

ROWS = PLEDGE_ROWS + MEETING_ROWS
RULES = registry()


def article(text: str, lang: str) -> Article:
    body = ("Nachrichten\n" if lang == "de" else "News\n") + text
    digest = hashlib.sha256(body.encode()).hexdigest()
    return Article(id=digest[:16], title=body.splitlines()[0], text=body, lang=lang, source="test", sha256=digest,
                   published=date(2025, 8, 19))


def fired(text: str, lang: str) -> set[str]:
    return {r for d in decisions(article(text, lang)) for r in d.chain}


def test_every_registered_rule_is_named_by_code():
    assert sorted(set(RULES) - used()) == []


def test_rules_are_well_formed():
    for r in RULES.values():
        assert r.fact in ("pledge", "meeting"), r.id
        assert r.step in STEPS and r.langs and set(r.langs) <= {"de", "en"}, r.id
        assert r.says.strip(), r.id


def test_every_row_names_a_registered_rule_in_one_of_its_languages():
    assert [(rid, lang) for rid, lang, *_ in ROWS if rid not in RULES or lang not in RULES[rid].langs] == []


def test_every_rule_has_a_positive_row_per_language_and_a_negative_row():
    positive, negative = defaultdict(set), defaultdict(int)
    for rid, lang, _text, fires, _expected in ROWS:
        if fires:
            positive[rid].add(lang)
        else:
            negative[rid] += 1
    lacking = {r.id: sorted(set(r.langs) - positive[r.id]) for r in RULES.values() if set(r.langs) - positive[r.id]}
    assert lacking == {}, "rules without a positive row in these languages"
    assert sorted(r for r in RULES if not negative[r]) == [], "rules without a negative row"


@pytest.mark.parametrize("rule_id,lang,example", [(r.id, lang, ex) for r in RULES.values() for lang, ex in r.examples],
                         ids=lambda v: v if isinstance(v, str) and len(v) < 60 else None)
def test_the_rule_fires_on_its_registered_example(rule_id, lang, example):
    assert rule_id in fired(example, lang)


def test_every_rule_has_an_example_in_each_of_its_languages():
    assert {r.id: sorted(set(r.langs) - {lang for lang, _ in r.examples}) for r in RULES.values()
            if set(r.langs) - {lang for lang, _ in r.examples}} == {}
