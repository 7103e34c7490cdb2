"""How far a long job has got, and the request to stop it: shared by a worker thread and the
thread that watches it, with no Qt (the UI polls it; a command line could print it).

The worker calls :meth:`Progress.step` as it goes (and :meth:`Progress.check` at points where
stopping is safe); both raise :class:`Cancelled` once :meth:`Progress.cancel` was called, so the
job unwinds through its own ``finally``/``except`` blocks (a partial file removed, a transaction
rolled back). Plain attribute writes and a ``threading.Event``: safe to read from another thread
(a reader may see a count one step old).
"""

from __future__ import annotations

import threading


class Cancelled(Exception):  # noqa: N818 - the job was cancelled, not an error
    """Raised inside a job after :meth:`Progress.cancel`; the job left nothing behind."""


class Progress:
    """``done`` of ``total`` units (``total`` 0: not known), and whether to stop."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self.done = 0
        self.total = 0

    def cancel(self) -> None:
        """Ask the job to stop at its next :meth:`step` or :meth:`check`."""
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the job was asked to stop."""
        if self._stop.is_set():
            raise Cancelled

    def step(self, done: int, total: int | None = None) -> None:
        """Record how far the job is (``total`` when it becomes known), then :meth:`check`."""
        self.done = done
        if total is not None:
            self.total = total
        self.check()
