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
import math
import re
import sys
import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from graph.engine import (  # noqa: F401 (re-exported: the query API)
    PREFIXES,
    BusyError,
    OxigraphEngine,
    QueryLimitError,
    QueryMemoryError,
    QueryTimeoutError,
    Result,
    ResultTooLargeError,
    engine_for,
    load_source,
)
from graph.errors import (
    InputError,
    NewsgraphError,
    QueryError,
    UnsafeQueryError,
    UsageError,
)
from graph.names import bind_actor_iris

if TYPE_CHECKING:
    from rich.table import Table

DEFAULT_TIMEOUT = 30.0  # seconds
DEFAULT_LIMIT = 100_000  # rows (SELECT) or triples (CONSTRUCT / DESCRIBE)

RESULT_FORMATS = ("table", "csv", "tsv", "json", "xml")  # SELECT and ASK
GRAPH_FORMATS = ("turtle", "jsonld", "nt", "xml")  # CONSTRUCT and DESCRIBE
FORMATS = ("table", "csv", "tsv", "json", "xml", "turtle", "jsonld", "nt")

SRX_NS = "http://www.w3.org/2005/sparql-results#"
MAX_QUERY = 1_000_000  # characters of query text
DEFAULT_MEMORY = 1024  # MB a query may use beyond what the graph takes


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


_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_PAIR = re.compile(r"\\(.)", re.DOTALL)
_PARSE_LOCK = threading.Lock()  # rdflib's parser is not safe to first use from several threads


def _expand(match: re.Match) -> str:
    code = int(match.group(1) or match.group(2), 16)
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        raise QueryError(f"invalid SPARQL: \\u escape {match.group(0)!r} is not a character a query may hold")
    return chr(code)


def normalise(query: str) -> str:
    """The query text both engines read alike: escapes expanded once, line ends as LF.

    SPARQL expands ``\\uXXXX`` and ``\\UXXXXXXXX`` anywhere in the text before parsing;
    rdflib does so, Oxigraph only inside strings and IRIs, so a ``\\u0022`` can end a
    string for one and not for the other. Likewise rdflib ends a comment only at LF,
    Oxigraph at CR too. This text is screened *and* run, and rdflib parses it without
    expanding again; an escape left after expanding (``\\u005Cu0022``) is refused,
    so no reader can expand it differently.
    """
    if not query or not query.strip():
        raise QueryError("the query is empty")
    if len(query) > MAX_QUERY:
        raise QueryError(f"the query is longer than {MAX_QUERY} characters")
    return _no_escapes_left(_ESCAPE.sub(_expand, query).replace("\r\n", "\n").replace("\r", "\n"))


def _no_escapes_left(text: str) -> str:
    for pair in _PAIR.finditer(text):
        if pair.group(1) in "uU":
            raise UnsafeQueryError("a \\u escape may not spell another escape (write the character itself)")
    return text


def _update_kind(text: str) -> str | None:
    """The first operation's name if the text parses as a SPARQL Update, else None."""
    from rdflib.plugins.sparql.parser import UpdateUnit

    try:
        update = UpdateUnit.parse_string(text, parse_all=True)[0]
    except Exception:
        return None
    requests = list(update.get("request") or [])
    if not requests:
        return None
    name = getattr(requests[0], "name", "")
    return _UPDATE_NAMES.get(name, "update")


def _parse(text: str):
    """rdflib's parse of normalised text, without expanding escapes a second time."""
    from rdflib.plugins.sparql.parser import Query

    with _PARSE_LOCK:
        return Query.parse_string(text, parse_all=True)


