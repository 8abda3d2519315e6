"""Persons the lexicon does not know, found the way a reader finds them.

A spaCy component (``newsgraph_persons``): it adds PERSON entities whose
``ent_id_`` is ``person:<slug of the full name>``. Rules, each a pattern news
writing uses to introduce a person:

- title + name:          "Generalkonsul Oleh Nikolenko", "Foreign Secretary David Lammy"
- name, apposition:      "Oleh Nikolenko, der als Generalkonsul ...", "Jane Doe, the EU's envoy"
- title phrase, name,:   "Die Pressesprecherin des Weißen Hauses, Karoline Leavitt,"
- speech verb + name:    "sagte Oleh Nikolenko", "Jane Doe said", "said Jane Doe"
- meeting verb + name:   "met Gotabaya Rajapaksa", "traf Jane Doe", "talks with Jane Doe" (not "Mr Doe")
- surname alone:         once a full name is known, "Nikolenko sagte" and "Nikolenkos" refer to it
                         (a Korean family name comes first: "Yun Byung-se" -> "Yun")

A name is two to four name-shaped tokens (particles such as "von der" allowed
inside); a token that is a stop word, a known common word (in the lookup
lemmatizer's tables), a month, a weekday or a role title is never part of one.
"""
from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from graph.extract.cues import cue_set, cues
from graph.lexicon import load_lexicon
from graph.ids import slug

NAME_PREFIXES = re.compile(r"^(?:Mc|Mac|O['’]|D['’])(?=[A-Z])|^(?:al|el|ad|as|bin|ibn|abu|ben)-(?=[A-ZÄÖÜ])")
ROMAN = re.compile(r"^(?:I{1,3}|IV|V|VI{1,3})\.?$")  # German writes the ordinal with a full stop: "Letsie III."
INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")


def name_shaped(text: str) -> bool:
    """ "Oleh", "McGuinty", "Åsmund", "al-Schaibani", "Imhof-Kessler": a capital, then letters."""
    body = NAME_PREFIXES.sub("", text)
    if not body or not body[0].isupper():
        return False
    letters = body.replace("-", "").replace("'", "").replace("’", "")
    return letters.isalpha() and any(c.islower() for c in letters[1:])
# name particles ("von der Leyen", "Lula da Silva", "bin Salman"): the same in every language
PARTICLES = cue_set("de", "name_particles") | cue_set("en", "name_particles")


_TABLES: dict[str, object] = {}


def use_lemma_table(lang: str, table) -> None:
    """Share the pipeline's lemma lookup table (loading it twice costs a second)."""
    _TABLES[lang] = table


@cache
def _common_words(lang: str) -> frozenset[str]:
    """Words of the language (not names): spaCy's stop words, the lemma lookup table's
    lemmas, month and weekday names. Derived once per content of the data and kept in
    graph.cache (a fifth of a second for German)."""
    from importlib.resources import files
    from pathlib import Path

    import babel
    import spacy

    from graph.cache import cached
    from graph.extract import dates
    from graph.nlp import lemma_lookups, lemma_source

    if lang not in _TABLES:  # the inflected forms are hashed keys: asked with ``in``
        _TABLES[lang] = lemma_lookups(lang).get_table("lemma_lookup")
    source = lemma_source(lang)
    if source is None:
        return _derive_common_words(lang)
    sources = [source, spacy.__version__, babel.__version__, Path(__file__), Path(dates.__file__),
               files("graph.data").joinpath("cues.json").read_bytes()]
    return cached(f"words_{lang}", sources, lambda: _derive_common_words(lang))


def _derive_common_words(lang: str) -> frozenset[str]:
    import spacy

    words = set(spacy.blank(lang).Defaults.stop_words)
    words.update(v for v in _TABLES[lang].values() if isinstance(v, str))  # the lemmas
    from graph.extract.dates import _names

    months, days = _names(lang)
    words.update(months)
    words.update(days)
    return frozenset(w for w in words if w)


