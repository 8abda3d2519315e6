"""Evidence records: the sentence (without surrounding white space) and the matched words."""
from __future__ import annotations

from spacy.tokens import Span

from graph.model import Evidence


def make_evidence(sent: Span, start: int, end: int, article_id: str, rule: str, *, chain: tuple[str, ...] = ()) -> Evidence:
    text = sent.text
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    s_start = sent.start_char + lead
    return Evidence(
        article_id=article_id,
        sentence=stripped,
        sent_start=s_start,
        sent_end=s_start + len(stripped),
        start=max(start, s_start),
        end=min(end, s_start + len(stripped)),
        rule=rule,
        chain=chain,
    )
