"""The read-only SPARQL endpoint, on a free loopback port, driven by SPARQLWrapper and urllib."""
from __future__ import annotations

import csv
import io
import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import Graph
from SPARQLWrapper import JSON, POST, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from graph import serve
from graph.errors import UsageError

FIXTURE = Path(__file__).parent / "fixtures" / "small.ttl"
NG = "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n"
COUNTRIES = NG + "SELECT ?c WHERE { ?c a ng:Country } ORDER BY ?c"
CA = "https://w3id.org/newsgraph/id/country/CA"


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph().parse(FIXTURE)


def start(source, **options):
    server = serve.make_server(source, host="127.0.0.1", port=0, quiet=True, **options)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="module")
def server(graph):
    srv = start(graph, timeout=10, max_rows=100)
    yield srv
    srv.shutdown()
    srv.server_close()


def request(url: str, *, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    """(status, headers, body text) without raising on 4xx/5xx."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.headers, resp.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read().decode("utf-8")


def get(server, query: str, accept: str | None = None):
    url = server.url + "?" + urllib.parse.urlencode({"query": query})
    return request(url, headers={"Accept": accept} if accept else {})


# ------------------------------------------------------------------ SPARQLWrapper


def test_select_json_with_sparqlwrapper(server):
    client = SPARQLWrapper(server.url)
    client.setQuery(COUNTRIES)
    client.setReturnFormat(JSON)
    answer = client.query().convert()
    assert answer["head"]["vars"] == ["c"]
    assert answer["results"]["bindings"][0]["c"] == {"type": "uri", "value": CA}
    assert len(answer["results"]["bindings"]) == 4


def test_select_xml_with_sparqlwrapper_post(server):
    client = SPARQLWrapper(server.url)
    client.setQuery(COUNTRIES)
    client.setMethod(POST)
    client.setReturnFormat(XML)
    document = client.query().convert()
    uris = [node.firstChild.data for node in document.getElementsByTagName("uri")]
    assert uris[0] == CA and len(uris) == 4


def test_construct_turtle_with_sparqlwrapper(server, graph):
    client = SPARQLWrapper(server.url)
    client.setQuery(NG + "CONSTRUCT { ?p ng:donor ?d } WHERE { ?p ng:donor ?d }")
    client.setReturnFormat(TURTLE)
    body = client.query().convert()
    got = Graph().parse(data=body, format="turtle")
    assert len(got) == 5
    assert set(got) == {t for t in graph if str(t[1]).endswith("#donor")}


def test_update_with_sparqlwrapper_is_forbidden(server):
    client = SPARQLWrapper(server.url)
    client.setMethod(POST)
    client.setQuery("INSERT DATA { <http://a> <http://b> <http://c> }")
    with pytest.raises(urllib.error.HTTPError) as err:
        client.query()
    assert err.value.code == 403


def test_bad_syntax_with_sparqlwrapper(server):
    client = SPARQLWrapper(server.url)
    client.setQuery("SELECT * WHERE { ?s ?p }")
    client.setReturnFormat(JSON)
    with pytest.raises(QueryBadFormed):
        client.query()


# ------------------------------------------------------------------ refused requests

REFUSED = [
    ("GET", {"update": "INSERT DATA { <http://a> <http://b> <http://c> }"}, None, 403, "read-only"),
    ("FORM", {"update": "INSERT DATA { <http://a> <http://b> <http://c> }"}, None, 403, "read-only"),
    ("BODY", "INSERT DATA { <http://a> <http://b> <http://c> }", "application/sparql-update", 403, "read-only"),
    ("BODY", "INSERT DATA { <http://a> <http://b> <http://c> }", "application/sparql-query", 403, "updates"),
    ("GET", {"query": "LOAD <file:///etc/passwd>"}, None, 403, "updates"),
    ("GET", {"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"}, None, 400, "SERVICE"),
    ("FORM", {"query": "SELECT * WHERE { OPTIONAL { SERVICE <http://x> { ?s ?p ?o } } }"}, None, 400, "SERVICE"),
    ("GET", {"query": "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }"}, None, 400, "FROM"),
    ("GET", {"query": "SELECT * FROM NAMED <http://example.org/g> WHERE { GRAPH ?g { ?s ?p ?o } }"}, None, 400, "FROM"),
    ("GET", {"query": "SELECT * WHERE { ?s ?p }"}, None, 400, "invalid SPARQL"),
    ("GET", {}, None, 400, "give exactly one query"),
    ("GET", {"query": "SELECT * WHERE { ?s ?p ?o }"}, None, 400, "more than 100 rows"),
    ("GET", {"query": "SELECT * { ?s ?p ?o } LIMIT 1", "default-graph-uri": "file:///etc/passwd"}, None, 400, "not supported"),
    ("BODY", "SELECT * {}", "text/plain", 415, "application/sparql-query"),
]


@pytest.mark.parametrize(("how", "payload", "media", "status", "message"), REFUSED)
def test_refused(server, how, payload, media, status, message):
    if how == "GET":
        got = request(server.url + "?" + urllib.parse.urlencode(payload))
    elif how == "FORM":
        got = request(server.url, data=urllib.parse.urlencode(payload).encode(), headers={"Content-Type": "application/x-www-form-urlencoded"})
    else:
        got = request(server.url, data=payload.encode(), headers={"Content-Type": media})
    code, headers, body = got
    assert code == status
    assert message in body and len(body.strip().splitlines()) == 1
    assert "Access-Control-Allow-Origin" not in headers  # no CORS unless --cors is given


def test_time_limit_is_503(graph):
    slow = start(graph, timeout=0.2, max_rows=10)
    try:
        code, _, body = get(slow, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
        assert code == 503 and "longer than 0.2 s" in body
    finally:
        slow.shutdown()
        slow.server_close()


# ------------------------------------------------------------------ negotiation and the page


@pytest.mark.parametrize(
    ("accept", "content_type"),
    [
        (None, "application/sparql-results+json"),
        ("*/*", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
    ],
)
def test_select_negotiation(server, accept, content_type):
    code, headers, body = get(server, COUNTRIES, accept)
    assert code == 200 and headers["Content-Type"].split(";")[0] == content_type
    if content_type == "text/csv":
        assert list(csv.reader(io.StringIO(body)))[1] == [CA]
    if content_type.endswith("json"):
        assert json.loads(body)["results"]["bindings"][0]["c"]["value"] == CA


@pytest.mark.parametrize(
    ("accept", "content_type", "parse_as"),
    [
        (None, "text/turtle", "turtle"),
        ("application/ld+json", "application/ld+json", "json-ld"),
        ("application/n-triples", "application/n-triples", "nt"),
        ("application/rdf+xml", "application/rdf+xml", "xml"),
    ],
)
def test_construct_negotiation(server, accept, content_type, parse_as):
    code, headers, body = get(server, NG + "CONSTRUCT WHERE { ?p ng:donor ?d }", accept)
    assert code == 200 and headers["Content-Type"].split(";")[0] == content_type
    assert len(Graph().parse(data=body, format=parse_as)) == 5


@pytest.mark.parametrize(
    ("query", "accept"), [(COUNTRIES, "text/turtle"), (COUNTRIES, "text/html"), (NG + "CONSTRUCT WHERE { ?p ng:donor ?d }", "text/csv")]
)
def test_not_acceptable_is_406(server, query, accept):
    code, headers, body = get(server, query, accept)
    assert code == 406 and len(body.strip().splitlines()) == 1 and "available" in body


def test_ask(server):
    code, _, body = get(server, "ASK { ?s ?p ?o }")
    assert code == 200 and json.loads(body) == {"head": {}, "boolean": True}


def test_post_sparql_query_body(server):
    code, _, body = request(server.url, data=COUNTRIES.encode(), headers={"Content-Type": "application/sparql-query"})
    assert code == 200 and len(json.loads(body)["results"]["bindings"]) == 4


def test_options_preflight(graph):
    open_server = start(graph, cors="*")
    try:
        code, headers, _ = request(open_server.url, method="OPTIONS", headers={"Origin": "https://example.org"})
    finally:
        open_server.shutdown()
        open_server.server_close()
    assert code == 204
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in headers["Access-Control-Allow-Methods"]
    assert "Content-Type" in headers["Access-Control-Allow-Headers"]


def test_page(server):
    code, headers, body = request(server.url.replace("/sparql", "/"))
    assert code == 200 and headers["Content-Type"].startswith("text/html")
    assert "<html" in body.lower()


def test_unknown_path(server):
    assert request(server.url.replace("/sparql", "/nothing"))[0] == 404


def test_fallback_page_escapes_and_lists_queries():
    page = serve.fallback_page("/sparql?<x>")
    assert "/sparql?&lt;x&gt;" in page
    assert "pledges-by-donor" in page and "<code>donor</code>" in page


@pytest.mark.parametrize(
    ("accept", "graph", "expected"),
    [
        ("text/turtle", True, "turtle"),
        ("application/json", False, "json"),
        ("text/html", False, None),  # nothing servable: 406
        ("text/csv;q=0.1, text/tab-separated-values", False, "tsv"),
        ("", True, "turtle"),
        ("application/rdf+xml", True, "xml"),
        ("application/rdf+xml", False, None),
        ("text/turtle", False, None),
        ("text/csv", True, None),
        ("text/*", False, "csv"),
        ("text/*", True, "turtle"),
        ("application/*", False, "json"),
        ("*/*;q=0", False, None),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", False, "xml"),
        ("text/csv;q=0, */*", False, "json"),
    ],
)
def test_negotiate(accept, graph, expected):
    assert serve.negotiate(accept, graph=graph) == expected


@pytest.mark.parametrize(
    ("host", "loopback"), [("127.0.0.1", True), ("localhost", True), ("::1", True), ("0.0.0.0", False), ("192.168.1.5", False), ("example.org", False)]
)
def test_is_loopback(host, loopback):
    assert serve.is_loopback(host) is loopback


def test_warns_when_not_loopback(graph, capsys, monkeypatch):
    monkeypatch.setattr(serve, "SparqlServer", lambda *args, **kwargs: None)  # nothing is bound
    serve.make_server(graph, host="0.0.0.0", port=8000)
    assert "warning" in capsys.readouterr().err
    serve.make_server(graph, host="127.0.0.1", port=8000)
    assert capsys.readouterr().err == ""


def test_port_in_use(server, graph):
    with pytest.raises(UsageError, match="cannot listen"):
        serve.make_server(graph, host="127.0.0.1", port=server.server_address[1], quiet=True)
