"""Python's cyclic garbage collector during start-up: paused until the first screen shows its
data (the app), or until a command starts its work (``fieldride <command>``: paused by the entry
point before it imports anything, resumed by ``fieldride.cli.main`` once the arguments are
read), then the start-up objects frozen (see docs/benchmarks.md for what it saves).

While the app runs, its full collections (the oldest generation, which walks every object the
collector tracks) wait for a pause in the writing (:func:`defer_full_collections`,
:func:`collect_if_due`; the UI calls the latter from a timer). Python starts one inside whatever
allocation crosses its threshold: on a rating keystroke that was 5-6 ms of UI-thread CPU in the
app after every screen was visited (17,000 objects not frozen), 16-19 ms in the ten-year
keystroke benchmark (issue 23: the worst key of a run). The younger generations still run as
Python schedules them (about 1 ms each).

In the core, not the UI, because both entry points use it: the app's start and every command's
(a query command's start-up ran about fifteen collections, ~2.5 ms, over objects that live as
long as the process)."""

from __future__ import annotations

import gc

_collector_paused = False
# The oldest generation's threshold while full collections are deferred: never reached.
_NEVER = 2**31 - 1
# Collections of the middle generation after which a full collection is due: Python's own
# default threshold for the oldest generation.
FULL_AFTER = 10
# ... and after which it runs even while writes go on (a writer that never pauses).
FULL_BACKSTOP = 100
_deferred_from: int | None = None  # the threshold deferring replaced


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


def defer_full_collections() -> None:
    """Stop Python from starting full collections by itself: they run from
    :func:`collect_if_due` instead, called when the work pauses. Undone by
    :func:`restore_full_collections`; calling it twice is harmless."""
    global _deferred_from
    young, middle, oldest = gc.get_threshold()
    if _deferred_from is None:
        _deferred_from = oldest
    gc.set_threshold(young, middle, _NEVER)


def restore_full_collections() -> None:
    """Python starts full collections by itself again (no-op when they were not deferred)."""
    global _deferred_from
    if _deferred_from is not None:
        young, middle, _oldest = gc.get_threshold()
        gc.set_threshold(young, middle, _deferred_from)
        _deferred_from = None


def collections_since_full() -> int:
    """How many collections of the middle generation ran since the last full collection."""
    return int(gc.get_count()[2])


def collect_if_due(quiet: bool) -> bool:
    """Run a full collection when one is due and the work has paused (``quiet``), or when so
    many are overdue that it runs anyway (:data:`FULL_BACKSTOP`). True when it ran."""
    due = collections_since_full()
    if due > FULL_BACKSTOP or (quiet and due > FULL_AFTER):
        gc.collect()
        return True
    return False
