"""SPARQL over a newsgraph graph: screening, named queries, parameters, limits, result formats.

Every query passes :func:`screen` before it reaches an engine: updates, ``SERVICE``
and ``FROM``/``FROM NAMED`` are refused, because rdflib would fetch URLs or read
local files for them (and Oxigraph cannot switch ``SERVICE`` off). Screening
looks at rdflib's parsed algebra, so a ``SERVICE`` nested anywhere is found and
the word inside a string literal is not.

:func:`run` executes a query on an ``rdflib.Graph`` or an Oxigraph store
(``graph.store``) in a worker thread with a time limit and a result-size limit,
and returns a :class:`Result` of rdflib terms whatever the engine. The
formatters turn a Result into the W3C result formats (JSON, XML, CSV, TSV),
Turtle/JSON-LD/N-Triples for graphs, or a rich table for the terminal.

Named queries are the ``graph/data/queries/*.rq`` files. Their header comments
describe them::

    # description: The pledges of one donor ...
    # param: donor ?who — the donor's name in any language ...

A parameter's value is bound to its variable as an escaped string literal
(never pasted in raw), and the query is screened again afterwards.
"""
from __future__ import annotations

import csv
import difflib
import io
import json
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from graph.errors import GraphError, InputError, QueryError, UnsafeQueryError, UsageError
from graph.names import bind_actor_iris
from graph.ordering import total_order

if TYPE_CHECKING:
    from rich.table import Table

DEFAULT_TIMEOUT = 30.0  # seconds
DEFAULT_LIMIT = 100_000  # rows (SELECT) or triples (CONSTRUCT / DESCRIBE)

RESULT_FORMATS = ("table", "csv", "tsv", "json", "xml")  # SELECT and ASK
GRAPH_FORMATS = ("turtle", "jsonld", "nt", "xml")  # CONSTRUCT and DESCRIBE
FORMATS = ("table", "csv", "tsv", "json", "xml", "turtle", "jsonld", "nt")

SRX_NS = "http://www.w3.org/2005/sparql-results#"
PREFIXES = {
    "id": "https://w3id.org/newsgraph/id/",
    "ng": "https://w3id.org/newsgraph/ontology#",
    "schema": "https://schema.org/",
    "wd": "http://www.wikidata.org/entity/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


class QueryTimeoutError(QueryError):
    """The query ran longer than the time limit."""


class ResultTooLargeError(QueryError):
    """The result has more rows (or triples) than the size limit."""


class UpdateRefusedError(UnsafeQueryError):
    """A SPARQL Update (INSERT, DELETE, LOAD, CLEAR, ...): the graph is read-only."""


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Param:
    """A parameter of a named query: ``--param donor=Kanada`` binds ``?who``."""

    name: str
    variable: str
    help: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    text: str


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


# --------------------------------------------------------------------------- screening

_FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}
_UPDATE_NAMES = {
    "InsertData": "INSERT DATA",
    "DeleteData": "DELETE DATA",
    "DeleteWhere": "DELETE WHERE",
    "Modify": "INSERT/DELETE",
    "Load": "LOAD",
    "Clear": "CLEAR",
    "Drop": "DROP",
    "Create": "CREATE",
    "Add": "ADD",
    "Move": "MOVE",
    "Copy": "COPY",
}


def _one_line(text: str, limit: int = 200) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _update_kind(query: str) -> str | None:
    """The first operation's name if the text parses as a SPARQL Update, else None."""
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        update = parseUpdate(query)
    except Exception:
        return None
    requests = list(update.get("request") or [])
    if not requests:
        return None
    name = getattr(requests[0], "name", "")
    return _UPDATE_NAMES.get(name, "update")


