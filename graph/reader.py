"""One reader of the RDF graph for the page (viz.py) and the exports (export.py).

Both draw their names, amounts, conversions and sources from here, so the page, the
pledges CSV and GraphML always say the same thing. Pure functions of an rdflib Graph in
the shape of docs/architecture.md; the graph is never changed; the output is sorted.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import PROV
from rdflib.term import Node

from graph.vocab import NG, SCHEMA

LABEL_LANGS = ("en", "de", "")  # the label preference: English, German, untagged, then any other
AID_KINDS = {NG.MilitaryAid: "military", NG.FinancialAid: "financial", NG.HumanitarianAid: "humanitarian", NG.OtherAid: "other"}
ACTOR_CLASSES = {NG.Person: "Person", NG.Country: "Country", NG.Organization: "Organization"}


def first(graph: Graph, subject: Node, predicate: URIRef) -> Node | None:
    values = sorted(graph.objects(subject, predicate), key=str)
    return values[0] if values else None


def text(graph: Graph, subject: Node, predicate: URIRef) -> str:
    value = first(graph, subject, predicate)
    return "" if value is None else str(value)


def _label_key(lit: Literal) -> tuple:
    lang = (lit.language or "").lower().split("-")[0]
    rank = LABEL_LANGS.index(lang) if lang in LABEL_LANGS else len(LABEL_LANGS)
    return (rank, lit.language or "", str(lit))


def local_name(node: Node) -> str:
    value = str(node)
    return value.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1] or value


def label(graph: Graph, node: Node) -> str:
    """The English label, else German, else untagged, else any other (sorted), else the IRI's last segment."""
    labels = sorted((o for o in graph.objects(node, RDFS.label) if isinstance(o, Literal)), key=_label_key)
    return str(labels[0]) if labels else local_name(node)


def number(value: Node | None) -> str:
    """A decimal without exponent: 2E+9 -> 2000000000."""
    if value is None:
        return ""
    try:
        found = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    out = format(found, "f")
    return out.rstrip("0").rstrip(".") if "." in out else out


def is_true(graph: Graph, subject: Node, predicate: URIRef) -> bool:
    value = first(graph, subject, predicate)
    return isinstance(value, Literal) and value.toPython() is True


def actor_class(graph: Graph, node: Node) -> str:
    kinds = sorted(ACTOR_CLASSES[c] for c in graph.objects(node, RDF.type) if c in ACTOR_CLASSES)
    return kinds[0] if kinds else ""


@dataclass(frozen=True)
class Source:
    url: str
    title: str
    sentence: str
    exact: str
    start: int
    published: str = ""


def sources(graph: Graph, fact: Node) -> list[Source]:
    """The fact's mentions (article, sentence), by article and offset; articles without a mention too."""
    found, seen_articles = [], set()
    for mention in graph.objects(fact, NG.mention):
        article = first(graph, mention, NG.inArticle)
        start = first(graph, mention, NG.start)
        found.append(
            Source(
                url=text(graph, article, SCHEMA.url) if article is not None else "",
                title=text(graph, article, SCHEMA.headline) if article is not None else "",
                sentence=text(graph, mention, NG.sentence),
                exact=text(graph, mention, NG.exact),
                start=int(start.toPython()) if isinstance(start, Literal) and str(start).isdigit() else 0,
                published=text(graph, article, SCHEMA.datePublished) if article is not None else "",
            )
        )
        seen_articles.add(article)
    for article in graph.objects(fact, PROV.wasDerivedFrom):
        if article not in seen_articles:
            found.append(Source(text(graph, article, SCHEMA.url), text(graph, article, SCHEMA.headline), "", "", 0,
                                text(graph, article, SCHEMA.datePublished)))
    return sorted(found, key=lambda s: (s.url, s.start, s.sentence))


def amounts(graph: Graph, pledge: Node, predicate: URIRef) -> list[tuple[str, str, str]]:
    """(value, currency, qualifier) of each amount, sorted."""
    out = set()
    for amount in graph.objects(pledge, predicate):
        out.add((number(first(graph, amount, SCHEMA.value)), text(graph, amount, SCHEMA.currency),
                 text(graph, amount, NG.qualifier)))
    return sorted(out, key=lambda a: (a[1], _decimal(a[0]), a[2]))


def _decimal(value: str) -> Decimal:
    try:
        return Decimal(value) if value else Decimal(0)
    except InvalidOperation:
        return Decimal(0)


def converted(graph: Graph, pledge: Node) -> dict[str, str]:
    """amount_eur, amount_usd (ng:convertedAmount) and the day of the rate used ('' where none)."""
    out = {"amount_eur": "", "amount_usd": "", "rate_date": ""}
    for amount in sorted(graph.objects(pledge, NG.convertedAmount), key=str):
        currency = text(graph, amount, SCHEMA.currency)
        if currency in ("EUR", "USD"):
            out["amount_" + currency.lower()] = number(first(graph, amount, SCHEMA.value))
            out["rate_date"] = out["rate_date"] or text(graph, amount, NG.rateDate)
    return out


def date_key(graph: Graph, node: Node) -> tuple[str, str]:
    return (text(graph, node, NG.date), str(node))


def subjects(graph: Graph, cls: URIRef) -> list[Node]:
    return sorted(set(graph.subjects(RDF.type, cls)), key=str)


@dataclass(frozen=True)
class PledgeRecord:
    """A pledge as the page's table, its totals and the pledges CSV show it."""

    id: str
    donor: str  # IRI ('' when none)
    donor_label: str
    donor_iso: str
    recipient: str  # IRI ('' when none)
    recipient_label: str
    kind: str  # military, financial, humanitarian, other ('' when not stated)
    cumulative: bool
    part_of: str  # IRI of the package ('' when none)
    date: str
    amounts: tuple[tuple[str, str, str], ...]  # (value, currency, qualifier), sorted
    alternatives: tuple[tuple[str, str, str], ...]
    amount_eur: str
    amount_usd: str
    rate_date: str
    announced_by: str
    sources: tuple[Source, ...]


def pledge_record(graph: Graph, pledge: Node) -> PledgeRecord:
    donor = first(graph, pledge, NG.donor)
    recipient = first(graph, pledge, NG.recipient)
    announcer = first(graph, pledge, NG.announcedBy)
    package = first(graph, pledge, NG.partOf)
    conv = converted(graph, pledge)
    return PledgeRecord(
        id=str(pledge),
        donor=str(donor) if donor is not None else "",
        donor_label=label(graph, donor) if donor is not None else "",
        donor_iso=text(graph, donor, NG.isoCode) if donor is not None else "",
        recipient=str(recipient) if recipient is not None else "",
        recipient_label=label(graph, recipient) if recipient is not None else "",
        kind=AID_KINDS.get(first(graph, pledge, NG.aidKind), ""),
        cumulative=is_true(graph, pledge, NG.cumulative),
        part_of=str(package) if package is not None else "",
        date=text(graph, pledge, NG.date),
        amounts=tuple(amounts(graph, pledge, NG.amount)),
        alternatives=tuple(amounts(graph, pledge, NG.alternativeAmount)),
        amount_eur=conv["amount_eur"],
        amount_usd=conv["amount_usd"],
        rate_date=conv["rate_date"],
        announced_by=label(graph, announcer) if announcer is not None else "",
        sources=tuple(sources(graph, pledge)),
    )


def pledge_records(graph: Graph) -> list[PledgeRecord]:
    """Every pledge, by date and IRI."""
    return [pledge_record(graph, p) for p in sorted(subjects(graph, NG.Pledge), key=lambda p: date_key(graph, p))]
