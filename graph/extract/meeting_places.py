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
PL_REMOTE = rule("meeting.place.remote")
PL_VISITED = rule("meeting.place.visited_country")


def _place_entity(sent: Span, lang: str, visit: bool) -> tuple[str, str] | None:
    """ "in Kiew", "im Weißen Haus", "at the White House": a known place after a preposition of
    place; a visit also goes "to"/"nach" its place."""
    lex = load_lexicon()
    preps = cue_set(lang, "place_preps") | (cue_set(lang, "visit_preps") if visit else set())
    # (the place a visit noun goes to comes first: "will announce aid to Ukraine during a visit to Poland")
    ents = sorted(sent.ents, key=lambda e: not (visit and _after_visit_noun(e, lang)))
    for ent in ents:
        form = lex.lookup(ent.text, lang)
        if form is not None and form.form in ("capital", "metonym", "name", "alias") and ent.label_ == "Country" or (
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
                return nxt.text, PL_NAME
    return None


def find_place(clause: Span, lang: str, *, visit: bool = False) -> tuple[str, str] | None:
    """(the place of the meeting, the rule that found it) in ``clause``, the clause of the cue."""
    return _place_entity(clause, lang, visit) or _place_name(clause, lang, visit)


def _prep_before(span: Span) -> str:
    doc = span.doc
    i = span.start - 1
    while i > 0 and doc[i].lower_ in both("plain_articles"):
        i -= 1
    return doc[i].lower_ if i >= 0 else ""


def _looks_like_place(tok: Token, lang: str) -> bool:
    from graph.extract.persons import is_common_word

    return not is_common_word(tok.text, lang) and not tok.text.endswith(tuple(both("abstract_noun_suffixes")))


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
