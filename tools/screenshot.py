"""Draw a graph file as the newsgraph page and photograph it with headless Chromium.

    python tools/screenshot.py GRAPH PNG [--fragment 'search=Canada'] [--size 1400x900]

For looking at the page, not for tests. GRAPH is any file ``newsgraph html`` reads.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from graph import rdf, viz
from graph.errors import NewsgraphError

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--hide-scrollbars"]


def screenshot(graph_file: Path, png: Path, *, fragment: str = "", size: str = "1400x900") -> None:
    width, _, height = size.partition("x")
    graph = rdf.load_graph(graph_file)
    with tempfile.TemporaryDirectory(prefix="ng-shot-") as folder:
        page = Path(folder) / "graph.html"
        viz.write_html(graph, page, title=f"newsgraph: {graph_file.name}")
        url = page.as_uri() + (f"#{fragment}" if fragment else "")
        command = [CHROMIUM, *FLAGS, f"--user-data-dir={folder}/profile", f"--window-size={width},{height}",
                   "--virtual-time-budget=20000", f"--screenshot={png.resolve()}", url]
        subprocess.run(command, check=True, capture_output=True, timeout=180)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graph", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--fragment", default="", help="e.g. search=Canada&class=Country")
    parser.add_argument("--size", default="1400x900")
    args = parser.parse_args(argv)
    try:
        screenshot(args.graph, args.png, fragment=args.fragment, size=args.size)
    except NewsgraphError as err:
        print(f"screenshot: {err}", file=sys.stderr)
        return err.exit_code
    except (OSError, subprocess.SubprocessError) as err:
        print(f"screenshot: chromium failed: {err}", file=sys.stderr)
        return 1
    print(f"screenshot: {args.png}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
