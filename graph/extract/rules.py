"""The rule registry: every extraction rule by id, with its languages, what it says and an example.

The rules live as data in ``graph/data/rules/*.json`` (one file per kind of fact). Code names a
rule through :func:`rule`, which fails at import time for an id the registry lacks, in the spirit
of RDFLib's ``DefinedNamespace`` with ``_fail = True``; :func:`used` then tells which registered
rules no code names (the registry test fails for those).

Each fact records the rules that produced it, in order, as ``Evidence.chain``: the trigger, how
each role was chosen, the flags. ``newsgraph explain`` prints the chain and ``explain --rules``
the registry.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

STEPS = ("trigger", "block", "donor", "recipient", "amount", "flag", "participants", "type", "status", "place", "date", "merge")


@dataclass(frozen=True)
class Decision:
    """What became of one candidate (a figure with a pledge cue, a meeting cue): the fact it made,
    or the rule that refused it. ``newsgraph explain --refused`` prints the refusals."""

    sentence: str
    cue: str  # the words the candidate was read from (the figure, the meeting noun or verb)
    start: int  # their offsets in the parsed text
    end: int
    chain: tuple[str, ...]  # the rules asked, in order; the last is the refusal when there is one
    fact: object | None = None  # the Pledge or Meeting made
    refused: str | None = None


@dataclass
class Reading:
    """What every event reader carries through one parsed article (the drivers extend it with
    their own state from sentence to sentence)."""

    doc: object  # the spaCy Doc
    article: object  # the Article
    mentions: list  # its ActorMentions, in text order
    lang: str
    published: object  # a date or None


class UnknownRule(KeyError):
    """Code names a rule id that ``graph/data/rules`` does not register."""


@dataclass(frozen=True)
class Rule:
    id: str  # "pledge.donor.subject"
    step: str  # one of STEPS: what the rule decides
    langs: tuple[str, ...]  # the languages it applies to
    says: str  # one line: what the rule reads, with the words it reads
    examples: tuple[tuple[str, str], ...]  # (lang, a sentence of our own on which it fires)

    @property
    def fact(self) -> str:
        return self.id.split(".", 1)[0]


def _load(name: str, rows: list[dict]) -> list[Rule]:
    out = []
    for row in rows:
        if row["step"] not in STEPS:
            raise ValueError(f"rules/{name}: {row['id']}: unknown step {row['step']!r}")
        out.append(Rule(id=row["id"], step=row["step"], langs=tuple(row["langs"]), says=row["says"],
                        examples=tuple(sorted(row["examples"].items()))))
    return out


@cache
def registry() -> dict[str, Rule]:
    """Every registered rule by id, in file order."""
    rules: dict[str, Rule] = {}
    for res in sorted(files("graph.data.rules").iterdir(), key=lambda r: r.name):
        if not res.name.endswith(".json"):
            continue
        for r in _load(res.name, json.loads(res.read_text(encoding="utf-8"))):
            if r.id in rules:
                raise ValueError(f"rules/{res.name}: {r.id} is registered twice")
            rules[r.id] = r
    return rules


_USED: set[str] = set()


def rule(rule_id: str) -> str:
    """The id itself, checked against the registry: name rules through this at module level."""
    if rule_id not in registry():
        raise UnknownRule(f"rule {rule_id!r} is not registered in graph/data/rules")
    _USED.add(rule_id)
    return rule_id


def used() -> frozenset[str]:
    """The rule ids that imported code has named so far."""
    return frozenset(_USED)
