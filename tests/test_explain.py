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
    # the chain: trigger, then the donor and the recipient rules, in order
    assert "rules:    pledge.verb > pledge.donor.subject > pledge.recipient.dative" in out
    # and every blocker it was asked and passed, in order
    assert "passed:   pledge.block.restated, pledge.block.petty, pledge.block.no_money, pledge.block.negated," in out
    assert "sentence: Dänemark hat der Ukraine am Montag 1,5 Milliarden Euro Militärhilfe zugesagt." in out
    assert ": 500,000,000" not in out  # a request is not a pledge
    assert "Traceback" not in proc.stderr


def test_explain_missing_file_is_one_line():
    proc = run("explain", "/nonexistent/article.txt")
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert "/nonexistent/article.txt" in proc.stderr


def test_explain_refused_names_the_blocking_rule(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text("Hilfe für Kiew\nDie Ukraine bittet um weitere Militärhilfe in Höhe von 500 Millionen Euro.\n", encoding="utf-8")
    out = run("explain", str(article), "--refused").stdout
    assert "REFUSED  '500 Millionen Euro'" in out
    assert "rules:    pledge.noun > pledge.block.request" in out
    assert "PLEDGE" not in out


def test_explain_rules_prints_the_registry():
    from graph.extract.rules import registry

    proc = run("explain", "--rules")
    assert proc.returncode == 0, proc.stderr
    for rule in registry().values():
        assert f"{rule.id}  [{rule.step}; {', '.join(rule.langs)}]" in proc.stdout
    german = run("explain", "--rules", "--lang", "de").stdout
    assert "pledge.recipient.object_with" not in german  # an English-only rule
    assert "pledge.recipient.dative" in german


def test_explain_without_articles_or_rules_is_a_usage_error():
    proc = run("explain")
    assert proc.returncode == 2
    assert "--rules" in proc.stderr and "Traceback" not in proc.stderr
