"""The actor lexicon: countries, organisations, persons and role titles.

The data lives in ``graph/data/lexicon/*.json`` (see ``tools/build_lexicon.py``);
this module reads it once (``load_lexicon()`` is cached) and derives every surface
form a German or English news text may use for an actor: names and aliases,
German genitives ("Kanadas", "Selenskyjs"), inflected adjectives ("kanadischen"),
capitals ("Kiew"), government metonyms ("Weißen Haus") and compound prefixes
("US-", "Nato-"). No form may stand for two actors; building the lexicon fails
loudly if the data says otherwise.

``build_lexicon(...)`` is the pure function behind it, usable on small hand-made
data in tests.
"""
from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from importlib.resources import files
from typing import Any

__all__ = [
    "Entry",
    "Lexicon",
    "LexiconError",
    "Office",
    "Role",
    "SurfaceForm",
    "build_lexicon",
    "german_adjective_forms",
    "german_genitive",
    "load_lexicon",
]

LANGS = ("de", "en")
KINDS = {"country": "Country", "org": "Organization", "person": "Person", "region": "Country"}
# A region ("Africa", "the Sahel") or a people without a state ("Rohingya") that receives aid as
# one recipient reads like a country in the rules; the RDF types it ng:Region as well.
# When one text is generated twice for the same actor, the first kind here wins.
FORM_RANK = {"name": 0, "alias": 1, "genitive": 2, "capital": 3, "metonym": 4, "adjective": 5, "prefix": 6}
ROLE_CLASSES = ("head_of_state", "head_of_government", "minister", "diplomat", "official", "military", "legislator", "private")
ADJECTIVE_ENDINGS = ("", "e", "en", "er", "es", "em")
WIKIDATA_ID = re.compile(r"^Q[1-9]\d*$")
ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")
FUZZY_THRESHOLD = 85.0
FUZZY_MIN_LENGTH = 6
# Spelling differences between German, English and other transliterations of the same
# (mostly Slavic) name, folded away before comparing: Selenskyj ~ Zelenskyy, Lawrow ~ Lavrov.
TRANSLITERATION = (("tsch", "ch"), ("sch", "sh"), ("kh", "h"), ("ch", "h"), ("zh", "sh"), ("w", "v"),
                   ("j", "i"), ("y", "i"), ("z", "s"))


class LexiconError(ValueError):
    """The lexicon data contradicts itself (a form for two actors, a dangling affiliation, ...)."""


@dataclass(frozen=True)
class Office:
    """A role a person held for an actor, from ``since`` to ``until`` (both days included;
    None: not known, or still held)."""

    role: str
    affiliation: str
    since: date | None = None
    until: date | None = None

    def covers(self, day: date) -> bool:
        return (self.since is None or self.since <= day) and (self.until is None or day <= self.until)


