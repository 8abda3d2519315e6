"""Properties that must hold for any input: the pipeline never crashes, never emits
an invalid IRI or literal, and its graph always parses back and passes SHACL."""
from __future__ import annotations

import hashlib
from datetime import date

from babel.dates import format_date
from hypothesis import HealthCheck, given, settings, strategies as st
from rdflib import Graph, URIRef

from graph import link, rdf
from graph.extract import extract_article
from graph.extract.dates import find_date
from graph.model import Article
from graph.validate import validate
from test_extract import MEETING_CASES, NOT_PLEDGES, PLEDGE_CASES

SENTENCES = {
    "de": [t for lang, t, *_ in PLEDGE_CASES + MEETING_CASES if lang == "de"] + [t for lang, t in NOT_PLEDGES if lang == "de"],
    "en": [t for lang, t, *_ in PLEDGE_CASES + MEETING_CASES if lang == "en"] + [t for lang, t in NOT_PLEDGES if lang == "en"],
}
HOSTILE = [
    '<script>alert(1)</script> Kanada sagte der Ukraine "2 Milliarden" Euro zu.',
    'Germany pledged €1bn to Ukraine """ ; ?s ?p ?o } <http://evil/> .',
    "Die EU\\u0022 gewährt \u202eder Ukraine\u202c 5 Mrd. Euro \x00\x07\x1b.",
    "PREFIX x: <file:///etc/passwd> SELECT * WHERE { SERVICE <http://x/> {} } Japan pledged $1 billion to Ukraine.",
]


def article(text: str, lang: str) -> Article:
    body = "Titel\n" + text
    digest = hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()
    return Article(id=digest[:16], title="Titel", text=body, lang=lang, source="generated", sha256=digest, published=date(2025, 8, 19))


def check_graph(texts_langs) -> None:
    facts = [extract_article(article(t, lang)) for t, lang in texts_langs]
    g = rdf.to_graph(link.link(facts))
    for s, p, o in g:
        for term in (s, p, o):
            if isinstance(term, URIRef):
                assert " " not in term and "<" not in term and ">" not in term and '"' not in term, term
    text = g.serialize(format="turtle")
    again = Graph().parse(data=text, format="turtle")
    assert len(again) == len(g)
    assert validate(g) == []


SLOW = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SLOW
@given(text=st.text(min_size=1, max_size=400), lang=st.sampled_from(["de", "en"]))
def test_random_unicode_never_breaks_the_pipeline(text, lang):
    check_graph([(text, lang)])


@SLOW
@given(
    lang=st.sampled_from(["de", "en"]),
    picks=st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=8),
    hostile=st.booleans(),
)
def test_random_mixtures_of_real_sentences(lang, picks, hostile):
    pool = SENTENCES[lang] + (HOSTILE if hostile else [])
    text = " ".join(pool[i % len(pool)] for i in picks)
    check_graph([(text, lang)])


def test_hostile_sentences_end_as_literals():
    check_graph([(t, "de") for t in HOSTILE] + [(t, "en") for t in HOSTILE])


@settings(max_examples=60, deadline=None)
@given(day=st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)), lang=st.sampled_from(["de", "en"]))
def test_rendered_dates_parse_back(day, lang):
    """A date written the way each language writes it in prose parses back to itself."""
    locale = {"de": "de_DE", "en": "en_US"}[lang]
    text = format_date(day, format="d. MMMM y" if lang == "de" else "MMMM d, y", locale=locale)
    assert find_date(f"am {text}" if lang == "de" else f"on {text}", lang=lang) == day.isoformat()
