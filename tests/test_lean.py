"""Start-up: spaCy's command line is imported only when something uses it (graph/lean.py)."""
from __future__ import annotations

import subprocess
import sys

import pytest


def python(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_building_a_pipeline_imports_no_spacy_command():
    out = python(
        "import sys, graph\n"
        "from graph.nlp import get_pipeline\n"
        "doc = get_pipeline('en')('Canada pledged $5 million to Ukraine.')\n"
        "print(len(doc), sorted(m for m in ('spacy.cli.download', 'requests', 'weasel') if m in sys.modules))"
    )
    assert out == "8 []"


@pytest.mark.parametrize(
    "code",
    [
        "import spacy; print(spacy.info()['spacy_version'] == spacy.__version__)",
        "import spacy.cli; print(callable(spacy.cli.download) and spacy.cli.app is not None)",
        "from spacy.cli.info import info_model; print(callable(info_model))",
        "from spacy.cli import info; print(info(markdown=False, silent=True)['spacy_version'] == __import__('spacy').__version__)",
        "import spacy, spacy.cli; from spacy.cli import info; print(callable(info) and callable(spacy.cli.info))",
    ],
)
def test_spacy_command_line_still_works_when_used(code):
    assert python("import graph\n" + code) == "True"
