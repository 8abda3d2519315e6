"""The `newsgraph` command: a thin layer over graph.api and the stage modules.

Each sub-command parses options, calls one function, prints. Errors raised as
``NewsgraphError`` become one line on stderr and the error's exit code.
"""
from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import Optional

import typer

from graph import __version__
from graph.errors import NewsgraphError, UsageError

app = typer.Typer(
    name="newsgraph",
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help=(
        "Build a knowledge graph of actors, pledges and meetings from German and English news.\n\n"
        "Example:\n\n"
        "  newsgraph build articles/ --output output/graph.ttl --html output/graph.html\n\n"
        "  newsgraph query output/graph.ttl pledges"
    ),
)

DEFAULT_TTL = Path("output/graph.ttl")
DEFAULT_HTML = Path("output/graph.html")
LANGS = ("auto", "de", "en")


def fail(message: str, code: int = 1) -> None:
    typer.echo(f"newsgraph: {message}", err=True)
    raise typer.Exit(code)


def parse_published(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--published must be a date as YYYY-MM-DD, not {value!r}") from None


def check_lang(value: str) -> str:
    if value not in LANGS:
        raise UsageError(f"--lang must be one of {', '.join(LANGS)}, not {value!r}")
    return value


def sample_paths() -> list[Path]:
    """The sample articles that ship inside the package."""
    from importlib.resources import files

    folder = files("graph.data.samples")
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith((".txt", ".md")))


def check_distinct_outputs(output: Path, html: Optional[Path]) -> None:
    """The graph and the page cannot be one file."""
    if html is not None and Path(html).resolve() == Path(output).resolve():
        raise UsageError(f"--html and --output name the same file ({output}); give the page its own file")


