"""`newsgraph build` against bad input, run as a user runs it: a subprocess.

Every case checks the documented exit code (docs/exit-codes.md), a one-line
``newsgraph: ...`` message on stderr naming the file and the problem, no traceback,
and what was written: the rest of the batch when a file is skipped, nothing at all
with ``--strict`` or when an option or the output path is wrong.

The small bad files live in tests/bad_inputs/; large ones are generated in tmp_path.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF

from graph.extract import CHUNK, chunks
from graph.ingest import iter_articles
from graph.vocab import ID, NG, SCHEMA

BAD = Path(__file__).parent / "bad_inputs"
GOOD = BAD / "good.txt"

# exit codes, as documented in docs/exit-codes.md
OK, USAGE, INPUT, OUTPUT, SKIPPED = 0, 2, 3, 4, 10


def newsgraph(*args: object, cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "NEWSGRAPH_DEBUG"}
    result = subprocess.run(
        [sys.executable, "-m", "graph", *map(str, args)],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    for line in result.stderr.splitlines():  # every message is one line of its own
        assert line.startswith("newsgraph: ") or "article(s) ->" in line, result.stderr
    return result


def messages(result: subprocess.CompletedProcess) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("newsgraph: ")]


def article_of(path: Path):
    """The Article ingest makes of ``path`` (for its hash and title)."""
    (article,) = iter_articles([path], on_error=lambda err: pytest.fail(str(err)))
    return article


def assert_contains(output: Path, *paths: Path) -> Graph:
    """``output`` parses and holds the article node of every file in ``paths``."""
    graph = Graph().parse(output)
    for path in paths:
        article = article_of(path)
        nodes = set(graph.subjects(NG.contentHash, Literal(article.sha256)))
        assert len(nodes) == 1, f"no article node for {path} in {output}"
        (node,) = nodes
        assert (node, RDF.type, NG.Article) in graph
        assert str(graph.value(node, SCHEMA.headline)) == article.title
    return graph


def assert_good_article_built(output: Path) -> Graph:
    """The good article and what it says about Canada are in the graph."""
    graph = assert_contains(output, GOOD)
    assert (ID["country/CA"], RDF.type, NG.Country) in graph
    return graph


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """A folder with the good article in it, and an out/ folder for the graph."""
    (tmp_path / "in").mkdir()
    shutil.copy(GOOD, tmp_path / "in" / "good.txt")
    (tmp_path / "out").mkdir()
    return tmp_path


# --------------------------------------------------------------------------- a bad file in the batch


def _copy(name: str):
    def make(folder: Path) -> Path:
        return Path(shutil.copy(BAD / name, folder / name))

    return make


def _missing(folder: Path) -> Path:
    return folder / "does-not-exist.txt"


def _empty_folder(folder: Path) -> Path:
    empty = folder / "nothing-here"
    empty.mkdir()
    (empty / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (empty / "notes.docx").write_bytes(b"PK\x03\x04")
    return empty


SKIP_CASES = [
    ("empty", _copy("empty.txt"), "empty article"),
    ("whitespace", _copy("whitespace.txt"), "empty article"),
    ("binary", _copy("binary.txt"), "binary file, not an article"),
    ("missing", _missing, "no such file or folder"),
    ("empty-folder", _empty_folder, "no articles in this folder"),
]


@pytest.mark.parametrize(("make", "problem"), [c[1:] for c in SKIP_CASES], ids=[c[0] for c in SKIP_CASES])
def test_bad_file_is_skipped_and_the_rest_built(work, make, problem):
    bad = make(work)
    out = work / "out" / "graph.ttl"
    result = newsgraph("build", bad, work / "in", "-o", out, cwd=work)
    assert result.returncode == SKIPPED, result.stderr
    assert f"newsgraph: skipped {bad}: {problem}" in messages(result)[0]
    assert len(messages(result)) == 1
    assert_good_article_built(out)


@pytest.mark.parametrize(("make", "problem"), [c[1:] for c in SKIP_CASES], ids=[c[0] for c in SKIP_CASES])
def test_strict_stops_at_the_bad_file_and_writes_nothing(work, make, problem):
    bad = make(work)
    out = work / "out" / "graph.ttl"
    result = newsgraph("build", work / "in", bad, "--strict", "-o", out, cwd=work)
    assert result.returncode == INPUT, result.stderr
    (message,) = messages(result)
    assert message.startswith(f"newsgraph: {bad}: {problem}")
    assert not out.exists()
    assert os.listdir(work / "out") == []


def test_only_bad_files_is_an_input_error(work):
    out = work / "out" / "graph.ttl"
    result = newsgraph("build", BAD / "empty.txt", BAD / "binary.txt", "-o", out, cwd=work)
    assert result.returncode == INPUT
    assert any("no article could be read" in m for m in messages(result))
    assert not out.exists()


def test_json_lines_with_bad_lines(work):
    out = work / "out" / "graph.ttl"
    feed = BAD / "feed.jsonl"
    result = newsgraph("build", feed, "-o", out, cwd=work)
    assert result.returncode == SKIPPED, result.stderr
    assert [m.split(" (")[0] for m in messages(result)] == [
        f"newsgraph: skipped {feed}:2: missing text",
        f"newsgraph: skipped {feed}:3: malformed JSON",
    ]
    graph = Graph().parse(out)
    urls = {str(u) for u in graph.objects(None, SCHEMA.url)}
    assert {"https://example.org/news/canada-aid", "https://example.org/news/kiew"} <= urls
    dates = {str(d) for a in graph.subjects(RDF.type, NG.Article) for d in graph.objects(a, SCHEMA.datePublished)}
    assert {"2025-06-17", "2025-08-24"} <= dates
    langs = {str(v) for v in graph.objects(None, SCHEMA.inLanguage)}
    assert {"de", "en"} <= langs


# --------------------------------------------------------------------------- files that must be read


@pytest.mark.parametrize(
    ("name", "word"),
    [
        ("invalid_utf8.txt", "Außenministerin"),
        ("latin1.txt", "Außenministerin"),
        ("utf16_bom.txt", "Canada"),
    ],
)
def test_odd_encodings_are_decoded(work, name, word):
    out = work / "out" / "graph.ttl"
    result = newsgraph("build", BAD / name, "-o", out, cwd=work)
    assert result.returncode == OK, result.stderr
    assert messages(result) == []
    graph = assert_contains(out, BAD / name)
    headlines = [str(h) for h in graph.objects(None, SCHEMA.headline)]
    assert any(word in h for h in headlines)
    assert "\ufffd" not in out.read_text(encoding="utf-8")


def test_html_noise_stays_out_of_the_graph(work):
    out = work / "out" / "graph.ttl"
    result = newsgraph("build", BAD / "noisy.html", work / "in", "-o", out, cwd=work)
    assert result.returncode == OK, result.stderr
    graph = assert_contains(out, BAD / "noisy.html", GOOD)
    assert "Canada pledges new aid to Ukraine" in {str(h) for h in graph.objects(None, SCHEMA.headline)}
    text = out.read_text(encoding="utf-8")
    for noise in ("SCRIPTTEXT", "STYLETEXT", "HEADERTEXT", "NAVTEXT", "COMMENTTEXT", "ASIDETEXT",
                  "FORMTEXT", "NOSCRIPTTEXT", "FOOTERTEXT"):  # fmt: skip
        assert noise not in text
    for actor in ("country/CN", "country/MX", "country/BR", "country/JP"):  # named only in the noise
        assert (ID[actor], RDF.type, NG.Country) not in graph


@pytest.mark.slow
def test_a_line_of_three_chunks(work):
    # longer than CHUNK without a line break: cut at full stops; a million characters and
    # 20 MB are measured by `newsgraph bench` (the dense line and --large), not here
    sentence = "Kanada sagte der Ukraine am Dienstag weitere Hilfe zu, und die Regierung in Kiew dankte. "
    path = work / "in" / "oneline.txt"
    path.write_text((sentence * (3 * CHUNK // len(sentence) + 1))[:3 * CHUNK], encoding="utf-8")
    out = work / "out" / "graph.ttl"
    result = newsgraph("build", path, "-o", out, "--quiet", cwd=work)
    assert result.returncode == OK, result.stderr
    assert_contains(out, path)


@pytest.mark.slow
def test_an_article_of_many_lines_and_chunks(work):
    path = work / "in" / "long.txt"
    paragraph = ("Der kanadische Premierminister sagte, Kanada werde der Ukraine helfen. "
                 "Die Regierung in Kiew dankte für die Unterstützung.\n")  # fmt: skip
    path.write_text(paragraph * (3 * CHUNK // len(paragraph) + 1), encoding="utf-8")
    assert len(list(chunks(path.read_text(encoding="utf-8")))) >= 3
    out = work / "out" / "graph.ttl"
    result = newsgraph("build", path, "-o", out, "--quiet", cwd=work)
    assert result.returncode == OK, result.stderr
    assert_contains(out, path)


# --------------------------------------------------------------------------- wrong options and outputs


def _read_only_folder(work: Path) -> Path:
    folder = work / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    if os.access(folder, os.W_OK):
        folder.chmod(0o755)
        pytest.skip("the folder stays writable after chmod 555 (running as root)")
    return folder / "graph.ttl"


def _a_file(work: Path) -> Path:
    path = work / "plain"
    path.write_text("not a folder", encoding="utf-8")
    return path


def _input_named_like_a_graph(work: Path) -> Path:
    path = work / "in" / "notes.ttl"  # named directly, so read as text
    path.write_text("Kanada hilft der Ukraine mit Geld.", encoding="utf-8")
    return path


USAGE_CASES = [
    # (id, extra arguments or a function of the work folder giving them, exit code, words in the message)
    # a missing output folder is created (tests/test_user_path.py); one under a file cannot be
    ("output-folder-under-a-file", lambda w: ["-o", _a_file(w) / "such" / "graph.ttl"], OUTPUT, ["plain", "not a folder"]),
    ("read-only-folder", lambda w: ["-o", _read_only_folder(w)], OUTPUT, ["locked", "not writable"]),
    ("output-is-input", lambda w: [_input_named_like_a_graph(w), "-o", w / "in" / "notes.ttl"], OUTPUT,
     ["notes.ttl", "input"]),
    ("unknown-suffix", lambda w: ["-o", w / "out" / "graph.docx"], USAGE, ["graph.docx"]),
    ("unknown-lang", lambda w: ["--lang", "fr", "-o", w / "out" / "graph.ttl"], USAGE, ["--lang", "'fr'"]),
    ("invalid-published", lambda w: ["--published", "2025-13-45", "-o", w / "out" / "graph.ttl"], USAGE,
     ["--published", "2025-13-45"]),
    ("unknown-option", lambda w: ["--bogus", "-o", w / "out" / "graph.ttl"], USAGE, ["--bogus"]),
    ("published-not-a-date", lambda w: ["--published", "yesterday", "-o", w / "out" / "graph.ttl"], USAGE,
     ["--published", "yesterday"]),
]  # fmt: skip


@pytest.mark.parametrize(("args", "code", "words"), [c[1:] for c in USAGE_CASES], ids=[c[0] for c in USAGE_CASES])
def test_wrong_option_or_output_is_refused_before_any_work(work, args, code, words):
    args = args(work)
    before = {p: p.read_bytes() for p in work.rglob("*") if p.is_file()}
    result = newsgraph("build", work / "in", *args, cwd=work)
    assert result.returncode == code, result.stderr
    (message,) = messages(result)
    for word in words:
        assert word in message
    after = {p: p.read_bytes() for p in work.rglob("*") if p.is_file()}
    assert after == before  # nothing written, the input untouched
    assert not (work / "output").exists()


# --------------------------------------------------------------------------- kill -9 during a build

ARTICLE = (
    "Kanada sagt der Ukraine Hilfe zu ({n})\n"
    "Der kanadische Premierminister kündigte am Dienstag in Ottawa an, Kanada werde der Ukraine "
    "{n} Millionen kanadische Dollar für die Verteidigung geben.\n"
    "Am Mittwoch traf der Premierminister den ukrainischen Präsidenten in Kiew; "
    "die Regierung in Kiew dankte Kanada für {n} Millionen Dollar.\n"
)


@pytest.mark.slow
def test_kill_during_a_build_leaves_the_previous_graph_intact(work):
    articles = work / "many"
    articles.mkdir()
    for n in range(1, 201):  # enough that writing the graph takes long enough to be caught
        (articles / f"{n:04d}.txt").write_text(ARTICLE.format(n=n), encoding="utf-8")
    out = work / "out" / "graph.ttl"
    first = newsgraph("build", work / "in", "-o", out, cwd=work)
    assert first.returncode == OK, first.stderr
    previous = out.read_bytes()

    env = {k: v for k, v in os.environ.items() if k != "NEWSGRAPH_DEBUG"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "graph", "build", articles, "-o", out, "--quiet"],
        cwd=work, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        # Kill the moment a temporary file appears next to the graph (the write has begun)
        # or the graph changes (a non-atomic write); or, failing that, while it still works.
        give_up = time.monotonic() + 300
        while proc.poll() is None and time.monotonic() < give_up:
            if set(os.listdir(out.parent)) != {out.name} or out.read_bytes() != previous:
                break
            time.sleep(0.0005)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
    if proc.returncode != -signal.SIGKILL:
        pytest.skip(f"the build finished (exit {proc.returncode}) before it could be killed")
    now = out.read_bytes()
    if now != previous:
        # (killed just after the atomic rename: then the file must be the whole new graph, all 200 articles in it)
        graph = Graph().parse(data=now.decode("utf-8"), format="turtle")
        assert len(set(graph.subjects(RDF.type, NG.Article))) == 200
    else:
        assert_good_article_built(out)
