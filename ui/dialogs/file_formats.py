"""Help ▸ Scorecard and roster files: what the files look like, in plain words, and templates
to start from (a scorecard as Excel or CSV, a roster as CSV), saved where the manager chooses.

The page is resources/help/file-formats.html (shipped with the app; the manager has no other
documentation), or its German or Spanish copy in resources/help/<code>/ for a manager in that
language; the templates are written in the same language (fieldride.i18n.localized_resource).
Saving goes through the prompt service's save picker, refuses paths inside the data folder
(:func:`fieldride.store.check_output_path`) and reports a failed write in one line, never a
traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fieldride.i18n import localized_resource
from fieldride.scorecards.templates import write_scorecard_template
from fieldride.store import OutputPathError, check_output_path
from fieldride.team import write_roster_template
from ui import settings
from ui.prompts import PromptService
from ui.translation import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

TEMPLATES: dict[str, tuple[str, str, str]] = {
    # kind: (button text, suggested file name, file filter)
    # (the texts are translated where shown, context "FileFormatsDialog")
    "scorecard-xlsx": (
        QT_TRANSLATE_NOOP("FileFormatsDialog", "Save a scorecard template (Excel)…"),
        "scorecard-template.xlsx",
        QT_TRANSLATE_NOOP("FileFormatsDialog", "Excel workbook (*.xlsx)"),
    ),
    "scorecard-csv": (
        QT_TRANSLATE_NOOP("FileFormatsDialog", "Save a scorecard template (CSV)…"),
        "scorecard-template.csv",
        QT_TRANSLATE_NOOP("FileFormatsDialog", "CSV file (*.csv)"),
    ),
    "roster-csv": (
        QT_TRANSLATE_NOOP("FileFormatsDialog", "Save a roster template (CSV)…"),
        "roster-template.csv",
        QT_TRANSLATE_NOOP("FileFormatsDialog", "CSV file (*.csv)"),
    ),
}


def help_html() -> str:
    """The help page in the interface language (English if that language has none); a
    one-line explanation if it is missing from a broken install."""
    try:
        return localized_resource("help", "file-formats.html").read_text(encoding="utf-8")
    except OSError:
        log.warning("the file formats help page is missing from the resources")
        missing = QCoreApplication.translate(
            "FileFormatsDialog",
            "The help page is missing from this installation. Reinstall FieldRide.",
        )
        return f"<p>{missing}</p>"


class FileFormatsDialog(QDialog):
    """The help page and the template buttons; open with ``open()``. Emits
    ``template_saved(path)`` after a template was written."""

    template_saved = Signal(str)

    def __init__(
        self, data_folder: Path, prompts: PromptService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.data_folder = data_folder
        self.prompts = prompts
        self.setWindowTitle(self.tr("Scorecard and roster files"))
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        self.page = QTextBrowser()
        self.page.setAccessibleName(self.tr("Scorecard and roster files help"))
        self.page.setOpenLinks(False)
        self.page.setHtml(help_html())
        layout.addWidget(self.page, 1)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for kind, (text, _name, _filter) in TEMPLATES.items():
            button = QPushButton(self.tr(text))  # marked with QT_TRANSLATE_NOOP above
            button.clicked.connect(lambda _=False, k=kind: self.save_template(k))
            row.addWidget(button)
            self.buttons[kind] = button
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

    def save_template(self, kind: str) -> Path | None:
        """Ask where, then write the template ``kind``; returns the path written or None."""
        text, name, file_filter = TEMPLATES[kind]
        text, file_filter = self.tr(text), self.tr(file_filter)
        suffix = Path(name).suffix
        suggested = str(Path(settings.last_folder()) / name)
        chosen = self.prompts.save_file(text.rstrip("…"), suggested, file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        write: Callable[[Path], Path] = (
            write_roster_template
            if kind == "roster-csv"
            else lambda p: write_scorecard_template(p, suffix.lstrip("."))
        )
        try:  # replace: the save dialog asked before returning a file that exists
            check_output_path(path, self.data_folder, replace=True)
            write(path)
        except OutputPathError as err:
            self.prompts.error(self.tr("Template not saved"), str(err))
            return None
        except OSError as err:
            self.prompts.error(
                self.tr("Template not saved"),
                self.tr("{name} could not be written: {reason}.").format(
                    name=path.name, reason=err.strerror
                ),
            )
            return None
        settings.put(settings.LAST_FOLDER, str(path.parent))
        self.template_saved.emit(str(path))
        return path