def _translate(text: str):
    """Parse and translate normalised text to algebra; QueryError (with the position) if it is not a query."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.algebra import translateQuery

    try:
        parsed = _parse(text)
    except ParseException as err:
        kind = _update_kind(text)
        if kind:
            raise UpdateRefusedError(f"updates are not allowed ({kind}): the graph is read-only") from None
        raise QueryError(f"invalid SPARQL at line {err.lineno}, column {err.col}: {_one_line(err.msg)}") from None
    except RecursionError:
        raise QueryError("invalid SPARQL: the query is nested too deeply") from None
    except Exception as err:  # rdflib raises a few other types for malformed input
        raise QueryError(f"invalid SPARQL: {_one_line(err)}") from None
    try:
        return translateQuery(parsed)
    except RecursionError:
        raise QueryError("invalid SPARQL: the query is nested too deeply") from None
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


def _check_part(part) -> None:
    if part.name == "ServiceGraphPattern":
        raise UnsafeQueryError("SERVICE is not allowed: a query cannot call other SPARQL endpoints")
    if part.name == "Slice":
        for key, word in (("length", "LIMIT"), ("start", "OFFSET")):
            value = part.get(key)
            if value is not None and not 0 <= int(value) <= sys.maxsize:
                raise QueryError(f"{word} {value} is too large; at most {sys.maxsize}")


def _screen_algebra(translated) -> str:
    """Refuse dataset clauses and SERVICE; return the query form (SELECT, ASK, ...)."""
    algebra = translated.algebra
    if algebra.get("datasetClause"):
        raise UnsafeQueryError(
            "FROM and FROM NAMED are not allowed: a query runs on the loaded graph only, it cannot read other files or URLs"
        )
    for part in _walk(algebra):
        _check_part(part)
    return _FORMS.get(algebra.name, algebra.name)


_PREPARED: OrderedDict[str, tuple[Any, str]] = OrderedDict()  # text -> (algebra, form), most recent last
_PREPARED_LOCK = threading.Lock()
PREPARED_SIZE = 64  # texts whose screening this process keeps


def prepare(text: str) -> tuple[Any, str]:
    """Parse and screen normalised text: (rdflib algebra, form). What a sandbox worker runs first.

    Parsing with rdflib takes 0.05-0.5 s per named query, often more than Oxigraph needs to
    answer it, so the last ``PREPARED_SIZE`` texts that passed are kept: the same text (the
    exact characters, bindings included) is not parsed again in this process or in the
    workers forked from it. A text that fails is screened again every time.
    """
    with _PREPARED_LOCK:
        found = _PREPARED.get(text)
        if found is not None:
            _PREPARED.move_to_end(text)
            return found
    translated = _translate(text)
    found = (translated, _screen_algebra(translated))
    with _PREPARED_LOCK:
        _PREPARED[text] = found
        while len(_PREPARED) > PREPARED_SIZE:
            _PREPARED.popitem(last=False)
    return found


def screen(query: str) -> None:
    """Raise QueryError if ``query`` is not valid SPARQL, UnsafeQueryError if it is not safe.

    Refused: every update (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY),
    SERVICE anywhere in the query, FROM / FROM NAMED dataset clauses, and escapes
    that two parsers could read differently (see :func:`normalise`).
    """
    prepare(normalise(query))


def query_form(query: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE (after screening)."""
    return prepare(normalise(query))[1]


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

    Bound into text that is already normalised (see :func:`normalise`), so only the
    string escapes are needed: no ``\\u`` escape is expanded afterwards.
    """
    return '"' + "".join(_ECHAR.get(c, c) for c in value) + '"'


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


def check_limits(*, timeout: float | None, max_rows: int | None, memory_mb: int = DEFAULT_MEMORY) -> None:
    """UsageError (exit 2) for a time, row or memory limit that is not a usable number."""
    if timeout is not None and not (math.isfinite(timeout) and 0 < timeout <= 86_400):
        raise UsageError(f"--timeout must be a number of seconds above 0 and at most 86400, not {timeout}")
    if max_rows is not None and not 1 <= max_rows <= sys.maxsize:
        raise UsageError(f"--max-rows must be at least 1, not {max_rows}")
    if not 16 <= memory_mb <= 1_048_576:
        raise UsageError(f"--memory must be between 16 and 1048576 MB, not {memory_mb}")


def query_text(query: str, bindings: Mapping[str, str] | None = None) -> str:
    """The exact text that is screened and run: normalised, with ``bindings`` bound as literals."""
    text = normalise(query)
    return _no_escapes_left(bind(text, bindings)) if bindings else text


def run(
    source,
    query: str,
    *,
    bindings: Mapping[str, str] | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    limit: int | None = DEFAULT_LIMIT,
    memory_mb: int = DEFAULT_MEMORY,
    sandbox=None,
) -> Result:
    """Screen and run ``query`` on an rdflib Graph or an Oxigraph store, in a worker process.

    ``bindings`` maps variable names to strings, bound as escaped literals. The
    query is parsed, screened and evaluated in a ``graph.sandbox`` worker that is
    killed after ``timeout`` seconds (QueryTimeoutError) or beyond ``memory_mb``
    (QueryMemoryError); ResultTooLargeError beyond ``limit`` rows (or triples);
    UnsafeQueryError / QueryError as in :func:`screen`. A server passes its own
    running ``sandbox`` (a pool of workers); otherwise one worker is started for
    this query.

    An Oxigraph store is best given as ``"oxigraph:DIR"``: the worker opens it. A
    ``pyoxigraph.Store`` object this process opened cannot be handed to a worker that
    can be killed: a fork does not copy RocksDB's threads (a lock one of them held
    would stay locked in the worker), and a fresh process cannot open the same folder,
    because a Store does not tell its folder (no attribute, no subclass, no weak
    reference to key a table by) and an in-memory Store has none. Such a query runs in
    a thread of this process with the same screening and time limit: over the limit
    it raises QueryTimeoutError, but it runs on to its end, and ``memory_mb`` does not apply.
    """
    from graph.sandbox import Sandbox

    text = query_text(query, bindings)
    wall = 1e7 if timeout is None else timeout  # None: no limit (115 days)
    if sandbox is not None:
        return sandbox.run(text, timeout=wall, limit=limit)
    engine = engine_for(source)
    if isinstance(engine, OxigraphEngine) and engine.store is not None:
        # a store this process opened has RocksDB threads, which a fork does not copy: a forked
        # worker could wait forever on a lock one of them held. Such a store is queried here,
        # in a thread with the same screening and limit (an ``oxigraph:DIR`` is opened by the worker).
        return _run_here(engine, text, wall, limit)
    with Sandbox(engine, prepare, workers=1, memory_mb=memory_mb, warm=False) as box:
        return box.run(text, timeout=wall, limit=limit)


def _run_here(engine, text: str, timeout: float, limit: int | None) -> Result:
    """Screen and run ``text`` in a daemon thread of this process; QueryTimeoutError after ``timeout``."""
    import threading

    box: dict = {}

    def work() -> None:
        try:
            translated, form = prepare(text)
            box["result"] = engine.run(text, translated, form, limit)
        except BaseException as err:  # handed to the caller's thread
            box["error"] = err

    worker = threading.Thread(target=work, name="newsgraph-query", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise QueryTimeoutError(f"query took longer than {timeout:g} s")
    if "error" in box:
        err = box["error"]
        if isinstance(err, NewsgraphError):
            raise err
        raise QueryError(f"query failed: {type(err).__name__}: {err}") from None
    return box["result"]


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
