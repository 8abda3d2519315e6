"""Stores for graphs too big for rdflib, and remote ones.

* A persistent Oxigraph store (``oxigraph:DIR``) behind the same query API:
  ``graph.query.run("oxigraph:out/store", ...)``, which a worker process opens and
  which is killed at the time and memory limits (``graph.engine.OxigraphEngine``
  evaluates; queries are screened by ``graph.query`` first, because Oxigraph cannot
  switch SERVICE off by itself). A Store object opened here can be passed too, but
  is queried in a thread that is not stopped at the limit (see ``graph.query.run``).
* ``push``: send a graph to any SPARQL 1.1 Graph Store HTTP Protocol endpoint.
"""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from graph.errors import GraphError, OutputError, UsageError

SCHEME = "oxigraph:"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

_SUFFIX_FORMATS = {
    ".ttl": "TURTLE",
    ".nt": "N_TRIPLES",
    ".nq": "N_QUADS",
    ".trig": "TRIG",
    ".jsonld": "JSON_LD",
    ".json": "JSON_LD",
    ".rdf": "RDF_XML",
    ".owl": "RDF_XML",
    ".xml": "RDF_XML",
    ".n3": "N3",
}


def store_path(spec: str) -> Path:
    """``oxigraph:DIR`` -> DIR."""
    if not spec.startswith(SCHEME) or not spec[len(SCHEME) :].strip():
        raise UsageError(f"a store is given as oxigraph:FOLDER, not {spec!r}")
    return Path(spec[len(SCHEME) :])


def open_store(spec: str, *, read_only: bool = False):
    """Open (or create) the persistent Oxigraph store ``oxigraph:DIR``.

    ``read_only`` opens an existing store without taking the write lock, so a
    server and a query can read it at the same time; it must exist.
    """
    import pyoxigraph

    folder = store_path(spec)
    if read_only and not folder.is_dir():
        raise GraphError(f"{folder}: no Oxigraph store there")
    if folder.exists() and not folder.is_dir():
        raise GraphError(f"{folder}: not a folder, cannot hold an Oxigraph store")
    try:
        return pyoxigraph.Store.read_only(str(folder)) if read_only else pyoxigraph.Store(str(folder))
    except OSError as err:
        raise GraphError(f"{folder}: cannot open the Oxigraph store ({first_line(err)})") from None


def first_line(err: BaseException) -> str:
    text = str(err).strip().splitlines()
    return text[0] if text else type(err).__name__


def load_into_store(store, graph_or_path: Graph | str | Path, *, replace: bool = False) -> int:
    """Add a graph (rdflib Graph, or an RDF file read by suffix) to the store's default graph.

    ``replace`` clears the store first. Returns the number of triples in the store afterwards.
    """
    import pyoxigraph

    if replace:
        store.clear()
    try:
        if isinstance(graph_or_path, Graph):
            data = graph_or_path.serialize(format="nt", encoding="utf-8")
            store.load(data, format=pyoxigraph.RdfFormat.N_TRIPLES, to_graph=pyoxigraph.DefaultGraph())
        else:
            path = Path(graph_or_path)
            fmt = _SUFFIX_FORMATS.get(path.suffix.lower())
            if fmt is None:
                raise UsageError(f"{path}: unknown RDF suffix; use one of {', '.join(sorted(_SUFFIX_FORMATS))}")
            if not path.is_file():
                raise GraphError(f"{path}: no such graph file")
            store.bulk_load(
                path=str(path), format=getattr(pyoxigraph.RdfFormat, fmt), to_graph=pyoxigraph.DefaultGraph()
            )
        store.flush()
    except (SyntaxError, OSError, ValueError) as err:
        raise GraphError(f"cannot load into the Oxigraph store: {first_line(err)}") from None
    return len(store)


def to_rdflib(term) -> Node:
    """An Oxigraph term as the equal rdflib term."""
    import pyoxigraph

    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.BlankNode):
        return BNode(term.value)
    if isinstance(term, pyoxigraph.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype in (XSD_STRING, RDF_LANG_STRING):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    return Literal(str(term))  # RDF-star triple terms: shown as text


# --------------------------------------------------------------------------- push (Graph Store Protocol)


def graph_store_url(endpoint: str, graph_iri: str | None = None) -> str:
    """The Graph Store Protocol URL: ``ENDPOINT?default`` or ``ENDPOINT?graph=IRI``."""
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UsageError(f"--endpoint must be an http(s) URL, not {endpoint!r}")
    extra = "default" if graph_iri is None else urllib.parse.urlencode({"graph": graph_iri})
    query = f"{parts.query}&{extra}" if parts.query else extra
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def push(
    graph: Graph, endpoint: str, *, graph_iri: str | None = None, replace: bool = False, timeout: float = 60.0
) -> int:
    """Send ``graph`` as Turtle to a Graph Store: POST adds to, PUT (``replace``) replaces the target graph.

    Returns the HTTP status. A non-2xx answer or a network failure is an OutputError.
    """
    if graph_iri is not None:
        iri = urllib.parse.urlsplit(graph_iri)
        if not iri.scheme:
            raise UsageError(f"--graph must be an absolute IRI, not {graph_iri!r}")
    url = graph_store_url(endpoint, graph_iri)
    body = graph.serialize(format="turtle", encoding="utf-8")
    method = "PUT" if replace else "POST"
    request = urllib.request.Request(
        url, data=body, method=method, headers={"Content-Type": "text/turtle; charset=utf-8"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status = response.status
    except urllib.error.HTTPError as err:
        from graph.push import server_reason

        reason = server_reason(err)  # the reason phrase and what the store's answer says
        raise OutputError(f"push to {url} failed: HTTP {err.code} {reason}".rstrip()) from None
    except (urllib.error.URLError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise OutputError(f"push to {url} failed: {reason}") from None
    if not 200 <= status < 300:
        raise OutputError(f"push to {url} failed: HTTP {status}")
    return status