class RoleIndex:
    """The role spans of a doc, indexed once: by end, by start, and every token inside one."""

    def __init__(self, doc: Doc):
        spans = sorted(doc.spans.get("roles", []), key=lambda s: (s.start, s.end))
        self.spans = spans
        self.by_end = {s.end: s for s in sorted(spans, key=lambda s: (s.end, -s.start))}  # the longest role ending there
        self.by_start = {s.start: s for s in spans}
        self.starts = [s.start for s in spans]
        self.tokens = {t for s in spans for t in range(s.start, s.end)}

    def within(self, start: int, end: int) -> Span | None:
        """The first role span lying inside tokens [start, end)."""
        from bisect import bisect_left

        k = bisect_left(self.starts, start)
        while k < len(self.spans) and self.spans[k].start < end:
            if self.spans[k].end <= end:
                return self.spans[k]
            k += 1
        return None


def role_index(doc: Doc) -> RoleIndex:
    index = doc.user_data.get("role_index")
    if index is None or len(index.spans) != len(doc.spans.get("roles", [])):
        index = doc.user_data["role_index"] = RoleIndex(doc)
    return index


def is_title_token(token, lang: str) -> bool:
    """A title word ("Baroness", "König") or a German compound ending in a role
    ("Nothilfekoordinator", "Exekutivdirektorin", "Entwicklungsminister")."""
    c = cues(lang)
    if token.text in c["title_words"]:
        return True
    low = token.lower_
    return lang == "de" and token.text[:1].isupper() and any(low.endswith(x) and len(low) > len(x) + 2 for x in c["role_suffixes"])


def singular_she(doc: Doc, t: Token, sent: Span, lang: str) -> bool:
    """German "sie" is "she", not "they", with a verb in the singular beside it: "stellte sie", "Sie sagte"
    (not "sagten sie"); the verb follows a pronoun that opens the sentence and precedes one that does not."""
    if t.text not in cue_set(lang, "pronoun_she"):
        return False
    j = t.i + 1 if t.i == sent.start else t.i - 1
    verb = doc[j] if sent.start <= j < sent.end else None
    return verb is not None and verb.is_lower and verb.is_alpha and not verb.lower_.endswith(tuple(cue_set(lang, "plural_verb_endings")))


def person_gender(doc: Doc, start: int, end: int, key: str, lang: str) -> str | None:
    """A person's gender as the lexicon knows it, else as a German title right before the name says it
    ("Bürgermeisterin" f, "Bürgermeister" m)."""
    entry = load_lexicon().entry(key)
    if entry is not None and entry.gender:
        return entry.gender
    span = doc.char_span(start, end, alignment_mode="expand")
    if lang != "de" or span is None or span.start == 0:
        return None
    title = doc[span.start - 1]
    if not (is_title_token(title, "de") or title.i in role_index(doc).tokens):
        return None
    return "f" if title.lower_.endswith(tuple(cue_set("de", "feminine_title_endings"))) else "m"


def _in_role(token) -> bool:
    return token.i in role_index(token.doc).tokens


def _is_name_token(token, lang: str, *, strict: bool = False) -> bool:
    """Name-shaped, and not a stop word, an inflected common word, a month or a role.
    ``strict`` also refuses lemmas of the lookup table, which hold many nouns but
    also frequent names ("Tom", "Hartmann"): used for the third and later tokens."""
    text = token.text
    if not name_shaped(text) or token.ent_type_ or _in_role(token) or is_title_token(token, lang):
        return False
    _common_words(lang)
    table = _TABLES[lang]
    if text in table or text.lower() in STOP[lang] or text in _calendar(lang):
        return False
    return not (strict and is_common_word(text, lang))


def is_common_word(text: str, lang: str) -> bool:
    common = _common_words(lang)
    table = _TABLES[lang]
    return text in common or text.lower() in common or text in table or text.lower() in table


@cache
def _calendar(lang: str) -> frozenset[str]:
    from graph.extract.dates import _names

    months, days = _names(lang)
    return frozenset(months) | frozenset(days)


class _Stop(dict):
    def __missing__(self, lang):
        import spacy

        self[lang] = frozenset(spacy.blank(lang).Defaults.stop_words)
        return self[lang]


STOP = _Stop()


def _all_common(span: Span, lang: str) -> bool:
    """German capitalises its nouns, so "Die Geschichte" looks like a name: refuse a
    candidate made only of dictionary words. English capitals already mark names
    ("Jenny Chapman" are both dictionary words in lower case)."""
    return lang == "de" and all(is_common_word(t.text, lang) for t in span)


