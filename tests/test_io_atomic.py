"""Output files of one build: temporary files never left behind, the graph and the page replaced together."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from graph import io as gio
from graph.errors import OutputError

ROOT = Path(__file__).parent.parent


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_replace_together_replaces_all_at_the_end(tmp_path):
    graph, page = tmp_path / "g.ttl", tmp_path / "g.html"
    graph.write_text("old graph")
    page.write_text("old page")
    with gio.replace_together():
        gio.atomic_write_text(graph, "new graph")
        assert graph.read_text() == "old graph"  # not yet
        gio.atomic_write_text(page, "new page")
    assert (graph.read_text(), page.read_text()) == ("new graph", "new page")
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("error", [KeyboardInterrupt, OutputError])
def test_an_interrupted_build_changes_nothing_and_leaves_no_temporary_file(tmp_path, error):
    graph, page = tmp_path / "g.ttl", tmp_path / "g.html"
    graph.write_text("old graph")
    page.write_text("old page")
    with pytest.raises(error):
        with gio.replace_together():
            gio.atomic_write_text(graph, "new graph")
            raise error("stopped while drawing the page")
    assert (graph.read_text(), page.read_text()) == ("old graph", "old page")
    assert leftovers(tmp_path) == []


def test_stale_temporary_files_of_dead_processes_are_removed(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True).stdout.strip()
    stale = tmp_path / f".g.ttl.newsgraph-{dead}-abc123.tmp"
    alive = tmp_path / f".g.ttl.newsgraph-{os.getppid()}-def456.tmp"  # a process that runs
    other = tmp_path / ".other.ttl.newsgraph-1-x.tmp"
    for path in (stale, alive, other):
        path.write_text("half a graph")
    gio.atomic_write_text(tmp_path / "g.ttl", "graph")
    assert not stale.exists() and alive.exists() and other.exists()


SIGTERM_BUILD = """
import os, signal, sys
from pathlib import Path
from graph import io
io.cleanup_on_signals()
folder = Path(sys.argv[1])
with io.replace_together():
    io.atomic_write_text(folder / "g.ttl", "new graph")
    os.kill(os.getpid(), signal.SIGTERM)
    io.atomic_write_text(folder / "g.html", "new page")
"""


def test_sigterm_during_a_build_removes_its_temporary_files(tmp_path):
    (tmp_path / "g.ttl").write_text("old graph")
    done = subprocess.run([sys.executable, "-c", SIGTERM_BUILD, str(tmp_path)], cwd=ROOT, timeout=60)
    assert done.returncode == 143
    assert (tmp_path / "g.ttl").read_text() == "old graph"
    assert not (tmp_path / "g.html").exists()
    assert leftovers(tmp_path) == []
