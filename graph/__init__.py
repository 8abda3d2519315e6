"""newsgraph: knowledge graphs of pledges, meetings and actors from German and English news."""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newsgraph")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.1.0"

from graph.lean import defer_spacy_cli

defer_spacy_cli()  # spaCy's command line (requests, weasel, ...) is imported only if used