def _is_initial(doc: Doc, k: int, lang: str) -> bool:
    """Initials open a name ("S.M. Krishna", "J. D. Vance"): dotted capitals that no
    ruler took ("U.S." is a country) and that a name word follows."""
    tok = doc[k]
    return (bool(INITIALS.match(tok.text)) and not tok.ent_type_ and k + 1 < len(doc)
            and (_is_name_token(doc[k + 1], lang) or bool(INITIALS.match(doc[k + 1].text))))


def _hyphened_particle(doc: Doc, k: int, lang: str) -> bool:
    """A particle, a hyphen and a name word written as one: "al-Attiya", "bin-Salman"."""
    return (doc[k].text in PARTICLES and k + 2 < len(doc) and doc[k + 1].text == "-" and not doc[k].whitespace_
            and not doc[k + 1].whitespace_ and _is_name_token(doc[k + 2], lang))


def _lone_known_surname(doc: Doc, k: int) -> bool:
    """Token k is a person's name from the lexicon all by itself (a surname alone)."""
    tok = doc[k]
    return tok.ent_type_ == "Person" and tok.ent_iob_ == "B" and (k + 1 == len(doc) or doc[k + 1].ent_iob_ != "I")


def _surname_after_given_name(doc: Doc, i: int, k: int, lang: str) -> bool:
    tok = doc[k]
    return (tok.is_alpha and tok.text[:1].isupper() and not tok.ent_type_ and tok.text.lower() not in STOP[lang]
            and tok.text not in _calendar(lang) and not _in_role(tok) and doc[i].text.casefold() in load_lexicon().given_names())


def _other_given_name(doc: Doc, i: int, k: int, lang: str) -> bool:
    """The words before the known surname at k are a given name unlike any of the known person's:
    "Simon" before "Harris" (Kamala Harris), not "Angele" (Angela Merkel), "Julia" (Yulia Svyrydenko)
    or an honorific ("Mr Støre")."""
    from rapidfuzz import fuzz  # (only here: most texts never ask, and a start need not load it)

    given = doc[i].text.casefold()
    if given.rstrip(".") in cue_set(lang, "honorifics") or doc[i].text.rstrip(".") in cue_set(lang, "honorifics"):
        return False
    entry = load_lexicon().entry(doc[k].ent_id_)
    if entry is None:
        return False
    names = [name for _, name in entry.labels] + list(entry.aliases)
    known = {n.split()[0].casefold() for n in names if len(n.split()) >= 2}
    return bool(known) and all(fuzz.ratio(given, g) < 50 for g in known)


def _name_after(doc: Doc, i: int, lang: str, *, limit: int = 4, titled: bool = False) -> Span | None:
    """The longest name starting at token i. After a title (``titled``) German dictionary
    words may form the name: "Bundeskanzler Gerhard Schröder" (the lemma table holds both)."""
    end = i
    hyphens = 0  # "Jean-Claude Juncker", "Yoon Suk-yeol": a hyphenated part is one name word (hyphens and particles, uncounted)
    while end < len(doc) and end - i - hyphens < limit:
        tok = doc[end]
        if all(INITIALS.match(t.text) for t in doc[i:end]) and _is_initial(doc, end, lang):
            end += 1
        elif tok.text == "-" and end > i and end + 1 < len(doc) and doc[end + 1].is_alpha and not tok.whitespace_ and not doc[end - 1].whitespace_:
            end += 2
            hyphens += 2
        elif end > i and _hyphened_particle(doc, end, lang):
            end += 3  # "Khaled al-Attiya", "Sabah Al-Ahmad Al-Jaber Al-Sabah": a particle joined by a hyphen to the name word is part of it
            hyphens += 2
        elif _is_name_token(tok, lang, strict=end - i - hyphens >= 2):
            end += 1
        elif (tok.text in PARTICLES and end > i and end + 1 < len(doc) and _is_name_token(doc[end + 1], lang)
              and tok.lower_ not in cue_set(lang, "definite_articles")):  # (German "das" is an article: "Minister Müller das Konzept")
            end += 1
            hyphens += 1  # a particle is not counted: "Salman bin Abdulaziz Al Saud"
        elif titled and end - i == 1 and _surname_after_given_name(doc, i, end, lang):
            # "Energieministerin Catherine Reiche": after a title and a known given name, a common word
            # ("Reiche", "Schwarz") is the surname
            end += 1
            break
        elif end > i and _lone_known_surname(doc, end) and _other_given_name(doc, i, end, lang):
            # "Taoiseach Simon Harris": a given name before a surname the lexicon knows alone ("Harris" of
            # Kamala Harris) makes another person's full name (linking still finds a spelling variant of
            # the known person's: "Wladimir Putin")
            end += 1
            break
        else:
            break
    if end - i >= 1 and end < len(doc) and ROMAN.match(doc[end].text) and end - i < limit:
        end += 1  # "King Abdullah II"
    if end - i - hyphens >= 2 and doc[end - 1].text not in PARTICLES and (titled or not _all_common(doc[i:end], lang)):
        return doc[i:end]
    return None