@dataclass(frozen=True)
class Entry:
    """One actor the lexicon knows."""

    key: str
    kind: str  # "Country" | "Organization" | "Person"
    labels: tuple[tuple[str, str], ...]  # (lang, canonical name), sorted by lang
    aliases: tuple[str, ...]
    wikidata: str | None = None
    iso_code: str | None = None
    currency: str | None = None
    role: str | None = None
    affiliation: str | None = None
    media: bool = False
    grouping: bool = False
    receiver: bool = False  # a fund or agency that others pay into ("Green Climate Fund", "UNRWA")
    members: tuple[str, ...] = ()  # a region's countries, where news treats them as one recipient
    part_of: str | None = None  # the state a territory belongs to ("Gaza Strip" -> Palestine), the body an institution is of (European Commission -> EU)
    seat: bool = False  # a seat of government that speaks for its state ("White House")
    monarchy: bool = False  # a state news may call "the Kingdom"
    offices: tuple[Office, ...] = ()  # a person's offices with their periods, oldest first
    gender: str | None = None  # a person's grammatical gender in German role titles: "m" | "f"

    @property
    def region(self) -> bool:
        return self.key.startswith("region:")

    def all_offices(self) -> tuple[Office, ...]:
        """The person's offices; one without a period (role and affiliation) where the lexicon lists none."""
        if self.offices:
            return self.offices
        return (Office(self.role, self.affiliation),) if self.role and self.affiliation else ()

    def office_on(self, day: date | None = None) -> Office | None:
        """The office held on that day (the latest begun, where two overlap). With no day: the
        current office (no ``until``), else the one that ended last. On a day outside every period:
        the office that ended last before it (a former holder keeps their last office), else the
        first office (a day before the first one)."""
        offices = self.all_offices()
        if not offices:
            return None
        if day is None:
            current = [o for o in offices if o.until is None]
            return current[-1] if current else max(offices, key=lambda o: o.until or date.max)
        held = [o for o in offices if o.covers(day)]
        if held:
            return max(held, key=lambda o: o.since or date.min)
        before = [o for o in offices if o.until is not None and o.until < day]
        return max(before, key=lambda o: o.until or date.min) if before else offices[0]

    def role_on(self, day: date | None = None) -> tuple[str | None, str | None]:
        """(role, affiliation) on that day (see ``office_on``); the entry's own for a person with
        no office and for other actors."""
        office = self.office_on(day) if self.offices else None
        return (office.role, office.affiliation) if office is not None else (self.role, self.affiliation)

    def holds(self, affiliation: str, role: str, day: date | None = None) -> bool:
        """Whether the person held that office on that day (with no day: holds it now). An office
        without a period is held on any day."""
        for office in self.all_offices():
            if office.affiliation != affiliation or office.role != role:
                continue
            if office.until is None if day is None else office.covers(day):
                return True
        return False

    def label(self, lang: str = "en") -> str:
        by_lang = dict(self.labels)
        return by_lang.get(lang) or by_lang.get("en") or self.labels[0][1]


@dataclass(frozen=True)
class SurfaceForm:
    """A string as it appears in text and the actor it stands for."""

    text: str
    key: str
    form: str  # "name" | "alias" | "genitive" | "adjective" | "capital" | "metonym" | "prefix"
    lang: str  # "de" | "en" | "*" (both)


@dataclass(frozen=True)
class Role:
    """A role title as written before a name ("Außenministerin", "Foreign Secretary")."""

    text: str
    en: str  # canonical English role, lower case
    cls: str  # one of ROLE_CLASSES
    speaks_for_state: bool
    lang: str


# --- German morphology -----------------------------------------------------------------


def german_adjective_forms(stem: str) -> tuple[str, ...]:
    """The inflected forms of a German adjective stem; a capitalised word like "Schweizer" is invariable."""
    if stem[:1].isupper() and "-" not in stem:
        return (stem,)
    return tuple(stem + ending for ending in ADJECTIVE_ENDINGS)


def german_genitive(name: str, gender: str = "n") -> str | None:
    """The -s genitive of a proper name ("Kanadas"), or None where German has none.

    Feminine and plural names ("der Ukraine", "der USA") and names ending in a
    sibilant ("von Belarus") take no ending.
    """
    if gender in ("f", "pl") or not name or name[-1] in "sßxzSXZ." or not name[-1].isalpha():
        return None
    return name + "s"


def _person_genitive(name: str) -> str | None:
    """German possessive of a person's name: "Putins", "Merz'"."""
    last = name.split()[-1]
    if not last[-1:].isalpha() or ACRONYM.match(last) or re.fullmatch(r"[IVX]+", last):
        return None
    return name + ("'" if last[-1] in "sßxzSXZ" else "s")


