"""Sellers: the people coached. List, add, edit, archive; import a roster (CSV/XLSX); plan a ride
with the selected seller (``open_ride`` when the manager starts capturing it at once)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldride.errors import DomainError
from fieldride.i18n import LANGUAGE_NAMES
from fieldride.progress import Progress
from fieldride.store import Store, read_only_store
from fieldride.tabular import ImportFileError
from fieldride.team import RosterPlan, Seller, sellers
from ui import saving, settings
from ui.prompts import PromptService
from ui.screens.plan_ride import PlanRideDialog
from ui.translation import QT_TRANSLATE_NOOP
from ui.widgets.empty_state import EmptyState
from ui.widgets.file_drop import dropped_files
from ui.widgets.import_errors import ImportErrorsPanel
from ui.widgets.primary import set_primary
from ui.widgets.progress_dialog import ProgressTask, run_with_progress
from ui.widgets.record_table import RecordTable
from ui.widgets.roster_preview import RosterPreviewDialog
from ui.widgets.roster_write import RosterWrite

log = logging.getLogger(__name__)

COLUMNS = [
    (QT_TRANSLATE_NOOP("Columns", "Name"), lambda s: s.name),
    (QT_TRANSLATE_NOOP("Columns", "Team"), lambda s: s.team),
    (QT_TRANSLATE_NOOP("Columns", "Territory"), lambda s: s.territory),
    (QT_TRANSLATE_NOOP("Columns", "Email"), lambda s: s.email),
    (
        QT_TRANSLATE_NOOP("Columns", "Status"),
        lambda s: QCoreApplication.translate(
            "SellersScreen", "Archived" if s.archived else "Active"
        ),
    ),
]
# the two states, for lupdate (shown through the Status column above)
_STATES = (
    QT_TRANSLATE_NOOP("SellersScreen", "Archived"),
    QT_TRANSLATE_NOOP("SellersScreen", "Active"),
)


class SellerDialog(QDialog):
    """Add or edit one seller. ``values()`` gives the fields typed. With ``on_save``, Save
    closes the dialog only once ``on_save(dialog)`` says the seller was saved (a refused name
    keeps the dialog and what was typed open)."""

    def __init__(
        self,
        seller: Seller | None = None,
        parent: QWidget | None = None,
        on_save: Callable[[SellerDialog], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.on_save = on_save
        self.setWindowTitle(self.tr("Edit seller") if seller else self.tr("Add seller"))
        form = QFormLayout(self)
        self.fields: dict[str, QLineEdit] = {}
        for key, label in (
            ("name", self.tr("Name")),
            ("team", self.tr("Team")),
            ("territory", self.tr("Territory")),
            ("email", self.tr("Email")),
        ):
            edit = QLineEdit(getattr(seller, key) if seller else "")
            edit.setAccessibleName(label)
            self.fields[key] = edit
            form.addRow(label, edit)
        self.notes = QPlainTextEdit(seller.notes if seller else "")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        form.addRow(self.tr("Notes"), self.notes)
        # The language of this seller's handout (and the other documents made for them)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Handout language"))
        self.language.addItem(self.tr("As the app (your language)"), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(
            max(self.language.findData(seller.language if seller else ""), 0)
        )
        self.language.setToolTip(
            self.tr(
                "The coaching summary and other documents for this seller are in this language."
            )
        )
        form.addRow(self.tr("Handout &language"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        if self.on_save is not None and not self.on_save(self):
            return
        super().accept()

    def values(self) -> dict[str, str]:
        out = {k: e.text() for k, e in self.fields.items()}
        out["notes"] = self.notes.toPlainText()
        out["language"] = str(self.language.currentData() or "")
        return out


ROSTER_FILTERS = "Rosters (*.csv *.xlsx *.txt);;All files (*)"
ROSTER_SUFFIXES = {".csv", ".tsv", ".txt", ".xlsx", ".xlsm"}  # what a drop on the screen takes


class SellersScreen(QWidget):
    saved = Signal(str)
    data_changed = Signal()
    open_ride = Signal(int)
    seller_profile_requested = Signal(int)  # routed by the main window to Seller progress
    roster_cancelled = Signal()  # the roster import was cancelled while reading: nothing changed

    def __init__(self, store: Store, prompts: PromptService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.prompts = prompts
        self.seller_dialog: SellerDialog | None = None  # the Add/Edit seller dialog last opened
        self.setAcceptDrops(True)  # a roster dropped anywhere on the screen is imported
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        top = QHBoxLayout()
        title = QLabel(self.tr("Sellers"))
        title.setProperty("role", "heading")
        top.addWidget(title)
        top.addStretch(1)
        # The filter has a row of its own: beside six buttons it was squeezed to a few letters
        # at 1366 px in Spanish ("Fi…")
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter sellers"))
        self.search.setAccessibleName(self.tr("Filter sellers"))
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance("M") * 18)
        filters.addWidget(self.search)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.toggled.connect(self.refresh)
        filters.addWidget(self.show_archived)
        filters.addStretch(1)
        self.add_button = QPushButton(self.tr("&Add seller…"))  # Alt+A
        self.add_button.setAccessibleName(self.tr("Add seller"))
        self.add_button.clicked.connect(self.add_seller)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit seller"))
        self.edit_button.clicked.connect(self._edit_selected)
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.setAccessibleName(self.tr("Archive or restore seller"))
        self.archive_button.clicked.connect(self.toggle_archive)
        self.import_button = QPushButton(self.tr("Import roster…"))
        self.import_button.setAccessibleName(self.tr("Import a roster from CSV or XLSX"))
        self.import_button.clicked.connect(self.import_roster)
        self.import_button.setToolTip(
            self.tr("Import a roster (CSV or Excel). You can also drop the file on this screen.")
        )
        self.plan_button = QPushButton(self.tr("Plan a ride…"))
        self.plan_button.setObjectName("primaryButton")
        self.plan_button.setAccessibleName(self.tr("Plan a ride with the selected seller"))
        self.plan_button.clicked.connect(self.plan_ride)
        self.plan_dialog: PlanRideDialog | None = None
        self.progress_button = QPushButton(self.tr("Progress…"))
        self.progress_button.setAccessibleName(self.tr("Show the selected seller's progress"))
        self.progress_button.clicked.connect(self.show_progress)
        for b in (
            self.add_button,
            self.edit_button,
            self.archive_button,
            self.import_button,
            self.progress_button,
            self.plan_button,
        ):
            top.addWidget(b)
        layout.addLayout(top)
        layout.addLayout(filters)
        self.import_errors = ImportErrorsPanel()
        self.roster_preview: RosterPreviewDialog | None = None
        self.roster_task: ProgressTask[RosterPlan] | None = None
        self.roster_write: RosterWrite | None = None  # the last previewed roster being written
        layout.addWidget(self.import_errors)
        self.table = RecordTable(
            COLUMNS,
            EmptyState(
                self.tr(
                    "No sellers yet. Add the people you coach, or import a roster (CSV or XLSX)."
                ),
                self.tr("Add seller…"),
                self.add_seller,
            ),
            self.tr("Sellers"),
        )
        self.table.activated_record.connect(self.edit_seller)
        self.search.textChanged.connect(self.table.proxy.setFilterFixedString)
        layout.addWidget(self.table, 1)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Data loads when the screen is shown (each time it comes into view), not when built."""
        if not event.spontaneous():
            self.refresh()
        super().showEvent(event)

    def _edit_selected(self) -> None:
        self.edit_seller(self.table.selected())

    def refresh(self) -> None:
        self.table.set_records(sellers.list_sellers(self.store, self.show_archived.isChecked()))
        # no seller to plan with yet: adding one is the next step, not planning (a dead end)
        primary = self.plan_button if sellers.has_sellers(self.store) else self.add_button
        set_primary(primary, (self.add_button, self.plan_button))

    def _save(self, dialog: SellerDialog, seller: Seller | None) -> bool:
        if not self._name_is_fine(dialog.values()["name"], seller):
            return False
        refusal: list[str] = []

        def refused(err: DomainError) -> None:
            refusal.append(str(err))
            self.prompts.error(self.tr("Seller not saved"), str(err))

        values = dialog.values()
        if seller is None:
            name = values.pop("name")
            written = saving.run(
                self.store,
                "sellers: add",
                sellers.add_seller,
                self.store,
                name,
                refused=refused,
                done=self._seller_saved,
                **values,
            )
        else:
            written = saving.run(
                self.store,
                "sellers: edit",
                sellers.edit_seller,
                self.store,
                seller.id,
                refused=refused,
                done=self._seller_saved,
                **values,
            )
        return written.committed or written.waiting  # waiting: kept, written when it can be

    def _seller_saved(self, _seller: object) -> None:
        self.saved.emit(self.tr("seller"))
        self.data_changed.emit()

    def _name_is_fine(self, name: str, seller: Seller | None) -> bool:
        """Warn when another seller has the same name (compared as ``sellers.name_key`` does:
        case, Unicode form and invisible characters ignored); True to save anyway."""
        twins = sellers.same_name(self.store, name, seller.id if seller else None)
        if not twins or not name.strip():
            return True
        described = self.tr("{name} ({details})")
        archived = self.tr("{name} ({details}, archived)")
        who = "; ".join(
            (archived if t.archived else described).format(
                name=t.name,
                details=sellers.describe(t) or self.tr("no email, territory or team"),
            )
            for t in twins
        )
        return self.prompts.confirm(
            self.tr("Same name"),
            self.tr(
                "There is already %n seller(s) with this name: {who}.\n\nSave anyway? Give each "
                "an email or territory so they can be told apart when planning.",
                "",
                len(twins),
            ).format(who=who),
        )

    def add_seller(self) -> None:
        """The Add seller dialog (window-modal, not blocking: the window keeps painting)."""
        self._open_dialog(None)

    def edit_seller(self, seller: Seller | None) -> None:
        if seller is not None:
            self._open_dialog(seller)

    def _open_dialog(self, seller: Seller | None) -> None:
        dialog = SellerDialog(seller, parent=self, on_save=lambda d: self._save(d, seller))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.seller_dialog = dialog
        dialog.open()

    def show_progress(self) -> None:
        """Open the selected seller's progress profile."""
        seller = self.table.selected()
        if seller is not None:
            self.seller_profile_requested.emit(seller.id)

    def toggle_archive(self) -> None:
        seller = self.table.selected()
        if seller is None:
            return
        what = self.tr("seller archived") if not seller.archived else self.tr("seller restored")

        def archived(_r: object) -> None:
            self.saved.emit(what)
            self.data_changed.emit()

        saving.run(
            self.store,
            "sellers: archive",
            sellers.archive_seller,
            self.store,
            seller.id,
            not seller.archived,
            refused=lambda err: self.prompts.error(self.tr("Seller not changed"), str(err)),
            done=archived,
        )

    # --- roster import ---------------------------------------------------------------------------
    def import_roster(self) -> None:
        """Pick a CSV/XLSX roster and import it (:meth:`import_roster_file`)."""
        folder = settings.last_folder()
        path = self.prompts.open_file(self.tr("Import a roster"), folder, ROSTER_FILTERS)
        if path:
            self.import_roster_file(path)

    def import_roster_file(self, path: str) -> None:
        """Read the roster off the UI thread (on its own read-only connection, behind a
        cancellable progress dialog: :attr:`roster_task`), show who is new, updated or a
        possible duplicate, and import it in one transaction once the manager says so
        (:attr:`roster_preview`, opened with ``open()``). Cancel, or a refused file, changes
        nothing; every problem is listed (sheet, row, cell, heading, what is wrong, what is
        right). Also what a roster dropped on the screen does."""
        from fieldride.team import plan_roster

        self.import_errors.clear()
        settings.put(settings.LAST_FOLDER, str(Path(path).parent))
        db_path = self.store.path

        def read(_progress: Progress) -> RosterPlan:
            with read_only_store(db_path) as reader:
                return plan_roster(reader, path)

        self.roster_task = run_with_progress(
            self,
            self.tr("Importing a roster"),
            self.tr("Reading {name}…").format(name=Path(path).name),
            read,
            self._roster_read,
            lambda err: self._roster_refused(path, err),
            lambda _plan: self.roster_cancelled.emit(),
            wait_for_stop=False,  # only reads: nothing to undo, the plan is dropped
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if dropped_files(event, ROSTER_SUFFIXES):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = dropped_files(event, ROSTER_SUFFIXES)
        if not files:
            return
        event.acceptProposedAction()
        if len(files) > 1:
            self.prompts.error(
                self.tr("One roster at a time"),
                self.tr("Drop one roster file at a time: {count} files were dropped.").format(
                    count=len(files)
                ),
            )
            return
        self.import_roster_file(files[0])

    def _roster_read(self, plan: RosterPlan) -> None:
        dialog = RosterPreviewDialog(plan, parent=self)
        dialog.accepted.connect(lambda: self._apply_roster(plan))
        self.roster_preview = dialog
        dialog.open()

    def _roster_refused(self, path: str, err: BaseException) -> None:
        if isinstance(err, ImportFileError):
            self._show_problems(err)
        elif isinstance(err, DomainError):
            self.prompts.error(
                self.tr("Roster not imported"),
                self.tr("{file}: {error}").format(file=Path(path).name, error=err),
            )
        elif isinstance(err, OSError):
            self.prompts.error(
                self.tr("Roster not imported"),
                self.tr("{file} could not be read: {error}.").format(
                    file=Path(path).name, error=err.strerror
                ),
            )
        else:
            log.error("unexpected error reading a roster", exc_info=err)
            self.prompts.error(
                self.tr("Roster not imported"),
                self.tr(
                    "{name} could not be read because of an unexpected error. Nothing was changed."
                ).format(name=Path(path).name),
                f"{type(err).__name__}: {err}",
            )

    def _apply_roster(self, plan: RosterPlan) -> None:
        """Write the previewed roster off the UI thread, behind a cancellable progress dialog
        (:class:`ui.widgets.roster_write.RosterWrite`, :attr:`roster_write`); the list is read
        again however it ended."""
        write = RosterWrite(self.store, plan, self.prompts, self)
        write.ended.connect(lambda state: self._roster_written(write, state))
        self.roster_write = write
        write.start()

    def _roster_written(self, write: RosterWrite, state: str) -> None:
        self.refresh()
        if state != "done":
            return
        self.saved.emit(self.tr("roster imported"))
        self.data_changed.emit()
        self.prompts.info(
            self.tr("Roster imported"),
            self.tr("{file}: {error}").format(file=write.name, error=write.result().summary()),
        )

    def _show_problems(self, err: ImportFileError) -> None:
        self.import_errors.show_problems(
            self.tr("{name} was not imported").format(name=err.path.name),  # the panel counts
            err.problems,
        )

    # --- planning ----------------------------------------------------------------------------
    def plan_ride(self) -> None:
        seller = self.table.selected()
        dialog = PlanRideDialog(
            self.store, self.prompts, seller.id if seller else None, parent=self
        )
        dialog.accepted.connect(lambda: self._planned(dialog))
        self.plan_dialog = dialog
        dialog.open()

    def _planned(self, dialog: PlanRideDialog) -> None:
        if dialog.ride is None:
            return
        self.saved.emit(self.tr("ride planned"))
        self.data_changed.emit()
        if dialog.start_now:
            self.open_ride.emit(dialog.ride.id)
