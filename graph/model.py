"""The records that flow between the stages.

ingest -> nlp -> extract -> link -> rdf -> query / viz

Every stage takes and returns these plain, frozen dataclasses: strings, numbers
and character offsets into ``Article.text``, never spaCy or rdflib objects.
Actor references are *keys* (``country:CA``, ``org:nato``, ``person:mark-carney``)
resolved by the lexicon or the linker, so that records stay comparable and hashable.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

ActorKind = Literal["Person", "Country", "Organization"]
AidKind = Literal["military", "financial", "humanitarian", "other"]
MeetingType = Literal["meeting", "visit", "summit", "call", "video", "press_conference"]
MeetingStatus = Literal["held", "planned"]
Qualifier = Literal["more than", "at least", "about", "nearly", "up to", "less than"]


@dataclass(frozen=True)
class Article:
    """One news article as read from disk (or a JSON line)."""

    id: str  # stable: derived from the content hash
    title: str
    text: str  # the whole text; the title is its first line, offsets refer to it
    lang: str  # "de" | "en"
    source: str  # path or URL
    sha256: str
    published: date | None = None


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence and the matched words, as offsets into Article.text."""

    article_id: str
    sentence: str
    sent_start: int
    sent_end: int
    start: int  # matched words
    end: int
    rule: str  # the name of the rule that fired, e.g. "pledge.verb"
    # every rule that decided, in order (trigger, roles, flags), as registered in graph/data/rules
    chain: tuple[str, ...] = ()

    @property
    def exact(self) -> str:
        return self.sentence[self.start - self.sent_start : self.end - self.sent_start]


@dataclass(frozen=True)
class ActorMention:
    """A surface form in the text that refers to an actor."""

    key: str  # "country:CA", "org:nato", "person:mark-carney"
    kind: ActorKind
    name: str  # the canonical name as far as known at this stage (full name for persons)
    surface: str  # exactly as written
    start: int
    end: int
    evidence: Evidence
    role: str | None = None  # English role title, e.g. "prime minister"
    affiliation: str | None = None  # actor key, e.g. "country:CA"
    # True where the form stands for something else: a capital for its government
    # ("Kiew sagte"), an adjective ("kanadische Hilfe") or a building ("Kreml").
    metonymic: bool = False
    form: str = "name"  # the lexicon's kind of form: name, alias, genitive, adjective, capital, metonym


@dataclass(frozen=True)
class Money:
    value: Decimal  # in units: 2 billion -> 2000000000
    currency: str  # ISO 4217
    text: str  # as written
    currency_inferred: bool = False  # a bare "Dollar" resolved from context
    qualifier: Qualifier | None = None
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Pledge:
    donor: str  # actor key
    recipient: str | None
    amount: Money | None
    evidence: tuple[Evidence, ...]
    kind: AidKind = "other"
    alt_amounts: tuple[Money, ...] = ()  # the same sum in another currency
    cumulative: bool = False  # a running total, not a new pledge
    part_of: str | None = None  # Pledge.key of the package this is a component of
    announced_by: str | None = None  # person key
    date: str | None = None  # ISO: "2025-06-17", "2025-06" or "2025"
    occasion: str | None = None  # e.g. "G7 summit"

    @property
    def key(self) -> str:
        """Identity within and across articles: donor, recipient, amount, currency."""
        from graph.ids import pledge_key

        return pledge_key(self)


@dataclass(frozen=True)
class Meeting:
    participants: tuple[str, ...]  # actor keys, sorted
    evidence: tuple[Evidence, ...]
    type: MeetingType = "meeting"
    status: MeetingStatus = "held"
    place: str | None = None  # the place's name in English, e.g. "Kyiv", "White House"
    date: str | None = None  # ISO, as precise as stated
    virtual: bool = False
    weekday: int | None = None  # 0 = Monday, as stated ("am Dienstag"), even with no publication date

    @property
    def key(self) -> str:
        from graph.ids import meeting_key

        return meeting_key(self)


@dataclass(frozen=True)
class Actor:
    """One real-world actor after linking, with every surface form seen."""

    key: str
    kind: ActorKind
    labels: tuple[tuple[str, str], ...]  # (lang, label): the canonical name per language
    alt_labels: tuple[str, ...] = ()
    mentions: tuple[Evidence, ...] = ()
    role: str | None = None
    affiliation: str | None = None
    wikidata: str | None = None
    iso_code: str | None = None

    @property
    def label(self) -> str:
        by_lang = dict(self.labels)
        return by_lang.get("en") or next(iter(by_lang.values()))


@dataclass(frozen=True)
class ArticleFacts:
    """What the extract stage read from one article."""

    article: Article
    mentions: tuple[ActorMention, ...]
    pledges: tuple[Pledge, ...]
    meetings: tuple[Meeting, ...]


@dataclass(frozen=True)
class KnowledgeBase:
    """What the link stage hands to rdf: one record per real-world thing, all sources kept."""

    articles: tuple[Article, ...]
    actors: tuple[Actor, ...]
    pledges: tuple[Pledge, ...]
    meetings: tuple[Meeting, ...]
