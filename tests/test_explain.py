"""`newsgraph explain` as a user runs it: every fact with its sentence and rule."""
import subprocess
import sys
from pathlib import Path


def run(*args):
    return subprocess.run([sys.executable, "-m", "graph", *args], capture_output=True, text=True)


def test_explain_prints_fact_rule_and_sentence(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text(
        "Hilfe für Kiew\nDänemark hat der Ukraine am Montag 1,5 Milliarden Euro Militärhilfe zugesagt.\n"
        "Die Ukraine bittet zudem um weitere 500 Millionen Euro.\n",
        encoding="utf-8",
    )
    proc = run("explain", str(article), "--published", "2025-08-19")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "PLEDGE  Denmark -> Ukraine: 1,500,000,000 EUR [military]" in out
    assert "rule:     pledge.verb" in out
    assert "sentence: Dänemark hat der Ukraine am Montag 1,5 Milliarden Euro Militärhilfe zugesagt." in out
    assert ": 500,000,000" not in out  # a request is not a pledge
    assert "Traceback" not in proc.stderr


def test_explain_missing_file_is_one_line():
    proc = run("explain", "/nonexistent/article.txt")
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert "/nonexistent/article.txt" in proc.stderr
