"""One merge policy for the records of one real-world event, inside an article and across articles.

Pure functions: the extract stage merges the restatements of a pledge within an article with
``merge_pledges``, and the link stage merges the same pledge read in several articles with the
same function, so both decide "same pledge" (``Pledge.key``: donor, recipient, amount to two
significant digits, currency, running total or not) and combine the records alike.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from graph.model import Evidence, Meeting, Pledge


def _evidence(a: tuple[Evidence, ...], b: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
    """Every piece of evidence once, in article and text order."""
    return tuple(sorted(set(a + b), key=lambda e: (e.article_id, e.start, e.end, e.rule)))


def merge_pledge(old: Pledge, new: Pledge) -> Pledge:
    """Two records of the same pledge as one: all evidence kept; a differing figure kept beside
    the first as an alternative amount, never overwritten; the first known detail wins."""
    alts = old.alt_amounts + tuple(a for a in new.alt_amounts if a not in old.alt_amounts)
    if new.amount is not None and old.amount is not None and new.amount.value != old.amount.value and new.amount not in alts:
        alts = alts + (new.amount,)
    return replace(
        old,
        evidence=_evidence(old.evidence, new.evidence),
        alt_amounts=alts,
        announced_by=old.announced_by or new.announced_by,
        occasion=old.occasion or new.occasion,
        date=old.date or new.date,
        kind=old.kind if old.kind != "other" else new.kind,
        part_of=old.part_of or new.part_of,
    )


def merge_pledges(pledges: Iterable[Pledge]) -> list[Pledge]:
    """One record per pledge key, in order of first appearance."""
    by_key: dict[str, Pledge] = {}
    for p in pledges:
        by_key[p.key] = p if p.key not in by_key else merge_pledge(by_key[p.key], p)
    return list(by_key.values())


def merge_meetings_by_key(meetings: Iterable[Meeting]) -> list[Meeting]:
    """One record per meeting key (participants, place, date, type, status), all evidence kept."""
    by_key: dict[str, Meeting] = {}
    for m in meetings:
        old = by_key.get(m.key)
        by_key[m.key] = m if old is None else replace(old, evidence=_evidence(old.evidence, m.evidence))
    return list(by_key.values())
