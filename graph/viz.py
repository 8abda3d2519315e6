"""rdflib Graph -> one self-contained HTML page (pyvis / vis-network, offline, escaped).

The page is drawn from the RDF shape of docs/architecture.md, not from the extraction
records, so any graph file can be redrawn. Three steps, data flowing one way:

``read_view``  Graph -> View       plain frozen records: nodes, edges, panel texts
``network``    View  -> pyvis      vis-network items and options (deterministic)
``render_html``                    one page: vis-network inlined from pyvis, our script,
                                   the data as JSON inside ``<script type="application/json">``

Every text that comes from an article travels as JSON and reaches the page only through
``textContent`` (the side panel) or the canvas; vis ``title`` pop-ups (which may switch to
``innerHTML``) are never used. A Content-Security-Policy allows only the page's own inline
scripts (by hash) and no network access at all.
"""
from __future__ import annotations

import base64
import calendar
import hashlib
import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib.resources import files
from pathlib import Path

import jinja2
from markupsafe import Markup
from pyvis.network import Network
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, SKOS
from rdflib.term import Node as Term

from graph import layout, reader
from graph.errors import UsageError
from graph.io import atomic_write_text, check_writable
from graph.vocab import NG, SCHEMA

ACTOR_CLASSES = ("Country", "Organization", "Person")
NO_RECIPIENT = "newsgraph:no-recipient"
VIS_LIB = "lib/vis-9.1.2"
LABEL_LANGS = ("en", "de", "")


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Source:
    """One sentence an item was read from, with its article."""

    sentence: str
    exact: str
    article: str  # the article's headline (or its source when it has none)
    url: str
    published: str
    lang: str


@dataclass(frozen=True)
class Info:
    """What the side panel shows for a node or an edge."""

    title: str
    kind: str  # "Country", "Person", "Organization", "Meeting", "Pledge", "Unknown"
    facts: tuple[tuple[str, str], ...]
    names: tuple[str, ...] = ()  # other names, searched as well
    evidence: tuple[Source, ...] = ()
    more: int = 0  # sentences not shown
    articles: tuple[str, ...] = ()  # articles named as sources without a sentence


@dataclass(frozen=True)
class VizNode:
    id: str
    label: str
    cls: str  # a key of style.json "classes"
    info: Info
    degree: int = 0


@dataclass(frozen=True)
class VizEdge:
    id: str
    source: str
    target: str
    kind: str  # "pledge" | "participation"
    info_id: str  # the node or pledge whose Info the panel shows
    label: str = ""
    aid: str = ""  # military, financial, humanitarian, other (pledges)
    cumulative: bool = False
    value: float | None = None  # the amount in units (pledges)


@dataclass(frozen=True)
class View:
    nodes: tuple[VizNode, ...]
    edges: tuple[VizEdge, ...]
    pledges: dict[str, Info]  # pledge IRI -> Info (edges are not nodes)


# --------------------------------------------------------------------------- assets


@cache
def style() -> dict:
    """Colours, shapes and names for the page (graph/data/viz/style.json)."""
    return json.loads(files("graph.data.viz").joinpath("style.json").read_text(encoding="utf-8"))


def _asset(name: str) -> str:
    return files("graph.data.viz").joinpath(name).read_text(encoding="utf-8")


# --------------------------------------------------------------------------- reading RDF


def _local(term: Term) -> str:
    text = str(term)
    return text.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1] or text


def _literals(graph: Graph, subject: Term, predicate: URIRef) -> list[Literal]:
    return sorted((o for o in graph.objects(subject, predicate) if isinstance(o, Literal)), key=_literal_key)


def _literal_key(lit: Literal) -> tuple:
    lang = lit.language or ""
    rank = LABEL_LANGS.index(lang) if lang in LABEL_LANGS else len(LABEL_LANGS)
    return (rank, lang, str(lit))


def _text(graph: Graph, subject: Term, predicate: URIRef) -> str:
    found = _literals(graph, subject, predicate)
    return str(found[0]) if found else ""


