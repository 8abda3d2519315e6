"""The actor lexicon: the shipped data and the forms the loader derives from it."""
from __future__ import annotations

import json
import re
from collections import defaultdict
from importlib.resources import files

import pytest

from graph.lexicon import (
    Entry,
    LexiconError,
    SurfaceForm,
    build_lexicon,
    german_adjective_forms,
    german_genitive,
    load_lexicon,
)


@pytest.fixture(scope="module")
def lex():
    return load_lexicon()


def raw(name: str) -> list[dict]:
    return json.loads(files("graph.data.lexicon").joinpath(name).read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("text", "lang", "key", "form"),
    [
        ("Kanada", "de", "country:CA", "name"),
        ("Kanadas", "de", "country:CA", "genitive"),
        ("kanadischen", "de", "country:CA", "adjective"),
        ("kanadisch", "de", "country:CA", "adjective"),
        ("Canada", "en", "country:CA", "name"),
        ("Canadian", "en", "country:CA", "adjective"),
        ("Ottawa", "de", "country:CA", "capital"),
        ("Kiew", "de", "country:UA", "capital"),
        ("Kiews", "de", "country:UA", "capital"),
        ("Kyjiw", "de", "country:UA", "capital"),
        ("Kyiv", "en", "country:UA", "capital"),
        ("Kiev", "en", "country:UA", "capital"),
        ("ukrainische", "de", "country:UA", "adjective"),
        ("Ukrainian", "en", "country:UA", "adjective"),
        ("Russlands", "de", "country:RU", "genitive"),
        ("Deutschlands", "de", "country:DE", "genitive"),
        ("Frankreichs", "de", "country:FR", "genitive"),
        ("Moskau", "de", "country:RU", "capital"),
        ("Moscow", "en", "country:RU", "capital"),
        ("Kreml", "de", "country:RU", "metonym"),
        ("Kremlin", "en", "country:RU", "metonym"),
        ("Kreml-", "de", "country:RU", "prefix"),
        ("Weißes Haus", "de", "org:white-house", "name"),
        ("Weißen Haus", "de", "org:white-house", "alias"),
        ("Weißen Hauses", "de", "org:white-house", "alias"),
        ("White House", "en", "org:white-house", "name"),
        ("Downing Street", "en", "country:GB", "metonym"),
        ("NZ", "en", "country:NZ", "alias"),
        ("KSA", "en", "country:SA", "alias"),
        ("St Kitts and Nevis", "en", "country:KN", "alias"),
        ("Vereinigten Arabischen Emirate", "de", "country:AE", "genitive"),
        ("US-", "de", "country:US", "prefix"),
        ("U.S.", "en", "country:US", "alias"),
        ("USA", "de", "country:US", "alias"),
        ("Vereinigten Staaten", "de", "country:US", "genitive"),
        ("US-amerikanischen", "de", "country:US", "adjective"),
        ("American", "en", "country:US", "adjective"),
        ("U.K.", "en", "country:GB", "alias"),
        ("Großbritannien", "de", "country:GB", "alias"),
        ("Vereinigtes Königreich", "de", "country:GB", "name"),
        ("britischen", "de", "country:GB", "adjective"),
        ("Downing Street", "en", "country:GB", "metonym"),
        ("Schweizer", "de", "country:CH", "adjective"),
        ("schweizerischen", "de", "country:CH", "adjective"),
        ("Peking", "de", "country:CN", "capital"),
        ("Beijing", "en", "country:CN", "capital"),
        ("Élysée-Palast", "de", "country:FR", "metonym"),
        ("NATO-", "de", "org:nato", "prefix"),
        ("Nato-", "de", "org:nato", "prefix"),
        ("EU-", "de", "org:eu", "prefix"),
        ("UN-", "de", "org:un", "prefix"),
        ("G7-", "de", "org:g7", "prefix"),
        ("Nato", "de", "org:nato", "name"),
        ("North Atlantic Treaty Organization", "en", "org:nato", "alias"),
        ("Brüssel", "de", "org:eu", "metonym"),
        ("Koalition der Willigen", "de", "org:coalition-of-the-willing", "name"),
        ("coalition of the willing", "en", "org:coalition-of-the-willing", "alias"),
        ("Ramstein-Gruppe", "de", "org:ramstein-group", "alias"),
        ("Kiel Institut für Weltwirtschaft", "de", "org:kiel-institute", "name"),
        # development banks, funds and national aid agencies
        ("Asiatischen Entwicklungsbank", "de", "org:asian-development-bank", "name"),
        ("ADB", "en", "org:asian-development-bank", "alias"),
        ("Globalen Fonds", "de", "org:global-fund", "name"),
        ("loss and damage fund", "en", "org:loss-and-damage-fund", "alias"),
        ("Europäischen Friedensfazilität", "de", "org:european-peace-facility", "name"),
        ("UN-Entwicklungsprogramm", "de", "org:undp", "alias"),
        ("IOM", "en", "org:international-organization-for-migration", "alias"),
        ("JICA", "en", "org:japan-international-cooperation-agency", "alias"),
        ("DEZA", "de", "org:swiss-agency-for-development-and-cooperation", "alias"),
        ("Entwicklungsministeriums", "de", "org:federal-ministry-for-economic-cooperation-and-development", "name"),
        ("Foreign Office", "en", "org:foreign-commonwealth-and-development-office", "alias"),
        ("Auswärtigen Amt", "de", "org:federal-foreign-office", "name"),
        ("Quad", "en", "org:quad", "name"),
        ("Commonwealth of Independent States", "en", "org:commonwealth-of-independent-states", "name"),
        # more seats and ministries that stand for a government
        ("Bundesfinanzministeriums", "de", "country:DE", "metonym"),
        ("Kantei", "en", "country:JP", "metonym"),
        ("Bankova", "en", "country:UA", "metonym"),
        ("Farnesina", "de", "country:IT", "metonym"),
        ("Matignon", "en", "country:FR", "metonym"),
        ("Selenskyj", "de", "person:volodymyr-zelensky", "alias"),
        ("Selenskyjs", "de", "person:volodymyr-zelensky", "genitive"),
        ("Wolodymyr Selenskyj", "de", "person:volodymyr-zelensky", "name"),
        ("Zelenskyy", "en", "person:volodymyr-zelensky", "alias"),
        ("Putins", "de", "person:vladimir-putin", "genitive"),
        ("Merz'", "de", "person:friedrich-merz", "genitive"),
        ("Mark Carney", "en", "person:mark-carney", "name"),
        ("Mark Carney", "de", "person:mark-carney", "name"),
    ],
)
def test_lookup(lex, text, lang, key, form):
    found = lex.lookup(text, lang)
    assert found is not None, text
    assert (found.key, found.form) == (key, form)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("who", "en"),  # not the WHO
        ("Who", "en"),
        ("us", "en"),
        ("turkey", "en"),  # the bird
        ("Belgien", "en"),  # German name, English text
        ("Kongo", "de"),  # two Congos: no guess
        ("Congolese", "en"),
        ("Korean", "en"),
        ("Ukraines", "de"),  # feminine: "der Ukraine", no -s
        ("Schweizs", "de"),
        ("Türkeis", "de"),
        ("Belaruss", "de"),
    ],
)
def test_lookup_misses(lex, text, lang):
    assert lex.lookup(text, lang) is None


