"""One small interface to the two SPARQL engines, rdflib and Oxigraph, chosen in one place.

``graph.query`` screens a query and hands the screened text to ``graph.sandbox``,
which runs it on an :class:`Engine` in a worker process. An engine only evaluates:
it gets the exact text that was screened (already normalised, see
``graph.query.normalise``) together with rdflib's parse of that text, and returns
a :class:`Result` of rdflib terms.

* :class:`RdflibEngine` evaluates rdflib's algebra, the very parse that was screened.
* :class:`OxigraphEngine` gives the same text to Oxigraph.

:func:`engine_for` picks the engine for a source: an ``rdflib.Graph``, a
``pyoxigraph.Store``, an Engine, or a path (a graph file or ``oxigraph:DIR``).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, ClassVar, Protocol

from rdflib import Graph
from rdflib.term import Node

from graph.errors import GraphError, QueryError
from graph.ordering import total_order

PREFIXES = {
    "id": "https://w3id.org/newsgraph/id/",
    "ng": "https://w3id.org/newsgraph/ontology#",
    "schema": "https://schema.org/",
    "wd": "http://www.wikidata.org/entity/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


class QueryLimitError(QueryError):
    """A query stopped by a limit of the sandbox (time, memory, or too many at once)."""


class QueryTimeoutError(QueryLimitError):
    """The query ran longer than the time limit."""


class QueryMemoryError(QueryLimitError):
    """The query needed more memory than the memory limit."""


class BusyError(QueryLimitError):
    """Too many queries are running or waiting already."""


class ResultTooLargeError(QueryError):
    """The result has more rows (or triples) than the size limit."""


@dataclass(frozen=True)
class Result:
    """A query result as rdflib terms, whichever engine ran it.

    ``form`` is SELECT, ASK, CONSTRUCT or DESCRIBE. SELECT fills ``variables`` and
    ``rows`` (None where a variable is unbound); ASK fills ``boolean``;
    CONSTRUCT and DESCRIBE fill ``triples``.
    """

    form: str
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Node | None, ...], ...] = ()
    boolean: bool | None = None
    triples: tuple[tuple[Node, Node, Node], ...] = ()

    @property
    def is_graph(self) -> bool:
        return self.form in ("CONSTRUCT", "DESCRIBE")

    def to_graph(self) -> Graph:
        graph = Graph()
        for prefix, ns in PREFIXES.items():
            graph.bind(prefix, ns)
        for triple in self.triples:
            graph.add(triple)
        return graph

    def dicts(self) -> list[dict[str, Node]]:
        """The rows as {variable: term}, unbound variables left out."""
        return [{v: t for v, t in zip(self.variables, row) if t is not None} for row in self.rows]


def check_size(count: int, limit: int | None, what: str) -> None:
    if limit is not None and count > limit:
        raise ResultTooLargeError(
            f"the result has more than {limit} {what}; add a LIMIT to the query or raise the limit"
        )


class Engine(Protocol):
    """What the sandbox needs from an engine."""

    name: str
    # True: the engine opens its data in each process (a store with native threads, which a fork
    # does not copy); a sandbox then warms each worker after its fork, not the process it forks from
    per_process: ClassVar[bool]

    def run(self, text: str, translated: Any, form: str, limit: int | None) -> Result:
        """Evaluate a screened query: ``text`` as screened, ``translated`` rdflib's algebra of it."""
        ...


@dataclass(frozen=True)
class RdflibEngine:
    graph: Graph
    name: str = "rdflib"
    per_process: ClassVar[bool] = False

    def run(self, text: str, translated: Any, form: str, limit: int | None) -> Result:
        res = self.graph.query(total_order(translated))  # ORDER BY over unbound values (graph.ordering)
        if form == "ASK":
            return Result(form, boolean=bool(res.askAnswer))
        if form in ("CONSTRUCT", "DESCRIBE"):
            triples = tuple(res.graph) if res.graph is not None else ()
            check_size(len(triples), limit, "triples")
            return Result(form, triples=triples)
        variables = tuple(str(v) for v in res.vars or ())
        rows = tuple(tuple(row) for row in (res if limit is None else islice(res, limit + 1)))
        check_size(len(rows), limit, "rows")
        return Result(form, variables=variables, rows=rows)


_OPENED: dict[tuple[int, str], Any] = {}  # (pid, folder) -> read-only store opened by that process


@dataclass(frozen=True)
class OxigraphEngine:
    """Oxigraph, on an open ``store`` or on the store in ``path``. A store given by its path is
    opened read-only by the process that first runs a query (a sandbox worker after its fork),
    never inherited across a fork: RocksDB's threads do not survive one."""

    store: Any = None  # pyoxigraph.Store
    name: str = "oxigraph"
    path: str | None = None
    per_process: ClassVar[bool] = True

    def open(self) -> Any:
        if self.store is not None:
            return self.store
        key = (os.getpid(), str(self.path))
        if key not in _OPENED:
            from graph.store import open_store

            _OPENED[key] = open_store(f"oxigraph:{self.path}", read_only=True)
        return _OPENED[key]

    def run(self, text: str, translated: Any, form: str, limit: int | None) -> Result:
        from graph.store import first_line, to_rdflib

        try:
            answer = self.open().query(text)
            if form == "ASK":
                return Result(form, boolean=bool(answer))
            if form in ("CONSTRUCT", "DESCRIBE"):
                triples = tuple(
                    (to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object))
                    for t in (answer if limit is None else islice(answer, limit + 1))
                )
                check_size(len(triples), limit, "triples")
                return Result(form, triples=triples)
            names = answer.variables
            solutions = answer if limit is None else islice(answer, limit + 1)
            rows = tuple(tuple(None if s[v] is None else to_rdflib(s[v]) for v in names) for s in solutions)
            check_size(len(rows), limit, "rows")
            return Result(form, variables=tuple(v.value for v in names), rows=rows)
        except SyntaxError as err:
            raise QueryError(f"invalid SPARQL for Oxigraph: {first_line(err)}") from None
        except OSError as err:
            raise QueryError(f"query failed: {first_line(err)}") from None


def engine_for(source: Any) -> Engine:
    """The engine for a source: an Engine, an rdflib Graph, a pyoxigraph Store, or a path / ``oxigraph:DIR``."""
    if isinstance(source, (RdflibEngine, OxigraphEngine)):
        return source
    if isinstance(source, Graph):
        return RdflibEngine(source)
    if type(source).__module__.split(".")[0] == "pyoxigraph" and type(source).__name__ == "Store":
        return OxigraphEngine(source)
    if isinstance(source, str) and source.startswith("oxigraph:"):
        from graph.store import store_path

        folder = store_path(source)
        if not folder.is_dir():
            raise GraphError(f"{folder}: no Oxigraph store there")
        return OxigraphEngine(path=str(folder))  # opened where the queries run
    if isinstance(source, (str, Path)):
        return engine_for(load_source(source))
    raise TypeError(f"a query needs an rdflib Graph or an Oxigraph store, not {type(source).__name__}")


def load_source(spec: str | Path):
    """A graph file (any RDF format graph.rdf reads) or ``oxigraph:DIR`` -> an rdflib Graph or a pyoxigraph Store."""
    text = str(spec)
    if text.startswith("oxigraph:"):
        from graph.store import open_store

        return open_store(text, read_only=True)
    path = Path(text)
    if not path.exists():
        raise GraphError(f"{text}: no such graph file")
    if path.is_dir():
        raise GraphError(f"{text}: is a folder; give a graph file, or oxigraph:{text} for an Oxigraph store")
    from graph.rdf import load_graph

    return load_graph(path)
