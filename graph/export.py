"""Exports for other tools: GraphML (Gephi, yEd, networkx), a pledges CSV in the
columns aid trackers use, and PLOVER-style event JSON lines.

All readers are pure functions of an rdflib Graph in the shape of
docs/architecture.md; they never change it. Output order is deterministic
(sorted by date and IRI), so the same graph gives the same bytes.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

import networkx as nx
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV
from rdflib.term import Node

from graph.errors import UsageError
from graph.vocab import NG, SCHEMA

FORMATS = ("graphml", "pledges-csv", "plover")

PLEDGE_COLUMNS = (
    "donor",
    "donor_iso",
    "recipient",
    "announcement_date",
    "kind",
    "amount",
    "currency",
    "original_text",
    "alt_amount",
    "alt_currency",
    "cumulative",
    "announced_by",
    "source_title",
    "source_url",
    "amount_eur",
    "amount_usd",
    "rate_date",
)

ACTOR_CLASSES = {NG.Person: "Person", NG.Country: "Country", NG.Organization: "Organization"}
AID_KINDS = {NG.MilitaryAid: "military", NG.FinancialAid: "financial", NG.HumanitarianAid: "humanitarian", NG.OtherAid: "other"}
MEETING_TYPES = {
    NG.InPersonMeeting: "meeting",
    NG.Visit: "visit",
    NG.Summit: "summit",
    NG.PhoneCall: "call",
    NG.VideoConference: "video",
    NG.PressConference: "press conference",
}
STATUSES = {NG.Held: "held", NG.Planned: "planned"}
# PLOVER: AID modes for the kinds of aid; CONSULT modes for the meeting types
PLOVER_AID_MODES = {"military": "military", "financial": "economic", "humanitarian": "humanitarian"}
PLOVER_CONSULT_MODES = {
    "meeting": "in-person",
    "press conference": "in-person",
    "visit": "visit",
    "summit": "summit",
    "call": "phone",
    "video": "video",
}
SOURCES_JOIN = " | "


# --------------------------------------------------------------------------- reading the graph


def _first(graph: Graph, subject: Node, predicate: URIRef) -> Node | None:
    values = sorted(graph.objects(subject, predicate), key=str)
    return values[0] if values else None


def _text(graph: Graph, subject: Node, predicate: URIRef) -> str:
    value = _first(graph, subject, predicate)
    return "" if value is None else str(value)


def label(graph: Graph, node: Node) -> str:
    """The English label, else any label (sorted), else the IRI's last segment."""
    labels = sorted(graph.objects(node, RDFS.label), key=lambda l: (getattr(l, "language", None) or "", str(l)))
    for lit in labels:
        if isinstance(lit, Literal) and (lit.language or "").lower().startswith("en"):
            return str(lit)
    if labels:
        return str(labels[0])
    return str(node).rstrip("/").rsplit("/", 1)[-1]


