"""No god function: ruff's McCabe check (C901, max-complexity 15 in pyproject.toml) passes on graph/."""
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_function_in_graph_is_at_most_complexity_15():
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    assert ruff is not None, "ruff is in the test extras"
    proc = subprocess.run([ruff, "check", "--select", "C901", "--no-cache", "graph/"], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
