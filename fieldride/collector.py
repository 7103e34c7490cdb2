"""Python's cyclic garbage collector during start-up: paused until the first screen shows its
data (the app), or until a command starts its work (``fieldride <command>``: paused by the entry
point before it imports anything, resumed by ``fieldride.cli.main`` once the arguments are
read), then the start-up objects frozen (see docs/benchmarks.md for what it saves).

In the core, not the UI, because both entry points use it: the app's start and every command's
(a query command's start-up ran about fifteen collections, ~2.5 ms, over objects that live as
long as the process)."""

from __future__ import annotations

import gc

_collector_paused = False


def pause_collector() -> None:
    """Hold Python's cyclic garbage collector until :func:`resume_collector`.

    Start-up creates some hundred thousand objects (PySide6's enums and types, our modules, the
    first screen's widgets; for a command, its modules and its parser) and frees almost none,
    yet each allocation burst triggers a collection that walks them all again. Reference
    counting still frees everything without cycles meanwhile.
    """
    global _collector_paused
    if gc.isenabled():
        gc.disable()
        _collector_paused = True


def resume_collector() -> None:
    """Undo :func:`pause_collector` (no-op otherwise, e.g. in tests). What start-up built is
    frozen first (moved out of the collector's generations: it lives as long as the app), so
    later collections do not walk it either."""
    global _collector_paused
    if _collector_paused:
        _collector_paused = False
        gc.freeze()
        gc.enable()