def _name_before(doc: Doc, j: int, lang: str, *, limit: int = 4) -> Span | None:
    """The longest name ending at token j (exclusive)."""
    start = j
    hyphens = 0  # "Jean-Claude Juncker said": a hyphenated part is one name word
    while start > 0 and j - start - hyphens < limit:
        tok = doc[start - 1]
        if (tok.text == "-" and start < j and start >= 2 and doc[start - 2].is_alpha and not tok.whitespace_
                and not doc[start - 2].whitespace_ and (_is_name_token(doc[start - 2], lang) or doc[start - 2].text in PARTICLES)):
            start -= 2
            hyphens += 2
        elif _is_name_token(tok, lang, strict=j - start - hyphens >= 2) or (tok.text in PARTICLES and start < j):
            start -= 1
        else:
            break
    while start < j and doc[start].text in PARTICLES:
        start += 1
    while start > 0 and start < j and j - start - hyphens < limit and _is_initial(doc, start - 1, lang):
        start -= 1  # "S.M. Krishna said": initials before the name words
    if j - start - hyphens >= 2 and not _all_common(doc[start:j], lang):
        return doc[start:j]
    return None


def _name_after_country(doc: Doc, i: int, lang: str) -> Span | None:
    """The name after "of (the) Country" or a genitive country that follows a title at token i."""
    k = i
    if k < len(doc) and doc[k].lower_ in cue_set(lang, "of_preps"):
        k += 1
        while k < len(doc) and doc[k].lower_ in cue_set(lang, "plain_articles"):
            k += 1
    if k >= len(doc) or doc[k].ent_type_ != "Country":
        return None
    while k < len(doc) and doc[k].ent_type_ == "Country":
        k += 1
    return _name_after(doc, k, lang) if k < len(doc) and not doc[k].is_punct else None


def _role_ends(doc: Doc) -> dict[int, Span]:
    return role_index(doc).by_end


def _role_near(doc: Doc, start: int, end: int) -> Span | None:
    return role_index(doc).within(start, end)


def _meets(doc: Doc, i: int, lang: str) -> bool:
    """Token i is a verb of meeting ("met", "traf"), or "with"/"mit" after one or after a meeting
    word ("talks with", "Treffen mit"), and a name may follow it."""
    if i + 1 >= len(doc):
        return False
    verbs, tok = cue_set(lang, "person_intro_verbs"), doc[i]
    if tok.lower_ in verbs and (lang == "en" or tok.is_lower):
        return True
    if tok.lower_ not in cue_set(lang, "person_intro_links"):
        return False
    nouns = cues(lang)["meeting_nouns"]
    return any(t.lower_ in verbs or t.text in nouns or t.lower_ in nouns for t in doc[max(tok.sent.start, i - 2) : i])


def _known_surname(name: Span, found: list[tuple[Span, str]], lang: str) -> bool:
    """ "Mr Sharaa", "Correia e Silva": an honorific and a surname, or the end of a name found before,
    introduce no new person."""
    if name[0].text in cue_set(lang, "honorifics"):
        return True
    return any(f.text != name.text and f.text.endswith(" " + name.text) for f, _ in found)


