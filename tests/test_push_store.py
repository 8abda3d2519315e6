"""`newsgraph push` to a real triple store: the Oxigraph server (PyPI's `oxigraph`,
a test extra), started by this test on loopback, read back after the push.

Without the server the test is skipped on a developer's machine and fails in CI
(where CI is set), so the push path is always checked there."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import Graph, Literal

from graph.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "small.ttl"
START_TIMEOUT = 30.0  # seconds for the server to answer


def oxigraph_binary() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    binary = oxigraph_binary()
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("CI is set but the oxigraph server is missing: pip install -e '.[test]' installs it")
        pytest.skip("the oxigraph server (pip install oxigraph) is not installed")
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    proc = subprocess.Popen(
        [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                with urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=2):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"the oxigraph server did not start: {proc.stderr.read().decode(errors='replace')[:300]}")
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def read_back(base: str, graph_iri: str | None) -> Graph:
    target = "default" if graph_iri is None else urllib.parse.urlencode({"graph": graph_iri})
    request = urllib.request.Request(f"{base}/store?{target}", headers={"Accept": "application/n-triples"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return Graph().parse(data=response.read().decode("utf-8"), format="nt")


def canonical(graph: Graph) -> set:
    """The triples with literals by value (rdflib writes 2000000000.0, Oxigraph 2000000000), so stores and files compare."""

    def term(t):
        return (t.toPython(), t.datatype, t.language) if isinstance(t, Literal) else t

    return {tuple(term(t) for t in triple) for triple in graph}


def push(capsys, *args) -> str:
    try:
        main(["push", *map(str, args)])
    except SystemExit as ex:
        assert ex.code in (0, None), capsys.readouterr().err
    return capsys.readouterr().err


@pytest.fixture(scope="module")
def samples_graph(tmp_path_factory) -> Path:
    from graph import api, rdf
    from graph.cli import sample_paths

    graph, report = api.build_graph(sample_paths())
    assert report.articles == 4
    path = tmp_path_factory.mktemp("samples") / "graph.ttl"
    rdf.write_graph(graph, path)
    return path


@pytest.mark.parametrize("graph_iri", [None, "https://example.org/news"])
def test_push_to_oxigraph_and_read_back(oxigraph_server, samples_graph, capsys, graph_iri):
    from graph.rdf import load_graph

    extra = [] if graph_iri is None else ["--graph", graph_iri]
    message = push(capsys, samples_graph, "--endpoint", f"{oxigraph_server}/store", "--replace", *extra)
    sent = load_graph(samples_graph)
    assert f"{len(sent)} triples replaced" in message
    back = read_back(oxigraph_server, graph_iri)
    assert len(back) == len(sent) > 900
    assert canonical(back) == canonical(sent)  # no blank nodes: the same set of triples is the same graph


def test_push_adds_then_replaces(oxigraph_server, capsys):
    from graph.rdf import load_graph

    iri = "https://example.org/adds"
    push(capsys, FIXTURE, "--endpoint", f"{oxigraph_server}/store", "--graph", iri, "--replace")
    push(capsys, FIXTURE, "--endpoint", f"{oxigraph_server}/store", "--graph", iri)  # POST: the same triples again
    assert len(read_back(oxigraph_server, iri)) == len(load_graph(FIXTURE))