def _skeleton(name: str) -> str:
    """A rough phonetic key for comparing transliterations: no accents, one spelling per sound."""
    text = unicodedata.normalize("NFKD", " ".join(name.split()).casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    for old, new in TRANSLITERATION:
        text = text.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", text)


# --- building ---------------------------------------------------------------------------

Candidate = tuple[str, str, str, str]  # text, key, form, lang


def _kind(key: str) -> str:
    prefix, _, rest = key.partition(":")
    if prefix not in KINDS or not rest:
        raise LexiconError(f"bad actor key {key!r}: expected country:XX, org:slug or person:slug")
    return KINDS[prefix]


def _wikidata(raw: Mapping[str, Any], key: str) -> str | None:
    qid = raw.get("wikidata")
    if qid is not None and not WIKIDATA_ID.match(qid):
        raise LexiconError(f"{key}: wikidata id {qid!r} is not of the form Q123")
    return qid


def _labels(raw: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    return tuple((lang, raw[lang]["name"]) for lang in LANGS if lang in raw)


def _aliases(raw: Mapping[str, Any], labels: Iterable[tuple[str, str]]) -> tuple[str, ...]:
    names = {name for _, name in labels}
    found = {a for lang in LANGS for a in raw.get(lang, {}).get("aliases", ())}
    return tuple(sorted(found - names))


def _prefixes(texts: Iterable[str]) -> Iterator[str]:
    for text in texts:
        if ACRONYM.match(text):
            yield text + "-"


def _country_entry(raw: Mapping[str, Any]) -> Entry:
    labels = _labels(raw)
    return Entry(
        key=raw["key"], kind="Country", labels=labels, aliases=_aliases(raw, labels),
        wikidata=_wikidata(raw, raw["key"]), iso_code=raw["iso2"], currency=raw.get("currency"),
        monarchy=bool(raw.get("monarchy", False)),
    )


def _country_forms(raw: Mapping[str, Any]) -> Iterator[tuple[str, str, str]]:
    en, de = raw["en"], raw["de"]
    gender = de.get("gender", "n")
    for lang, block in (("en", en), ("de", de)):
        yield block["name"], "name", lang
        for alias in block.get("aliases", ()):
            yield alias, "alias", lang
        for capital in block.get("capital", ()):
            yield capital, "capital", lang
        for metonym in block.get("government_metonyms", ()):
            yield metonym, "metonym", lang
    for adjective in en.get("adjectives", ()):
        yield adjective, "adjective", "en"
    for stem in de.get("adjectives", ()):
        for form in german_adjective_forms(stem):
            yield form, "adjective", "de"
    genitive = german_genitive(de["name"], gender) if de.get("regular_genitive", True) else None
    if genitive:
        yield genitive, "genitive", "de"
    for capital in de.get("capital", ()):
        genitive = german_genitive(capital)
        if genitive:
            yield genitive, "capital", "de"
    for genitive in de.get("genitives", ()):
        yield genitive, "genitive", "de"
    for inflected in de.get("inflections", ()):
        yield inflected, "name", "de"
    for prefix in (*_prefixes([de["name"], *de.get("aliases", ())]), *de.get("prefixes", ())):
        yield prefix, "prefix", "de"


def _org_entry(raw: Mapping[str, Any]) -> Entry:
    labels = _labels(raw)
    return Entry(
        key=raw["key"], kind="Organization", labels=labels, aliases=_aliases(raw, labels),
        wikidata=_wikidata(raw, raw["key"]), currency=raw.get("currency"),
        affiliation=raw.get("affiliation"), media=bool(raw.get("media", False)),
        grouping=bool(raw.get("grouping", False)), receiver=bool(raw.get("receiver", False)),
        seat=bool(raw.get("seat", False)), part_of=raw.get("part_of"),
    )


def _region_entry(raw: Mapping[str, Any]) -> Entry:
    labels = _labels(raw)
    return Entry(key=raw["key"], kind="Country", labels=labels, aliases=_aliases(raw, labels), members=tuple(raw.get("members", ())),
                 part_of=raw.get("part_of"))


def _org_forms(raw: Mapping[str, Any]) -> Iterator[tuple[str, str, str]]:
    for lang in LANGS:
        block = raw[lang]
        yield block["name"], "name", lang
        for alias in block.get("aliases", ()):
            yield alias, "alias", lang
        for inflected in block.get("inflections", ()):
            yield inflected, "name", lang
        for metonym in block.get("metonyms", ()):
            yield metonym, "metonym", lang
        for adjective in block.get("adjectives", ()):
            forms = german_adjective_forms(adjective) if lang == "de" else (adjective,)
            for form in forms:
                yield form, "adjective", lang
    de = raw["de"]
    prefixes = list(de.get("prefixes", ()))
    if not raw.get("media"):
        prefixes += _prefixes([de["name"], *de.get("aliases", ())])
    for prefix in prefixes:
        yield prefix, "prefix", "de"


def _day(raw: Mapping[str, Any], field: str, key: str) -> date | None:
    text = raw.get(field)
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError):
        raise LexiconError(f"{key}: office {field} {text!r} is not a date YYYY-MM-DD") from None


def _offices(raw: Mapping[str, Any]) -> tuple[Office, ...]:
    """A person's ``offices`` list: role, affiliation, since, until (ISO days; no until: still held)."""
    key = raw["key"]
    found = []
    for item in raw.get("offices", ()):
        if not item.get("role") or not item.get("affiliation"):
            raise LexiconError(f"{key}: an office needs a role and an affiliation")
        office = Office(item["role"], item["affiliation"], _day(item, "since", key), _day(item, "until", key))
        if office.since and office.until and office.until < office.since:
            raise LexiconError(f"{key}: office {office.role} ends before it begins")
        found.append(office)
    return tuple(sorted(found, key=lambda o: (o.since or date.min, o.until or date.max)))


def _person_entry(raw: Mapping[str, Any]) -> Entry:
    labels = [("en", raw["name"])]
    if raw.get("de_name") and raw["de_name"] != raw["name"]:
        labels.insert(0, ("de", raw["de_name"]))
    return Entry(
        key=raw["key"], kind="Person", labels=tuple(labels),
        aliases=tuple(sorted(set(raw.get("aliases", ())) - {raw["name"], raw.get("de_name")})),
        wikidata=_wikidata(raw, raw["key"]), role=raw.get("role"), affiliation=raw.get("affiliation"),
        offices=_offices(raw), gender=raw.get("gender"),
    )


def _person_forms(raw: Mapping[str, Any]) -> Iterator[tuple[str, str, str]]:
    yield raw["name"], "name", "*"
    german = [raw["name"]]
    if raw.get("de_name"):
        yield raw["de_name"], "name", "de"
        german.append(raw["de_name"])
    for alias in raw.get("aliases", ()):
        yield alias, "alias", "*"
        german.append(alias)
    for text in german:
        genitive = _person_genitive(text)
        if genitive:
            yield genitive, "genitive", "de"


def _index(candidates: Iterable[Candidate]) -> dict[str, tuple[SurfaceForm, ...]]:
    """One SurfaceForm per text and language; fails if a text would name two actors."""
    by_text: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)  # text -> lang -> (key, form)
    owner: dict[str, str] = {}
    for text, key, form, lang in candidates:
        text = text.strip()
        if not text:
            raise LexiconError(f"{key}: empty surface form")
        if owner.setdefault(text, key) != key:
            raise LexiconError(f"surface form {text!r} stands for both {owner[text]} and {key}")
        for one in LANGS if lang == "*" else (lang,):
            known = by_text[text].get(one)
            if known is None or FORM_RANK[form] < FORM_RANK[known[1]]:
                by_text[text][one] = (key, form)
    by_lang: dict[str, list[SurfaceForm]] = {lang: [] for lang in LANGS}
    for text, per_lang in by_text.items():
        if len(per_lang) == 2 and per_lang["de"] == per_lang["en"]:
            key, form = per_lang["de"]
            both = SurfaceForm(text, key, form, "*")
            for lang in LANGS:
                by_lang[lang].append(both)
            continue
        for lang, (key, form) in per_lang.items():
            by_lang[lang].append(SurfaceForm(text, key, form, lang))
    return {lang: tuple(sorted(forms, key=lambda f: f.text)) for lang, forms in by_lang.items()}


