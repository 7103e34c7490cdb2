"""Long work with a progress dialog and a Cancel button, through the one background helper.

``run_with_progress(parent, title, text, job, on_done, on_error, on_cancelled)`` runs
``job(progress)`` with :func:`ui.background.run_in_background` (so the job never touches a
widget: it only updates a plain :class:`fieldride.progress.Progress`, which the dialog reads
every ``POLL_MS``). The dialog is window-modal (the window keeps painting, nothing in it can
be edited meanwhile) and appears only when the job is still running after ``SHOW_AFTER_MS``,
so a quick job does not flash a window.

Cancel asks the job to stop (``Progress.cancel``). Then:

- ``wait_for_stop=True`` (jobs that write a file): the dialog says "Stopping…" and stays until
  the job has returned, so whatever the job removes on ``Cancelled`` (a partial file) is gone
  before ``on_cancelled(result)`` runs. ``result`` is the job's return value when it had
  already finished (the click came too late to stop it), else None: the caller undoes it.
- ``wait_for_stop=False`` (jobs that only read; the caller writes with the result): the dialog
  closes at once and ``on_cancelled(None)`` runs; the job's result, when it comes, is dropped.
  Nothing was written, so nothing changed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from fieldride.progress import Cancelled, Progress
from ui.background import run_in_background

T = TypeVar("T")

SHOW_AFTER_MS = 400
POLL_MS = 100


# While a job runs, Python switches threads every SWITCH_S instead of every 5 ms. The UI
# thread takes the interpreter lock for every call into a Python-made widget (each paint, each
# event), and a busy worker hands it over only when asked, after a switch interval each time:
# at 5 ms a repaint of the dialog took seconds and a click on Cancel landed after the job had
# finished (seen under Xvfb while reading a 4,990-row roster). Restored when no job is left.
SWITCH_S = 0.0005
_running = 0
_switch_before = sys.getswitchinterval()


def _share_the_interpreter(delta: int) -> None:
    global _running, _switch_before
    if delta > 0 and _running == 0:
        _switch_before = sys.getswitchinterval()
        sys.setswitchinterval(SWITCH_S)
    _running += delta
    if _running == 0:
        sys.setswitchinterval(_switch_before)


class ProgressDialog(QDialog):
    """What is being done, how far (rows/items when the job reports them), and Cancel."""

    cancel_requested = Signal()  # Cancel, Esc or the window's close button

    def __init__(self, title: str, text: str, counted: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(380)
        self.counted = counted
        layout = QVBoxLayout(self)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the job says how much there is
        self.bar.setAccessibleName(title)
        layout.addWidget(self.bar)
        self.detail = QLabel("")
        self.detail.setProperty("role", "hint")
        layout.addWidget(self.detail)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def reject(self) -> None:
        """Esc, Cancel and the close button ask the job to stop; the task closes the dialog."""
        self.cancel_requested.emit()

    def show_progress(self, progress: Progress) -> None:
        if progress.total > 0:
            self.bar.setRange(0, progress.total)
            self.bar.setValue(min(progress.done, progress.total))
        if progress.done and self.counted:
            self.detail.setText(self.counted.format(count=QLocale().toString(progress.done)))

    def stopping(self) -> None:
        self.label.setText(self.tr("Stopping…"))
        self.cancel_button.setEnabled(False)


class ProgressTask(Generic[T]):
    """One running job: its :class:`Progress`, its dialog, and how it ended (``state``:
    running, done, failed, cancelled)."""

    def __init__(
        self,
        dialog: ProgressDialog,
        job: Callable[[Progress], T],
        on_done: Callable[[T], object],
        on_error: Callable[[BaseException], object],
        on_cancelled: Callable[[T | None], object],
        wait_for_stop: bool,
    ) -> None:
        self.progress = Progress()
        self.dialog = dialog
        self.state = "running"
        self._on_done = on_done
        self._on_error = on_error
        self._on_cancelled = on_cancelled
        self._wait = wait_for_stop
        dialog.cancel_requested.connect(self.cancel)
        self._poll = QTimer(dialog)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(lambda: dialog.show_progress(self.progress))
        self._poll.start()
        self._show = QTimer(dialog)
        self._show.setSingleShot(True)
        self._show.timeout.connect(self._appear)
        self.shown = False  # whether the dialog appeared (a quick job ends before it does)
        self._show.start(SHOW_AFTER_MS)
        _share_the_interpreter(+1)
        run_in_background(lambda: job(self.progress), self._finished, self._failed)

    def _appear(self) -> None:
        self.shown = True
        self.dialog.open()

    def cancel(self) -> None:
        """Ask the job to stop (what the Cancel button does)."""
        if self.state != "running" or self.progress.cancelled:
            return
        self.progress.cancel()
        if self._wait:
            self.dialog.stopping()
            self._show.stop()
            self._appear()  # stays up (if it was not shown yet) until the job returned
        else:
            self._end("cancelled")
            self._on_cancelled(None)

    def _end(self, state: str) -> None:
        if self.state == "running":
            _share_the_interpreter(-1)
        self.state = state
        self._poll.stop()
        self._show.stop()
        self.dialog.hide()
        self.dialog.deleteLater()

    def _finished(self, result: T) -> None:
        if self.state != "running":
            return  # cancelled without waiting: the result is dropped
        if self.progress.cancelled:
            self._end("cancelled")
            self._on_cancelled(result)
            return
        self._end("done")
        self._on_done(result)

    def _failed(self, err: BaseException) -> None:
        if self.state != "running":
            return
        if isinstance(err, Cancelled) or self.progress.cancelled:
            self._end("cancelled")
            self._on_cancelled(None)
            return
        self._end("failed")
        self._on_error(err)


def run_with_progress(
    parent: QWidget | None,
    title: str,
    text: str,
    job: Callable[[Progress], T],
    on_done: Callable[[T], object],
    on_error: Callable[[BaseException], object],
    on_cancelled: Callable[[T | None], object],
    *,
    counted: str = "",
    wait_for_stop: bool = True,
) -> ProgressTask[T]:
    """Run ``job(progress)`` off the UI thread behind a cancellable progress dialog (see the
    module docstring). ``counted``: a whole translated sentence with ``{count}`` for
    ``progress.done`` ("{count} rows written"), shown as it grows."""
    dialog = ProgressDialog(title, text, counted, parent)
    return ProgressTask(dialog, job, on_done, on_error, on_cancelled, wait_for_stop)
