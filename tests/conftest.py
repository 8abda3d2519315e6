"""The order the suite runs in: each worker starts with its share of the tests marked ``slow``.

pytest-xdist's work-stealing scheduler hands each of its W workers a contiguous part of the
collection (the first N // W tests to the first, and so on) and lets an idle worker take
tests from the end of a busy one's queue. A test of half a minute collected last would start
last, and the run would wait for it alone; all slow tests at the very front would all go to
the first worker. So the slow tests are dealt out, a module at a time (its module fixtures are
built once), largest first, to the part with the fewest, and put at the front of that part;
the other tests keep their order. Every worker computes the same order (it depends only on
the collection and the number of workers).
"""
from __future__ import annotations

import os
from itertools import islice


def pytest_configure(config) -> None:
    """The package's bytecode, written once before the run: the many ``newsgraph`` processes the
    tests start would each compile graph/ from source where PYTHONDONTWRITEBYTECODE is set."""
    if hasattr(config, "workerinput"):
        return
    import compileall
    from pathlib import Path

    compileall.compile_dir(Path(__file__).resolve().parent.parent / "graph", quiet=2)


def _parts(total: int, workers: int) -> list[int]:
    """The sizes of the parts xdist's work stealing hands out at the start."""
    sizes, left = [], total
    for i in range(workers):
        sizes.append(left // (workers - i))
        left -= sizes[-1]
    return sizes


def pytest_collection_modifyitems(config, items) -> None:
    workers = max(1, int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1")))
    modules: dict[str, list] = {}
    fast = []
    for item in items:
        if item.get_closest_marker("slow"):
            modules.setdefault(item.nodeid.split("::")[0], []).append(item)
        else:
            fast.append(item)
    dealt: list[list] = [[] for _ in range(workers)]
    for group in sorted(modules.values(), key=len, reverse=True):
        min(dealt, key=len).extend(group)
    ordered, rest = [], iter(fast)
    for size, slow in zip(_parts(len(items), workers), dealt):
        ordered.extend(slow)
        ordered.extend(islice(rest, max(0, size - len(slow))))
    ordered.extend(rest)
    assert len(ordered) == len(items)
    items[:] = ordered
