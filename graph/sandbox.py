"""Run queries in worker processes that can be killed: a wall-clock limit and a memory limit per query.

A :class:`Sandbox` forks one *zygote* process when it starts (before the server
starts any thread, so the fork is clean). The zygote holds the engine (the graph
or the store, shared copy-on-write) and forks the workers; it passes each worker's
end of a socket pair back to the server. The server keeps a pool of idle workers.

For each query the server hands the screened text to an idle worker, which parses
it, screens it again (``prepare``) and evaluates it, with ``RLIMIT_AS`` set to its
size at the fork plus the memory limit. A worker that has not answered within the
time limit is killed with SIGKILL (its CPU time stops at once) and replaced by a
fresh fork; so is a worker that ran out of memory. Workers die with the zygote,
and the zygote with the server (``PR_SET_PDEATHSIG``), so closing the sandbox, or
the server's end, stops every query still running.

A query that has used ``NICE_AFTER`` CPU seconds is a *long* query: its worker is
put at the lowest CPU priority (``SCHED_IDLE``: it runs only on a core nothing else
wants), a fresh worker takes its place in the pool, and it is retired when the
query ends. So short queries keep ``workers`` workers and every core while up to
``workers`` long queries run; one long query more is stopped with BusyError. A new
worker joins the pool only once it has opened its engine and warmed up.

Where the kernel allows it, a worker also gives up its network (a new, empty
network namespace), so no engine can reach another host even if screening missed
something. Tests of the screening switch this off.
"""
from __future__ import annotations

import ctypes
import gc
import os
import queue
import signal
import socket
import struct
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

from graph.engine import (
    BusyError,
    Engine,
    QueryLimitError,
    QueryMemoryError,
    QueryTimeoutError,
    Result,
)
from graph.errors import NewsgraphError, QueryError

NICE_AFTER = 0.1  # CPU seconds: a query that has used more is lowered in CPU priority
CHECK_EVERY = 0.05  # seconds between looks at a running query's CPU time
READY_WITHIN = 120.0  # seconds a new worker may take to open and warm up its engine
CACHE_SIZE = 256  # parsed queries kept per worker
_CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000
_PR_SET_PDEATHSIG = 1

WARM_UP = (
    "ASK { ?s ?p ?o }",
    "SELECT ?s (COUNT(?o) AS ?n) WHERE { { SELECT * WHERE { ?s ?p ?o } LIMIT 3 } OPTIONAL { ?o ?q ?r }"
    " FILTER(?s != ?o) BIND(STR(?o) AS ?t) } GROUP BY ?s ORDER BY DESC(?n) LIMIT 1",  # small on any graph
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1",
    "DESCRIBE <urn:x>",
)
Prepare = Callable[[str], tuple[Any, str]]  # text -> (rdflib algebra, form); raises QueryError


def _one_line(text: str, limit: int = 200) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _virtual_size() -> int:
    with open("/proc/self/statm", encoding="ascii") as handle:
        return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def _die_with_parent() -> None:
    """SIGKILL this process when its parent dies (Linux), so no worker outlives the server."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def isolate_network() -> bool:
    """Move this (single-threaded) process into a new, empty network namespace; False if not allowed."""
    libc = ctypes.CDLL(None, use_errno=True)
    for flags in (_CLONE_NEWNET, _CLONE_NEWUSER | _CLONE_NEWNET):
        if libc.unshare(flags) == 0:
            return True
    return False


# --------------------------------------------------------------------------- the worker (a child process)


def _answer(engine: Engine, prepare: Prepare, cache: OrderedDict, text: str, limit: int | None):
    """("ok", Result) or ("error", exception) for one query."""
    try:
        if text in cache:
            cache.move_to_end(text)
            translated, form = cache[text]
        else:
            translated, form = cache.setdefault(text, prepare(text))
            if len(cache) > CACHE_SIZE:
                cache.popitem(last=False)
        return ("ok", engine.run(text, translated, form, limit))
    except NewsgraphError as err:
        return ("error", err)
    except RecursionError:
        return ("error", QueryError("the query is nested too deeply"))
    except MemoryError:
        raise
    except Exception as err:  # noqa: BLE001 (an engine's runtime error is the query's problem)
        return ("error", QueryError(f"query failed: {_one_line(f'{type(err).__name__}: {err}')}"))


def _warm(engine: Engine, prepare: Prepare, *, run: bool) -> None:
    """Parse (and with ``run``, evaluate) small queries once, so no query pays for a first use."""
    for text in WARM_UP:
        try:
            translated, form = prepare(text)
            if run:
                engine.run(text, translated, form, 1)
        except Exception:  # noqa: BLE001,S112 (warming up only: a failure here is met again later)
            continue


def _own_cpu() -> float:
    times = os.times()
    return times.user + times.system


def _per_process(engine: Engine) -> bool:
    return bool(getattr(engine, "per_process", False))


def _send(conn: Connection, message) -> None:
    """Send (kind, payload) with this process's CPU seconds so far, which the server compares later."""
    try:
        conn.send((*message, _own_cpu()))
    except Exception:  # noqa: BLE001 (an exception that does not pickle: send its text)
        conn.send(("error", QueryError(_one_line(str(message[1]))), _own_cpu()))


