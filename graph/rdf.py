"""KnowledgeBase -> RDF graph in the newsgraph ontology; write, load and merge graphs.

The shape of the graph is the one in docs/architecture.md. IRIs come from
graph/ids.py, so the same input always gives the same nodes; every string read from
an article goes in as a Literal (cleaned of control characters), never into an IRI.
Serialisation is deterministic: the same graph gives the same bytes.
"""
from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import TypeVar

from rdflib import OWL, PROV, RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef

from graph import __version__, convert, ids
from graph.errors import GraphError, UsageError
from graph.io import atomic_write_bytes, atomic_write_chunks, check_writable
from graph.model import Actor, Article, Evidence, KnowledgeBase, Meeting, Money, Pledge
from graph.spill import SpilledTriples
from graph.vocab import ID, NG, NG_IRI, OA, SCHEMA, WD

FORMATS = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".trig": "trig"}
FORMAT_NAMES = {"turtle": "Turtle", "nt": "N-Triples", "json-ld": "JSON-LD", "trig": "TriG"}
PREFIXES = {
    "ng": NG_IRI,
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "skos": str(SKOS),
    "owl": str(OWL),
    "oa": str(OA),
    "xsd": str(XSD),
    "rdfs": str(RDFS),
    "rdf": str(RDF),
    "wd": str(WD),
    "id": str(ID),
}

ACTOR_CLASSES = {"Person": NG.Person, "Country": NG.Country, "Organization": NG.Organization}
AID_KINDS = {
    "military": NG.MilitaryAid,
    "financial": NG.FinancialAid,
    "humanitarian": NG.HumanitarianAid,
    "other": NG.OtherAid,
}
MEETING_TYPES = {
    "meeting": (NG.InPersonMeeting, "Meeting"),
    "visit": (NG.Visit, "Visit"),
    "summit": (NG.Summit, "Summit"),
    "call": (NG.PhoneCall, "Phone call"),
    "video": (NG.VideoConference, "Video conference"),
    "press_conference": (NG.PressConference, "Press conference"),
}
MEETING_STATUS = {"held": NG.Held, "planned": NG.Planned}
DATE_TYPES = (
    (re.compile(r"\d{4}-\d{2}-\d{2}"), XSD.date),
    (re.compile(r"\d{4}-\d{2}"), XSD.gYearMonth),
    (re.compile(r"\d{4}"), XSD.gYear),
)
# The build time when neither SOURCE_DATE_EPOCH nor a publication date gives one.
FIXED_TIME = datetime(1970, 1, 1, tzinfo=timezone.utc)

# C0 and C1 control characters except tab, newline and carriage return; lone
# surrogates and the two non-characters, none of which every RDF syntax can carry.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

T = TypeVar("T")


def clean(text: str) -> str:
    """The text without the characters that some serialisation could not carry."""
    return _UNSAFE.sub("", text)


def literal(value: str, *, lang: str | None = None) -> Literal:
    """A string from an article as a Literal: cleaned, never an IRI."""
    return Literal(clean(value), lang=lang)


def new_graph() -> Graph:
    """An empty graph with the project's prefixes bound (and only rdflib's core ones)."""
    graph = Graph(bind_namespaces="core")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, replace=True)
    return graph


# --------------------------------------------------------------------- building


class TripleSet(set):
    """The triples of a graph without rdflib's indexes, in about a fifth of the memory: what
    :func:`serialize` and :func:`write_graph` need, and no more (no queries, no prefixes)."""


