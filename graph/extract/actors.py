"""Actor mentions from a parsed Doc: lexicon entities, new persons, role anaphora.

Pure function ``find_actors(doc, article, lang=...)`` -> list of ActorMention.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span

from graph.extract.dates import office_day
from graph.extract.doctext import doc_text
from graph.extract.cues import cue_set
from graph.extract.evidence import make_evidence
from graph.extract.persons import role_index
from graph.ids import slug
from graph.lexicon import load_lexicon
from graph.model import ActorMention, Article, Evidence

METONYMIC_FORMS = {"adjective", "capital", "metonym", "prefix"}


def evidence_for(span: Span, article: Article, rule: str) -> Evidence:
    return make_evidence(span.sent, span.start_char, span.end_char, article.id, rule)


def is_locative(span: Span, lang: str) -> bool:
    """ "in Kiew", "im Weißen Haus", "at the White House": a place, not the government."""
    doc = span.doc
    i = span.start - 1
    # skip an article or adjective between preposition and name: "in der Ukraine", "im Weißen Haus"
    while i >= span.sent.start and doc[i].lower_ in cue_set(lang, "plain_articles"):
        i -= 1
    if i < span.sent.start or doc[i].lower_ not in cue_set(lang, "locative_preps"):
        return False
    # "der Bundesrat in Bern", "the government in Kyiv": the seat names the government after all
    government = cue_set(lang, "government_nouns")
    return not (i > span.sent.start and (doc[i - 1].text in government or doc[i - 1].lower_ in government))


def _national_adjective_before(span: Span, lex, lang: str) -> bool:
    doc = span.doc
    if span.start == 0:
        return False
    prev = doc[span.start - 1]
    return lex.demonym_country(prev.text, lang) is not None or lex.demonym_country(prev.text.lower(), lang) is not None


def _role_before(span: Span) -> Span | None:
    doc = span.doc
    by_end = role_index(doc).by_end
    if span.start in by_end:
        return by_end[span.start]
    role = by_end.get(span.start - 1)
    if role is not None and doc[role.end].text in {",", "-"}:
        return role
    # ("die Staatsministerin des Auswärtigen Amtes, Serap Güler", "the Secretary of State for Africa, Lord Collins":
    # a title with its office after it, then a comma and the name)
    if span.start >= 2 and doc[span.start - 1].text == ",":
        j = span.start - 2
        while j > max(span.sent.start, span.start - 7) and j not in by_end and doc[j].text != ",":
            j -= 1
        role = by_end.get(j)
        if role is not None and role.end < span.start - 1 and doc[role.end].lower_ in cue_set(doc.lang_, "office_links"):
            return role
    return None


def _stated_affiliation(role: Span, mentions_by_end: dict[int, tuple[str, str]]) -> str | None:
    """The affiliation written right onto a title: "Dutch Prime Minister", "US-Präsident",
    "Frankreichs Präsident" (the name or adjective directly before it, or joined by a hyphen)."""
    doc = role.doc
    hit = _inside(role, mentions_by_end) or mentions_by_end.get(role.start)
    # (joined by a hyphen, or with a possessive clitic: "Dominica's Prime Minister")
    if hit is None and role.start >= 2 and (doc[role.start - 1].text == "-" or doc[role.start - 1].text in cue_set("en", "possessive_clitics")):
        hit = mentions_by_end.get(role.start - 1)
    # ("In Solomon Islands Prime Minister Kevin Rudd held talks": a place after "in" states where, not whose)
    if hit is not None and _after_in(doc, role.start):
        return None
    return hit[0] if hit else None


def _after_in(doc: Doc, role_start: int) -> bool:
    """The name right before the title follows "in"/"In" (as the sentence's place)."""
    j = role_start - 1 if doc[role_start - 1].ent_type_ else role_start - 2  # (past a hyphen: "US-Präsident")
    while j > 0 and doc[j].ent_iob_ == "I":
        j -= 1
    return j > 0 and bool(doc[j].ent_type_) and doc[j - 1].lower_ == "in"


def _inside(role: Span, mentions_by_end: dict[int, tuple[str, str]]) -> tuple[str, str] | None:
    """A title that holds its affiliation: "EU-Kommissarin" (the name, a hyphen, the title)."""
    k = role.start + 1
    return mentions_by_end.get(k) if k < role.end and role.doc[k].text == "-" else None


def _affiliation_before(role: Span, mentions_by_end: dict[int, tuple[str, str]]) -> str | None:
    """ "der kanadische Premierminister", "US-Präsident", "NATO-Generalsekretär"."""
    doc = role.doc
    if (hit := _inside(role, mentions_by_end)) is not None:
        return hit[0]
    for back in (1, 2):
        j = role.start - back + 1  # the token right before the role (or before the hyphen)
        hit = mentions_by_end.get(j)
        if hit:
            return hit[0]
        if j - 1 >= 0 and doc[j - 1].text == "-" and (hit := mentions_by_end.get(j - 1)):
            return hit[0]
    return None


def _bracketed_after_person(span: Span) -> bool:
    """ "Boris Pistorius (SPD)", "Merz (CDU)": an organisation in brackets after a name is the
    person's party; it takes part in nothing the sentence tells."""
    doc = span.doc
    return (span.start >= 2 and doc[span.start - 1].text == "(" and doc[span.start - 2].ent_type_ == "Person"
            and span.end < len(doc) and doc[span.end].text in {")", ","})


def _currency_compound(span: Span, lang: str) -> bool:
    from graph.extract.amounts import money

    doc = span.doc
    words = money()["words"][lang]
    # "400 million US Dollars", "in U.S. dollars": a country's name on its currency names no actor
    if lang == "en" and span.end < len(doc) and words.get(doc[span.end].lower_) == "dollar":
        return True
    if span.end + 1 >= len(doc) or doc[span.end].text != "-":
        return False
    nxt = doc[span.end + 1].text
    return nxt in words or f"US-{nxt}" in words


def find_actors(doc: Doc, article: Article, *, lang: str) -> list[ActorMention]:
    lex = load_lexicon()
    rules = doc.user_data.get("person_rules", {})
    mentions: list[ActorMention] = []
    ends: dict[int, tuple[str, str]] = {}
    for ent in doc.ents:
        if ent.label_ in ("Country", "Organization"):
            ends[ent.end] = (ent.ent_id_, ent.label_)
    day = _office_day(article)  # (once: it reads the whole text for its years)
    role_persons: list[tuple[str, str, str | None]] = []  # (role, key, affiliation) in text order
    stated_offices: dict[str, tuple[str, str]] = {}  # person key -> (role, affiliation) as the text states them
    for ent in doc.ents:
        key = ent.ent_id_
        if not key:
            continue
        entry = lex.entry(key)
        # newspapers, broadcasters and agencies cited as sources are not actors of the news
        if entry is not None and entry.media:
            continue
        form = lex.lookup(ent.text, lang)
        form_name = form.form if form is not None and form.key == key else "name"
        kind = entry.kind if entry else ent.label_
        if form_name in ("capital", "metonym") and is_locative(ent, lang):
            continue  # "in Kiew": the place of an event, not an actor
        # "US-Dollar", "Kanada-Dollar": the country names a currency, not an actor
        if _currency_compound(ent, lang):
            continue
        # "Latin America", "South America": a region, not the United States
        if ent.text in cue_set(lang, "america_names") and ent.start > 0 and doc[ent.start - 1].text in cue_set(lang, "region_prefixes"):
            continue
        # "des russischen Sicherheitsrats", "die kanadische Bundesregierung": a national body
        # named by the adjective, not the international body or the default government
        generic = (kind == "Organization" and len(ent) == 1 and not ent.text.isupper()) or form_name == "metonym"
        if generic and _national_adjective_before(ent, lex, lang):
            continue
        # a person's office on the day the article was published ("Rutte" in 2023: the Dutch prime minister)
        role, affiliation = entry.role_on(day) if entry else (None, None)
        rule = rules.get((ent.start_char, ent.end_char), "actor.lexicon" if entry else "person.surname")
        name = entry.label("en") if entry else ent.text
        if kind == "Person":
            if (r := _role_before(ent)) is not None:
                # the text's own title wins over the lexicon's, which may be out of date: "Dutch Prime
                # Minister Mark Rutte" in 2023 is the Netherlands', not NATO's
                stated = _stated_affiliation(r, ends)
                if stated is not None and (affiliation is None or stated.startswith("country:")):
                    role, affiliation = r.id_, stated
                    stated_offices[key] = (role, affiliation)
                else:
                    # "Außenministerin Baerbock": the office the title names, where the lexicon lists it
                    role, affiliation = _office_titled(entry, r.id_, day, stated_offices) or (role or r.id_, affiliation)
            elif key in stated_offices:
                # later mentions keep the office the article stated ("Rutte said")
                role, affiliation = stated_offices[key]
            if entry is None:
                # (the full stop of a German ordinal is no part of the name: "Letsie III.")
                name = ent.text[:-1] if ent.text.endswith(".") and ent[-1].text[:-1].isupper() and len(ent) > 1 else ent.text
            role_persons.append((role or "", key, affiliation))
        mentions.append(
            ActorMention(
                key=key,
                kind=kind,
                name=name,
                surface=ent.text,
                start=ent.start_char,
                end=ent.end_char,
                evidence=evidence_for(ent, article, rule),
                role=role,
                affiliation=affiliation,
                metonymic=form_name in METONYMIC_FORMS,
                form="bracket" if kind == "Organization" and _bracketed_after_person(ent) else form_name,
            )
        )
    mentions.extend(_role_anaphora(doc, article, mentions, lang))
    mentions = _other_federal_state(mentions, lang)
    mentions.sort(key=lambda m: (m.start, m.end, m.key))
    return mentions


def _other_federal_state(mentions: list[ActorMention], lang: str) -> list[ActorMention]:
    """ "die Bundesregierung" of an Austrian article is Austria's: a German word for the federal government
    names the one federal state the article names when it never names Germany."""
    shared = cue_set(lang, "shared_government_words")
    federal = [m for m in mentions if m.form == "metonym" and m.surface in shared]
    if not federal:
        return mentions
    named = {m.key for m in mentions if m.kind == "Country" and m.form != "metonym" and not m.key.startswith("region:")}
    home = federal[0].key
    others = [k for k in named if k in cue_set(lang, "shared_government_states") and k != home]
    if home in named or len(others) != 1:
        return mentions
    return [replace(m, key=others[0], name=load_lexicon().entry(others[0]).label("en")) if m in federal else m for m in mentions]


def _office_day(article: Article, mentions: Sequence[ActorMention] = ()):
    """The day that picks a person's office: the publication date, else the year the text names,
    else the time the text's titled persons held their titles (see ``_dated_by_offices``)."""
    return office_day(article.published, article.text) or _dated_by_offices(mentions)


def _dated_by_offices(mentions: Sequence[ActorMention]):
    """An undated text that titles a person with an office they held only in one past period is
    of that period: "des ukrainischen Ministerpräsidenten Arsenij Jazenjuk" dates a text to
    2014-2016, so its "deutschen Bundespräsidenten" is Gauck, not today's holder. The middle of
    the periods' overlap; None with no such title or no overlap."""
    lex = load_lexicon()
    periods = []
    for m in mentions:
        entry = lex.entry(m.key) if m.kind == "Person" and m.role else None
        held = [o for o in (entry.offices if entry else ()) if o.role == m.role and o.affiliation == m.affiliation]
        if len(held) == 1 and held[0].since and held[0].until:
            periods.append((held[0].since, held[0].until))
    if not periods:
        return None
    lo, hi = max(p[0] for p in periods), min(p[1] for p in periods)
    return lo + (hi - lo) / 2 if lo <= hi else None


def _role_anaphora(doc: Doc, article: Article, mentions: list[ActorMention], lang: str) -> list[ActorMention]:
    """ "Der Premierminister trifft sich ...": a definite role title with no name
    refers to the last person named with that role before it."""
    out = []
    named_starts = {m.start for m in mentions}
    persons = sorted((m for m in mentions if m.kind == "Person" and m.role), key=lambda m: m.start)
    last_by_role: dict[str, ActorMention] = {}
    k, day = 0, _office_day(article, persons)
    index = role_index(doc)
    countries_by_end: dict[int, ActorMention] = {}
    for m in mentions:
        if m.kind == "Country":
            countries_by_end.setdefault(m.end, m)
    for role in index.spans:
        while k < len(persons) and persons[k].start < role.start_char:
            last_by_role[persons[k].role] = persons[k]
            k += 1
        nxt = doc[role.end] if role.end < len(doc) else None
        # (the next word opens another title, "der Bundeskanzler EU-Kommissionspräsidentin von der Leyen":
        # that title's name is not this one's)
        titled_next = nxt is not None and any(index.by_start.get(j) is not None for j in range(role.end, min(len(doc), role.end + 3)))
        if nxt is not None and not titled_next and (nxt.ent_type_ == "Person" or nxt.text[:1].isupper() and nxt.ent_type_):
            continue
        # "Präsident Maricio Macri": a name the lexicon does not know (here misspelt) before a known one
        if nxt is not None and nxt.text[:1].isupper() and role.end + 1 < len(doc) and doc[role.end + 1].ent_type_ == "Person":
            continue
        # "the prime minister, Keir Starmer,": the apposition names the person
        if nxt is not None and nxt.text == "," and role.end + 1 < len(doc) and doc[role.end + 1].ent_type_ == "Person":
            continue
        prev = _before_country_adjective(doc, role.start)
        if prev is None or prev.lower_ not in cue_set(lang, "role_anaphor_articles"):
            continue
        if role.start_char in named_starts:
            continue
        ref = last_by_role.get(role.id_)
        # ("der Bundespräsident", "die Bundeskanzlerin": a federal title is a federal state's holder, not the last
        # president named, "Präsident Cyril Ramaphosa")
        if ref is not None and _federal_title(role, lang) and ref.affiliation not in cue_set(lang, "federal_states"):
            ref = next((m for m in reversed(persons[:k]) if m.role == role.id_ and m.affiliation in cue_set(lang, "federal_states")), None)
        if ref is None and role.id_ == "minister":
            # "die Ministerin": the last minister of any portfolio named before
            ref = next((m for m in reversed(persons[:k]) if "minister" in (m.role or "")), None)
        # "den ukrainischen Präsidenten", "the French president": the country's office holder
        adjective = countries_by_end.get(doc[role.start - 1].idx + len(doc[role.start - 1].text)) if role.start > 0 else None
        if adjective is not None and (ref is None or ref.affiliation != adjective.key):
            # the last person of that country named before with that role; a bare "Minister"
            # ("den dänischen Minister") fits any minister of that country
            same = [m for m in persons[:k] if m.affiliation == adjective.key
                    and (m.role == role.id_ or role.id_ == "minister" and "minister" in (m.role or ""))]
            holders = load_lexicon().holders(adjective.key, role.id_, on=day)
            ref = same[-1] if same else _holder_mention(holders[0], role, article, day) if len(holders) == 1 else None
        if ref is None or _gender_clash(role, ref, lang):
            continue
        out.append(
            ActorMention(
                key=ref.key,
                kind="Person",
                name=ref.name,
                surface=role.text,
                start=role.start_char,
                end=role.end_char,
                evidence=evidence_for(role, article, "person.role_anaphor"),
                role=ref.role,
                affiliation=ref.affiliation,
            )
        )
    return out


def _federal_title(role: Span, lang: str) -> bool:
    """A title of a federal state's office: "Bundespräsident", "Bundeskanzlerin"."""
    return any(role.text.startswith(p) for p in cue_set(lang, "federal_title_prefixes"))


def _gender_clash(role: Span, ref: ActorMention, lang: str) -> bool:
    """ "die Bundespräsidentin" is no man named before: a German feminine title ("-in", "-innen")
    refers to no person the lexicon knows as male."""
    if lang != "de" or not role[-1].lower_.endswith(tuple(cue_set(lang, "feminine_title_endings"))):
        return False
    entry = load_lexicon().entry(ref.key)
    return entry is not None and entry.gender == "m"


def _office_titled(entry, title: str, day, stated_offices: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """(role, affiliation) of the person's office that a title before the name names: the one held
    on that day, else the last one with that title ("Außenministerin Baerbock" is Germany's foreign
    minister, whatever office she holds now); later mentions keep it. None where the lexicon lists
    no periods for it."""
    offices = [o for o in (entry.offices if entry is not None else ()) if o.role == title]
    if not offices:
        return None
    held = [o for o in offices if day is not None and o.covers(day)]
    office = (held or offices)[-1]
    stated_offices[entry.key] = (office.role, office.affiliation)
    return stated_offices[entry.key]


def _before_country_adjective(doc: Doc, start: int):
    """The token before a role title, past a country adjective of one or more words: "der
    ukrainische Präsident", "the Sri Lankan president", "the South Korean president"."""
    i = start - 1
    if i < 0:
        return None
    # (a hyphenated prefix naming the body or state: "die EU-Kommissionspräsidentin", "der US-Präsident")
    if i >= 2 and doc[i].text == "-" and not doc[i].whitespace_ and doc[i - 1].ent_type_ and not doc[i - 1].whitespace_:
        j = i - 1  # the prefix's last token; back to its first
        while j > 0 and doc[j].ent_iob_ == "I":
            j -= 1
        return doc[j - 1] if j >= 1 else None
    if doc[i].ent_type_ == "Country":
        while i > 0 and doc[i].ent_iob_ == "I" and doc[i - 1].ent_type_ == "Country":
            i -= 1
        i -= 1
    return doc[i] if i >= 0 else None


def _holder_mention(entry, role: Span, article: Article, day) -> ActorMention:
    held, affiliation = entry.role_on(day)  # the office that made them the holder on that day
    return ActorMention(key=entry.key, kind="Person", name=entry.label("en"), surface=role.text, start=role.start_char,
                        end=role.end_char, evidence=evidence_for(role, article, "person.role_holder"),
                        role=held, affiliation=affiliation)


def possessive(doc: Doc, m: ActorMention) -> bool:
    """A name with a possessive clitic right after it: "Pakistan's partners", "Nyusi’s visit"."""
    text = doc_text(doc)
    return any(text[m.end : m.end + len(c)] == c for c in cue_set("en", "possessive_clitics"))


def mentions_between(mentions: list[ActorMention], lo: int, hi: int) -> list[ActorMention]:
    """The mentions starting in characters [lo, hi); ``mentions`` sorted by start (as find_actors returns them)."""
    from bisect import bisect_left

    starts = [m.start for m in mentions] if len(mentions) < 64 else _starts(mentions)
    i = bisect_left(starts, lo)
    j = bisect_left(starts, hi, lo=i)
    return mentions[i:j]


_STARTS: dict[int, tuple[list, list[int]]] = {}


def _starts(mentions: list[ActorMention]) -> list[int]:
    cached = _STARTS.get(id(mentions))
    if cached is None or cached[0] is not mentions:
        cached = _STARTS[id(mentions)] = (mentions, [m.start for m in mentions])
        if len(_STARTS) > 8:
            _STARTS.pop(next(iter(_STARTS)))
    return cached[1]


def person_key(name: str) -> str:
    return "person:" + slug(name)
