"""A read-only SPARQL 1.1 Protocol endpoint on the standard library's HTTP server, hardened.

``GET /sparql?query=…``, ``POST /sparql`` with an ``application/sparql-query``
body or a form (``query=…``). Results by content negotiation (SPARQL 1.1
Protocol): SELECT/ASK as SPARQL JSON (default), XML, CSV or TSV;
CONSTRUCT/DESCRIBE as Turtle (default), RDF/XML, N-Triples or JSON-LD; 406 when
the Accept header allows none of them. Updates get 403, unsafe or invalid queries
400, a query over the time or memory limit, or beyond the number of queries
that may run and wait, 503. ``/`` serves the graph's HTML page.

Every query runs in a worker process of a ``graph.sandbox.Sandbox`` that is
killed at the limits. The server keeps a listen backlog of ``BACKLOG``, closes
connections idle (or sending headers) for ``IDLE_TIMEOUT`` seconds, and takes at
most ``MAX_CONNECTIONS`` connections at once. A request whose Host header is not
the bound name or address is refused (DNS rebinding), and so is a request from
another origin unless ``cors`` allows it; no CORS header is sent otherwise.
"""
from __future__ import annotations

import html
import ipaddress
import math
import queue
import socket
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from graph import query as q
from graph.errors import QueryError, UsageError

MAX_BODY = 1_000_000  # bytes of query text or form data
BACKLOG = 128  # connections the kernel queues before accept()
IDLE_TIMEOUT = 10.0  # seconds a connection may be idle or take to send its request
MAX_CONNECTIONS = 128  # connections served at once; more are closed at once
DEFAULT_WORKERS = 4  # query worker processes

RESULT_TYPES = {  # in the server's order of preference
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/rdf+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "application/n-triples": "nt",
    "text/plain": "nt",
    "application/ld+json": "jsonld",
    "application/json": "jsonld",
}
CONTENT_TYPES = {
    ("result", "json"): "application/sparql-results+json",
    ("result", "xml"): "application/sparql-results+xml",
    ("result", "csv"): "text/csv",
    ("result", "tsv"): "text/tab-separated-values",
    ("graph", "turtle"): "text/turtle",
    ("graph", "xml"): "application/rdf+xml",
    ("graph", "nt"): "application/n-triples",
    ("graph", "jsonld"): "application/ld+json",
}


def _accept_ranges(accept: str) -> list[tuple[str, float]]:
    """``text/csv;q=0.5, */*`` -> [("text/csv", 0.5), ("*/*", 1.0)]."""
    ranges = []
    for item in accept.split(","):
        media, *params = [p.strip() for p in item.split(";")]
        weight = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
                weight = weight if math.isfinite(weight) and 0 <= weight <= 1 else 0.0
        if media:
            ranges.append((media.lower(), weight))
    return ranges


def _weight(media: str, ranges: list[tuple[str, float]], *, wildcards: bool) -> float:
    """The q of the most specific range that matches ``media`` (-1 if none does).

    ``wildcards`` is False for an alias (``application/json`` for SPARQL JSON): it is
    only chosen when asked for by name, since the answer is sent as the canonical type.
    """
    kind = media.split("/")[0] + "/*"
    best, specificity = -1.0, -1
    for pattern, weight in ranges:
        level = 2 if pattern == media else 1 if pattern == kind else 0 if pattern == "*/*" else -1
        if level > specificity and (level == 2 or wildcards):
            best, specificity = weight, level
    return best


def negotiate(accept: str | None, *, graph: bool) -> str | None:
    """The format for an Accept header: json/xml/csv/tsv, or turtle/xml/nt/jsonld for graphs; None -> 406."""
    table = GRAPH_TYPES if graph else RESULT_TYPES
    if not accept or not accept.strip():
        return "turtle" if graph else "json"
    ranges = _accept_ranges(accept)
    canonical = {ct for (kind, _), ct in CONTENT_TYPES.items() if kind == ("graph" if graph else "result")}
    best, best_q = None, 0.0
    for media, fmt in table.items():
        weight = _weight(media, ranges, wildcards=media in canonical)
        if weight > best_q:
            best, best_q = fmt, weight
    return best