def _with_federal_forms(forms: Sequence[str], role_class: str, lang: str) -> list[str]:
    """German ministers' titles also with the federal prefix: "Außenministerin" -> "Bundesaußenministerin"."""
    out = list(forms)
    if lang == "de" and role_class == "minister":
        out += [f"Bundes{t[0].lower()}{t[1:]}" for t in forms
                if " " not in t and t.lower().endswith(("minister", "ministerin", "ministers")) and not t.startswith("Bundes")]
    return list(dict.fromkeys(out))


def _roles(raw_roles: Sequence[Mapping[str, Any]]) -> dict[str, tuple[Role, ...]]:
    found: dict[str, dict[str, Role]] = {lang: {} for lang in LANGS}
    for raw in raw_roles:
        if raw["class"] not in ROLE_CLASSES:
            raise LexiconError(f"role {raw['en']!r}: unknown class {raw['class']!r}")
        for lang in LANGS:
            for text in _with_federal_forms(raw.get(f"{lang}_forms", ()), raw["class"], lang):
                role = Role(text, raw["en"], raw["class"], bool(raw["speaks_for_state"]), lang)
                known = found[lang].setdefault(text, role)
                if known.en != role.en:
                    raise LexiconError(f"role title {text!r} stands for both {known.en!r} and {role.en!r}")
    return {lang: tuple(sorted(roles.values(), key=lambda r: r.text)) for lang, roles in found.items()}


