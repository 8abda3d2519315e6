"""Shards: builds of parts of a corpus merge into the graph of one build, byte for byte,
for any split, order and grouping (graph/shards.py, `newsgraph build --facts`, `newsgraph merge`)."""
from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from functools import cache
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph import api, bench, link, rdf, shards
from graph.cli import main
from graph.ingest import make_article
from graph.model import ArticleFacts

SAMPLES = Path(__file__).resolve().parent.parent / "graph" / "data" / "samples"

# the same pledge and meeting told twice with different details: which record's details win
# must not depend on which shard, or which order, an article came in
TWICE = [
    ("en", ("Canada pledged $500 million in military aid to Ukraine on 3 June 2025, Prime Minister Mark Carney said.\n"
            "Carney met Volodymyr Zelensky in Kyiv on Tuesday.")),
    ("en", ("Canada promised 500 million dollars to Ukraine at the G7 summit.\n"
            "Mark Carney met Volodymyr Zelensky in Kyiv.")),
    ("de", "Kanada sagte der Ukraine 500 Millionen Dollar Militärhilfe zu, teilte Premierminister Mark Carney mit."),
]


N = 4 + 4 + len(TWICE)  # articles: the samples, generated ones, TWICE


@cache
def corpus_facts() -> list[ArticleFacts]:
    articles = [make_article(p.read_text(encoding="utf-8"), source=p.name, lang=p.name[:2]) for p in sorted(SAMPLES.glob("*.txt"))]
    articles += bench.corpus(4, sentences=6, dense_chars=200)[:-1]
    articles += [make_article(text, source=f"twice-{i}", lang=lang) for i, (lang, text) in enumerate(TWICE)]
    assert len(articles) == N
    return [shards.without_text(api.extract(a)) for a in articles]


@cache
def whole(suffix: str) -> bytes:
    """The graph of one build of every article."""
    return rdf.serialize(rdf.to_graph(link.link(corpus_facts())), suffix=suffix)


def test_the_corpus_has_facts_told_in_several_articles():
    kb = link.link(corpus_facts())
    told_twice = [p for p in kb.pledges if len({e.article_id for e in p.evidence}) > 1]
    assert told_twice and len(kb.articles) == N >= 10
    assert len(kb.meetings) >= 3


def test_a_shard_reads_back_as_the_records_it_was_written_from(tmp_path):
    path = tmp_path / "all.facts.gz"
    assert shards.write(corpus_facts(), path) == N
    assert list(shards.read(path)) == corpus_facts()
    assert shards.to_bytes(corpus_facts()) == path.read_bytes()  # the same records, the same bytes


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(range(N)), cuts=st.sets(st.integers(1, N - 1), max_size=4),
       suffix=st.sampled_from([".nt", ".ttl"]))
def test_shards_in_any_split_and_order_merge_to_the_bytes_of_one_build(tmp_path, order, cuts, suffix):
    ordered = [corpus_facts()[i] for i in order]
    bounds = [0, *sorted(cuts), len(ordered)]
    paths = []
    for n, (a, b) in enumerate(pairwise(bounds)):
        paths.append(tmp_path / f"s{n}.facts.gz")
        shards.write(ordered[a:b], paths[-1])
    merged = api.merge_shards(list(reversed(paths)))
    assert rdf.serialize(merged, suffix=suffix) == whole(suffix)


def test_merging_is_associative(tmp_path):
    facts = corpus_facts()
    parts = [facts[:4], facts[4:8], facts[8:]]
    paths = [tmp_path / f"p{i}.facts.gz" for i in range(3)]
    for part, path in zip(parts, paths):
        shards.write(part, path)
    left = []  # (p0 + p1) + p2
    api.merge_shards(paths[:2], records=left)
    shards.write(left, tmp_path / "left.facts.gz")
    right = []  # p0 + (p1 + p2)
    api.merge_shards(paths[1:], records=right)
    shards.write(right, tmp_path / "right.facts.gz")
    one = rdf.serialize(api.merge_shards([tmp_path / "left.facts.gz", paths[2]]), suffix=".nt")
    two = rdf.serialize(api.merge_shards([paths[0], tmp_path / "right.facts.gz"]), suffix=".nt")
    assert one == two == whole(".nt")