def test_lookup_ignores_case_at_sentence_start(lex):
    assert lex.lookup("Kanadische", "de").key == "country:CA"
    assert lex.lookup("KANADA", "de").key == "country:CA"


def test_brussels_is_the_eu_not_belgium(lex):
    assert lex.lookup("Brussels", "en").key == "org:eu"
    assert all(f.text not in ("Brussels", "Brüssel") for f in lex.surface_forms("de") if f.key == "country:BE")


@pytest.mark.parametrize(
    ("variant", "key"),
    [
        ("Zelenskyy", "person:volodymyr-zelensky"),
        ("Zelenskyi", "person:volodymyr-zelensky"),
        ("Selenskij", "person:volodymyr-zelensky"),
        ("Volodimir Zelenskii", "person:volodymyr-zelensky"),
        ("Sergei Lawrow", "person:sergey-lavrov"),
        ("Dmitry Medvedyev", "person:dmitry-medvedev"),
        ("Kaja  Kallas", "person:kaja-kallas"),
    ],
)
def test_fuzzy_person(lex, variant, key):
    found = lex.fuzzy_person(variant)
    assert found is not None and found.key == key


@pytest.mark.parametrize("name", ["Donald Duck", "Mark Carter", "Schröder", "Musk", "John Smith", ""])
def test_fuzzy_person_refuses_to_guess(lex, name):
    assert lex.fuzzy_person(name) is None


