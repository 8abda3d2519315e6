"""The stages strung together: what the CLI, the tests and Python users call."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rdflib import Graph

from graph import ingest, link, rdf
from graph.errors import InputError
from graph.extract import extract_article
from graph.model import ArticleFacts


@dataclass
class BuildReport:
    """What a build did: articles read, files skipped (with the reason)."""

    articles: int = 0
    skipped: list[InputError] = field(default_factory=list)
    left_out: list[tuple[str, str]] = field(default_factory=list)  # (path, why): files in a folder that are no articles


def extract_all(
    paths: Sequence[Path],
    *,
    lang: str = "auto",
    published: date | None = None,
    model: str | None = None,
    strict: bool = False,
    on_error: Callable[[InputError], None] | None = None,
    progress: Callable[[Iterable], Iterable] | None = None,
    report: BuildReport | None = None,
    on_ignore: Callable[[str, str], None] | None = None,
) -> list[ArticleFacts]:
    """ingest -> nlp -> extract for every article under ``paths``.

    A bad file is reported through ``on_error`` and skipped; with ``strict`` it is raised.
    """
    report = report if report is not None else BuildReport()

    def skip(err: InputError) -> None:
        if strict:
            raise err
        report.skipped.append(err)
        if on_error:
            on_error(err)

    def leave_out(path: str, why: str) -> None:
        report.left_out.append((path, why))
        if on_ignore:
            on_ignore(path, why)

    articles = ingest.iter_articles(paths, lang=lang, published=published, on_error=skip, on_ignore=leave_out)
    if progress is not None:
        articles = progress(list(articles))  # read first, so the progress knows how many there are
    facts = []
    for article in articles:
        facts.append(extract_article(article, model=model))
        report.articles += 1
    return facts


def build_graph(paths: Sequence[Path], *, base: Graph | None = None, **options) -> tuple[Graph, BuildReport]:
    """Articles in, RDF graph out. ``base`` is an existing graph to append to."""
    report = BuildReport()
    facts = extract_all(paths, report=report, **options)
    kb = link.link(facts)
    graph = rdf.to_graph(kb)
    if base is not None:
        graph = rdf.merge(base, graph)
    return graph, report