def _label(graph: Graph, subject: Term) -> str:
    return reader.label(graph, subject)  # the same name the exports use


def _names(graph: Graph, subject: Term, label: str) -> tuple[str, ...]:
    names = {str(o) for o in _literals(graph, subject, RDFS.label)}
    names |= {str(o) for o in _literals(graph, subject, SKOS.altLabel)}
    names.discard(label)
    return tuple(sorted(names, key=lambda n: (n.casefold(), n)))


def _objects(graph: Graph, subject: Term, predicate: URIRef) -> list[Term]:
    return sorted(graph.objects(subject, predicate), key=str)


def _decimal(lit: Term | None) -> Decimal | None:
    if lit is None:
        return None
    try:
        return Decimal(str(lit))
    except InvalidOperation:
        return None


def _article(graph: Graph, article: Term) -> tuple[str, str, str, str]:
    url = _text(graph, article, SCHEMA.url)
    title = _text(graph, article, SCHEMA.headline) or url or _local(article)
    return title, url, _text(graph, article, SCHEMA.datePublished), _text(graph, article, SCHEMA.inLanguage)


def _evidence(graph: Graph, subject: Term) -> tuple[tuple[Source, ...], int, tuple[str, ...]]:
    """The sentences ``subject`` was read from, and the articles named without a sentence."""
    limit = style()["evidence_per_item"]
    found: dict[tuple[str, str], tuple[tuple, Source]] = {}
    seen_articles = set()
    for mention in _objects(graph, subject, NG.mention):
        sentence = _text(graph, mention, NG.sentence)
        if not sentence:
            continue
        article = graph.value(mention, NG.inArticle)
        title, url, published, lang = _article(graph, article) if article is not None else ("", "", "", "")
        seen_articles.add(article)
        start = _decimal(graph.value(mention, NG.sentenceStart)) or Decimal(0)
        source = Source(sentence, _text(graph, mention, NG.exact), title, url, published, lang)
        found.setdefault((title, sentence), ((title, url, start, sentence), source))
    ordered = [source for _, source in sorted(found.values(), key=lambda pair: pair[0])]
    others = sorted(
        {_article(graph, a)[0] for a in graph.objects(subject, PROV.wasDerivedFrom) if a not in seen_articles}
    )
    return tuple(ordered[:limit]), max(0, len(ordered) - limit), tuple(others)


def format_amount(value: Decimal, *, short: bool) -> str:
    """2000000000 -> '2 bn' (short) or '2,000,000,000'."""
    if short:
        for size, unit in ((Decimal(10) ** 12, "tn"), (Decimal(10) ** 9, "bn"), (Decimal(10) ** 6, "m")):
            if abs(value) >= size:
                return f"{float(value / size):.3g} {unit}"
    text = f"{value:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _amount(graph: Graph, amount: Term, *, short: bool) -> tuple[str, Decimal | None]:
    value = _decimal(graph.value(amount, SCHEMA.value))
    currency = _text(graph, amount, SCHEMA.currency)
    qualifier = _text(graph, amount, NG.qualifier)
    if value is None:
        return (currency or "amount not stated"), None
    if short:
        text = style()["qualifiers"].get(qualifier, "") + format_amount(value, short=True)
    else:
        text = (qualifier + " " if qualifier else "") + format_amount(value, short=False)
    text = f"{text} {currency}".strip()
    if not short and str(graph.value(amount, NG.currencyInferred)).lower() == "true":
        text += " (currency inferred)"
    return text, value


def _concept(graph: Graph, subject: Term, predicate: URIRef, table: str) -> str:
    names = style()[table]
    values = sorted(names.get(_local(o), _local(o)) for o in graph.objects(subject, predicate))
    return values[0] if values else ""


def _is_true(graph: Graph, subject: Term, predicate: URIRef) -> bool:
    value = graph.value(subject, predicate)
    return value is not None and str(value).lower() in ("true", "1")


