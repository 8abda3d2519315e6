"""GraphML, pledges CSV and PLOVER exports of tests/fixtures/small.ttl, and the `export` command."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from graph import export
from graph.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "small.ttl"
ID = "https://w3id.org/newsgraph/id/"


@pytest.fixture
def graph() -> Graph:
    return Graph().parse(FIXTURE)


def test_to_networkx_shape(graph):
    net = export.to_networkx(graph)
    kinds = {n: d["kind"] for n, d in net.nodes(data=True)}
    assert sorted(kinds.values()) == ["Country"] * 4 + ["Meeting"] * 3 + ["Organization"] + ["Person"] * 3
    pledges = [(u, v, d) for u, v, d in net.edges(data=True) if d["relation"] == "pledge"]
    assert len(pledges) == 5
    canada = next(d for u, v, d in pledges if d["iri"] == ID + "pledge/ca00000000000001")
    assert (canada["amount"], canada["currency"], canada["aid_kind"], canada["announced_by"]) == ("2000000000", "CAD", "military", "Mark Carney")
    participants = [(u, v) for u, v, d in net.edges(data=True) if d["relation"] == "participant"]
    assert len(participants) == 2 + 2 + 4
    assert net.nodes[ID + "meeting/0e00000000000001"]["place"] == "Kyiv"
    assert len([1 for *_, d in net.edges(data=True) if d["relation"] == "affiliation"]) == 3


def test_to_networkx_attributes_are_strings_and_input_untouched(graph):
    before = Graph().parse(FIXTURE)
    net = export.to_networkx(graph)
    for _, attrs in net.nodes(data=True):
        assert all(isinstance(v, str) for v in attrs.values())
    for *_, attrs in net.edges(data=True):
        assert all(isinstance(v, str) for v in attrs.values())
    assert isomorphic(graph, before)


def test_pledge_without_recipient_becomes_a_node():
    g = Graph().parse(
        data="""@prefix ng: <https://w3id.org/newsgraph/ontology#> .
        <https://w3id.org/newsgraph/id/pledge/1> a ng:Pledge ; ng:donor <https://w3id.org/newsgraph/id/country/JP> .
        <https://w3id.org/newsgraph/id/country/JP> a ng:Country .""",
        format="turtle",
    )
    net = export.to_networkx(g)
    assert net.nodes[ID + "pledge/1"]["kind"] == "Pledge"
    assert list(net.edges(data="relation")) == [(ID + "country/JP", ID + "pledge/1", "donor")]


def test_graphml_round_trip(graph):
    read = nx.read_graphml(io.BytesIO(export.to_graphml(graph).encode("utf-8")), force_multigraph=True)
    net = export.to_networkx(graph)
    assert read.number_of_nodes() == net.number_of_nodes()
    assert read.number_of_edges() == net.number_of_edges()
    assert read.nodes[ID + "country/CA"]["label"] == "Canada"


EXPECTED_PLEDGES = [
    # donor, donor_iso, recipient, date, kind, amount, currency, original_text, alt_amount, alt_currency, cumulative, announced_by, source_title, source_url
    ("United States", "US", "Ukraine", "", "financial", "1000000000", "USD", "promised one billion dollars", "", "", "false", "",
     "Allies line up support for Ukraine", "https://news.example/allies-support"),
    ("United States", "US", "Ukraine", "", "financial", "1040000000", "USD", "promised one billion dollars", "", "", "false", "",
     "Allies line up support for Ukraine", "https://news.example/allies-support"),
    ("Germany", "DE", "Ukraine", "2025", "other", "9000000000", "EUR", "bisher rund neun Milliarden Euro", "", "", "true", "",
     "Merz sagt Kiew weitere Hilfe zu", "articles/merz-kiew.txt"),
    ("Canada", "CA", "Ukraine", "2025-06", "military", "2000000000", "CAD", "will provide more than 2 billion Canadian dollars",
     "1460000000", "USD", "false", "Mark Carney", "Canada promises military aid to Ukraine", "https://news.example/ca-ukraine-aid"),
    ("Canada", "CA", "Ukraine", "2025-06", "military", "500000000", "CAD", "500 million Canadian dollars", "", "", "false", "",
     "Canada promises military aid to Ukraine", "https://news.example/ca-ukraine-aid"),
    ("Germany", "DE", "Ukraine", "2025-08-24", "humanitarian", "500000000", "EUR", "sagte der Ukraine 500 Millionen Euro", "", "", "false",
     "Friedrich Merz", "Merz sagt Kiew weitere Hilfe zu | Allies line up support for Ukraine",
     "articles/merz-kiew.txt | https://news.example/allies-support"),
]


