"""The link stage: one record per real-world actor, pledge and meeting.

Pure: ``link(facts)`` takes the per-article records and returns a KnowledgeBase.
- Actors merge by key (the lexicon's or the slug of a full name); every surface
  form becomes an alt label; the first 25 mentions per article stay as evidence.
- Within and across articles, pledges with the same identity (donor, recipient,
  amount to two significant digits, currency, running total or not) merge by the one
  policy of ``graph.merge``, which the extract stage uses inside an article too; their
  evidence, and any differing figures, are all kept.
- Meetings merge by identity (participants, place, date, type, status).
- The articles are taken in the order of their ids, whatever order they came in, so
  that shards of a corpus merge into the same knowledge base (graph.shards).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from graph.lexicon import load_lexicon
from graph.merge import merge_meetings_by_key, merge_pledges
from graph.model import Actor, ArticleFacts, Evidence, KnowledgeBase


def _actors(facts: Sequence[ArticleFacts], used: dict[str, tuple[Evidence, ...]]) -> tuple[Actor, ...]:
    """``used``: actor key -> evidence of the events that name it (for an actor
    known only through an event, e.g. the host country of a visit)."""
    lex = load_lexicon()
    grouped: dict[str, list] = {}
    for f in facts:
        for m in f.mentions:
            grouped.setdefault(m.key, []).append((f.article.lang, m))
    for key in used:
        grouped.setdefault(key, [])
    actors = []
    for key in sorted(grouped):
        items = grouped[key]
        entry = lex.entry(key)
        if entry is not None and entry.region and key not in used:
            continue  # a region is an actor only where a pledge or meeting names it ("aid to Africa")
        if entry is not None:
            labels = tuple(sorted(entry.labels))
            kind = entry.kind
        else:
            first = items[0][1] if items else None
            if first is None:
                continue
            # an unknown person: the longest form seen is the canonical name
            name = max((m.name for _, m in items), key=len)
            labels = tuple(sorted({(lang, name) for lang, _ in items[:1]}))
            kind = first.kind
        canon = {label for _, label in labels}
        # every other surface form; "der Premierminister" (a role anaphor) is no name, nor is a seat of
        # government that stands for its state ("Kremlin", "Downing Street": another thing's name)
        alts = sorted({m.surface for _, m in items if m.surface not in canon and m.evidence.rule != "person.role_anaphor"
                       and m.form != "metonym"})
        evidence = {m.evidence for _, m in items} or set(used.get(key, ()))
        roles = [m.role for _, m in items if m.role]
        affs = [m.affiliation for _, m in items if m.affiliation]
        actors.append(
            Actor(
                key=key,
                kind=kind,
                labels=labels,
                alt_labels=tuple(alts),
                mentions=_capped(sorted(evidence, key=lambda e: (e.article_id, e.start, e.end, e.rule))),
                role=(entry.role if entry and entry.role else (roles[0] if roles else None)),
                affiliation=(entry.affiliation if entry and entry.affiliation else (affs[0] if affs else None)),
                wikidata=entry.wikidata if entry else None,
                iso_code=entry.iso_code if entry else None,
            )
        )
    return tuple(actors)


MAX_MENTIONS_PER_ARTICLE = 25


def _article_order(facts: ArticleFacts) -> tuple[str, str]:
    return facts.article.id, facts.article.source


def _capped(evidence: list) -> tuple:
    """The first mentions of an actor in each article: enough to show where it comes
    from without turning a 20 MB dump into millions of mention nodes."""
    out, seen = [], {}
    for e in evidence:
        seen[e.article_id] = seen.get(e.article_id, 0) + 1
        if seen[e.article_id] <= MAX_MENTIONS_PER_ARTICLE:
            out.append(e)
    return tuple(out)


def link(facts: Sequence[ArticleFacts]) -> KnowledgeBase:
    """The knowledge base of any number of articles' records, in any order.

    The records are taken in the order of their articles' ids (content hashes), so the
    result does not depend on the order in which articles were read or shards were merged.
    """
    facts = sorted(facts, key=_article_order)
    pledges = tuple(sorted(merge_pledges(p for f in facts for p in f.pledges), key=lambda p: p.key))
    meetings = tuple(sorted(merge_meetings_by_key(m for f in facts for m in f.meetings), key=lambda m: m.key))
    used: dict[str, tuple[Evidence, ...]] = {}
    for p in pledges:
        for k in (p.donor, p.recipient, p.announced_by):
            if k:
                used[k] = used.get(k, ()) + p.evidence
    for m in meetings:
        for k in m.participants:
            used[k] = used.get(k, ()) + m.evidence
    actors = _actors(facts, used)
    known = {a.key for a in actors}
    pledges = tuple(p for p in pledges if p.donor in known and (p.recipient is None or p.recipient in known))
    meetings = tuple(replace(m, participants=tuple(k for k in m.participants if k in known)) for m in meetings)
    articles = tuple(sorted({f.article.id: f.article for f in facts}.values(), key=lambda a: a.id))
    return KnowledgeBase(articles=articles, actors=actors, pledges=pledges, meetings=meetings)