def _titled_name(doc: Doc, i: int, lang: str, roles_by_end: dict[int, Span]) -> Span | None:
    """The name a title introduces at token i, if any."""
    # title + name: "Generalkonsul Oleh Nikolenko", "Prime Minister Jane Doe", "Baroness Jenny Chapman"
    if i in roles_by_end or (i > 0 and is_title_token(doc[i - 1], lang)):
        if (name := _name_after(doc, i, lang, titled=True)) is not None:
            return name
        # title of a country + name: "the president of Sri Lanka Gotabaya Rajapaksa", "der Präsident
        # Sri Lankas Gotabaya Rajapaksa"
        if i in roles_by_end and (name := _name_after_country(doc, i, lang)) is not None:
            return name
    # title, country, name in brackets: "die Außenminister Georgiens (Ilia Darchiaschwili), Moldaus (Nicu Popescu)",
    # "the Foreign Minister of Georgia (Ilia Darchiashvili)"
    if doc[i].text == "(" and i >= 2 and doc[i - 1].ent_type_ == "Country" and _role_or_list_before(doc, i - 1, lang):
        name = _name_after(doc, i + 1, lang, titled=True)
        if name is not None and name.end < len(doc) and doc[name.end].text == ")":
            return name
    return None


def _role_or_list_before(doc: Doc, k: int, lang: str) -> bool:
    """A role title at most three words before the country name ending at token k ("die Außenminister Georgiens",
    "the foreign ministers of Georgia"), or an earlier item of such a list ("..., Moldaus (")."""
    start = k
    while start > 0 and doc[start - 1].ent_type_ == "Country" and doc[start - 1].ent_iob_ != "O" and doc[start].ent_iob_ == "I":
        start -= 1
    before = doc[max(0, start - 3) : start]
    if any(t.i in role_index(doc).tokens or is_title_token(t, lang) for t in before):
        return True
    # (a list item: the brackets of the item before close right before it, past a comma or "and")
    j = start - 1
    while j > 0 and doc[j].lower_ in cue_set(lang, "actor_list_links"):
        j -= 1
    return j > 0 and doc[j].text == ")"


def find_person_spans(doc: Doc, lang: str) -> list[tuple[Span, str]]:
    """(name span, rule) for every newly introduced person."""
    c = cues(lang)
    speech = set(c["speech_verbs"])
    found: list[tuple[Span, str]] = []
    roles_by_end = _role_ends(doc)
    for i, tok in enumerate(doc):
        if (name := _titled_name(doc, i, lang, roles_by_end)) is not None:
            found.append((name, "person.title"))
            continue
        # meeting verb (or a meeting word and "with") + name: "met Gotabaya Rajapaksa", "traf Jane Doe",
        # "talks with Jane Doe"
        if _meets(doc, i, lang) and (name := _name_after(doc, i + 1, lang)) is not None and not _known_surname(name, found, lang):
            found.append((name, "person.meeting"))
            continue
        # speech verb + name: "sagte Oleh Nikolenko", "said Jane Doe"
        if (tok.lemma_ in speech or tok.lower_ in speech) and i + 1 < len(doc):
            if (name := _name_after(doc, i + 1, lang)) is not None:
                found.append((name, "person.speech"))
                continue
        # name + speech verb at a clause start: "Jane Doe said", "„...“, Jane Doe sagte"
        if (tok.lemma_ in speech or tok.lower_ in speech) and i >= 2:
            name = _name_before(doc, i, lang)
            if name is not None and (name.start == tok.sent.start or doc[name.start - 1].is_punct):
                found.append((name, "person.speech"))
                continue
        # name, apposition with a title: "Oleh Nikolenko, der als Generalkonsul", "Jane Doe, the EU's envoy,"
        if tok.text == "," and i >= 2:
            name = _name_before(doc, i, lang)
            after = doc[i + 1 : min(i + 8, tok.sent.end)]
            if name is not None and (_role_near(doc, i + 1, min(i + 8, tok.sent.end)) is not None or any(is_title_token(t, lang) for t in after)):
                found.append((name, "person.apposition"))
                continue
            # English "Leslie Voltaire, who chairs the council": "who" is said of persons only
            if name is not None and lang == "en" and i + 1 < len(doc) and doc[i + 1].lower_ == "who":
                found.append((name, "person.relative"))
                continue
            # title phrase, name,: "Die Pressesprecherin des Weißen Hauses, Karoline Leavitt,"
            name = _name_after(doc, i + 1, lang) if i + 1 < len(doc) else None
            if name is not None and name.end < len(doc) and doc[name.end].is_punct:
                if _role_near(doc, max(tok.sent.start, i - 8), i) is not None:
                    found.append((name, "person.apposition"))
    # a name that ends in a word of meeting names an event: "the Second Africa-India Forum Summit, the prime minister ..."
    nouns = c["meeting_nouns"]
    found = [(name, why) for name, why in found if name[-1].text not in nouns and name[-1].lower_ not in nouns]
    # an honorific and the surname of a person named in full ("Taoiseach Simon Harris ... Mr Harris said") is no new person
    full = [(e.end, e[-1].text) for e in doc.ents if e.label_ == "Person" and len(e) >= 2] + [(n.end, n[-1].text) for n, _ in found if len(n) >= 2]
    return [(name, why) for name, why in found
            if not (len(name) == 2 and name[0].text.rstrip(".") in cue_set(lang, "honorifics")
                    and any(end <= name.start and surname == name[-1].text for end, surname in full))]


