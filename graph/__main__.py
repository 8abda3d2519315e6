"""`python -m graph ...` behaves like `newsgraph ...`."""
from graph.cli import run

if __name__ == "__main__":
    run()
