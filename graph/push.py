"""``newsgraph push``: what the store said when it refused, and stores without a default graph.

A store that refuses a graph explains why in the body of its answer (Virtuoso:
"endpoint is not configured to have default graph"); :func:`server_reason` turns
that body into one line for the error message.

Some stores (Virtuoso) have no default graph to write to over the Graph Store
Protocol. Without ``--graph``, :func:`push_graph` then sends the graph to the named
graph :data:`DEFAULT_GRAPH_IRI` and says so.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

from rdflib import Graph

from graph.errors import OutputError

DEFAULT_GRAPH_IRI = "https://w3id.org/newsgraph/graph"
MAX_REASON = 240
_NO_DEFAULT_GRAPH = re.compile(r"default[ -]graph", re.IGNORECASE)


@dataclass(frozen=True)
class Pushed:
    status: int
    url: str
    graph_iri: str | None  # the named graph written to; None for the default graph
    fallback: bool  # True when the store had no default graph and DEFAULT_GRAPH_IRI was used


def reason_text(body: bytes | str, content_type: str = "") -> str:
    """The gist of an error body as one line: HTML tags and entities dropped, spaces collapsed, cut short."""
    text = body.decode("utf-8", errors="replace") if isinstance(body, bytes) else body
    if "html" in content_type.lower() or re.search(r"<(html|body|h1|p|pre)\b", text, re.IGNORECASE):
        text = re.sub(r"<(script|style)\b.*?</\1\s*>", " ", text, flags=re.IGNORECASE | re.DOTALL)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    text = " ".join(text.split())
    return text if len(text) <= MAX_REASON else text[: MAX_REASON - 1] + "…"


def server_reason(err) -> str:
    """One line from an ``urllib.error.HTTPError``: the reason phrase and what the body says."""
    phrase = " ".join((getattr(err, "reason", "") or "").split())
    try:
        body = err.read(65536) if hasattr(err, "read") else b""
    except OSError:
        body = b""
    headers = getattr(err, "headers", None)
    detail = reason_text(body or b"", headers.get("Content-Type", "") if headers is not None else "")
    if detail and detail.casefold() != phrase.casefold():
        return f"{phrase}: {detail}" if phrase else detail
    return phrase


def needs_named_graph(err: OutputError) -> bool:
    """Whether a refused push says the store has no default graph."""
    return bool(_NO_DEFAULT_GRAPH.search(str(err).split(" failed: ", 1)[-1]))


def push_graph(
    graph: Graph, endpoint: str, *, graph_iri: str | None = None, replace: bool = False, timeout: float = 60.0
) -> Pushed:
    """Push through ``graph.store.push``; without ``graph_iri``, fall back to DEFAULT_GRAPH_IRI
    if the store needs a named graph."""
    from graph import store

    try:
        status = store.push(graph, endpoint, graph_iri=graph_iri, replace=replace, timeout=timeout)
        return Pushed(status, store.graph_store_url(endpoint, graph_iri), graph_iri, False)
    except OutputError as err:
        if graph_iri is not None or not needs_named_graph(err):
            raise
    status = store.push(graph, endpoint, graph_iri=DEFAULT_GRAPH_IRI, replace=replace, timeout=timeout)
    return Pushed(status, store.graph_store_url(endpoint, DEFAULT_GRAPH_IRI), DEFAULT_GRAPH_IRI, True)
