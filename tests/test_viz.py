"""The graph page without a browser: what is read from RDF, escaping, offline, determinism, files."""
from __future__ import annotations

import base64
import hashlib
import json
import os
import random
import re
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rdflib import Graph

from graph import viz
from graph.cli import main
from graph.errors import OutputError

FIXTURES = Path(__file__).parent / "fixtures"
ID = "https://w3id.org/newsgraph/id/"
HOSTILE = (
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    '<a href="javascript:window.__pwned=1">',
    "</script><script>",
    "<svg onload=",
)


@pytest.fixture(scope="module")
def small() -> Graph:
    return Graph().parse(FIXTURES / "viz_small.ttl")


@pytest.fixture(scope="module")
def hostile() -> Graph:
    return Graph().parse(FIXTURES / "hostile.ttl")


@pytest.fixture(scope="module")
def small_html(small) -> str:
    return viz.render_html(small)


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text inside each <script>/<style>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.blocks: list[tuple[str, dict, str]] = []
        self._open: tuple[str, dict] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._open, self._text = (tag, dict(attrs)), []

    def handle_data(self, data):
        if self._open:
            self._text.append(data)

    def handle_endtag(self, tag):
        if self._open and tag == self._open[0]:
            self.blocks.append((*self._open, "".join(self._text)))
            self._open = None


def tags(html: str) -> Tags:
    parser = Tags()
    parser.feed(html)
    parser.close()
    return parser


def page_data(html: str) -> dict:
    (block,) = [text for tag, attrs, text in tags(html).blocks if attrs.get("id") == "ng-data"]
    return json.loads(block)


# ------------------------------------------------------------------ reading the graph


def test_nodes_are_the_actors_meetings_and_the_missing_recipient(small):
    view = viz.read_view(small)
    by_class = {}
    for node in view.nodes:
        by_class.setdefault(node.cls, set()).add(node.id.removeprefix(ID))
    assert by_class == {
        "Country": {"country/CA", "country/DE", "country/UA", "country/US"},
        "Organization": {"org/eu", "org/nato"},
        "Person": {"person/mark-carney", "person/volodymyr-zelensky", "person/friedrich-merz"},
        "Meeting": {"meeting/k1", "meeting/k2", "meeting/k3"},
        "Unknown": {viz.NO_RECIPIENT.removeprefix(ID)},
    }


def test_edges_are_the_pledges_and_participations(small):
    view = viz.read_view(small)
    pledges = {(e.id.removeprefix(ID), e.source.removeprefix(ID), e.target.removeprefix(ID))
               for e in view.edges if e.kind == "pledge"}
    assert pledges == {
        ("pledge/p1", "country/CA", "country/UA"),
        ("pledge/p2", "country/DE", "country/UA"),
        ("pledge/p3", "country/DE", "country/UA"),
        ("pledge/p4", "org/eu", "country/UA"),
        ("pledge/p5", "country/US", viz.NO_RECIPIENT),
    }
    participations = sorted((e.source.removeprefix(ID), e.target.removeprefix(ID))
                            for e in view.edges if e.kind == "participation")
    assert participations == [
        ("meeting/k1", "person/mark-carney"), ("meeting/k1", "person/volodymyr-zelensky"),
        ("meeting/k2", "country/CA"), ("meeting/k2", "country/DE"), ("meeting/k2", "org/nato"),
        ("meeting/k3", "person/friedrich-merz"), ("meeting/k3", "person/volodymyr-zelensky"),
    ]


@pytest.mark.parametrize("pledge, label, dashed", [
    ("pledge/p1", ">2 bn CAD · military", False),
    ("pledge/p2", "500 m EUR · humanitarian", False),
    ("pledge/p3", "total 9 bn EUR · military", True),
    ("pledge/p4", "1.5 bn EUR · financial", False),
    ("pledge/p5", "other", False),
])
def test_pledge_edge_label_and_dashes(small, pledge, label, dashed):
    edges = {e["id"]: e for e in viz.network(viz.read_view(small)).edges}
    edge = edges[ID + pledge]
    assert edge["label"] == label
    assert ("dashes" in edge) is dashed
    assert edge["arrows"]["to"]["enabled"] is True