def build_lexicon(
    *,
    countries: Sequence[Mapping[str, Any]] = (),
    organizations: Sequence[Mapping[str, Any]] = (),
    persons: Sequence[Mapping[str, Any]] = (),
    roles: Sequence[Mapping[str, Any]] = (),
    regions: Sequence[Mapping[str, Any]] = (),
) -> Lexicon:
    """Build a Lexicon from the parsed JSON lists (the shape of graph/data/lexicon/*.json)."""
    entries: dict[str, Entry] = {}
    candidates: list[Candidate] = []
    sources = (
        (countries, _country_entry, _country_forms),
        (organizations, _org_entry, _org_forms),
        (persons, _person_entry, _person_forms),
        (regions, _region_entry, _org_forms),
    )
    for raws, make_entry, make_forms in sources:
        for raw in raws:
            try:
                entry = make_entry(raw)
                ceded = set(raw.get("ceded_forms", ()))
                forms = [(text, entry.key, form, lang) for text, form, lang in make_forms(raw) if text not in ceded]
            except KeyError as missing:
                raise LexiconError(f"{raw.get('key', '?')}: missing field {missing}") from None
            _kind(entry.key)
            if entry.key in entries:
                raise LexiconError(f"actor {entry.key} is defined twice")
            entries[entry.key] = entry
            candidates.extend(forms)
    for entry in entries.values():
        for affiliation in sorted({entry.affiliation, *(o.affiliation for o in entry.offices)} - {None}):
            if affiliation not in entries:
                raise LexiconError(f"{entry.key}: affiliation {affiliation} is not in the lexicon")
    # The facts, even where a capital's name is ceded as a surface form (Brussels -> the EU).
    capitals = {raw["key"]: {lang: tuple(raw[lang].get("capital", ())) for lang in LANGS} for raw in countries}
    return Lexicon(entries, _index(candidates), _roles(roles), capitals=capitals)


# --- the lexicon ------------------------------------------------------------------------


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


