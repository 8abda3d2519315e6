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
from pathlib import Path

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import OWL
from rdflib.term import Node

from graph import reader
from graph.errors import UsageError
from graph.vocab import NG

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

ACTOR_CLASSES = reader.ACTOR_CLASSES
AID_KINDS = reader.AID_KINDS
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
# graph/reader.py reads for the page and the exports alike; these names keep this module short.

_first, _text, label, _number, _bool = reader.first, reader.text, reader.label, reader.number, reader.is_true
_sources, _amounts, _date_key, _subjects = reader.sources, reader.amounts, reader.date_key, reader.subjects
Source = reader.Source


def _distinct(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


# --------------------------------------------------------------------------- GraphML


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Actors and meetings as nodes; pledges as donor -> recipient edges; participation and
    affiliation as edges. Every attribute is a string (GraphML-safe); the input is not changed.

    A pledge without a recipient becomes a node of kind "Pledge" with a "donor" edge.
    """
    net = nx.MultiDiGraph()
    _add_actors(net, graph)
    for record in reader.pledge_records(graph):
        _add_pledge(net, graph, record)
    for meeting in sorted(_subjects(graph, NG.Meeting), key=lambda m: _date_key(graph, m)):
        _add_meeting(net, graph, meeting)
    return net


def _add_actors(net: nx.MultiDiGraph, graph: Graph) -> None:
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


def _add_pledge(net: nx.MultiDiGraph, graph: Graph, record: reader.PledgeRecord) -> None:
    if not record.donor:
        return
    pledge = URIRef(record.id)
    _ensure_node(net, graph, URIRef(record.donor))
    attrs = {"relation": "pledge", "iri": record.id, "label": label(graph, pledge)}
    if record.amounts:
        attrs["amount"], attrs["currency"] = record.amounts[0][0], record.amounts[0][1]
    for key in ("amount_eur", "amount_usd", "rate_date"):
        if value := getattr(record, key):
            attrs[key] = value
    if record.kind:
        attrs["aid_kind"] = record.kind
    attrs["cumulative"] = "true" if record.cumulative else "false"
    if record.date:
        attrs["date"] = record.date
    if record.announced_by:
        attrs["announced_by"] = record.announced_by
    if record.recipient:
        _ensure_node(net, graph, URIRef(record.recipient))
        net.add_edge(record.donor, record.recipient, key=record.id, **attrs)
    else:
        net.add_node(record.id, kind="Pledge", **{k: v for k, v in attrs.items() if k != "relation"})
        net.add_edge(record.donor, record.id, key=f"{record.id}#donor", relation="donor")


def _add_meeting(net: nx.MultiDiGraph, graph: Graph, meeting: Node) -> None:
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


def _ensure_node(net: nx.MultiDiGraph, graph: Graph, node: Node) -> None:
    if str(node) not in net:
        net.add_node(str(node), kind=reader.actor_class(graph, node) or "Actor", label=label(graph, node), iri=str(node))


def to_graphml(graph: Graph) -> str:
    lines = nx.generate_graphml(to_networkx(graph), encoding="utf-8", prettyprint=True)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- pledges CSV


def pledge_rows(graph: Graph) -> list[dict[str, str]]:
    """One row per pledge and stated amount (two rows where reports disagree), in PLEDGE_COLUMNS."""
    rows = []
    for record in reader.pledge_records(graph):
        base = {
            "donor": record.donor_label,
            "donor_iso": record.donor_iso,
            "recipient": record.recipient_label,
            "announcement_date": record.date,
            "kind": record.kind,
            "original_text": next((s.exact for s in record.sources if s.exact), ""),
            "alt_amount": record.alternatives[0][0] if record.alternatives else "",
            "alt_currency": record.alternatives[0][1] if record.alternatives else "",
            "cumulative": "true" if record.cumulative else "false",
            "announced_by": record.announced_by,
            "source_title": SOURCES_JOIN.join(_distinct(s.title for s in record.sources)),
            "source_url": SOURCES_JOIN.join(_distinct(s.url for s in record.sources)),
            "amount_eur": record.amount_eur,
            "amount_usd": record.amount_usd,
            "rate_date": record.rate_date,
        }
        for value, currency, _qualifier in record.amounts or (("", "", ""),):
            rows.append({column: {**base, "amount": value, "currency": currency}[column] for column in PLEDGE_COLUMNS})
    return rows


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