def progress_bar(items: list, *, console=None):
    """Yield ``items`` while a bar on stderr shows how many of how many are done, and the time left."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("Reading articles"),
        BarColumn(),
        TextColumn("{task.completed} of {task.total}"),
        TimeElapsedColumn(),
        TextColumn("elapsed,"),
        TimeRemainingColumn(),
        TextColumn("left"),
    )
    # redrawn after each article instead of by a timer thread: workers are forked only
    # from a process with one thread (graph.api.start_method)
    with Progress(*columns, console=console or Console(stderr=True), transient=True, auto_refresh=False) as bar:
        yield from bar.track(items, total=len(items))


@app.command()
def build(
    paths: list[Path] = typer.Argument(None, help="Article files or folders (.txt, .md, .html, .jsonl). Default: the bundled samples."),
    output: Path = typer.Option(None, "--output", "-o", help="Graph file; format by suffix: .ttl .nt .jsonld .trig. Default: output/graph.ttl"),
    html: Optional[Path] = typer.Option(None, "--html", help="Also write the graph page here. Default with no --output: output/graph.html"),
    lang: str = typer.Option("auto", "--lang", help="auto (per article), de or en"),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD, to resolve 'on Tuesday'"),
    model: Optional[str] = typer.Option(None, "--model", help="An installed trained spaCy pipeline to use instead of the rule-based one"),
    append: Optional[Path] = typer.Option(None, "--append", help="Add the articles to this existing graph (written back to --output, or to itself)"),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first bad file instead of skipping it"),
    store: Optional[str] = typer.Option(None, "--store", help="Also load the graph into a persistent Oxigraph store, e.g. oxigraph:store/ (added to what it holds)"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar"),
    workers: Optional[int] = typer.Option(None, "--workers", "-j", help="Processes that read articles. Default: the number of cores"),
    facts: Optional[Path] = typer.Option(None, "--facts", help="Also write the articles' records to this shard file (.facts.gz), for `newsgraph merge`"),
) -> None:
    """Read articles, extract actors, pledges and meetings, write RDF (and the HTML page).

    Example: newsgraph build articles/ --output output/graph.ttl --html output/graph.html --published 2025-08-24
    """
    from graph import api, rdf

    check_lang(lang)
    day = parse_published(published)
    workers = api.check_workers(workers) if workers is not None else api.default_workers()
    if not paths:
        paths = sample_paths()
        if output is None and html is None:
            html = DEFAULT_HTML
    if output is None:
        output = append if append is not None else DEFAULT_TTL
        if html is None and append is None:
            html = DEFAULT_HTML
    check_distinct_outputs(output, html)
    rdf.check_output(output, inputs=paths)
    if html is not None:
        from graph import viz  # pyvis and the page's templates: only for a page

        viz.check_output(html, inputs=paths)
    records = check_facts_output(facts, [output, html], inputs=paths)
    base = rdf.load_graph(append) if append is not None else None

    def on_error(err: Exception) -> None:
        typer.echo(f"newsgraph: skipped {err}", err=True)

    def on_ignore(path: str, why: str) -> None:
        typer.echo(f"newsgraph: left out {path}: {why}", err=True)

    progress = progress_bar if not quiet and sys.stderr.isatty() else None
    graph, report = api.build_graph(
        paths, base=base, lang=lang, published=day, model=model, strict=strict, on_error=on_error, progress=progress,
        on_ignore=on_ignore,
        workers=workers, records=records, only_to_write=html is None and store is None, writes=output,
    )
    if report.articles == 0:
        fail("no article could be read from " + ", ".join(str(p) for p in paths), 3)
    from graph.io import cleanup_on_signals, replace_together

    cleanup_on_signals()
    with replace_together():  # the graph, the page and the shard are replaced together, or none is
        rdf.write_graph(graph, output)
        if html is not None:
            viz.write_html(graph, html)
        write_facts(facts, records)
    if store is not None:
        from graph.store import load_into_store, open_store

        triples = load_into_store(open_store(store), graph)
        typer.echo(f"{store}: {triples} triples in the store", err=True)
    summary = f"{report.articles} article(s) -> {output}" + (f", {html}" if html else "")
    if report.skipped:
        summary += f"; {len(report.skipped)} file(s) skipped"
    if report.left_out:
        summary += f"; {len(report.left_out)} file(s) left out as no articles"
    typer.echo(summary, err=True)
    if report.skipped:
        raise typer.Exit(10)


def check_facts_output(facts: Optional[Path], others: list[Optional[Path]], *, inputs: list[Path]) -> Optional[list]:
    """Before any work: a usable shard path for --facts (or None); the list its records go to."""
    if facts is None:
        return None
    from graph.io import check_writable
    from graph.shards import SUFFIX

    if not str(facts).endswith(SUFFIX):
        fail(f"--facts {facts}: a shard file's name ends with {SUFFIX}", 2)
    if any(other is not None and Path(other).resolve() == Path(facts).resolve() for other in others):
        fail(f"--facts {facts} is also another output; choose another file", 2)
    check_writable(facts, inputs=inputs)
    return []


def write_facts(facts: Optional[Path], records: Optional[list]) -> None:
    if facts is not None:
        from graph import shards

        shards.write(records or [], facts)


@app.command()
def merge(
    paths: list[Path] = typer.Argument(..., metavar="SHARD", help="Shard files (.facts.gz) written by `newsgraph build --facts` or graph.shards.write"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Graph file; format by suffix: .ttl .nt .jsonld .trig"),
    html: Optional[Path] = typer.Option(None, "--html", help="Also write the graph page here"),
    facts: Optional[Path] = typer.Option(None, "--facts", help="Also write the merged records to this shard file (.facts.gz)"),
) -> None:
    """Merge shards into one graph: the same bytes as one build of all their articles.

    Example: newsgraph build part1/ --facts p1.facts.gz -o p1.nt && newsgraph build part2/ --facts p2.facts.gz -o p2.nt && newsgraph merge p1.facts.gz p2.facts.gz --output all.nt
    """
    from graph import api, rdf

    if output is None and html is None and facts is None:
        fail("merge needs --output, --html or --facts", 2)
    if output is not None:
        check_distinct_outputs(output, html)
        rdf.check_output(output, inputs=paths)
    if html is not None:
        from graph import viz

        viz.check_output(html, inputs=paths)
    records = check_facts_output(facts, [output, html], inputs=paths)
    graph = api.merge_shards(paths, records=records)
    from graph.io import cleanup_on_signals, replace_together

    cleanup_on_signals()
    with replace_together():
        if output is not None:
            rdf.write_graph(graph, output)
        if html is not None:
            viz.write_html(graph, html)
        write_facts(facts, records)
    written = ", ".join(str(p) for p in (output, html, facts) if p is not None)
    typer.echo(f"{len(paths)} shard(s) -> {written}", err=True)


@app.command()
def samples(
    folder: Path = typer.Argument(Path("articles"), help="Folder to copy the sample articles into (made if missing). Default: articles"),
) -> None:
    """Copy the four bundled sample articles into a folder, to try newsgraph on files of your own.

    Example: newsgraph samples articles/ && newsgraph build articles/ --published 2025-06-25
    """
    from graph.io import atomic_write_bytes, check_writable

    sources = sample_paths()
    targets = [Path(folder) / source.name for source in sources]
    for target in targets:
        check_writable(target, inputs=sources)
    for source, target in zip(sources, targets):
        atomic_write_bytes(target, source.read_bytes())
    typer.echo(f"newsgraph: {len(targets)} sample articles -> {folder}", err=True)


@app.command()
def query(
    graph: Optional[str] = typer.Argument(None, help="Graph file (.ttl .nt .jsonld .trig ...) or oxigraph:FOLDER"),
    query_or_name: Optional[str] = typer.Argument(None, metavar="[QUERY_OR_NAME]", help="SPARQL text, or the name of a bundled query (see --list)"),
    file: Optional[Path] = typer.Option(None, "--file", "-f", help="Read the query from this .rq file"),
    fmt: str = typer.Option("table", "--format", help="table, csv, tsv, json, xml; for CONSTRUCT/DESCRIBE: turtle, jsonld, nt, xml"),
    param: Optional[list[str]] = typer.Option(None, "--param", "-p", help="name=value for a query parameter (repeatable)"),
    list_queries: bool = typer.Option(False, "--list", help="List the bundled queries with their parameters and exit"),
    timeout: float = typer.Option(30.0, "--timeout", help="Stop the query after this many seconds"),
    max_rows: int = typer.Option(100_000, "--max-rows", help="Refuse results with more rows than this"),
    memory: int = typer.Option(1024, "--memory", help="Stop the query when it needs more than this many MB"),
) -> None:
    """Run a SPARQL query, or a bundled query by name, on a graph.

    Example: newsgraph query output/graph.ttl pledges-by-donor --param donor=Kanada --format csv
    """
    from graph import query as queries

    if list_queries:
        for named in queries.named_queries().values():
            typer.echo(f"{named.name:<18} {named.description}")
            for p in named.params:
                typer.echo(f"{'':<18}   --param {p.name}=…  {p.help}")
        return
    if graph is None:
        raise UsageError("name the graph to query, e.g. newsgraph query output/graph.ttl pledges (or --list)")
    if fmt not in queries.FORMATS:
        raise UsageError(f"--format must be one of {', '.join(queries.FORMATS)}, not {fmt!r}")
    queries.check_limits(timeout=timeout, max_rows=max_rows, memory_mb=memory)
    text, bindings = queries.resolve(query_or_name, file=file, params=queries.parse_params(param))
    # an Oxigraph store is opened by the query's worker process, not here (see graph.engine.OxigraphEngine)
    source = graph if graph.startswith("oxigraph:") else queries.load_source(graph)
    result = queries.run(source, text, bindings=bindings, timeout=timeout, limit=max_rows, memory_mb=memory)
    if fmt == "table" and result.form == "SELECT":
        from rich.console import Console

        from graph.tables import print_result

        print_result(Console(), result)  # a table fitted to the terminal, or one block per row
    else:
        sys.stdout.write(queries.format_result(result, fmt))


@app.command()
def serve(
    graph: str = typer.Argument(..., help="Graph file or oxigraph:FOLDER"),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback by default)"),
    port: int = typer.Option(8000, "--port", help="Port; 0 picks a free one"),
    timeout: float = typer.Option(10.0, "--timeout", help="Seconds a query may run"),
    max_rows: int = typer.Option(10_000, "--max-rows", help="Largest result served, in rows or triples"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Do not log requests"),
    cors: Optional[str] = typer.Option(None, "--cors", help="Let web pages of this origin (or '*': any) read answers; none by default"),
    workers: int = typer.Option(4, "--workers", help="Query worker processes: queries that run at once"),
    memory: int = typer.Option(1024, "--memory", help="MB a query may use; a query needing more is stopped"),
) -> None:
    """Serve the graph read-only as a SPARQL 1.1 endpoint at /sparql, and its page at /.

    Example: newsgraph serve output/graph.ttl --port 8000
    """
    from graph import query as queries
    from graph.serve import check_options, make_server

    check_options(port=port, timeout=timeout, max_rows=max_rows, workers=workers, memory_mb=memory, cors=cors)
    source = graph if graph.startswith("oxigraph:") else queries.load_source(graph)
    server = make_server(source, host=host, port=port, timeout=timeout, max_rows=max_rows, quiet=quiet,
                         cors=cors, workers=workers, memory_mb=memory)
    typer.echo(f"newsgraph: serving {graph} at {server.url} (Ctrl-C to stop)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@app.command()
def push(
    graph: Path = typer.Argument(..., help="Graph file to send"),
    endpoint: str = typer.Option(..., "--endpoint", help="Graph Store HTTP Protocol URL, e.g. http://localhost:7878/store"),
    graph_iri: Optional[str] = typer.Option(
        None, "--graph",
        help="Named graph IRI. Default: the store's default graph; a store that has none (Virtuoso) gets the named graph https://w3id.org/newsgraph/graph",
    ),
    replace: bool = typer.Option(False, "--replace", help="Replace the target graph (PUT) instead of adding to it (POST)"),
) -> None:
    """Send a graph to a triple store over the SPARQL 1.1 Graph Store HTTP Protocol.

    Example: newsgraph push output/graph.ttl --endpoint http://localhost:7878/store --graph https://example.org/news
    """
    from graph import rdf, store
    from graph.push import push_graph

    store.graph_store_url(endpoint, graph_iri)  # a bad URL is a usage error before the graph is read
    data = rdf.load_graph(graph)
    done = push_graph(data, endpoint, graph_iri=graph_iri, replace=replace)
    note = f"; the store has no default graph, so they went to the named graph <{done.graph_iri}>" if done.fallback else ""
    typer.echo(f"newsgraph: {len(data)} triples {'replaced' if replace else 'added'} at {done.url} (HTTP {done.status}){note}", err=True)


@app.command()
def export(
    graph: Path = typer.Argument(..., help="Graph file"),
    fmt: str = typer.Option(..., "--format", help="graphml, pledges-csv or plover (JSON lines)"),
    output: Path = typer.Option(..., "--output", "-o", help="File to write"),
) -> None:
    """Export the graph for other tools: GraphML, a pledges CSV, or PLOVER-style JSON lines.

    Example: newsgraph export output/graph.ttl --format pledges-csv --output output/pledges.csv
    """
    from graph import export as exports
    from graph import rdf
    from graph.io import check_writable

    if fmt not in exports.FORMATS:
        raise UsageError(f"--format must be one of {', '.join(exports.FORMATS)}, not {fmt!r}")
    check_writable(output, inputs=[graph])
    exports.export(rdf.load_graph(graph), fmt=fmt, output=output, inputs=[graph])
    typer.echo(f"newsgraph: {fmt} -> {output}", err=True)


@app.command()
def html(
    graph: Path = typer.Argument(..., help="Graph file (.ttl .nt .jsonld .trig ...)"),
    output: Path = typer.Option(DEFAULT_HTML, "--output", "-o", help="Page to write. Default: output/graph.html"),
    title: str = typer.Option("newsgraph", "--title", help="Heading and window title of the page"),
    max_nodes: int = typer.Option(5000, "--max-nodes", help="Draw at most this many actors (the best-connected); the page says what it left out"),
) -> None:
    """Draw a graph file as one offline HTML page: search, filters and the sentences behind each edge.

    Example: newsgraph html output/graph.ttl --output output/graph.html
    """
    from graph import rdf, viz

    if max_nodes < 1:
        raise UsageError(f"--max-nodes must be a whole number of at least 1, not {max_nodes}")
    viz.check_output(output, inputs=[graph])
    viz.write_html(rdf.load_graph(graph), output, title=title, inputs=[graph], max_nodes=max_nodes)
    typer.echo(f"newsgraph: {graph} -> {output}", err=True)


@app.command()
def explain(
    paths: Optional[list[Path]] = typer.Argument(None, help="Article files or folders"),
    lang: str = typer.Option("auto", "--lang", help="auto (per article), de or en"),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD"),
    actors: bool = typer.Option(False, "--actors", help="Also explain every actor mention"),
    refused: bool = typer.Option(False, "--refused", help="Also show each figure or meeting cue that made no fact, and the rule that refused it"),
    rules: bool = typer.Option(False, "--rules", help="Print the rule registry (id, languages, what it reads, examples) and exit"),
    model: Optional[str] = typer.Option(None, "--model", help="An installed trained spaCy pipeline"),
) -> None:
    """Print every fact with the sentence and the rules that produced it, in order.

    Example: newsgraph explain article.txt --published 2025-08-19
    Example: newsgraph explain --rules --lang de
    """
    from graph.explain import rule_rows

    check_lang(lang)
    if rules:
        _print_rules(rule_rows(lang=None if lang == "auto" else lang))
        return
    if not paths:
        raise UsageError("give the articles to explain, or --rules for the rule registry")
    _explain_articles(paths, lang=lang, published=published, actors=actors, refused=refused, model=model)


def _print_rules(rows) -> None:
    for r in rows:
        typer.echo(f"{r.id}  [{r.step}; {', '.join(r.langs)}]")
        typer.echo(f"    {r.says}")
        for lang, example in r.examples:
            typer.echo(f"    {lang}: {example}")


def _explain_articles(paths: list[Path], *, lang: str, published: Optional[str], actors: bool, refused: bool,
                      model: Optional[str]) -> None:
    from graph import api
    from graph.explain import explain as explain_facts
    from graph.explain import refusals
    from graph.extract import decisions

    report = api.BuildReport()
    facts = api.extract_all(paths, lang=lang, published=parse_published(published), model=model, report=report,
                            on_error=lambda err: typer.echo(f"newsgraph: skipped {err}", err=True),
                            on_ignore=lambda path, why: typer.echo(f"newsgraph: left out {path}: {why}", err=True))
    if report.articles == 0:
        fail("no article could be read from " + ", ".join(str(p) for p in paths), 3)
    rows = explain_facts(facts, actors=actors)
    if refused:
        rows += [row for f in facts for row in refusals(decisions(f.article, model=model), f.article.title)]
    if not rows:
        typer.echo("no pledges or meetings found")
    for row in rows:
        typer.echo(f"{row.kind.upper()}  {row.fact}")
        typer.echo(f"    rules:    {' > '.join(row.chain) or row.rule}")
        if row.passed:
            typer.echo(f"    passed:   {', '.join(row.passed)}")
        typer.echo(f"    matched:  {row.exact}")
        typer.echo(f"    sentence: {row.sentence}")
        typer.echo(f"    article:  {row.article}")


@app.command()
def validate(
    graph: Path = typer.Argument(..., help="Graph file (.ttl .nt .jsonld .trig)"),
) -> None:
    """Check a graph against the newsgraph SHACL shapes: one line per violation.

    Exit status: 0 when the graph conforms, 1 when it has violations, 7 when the file
    cannot be read as a graph.

    Example: newsgraph validate output/graph.ttl
    """
    from graph import rdf
    from graph.validate import validate as check

    data = rdf.load_graph(graph)
    violations = check(data)
    for violation in violations:
        typer.echo(violation.message)
    if violations:
        typer.echo(f"newsgraph: {len(violations)} violation(s) in {graph}", err=True)
        raise typer.Exit(1)
    typer.echo(f"OK: {len(data)} triples conform")


@app.command()
def bench(
    articles: int = typer.Option(200, "--articles", "-n", help="Articles in the generated corpus (memory is also measured at a quarter and a half)"),
    workers: Optional[int] = typer.Option(None, "--workers", "-j", help="Processes for the speed-up measurement. Default: the number of cores"),
    triples: str = typer.Option("10000,100000,1000000", "--triples", help="Graph sizes for the query timings, comma-separated"),
    rdflib_max: int = typer.Option(100_000, "--rdflib-max", help="Largest graph also queried with rdflib"),
    repeat: int = typer.Option(3, "--repeat", help="Runs of the floor and extraction timings (the median is shown)"),
    large: int = typer.Option(20, "--large", help="Megabytes of the one large article built from the command line; 0 leaves it out"),
    as_json: bool = typer.Option(False, "--json", help="Print the numbers as JSON"),
) -> None:
    """Measure extraction against spaCy's tokenizer, start-up, workers, memory and query times, in one run.

    Example: newsgraph bench --articles 200 --workers 2
    """
    from graph import api
    from graph import bench as benchmark

    if articles < 4:
        raise UsageError(f"--articles must be at least 4, not {articles}")
    if repeat < 1:
        raise UsageError(f"--repeat must be at least 1, not {repeat}")
    if workers is not None:
        api.check_workers(workers)
    if large < 0:
        raise UsageError(f"--large must be a whole number of megabytes, at least 0, not {large}")
    try:
        sizes = [int(t) for t in triples.split(",") if t.strip()]
    except ValueError:
        raise UsageError(f"--triples must be whole numbers separated by commas, not {triples!r}") from None
    if not sizes or min(sizes) < 1:
        raise UsageError(f"--triples must be whole numbers of at least 1, not {triples!r}")
    report = benchmark.run(articles=articles, workers=workers, repeat=repeat, query_sizes=sizes, rdflib_max=rdflib_max,
                           large_mb=large, progress=lambda step: typer.echo(f"newsgraph: bench: {step} ...", err=True))
    sys.stdout.write(benchmark.to_json(report) if as_json else benchmark.to_text(report))


@app.callback(invoke_without_command=True)
def _root(version: bool = typer.Option(False, "--version", help="Print the version and exit")) -> None:
    if version:
        typer.echo(f"newsgraph {__version__}")
        raise typer.Exit(0)


def _click_errors() -> tuple[type[Exception], ...]:
    """click's usage errors; typer >= 0.17 raises those of its own vendored copy of click."""
    import click

    try:
        from typer._click.exceptions import ClickException as vendored
    except ImportError:
        return (click.ClickException,)
    return (click.ClickException, vendored)


