"""Review: the team at a glance — latest level of every seller on every behaviour, coaching
cadence (sellers not ridden with within the manager's cadence target flagged in words and
colour), overdue commitments.

Double-click a seller (or Enter) to open their progress profile. "Record training…" and
"Export…" open their dialogs. Every figure comes from ``insights.team_overview``.

On a director's store (several managers' rides) the Manager choice decides what is computed: one
manager's team (``team_overview(..., sellers=...)``, a few milliseconds whatever the size of the
organisation) or, on "All managers", everyone (hundreds of milliseconds on 50 teams). The choice
is remembered (``ui.settings.REVIEW_MANAGER``, kept per data folder); the first time, the screen
opens on the first manager of the list. A lone manager's store has no choice: everyone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldride import insights
from fieldride.debriefs import Commitment
from fieldride.insights import SellerManagers, TeamOverview
from fieldride.settings import CADENCE_DAYS_RANGE, cadence_days, set_cadence_days
from fieldride.store import Store
from fieldride.store import rows as records
from fieldride.wording import name_list
from ui import saving, settings
from ui.prompts import PromptService
from ui.screens.review.export_dialog import ExportDialog
from ui.screens.review.team_grid import TeamGrid, legend_text
from ui.translation import QT_TRANSLATE_NOOP
from ui.widgets.empty_state import EmptyState
from ui.widgets.record_table import RecordTable
from ui.widgets.training_dialog import TrainingDialog


def _days_overdue(c: Commitment) -> int:
    from datetime import date

    return (records.today() - date.fromisoformat(c.due_date)).days


OVERDUE_COLUMNS = [
    (QT_TRANSLATE_NOOP("Columns", "Seller"), lambda c: c.seller_name),
    (QT_TRANSLATE_NOOP("Columns", "Behaviour"), lambda c: c.behaviour_title),
    (QT_TRANSLATE_NOOP("Columns", "Commitment"), lambda c: c.commitment.text),
    (QT_TRANSLATE_NOOP("Columns", "Agreed"), lambda c: c.commitment.ride_date),
    (QT_TRANSLATE_NOOP("Columns", "Due"), lambda c: c.commitment.due_date),
    (QT_TRANSLATE_NOOP("Columns", "Days overdue"), lambda c: _days_overdue(c.commitment)),
]


# The values of ui.settings.REVIEW_MANAGER (an author id may be any text: a prefix keeps "all"
# apart from it).
_ALL_MANAGERS = "all"
_MANAGER_PREFIX = "manager:"


class _OverdueRow:
    """An overdue commitment with its behaviour's title (from the team scorecard when known)."""

    def __init__(self, commitment: Commitment, title: str) -> None:
        self.commitment = commitment
        self.seller_name = commitment.seller_name
        self.behaviour_title = title


