"""The cue words are data: every key of cues.json is read by some code, every key code reads
is in the data for both languages, and no word list is written inline in graph/extract."""
from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import get_args

import pytest

from graph.extract.rules import STEPS
from graph.model import ActorKind, MeetingType

ROOT = Path(__file__).resolve().parent.parent
CUES = json.loads((ROOT / "graph" / "data" / "cues.json").read_text(encoding="utf-8"))
SOURCES = {p: ast.parse(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "graph").rglob("*.py"))}
READERS = {"cue_set", "has_cue", "_has_cue"}  # (lang, key) or (text, lang, key): the key is the last argument
# closed vocabularies of the records, not words of a text: actor kinds, meeting types, the lexicon's
# kinds of form, languages, date orders and the registry's steps
RECORD_TERMS = {*get_args(ActorKind), *get_args(MeetingType), "name", "alias", "genitive", "adjective", "capital", "metonym",
                "prefix", "bracket", "de", "en", "dmy", "mdy", *STEPS}
MODULES = sorted(p.name for p in (ROOT / "graph" / "extract").glob("*.py"))


def _name(node: ast.AST) -> str | None:
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None


def _cue_aliases(tree: ast.AST) -> set[str]:
    """Names bound to ``cues(lang)`` in a module (``c = cues(lang)``)."""
    return {t.id for node in ast.walk(tree) if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
            and _name(node.value.func) == "cues" for t in node.targets if isinstance(t, ast.Name)}


def keys_read() -> set[str]:
    """Cue keys that code reads by a literal: cue_set(lang, "key"), cues(lang)["key"], c["key"]."""
    out = set()
    for tree in SOURCES.values():
        aliases = _cue_aliases(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) in READERS and node.args:
                last = node.args[-1]
                if isinstance(last, ast.Constant) and isinstance(last.value, str):
                    out.add(last.value)
            if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant) and (
                    isinstance(node.value, ast.Call) and _name(node.value.func) == "cues"
                    or isinstance(node.value, ast.Name) and node.value.id in aliases):
                out.add(node.slice.value)
    return out


def literals() -> set[str]:
    return {n.value for tree in SOURCES.values() for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)}


def test_every_key_code_reads_is_in_the_data_for_both_languages():
    missing = {lang: sorted(keys_read() - set(CUES[lang])) for lang in ("de", "en")}
    assert missing == {"de": [], "en": []}


def test_every_cue_key_is_read_by_some_code():
    assert sorted(set(CUES["de"]) - literals()) == []


def test_both_languages_have_the_same_keys():
    assert sorted(set(CUES["de"]) ^ set(CUES["en"])) == []


@pytest.mark.parametrize("module", MODULES)
def test_no_word_list_is_written_inline_in_the_extraction_rules(module):
    """A set, list or tuple of two or more word literals belongs in cues.json."""
    tree = SOURCES[ROOT / "graph" / "extract" / module]
    def words(n: ast.AST) -> list[str]:
        return [e.value for e in n.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
                and e.value.strip(" ;:-()[],'’").isalpha() and e.value not in RECORD_TERMS]

    inline = [ast.unparse(n) for n in ast.walk(tree) if isinstance(n, (ast.Set, ast.List, ast.Tuple)) and len(words(n)) >= 2]
    assert inline == []
