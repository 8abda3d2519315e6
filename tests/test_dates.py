"""Event dates: weekday, month and explicit dates against the publication date."""
from datetime import date

import pytest

from graph.extract.dates import find_date

TUESDAY = date(2025, 8, 19)


@pytest.mark.parametrize(
    "lang,text,planned,expected",
    [
        ("de", "am Dienstag", False, "2025-08-19"),
        ("de", "am Montag", False, "2025-08-18"),
        ("de", "am Mittwoch", True, "2025-08-20"),
        ("de", "im Juni in Alberta", False, "2025-06"),
        ("de", "am 24. August 1991", False, "1991-08-24"),
        ("de", "Anfang März 2024", False, "2024-03"),
        ("en", "on Tuesday", False, "2025-08-19"),
        ("en", "on Friday", True, "2025-08-22"),
        ("en", "on June 17, 2025", False, "2025-06-17"),
        ("en", "in December", False, "2024-12"),
        ("en", "17 June 2025", False, "2025-06-17"),
    ],
)
def test_dates(lang, text, planned, expected):
    assert find_date(text, lang=lang, published=TUESDAY, planned=planned) == expected


def test_weekday_needs_a_publication_date():
    assert find_date("am Dienstag", lang="de", published=None) is None
    assert find_date("on 3 May 2024", lang="en", published=None) == "2024-05-03"


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (date(2020, 1, 1), "In 2015 the president visited.", date(2020, 1, 1)),  # a stated date wins
        (None, "In 2015 and again in 2015, before the 2016 vote.", date(2015, 6, 30)),  # the year named most
        (None, "Talks in 2016 followed talks in 2015.", date(2016, 6, 30)),  # a tie: the latest
        (None, "The plan runs to 2030; it started in 2024.", date(2024, 6, 30)),  # no year after this one
        (None, "No year here, only 1.2015 and 2015.5 million.", None),  # numbers are no years
        (None, "Der Präsident reiste 2012 nach Kiew.", date(2012, 6, 30)),
    ],
)
def test_office_day(published, text, expected):
    from graph.extract.dates import office_day

    assert office_day(published, text, today=date(2026, 12, 7)) == expected


def test_an_undated_article_picks_the_office_of_the_year_it_names():
    from graph.extract import extract_article
    from graph.ingest import make_article

    def participants(text):
        return [m.participants for m in extract_article(make_article("News\n" + text, source="t", lang="en")).meetings]

    assert participants("In June 2015 the French president met Chancellor Angela Merkel in Paris.") == [
        ("person:angela-merkel", "person:francois-hollande")]
    assert participants("The French president met Chancellor Merz in Paris.") == [("person:emmanuel-macron", "person:friedrich-merz")]
