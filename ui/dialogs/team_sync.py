"""File ▸ Sync with team: what is not yet synced, and a sync with progress and Cancel (issue 21).

The sync runs as a child process (``fieldride --data-dir FOLDER sync --progress``), not in this
one: the network, the PostgreSQL driver and the merges stay off the UI thread and out of the
app's process (the app never loads psycopg), the child opens the store the way every command
does, and Cancel simply ends the child. That is safe by design: each ride is one transaction on
the server and one locally, and what went out is recorded only after the server committed, so a
cut-off sync sends the rest next time and nothing twice. When the child ends, the window
reloads what it shows (``sync_finished``).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QProcess, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldride.wording import plural

log = logging.getLogger(__name__)

Command = Callable[[Path], tuple[str, list[str]]]


def sync_command(folder: Path) -> tuple[str, list[str]]:
    """The program and arguments that sync ``folder``: this app's own executable in a bundle,
    else this Python running the ``fieldride`` package."""
    args = ["--data-dir", str(folder), "sync", "--progress"]
    if getattr(sys, "frozen", False):
        return sys.executable, args
    return sys.executable, ["-m", "fieldride", *args]


class TeamSyncDialog(QDialog):
    """Shows the team, the rides not yet synced, and runs a sync on request."""

    sync_finished = Signal(bool)  # True when the sync ran to the end

    def __init__(
        self,
        folder: Path,
        team_text: str,
        pending_count: int,
        parent: QWidget | None = None,
        command: Command = sync_command,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Sync with team")
        self._folder = folder
        self._command = command
        self._output: list[str] = []
        self._cancelled = False
        self.process: QProcess | None = None
        layout = QVBoxLayout(self)
        self.team_label = QLabel(team_text)
        self.team_label.setWordWrap(True)
        self.pending_label = QLabel(self._pending_text(pending_count))
        self.pending_label.setAccessibleName("Not yet synced")
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setAccessibleName("Sync progress")
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Sync status")
        buttons = QHBoxLayout()
        self.sync_button = QPushButton("&Sync now")
        self.cancel_button = QPushButton("&Cancel sync")
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton("Close")
        for button in (self.sync_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)
        self.sync_button.clicked.connect(self.start_sync)
        self.cancel_button.clicked.connect(self.cancel_sync)
        self.close_button.clicked.connect(self.close)
        for widget in (self.team_label, self.pending_label, self.progress, self.status):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.sync_button.setDefault(True)
        self.setMinimumWidth(460)

    @staticmethod
    def _pending_text(count: int) -> str:
        if count == 0:
            return "Everything written here is on the team server."
        return f"{plural(count, 'ride')} not yet synced."

    def set_pending(self, count: int) -> None:
        self.pending_label.setText(self._pending_text(count))

    def running(self) -> bool:
        return self.process is not None and self.process.state() != QProcess.ProcessState.NotRunning

    def start_sync(self) -> None:
        if self.running():
            return
        program, args = self._command(self._folder)
        self._output = []
        self._cancelled = False
        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        process.readyReadStandardOutput.connect(self._read_output)
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._failed_to_start)
        self.process = process
        self.sync_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)  # busy until the first progress line
        self.status.setText("Connecting to the team server…")
        process.start(program, args)

    def cancel_sync(self) -> None:
        """End the sync now: what reached the server is kept, the rest goes next time."""
        if self.running() and self.process is not None:
            self._cancelled = True
            self.status.setText("Cancelling…")
            self.process.kill()

    def _read_output(self) -> None:
        if self.process is None:
            return
        data = bytes(self.process.readAllStandardOutput().data()).decode("utf-8", "replace")
        for line in data.splitlines():
            parts = line.split("\t")
            if len(parts) == 4 and parts[0] == "progress":
                what, done, total = parts[1], int(parts[2]), int(parts[3])
                self.progress.setRange(0, max(total, 1))
                self.progress.setValue(done)
                self.status.setText(f"{what}: {done} of {total}")
            elif line.strip():
                self._output.append(line.strip())

    def _finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        self._read_output()
        errors = b""
        if self.process is not None:
            errors = bytes(self.process.readAllStandardError().data())
        self.sync_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 1)
        ok = code == 0 and not self._cancelled
        self.progress.setValue(1 if ok else 0)
        if self._cancelled:
            self.status.setText(
                "Sync cancelled. What reached the team server is kept; the rest goes out at "
                "the next sync."
            )
        elif ok:
            self.status.setText("\n".join(self._output) or "Synced.")
        else:
            message = [
                line.removeprefix("fieldride: ")
                for line in errors.decode("utf-8", "replace").splitlines()
                if line.startswith("fieldride: ")
            ]
            self.status.setText(
                message[-1] if message else "The sync stopped with an error (see the log)."
            )
            log.warning("team sync ended with exit code %s", code)
        self.adjustSize()  # the report is several lines: let the dialog grow to show them
        self.sync_finished.emit(ok)

    def _failed_to_start(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.sync_button.setEnabled(True)
            self.cancel_button.setEnabled(False)
            self.progress.setRange(0, 1)
            self.status.setText("The sync could not be started.")
            log.warning("team sync could not start: %s", error)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        # Closing the window while a sync runs cancels it: safe (see the module docstring),
        # and never leaves a child process behind the window.
        if self.running() and self.process is not None:
            self._cancelled = True
            self.process.kill()
            self.process.waitForFinished(5000)
        super().closeEvent(event)