def _split_host(value: str) -> tuple[str, int | None]:
    """``Host`` header -> (lower-case name without brackets, port or None)."""
    value = value.strip().lower()
    if value.startswith("["):
        name, _, rest = value[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else ""
    else:
        name, _, port = value.rpartition(":") if value.count(":") == 1 else (value, "", "")
    return name, int(port) if port.isdigit() else None


def allowed_hosts(host: str) -> set[str]:
    """The names a Host header may give for a server bound to ``host``."""
    names = {host.lower().strip("[]")}
    if is_loopback(host):
        names |= {"localhost", "127.0.0.1", "::1"}
    elif host in ("0.0.0.0", "::", ""):
        names |= {"localhost", "127.0.0.1", "::1", socket.gethostname().lower(), socket.getfqdn().lower()}
    return names


def host_allowed(header: str | None, names: set[str], port: int, wildcard: bool) -> bool:
    """Whether a Host header names this server (for a wildcard bind, any IP address does)."""
    if not header:
        return False
    name, given = _split_host(header)
    if given is not None and given != port:
        return False
    if name in names:
        return True
    if not wildcard:
        return False
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


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
    timeout = IDLE_TIMEOUT  # socket timeout: an idle connection or a slow request is closed
    wbufsize = 64 * 1024  # headers and a small body leave in one segment, at the flush after each request
    disable_nagle_algorithm = True  # no 40 ms wait for a delayed ACK before the last segment

    # ------------------------------------------------------------------ plumbing
    def _cors_origin(self) -> str | None:
        """The value for Access-Control-Allow-Origin, or None (no header)."""
        origin, allowed = self.headers.get("Origin"), self.server.cors
        if allowed is None or origin is None:
            return None
        if allowed == "*":
            return "*"
        return origin if origin.rstrip("/") == allowed.rstrip("/") else None

    def _send(self, status: int, body: str | bytes, content_type: str) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        origin = self._cors_origin()
        if origin is not None:
            self.send_header("Access-Control-Allow-Origin", origin)
        self.send_header("Vary", "Accept, Origin")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _error(self, status: int, message: str) -> None:
        self._send(status, message + "\n", "text/plain; charset=utf-8")

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (stdlib signature)
        if not self.server.quiet:
            super().log_message(format, *args)

    def _refused(self) -> bool:
        """Answer 400/403 and return True for a foreign Host or a cross-origin request not allowed."""
        if not self.server.host_ok(self.headers.get("Host")):
            self.close_connection = True
            self._error(400, "the Host header does not name this server")
            return True
        origin = self.headers.get("Origin")
        same = origin is not None and origin.rstrip("/").lower() == f"http://{self.headers.get('Host', '')}".lower()
        site = self.headers.get("Sec-Fetch-Site")
        cross = (origin is not None and not same) or (site in ("cross-site", "same-site") and not same)
        if cross and self._cors_origin() is None:
            self._error(403, "cross-origin requests are not allowed; start the server with --cors ORIGIN to allow them")
            return True
        return False

    # ------------------------------------------------------------------ methods
    def do_OPTIONS(self) -> None:
        if self._refused():
            return
        self.send_response(204)
        origin = self._cors_origin()
        if origin is not None:
            self.send_header("Access-Control-Allow-Origin", origin)
            self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
            self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
            self.send_header("Access-Control-Max-Age", "86400")
        self.send_header("Allow", "GET, HEAD, POST, OPTIONS")
        self.send_header("Vary", "Origin")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        if self._refused():
            return
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

    def _body(self) -> str | None:
        """The request body as text; None after answering 413 (or when the client stalls)."""
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > MAX_BODY:
            self.close_connection = True
            self._error(413, f"the request body must be between 0 and {MAX_BODY} bytes")
            return None
        try:
            return self.rfile.read(length).decode("utf-8", errors="replace")
        except OSError:  # the socket timed out: the client stopped sending
            self.close_connection = True
            return None

    def do_POST(self) -> None:
        if self._refused():
            return
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            self._error(404, f"not found: {url.path}; the endpoint is /sparql")
            return
        body = self._body()
        if body is None:
            return
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
    def _check_params(self, params: dict[str, list[str]]) -> str | None:
        """The query text, or None after answering 403/400."""
        if "update" in params:
            self._error(403, "updates are not allowed: this endpoint is read-only")
            return None
        queries = params.get("query") or []
        if len(queries) != 1 or not queries[0].strip():
            self._error(400, "give exactly one query: /sparql?query=SELECT …")
            return None
        if params.get("default-graph-uri") or params.get("named-graph-uri"):
            self._error(400, "default-graph-uri and named-graph-uri are not supported: the endpoint serves one graph")
            return None
        return queries[0]

    def _dispatch(self, params: dict[str, list[str]]) -> None:
        text = self._check_params(params)
        if text is None:
            return
        server = self.server
        try:
            result = q.run(server.source, text, timeout=server.timeout, limit=server.max_rows, sandbox=server.sandbox)
        except q.QueryLimitError as err:
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
        if fmt is None:
            offered = ", ".join(dict.fromkeys(ct for (k, _), ct in CONTENT_TYPES.items() if k == kind))
            self._error(406, f"cannot serve this {result.form} result as {self.headers.get('Accept')!r}; available: {offered}")
            return
        body = q.format_result(result, fmt)
        content_type = CONTENT_TYPES[(kind, fmt)]
        charset = "" if content_type.endswith("json") else "; charset=utf-8"
        self._send(200, body, content_type + charset)


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = BACKLOG

    def __init__(
        self,
        address,
        source,
        *,
        timeout: float,
        max_rows: int,
        quiet: bool = False,
        cors: str | None = None,
        sandbox=None,
    ):
        super().__init__(address, SparqlHandler)
        self.source = source
        self.timeout = timeout
        self.max_rows = max_rows
        self.quiet = quiet
        self.cors = cors
        self.sandbox = sandbox.start() if sandbox is not None else None
        self._page: str | None = None
        self._hosts = allowed_hosts(address[0])
        self._wildcard = address[0] in ("0.0.0.0", "::", "")
        self._connections = threading.BoundedSemaphore(MAX_CONNECTIONS)
        self._pending: queue.SimpleQueue = queue.SimpleQueue()  # accepted connections for the handler threads
        self._handlers_lock = threading.Lock()
        self._handlers = 0  # handler threads started
        self._idle_handlers = 0  # of which waiting for a connection

    def host_ok(self, header: str | None) -> bool:
        return host_allowed(header, self._hosts, self.server_address[1], self._wildcard)

    def process_request(self, request, client_address) -> None:
        """Hand the connection to an idle handler thread, or a new one; beyond MAX_CONNECTIONS it is closed.

        Handler threads are kept for the next connections: starting a thread for each one
        made the accepting thread wait for the new thread to run, which under load was
        the longest wait of a request.
        """
        if not self._connections.acquire(blocking=False):
            self.shutdown_request(request)
            return
        with self._handlers_lock:
            if self._idle_handlers:
                self._idle_handlers -= 1
                start = False
            else:
                start = True
                self._handlers += 1
        self._pending.put((request, client_address))
        if start:
            threading.Thread(target=self._handle_connections, name="newsgraph-http", daemon=True).start()

    def _handle_connections(self) -> None:
        """A handler thread: serve connections from the queue until a None arrives."""
        while True:
            item = self._pending.get()
            if item is None:
                return
            request, client_address = item
            try:
                self.finish_request(request, client_address)
            except Exception:  # noqa: BLE001 (as socketserver does: report, close, go on)
                self.handle_error(request, client_address)
            finally:
                self.shutdown_request(request)
                self._connections.release()
                with self._handlers_lock:
                    self._idle_handlers += 1

    def handle_error(self, request, client_address) -> None:
        if not self.quiet:
            print(f"newsgraph: error while serving {client_address[0]}: {sys.exc_info()[1]}", file=sys.stderr)

    def server_close(self) -> None:
        super().server_close()
        for _ in range(getattr(self, "_handlers", 0)):
            self._pending.put(None)
        sandbox = getattr(self, "sandbox", None)  # None when binding failed
        if sandbox is not None:
            sandbox.close()

    def page(self) -> str:
        if self._page is None:
            self._page = render_page(self.source)
        return self._page

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{port}/sparql"


def check_options(*, port: int, timeout: float, max_rows: int, workers: int, memory_mb: int, cors: str | None) -> None:
    """UsageError (exit 2) for an option value the server cannot use."""
    if not 0 <= port <= 65535:
        raise UsageError(f"--port must be between 0 and 65535, not {port}")
    q.check_limits(timeout=timeout, max_rows=max_rows, memory_mb=memory_mb)
    if not 1 <= workers <= 64:
        raise UsageError(f"--workers must be between 1 and 64, not {workers}")
    if cors is not None and cors != "*":
        parts = urllib.parse.urlsplit(cors)
        if parts.scheme not in ("http", "https") or not parts.netloc or parts.path not in ("", "/") or parts.query:
            raise UsageError(f"--cors must be an origin such as https://example.org, or '*', not {cors!r}")


def make_server(
    source,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    timeout: float = 10.0,
    max_rows: int = 10_000,
    quiet: bool = False,
    cors: str | None = None,
    workers: int = DEFAULT_WORKERS,
    memory_mb: int = q.DEFAULT_MEMORY,
    isolate: bool = True,
) -> SparqlServer:
    """A server for ``source`` (rdflib Graph or Oxigraph store), bound, its query workers started, not yet serving.

    Port 0 picks a free port (see ``server.url``). Warns on stderr when not bound to loopback.
    An Oxigraph store is best given as ``"oxigraph:DIR"`` (each worker opens it); a Store
    object opened in this process is inherited by the forked workers, beside RocksDB threads
    the fork does not copy (a worker that finds a lock held by one of them is killed at the limit).
    ``cors`` is an origin allowed to read answers from a browser (or ``*``); ``isolate``
    takes the network away from the query workers where the kernel allows it.
    """
    from graph.sandbox import Sandbox

    check_options(port=port, timeout=timeout, max_rows=max_rows, workers=workers, memory_mb=memory_mb, cors=cors)
    if not is_loopback(host):
        print(
            f"newsgraph: warning: serving on {host}, reachable from other machines; the endpoint has no authentication",
            file=sys.stderr,
        )
    # started before the socket is bound, so no query process holds the port (a server stopped and
    # started again found it taken while its old workers were still dying)
    sandbox = Sandbox(q.engine_for(source), q.prepare, workers=workers, memory_mb=memory_mb, isolate=isolate).start()
    try:
        return SparqlServer(
            (host, port), source, timeout=timeout, max_rows=max_rows, quiet=quiet, cors=cors, sandbox=sandbox
        )
    except OSError as err:
        sandbox.close()
        raise UsageError(f"cannot listen on {host}:{port}: {err.strerror or err}") from None
