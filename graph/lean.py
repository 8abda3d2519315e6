"""Start-up: spaCy without its command line.

``import spacy`` runs ``from .cli.info import info`` (for ``spacy.info``), and
``spacy/cli/__init__.py`` imports every spaCy command: download, init config, debug,
project (requests, urllib3, weasel, httpx, ...). That was 0.1-0.4 s of every newsgraph
start, for code newsgraph never calls.

:func:`defer_spacy_cli`, called before spaCy is first imported, puts a finder in front of
``sys.meta_path`` that finds two modules otherwise: ``spacy.cli`` is the real package
whose own code runs on first use of any of its names, and
``spacy.cli.info`` is a stand-in whose ``info`` and every other name load the real
module when first asked for. Nothing of
spaCy changes: anyone who uses ``spacy.cli`` or ``spacy.info`` gets the real thing, a
moment later. Where spaCy is already imported, nothing is done.
"""
from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
import types
from collections.abc import Callable

CLI, INFO = "spacy.cli", "spacy.cli.info"


class _Deferring(importlib.abc.MetaPathFinder):
    """Finds spacy.cli as a package whose code runs on first use, spacy.cli.info as a stand-in."""

    def __init__(self) -> None:
        self.stand_in = True  # until the real spacy.cli.info is asked for

    def find_spec(self, name, path, target=None):
        if name == CLI:
            spec = importlib.machinery.PathFinder.find_spec(name, path)
            if spec is not None and spec.loader is not None and spec.submodule_search_locations:
                spec.loader = _LazyPackageLoader(spec.loader)
            return spec
        if name == INFO and self.stand_in:
            return importlib.util.spec_from_loader(name, _StandInLoader())
        return None


def _lazy_names(run: Callable[[], types.ModuleType]) -> Callable[[str], object]:
    """A module's ``__getattr__`` that answers every name but the import system's from ``run()``."""

    def __getattr__(name: str):
        if name.startswith("__"):  # what the import system and repr() ask of any module
            raise AttributeError(name)
        return getattr(run(), name)

    return __getattr__


class _LazyPackageLoader(importlib.abc.Loader):
    """The package's ``__path__`` is there at once (its submodules import as usual); its own
    code runs when any other name of it is first asked for. (importlib.util.LazyLoader runs
    it on the first look at ``__path__`` too, which every import of a submodule makes.)"""

    def __init__(self, real: importlib.abc.Loader) -> None:
        self.real = real

    def create_module(self, spec):
        return None

    def exec_module(self, module) -> None:
        def run() -> types.ModuleType:
            module.__dict__.pop("__getattr__", None)
            self.real.exec_module(module)
            return module

        module.__getattr__ = _lazy_names(run)


class _CallableModule(types.ModuleType):
    """spacy.cli's ``info`` is the function, and the submodule spacy.cli.info until the package runs."""

    def __call__(self, *args, **kwargs):
        return _real_info().info(*args, **kwargs)


class _StandInLoader(importlib.abc.Loader):
    def create_module(self, spec):
        return _CallableModule(spec.name)

    def exec_module(self, module) -> None:
        def info(*args, **kwargs):
            return _real_info().info(*args, **kwargs)

        module.info = info
        module.__getattr__ = _lazy_names(_real_info)


_FINDER = _Deferring()


def defer_spacy_cli() -> bool:
    """True if spaCy's command line will be imported only when used."""
    if "spacy" in sys.modules or _FINDER in sys.meta_path:
        return False
    sys.meta_path.insert(0, _FINDER)
    return True


def _real_info() -> types.ModuleType:
    """spacy.cli.info itself, imported in place of the stand-in."""
    if _FINDER.stand_in:
        _FINDER.stand_in = False
        sys.modules.pop(INFO, None)
    return importlib.import_module(INFO)