def test_pledges_csv(graph):
    rows = list(csv.reader(io.StringIO(export.to_pledges_csv(graph))))
    assert tuple(rows[0]) == export.PLEDGE_COLUMNS
    # the fixture has no ng:convertedAmount: amount_eur, amount_usd and rate_date stay empty
    assert [tuple(r) for r in rows[1:]] == [row + ("", "", "") for row in EXPECTED_PLEDGES]


@pytest.mark.parametrize(
    ("iri", "event_type", "mode"),
    [
        ("pledge/ca00000000000001", "AID", "military"),
        ("pledge/us00000000000001", "AID", "economic"),
        ("pledge/de00000000000001", "AID", "humanitarian"),
        ("pledge/de00000000000002", "AGREE", ""),
        ("meeting/0e00000000000001", "CONSULT", "visit"),
        ("meeting/0e00000000000002", "CONSULT", "phone"),
        ("meeting/0e00000000000003", "CONSULT", "summit"),
    ],
)
def test_plover_event_types(graph, iri, event_type, mode):
    events = {e["event_id"]: e for e in map(json.loads, export.to_plover_jsonl(graph).splitlines())}
    assert len(events) == 8
    event = events[ID + iri]
    assert (event["event_type"], event["mode"]) == (event_type, mode)
    assert event["evidence"] and event["source"]


def test_plover_actors_and_evidence(graph):
    events = {e["event_id"]: e for e in export.plover_events(graph)}
    visit = events[ID + "meeting/0e00000000000001"]
    assert [a["name"] for a in visit["actors"]] == ["Friedrich Merz", "Volodymyr Zelensky"]
    assert visit["place"] == "Kyiv" and visit["date"] == "2025-08-24" and visit["status"] == "held"
    assert visit["evidence"] == "In Kiew traf Merz am Sonntag Präsident Selenskyj."
    aid = events[ID + "pledge/ca00000000000001"]
    assert [(a["role"], a["iso"]) for a in aid["actors"]] == [("source", "CA"), ("target", "UA")]


@pytest.mark.parametrize(("fmt", "check"), [("graphml", "<graphml"), ("pledges-csv", "donor,donor_iso"), ("plover", '"event_type"')])
def test_cli_export(tmp_path, fmt, check):
    out = tmp_path / "out"
    try:
        main(["export", str(FIXTURE), "--format", fmt, "--output", str(out)])
    except SystemExit as ex:
        assert ex.code == 0
    assert check in out.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no temporary file left


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--format", "gexf", "--output", "{tmp}/x"], 2),
        (["--format", "graphml", "--output", str(FIXTURE) + "/x.graphml"], 4),  # a missing folder is made; one under a file cannot be
        (["--format", "graphml", "--output", str(FIXTURE)], 4),
    ],
)
def test_cli_export_errors(tmp_path, capsys, args, code):
    with pytest.raises(SystemExit) as ex:
        main(["export", str(FIXTURE), *[a.format(tmp=tmp_path) for a in args]])
    assert ex.value.code == code
    err = capsys.readouterr().err
    assert err.startswith("newsgraph: ") and len(err.strip().splitlines()) == 1


def test_cli_export_missing_graph(tmp_path, capsys):
    with pytest.raises(SystemExit) as ex:
        main(["export", str(tmp_path / "none.ttl"), "--format", "plover", "--output", str(tmp_path / "x")])
    assert ex.value.code == 7
