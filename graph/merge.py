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
    """One record per pledge key, in order of first appearance.

    The same as folding ``merge_pledge`` over each key's records, but the evidence is
    gathered and sorted once per key at the end: merged one restatement at a time, a pledge
    stated n times re-sorted its evidence n times (quadratic in a dense text)."""
    by_key: dict[str, Pledge] = {}
    gathered: dict[str, list[Evidence]] = {}
    for p in pledges:
        old = by_key.get(p.key)
        if old is None:
            by_key[p.key] = p
            continue
        by_key[p.key] = merge_pledge(replace(old, evidence=()), replace(p, evidence=()))
        gathered.setdefault(p.key, list(old.evidence if p.key not in gathered else ())).extend(p.evidence)
    return [replace(p, evidence=_evidence(tuple(gathered[k]), ())) if k in gathered else p for k, p in by_key.items()]


def merge_meetings_by_key(meetings: Iterable[Meeting]) -> list[Meeting]:
    """One record per meeting key (participants, place, date, type, status), all evidence kept
    (gathered, then sorted once per key, as in ``merge_pledges``)."""
    by_key: dict[str, Meeting] = {}
    gathered: dict[str, list[Evidence]] = {}
    for m in meetings:
        if m.key not in by_key:
            by_key[m.key] = m
            continue
        gathered.setdefault(m.key, list(by_key[m.key].evidence)).extend(m.evidence)
    return [replace(m, evidence=_evidence(tuple(gathered[k]), ())) if k in gathered else m for k, m in by_key.items()]