def to_graph(
    kb: KnowledgeBase, *, version: str | None = None, build_time: datetime | None = None,
    into: TripleSet | SpilledTriples | None = None,
) -> Graph | TripleSet | SpilledTriples:
    """The RDF graph of a knowledge base (its triples added to ``into`` if given).

    ``build_time`` defaults to $SOURCE_DATE_EPOCH, else the newest publication date,
    else 1970-01-01, so that the same input gives a byte-identical file.
    Pledges (meetings) that share a key become one node with all their amounts and evidence.
    """
    graph = new_graph() if into is None else into
    build = URIRef(ids.build_iri(a.sha256 for a in kb.articles))
    names = {actor.key: actor.label for actor in kb.actors}
    for article in kb.articles:
        _add_article(graph, article)
    for actor in kb.actors:
        _add_actor(graph, actor)
    for key, pledges in _grouped(kb.pledges, lambda p: p.key):
        _add_pledge(graph, key, pledges, names=names, build=build)
        _add_conversions(graph, key, pledges, {a.id: a.published for a in kb.articles})
    for key, meetings in _grouped(kb.meetings, lambda m: m.key):
        _add_meeting(graph, key, meetings, names=names, build=build)
    when = build_time if build_time is not None else _default_build_time(kb.articles)
    _add_build(graph, build, kb.articles, version=version or __version__, when=when)
    return graph


def _grouped(items: Iterable[T], key: Callable[[T], str]) -> Iterator[tuple[str, list[T]]]:
    """Items with the same key together, in the order the keys first appear."""
    groups: dict[str, list[T]] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return iter(groups.items())


def _default_build_time(articles: Sequence[Article]) -> datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
        except (ValueError, OverflowError, OSError):
            raise UsageError(f"SOURCE_DATE_EPOCH must be whole seconds since 1970, not {epoch!r}") from None
    published = [a.published for a in articles if a.published is not None]
    if published:
        newest = max(published)
        return datetime(newest.year, newest.month, newest.day, tzinfo=timezone.utc)
    return FIXED_TIME


def _date(value: str) -> Literal:
    """'2025-06-17' -> xsd:date, '2025-06' -> xsd:gYearMonth, '2025' -> xsd:gYear."""
    for pattern, datatype in DATE_TYPES:
        if pattern.fullmatch(value):
            return Literal(value, datatype=datatype)
    raise ValueError(f"not an ISO date, month or year: {value!r}")


def _add_article(graph: Graph, article: Article) -> None:
    node = URIRef(ids.article_iri(article.id))
    graph.add((node, RDF.type, NG.Article))
    graph.add((node, SCHEMA.headline, literal(article.title)))
    graph.add((node, SCHEMA.url, literal(article.source)))
    graph.add((node, SCHEMA.inLanguage, literal(article.lang)))
    graph.add((node, NG.contentHash, literal(article.sha256)))
    if article.published is not None:
        graph.add((node, SCHEMA.datePublished, Literal(article.published.isoformat(), datatype=XSD.date)))


def _add_evidence(graph: Graph, subject: URIRef, evidence: Iterable[Evidence]) -> set[URIRef]:
    """A mention node per piece of evidence; the subject derived from each article. Returns the articles."""
    articles = set()
    for ev in evidence:
        article = URIRef(ids.article_iri(ev.article_id))
        mention = URIRef(ids.mention_iri(str(subject), ev.article_id, ev.start, ev.end, ev.rule))
        articles.add(article)
        graph.add((subject, NG.mention, mention))
        graph.add((subject, PROV.wasDerivedFrom, article))
        graph.add((mention, RDF.type, NG.Mention))
        graph.add((mention, NG.inArticle, article))
        graph.add((mention, NG.sentence, literal(ev.sentence)))
        graph.add((mention, NG.sentenceStart, Literal(ev.sent_start, datatype=XSD.integer)))
        graph.add((mention, NG.sentenceEnd, Literal(ev.sent_end, datatype=XSD.integer)))
        graph.add((mention, NG.exact, literal(ev.exact)))
        graph.add((mention, NG.start, Literal(ev.start, datatype=XSD.integer)))
        graph.add((mention, NG.end, Literal(ev.end, datatype=XSD.integer)))
        for name in dict.fromkeys((ev.rule, *ev.chain)):  # the trigger, then every rule that decided
            graph.add((mention, NG.rule, literal(name)))
        if ev.chain:
            graph.add((mention, NG.ruleChain, literal(" > ".join(ev.chain))))
    return articles


