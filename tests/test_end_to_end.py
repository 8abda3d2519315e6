"""The whole product as a user runs it: `newsgraph build` on the bundled samples,
then SHACL, SPARQL, determinism, appending, and merging across articles."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from graph.validate import validate

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
NG = "https://w3id.org/newsgraph/ontology#"


def newsgraph(*args, cwd: Path):
    env = dict(os.environ, PYTHONHASHSEED="random")
    return subprocess.run([sys.executable, "-m", "graph", *map(str, args)], capture_output=True, text=True, cwd=cwd, env=env)


@pytest.fixture(scope="module")
def samples(tmp_path_factory) -> Path:
    """`newsgraph build` with no arguments, as the README's first command runs it."""
    work = tmp_path_factory.mktemp("samples")
    (work / "output").mkdir()
    proc = newsgraph("build", "--quiet", cwd=work)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    return work


def test_main_job_writes_graph_and_page(samples):
    assert (samples / "output" / "graph.ttl").stat().st_size > 1000
    page = (samples / "output" / "graph.html").read_text(encoding="utf-8")
    assert "<html" in page.lower() and "vis" in page


def test_sample_graph_conforms_to_the_shapes(samples):
    g = Graph().parse(samples / "output" / "graph.ttl")
    assert validate(g) == []


PLEDGE_QUERY = f"""
PREFIX ng: <{NG}> PREFIX schema: <https://schema.org/>
SELECT ?donor ?recipient ?value ?currency WHERE {{
  ?p a ng:Pledge ; ng:donor ?donor ; ng:recipient ?recipient ;
     ng:amount [ schema:value ?value ; schema:currency ?currency ] }}"""


def test_sample_graph_answers_a_pledge_query(samples):
    g = Graph().parse(samples / "output" / "graph.ttl")
    rows = {(str(d).rsplit("/", 1)[-1], str(r).rsplit("/", 1)[-1], int(v.toPython()), str(c)) for d, r, v, c in g.query(PLEDGE_QUERY)}
    assert ("GB", "UA", 1_500_000_000, "GBP") in rows
    assert ("CA", "UA", 2_000_000_000, "CAD") in rows
    assert ("NO", "UA", 10_000_000_000, "NOK") in rows
    # the Ukrainian request for more air defence is not a pledge
    assert not any(d == "UA" for d, *_ in rows)


def test_cli_query_prints_json_results(samples):
    proc = newsgraph("query", "output/graph.ttl", "pledges-by-donor", "--param", "donor=Kanada", "--format", "json", cwd=samples)
    assert proc.returncode == 0, proc.stderr
    assert '"head"' in proc.stdout and "Canada" in proc.stdout


def test_rebuilding_gives_byte_identical_files(samples, tmp_path):
    (tmp_path / "output").mkdir()
    proc = newsgraph("build", "--quiet", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    for name in ("graph.ttl", "graph.html"):
        assert (tmp_path / "output" / name).read_bytes() == (samples / "output" / name).read_bytes(), name


def test_order_of_articles_does_not_matter(tmp_path):
    from graph.cli import sample_paths

    paths = sample_paths()
    a = newsgraph("build", *paths, "-o", tmp_path / "a.ttl", "--quiet", cwd=tmp_path)
    b = newsgraph("build", *reversed(paths), "-o", tmp_path / "b.ttl", "--quiet", cwd=tmp_path)
    assert a.returncode == b.returncode == 0
    assert isomorphic(Graph().parse(tmp_path / "a.ttl"), Graph().parse(tmp_path / "b.ttl"))


def count(path: Path, cls: str) -> int:
    return len(list(Graph().parse(path).query(f"SELECT DISTINCT ?x WHERE {{ ?x a <{NG}{cls}> }}")))


def test_append_adds_without_duplicating(tmp_path):
    from graph.cli import sample_paths

    first, second = sample_paths()[:2]
    out = tmp_path / "graph.ttl"
    assert newsgraph("build", first, "-o", out, "--quiet", cwd=tmp_path).returncode == 0
    before = count(out, "Pledge")
    assert newsgraph("build", second, "--append", out, "--quiet", cwd=tmp_path).returncode == 0
    both = count(out, "Pledge")
    assert both > before
    # appending an article that is already in the graph adds no pledge, meeting or actor
    actors = count(out, "Actor") + count(out, "Person") + count(out, "Country") + count(out, "Organization")
    assert newsgraph("build", second, "--append", out, "--quiet", cwd=tmp_path).returncode == 0
    assert count(out, "Pledge") == both
    assert count(out, "Person") + count(out, "Country") + count(out, "Organization") + count(out, "Actor") == actors


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed articles live in ../shared/seeds beside the repository")
def test_one_pledge_node_across_the_seed_articles(tmp_path):
    out = tmp_path / "seeds.ttl"
    proc = newsgraph("build", SEEDS, "-o", out, "--quiet", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    g = Graph().parse(out)
    rows = list(g.query(f"""
        PREFIX ng: <{NG}> PREFIX schema: <https://schema.org/> PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?p (COUNT(DISTINCT ?article) AS ?n) WHERE {{
          ?p a ng:Pledge ; ng:cumulative false ; ng:amount/schema:value ?v ; prov:wasDerivedFrom ?article .
          FILTER (?v = 2000000000) }} GROUP BY ?p"""))
    assert [int(n) for _, n in rows] == [2]


def test_python_dash_m_and_help_show_examples(tmp_path):
    for args in (["--help"], ["build", "--help"], ["query", "--help"], ["html", "--help"], ["explain", "--help"]):
        proc = newsgraph(*args, cwd=tmp_path)
        assert proc.returncode == 0 and "newsgraph" in proc.stdout and "Example" in proc.stdout, args


def test_invalid_sparql_is_one_line(samples):
    proc = newsgraph("query", "output/graph.ttl", "SELECT ?x WHERE { ?x ?y", cwd=samples)
    assert proc.returncode == 5
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr


def test_build_into_an_oxigraph_store_and_query_it(tmp_path):
    from graph.cli import sample_paths

    store = f"oxigraph:{tmp_path / 'store'}"
    proc = newsgraph("build", *sample_paths(), "-o", tmp_path / "g.ttl", "--store", store, "--quiet", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    proc = newsgraph("query", store, "pledges-by-donor", "--param", "donor=NO", "--format", "csv", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Norway" in proc.stdout and "NOK" in proc.stdout