def main(argv: Optional[list[str]] = None) -> None:
    """Entry point: run the app, turning our errors into one line and an exit code."""
    try:
        # Without standalone mode click *returns* the code of a typer.Exit raised in a command.
        code = app(args=argv, prog_name="newsgraph", standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except NewsgraphError as err:
        typer.echo(f"newsgraph: {err}", err=True)
        sys.exit(err.exit_code)
    except typer.Exit as ex:
        sys.exit(ex.exit_code)
    except typer.Abort:
        typer.echo("newsgraph: aborted", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        typer.echo("newsgraph: interrupted", err=True)
        sys.exit(130)
    except Exception as err:  # click usage errors and anything unforeseen: still one line
        if isinstance(err, _click_errors()):
            typer.echo(f"newsgraph: {err.format_message()}", err=True)
            sys.exit(err.exit_code)
        if os.environ.get("NEWSGRAPH_DEBUG"):
            raise
        typer.echo(f"newsgraph: internal error: {type(err).__name__}: {err} (set NEWSGRAPH_DEBUG=1 for details)", err=True)
        sys.exit(70)


def run() -> None:
    """The command's entry point (`newsgraph`, `python -m graph`): :func:`main`, then a quick exit.

    Tearing the interpreter down (freeing spaCy's vocabulary, the lexicon and the currency
    rates object by object) took a sixth of a short build. A process left with one thread
    runs its atexit handlers, flushes its streams and ends without it; anything else
    (another thread still running, a stream that cannot be flushed, a profiler or tracer
    that writes its results after the program) exits the usual way.
    """
    import atexit
    import threading

    try:
        main()
        code = 0
    except SystemExit as ex:
        code = ex.code
    if threading.active_count() > 1 or sys.getprofile() is not None or sys.gettrace() is not None:
        sys.exit(code)
    if code is None:
        code = 0
    elif not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        sys.exit(code)
    os._exit(code)
