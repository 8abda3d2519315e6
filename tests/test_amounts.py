"""Amounts of money as news writes them: sentence fragment -> (value, currency, qualifier)."""
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from graph.extract.amounts import find_amounts

CASES = [
    # both marks between groups of three digits: thousands separators either way
    ("en", "$17.800,000", 17_800_000, None, "dollar", None),
    ("de", "3.900,000 Euro", 3_900_000, "EUR", None, None),
    ("de", "6,5 Milliarden Dollar", 6_500_000_000, None, "dollar", None),
    ("de", "zwei Milliarden Euro", 2_000_000_000, "EUR", None, None),
    ("de", "1,5 Mrd. Euro", 1_500_000_000, "EUR", None, None),
    ("de", "650 Millionen kanadische Dollar", 650_000_000, "CAD", None, None),
    ("de", "300 Millionen Franken", 300_000_000, "CHF", None, None),
    ("de", "zehn Milliarden norwegische Kronen", 10_000_000_000, "NOK", None, None),
    ("de", "150 Milliarden Yen", 150_000_000_000, "JPY", None, None),
    ("de", "mehr als 500 Millionen Euro", 500_000_000, "EUR", None, "more than"),
    ("de", "über zwei Milliarden Dollar", 2_000_000_000, None, "dollar", "more than"),
    ("de", "rund 1.000.000 Euro", 1_000_000, "EUR", None, "about"),
    ("de", "knapp 40 Mio. Euro", 40_000_000, "EUR", None, "nearly"),
    ("de", "bis zu 3 Milliarden US-Dollar", 3_000_000_000, "USD", None, "up to"),
    ("de", "50 Millionen Pfund", 50_000_000, "GBP", None, None),
    ("en", "$2 billion", 2_000_000_000, None, "dollar", None),
    ("en", "CAD 2 billion", 2_000_000_000, "CAD", None, None),
    ("en", "£1.5bn", 1_500_000_000, "GBP", None, None),
    ("en", "€500m", 500_000_000, "EUR", None, None),
    ("en", "A$100 million", 100_000_000, "AUD", None, None),
    ("en", "AUD$ 220 million", 220_000_000, "AUD", None, None),
    ("en", "CAD$ 5 million", 5_000_000, "CAD", None, None),
    ("en", "HK$10 million", 10_000_000, "HKD", None, None),
    ("en", "USD 500 million", 500_000_000, "USD", None, None),
    ("en", "2 billion Canadian dollars", 2_000_000_000, "CAD", None, None),
    ("en", "more than 300 million Swiss francs", 300_000_000, "CHF", None, "more than"),
    ("en", "nearly 1.2 trillion yen", 1_200_000_000_000, "JPY", None, "nearly"),
    ("en", "up to 10 billion Norwegian kroner", 10_000_000_000, "NOK", None, "up to"),
    ("en", "about 2,500,000 euros", 2_500_000, "EUR", None, "about"),
    ("en", "a billion dollars", 1_000_000_000, None, "dollar", None),
    # real-news forms: a hyphen before the scale, the country mark after the sign, ISO codes, SDRs
    ("en", "$2-billion", 2_000_000_000, None, "dollar", None),
    ("en", "a 500-million-euro", 500_000_000, "EUR", None, None),
    ("en", "$A100m", 100_000_000, "AUD", None, None),
    ("en", "US$3 billion", 3_000_000_000, "USD", None, None),
    ("en", "$US50 million", 50_000_000, "USD", None, None),
    ("en", "C$500 million", 500_000_000, "CAD", None, None),
    ("en", "HK$2 billion", 2_000_000_000, "HKD", None, None),
    ("en", "SDR 1.5 billion", 1_500_000_000, "XDR", None, None),
    ("en", "1.2 billion SDRs", 1_200_000_000, "XDR", None, None),
    ("en", "KES 300 million", 300_000_000, "KES", None, None),
    ("en", "300 million KES", 300_000_000, "KES", None, None),
    ("de", "1,5 Milliarden Sonderziehungsrechte", 1_500_000_000, "XDR", None, None),
    ("de", "XDR 700 Millionen", 700_000_000, "XDR", None, None),
    # abbreviations after the figure and local symbols: Swiss "Fr.", Indian "lakh crore", dirham, Kenyan shilling, taka
    ("de", "93 Mio. Fr.", 93_000_000, "CHF", None, None),
    ("en", "Rs 5 lakh crore", 5_000_000_000_000, None, "rupee", None),
    ("en", "Dh100 million", 100_000_000, "AED", None, None),
    ("en", "KSh 10 billion", 10_000_000_000, "KES", None, None),
    ("en", "Tk 500 crore", 5_000_000_000, "BDT", None, None),
    # thousands grouped by spaces, as German and French typesetting writes them, right before a currency
    ("de", "500 000 Euro", 500_000, "EUR", None, None),
    ("de", "1 250 000 kanadische Dollar", 1_250_000, "CAD", None, None),
    ("en", "250 000 US dollars", 250_000, "USD", None, None),
    # the dollars of the Caribbean and the Pacific by their marks
    ("en", "EC$500,000", 500_000, "XCD", None, None),
    ("en", "FJ$2 million", 2_000_000, "FJD", None, None),
    ("en", "T$1.5 million", 1_500_000, "TOP", None, None),
    # a number word opening a sentence is capitalised
    ("de", "Zehn Millionen Euro", 10_000_000, "EUR", None, None),
    ("en", "Ten million euros", 10_000_000, "EUR", None, None),
    # Swiss texts group thousands by an apostrophe
    ("de", "450'000 CHF", 450_000, "CHF", None, None),
    ("de", "1’250’000 Franken", 1_250_000, "CHF", None, None),
    # "eine weitere Milliarde", "another billion": one more of the scale
    ("de", "eine weitere Milliarde Euro", 1_000_000_000, "EUR", None, None),
    ("en", "another billion euros", 1_000_000_000, "EUR", None, None),
]


