"""A lemma lookup table that loads in milliseconds.

spaCy's ``Table`` is an OrderedDict of hashed forms; filling it with the 355,000 German
forms of spacy-lookups-data took a third of a second at every start, even from the cache.
:class:`LemmaTable` answers the same questions (``get``, ``[]``, ``in``, ``len``,
``keys``, ``values``, ``items``) from two sorted arrays and the list of distinct lemmas,
which unpickle at once; an answer is kept once asked, so frequent words cost a dict
look-up. Nothing is written into the OrderedDict itself.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np
from spacy.lookups import Table
from spacy.strings import get_string_id

_MISSING = object()


def arrays(keys: Iterable[int], values: Iterable[str]) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    """(sorted hashed keys, index of each key's lemma, distinct lemmas) of a table's items."""
    pairs = sorted(zip(keys, values))
    lemmas: dict[str, int] = {}
    index = [lemmas.setdefault(value, len(lemmas)) for _, value in pairs]
    return (np.fromiter((k for k, _ in pairs), dtype=np.uint64, count=len(pairs)),
            np.asarray(index, dtype=np.uint32), tuple(lemmas))  # fmt: skip


class LemmaTable(Table):
    """A read-only spaCy ``Table`` over sorted arrays (see the module's docstring)."""

    def __init__(self, name: str | None = None, keys: np.ndarray | None = None, index: np.ndarray | None = None,
                 lemmas: tuple[str, ...] = ()) -> None:  # fmt: skip
        super().__init__(name=name)
        self._keys = np.zeros(0, dtype=np.uint64) if keys is None else keys
        self._index = np.zeros(0, dtype=np.uint32) if index is None else index
        self._lemmas = lemmas
        self._memo: dict[int, object] = {}

    def __reduce__(self):
        return (LemmaTable, (self.name, self._keys, self._index, self._lemmas))

    def _value(self, key: str | int) -> object:
        hashed = get_string_id(key)
        found = self._memo.get(hashed, None)
        if found is None:
            at = int(self._keys.searchsorted(np.uint64(hashed)))
            hit = at < len(self._keys) and int(self._keys[at]) == hashed
            found = self._lemmas[self._index[at]] if hit else _MISSING
            self._memo[hashed] = found
        return found

    def get(self, key: str | int, default: object = None) -> object:
        found = self._value(key)
        return default if found is _MISSING else found

    def __getitem__(self, key: str | int) -> object:
        found = self._value(key)
        if found is _MISSING:
            raise KeyError(key)
        return found

    def __contains__(self, key: object) -> bool:
        return self._value(key) is not _MISSING

    def __len__(self) -> int:
        return len(self._keys)

    def __iter__(self) -> Iterator[int]:
        return (int(k) for k in self._keys)

    def keys(self):
        return list(self)

    def values(self):
        return [self._lemmas[i] for i in self._index]

    def items(self):
        return list(zip(self.keys(), self.values()))

    def __setitem__(self, key, value) -> None:
        raise TypeError("a LemmaTable is read-only")

    def to_bytes(self) -> bytes:
        plain = Table(name=self.name)
        for key, value in self.items():
            plain[key] = value
        return plain.to_bytes()
