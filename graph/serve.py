"""A read-only SPARQL 1.1 Protocol endpoint on the standard library's HTTP server.

``GET /sparql?query=…``, ``POST /sparql`` with an ``application/sparql-query``
body or a form (``query=…``). Results by content negotiation: SELECT/ASK as
SPARQL JSON (default), XML, CSV or TSV; CONSTRUCT/DESCRIBE as Turtle (default),
JSON-LD or N-Triples. Updates get 403, unsafe or invalid queries 400, a query
over the time limit 503. ``/`` serves the graph's HTML page.
"""
from __future__ import annotations

import html
import ipaddress
import sys
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from graph import query as q
from graph.errors import QueryError, UsageError

MAX_BODY = 1_000_000  # bytes of query text or form data

RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/ld+json": "jsonld",
    "application/n-triples": "nt",
}
CONTENT_TYPES = {
    ("result", "json"): "application/sparql-results+json",
    ("result", "xml"): "application/sparql-results+xml",
    ("result", "csv"): "text/csv",
    ("result", "tsv"): "text/tab-separated-values",
    ("graph", "turtle"): "text/turtle",
    ("graph", "jsonld"): "application/ld+json",
    ("graph", "nt"): "application/n-triples",
}


def negotiate(accept: str | None, *, graph: bool) -> str:
    """The best format for an Accept header: one of json/xml/csv/tsv, or turtle/jsonld/nt for graphs."""
    table = GRAPH_TYPES if graph else RESULT_TYPES
    default = "turtle" if graph else "json"
    best, best_q = default, 0.0
    for position, item in enumerate((accept or "").split(",")):
        media, *params = [p.strip() for p in item.split(";")]
        weight = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip() == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        media = media.lower()
        if media in table and weight > best_q:
            best, best_q = table[media], weight
    return best


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def fallback_page(endpoint: str = "/sparql") -> str:
    """A minimal page: the endpoint and the named queries, each a link where it has no parameters."""
    items = []
    for named in q.named_queries().values():
        title = html.escape(named.name)
        if not named.params:
            href = html.escape(endpoint + "?" + urllib.parse.urlencode({"query": named.text}), quote=True)
            title = f'<a href="{href}">{title}</a>'
        params = "".join(f" <code>{html.escape(p.name)}</code>" for p in named.params)
        items.append(f"<li>{title}{' (parameters:' + params + ')' if params else ''}: {html.escape(named.description)}</li>")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>newsgraph SPARQL endpoint</title></head>\n"
        f"<body><h1>newsgraph SPARQL endpoint</h1>\n<p>Read-only SPARQL 1.1 endpoint at <code>{html.escape(endpoint)}</code> "
        "(GET <code>?query=</code> or POST).</p>\n<h2>Named queries</h2>\n<ul>\n" + "\n".join(items) + "\n</ul>\n</body></html>\n"
    )


def render_page(source) -> str:
    """The graph's HTML page from graph.viz.render_html when there is one, else the fallback page."""
    from rdflib import Graph

    try:
        from graph import viz
    except ImportError:
        return fallback_page()
    render = getattr(viz, "render_html", None)
    if render is None or not isinstance(source, Graph):
        return fallback_page()
    return render(source)


class SparqlHandler(BaseHTTPRequestHandler):
    server: "SparqlServer"
    server_version = "newsgraph"
    protocol_version = "HTTP/1.1"

    # ------------------------------------------------------------------ plumbing
    def _send(self, status: int, body: str | bytes, content_type: str) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Vary", "Accept")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _error(self, status: int, message: str) -> None:
        self._send(status, message + "\n", "text/plain; charset=utf-8")

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (stdlib signature)
        if not self.server.quiet:
            super().log_message(format, *args)

    # ------------------------------------------------------------------ methods
    def do_OPTIONS(self) -> None:
        self.send_response(204)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Access-Control-Max-Age", "86400")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            self._send(200, self.server.page(), "text/html; charset=utf-8")
            return
        if url.path != "/sparql":
            self._error(404, f"not found: {url.path}; the endpoint is /sparql")
            return
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        self._dispatch(params)

    do_HEAD = do_GET

    def do_POST(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            self._error(404, f"not found: {url.path}; the endpoint is /sparql")
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > MAX_BODY:
            self._error(413, f"the request body must be between 0 and {MAX_BODY} bytes")
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if media == "application/sparql-update":
            self._error(403, "updates are not allowed: this endpoint is read-only")
            return
        if media == "application/sparql-query":
            params["query"] = [body]
        elif media == "application/x-www-form-urlencoded":
            for key, values in urllib.parse.parse_qs(body, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
        else:
            self._error(415, "POST a query as application/sparql-query or application/x-www-form-urlencoded")
            return
        self._dispatch(params)

    # ------------------------------------------------------------------ the query
    def _dispatch(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            self._error(403, "updates are not allowed: this endpoint is read-only")
            return
        queries = params.get("query") or []
        if len(queries) != 1 or not queries[0].strip():
            self._error(400, "give exactly one query: /sparql?query=SELECT …")
            return
        if params.get("default-graph-uri") or params.get("named-graph-uri"):
            self._error(400, "default-graph-uri and named-graph-uri are not supported: the endpoint serves one graph")
            return
        try:
            result = q.run(self.server.source, queries[0], timeout=self.server.timeout, limit=self.server.max_rows)
        except q.QueryTimeoutError as err:
            self._error(503, str(err))
            return
        except q.UpdateRefusedError as err:
            self._error(403, str(err))
            return
        except QueryError as err:
            self._error(400, str(err))
            return
        kind = "graph" if result.is_graph else "result"
        fmt = negotiate(self.headers.get("Accept"), graph=result.is_graph)
        body = q.format_result(result, fmt)
        content_type = CONTENT_TYPES[(kind, fmt)]
        charset = "" if content_type.endswith("json") else "; charset=utf-8"
        self._send(200, body, content_type + charset)


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, source, *, timeout: float, max_rows: int, quiet: bool = False):
        super().__init__(address, SparqlHandler)
        self.source = source
        self.timeout = timeout
        self.max_rows = max_rows
        self.quiet = quiet
        self._page: str | None = None

    def page(self) -> str:
        if self._page is None:
            self._page = render_page(self.source)
        return self._page

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/sparql"


def make_server(
    source,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    timeout: float = 10.0,
    max_rows: int = 10_000,
    quiet: bool = False,
) -> SparqlServer:
    """A server for ``source`` (rdflib Graph or Oxigraph store), bound but not yet serving.

    Port 0 picks a free port (see ``server.url``). Warns on stderr when not bound to loopback.
    """
    if not is_loopback(host):
        print(
            f"newsgraph: warning: serving on {host}, reachable from other machines; the endpoint has no authentication",
            file=sys.stderr,
        )
    try:
        return SparqlServer((host, port), source, timeout=timeout, max_rows=max_rows, quiet=quiet)
    except OSError as err:
        raise UsageError(f"cannot listen on {host}:{port}: {err.strerror or err}") from None
