"""Screening, parameters, limits and result formats of graph.query, and the `query` command."""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import XSD

from graph import query as q
from graph.cli import main
from graph.errors import QueryError, UnsafeQueryError, UsageError

FIXTURE = Path(__file__).parent / "fixtures" / "small.ttl"
NG = "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n"


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph().parse(FIXTURE)


# ------------------------------------------------------------------ screening

SAFE = [
    "SELECT * WHERE { ?s ?p ?o }",
    'SELECT * WHERE { ?s ?p "SERVICE <http://example.org/sparql> { ?a ?b ?c }" }',
    "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://example.org/> in a comment",
    'SELECT * WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?o), "FROM NAMED")) }',
    "ASK { ?s a <https://w3id.org/newsgraph/ontology#Pledge> }",
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1",
    "DESCRIBE <https://w3id.org/newsgraph/id/country/CA>",
    "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }",
]

UNSAFE = [
    ("INSERT DATA { <http://a> <http://b> <http://c> }", "updates"),
    ("DELETE WHERE { ?s ?p ?o }", "updates"),
    ("DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }", "updates"),
    ("LOAD <file:///etc/passwd>", "updates"),
    ("CLEAR ALL", "updates"),
    ("DROP GRAPH <http://a>", "updates"),
    ("CREATE GRAPH <http://a>", "updates"),
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE SILENT <http://x> { ?s ?q ?r } } }", "SERVICE"),
    ("SELECT * WHERE { { ?s ?p ?o } UNION { SERVICE <http://x> { ?s ?p ?o } } }", "SERVICE"),
    ("SELECT * WHERE { { SELECT ?s WHERE { SERVICE <http://x> { ?s ?p ?o } } } }", "SERVICE"),
    ("SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://x> { ?s ?p ?o } } }", "SERVICE"),
    ("SELECT * WHERE { ?s ?p ?o MINUS { SERVICE ?endpoint { ?s ?p ?o } } }", "SERVICE"),
    ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", "FROM"),
    ("SELECT * FROM NAMED <http://example.org/g> WHERE { GRAPH ?g { ?s ?p ?o } }", "FROM"),
    ("CONSTRUCT { ?s ?p ?o } FROM <http://example.org/data.ttl> WHERE { ?s ?p ?o }", "FROM"),
    ("ASK FROM <file:///etc/hosts> { ?s ?p ?o }", "FROM"),
]


@pytest.mark.parametrize("text", SAFE)
def test_screen_accepts_safe_queries(text):
    q.screen(text)


@pytest.mark.parametrize(("text", "word"), UNSAFE)
def test_screen_refuses_unsafe_queries(text, word):
    with pytest.raises(UnsafeQueryError) as err:
        q.screen(text)
    assert word in str(err.value)
    assert isinstance(err.value, q.UpdateRefusedError) == (word == "updates")
    assert "\n" not in str(err.value)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("SELECT * WHERE { ?s ?p }", "line 1"),
        ("SELECT * WHERE {\n ?s ?p ?o .\n FILTER( }", "invalid SPARQL"),
        ("SELEKT ?s WHERE { ?s ?p ?o }", "line 1, column 1"),
        ("", "empty"),
    ],
)
def test_screen_syntax_errors_are_one_line(text, where):
    with pytest.raises(QueryError) as err:
        q.screen(text)
    assert not isinstance(err.value, UnsafeQueryError)
    assert where in str(err.value)
    assert "\n" not in str(err.value)