def _actor_info(graph: Graph, actor: Term, cls: str) -> tuple[str, Info]:
    label = _label(graph, actor)
    facts = [("class", style()["classes"][cls]["label"])]
    if role := _text(graph, actor, NG.role):
        facts.append(("role", role))
    for other in _objects(graph, actor, NG.affiliation):
        facts.append(("affiliation", _label(graph, other)))
    if code := _text(graph, actor, NG.isoCode):
        facts.append(("ISO code", code))
    for same in _objects(graph, actor, OWL.sameAs):
        facts.append(("same as", str(same)))
    facts.append(("IRI", str(actor)))
    evidence, more, articles = _evidence(graph, actor)
    return label, Info(label, cls, tuple(facts), _names(graph, actor, label), evidence, more, articles)


def _pledge_info(graph: Graph, pledge: Term) -> tuple[Info, str, Decimal | None, str, bool]:
    """The panel text, the edge label, the amount, the kind of aid, cumulative."""
    kind = _concept(graph, pledge, NG.aidKind, "aid_kinds") or "other"
    cumulative = _is_true(graph, pledge, NG.cumulative)
    amount = graph.value(pledge, NG.amount)
    short, value = _amount(graph, amount, short=True) if amount is not None else ("", None)
    label = " · ".join(part for part in (("total " if cumulative else "") + short, kind) if part)
    facts = []
    for role, predicate in (("donor", NG.donor), ("recipient", NG.recipient)):
        who = _objects(graph, pledge, predicate)
        facts.append((role, ", ".join(_label(graph, w) for w in who) or "not stated"))
    facts.append(("amount", _amount(graph, amount, short=False)[0] if amount is not None else "not stated"))
    for other in _objects(graph, pledge, NG.alternativeAmount):
        facts.append(("also given as", _amount(graph, other, short=False)[0]))
    facts.append(("kind of aid", kind))
    facts.append(("running total", "yes" if cumulative else "no"))
    for package in _objects(graph, pledge, NG.partOf):
        facts.append(("part of", _label(graph, package)))
    for person in _objects(graph, pledge, NG.announcedBy):
        facts.append(("announced by", _label(graph, person)))
    for name, predicate in (("date", NG.date), ("occasion", NG.occasion)):
        if text := _text(graph, pledge, predicate):
            facts.append((name, text))
    facts.append(("IRI", str(pledge)))
    evidence, more, articles = _evidence(graph, pledge)
    title = _label(graph, pledge) if graph.value(pledge, RDFS.label) is not None else "Pledge: " + label
    return Info(title, "Pledge", tuple(facts), (), evidence, more, articles), label, value, kind, cumulative


def _meeting_info(graph: Graph, meeting: Term) -> tuple[str, Info]:
    mtype = _concept(graph, meeting, NG.meetingType, "meeting_types") or "meeting"
    status = _concept(graph, meeting, NG.status, "meeting_status")
    date = _text(graph, meeting, NG.date)
    label = mtype + (" (planned)" if status == "planned" else "") + (f" · {date}" if date else "")
    facts = [("type", mtype)]
    if status:
        facts.append(("status", status))
    if date:
        facts.append(("date", date))
    for place in _objects(graph, meeting, NG.place):
        facts.append(("place", _label(graph, place)))
    who = sorted((_label(graph, p) for p in graph.objects(meeting, NG.participant)), key=str.casefold)
    facts.append(("participants", ", ".join(who) or "not stated"))
    facts.append(("IRI", str(meeting)))
    evidence, more, articles = _evidence(graph, meeting)
    title = _text(graph, meeting, RDFS.label) or label
    return label, Info(title, "Meeting", tuple(facts), (), evidence, more, articles)