@pytest.mark.parametrize(
    ("key", "currency"),
    [("country:NO", "NOK"), ("org:eu", "EUR"), ("country:CA", "CAD"), ("country:GB", "GBP"),
     ("country:UA", "UAH"), ("country:JP", "JPY"), ("country:DE", "EUR"), ("country:CH", "CHF"),
     ("org:nato", None), ("person:mark-carney", None), ("country:ZZ", None)],
)
def test_currency_of(lex, key, currency):
    assert lex.currency_of(key) == currency


@pytest.mark.parametrize(
    ("adjective", "lang", "key"),
    [("kanadischen", "de", "country:CA"), ("Canadian", "en", "country:CA"), ("britische", "de", "country:GB"),
     ("Norwegian", "en", "country:NO"), ("deutschen", "de", "country:DE"), ("Schweizer", "de", "country:CH"),
     ("Kanada", "de", None), ("Nato", "de", None)],
)
def test_demonym_country(lex, adjective, lang, key):
    assert lex.demonym_country(adjective, lang) == key


@pytest.mark.parametrize(
    ("key", "lang", "capital"),
    [("country:UA", "en", "Kyiv"), ("country:UA", "de", "Kiew"), ("country:CN", "en", "Beijing"),
     ("country:CN", "de", "Peking"), ("country:US", "en", "Washington"), ("country:BE", "en", "Brussels"),
     ("org:nato", "en", None)],
)
def test_capital_of(lex, key, lang, capital):
    assert lex.capital_of(key, lang) == capital


def test_no_form_stands_for_two_actors(lex):
    owners = defaultdict(set)
    for lang in ("de", "en"):
        for form in lex.surface_forms(lang):
            owners[form.text].add(form.key)
    assert {text: keys for text, keys in owners.items() if len(keys) > 1} == {}


def test_no_lower_case_english_names(lex):
    lowered = [f.text for f in lex.surface_forms("en") if f.form == "name" and f.text.islower() and f.key.startswith("country:")]
    assert lowered == []


def test_forms_per_language_are_unique_and_tagged(lex):
    for lang in ("de", "en"):
        texts = [f.text for f in lex.surface_forms(lang)]
        assert len(texts) == len(set(texts))
        assert {f.lang for f in lex.surface_forms(lang)} <= {lang, "*"}


def test_every_affiliation_exists(lex):
    for entry in lex.entries():
        if entry.affiliation is not None:
            assert lex.entry(entry.affiliation) is not None, entry.key


@pytest.mark.parametrize(
    ("key", "state"),
    [("org:japan-international-cooperation-agency", "country:JP"), ("org:swiss-agency-for-development-and-cooperation", "country:CH"),
     ("org:foreign-commonwealth-and-development-office", "country:GB"), ("org:federal-foreign-office", "country:DE"),
     ("org:global-affairs-canada", "country:CA"), ("org:asian-development-bank", None), ("org:global-fund", None)],
)
def test_national_bodies_belong_to_their_state(lex, key, state):
    assert lex.entry(key).affiliation == state


def test_wikidata_ids_are_well_formed(lex):
    for entry in lex.entries():
        assert entry.wikidata is None or re.fullmatch(r"Q\d+", entry.wikidata), entry.key


@pytest.mark.parametrize(
    ("key", "qid"),
    [("country:CA", "Q16"), ("country:UA", "Q212"), ("country:RU", "Q159"), ("country:US", "Q30"),
     ("org:nato", "Q7184"), ("org:eu", "Q458"), ("person:donald-trump", "Q22686"),
     ("person:volodymyr-zelensky", "Q3874799")],
)
def test_known_wikidata(lex, key, qid):
    assert lex.entry(key).wikidata == qid


def test_countries_cover_the_un_and_four_more(lex):
    countries = raw("countries.json")
    assert sum(1 for c in countries if c["un_member"]) == 193
    assert {c["iso2"] for c in countries if not c["un_member"]} == {"TW", "XK", "PS", "VA"}
    assert len([e for e in lex.entries("Country") if not e.region]) == 197
    assert lex.entry("country:SU") is None


