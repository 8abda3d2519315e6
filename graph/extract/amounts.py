"""Amounts of money as news writes them, in German and English.

"6,5 Milliarden Dollar", "zwei Milliarden Euro", "1,5 Mrd. Euro", "650 Millionen
kanadische Dollar", "$2 billion", "CAD 2 billion", "£1.5bn", "€500m", "A$100 million",
"more than 300 million Swiss francs". The words (scales, currencies, number words,
qualifiers) are data in ``graph/data/money.json``; this module only assembles them
into one regular expression per language and interprets a match.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib.resources import files

from babel.numbers import NumberFormatError, parse_decimal

LOCALES = {"de": "de_DE", "en": "en_US"}


@dataclass(frozen=True)
class AmountMatch:
    value: Decimal
    currency: str | None  # ISO 4217 when the text says which
    family: str | None  # "dollar", "krone", ... when it only says the family
    qualifier: str | None
    start: int
    end: int
    text: str
    shared: bool = False  # a bare number that took its scale and currency from the next figure

    def resolved(self, *, context_currency: str | None = None) -> tuple[str | None, bool]:
        """The ISO code and whether it was inferred: a bare "Dollar" takes the
        context's currency when that is a dollar, else the family default."""
        if self.currency:
            return self.currency, False
        if self.family is None:
            return context_currency, context_currency is not None
        fam = money()["families"][self.family]
        if context_currency in fam["members"]:
            return context_currency, True
        return fam["default"], fam["default"] is not None


@cache
def money() -> dict:
    data = json.loads(files("graph.data").joinpath("money.json").read_text(encoding="utf-8"))
    data["symbols"] = {**iso_symbols(frozenset(data.get("iso_code_stoplist", ()))), **data["symbols"]}
    # English writes currency names capitalised in names and headlines: "685 million Yen", "Japanese Yen"
    en = data["words"]["en"]
    en.update({w.title(): code for w, code in list(en.items()) if w.islower() and w.title() not in en})
    return data


def iso_symbols(stoplist: frozenset[str]) -> dict[str, str]:
    """Every ISO 4217 code (pycountry) as its own symbol: "XDR 1.5 billion", "KES 500 million"."""
    import pycountry

    return {c.alpha_3: c.alpha_3 for c in pycountry.currencies if c.alpha_3 not in stoplist}


def _alternation(words, *, boundary: bool = True) -> str:
    parts = sorted(words, key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in parts)
    return f"(?:{alt})"


@cache
def _pattern(lang: str) -> re.Pattern:
    data = money()
    scales = data["scales"][lang]
    words = data["words"][lang]
    quals = data["qualifiers"][lang]
    numwords = data["number_words"][lang]
    symbols = data["symbols"]
    letters = "A-Za-zÄÖÜäöüß"
    # A qualifier directly before the amount: "mehr als", "über", "nearly".
    qual = rf"(?:(?P<qual>{_alternation(quals)})\s+)?"
    # A currency symbol or code before the number: "$2", "CAD 2", "£1.5bn".
    pcur = rf"(?:(?P<pcur>{_alternation(symbols)})\s?)?"
    # Digits with thousands separators or a decimal part, in either convention.
    # (groups split by a plain or thin space only right before a currency: "500 000 Euro", never
    # "die 27 500 Millionen", where two numbers meet)
    curalt = _alternation(list(words) + list(symbols))
    spaced = rf"\d{{1,3}}(?:[ \u2009]\d{{3}})+(?!\d)(?=\s(?:(?!{_alternation(scales)}[^{letters}])[{letters}]+\s)?{curalt}(?![{letters}]))"
    num = rf"(?P<num>{spaced}|\d{{1,3}}(?:[.,\u202f\u00a0'’](?:\d{{3}}))+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?)"
    # (a number word opening a sentence is capitalised: "Zehn Millionen Euro ...", "Ten million euros ...")
    wnum = rf"(?P<wnum>{_alternation(list(numwords) + [w[:1].upper() + w[1:] for w in numwords])})(?![{letters}])"
    # A scale word, spelled out or abbreviated; "bn"/"m" may stick to the number.
    # "$2-billion", "a 500-million-euro package": a hyphen may join number and scale.
    scale = rf"(?:(?:\s|-)?(?P<scale>{_alternation(scales)})(?![{letters}]))?"
    # A currency after the number, optionally preceded by a national adjective:
    # "kanadische Dollar", "norwegischen Kronen", "Canadian dollars".
    # (a conjunction or preposition is no adjective: "USD 210 million or EUR 160 million")
    adj = rf"(?:(?!{_alternation(data['not_adjectives'])}\s)(?P<adj>[{letters}]+)\s+)?"
    wcur = rf"(?:(?:\s+|-){adj}(?P<wcur>{_alternation(list(words) + [s for s in symbols if s.isalpha()])})(?![{letters}]))?"
    return re.compile(rf"(?<![{letters}\d]){qual}{pcur}(?:{num}|{wnum}){scale}{wcur}")