def _number(value: Node | None) -> str:
    """A decimal without exponent: 2E+9 -> 2000000000."""
    if value is None:
        return ""
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    text = format(number, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _bool(graph: Graph, subject: Node, predicate: URIRef) -> bool:
    value = _first(graph, subject, predicate)
    return isinstance(value, Literal) and value.toPython() is True


@dataclass(frozen=True)
class Source:
    url: str
    title: str
    sentence: str
    exact: str
    start: int


def _sources(graph: Graph, fact: Node) -> list[Source]:
    """The fact's mentions (article, sentence), by article and offset; articles without a mention too."""
    found, seen_articles = [], set()
    for mention in graph.objects(fact, NG.mention):
        article = _first(graph, mention, NG.inArticle)
        start = _first(graph, mention, NG.start)
        found.append(
            Source(
                url=_text(graph, article, SCHEMA.url) if article is not None else "",
                title=_text(graph, article, SCHEMA.headline) if article is not None else "",
                sentence=_text(graph, mention, NG.sentence),
                exact=_text(graph, mention, NG.exact),
                start=int(start.toPython()) if isinstance(start, Literal) and str(start).isdigit() else 0,
            )
        )
        seen_articles.add(article)
    for article in graph.objects(fact, PROV.wasDerivedFrom):
        if article not in seen_articles:
            found.append(Source(_text(graph, article, SCHEMA.url), _text(graph, article, SCHEMA.headline), "", "", 0))
    return sorted(found, key=lambda s: (s.url, s.start, s.sentence))


def _distinct(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _subjects(graph: Graph, cls: URIRef) -> list[Node]:
    return sorted(set(graph.subjects(RDF.type, cls)), key=str)


def _amounts(graph: Graph, pledge: Node, predicate: URIRef) -> list[tuple[str, str, str]]:
    """(value, currency, qualifier) of each amount, sorted."""
    out = []
    for amount in graph.objects(pledge, predicate):
        out.append(
            (
                _number(_first(graph, amount, SCHEMA.value)),
                _text(graph, amount, SCHEMA.currency),
                _text(graph, amount, NG.qualifier),
            )
        )
    return sorted(set(out), key=lambda a: (a[1], Decimal(a[0]) if a[0] else Decimal(0), a[2]))


def _date_key(graph: Graph, node: Node) -> tuple[str, str]:
    return (_text(graph, node, NG.date), str(node))


# --------------------------------------------------------------------------- GraphML


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Actors and meetings as nodes; pledges as donor -> recipient edges; participation and
    affiliation as edges. Every attribute is a string (GraphML-safe); the input is not changed.

    A pledge without a recipient becomes a node of kind "Pledge" with a "donor" edge.
    """
    net = nx.MultiDiGraph()
    for cls, kind in ACTOR_CLASSES.items():
        for actor in _subjects(graph, cls):
            attrs = {"kind": kind, "label": label(graph, actor), "iri": str(actor)}
            for key, predicate in (("iso_code", NG.isoCode), ("role", NG.role), ("wikidata", OWL.sameAs)):
                if value := _text(graph, actor, predicate):
                    attrs[key] = value
            net.add_node(str(actor), **attrs)
    for cls in ACTOR_CLASSES:
        for person in _subjects(graph, cls):
            for org in sorted(graph.objects(person, NG.affiliation), key=str):
                _ensure_node(net, graph, org)
                net.add_edge(str(person), str(org), key=f"{person}#affiliation", relation="affiliation")
    for pledge in sorted(_subjects(graph, NG.Pledge), key=lambda p: _date_key(graph, p)):
        donor = _first(graph, pledge, NG.donor)
        if donor is None:
            continue
        _ensure_node(net, graph, donor)
        amounts = _amounts(graph, pledge, NG.amount)
        attrs = {"relation": "pledge", "iri": str(pledge), "label": label(graph, pledge)}
        if amounts:
            attrs["amount"], attrs["currency"] = amounts[0][0], amounts[0][1]
        if kind := AID_KINDS.get(_first(graph, pledge, NG.aidKind)):
            attrs["aid_kind"] = kind
        attrs["cumulative"] = "true" if _bool(graph, pledge, NG.cumulative) else "false"
        if date := _text(graph, pledge, NG.date):
            attrs["date"] = date
        if announcer := _first(graph, pledge, NG.announcedBy):
            attrs["announced_by"] = label(graph, announcer)
        recipient = _first(graph, pledge, NG.recipient)
        if recipient is not None:
            _ensure_node(net, graph, recipient)
            net.add_edge(str(donor), str(recipient), key=str(pledge), **attrs)
        else:
            net.add_node(str(pledge), kind="Pledge", **{k: v for k, v in attrs.items() if k != "relation"})
            net.add_edge(str(donor), str(pledge), key=f"{pledge}#donor", relation="donor")
    for meeting in sorted(_subjects(graph, NG.Meeting), key=lambda m: _date_key(graph, m)):
        attrs = {"kind": "Meeting", "label": label(graph, meeting), "iri": str(meeting)}
        if mtype := MEETING_TYPES.get(_first(graph, meeting, NG.meetingType)):
            attrs["meeting_type"] = mtype
        if status := STATUSES.get(_first(graph, meeting, NG.status)):
            attrs["status"] = status
        if place := _first(graph, meeting, NG.place):
            attrs["place"] = label(graph, place)
        if date := _text(graph, meeting, NG.date):
            attrs["date"] = date
        net.add_node(str(meeting), **attrs)
        for participant in sorted(graph.objects(meeting, NG.participant), key=str):
            _ensure_node(net, graph, participant)
            net.add_edge(str(participant), str(meeting), key=f"{meeting}#{participant}", relation="participant")
    return net


def _ensure_node(net: nx.MultiDiGraph, graph: Graph, node: Node) -> None:
    if str(node) not in net:
        kinds = [ACTOR_CLASSES[c] for c in graph.objects(node, RDF.type) if c in ACTOR_CLASSES]
        net.add_node(str(node), kind=kinds[0] if kinds else "Actor", label=label(graph, node), iri=str(node))


def to_graphml(graph: Graph) -> str:
    lines = nx.generate_graphml(to_networkx(graph), encoding="utf-8", prettyprint=True)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- pledges CSV


def pledge_rows(graph: Graph) -> list[dict[str, str]]:
    """One row per pledge and stated amount (two rows where reports disagree), in PLEDGE_COLUMNS."""
    rows = []
    for pledge in sorted(_subjects(graph, NG.Pledge), key=lambda p: _date_key(graph, p)):
        donor = _first(graph, pledge, NG.donor)
        recipient = _first(graph, pledge, NG.recipient)
        announcer = _first(graph, pledge, NG.announcedBy)
        sources = _sources(graph, pledge)
        alternatives = _amounts(graph, pledge, NG.alternativeAmount)
        base = {
            "donor": label(graph, donor) if donor is not None else "",
            "donor_iso": _text(graph, donor, NG.isoCode) if donor is not None else "",
            "recipient": label(graph, recipient) if recipient is not None else "",
            "announcement_date": _text(graph, pledge, NG.date),
            "kind": AID_KINDS.get(_first(graph, pledge, NG.aidKind), ""),
            "original_text": next((s.exact for s in sources if s.exact), ""),
            "alt_amount": alternatives[0][0] if alternatives else "",
            "alt_currency": alternatives[0][1] if alternatives else "",
            "cumulative": "true" if _bool(graph, pledge, NG.cumulative) else "false",
            "announced_by": label(graph, announcer) if announcer is not None else "",
            "source_title": SOURCES_JOIN.join(_distinct(s.title for s in sources)),
            "source_url": SOURCES_JOIN.join(_distinct(s.url for s in sources)),
            **_converted(graph, pledge),
        }
        for value, currency, _qualifier in _amounts(graph, pledge, NG.amount) or [("", "", "")]:
            rows.append({column: {**base, "amount": value, "currency": currency}[column] for column in PLEDGE_COLUMNS})
    return rows


def _converted(graph: Graph, pledge: Node) -> dict[str, str]:
    """amount_eur, amount_usd (ng:convertedAmount) and the day of the rate used."""
    out = {"amount_eur": "", "amount_usd": "", "rate_date": ""}
    for amount in sorted(graph.objects(pledge, NG.convertedAmount), key=str):
        currency = _text(graph, amount, SCHEMA.currency)
        if currency in ("EUR", "USD"):
            out["amount_" + currency.lower()] = _number(_first(graph, amount, SCHEMA.value))
            out["rate_date"] = out["rate_date"] or _text(graph, amount, NG.rateDate)
    return out


def to_pledges_csv(graph: Graph) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=PLEDGE_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(pledge_rows(graph))
    return buffer.getvalue()


# --------------------------------------------------------------------------- PLOVER


def _actor(graph: Graph, node: Node, role: str) -> dict[str, str]:
    out = {"role": role, "id": str(node), "name": label(graph, node)}
    if iso := _text(graph, node, NG.isoCode):
        out["iso"] = iso
    return out


def _provenance(graph: Graph, fact: Node) -> dict:
    sources = _sources(graph, fact)
    first = sources[0] if sources else Source("", "", "", "", 0)
    return {
        "source": first.url,
        "source_title": first.title,
        "evidence": first.sentence,
        "sources": [{"url": s.url, "title": s.title, "sentence": s.sentence} for s in sources],
    }


def plover_events(graph: Graph) -> list[dict]:
    """PLOVER-style events: pledges as AID (known kind of aid, with its mode) or AGREE
    (a commitment of no recognisable kind); meetings as CONSULT with the mode
    in-person, visit, summit, phone or video. Sorted by date, then IRI."""
    events = []
    for pledge in _subjects(graph, NG.Pledge):
        kind = AID_KINDS.get(_first(graph, pledge, NG.aidKind), "other")
        actors = [_actor(graph, d, "source") for d in sorted(graph.objects(pledge, NG.donor), key=str)]
        actors += [_actor(graph, r, "target") for r in sorted(graph.objects(pledge, NG.recipient), key=str)]
        amounts = _amounts(graph, pledge, NG.amount)
        announcer = _first(graph, pledge, NG.announcedBy)
        event = {
            "event_id": str(pledge),
            "event_type": "AID" if kind in PLOVER_AID_MODES else "AGREE",
            "mode": PLOVER_AID_MODES.get(kind, ""),
            "context": "aid pledge",
            "actors": actors,
            "date": _text(graph, pledge, NG.date),
            "amount": amounts[0][0] if amounts else "",
            "currency": amounts[0][1] if amounts else "",
            "cumulative": _bool(graph, pledge, NG.cumulative),
            "announced_by": label(graph, announcer) if announcer is not None else "",
            **_provenance(graph, pledge),
        }
        events.append(event)
    for meeting in _subjects(graph, NG.Meeting):
        mtype = MEETING_TYPES.get(_first(graph, meeting, NG.meetingType), "meeting")
        place = _first(graph, meeting, NG.place)
        events.append(
            {
                "event_id": str(meeting),
                "event_type": "CONSULT",
                "mode": PLOVER_CONSULT_MODES[mtype],
                "status": STATUSES.get(_first(graph, meeting, NG.status), "held"),
                "actors": [_actor(graph, p, "participant") for p in sorted(graph.objects(meeting, NG.participant), key=str)],
                "date": _text(graph, meeting, NG.date),
                "place": label(graph, place) if place is not None else "",
                **_provenance(graph, meeting),
            }
        )
    return sorted(events, key=lambda e: (e["date"], e["event_id"]))


def to_plover_jsonl(graph: Graph) -> str:
    return "".join(json.dumps(event, ensure_ascii=False, sort_keys=True) + "\n" for event in plover_events(graph))


# --------------------------------------------------------------------------- files

_WRITERS = {"graphml": to_graphml, "pledges-csv": to_pledges_csv, "plover": to_plover_jsonl}


def render(graph: Graph, fmt: str) -> str:
    if fmt not in _WRITERS:
        raise UsageError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    return _WRITERS[fmt](graph)


def export(graph: Graph, *, fmt: str, output: Path, inputs: Iterable[Path] = ()) -> None:
    """Write ``graph`` in ``fmt`` to ``output`` atomically (checked first: folder, not an input)."""
    from graph.io import atomic_write_text, check_writable

    text = render(graph, fmt)
    check_writable(Path(output), inputs=inputs)
    atomic_write_text(Path(output), text)


__all__ = [
    "FORMATS",
    "PLEDGE_COLUMNS",
    "export",
    "label",
    "plover_events",
    "pledge_rows",
    "render",
    "to_graphml",
    "to_networkx",
    "to_pledges_csv",
    "to_plover_jsonl",
]
