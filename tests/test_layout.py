"""Positions for the graph page (graph/layout.py): deterministic, every node placed, components apart."""
from __future__ import annotations

from graph import layout


def ring(prefix: str, size: int) -> list[tuple[str, str]]:
    return [(f"{prefix}{i}", f"{prefix}{(i + 1) % size}") for i in range(size)]


def test_same_input_same_positions_and_every_node_placed():
    nodes = [f"a{i}" for i in range(30)] + [f"b{i}" for i in range(5)] + ["lonely"]
    edges = ring("a", 30) + ring("b", 5)
    first = layout.layout(nodes, edges)
    assert first == layout.layout(list(reversed(nodes)), list(reversed(edges)))
    assert set(first) == set(nodes)
    assert len(set(first.values())) == len(nodes)


def test_components_do_not_overlap():
    nodes = [f"a{i}" for i in range(30)] + [f"b{i}" for i in range(20)]
    pos = layout.layout(nodes, ring("a", 30) + ring("b", 20))

    def box(prefix):
        xs = [p[0] for k, p in pos.items() if k.startswith(prefix)]
        ys = [p[1] for k, p in pos.items() if k.startswith(prefix)]
        return min(xs), min(ys), max(xs), max(ys)

    a, b = box("a"), box("b")
    assert a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1]


def test_big_graphs_get_the_radial_layout_quickly():
    import time

    size = 4000
    started = time.perf_counter()
    pos = layout.layout([f"n{i}" for i in range(size)], [(f"n{i}", f"n{i // 4}") for i in range(1, size)])
    assert time.perf_counter() - started < 20  # linear time; the spring layout would take minutes
    assert len(set(pos.values())) == size
