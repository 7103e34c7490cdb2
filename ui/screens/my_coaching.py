"""My coaching (issue 22): the manager's own coaching across rides and sellers, over a period
chosen here — cadence kept per seller against the target set on Review, questions asked
against advice given in the debriefs, commitments made, verified and applied by behaviour,
how long they hold, and time from the ride to the seller's acknowledgement.

Every figure comes from ``fieldride.insights.my_coaching.my_coaching`` (its docstring defines
each one); "Open coaching report" (Alt+O), Print… and Save as… produce the same figures as
a PDF (``fieldride.reports.my_coaching``).
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldride.insights.my_coaching import (
    MyCoaching,
    cadence_text,
    days_text,
    hold_text,
    my_coaching,
    rules_text,
    share,
    summary_lines,
)
from fieldride.settings import all_settings
from fieldride.store import Store
from fieldride.store import rows as records
from ui import settings
from ui.prompts import PromptService
from ui.translation import ui_date
from ui.widgets.document_actions import Document, DocumentActions, safe_file_name
from ui.widgets.empty_state import EmptyState
from ui.widgets.record_table import RecordTable

PERIODS = (30, 90, 180, 365)  # days back from today; 90 unless chosen
DEFAULT_PERIOD = 90


class MyCoachingScreen(QWidget):
    seller_profile_requested = Signal(int)

    def __init__(self, store: Store, prompts: PromptService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.prompts = prompts
        self.data: MyCoaching | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        top = QHBoxLayout()
        title = QLabel(self.tr("My coaching"))
        title.setProperty("role", "heading")
        top.addWidget(title)
        top.addStretch(1)
        period_label = QLabel(self.tr("&Period"))
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for days in PERIODS:
            self.period.addItem(self.tr("Last {days} days").format(days=days), days)
        self.period.setCurrentIndex(PERIODS.index(DEFAULT_PERIOD))
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        period_label.setBuddy(self.period)
        top.addWidget(period_label)
        top.addWidget(self.period)
        layout.addLayout(top)
        self.summary = QLabel("")
        self.summary.setAccessibleName(self.tr("My coaching summary"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.report = DocumentActions(self.tr("coaching report"), store, prompts, self._report)
        self.report.setToolTip(
            self.tr("The same figures as a PDF to print or keep, for the period chosen above")
        )
        layout.addWidget(self.report)
        splitter = QSplitter(Qt.Orientation.Vertical)
        settings.remember_layout(splitter)
        self.sellers = RecordTable(
            [
                (self.tr("Seller"), lambda s: s.seller_name),
                (self.tr("Rides"), lambda s: s.rides),
                (self.tr("Cadence"), lambda s: cadence_text(s, self._target())),
                (
                    self.tr("Days since last ride"),
                    lambda s: "—" if s.days_since_last is None else s.days_since_last,
                ),
                (self.tr("Questions asked"), lambda s: s.questions_asked),
                (self.tr("Advice given"), lambda s: s.advice),
                (self.tr("Days to acknowledgement"), lambda s: days_text(s.median_days_to_ack)),
                (self.tr("Waiting"), lambda s: s.waiting),
            ],
            EmptyState(self.tr("No sellers yet. Add them on the Sellers screen.")),
            self.tr("Coaching per seller"),
            stretch=self.tr("Cadence"),
        )
        self.sellers.activated_record.connect(
            lambda s: self.seller_profile_requested.emit(s.seller_id) if s else None
        )
        self.behaviours = RecordTable(
            [
                (self.tr("Behaviour"), lambda b: b.behaviour),
                (self.tr("Scorecard"), lambda b: b.scorecard),
                (self.tr("Made"), lambda b: b.made),
                (self.tr("Verified"), lambda b: b.verified),
                (self.tr("Applied"), lambda b: b.applied),
                (
                    self.tr("Applied at the next ride"),
                    lambda b: share(b.applied_next, b.next_ride_taken),
                ),
                (self.tr("Still holding two rides later"), hold_text),
            ],
            EmptyState(self.tr("No commitments agreed in this period.")),
            self.tr("Commitments by behaviour"),
            stretch=self.tr("Behaviour"),
        )
        for heading, table in (
            (self.tr("Per seller (double-click for their progress)"), self.sellers),
            (self.tr("Commitments by behaviour"), self.behaviours),
        ):
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 4, 0, 0)
            label = QLabel(heading)
            label.setProperty("role", "subheading")
            inner.addWidget(label)
            inner.addWidget(table, 1)
            splitter.addWidget(box)
        layout.addWidget(splitter, 1)
        rules = QLabel(rules_text())
        rules.setProperty("role", "hint")
        rules.setWordWrap(True)
        rules.setAccessibleName(self.tr("How the figures are counted"))
        layout.addWidget(rules)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Data loads each time the screen comes into view (not when it is built)."""
        if not event.spontaneous():
            self.refresh()
        super().showEvent(event)

    def _target(self) -> int:
        return self.data.target_days if self.data else 30

    def since(self) -> str:
        days = int(self.period.currentData() or DEFAULT_PERIOD)
        return (records.today() - timedelta(days=days)).isoformat()

    def refresh(self) -> None:
        self.data = my_coaching(self.store, self.since())
        self.summary.setText("\n".join(summary_lines(self.data)))
        self.sellers.set_records(list(self.data.sellers))
        self.behaviours.set_records(list(self.data.commitments))
        self.report.set_subject(
            self.tr("{since} to {until}").format(
                since=ui_date(self.data.since), until=ui_date(self.data.until)
            )
        )

    def _report(self) -> Document:
        """The report for the period on screen (read now; laid out on a worker)."""
        from fieldride.reports.data import render_options

        data = my_coaching(self.store, self.since())
        manager = str(all_settings(self.store).get("manager_name") or "")
        options = render_options(self.store)

        def build() -> bytes:
            from fieldride.reports.my_coaching import build_my_coaching

            return build_my_coaching(data, manager, options)

        # the file's name: ISO days, so the files sort by period
        period = self.tr("{since} to {until}").format(since=data.since, until=data.until)
        name = safe_file_name(self.tr("My coaching"), period)
        return Document(self.tr("Coaching report"), name, build)