def _translate(query: str):
    """Parse and translate to algebra; QueryError (with the position) if it is not a query."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    if not query or not query.strip():
        raise QueryError("the query is empty")
    try:
        parsed = parseQuery(query)
    except ParseException as err:
        kind = _update_kind(query)
        if kind:
            raise UpdateRefusedError(f"updates are not allowed ({kind}): the graph is read-only") from None
        raise QueryError(f"invalid SPARQL at line {err.lineno}, column {err.col}: {_one_line(err.msg)}") from None
    except Exception as err:  # rdflib raises a few other types for malformed input
        raise QueryError(f"invalid SPARQL: {_one_line(err)}") from None
    try:
        return translateQuery(parsed)
    except Exception as err:
        raise QueryError(f"invalid SPARQL: {_one_line(err)}") from None


def _walk(node: Any):
    """Every CompValue in an rdflib algebra tree, expressions (EXISTS, subqueries) included."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack, seen = [node], set()
    while stack:
        item = stack.pop()
        if id(item) in seen or isinstance(item, (str, bytes, int, float, Node)):
            continue
        seen.add(id(item))
        if isinstance(item, CompValue):
            yield item
            stack.extend(dict.values(item))
        elif isinstance(item, (list, tuple, set, frozenset, ParseResults)):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())


def _screen_algebra(translated) -> str:
    """Refuse dataset clauses and SERVICE; return the query form (SELECT, ASK, ...)."""
    algebra = translated.algebra
    if algebra.get("datasetClause"):
        raise UnsafeQueryError(
            "FROM and FROM NAMED are not allowed: a query runs on the loaded graph only, it cannot read other files or URLs"
        )
    for part in _walk(algebra):
        if part.name == "ServiceGraphPattern":
            raise UnsafeQueryError("SERVICE is not allowed: a query cannot call other SPARQL endpoints")
    return _FORMS.get(algebra.name, algebra.name)


def screen(query: str) -> None:
    """Raise QueryError if ``query`` is not valid SPARQL, UnsafeQueryError if it is not safe.

    Refused: every update (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY),
    SERVICE anywhere in the query, and FROM / FROM NAMED dataset clauses.
    """
    _screen_algebra(_translate(query))