def newsgraph(*args: object, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "NEWSGRAPH_DEBUG"}
    result = subprocess.run([sys.executable, "-m", "graph", *map(str, args)], cwd=cwd, env=env,
                            capture_output=True, text=True, timeout=300, check=False)
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.mark.slow
def test_build_with_facts_then_merge_gives_the_bytes_of_one_build(tmp_path):
    samples = sorted(SAMPLES.glob("*.txt"))
    graph, _ = api.build_graph(samples)  # one build of all four, in this process
    (tmp_path / "all.ttl").write_bytes(rdf.serialize(graph, suffix=".ttl"))
    for name, part in (("de", samples[:2]), ("en", samples[2:])):
        done = newsgraph("build", *part, "-o", f"{name}.ttl", "--facts", f"{name}.facts.gz", "--quiet", "--workers", "1", cwd=tmp_path)
        assert done.returncode == 0, done.stderr
    merged = newsgraph("merge", "en.facts.gz", "de.facts.gz", "-o", "merged.ttl", "--facts", "merged.facts.gz", cwd=tmp_path)
    assert merged.returncode == 0, merged.stderr
    assert "2 shard(s) -> merged.ttl, merged.facts.gz" in merged.stderr
    assert (tmp_path / "merged.ttl").read_bytes() == (tmp_path / "all.ttl").read_bytes()
    # a merged shard merges again, alone or with nothing new, into the same graph
    again = newsgraph("merge", "merged.facts.gz", "-o", "again.ttl", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert (tmp_path / "again.ttl").read_bytes() == (tmp_path / "all.ttl").read_bytes()


def _gz(path: Path, lines: list[str]) -> Path:
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    return path


@pytest.mark.parametrize(
    ("make", "code", "words"),
    [
        (lambda d: d / "missing.facts.gz", 3, "no such file"),
        (lambda d: (d / "plain.facts.gz").write_text("not gzip") and d / "plain.facts.gz", 3, "not a newsgraph shard"),
        (lambda d: _gz(d / "noheader.facts.gz", ['{"a": 1}']), 3, "no header line"),
        (lambda d: _gz(d / "json.facts.gz", [json.dumps(shards.HEADER), "{oops"]), 3, ":2: not JSON"),
        (lambda d: _gz(d / "field.facts.gz", [json.dumps(shards.HEADER), '{"article": 1}']), 3, ":2: not a record of an article"),
        (lambda d: _gz(d / "empty.facts.gz", [json.dumps(shards.HEADER)]), 3, "the shards hold no article"),
    ],
)
def test_bad_shards_are_one_line_errors(tmp_path, capsys, make, code, words):
    path = make(tmp_path)
    assert exit_code(["merge", str(path), "-o", str(tmp_path / "out.nt")]) == code  # in this process
    err = capsys.readouterr().err
    assert words in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not (tmp_path / "out.nt").exists()


def exit_code(argv: list[str]) -> int:
    with pytest.raises(SystemExit) as ended:
        main(argv)
    return ended.value.code


def test_a_record_with_a_wrong_value_is_refused(tmp_path):
    first = next(f for f in corpus_facts() if f.pledges)
    data = shards.encode(first)
    data["pledges"] = [{**shards.encode(first.pledges[0]), "kind": "bribes"}]
    path = _gz(tmp_path / "bad.facts.gz", [json.dumps(shards.HEADER), json.dumps(data)])
    with pytest.raises(Exception, match=r"bad.facts.gz:2: not a record of an article"):
        list(shards.read(path))


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["merge", "x.facts.gz"], "merge needs --output"),
        (["merge", "x.facts.gz", "-o", "out.nt", "--facts", "out.json"], "ends with .facts.gz"),
        (["build", str(SAMPLES), "-o", "out.nt", "--facts", "out.gz"], "ends with .facts.gz"),
    ],
)
def test_bad_shard_options_are_usage_errors(tmp_path, capsys, monkeypatch, args, words):
    monkeypatch.chdir(tmp_path)
    assert exit_code(args) == 2
    assert words in capsys.readouterr().err
    assert not list(tmp_path.iterdir())  # nothing written