class ReviewScreen(QWidget):
    seller_profile_requested = Signal(int)
    data_changed = Signal()
    saved = Signal(str)

    def __init__(self, store: Store, prompts: PromptService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.prompts = prompts
        self.overview: TeamOverview | None = None
        self.managers: SellerManagers | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        top = QHBoxLayout()
        title = QLabel(self.tr("Team review"))
        title.setProperty("role", "heading")
        top.addWidget(title)
        top.addStretch(1)
        scorecard_label = QLabel(self.tr("Scorecard"))
        top.addWidget(scorecard_label)
        self.scorecard = QComboBox()
        self.scorecard.setAccessibleName(self.tr("Scorecard"))
        scorecard_label.setBuddy(self.scorecard)
        self.scorecard.currentIndexChanged.connect(self._reload)
        top.addWidget(self.scorecard)
        # A director's store (several managers' rides): the grid filtered to one manager.
        self.manager_label = QLabel(self.tr("Manager"))
        self.manager = QComboBox()
        self.manager.setAccessibleName(self.tr("Show the sellers of this manager"))
        self.manager_label.setBuddy(self.manager)
        self.manager.currentIndexChanged.connect(self._manager_changed)
        top.addWidget(self.manager_label)
        top.addWidget(self.manager)
        self.manager_label.hide()
        self.manager.hide()
        # the manager's own cadence target (issue 22): "ride due" after it, here and on Today
        cadence_label = QLabel(self.tr("Ride every"))
        self.cadence = QSpinBox()
        self.cadence.setRange(*CADENCE_DAYS_RANGE)
        # the unit after the number ("30 days"; a suffix, so one word, no plural form)
        self.cadence.setSuffix(self.tr(" days"))
        self.cadence.setAccessibleName(
            self.tr("Cadence target: ride with each seller every so many days")
        )
        self.cadence.setToolTip(
            self.tr(
                "How often you mean to ride with each seller. A seller not ridden with for "
                "longer is marked “ride due” here, on Today and in their progress."
            )
        )
        self.cadence.setValue(cadence_days(store))
        self.cadence.setKeyboardTracking(False)  # typed digits apply on Enter or leaving
        self.cadence.valueChanged.connect(self._cadence_changed)
        cadence_label.setBuddy(self.cadence)
        top.addWidget(cadence_label)
        top.addWidget(self.cadence)
        self.training_button = QPushButton(self.tr("Record training…"))
        self.training_button.setAccessibleName(self.tr("Record training"))
        self.training_button.clicked.connect(self.record_training)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export"))
        self.export_button.clicked.connect(self.open_export)
        top.addWidget(self.training_button)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.summary = QLabel("")
        self.summary.setProperty("role", "hint")
        self.summary.setAccessibleName(self.tr("Team summary"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        legend = QLabel(legend_text(cadence_days(self.store)))
        self.legend = legend
        legend.setProperty("role", "hint")
        legend.setWordWrap(True)
        layout.addWidget(legend)
        self.grid = TeamGrid()
        self.grid.seller_activated.connect(self.seller_profile_requested)
        self.body = QStackedWidget()
        self.empty = EmptyState(
            self.tr(
                "Nothing to review yet. After your first rides, each seller's latest levels and "
                "coaching cadence show here."
            )
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        settings.remember_layout(splitter)
        splitter.addWidget(self.grid)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 8, 0, 0)
        self.overdue_label = QLabel(self.tr("Overdue commitments"))
        self.overdue_label.setProperty("role", "subheading")
        lower_layout.addWidget(self.overdue_label)
        self.overdue = RecordTable(
            OVERDUE_COLUMNS,
            EmptyState(self.tr("No overdue commitments.")),
            self.tr("Overdue commitments"),
            stretch="Commitment",
        )
        self.overdue.activated_record.connect(
            lambda row: (
                self.seller_profile_requested.emit(row.commitment.seller_id) if row else None
            )
        )
        lower_layout.addWidget(self.overdue)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 200])
        self.body.addWidget(self.empty)
        self.body.addWidget(splitter)
        layout.addWidget(self.body, 1)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """View ▸ Light / Dark (or the system) changed the palette: the legend follows the ramp."""
        if event.type() == QEvent.Type.PaletteChange:
            self.legend.setText(legend_text(cadence_days(self.store)))
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Data loads when the screen is shown (each time it comes into view), not when built."""
        if not event.spontaneous():
            self.refresh()
        super().showEvent(event)

    def _cadence_changed(self, days: int) -> None:
        """Store the new target (through the store's queue) and show the team against it."""

        def stored(_result: object) -> None:
            self.saved.emit(self.tr("cadence target"))
            self.legend.setText(legend_text(days))
            self._reload()
            self.data_changed.emit()

        saving.run(
            self.store,
            "settings: cadence target",
            set_cadence_days,
            self.store,
            days,
            refused=lambda err: self.prompts.error(self.tr("Cadence target"), str(err)),
            done=stored,
        )

    # --- data ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the scorecard list (keeping the choice) and the overview."""
        current = self.scorecard.currentData()
        self.scorecard.blockSignals(True)
        self.scorecard.clear()
        for key, name in insights.scorecards_in_use(self.store):
            self.scorecard.addItem(name, key)
        index = self.scorecard.findData(current) if current else 0
        self.scorecard.setCurrentIndex(max(index, 0))
        self.scorecard.blockSignals(False)
        self._reload()

    def _reload(self) -> None:
        """The managers (a seek per seller), then the overview of the chosen manager's team."""
        key = self.scorecard.currentData()
        self.managers = insights.seller_managers(self.store) if key else None
        self._load_overview(self._remembered_manager())

    def _remembered_manager(self) -> str:
        """The author id of the manager to show ('' = everyone): the one last chosen while still
        a manager here, else the first of the list; '' on a lone manager's store or when "All
        managers" was chosen last."""
        managers = self.managers.managers if self.managers else ()
        if not managers:
            return ""
        saved = settings.get_str(settings.REVIEW_MANAGER)
        if saved == _ALL_MANAGERS:
            return ""
        author = saved.removeprefix(_MANAGER_PREFIX) if saved.startswith(_MANAGER_PREFIX) else None
        if any(m.author_id == author for m in managers):
            return str(author)
        return managers[0].author_id

    def _load_overview(self, author: str) -> None:
        """Compute the overview of ``author``'s sellers (every seller when '') and show it."""
        key = self.scorecard.currentData()
        sellers = None
        if author and self.managers is not None:
            of_seller = self.managers.of_seller.items()
            sellers = [seller for seller, m in of_seller if m.author_id == author]
        self.overview = insights.team_overview(self.store, key, sellers=sellers) if key else None
        has_sellers = bool(self.overview and (self.overview.rows or sellers is not None))
        self.body.setCurrentIndex(1 if has_sellers else 0)
        self.grid.set_overview(self.overview, self.managers if self.overview else None)
        self._fill_managers(author)
        self._fill_lists()

    def _shown(self, seller_id: int) -> bool:
        """The seller is one the grid shows: any seller, or on a director's store filtered to a
        manager, a seller of that manager (the manager of their latest ride, as the grid)."""
        author = self.manager.currentData() or ""
        if not author or self.managers is None:
            return True
        manager = self.managers.of_seller.get(seller_id)
        return manager is not None and manager.author_id == author

    def _fill_lists(self) -> None:
        """The overdue commitments and the summary line, of the sellers the grid shows."""
        if self.overview is None:
            self.summary.setText("")
            self.overdue.set_records([])
            return
        shape = self.overview.scorecard
        rows = [
            _OverdueRow(c, shape.title(c.behaviour_key))
            for c in self.overview.overdue
            if self._shown(c.seller_id)
        ]
        self.overdue.set_records(rows)
        self.overdue_label.setText(self.tr("Overdue commitments ({count})").format(count=len(rows)))
        team_rows = [r for r in self.overview.rows if self._shown(r.cadence.seller_id)]
        due = [r.cadence.seller_name for r in team_rows if r.cadence.needs_ride]
        # three items of a list, side by side: the team, the cadence, the overdue commitments
        team = self.tr("%n seller(s)", "", len(team_rows))
        cadence = (
            self.tr("ride due with %n: {names}", "", len(due)).format(names=name_list(due))
            if due
            else self.tr("everyone ridden with in the last %n day(s)", "", cadence_days(self.store))
        )
        overdue = self.tr("%n overdue commitment(s)", "", len(rows))
        self.summary.setText(f"{team} · {cadence} · {overdue}")

    def _fill_managers(self, current: str) -> None:
        """The manager choice (``current``: an author id, '' = all managers): shown only when
        the grid has a Manager column."""
        model = self.grid.grid_model
        self.manager.blockSignals(True)
        self.manager.clear()
        self.manager.addItem(self.tr("All managers"), "")
        for m in model.managers.managers:
            self.manager.addItem(model.manager_label(m), m.author_id)
        self.manager.setCurrentIndex(max(self.manager.findData(current), 0))
        self.manager.blockSignals(False)
        self.manager_label.setVisible(model.has_managers)
        self.manager.setVisible(model.has_managers)
        self.grid.show_manager(self.manager.currentData() or "")

    def _manager_changed(self, _index: int) -> None:
        """Remember the choice and compute that manager's team (or everyone)."""
        author = str(self.manager.currentData() or "")
        settings.put(settings.REVIEW_MANAGER, _MANAGER_PREFIX + author if author else _ALL_MANAGERS)
        self._load_overview(author)

    # --- actions -------------------------------------------------------------------------------
    def record_training(self) -> TrainingDialog:
        dialog = TrainingDialog(self.store, self.prompts, self)
        dialog.training_recorded.connect(lambda _t: self.saved.emit(self.tr("training recorded")))
        dialog.training_recorded.connect(lambda _t: self.data_changed.emit())
        dialog.open()
        return dialog

    def open_export(self) -> ExportDialog:
        dialog = ExportDialog(self.store, self.prompts, self)
        dialog.open()
        return dialog
