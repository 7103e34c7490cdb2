"""Help ▸ Fill with a demo team…: an empty data folder filled with a realistic demo team
(seven sellers, months of rides; ``fieldride.demo``), to see the app alive before real use.

The fill runs as ``fieldride demo`` in a child process (:class:`ui.child_command.ChildCommand`)
behind the app's progress dialog (:class:`ui.widgets.progress_dialog.ProgressDialog`), not in a
thread: it writes the store while the window has it open, and a store has one writer connection
per process (STACK-NOTES). The whole fill is one transaction in the child, so Cancel (or closing
the dialog) ends the child and leaves the data file as it was. A folder that already has sellers
is never filled (the command refuses too).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from fieldride.progress import Progress
from ui.child_command import ChildCommand
from ui.prompts import PromptService
from ui.widgets.progress_dialog import ProgressDialog

# the command the child runs (a test may lengthen it: more months, same code path)
DEMO_ARGS = ["demo", "--progress"]


class DemoFill(QObject):
    """One fill: its progress dialog and child command; :attr:`ended` with how it ended
    ("done", "cancelled", "failed")."""

    ended = Signal(str)

    def __init__(self, folder: Path, prompts: PromptService, parent: QWidget) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self.state = "running"
        self.progress = Progress()
        self.dialog = ProgressDialog(
            self.tr("Demo team"),
            self.tr("Filling the data folder with a demo team…"),
            self.tr("Sellers done: {count}"),
            parent,
        )
        self.command = ChildCommand(folder, self.dialog)  # closing the dialog cancels it
        self.command.progress.connect(self._progress)
        self.command.finished.connect(self._finished)
        self.dialog.cancel_requested.connect(self.cancel)

    def start(self) -> None:
        self.command.start(DEMO_ARGS)
        self.dialog.open()

    def cancel(self) -> None:
        """What Cancel does: end the child; its transaction is rolled back."""
        if self.state == "running":
            self.dialog.stopping()
            self.command.cancel()

    def _progress(self, _what: str, done: int, total: int) -> None:
        self.progress.done, self.progress.total = done, total
        self.dialog.show_progress(self.progress)

    def _finished(self, ok: bool, cancelled: bool, _output: list[str], refusal: str) -> None:
        self.dialog.hide()
        self.dialog.deleteLater()
        if cancelled:
            self.state = "cancelled"
            self.prompts.info(
                self.tr("Demo team"), self.tr("Cancelled: the data folder is as it was.")
            )
        elif not ok:
            self.state = "failed"
            self.prompts.error(
                self.tr("Demo team"),
                self.tr("The demo team could not be added (see the log). Nothing changed."),
                refusal,
            )
        else:
            self.state = "done"
        self.ended.emit(self.state)


def fill_with_demo(
    folder: Path, has_data: bool, prompts: PromptService, parent: QWidget
) -> DemoFill | None:
    """Start a fill of ``folder``, or say why not (``has_data``: it already has sellers)."""
    if has_data:
        prompts.info(
            QCoreApplication.translate("DemoFill", "Demo team"),
            QCoreApplication.translate(
                "DemoFill",
                "The demo team goes only into an empty data folder, and this one already has "
                "sellers. To try the demo, start FieldRide with another data folder.",
            ),
        )
        return None
    fill = DemoFill(folder, prompts, parent)
    fill.start()
    return fill
