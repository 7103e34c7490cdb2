"""Seller progress: one seller's story over time.

- a summary line: rides, days since the last ride, follow-through rate, regressions;
- a trend chart per behaviour (``ui.screens.seller_profile.trend_chart``): one point per ride, focus rides as
  diamonds, trainings as "T" lines, gaps where a behaviour was not in the scorecard version;
- training before → after: each trained behaviour's mean over the 90 days before and after;
- regressions: behaviours verified "applied" that later dropped back;
- self-assessment: per behaviour, the seller's own level minus the manager's on each
  self-assessed ride (``insights.self_assessment_gaps``, the development report uses it too);
- the timeline of rides and trainings; a ride opens in capture (``open_ride``).

The charts, the timeline, the regressions and the training before/after cover a period: the
last 12 months unless the manager chose another (remembered in ``ui.settings``), said in plain
words under the summary with the rides shown of the whole history. A ten-year seller's every
ride is a choice, not the price of opening the screen. The summary's ride count, follow-through
and cadence are the whole history's. The development report covers the same period (its page
says which).

Every number comes from ``progress.seller_profile``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldride.errors import DomainError
from fieldride.insights import (
    Regression,
    SellerProfile,
    TrainingEffect,
    period_start,
    self_assessment_gaps,
    seller_profile,
)
from fieldride.store import Store
from fieldride.store import rows as records
from fieldride.team import sellers
from ui import settings
from ui.prompts import PromptService
from ui.screens.seller_profile.trend_chart import TrendChart
from ui.translation import QT_TRANSLATE_NOOP, ui_date, ui_number, ui_signed
from ui.widgets.document_actions import Document, DocumentActions, safe_file_name
from ui.widgets.empty_state import EmptyState
from ui.widgets.record_table import RecordTable
from ui.widgets.training_dialog import TrainingDialog


def level(value: float | None) -> str:
    return "–" if value is None else ui_number(value, 1)


def change_text(e: TrainingEffect) -> str:
    if e.change is None:
        return QCoreApplication.translate("SellerProfileScreen", "not enough rides")
    arrow = "▲" if e.change > 0.05 else "▼" if e.change < -0.05 else "="
    text = f"{ui_signed(e.change)} {arrow}"
    if e.after_complete:
        return text
    return QCoreApplication.translate("SellerProfileScreen", "{change} (so far)").format(
        change=text
    )


def follow_through_text(profile: SellerProfile) -> str:
    ft = profile.follow_through
    if ft.rate is None:
        return QCoreApplication.translate(
            "SellerProfileScreen", "Follow-through: nothing verified yet"
        )
    return QCoreApplication.translate(
        "SellerProfileScreen", "Follow-through: {percent}% ({applied} of {verified} applied)"
    ).format(percent=ui_number(ft.rate * 100), applied=ft.applied, verified=ft.verified)


def _level_on(value: float, day: str) -> str:
    return QCoreApplication.translate("SellerProfileScreen", "{level} on {day}").format(
        level=ui_number(value, 1), day=ui_date(day)
    )


def _level_rides(value: float | None, rides: int) -> str:
    return QCoreApplication.translate("SellerProfileScreen", "{level} ({rides})").format(
        level=level(value), rides=rides
    )


EFFECT_COLUMNS = [
    (QT_TRANSLATE_NOOP("Columns", "Behaviour"), lambda e: e.behaviour_title),
    (QT_TRANSLATE_NOOP("Columns", "Before"), lambda e: _level_rides(e.before, e.before_rides)),
    (QT_TRANSLATE_NOOP("Columns", "After"), lambda e: _level_rides(e.after, e.after_rides)),
    (QT_TRANSLATE_NOOP("Columns", "Change"), change_text),
    (
        QT_TRANSLATE_NOOP("Columns", "Training"),
        lambda e: QCoreApplication.translate("SellerProfileScreen", "{training}, {day}").format(
            training=e.training_title, day=ui_date(e.held_on)
        ),
    ),
]
REGRESSION_COLUMNS = [
    (QT_TRANSLATE_NOOP("Columns", "Behaviour"), lambda r: r.title),
    (
        QT_TRANSLATE_NOOP("Columns", "Status"),
        lambda r: (
            QCoreApplication.translate("SellerProfileScreen", "Recovered")
            if r.recovered
            else QCoreApplication.translate("SellerProfileScreen", "Still below")
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Columns", "Applied"),
        lambda r: _level_on(r.level_at_verification, r.verified_on),
    ),
    (QT_TRANSLATE_NOOP("Columns", "Dropped"), lambda r: _level_on(r.dropped_level, r.dropped_on)),
    (QT_TRANSLATE_NOOP("Columns", "Now"), lambda r: level(r.latest_level)),
]
SELF_GAP_COLUMNS = [
    (QT_TRANSLATE_NOOP("Columns", "Behaviour"), lambda g: g.title),
    (QT_TRANSLATE_NOOP("Columns", "Mean gap"), lambda g: ui_signed(g.mean_gap)),
    (
        QT_TRANSLATE_NOOP("Columns", "Ride by ride (last 8)"),
        lambda g: " → ".join(ui_signed(p.gap) for p in g.points[-8:]),
    ),
]
TIMELINE_COLUMNS = [
    (QT_TRANSLATE_NOOP("Columns", "Date"), lambda e: e.date),
    (
        QT_TRANSLATE_NOOP("Columns", "What"),
        lambda e: (
            QCoreApplication.translate("SellerProfileScreen", "Training: {title}").format(
                title=e.title
            )
            if e.kind == "training"
            else e.title
        ),
    ),
    (QT_TRANSLATE_NOOP("Columns", "Detail"), lambda e: e.detail),
]


# The periods offered: (months or "all" as stored in ui.settings, label); the first is the default.
PERIODS = [
    ("12", QT_TRANSLATE_NOOP("SellerProfileScreen", "Last 12 months")),
    ("24", QT_TRANSLATE_NOOP("SellerProfileScreen", "Last 2 years")),
    ("60", QT_TRANSLATE_NOOP("SellerProfileScreen", "Last 5 years")),
    ("all", QT_TRANSLATE_NOOP("SellerProfileScreen", "Whole history")),
]
WHOLE = "all"


def _section(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 4, 0, 0)
    label = QLabel(title)
    label.setProperty("role", "subheading")
    # A long heading (Spanish, German) does not widen the side column past its tables: it is
    # cut at the column's edge, the whole of it in the tooltip (a wrapped heading made the
    # splitter hold the section below its height).
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setToolTip(title)
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    box.setProperty("title_label", label)
    return box


class SellerProfileScreen(QWidget):
    open_ride = Signal(int)
    review_session_requested = Signal(int)  # seller id: hand the laptop over for a one-on-one
    data_changed = Signal()
    saved = Signal(str)

    def __init__(self, store: Store, prompts: PromptService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.prompts = prompts
        self.profile: SellerProfile | None = None
        self.charts: list[TrendChart] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        top = QHBoxLayout()
        title = QLabel(self.tr("Seller progress"))
        title.setProperty("role", "heading")
        top.addWidget(title)
        top.addStretch(1)
        self.seller = QComboBox()
        self.seller.setAccessibleName(self.tr("Seller"))
        self.seller.setMinimumWidth(200)
        self.seller.currentIndexChanged.connect(lambda _i: self._load())
        self.scorecard = QComboBox()
        self.scorecard.setAccessibleName(self.tr("Scorecard"))
        self.scorecard.currentIndexChanged.connect(lambda _i: self._load(keep_card=True))
        self.training_button = QPushButton(self.tr("Record training…"))
        self.training_button.setAccessibleName(self.tr("Record training"))
        self.training_button.clicked.connect(self.record_training)
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for value, label in PERIODS:
            self.period.addItem(QCoreApplication.translate("SellerProfileScreen", label), value)
        self.period.setCurrentIndex(
            max(0, self.period.findData(settings.get_str(settings.PROFILE_PERIOD)))
        )
        self.period.currentIndexChanged.connect(self._period_chosen)
        period_label = QLabel(self.tr("&Period"))  # Alt+P
        period_label.setBuddy(self.period)
        for w in (self.seller, self.scorecard, period_label, self.period, self.training_button):
            top.addWidget(w)
        layout.addLayout(top)
        self.summary = QLabel("")
        self.summary.setAccessibleName(self.tr("Progress summary"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        shown = QHBoxLayout()
        self.period_note = QLabel("")
        self.period_note.setAccessibleName(self.tr("Rides shown"))
        self.period_note.setTextFormat(Qt.TextFormat.PlainText)
        self.period_note.setProperty("role", "hint")
        self.whole_button = QPushButton(self.tr("Show the whole history"))
        self.whole_button.setAccessibleName(self.tr("Show the whole history"))
        self.whole_button.setFlat(True)
        self.whole_button.clicked.connect(
            lambda: self.period.setCurrentIndex(self.period.findData(WHOLE))
        )
        shown.addWidget(self.period_note)
        shown.addWidget(self.whole_button)
        shown.addStretch(1)
        layout.addLayout(shown)
        self.report = DocumentActions(
            self.tr("development report"), store, prompts, self._report, self
        )
        self.report.setToolTip(
            self.tr(
                "This seller's development report: rides, trends, commitments and trainings, "
                "for a one-on-one"
            )
        )
        self.report.setEnabled(False)
        actions = QHBoxLayout()
        actions.addWidget(self.report)
        self.session_button = QPushButton(self.tr("&Review with the seller…"))  # Alt+R
        self.session_button.setAccessibleName(self.tr("Review with the seller"))
        self.session_button.setToolTip(
            self.tr(
                "Hand the laptop to the seller for a one-on-one: the window shows only their "
                "own trends, commitments and summaries, until you take it back"
            )
        )
        self.session_button.setEnabled(False)
        self.session_button.clicked.connect(self._request_session)
        actions.addWidget(self.session_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        legend = QLabel(
            self.tr(
                "◆ focus ride · ○ other ride · dotted line: not rated on the rides between · "
                "no line: not in that scorecard version · T: training on this behaviour"
            )
        )
        legend.setProperty("role", "hint")
        legend.setWordWrap(True)
        layout.addWidget(legend)
        self.body = QStackedWidget()
        self.empty = EmptyState(
            self.tr("Choose a seller. Their rides, trends and trainings show here.")
        )
        self.body.addWidget(self.empty)
        self.body.addWidget(self._build_body())
        layout.addWidget(self.body, 1)

    def _build_body(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        settings.remember_layout(splitter)
        self.chart_area = QScrollArea()
        self.chart_area.setWidgetResizable(True)
        self.chart_area.setAccessibleName(self.tr("Behaviour trends"))
        self.chart_host = QWidget()
        self.chart_grid = QGridLayout(self.chart_host)
        self.chart_grid.setSpacing(8)
        self.chart_area.setWidget(self.chart_host)
        splitter.addWidget(self.chart_area)
        side = QSplitter(Qt.Orientation.Vertical)
        settings.remember_layout(side)
        self.effects = RecordTable(
            EFFECT_COLUMNS,
            EmptyState(self.tr("No training recorded for this seller.")),
            self.tr("Training before and after"),
        )
        self.regressions = RecordTable(
            REGRESSION_COLUMNS,
            EmptyState(self.tr("No regressions: what was applied has held.")),
            self.tr("Regressions"),
        )
        self.regressions.activated_record.connect(self._open_regression)
        self.timeline = RecordTable(
            TIMELINE_COLUMNS,
            EmptyState(self.tr("No rides yet.")),
            self.tr("Timeline of rides and trainings"),
            stretch="Detail",
        )
        self.timeline.activated_record.connect(
            lambda e: self.open_ride.emit(e.ride_id) if e and e.ride_id else None
        )
        self.self_gaps = RecordTable(
            SELF_GAP_COLUMNS,
            EmptyState(self.tr("No self-assessment yet.")),
            self.tr("Self-assessment against yours"),
            stretch="Ride by ride (last 8)",
        )
        self.self_gaps.activated_record.connect(
            lambda g: self.open_ride.emit(g.points[-1].ride_id) if g else None
        )
        self.self_gaps_box = _section(
            self.tr("Self-assessment: the seller's level minus yours, per ride"), self.self_gaps
        )
        self.effects_box = _section(
            self.tr("Training → execution: mean level 90 days before / after (rides)"),
            self.effects,
        )
        self.regressions_box = _section(self.tr("Regressions"), self.regressions)
        for box in (
            self.effects_box,
            self.regressions_box,
            self.self_gaps_box,
            _section(self.tr("Timeline"), self.timeline),
        ):
            side.addWidget(box)
        # Scrolled, not squeezed: in a short window (1366x768, not maximized) the four sections
        # were held below their minimum height and an empty one showed a sliver of its sentence.
        self.side_area = QScrollArea()
        self.side_area.setWidgetResizable(True)
        self.side_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.side_area.setWidget(side)
        splitter.addWidget(self.side_area)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.chart_area.setMinimumWidth(480)
        splitter.setSizes([700, 460])  # charts first: they tell the story
        side.setSizes([160, 130, 140, 200])
        return splitter

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Data loads when the screen is shown (each time it comes into view), not when built."""
        if not event.spontaneous():
            self.refresh()
        super().showEvent(event)

    # --- data ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.seller.currentData()
        self.seller.blockSignals(True)
        self.seller.clear()
        for s in sellers.list_sellers(self.store):
            self.seller.addItem(s.name, s.id)
        index = self.seller.findData(current) if current is not None else 0
        self.seller.setCurrentIndex(max(index, 0))
        self.seller.blockSignals(False)
        self._load(keep_card=True)

    def show_seller(self, seller_id: int) -> None:
        """Show one seller (also archived ones, added to the list for the occasion)."""
        index = self.seller.findData(seller_id)
        if index < 0:
            self.seller.addItem(sellers.get_seller(self.store, seller_id).name, seller_id)
            index = self.seller.count() - 1
        if index == self.seller.currentIndex():
            self._load()
        else:
            self.seller.setCurrentIndex(index)

    def _load(self, keep_card: bool = False) -> None:
        seller_id = self.seller.currentData()
        if seller_id is None:
            self.profile = None
            self.body.setCurrentIndex(0)
            self.summary.setText("")
            self.report.setEnabled(False)
            self.session_button.setEnabled(False)
            return
        card = self.scorecard.currentData() if keep_card else None
        try:
            self.profile = seller_profile(self.store, int(seller_id), card, since=self.since())
        except DomainError as err:  # the seller was removed meanwhile
            self.prompts.error(self.tr("Cannot show this seller"), str(err))
            return
        self._show(self.profile)

    def since(self) -> date | None:
        """The first day of the period chosen (None: the whole history)."""
        value = self.period.currentData()
        return period_start(None if value in (None, WHOLE) else int(value))

    def _period_chosen(self, _index: int) -> None:
        settings.put(settings.PROFILE_PERIOD, str(self.period.currentData()))
        self._load(keep_card=True)

    def _report(self) -> Document:
        """The chosen seller's development report over the period shown (its page says which;
        read now, laid out on a worker)."""
        from fieldride.reports.data import render_options, seller_report_data

        seller_id = self.seller.currentData()
        if seller_id is None:
            raise DomainError(self.tr("Choose a seller first."))
        data = seller_report_data(self.store, int(seller_id), since=self.since())
        options = render_options(self.store)

        def build() -> bytes:
            from fieldride.reports.seller_report import build_seller_report

            return build_seller_report(data, options)

        title = self.tr("Development report")
        name = safe_file_name(title, self.seller.currentText())
        return Document(title, name, build)

    def _show(self, profile: SellerProfile) -> None:
        self.body.setCurrentIndex(1)
        self.report.setEnabled(True)
        self.session_button.setEnabled(True)
        self.scorecard.blockSignals(True)
        self.scorecard.clear()
        for key, name in profile.scorecards:
            self.scorecard.addItem(name, key)
        if profile.scorecard is not None:
            self.scorecard.setCurrentIndex(max(0, self.scorecard.findData(profile.scorecard.key)))
        self.scorecard.setEnabled(len(profile.scorecards) > 1)
        self.scorecard.blockSignals(False)
        self.summary.setText(self.summary_text(profile))
        self.period_note.setText(self.period_text(profile))
        self.whole_button.setVisible(profile.period_rides < profile.rides)
        self._show_charts(profile)
        self.effects.set_records(list(profile.training_effects))
        self.regressions.set_records(list(profile.regressions))
        still = sum(1 for r in profile.regressions if not r.recovered)
        label = self.regressions_box.property("title_label")
        label.setText(
            self.tr("Regressions ({count}, {still} still below)").format(
                count=len(profile.regressions), still=still
            )
            if profile.regressions
            else self.tr("Regressions")
        )
        self.timeline.set_records(list(reversed(profile.timeline)))
        card_key = profile.scorecard.key if profile.scorecard is not None else None
        gaps = [
            g
            for g in self_assessment_gaps(self.store, profile.seller_id)
            if card_key is None or g.scorecard_key == card_key
        ]
        self.self_gaps.set_records(gaps)

    def summary_text(self, profile: SellerProfile) -> str:
        """One line, a list of items side by side: who, rides, follow-through, regressions,
        overdue commitments."""
        c = profile.cadence
        if c is None or c.days_since is None:
            last = self.tr("no ride yet")
        elif c.days_since == 0:
            last = self.tr("last ride today")
        elif c.needs_ride:
            last = self.tr("last ride %n day(s) ago — ride due", "", c.days_since)
        else:
            last = self.tr("last ride %n day(s) ago", "", c.days_since)
        still = sum(1 for r in profile.regressions if not r.recovered)
        who = (
            self.tr("{seller} ({team})").format(seller=profile.seller_name, team=profile.team)
            if profile.team
            else profile.seller_name
        )
        parts = [
            who,
            self.tr("%n ride(s)", "", profile.rides) + ", " + last,
            follow_through_text(profile),
            self.tr("Regressions: {count} ({still} still below)").format(
                count=len(profile.regressions), still=still
            ),
        ]
        if c is not None and c.overdue_commitments:
            parts.append(self.tr("%n overdue commitment(s)", "", c.overdue_commitments))
        return " · ".join(parts)

    def period_text(self, profile: SellerProfile) -> str:
        """What the charts and the timeline cover: the period and its rides of the whole
        history's, e.g. "Last 12 months (since 21 Nov 2025): 38 of 1,174 rides shown"."""
        if profile.since is None:
            return self.tr("Whole history: %n ride(s) shown", "", profile.rides)
        return self.tr(
            "{period} (since {day}): {shown} of %n ride(s) shown", "", profile.rides
        ).format(
            period=self.period.currentText(),
            day=ui_date(profile.since),
            shown=ui_number(profile.period_rides),
        )

    def _show_charts(self, profile: SellerProfile) -> None:
        for chart in self.charts:
            chart.setParent(None)
            chart.deleteLater()
        self.charts = []
        shape = profile.scorecard
        if shape is None:
            return
        dates = [p.ride_date for t in profile.trends for p in t.points]
        today = records.today().isoformat()
        # A period's charts span the period (a quiet stretch shows as such), the whole
        # history's from the first ride.
        first = profile.since or (min(dates) if dates else None)
        period = (first, max(max(dates, default=today), today)) if first else None
        scale = (shape.scale[0].value, shape.scale[-1].value) if shape.scale else (1, 4)
        # The ride score first (weighted where the scorecard gives weights; issue 22).
        score = profile.score_trend
        trends = ((score,) if score is not None and score.rated else ()) + profile.trends
        for i, trend in enumerate(trends):
            trainings = [
                (e.held_on, e.training_title)
                for e in profile.training_effects
                if e.behaviour_key == trend.behaviour_key and e.scorecard_key == shape.key
            ]
            chart = TrendChart()
            chart.set_trend(trend, scale, period, trainings)
            self.chart_grid.addWidget(chart, i // 2, i % 2)
            self.charts.append(chart)
        self.chart_grid.setRowStretch(len(trends) // 2 + 1, 1)

    def _request_session(self) -> None:
        seller_id = self.seller.currentData()
        if seller_id is not None:
            self.review_session_requested.emit(int(seller_id))

    def _open_regression(self, r: Regression | None) -> None:
        if r is not None:
            self.open_ride.emit(r.dropped_ride_id)

    def record_training(self) -> TrainingDialog:
        dialog = TrainingDialog(self.store, self.prompts, self)
        if self.seller.currentData() is not None:
            dialog.check(dialog.attendees, [self.seller.currentData()])
        dialog.training_recorded.connect(lambda _t: self.saved.emit(self.tr("training recorded")))
        dialog.training_recorded.connect(lambda _t: self.data_changed.emit())
        dialog.open()
        return dialog
