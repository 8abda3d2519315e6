"""The text of a Doc, computed once.

spaCy's ``Doc.text`` joins every token's text each time it is read, so reading it once
per amount or mention walks the whole document again and again (quadratic on dense
text). ``doc_text(doc)`` keeps the joined text in ``doc.user_data``. The text of a Doc
never changes after tokenisation (retokenising splits and merges tokens, not characters).
"""
from __future__ import annotations

from spacy.tokens import Doc

_KEY = "newsgraph_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