def test_regions_read_as_countries_and_know_their_members(lex):
    sahel = lex.entry("region:sahel")
    assert sahel.kind == "Country" and sahel.region and "country:ML" in sahel.members
    assert lex.lookup("Zentralsahel", "de").key == "region:sahel"
    assert lex.lookup("Afrika", "de").key == "region:africa"
    assert lex.lookup("South Africa", "en").key == "country:ZA"  # the longest name wins
    assert not lex.entry("country:ML").region


PRIORITY = (
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE "  # EU
    "AL CA IS ME MK NO TR GB US "  # NATO outside the EU
    "AU NZ JP KR KP CN IN BR MX AR ZA SA ID "  # G7/G20 and Pacific
    "UA RU BY MD GE IL IR CH EG AE QA KW BH OM"
).split()


@pytest.mark.parametrize("code", PRIORITY)
def test_priority_countries_are_complete(code):
    country = next(c for c in raw("countries.json") if c["iso2"] == code)
    for lang in ("en", "de"):
        assert country[lang]["adjectives"], (code, lang, "adjectives")
        assert country[lang]["capital"], (code, lang, "capital")
    assert country["currency"] and re.fullmatch(r"[A-Z]{3}", country["currency"])


def test_entry_shape(lex):
    canada = lex.entry("country:CA")
    assert canada == Entry(
        key="country:CA", kind="Country", labels=(("de", "Kanada"), ("en", "Canada")), aliases=(),
        wikidata="Q16", iso_code="CA", currency="CAD",
    )
    assert lex.entry("org:g7").grouping and lex.entry("org:reuters").media
    carney = lex.entry("person:mark-carney")
    assert (carney.kind, carney.role, carney.affiliation) == ("Person", "prime minister", "country:CA")
    assert {e.kind for e in lex.entries()} == {"Country", "Organization", "Person"}
    assert all(e.kind == "Person" for e in lex.entries("Person"))


def test_person_roles_are_known_roles(lex):
    canonical = {r.en for lang in ("de", "en") for r in lex.roles(lang)}
    assert {e.role for e in lex.entries("Person")} - canonical == set()


def test_surnames_are_unambiguous():
    persons = raw("persons.json")
    for person in persons:
        for alias in person["aliases"]:
            if " " in alias:
                continue
            others = [p["key"] for p in persons if p["key"] != person["key"]
                      and alias in (p["name"].split() + p.get("de_name", "").split())]
            assert others == [], (alias, person["key"], others)


@pytest.mark.parametrize(
    ("text", "lang", "en", "cls", "speaks"),
    [("Außenministerin", "de", "foreign minister", "minister", True),
     ("Bundeskanzler", "de", "chancellor", "head_of_government", True),
     ("Präsidenten", "de", "president", "head_of_state", True),
     ("Botschafterin", "de", "ambassador", "diplomat", False),
     ("Generalleutnant", "de", "lieutenant general", "military", False),
     ("Foreign Secretary", "en", "foreign minister", "minister", True),
     ("Chancellor of the Exchequer", "en", "finance minister", "minister", True),
     ("Secretary-General", "en", "secretary general", "official", False),
     ("Mayor", "en", "mayor", "official", False)],
)
def test_roles(lex, text, lang, en, cls, speaks):
    role = next(r for r in lex.roles(lang) if r.text == text)
    assert (role.en, role.cls, role.speaks_for_state, role.lang) == (en, cls, speaks, lang)


def test_speaking_roles_are_heads_and_ministers(lex):
    for lang in ("de", "en"):
        for role in lex.roles(lang):
            assert role.speaks_for_state == (role.cls in ("head_of_state", "head_of_government", "minister")), role


@pytest.mark.parametrize(
    ("stem", "forms"),
    [("kanadisch", ("kanadisch", "kanadische", "kanadischen", "kanadischer", "kanadisches", "kanadischem")),
     ("Schweizer", ("Schweizer",)),
     ("US-amerikanisch", ("US-amerikanisch", "US-amerikanische", "US-amerikanischen", "US-amerikanischer",
                          "US-amerikanisches", "US-amerikanischem"))],
)
def test_german_adjective_forms(stem, forms):
    assert german_adjective_forms(stem) == forms


