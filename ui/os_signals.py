"""Quit cleanly on SIGINT and SIGTERM (Ctrl+C in a terminal, ``kill``, ``timeout``, a session
logging out).

Without this, SIGTERM ends the process on the spot (the lock and the open-marker stay behind, so
the next start is treated as an unclean shutdown) and SIGINT raises ``KeyboardInterrupt`` inside
whatever Python code Qt happens to be calling (an event filter), printing a traceback.

Python runs a signal handler only when the interpreter gets control, and inside ``app.exec()``
it may not for a long time. ``signal.set_wakeup_fd`` makes the C-level handler write a byte to a
pipe that a ``QSocketNotifier`` watches, which wakes the event loop at once; the Python handler
then closes the window the way the user would (pending edits flushed) and quits. A pipe, not a
socket pair: the app opens no sockets. Windows has no pipe wake-up for signals, so there a
short timer gives the interpreter a turn instead.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

log = logging.getLogger(__name__)

HANDLED = (signal.SIGINT, signal.SIGTERM)


class QuitOnSignal(QObject):
    """Owns the wake-up pipe and the previous handlers; :meth:`restore` puts them back."""

    def __init__(self, quit_cleanly: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quit_cleanly = quit_cleanly
        self._received: int | None = None
        self._previous = {sig: signal.getsignal(sig) for sig in HANDLED}
        self._old_wakeup_fd = -1
        self._pipe: tuple[int, int] | None = None
        self._notifier: QSocketNotifier | None = None
        self._timer: QTimer | None = None
        if sys.platform == "win32":
            self._timer = QTimer(self)
            self._timer.timeout.connect(lambda: None)  # lets Python run pending handlers
            self._timer.start(250)
        else:
            read_fd, write_fd = os.pipe()
            os.set_blocking(read_fd, False)
            os.set_blocking(write_fd, False)
            self._pipe = (read_fd, write_fd)
            self._old_wakeup_fd = signal.set_wakeup_fd(write_fd, warn_on_full_buffer=False)
            self._notifier = QSocketNotifier(read_fd, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._drain)
        for sig in HANDLED:
            signal.signal(sig, self._handle)

    @property
    def received(self) -> int | None:
        """The signal that asked the app to quit, if one did."""
        return self._received

    def _handle(self, signum: int, _frame: FrameType | None) -> None:
        if self._received is not None:
            return  # a second Ctrl+C while quitting: the first one is being honoured
        self._received = signum
        log.info("quitting on %s", signal.Signals(signum).name)
        QTimer.singleShot(0, self._quit_cleanly)

    def _drain(self) -> None:
        if self._pipe is None:
            return
        try:
            while os.read(self._pipe[0], 512):
                pass
        except BlockingIOError:
            pass

    def restore(self) -> None:
        """Put back the previous handlers and close the pipe (at the end of ``run_app``)."""
        for sig, previous in self._previous.items():
            signal.signal(sig, previous)
        if self._timer is not None:
            self._timer.stop()
        if self._pipe is not None:
            signal.set_wakeup_fd(self._old_wakeup_fd)
            if self._notifier is not None:
                self._notifier.setEnabled(False)
            for fd in self._pipe:
                os.close(fd)
            self._pipe = None
