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
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

T = TypeVar("T")


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable, Generic[T]):
    def __init__(self, fn: Callable[[], T]) -> None:
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


_alive: set[QRunnable] = set()  # jobs kept alive until their signal arrives
_checks_pool: QThreadPool | None = None


def checks_pool() -> QThreadPool:
    """One thread for long read-only checks (start-up integrity check, daily backup)."""
    global _checks_pool
    if _checks_pool is None:
        _checks_pool = QThreadPool()
        _checks_pool.setMaxThreadCount(1)
    return _checks_pool


def run_in_background(
    fn: Callable[[], T],
    on_done: Callable[[T], object],
    on_error: Callable[[BaseException], object],
    pool: QThreadPool | None = None,
) -> None:
    """Run ``fn()`` in ``pool`` (default: the global pool); then, on the UI thread,
    ``on_done(result)`` or ``on_error(exception)`` (an ``Exception`` ``fn`` raised)."""
    job: _Job[T] = _Job(fn)
    job.setAutoDelete(False)
    _alive.add(job)

    def done(result: T) -> None:
        _alive.discard(job)
        on_done(result)

    def failed(err: BaseException) -> None:
        _alive.discard(job)
        on_error(err)

    job.signals.done.connect(done)
    job.signals.failed.connect(failed)
    (pool or QThreadPool.globalInstance()).start(job)
