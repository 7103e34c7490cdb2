"""The seller's own review session: the window handed to the seller for a one-on-one.

Like the hand-over after a debrief (``screen.SellerView``), the main window hides its navigation,
menus and status bar while this page is up, and only the "Give the laptop back to the manager"
button leaves it (Esc does nothing). The seller sees their own record and nothing else
(``fieldride.insights.seller_review``): trends per behaviour, their commitments and how each held,
and the summaries of their finished rides exactly as their handouts carry them — never a private
note, another seller or the team's figures.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
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
from ui import settings
from ui.models.records import RECORD_ROLE
from ui.screens.seller_profile import TrendChart
from ui.screens.seller_view.content import summary_html
from ui.translation import ui_date
from ui.widgets.empty_state import EmptyState
from ui.widgets.record_table import RecordTable


def _t(text: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP below, translated where it is shown."""
    return QCoreApplication.translate("SellerReviewSession", text)


# marked for lupdate here, translated where shown (the same context)
HELD_WORDS: dict[str, str] = {
    "open": str(QT_TRANSLATE_NOOP("SellerReviewSession", "Still open")),
    "overdue": str(QT_TRANSLATE_NOOP("SellerReviewSession", "Open, past its date")),
    "not applied": str(QT_TRANSLATE_NOOP("SellerReviewSession", "Not applied when checked")),
    "applied, held": str(QT_TRANSLATE_NOOP("SellerReviewSession", "Applied, and it has held")),
    "applied, dropped back": str(
        QT_TRANSLATE_NOOP("SellerReviewSession", "Applied, then slipped back")
    ),
    "applied, dropped back, recovered": str(
        QT_TRANSLATE_NOOP("SellerReviewSession", "Applied, slipped back, now back up")
    ),
}


OUTCOME_WORDS: dict[str, str] = {
    "applied": str(QT_TRANSLATE_NOOP("SellerReviewSession", "Applied")),
    "partly": str(QT_TRANSLATE_NOOP("SellerReviewSession", "Partly")),
    "not_yet": str(QT_TRANSLATE_NOOP("SellerReviewSession", "Not yet")),
    "no_opportunity": str(QT_TRANSLATE_NOOP("SellerReviewSession", "No opportunity")),
}


def _checks(c: HeldCommitment) -> str:
    done = [
        QCoreApplication.translate("SellerReviewSession", "{outcome} on {day}").format(
            outcome=_t(OUTCOME_WORDS.get(code, code)), day=ui_date(day)
        )
        for day, code in c.checks
    ]
    return "; ".join(done) or QCoreApplication.translate("SellerReviewSession", "Not checked yet")


def commitment_columns() -> list[tuple[str, Callable[[HeldCommitment], str]]]:
    return [
        (
            QCoreApplication.translate("SellerReviewSession", "Agreed on"),
            lambda c: ui_date(c.made_on),
        ),
        (
            QCoreApplication.translate("SellerReviewSession", "Behaviour"),
            lambda c: c.behaviour_title,
        ),
        (QCoreApplication.translate("SellerReviewSession", "Commitment"), lambda c: c.text),
        (QCoreApplication.translate("SellerReviewSession", "Due"), lambda c: ui_date(c.due_date)),
        (QCoreApplication.translate("SellerReviewSession", "Checked"), _checks),
        (
            QCoreApplication.translate("SellerReviewSession", "How it held"),
            lambda c: _t(HELD_WORDS.get(c.held, c.held)),
        ),
    ]


def ride_columns() -> list[tuple[str, Callable[[SharedRide], str]]]:
    return [
        (QCoreApplication.translate("SellerReviewSession", "Date"), lambda r: ui_date(r.ride_date)),
        (
            QCoreApplication.translate("SellerReviewSession", "Scorecard"),
            lambda r: r.scorecard_name,
        ),
        (
            QCoreApplication.translate("SellerReviewSession", "Acknowledged"),
            lambda r: (
                QCoreApplication.translate("SellerReviewSession", "Yes")
                if r.acknowledged
                else QCoreApplication.translate("SellerReviewSession", "Not yet")
            ),
        ),
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
        give_back = self.tr("Give the laptop back to the manager")
        self.give_back = QPushButton(give_back)
        self.give_back.setAccessibleName(give_back)
        self.give_back.clicked.connect(self._hand_back)
        top.addWidget(self.give_back)
        outer.addLayout(top)
        intro = QLabel(
            self.tr(
                "This is your own record: how each behaviour has gone ride by ride, the "
                "commitments you made and how they held, and the summaries you were given."
            )
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_trends(), self.tr("Your &trends"))
        self.commitments = RecordTable(
            commitment_columns(),
            EmptyState(self.tr("No commitments yet.")),
            self.tr("Your commitments"),
            stretch=QCoreApplication.translate("SellerReviewSession", "Commitment"),
        )
        self.tabs.addTab(self.commitments, self.tr("Your &commitments"))
        self.tabs.addTab(self._build_summaries(), self.tr("Your &summaries"))
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
        self.chart_area.setAccessibleName(self.tr("Your trends"))
        host = QWidget()
        self.chart_grid = QGridLayout(host)
        self.chart_grid.setSpacing(8)
        self.chart_area.setWidget(host)
        layout.addWidget(self.chart_area, 1)
        return page

    def _build_summaries(self) -> QWidget:
        split = QSplitter(Qt.Orientation.Horizontal)
        settings.remember_layout(split)
        self.rides = RecordTable(
            ride_columns(),
            EmptyState(self.tr("No finished rides yet.")),
            self.tr("Your rides"),
            stretch=QCoreApplication.translate("SellerReviewSession", "Scorecard"),
        )
        self.rides.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_summary(
                current.data(RECORD_ROLE) if current.isValid() else None
            )
        )
        split.addWidget(self.rides)
        self.summary = QTextBrowser()
        self.summary.setAccessibleName(self.tr("The summary of the chosen ride"))
        self.summary.setOpenLinks(False)
        split.addWidget(self.summary)
        split.setSizes([340, 700])
        return split

    def load(self, seller_id: int) -> None:
        """Show ``seller_id``'s own review, on its first tab. Raises DomainError for an unknown
        seller."""
        review = seller_review(self.store, seller_id)
        self.review = review
        self.heading.setText(self.tr("Your progress, {seller}").format(seller=review.seller_name))
        self.scorecard.setText(
            self.tr(
                "Scorecard: {scorecard}. One point per ride: your average level on that ride; "
                "◆ a behaviour you focused on."
            ).format(scorecard=review.scorecard_name)
            if review.scorecard_name
            else self.tr("No rides yet.")
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
