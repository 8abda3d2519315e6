"""Node positions for the graph page, computed at build time (deterministic, seeded).

Each connected component is laid out on its own, then the components are packed in rows,
largest first, so that a big web and a hundred single actors do not push each other about.
Small components get networkx's spring layout (Fruchterman-Reingold, seed 7); components
above ``SPRING_LIMIT`` nodes, and every component of a graph above ``SPRING_TOTAL`` nodes,
a radial tree from their best-connected node, which costs linear time.
"""
from __future__ import annotations

import math
from collections.abc import Iterable

import networkx as nx

SEED = 7
SPRING_LIMIT = 300
SPRING_TOTAL = 1500  # in graphs with more nodes, every component gets the (linear-time) radial layout
SPACING = 70.0  # canvas units between neighbours (vis-network draws 1 unit = 1 px at scale 1)
GAP = 60.0  # between packed components

Position = tuple[float, float]


def layout(nodes: Iterable[str], edges: Iterable[tuple[str, str]]) -> dict[str, Position]:
    """Positions for ``nodes``; the same input gives the same numbers."""
    graph = nx.Graph()
    graph.add_nodes_from(sorted(set(nodes)))
    graph.add_edges_from(sorted({tuple(sorted((a, b))) for a, b in edges if a != b and a in graph and b in graph}))
    parts = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0]))
    spring = graph.number_of_nodes() <= SPRING_TOTAL
    placed = [_component(graph.subgraph(part), spring=spring) for part in parts]
    return _pack(placed)


def _component(sub: nx.Graph, *, spring: bool = True) -> dict[str, Position]:
    count = sub.number_of_nodes()
    if count == 1:
        return {next(iter(sub.nodes)): (0.0, 0.0)}
    if count == 2:
        a, b = sorted(sub.nodes)
        return {a: (-SPACING, 0.0), b: (SPACING, 0.0)}
    if count > SPRING_LIMIT or not spring:
        return _radial(sub)
    ordered = nx.Graph()
    ordered.add_nodes_from(sorted(sub.nodes))
    ordered.add_edges_from(sorted(tuple(sorted(e)) for e in sub.edges))
    raw = nx.spring_layout(ordered, seed=SEED, iterations=120, k=3.2 / math.sqrt(count))
    scale = SPACING * 1.8 * math.sqrt(count)
    return {node: (float(x) * scale, float(y) * scale) for node, (x, y) in raw.items()}


def _radial(sub: nx.Graph) -> dict[str, Position]:
    """A BFS tree from the node with most links, each subtree in a wedge of its own size."""
    root = min(sub.nodes, key=lambda n: (-sub.degree(n), n))
    children: dict[str, list[str]] = {root: []}
    depth = {root: 0}
    queue = [root]
    for node in queue:
        for other in sorted(sub.neighbors(node)):
            if other not in depth:
                depth[other] = depth[node] + 1
                children[node].append(other)
                children[other] = []
                queue.append(other)
    leaves: dict[str, int] = {}
    for node in reversed(queue):
        leaves[node] = sum(leaves[c] for c in children[node]) or 1
    total = leaves[root]
    ring = SPACING * max(1.0, total / (2 * math.pi * max(depth.values()) * 1.0)) / 2
    positions: dict[str, Position] = {}
    start = {root: 0.0}
    for node in queue:
        angle = start[node] + math.pi * leaves[node] / total
        radius = ring * depth[node] * 2
        positions[node] = (radius * math.cos(angle), radius * math.sin(angle))
        offset = start[node]
        for child in children[node]:
            start[child] = offset
            offset += 2 * math.pi * leaves[child] / total
    return positions


def _pack(parts: list[dict[str, Position]]) -> dict[str, Position]:
    """Shelf packing: rows of components, each row as wide as the largest component (at least)."""
    boxes = []
    for part in parts:
        xs = [p[0] for p in part.values()]
        ys = [p[1] for p in part.values()]
        boxes.append((min(xs), min(ys), max(xs) - min(xs) + 2 * GAP, max(ys) - min(ys) + 2 * GAP))
    area = sum(w * h for _, _, w, h in boxes)
    width = max([math.sqrt(area) * 1.4] + [w for *_, w, _ in boxes[:1]])
    out: dict[str, Position] = {}
    x = y = row = 0.0
    for part, (left, top, w, h) in zip(parts, boxes):
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row, 0.0
        for node, (px, py) in part.items():
            out[node] = (round(px - left + x + GAP, 1), round(py - top + y + GAP, 1))
        x += w
        row = max(row, h)
    return out
