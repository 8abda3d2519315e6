"""newsgraph: knowledge graphs of pledges, meetings and actors from German and English news."""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newsgraph")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.1.0"
