"""Today: the ride in progress (to continue), "Plan a ride…", upcoming planned rides and recent
rides. Opening a ride (Continue, Enter or double-click on a row, or "Plan and start capture")
emits ``open_ride``; the main window shows the capture page for it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fieldride import insights, rides
from fieldride.errors import DomainError
from fieldride.rides import Ride
from fieldride.store import Store
from fieldride.team import sellers
from fieldride.wording import name_list
from ui import saving
from ui.models.records import RECORD_ROLE
from ui.prompts import PromptService
from ui.screens import PLAN_SHORTCUT
from ui.translation import QT_TRANSLATE_NOOP, ui_date, ui_keys
from ui.widgets.document_actions import Document, DocumentActions, safe_file_name
from ui.widgets.empty_state import EmptyState
from ui.widgets.primary import set_primary
from ui.widgets.record_table import RecordTable

if TYPE_CHECKING:
    from ui.screens.plan_ride import PlanRideDialog

RIDE_COLUMNS = [
    (QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: r.ride_date),
    (QT_TRANSLATE_NOOP("Columns", "Seller"), lambda r: r.seller_name),
    (QT_TRANSLATE_NOOP("Columns", "Type"), lambda r: r.type_label),
    (QT_TRANSLATE_NOOP("Columns", "Scorecard"), lambda r: r.scorecard_name),
    (QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: r.status_label),
]


SELLERS_SHOWN = 5  # sellers due a ride named on Today; the rest counted


class TodayScreen(QWidget):
    navigate = Signal(str)
    add_sellers_requested = Signal()  # the Sellers screen, with its Add seller dialog open
    open_ride = Signal(int)
    saved = Signal(str)
    data_changed = Signal()

    def __init__(self, store: Store, prompts: PromptService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.prompts = prompts
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        head = QHBoxLayout()
        title = QLabel(self.tr("Today"))
        title.setProperty("role", "heading")
        head.addWidget(title, 1)
        # With no seller yet, the next real step is adding them: that is the primary action.
        self.add_sellers_button = QPushButton(self.tr("Add sellers"))
        self.add_sellers_button.setAccessibleName(self.tr("Add the sellers you coach"))
        self.add_sellers_button.clicked.connect(self.add_sellers_requested.emit)
        head.addWidget(self.add_sellers_button)
        self.plan_button = QPushButton(self.tr("Plan a ride…"))
        self.plan_button.setObjectName("primaryButton")
        self.plan_button.setAccessibleName(self.tr("Plan a ride"))
        # Ctrl+N is File ▸ Plan a ride in the main window (works on every screen)
        self.plan_button.setToolTip(
            self.tr("Plan a ride ({keys})").format(keys=ui_keys(PLAN_SHORTCUT))
        )
        self.plan_button.clicked.connect(self.plan_ride)
        head.addWidget(self.plan_button)
        layout.addLayout(head)
        self.plan_dialog: PlanRideDialog | None = None
        self.resume_row = QWidget()
        resume = QHBoxLayout(self.resume_row)
        resume.setContentsMargins(0, 0, 0, 0)
        self.resume_label = QLabel()
        self.resume_button = QPushButton(self.tr("Continue ride"))
        self.resume_button.setAccessibleName(self.tr("Continue the ride in progress"))
        self.resume_button.setObjectName("primaryButton")
        self.resume_button.clicked.connect(self._resume)
        resume.addWidget(self.resume_label, 1)
        resume.addWidget(self.resume_button)
        layout.addWidget(self.resume_row)
        self.day_label = QLabel()
        self.day_label.setWordWrap(True)
        # as tall as its lines need (the lists below give way): German's three lines were
        # squeezed into two and cut at 1366x768
        self.day_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.day_label.setAccessibleName(self.tr("Your day"))
        layout.addWidget(self.day_label)
        upcoming = QLabel(self.tr("Planned rides"))
        upcoming.setProperty("role", "subheading")
        layout.addWidget(upcoming)
        self.planned_empty = EmptyState(
            self.tr("No ride is planned. Plan the next ride with a seller from here."),
            self.tr("Plan a ride…"),
            self._next_step,
        )
        self.planned = RecordTable(RIDE_COLUMNS, self.planned_empty, self.tr("Planned rides"))
        self.planned.setMaximumHeight(200)
        layout.addWidget(self.planned)
        self.brief = DocumentActions(self.tr("pre-ride brief"), store, prompts, self._brief, self)
        self.brief.setToolTip(
            self.tr(
                "One page to read before the ride: focus, look-fors, questions and the commitments "
                "to verify (the selected planned ride, else the next one)"
            )
        )
        layout.addWidget(self.brief)
        self.planned.view.selectionModel().selectionChanged.connect(self._show_brief_ride)
        self.planned.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.planned.view.customContextMenuRequested.connect(self.show_planned_menu)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.planned.view)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self._remove_selected)
        self.planned_menu: QMenu | None = None
        recent = QLabel(self.tr("Recent rides"))
        recent.setProperty("role", "subheading")
        layout.addWidget(recent)
        # no button of its own: the next step's button is in the empty planned list above
        # (with the header's, the first start showed "Add sellers" three times)
        self.recent_empty = EmptyState(
            self.tr("No rides yet. Add the sellers you coach first, then plan a ride.")
        )
        self.recent = RecordTable(RIDE_COLUMNS, self.recent_empty, self.tr("Recent rides"))
        layout.addWidget(self.recent, 1)
        for table in (self.planned, self.recent):
            table.activated_record.connect(self._open_listed)
            table.view.setCornerButtonEnabled(False)  # single selection: "select all" is noise
        self._in_progress: Ride | None = None
        self._has_sellers = False
        self.today: Callable[[], date] = date.today  # the day Today is about (settable in tests)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Data loads when the screen is shown (each time it comes into view), not when built."""
        if not event.spontaneous():
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        all_rides = rides.list_rides(self.store, limit=400)
        self.planned.set_records(
            sorted((r for r in all_rides if r.status == "planned"), key=lambda r: r.ride_date)
        )
        self.recent.set_records([r for r in all_rides if r.status != "planned"][:100])
        self.brief.setVisible(self.planned.model.rowCount() > 0)
        self._show_brief_ride()
        self._in_progress = rides.ride_in_progress(self.store)
        self.resume_row.setVisible(self._in_progress is not None)
        self._has_sellers = sellers.has_sellers(self.store)
        self.add_sellers_button.setVisible(not self._has_sellers)
        self._show_next_step()
        if self._in_progress:
            self._set_primary(self.resume_button)
        else:
            self._set_primary(self.plan_button if self._has_sellers else self.add_sellers_button)
        if self._in_progress:
            r = self._in_progress
            self.resume_label.setText(
                self.tr("Ride in progress: {seller}, {day} ({type})").format(
                    seller=r.seller_name, day=ui_date(r.ride_date), type=r.type_label
                )
            )
        self._show_day()

    def _show_day(self) -> None:
        """Rides today and this week, commitments overdue and due, sellers due a ride: one
        indexed query in the core. Hidden when there is nothing to say (the empty state speaks)."""
        day = insights.day_overview(self.store, self.today())
        lines = []
        if day.rides_missed:
            lines.append(
                self.tr(
                    "Planned, never started, their day passed: %n ride(s). Open one to ride it "
                    "now, or select it and press Delete to remove it.",
                    "",
                    day.rides_missed,
                )
            )
        if day.rides_today or day.rides_this_week:
            lines.append(
                self.tr("Rides: {today} today, {week} more in the next 6 days.").format(
                    today=day.rides_today, week=day.rides_this_week
                )
            )
        if day.commitments_overdue or day.commitments_due:
            lines.append(
                self.tr("Commitments: {overdue} overdue, {due} due in the next 7 days.").format(
                    overdue=day.commitments_overdue, due=day.commitments_due
                )
            )
        if day.sellers_due:
            names = name_list(day.sellers_due[:SELLERS_SHOWN])
            more = len(day.sellers_due) - SELLERS_SHOWN
            if more > 0:
                names = self.tr("{names} and %n more", "", more).format(names=names)
            lines.append(
                self.tr(
                    "Due a ride (%n seller(s) not ridden with in {days} days, none planned): "
                    "{names}.",
                    "",
                    len(day.sellers_due),
                ).format(days=day.cadence_days, names=names)
            )
        self.day_label.setText("\n".join(lines))
        self.day_label.setVisible(bool(lines))

    def _show_next_step(self) -> None:
        """The empty list of planned rides names the next real step: adding sellers first."""
        empty = self.planned_empty
        if self._has_sellers:
            empty.label.setText(
                self.tr("No ride is planned. Plan the next ride with a seller from here.")
            )
            text = "Plan a ride…"
        else:
            empty.label.setText(
                self.tr("No sellers yet. Add the sellers you coach, then plan a ride.")
            )
            text = "Add sellers"
        if empty.button is not None:
            empty.button.setText(text)
            empty.button.setAccessibleName(text)
        # Recent rides: its empty state said "add sellers first" even with sellers and a ride
        # planned; it names the same next step, and no button once a ride is planned above.
        recent = self.recent_empty
        if not self._has_sellers:
            recent.label.setText(
                self.tr("No rides yet. Add the sellers you coach first, then plan a ride.")
            )
        elif self.planned.model.rowCount():
            recent.label.setText(
                self.tr("No ride taken yet. Open a planned ride above to start it.")
            )
        else:
            recent.label.setText(self.tr("No ride taken yet. Plan a ride to start coaching."))

    def _next_step(self) -> None:
        if self._has_sellers:
            self.plan_ride()
        else:
            self.add_sellers_requested.emit()

    def _set_primary(self, button: QPushButton) -> None:
        """One primary action (bold, the default for Enter): continuing the ride in progress
        when there is one, else planning a ride, else (no seller yet) adding sellers."""
        set_primary(button, (self.resume_button, self.plan_button, self.add_sellers_button))

    def _open_listed(self, ride: Ride) -> None:
        """Open a ride from a list; a planned ride dated another day asks first whether to move
        its date to today (Yes moves it, No keeps the planned date): a later day (riding early)
        or a day that has passed (the ride was put off)."""
        today = self.today()
        if ride.status == "planned" and ride.ride_date != today.isoformat():
            planned, now = ui_date(ride.ride_date), ui_date(today)
            later = ride.ride_date > today.isoformat()
            move = self.prompts.confirm(
                self.tr("Ride planned for a later day")
                if later
                else self.tr("Ride planned for a day that has passed"),
                (
                    self.tr(
                        "This ride with {seller} is planned for {planned}.\n\n"
                        "Move its date to today, {today}? Choose No to keep {planned}."
                    )
                    if later
                    else self.tr(
                        "This ride with {seller} was planned for {planned} and never started."
                        "\n\nMove its date to today, {today}? Choose No to keep {planned}."
                    )
                ).format(seller=ride.seller_name, planned=planned, today=now),
            )
            if move:
                rides.edit_ride(self.store, ride.id, ride_date=today.isoformat())
                self.saved.emit(self.tr("ride moved to {day}").format(day=now))
                self.data_changed.emit()
        self.open_ride.emit(ride.id)

    def brief_ride(self) -> Ride | None:
        """The planned ride the brief is for: the one selected, else the soonest."""
        selected: Ride | None = self.planned.selected()
        if selected is not None:
            return selected
        model = self.planned.model
        first: Ride | None = (
            self.planned.proxy.index(0, 0).data(RECORD_ROLE) if model.rowCount() else None
        )
        return first

    def show_planned_menu(self, pos: QPoint) -> None:
        """A planned ride's context menu: open the ride, and its pre-ride brief."""
        view = self.planned.view
        index = view.indexAt(pos)
        if not index.isValid():
            return
        view.selectRow(index.row())
        ride: Ride = index.data(RECORD_ROLE)
        menu = QMenu(view)
        menu.addAction(self.tr("Open ride"), lambda: self._open_listed(ride))
        menu.addSeparator()
        self.brief.add_to_menu(menu)
        menu.addSeparator()
        remove = menu.addAction(self.tr("Remove planned ride…"), lambda: self.remove_planned(ride))
        # shown so it is learnt: in the list itself the key is the table's own shortcut
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.planned_menu = menu
        menu.popup(view.viewport().mapToGlobal(pos))

    def _remove_selected(self) -> None:
        ride: Ride | None = self.planned.selected()
        if ride is not None:
            self.remove_planned(ride)

    def remove_planned(self, ride: Ride) -> None:
        """Remove a planned ride that will not happen (asks first). Only a planned ride: one
        with observations is never removed from here."""
        if ride.status != "planned":
            return
        if not self.prompts.confirm(
            self.tr("Remove planned ride"),
            self.tr(
                "Remove the ride with {seller} planned for {day}? Nothing was observed on it yet."
            ).format(seller=ride.seller_name, day=ui_date(ride.ride_date)),
        ):
            return

        def removed(_r: object) -> None:
            self.saved.emit(self.tr("planned ride removed"))
            self.data_changed.emit()

        saving.run(
            self.store,
            "rides: remove planned",
            rides.delete_ride,
            self.store,
            ride.id,
            refused=lambda err: self.prompts.error(self.tr("Ride not removed"), str(err)),
            done=removed,
        )

    def _show_brief_ride(self) -> None:
        ride = self.brief_ride()
        subject = self.tr("for {seller}, {day}") if ride else ""
        self.brief.set_subject(
            subject.format(seller=ride.seller_name, day=ui_date(ride.ride_date)) if ride else ""
        )

    def _brief(self) -> Document:
        """The pre-ride brief of :meth:`brief_ride` (read now; laid out on a worker)."""
        from fieldride.reports.data import brief_data, render_options

        ride = self.brief_ride()
        if ride is None:
            raise DomainError(self.tr("Plan a ride first: the brief is for a planned ride."))
        data = brief_data(self.store, ride.id)
        options = render_options(self.store)

        def build() -> bytes:
            from fieldride.reports.brief import build_brief

            return build_brief(data, options)

        title = self.tr("Pre-ride brief")
        return Document(title, safe_file_name(title, ride.seller_name, ride.ride_date), build)

    def _resume(self) -> None:
        if self._in_progress:
            self.open_ride.emit(self._in_progress.id)

    def plan_ride(self, seller_id: int | None = None) -> None:
        """Open the plan dialog (non-blocking); a planned ride refreshes the lists and, if the
        manager chose "Plan and start capture", opens it."""
        from ui.screens.plan_ride import PlanRideDialog  # when asked for (ui.qt_names)

        dialog = PlanRideDialog(self.store, self.prompts, seller_id, parent=self)
        dialog.accepted.connect(lambda: self._planned(dialog))
        self.plan_dialog = dialog
        dialog.open()

    def _planned(self, dialog: PlanRideDialog) -> None:
        if dialog.ride is None:
            return
        self.saved.emit(self.tr("ride planned"))
        self.refresh()
        self.data_changed.emit()
        if dialog.start_now:
            self.open_ride.emit(dialog.ride.id)