def _family_name(span: Span) -> str:
    """The word a name is later shortened to: its last word, or the first before a hyphenated
    given name in lower case ("Yun Byung-se" -> "Yun", "Ban Ki-moon" -> "Ban")."""
    if len(span) >= 4 and span[-2].text == "-" and span[-1].text.islower() and not span[-2].whitespace_:
        return span[0].text
    return span[-1].text


def _known_family_name(ent: Span, lang: str) -> str:
    """The family name of a person the lexicon knows: the first word for a state that writes it first
    ("Yoon Suk Yeol" -> "Yoon", "Li Qiang" -> "Li"), else as ``_family_name``."""
    entry = load_lexicon().entry(ent.ent_id_)
    if entry is not None and entry.affiliation in cue_set(lang, "family_name_first_states") and len(ent) >= 2:
        return ent[0].text
    return _family_name(ent)


def _surname_mentions(doc: Doc, known: dict[str, str]) -> list[Span]:
    """Later mentions by surname alone (also the German genitive: "Nikolenkos")."""
    spans = []
    for tok in doc:
        if tok.ent_type_:
            continue
        text = tok.text
        key = known.get(text) or (known.get(text[:-1]) if text.endswith("s") else None)
        if key:
            spans.append(Span(doc, tok.i, tok.i + 1, label="Person", span_id=key))
    return spans


def _own_surnames(ents: list[Span], introduced: dict[str, str]) -> list[Span]:
    """A surname alone that the lexicon knows of someone else is the article's own person of that name
    when the article names them in full and never the lexicon's: "Taoiseach Simon Harris ... Mr Harris"
    is not Kamala Harris."""
    full = {e.ent_id_ for e in ents if e.label_ == "Person" and len(e) >= 2}
    out = []
    for e in ents:
        key = introduced.get(e.text)
        if e.label_ == "Person" and len(e) == 1 and key is not None and key != e.ent_id_ and e.ent_id_ not in full:
            e = Span(e.doc, e.start, e.end, label="Person", span_id=key)
        out.append(e)
    return out


@Language.factory("newsgraph_persons", default_config={"max_name_tokens": 4})
def make_person_finder(nlp: Language, name: str, max_name_tokens: int):
    lang = nlp.lang
    if nlp.has_pipe("lemmatizer"):
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_lookup"):
            use_lemma_table(lang, lookups.get_table("lemma_lookup"))

    def find(doc: Doc) -> Doc:
        new: list[Span] = []
        surnames: dict[str, str] = {}
        for span, rule in find_person_spans(doc, lang):
            key = "person:" + slug(span.text)
            new.append(Span(doc, span.start, span.end, label="Person", span_id=key))
            surnames.setdefault(_family_name(span), key)
            doc.user_data.setdefault("person_rules", {})[(span.start_char, span.end_char)] = rule
        spans = filter_spans(list(doc.ents) + new)
        doc.ents = _own_surnames(spans, surnames)
        # surnames of persons known from the lexicon count too: "Carneys"
        for ent in doc.ents:
            if ent.label_ == "Person" and len(ent) >= 2:
                surnames.setdefault(_known_family_name(ent, lang), ent.ent_id_)
        extra = _surname_mentions(doc, surnames)
        if extra:
            doc.ents = filter_spans(list(doc.ents) + extra)
        return doc

    return find
