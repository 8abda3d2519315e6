"""The README as a new user follows it: every code block runs, in order, in a fresh folder.

* ``sh`` blocks: every command, as written. Creating the environment and installing
  into it are what this test runs inside, so those are taken as done; `.venv/bin/X`
  is this environment's X, and after `. .venv/bin/activate` plain `newsgraph` and
  `python` are too. `newsgraph serve` runs in the background on a free port while the
  `curl` its comment names is asked; `newsgraph push` goes to an Oxigraph server this
  test starts on loopback.
* ``sparql`` blocks are saved under the name the next ``$ newsgraph query --file``
  line reads, and that line's output must have the README's header and rows.
* Commands under ``tools/``, ``tests/`` or ``../shared`` run in the repository (the
  scorer needs ``../shared``, as the README says); the ones that build every dev-set
  article in its own process take minutes, so they run fully only with
  NEWSGRAPH_README_SLOW=1, and otherwise with ``--help``.

A command the test does not know how to run fails it, so a new block cannot go untested.

The README's SPARQL and every named query (with the example its ``--param`` help
gives) also run on the graph of the bundled samples and on that of a dev set, on
rdflib and on Oxigraph: no error, the same rows on both engines.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import shlex
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest
from test_push_store import oxigraph_server  # noqa: F401  (a fixture: the Oxigraph server on loopback)
from test_user_path import comparable, example_params

from graph import query as q

pytestmark = pytest.mark.slow  # the walkthrough takes half a minute: it starts first (tests/conftest.py)

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
BIN = Path(sys.executable).parent
SLOW = bool(os.environ.get("NEWSGRAPH_README_SLOW"))
SLOW_COMMANDS = ("tools/score_devsets.py", "tests/devset")  # every dev-set article built in its own process
TIMEOUT = 600  # seconds for one command


@dataclass(frozen=True)
class Block:
    lang: str
    text: str
    line: int


def readme_blocks() -> list[Block]:
    blocks, lang, start, body = [], None, 0, []
    for number, line in enumerate(README.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("```") and lang is None:
            lang, start, body = line[3:].strip(), number, []
        elif line.startswith("```"):
            blocks.append(Block(lang, "\n".join(body), start))
            lang = None
        elif lang is not None:
            body.append(line)
    assert lang is None, f"README.md:{start}: a code block is not closed"
    return blocks


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def csv_rows(text: str) -> tuple[list[str], list[tuple[str, ...]]]:
    """Header and rows; a cell listing names ("A, B") with its parts sorted (their order is free)."""
    rows = list(csv.reader(io.StringIO(text.strip())))
    norm = [tuple(", ".join(sorted(c.split(", "))) for c in row) for row in rows[1:]]
    return rows[0], sorted(norm)


class Reader:
    """Runs the README's commands in order, in a work folder, as a user would."""

    def __init__(self, work: Path, store_url: str):
        self.work, self.store_url = work, store_url
        self.activated = False
        self.ran: list[str] = []
        self.not_run: list[str] = []  # commands that need ../shared when it is not beside the clone
        self.pending_query: str | None = None

    def env(self) -> dict[str, str]:
        env = dict(os.environ, COLUMNS="100")
        if self.activated:
            env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
            env["VIRTUAL_ENV"] = str(BIN.parent)
        return env

    def program(self, word: str) -> str | None:
        """The executable a command's first word means, or None if the test does not know it."""
        if word.startswith(".venv/bin/"):
            return str(BIN / word.removeprefix(".venv/bin/"))
        if word == "newsgraph" and self.activated:
            return str(BIN / "newsgraph")
        if word in ("python", "python3") and self.activated:
            return sys.executable
        return None

    def run(self, command: str, where: str) -> subprocess.CompletedProcess:
        """One command of the README (no shell); fails the test on a non-zero exit or a traceback."""
        words = shlex.split(command, comments=True)
        if not words:
            return None
        if self.skip_setup(words):
            return None
        program = self.program(words[0])
        assert program, f"{where}: the README test does not know how to run {command!r}"
        args = words[1:]
        cwd = self.work
        if any(a.startswith(("tools/", "tests/", "../shared")) for a in args):
            cwd = ROOT
            if "../shared" in command and not (ROOT.parent / "shared").is_dir():
                self.not_run.append(f"{where}: {command}")  # the README says it needs ../shared
                return None
            if not SLOW and any(marker in command for marker in SLOW_COMMANDS):
                args = [a for a in args if a.endswith(".py")][:1] + ["--help"]
        if words[0].endswith("newsgraph") and args[:1] == ["serve"]:
            return self.serve(args, command, where)
        if words[0].endswith("newsgraph") and args[:1] == ["push"]:
            args = [a.replace("http://localhost:7878", self.store_url) for a in args]
        proc = subprocess.run([program, *args], cwd=cwd, env=self.env(), capture_output=True, text=True, timeout=TIMEOUT)
        self.ran.append(command)
        assert proc.returncode == 0, f"{where}: {command!r} exited {proc.returncode}:\n{proc.stderr[-2000:]}"
        assert "Traceback" not in proc.stderr, f"{where}: {command!r}:\n{proc.stderr[-2000:]}"
        return proc

    def skip_setup(self, words: list[str]) -> bool:
        """Making and filling the environment: done already, since this test runs inside it."""
        if words[:3] == ["python3", "-m", "venv"]:
            return True
        if words[0] == ".venv/bin/pip" and words[1:2] == ["install"]:
            return True
        if words[0] == ".venv/bin/pytest":
            return True  # this very run
        if words[:2] == [".", ".venv/bin/activate"]:
            self.activated = True
            return True
        return False

    def serve(self, args: list[str], command: str, where: str) -> None:
        """`newsgraph serve ... --port N  # then: curl 'URL'`: serve on a free port, ask the URL, stop."""
        asked = re.search(r"curl '([^']+)'", command)
        assert asked, f"{where}: {command!r} names no curl to try"
        port = str(free_port())
        args = [port if previous == "--port" else a for previous, a in zip([None, *args], args)]
        url = re.sub(r"127\.0\.0\.1:\d+", f"127.0.0.1:{port}", asked.group(1))
        proc = subprocess.Popen([str(BIN / "newsgraph"), *args], cwd=self.work, env=self.env(),
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    with urllib.request.urlopen(url, timeout=5) as response:
                        answer = json.loads(response.read())
                    break
                except OSError:
                    assert proc.poll() is None, f"{where}: {command!r} stopped: {proc.stderr.read().decode()[-500:]}"
                    assert time.monotonic() < deadline, f"{where}: {url} did not answer"
                    time.sleep(0.3)
            assert answer.get("boolean") is True, f"{where}: {url} answered {answer}"
        finally:
            proc.terminate()
            proc.wait(timeout=20)
        self.ran.append(command)

    def shell_block(self, block: Block) -> None:
        for number, line in enumerate(block.text.splitlines(), block.line + 1):
            for command in line.split(" && "):
                self.run(command.strip(), f"README.md:{number}")

    def python_block(self, block: Block) -> None:
        """A Python recipe, run as written in the work folder; its ``archive/`` is a copy of the samples."""
        if not (self.work / "archive").exists():
            self.run("newsgraph samples archive", f"README.md:{block.line} (its archive/)")
        proc = subprocess.run([sys.executable, "-c", block.text], cwd=self.work, env=self.env(), capture_output=True,
                              text=True, timeout=TIMEOUT)
        self.ran.append(f"python README.md:{block.line}")
        assert proc.returncode == 0, f"README.md:{block.line}: the Python block exited {proc.returncode}:\n{proc.stderr[-2000:]}"

    def output_block(self, block: Block) -> None:
        """``$ command`` then the output the README shows for it."""
        first, _, shown = block.text.partition("\n")
        command = first.removeprefix("$ ")
        file = re.search(r"--file (\S+)", command)
        if file:
            assert self.pending_query, f"README.md:{block.line}: no SPARQL block before {command!r}"
            (self.work / file.group(1)).write_text(self.pending_query, encoding="utf-8")
            self.pending_query = None
        proc = self.run(command, f"README.md:{block.line + 1}")
        if "--format csv" in command:
            got, want = csv_rows(proc.stdout), csv_rows(shown)
            assert got[0] == want[0], f"README.md:{block.line}: header {got[0]} != {want[0]}"
            differs = f"README.md:{block.line}: the README shows other rows than {command!r} gives:\n"
            assert got[1] == want[1], differs + proc.stdout


def test_every_readme_code_block_runs_as_written(tmp_path, oxigraph_server):  # noqa: F811
    reader = Reader(tmp_path, oxigraph_server)
    kinds = {"sh": reader.shell_block, "python": reader.python_block}
    for block in readme_blocks():
        if block.lang == "sparql":
            q.screen(block.text)
            reader.pending_query = block.text + "\n"
        elif block.lang in kinds:
            kinds[block.lang](block)
        elif block.lang == "" and block.text.startswith("$ "):
            reader.output_block(block)
        else:
            unknown = f"README.md:{block.line}: a ```{block.lang} block the test cannot run"
            assert block.lang == "" and "$" not in block.text, unknown
    assert reader.activated and len(reader.ran) >= 15, reader.ran
    for name in ("samples", "build", "explain", "query", "validate", "html", "serve", "push", "export"):
        assert any(c.split()[:2] in (["newsgraph", name], [".venv/bin/newsgraph", name]) for c in reader.ran), name
    if reader.not_run:
        pytest.skip("every other command ran; ../shared is not beside this clone for: " + "; ".join(reader.not_run))


# ------------------------------------------------------------------ every query, two graphs, two engines


@pytest.fixture(scope="module")
def graphs(tmp_path_factory) -> dict:
    from graph import api
    from graph.cli import sample_paths

    samples, report = api.build_graph(sample_paths())
    assert report.articles == 4
    devset, report = api.build_graph([ROOT / "tests" / "devset"])
    assert report.articles >= 14 and not report.skipped
    return {"samples": samples, "devset": devset}


def readme_queries() -> list[tuple[str, str]]:
    return [(f"README.md:{b.line}", b.text) for b in readme_blocks() if b.lang == "sparql"]


def all_queries() -> list[tuple[str, str, dict]]:
    named = [(n.name, n.text, example_params(n)) for n in q.named_queries().values()]
    return named + [(where, text, {}) for where, text in readme_queries()]


@pytest.mark.parametrize("which", ["samples", "devset"])
def test_every_query_runs_on_both_engines(graphs, tmp_path, which):
    from graph.store import load_into_store, open_store

    graph = graphs[which]
    store = open_store(f"oxigraph:{tmp_path / 'store'}")
    load_into_store(store, graph)
    assert len(readme_queries()) >= 2
    for name, text, params in all_queries():
        if params:
            text, bindings = q.resolve(name, params=params)
        else:
            bindings = {}
        answers = {}
        for engine, source in (("rdflib", graph), ("oxigraph", store)):
            try:
                result = q.run(source, text, bindings=bindings, timeout=120)
            except Exception as err:  # noqa: BLE001 - any error fails, with the query's name
                pytest.fail(f"{name} on the {which} graph with {engine}: {err}")
            answers[engine] = sorted(tuple(comparable(v, t) for v, t in zip(result.variables, row)) for row in result.rows)
        assert answers["rdflib"] == answers["oxigraph"], f"{name} on the {which} graph: the engines disagree"
        if name.startswith("README") and which == "samples":
            assert answers["rdflib"], f"{name} gives no rows on the samples"
