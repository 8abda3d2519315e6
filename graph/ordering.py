"""ORDER BY for rdflib in the SPARQL 1.1 order, total over every value (unbound ones included).

rdflib sorts with Python's ``<`` on its terms, so an ORDER BY over a value that is
unbound or an error in some rows (``ORDER BY STR(?date)`` when a meeting has no date)
fails with ``TypeError: '<' not supported between instances of 'NoneType' and ...``,
and so do literals of types Python cannot compare. SPARQL 1.1 (section 15.1) orders
them instead: unbound (and errors) < blank nodes < IRIs < literals.

:func:`total_order` marks every ORDER BY of a translated query, and rdflib's
extension point ``CUSTOM_EVALS`` sorts the marked ones with :func:`sort_key`, a key
that any two values compare under. Queries not prepared here are left to rdflib.
Oxigraph already orders by the standard, so this is for rdflib only.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from rdflib import BNode, Literal, URIRef, Variable
from rdflib.namespace import XSD

_MARK = "_newsgraph_total_order"
_EVAL_NAME = "newsgraph-total-order"
_NUMERIC = {
    XSD.integer, XSD.decimal, XSD.float, XSD.double, XSD.int, XSD.long, XSD.short, XSD.byte,
    XSD.nonNegativeInteger, XSD.positiveInteger, XSD.negativeInteger, XSD.nonPositiveInteger,
    XSD.unsignedInt, XSD.unsignedLong, XSD.unsignedShort, XSD.unsignedByte,
}  # fmt: skip


def _number(term: Literal) -> Decimal | None:
    try:
        number = Decimal(str(term).strip())
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def sort_key(term: Any) -> tuple:
    """A key that orders any two values as SPARQL 1.1 does, never raising.

    Unbound values and errors first, then blank nodes, IRIs and literals; numbers by
    value, strings by text (then language), other typed literals by datatype and text.
    """
    if isinstance(term, BNode):
        return (1, str(term))
    if isinstance(term, URIRef):
        return (2, str(term))
    if isinstance(term, Literal) and not isinstance(term, Variable):
        number = _number(term) if term.datatype in _NUMERIC else None
        if number is not None:
            return (3, 0, number, "", "")
        if term.datatype is None or term.datatype == XSD.string:
            return (3, 1, Decimal(0), str(term), term.language or "")
        return (3, 2, Decimal(0), str(term.datatype), str(term))
    return (0,)  # unbound (rdflib hands back the Variable), an error, or None


def total_order(translated):
    """Mark every ORDER BY in a translated query (``rdflib.plugins.sparql.algebra.Query``) for :func:`sort_key`."""
    from graph.query import _walk  # the walker the screening uses

    install()
    for part in _walk(translated.algebra):
        if part.name == "OrderBy":
            part[_MARK] = True
    return translated


def _eval_order_by(ctx, part):
    """rdflib CUSTOM_EVALS hook: sort a marked OrderBy part; leave every other part to rdflib."""
    if part.name != "OrderBy" or _MARK not in part:
        raise NotImplementedError
    from rdflib.plugins.sparql.evaluate import evalPart
    from rdflib.plugins.sparql.parserutils import value

    def key_of(expr):
        def key(row):
            try:
                return sort_key(value(row, expr, variables=True))
            except Exception:  # an expression error orders like an unbound value
                return (0,)

        return key

    rows = list(evalPart(ctx, part.p))
    for condition in reversed(part.expr):  # stable sorts, last key first
        rows.sort(key=key_of(condition.expr), reverse=condition.order == "DESC")
    return rows


def install() -> None:
    """Register the hook with rdflib (idempotent)."""
    from rdflib.plugins.sparql import CUSTOM_EVALS

    CUSTOM_EVALS.setdefault(_EVAL_NAME, _eval_order_by)
