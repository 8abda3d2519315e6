"""Speed without a change in output: the cached Doc text, several workers, the pure per-article step.

Nothing here is timed; the speed itself is measured by `newsgraph bench`.
"""
from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph import api, rdf
from graph.cli import main
from graph.extract.doctext import doc_text
from graph.ingest import make_article
from graph.nlp import get_pipeline

SAMPLES = Path(__file__).resolve().parent.parent / "graph" / "data" / "samples"
DEVSET = Path(__file__).resolve().parent / "devset"


def run(*args: object, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "NEWSGRAPH_DEBUG"}
    result = subprocess.run([sys.executable, "-m", "graph", *map(str, args)], cwd=cwd, env=env,
                            capture_output=True, text=True, timeout=600)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def test_doc_text_is_the_text_after_the_hyphen_split_and_is_joined_once():
    text = "US-Präsident Trump traf Kanadas Premierminister.\nDer Trump-Putin-Gipfel endete."
    doc = get_pipeline("de")(text)
    assert len(doc) > len(text.split())  # the hyphen splitter retokenised
    assert doc_text(doc) == doc.text == text
    assert doc_text(doc) is doc_text(doc)


def test_dense_text_gives_the_same_records_in_one_piece_and_in_lines():
    sentence = "Kanada sagte der Ukraine 500 Millionen Dollar zu. "
    dense = make_article(sentence * 400, source="dense", lang="de")
    facts = api.extract(dense)
    assert len(facts.pledges) == 1  # one pledge, read 400 times
    assert len(facts.pledges[0].evidence) == 400
    assert facts.pledges[0].evidence[-1].end <= len(dense.text)


def test_the_per_article_step_is_a_pure_function_with_picklable_records():
    article = make_article((SAMPLES / "en_uk_package.txt").read_text(encoding="utf-8"), source="uk", lang="en")
    once = api.extract(pickle.loads(pickle.dumps(article)))
    again = pickle.loads(pickle.dumps(api.extract(article)))
    assert once == again
    assert once.pledges and once.meetings


@pytest.mark.slow
def test_two_workers_write_the_same_bytes_as_one(tmp_path, capsys):
    inputs = [SAMPLES, *sorted(DEVSET.glob("*.txt"))[:2]]
    outputs = {}
    for workers in (1, 2):
        out = tmp_path / f"w{workers}.nt"
        main(["build", *map(str, inputs), "-o", str(out), "--workers", str(workers), "--quiet"])  # in this process
        assert "6 article(s)" in capsys.readouterr().err
        outputs[workers] = out.read_bytes()
    assert outputs[1] == outputs[2]
    assert outputs[1].count(b"<https://w3id.org/newsgraph/ontology#Pledge>") >= 6


def test_the_api_streams_facts_in_article_order_with_workers():
    paths = sorted(DEVSET.glob("*.txt"))[:3]
    one = api.extract_all(paths, workers=1)
    two = list(api.iter_facts(paths, workers=2))
    assert [f.article.source for f in two] == [str(p) for p in paths]
    assert one == two


def test_workers_are_spawned_not_forked_while_another_thread_runs(tmp_path):
    # a fork copies only the calling thread: a lock another thread holds stays locked in the child
    import threading

    script = ("import sys, pyoxigraph; from graph.api import start_method; import numpy; print(start_method()); "
              "store = pyoxigraph.Store(sys.argv[1]); print(start_method())")  # fmt: skip
    fresh = subprocess.run([sys.executable, "-c", script, str(tmp_path / "store")], capture_output=True, text=True, timeout=120)
    # a fresh process forks (numpy's BLAS thread prepares for forks); RocksDB's threads do not
    assert fresh.stdout.split() == ["fork", "spawn"], fresh.stderr
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert api.start_method() == "spawn"
        paths = sorted(DEVSET.glob("*.txt"))[:2]
        assert list(api.iter_facts(paths, workers=2)) == api.extract_all(paths, workers=1)
    finally:
        stop.set()
        thread.join()


