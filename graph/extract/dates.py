"""Dates of events, as precise as the text states them.

Weekdays ("am Dienstag", "on Tuesday") are resolved against the publication
date: the last such day on or before it for past events, the next one after it
for planned events. Month names come from babel's locale data, so both
languages share one rule set. Results are ISO strings: "2025-08-19",
"2025-06" or "2025".
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache, lru_cache

from babel.dates import get_day_names, get_month_names

LOCALES = {"de": "de_DE", "en": "en_US"}


@cache
def _names(lang: str) -> tuple[dict[str, int], dict[str, int]]:
    loc = LOCALES[lang]
    months = {name: num for num, name in get_month_names("wide", locale=loc).items()}
    months.update({name.rstrip("."): num for num, name in get_month_names("abbreviated", locale=loc).items() if len(name.rstrip(".")) >= 3})
    if lang == "de":
        months["Jänner"] = 1  # Austrian
    days = {name: num for num, name in get_day_names("wide", locale=loc).items()}  # 0 = Monday
    return months, days


@cache
def _patterns(lang: str) -> dict[str, re.Pattern]:
    months, days = _names(lang)
    mon = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    day = "|".join(sorted(map(re.escape, days), key=len, reverse=True))
    return {
        # "24. August 2025" / "am 24. August"
        "dmy": re.compile(rf"\b(?P<d>\d{{1,2}})\.?\s+(?P<m>{mon})\b(?:\s+(?P<y>(?:19|20)\d\d))?"),
        # "August 24, 2025" / "on August 24"
        "mdy": re.compile(rf"\b(?P<m>{mon})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>(?:19|20)\d\d))?"),
        # "im Juni", "in June 2025"
        "my": re.compile(rf"\b(?:im|in|Anfang|Ende|Mitte|early|late|mid-?)\s+(?P<m>{mon})\b(?:\s+(?P<y>(?:19|20)\d\d))?"),
        "weekday": re.compile(rf"\b(?P<wd>{day})\b"),
        "iso": re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b"),
    }


def _weekday(published: date, weekday: int, *, planned: bool) -> date:
    if planned:
        delta = (weekday - published.weekday()) % 7 or 7
        return published + timedelta(days=delta)
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def find_date(text: str, *, lang: str, published: date | None = None, planned: bool = False) -> str | None:
    """The first date stated in ``text`` as an ISO string, or None.

    Explicit dates win over months, months over weekdays; a weekday needs the
    publication date to mean anything.
    """
    months, days = _names(lang)
    pats = _patterns(lang)
    if m := pats["iso"].search(text):
        return m.group(0)
    for key in ("dmy", "mdy"):
        if m := pats[key].search(text):
            year = int(m.group("y")) if m.group("y") else (published.year if published else None)
            day, month = int(m.group("d")), months[m.group("m")]
            if year is None:
                continue
            try:
                return date(year, month, day).isoformat()
            except ValueError:
                continue
    if m := pats["my"].search(text):
        month = months[m.group("m")]
        if m.group("y"):
            return f"{int(m.group('y')):04d}-{month:02d}"
        if published:
            # "im Juni" in an August article is this June; in a past report "im Dezember" is last year's
            year = published.year if planned or month <= published.month else published.year - 1
            if planned and month < published.month:
                year = published.year + 1
            return f"{year:04d}-{month:02d}"
        return None
    if published and (m := pats["weekday"].search(text)):
        return _weekday(published, days[m.group("wd")], planned=planned).isoformat()
    return None


def is_date_word(text: str, *, lang: str) -> bool:
    """A weekday or month name, or a day number: the words of a date between a verb and its object."""
    months, days = _names(lang)
    return text in months or text in days or text.rstrip(".").isdigit()


def find_weekday(text: str, *, lang: str) -> int | None:
    """The weekday named in ``text`` (0 = Monday), resolvable or not."""
    months, days = _names(lang)
    if m := _patterns(lang)["weekday"].search(text):
        return days[m.group("wd")]
    return None


_YEAR = re.compile(r"(?<![\d.,])(19[5-9]\d|20\d\d)(?![\d.,]\d)")


@lru_cache(maxsize=8)  # (per article: a str keeps its hash, so a long text costs one pass)
def office_day(published: date | None, text: str, *, today: date | None = None) -> date | None:
    """The day that picks who held an office: the publication date, else, for an undated text,
    the middle of the year it names most often (the latest on a tie), not after this year. An
    undated 2015 report on "the French president" is about Hollande, not today's holder."""
    if published is not None:
        return published
    limit = (today or date.today()).year
    years = [int(y) for y in _YEAR.findall(text) if int(y) <= limit]
    if not years:
        return None
    counts = {y: years.count(y) for y in set(years)}
    best = max(counts, key=lambda y: (counts[y], y))
    return date(best, 6, 30)
