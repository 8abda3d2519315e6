"""Shards: the records of part of a corpus, written to a file and merged later into one graph.

A build is ``link(extract(a) for a in articles)`` and then RDF. The per-article records
(``ArticleFacts``, without the article texts) are all that the link stage needs, so a
corpus can be cut into shards, each built on its own machine or by its own process
(``newsgraph build PART --facts part.facts.gz``, or ``graph.api.extract`` mapped by
Dask, Ray or Spark and written with :func:`write`), and merged with
``newsgraph merge *.facts.gz --output graph.nt``. Merging is associative and order-free:
the link stage orders the records by article, so any split, any order and any grouping
of the shards gives the graph of one build of every article, byte for byte.

A shard is gzip-compressed JSON lines: a header line ``{"newsgraph": "facts", "version": 1}``
then one ``ArticleFacts`` per line, every dataclass as an object of its fields. Reading
checks every value against the type of its field, so a damaged or foreign file is an
InputError naming the file and line, never a traceback.
"""
from __future__ import annotations

import gzip
import json
import types
import typing
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import fields, is_dataclass, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

from graph.errors import InputError
from graph.io import atomic_write_bytes
from graph.model import ArticleFacts

HEADER = {"newsgraph": "facts", "version": 1}
SUFFIX = ".facts.gz"


def without_text(facts: ArticleFacts) -> ArticleFacts:
    """The records without the article's text, which the graph does not hold."""
    return replace(facts, article=replace(facts.article, text=""))


# ------------------------------------------------------------------ encoding


def encode(value: object) -> object:
    """A record as plain JSON values: dataclasses as objects, tuples as lists, Decimal as a string."""
    if is_dataclass(value):
        return {f.name: encode(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple):
        return [encode(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def to_bytes(facts: Iterable[ArticleFacts]) -> bytes:
    """A shard's bytes; the same records give the same bytes (gzip without a time stamp)."""
    lines = [json.dumps(HEADER)]
    lines += [json.dumps(encode(without_text(f)), ensure_ascii=False, separators=(",", ":")) for f in facts]
    return gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0)


def write(facts: Iterable[ArticleFacts], path: Path) -> int:
    """Write the records to ``path`` atomically; returns how many articles it holds."""
    facts = list(facts)
    atomic_write_bytes(Path(path), to_bytes(facts))
    return len(facts)


# ------------------------------------------------------------------ decoding


class _Bad(ValueError):
    pass


@cache
def _hints(cls: type) -> dict[str, object]:
    return typing.get_type_hints(cls)


def decode(hint: object, value: object) -> object:
    """``value`` read back as ``hint`` (a field's type); _Bad where it does not fit."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return _decode_union(typing.get_args(hint), value)
    if origin is typing.Literal:
        if value not in typing.get_args(hint):
            raise _Bad(f"{value!r} is none of {', '.join(map(repr, typing.get_args(hint)))}")
        return value
    if origin is tuple:
        return _decode_tuple(typing.get_args(hint), value)
    if is_dataclass(hint):
        return _decode_record(hint, value)
    return _decode_scalar(hint, value)


def _decode_union(args: tuple, value: object) -> object:
    if value is None and type(None) in args:
        return None
    for arg in args:
        if arg is not type(None):
            return decode(arg, value)
    raise _Bad("no type fits")


def _decode_tuple(args: tuple, value: object) -> tuple:
    if not isinstance(value, list):
        raise _Bad(f"expected a list, not {type(value).__name__}")
    if len(args) == 2 and args[1] is Ellipsis:
        return tuple(decode(args[0], v) for v in value)
    if len(args) != len(value):
        raise _Bad(f"expected {len(args)} items, not {len(value)}")
    return tuple(decode(a, v) for a, v in zip(args, value))


def _decode_record(cls: type, value: object) -> object:
    if not isinstance(value, dict):
        raise _Bad(f"expected an object for {cls.__name__}")
    hints = _hints(cls)
    names = {f.name for f in fields(cls)}
    unknown = set(value) - names
    if unknown:
        raise _Bad(f"{cls.__name__} has no field {min(unknown)!r}")
    try:
        return cls(**{name: decode(hints[name], item) for name, item in value.items()})
    except TypeError as err:  # a field that has no default is missing
        raise _Bad(f"{cls.__name__}: {err}") from None


def _decode_scalar(hint: object, value: object) -> object:
    if hint is Decimal:
        if not isinstance(value, str):
            raise _Bad(f"expected a decimal number as a string, not {value!r}")
        try:
            return Decimal(value)
        except InvalidOperation:
            raise _Bad(f"not a decimal number: {value!r}") from None
    if hint is date:
        try:
            return date.fromisoformat(value)
        except (TypeError, ValueError):
            raise _Bad(f"not a date: {value!r}") from None
    if hint is int and isinstance(value, bool) or not isinstance(value, hint):
        raise _Bad(f"expected {getattr(hint, '__name__', hint)}, not {type(value).__name__}")
    return value


def read(path: Path) -> Iterator[ArticleFacts]:
    """The records of a shard, one article at a time; InputError for a file that is none."""
    path = Path(path)
    try:
        with gzip.open(path, "rt", encoding="utf-8") as stream:
            yield from _records(path, stream)
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except IsADirectoryError:
        raise InputError(str(path), "a folder, not a shard") from None
    except (OSError, EOFError, zlib.error, UnicodeDecodeError) as err:
        raise InputError(str(path), f"not a newsgraph shard (gzip-compressed JSON lines): {err}") from None


def _records(path: Path, stream: Iterable[str]) -> Iterator[ArticleFacts]:
    for number, line in enumerate(stream, 1):
        try:
            data = json.loads(line)
        except ValueError:
            raise InputError(f"{path}:{number}", "not JSON") from None
        if number == 1:
            if data != HEADER:
                raise InputError(str(path), f"not a newsgraph shard (no header line {json.dumps(HEADER)})")
            continue
        try:
            yield decode(ArticleFacts, data)
        except _Bad as err:
            raise InputError(f"{path}:{number}", f"not a record of an article: {err}") from None
        except (TypeError, ValueError) as err:  # a record's own checks
            raise InputError(f"{path}:{number}", f"not a record of an article: {err}") from None
