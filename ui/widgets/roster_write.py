"""Writing a previewed roster (Sellers ▸ Import roster…, after the manager chose Import): off the
UI thread, behind the app's cancellable progress dialog (issue 24: 4,990 sellers froze the
window for 3.1 s when the write ran on the UI thread).

The write runs as ``fieldride roster import FILE --progress --expect DIGEST`` in a child process
(:class:`ui.child_command.ChildCommand`), as bundle import and the demo fill do, not in a
thread: it writes the store while the window has it open, and a store has one writer connection
per process (STACK-NOTES). The child plans the file again and writes only if its plan has the
digest of the one previewed (:func:`fieldride.team.plan_fingerprint`: same file, same sellers),
all in one transaction; so Cancel (ending the child) leaves the data file as it was, and a write
that completed is committed. A Cancel that came after the commit is told apart by reading the
sellers back: they are the ones the plan was made against exactly when nothing was written.

When the storage refuses the write in the child (disk full, read-only, locked: exit status
:data:`fieldride.cli.roster.STORAGE_REFUSED`) the write goes through the store's queue in the app
instead (:func:`ui.saving.run`), as every write does: it waits there and the status bar says so.
"""

from __future__ import annotations

import dataclasses
import sqlite3

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from fieldride.errors import DomainError
from fieldride.progress import Progress
from fieldride.store import Store
from fieldride.team import RosterPlan, RosterResult, apply_roster_plan, list_sellers
from ui import saving
from ui.child_command import ChildCommand
from ui.prompts import PromptService
from ui.widgets.progress_dialog import SHOW_AFTER_MS, ProgressDialog

STORAGE_REFUSED = 75  # fieldride.cli.roster.STORAGE_REFUSED (the UI does not import the CLI)


class RosterWrite(QObject):
    """One write of a previewed roster: its child command and progress dialog. :attr:`ended`
    with how it ended: "done", "cancelled", "failed" or "waiting" (in the store's queue)."""

    ended = Signal(str)

    def __init__(
        self, store: Store, plan: RosterPlan, prompts: PromptService, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.plan = plan
        self.prompts = prompts
        self.state = "running"
        self.progress = Progress()
        self.name = plan.preview.path.name
        self.dialog = ProgressDialog(
            self.tr("Importing a roster"),
            self.tr("Writing the sellers of {file}…").format(file=self.name),
            self.tr("Sellers written: {count}"),
            parent,
        )
        self.command = ChildCommand(store.folder, self.dialog)  # closing the dialog cancels it
        self.command.progress.connect(self._progress)
        self.command.finished.connect(self._finished)
        self.dialog.cancel_requested.connect(self.cancel)
        # a small roster is written before the dialog would appear: no flash
        self._show = QTimer(self)
        self._show.setSingleShot(True)
        self._show.timeout.connect(self.dialog.open)

    def start(self) -> None:
        from fieldride.team import plan_fingerprint

        args = ["roster", "import", str(self.plan.preview.path), "--progress"]
        self.command.start([*args, "--expect", plan_fingerprint(self.plan)])
        self._show.start(SHOW_AFTER_MS)

    def cancel(self) -> None:
        """What Cancel does: end the child; its transaction is rolled back."""
        if self.state == "running":
            self.dialog.stopping()
            self._show.stop()
            self.dialog.open()
            self.command.cancel()

    def result(self) -> RosterResult:
        """What was written: the previewed plan, which the child wrote as it was."""
        return dataclasses.replace(self.plan.preview, dry_run=False)

    def _progress(self, _what: str, done: int, total: int) -> None:
        self.progress.done, self.progress.total = done, total
        self.dialog.show_progress(self.progress)

    def _finished(self, ok: bool, cancelled: bool, _output: list[str], refusal: str) -> None:
        self._show.stop()
        self.dialog.hide()
        self.dialog.deleteLater()
        title = self.tr("Roster not imported")
        if cancelled and self._unchanged():
            self._end("cancelled")
            self.prompts.info(
                self.tr("Roster not imported"),
                self.tr("Cancelled: no seller was added or changed."),
            )
        elif ok or cancelled:  # a Cancel that came after the commit: the roster is in
            self._end("done")
        elif self.command.exit_code == STORAGE_REFUSED:
            self._through_queue()
        else:
            self._end("failed")
            self.prompts.error(
                title,
                self.tr("{file}: {error}").format(
                    file=self.name,
                    error=refusal or self.tr("the sellers could not be written (see the log)."),
                ),
            )

    def _unchanged(self) -> bool:
        return tuple(list_sellers(self.store, include_archived=True)) == self.plan.sellers_seen

    def _through_queue(self) -> None:
        def refused(err: DomainError) -> None:
            self._end("failed")
            self.prompts.error(
                self.tr("Roster not imported"),
                self.tr("{file}: {error}").format(file=self.name, error=err),
            )

        try:
            # a roster the disk cannot take yet is kept and written when it can be (the status
            # bar says so meanwhile)
            written = saving.run(
                self.store,
                "sellers: import roster",
                apply_roster_plan,
                self.store,
                self.plan,
                refused=refused,
                done=lambda _result: self._end("done"),
            )
        except sqlite3.Error as err:  # not a storage failure (those wait in the queue)
            refused(DomainError(str(err)))
            return
        if written.waiting and self.state == "running":
            self._end("waiting")

    def _end(self, state: str) -> None:
        first = self.state in ("running", "waiting")
        self.state = state
        if first:
            self.ended.emit(state)
