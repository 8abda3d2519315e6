"""Offices that change with time: the persons lexicon lists offices with periods, and the
article's publication date picks the office a person held and who held an office.

Every sentence here was written for this project.
"""
from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from importlib.resources import files

import pytest
from test_extract import facts

from graph.lexicon import LexiconError, Office, build_lexicon, load_lexicon

# Posts that several people hold at once (one commissioner per portfolio, one ambassador per
# capital): their holders may overlap, and no lookup picks one of them by role alone.
SHARED_ROLES = {"commissioner", "spokesperson", "ambassador", "envoy"}
OVERLAP_DAYS = 7  # a hand-over may be dated a few days apart in different sources


@pytest.fixture(scope="module")
def lex():
    return load_lexicon()


def raw_persons() -> list[dict]:
    return json.loads(files("graph.data.lexicon").joinpath("persons.json").read_text(encoding="utf-8"))


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


# --- the data -----------------------------------------------------------------------------


def test_every_office_has_a_known_role_and_an_existing_affiliation(lex):
    roles = {r.en for lang in ("de", "en") for r in lex.roles(lang)}
    offices = [(e.key, o) for e in lex.entries("Person") for o in e.offices]
    assert len(offices) > 300
    for key, office in offices:
        assert office.role in roles, (key, office)
        assert lex.entry(office.affiliation) is not None, (key, office)


def test_offices_are_well_formed_in_the_data():
    for person in raw_persons():
        for office in person.get("offices", ()):
            assert set(office) <= {"role", "affiliation", "since", "until", "note"}, person["key"]
            assert office["role"] and office["affiliation"], person["key"]
            since, until = _day(office.get("since")), _day(office.get("until"))
            assert since is not None, (person["key"], office)  # every listed office says when it began
            assert until is None or since <= until, (person["key"], office)


def test_the_listed_role_is_the_current_or_last_office(lex):
    for entry in lex.entries("Person"):
        if entry.offices:
            office = entry.office_on(None)
            assert (entry.role, entry.affiliation) == (office.role, office.affiliation), entry.key


def test_the_withheld_past_office_holders_are_in_the_lexicon(lex):
    for key in ("person:francois-hollande", "person:jean-claude-juncker", "person:ban-ki-moon", "person:li-keqiang",
                "person:petro-poroshenko", "person:scott-morrison", "person:nicolas-sarkozy"):
        entry = lex.entry(key)
        assert entry is not None and entry.offices and all(o.until is not None for o in entry.offices), key
    assert len(lex.entries("Person")) >= 492


def _overlaps(persons: list[dict]) -> list[tuple]:
    by_office: dict[tuple[str, str], list[tuple[date, date, str]]] = defaultdict(list)
    for person in persons:
        for office in person.get("offices", ()):
            if office["role"] in SHARED_ROLES:
                continue
            since = _day(office["since"])
            until = _day(office.get("until")) or date.max
            by_office[(office["affiliation"], office["role"])].append((since, until, person["key"]))
    found = []
    for pair, periods in by_office.items():
        periods.sort()
        for i, (s1, u1, k1) in enumerate(periods):
            for s2, u2, k2 in periods[i + 1:]:
                if k1 != k2 and (min(u1, u2) - max(s1, s2)).days > OVERLAP_DAYS:
                    found.append((pair, k1, k2))
    return found


def test_no_two_holders_of_one_office_overlap():
    assert _overlaps(raw_persons()) == []


def test_the_overlap_check_can_fail():
    data = [{"key": "person:a", "offices": [{"role": "president", "affiliation": "country:FR", "since": "2012-05-15"}]},
            {"key": "person:b", "offices": [{"role": "president", "affiliation": "country:FR", "since": "2017-05-14"}]},
            {"key": "person:c", "offices": [{"role": "chancellor", "affiliation": "country:DE", "since": "2005-11-22",
                                             "until": "2021-12-08"}]},
            {"key": "person:d", "offices": [{"role": "chancellor", "affiliation": "country:DE", "since": "2021-10-01"}]},
            {"key": "person:e", "offices": [{"role": "commissioner", "affiliation": "org:eu", "since": "2019-12-01"}]},
            {"key": "person:f", "offices": [{"role": "commissioner", "affiliation": "org:eu", "since": "2019-12-01"}]}]
    assert _overlaps(data) == [(("country:FR", "president"), "person:a", "person:b"),
                               (("country:DE", "chancellor"), "person:c", "person:d")]


