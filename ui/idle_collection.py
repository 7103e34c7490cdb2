"""Python's full garbage collections in the pauses of the writing, on the UI thread.

Python starts a full collection (every object the collector tracks) inside whichever allocation
crosses its threshold; in the app that is often a rating keystroke, which then took 5-6 ms more
of UI-thread CPU (16-19 ms in the ten-year keystroke benchmark, issue 23). :class:`IdleCollector`
stops Python from starting them (:func:`fieldride.collector.defer_full_collections`) and runs one
from a timer once one is due and the store's writer has written nothing for ``quiet`` seconds
(the quiet time the background checkpoints wait for too). On the UI thread, not on a worker:
a collection frees Qt objects caught in reference cycles, which must die on the thread that
owns them. A writer that never pauses still gets one once many are overdue
(:data:`fieldride.collector.FULL_BACKSTOP`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from fieldride.collector import collect_if_due, defer_full_collections, restore_full_collections
from fieldride.store.checkpoints import QUIET_S


class IdleCollector(QObject):
    """Runs the deferred full collections (see the module docstring). ``quiet_for()`` gives the
    seconds since the writer's last write (``Checkpointer.quiet_for``); the timer looks every
    ``interval_ms``. :meth:`stop` (also when the parent is destroyed) lets Python start full
    collections itself again. ``runs`` counts the collections it ran (tests)."""

    def __init__(
        self,
        parent: QObject,
        quiet_for: Callable[[], float],
        quiet: float = QUIET_S,
        interval_ms: int = 1000,
    ) -> None:
        super().__init__(parent)
        self._quiet_for = quiet_for
        self._quiet = quiet
        self.runs = 0
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        defer_full_collections()
        self._timer.start()
        self.destroyed.connect(restore_full_collections)

    def _tick(self) -> None:
        if collect_if_due(quiet=self._quiet_for() >= self._quiet):
            self.runs += 1

    def stop(self) -> None:
        self._timer.stop()
        restore_full_collections()
