"""reportlab's optional libraries, loaded when a document first uses them.

reportlab imports HarfBuzz (``uharfbuzz``, for shaping) and Pillow's ``PIL.Image`` (for
pictures) when it is itself imported, whatever the document holds. Loading them is about a
quarter of a ``fieldride report`` process (~150 M and ~100 M instructions: HarfBuzz's 5 MB
extension, Pillow's image plugins), yet most documents have no shaped text (Hebrew, Arabic,
Devanagari, Thai: :mod:`fieldride.reports.complex`) and no picture (a logo, an attached photo).

:func:`defer` is called by the package's ``__init__``, before any document module imports
reportlab: each library is put in ``sys.modules`` as a placeholder module whose first read of
an attribute it does not have (``uharfbuzz.Buffer``, ``Image.open``) runs the library's own
code in it, once, under a lock (documents may be built on a worker thread). ``import`` and
``from PIL import Image`` find the placeholder as they would the module; reportlab's checks that
the library exists (``uharfbuzz is None``) see a module, so shaping and pictures work exactly as
before, paid for only by the documents that use them.

Nothing is deferred for a library that is already imported or not installed (reportlab then
does what it always does). A placeholder answers ``__spec__``, ``__name__``, ``__path__`` and the
other attributes the import system sets without loading: that is what lets ``import uharfbuzz``
find it without loading (``importlib.util.LazyLoader`` loads on any attribute, ``__spec__``
included, which every later ``import`` statement reads).
"""

from __future__ import annotations

import importlib.util
import logging
import sys
import threading
from types import ModuleType

log = logging.getLogger(__name__)

LIBRARIES = ("uharfbuzz", "PIL.Image")
_lock = threading.RLock()
_loading: set[str] = set()


class _Placeholder(ModuleType):
    """A module not loaded yet: reading an attribute it lacks loads it (see module docstring)."""

    def __getattr__(self, attr: str) -> object:
        name = self.__name__
        with _lock:
            if type(self) is _Placeholder and name not in _loading:
                _loading.add(name)
                try:
                    spec = self.__spec__
                    assert spec is not None and spec.loader is not None
                    spec.loader.exec_module(self)
                    object.__setattr__(self, "__class__", ModuleType)  # no more hook
                    log.debug("loaded %s on first use", name)
                finally:
                    _loading.discard(name)
        if type(self) is _Placeholder:  # read by its own code while it loads: not there yet
            raise AttributeError(f"module {name!r} has no attribute {attr!r}")
        return getattr(self, attr)


def defer() -> None:
    """Put a placeholder for each of :data:`LIBRARIES` not yet imported (idempotent; never
    raises: a library that cannot be deferred is left to be imported as usual)."""
    for name in LIBRARIES:
        if name in sys.modules:
            continue
        try:
            spec = importlib.util.find_spec(name)  # imports the parent package (PIL: small)
            if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
                continue
            module = importlib.util.module_from_spec(spec)
        except (ImportError, ValueError, AttributeError):
            continue
        module.__class__ = _Placeholder
        sys.modules[name] = module
        parent, _, child = name.rpartition(".")
        if parent:
            setattr(sys.modules[parent], child, module)  # what importing the submodule does


def loaded(name: str) -> bool:
    """Whether library ``name`` has been loaded in this process (not just deferred)."""
    module = sys.modules.get(name)
    return module is not None and type(module) is not _Placeholder
