"""The start-up cache: keyed by content, never stale, never an error."""
from __future__ import annotations

import threading

import pytest

from graph import cache


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def counting(value):
    calls = []

    def derive():
        calls.append(1)
        return value

    return derive, calls


def test_derived_once_per_content_of_the_sources(folder, tmp_path):
    source = tmp_path / "data.json"
    source.write_text("[1]", encoding="utf-8")
    derive, calls = counting({"a": (1, 2)})
    assert cache.cached("thing", [source], derive) == {"a": (1, 2)}
    assert cache.cached("thing", [source], derive) == {"a": (1, 2)}
    assert len(calls) == 1
    for n in range(2, 2 + cache.KEEP + 1):  # changed data: derived again; the oldest entries removed
        source.write_text(f"[{n}]", encoding="utf-8")
        assert cache.cached("thing", [source], derive) == {"a": (1, 2)}
    assert len(calls) == 1 + cache.KEEP + 1
    assert len(list(folder.glob("thing-*.pickle"))) == cache.KEEP


@pytest.mark.parametrize("damage", [b"", b"garbage", None], ids=["empty", "garbage", "flipped-byte"])
def test_a_broken_entry_is_derived_again_and_rewritten(folder, damage):
    derive, calls = counting([1, 2, 3])
    cache.cached("thing", [b"source"], derive)
    (entry,) = folder.glob("thing-*.pickle")
    data = entry.read_bytes()
    entry.write_bytes(damage if damage is not None else data[:-1] + bytes([data[-1] ^ 1]))
    assert cache.cached("thing", [b"source"], derive) == [1, 2, 3]
    assert len(calls) == 2
    assert entry.read_bytes() == data


def test_an_unwritable_folder_or_off_only_derives(tmp_path, monkeypatch):
    plain = tmp_path / "plain"
    plain.write_text("a file, not a folder")
    monkeypatch.setenv(cache.ENV, str(plain / "cache"))
    derive, calls = counting("x")
    assert cache.cached("thing", [b"s"], derive) == "x"
    monkeypatch.setenv(cache.ENV, "off")
    assert cache.cache_dir() is None
    assert cache.cached("thing", [b"s"], derive) == "x"
    assert len(calls) == 2


def test_concurrent_writers_leave_one_whole_entry(folder):
    big = list(range(200_000))
    results, errors = [], []

    def one():
        try:
            results.append(cache.cached("thing", [b"s"], lambda: big) == big)
        except Exception as err:  # noqa: BLE001
            errors.append(err)

    threads = [threading.Thread(target=one) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and results == [True] * 8
    assert [p.name for p in folder.iterdir() if not p.name.endswith(".pickle")] == []  # no temporary file left
    assert cache.cached("thing", [b"s"], lambda: pytest.fail("read from the cache")) == big


def test_the_cached_lexicon_and_rates_equal_freshly_derived_ones(folder):
    from graph import lexicon

    lexicon.load_lexicon.cache_clear()
    try:
        first = lexicon.load_lexicon()  # derived and written
        lexicon.load_lexicon.cache_clear()
        second = lexicon.load_lexicon()  # read back
    finally:
        lexicon.load_lexicon.cache_clear()
    assert second is not first
    for lang in ("de", "en"):
        assert second.surface_forms(lang) == first.surface_forms(lang)
        assert second.roles(lang) == first.roles(lang)
    assert second.entries() == first.entries()
    assert second.lookup("Kanadas", "de") == first.lookup("Kanadas", "de")
    assert len(list(folder.glob("lexicon-*.pickle"))) == 1