@pytest.mark.parametrize("node, label", [
    ("meeting/k1", "visit · 2025-08-24"),
    ("meeting/k2", "summit · 2025-06"),
    ("meeting/k3", "call (planned)"),
    ("person/friedrich-merz", "Friedrich Merz"),  # only a German label: still used
    ("country/CA", "Canada"),  # the English label wins over "Kanada"@de
])
def test_node_labels(small, node, label):
    labels = {n.id: n.label for n in viz.read_view(small).nodes}
    assert labels[ID + node] == label


def test_shape_and_colour_per_class(small):
    view = viz.read_view(small)
    classes = {node.id: node.cls for node in view.nodes}
    looks = {}
    for node in viz.network(view).nodes:
        looks.setdefault(classes[node["id"]], set()).add((node["shape"], node["color"]["background"]))
    assert all(len(seen) == 1 for seen in looks.values())
    shapes = {cls: next(iter(seen))[0] for cls, seen in looks.items()}
    colours = {cls: next(iter(seen))[1] for cls, seen in looks.items()}
    assert shapes["Meeting"] == "diamond"
    assert len({shapes[c] for c in ("Country", "Organization", "Person", "Meeting")}) == 4
    assert len({colours[c] for c in ("Country", "Organization", "Person", "Meeting")}) == 4


def test_panel_facts_and_evidence(small):
    info = viz.read_view(small).pledges[ID + "pledge/p1"]
    facts = dict(info.facts)
    assert facts["donor"] == "Canada" and facts["recipient"] == "Ukraine"
    assert facts["amount"] == "more than 2,000,000,000 CAD"
    assert facts["also given as"] == "1,450,000,000 USD"
    assert facts["announced by"] == "Mark Carney"
    (source,) = info.evidence
    assert source.sentence.startswith("Canada will send more than two billion dollars")
    assert source.exact == "more than two billion dollars"
    assert source.article == "Ottawa widens its support for Kyiv"
    zelensky = next(n for n in viz.read_view(small).nodes if n.id == ID + "person/volodymyr-zelensky")
    assert zelensky.info.names == ("Selenskyj", "Wolodymyr Selenskyj", "Zelensky")


@pytest.mark.parametrize("value, short, full", [
    ("2000000000", "2 bn", "2,000,000,000"),
    ("1500000000", "1.5 bn", "1,500,000,000"),
    ("500000000", "500 m", "500,000,000"),
    ("2350000", "2.35 m", "2,350,000"),
    ("75000", "75,000", "75,000"),
    ("1200000000000", "1.2 tn", "1,200,000,000,000"),
    ("12.50", "12.5", "12.5"),
])
def test_format_amount(value, short, full):
    assert viz.format_amount(Decimal(value), short=True) == short
    assert viz.format_amount(Decimal(value), short=False) == full


def test_edge_width_grows_with_the_amount_on_a_log_scale():
    widths = [viz.edge_width(v) for v in (1e3, 1e6, 1e7, 1e9, 1e11, 1e15)]
    assert widths == sorted(widths) and widths[1] < widths[2] < widths[3] < widths[4]
    assert widths[-1] <= 9
    assert viz.edge_width(1e9) - viz.edge_width(1e8) == pytest.approx(viz.edge_width(1e8) - viz.edge_width(1e7))
    assert viz.edge_width(None) == viz.edge_width(0) > 0


def test_empty_graph_gives_a_page():
    html = viz.render_html(Graph())
    data = page_data(html)
    assert data["nodes"] == [] and data["edges"] == []


# ------------------------------------------------------------------ the page


def test_offline_no_remote_sources(small_html):
    parsed = tags(small_html)
    for tag, attrs in parsed.tags:
        for name in ("src", "href", "srcset", "data", "action", "poster"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("http:", "https:", "//")), (tag, name, value)
    for tag, _attrs, text in parsed.blocks:
        if tag == "style":
            assert not re.search(r"url\(\s*['\"]?\s*(https?:)?//", text)
            assert "@import" not in text
    assert not [a for t, a in parsed.tags if t == "script" and "src" in a]
    assert not [a for t, a in parsed.tags if t == "link"]


