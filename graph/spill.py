"""N-Triples of a build too large to hold: sorted runs on disk, merged when the file is written.

A build that only writes an N-Triples file needs its triples once, as sorted unique lines.
:class:`SpilledTriples` takes them from ``rdf.to_graph`` one by one, turns every
``rdf.NT_BATCH`` of them into N-Triples lines (the writer of ``rdf.serialize``, so each line
has the same bytes), keeps up to ``RUN_LINES`` lines in memory and writes each full run,
sorted and without repeats, to a hidden temporary file beside the output file. :meth:`SpilledTriples.lines` merges the
runs (``heapq.merge``), each line once: the bytes of ``rdf.serialize(graph, suffix=".nt")``,
in memory that does not grow with the corpus. The temporary files are removed when the
lines have been read, or by :meth:`close`.
"""
from __future__ import annotations

import heapq
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from graph.io import remove_temporary, temporary_beside

RUN_LINES = 200_000  # lines held in memory before a run is written (about 40 MB)


class SpilledTriples:
    """A write-only set of triples whose N-Triples lines spill to sorted runs on disk."""

    def __init__(self, to_lines: Callable[[list], list[bytes]], *, beside: Path, batch: int,
                 run_lines: int | None = None) -> None:  # fmt: skip
        self._to_lines = to_lines  # a batch of triples -> their N-Triples lines
        self._beside, self._batch_size, self._run_lines = Path(beside), batch, run_lines or RUN_LINES
        self._triples: list = []
        self._lines: list[bytes] = []
        self._runs: list[str] = []

    def add(self, triple) -> None:
        self._triples.append(triple)
        if len(self._triples) >= self._batch_size:
            self._flush_triples()

    def _flush_triples(self) -> None:
        if self._triples:
            self._lines.extend(self._to_lines(self._triples))
            self._triples = []
        if len(self._lines) >= self._run_lines:
            self._write_run()

    def _write_run(self) -> None:
        fd, name = temporary_beside(self._beside, "run")
        self._runs.append(name)
        with os.fdopen(fd, "wb") as out:
            out.writelines(sorted(set(self._lines)))
        self._lines = []

    @property
    def runs(self) -> int:
        """How many runs went to disk so far."""
        return len(self._runs)

    def lines(self) -> Iterator[bytes]:
        """Every line once, sorted as bytes; the runs are removed once read."""
        self._flush_triples()
        handles = [open(name, "rb") for name in self._runs]  # noqa: SIM115 - closed in finally
        try:
            previous = None
            for line in heapq.merge(sorted(set(self._lines)), *handles):
                if line != previous:
                    yield line
                    previous = line
        finally:
            for handle in handles:
                handle.close()
            self.close()

    def close(self) -> None:
        """Remove the runs on disk."""
        for name in self._runs:
            remove_temporary(name)
        self._runs = []

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # noqa: BLE001, S110 - at interpreter exit io's own clean-up removes them
            pass
