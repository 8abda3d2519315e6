"""Writing output files safely: checked before any work, replaced atomically.

A reader (or a crash) never sees half a file: the data goes to a temporary file
in the same folder, is flushed to disk, and then ``os.replace``-d over the target.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from graph.errors import OutputError


def check_writable(path: Path, *, inputs: Iterable[Path] = ()) -> None:
    """Raise OutputError unless ``path`` can be written (its folder exists or can be made) and is none of ``inputs``."""
    path = Path(path)
    folder = path.parent
    if path.is_dir():
        raise OutputError(f"{path} is a folder, not a file name")
    if not folder.is_dir():
        _check_creatable(path, folder)
    elif not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write {path}: the folder {folder} is not writable")
    if path.exists() and not os.access(path, os.W_OK):
        raise OutputError(f"cannot write {path}: the file is read-only")
    target = path.resolve()
    for source in inputs:
        source = Path(source)
        if source.resolve() == target or (source.exists() and path.exists() and os.path.samefile(source, path)):
            raise OutputError(f"{path} is also an input; choose another output file")


def _check_creatable(path: Path, folder: Path) -> None:
    """OutputError unless the missing ``folder`` can be made: its nearest existing ancestor is a writable folder."""
    ancestor = folder
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        raise OutputError(f"cannot write {path}: {ancestor} is a file, not a folder")
    if not os.access(ancestor, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write {path}: the folder {folder} does not exist and {ancestor} is not writable")


def make_folder(path: Path) -> None:
    """Create the folder ``path`` will be written to, if missing (an output into a new folder)."""
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"cannot write {path}: cannot create the folder {Path(path).parent} ({err.strerror or err})") from None


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and ``os.replace`` (creating its folder if missing)."""
    path = Path(path)
    make_folder(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as err:
        raise OutputError(f"cannot write {path}: {err.strerror or err}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _default_mode())
        os.replace(tmp, path)
    except OSError as err:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise OutputError(f"cannot write {path}: {err.strerror or err}") from None


def atomic_write_text(path: Path, text: str) -> None:
    """``atomic_write_bytes`` for UTF-8 text (newlines kept as given)."""
    atomic_write_bytes(path, text.encode("utf-8"))


def _default_mode() -> int:
    """What a plain ``open(path, 'w')`` would give: 0o666 minus the umask (mkstemp uses 0o600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
