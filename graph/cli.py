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
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar"),
) -> None:
    """Read articles, extract actors, pledges and meetings, write RDF (and the HTML page).

    Example: newsgraph build articles/ --output output/graph.ttl --html output/graph.html --published 2025-08-24
    """
    from graph import api, rdf, viz

    check_lang(lang)
    day = parse_published(published)
    if not paths:
        paths = sample_paths()
        if output is None and html is None:
            html = DEFAULT_HTML
    if output is None:
        output = append if append is not None else DEFAULT_TTL
        if html is None and append is None:
            html = DEFAULT_HTML
    rdf.check_output(output, inputs=paths)
    if html is not None:
        viz.check_output(html, inputs=paths)
    base = rdf.load_graph(append) if append is not None else None

    def on_error(err: Exception) -> None:
        typer.echo(f"newsgraph: skipped {err}", err=True)

    progress = None
    if not quiet and sys.stderr.isatty():
        from rich.progress import track

        progress = lambda items: track(items, description="Reading articles", transient=True)  # noqa: E731

    graph, report = api.build_graph(
        paths, base=base, lang=lang, published=day, model=model, strict=strict, on_error=on_error, progress=progress
    )
    if report.articles == 0:
        fail("no article could be read from " + ", ".join(str(p) for p in paths), 3)
    rdf.write_graph(graph, output)
    if html is not None:
        viz.write_html(graph, html)
    summary = f"{report.articles} article(s) -> {output}" + (f", {html}" if html else "")
    if report.skipped:
        summary += f"; {len(report.skipped)} file(s) skipped"
    typer.echo(summary, err=True)
    if report.skipped:
        raise typer.Exit(10)


@app.callback(invoke_without_command=True)
def _root(version: bool = typer.Option(False, "--version", help="Print the version and exit")) -> None:
    if version:
        typer.echo(f"newsgraph {__version__}")
        raise typer.Exit(0)


def main(argv: Optional[list[str]] = None) -> None:
    """Entry point: run the app, turning our errors into one line and an exit code."""
    try:
        app(args=argv, prog_name="newsgraph", standalone_mode=False)
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
        import click

        if isinstance(err, click.exceptions.ClickException):
            typer.echo(f"newsgraph: {err.format_message()}", err=True)
            sys.exit(err.exit_code)
        if os.environ.get("NEWSGRAPH_DEBUG"):
            raise
        typer.echo(f"newsgraph: internal error: {type(err).__name__}: {err} (set NEWSGRAPH_DEBUG=1 for details)", err=True)
        sys.exit(70)
