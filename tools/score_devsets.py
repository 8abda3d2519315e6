"""Score extraction on every dev set with the shared scorer, one line per set and a total.

    .venv/bin/python tools/score_devsets.py                     # tests/devset and tests/devset2/*
    .venv/bin/python tools/score_devsets.py tests/devset2/g     # one set
    .venv/bin/python tools/score_devsets.py -v                  # the scorer's misses as well
    .venv/bin/python tools/score_devsets.py --fast              # build in this process (same graphs, no start-up per article)
    .venv/bin/python tools/score_devsets.py --realnews          # only the real-news sets (texts from the local cache)

The real-news sets (tests/realnews/<set>/gold.json) hold gold facts and each page's address
and query, never the page text: the texts live in a local cache outside git
(NEWSGRAPH_REALNEWS_CACHE, default /work/cache/realnews/<set>/). A set whose cache is
missing is skipped with a note.

Each set is a folder with articles and a gold.json in the format of
../shared/eval/seeds-gold.json. Runs ../shared/eval/score.py (it builds every article
on its own with ``newsgraph build``). This is a development tool; the package never
imports it.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
KINDS = ("pledges", "meetings", "actors")


CACHE = Path(os.environ.get("NEWSGRAPH_REALNEWS_CACHE", "/work/cache/realnews"))


def realnews_sets() -> list[Path]:
    base = ROOT / "tests" / "realnews"
    return sorted(p for p in base.iterdir() if (p / "gold.json").exists()) if base.exists() else []


def default_sets() -> list[Path]:
    return [ROOT / "tests" / "devset", *sorted(p for p in (ROOT / "tests" / "devset2").iterdir() if p.is_dir()), *realnews_sets()]


def articles_of(folder: Path) -> Path:
    """Where a set's article texts are: beside the gold, or in the cache for real news."""
    return CACHE / folder.name if folder.parent.name == "realnews" else folder


def build_in_process(folder: Path, out: Path) -> None:
    """Build every article of the set on its own, as `newsgraph build FILE --output OUT.ttl` does."""
    from graph import api, rdf

    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    for item in gold["items"]:
        src = articles_of(folder) / item.get("file", f"{item['id']}.txt")
        if src.exists():
            graph, _ = api.build_graph([src])
            rdf.write_graph(graph, out / f"{item['id']}.ttl")


def score(folder: Path, verbose: bool, fast: bool = False) -> dict | None:
    articles = articles_of(folder)
    if not articles.exists():
        print(f"{folder.name}: no article texts at {articles}, skipped", file=sys.stderr)
        return None
    with tempfile.TemporaryDirectory() as tmp:
        if fast:
            build_in_process(folder, Path(tmp))
            source = ["--graphs", tmp]
        else:
            newsgraph = Path(sys.executable).with_name("newsgraph")
            source = ["--articles", str(articles), "--cmd", f"{newsgraph} build {{input}} --output {{output}}"]
        cmd = [sys.executable, str(SCORER), "--gold", str(folder / "gold.json"), *source, "--json"] + (["-v"] if verbose else [])
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.splitlines()
    if verbose:
        print("\n".join(out[:-1]))
    return json.loads(out[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="*", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--fast", action="store_true", help="build in this process instead of one `newsgraph build` per article")
    ap.add_argument("--realnews", action="store_true", help="only the real-news sets")
    args = ap.parse_args()
    if not SCORER.exists():
        print(f"score_devsets: no scorer at {SCORER}", file=sys.stderr)
        return 2
    totals = {k: [0, 0, 0] for k in KINDS}
    for folder in args.sets or (realnews_sets() if args.realnews else default_sets()):
        res = score(folder.resolve(), args.verbose, args.fast)
        if res is None:
            continue
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
