"""`newsgraph bench`: how fast extraction, start-up, workers, memory and queries are, in one run.

Everything is measured in this run on the same texts, so the numbers can be compared
with each other on whatever machine runs it:

- the floor: ``spacy.blank(lang)`` tokenising the corpus (no pipeline components);
- extraction (ingest excluded, pipelines already built) in tokens per second and its
  ratio to the floor, for the corpus and for one dense single-line article;
- start-up: ``newsgraph build`` of one short article in a fresh process;
- workers: extraction with W processes against one;
- peak memory (resident set) of ``newsgraph build`` at three corpus sizes;
- one large article (20 MB by default) built from the command line: the time, the peak
  memory, and that it is read whole (this was a test, and took most of the suite's time);
- the named queries on rdflib and on Oxigraph at three graph sizes, with load times.

The corpus is deterministic: our own sample sentences (German and English) recombined
with varied actors, amounts and dates, plus one dense article on a single line.
"""
from __future__ import annotations

import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from graph.model import Article

# (German name, English name) of donors and recipients; persons with their country
COUNTRIES = [
    ("Kanada", "Canada"), ("Deutschland", "Germany"), ("Japan", "Japan"), ("Norwegen", "Norway"),
    ("Frankreich", "France"), ("Italien", "Italy"), ("Schweden", "Sweden"), ("Dänemark", "Denmark"),
    ("Australien", "Australia"), ("Spanien", "Spain"), ("Polen", "Poland"), ("die Niederlande", "the Netherlands"),
]  # fmt: skip
RECIPIENTS = [
    ("der Ukraine", "Ukraine"), ("Moldau", "Moldova"), ("dem Sudan", "Sudan"), ("Jordanien", "Jordan"),
    ("dem Libanon", "Lebanon"), ("Haiti", "Haiti"), ("Syrien", "Syria"), ("Armenien", "Armenia"),
]  # fmt: skip
PERSONS = ["Mark Carney", "Friedrich Merz", "Keir Starmer", "Emmanuel Macron", "Mark Rutte", "Volodymyr Zelensky"]
SCALES = {"de": ["Millionen Euro", "Milliarden Euro", "Millionen Dollar"], "en": ["million euros", "billion dollars", "million dollars"]}
MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}  # fmt: skip
TEMPLATES = {
    "de": [
        "{donor} sagte {recipient} am {day}. {month} weitere {amount} {scale} zu.",
        "Die Regierung in Berlin teilte mit, {donor} stelle {recipient} {amount} {scale} für humanitäre Hilfe zur Verfügung.",
        "{person} traf am {day}. {month} in Brüssel mit {person2} zusammen.",
        "Nach Angaben des Ministeriums unterstützt {donor} {recipient} mit {amount} {scale} Militärhilfe.",
        "{person} telefonierte am Abend mit {person2}, wie ein Sprecher mitteilte.",
        "Die Gespräche dauerten mehrere Stunden; Einzelheiten wurden zunächst nicht bekannt.",
        "Seit Beginn des Krieges hat {donor} insgesamt {amount} {scale} bereitgestellt.",
        "Beobachter werteten den Besuch als Zeichen der Unterstützung.",
    ],
    "en": [
        "{donor} pledged {amount} {scale} to {recipient} on {month} {day}, the government said.",
        "{person} met {person2} in Brussels on {month} {day} to discuss the package.",
        "The foreign ministry said {donor} would provide {amount} {scale} in humanitarian aid to {recipient}.",
        "{person} spoke by phone with {person2} on Tuesday, an official said.",
        "{donor} announced {amount} {scale} in military aid for {recipient}.",
        "Talks lasted several hours and no details were released.",
        "Analysts said the visit was a sign of continued support.",
        "In total, {donor} has now provided {amount} {scale} since the war began.",
    ],
}
DENSE = {
    "de": "Kanada sagte der Ukraine 500 Millionen Dollar zu. Deutschland stellt Moldau 20 Millionen Euro zur Verfügung. ",
    "en": "Canada pledged $500 million to Ukraine. Germany will provide 20 million euros to Moldova. ",
}


