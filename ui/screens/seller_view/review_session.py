"""The seller's own review session: the window handed to the seller for a one-on-one.

Like the hand-over after a debrief (``screen.SellerView``), the main window hides its navigation,
menus and status bar while this page is up, and only the "Give the laptop back to the manager"
button leaves it (Esc does nothing). The seller sees their own record and nothing else
(``fieldride.insights.seller_review``): trends per behaviour, their commitments and how each held,
and the summaries of their finished rides exactly as their handouts carry them — never a private
note, another seller or the team's figures.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fieldride.insights import HeldCommitment, SellerReview, SharedRide, seller_review
from fieldride.reports.data import summary_data
from fieldride.store import Store
from ui.models.records import RECORD_ROLE
from ui.screens.seller_profile import TrendChart
from ui.screens.seller_view.content import summary_html
from ui.widgets.empty_state import EmptyState
from ui.widgets.record_table import RecordTable

GIVE_BACK = "Give the laptop back to the manager"
HELD_WORDS = {
    "open": "Still open",
    "overdue": "Open, past its date",
    "not applied": "Not applied when checked",
    "applied, held": "Applied, and it has held",
    "applied, dropped back": "Applied, then slipped back",
    "applied, dropped back, recovered": "Applied, slipped back, now back up",
}


def _checks(c: HeldCommitment) -> str:
    return "; ".join(f"{label} on {day}" for day, label in c.checks) or "Not checked yet"


COMMITMENT_COLUMNS = [
    ("Agreed on", lambda c: c.made_on),
    ("Behaviour", lambda c: c.behaviour_title),
    ("Commitment", lambda c: c.text),
    ("Due", lambda c: c.due_date),
    ("Checked", _checks),
    ("How it held", lambda c: HELD_WORDS.get(c.held, c.held)),
]
RIDE_COLUMNS = [
    ("Date", lambda r: r.ride_date),
    ("Scorecard", lambda r: r.scorecard_name),
    ("Acknowledged", lambda r: "Yes" if r.acknowledged else "Not yet"),
]


class SellerReviewSession(QWidget):
    handed_back = Signal(int)  # seller id

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.review: SellerReview | None = None
        self.charts: list[TrendChart] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(self.heading, 1)
        self.give_back = QPushButton(GIVE_BACK)
        self.give_back.setAccessibleName(GIVE_BACK)
        self.give_back.clicked.connect(self._hand_back)
        top.addWidget(self.give_back)
        outer.addLayout(top)
        intro = QLabel(
            "This is your own record: how each behaviour has gone ride by ride, the "
            "commitments you made and how they held, and the summaries you were given."
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_trends(), "Your &trends")
        self.commitments = RecordTable(
            COMMITMENT_COLUMNS,
            EmptyState("No commitments yet."),
            "Your commitments",
            stretch="Commitment",
        )
        self.tabs.addTab(self.commitments, "Your &commitments")
        self.tabs.addTab(self._build_summaries(), "Your &summaries")
        outer.addWidget(self.tabs, 1)

    def _build_trends(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        self.scorecard = QLabel()
        self.scorecard.setProperty("role", "hint")
        self.scorecard.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.scorecard)
        self.chart_area = QScrollArea()
        self.chart_area.setWidgetResizable(True)
        self.chart_area.setAccessibleName("Your trends")
        host = QWidget()
        self.chart_grid = QGridLayout(host)
        self.chart_grid.setSpacing(8)
        self.chart_area.setWidget(host)
        layout.addWidget(self.chart_area, 1)
        return page

    def _build_summaries(self) -> QWidget:
        split = QSplitter(Qt.Orientation.Horizontal)
        self.rides = RecordTable(
            RIDE_COLUMNS, EmptyState("No finished rides yet."), "Your rides", stretch="Scorecard"
        )
        self.rides.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_summary(
                current.data(RECORD_ROLE) if current.isValid() else None
            )
        )
        split.addWidget(self.rides)
        self.summary = QTextBrowser()
        self.summary.setAccessibleName("The summary of the chosen ride")
        self.summary.setOpenLinks(False)
        split.addWidget(self.summary)
        split.setSizes([340, 700])
        return split

    def load(self, seller_id: int) -> None:
        """Show ``seller_id``'s own review, on its first tab. Raises DomainError for an unknown
        seller."""
        review = seller_review(self.store, seller_id)
        self.review = review
        self.heading.setText(f"Your progress, {review.seller_name}")
        self.scorecard.setText(
            f"Scorecard: {review.scorecard_name}. One point per ride: your average level on "
            "that ride; ◆ a behaviour you focused on."
            if review.scorecard_name
            else "No rides yet."
        )
        self._show_charts(review)
        self.commitments.set_records(list(review.commitments))
        self.rides.set_records(list(review.rides))
        self.summary.clear()
        if review.rides:
            self.rides.view.selectRow(0)
        self.tabs.setCurrentIndex(0)
        self.give_back.setFocus()

    def _show_charts(self, review: SellerReview) -> None:
        for chart in self.charts:
            chart.setParent(None)
            chart.deleteLater()
        self.charts = []
        dates = [p.ride_date for t in review.trends for p in t.points]
        period = (min(dates), max(dates)) if dates else None
        for i, trend in enumerate(t for t in review.trends if t.rated):
            chart = TrendChart()
            chart.set_trend(trend, review.scale, period, [])
            self.chart_grid.addWidget(chart, i // 2, i % 2)
            self.charts.append(chart)
        self.chart_grid.setRowStretch(len(self.charts) // 2 + 1, 1)

    def _show_summary(self, ride: SharedRide | None) -> None:
        if ride is None:
            self.summary.clear()
            return
        self.summary.setHtml(summary_html(summary_data(self.store, ride.ride_id)))

    def _hand_back(self) -> None:
        if self.review is not None:
            self.handed_back.emit(self.review.seller_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # Esc never leaves the seller's session: handing back is a button
            return
        super().keyPressEvent(event)
