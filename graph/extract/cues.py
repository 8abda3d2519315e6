"""Cue words for the extraction rules, loaded from ``graph/data/cues.json``."""
from __future__ import annotations

import json
from functools import cache
from importlib.resources import files


@cache
def _all() -> dict:
    return json.loads(files("graph.data").joinpath("cues.json").read_text(encoding="utf-8"))


@cache
def cues(lang: str) -> dict:
    return _all()[lang]


@cache
def cue_set(lang: str, name: str) -> frozenset[str]:
    return frozenset(cues(lang)[name])


@cache
def verb_particles(lang: str, name: str) -> dict[str, tuple[str, ...]]:
    """A separable verb's particles, one or several ("zahlte ... aus", "zahlte ... ein")."""
    return {verb: tuple(p) if isinstance(p, list) else (p,) for verb, p in cues(lang).get(name, {}).items()}