def corpus(n: int, *, seed: int = 14, sentences: int = 12, dense_chars: int = 200_000) -> list[Article]:
    """``n`` articles (alternately German and English) plus one dense single-line German article."""
    from graph.ingest import make_article

    rnd = random.Random(seed)
    out = []
    for i in range(n):
        lang = "de" if i % 2 == 0 else "en"
        lines = [f"{'Hilfe' if lang == 'de' else 'Aid'} {i}: " + rnd.choice(TEMPLATES[lang][:2]).split(",")[0]]
        for _ in range(sentences):
            out_sentence = rnd.choice(TEMPLATES[lang]).format(**_slots(rnd, lang))
            lines.append(out_sentence[0].upper() + out_sentence[1:])
        out.append(make_article("\n".join(lines), source=f"bench/{i}", lang=lang))
    dense = (DENSE["de"] * (dense_chars // len(DENSE["de"]) + 1))[:dense_chars]
    out.append(make_article(dense, source="bench/dense", lang="de"))
    return out


def _slots(rnd: random.Random, lang: str) -> dict[str, str]:
    side = 0 if lang == "de" else 1
    person, person2 = rnd.sample(PERSONS, 2)
    return {
        "donor": rnd.choice(COUNTRIES)[side], "recipient": rnd.choice(RECIPIENTS)[side],
        "amount": str(rnd.choice([5, 20, 50, 120, 300, 750])), "scale": rnd.choice(SCALES[lang]),
        "day": str(rnd.randint(1, 28)), "month": rnd.choice(MONTHS[lang]), "person": person, "person2": person2,
    }  # fmt: skip


# --------------------------------------------------------------------------- measurements


@dataclass
class Report:
    articles: int
    tokens: int
    floor_tokens_per_s: float
    extract_tokens_per_s: float
    ratio: float
    dense_tokens_per_s: float
    dense_ratio: float
    startup_s: float
    workers: int
    workers_speedup: float
    memory: list[dict] = field(default_factory=list)
    queries: list[dict] = field(default_factory=list)
    machine: str = ""
    large: dict | None = None


def _median_time(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def floor_and_extraction(articles: Sequence[Article], *, repeat: int) -> dict[str, float]:
    """Tokens per second of spaCy's blank tokenizer and of the whole extraction, same texts."""
    import spacy

    from graph.extract import extract_article
    from graph.nlp import get_pipeline

    blank = {lang: spacy.blank(lang) for lang in ("de", "en")}
    for nlp in blank.values():
        nlp.max_length = 30_000_000
    regular, dense = list(articles[:-1]), articles[-1]
    for lang in ("de", "en"):
        get_pipeline(lang)  # start-up is measured on its own, and so are the first calls' lazy loads
        extract_article(next(a for a in regular if a.lang == lang) if any(a.lang == lang for a in regular) else dense)
    tokens = sum(len(blank[a.lang].make_doc(a.text)) for a in regular)
    dense_tokens = len(blank[dense.lang].make_doc(dense.text))
    floor = _median_time(lambda: [blank[a.lang].make_doc(a.text) for a in regular], repeat)
    extract = _median_time(lambda: [extract_article(a) for a in regular], repeat)
    dense_floor = _median_time(lambda: blank[dense.lang].make_doc(dense.text), repeat)
    dense_time = _median_time(lambda: extract_article(dense), 1)
    return {
        "tokens": tokens,
        "floor_tokens_per_s": tokens / floor,
        "extract_tokens_per_s": tokens / extract,
        "dense_tokens_per_s": dense_tokens / dense_time,
        "dense_floor_tokens_per_s": dense_tokens / dense_floor,
    }


def _write_jsonl(articles: Sequence[Article], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for a in articles:
            handle.write(json.dumps({"text": a.text, "lang": a.lang, "url": a.source}, ensure_ascii=False) + "\n")
    return path


_MEASURE = """
import resource, sys, time
start = time.perf_counter()
from graph.cli import main
try:
    main(sys.argv[1:])
finally:
    print(f"{time.perf_counter() - start:.3f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", file=sys.stderr)
"""


def build_in_subprocess(args: Sequence[str]) -> tuple[float, int]:
    """(seconds, peak resident KiB) of ``newsgraph ARGS`` in a fresh process."""
    result = subprocess.run([sys.executable, "-c", _MEASURE, *args], capture_output=True, text=True, timeout=3600)
    last = result.stderr.strip().splitlines()[-1] if result.stderr.strip() else ""
    if result.returncode != 0 or not re.fullmatch(r"[\d.]+ \d+", last):
        raise RuntimeError(f"newsgraph {' '.join(args)} failed: {result.stderr.strip()[-300:]}")
    seconds, kib = last.split()
    return float(seconds), int(kib)


def startup(tmp: Path) -> float:
    """Wall time of `newsgraph build` of one short article in a fresh process (median of three)."""
    text = tmp / "short.txt"
    text.write_text("Kanada sagte der Ukraine 500 Millionen Euro zu.\n", encoding="utf-8")
    times = [build_in_subprocess(["build", str(text), "-o", str(tmp / "short.nt"), "--workers", "1", "--quiet"])[0]
             for _ in range(3)]  # fmt: skip
    return statistics.median(times)


def workers_speedup(articles: Sequence[Article], workers: int, tmp: Path) -> float:
    """Extraction time with one process over the time with ``workers`` (pipelines already built)."""
    from graph import api

    path = _write_jsonl(articles[:-1], tmp / "workers.jsonl")
    one = _median_time(lambda: list(api.iter_facts([path], workers=1)), 1)
    many = _median_time(lambda: list(api.iter_facts([path], workers=workers)), 1)
    return one / many


def memory(sizes: Sequence[int], tmp: Path) -> list[dict]:
    """Peak resident memory of `newsgraph build` to N-Triples for each corpus size."""
    rows = []
    for n in sizes:
        path = _write_jsonl(corpus(n)[:-1], tmp / f"mem{n}.jsonl")
        seconds, kib = build_in_subprocess(["build", str(path), "-o", str(tmp / f"mem{n}.nt"), "--workers", "1", "--quiet"])
        triples = sum(1 for _ in (tmp / f"mem{n}.nt").open("rb"))
        rows.append({"articles": n, "triples": triples, "seconds": round(seconds, 2), "peak_mib": round(kib / 1024)})
    return rows


LARGE_PARAGRAPH = ("Der kanadische Premierminister sagte, Kanada werde der Ukraine helfen. "
                   "Die Regierung in Kiew dankte für die Unterstützung.\n")


def large_article(mb: float, tmp: Path) -> dict:
    """`newsgraph build` of one article of ``mb`` megabytes (ordinary lines) in a fresh process:
    seconds, peak memory, and the article node and Canada in the graph written."""
    path = tmp / "large.txt"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(LARGE_PARAGRAPH * (int(mb * 2**20) // len(LARGE_PARAGRAPH.encode()) + 1))
    out = tmp / "large.nt"
    seconds, kib = build_in_subprocess(["build", str(path), "-o", str(out), "--workers", "1", "--quiet"])
    graph = out.read_text(encoding="utf-8")
    if "ontology#Article>" not in graph or "<https://w3id.org/newsgraph/id/country/CA>" not in graph:
        raise RuntimeError(f"the graph of the {mb} MB article lacks its article node or Canada")
    return {"mb": mb, "bytes": path.stat().st_size, "seconds": round(seconds, 2), "peak_mib": round(kib / 1024),
            "triples": graph.count("\n")}


_COPIED = re.compile(r"(<https://w3id\.org/newsgraph/id/(?:pledge|meeting|amount|mention|article|build)/[^>]+)>")


def scaled_ntriples(base: Path, triples: int, out: Path) -> Path:
    """N-Triples of about ``triples`` triples: copies of ``base`` whose events, mentions and
    articles are renamed per copy (actors and places are shared, as in a real archive)."""
    lines = base.read_text(encoding="utf-8").splitlines()
    copies = max(1, -(-triples // max(1, len(lines))))
    with out.open("w", encoding="utf-8") as handle:
        for k in range(copies):
            for line in lines:
                handle.write(_COPIED.sub(lambda m: f"{m.group(1)}-{k}>", line) + "\n")
    return out


def _time_query(source, text: str, bindings: dict, timeout: float) -> float | str:
    """Seconds, or "timeout", or "error" (the engine failed on the query)."""
    from graph import query as queries
    from graph.errors import QueryError

    start = time.perf_counter()
    try:
        queries.run(source, text, bindings=bindings, timeout=timeout, limit=None)
    except queries.QueryTimeoutError:
        return "timeout"
    except QueryError:
        return "error"
    return time.perf_counter() - start


def query_base(articles: Sequence[Article], smallest: dict, triples: int, tmp: Path) -> Path:
    """The graph of as many corpus articles as give about ``triples`` triples (the smallest
    query size; larger sizes are copies of it)."""
    from graph import api, rdf

    per_article = max(1.0, smallest["triples"] / smallest["articles"])
    n = max(2, min(len(articles) - 1, round(triples / per_article)))
    path = _write_jsonl(articles[:n], tmp / "qbase.jsonl")
    graph, _ = api.build_graph([path])
    rdf.write_graph(graph, tmp / "qbase.nt")
    return tmp / "qbase.nt"


def query_times(base: Path, sizes: Sequence[int], tmp: Path, *, rdflib_max: int, timeout: float) -> list[dict]:
    """Load and named-query times on rdflib (up to ``rdflib_max`` triples) and on Oxigraph."""
    import pyoxigraph

    from graph import query as queries
    from graph.rdf import load_graph

    rows = []
    named = queries.named_queries()
    for size in sizes:
        path = scaled_ntriples(base, size, tmp / f"q{size}.nt")
        engines = []
        if size <= rdflib_max:
            start = time.perf_counter()
            engines.append(("rdflib", load_graph(path), time.perf_counter() - start))
        store = pyoxigraph.Store(str(tmp / f"store{size}"))
        start = time.perf_counter()
        store.bulk_load(path=str(path), format=pyoxigraph.RdfFormat.N_TRIPLES, to_graph=pyoxigraph.DefaultGraph())
        store.flush()
        engines.append(("oxigraph", store, time.perf_counter() - start))
        for engine, source, load in engines:
            row = {"engine": engine, "triples": len(source), "load_s": round(load, 2), "queries": {}}
            for name, q in sorted(named.items()):
                bindings = {p.variable: "Germany" for p in q.params}
                took = _time_query(source, q.text, bindings, timeout)
                row["queries"][name] = took if isinstance(took, str) else round(took, 3)
            rows.append(row)
        # the same queries straight on the store: without newsgraph's screening (rdflib's SPARQL parser)
        row = {"engine": "oxigraph*", "triples": len(store), "load_s": round(engines[-1][2], 2), "queries": {}}
        for name, q in sorted(named.items()):
            text = queries.bind(q.text, {p.variable: "Germany" for p in q.params})
            start = time.perf_counter()
            list(store.query(text))
            row["queries"][name] = round(time.perf_counter() - start, 3)
        rows.append(row)
        del engines, store
    return rows


def run(*, articles: int = 200, workers: int | None = None, repeat: int = 3, query_sizes: Sequence[int] = (10_000, 100_000, 1_000_000),
        rdflib_max: int = 100_000, timeout: float = 30.0, large_mb: int = 20,
        progress: Callable[[str], None] = lambda _: None) -> Report:
    """Every measurement of the benchmark, in one run."""
    from graph.api import default_workers

    workers = workers or default_workers()
    texts = corpus(articles)
    with tempfile.TemporaryDirectory(prefix="newsgraph-bench-") as name:
        tmp = Path(name)
        progress("floor and extraction")
        speed = floor_and_extraction(texts, repeat=repeat)
        progress("start-up")
        started = startup(tmp)
        progress(f"{workers} workers")
        speedup = workers_speedup(texts, workers, tmp) if workers > 1 else 1.0
        progress("memory")
        mem = memory([max(1, articles // 4), max(1, articles // 2), articles], tmp)
        progress("queries")
        base = query_base(texts, mem[0], min(query_sizes), tmp)
        queries = query_times(base, query_sizes, tmp, rdflib_max=rdflib_max, timeout=timeout)
        large = None
        if large_mb:
            progress(f"an article of {large_mb} MB")
            large = large_article(large_mb, tmp)
    return Report(
        articles=articles, tokens=int(speed["tokens"]),
        floor_tokens_per_s=round(speed["floor_tokens_per_s"]), extract_tokens_per_s=round(speed["extract_tokens_per_s"]),
        ratio=round(speed["extract_tokens_per_s"] / speed["floor_tokens_per_s"], 3),
        dense_tokens_per_s=round(speed["dense_tokens_per_s"]),
        dense_ratio=round(speed["dense_tokens_per_s"] / speed["floor_tokens_per_s"], 3),
        startup_s=round(started, 2), workers=workers, workers_speedup=round(speedup, 2), memory=mem, queries=queries,
        machine=f"{os.cpu_count()} cores, Python {sys.version.split()[0]}", large=large,
    )  # fmt: skip


def to_json(report: Report) -> str:
    return json.dumps(asdict(report), indent=2, ensure_ascii=False) + "\n"


def to_text(report: Report) -> str:
    r = report
    lines = [
        f"corpus: {r.articles} articles + 1 dense single-line article; {r.tokens:,} tokens ({r.machine})",
        f"floor (spacy.blank tokenizer)   {r.floor_tokens_per_s:>10,} tokens/s",
        f"extraction, 1 process           {r.extract_tokens_per_s:>10,} tokens/s   ratio to the floor {r.ratio:.3f}",
        f"dense single line               {r.dense_tokens_per_s:>10,} tokens/s   ratio to the floor {r.dense_ratio:.3f}",
        f"start-up (build of one article) {r.startup_s:>10.2f} s",
        f"{r.workers} workers against 1          {r.workers_speedup:>10.2f} x",
        "peak memory of `build -o .nt`: " + "; ".join(f"{m['articles']} articles ({m['triples']:,} triples) {m['peak_mib']} MiB in {m['seconds']} s" for m in r.memory),
    ]  # fmt: skip
    if r.large:
        lines.append(f"one article of {r.large['mb']} MB ({r.large['triples']:,} triples)   {r.large['seconds']:>8.2f} s, "
                     f"peak {r.large['peak_mib']} MiB")
    names = sorted({n for row in r.queries for n in row["queries"]})
    header = f"{'engine':<9}{'triples':>10}{'load s':>8}  " + " ".join(f"{n[:12]:>12}" for n in names)
    lines += ["named queries (seconds; 'timeout' = over the time limit, 'error' = the engine failed;",
              "  oxigraph* = the store alone, without newsgraph's screening of the query):", header]
    for row in r.queries:
        cells = " ".join(f"{_cell(row['queries'][n]):>12}" for n in names)
        lines.append(f"{row['engine']:<9}{row['triples']:>10,}{row['load_s']:>8.2f}  {cells}")
    return "\n".join(lines) + "\n"


def _cell(value: float | str) -> str:
    return value if isinstance(value, str) else f"{value:.3f}"
