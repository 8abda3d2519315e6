"""`python -m graph ...` behaves like `newsgraph ...`."""
from graph.cli import main

if __name__ == "__main__":
    main()
