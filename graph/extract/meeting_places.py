"""Meeting places: where a meeting was held, each place chosen by a named rule, and what a place
says about the country that hosted it. Every rule is registered in ``graph/data/rules/meeting.json``.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from graph.extract.actors import is_locative
from graph.extract.cues import cue_set
from graph.extract.meeting_triggers import both
from graph.extract.rules import rule
from graph.lexicon import load_lexicon

PL_LOCATIVE = rule("meeting.place.locative")
PL_DESTINATION = rule("meeting.place.visit_destination")
PL_NAME = rule("meeting.place.capitalized")
PL_CITY = rule("meeting.place.described_city")
PL_REMOTE = rule("meeting.place.remote")
PL_VISITED = rule("meeting.place.visited_country")


# a country's forms that name it as a place after a preposition; German declines some names
# ("in den Niederlanden", "in die Vereinigten Arabischen Emirate", "in den Vereinigten Staaten")
_COUNTRY_PLACE_FORMS = ("capital", "metonym", "name", "alias", "inflection", "genitive")
_COUNTRY_NAME_FORMS = ("name", "alias", "inflection", "genitive")


def _place_entity(sent: Span, lang: str, visit: bool) -> tuple[str, str] | None:
    """ "in Kiew", "im Weißen Haus", "at the White House": a known place after a preposition of
    place; a visit also goes "to"/"nach" its place."""
    lex = load_lexicon()
    preps = cue_set(lang, "place_preps") | (cue_set(lang, "visit_preps") if visit else set())
    # (the place a visit noun goes to comes first: "will announce aid to Ukraine during a visit to Poland")
    ents = sorted(sent.ents, key=lambda e: not (visit and _after_visit_noun(e, lang)))
    for ent in ents:
        form = lex.lookup(ent.text, lang)
        if form is not None and form.form in _COUNTRY_PLACE_FORMS and ent.label_ == "Country" or (
            form is not None and form.form in ("capital", "metonym")
        ) or form is not None and _seat(form.key):
            prep = _prep_before(ent)
            if (is_locative(ent, lang) or visit) and prep in preps:
                return place_name(ent.text, lang), PL_LOCATIVE if prep in cue_set(lang, "place_preps") else PL_DESTINATION
    return None


def _after_visit_noun(ent: Span, lang: str) -> bool:
    """ "a visit to Poland", "seiner Reise nach Polen": the entity right after a visit noun and "to"/"nach"."""
    doc, i = ent.doc, ent.start - 1
    while i > 0 and doc[i].lower_ in both("plain_articles"):
        i -= 1
    return i >= 1 and doc[i].lower_ in cue_set(lang, "visit_preps") and doc[i - 1].lower_.endswith(tuple(cue_set(lang, "visit_nouns")))


def _place_name(sent: Span, lang: str, visit: bool) -> tuple[str, str] | None:
    """ "in Kananaskis": a capitalised word no model knows after a preposition of place, if it is no
    common word, no meeting noun and no abstract noun."""
    doc = sent.doc
    preps = cue_set(lang, "place_preps") | (cue_set(lang, "visit_preps") if visit else set())
    for tok in sent:
        if tok.lower_ in preps and tok.i + 1 < sent.end:
            nxt = doc[tok.i + 1]
            if nxt.text[:1].isupper() and not nxt.ent_type_ and nxt.is_alpha and nxt.text not in cue_set(lang, "meeting_nouns") and _looks_like_place(nxt, lang):
                # (a name of several words: "nach Port Sudan", "in Port Moresby")
                end = nxt.i + 1
                while end < min(sent.end, nxt.i + 3) and doc[end].text[:1].isupper() and doc[end].is_alpha and (
                        doc[end].ent_type_ or _looks_like_place(doc[end], lang)):
                    end += 1
                return doc[nxt.i : end].text, PL_NAME
    return None


def described_city(sent: Span, lang: str, visit: bool) -> tuple[str, str | None] | None:
    """(name, host country key or None) of a city named after its description: "in die ostukrainische
    Stadt Charkiw", "to the eastern Ukrainian city of Kharkiv", "in the port city of Odesa"; the
    national adjective of the description (past a compass word or prefix) names the host."""
    doc, lex = sent.doc, load_lexicon()
    preps = cue_set(lang, "place_preps") | (cue_set(lang, "visit_preps") if visit else set())
    cities, articles = cue_set(lang, "city_nouns"), both("plain_articles")
    for tok in sent:
        if tok.lower_ not in preps:
            continue
        host, j = None, tok.i + 1
        while j < min(sent.end, tok.i + 6) and doc[j].text not in cities:
            word = doc[j].text
            if not (doc[j].lower_ in articles or word.islower() or lang == "en" and lex.demonym_country(word, lang)):
                break
            host = host or _national(word, lang)
            j += 1
        if j >= sent.end or doc[j].text not in cities:
            continue
        k = j + 1 + (1 if j + 1 < sent.end and doc[j + 1].lower_ in cue_set(lang, "of_preps") else 0)
        if (k < sent.end and doc[k].text[:1].isupper() and doc[k].is_alpha and doc[k].text not in cue_set(lang, "meeting_nouns")
                and _looks_like_place(doc[k], lang) and not _common_compound(doc[k].text, lang)):
            return doc[k].text, host
        # (a capital with no name is the capital of its adjective's country: "in der ukrainischen Hauptstadt")
        if host is not None and doc[j].text in cue_set(lang, "capital_nouns") and (capital := lex.capital_of(host, "en")):
            return capital, host
    return None


def _common_compound(word: str, lang: str) -> bool:
    """A German compound on a common noun is no city name: "Luftalarm" (Alarm), not "Charkiw"; a head
    that names places ("-burg", "-hafen") leaves it a name: "Friedrichshafen"."""
    from graph.extract.persons import is_common_word

    low = word.lower()
    if lang != "de" or low.endswith(tuple(cue_set(lang, "place_name_heads"))):
        return False
    return any(is_common_word(word[i:].capitalize(), lang) for i in range(3, len(word) - 3))


def _national(word: str, lang: str) -> str | None:
    """The country of a national adjective, past a compass prefix: "ostukrainische", "Ukrainian"."""
    lex = load_lexicon()
    if (key := lex.demonym_country(word, lang)) is not None:
        return key
    low = word.lower()
    prefix = next((p for p in cue_set(lang, "compass_prefixes") if low.startswith(p) and len(low) > len(p) + 3), None)
    return lex.demonym_country(low[len(prefix):], lang) if prefix and lang == "de" else None


def find_place(clause: Span, lang: str, *, visit: bool = False) -> tuple[str, str, str | None] | None:
    """(the place of the meeting, the rule that found it, the host a city's description names or
    None) in ``clause``, the clause of the cue."""
    if (found := _place_entity(clause, lang, visit) or _described(clause, lang, visit) or _place_name(clause, lang, visit)) is None:
        return None
    return found if len(found) == 3 else (*found, None)


def _described(clause: Span, lang: str, visit: bool) -> tuple[str, str, str | None] | None:
    city = described_city(clause, lang, visit)
    return (city[0], PL_CITY, city[1]) if city is not None else None


def _prep_before(span: Span) -> str:
    doc = span.doc
    i = span.start - 1
    while i > 0 and doc[i].lower_ in both("plain_articles"):
        i -= 1
    return doc[i].lower_ if i >= 0 else ""


def _looks_like_place(tok: Token, lang: str) -> bool:
    from graph.extract.persons import is_common_word

    return (not is_common_word(tok.text, lang) and not tok.text.endswith(tuple(both("abstract_noun_suffixes")))
            and tok.text not in cue_set(lang, "not_place_nouns"))


def places_compatible(a: str | None, b: str | None, lang: str = "en") -> bool:
    """Kyiv and Ukraine are one place for a meeting; Kyiv and Berlin are not."""
    if not a or not b or a == b:
        return True
    ca, cb = place_country(a, "en") or place_country(a, "de"), place_country(b, "en") or place_country(b, "de")
    return ca is not None and ca == cb


def place_name(text: str, lang: str) -> str:
    """The English name of a capital ("Kiew" -> "Kyiv"); other places as written."""
    lex = load_lexicon()
    form = lex.lookup(text, lang)
    if form is not None and form.form == "capital" and (capital := lex.capital_of(form.key, "en")):
        return capital
    if form is not None and form.form in _COUNTRY_NAME_FORMS and form.key.startswith("country:") and (entry := lex.entry(form.key)):
        return entry.label("en")
    if form is not None and form.form in ("name", "alias") and (entry := lex.entry(form.key)):
        return entry.label("en")
    return text


def _seat(key: str) -> str | None:
    """The state of a government seat that is an organisation of its own ("White House", "Kreml")."""
    entry = load_lexicon().entry(key) if key.startswith("org:") else None
    return entry.affiliation if entry is not None and entry.seat else None


def place_country(place: str, lang: str) -> str | None:
    """The country a place (a capital or the country itself) belongs to."""
    lex = load_lexicon()
    for code in (lang, "en"):
        form = lex.lookup(place, code)
        if form is not None and form.key.startswith("country:") and form.form in ("capital", "name", "alias"):
            return form.key
        if form is not None and (state := _seat(form.key)) is not None:
            return state  # "im Weißen Haus": the seat's state hosts
    return None


def a_country(place: str) -> str | None:
    """The key of the country if ``place`` names a country itself."""
    lex = load_lexicon()
    for lang in ("en", "de"):
        form = lex.lookup(place, lang)
        if form is not None and form.key.startswith("country:") and form.form in ("name", "alias"):
            return form.key
    return None


def more_specific(a: str | None, b: str | None) -> str | None:
    """Of two compatible places, the city rather than the country."""
    if not a or not b:
        return a or b
    return b if place_country(a, "en") == a_country(a) and place_country(b, "en") != a_country(b) else a
