"""The Oxigraph store behind the query API, and `push` over the Graph Store HTTP Protocol."""
from __future__ import annotations

import gc
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.compare import isomorphic

from graph import query as q
from graph import store
from graph.cli import main
from graph.errors import GraphError, OutputError, UnsafeQueryError, UsageError

FIXTURE = Path(__file__).parent / "fixtures" / "small.ttl"
CONCAT = {"participants": ", ", "sources": " | ", "amounts": " | ", "role": "; ", "affiliation": "; "}
PARAMS = {"donor": "Kanada", "actor": "merz", "fact": "carney"}


def normalised(result: q.Result) -> list[tuple]:
    """Rows as comparable values, in a fixed order (engines may order ties and list items differently)."""
    rows = []
    for row in result.rows:
        cells = []
        for var, term in zip(result.variables, row):
            value = None if term is None else term.toPython() if hasattr(term, "toPython") else str(term)
            if isinstance(value, str) and var in CONCAT:
                value = tuple(sorted(value.split(CONCAT[var])))
            cells.append(str(value) if value is not None and not isinstance(value, (int, tuple)) else value)
        rows.append(tuple(cells))
    return sorted(rows, key=repr)


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph().parse(FIXTURE)


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    """A persistent store, loaded and closed, to be reopened by the tests."""
    folder = tmp_path_factory.mktemp("ox") / "store"
    db = store.open_store(f"oxigraph:{folder}")
    assert store.load_into_store(db, FIXTURE) == len(Graph().parse(FIXTURE))
    del db
    gc.collect()
    return folder


@pytest.fixture(scope="module")
def reopened(store_dir):
    return store.open_store(f"oxigraph:{store_dir}", read_only=True)


@pytest.mark.parametrize("name", sorted(q.named_queries()))
def test_named_queries_same_rows_as_rdflib(graph, reopened, name):
    named = q.get_named(name)
    bindings = {p.variable: PARAMS[p.name] for p in named.params}
    from_rdflib = q.run(graph, named.text, bindings=bindings)
    from_store = q.run(reopened, named.text, bindings=bindings)
    assert from_store.variables == from_rdflib.variables
    assert normalised(from_store) == normalised(from_rdflib)
    assert from_store.rows  # the fixture has an answer for every query


def test_store_ask_and_construct(graph, reopened):
    assert q.run(reopened, "ASK { ?s ?p ?o }").boolean is True
    result = q.run(reopened, "CONSTRUCT WHERE { ?s ?p ?o }")
    assert isomorphic(result.to_graph(), graph)


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
        "INSERT DATA { <http://a> <http://b> <http://c> }",
    ],
)
def test_store_queries_are_screened(reopened, text):
    with pytest.raises(UnsafeQueryError):
        q.run(reopened, text)


def test_store_size_limit(reopened):
    with pytest.raises(q.ResultTooLargeError):
        q.run(reopened, "SELECT * WHERE { ?s ?p ?o }", limit=3)


def test_load_rdflib_graph_and_replace(tmp_path, graph):
    db = store.open_store(f"oxigraph:{tmp_path / 's'}")
    assert store.load_into_store(db, graph) == len(graph)
    assert store.load_into_store(db, graph) == len(graph)  # the same triples again: a set
    small = Graph().parse(data="<http://a> <http://b> <http://c> .", format="turtle")
    assert store.load_into_store(db, small, replace=True) == 1


@pytest.mark.parametrize(
    ("spec", "read_only", "error"),
    [("oxigraph:", False, UsageError), ("/tmp/x", False, UsageError), ("oxigraph:{tmp}/missing", True, GraphError)],
)
def test_open_store_errors(tmp_path, spec, read_only, error):
    with pytest.raises(error):
        store.open_store(spec.format(tmp=tmp_path), read_only=read_only)


