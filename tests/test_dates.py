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