def both_labels(labels: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """An English and a German label for every actor: a missing one is the other as written."""
    by_lang = dict(labels)
    if not by_lang:
        return labels
    fallback = by_lang.get("en") or by_lang.get("de") or next(iter(by_lang.values()))
    for lang in ("de", "en"):
        by_lang.setdefault(lang, fallback)
    return tuple(sorted(by_lang.items()))


def _add_actor(graph: Graph, actor: Actor) -> None:
    node = URIRef(ids.actor_iri(actor.key))
    graph.add((node, RDF.type, ACTOR_CLASSES[actor.kind]))
    if actor.key.startswith("region:"):  # Africa, the Sahel, the Rohingya: a recipient as a whole
        graph.add((node, RDF.type, NG.Region))
    canonical = set()
    for lang, label in both_labels(actor.labels):
        graph.add((node, RDFS.label, literal(label, lang=lang)))
        canonical.add(clean(label))
    for alt in actor.alt_labels:
        if clean(alt) not in canonical:
            graph.add((node, SKOS.altLabel, literal(alt)))
    if actor.iso_code:
        graph.add((node, NG.isoCode, literal(actor.iso_code)))
    if actor.wikidata and re.fullmatch(r"Q[1-9][0-9]*", actor.wikidata):
        graph.add((node, OWL.sameAs, WD[actor.wikidata]))
    if actor.role:
        graph.add((node, NG.role, literal(actor.role, lang="en")))
    if actor.affiliation:
        graph.add((node, NG.affiliation, URIRef(ids.actor_iri(actor.affiliation))))
    _add_evidence(graph, node, actor.mentions)


def _money_words(money: Money) -> str:
    words = f"{format(money.value.normalize(), ',f')} {money.currency}"
    return f"{money.qualifier} {words}" if money.qualifier else words


def pledge_label(pledge: Pledge, names: dict[str, str]) -> str:
    """'Canada → Ukraine: 2,000,000,000 CAD (military)'."""
    who = names.get(pledge.donor, pledge.donor)
    if pledge.recipient:
        who += " → " + names.get(pledge.recipient, pledge.recipient)
    what = f": {_money_words(pledge.amount)}" if pledge.amount else ""
    notes = pledge.kind + (", cumulative" if pledge.cumulative else "")
    return f"{who}{what} ({notes})"


def meeting_label(meeting: Meeting, names: dict[str, str]) -> str:
    """'Visit: Mark Carney, Volodymyr Zelensky — Kyiv, 2025-08-24'."""
    kind = MEETING_TYPES[meeting.type][1]
    if meeting.status == "planned":
        kind = f"Planned {kind.lower()}"
    label = f"{kind}: " + ", ".join(names.get(key, key) for key in meeting.participants)
    where_when = ", ".join(part for part in (meeting.place, meeting.date) if part)
    return f"{label} — {where_when}" if where_when else label


def _add_amount(graph: Graph, pledge: URIRef, prop: URIRef, key: str, money: Money, articles: set[URIRef]) -> None:
    node = URIRef(ids.amount_iri(key, money.value, money.currency))
    graph.add((pledge, prop, node))
    graph.add((node, RDF.type, SCHEMA.MonetaryAmount))
    graph.add((node, SCHEMA.value, Literal(ids.decimal_text(money.value), datatype=XSD.decimal)))
    graph.add((node, SCHEMA.currency, literal(money.currency)))
    graph.add((node, NG.currencyInferred, Literal(money.currency_inferred)))
    if money.qualifier:
        graph.add((node, NG.qualifier, literal(money.qualifier)))
    for article in articles:
        graph.add((node, PROV.wasDerivedFrom, article))


def _add_pledge(graph: Graph, key: str, pledges: list[Pledge], *, names: dict[str, str], build: URIRef) -> None:
    node = URIRef(ids.pledge_iri(key))
    graph.add((node, RDF.type, NG.Pledge))
    kinds = {p.kind for p in pledges}
    kinds = sorted(kinds - {"other"} or kinds)  # a source that names the kind beats one that does not
    graph.add((node, RDFS.label, literal(pledge_label(replace(pledges[0], kind=kinds[0]), names), lang="en")))
    graph.add((node, PROV.wasGeneratedBy, build))
    for kind in kinds:
        graph.add((node, NG.aidKind, AID_KINDS[kind]))
    for pledge in pledges:
        graph.add((node, NG.donor, URIRef(ids.actor_iri(pledge.donor))))
        if pledge.recipient:
            graph.add((node, NG.recipient, URIRef(ids.actor_iri(pledge.recipient))))
        articles = _add_evidence(graph, node, pledge.evidence)
        if pledge.amount is not None:
            _add_amount(graph, node, NG.amount, key, pledge.amount, articles)
        for alt in pledge.alt_amounts:
            _add_amount(graph, node, NG.alternativeAmount, key, alt, articles)
        graph.add((node, NG.cumulative, Literal(pledge.cumulative)))
        if pledge.announced_by:
            graph.add((node, NG.announcedBy, URIRef(ids.actor_iri(pledge.announced_by))))
        if pledge.part_of:
            graph.add((node, NG.partOf, URIRef(ids.pledge_iri(pledge.part_of))))
        if pledge.occasion:
            graph.add((node, NG.occasion, literal(pledge.occasion)))
        if pledge.date:
            graph.add((node, NG.date, _date(pledge.date)))


def _add_conversions(graph: Graph, key: str, pledges: list[Pledge], published: dict) -> None:
    """ng:convertedAmount in EUR and USD (ECB rate, see graph/convert.py) of the largest amount
    stated in the first stated currency (the figure the totals query counts)."""
    first = next((p for p in pledges if p.amount is not None), None)
    if first is None:
        return
    value = max(p.amount.value for p in pledges if p.amount is not None and p.amount.currency == first.amount.currency)
    node = URIRef(ids.pledge_iri(key))
    days = [published.get(ev.article_id) for p in pledges for ev in p.evidence]
    dates = sorted(p.date for p in pledges if p.date)
    pledge_date = max(dates, key=len) if dates else None  # the most precise date stated
    articles = sorted({URIRef(ids.article_iri(ev.article_id)) for ev in first.evidence})
    for conv in convert.convert(value, first.amount.currency, pledge_date=pledge_date, published=days):
        amount = URIRef(ids.amount_iri(key + "#converted", conv.value, conv.currency))
        graph.add((node, NG.convertedAmount, amount))
        graph.add((amount, RDF.type, SCHEMA.MonetaryAmount))
        graph.add((amount, SCHEMA.value, Literal(ids.decimal_text(conv.value), datatype=XSD.decimal)))
        graph.add((amount, SCHEMA.currency, Literal(conv.currency)))
        graph.add((amount, NG.rateDate, Literal(conv.rate_date.isoformat(), datatype=XSD.date)))
        graph.add((amount, RDFS.comment, Literal(conv.comment, lang="en")))
        for article in articles:
            graph.add((amount, PROV.wasDerivedFrom, article))


def _add_meeting(graph: Graph, key: str, meetings: list[Meeting], *, names: dict[str, str], build: URIRef) -> None:
    node = URIRef(ids.meeting_iri(key))
    first = meetings[0]
    graph.add((node, RDF.type, NG.Meeting))
    graph.add((node, RDFS.label, literal(meeting_label(first, names), lang="en")))
    graph.add((node, PROV.wasGeneratedBy, build))
    # The key covers participants, place, date, type and status: they are the same in the group.
    for participant in first.participants:
        graph.add((node, NG.participant, URIRef(ids.actor_iri(participant))))
    graph.add((node, NG.meetingType, MEETING_TYPES[first.type][0]))
    graph.add((node, NG.status, MEETING_STATUS[first.status]))
    if first.place:
        place = URIRef(ids.place_iri(first.place))
        graph.add((node, NG.place, place))
        graph.add((place, RDF.type, NG.Place))
        graph.add((place, RDFS.label, literal(first.place, lang="en")))
    if first.date:
        graph.add((node, NG.date, _date(first.date)))
    for meeting in meetings:
        _add_evidence(graph, node, meeting.evidence)


def _add_build(graph: Graph, build: URIRef, articles: Sequence[Article], *, version: str, when: datetime) -> None:
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    stamp = when.astimezone(timezone.utc).replace(microsecond=0)
    graph.add((build, RDF.type, PROV.Activity))
    graph.add((build, PROV.wasAssociatedWith, NG.software))
    graph.add((build, RDFS.comment, Literal(f"newsgraph {clean(version)}")))
    graph.add((build, PROV.startedAtTime, Literal(stamp)))
    for article in articles:
        graph.add((build, PROV.used, URIRef(ids.article_iri(article.id))))


# ---------------------------------------------------------------- files


def _format(path: Path) -> str:
    try:
        return FORMATS[Path(path).suffix.lower()]
    except KeyError:
        raise UsageError(
            f"{path}: unknown graph format {Path(path).suffix or '(no suffix)'}; use one of {', '.join(FORMATS)}"
        ) from None


def check_output(path: Path, *, inputs: Iterable[Path] = ()) -> None:
    """Before any work: UsageError for an unknown suffix, OutputError for a path that cannot be written."""
    _format(path)
    check_writable(Path(path), inputs=inputs)


def serialize(graph: Graph | TripleSet, *, suffix: str = ".ttl") -> bytes:
    """The graph (or a TripleSet) in the format for ``suffix``, byte-identical for the same triples.

    Deterministic for graphs without blank nodes (which newsgraph never writes).
    """
    fmt = _format(Path("graph" + suffix))
    if fmt == "nt":
        fast = _ntriples_oxigraph(graph)
        if fast is not None:
            return fast
    ours = new_graph()
    for triple in graph:
        ours.add(triple)
    if fmt == "nt":
        return _sorted_lines(ours.serialize(format="nt", encoding="utf-8"))
    if fmt == "json-ld":
        raw = ours.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True)
        return (json.dumps(_sorted_jsonld(json.loads(raw)), indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode(
            "utf-8"
        )
    if fmt == "trig":
        dataset = Dataset()
        for prefix, namespace in ours.namespaces():
            dataset.bind(prefix, namespace, replace=True)
        for triple in ours:
            dataset.default_graph.add(triple)
        return dataset.serialize(format="trig", encoding="utf-8")
    return ours.serialize(format="turtle", encoding="utf-8")


def _sorted_lines(data: bytes) -> bytes:
    """N-Triples lines, each once, sorted (UTF-8 bytes sort in code-point order). A line ends
    only at a line feed, which both writers escape inside literals; str.splitlines() also
    split at U+2028, U+0085 and the like, which literals hold raw, and broke such triples."""
    return b"".join(line + b"\n" for line in sorted(set(data.split(b"\n"))) if line.strip())


# characters the two writers escape differently (rdflib writes them raw, Oxigraph as \\uXXXX)
_ESCAPED_APART = re.compile("[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def _ntriples_oxigraph(graph: Graph) -> bytes | None:
    """Sorted N-Triples written by pyoxigraph: the same bytes as rdflib's writer gives, in a
    fraction of the time. None for what the two would write differently (blank nodes,
    literals typed xsd:string, control characters other than line breaks, language tags
    with capitals, terms Oxigraph refuses):
    those go through rdflib."""
    import pyoxigraph as ox

    def term(node):
        if isinstance(node, URIRef):
            return ox.NamedNode(str(node))
        # Oxigraph drops xsd:string and lower-cases language tags; rdflib keeps both
        if (not isinstance(node, Literal) or node.datatype == XSD.string or _ESCAPED_APART.search(node)
                or (node.language or "") != (node.language or "").lower()):
            raise ValueError("written by rdflib")
        if node.language:
            return ox.Literal(str(node), language=node.language)
        if node.datatype is not None:
            return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)))
        return ox.Literal(str(node))

    written, batch = [], []
    try:
        for s, p, o in graph:  # in batches: Oxigraph's copies of all the triples at once took more memory than the graph
            batch.append(ox.Triple(term(s), term(p), term(o)))
            if len(batch) == NT_BATCH:
                written.append(ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES))
                batch = []
    except (ValueError, TypeError):
        return None
    written.append(ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES))
    return _sorted_lines(b"".join(written))