def _quiet_stderr() -> None:
    """A worker reports through its socket; what an engine prints when it aborts (out of memory) is dropped."""
    import faulthandler

    faulthandler.disable()
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    os.close(devnull)


def _worker(conn: Connection, engine: Engine, prepare: Prepare, memory: int, isolate: bool, warm: bool) -> None:
    """Answer queries from ``conn`` until it closes. Never returns.

    An engine that opens its data per process (Oxigraph) is opened and, with ``warm``,
    warmed up here, before the first query and before the memory limit is measured.
    """
    try:
        _die_with_parent()
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        _quiet_stderr()
        if isolate:
            isolate_network()
        if warm and _per_process(engine):
            _warm(engine, prepare, run=True)
        if memory:
            import resource

            size = _virtual_size() + memory
            resource.setrlimit(resource.RLIMIT_AS, (size, size))
        _send(conn, ("ready", None))
        cache: OrderedDict = OrderedDict()
        while True:
            try:
                text, limit = conn.recv()
            except (EOFError, OSError):
                break
            try:
                _send(conn, _answer(engine, prepare, cache, text, limit))
            except MemoryError:
                cache.clear()
                _send(conn, ("memory", None))
                break
    finally:
        os._exit(0)


def _zygote(control: socket.socket, spawn_worker: Callable[[socket.socket], None]) -> None:
    """Fork a worker for every byte read from ``control``; send back its pid and socket. Never returns."""
    try:
        _die_with_parent()
        signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # workers are reaped by the kernel
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        while control.recv(1):
            ours, theirs = socket.socketpair()
            pid = os.fork()
            if pid == 0:
                control.close()
                ours.close()
                spawn_worker(theirs)
            theirs.close()
            socket.send_fds(control, [struct.pack("!i", pid)], [ours.fileno()])
            ours.close()
    finally:
        os._exit(0)


# --------------------------------------------------------------------------- the server side