def _number(text: str, lang: str) -> Decimal | None:
    # (Swiss texts group thousands by an apostrophe: "450'000 CHF")
    text = text.replace("\u202f", "").replace("\u00a0", "").replace("\u2009", "").replace(" ", "").replace("'", "").replace("’", "")
    # both marks between groups of three digits are thousands separators, a typo of either convention:
    # "$17.800,000" is 17,800,000, not 17,800
    if "." in text and "," in text and re.fullmatch(r"\d{1,3}(?:[.,]\d{3}){2,}", text):
        return Decimal(text.replace(".", "").replace(",", ""))
    order = [lang, "en" if lang == "de" else "de"]
    for code in order:
        try:
            return parse_decimal(text, locale=LOCALES.get(code, "en_US"), strict=True)
        except (NumberFormatError, InvalidOperation, ValueError):
            continue
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None


def _adjective_currency(adj: str, family: str, lang: str) -> str | None:
    """'kanadische' + dollar -> CAD; 'norwegischen' + krone -> NOK."""
    from graph.lexicon import load_lexicon

    lex = load_lexicon()
    key = lex.demonym_country(adj, lang)
    if key is None:
        return None
    code = lex.currency_of(key)
    return code if code in money()["families"][family]["members"] else None


def _matches(pattern: re.Pattern, text: str):
    """The pattern's matches, where one that is no amount does not swallow the next: in "a SEK
    3.5 billion" the article "a" with "SEK" is no amount, and "SEK 3.5 billion" is."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        if m.group("wnum") and not m.group("scale"):
            pos = m.start() + 1  # a number word needs a scale word: look again just after it
            continue
        yield m
        pos = max(m.end(), m.start() + 1)


def _currency(pcur: str | None, wcur: str | None, adj: str | None, lang: str) -> tuple[str | None, str | None]:
    """(ISO code, family) of a figure's currency symbol or word and the adjective before it."""
    data = money()
    code = family = None
    # "US dollars", "Swiss francs": adjective and currency word may form one entry
    if adj and wcur and f"{adj} {wcur}" in data["words"][lang]:
        wcur, adj = f"{adj} {wcur}", None
    for raw in (pcur, wcur):
        mapped = (data["symbols"].get(raw) or data["words"][lang].get(raw)) if raw else None
        if mapped is None:
            continue
        if mapped in data["families"]:
            members = data["families"][mapped]["members"]
            # a family with one member is that currency: "Franken", "Pfund"
            family, code = (None, members[0]) if len(members) == 1 else (mapped, code)
        else:
            code = mapped
    # A national adjective settles the family: "kanadische Dollar" -> CAD.
    # Any other adjective ("zusätzliche Dollar") changes nothing.
    if adj and wcur and family and (resolved := _adjective_currency(adj, family, lang)):
        code, family = resolved, None
    # "Pfund", "pounds": sterling unless an adjective said otherwise
    if family and data["families"][family].get("certain"):
        code, family = data["families"][family]["default"], None
    return code, (None if code else family)