class Lexicon:
    """Read-only access to the actors, their surface forms and the role titles."""

    def __init__(
        self,
        entries: Mapping[str, Entry],
        forms: Mapping[str, tuple[SurfaceForm, ...]],
        roles: Mapping[str, tuple[Role, ...]],
        *,
        capitals: Mapping[str, Mapping[str, tuple[str, ...]]] | None = None,
    ) -> None:
        self._entries = dict(sorted(entries.items()))
        self._capitals = {key: dict(by_lang) for key, by_lang in (capitals or {}).items()}
        self._forms = {lang: forms.get(lang, ()) for lang in LANGS}
        self._roles = {lang: roles.get(lang, ()) for lang in LANGS}
        self._exact = {lang: {f.text: f for f in self._forms[lang]} for lang in LANGS}
        self._folded: dict[str, dict[str, SurfaceForm | None]] = {}
        for lang in LANGS:
            folded: dict[str, SurfaceForm | None] = {}
            for form in self._forms[lang]:
                if _is_acronym(form.text):
                    continue  # "WHO" must not match "who", nor "US" "us"
                key = form.text.casefold()
                if key in folded and (folded[key] is None or folded[key].key != form.key):
                    folded[key] = None  # two actors differ only in case: no guessing
                else:
                    folded.setdefault(key, form)
            self._folded[lang] = folded
        self._person_names: list[tuple[str, str, str]] = []  # casefolded, skeleton, key
        self._given: frozenset[str] | None = None  # given_names(), derived on first use
        self._office_holders: dict[tuple[str | None, str | None], tuple[Entry, ...]] | None = None  # holders(), on first use
        for entry in self.entries("Person"):
            for text in sorted({name for _, name in entry.labels} | set(entry.aliases)):
                self._person_names.append((" ".join(text.split()).casefold(), _skeleton(text), entry.key))

    def given_names(self) -> frozenset[str]:
        """The first words of the persons' full names, case-folded ("catherine", "olaf"): given names
        seen in the news, which make the word after them a surname even where it is a common word."""
        if self._given is None:
            self._given = frozenset(text.split()[0] for text, _, _ in self._person_names if len(text.split()) > 1 and len(text.split()[0]) > 2)
        return self._given

    def __repr__(self) -> str:
        return f"<Lexicon {len(self._entries)} actors, {len(self._forms['de'])} de / {len(self._forms['en'])} en forms>"

    def entry(self, key: str) -> Entry | None:
        return self._entries.get(key)

    def whole(self, key: str) -> str:
        """The body an actor is part of (the European Commission: the EU), else the actor itself."""
        entry = self._entries.get(key)
        return entry.part_of if entry is not None and entry.part_of else key

    def entries(self, kind: str | None = None) -> tuple[Entry, ...]:
        return tuple(e for e in self._entries.values() if kind is None or e.kind == kind)

    def surface_forms(self, lang: str) -> tuple[SurfaceForm, ...]:
        """Every form for that language (those marked "*" included), sorted by text."""
        return self._forms[_check_lang(lang)]

    def roles(self, lang: str) -> tuple[Role, ...]:
        return self._roles[_check_lang(lang)]

    def lookup(self, text: str, lang: str) -> SurfaceForm | None:
        """The form exactly as written; failing that, ignoring case, unless the text is all lower case."""
        lang = _check_lang(lang)
        found = self._exact[lang].get(text)
        if found is not None or text == text.lower():
            return found
        return self._folded[lang].get(text.casefold())

    def fuzzy_person(self, name: str) -> Entry | None:
        """The person a spelling variant most likely means (Zelenskyi -> Zelensky), or None if unsure."""
        from rapidfuzz import fuzz

        query = " ".join(name.split()).casefold()
        if not query:
            return None
        for text, _, key in self._person_names:
            if text == query:
                return self._entries[key]
        if len(query) < FUZZY_MIN_LENGTH:
            return None
        words = len(query.split())
        skeleton = _skeleton(query)
        scored: dict[str, float] = {}
        for text, text_skeleton, key in self._person_names:
            if (len(text.split()) == 1) != (words == 1):
                continue  # a surname only against surnames, a full name against full names
            score = max(fuzz.ratio(query, text), fuzz.ratio(skeleton, text_skeleton))
            if score > scored.get(key, 0.0):
                scored[key] = score
        ranked = sorted(scored.items(), key=lambda item: (-item[1], item[0]))
        if not ranked or ranked[0][1] < FUZZY_THRESHOLD:
            return None
        if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < 5.0:
            return None  # two people about as close: do not guess
        return self._entries[ranked[0][0]]

    def holders(self, affiliation: str, role: str, on: date | None = None) -> tuple[Entry, ...]:
        """The persons who held that office on that day (with no day: who hold it now). A person
        listed without periods holds their role on any day."""
        if self._office_holders is None:
            # (an index of the persons by each office they ever held: the lookup runs for every role title read)
            index: dict[tuple[str | None, str | None], list[Entry]] = {}
            for e in self.entries("Person"):
                for office in {(o.affiliation, o.role) for o in e.all_offices()}:
                    index.setdefault(office, []).append(e)
            self._office_holders = {office: tuple(found) for office, found in index.items()}
        return tuple(e for e in self._office_holders.get((affiliation, role), ()) if e.holds(affiliation, role, on))

    def currency_of(self, key: str) -> str | None:
        """ISO 4217 code of a country's (or the EU's) currency."""
        entry = self._entries.get(key)
        return entry.currency if entry is not None else None

    def issuer_of(self, code: str) -> str | None:
        """The country that issues a national currency, by the ISO 4217 rule that a code
        begins with its issuer's ISO 3166 code (NOK -> Norway, CHF -> Switzerland). None for
        the currencies news uses across borders (USD, EUR) and for unknown codes."""
        if not code or code in ("USD", "EUR"):
            return None
        key = f"country:{code[:2]}"
        entry = self._entries.get(key)
        return key if entry is not None and entry.currency == code else None

    def capital_of(self, key: str, lang: str = "en") -> str | None:
        """The usual name of a country's capital in that language: capital_of("country:UA") == "Kyiv"."""
        found = self._capitals.get(key, {}).get(_check_lang(lang), ())
        return found[0] if found else None

    def demonym_country(self, adjective: str, lang: str) -> str | None:
        """The country key an adjective refers to: "kanadischen" -> "country:CA"."""
        form = self.lookup(adjective, lang)
        if form is None or form.form != "adjective" or not form.key.startswith("country:"):
            return None
        return form.key