@pytest.mark.parametrize("lang,text,value", [
    ("de", "Die 27 500 Millionen Euro kamen spät.", 500_000_000),
    ("en", "In 2019 200 000 euros went to the schools.", 200_000),
    ("en", "The 27 500 million euros came late.", 500_000_000),
])
def test_two_numbers_side_by_side_are_not_one(lang, text, value):
    """ "die 27 500 Millionen Euro": a space joins thousands only right before a currency, never
    before a scale word, so a count or a year next to a figure stays out of it."""
    [found] = find_amounts(text, lang=lang)
    assert found.value == Decimal(value)


def test_an_article_before_a_code_does_not_hide_it():
    """ "a SEK 3.5 billion package": "a" is no number here, and SEK is the currency."""
    [found] = find_amounts("Sweden announced a SEK 3.5 billion package.", lang="en")
    assert (found.value, found.currency) == (Decimal(3_500_000_000), "SEK")


@pytest.mark.parametrize("text", ["ALL 5 million people", "TOP 10 million views"])
def test_codes_that_are_words_are_no_currency(text):
    """ISO codes that are also English words ("ALL", "TOP") name no currency."""
    assert all(a.currency is None for a in find_amounts(text, lang="en"))


@pytest.mark.parametrize("lang,text,value,currency,family,qualifier", CASES)
def test_amount_forms(lang, text, value, currency, family, qualifier):
    [found] = find_amounts(f"Sie nannten {text} heute." if lang == "de" else f"They named {text} today.", lang=lang)
    assert found.value == Decimal(value)
    assert found.currency == currency
    assert found.family == family
    assert found.qualifier == qualifier


@pytest.mark.parametrize(
    "lang,text",
    [
        ("de", "Seit 2022 kämpfen drei Brigaden im Osten."),
        ("de", "Am 24. August 1991 erklärte die Ukraine ihre Unabhängigkeit."),
        ("en", "The 2,000 troops arrived in 2023 after three weeks."),
        ("en", "A convoy of 40 trucks left on Monday."),
    ],
)
def test_numbers_that_are_not_money(lang, text):
    assert find_amounts(text, lang=lang) == []


def test_bare_dollar_takes_the_donors_dollar():
    [a] = find_amounts("6,5 Milliarden Dollar", lang="de")
    assert a.resolved(context_currency="CAD") == ("CAD", True)
    assert a.resolved(context_currency="EUR") == ("USD", True)
    assert a.resolved(context_currency=None) == ("USD", True)


def test_offsets_point_into_the_text():
    text = "Kanada sagte 2 Milliarden Dollar zu."
    [a] = find_amounts(text, lang="de", offset=100)
    assert text[a.start - 100 : a.end - 100] == "2 Milliarden Dollar"


SCALES = {"de": [("Millionen", 10**6), ("Milliarden", 10**9)], "en": [("million", 10**6), ("billion", 10**9)]}
CURRENCIES = {"de": [("Euro", "EUR"), ("US-Dollar", "USD"), ("Yen", "JPY")], "en": [("euros", "EUR"), ("US dollars", "USD"), ("yen", "JPY")]}


@given(
    lang=st.sampled_from(["de", "en"]),
    units=st.integers(min_value=1, max_value=999),
    tenths=st.integers(min_value=0, max_value=9),
    scale_i=st.integers(min_value=0, max_value=1),
    cur_i=st.integers(min_value=0, max_value=2),
)
def test_rendered_amounts_parse_back(lang, units, tenths, scale_i, cur_i):
    """Property: an amount rendered in a language's own format parses back to the same value and currency."""
    word, factor = SCALES[lang][scale_i]
    cur_word, code = CURRENCIES[lang][cur_i]
    sep = "," if lang == "de" else "."
    number = f"{units}{sep}{tenths}" if tenths else str(units)
    [a] = find_amounts(f"{number} {word} {cur_word}", lang=lang)
    assert a.value == (Decimal(units) + Decimal(tenths) / 10) * factor
    assert a.currency == code