NT_BATCH = 20_000


def _sorted_jsonld(doc):
    """JSON-LD with the node objects sorted by @id and every value array sorted."""
    nodes = doc.get("@graph") if isinstance(doc, dict) else None
    if nodes is None:
        return doc
    for node in nodes:
        for key, value in node.items():
            if isinstance(value, list):
                node[key] = sorted(value, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    doc["@graph"] = sorted(nodes, key=lambda n: json.dumps(n.get("@id", ""), ensure_ascii=False))
    return doc


def write_graph(graph: Graph | TripleSet | SpilledTriples, path: Path) -> None:
    """Write the graph to ``path`` (format by suffix: .ttl .nt .jsonld .trig), atomically."""
    path = Path(path)
    if isinstance(graph, SpilledTriples):
        if path.suffix.lower() != ".nt":
            raise UsageError(f"{path}: triples spilled to disk are written as N-Triples (.nt) only")
        atomic_write_chunks(path, graph.lines())
        return
    atomic_write_bytes(path, serialize(graph, suffix=path.suffix.lower()))


def nt_lines(triples: list) -> list[bytes]:
    """The N-Triples lines of ``triples`` (each ending in a line feed), sorted, each once: the
    lines :func:`serialize` writes for them."""
    data = _ntriples_oxigraph(triples)
    if data is None:
        ours = new_graph()
        for triple in triples:
            ours.add(triple)
        data = _sorted_lines(ours.serialize(format="nt", encoding="utf-8"))
    return [line + b"\n" for line in data.split(b"\n") if line]


def triples_to_write(path: Path | None) -> TripleSet | SpilledTriples:
    """Where ``to_graph`` puts the triples of a build that only writes ``path``: an N-Triples
    file takes them in sorted runs on disk beside it (memory flat in the corpus size), any
    other format a TripleSet."""
    if path is not None and Path(path).suffix.lower() == ".nt":
        return SpilledTriples(nt_lines, beside=Path(path), batch=NT_BATCH)
    return TripleSet()


def load_graph(path: Path) -> Graph:
    """Read a graph file (format by suffix); GraphError with a one-line reason if it cannot be read."""
    path = Path(path)
    fmt = _format(path)
    if not path.exists():
        raise GraphError(f"{path}: no such file")
    if not path.is_file():
        raise GraphError(f"{path}: not a file")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise GraphError(f"{path}: cannot read: {err.strerror or err}") from None
    graph = new_graph()
    try:
        if fmt == "json-ld":
            _refuse_remote_context(json.loads(data))
        if fmt == "trig":
            dataset = Dataset()
            dataset.parse(data=data, format="trig")
            for s, p, o, _ctx in dataset.quads():
                graph.add((s, p, o))
        else:
            graph.parse(data=data, format=fmt)
    except Exception as err:  # rdflib raises many kinds: BadSyntax, ParserError, JSONDecodeError, ...
        raise GraphError(f"{path}: not valid {FORMAT_NAMES[fmt]}: {_reason(err)}") from None
    return graph


def _refuse_remote_context(doc: object) -> None:
    """rdflib would download a JSON-LD @context given by URL; a graph file must be self-contained."""
    if isinstance(doc, list):
        for item in doc:
            _refuse_remote_context(item)
    elif isinstance(doc, dict):
        for key, value in doc.items():
            refs = value if isinstance(value, list) else [value]
            if key in ("@context", "@import") and any(isinstance(ref, str) for ref in refs):
                raise ValueError(f"{key} refers to a remote document; only inline contexts are read")
            _refuse_remote_context(value)


def _reason(err: Exception) -> str:
    """One line out of a parser's message, with the line number where the parser gives one."""
    lines = [line.strip() for line in str(err).splitlines() if line.strip()]
    line_no = getattr(err, "lines", None)
    why = next((line for line in lines if line.startswith("Bad syntax")), None)
    if why is not None:
        why = why.split(" at ^")[0]
        return f"line {line_no + 1 if isinstance(line_no, int) else '?'}: {why}"
    first = lines[0] if lines else type(err).__name__
    return first if len(first) <= 200 else first[:200] + "…"


def merge(base: Graph, new: Graph) -> Graph:
    """A new graph with the triples of both; neither input is changed.

    IRIs are deterministic, so the same actor, pledge or meeting becomes one node;
    both build activities are kept.
    """
    merged = new_graph()
    for triple in base:
        merged.add(triple)
    for triple in new:
        merged.add(triple)
    return merged
