"""Why is a fact in the graph? Per fact: what was read, from which sentence, by which rule.

Pure: ``explain(facts)`` turns ArticleFacts into plain records the CLI prints.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from graph.extract.meetings import CHECKED as MEETING_CHECKS
from graph.extract.pledges import CHECKED as PLEDGE_CHECKS
from graph.extract.rules import Decision, Rule, registry
from graph.lexicon import load_lexicon
from graph.model import ArticleFacts, Evidence


@dataclass(frozen=True)
class Explanation:
    kind: str  # "pledge" | "meeting" | "actor"
    fact: str  # one line in words
    rule: str
    sentence: str
    exact: str  # the matched words
    article: str
    chain: tuple[str, ...] = ()  # every rule that decided, in order (the trigger first)
    passed: tuple[str, ...] = ()  # the blockers asked and passed, in order


def _name(key: str | None) -> str:
    if key is None:
        return "?"
    entry = load_lexicon().entry(key)
    if entry is not None:
        return entry.label("en")
    return key.split(":", 1)[-1].replace("-", " ").title()


def _amount(value, currency: str, qualifier: str | None, inferred: bool) -> str:
    text = f"{value:,.0f} {currency}"
    if inferred:
        text += " (currency inferred)"
    return f"{qualifier} {text}" if qualifier else text


def _rows(kind: str, fact: str, evidence: Iterable[Evidence], title: str, passed: tuple[str, ...] = ()) -> list[Explanation]:
    return [Explanation(kind, fact, e.rule, e.sentence, e.exact, title, e.chain or (e.rule,), passed) for e in evidence]


def refusals(decisions: Iterable[Decision], title: str) -> list[Explanation]:
    """The candidates that made no fact, each with the rules asked and the one that refused it."""
    return [Explanation("refused", f"{d.cue!r}: {_says(d.refused)}", d.refused or "", d.sentence, d.cue, title, d.chain)
            for d in decisions if d.refused]


def _says(rule_id: str | None) -> str:
    r = registry().get(rule_id or "")
    return r.says if r is not None else str(rule_id)


def rule_rows(*, lang: str | None = None) -> list[Rule]:
    """The registry, for ``newsgraph explain --rules``: every rule, or those of one language."""
    return [r for r in registry().values() if lang is None or lang in r.langs]


def explain(facts: Iterable[ArticleFacts], *, actors: bool = False) -> list[Explanation]:
    out: list[Explanation] = []
    for f in facts:
        title = f.article.title
        for p in f.pledges:
            flags = [p.kind]
            if p.cumulative:
                flags.append("running total")
            if p.part_of:
                flags.append("part of a larger package")
            if p.announced_by:
                flags.append(f"announced by {_name(p.announced_by)}")
            amount = _amount(p.amount.value, p.amount.currency, p.amount.qualifier, p.amount.currency_inferred) if p.amount else "no amount"
            alts = "".join(f" = {_amount(a.value, a.currency, a.qualifier, a.currency_inferred)}" for a in p.alt_amounts)
            fact = f"{_name(p.donor)} -> {_name(p.recipient)}: {amount}{alts} [{', '.join(flags)}]"
            out += _rows("pledge", fact, p.evidence, title, PLEDGE_CHECKS)
        for m in f.meetings:
            where = f" in {m.place}" if m.place else ""
            when = f" on {m.date}" if m.date else ""
            fact = f"{m.type} ({m.status}): {', '.join(_name(k) for k in m.participants)}{where}{when}"
            out += _rows("meeting", fact, m.evidence, title, MEETING_CHECKS)
        if actors:
            for mention in f.mentions:
                fact = f"{mention.kind} {_name(mention.key)} as {mention.surface!r}"
                if mention.role:
                    fact += f", {mention.role}" + (f" of {_name(mention.affiliation)}" if mention.affiliation else "")
                out += _rows("actor", fact, [mention.evidence], title)
    return out