def test_load_errors(tmp_path):
    db = store.open_store(f"oxigraph:{tmp_path / 's'}")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(GraphError):
        store.load_into_store(db, bad)
    with pytest.raises(UsageError):
        store.load_into_store(db, tmp_path / "graph.docx")


def test_cli_query_on_store(store_dir, capsys):
    try:
        main(["query", f"oxigraph:{store_dir}", "totals", "--format", "csv"])
    except SystemExit as ex:
        assert ex.code == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "donor,recipient,currency,cumulative,total,pledges"
    assert "United States,Ukraine,USD,false,1040000000,1" in out


# ------------------------------------------------------------------ push


class GraphStore(BaseHTTPRequestHandler):
    """A tiny Graph Store: records each request; answers with the status in server.status."""

    def _record(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.server.received.append(
            (self.command, self.path, self.headers.get("Content-Type"), self.rfile.read(length).decode("utf-8"))
        )
        self.send_response(self.server.status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_POST = do_PUT = _record

    def log_message(self, *args):
        pass


@pytest.fixture
def graph_store():
    server = ThreadingHTTPServer(("127.0.0.1", 0), GraphStore)
    server.received, server.status = [], 204
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def same_triples(a: Graph, b: Graph) -> bool:
    """Equal graphs up to the lexical form of literals (Turtle writes 2000000000 as 2000000000.0)."""

    def canon(graph):
        return {tuple((t.toPython(), t.datatype, t.language) if isinstance(t, Literal) else t for t in triple) for triple in graph}

    return canon(a) == canon(b)


def endpoint(server) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}/store"


@pytest.mark.parametrize(
    ("graph_iri", "replace", "method", "query"),
    [
        (None, False, "POST", "default"),
        (None, True, "PUT", "default"),
        ("https://example.org/news", False, "POST", "graph=https%3A%2F%2Fexample.org%2Fnews"),
        ("https://example.org/news", True, "PUT", "graph=https%3A%2F%2Fexample.org%2Fnews"),
    ],
)
def test_push(graph_store, graph, graph_iri, replace, method, query):
    status = store.push(graph, endpoint(graph_store), graph_iri=graph_iri, replace=replace)
    assert status == 204
    [(got_method, path, content_type, body)] = graph_store.received
    assert (got_method, path) == (method, f"/store?{query}")
    assert content_type.startswith("text/turtle")
    assert same_triples(Graph().parse(data=body, format="turtle"), graph)


def test_push_error_status(graph_store, graph):
    graph_store.status = 500
    with pytest.raises(OutputError, match="HTTP 500"):
        store.push(graph, endpoint(graph_store))


def test_push_unreachable(graph):
    import socket

    with socket.socket() as s:  # a loopback port that nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(OutputError, match="push to"):
        store.push(graph, f"http://127.0.0.1:{port}/store")


@pytest.mark.parametrize(("url", "iri"), [("ftp://x/store", None), ("file:///tmp/x", None), ("http://127.0.0.1:1/s", "not an iri")])
def test_push_bad_arguments(graph, url, iri):
    with pytest.raises(UsageError):
        store.push(graph, url, graph_iri=iri)


def test_graph_store_url_keeps_query():
    assert store.graph_store_url("http://h/ds?x=1", "urn:g") == "http://h/ds?x=1&graph=urn%3Ag"


def test_cli_push(graph_store, capsys):
    try:
        main(["push", str(FIXTURE), "--endpoint", endpoint(graph_store), "--replace"])
    except SystemExit as ex:
        assert ex.code == 0
    assert graph_store.received[0][0] == "PUT"
    assert "triples replaced" in capsys.readouterr().err


def test_cli_push_error(graph_store, capsys):
    graph_store.status = 403
    with pytest.raises(SystemExit) as ex:
        main(["push", str(FIXTURE), "--endpoint", endpoint(graph_store)])
    assert ex.value.code == OutputError.exit_code
    err = capsys.readouterr().err
    assert "HTTP 403" in err and len(err.strip().splitlines()) == 1
