"""A small exception tree, after httpx: catch NewsgraphError for 'any of ours'.

Every error carries a one-line message meant for the user; the CLI prints it
as ``newsgraph: <message>`` and exits with the class's ``exit_code``.
"""
from __future__ import annotations


class NewsgraphError(Exception):
    """Base of every error newsgraph raises on purpose."""

    exit_code = 1


class UsageError(NewsgraphError):
    """A bad option value: unknown --lang, invalid --published, unknown output suffix."""

    exit_code = 2


class InputError(NewsgraphError):
    """An input file that cannot be read as an article (missing, empty, binary, ...)."""

    exit_code = 3

    def __init__(self, path: str, problem: str):
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class OutputError(NewsgraphError):
    """An output that cannot be written: missing or read-only folder, same as an input."""

    exit_code = 4


class QueryError(NewsgraphError):
    """A SPARQL query that does not parse, or a named query or parameter that does not exist."""

    exit_code = 5


class UnsafeQueryError(QueryError):
    """A query refused for safety: updates, SERVICE, LOAD, FROM <url|file>."""

    exit_code = 6


class GraphError(NewsgraphError):
    """A graph file that cannot be read, or fails validation."""

    exit_code = 7