def test_run_screens_before_running(graph):
    with pytest.raises(UnsafeQueryError):
        q.run(graph, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")


@pytest.mark.parametrize(
    ("text", "form"),
    [("SELECT * {}", "SELECT"), ("ASK {}", "ASK"), ("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"), ("DESCRIBE <http://a>", "DESCRIBE")],
)
def test_query_form(text, form):
    assert q.query_form(text) == form


# ------------------------------------------------------------------ parameters

HOSTILE = [
    'Kanada" ) } SERVICE <http://evil.example/> { ?a ?b ?c } #',
    "back\\slash and \\u0022 quote escape",
    'triple """ and \'\'\' quotes',
    "new\nline\rand\ttab",
    "?who $who <http://iri> # not a comment",
    "Selenskyj",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_bound_values_stay_one_literal(graph, value):
    result = q.run(graph, "SELECT ?v WHERE { BIND(?x AS ?v) }", bindings={"x": value})
    assert result.rows == ((Literal(value),),)


@pytest.mark.parametrize("value", HOSTILE)
def test_named_query_parameter_cannot_inject(graph, value):
    text, bindings = q.resolve("pledges-by-donor", params={"donor": value})
    assert q.run(graph, text, bindings=bindings).rows == ()


def test_bind_leaves_strings_iris_and_comments_alone():
    text = 'SELECT ?x WHERE { ?x <http://e.org/?x#y> "?x" } # ?x'
    assert q.bind(text, {"x": "v"}) == 'SELECT "v" WHERE { "v" <http://e.org/?x#y> "?x" } # ?x'
    assert q.variables_of(text) == {"x"}


def test_bind_unknown_variable():
    with pytest.raises(QueryError, match=r"no variable \?nope"):
        q.bind("SELECT ?x {}", {"nope": "1"})


@pytest.mark.parametrize(
    ("name", "params", "message"),
    [
        ("pledges-by-donor", {}, "needs --param donor"),
        ("pledges-by-donor", {"donor": "CA", "year": "2025"}, "no parameter 'year'"),
        ("pledges", {"donor": "CA"}, "has no parameters"),
        ("pledgez", {}, "did you mean 'pledges'"),
        ("no-such-thing", {}, "unknown query name"),
    ],
)
def test_resolve_errors(name, params, message):
    with pytest.raises(QueryError, match=message):
        q.resolve(name, params=params)


def test_resolve_needs_some_query():
    with pytest.raises(UsageError):
        q.resolve(None)


@pytest.mark.parametrize(("items", "expected"), [(["a=1"], {"a": "1"}), (["donor=A=B"], {"donor": "A=B"}), (["x="], {"x": ""})])
def test_parse_params(items, expected):
    assert q.parse_params(items) == expected


@pytest.mark.parametrize("item", ["novalue", "=x", "a b=1"])
def test_parse_params_rejects(item):
    with pytest.raises(UsageError):
        q.parse_params([item])


# ------------------------------------------------------------------ limits

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"  # 397^4 combinations


def test_time_limit(graph):
    with pytest.raises(q.QueryTimeoutError, match="query took longer than 0.2 s"):
        q.run(graph, SLOW, timeout=0.2)


def test_size_limit(graph):
    with pytest.raises(q.ResultTooLargeError, match="more than 10 rows"):
        q.run(graph, "SELECT * WHERE { ?s ?p ?o }", limit=10)
    assert len(q.run(graph, "SELECT * WHERE { ?s ?p ?o }", limit=len(graph)).rows) == len(graph)
    with pytest.raises(q.ResultTooLargeError, match="more than 5 triples"):
        q.run(graph, "CONSTRUCT WHERE { ?s ?p ?o }", limit=5)


def test_runtime_errors_are_query_errors(graph):
    with pytest.raises(QueryError):
        q.run(graph, "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }")  # a plain Graph has no named graphs


# ------------------------------------------------------------------ formats

TERMS = q.Result(
    "SELECT",
    variables=("s", "label", "n", "b", "none"),
    rows=(
        (URIRef("http://e.org/a"), Literal("Kanada", lang="de"), Literal("2", datatype=XSD.integer), BNode("b1"), None),
        (URIRef("http://e.org/b"), Literal('say "hi",\tthen\nleave'), None, None, None),
    ),
)


def test_json_is_sparql_results_json():
    assert json.loads(q.to_json(TERMS)) == {
        "head": {"vars": ["s", "label", "n", "b", "none"]},
        "results": {
            "bindings": [
                {
                    "s": {"type": "uri", "value": "http://e.org/a"},
                    "label": {"type": "literal", "value": "Kanada", "xml:lang": "de"},
                    "n": {"type": "literal", "value": "2", "datatype": str(XSD.integer)},
                    "b": {"type": "bnode", "value": "b1"},
                },
                {"s": {"type": "uri", "value": "http://e.org/b"}, "label": {"type": "literal", "value": 'say "hi",\tthen\nleave'}},
            ]
        },
    }


def test_xml_is_sparql_results_xml():
    root = ET.fromstring(q.to_xml(TERMS))
    ns = {"r": q.SRX_NS}
    assert [v.get("name") for v in root.findall("r:head/r:variable", ns)] == ["s", "label", "n", "b", "none"]
    first, second = root.findall("r:results/r:result", ns)
    assert first.find("r:binding[@name='s']/r:uri", ns).text == "http://e.org/a"
    lit = first.find("r:binding[@name='label']/r:literal", ns)
    assert (lit.text, lit.get("{http://www.w3.org/XML/1998/namespace}lang")) == ("Kanada", "de")
    assert first.find("r:binding[@name='n']/r:literal", ns).get("datatype") == str(XSD.integer)
    assert first.find("r:binding[@name='b']/r:bnode", ns).text == "b1"
    assert first.find("r:binding[@name='none']", ns) is None
    assert second.find("r:binding[@name='label']/r:literal", ns).text == 'say "hi",\tthen\nleave'


def test_csv_and_tsv():
    rows = list(csv.reader(io.StringIO(q.to_csv(TERMS), newline="")))
    assert rows == [["s", "label", "n", "b", "none"], ["http://e.org/a", "Kanada", "2", "_:b1", ""], ["http://e.org/b", 'say "hi",\tthen\nleave', "", "", ""]]
    assert q.to_csv(TERMS).endswith("\r\n")
    assert q.to_tsv(TERMS).splitlines() == [
        "?s\t?label\t?n\t?b\t?none",
        f'<http://e.org/a>\t"Kanada"@de\t"2"^^<{XSD.integer}>\t_:b1\t',
        '<http://e.org/b>\t"say \\"hi\\",\\tthen\\nleave"\t\t\t',
    ]


@pytest.mark.parametrize(("answer", "text"), [("ASK { ?s ?p ?o }", True), ("ASK { ?s ?p 'nothing like this' }", False)])
def test_ask_formats(graph, answer, text):
    result = q.run(graph, answer)
    assert result.boolean is text
    assert json.loads(q.format_result(result, "json")) == {"head": {}, "boolean": text}
    root = ET.fromstring(q.format_result(result, "xml"))
    assert root.find(f"{{{q.SRX_NS}}}boolean").text == str(text).lower()


@pytest.mark.parametrize(("fmt", "parse_as"), [("turtle", "turtle"), ("table", "turtle"), ("jsonld", "json-ld"), ("json", "json-ld"), ("nt", "nt"), ("xml", "xml")])
def test_construct_formats_round_trip(graph, fmt, parse_as):
    text = NG + "CONSTRUCT { ?p ng:donor ?d ; ng:recipient ?r } WHERE { ?p ng:donor ?d ; ng:recipient ?r }"
    result = q.run(graph, text)
    expected = Graph()
    for p, d in graph.subject_objects(URIRef("https://w3id.org/newsgraph/ontology#donor")):
        expected.add((p, URIRef("https://w3id.org/newsgraph/ontology#donor"), d))
    for p, r in graph.subject_objects(URIRef("https://w3id.org/newsgraph/ontology#recipient")):
        expected.add((p, URIRef("https://w3id.org/newsgraph/ontology#recipient"), r))
    assert isomorphic(Graph().parse(data=q.format_result(result, fmt), format=parse_as), expected)


@pytest.mark.parametrize(("query_text", "fmt"), [("SELECT * {}", "turtle"), ("CONSTRUCT WHERE { ?s ?p ?o }", "csv"), ("SELECT * {}", "yaml")])
def test_format_mismatch(graph, query_text, fmt):
    with pytest.raises(UsageError):
        q.format_result(q.run(graph, query_text), fmt)


def test_table_shows_short_iris(graph):
    text = q.format_result(q.run(graph, NG + "SELECT ?c WHERE { ?c a ng:Country } ORDER BY ?c"), "table")
    assert "id:country/CA" in text and "4 row(s)" in text


# ------------------------------------------------------------------ the command


def cli(capsys, *args) -> tuple[int, str, str]:
    """Run `newsgraph query ARGS`: (exit code, stdout, stderr)."""
    code = 0
    try:
        main(["query", *map(str, args)])
    except SystemExit as ex:
        code = ex.code
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_named_query_csv(capsys):
    code, out, err = cli(capsys, FIXTURE, "pledges-by-donor", "--param", "donor=Kanada", "--format", "csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["donor"], r["value"], r["currency"]) for r in rows] == [("Canada", "2000000000", "CAD"), ("Canada", "500000000", "CAD")]


def test_cli_table_and_json(capsys, monkeypatch):
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    code, out, _ = cli(capsys, FIXTURE, "totals")
    assert code == 0 and "United States" in out and "1,040,000,000" in out  # grouped for people (graph.tables)
    code, out, _ = cli(capsys, FIXTURE, NG + "SELECT ?c WHERE { ?c a ng:Country }", "--format", "json")
    assert code == 0 and len(json.loads(out)["results"]["bindings"]) == 4


def test_cli_query_file(capsys, tmp_path):
    path = tmp_path / "q.rq"
    path.write_text(NG + "SELECT ?m WHERE { ?m a ng:Meeting }", encoding="utf-8")
    code, out, _ = cli(capsys, FIXTURE, "--file", path, "--format", "tsv")
    assert code == 0 and out.splitlines()[0] == "?m" and len(out.splitlines()) == 4


def test_cli_list(capsys):
    code, out, _ = cli(capsys, FIXTURE, "--list")
    assert code == 0
    for name, named in q.named_queries().items():
        assert f"{name} " in out and named.description in out
    assert "--param donor=" in out


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["missing.ttl", "pledges"], 7, "no such"),
        ([FIXTURE, "SELECT * WHERE { ?s ?p }"], 5, "invalid SPARQL"),
        ([FIXTURE, "pledgez"], 5, "unknown query name"),
        ([FIXTURE, "pledges-by-donor", "--param", "who=CA"], 5, "no parameter 'who'"),
        ([FIXTURE, "SELECT * WHERE { SERVICE <http://x> { ?s ?p ?o } }"], 6, "SERVICE"),
        ([FIXTURE, "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }"], 6, "FROM"),
        ([FIXTURE, "INSERT DATA { <http://a> <http://b> <http://c> }"], 6, "updates"),
        ([FIXTURE, "pledges", "--format", "yaml"], 2, "--format"),
        ([FIXTURE, "--file", "nowhere.rq"], 3, "nowhere.rq"),
        ([FIXTURE], 2, "give a SPARQL query"),
    ],
)
def test_cli_errors_are_one_line(capsys, args, code, message):
    got, out, err = cli(capsys, *args)
    assert got == code
    assert err.startswith("newsgraph: ") and message in err
    assert len(err.strip().splitlines()) == 1


