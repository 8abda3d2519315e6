"""What a new user meets first (issue 10): named queries on graphs with gaps, on both
engines; output folders made; folder builds that read only articles; names resolved
like extraction resolves them; tables and progress for people; `push` errors and
stores without a default graph."""
from __future__ import annotations

import io
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import XSD

from graph import query as q
from graph.cli import main
from graph.errors import OutputError
from graph.ordering import sort_key
from graph.vocab import NG

FIXTURE = Path(__file__).parent / "fixtures" / "small.ttl"
SCHEMA = "https://schema.org/"
# the optional values a real graph may lack: dates, places, announcers, qualifiers, headlines, roles, ...
OPTIONAL = [NG.date, NG.place, NG.announcedBy, NG.qualifier, NG.occasion, NG.partOf, NG.role, NG.affiliation,
            NG.alternativeAmount, NG.status, NG.meetingType, NG.aidKind, NG.cumulative, NG.exact, NG.rule,
            URIRef(SCHEMA + "datePublished"), URIRef(SCHEMA + "headline"), URIRef(SCHEMA + "url"),
            URIRef(SCHEMA + "inLanguage")]  # fmt: skip


def run_cli(capsys, *args) -> tuple[int, str, str]:
    try:
        main([str(a) for a in args])
        code = 0
    except SystemExit as ex:
        code = ex.code or 0
    out, err = capsys.readouterr()
    return code, out, err


def example_params(named: q.NamedQuery) -> dict[str, str]:
    """The first example each parameter's help gives: "(e.g. Selenskyj, merz, DE)" -> Selenskyj."""
    params = {}
    for p in named.params:
        found = re.search(r"e\.g\.\s*\"?([^,\")]+)", p.help)
        assert found, f"{named.name}: --param {p.name} gives no example in its help"
        params[p.name] = found.group(1).strip()
    return params


CONCAT = {"participants": ", ", "sources": " | ", "amounts": " | ", "role": "; ", "affiliation": "; "}


def comparable(var: str, term) -> str:
    """A cell as text; the parts of a GROUP_CONCAT sorted (their order is free), numbers by value."""
    if term is None:
        return ""
    if isinstance(term, Literal) and term.datatype in (XSD.decimal, XSD.integer, XSD.double):
        return str(term.toPython().normalize() if term.datatype == XSD.decimal else term.toPython())
    text = str(term)
    return CONCAT[var].join(sorted(text.split(CONCAT[var]))) if var in CONCAT else text


def with_gaps(graph: Graph, every_other: bool) -> Graph:
    """A copy without the optional values: all of them, or those of every other subject (mixed rows)."""
    out = Graph()
    subjects = sorted({s for s, p, _ in graph if p in OPTIONAL}, key=str)
    drop = set(subjects[::2]) if every_other else set(subjects)
    for s, p, o in graph:
        if not (p in OPTIONAL and s in drop):
            out.add((s, p, o))
    return out


def engines(graph: Graph, tmp_path: Path):
    from graph.store import load_into_store, open_store

    yield "rdflib", graph
    store = open_store(f"oxigraph:{tmp_path / 'store'}")
    load_into_store(store, graph)
    yield "oxigraph", store


CASES = [(name, gaps) for name in sorted(q.named_queries()) for gaps in ("none", "every-other", "all")]


@pytest.fixture(scope="module")
def small() -> Graph:
    return Graph().parse(FIXTURE)


@pytest.mark.parametrize(("name", "gaps"), CASES, ids=[f"{n}-{g}" for n, g in CASES])
def test_named_queries_run_on_graphs_with_missing_optional_values(small, tmp_path, name, gaps):
    graph = small if gaps == "none" else with_gaps(small, every_other=gaps == "every-other")
    named = q.get_named(name)
    text, bindings = q.resolve(name, params=example_params(named))
    answers = {}
    for engine, source in engines(graph, tmp_path):
        result = q.run(source, text, bindings=bindings, timeout=60)
        answers[engine] = sorted(tuple(comparable(v, t) for v, t in zip(result.variables, row)) for row in result.rows)
    assert answers["rdflib"] == answers["oxigraph"]  # the same rows, whichever engine


def test_order_by_an_unbound_value_sorts_it_first():
    graph = Graph()
    for i, date in enumerate(["2025-06-02", None, "2025-01-05"]):
        node = URIRef(f"urn:m{i}")
        graph.add((node, RDF.type, NG.Meeting))
        if date:
            graph.add((node, NG.date, Literal(date, datatype=XSD.date)))
    query = f"PREFIX ng: <{NG}> SELECT ?m WHERE {{ ?m a ng:Meeting OPTIONAL {{ ?m ng:date ?d }} }} ORDER BY "
    for order, expected in [("STR(?d)", ["urn:m1", "urn:m2", "urn:m0"]), ("DESC(STR(?d))", ["urn:m0", "urn:m2", "urn:m1"])]:
        result = q.run(graph, query + order)
        assert [str(r[0]) for r in result.rows] == expected


