"""Amounts in one currency (graph/convert.py, ng:convertedAmount, totals-eur, pledges CSV)."""
from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from rdflib import RDFS, XSD, Literal

from graph import convert, export, rdf
from graph.query import get_named, run
from graph.vocab import NG, SCHEMA
from test_rdf import BUILD_TIME, small_kb


def test_a_day_with_a_rate_uses_that_days_rate():
    (eur, usd) = convert.convert(Decimal("1000"), "GBP", pledge_date="2025-06-17")
    assert (eur.currency, eur.rate_date, eur.basis) == ("EUR", date(2025, 6, 17), convert.BASIS_PLEDGE)
    # ECB reference rate of 2025-06-17 in the package's data: 1 EUR = 0.8525 GBP
    assert eur.value == (Decimal("1000") / Decimal("0.8525")).quantize(Decimal(1))
    assert usd.currency == "USD" and usd.rate_date == date(2025, 6, 17)


def test_a_weekend_takes_the_nearest_earlier_rate():
    (eur, _usd) = convert.convert(Decimal("1000"), "GBP", pledge_date="2025-06-15")  # a Sunday
    assert eur.rate_date == date(2025, 6, 13)  # the Friday before


def test_rate_day_order_pledge_date_then_publication_then_period_then_latest():
    assert convert.rate_day("2025-06-17", [date(2025, 7, 1)]) == (date(2025, 6, 17), convert.BASIS_PLEDGE)
    assert convert.rate_day("2025-06", [date(2025, 7, 1), date(2025, 6, 30)]) == (date(2025, 6, 30), convert.BASIS_PUBLISHED)
    assert convert.rate_day("2024-02", [None]) == (date(2024, 2, 29), convert.BASIS_PERIOD)
    assert convert.rate_day("2023", []) == (date(2023, 12, 31), convert.BASIS_PERIOD)
    assert convert.rate_day(None, []) == (None, convert.BASIS_LATEST)


@pytest.mark.parametrize("currency", ["XDR", "NGN", "KES", "XYZ"])
def test_currencies_without_an_ecb_rate_get_no_conversion(currency):
    assert convert.convert(Decimal("1E9"), currency, pledge_date="2025-06-17") == ()


def test_a_figure_in_euros_keeps_its_value():
    eur = next(c for c in convert.convert(Decimal("5E8"), "EUR", pledge_date="2025-06-17") if c.currency == "EUR")
    assert eur.value == Decimal("500000000")


def test_graph_has_converted_amounts_with_rate_date_and_basis():
    g = rdf.to_graph(small_kb(), version="0.1.0", build_time=BUILD_TIME)
    (pledge,) = g.subjects(NG.convertedAmount, None, unique=True)
    found = {}
    for amount in g.objects(pledge, NG.convertedAmount):
        found[str(g.value(amount, SCHEMA.currency))] = amount
        assert g.value(amount, NG.rateDate).datatype == XSD.date
        assert "publication date" in str(g.value(amount, RDFS.comment))
    assert sorted(found) == ["EUR", "USD"]
    # the original figure as stated is kept
    (original,) = g.objects(pledge, NG.amount)
    assert g.value(original, SCHEMA.currency) == Literal("CAD")


def test_unknown_currency_gives_no_triples():
    kb = small_kb()
    pledge = kb.pledges[0]
    kb = replace(kb, pledges=(replace(pledge, amount=replace(pledge.amount, currency="XDR")),))
    g = rdf.to_graph(kb, version="0.1.0", build_time=BUILD_TIME)
    assert not list(g.triples((None, NG.convertedAmount, None)))
    assert not list(g.triples((None, NG.rateDate, None)))


def test_conversion_is_deterministic():
    one = rdf.serialize(rdf.to_graph(small_kb(), version="0.1.0", build_time=BUILD_TIME))
    two = rdf.serialize(rdf.to_graph(small_kb(), version="0.1.0", build_time=BUILD_TIME))
    assert one == two


def test_totals_eur_query_and_pledges_csv_column_agree():
    g = rdf.to_graph(small_kb(), version="0.1.0", build_time=BUILD_TIME)
    (eur,) = [a for a in g.objects(None, NG.convertedAmount) if str(g.value(a, SCHEMA.currency)) == "EUR"]
    value = Decimal(str(g.value(eur, SCHEMA.value)))
    rows = run(g, get_named("totals-eur").text).rows
    assert [(str(r[0]), Decimal(str(r[1])), int(r[2])) for r in rows] == [("Canada", value, 1)]
    (row,) = csv.DictReader(io.StringIO(export.to_pledges_csv(g)))
    assert Decimal(row["amount_eur"]) == value and row["rate_date"] == str(g.value(eur, NG.rateDate))


def test_graphml_and_csv_read_the_same_conversion():
    g = rdf.to_graph(small_kb(), version="0.1.0", build_time=BUILD_TIME)
    (row,) = export.pledge_rows(g)
    (edge,) = [d for *_, d in export.to_networkx(g).edges(data=True) if d["relation"] == "pledge"]
    assert (edge["amount_eur"], edge["amount_usd"], edge["rate_date"]) == (row["amount_eur"], row["amount_usd"], row["rate_date"])
    assert row["amount_eur"] and row["amount_usd"]
