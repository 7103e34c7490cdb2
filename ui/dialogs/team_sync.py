"""File ▸ Sync with team: what is not yet synced, and a sync with progress and Cancel (issue 21).

The sync runs as a child process (``fieldride --data-dir FOLDER sync --progress``) through
:class:`ui.child_command.ChildCommand` (why a process and why Cancel is safe: its docstring).
When the child ends, the window reloads what it shows (``sync_finished``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.child_command import ChildCommand


class TeamSyncDialog(QDialog):
    """Shows the team, the rides not yet synced, and runs a sync on request."""

    sync_finished = Signal(bool)  # True when the sync ran to the end

    def __init__(
        self,
        folder: Path,
        team_text: str,
        pending_count: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync with team"))
        self.command = ChildCommand(folder, self)
        self.command.progress.connect(self._progress)
        self.command.finished.connect(self._finished)
        layout = QVBoxLayout(self)
        self.team_label = QLabel(team_text)
        self.team_label.setWordWrap(True)
        self.pending_label = QLabel(self._pending_text(pending_count))
        self.pending_label.setAccessibleName(self.tr("Not yet synced"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Sync status"))
        buttons = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("&Sync now"))
        self.cancel_button = QPushButton(self.tr("&Cancel sync"))
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
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

    def _pending_text(self, count: int) -> str:
        if count == 0:
            return self.tr("Everything written here is on the team server.")
        return self.tr("Rides not yet synced: {count}.").format(count=count)

    def set_pending(self, count: int) -> None:
        self.pending_label.setText(self._pending_text(count))

    def running(self) -> bool:
        return self.command.running()

    def start_sync(self) -> None:
        if not self.command.start(["sync", "--progress"]):
            return
        self.sync_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)  # busy until the first progress line
        self.status.setText(self.tr("Connecting to the team server…"))

    def cancel_sync(self) -> None:
        """End the sync now: what reached the server is kept, the rest goes next time."""
        if self.running():
            self.status.setText(self.tr("Cancelling…"))
            self.command.cancel()

    def _progress(self, what: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(
            self.tr("{what}: {done} of {total}").format(what=what, done=done, total=total)
        )

    def _finished(self, ok: bool, cancelled: bool, output: list[str], refusal: str) -> None:
        self.sync_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if ok else 0)
        if cancelled:
            self.status.setText(
                self.tr(
                    "Sync cancelled. What reached the team server is kept; the rest goes out "
                    "at the next sync."
                )
            )
        elif ok:
            self.status.setText("\n".join(output) or self.tr("Synced."))
        else:
            self.status.setText(refusal or self.tr("The sync stopped with an error (see the log)."))
        self.adjustSize()  # the report is several lines: let the dialog grow to show them
        self.sync_finished.emit(ok)
