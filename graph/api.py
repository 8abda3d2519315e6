"""The stages strung together: what the CLI, the tests and Python users call."""
from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import chain, islice
from pathlib import Path

from rdflib import Graph

from graph import ingest, link, rdf, shards
from graph.errors import InputError, UsageError
from graph.extract import extract_article
from graph.model import Article, ArticleFacts
from graph.spill import SpilledTriples


@dataclass
class BuildReport:
    """What a build did: articles read, files skipped (with the reason)."""

    articles: int = 0
    skipped: list[InputError] = field(default_factory=list)
    left_out: list[tuple[str, str]] = field(default_factory=list)  # (path, why): files in a folder that are no articles


def default_workers() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def check_workers(workers: int) -> int:
    if not isinstance(workers, int) or workers < 1:
        raise UsageError(f"--workers must be a whole number of at least 1, not {workers!r}")
    return workers


def extract(article: Article, *, model: str | None = None) -> ArticleFacts:
    """The per-article step, a pure function: one Article in, its records out.

    Picklable in and out, so that a pool, Dask, Ray or Spark can map it over a corpus;
    ``graph.link.link`` then merges the records of any number of articles.
    """
    return extract_article(article, model=model)


def extract_all(paths: Sequence[Path], **options) -> list[ArticleFacts]:
    """ingest -> nlp -> extract for every article under ``paths``; the options of :func:`iter_facts`.

    A bad file is reported through ``on_error`` and skipped; with ``strict`` it is raised.
    With ``workers`` > 1 the articles are extracted by that many processes; the records
    come back in the order of the articles, so the graph is the same as with one.
    """
    return list(iter_facts(paths, **options))


def iter_facts(
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
    workers: int = 1,
) -> Iterator[ArticleFacts]:
    """:func:`extract_all` as a stream: the records of each article as soon as they are read."""
    check_workers(workers)
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
    for facts in _extracted(articles, model=model, workers=workers):
        report.articles += 1
        yield facts


# Articles in the pool's hands at a time: enough to keep every worker busy, few enough
# that a corpus of any size is never held in memory at once.
BATCH_PER_WORKER = 8


WARM_UP = {
    "de": "Kanzler Friedrich Merz traf am Dienstag in Berlin den kanadischen Premierminister Mark Carney.\n"
          "Kanada sagte der Ukraine weitere 500 Millionen Euro Militärhilfe zu, teilte die Regierung mit.",
    "en": "Chancellor Friedrich Merz met Canadian Prime Minister Mark Carney in Berlin on Tuesday.\n"
          "Canada pledged a further $500 million in military aid to Ukraine, the government said.",
}


def _extracted(articles: Iterable[Article], *, model: str | None, workers: int) -> Iterator[ArticleFacts]:
    articles = iter(articles)
    window = workers * BATCH_PER_WORKER
    first = list(islice(articles, window if workers > 1 else 0))
    if workers == 1 or len(first) < 2:
        for article in chain(first, articles):
            yield extract_article(article, model=model)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = start_method()
    if method == "fork":
        from graph.nlp import get_pipeline

        # built and warmed here once (pipelines, lexicon tables, cue lists, caches filled on
        # first use), they are inherited by forked workers instead of built in each
        for lang in sorted({a.lang for a in first}):
            get_pipeline(lang, model)
            extract_article(ingest.make_article(WARM_UP[lang], source="warm-up", lang=lang), model=model)
    # an executor, not a Pool: a worker that dies makes get() raise instead of waiting forever
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method)) as pool:
        running: deque = deque()
        for article in chain(first, articles):
            running.append(pool.submit(_extract_one, (article, model)))
            if len(running) >= window:
                yield running.popleft().result()
        while running:
            yield running.popleft().result()


def start_method() -> str:
    """How worker processes start: forked where that is safe, else spawned.

    A fork copies only the thread that calls it; a lock that another thread held at that
    moment stays locked in the child for ever. So workers are forked (and inherit the
    warmed pipelines) only on Linux and only while no other Python thread runs (a server's,
    a progress bar's in a long-lived session: they hold the locks of streams, logging,
    imports) and no RocksDB thread does (an Oxigraph store was opened). Native thread pools
    that prepare for a fork, such as numpy's BLAS threads, do not count. Otherwise the
    workers are spawned and each builds its own pipelines.
    """
    import threading

    if not sys.platform.startswith("linux") or threading.active_count() > 1:
        return "spawn"
    try:
        tasks = os.listdir("/proc/self/task")
        names = [Path(f"/proc/self/task/{t}/comm").read_text().strip() for t in tasks]
    except OSError:
        return "fork"
    return "spawn" if any(name.startswith("rocksdb") for name in names) else "fork"


def _extract_one(job: tuple[Article, str | None]) -> ArticleFacts:
    article, model = job
    return extract_article(article, model=model)


def build_graph(
    paths: Sequence[Path], *, base: Graph | None = None, records: list[ArticleFacts] | None = None,
    only_to_write: bool = False, writes: Path | None = None, **options,
) -> tuple[Graph | rdf.TripleSet | SpilledTriples, BuildReport]:
    """Articles in, RDF graph out. ``base`` is an existing graph to append to; the records
    of the articles (without their texts) are added to ``records`` if one is given. With
    ``only_to_write`` and no ``base`` the graph is an ``rdf.TripleSet``, for ``rdf.write_graph``
    only, in a fraction of the memory of an rdflib Graph; if the file it ``writes`` is
    N-Triples, a ``graph.spill.SpilledTriples`` that keeps the triples in sorted runs on disk."""
    report = BuildReport()
    # the records without the article texts, which the graph does not hold: a corpus streams
    # through, and only what goes into the graph stays in memory
    facts = [shards.without_text(f) for f in iter_facts(paths, report=report, **options)]
    if records is not None:
        records.extend(facts)
    graph = rdf.to_graph(link.link(facts), into=rdf.triples_to_write(writes) if only_to_write and base is None else None)
    if base is not None:
        graph = rdf.merge(base, graph)
    return graph, report


def merge_shards(paths: Sequence[Path], *, records: list[ArticleFacts] | None = None) -> Graph:
    """The graph of the articles whose records the shard files hold (graph.shards): the same
    bytes as one build of all those articles, for any split, order or grouping of shards."""
    facts = [f for path in paths for f in shards.read(path)]
    if not facts:
        raise InputError(", ".join(str(p) for p in paths), "the shards hold no article")
    if records is not None:
        records.extend(facts)
    return rdf.to_graph(link.link(facts))