def test_an_office_with_past_holders_lists_every_holder_with_periods(lex):
    """An undated holder beside dated ones would hold the office on every day and make every
    lookup of it ambiguous."""
    dated = {(o.affiliation, o.role) for e in lex.entries("Person") for o in e.offices if o.role not in SHARED_ROLES}
    undated = [(e.key, e.affiliation, e.role) for e in lex.entries("Person")
               if not e.offices and (e.affiliation, e.role) in dated]
    assert undated == []


# --- Entry.office_on and Lexicon.holders ---------------------------------------------------


@pytest.mark.parametrize(("key", "day", "office"), [
    ("person:mark-rutte", date(2023, 5, 10), ("prime minister", "country:NL")),
    ("person:mark-rutte", date(2025, 5, 10), ("secretary general", "org:nato")),
    ("person:mark-rutte", None, ("secretary general", "org:nato")),
    # between two offices: the one that ended last
    ("person:mark-rutte", date(2024, 8, 1), ("prime minister", "country:NL")),
    ("person:ursula-von-der-leyen", date(2016, 1, 1), ("defence minister", "country:DE")),
    ("person:ursula-von-der-leyen", date(2020, 1, 1), ("commission president", "org:european-commission")),
    ("person:jens-stoltenberg", date(2010, 1, 1), ("prime minister", "country:NO")),
    ("person:jens-stoltenberg", date(2020, 1, 1), ("secretary general", "org:nato")),
    ("person:kaja-kallas", date(2022, 3, 1), ("prime minister", "country:EE")),
    ("person:josep-borrell", date(2019, 1, 1), ("foreign minister", "country:ES")),
    ("person:antonio-guterres", date(2010, 1, 1), ("high commissioner", "org:unhcr")),
    # a former holder keeps their last office; no date: the last one
    ("person:francois-hollande", date(2020, 1, 1), ("president", "country:FR")),
    ("person:francois-hollande", None, ("president", "country:FR")),
    # a person listed without periods holds their role on any day
    ("person:vladimir-putin", date(2001, 1, 1), ("president", "country:RU")),
])
def test_office_on(lex, key, day, office):
    assert lex.entry(key).role_on(day) == office


@pytest.mark.parametrize(("affiliation", "role", "day", "keys"), [
    ("country:FR", "president", date(2015, 6, 1), ["person:francois-hollande"]),
    ("country:FR", "president", date(2019, 1, 1), ["person:emmanuel-macron"]),
    ("country:FR", "president", date(2010, 1, 1), ["person:nicolas-sarkozy"]),
    ("country:FR", "president", None, ["person:emmanuel-macron"]),
    ("org:nato", "secretary general", date(2020, 1, 1), ["person:jens-stoltenberg"]),
    ("org:nato", "secretary general", date(2025, 1, 1), ["person:mark-rutte"]),
    ("country:NL", "prime minister", date(2020, 1, 1), ["person:mark-rutte"]),
    ("country:GB", "prime minister", date(2022, 10, 1), ["person:liz-truss"]),
    # nobody held it on that day, nobody holds it now
    ("country:FR", "president", date(1990, 1, 1), []),
    ("country:AF", "president", None, []),
    ("country:NL", "prime minister", date(2005, 1, 1), []),
    ("country:NL", "prime minister", date(2024, 8, 1), ["person:dick-schoof"]),
])
def test_holders(lex, affiliation, role, day, keys):
    assert [e.key for e in lex.holders(affiliation, role, on=day)] == keys


PERSON = {"key": "person:x", "name": "X Y", "role": "president", "affiliation": "country:FR"}
FRANCE = {"key": "country:FR", "iso2": "FR", "en": {"name": "France"}, "de": {"name": "Frankreich"}}


