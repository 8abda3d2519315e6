"""Deterministic identities: the same input always gives the same keys and IRIs."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.model import Meeting, Pledge

BASE = "https://w3id.org/newsgraph/id/"


def slug(text: str) -> str:
    """ASCII slug: 'Wolodymyr Selenskyj' -> 'wolodymyr-selenskyj'."""
    text = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


def digest(*parts: object, length: int = 16) -> str:
    h = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]


def rounded(value: Decimal | None) -> str:
    """Two significant digits: 'over 2 billion' and '2.0 billion' are one figure."""
    if value is None:
        return ""
    if value == 0:
        return "0"
    return f"{float(value):.2g}"


def pledge_key(p: "Pledge") -> str:
    amount = p.amount
    return digest(
        "pledge",
        p.donor,
        p.recipient,
        rounded(amount.value if amount else None),
        amount.currency if amount else "",
        "cumulative" if p.cumulative else "",
    )


def meeting_key(m: "Meeting") -> str:
    return digest("meeting", *sorted(m.participants), m.place or "", m.date or "", m.type, m.status)


def _safe(part: str) -> str:
    """An IRI path segment: kept when already plain ASCII, slugged otherwise."""
    return part if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", part) else slug(part)


def actor_iri(key: str) -> str:
    """'country:CA' -> BASE + 'country/CA'."""
    kind, _, local = key.partition(":")
    return f"{BASE}{_safe(kind)}/{_safe(local)}"


def decimal_text(value: Decimal) -> str:
    """The canonical xsd:decimal form: 2E+9 and 2000000000.00 -> '2000000000.0', 0.50 -> '0.5'."""
    text = format(value.normalize(), "f").removeprefix("-" if value.is_zero() else "")
    return text if "." in text else text + ".0"


def pledge_iri(key: str) -> str:
    return f"{BASE}pledge/{_safe(key)}"


def meeting_iri(key: str) -> str:
    return f"{BASE}meeting/{_safe(key)}"


def amount_iri(pledge: str, value: Decimal, currency: str) -> str:
    """One node per figure of a pledge: ``pledge`` is its key."""
    return f"{BASE}amount/{digest('amount', pledge, decimal_text(value), currency)}"


def place_iri(name: str) -> str:
    return f"{BASE}place/{slug(name)}"


def article_iri(article_id: str) -> str:
    """``Article.id`` (the first 16 hex digits of the text's sha256) -> BASE + 'article/<id>'."""
    return f"{BASE}article/{_safe(article_id)}"


def mention_iri(subject: str, article_id: str, start: int, end: int, rule: str) -> str:
    """``subject`` is the IRI of the actor or event the words refer to."""
    return f"{BASE}mention/{digest('mention', article_id, start, end, rule, subject)}"


def build_iri(article_hashes: Iterable[str]) -> str:
    return f"{BASE}build/{digest('build', *sorted(article_hashes))}"
