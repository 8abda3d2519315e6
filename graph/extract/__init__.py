"""The extract stage: a parsed article in, ArticleFacts out.

Submodules are pure functions over a spaCy Doc and the article:
``actors`` (mentions), ``amounts`` and ``dates`` (values), ``pledges`` and
``meetings`` (events). ``extract_article`` runs the NLP stage and all of them.

Long articles are read in chunks of whole lines (about 100,000 characters each),
streamed through ``nlp.pipe``; offsets are shifted back onto the article's text,
so evidence always points into ``Article.text``.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from graph.model import (
    ActorMention,
    Article,
    ArticleFacts,
    Evidence,
    Meeting,
    Money,
    Pledge,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

CHUNK = 100_000


def chunks(text: str, *, size: int = CHUNK) -> Iterator[tuple[int, str]]:
    """(offset, piece) with pieces cut after a line break (or a full stop, or anywhere) near ``size``."""
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            if cut == -1:
                cut = text.rfind(". ", start + size // 2, end)
            if cut != -1:
                end = cut + 1
        yield start, text[start:end]
        start = end


def _ev(e: Evidence, off: int) -> Evidence:
    return replace(e, sent_start=e.sent_start + off, sent_end=e.sent_end + off, start=e.start + off, end=e.end + off)


def _money(m: Money | None, off: int) -> Money | None:
    return None if m is None else replace(m, start=m.start + off, end=m.end + off)


def _shift_mention(m: ActorMention, off: int) -> ActorMention:
    return replace(m, start=m.start + off, end=m.end + off, evidence=_ev(m.evidence, off))


def _shift_pledge(p: Pledge, off: int) -> Pledge:
    return replace(p, amount=_money(p.amount, off), alt_amounts=tuple(_money(a, off) for a in p.alt_amounts),
                   evidence=tuple(_ev(e, off) for e in p.evidence))


def _shift_meeting(m: Meeting, off: int) -> Meeting:
    return replace(m, evidence=tuple(_ev(e, off) for e in m.evidence))


def _givers(pledges: list[Pledge]) -> tuple[tuple[str, int], ...]:
    """(donor, where the pledge was read) of new pledges (not running totals), in text order: who
    may have attended a donor conference named near it."""
    return tuple((p.donor, p.evidence[0].sent_start) for p in pledges if not p.cumulative)


def _parsed(article: Article, model: str | None) -> Iterator[tuple[int, Doc, list[ActorMention], dict]]:
    """(offset, parsed chunk, its actor mentions, the readers' options) for each chunk of the article."""
    from graph.extract.actors import find_actors
    from graph.nlp import get_pipeline

    nlp = get_pipeline(article.lang, model)
    pieces = list(chunks(article.text))
    kw = {"lang": article.lang, "published": article.published}
    for (offset, _), doc in zip(pieces, nlp.pipe(text for _, text in pieces)):
        yield offset, doc, find_actors(doc, article, lang=article.lang), kw


def extract_article(article: Article, *, model: str | None = None) -> ArticleFacts:
    from graph.extract.meetings import find_meetings, merge_meetings
    from graph.extract.pledges import find_pledges, merge_restated

    mentions: list[ActorMention] = []
    pledges: list[Pledge] = []
    meetings: list[Meeting] = []
    n_chunks = 0
    for offset, doc, found, kw in _parsed(article, model):
        n_chunks += 1
        read = find_pledges(doc, article, found, **kw)
        pledges += [_shift_pledge(p, offset) for p in read]
        meetings += [_shift_meeting(m, offset) for m in find_meetings(doc, article, found, donors=_givers(read), **kw)]
        mentions += [_shift_mention(m, offset) for m in found]
    if n_chunks > 1:
        meetings = merge_meetings(meetings, mentions)
    return ArticleFacts(article=article, mentions=tuple(mentions), pledges=tuple(merge_restated(pledges)), meetings=tuple(meetings))


def decisions(article: Article, *, model: str | None = None) -> list:
    """Every candidate the event rules read in the article, in text order, with the fact it
    made or the rule that refused it (``graph.extract.rules.Decision``). Offsets are shifted onto
    the article's text like the facts'."""
    from graph.extract.meetings import meeting_decisions
    from graph.extract.pledges import pledge_decisions

    out = []
    for offset, doc, found, kw in _parsed(article, model):
        pledged = pledge_decisions(doc, article, found, **kw)
        givers = _givers([d.fact for d in pledged if d.fact is not None])
        read = pledged + meeting_decisions(doc, article, found, donors=givers, **kw)
        out += [replace(d, start=d.start + offset, end=d.end + offset) for d in sorted(read, key=lambda d: d.start)]
    return out
