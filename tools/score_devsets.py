"""Score extraction on every dev set with the shared scorer, one line per set and a total.

    .venv/bin/python tools/score_devsets.py                     # tests/devset and tests/devset2/*
    .venv/bin/python tools/score_devsets.py tests/devset2/g     # one set
    .venv/bin/python tools/score_devsets.py -v                  # the scorer's misses as well

Each set is a folder with articles and a gold.json in the format of
../shared/eval/seeds-gold.json. Runs ../shared/eval/score.py (it builds every article
on its own with ``newsgraph build``). This is a development tool; the package never
imports it.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
KINDS = ("pledges", "meetings", "actors")


def default_sets() -> list[Path]:
    return [ROOT / "tests" / "devset", *sorted(p for p in (ROOT / "tests" / "devset2").iterdir() if p.is_dir())]


def score(folder: Path, verbose: bool) -> dict:
    newsgraph = Path(sys.executable).with_name("newsgraph")
    cmd = [sys.executable, str(SCORER), "--gold", str(folder / "gold.json"), "--articles", str(folder), "--json",
           "--cmd", f"{newsgraph} build {{input}} --output {{output}}"] + (["-v"] if verbose else [])
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.splitlines()
    if verbose:
        print("\n".join(out[:-1]))
    return json.loads(out[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="*", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    if not SCORER.exists():
        print(f"score_devsets: no scorer at {SCORER}", file=sys.stderr)
        return 2
    totals = {k: [0, 0, 0] for k in KINDS}
    for folder in args.sets or default_sets():
        res = score(folder, args.verbose)
        for k in KINDS:
            for i, part in enumerate(("tp", "fp", "fn")):
                totals[k][i] += res[k][part]
        print(f"{folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder}: "
              + " · ".join(f"{k} F1 {res[k]['f1']:.2f}" for k in KINDS))
    line = []
    for k, (tp, fp, fn) in totals.items():
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        line.append(f"{k} F1 {2 * p * r / (p + r) if p + r else 0.0:.2f} (P {p:.2f} R {r:.2f})")
    print("all: " + " · ".join(line))
    return 0


if __name__ == "__main__":
    sys.exit(main())