@pytest.mark.parametrize(("office", "message"), [
    ({"affiliation": "country:FR", "since": "2017-05-14"}, "needs a role and an affiliation"),
    ({"role": "president", "since": "2017-05-14"}, "needs a role and an affiliation"),
    ({"role": "president", "affiliation": "country:FR", "since": "2017-05-14", "until": "2012-01-01"}, "ends before it begins"),
    ({"role": "president", "affiliation": "country:FR", "since": "14.05.2017"}, "is not a date"),
    ({"role": "president", "affiliation": "country:DE", "since": "2017-05-14"}, "country:DE is not in the lexicon"),
])
def test_build_rejects_bad_offices(office, message):
    with pytest.raises(LexiconError, match=message):
        build_lexicon(countries=[FRANCE], persons=[{**PERSON, "offices": [office]}])


def test_build_reads_offices_oldest_first():
    lex = build_lexicon(countries=[FRANCE], persons=[{**PERSON, "offices": [
        {"role": "president", "affiliation": "country:FR", "since": "2017-05-14"},
        {"role": "prime minister", "affiliation": "country:FR", "since": "2010-01-01", "until": "2012-01-01"}]}])
    assert lex.entry("person:x").offices == (
        Office("prime minister", "country:FR", date(2010, 1, 1), date(2012, 1, 1)),
        Office("president", "country:FR", date(2017, 5, 14), None))


# --- extraction: the publication date picks the office --------------------------------------


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Rutte pledged €100 million to Ukraine."),
    ("de", "Rutte sagte der Ukraine 100 Millionen Euro zu."),
])
@pytest.mark.parametrize(("published", "donor", "office"), [
    (date(2023, 5, 10), "country:NL", ("prime minister", "country:NL")),
    (date(2025, 5, 10), "org:nato", ("secretary general", "org:nato")),
    (None, "org:nato", ("secretary general", "org:nato")),
])
def test_the_publication_date_picks_a_persons_office(lang, text, published, donor, office):
    found = facts(text, lang, published)
    assert [(p.donor, p.recipient) for p in found.pledges] == [(donor, "country:UA")]
    rutte = [(m.role, m.affiliation) for m in found.mentions if m.key == "person:mark-rutte"]
    assert rutte == [office]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The French president met Scholz in Berlin on Monday."),
    ("de", "Der französische Präsident traf Scholz am Montag in Berlin."),
])
@pytest.mark.parametrize(("published", "holder"), [
    (date(2015, 6, 1), "person:francois-hollande"),
    (date(2019, 6, 1), "person:emmanuel-macron"),
    (None, "person:emmanuel-macron"),
    (date(1990, 1, 1), None),  # no president of France the lexicon knows held office then
])
def test_the_publication_date_picks_the_role_holder(lang, text, published, holder):
    found = facts(text, lang, published)
    french = {m.key for m in found.mentions if m.kind == "Person" and m.affiliation == "country:FR"}
    assert french == ({holder} if holder else set())
    participants = [set(m.participants) for m in found.meetings]
    if holder:
        assert participants == [{holder, "person:olaf-scholz"}]
    else:
        assert all(p.isdisjoint({"person:francois-hollande", "person:emmanuel-macron"}) for p in participants)


@pytest.mark.parametrize(("lang", "text", "holder"), [
    # an undated text that titles a person with an office held only in a past period is of that period
    ("de", "Der ukrainische Ministerpräsident Arsenij Jazenjuk traf den deutschen Bundespräsidenten in Berlin.", "person:joachim-gauck"),
    ("en", "Ukrainian Prime Minister Arseniy Yatsenyuk met the German president in Berlin.", "person:joachim-gauck"),
    # (a title the person holds today dates nothing: today's holder)
    ("de", "Der französische Präsident Emmanuel Macron traf den deutschen Bundespräsidenten in Berlin.", "person:frank-walter-steinmeier"),
])
def test_an_undated_text_is_dated_by_the_past_offices_it_titles(lang, text, holder):
    found = facts(text, lang, None)
    german = {m.key for m in found.mentions if m.kind == "Person" and m.affiliation == "country:DE"}
    assert german == {holder}