def read_view(graph: Graph) -> View:
    """The actors, meetings, pledges and participations of ``graph`` as plain records."""
    classes = style()["classes"]
    nodes: dict[str, tuple[str, str, Info]] = {}  # id -> (label, class, info)
    for cls in ACTOR_CLASSES:
        for actor in sorted(graph.subjects(RDF.type, NG[cls]), key=str):
            if str(actor) not in nodes:
                label, info = _actor_info(graph, actor, cls)
                nodes[str(actor)] = (label, cls, info)

    def endpoint(term: Term) -> str:
        """A node for any actor an event names, typed or not."""
        key = str(term)
        if key not in nodes:
            label = _label(graph, term)
            facts = (("class", "not typed as an actor in this graph"), ("IRI", key))
            nodes[key] = (label, "Unknown", Info(label, "Unknown", facts))
        return key

    edges: list[VizEdge] = []
    pledges: dict[str, Info] = {}
    for pledge in sorted(graph.subjects(RDF.type, NG.Pledge), key=str):
        donors = _objects(graph, pledge, NG.donor)
        if not donors:
            continue
        info, label, value, kind, cumulative = _pledge_info(graph, pledge)
        pledges[str(pledge)] = info
        recipients = _objects(graph, pledge, NG.recipient)
        if recipients:
            target = endpoint(recipients[0])
        else:
            target = NO_RECIPIENT
            nodes.setdefault(
                NO_RECIPIENT,
                (classes["Unknown"]["label"], "Unknown",
                 Info(classes["Unknown"]["label"], "Unknown", (("class", "pledges that name no recipient point here"),))),
            )
        edges.append(
            VizEdge(str(pledge), endpoint(donors[0]), target, "pledge", str(pledge), label, kind, cumulative,
                    float(value) if value is not None else None)
        )

    for meeting in sorted(graph.subjects(RDF.type, NG.Meeting), key=str):
        label, info = _meeting_info(graph, meeting)
        nodes[str(meeting)] = (label, "Meeting", info)
        for participant in _objects(graph, meeting, NG.participant):
            edges.append(VizEdge(f"{meeting} {participant}", str(meeting), endpoint(participant), "participation", str(meeting)))

    degree = Counter()
    for edge in edges:
        degree[edge.source] += 1
        degree[edge.target] += 1
    order = {cls: i for i, cls in enumerate(classes)}
    records = sorted(
        (VizNode(key, label, cls, info, degree[key]) for key, (label, cls, info) in nodes.items()),
        key=lambda n: (order[n.cls], n.label.casefold(), n.id),
    )
    return View(tuple(records), tuple(sorted(edges, key=lambda e: e.id)), pledges)


# --------------------------------------------------------------------------- vis-network


def is_big(view: View) -> bool:
    return len(view.nodes) > style()["big_graph_nodes"]


def edge_width(value: float | None) -> float:
    """Log scale: 1 million -> 1.5, 1 billion -> 5.1, 100 billion -> 7.5 (capped at 9)."""
    if value is None or value <= 0:
        return 1.5
    return round(min(9.0, 1.5 + 1.2 * max(0.0, math.log10(value) - 6)), 2)


def _node_style(cls: str, degree: int) -> dict:
    entry = style()["classes"][cls]
    color = {
        "background": entry["color"],
        "border": entry["border"],
        "highlight": {"background": entry["color"], "border": "#111111"},
        "hover": {"background": entry["color"], "border": "#111111"},
    }
    options = {"shape": entry["shape"], "color": color}  # no vis "group": pyvis would drop the colour
    if cls == "Meeting":
        options["size"] = 8
        options["font"] = {"size": 13, "color": "#555555"}
    else:
        options["value"] = degree + 1
    if cls == "Unknown":
        options["shapeProperties"] = {"borderDashes": [4, 3]}
    return options


