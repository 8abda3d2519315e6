"""Organisations the lexicon does not know, found the way a reader finds them.

A spaCy component (``newsgraph_orgs``) adding Organization entities with
``ent_id_ = org:<slug>``:

- name with its acronym:  "Reporter ohne Grenzen (RSF)", "the Rapid Support Forces (RSF)";
                          later the bare acronym refers to it ("RSF")
- English name ending in an organisation word: "the Pacific Islands Forum",
  "the Humanitarian Coalition", "Haitian National Police"
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from graph.extract.cues import cue_set
from graph.extract.persons import is_common_word, name_shaped, role_index
from graph.ids import slug

ACRONYM = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ0-9&]{1,6}$")


def _name_before(doc: Doc, end: int, lang: str) -> Span | None:
    """Capitalised words (and connectors such as "für", "of the") right before token ``end``."""
    connectors = cue_set(lang, "name_connectors")
    roles = role_index(doc).tokens
    start = end
    while start > 0 and end - start < 8:
        tok = doc[start - 1]
        if tok.i in roles or tok.is_sent_start and tok.lower_ in connectors or tok.ent_type_:
            break  # a role, a sentence start, or a name the lexicon already knows
        if name_shaped(tok.text) or tok.text.isupper() or tok.lower_ in connectors:
            start -= 1
        else:
            break
    # connectors, and a sentence's first word when it is a plain word ("Leaders of the ...")
    while start < end and (doc[start].lower_ in connectors or (doc[start].is_sent_start and is_common_word(doc[start].lower_, lang))):
        start += 1
    span = doc[start:end]
    capitals = sum(1 for t in span if t.text[:1].isupper())
    return span if len(span) >= 2 and capitals >= 2 else None


def find_org_spans(doc: Doc, lang: str) -> list[tuple[Span, str, str]]:
    """(span, key, rule) for every organisation introduced in the text."""
    found: list[tuple[Span, str, str]] = []
    acronyms: dict[str, str] = {}
    for tok in doc:
        # "Name (ACR)": a name with its acronym in brackets
        if tok.text == "(" and tok.i + 2 < len(doc) and doc[tok.i + 2].text == ")":
            acr = doc[tok.i + 1]
            if not ACRONYM.match(acr.text) or acr.ent_type_:
                continue
            name = _name_before(doc, tok.i, lang)
            if name is None or any(t.ent_type_ == "Person" for t in name):
                continue
            # a programme or lending instrument is no organisation: "the Extended Credit Facility (ECF)"
            if name[-1].text in cue_set(lang, "programme_heads"):
                continue
            key = "org:" + slug(acr.text)
            acronyms[acr.text] = key
            found.append((name, key, "org.acronym"))
            found.append((doc[acr.i : acr.i + 1], key, "org.acronym"))
    heads = cue_set(lang, "org_heads")
    for tok in doc:
        # "the Pacific Islands Forum": a capitalised name ending in an organisation word
        if tok.text in heads and tok.i > 0 and not tok.ent_type_:  # "International Monetary Fund" is the lexicon's
            end = tok.i + 1
            # "Organization for Migration", "Institute for the Study of War": the name goes on
            if end + 1 < len(doc) and doc[end].lower_ in cue_set(lang, "org_name_links"):
                k = end + 1
                while k < len(doc) and (doc[k].lower_ == "the" or name_shaped(doc[k].text)) and k - end < 5:
                    k += 1
                if k > end + 1 and doc[k - 1].text[:1].isupper():
                    end = k
            # ("Extended Fund Facility": the name ends at the last organisation word)
            if end < len(doc) and doc[end].text in heads:
                continue
            # ("Head of Mission" is a title, not an organisation)
            if tok.i >= 2 and doc[tok.i - 1].lower_ == "of" and doc[tok.i - 2].text in cue_set(lang, "title_heads"):
                continue
            name = _name_before(doc, end, lang)
            if name is not None and name[0].text[:1].isupper() and not any(t.ent_type_ == "Person" for t in name) and not _instrument(name, lang) \
                    and not _purpose(name, lang):
                found.append((name, "org:" + slug(name.text), "org.head"))
        # a later bare acronym
        elif tok.text in acronyms and not tok.ent_type_:
            found.append((doc[tok.i : tok.i + 1], acronyms[tok.text], "org.acronym"))
    return found


def _purpose(name: Span, lang: str) -> bool:
    """A programme the money is for is no organisation the lexicon does not know: "the grant aid for the
    Economic and Social Development Programme"."""
    doc, j = name.doc, name.start - 1
    while j >= 0 and doc[j].lower_ in cue_set(lang, "plain_articles"):
        j -= 1
    return name[-1].text in cue_set(lang, "programme_heads") and j >= 0 and doc[j].lower_ in cue_set(lang, "purpose_preps")


def _instrument(name: Span, lang: str) -> bool:
    """A lending instrument is no organisation: "the Extended Credit Facility", "a Stand-By Arrangement"."""
    text = name.text.lower()
    return any(text.endswith(i.lower()) for i in cue_set(lang, "lending_instruments"))


@Language.factory("newsgraph_orgs", default_config={})
def make_org_finder(nlp: Language, name: str):
    lang = nlp.lang

    def find(doc: Doc) -> Doc:
        found = find_org_spans(doc, lang)
        if not found:
            return doc
        new = [Span(doc, span.start, span.end, label="Organization", span_id=key) for span, key, _ in found]
        rules = doc.user_data.setdefault("person_rules", {})
        for span, _, rule in found:
            rules[(span.start_char, span.end_char)] = rule
        doc.ents = filter_spans(list(doc.ents) + new)  # on a tie the lexicon's entity wins
        return doc

    return find
