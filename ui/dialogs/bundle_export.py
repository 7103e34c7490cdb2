"""File ▸ Export bundle…: write one bundle file of this folder's rides, sellers and scorecards
(issue 21, sharing without a server).

The export runs as ``fieldride bundle export`` in a child process
(:class:`ui.child_command.ChildCommand`): it reads the whole store and records what it sent, so
it is store work of its own, out of the UI thread; Cancel ends it and leaves no file (the bundle
is written through a partial file and a rename). Private notes never go into a bundle.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import settings
from ui.child_command import ChildCommand
from ui.prompts import PromptService
from ui.translation import QT_TRANSLATE_NOOP, ui_date_format

BUNDLE_FILTER = QT_TRANSLATE_NOOP(
    "BundleExportDialog", "FieldRide bundles (*.fieldride.json *.json)"
)


def bundle_filter() -> str:
    """The file dialogs' filter for bundles, in the UI language."""
    return QCoreApplication.translate("BundleExportDialog", BUNDLE_FILTER)


class BundleExportDialog(QDialog):
    exported = Signal(str)  # the file written

    def __init__(self, folder: Path, prompts: PromptService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export bundle"))
        self.prompts = prompts
        self.command = ChildCommand(folder, self)
        self.command.finished.connect(self._finished)
        self._target = ""
        intro = QLabel(
            self.tr(
                "A bundle is one file with your rides, their sellers and the scorecards they "
                "use; private notes never go into it. A director, or your own new laptop, "
                "imports it with File ▸ Import bundle…"
            )
        )
        intro.setWordWrap(True)
        self.since_box = QCheckBox(self.tr("Only rides changed since:"))
        self.since_box.setChecked(True)
        self.since = QDateEdit(QDate.currentDate().addMonths(-3))
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat(ui_date_format())
        self.since_box.toggled.connect(self.since.setEnabled)
        self.busy = QProgressBar()
        self.busy.setRange(0, 1)
        self.busy.setVisible(False)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Export status"))
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.choose_and_export)
        self.cancel_button = QPushButton(self.tr("&Cancel export"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.command.cancel)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        since_row = QHBoxLayout()
        since_row.addWidget(self.since_box)
        since_row.addWidget(self.since)
        since_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.export_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(since_row)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setMinimumWidth(480)

    def since_text(self) -> str | None:
        return self.since.date().toString("yyyy-MM-dd") if self.since_box.isChecked() else None

    def choose_and_export(self) -> None:
        name = f"fieldride-{date.today().isoformat()}.fieldride.json"
        chosen = self.prompts.save_file(
            self.tr("Export bundle"), str(Path(settings.last_folder()) / name), bundle_filter()
        )
        if chosen:
            self.export_to(chosen)

    def export_to(self, path: str) -> None:
        """Write the bundle to ``path`` (replacing it: the save dialog already asked)."""
        args = ["bundle", "export", "--out", path, "--force"]
        since = self.since_text()
        if since:
            args += ["--since", since]
        if not self.command.start(args):
            return
        self._target = path
        settings.put(settings.LAST_FOLDER, str(Path(path).parent))
        self.busy.setRange(0, 0)
        self.busy.setVisible(True)
        self.export_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Writing the bundle…"))

    def _finished(self, ok: bool, cancelled: bool, output: list[str], refusal: str) -> None:
        self.busy.setRange(0, 1)
        self.busy.setVisible(False)
        self.export_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if cancelled:
            self.status.setText(self.tr("Export cancelled: no file was written."))
        elif not ok:
            self.status.setText(refusal or self.tr("The export failed (see the log)."))
        else:
            self.status.setText("\n".join(output))
            self.exported.emit(self._target)
        self.adjustSize()