@pytest.mark.parametrize(
    ("name", "gender", "genitive"),
    [("Kanada", "n", "Kanadas"), ("Iran", "m", "Irans"), ("Ukraine", "f", None), ("Niederlande", "pl", None),
     ("Belarus", "n", None), ("Mauritius", "n", None), ("Kreml", "m", "Kremls")],
)
def test_german_genitive(name, gender, genitive):
    assert german_genitive(name, gender) == genitive


SMALL_COUNTRY = {
    "key": "country:AA", "iso2": "AA", "currency": "EUR",
    "en": {"name": "Aland", "aliases": [], "adjectives": ["Alandic"], "capital": ["Aton"]},
    "de": {"name": "Aland", "aliases": [], "adjectives": ["aländisch"], "capital": ["Aton"]},
}


def test_build_rejects_a_form_for_two_actors():
    other = {**SMALL_COUNTRY, "key": "country:BB", "iso2": "BB",
             "en": {**SMALL_COUNTRY["en"], "name": "Bland"}, "de": {**SMALL_COUNTRY["de"], "name": "Bland"}}
    with pytest.raises(LexiconError, match="Aton"):
        build_lexicon(countries=[SMALL_COUNTRY, other])


def test_build_rejects_dangling_affiliation_and_bad_wikidata():
    person = {"key": "person:x-y", "name": "X Y", "aliases": [], "affiliation": "country:ZZ"}
    with pytest.raises(LexiconError, match="affiliation"):
        build_lexicon(persons=[person])
    with pytest.raises(LexiconError, match="wikidata"):
        build_lexicon(persons=[{**person, "affiliation": None, "wikidata": "16"}])


def test_build_merges_identical_forms_into_both_languages():
    lex = build_lexicon(countries=[SMALL_COUNTRY])
    assert SurfaceForm("Aland", "country:AA", "name", "*") in lex.surface_forms("de")
    assert SurfaceForm("Alandic", "country:AA", "adjective", "en") in lex.surface_forms("en")
    assert lex.lookup("Alandic", "de") is None
    assert lex.lookup("Alands", "de").form == "genitive"


def test_ceded_forms_are_left_out():
    lex = build_lexicon(countries=[{**SMALL_COUNTRY, "ceded_forms": ["Aton"]}])
    assert lex.lookup("Aton", "en") is None


def test_unknown_language_is_refused(lex):
    with pytest.raises(ValueError, match="language"):
        lex.surface_forms("fr")


def test_load_is_cached():
    assert load_lexicon() is load_lexicon()


def test_data_files_are_canonical():
    """The JSON files are as tools/build_lexicon.py writes them: sorted entries and keys."""
    for name in ("countries.json", "organizations.json", "persons.json", "roles.json"):
        text = files("graph.data.lexicon").joinpath(name).read_text(encoding="utf-8")
        data = json.loads(text)
        keys = [e.get("key") or e.get("en") for e in data]
        assert keys == sorted(keys), name
        assert text == json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", name


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("de", "Auch das neuseeländische Rote Kreuz sagte zu, den Philippinen 412.000 US-Dollar zu geben.", "org:red-cross-nz"),
    ("de", "Ein Sprecher des Deutschen Roten Kreuzes sagte, man helfe.", "org:red-cross-de"),
    ("de", "Der Türkische Rote Halbmond schickte Zelte.", "org:red-cross-tr"),
    ("en", "The Chinese Red Cross will give 1.5 million yuan to Myanmar.", "org:red-cross-cn"),
    ("en", "The Red Cross Society of China sent staff.", "org:red-cross-cn"),
    ("en", "The Turkish Red Crescent sent tents.", "org:red-cross-tr"),
])
def test_a_national_red_cross_society_is_its_own_organisation(lang, text, key):
    from graph.extract import extract_article
    from graph.ingest import make_article

    found = extract_article(make_article("News\n" + text, source="test", lang=lang))
    keys = {m.key for m in found.mentions}
    assert key in keys and "org:icrc" not in keys
    assert load_lexicon().entry(key).affiliation is None  # a society, not the state


def test_the_red_cross_alone_stays_the_icrc():
    from graph.extract import extract_article
    from graph.ingest import make_article

    found = extract_article(make_article("News\nDas Rote Kreuz hilft den Menschen in Gaza.", source="test", lang="de"))
    assert "org:icrc" in {m.key for m in found.mentions}