@pytest.mark.parametrize(("lang", "text", "holder"), [
    # a country adjective of two words before the title: "the Sri Lankan president", "the New Zealand prime minister"
    ("en", "Sri Lankan President Gotabaya Rajapaksa visited India. The Sri Lankan president also met Narendra Modi.", "person:gotabaya-rajapaksa"),
    ("en", "The South Korean president met Narendra Modi in Seoul on Monday.", "person:yoon-suk-yeol"),
    ("en", "The New Zealand prime minister met Narendra Modi on Friday.", "person:christopher-luxon"),
    ("de", "Der südkoreanische Präsident traf Narendra Modi am Montag in Seoul.", "person:yoon-suk-yeol"),
])
def test_a_role_title_after_a_country_adjective_of_several_words(lang, text, holder):
    found = facts(text, lang, date(2024, 6, 1))
    assert any(set(m.participants) >= {holder, "person:narendra-modi"} for m in found.meetings), found.meetings


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Andrzej Duda met his Ukrainian counterpart in Warsaw on Friday."),
    ("de", "Andrzej Duda traf am Freitag seinen ukrainischen Amtskollegen in Warschau."),
])
@pytest.mark.parametrize(("published", "counterpart"), [
    (date(2016, 6, 3), "person:petro-poroshenko"),
    (date(2022, 6, 3), "person:volodymyr-zelensky"),
    (None, "person:volodymyr-zelensky"),
    (date(2010, 6, 4), "country:UA"),  # nobody the lexicon knows was Ukraine's president: the country
])
def test_the_publication_date_picks_the_counterpart(lang, text, published, counterpart):
    found = facts(text, lang, published)
    assert [set(m.participants) for m in found.meetings] == [{"person:andrzej-duda", counterpart}]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Baerbock met her Ukrainian counterpart in Kyiv on Tuesday."),
    ("de", "Baerbock traf am Dienstag ihren ukrainischen Amtskollegen in Kiew."),
])
@pytest.mark.parametrize(("published", "counterpart"), [
    (date(2023, 2, 7), "person:dmytro-kuleba"),
    (date(2024, 11, 5), "person:andrii-sybiha"),
])
def test_a_counterpart_is_found_through_the_hosts_office_on_that_date(lang, text, published, counterpart):
    found = facts(text, lang, published)
    assert any(counterpart in m.participants and "person:annalena-baerbock" in m.participants for m in found.meetings)


@pytest.mark.parametrize(("lang", "text", "published", "donor"), [
    # a title before the name picks the office it names, with or without a date; later mentions keep it
    ("en", "Foreign Minister Annalena Baerbock pledged €200 million to Ukraine. Baerbock met Zelensky in Kyiv.", None, "country:DE"),
    ("de", "Außenministerin Annalena Baerbock sagte der Ukraine 200 Millionen Euro zu. Baerbock traf Selenskyj in Kiew.", None,
     "country:DE"),
    ("en", "Foreign Minister Annalena Baerbock pledged €200 million to Ukraine.", date(2025, 10, 1), "country:DE"),
    # no title: the date's office, else the current one
    ("en", "Annalena Baerbock pledged €200 million to Ukraine.", date(2023, 3, 1), "country:DE"),
    ("de", "Annalena Baerbock sagte der Ukraine 200 Millionen Euro zu.", date(2023, 3, 1), "country:DE"),
    ("en", "Annalena Baerbock pledged €200 million to Ukraine.", None, "org:un-general-assembly"),
    ("de", "Annalena Baerbock sagte der Ukraine 200 Millionen Euro zu.", date(2025, 10, 1), "org:un-general-assembly"),
])
def test_a_title_before_the_name_picks_the_office_it_names(lang, text, published, donor):
    found = facts(text, lang, published)
    assert [(p.donor, p.recipient) for p in found.pledges] == [(donor, "country:UA")]
    offices = {m.affiliation for m in found.mentions if m.key == "person:annalena-baerbock"}
    assert offices == {donor}