def network(view: View) -> Network:
    """The pyvis network for ``view``: items sorted, ids explicit, options fixed."""
    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    for node in view.nodes:
        net.add_node(node.id, label=node.label, **_node_style(node.cls, node.degree))
    parallel = Counter((e.source, e.target) for e in view.edges if e.kind == "pledge")
    pairs = defaultdict(int)
    kinds = style()["kinds"]
    for edge in view.edges:
        if edge.kind == "participation":
            net.add_edge(edge.source, edge.target, id=edge.id, color=style()["participation_color"],
                         width=1, arrows={"to": {"enabled": False}})
            continue
        options = {
            "id": edge.id,
            "label": edge.label,
            "color": {"color": kinds[edge.aid]["color"], "highlight": "#111111", "hover": "#111111"},
            "width": edge_width(edge.value),
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "length": 260,  # room for the label
        }
        if edge.cumulative:
            options["dashes"] = [8, 6]
        pair = (edge.source, edge.target)
        if parallel[pair] > 1:  # several pledges between the same two actors: bend them apart
            turn = "curvedCW" if pairs[pair] % 2 == 0 else "curvedCCW"
            options["smooth"] = {"enabled": True, "type": turn, "roundness": 0.45 * (1 + pairs[pair] // 2)}
        pairs[pair] += 1
        net.add_edge(edge.source, edge.target, **options)
    net.options = vis_options(view)
    return net


def vis_options(view: View) -> dict:
    big = is_big(view)
    iterations = style()["stabilization_iterations"]["big" if big else "small"]
    font = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": False},  # positions come from graph/layout.py
        "physics": {
            "enabled": False,  # the page opens still; the physics box turns it on
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -220, "centralGravity": 0.01, "springLength": 120, "springConstant": 0.05,
                                 "avoidOverlap": 1},
            "minVelocity": 1,
            "stabilization": {"enabled": False, "iterations": iterations, "updateInterval": 25, "fit": False},
        },
        "interaction": {"hover": True, "hideEdgesOnDrag": big, "tooltipDelay": 300, "multiselect": False},
        "nodes": {
            "borderWidth": 1.5,
            "font": {"size": 16, "face": font, "color": "#222222", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "scaling": {"min": 7, "max": 28, "label": {"enabled": False, "drawThreshold": 9 if big else 5}},
        },
        "edges": {
            "font": {"size": 13, "face": font, "color": "#333333", "align": "horizontal", "strokeWidth": 4,
                     "strokeColor": "#ffffff"},
            "smooth": False,  # straight lines: whose edge is whose stays clear (parallel pledges still bend)
            "scaling": {"min": 1, "max": 12, "label": {"drawThreshold": 18 if big else 5}},
            "selectionWidth": 2,
            "hoverWidth": 1,
        },
    }


# --------------------------------------------------------------------------- page


def _info_json(info: Info) -> dict:
    data = asdict(info)
    data["facts"] = [list(pair) for pair in info.facts]
    return data


def payload(view: View, net: Network, graph: Graph | None = None, *, omitted: dict | None = None) -> dict:
    """Everything page.js needs, as one JSON-able dict."""
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    meta = {}
    info = {}
    for node in view.nodes:
        meta[node.id] = {"cls": node.cls, "label": node.label, "names": list(node.info.names), "info": node.id}
        info[node.id] = _info_json(node.info)
    for edge in view.edges:
        meta[edge.id] = {"kind": edge.kind, "aid": edge.aid, "donor": edge.source, "info": edge.info_id}
    for key, pledge in view.pledges.items():
        info[key] = _info_json(pledge)
    donors = sorted({e.source for e in view.edges if e.kind == "pledge"},
                    key=lambda key: (meta[key]["label"].casefold(), key))
    recipients = sorted({e.target for e in view.edges if e.kind == "pledge"},
                        key=lambda key: (meta[key]["label"].casefold(), key))
    counts = Counter(n.cls for n in view.nodes)
    records = page_records(graph if graph is not None else Graph(), view)
    return {
        "nodes": nodes,
        "edges": edges,
        "options": json.loads(options),
        "meta": meta,
        "info": info,
        "donors": [[key, meta[key]["label"]] for key in donors],
        "recipients": [[key, meta[key]["label"]] for key in recipients],
        "stats": {
            "actors": sum(counts[c] for c in ACTOR_CLASSES),
            "meetings": counts["Meeting"],
            "pledges": sum(1 for e in view.edges if e.kind == "pledge"),
        },
        "big": is_big(view),
        "omitted": omitted or {"actors": 0, "pledges": 0, "meetings": 0},
        **records,
        "positions": positions(view, records),
        "kinds": {key: entry["color"] for key, entry in style()["kinds"].items()},
        "classes": {key: [entry["color"], entry["border"], entry["shape"]] for key, entry in style()["classes"].items()},
    }


# --------------------------------------------------------------------------- records for views, table, totals


def _amount_text(value: str, currency: str, qualifier: str) -> str:
    number = format_amount(Decimal(value), short=False) if value else "amount not stated"
    return " ".join(part for part in (qualifier, number, currency) if part)


def _number_or_none(value: str) -> float | None:
    return float(value) if value else None


def _pledge_row(record: reader.PledgeRecord, edge: VizEdge) -> dict:
    """One row of the table: the figure the totals query counts (the largest in the first currency)."""
    currency = record.amounts[0][1] if record.amounts else ""
    same = [a for a in record.amounts if a[1] == currency and a[0]]
    value = max((Decimal(a[0]) for a in same), default=None)
    source = next((s for s in record.sources if s.sentence), None)
    return {
        "id": record.id,
        "donor": edge.source,
        "recipient": edge.target,
        "kind": edge.aid,
        "cumulative": record.cumulative,
        "partOf": bool(record.part_of),
        "date": record.date,
        "value": float(value) if value is not None else None,
        "currency": currency,
        "stated": " | ".join(_amount_text(*a) for a in record.amounts) or "amount not stated",
        "eur": _number_or_none(record.amount_eur),
        "usd": _number_or_none(record.amount_usd),
        "rateDate": record.rate_date,
        "sentence": source.sentence if source else "",
        "article": (source.title or source.url) if source else "",
    }


def page_records(graph: Graph, view: View) -> dict:
    """The pledges (table rows), meetings and affiliations the page's views, table and totals use."""
    edges = {e.id: e for e in view.edges if e.kind == "pledge"}
    table = [_pledge_row(r, edges[r.id]) for r in reader.pledge_records(graph) if r.id in edges]
    kept = {n.id for n in view.nodes}
    meetings = []
    for node in view.nodes:
        if node.cls != "Meeting":
            continue
        who = sorted(e.target for e in view.edges if e.kind == "participation" and e.source == node.id)
        date = dict(node.info.facts).get("date", "")
        meetings.append({"id": node.id, "who": who, "date": date, "label": node.label})
    affiliation = {}
    for node in view.nodes:
        if node.cls == "Person":
            other = reader.first(graph, URIRef(node.id), NG.affiliation)
            if other is not None and str(other) in kept and str(other) != node.id:
                affiliation[node.id] = str(other)
    dates = sorted(d for d in [r["date"] for r in table] + [m["date"] for m in meetings] if d)
    return {"table": table, "meetings": meetings, "affiliation": affiliation,
            "dates": [_day(dates[0], end=False), _day(dates[-1], end=True)] if dates else ["", ""]}


def _day(date: str, *, end: bool) -> str:
    """'2025' -> '2025-01-01' (or '2025-12-31'), '2025-02' -> '2025-02-01' (or '2025-02-28')."""
    if len(date) == 4:
        return f"{date}-12-31" if end else f"{date}-01-01"
    if len(date) == 7:
        year, month = int(date[:4]), int(date[5:])
        return f"{date}-{calendar.monthrange(year, month)[1]:02d}" if end else f"{date}-01"
    return date


def positions(view: View, records: dict) -> dict[str, dict[str, list[float]]]:
    """x, y per node for each view: aid flows, meetings, everything."""
    flow_edges = [(r["donor"], r["recipient"]) for r in records["table"]]
    flow_nodes = {n for pair in flow_edges for n in pair}
    meet_edges = [(a, b) for m in records["meetings"] for i, a in enumerate(m["who"]) for b in m["who"][i + 1:]]
    meet_nodes = {n for m in records["meetings"] for n in m["who"]}
    affiliations = [(p, o) for p, o in records["affiliation"].items() if p in meet_nodes]
    meet_nodes |= {o for _, o in affiliations}
    everything = layout.layout([n.id for n in view.nodes], [(e.source, e.target) for e in view.edges])
    views = {
        "flows": layout.layout(flow_nodes, flow_edges),
        "meetings": layout.layout(meet_nodes, meet_edges + affiliations),
        "all": everything,
    }
    return {name: {key: list(xy) for key, xy in sorted(pos.items())} for name, pos in views.items()}


def cut(view: View, max_nodes: int) -> tuple[View, dict]:
    """The ``max_nodes`` best-connected actors and what links them; the counts of what was left out."""
    actors = [n for n in view.nodes if n.cls in ACTOR_CLASSES or n.cls == "Unknown"]
    if len(actors) <= max_nodes:
        return view, {"actors": 0, "pledges": 0, "meetings": 0}
    keep = {n.id for n in sorted(actors, key=lambda n: (-n.degree, n.label.casefold(), n.id))[:max_nodes]}
    keep |= {n.id for n in view.nodes if n.cls == "Meeting"}
    edges = tuple(e for e in view.edges if e.source in keep and e.target in keep)
    met = {e.source for e in edges if e.kind == "participation"}
    nodes = tuple(n for n in view.nodes if n.id in keep and (n.cls != "Meeting" or n.id in met))
    drawn = {e.id for e in edges}
    pledges = {k: v for k, v in view.pledges.items() if k in drawn}
    omitted = {
        "actors": len(actors) - max_nodes,
        "pledges": len(view.pledges) - len(pledges),
        "meetings": sum(1 for n in view.nodes if n.cls == "Meeting") - sum(1 for n in nodes if n.cls == "Meeting"),
    }
    return View(nodes, edges, pledges), omitted


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


DEFAULT_MAX_NODES = 5000


def render_html(graph: Graph, *, title: str = "newsgraph", max_nodes: int = DEFAULT_MAX_NODES) -> str:
    """The whole page for ``graph``: the same graph gives the same bytes.

    Beyond ``max_nodes`` actors only the best-connected are drawn and the page says what it left out.
    """
    if max_nodes < 1:
        raise UsageError(f"--max-nodes must be a whole number of at least 1, not {max_nodes}")
    view, omitted = cut(read_view(graph), max_nodes)
    net = network(view)
    lib = Path(net.template_dir) / VIS_LIB
    scripts = {
        "guard_js": _asset("guard.js"),
        "vis_js": (lib / "vis-network.min.js").read_text(encoding="utf-8"),
        "page_js": _asset("page.js"),
    }
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    template = env.from_string(_asset("page.html"))
    return template.render(
        title=title,
        data=payload(view, net, graph, omitted=omitted),
        style=style(),
        script_hashes=Markup(" ".join(_csp_hash(s) for s in scripts.values())),
        vis_css=Markup((lib / "vis-network.css").read_text(encoding="utf-8")),
        page_css=Markup(_asset("page.css")),
        **{name: Markup(text) for name, text in scripts.items()},
    )


# --------------------------------------------------------------------------- files


def check_output(path: Path, *, inputs: Iterable[Path] = ()) -> None:
    """Before any work: OutputError for a missing or read-only folder, a folder, or an input."""
    check_writable(Path(path), inputs=inputs)


def write_html(graph: Graph, path: Path, *, title: str = "newsgraph", inputs: Sequence[Path] = (),
               max_nodes: int = DEFAULT_MAX_NODES) -> None:
    """Render ``graph`` and write the page atomically (temp file + rename)."""
    path = Path(path)
    check_output(path, inputs=inputs)
    atomic_write_text(path, render_html(graph, title=title, max_nodes=max_nodes))