def _integral(value: Decimal) -> Decimal:
    """A whole number as an integer Decimal: 89000000, not 8.9E+7."""
    return Decimal(int(value)) if value == value.to_integral_value() else value


def _shared_scale(text: str, m: re.Match, scale: str | None, lang: str) -> tuple[Decimal, int, int] | None:
    """(number, start, end) of a bare number joined to this figure by "beziehungsweise" (or, in
    English, "and"/"or" with "respectively" after it): "89 beziehungsweise 50 Millionen Dollar"."""
    if not scale or m.group("qual") or m.group("pcur") and lang == "en":
        return None
    data = money()
    links = "|".join(re.escape(w) for w in data["respective_links"][lang])
    found = re.search(rf"(?<![\w.,])(\d+(?:[.,]\d+)?)\s+(?:{links})\s+$", text[: m.start()])
    markers = data["respective_markers"][lang]
    if found is not None and not any(w in text[found.end(1) : m.start()] or w in text[m.end() : m.end() + 40] for w in markers):
        found = None
    if found is None:
        # "Deutschland sagte 150 und Frankreich 100 Millionen Euro zu": a bare number, "and" and the next
        # giver's name before this figure share its scale and currency (never a year: below 1,000)
        ellipsis = "|".join(re.escape(w) for w in data["elliptic_links"][lang])
        found = re.search(rf"(?<![\w.,])(\d{{1,3}}(?:[.,]\d+)?)\s+(?:{ellipsis})\s+(?:[A-ZÄÖÜ][\w.-]*\s+){{1,3}}$", text[: m.start()])
    if found is None:
        return None
    number = _number(found.group(1), lang)
    return (number, found.start(1), found.end(1)) if number is not None else None


def find_amounts(text: str, *, lang: str, offset: int = 0) -> list[AmountMatch]:
    """Every amount of money in ``text``; offsets are shifted by ``offset``.

    A number counts only with a currency or a scale word ("zwei Milliarden"),
    so that years and counts ("2022", "drei Jahre") are never amounts.
    """
    data = money()
    out: list[AmountMatch] = []
    for m in _matches(_pattern(lang), text):
        pcur, wcur, scale = m.group("pcur"), m.group("wcur"), m.group("scale")
        if not (pcur or wcur or scale):
            continue
        # A lone "a"/"ein" needs a scale word: "a billion dollars", not "a dollar".
        if m.group("wnum") and not scale:
            continue
        # English one-letter scales ("m", "b") only stick to a number or follow a symbol: "€500m", "$2b".
        if scale in data["glued_scales"] and not pcur:
            continue
        if m.group("num"):
            number = _number(m.group("num"), lang)
        else:
            word = m.group("wnum")
            number = Decimal(str(data["number_words"][lang].get(word, data["number_words"][lang].get(word[:1].lower() + word[1:]))))
        if number is None:
            continue
        value = number * Decimal(str(int(data["scales"][lang][scale]))) if scale else number
        code, family = _currency(pcur, wcur, m.group("adj"), lang)
        start = m.start()
        qual = m.group("qual")
        qualifier = data["qualifiers"][lang].get(qual) if qual else None
        value = _integral(value)
        if (shared := _shared_scale(text, m, scale, lang)) is not None:
            # "89 beziehungsweise 50 Millionen Dollar": the first number shares the second's scale and currency
            n, s0, s1 = shared
            out.append(AmountMatch(value=_integral(n * Decimal(str(int(data["scales"][lang][scale])))), currency=code,
                                   family=family, qualifier=None, start=offset + s0, end=offset + s1, text=text[s0:s1], shared=True))
        out.append(
            AmountMatch(
                value=value,
                currency=code,
                family=family,
                qualifier=qualifier,
                start=offset + start,
                end=offset + m.end(),
                text=m.group(0),
            )
        )
    return out