def test_policy_allows_exactly_the_inline_scripts(small_html):
    parsed = tags(small_html)
    (policy,) = [a["content"] for t, a in parsed.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert "default-src 'none'" in policy and "unsafe-eval" not in policy
    script_src = re.search(r"script-src ([^;]+)", policy).group(1).split()
    assert "'unsafe-inline'" not in script_src
    run = [text for tag, attrs, text in parsed.blocks if tag == "script" and attrs.get("type") != "application/json"]
    hashes = ["'sha256-" + base64.b64encode(hashlib.sha256(t.encode()).digest()).decode() + "'" for t in run]
    assert sorted(hashes) == sorted(script_src)
    assert len(run) == 3  # the guard, vis-network, the page script


def test_layout_is_computed_at_build_time_and_physics_is_off(small_html):
    # The layout used to be found by physics in the browser (stabilisation); it now comes with the page.
    data = page_data(small_html)
    options = data["options"]
    assert options["layout"]["randomSeed"] == 7
    assert options["physics"]["enabled"] is False and options["physics"]["stabilization"]["enabled"] is False
    assert set(data["positions"]) == {"flows", "meetings", "all"}
    assert set(data["positions"]["all"]) == {n["id"] for n in data["nodes"]}
    assert set(data["positions"]["flows"]) == {r["donor"] for r in data["table"]} | {r["recipient"] for r in data["table"]}
    points = [tuple(xy) for xy in data["positions"]["all"].values()]
    assert len(set(points)) == len(points)  # no two nodes on the same spot
    assert not any("title" in item for item in page_data(small_html)["nodes"] + page_data(small_html)["edges"])


def test_same_graph_same_bytes(small, small_html):
    assert viz.render_html(small) == small_html
    triples = list(small)
    random.Random(3).shuffle(triples)
    shuffled = Graph()
    for triple in triples:
        shuffled.add(triple)
    again = Graph().parse(data=shuffled.serialize(format="nt"), format="nt")
    assert viz.render_html(again) == small_html


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


@pytest.mark.parametrize("needle", HOSTILE)
def test_hostile_text_is_only_data_never_markup(hostile, needle):
    html = viz.render_html(hostile, title='<script>window.__pwned=1</script> "title"')
    assert needle not in html
    assert any(needle in text for text in strings(page_data(html)))  # kept whole, as data


def test_hostile_page_has_only_our_elements(hostile):
    parsed = tags(viz.render_html(hostile, title="<img src=x>"))
    assert not [a for t, a in parsed.tags if t in ("img", "a", "iframe", "object")]
    assert not [(t, a) for t, a in parsed.tags if any(k.startswith("on") for k in a)]
    assert len([t for t, _ in parsed.tags if t == "script"]) == 4


def test_big_graph_options():
    graph = big_graph(400)
    options = page_data(viz.render_html(graph))["options"]
    assert options["layout"]["improvedLayout"] is False
    assert options["edges"]["smooth"] is False
    assert options["edges"]["scaling"]["label"]["drawThreshold"] > options["edges"]["font"]["size"]
    assert options["physics"]["stabilization"]["iterations"] < page_data(viz.render_html(Graph()))["options"]["physics"]["stabilization"]["iterations"]


def big_graph(actors: int) -> Graph:
    """``actors`` countries, a pledge from each to the next and a meeting for every tenth."""
    lines = ["@prefix ng: <https://w3id.org/newsgraph/ontology#> .",
             "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
             "@prefix schema: <https://schema.org/> .", "@prefix id: <https://w3id.org/newsgraph/id/> ."]
    for i in range(actors):
        lines.append(f'<{ID}country/C{i}> a ng:Country ; rdfs:label "Country {i}"@en .')
    for i in range(actors):
        j = (i * 7 + 1) % actors
        lines.append(f"<{ID}pledge/P{i}> a ng:Pledge ; ng:donor <{ID}country/C{i}> ; ng:recipient <{ID}country/C{j}> ;"
                     f" ng:aidKind ng:FinancialAid ; ng:amount <{ID}amount/A{i}> .")
        lines.append(f'<{ID}amount/A{i}> schema:value "{(i + 1) * 1000000}" ; schema:currency "EUR" .')
    for i in range(0, actors, 10):
        lines.append(f"<{ID}meeting/M{i}> a ng:Meeting ; ng:meetingType ng:Summit ;"
                     f" ng:participant <{ID}country/C{i}>, <{ID}country/C{(i + 3) % actors}> .")
    return Graph().parse(data="\n".join(lines), format="turtle")


# ------------------------------------------------------------------ files and the command


def test_write_html_is_atomic_and_complete(small, tmp_path):
    target = tmp_path / "page.html"
    target.write_text("old")
    viz.write_html(small, target)
    assert target.read_text(encoding="utf-8") == viz.render_html(small)
    assert [p.name for p in tmp_path.iterdir()] == ["page.html"]


@pytest.mark.parametrize("case", ["folder-under-a-file", "folder", "same-as-input"])  # a missing folder is made
def test_check_output_refuses(tmp_path, case):
    graph_file = tmp_path / "g.ttl"
    graph_file.write_text("")
    target = {"folder-under-a-file": graph_file / "nope" / "g.html", "folder": tmp_path, "same-as-input": graph_file}[case]
    with pytest.raises(OutputError):
        viz.check_output(target, inputs=[graph_file])


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can write into a chmod-555 folder")
def test_check_output_refuses_read_only_folder(tmp_path):
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(OutputError):
            viz.check_output(tmp_path / "g.html", inputs=[])
    finally:
        tmp_path.chmod(0o755)


def test_write_into_unwritable_place_is_an_output_error(small):
    with pytest.raises(OutputError):
        viz.write_html(small, Path("/sys/newsgraph-page.html"))


@pytest.mark.parametrize("args, code, message", [
    (["html", "{fixture}", "--output", "{tmp}/page.html", "--title", "Aid <b>map</b>"], 0, "->"),
    (["html", "{tmp}/missing.ttl", "--output", "{tmp}/page.html"], 7, "no such file"),
    (["html", "{fixture}", "--output", "{fixture}/page.html"], 4, "not a folder"),  # a missing folder is made (test_user_path)
    (["html", "{fixture}", "--output", "{fixture}"], 4, "input"),
])
def test_cli_html(tmp_path, capsys, args, code, message):
    fixture = tmp_path / "g.ttl"
    fixture.write_bytes((FIXTURES / "viz_small.ttl").read_bytes())
    argv = [a.format(fixture=fixture, tmp=tmp_path) for a in args]
    with pytest.raises(SystemExit) as exit_:
        main(argv)
        raise SystemExit(0)
    assert exit_.value.code == code
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    if code == 0:
        html = (tmp_path / "page.html").read_text(encoding="utf-8")
        assert "<title>Aid &lt;b&gt;map&lt;/b&gt;</title>" in html
        assert page_data(html)["stats"] == {"actors": 9, "meetings": 3, "pledges": 5}


def test_max_nodes_keeps_the_best_connected_actors_and_counts_the_rest(tmp_path, capsys):
    graph = big_graph(300)
    view, omitted = viz.cut(viz.read_view(graph), 100)
    assert sum(1 for n in view.nodes if n.cls == "Country") == 100
    assert omitted["actors"] == 200 and omitted["pledges"] == 300 - sum(1 for e in view.edges if e.kind == "pledge")
    assert {e.source for e in view.edges} | {e.target for e in view.edges} <= {n.id for n in view.nodes}
    assert "Left out beyond --max-nodes: 200 actors" in viz.render_html(graph, max_nodes=100)
    graph_file = tmp_path / "g.ttl"
    graph_file.write_text(graph.serialize(format="turtle"), encoding="utf-8")
    with pytest.raises(SystemExit) as done:
        main(["html", str(graph_file), "--output", str(tmp_path / "g.html"), "--max-nodes", "0"])
    assert done.value.code == 2
    assert capsys.readouterr().err.strip() == "newsgraph: --max-nodes must be a whole number of at least 1, not 0"
