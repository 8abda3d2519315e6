"""Query results as tables for people: fitted to the terminal, numbers grouped by locale.

A number is never wrapped or cut: its column is as wide as its widest value and
right-aligned, and the text columns fold to make room. Numbers are written with
the grouping and decimal signs of the locale (``LC_ALL``, ``LC_NUMERIC`` or
``LANG``; English when none is set): ``1,500,000,000`` in English,
``1.500.000.000`` in German.
"""
from __future__ import annotations

import os
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from rdflib import Literal
from rdflib.namespace import XSD
from rdflib.term import Node

if TYPE_CHECKING:
    from rich.table import Table

    from graph.query import Result

NUMERIC = {
    XSD.integer, XSD.decimal, XSD.float, XSD.double, XSD.int, XSD.long, XSD.short,
    XSD.nonNegativeInteger, XSD.positiveInteger, XSD.unsignedInt, XSD.unsignedLong,
}  # fmt: skip
DEFAULT_LOCALE = "en_US"


def user_locale(env: tuple[str | None, ...] | None = None) -> str:
    """The locale for numbers: the first of LC_ALL, LC_NUMERIC, LANG that Babel knows, else en_US."""
    from babel import Locale, UnknownLocaleError

    values = env if env is not None else tuple(os.environ.get(v) for v in ("LC_ALL", "LC_NUMERIC", "LANG"))
    for value in values:
        name = (value or "").split(".")[0].split("@")[0]
        if not name or name in ("C", "POSIX"):
            continue
        try:
            return str(Locale.parse(name))
        except (UnknownLocaleError, ValueError):
            continue
    return DEFAULT_LOCALE


def number(term: Node | None) -> Decimal | None:
    """The value of a numeric literal, None for anything else."""
    if not isinstance(term, Literal) or term.datatype not in NUMERIC:
        return None
    try:
        value = Decimal(str(term).strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def format_number(value: Decimal, locale: str | None = None) -> str:
    """``Decimal("1500000000.0")`` -> ``1,500,000,000`` (en) or ``1.500.000.000`` (de); fractions kept."""
    from babel.numbers import format_decimal

    value = value.normalize() if value == value.to_integral_value() else value
    places = max(0, -value.as_tuple().exponent) if isinstance(value.as_tuple().exponent, int) else 0
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(value, format=pattern, locale=locale or user_locale())


def _numeric_columns(result: Result) -> set[int]:
    """Columns whose every bound value is a number (and that have at least one)."""
    numeric = set()
    for index in range(len(result.variables)):
        values = [row[index] for row in result.rows if row[index] is not None]
        if values and all(number(v) is not None for v in values):
            numeric.add(index)
    return numeric


def _cells(result: Result, locale: str | None) -> tuple[set[int], list[list[str]]]:
    from graph.query import short

    numeric = _numeric_columns(result)
    cells = [
        [format_number(number(t), locale) if i in numeric and t is not None else short(t) for i, t in enumerate(row)]
        for row in result.rows
    ]
    return numeric, cells


def result_table(result: Result, *, locale: str | None = None) -> Table:
    """A rich Table of a SELECT result; numbers grouped by locale and never wrapped, headers never broken."""
    from rich.table import Table

    numeric, cells = _cells(result, locale)
    table = Table(caption=f"{len(result.rows)} row(s)", show_lines=False)
    for index, var in enumerate(result.variables):
        if index in numeric:
            width = max([len(var)] + [len(row[index]) for row in cells])
            table.add_column(var, justify="right", no_wrap=True, min_width=width)
        else:
            table.add_column(var, overflow="fold", min_width=len(var))
    for row in cells:
        table.add_row(*row)
    return table


NARROWEST_CELL = 20  # a text column narrower than this (or than its longest value) is too narrow to read


def fits(result: Result, width: int, *, locale: str | None = None) -> bool:
    """Whether the table fits ``width`` columns with every header whole and every text column readable."""
    numeric, cells = _cells(result, locale)
    needed = 1
    for index, var in enumerate(result.variables):
        longest = max([0] + [len(row[index]) for row in cells])
        cell = longest if index in numeric else min(longest, NARROWEST_CELL)
        needed += max(len(var), cell) + 3
    return needed <= width


def records(result: Result, *, locale: str | None = None):
    """The rows one under another, each a block of ``variable  value`` lines (for narrow terminals)."""
    from rich.console import Group
    from rich.rule import Rule
    from rich.table import Table

    _, cells = _cells(result, locale)
    blocks = []
    for number_, row in enumerate(cells, 1):
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column(overflow="fold")
        for var, text in zip(result.variables, row):
            grid.add_row(var, text)
        blocks += [Rule(f"{number_} of {len(cells)}", align="left"), grid]
    blocks.append(f"{len(cells)} row(s)")
    return Group(*blocks)


def print_result(console, result: Result, *, locale: str | None = None) -> None:
    """Print a SELECT result on ``console``: a table when it fits the width, else one block per row."""
    if not result.rows or fits(result, console.width, locale=locale):
        console.print(result_table(result, locale=locale))
    else:
        console.print(records(result, locale=locale))
