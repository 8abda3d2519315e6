"""Writing output files safely: checked before any work, replaced atomically.

A reader (or a crash) never sees half a file: the data goes to a temporary file
in the same folder, is flushed to disk, and then ``os.replace``-d over the target.

Temporary files are named ``.<name>.newsgraph-<pid>-<random>.tmp``. They are
removed on any exit Python sees (an error, Ctrl-C, SIGTERM once
:func:`cleanup_on_signals` is installed); a write removes the ones a killed
process (its pid no longer running) left beside its target.

Inside ``with replace_together():`` the writes go to their temporary files and
all targets are replaced at the end, one right after the other with Ctrl-C and
SIGTERM held back, or none is (the graph and the page of one build). Only a
SIGKILL or a power cut between two renames can leave a new graph beside an old
page: no file system call renames two files at once.
"""
from __future__ import annotations

import atexit
import os
import re
import signal
import sys
import tempfile
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
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


_LIVE: set[str] = set()  # temporary files of this process not yet renamed or removed
_PENDING = threading.local()  # inside replace_together(): [(tmp, target), ...]
_STALE = re.compile(r"\.newsgraph-(\d+)-[^/]*\.tmp$")


def _remove(tmp: str) -> None:
    _LIVE.discard(tmp)
    try:
        os.unlink(tmp)
    except OSError:
        pass


@atexit.register
def _remove_live() -> None:
    for tmp in list(_LIVE):
        _remove(tmp)


def cleanup_on_signals() -> None:
    """Let SIGTERM end the program as an exit Python sees, so temporary files are removed."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))


def _remove_stale(path: Path) -> None:
    """Remove temporary files for ``path`` left by processes that no longer run."""
    try:
        names = os.listdir(path.parent)
    except OSError:
        return
    prefix = f".{path.name}.newsgraph-"
    for name in names:
        match = _STALE.search(name) if name.startswith(prefix) else None
        if match is None or int(match.group(1)) == os.getpid():
            continue
        try:
            os.kill(int(match.group(1)), 0)
        except ProcessLookupError:
            _remove(str(path.parent / name))
        except OSError:
            pass


def temporary_beside(path: Path, tag: str) -> tuple[int, str]:
    """(fd, name) of a new temporary file next to ``path``, removed at exit if still there; a
    later write of ``path`` removes it if this process was killed. ``remove_temporary`` ends it."""
    return _temporary(Path(path), f"{tag}-", "beside ")


def _temporary(path: Path, tag: str, where: str) -> tuple[int, str]:
    """(fd, name) of a new temporary file in ``path``'s folder, named for this process so that a
    later write can tell a dead one's leftovers."""
    make_folder(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.newsgraph-{os.getpid()}-{tag}", suffix=".tmp")
    except OSError as err:
        raise OutputError(f"cannot write {where}{path}: {err.strerror or err}") from None
    _LIVE.add(tmp)
    return fd, tmp


def remove_temporary(tmp: str) -> None:
    """Remove a file of ``temporary_beside``."""
    _remove(tmp)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and ``os.replace`` (deferred inside replace_together)."""
    atomic_write_chunks(path, (data,))


def atomic_write_chunks(path: Path, chunks: Iterable[bytes]) -> None:
    """``atomic_write_bytes`` for data given in pieces (a file larger than memory)."""
    path = Path(path)
    make_folder(path)
    _remove_stale(path)
    fd, tmp = _temporary(path, "", "")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.writelines(chunks)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _default_mode())
        pending = getattr(_PENDING, "items", None)
        if pending is not None:
            pending.append((tmp, path))
            return
        os.replace(tmp, path)
        _LIVE.discard(tmp)
    except OSError as err:
        _remove(tmp)
        raise OutputError(f"cannot write {path}: {err.strerror or err}") from None
    except BaseException:
        _remove(tmp)
        raise


@contextmanager
def replace_together() -> Iterator[None]:
    """Defer the renames of the writes inside, and do them all at the end (or none, on an error)."""
    if getattr(_PENDING, "items", None) is not None:  # nested: the outer block commits
        yield
        return
    _PENDING.items = []
    try:
        yield
        _commit(_PENDING.items)
    finally:
        for tmp, _ in _PENDING.items:
            if tmp in _LIVE:
                _remove(tmp)
        _PENDING.items = None


def _commit(items: list[tuple[str, Path]]) -> None:
    main = threading.current_thread() is threading.main_thread()
    held = {signal.SIGINT, signal.SIGTERM}
    if main:
        signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        for tmp, path in items:
            try:
                os.replace(tmp, path)
            except OSError as err:
                raise OutputError(f"cannot write {path}: {err.strerror or err}") from None
            _LIVE.discard(tmp)
    finally:
        if main:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, held)


def atomic_write_text(path: Path, text: str) -> None:
    """``atomic_write_bytes`` for UTF-8 text (newlines kept as given)."""
    atomic_write_bytes(path, text.encode("utf-8"))


def _default_mode() -> int:
    """What a plain ``open(path, 'w')`` would give: 0o666 minus the umask (mkstemp uses 0o600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