def test_timed_out_rdflib_query_is_stopped(graph):
    """The query ran in a worker process, which is killed at the limit: none is left afterwards."""
    import os

    def children() -> set[int]:
        kids = set()
        for task in os.listdir(f"/proc/{os.getpid()}/task"):
            with open(f"/proc/{os.getpid()}/task/{task}/children") as handle:
                kids.update(int(k) for k in handle.read().split())
        return kids

    before = children()
    with pytest.raises(q.QueryTimeoutError):
        q.run(graph, SLOW, timeout=0.3)
    assert children() <= before


def test_a_screened_text_is_not_parsed_again_and_a_refused_one_always_is(monkeypatch):
    parsed = []
    real = q._translate
    monkeypatch.setattr(q, "_translate", lambda text: parsed.append(text) or real(text))
    monkeypatch.setattr(q, "_PREPARED", type(q._PREPARED)())
    text = q.normalise("SELECT ?s WHERE { ?s ?p ?o }")
    first = q.prepare(text)
    assert q.prepare(text) is first and parsed == [text]
    unsafe = q.normalise("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    for _ in range(2):
        with pytest.raises(q.UnsafeQueryError):
            q.prepare(unsafe)
    assert parsed.count(unsafe) == 2
    for n in range(q.PREPARED_SIZE + 5):  # only the last PREPARED_SIZE texts are kept
        q.prepare(q.normalise(f"SELECT ?s WHERE {{ ?s ?p {n} }}"))
    assert len(q._PREPARED) == q.PREPARED_SIZE and text not in q._PREPARED