def query_form(query: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE (after screening)."""
    return _screen_algebra(_translate(query))


# --------------------------------------------------------------------------- parameters

_STRING = "|".join(
    (
        r'"""(?:[^"\\]|\\.|"(?!""))*"""',
        r"'''(?:[^'\\]|\\.|'(?!''))*'''",
        r'"(?:[^"\\\n\r]|\\.)*"',
        r"'(?:[^'\\\n\r]|\\.)*'",
    )
)
_TOKEN = re.compile(
    rf"(?P<string>{_STRING})"
    r"""|(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)"""
    r"|(?P<comment>#[^\n\r]*)"
    r"|(?P<var>[?$][A-Za-z0-9_\u00B7\u00C0-\uFFFF]+)"
)


_ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def sparql_string(value: str) -> str:
    """A SPARQL string literal for ``value``, escaped so it cannot end early and reads back unchanged.

    SPARQL expands ``\\uXXXX`` anywhere in the query text before parsing, so a ``u``
    after an (escaped) backslash is itself written as an eight-digit code point escape.
    """
    escaped = "".join(_ECHAR.get(c, c) for c in value)
    escaped = re.sub(r"\\([uU])", lambda m: "\\\\U000000" + ("75" if m.group(1) == "u" else "55"), escaped)
    return f'"{escaped}"'


def variables_of(query: str) -> set[str]:
    """The variable names used in a query's text (outside strings, IRIs and comments)."""
    return {m.group("var")[1:] for m in _TOKEN.finditer(query) if m.group("var")}


def bind(query: str, values: Mapping[str, str]) -> str:
    """Replace each ``?name`` in ``values`` by the value as an escaped string literal.

    Strings, IRIs and comments in the query are left alone. An unknown name is a QueryError.
    """
    missing = sorted(set(values) - variables_of(query))
    if missing:
        raise QueryError(f"the query has no variable ?{missing[0]} to bind a parameter to")

    def replace(match: re.Match) -> str:
        var = match.group("var")
        if var and var[1:] in values:
            return sparql_string(str(values[var[1:]]))
        return match.group(0)

    return _TOKEN.sub(replace, query)


# --------------------------------------------------------------------------- named queries

_PARAM = re.compile(r"#\s*param:\s*([A-Za-z][\w-]*)\s+[?$](\w+)\s*(?:[—–-]+\s*)?(.*)")
_DESCRIPTION = re.compile(r"#\s*description:\s*(.*)")


def _parse_named(name: str, text: str) -> NamedQuery:
    description, params = "", []
    for line in text.splitlines():
        line = line.strip()
        if not line.startswith("#"):
            break
        if m := _DESCRIPTION.match(line):
            description = m.group(1).strip()
        elif m := _PARAM.match(line):
            params.append(Param(m.group(1), m.group(2), m.group(3).strip()))
    return NamedQuery(name, description, tuple(params), text)


@cache
def named_queries() -> dict[str, NamedQuery]:
    """Every bundled query by name (the .rq file name without suffix), sorted by name."""
    folder = files("graph.data.queries")
    found = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[: -len(".rq")]
            found[name] = _parse_named(name, entry.read_text(encoding="utf-8"))
    return found


def get_named(name: str) -> NamedQuery:
    queries = named_queries()
    if name in queries:
        return queries[name]
    close = difflib.get_close_matches(name, queries, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else f"; known: {', '.join(queries)}"
    raise QueryError(f"unknown query name {name!r}{hint} (newsgraph query GRAPH --list)")


_NAME = re.compile(r"[A-Za-z][\w-]*")


def parse_params(items: list[str] | None) -> dict[str, str]:
    """``["donor=Kanada"]`` -> ``{"donor": "Kanada"}``."""
    params = {}
    for item in items or []:
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not _NAME.fullmatch(name):
            raise UsageError(f"--param must look like name=value, not {item!r}")
        params[name] = value
    return params


def resolve(
    query_or_name: str | None, *, file: Path | None = None, params: Mapping[str, str] | None = None
) -> tuple[str, dict[str, str]]:
    """The query text and the variable bindings for a query name, a query text or a .rq file.

    A named query's parameters are checked against its ``# param:`` lines; for any
    other query, a parameter binds the variable of the same name.
    """
    params = dict(params or {})
    if file is not None and query_or_name:
        raise UsageError("give either a query (or query name) or --file, not both")
    if file is not None:
        try:
            text = Path(file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise InputError(str(file), f"cannot read the query file ({err.__class__.__name__})") from None
        named = _parse_named(Path(file).stem, text) if "# param:" in text else None
    elif not query_or_name:
        raise UsageError("give a SPARQL query, a query name or --file (list the names with --list)")
    elif _NAME.fullmatch(query_or_name.strip()):
        named = get_named(query_or_name.strip())
        text = named.text
    else:
        text, named = query_or_name, None
    if named is None:
        return text, params
    if not named.params:
        if params:
            raise QueryError(f"query {named.name!r} has no parameters, so not {sorted(params)[0]!r}")
        return text, params
    declared = {p.name: p for p in named.params}
    unknown = sorted(set(params) - set(declared))
    if unknown:
        raise QueryError(
            f"query {named.name!r} has no parameter {unknown[0]!r}; its parameters: {', '.join(declared)}"
        )
    for p in named.params:
        if p.name not in params:
            raise QueryError(f"query {named.name!r} needs --param {p.name}=VALUE ({p.help})")
    return text, bind_actor_iris(text, {declared[n].variable: v for n, v in params.items()})  # graph.names


# --------------------------------------------------------------------------- running


def load_source(spec: str | Path):
    """A graph file (any RDF format graph.rdf reads) or ``oxigraph:DIR`` -> something run() takes."""
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


class _Deadline(BaseException):
    """Raised inside the worker thread to stop an rdflib query that ran out of time."""


class _DeadlineGraph(Graph):
    """The same triples (same store) with a clock check on every triple-pattern lookup.

    rdflib evaluates a query by calling ``triples()`` over and over, so a query that
    runs out of time stops at its next lookup instead of running on in the background.
    """

    def __init__(self, graph: Graph, deadline: float):
        super().__init__(store=graph.store, identifier=graph.identifier, namespace_manager=graph.namespace_manager)
        self._deadline = deadline

    def triples(self, triple):
        if time.monotonic() > self._deadline:
            raise _Deadline
        return super().triples(triple)


def _run_rdflib(graph: Graph, translated, form: str, limit: int | None, deadline: float | None) -> Result:
    from itertools import islice

    if deadline is not None and type(graph) is Graph:  # datasets run without the check
        graph = _DeadlineGraph(graph, deadline)
    res = graph.query(total_order(translated))  # ORDER BY over unbound values (graph.ordering)
    if form == "ASK":
        return Result(form, boolean=bool(res.askAnswer))
    if form in ("CONSTRUCT", "DESCRIBE"):
        triples = tuple(res.graph) if res.graph is not None else ()
        _check_size(len(triples), limit, "triples")
        return Result(form, triples=triples)
    variables = tuple(str(v) for v in res.vars or ())
    rows = res if limit is None else islice(res, limit + 1)
    collected = tuple(tuple(row) for row in rows)
    _check_size(len(collected), limit, "rows")
    return Result(form, variables=variables, rows=collected)


def _check_size(count: int, limit: int | None, what: str) -> None:
    if limit is not None and count > limit:
        raise ResultTooLargeError(
            f"the result has more than {limit} {what}; add a LIMIT to the query or raise the limit"
        )


def _with_timeout(work: Callable[[float | None], Result], timeout: float | None) -> Result:
    """Run ``work(deadline)`` in a daemon thread; QueryTimeoutError after ``timeout`` seconds."""
    if timeout is None:
        return work(None)
    deadline = time.monotonic() + timeout
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["result"] = work(deadline)
        except _Deadline:
            box["timeout"] = True
        except BaseException as err:  # handed to the caller's thread
            box["error"] = err

    worker = threading.Thread(target=target, name="newsgraph-query", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive() or box.get("timeout"):
        raise QueryTimeoutError(f"query took longer than {timeout:g} s")
    if "error" in box:
        err = box["error"]
        if isinstance(err, (QueryError, GraphError)):
            raise err
        raise QueryError(f"query failed: {_one_line(f'{type(err).__name__}: {err}')}") from None
    return box["result"]


def run(
    source,
    query: str,
    *,
    bindings: Mapping[str, str] | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    limit: int | None = DEFAULT_LIMIT,
) -> Result:
    """Screen and run ``query`` on an rdflib Graph or an Oxigraph store.

    ``bindings`` maps variable names to strings, bound as escaped literals.
    QueryTimeoutError after ``timeout`` seconds; ResultTooLargeError beyond ``limit``
    rows (or triples). UnsafeQueryError / QueryError as in :func:`screen`.
    """
    if bindings:
        query = bind(query, bindings)
    translated = _translate(query)
    form = _screen_algebra(translated)
    from graph import store as stores

    if stores.is_store(source):
        return _with_timeout(lambda deadline: stores.run_on_store(source, query, form=form, limit=limit), timeout)
    if not isinstance(source, Graph):
        raise TypeError(f"run() needs an rdflib Graph or an Oxigraph store, not {type(source).__name__}")
    return _with_timeout(lambda deadline: _run_rdflib(source, translated, form, limit, deadline), timeout)


# --------------------------------------------------------------------------- formats


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": str(term)}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype is not None:
            out["datatype"] = str(term.datatype)
        return out
    return {"type": "literal", "value": str(term)}


def to_json(result: Result) -> str:
    """SPARQL 1.1 Query Results JSON."""
    if result.form == "ASK":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)})
    bindings = [
        {var: _json_term(term) for var, term in zip(result.variables, row) if term is not None}
        for row in result.rows
    ]
    return json.dumps({"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}, ensure_ascii=False)


def _xml_term(term: Node) -> str:
    if isinstance(term, URIRef):
        return f"<uri>{xml_escape(str(term))}</uri>"
    if isinstance(term, BNode):
        return f"<bnode>{xml_escape(str(term))}</bnode>"
    if isinstance(term, Literal) and term.language:
        return f"<literal xml:lang={quoteattr(term.language)}>{xml_escape(str(term))}</literal>"
    if isinstance(term, Literal) and term.datatype is not None:
        return f"<literal datatype={quoteattr(str(term.datatype))}>{xml_escape(str(term))}</literal>"
    return f"<literal>{xml_escape(str(term))}</literal>"


def to_xml(result: Result) -> str:
    """SPARQL Query Results XML."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f'<sparql xmlns="{SRX_NS}">']
    if result.form == "ASK":
        lines += ["  <head/>", f"  <boolean>{'true' if result.boolean else 'false'}</boolean>"]
    else:
        lines.append("  <head>")
        lines += [f"    <variable name={quoteattr(v)}/>" for v in result.variables]
        lines += ["  </head>", "  <results>"]
        for row in result.rows:
            lines.append("    <result>")
            for var, term in zip(result.variables, row):
                if term is not None:
                    lines.append(f"      <binding name={quoteattr(var)}>{_xml_term(term)}</binding>")
            lines.append("    </result>")
        lines.append("  </results>")
    lines.append("</sparql>")
    return "\n".join(lines) + "\n"


def _plain(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def to_csv(result: Result) -> str:
    """SPARQL 1.1 Query Results CSV (plain values, CRLF line ends). ASK gives true/false."""
    if result.form == "ASK":
        return ("true" if result.boolean else "false") + "\r\n"
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([_plain(t) for t in row])
    return buffer.getvalue()


def _tsv_string(text: str) -> str:
    text = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    return f'"{text}"'


def _tsv_term(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        if term.language:
            return f"{_tsv_string(str(term))}@{term.language}"
        if term.datatype is not None:
            return f"{_tsv_string(str(term))}^^<{term.datatype}>"
    return _tsv_string(str(term))


def to_tsv(result: Result) -> str:
    """SPARQL 1.1 Query Results TSV (terms in Turtle syntax). ASK gives true/false."""
    if result.form == "ASK":
        return ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join(_tsv_term(t) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


_RDFLIB_FORMATS = {"turtle": "turtle", "jsonld": "json-ld", "nt": "nt", "xml": "xml"}


def to_rdf(result: Result, fmt: str = "turtle") -> str:
    """A CONSTRUCT or DESCRIBE result as Turtle, JSON-LD, N-Triples or RDF/XML."""
    return result.to_graph().serialize(format=_RDFLIB_FORMATS[fmt])


def short(term: Node | None) -> str:
    """A term for people to read: prefixed IRIs, bare literal text."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        for prefix, ns in PREFIXES.items():
            if term.startswith(ns):
                return f"{prefix}:{term[len(ns):]}"
        return str(term)
    return _plain(term)


def to_table(result: Result) -> Table:
    """A rich Table of a SELECT result: fitted to the terminal, numbers grouped by locale (graph.tables)."""
    from graph.tables import result_table

    return result_table(result)


def format_result(result: Result, fmt: str = "table") -> str:
    """Render a result as text. ``fmt`` is one of FORMATS; "table" renders the rich table as plain text."""
    if fmt not in FORMATS:
        raise UsageError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if result.is_graph:
        if fmt in ("table", "turtle"):
            return to_rdf(result, "turtle")
        if fmt in ("json", "jsonld"):
            return to_rdf(result, "jsonld")
        if fmt in ("nt", "xml"):
            return to_rdf(result, fmt)
        raise UsageError(f"a {result.form} query gives a graph: use --format turtle, jsonld, nt or xml, not {fmt}")
    if fmt in ("turtle", "jsonld", "nt"):
        raise UsageError(f"a {result.form} query gives a table: use --format table, csv, tsv, json or xml, not {fmt}")
    if fmt == "json":
        return to_json(result) + "\n"
    if fmt == "xml":
        return to_xml(result)
    if fmt == "csv":
        return to_csv(result)
    if fmt == "tsv":
        return to_tsv(result)
    if result.form == "ASK":
        return ("true" if result.boolean else "false") + "\n"
    from rich.console import Console

    console = Console(file=io.StringIO(), width=160, color_system=None)
    console.print(to_table(result))
    return console.file.getvalue()
