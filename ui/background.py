"""Slow work off the UI thread, through one helper.

``run_in_background(fn, on_done, on_error)`` runs ``fn()`` in the global QThreadPool and calls
``on_done(result)`` or ``on_error(exception)`` back on the UI thread. Worker code never touches
widgets. The store's connection belongs to the UI thread: background work that needs the DB opens
its own read connection or works on plain data (e.g. building a PDF from a report dataclass).

``pool`` runs the job in another QThreadPool than the global one: the start-up integrity check
uses its own (``checks_pool()``), so a long check never delays a screen's data loading, which
uses the global pool.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as err:  # reported to the UI thread, never swallowed
            self.signals.failed.emit(err)
        else:
            self.signals.done.emit(result)


_alive: set[_Job] = set()
_checks_pool: QThreadPool | None = None


def checks_pool() -> QThreadPool:
    """One thread for long read-only checks (start-up integrity check, daily backup)."""
    global _checks_pool
    if _checks_pool is None:
        _checks_pool = QThreadPool()
        _checks_pool.setMaxThreadCount(1)
    return _checks_pool


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    pool: QThreadPool | None = None,
) -> None:
    job = _Job(fn)
    job.setAutoDelete(False)
    _alive.add(job)

    def finish(cb: Callable[[Any], None], value: Any) -> None:
        _alive.discard(job)
        cb(value)

    job.signals.done.connect(lambda r: finish(on_done, r))
    job.signals.failed.connect(lambda e: finish(on_error, e))
    (pool or QThreadPool.globalInstance()).start(job)