def _check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"language must be one of {', '.join(LANGS)}, not {lang!r}")
    return lang


LEXICON_FILES = ("countries.json", "organizations.json", "persons.json", "roles.json", "regions.json", "societies.json")


def national_societies(countries: Sequence[Mapping[str, Any]], forms: Mapping[str, Any]) -> list[dict[str, Any]]:
    """A national Red Cross or Red Crescent society per country ("New Zealand Red Cross", "das
    neuseeländische Rote Kreuz", "Deutsches Rotes Kreuz"), as organisation records built from the
    country's names and adjectives by the forms of ``societies.json``."""
    out = []
    for country in countries:
        code = country["key"].split(":", 1)[1].lower()
        record: dict[str, Any] = {"key": forms["key"].format(code=code), "kind": "Organization"}
        for lang in LANGS:
            names, block = country[lang], forms[lang]
            adjectives = names.get("adjectives", ())
            if not adjectives:
                break
            fill = [dict(adj=a, Adj=a[:1].upper() + a[1:], name=names["name"]) for a in adjectives]
            texts = sorted({f.format(**v) for v in fill for f in block["forms"]} - {block["name"].format(**fill[0])})
            record[lang] = {"name": block["name"].format(**fill[0]), "aliases": texts}
        else:
            out.append(record)
    return out


def _read(name: str) -> bytes:
    return files("graph.data.lexicon").joinpath(name).read_bytes()


@functools.cache
def load_lexicon() -> Lexicon:
    """The lexicon shipped with the package (read once per process; derived once per
    content of the data files and of this module, then loaded from graph.cache)."""
    from pathlib import Path

    from graph.cache import cached

    data = {name: _read(name) for name in LEXICON_FILES}

    def derive() -> Lexicon:
        parsed = {name: json.loads(raw.decode("utf-8")) for name, raw in data.items()}
        return build_lexicon(
            countries=parsed["countries.json"],
            organizations=[*parsed["organizations.json"], *national_societies(parsed["countries.json"], parsed["societies.json"])],
            persons=parsed["persons.json"],
            roles=parsed["roles.json"],
            regions=parsed["regions.json"],
        )

    return cached("lexicon", [*data.values(), Path(__file__)], derive)