def test_sort_key_orders_every_kind_of_value():
    values = [Literal("b"), Literal(10), URIRef("urn:x"), None, Literal(2.5), Literal("a", lang="de"),
              Literal("2025-01-01", datatype=XSD.date)]  # fmt: skip
    ordered = sorted(values, key=sort_key)
    assert ordered[0] is None and ordered[1] == URIRef("urn:x")
    assert ordered[2:4] == [Literal(2.5), Literal(10)]
    assert ordered[4:6] == [Literal("a", lang="de"), Literal("b")]


# ------------------------------------------------------------------ names


@pytest.mark.parametrize(
    ("name", "key"),
    [("Selenskyj", "person:volodymyr-zelensky"), ("selenskyj", "person:volodymyr-zelensky"),
     ("ZELENSKY", "person:volodymyr-zelensky"), ("Zelenskyi", "person:volodymyr-zelensky"),
     ("JP", "country:JP"), ("jpn", "country:JP"), ("Kanadas", "country:CA"), ("nato", "org:nato"),
     ("Atlantis", None), ("", None)],
)  # fmt: skip
def test_names_resolve_through_the_lexicon(name, key):
    from graph.names import resolve_actor

    assert resolve_actor(name) == key


def test_every_actor_has_an_english_and_a_german_label(built):
    graph = Graph().parse(built / "output" / "graph.ttl")
    for cls in (NG.Person, NG.Country, NG.Organization):
        for actor in graph.subjects(RDF.type, cls):
            assert sorted(label.language for label in graph.objects(actor, RDFS.label)) == ["de", "en"], actor


def test_readme_label_query_keeps_actors_known_by_a_german_name_only(built):
    graph = Graph().parse(built / "output" / "graph.ttl")
    merz = URIRef("https://w3id.org/newsgraph/id/person/friedrich-merz")
    labels = {(label.language, str(label)) for label in graph.objects(merz, RDFS.label)}
    assert labels == {("en", "Friedrich Merz"), ("de", "Friedrich Merz")}  # the lexicon has no German spelling


# ------------------------------------------------------------------ output folders and folder builds


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """`newsgraph build` with no arguments in an empty folder: output/ is made."""
    import os

    work = tmp_path_factory.mktemp("fresh")
    here = os.getcwd()
    os.chdir(work)
    try:
        try:
            main(["build", "--quiet"])
        except SystemExit as ex:
            assert ex.code in (0, None)
    finally:
        os.chdir(here)
    return work


def test_build_without_arguments_makes_the_output_folder(built):
    assert (built / "output" / "graph.ttl").stat().st_size > 1000
    assert (built / "output" / "graph.html").stat().st_size > 1000


