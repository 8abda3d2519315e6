"""Deterministic identities: the same input always gives the same keys and IRIs."""
from __future__ import annotations

import hashlib
import re
import unicodedata
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


def actor_iri(key: str) -> str:
    """'country:CA' -> BASE + 'country/CA'."""
    kind, _, local = key.partition(":")
    return f"{BASE}{kind}/{local}"
