"""Actor names typed by a user -> the actor's IRI, through the lexicon extraction uses.

``newsgraph query GRAPH meetings-of --param actor=Selenskyj`` must find Volodymyr
Zelensky even when the graph only saw "Zelensky". A named query declares which of
its parameters names an actor, and the variable that receives the IRI::

    # param: actor ?who — ...
    # actor: ?who ?whoIri

:func:`resolve_actor` tries, in order: the form exactly as written (any language),
the form ignoring case, an ISO 3166 country code (alpha-2 or alpha-3), and the
spelling-variant match for persons that extraction uses (Zelenskyi -> Zelensky).
The query still matches the text itself against the graph's labels, so actors the
lexicon does not know are found by the names seen in the articles.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from graph import ids
from graph.lexicon import load_lexicon

_ACTOR_LINE = re.compile(r"#\s*actor:\s*[?$](\w+)\s+[?$](\w+)")
LANGS = ("de", "en")


@cache
def _folded_forms() -> dict[str, str | None]:
    """Every surface form, case-folded -> the actor key (None where two actors share it)."""
    lexicon = load_lexicon()
    folded: dict[str, str | None] = {}
    for lang in LANGS:
        for form in lexicon.surface_forms(lang):
            key = form.text.casefold()
            if key in folded and folded[key] != form.key:
                folded[key] = None
            else:
                folded[key] = form.key
    return folded


def _by_iso(code: str) -> str | None:
    """'JP' or 'JPN' -> 'country:JP' when the lexicon has that country."""
    if not code.isalpha() or len(code) not in (2, 3):
        return None
    code = code.upper()
    if len(code) == 3:
        import pycountry

        country = pycountry.countries.get(alpha_3=code)
        if country is None:
            return None
        code = country.alpha_2
    key = f"country:{code}"
    return key if load_lexicon().entry(key) is not None else None


def resolve_actor(text: str) -> str | None:
    """The lexicon key of the actor ``text`` names (any surface form, any case, ISO code), or None."""
    text = " ".join(str(text).split())
    if not text:
        return None
    lexicon = load_lexicon()
    for lang in LANGS:
        form = lexicon.lookup(text, lang)
        if form is not None:
            return form.key
    key = _folded_forms().get(text.casefold())
    if key is not None:
        return key
    key = _by_iso(text)
    if key is not None:
        return key
    person = lexicon.fuzzy_person(text)
    return person.key if person is not None else None


def actor_variables(query: str) -> list[tuple[str, str]]:
    """The ``# actor: ?name ?iri`` declarations of a query's header."""
    return [(m.group(1), m.group(2)) for m in _ACTOR_LINE.finditer(query)]


def bind_actor_iris(query: str, bindings: Mapping[str, str]) -> dict[str, str]:
    """``bindings`` plus, for each declared actor variable, its IRI ("" when no actor is known by that name)."""
    out = dict(bindings)
    for name_var, iri_var in actor_variables(query):
        if name_var in out and iri_var not in out:
            key = resolve_actor(out[name_var])
            out[iri_var] = ids.actor_iri(key) if key else ""
    return out
