"""The extract stage: a parsed article in, ArticleFacts out.

Submodules are pure functions over a spaCy Doc and the article:
``actors`` (mentions), ``amounts`` and ``dates`` (values), ``pledges`` and
``meetings`` (events). ``extract_article`` runs the NLP stage and all of them.
"""
from __future__ import annotations

from graph.model import Article, ArticleFacts


def extract_article(article: Article, *, model: str | None = None) -> ArticleFacts:
    from graph.extract.actors import find_actors
    from graph.extract.meetings import find_meetings
    from graph.extract.pledges import find_pledges, merge_restated
    from graph.nlp import parse

    doc = parse(article.text, lang=article.lang, model=model)
    mentions = find_actors(doc, article, lang=article.lang)
    pledges = merge_restated(find_pledges(doc, article, mentions, lang=article.lang, published=article.published))
    meetings = find_meetings(doc, article, mentions, lang=article.lang, published=article.published)
    return ArticleFacts(article=article, mentions=tuple(mentions), pledges=tuple(pledges), meetings=tuple(meetings))
