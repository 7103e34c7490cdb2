"""Scorecards: the library of standards.

Left: the scorecards (latest versions; archived ones on request) and the version history of the
selected one. Right: the selected version as a manager reads it during a ride. Actions: import
(button or drop a file anywhere on the screen; read and validated off the UI thread), export the
selected version to YAML or Excel, duplicate, archive/restore. A refused file shows every problem
in a list above the library and changes nothing.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import deque
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldride.errors import DomainError
from fieldride.scorecards.export import export_scorecard
from fieldride.scorecards.import_plan import plan_scorecard_import
from fieldride.scorecards.loaders import (
    FILE_FILTER,
    SUPPORTED_SUFFIXES,
    LoadedScorecard,
    read_scorecard_file,
)
from fieldride.scorecards.model import ScorecardVersion
from fieldride.scorecards.store import (
    SaveResult,
    archive_scorecard,
    duplicate_scorecard,
    list_latest,
    rides_per_version,
    save_scorecard_reporting,
    versions_of,
)
from fieldride.store import OutputPathError, Store, check_output_path
from fieldride.tabular import ImportFileError
from ui import saving, settings
from ui.background import run_in_background
from ui.models.records import RECORD_ROLE
from ui.prompts import PromptService
from ui.screens.scorecards.history import ScorecardHistory
from ui.screens.scorecards.preview import ScorecardPreview
from ui.translation import QT_TRANSLATE_NOOP
from ui.widgets.document_actions import Document, DocumentActions, safe_file_name
from ui.widgets.empty_state import EmptyState
from ui.widgets.file_drop import dropped_files
from ui.widgets.import_errors import ImportErrorsPanel
from ui.widgets.progress_dialog import ProgressTask, run_with_progress
from ui.widgets.record_table import RecordTable

log = logging.getLogger(__name__)


def _name(v: ScorecardVersion) -> str:
    if not v.archived:
        return v.name
    return QCoreApplication.translate("ScorecardsScreen", "{name} (archived)").format(name=v.name)


COLUMNS = [
    (QT_TRANSLATE_NOOP("Columns", "Name"), _name),
    (QT_TRANSLATE_NOOP("Columns", "Version"), lambda v: v.version),
    (QT_TRANSLATE_NOOP("Columns", "Behaviours"), lambda v: len(v.card.behaviours())),
]
# the menu's label and the file dialog's filter, translated where shown (ScorecardsScreen)
EXPORT_FORMATS = {
    "yaml": (
        QT_TRANSLATE_NOOP("ScorecardsScreen", "YAML file…"),
        QT_TRANSLATE_NOOP("ScorecardsScreen", "YAML (*.yaml *.yml)"),
    ),
    "xlsx": (
        QT_TRANSLATE_NOOP("ScorecardsScreen", "Excel workbook (XLSX)…"),
        QT_TRANSLATE_NOOP("ScorecardsScreen", "Excel workbook (*.xlsx)"),
    ),
}
DROP_HINT = QT_TRANSLATE_NOOP(
    "ScorecardsScreen",
    "Drop a scorecard file (YAML, JSON, CSV or Excel) anywhere here to import it.",
)


def _local_files(event: QDragEnterEvent | QDropEvent) -> list[str]:
    return dropped_files(event, SUPPORTED_SUFFIXES)


class ScorecardsScreen(QWidget):
    """The scorecard library. Emits ``scorecard_imported(key)`` after a stored import,
    ``data_changed`` whenever scorecards changed, ``saved(what)`` after a commit."""

    scorecard_imported = Signal(str)
    data_changed = Signal()
    saved = Signal(str)
    import_finished = Signal(bool)

    def __init__(self, store: Store, prompts: PromptService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.prompts = prompts
        self._queue: deque[str] = deque()
        self._busy = False
        self.import_task: ProgressTask[LoadedScorecard] | None = None  # the file being read
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addLayout(self._build_toolbar())
        self.status = QLabel(self.tr(DROP_HINT))
        self.status.setAccessibleName(self.tr("Scorecard status"))
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.errors = ImportErrorsPanel()
        self.errors.dismissed.connect(lambda: self._set_status(self.tr(DROP_HINT), hint=True))
        layout.addWidget(self.errors, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        settings.remember_layout(splitter)
        splitter.addWidget(self._build_library())
        self.preview = ScorecardPreview()
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 660])
        layout.addWidget(splitter, 5)
        self.blank_scorecard = DocumentActions(
            self.tr("blank scorecard"), store, prompts, self._blank_scorecard, self
        )
        self.blank_scorecard.setToolTip(
            self.tr(
                "The selected version on paper, with columns for four calls, for a ride without "
                "the laptop"
            )
        )
        layout.addWidget(self.blank_scorecard)

    # --- construction -------------------------------------------------------------------------
    def _build_toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        title = QLabel(self.tr("Scorecards"))
        title.setProperty("role", "heading")
        bar.addWidget(title)
        bar.addStretch(1)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(
            self.tr("Import a scorecard from a YAML, JSON, CSV or Excel file")
        )
        self.import_button.clicked.connect(self.choose_file)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export"))
        self.export_button.setAccessibleName(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        for fmt, (label, _) in EXPORT_FORMATS.items():
            menu.addAction(self.tr(label), partial(self.export_selected, fmt))
        self.export_button.setMenu(menu)
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.duplicate_button.setToolTip(
            self.tr("Copy this scorecard to adapt it; the original stays")
        )
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.clicked.connect(self.toggle_archive)
        for button in (
            self.import_button,
            self.export_button,
            self.duplicate_button,
            self.archive_button,
        ):
            bar.addWidget(button)
        return bar

    def _build_library(self) -> QWidget:
        left = QWidget()
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 0, 0)
        self.show_archived = QCheckBox(self.tr("Show archived scorecards"))
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        col.addWidget(self.show_archived)
        empty = EmptyState(
            self.tr("No scorecards yet. Import one from a file, or drop the file here."),
            self.tr("Import a scorecard…"),
            self.choose_file,
        )
        self.table = RecordTable(COLUMNS, empty, self.tr("Scorecards"))
        self.table.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.view.selectionModel().selectionChanged.connect(self._on_selected)
        col.addWidget(self.table, 3)
        self.history = ScorecardHistory()
        self.history.setMaximumHeight(190)
        self.history.version_selected.connect(self._on_version)
        col.addWidget(self.history, 1)
        return left

    # --- state --------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Data loads when the screen is shown (each time it comes into view), not when built."""
        if not event.spontaneous():
            self.refresh()
        super().showEvent(event)

    def refresh(self, select_key: str | None = None) -> None:
        current = self.table.selected()
        key = select_key or (current.key if current else None)
        versions = list_latest(self.store, include_archived=self.show_archived.isChecked())
        self.table.set_records(versions)
        if key:
            self.select_key(key)
        if not self.table.selected() and versions:
            self.table.view.selectRow(0)
        if not versions:
            self._on_selected()

    def select_key(self, key: str) -> bool:
        for row in range(self.table.proxy.rowCount()):
            version = self.table.proxy.index(row, 0).data(RECORD_ROLE)
            if version is not None and version.key == key:
                self.table.view.selectRow(row)
                return True
        return False

    def selected_version(self) -> ScorecardVersion | None:
        """The version shown in the preview (the history's selection, else the latest)."""
        return self.history.selected() or self.table.selected()

    def _blank_scorecard(self) -> Document:
        """The selected version as a blank paper scorecard (read now; laid out on a worker)."""
        from fieldride.reports.data import blank_scorecard_data, render_options

        version = self.selected_version()
        if version is None:
            raise DomainError(self.tr("Select a scorecard first."))
        data = blank_scorecard_data(self.store, version.card.key, version.version)
        options = render_options(self.store)

        def build() -> bytes:
            from fieldride.reports.blank_scorecard import build_blank_scorecard

            return build_blank_scorecard(data, options)

        title = self.tr("Blank scorecard")
        name = safe_file_name(title, version.card.name, f"v{version.version}")
        return Document(title, name, build)

    def _on_selected(self) -> None:
        latest = self.table.selected()
        if latest is None:
            self.history.set_versions([], {})
        else:
            self.history.set_versions(
                versions_of(self.store, latest.key), rides_per_version(self.store, latest.key)
            )
        self._update_buttons()

    def _on_version(self, version: ScorecardVersion | None) -> None:
        self.preview.show_version(version)
        self._update_buttons()

    def _update_buttons(self) -> None:
        latest = self.table.selected()
        has = latest is not None
        self.export_button.setEnabled(has)
        self.duplicate_button.setEnabled(has)
        self.archive_button.setEnabled(has)
        self.archive_button.setText(
            self.tr("Restore") if latest and latest.archived else self.tr("Archive")
        )
        self.import_button.setEnabled(not self._busy)
        self.blank_scorecard.setEnabled(self.selected_version() is not None)

    def _set_status(self, text: str, hint: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("role", "hint" if hint else "")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    # --- import -------------------------------------------------------------------------------
    def choose_file(self) -> None:
        folder = settings.last_folder()
        path = self.prompts.open_file(self.tr("Import a scorecard"), folder, FILE_FILTER)
        if path:
            self.import_files([path])

    def import_files(self, paths: list[str]) -> None:
        """Queue files for import; each is read off the UI thread, then stored in one
        transaction. Emits ``import_finished(ok)`` after each file."""
        self._queue.extend(paths)
        if not self._busy:
            self._next_import()

    def _next_import(self) -> None:
        if not self._queue:
            self._busy = False
            self._update_buttons()
            return
        path = Path(self._queue.popleft())
        self._busy = True
        self._update_buttons()
        self.errors.clear()
        self._set_status(self.tr("Reading {name}…").format(name=path.name))
        settings.put(settings.LAST_FOLDER, str(path.parent))
        # reading and checking only: Cancel drops what was read, the store is not touched
        self.import_task = run_with_progress(
            self,
            self.tr("Importing a scorecard"),
            self.tr("Reading {name}…").format(name=path.name),
            lambda _progress: read_scorecard_file(path),
            lambda loaded: self._imported(path, loaded),
            lambda err: self._import_failed(path, err),
            lambda _loaded: self._import_cancelled(path),
            wait_for_stop=False,
        )

    def _import_cancelled(self, path: Path) -> None:
        """Cancel stops this file and the ones queued after it; nothing was stored."""
        left = len(self._queue)
        self._queue.clear()
        if left:
            text = self.tr(
                "{name} and the files queued after it were not imported (cancelled). "
                "Nothing was changed."
            ).format(name=path.name)
        else:
            text = self.tr("{name} was not imported (cancelled). Nothing was changed.").format(
                name=path.name
            )
        self._set_status(text)
        self.import_finished.emit(False)
        self._next_import()

    def _imported(self, path: Path, loaded: LoadedScorecard) -> None:
        """Store what was read; when the new version changes which behaviours keep their
        trends (matched by title, new or dropped ones), say so and ask first."""
        try:
            plan = plan_scorecard_import(self.store, loaded.card)
            if plan.breaks_trends and not self.prompts.confirm(
                self.tr("Import the new version?"),
                self.tr("{name} is a new version of “{card}”. {consequences}\n\nImport it?").format(
                    name=path.name, card=plan.card.name, consequences=plan.consequences()
                ),
            ):
                self._set_status(
                    self.tr("{name} was not imported. Nothing was changed.").format(name=path.name)
                )
                self.import_finished.emit(False)
                self._next_import()
                return
            said = " ".join(p for p in (plan.consequences(), *loaded.notes) if p)
            written = saving.run(
                self.store,
                "scorecards: import",
                save_scorecard_reporting,
                self.store,
                plan.card,
                source=path.name,
                done=lambda result: self._stored(path, result, said),
            )
        except (DomainError, sqlite3.Error) as err:
            log.warning("storing an imported scorecard failed: %s", type(err).__name__)
            self._set_status(self.tr("{name} was not imported.").format(name=path.name))
            self.prompts.error(
                self.tr("Import failed"),
                self.tr("{name} was read but could not be stored. Nothing was changed.").format(
                    name=path.name
                ),
                str(err),
            )
            self.import_finished.emit(False)
        else:
            if not written.committed:  # committed: ``done`` reported it (or will, from the queue)
                self._set_status(
                    self.tr(
                        "{name} was read but is not stored yet: the data file cannot be "
                        "written just now (see the status bar). FieldRide stores it when it can."
                    ).format(name=path.name)
                )
                self.import_finished.emit(False)
        self._next_import()

    def _stored(self, path: Path, result: SaveResult, said: str = "") -> None:
        # describe() and the notes are the core's words (translated there)
        self._set_status(
            self.tr("{name}: {result} {notes}")
            .format(name=path.name, result=result.describe(), notes=said)
            .rstrip()
        )
        self.show_archived.setChecked(self.show_archived.isChecked() or result.version.archived)
        self.refresh(select_key=result.version.key)
        self.saved.emit(self.tr("scorecard imported"))
        self.scorecard_imported.emit(result.version.key)
        self.data_changed.emit()
        self.import_finished.emit(True)

    def _import_failed(self, path: Path, err: BaseException) -> None:
        if isinstance(err, ImportFileError):
            self.errors.show_problems(
                self.tr("{name} was not imported").format(name=path.name), err.problems
            )
            self._set_status(
                self.tr(
                    "{name} was not imported: %n problem(s) to fix (listed below). "
                    "Nothing was changed.",
                    "",
                    len(err.problems),
                ).format(name=path.name)
            )
        else:
            log.error("unexpected error importing a scorecard", exc_info=err)
            self._set_status(self.tr("{name} was not imported.").format(name=path.name))
            self.prompts.error(
                self.tr("Import failed"),
                self.tr(
                    "{name} could not be read because of an unexpected error. Nothing was changed."
                ).format(name=path.name),
                f"{type(err).__name__}: {err}",
            )
        self.import_finished.emit(False)
        self._next_import()

    # --- drag and drop ------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if _local_files(event):
            event.acceptProposedAction()
            self._set_status(self.tr("Drop to import."))
        else:
            event.ignore()

    def dragLeaveEvent(self, event: object) -> None:  # noqa: N802
        self._set_status(self.tr(DROP_HINT), hint=True)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = _local_files(event)
        if files:
            event.acceptProposedAction()
            self.import_files(files)

    # --- other actions ------------------------------------------------------------------------
    def export_selected(self, fmt: str) -> None:
        version = self.selected_version()
        if version is None:
            return
        _label, file_filter = EXPORT_FORMATS[fmt]
        folder = settings.last_folder()
        suggested = str(Path(folder) / f"{version.key}-v{version.version}.{fmt}")
        chosen = self.prompts.save_file(
            self.tr("Export scorecard"), suggested, self.tr(file_filter)
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in {f".{fmt}", ".yml"}:
            path = path.with_name(path.name + f".{fmt}")
        try:  # replace: the save dialog asked before returning a file that exists
            check_output_path(path, self.store.folder, replace=True)
        except OutputPathError as err:
            self.prompts.error(self.tr("Export scorecard"), str(err))
            return
        settings.put(settings.LAST_FOLDER, str(path.parent))
        comment = self.tr("{name}, version {version}, exported from FieldRide").format(
            name=version.name, version=version.version
        )
        self._set_status(self.tr("Exporting to {name}…").format(name=path.name))
        exported = self.tr("Exported “{name}” version {version} to {path}.")
        run_in_background(
            lambda: export_scorecard(version.card, path, fmt, comment=comment),
            lambda out: self._set_status(
                exported.format(name=version.name, version=version.version, path=out)
            ),
            lambda err: self._export_failed(path, err),
        )

    def _export_failed(self, path: Path, err: BaseException) -> None:
        reason = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
        self._set_status(self.tr("Export to {name} failed.").format(name=path.name))
        self.prompts.error(
            self.tr("Export failed"),
            self.tr("Could not write {path}: {reason}. Choose another folder.").format(
                path=path, reason=reason
            ),
        )

    def duplicate_selected(self) -> None:
        latest = self.table.selected()
        if latest is None:
            return
        written = saving.run(
            self.store, "scorecards: duplicate", duplicate_scorecard, self.store, latest.key
        )
        copy = written.value
        if copy is None:  # waiting for the disk: the status bar says so
            return
        self._set_status(
            self.tr(
                "Created “{name}” (key {key}). Export it, edit the file, and import it again "
                "to change it."
            ).format(name=copy.name, key=copy.key)
        )
        self.refresh(select_key=copy.key)
        self.saved.emit(self.tr("scorecard duplicated"))
        self.data_changed.emit()

    def toggle_archive(self) -> None:
        latest = self.table.selected()
        if latest is None:
            return
        if not latest.archived and not self.prompts.confirm(
            self.tr("Archive scorecard"),
            self.tr(
                "Archive “{name}”? It is hidden when planning rides; past rides keep it. "
                "You can restore it with “Show archived scorecards”."
            ).format(name=latest.name),
        ):
            return
        written = saving.run(
            self.store,
            "scorecards: archive",
            archive_scorecard,
            self.store,
            latest.key,
            archived=not latest.archived,
        )
        if not written.committed:
            return
        if latest.archived:
            self._set_status(self.tr("“{name}” restored.").format(name=latest.name))
            self.saved.emit(self.tr("scorecard restored"))
        else:
            self._set_status(self.tr("“{name}” archived.").format(name=latest.name))
            self.saved.emit(self.tr("scorecard archived"))
        self.refresh()
        self.data_changed.emit()