def _cpu_of(pid: int) -> float:
    """CPU seconds a process has used (all its threads); 0 if it is gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS


def lower_priority(pid: int) -> None:
    """Run every thread of ``pid`` only when nothing else wants the CPU (SCHED_IDLE), else at nice 19."""
    try:
        threads = [int(t) for t in os.listdir(f"/proc/{pid}/task")]
    except OSError:
        threads = [pid]
    for tid in threads:
        try:
            os.sched_setscheduler(tid, os.SCHED_IDLE, os.sched_param(0))
        except (OSError, AttributeError):
            try:
                os.setpriority(os.PRIO_PROCESS, tid, 19)
            except OSError:
                pass


@dataclass
class _Worker:
    pid: int
    conn: Connection
    niced: bool = False
    cpu: float = 0.0  # CPU seconds it had used when it last answered

    def kill(self) -> None:
        try:
            os.kill(self.pid, signal.SIGKILL)
        except OSError:
            pass
        self.conn.close()


@dataclass
class Sandbox:
    """A pool of ``workers`` query processes for one engine. Use as a context manager, or start() and close()."""

    engine: Engine
    prepare: Prepare
    workers: int = 1
    memory_mb: int = 1024
    max_waiting: int = 64
    isolate: bool = True
    warm: bool = True  # parse a few queries in the zygote first (a pool; a one-off query need not)
    _idle: queue.LifoQueue = field(default_factory=queue.LifoQueue, init=False)
    _admit: threading.BoundedSemaphore | None = field(default=None, init=False)
    _zygote: tuple[int, socket.socket] | None = field(default=None, init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False)
    _long: threading.BoundedSemaphore | None = field(default=None, init=False)

    def start(self) -> Sandbox:
        if self._zygote is not None:
            return self
        ours, theirs = socket.socketpair()
        memory = self.memory_mb * 1024 * 1024

        def spawn_worker(sock: socket.socket) -> None:
            conn = Connection(sock.detach())
            _worker(conn, self.engine, self.prepare, memory, self.isolate, self.warm)

        pid = os.fork()
        if pid == 0:
            try:
                ours.close()
                if self.warm:  # an engine with per-process threads is warmed in each worker instead
                    _warm(self.engine, self.prepare, run=not _per_process(self.engine))
                gc.freeze()  # the workers' collector leaves what they inherit alone, so its pages stay shared
                _zygote(theirs, spawn_worker)
            finally:
                os._exit(1)  # the child never returns into the caller's code
        theirs.close()
        self._zygote = (pid, ours)
        self._admit = threading.BoundedSemaphore(self.workers + self.max_waiting)
        self._long = threading.BoundedSemaphore(self.workers)
        starting = [self._spawn() for _ in range(self.workers)]
        for worker in starting:
            self._admit_when_ready(worker)
        return self

    def _admit_when_ready(self, worker: _Worker) -> bool:
        """Put ``worker`` in the pool once it has opened and warmed up its engine; kill it if it fails to."""
        try:
            message = worker.conn.recv() if worker.conn.poll(READY_WITHIN) else ("late", None, 0.0)
        except (EOFError, OSError):
            message = ("gone", None, 0.0)
        ready, worker.cpu = message[0] == "ready", message[2]
        if ready and self._zygote is not None:
            self._idle.put(worker)
            return True
        worker.kill()
        return False

    def _spawn(self) -> _Worker:
        if self._zygote is None:
            raise QueryError("the query sandbox is closed")
        with self._lock:
            control = self._zygote[1]
            control.sendall(b"w")
            message, fds, _, _ = socket.recv_fds(control, 16, 1)
        if not fds:
            raise QueryError("the query sandbox could not start a worker")
        (pid,) = struct.unpack("!i", message)
        return _Worker(pid, Connection(fds[0]))

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().kill()
            except queue.Empty:
                break
        if self._zygote is not None:
            pid, control = self._zygote
            self._zygote = None
            control.close()
            try:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            except OSError:
                pass

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()

    def run(self, text: str, *, timeout: float, limit: int | None) -> Result:
        """Evaluate ``text`` in a worker: the Result, or the error the worker raised.

        QueryTimeoutError after ``timeout`` seconds (the worker is killed),
        QueryMemoryError over the memory limit, BusyError when ``workers`` queries
        run and ``max_waiting`` wait already.
        """
        self.start()
        assert self._admit is not None
        if not self._admit.acquire(blocking=False):
            raise BusyError(f"too many queries at once ({self.workers} running, {self.max_waiting} waiting); try again")
        try:
            started = time.monotonic()
            try:
                worker = self._idle.get(timeout=timeout)
            except queue.Empty:
                raise BusyError(f"no query worker became free within {timeout:g} s; try again") from None
            return self._on(worker, text, started + timeout, timeout, limit)
        finally:
            self._admit.release()

    def _on(self, worker: _Worker, text: str, deadline: float, timeout: float, limit: int | None) -> Result:
        keep = False
        try:
            try:
                worker.conn.send((text, limit))
            except OSError:
                raise QueryLimitError("the query worker stopped; try again") from None
            if not self._wait(worker, deadline):
                raise QueryTimeoutError(f"query took longer than {timeout:g} s")
            try:
                message = worker.conn.recv()
            except (EOFError, OSError):
                message = ("memory", None, worker.cpu)
            worker.cpu = message[2]
            if message[0] == "memory":
                raise QueryMemoryError(f"the query needed more than {self.memory_mb} MB of memory")
            keep = not worker.niced
            if message[0] == "error":
                raise message[1]
            return message[1]
        finally:
            self._release(worker, keep)

    def _release(self, worker: _Worker, keep: bool) -> None:
        """Back to the pool, or killed; a killed short query's worker is replaced (a long one's was already)."""
        if keep:
            self._idle.put(worker)
            return
        worker.kill()
        if worker.niced:
            assert self._long is not None
            self._long.release()
        else:
            self._replace()

    def _lower(self, worker: _Worker) -> None:
        """Make ``worker``'s query a long one: lowest CPU priority, and a fresh worker takes its place in the pool.

        So short queries keep ``workers`` workers however many long ones run. At most
        ``workers`` long queries run at once; one more is stopped (BusyError).
        """
        assert self._long is not None
        if not self._long.acquire(blocking=False):
            raise BusyError(f"too many long queries at once ({self.workers} are running); try again later")
        worker.niced = True
        lower_priority(worker.pid)
        self._replace()

    def _wait(self, worker: _Worker, deadline: float) -> bool:
        """Wait for the answer until ``deadline``; lower the worker's priority once it used NICE_AFTER CPU seconds.

        CPU time, not wall time: a short query that waits for a busy CPU is not lowered.
        """
        while True:
            now = time.monotonic()
            if now >= deadline:
                return False
            step = deadline - now if worker.niced else min(deadline - now, CHECK_EVERY)
            if worker.conn.poll(max(0.0, min(step, 3600))):  # poll() caps its wait
                return True
            if not worker.niced and _cpu_of(worker.pid) - worker.cpu >= NICE_AFTER:
                self._lower(worker)

    def _replace(self) -> None:
        """Start a worker in place of a retired one; it joins the pool when it is warm (in a thread)."""
        if self._zygote is None:
            return
        try:
            worker = self._spawn()
        except (OSError, QueryError):
            return
        threading.Thread(target=self._admit_when_ready, args=(worker,), name="newsgraph-worker-start", daemon=True).start()