@pytest.mark.parametrize("value", ["0"])
def test_workers_below_one_is_a_usage_error(tmp_path, value):
    result = run("build", SAMPLES, "-o", tmp_path / "g.ttl", "--workers", value, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == f"newsgraph: --workers must be a whole number of at least 1, not {int(value)}"
    assert not (tmp_path / "g.ttl").exists()


def _rdflib_ntriples(graph) -> bytes:
    from graph import rdf

    ours = rdf.new_graph()
    for triple in graph:
        ours.add(triple)
    return rdf._sorted_lines(ours.serialize(format="nt", encoding="utf-8"))


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=40), lang=st.sampled_from([None, "en", "de-CH"]), number=st.integers())
def test_n_triples_from_oxigraph_are_the_bytes_rdflib_writes(text, lang, number):
    from rdflib import XSD, Graph, Literal, URIRef

    from graph import rdf

    graph = Graph()
    node = URIRef("https://w3id.org/newsgraph/id/x")
    graph.add((node, URIRef("https://example.org/p"), Literal(text, lang=lang)))
    graph.add((node, URIRef("https://example.org/q"), Literal(number)))
    graph.add((node, URIRef("https://example.org/r"), Literal(text, datatype=XSD.string)))  # rdflib's path
    graph.add((node, URIRef("https://example.org/s"), URIRef("https://example.org/ä?q=" + str(number))))
    assert rdf.serialize(graph, suffix=".nt") == _rdflib_ntriples(graph)
    graph.remove((node, URIRef("https://example.org/r"), None))
    fast = rdf._ntriples_oxigraph(graph)
    if lang == "de-CH" or rdf._ESCAPED_APART.search(text):  # Oxigraph would write de-ch, or \u001F: left to rdflib
        assert fast is None
    else:
        assert fast == _rdflib_ntriples(graph)


def test_the_golden_graph_takes_the_fast_writer():
    from rdflib import Graph

    from graph import rdf

    golden = Graph().parse(Path(__file__).parent / "golden" / "small.ttl")
    fast = rdf._ntriples_oxigraph(golden)
    assert fast is not None and fast == _rdflib_ntriples(golden)
    assert len(fast.splitlines()) == len(golden)


def test_a_graph_only_to_write_is_a_triple_set_with_the_same_bytes_in_every_format():
    paths = [SAMPLES, *sorted(DEVSET.glob("*.txt"))[:2]]
    graph, _ = api.build_graph(paths)
    light, _ = api.build_graph(paths, only_to_write=True)
    assert isinstance(light, rdf.TripleSet) and not isinstance(graph, rdf.TripleSet)
    assert len(light) == len(graph) > 500
    for suffix in rdf.FORMATS:
        assert rdf.serialize(light, suffix=suffix) == rdf.serialize(graph, suffix=suffix), suffix


@pytest.mark.parametrize("text", ["a\u2028b", "a\u2029b", "a\x85b", "a\x1cb", "a\nb\rc"])
def test_n_triples_keep_a_literal_with_a_line_separator_on_one_line(text):
    from rdflib import Graph, Literal, URIRef

    graph = Graph()
    graph.add((URIRef("https://w3id.org/newsgraph/id/x"), URIRef("https://schema.org/name"), Literal(text)))
    graph.add((URIRef("https://w3id.org/newsgraph/id/y"), URIRef("https://schema.org/name"), Literal("plain")))
    data = rdf.serialize(graph, suffix=".nt")
    assert data.count(b"\n") == 2  # one line per triple
    assert set(Graph().parse(data=data, format="nt")) == set(graph)


def test_n_triples_written_in_batches_are_the_bytes_of_one(monkeypatch):
    graph, _ = api.build_graph([SAMPLES], only_to_write=True)
    whole = rdf.serialize(graph, suffix=".nt")
    monkeypatch.setattr(rdf, "NT_BATCH", 7)
    assert rdf.serialize(graph, suffix=".nt") == whole
    assert whole.count(b"\n") == len(graph)


def test_n_triples_spilled_in_sorted_runs_are_the_bytes_of_one_write(tmp_path, monkeypatch):
    from graph import spill

    paths = [SAMPLES, *sorted(DEVSET.glob("*.txt"))[:3]]
    whole, _ = api.build_graph(paths, only_to_write=True)
    out = tmp_path / "out" / "graph.nt"
    monkeypatch.setattr(rdf, "NT_BATCH", 7)  # a batch of 7 triples, a run of 50 lines: dozens of runs
    monkeypatch.setattr(spill, "RUN_LINES", 50)
    spilled, _ = api.build_graph(paths, only_to_write=True, writes=out)
    assert isinstance(spilled, spill.SpilledTriples) and spilled.runs > 20
    assert len(list(out.parent.iterdir())) == spilled.runs  # hidden runs beside the output, nothing else yet
    rdf.write_graph(spilled, out)
    assert out.read_bytes() == rdf.serialize(whole, suffix=".nt")
    assert [p.name for p in out.parent.iterdir()] == ["graph.nt"]  # the runs are gone
    # other formats are not spilled
    assert isinstance(rdf.triples_to_write(tmp_path / "graph.ttl"), rdf.TripleSet)


def test_a_build_to_n_triples_holds_no_triples_in_memory(tmp_path):
    out = tmp_path / "graph.nt"
    proc = subprocess.run([sys.executable, "-m", "graph", "build", SAMPLES, "-o", out, "--quiet", "--workers", "1"],
                          capture_output=True, text=True, timeout=300)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    graph, _ = api.build_graph([SAMPLES])
    assert out.read_bytes() == rdf.serialize(graph, suffix=".nt")
    assert [p.name for p in tmp_path.iterdir()] == ["graph.nt"]
