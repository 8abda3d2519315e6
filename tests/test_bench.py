"""The benchmark's parts: a deterministic corpus, scaled graphs, the report, bad options.

The full `newsgraph bench` runs minutes; these check what it is made of, not its numbers.
"""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from graph import bench


def test_the_corpus_is_deterministic_bilingual_and_ends_with_one_dense_line():
    one, two = bench.corpus(6), bench.corpus(6)
    assert [a.text for a in one] == [a.text for a in two]
    assert len(one) == 7
    assert {a.lang for a in one[:-1]} == {"de", "en"}
    assert len({a.text for a in one[:-1]}) == 6  # recombined, not copied
    dense = one[-1]
    assert "\n" not in dense.text and len(dense.text) >= 100_000


def test_corpus_articles_hold_pledges_and_meetings():
    from graph import api, link

    kb = link.link([api.extract(a) for a in bench.corpus(4)[:-1]])
    assert len(kb.pledges) >= 2 and len(kb.meetings) >= 1


def test_scaled_graph_renames_events_per_copy_and_shares_actors(tmp_path):
    base = tmp_path / "base.nt"
    base.write_text(
        "<https://w3id.org/newsgraph/id/pledge/ab> <https://w3id.org/newsgraph/ontology#donor> <https://w3id.org/newsgraph/id/country/CA> .\n"
        "<https://w3id.org/newsgraph/id/country/CA> <http://www.w3.org/2000/01/rdf-schema#label> \"Canada\"@en .\n",
        encoding="utf-8",
    )  # fmt: skip
    out = bench.scaled_ntriples(base, 6, tmp_path / "big.nt")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 6
    assert len(set(lines)) == 4  # three pledges, one shared actor label
    assert "<https://w3id.org/newsgraph/id/pledge/ab-2>" in lines[4]


def test_query_times_cover_every_named_query_on_oxigraph(tmp_path):
    from graph.query import named_queries

    base = tmp_path / "base.nt"
    base.write_text(
        "<https://w3id.org/newsgraph/id/pledge/ab> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/newsgraph/ontology#Pledge> .\n",
        encoding="utf-8",
    )  # fmt: skip
    rows = bench.query_times(base, [3], tmp_path, rdflib_max=0, timeout=10)
    assert [r["engine"] for r in rows] == ["oxigraph", "oxigraph*"]
    for row in rows:
        assert row["triples"] == 3
        assert set(row["queries"]) == set(named_queries())
        assert all(isinstance(t, float) for t in row["queries"].values())


def test_the_large_article_is_built_from_the_command_line(tmp_path):
    row = bench.large_article(0.05, tmp_path)  # the bench's default is 20 MB; the same code path, smaller
    assert row["bytes"] >= 0.05 * 2**20
    assert row["triples"] > 10 and row["seconds"] > 0 and row["peak_mib"] > 0


def test_the_report_prints_every_measurement():
    report = bench.Report(articles=8, tokens=1000, floor_tokens_per_s=100_000, extract_tokens_per_s=50_000, ratio=0.5,
                          dense_tokens_per_s=40_000, dense_ratio=0.4, startup_s=0.4, workers=2, workers_speedup=1.8,
                          memory=[{"articles": 8, "triples": 900, "seconds": 1.0, "peak_mib": 300}],
                          queries=[{"engine": "oxigraph", "triples": 900, "load_s": 0.1, "queries": {"pledges": 0.01, "totals": "timeout"}}],
                          large={"mb": 20, "bytes": 20 * 2**20, "seconds": 123.4, "peak_mib": 812, "triples": 4321})
    text = bench.to_text(report)
    for words in ("100,000 tokens/s", "ratio to the floor 0.500", "0.40 s", "1.80 x", "300 MiB", "timeout", "0.010",
                  "one article of 20 MB (4,321 triples)", "123.40 s, peak 812 MiB"):
        assert words in text
    assert '"ratio": 0.5' in bench.to_json(report)


@pytest.mark.parametrize(("args", "words"), [
    (["--articles", "2"], "--articles must be at least 4, not 2"),
    (["--triples", "10k"], "--triples must be whole numbers separated by commas, not '10k'"),
    (["--workers", "0"], "--workers must be a whole number of at least 1, not 0"),
    (["--large", "-1"], "--large must be a whole number of megabytes, at least 0, not -1"),
])  # fmt: skip
def test_bad_bench_options_are_usage_errors(args, words):
    env = {k: v for k, v in os.environ.items() if k != "NEWSGRAPH_DEBUG"}
    result = subprocess.run([sys.executable, "-m", "graph", "bench", *args], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 2
    assert result.stderr.strip() == f"newsgraph: {words}"