def test_html_makes_its_default_and_explicit_folders(built, capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    code, _, err = run_cli(capsys, "html", built / "output" / "graph.ttl")
    assert code == 0, err
    assert (tmp_path / "output" / "graph.html").is_file()
    code, _, err = run_cli(capsys, "html", built / "output" / "graph.ttl", "--output", tmp_path / "a" / "b" / "page.html")
    assert code == 0, err
    assert (tmp_path / "a" / "b" / "page.html").is_file()


def test_output_under_a_file_is_one_line_and_exit_4(built, capsys, tmp_path):
    (tmp_path / "plain").write_text("x")
    code, _, err = run_cli(capsys, "html", built / "output" / "graph.ttl", "--output", tmp_path / "plain" / "p.html")
    assert code == OutputError.exit_code
    assert len(err.strip().splitlines()) == 1 and "not a folder" in err


def test_folder_build_reads_only_articles(built, capsys, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    samples = Path(__file__).parents[1] / "graph" / "data" / "samples"
    article = sorted(samples.glob("*.txt"))[0]
    (folder / article.name).write_text(article.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "README.md").write_text("# Articles\n\nMerz met Zelensky in Kyiv on Monday.\n", encoding="utf-8")
    (folder / "LICENSE.txt").write_text("Permission is hereby granted to Canada and Ukraine.\n", encoding="utf-8")
    (folder / "graph.html").write_text((built / "output" / "graph.html").read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out" / "g.ttl"
    code, _, err = run_cli(capsys, "build", folder, "--output", out, "--html", folder / "graph.html", "--quiet")
    assert code == 0, err
    assert "1 article(s)" in err and "3 file(s) left out" in err
    for name in ("README.md", "LICENSE.txt", "graph.html"):
        assert f"left out {folder / name}" in err
    # a file named directly is read, whatever its name
    code, _, err = run_cli(capsys, "build", folder / "README.md", "--output", tmp_path / "out" / "r.ttl", "--quiet")
    assert code == 0 and "1 article(s)" in err, err


def test_not_an_article_reads_the_generator_of_pages(tmp_path):
    from graph.ingest import not_an_article

    page = tmp_path / "other.html"
    page.write_text('<html><head><meta content="newsgraph 0.1.0" name="Generator"></head></html>')
    assert not_an_article(page) == "a page newsgraph wrote"
    page.write_text('<html><head><meta name="generator" content="Hugo"></head><body>Kanada hilft.</body></html>')
    assert not_an_article(page) is None
    assert not_an_article(tmp_path / "readme.de.md") is not None
    assert not_an_article(tmp_path / "news.txt") is None


# ------------------------------------------------------------------ tables and progress


@pytest.mark.parametrize("width", [80, 120, 200])
def test_tables_fit_the_terminal_and_never_break_a_number(small, width):
    from rich.console import Console

    from graph.tables import print_result

    for name in ("totals", "pledges", "conflicts"):
        result = q.run(small, q.get_named(name).text)
        console = Console(file=io.StringIO(), width=width, color_system=None)
        print_result(console, result, locale="en_US")
        text = console.file.getvalue()
        assert max(len(line) for line in text.splitlines()) <= width
        for number in ("2,000,000,000", "1,040,000,000", "9,000,000,000"):
            if name != "conflicts":
                assert number in text, (name, width)
        assert "2000000000" not in text and ".0" not in text


def test_numbers_follow_the_locale(monkeypatch):
    from decimal import Decimal

    from graph.tables import format_number, user_locale

    assert format_number(Decimal("1500000000.0"), "en_US") == "1,500,000,000"
    assert format_number(Decimal("1500000000.0"), "de_DE") == "1.500.000.000"
    assert format_number(Decimal("2.5"), "de_DE") == "2,5"
    assert user_locale(("de_DE.UTF-8",)) == "de_DE"
    assert user_locale((None, "C.UTF-8", "")) == "en_US"


def test_progress_shows_a_count_and_the_time_left():
    from rich.console import Console

    from graph.cli import progress_bar

    console = Console(file=io.StringIO(), force_terminal=True, width=120, color_system=None)
    assert list(progress_bar(["a", "b", "c"], console=console)) == ["a", "b", "c"]
    text = console.file.getvalue()
    assert "3 of 3" in text and "left" in text


# ------------------------------------------------------------------ push


class NoDefaultGraphStore(BaseHTTPRequestHandler):
    """Answers like Virtuoso: the default graph is refused with an HTML page; a named graph is taken."""

    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        self.server.received.append(self.path)
        if self.path.endswith("?default"):
            body = (b"<html><head><title>Error</title></head><body><h1>Request Failed</h1>"
                    b"<pre>Virtuoso 42000 Error: endpoint is not configured to have default graph</pre></body></html>")
            self.send_response(500, "Request Failed")
            self.send_header("Content-Type", "text/html")
        else:
            body = b""
            self.send_response(201)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_PUT = _answer

    def log_message(self, *args):
        pass


@pytest.fixture
def virtuoso_like():
    server = ThreadingHTTPServer(("127.0.0.1", 0), NoDefaultGraphStore)
    server.received = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql-graph-crud"
    server.shutdown()
    server.server_close()


def test_push_to_a_store_without_default_graph_uses_the_named_default(virtuoso_like, capsys):
    from graph.push import DEFAULT_GRAPH_IRI

    code, _, err = run_cli(capsys, "push", FIXTURE, "--endpoint", virtuoso_like)
    assert code == 0, err
    assert DEFAULT_GRAPH_IRI in err and "no default graph" in err


def test_push_error_names_the_servers_reason(virtuoso_like, capsys):
    from graph import store

    graph = Graph().parse(FIXTURE)
    with pytest.raises(OutputError) as error:
        store.push(graph, virtuoso_like)
    message = str(error.value)
    assert "HTTP 500" in message and "endpoint is not configured to have default graph" in message
    assert "<" not in message.split("failed:", 1)[1] and "\n" not in message


def test_push_help_names_the_default_graph(capsys):
    from graph.push import DEFAULT_GRAPH_IRI

    code, out, _ = run_cli(capsys, "push", "--help")
    assert code == 0 and DEFAULT_GRAPH_IRI in re.sub(r"[\s│]+", "", out)  # however the help is wrapped
