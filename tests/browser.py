"""Drive /usr/bin/chromium headless and read back what a newsgraph page drew.

A canvas cannot be read from the DOM, so the page writes its state (nodes and edges
vis-network drew, selection, filters, errors) as JSON into ``<pre id="ng-state">``;
``page_state`` loads a page with ``--dump-dom`` after a virtual-time budget and parses it.
The URL fragment (``#search=Canada&class=Country``) drives the page's own controls.
"""
from __future__ import annotations

import json
import os
import subprocess
import tempfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--hide-scrollbars",
)
BUDGET_MS = 20000  # virtual time: stabilisation runs on timers, so it costs no wall-clock time
GUARD_SECONDS = 180  # a hung browser fails the test instead of blocking it


def available() -> bool:
    return CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)


def url(page: Path, **fragment: str) -> str:
    """file:// URL of ``page`` with ``fragment`` as ``#key=value&...``."""
    base = Path(page).resolve().as_uri()
    return base + ("#" + urlencode(fragment) if fragment else "")


def run(target: str, *args: str, size: tuple[int, int] = (1400, 900)) -> str:
    """Run chromium once on ``target`` with extra ``args``; return its stdout."""
    with tempfile.TemporaryDirectory(prefix="ng-chromium-") as profile:
        command = [
            str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}",
            f"--window-size={size[0]},{size[1]}", f"--virtual-time-budget={BUDGET_MS}", *args, target,
        ]
        done = subprocess.run(command, capture_output=True, text=True, timeout=GUARD_SECONDS, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"chromium exited with {done.returncode}: {done.stderr[-2000:]}")
    return done.stdout


def dump_dom(page: Path, **fragment: str) -> str:
    return run(url(page, **fragment), "--dump-dom")


def screenshot(page: Path, png: Path, *, size: tuple[int, int] = (1400, 900), **fragment: str) -> None:
    run(url(page, **fragment), f"--screenshot={Path(png).resolve()}", size=size)


class _Texts(HTMLParser):
    """Collects the text of elements by id, and every tag seen with its attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: dict[str, list[str]] = {}
        self.open: list[tuple[str, str | None]] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag in self.VOID:
            return
        ident = attributes.get("id")
        self.open.append((tag, ident))
        if ident:
            self.texts.setdefault(ident, [])

    def handle_endtag(self, tag):
        for i in range(len(self.open) - 1, -1, -1):
            if self.open[i][0] == tag:
                del self.open[i:]
                return

    def handle_data(self, data):
        for _, ident in self.open:
            if ident:
                self.texts[ident].append(data)


@dataclass(frozen=True)
class Page:
    """A page as chromium left it: its state object, texts by element id and tags."""

    state: dict
    texts: dict[str, str]
    tags: list[tuple[str, dict[str, str | None]]]
    dom: str


def parse(dom: str) -> Page:
    parser = _Texts()
    parser.feed(dom)
    parser.close()
    texts = {ident: "".join(parts) for ident, parts in parser.texts.items()}
    raw = texts.get("ng-state", "")
    state = json.loads(raw) if raw.strip() else {}
    return Page(state, texts, parser.tags, dom)


def load(page: Path, **fragment: str) -> Page:
    """Open ``page`` (with a fragment), let it settle, return what it recorded."""
    return parse(dump_dom(page, **fragment))
