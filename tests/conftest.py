"""The order the suite runs in: tests marked ``slow`` first.

pytest-xdist's work-stealing scheduler hands each worker a contiguous part of the
collection and lets an idle worker take tests from the end of a busy one's queue. A test
of half a minute collected last would start last, and the run would wait for it alone;
collected first, it runs while the other worker gets through the short tests. The sort
is stable, so every other test keeps its place (and every worker collects the same order).
"""
from __future__ import annotations


def pytest_collection_modifyitems(config, items) -> None:
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
