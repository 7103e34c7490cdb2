"""A small trend chart of one behaviour over a seller's rides, painted with QPainter.

Why QPainter and not QtCharts: QtCharts ships only in PySide6-Addons (+59 MB to the install and
the frozen app) and would be used for one kind of small line chart. A chart this size is a couple
of hundred lines of painting that we control entirely (gaps, focus marks, training markers, greyscale
printing), its geometry is plain data that tests check without looking at pixels, and the same
numbers come from ``fieldride.progress`` for the PDF report, so nothing is computed here.

What it shows (x = date over the profile's period, y = the scorecard's scale):
- one point per ride where the behaviour was rated (the ride's mean level);
- focus rides: a larger filled diamond (shape, not only colour, so it survives greyscale);
- a solid line between consecutive rated rides; a dotted line across rides where the behaviour
  was in the scorecard but not rated; NO line across rides whose scorecard version did not have
  the behaviour (a real gap, never drawn as zero);
- trainings on this behaviour: a dashed vertical line with a small "T" at the top.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from fieldride.insights import Trend
from ui.translation import ui_number

MARGIN_LEFT = 26
MARGIN_RIGHT = 8
MARGIN_TOP = 22
MARGIN_BOTTOM = 8


@dataclass(frozen=True)
class ChartPoint:
    x: float
    y: float
    level: float
    focus: bool
    ride_id: int


@dataclass(frozen=True)
class ChartSegment:
    start: QPointF
    end: QPointF
    dotted: bool  # across rides where the behaviour was not rated


@dataclass(frozen=True)
class ChartGeometry:
    points: list[ChartPoint]
    segments: list[ChartSegment]
    trainings: list[tuple[float, str]]  # x, title
    plot: QRectF


def _day(text: str) -> int:
    return date.fromisoformat(text).toordinal()


class TrendChart(QWidget):
    """One behaviour's trend. ``set_trend`` gives the data; ``geometry_for`` the layout."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trend: Trend | None = None
        self.scale: tuple[int, int] = (1, 4)
        self.period: tuple[str, str] | None = None
        self.trainings: list[tuple[str, str]] = []
        self.setMinimumSize(220, 110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Trend chart"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, 130)

    def set_trend(
        self,
        trend: Trend,
        scale: tuple[int, int],
        period: tuple[str, str] | None = None,
        trainings: list[tuple[str, str]] | None = None,
    ) -> None:
        """Show ``trend``; ``scale`` = (lowest, highest level); ``period`` = (first, last date)
        shared by all charts of a profile so they line up; ``trainings`` = (date, title)."""
        self.trend = trend
        self.scale = scale if scale[1] > scale[0] else (scale[0], scale[0] + 1)
        dates = [p.ride_date for p in trend.points]
        self.period = period or ((min(dates), max(dates)) if dates else None)
        self.trainings = list(trainings or [])
        latest = trend.latest_level
        rated = len(trend.rated)
        summary = (
            self.tr("%n rated ride(s), latest {level}", "", rated).format(
                level=ui_number(latest, 1)
            )
            if latest is not None
            else self.tr("%n rated ride(s), not rated yet", "", rated)
        )
        self.setAccessibleName(self.tr("Trend of {behaviour}").format(behaviour=trend.title))
        self.setAccessibleDescription(summary)
        self.setToolTip(
            self.tr("{behaviour}: {summary}").format(behaviour=trend.title, summary=summary)
        )
        self.update()

    def title_text(self) -> str:
        """The title painted above the chart: the behaviour, its latest level, and whether it
        is in the scorecard's current version."""
        if self.trend is None:
            return ""
        t = self.trend
        level = ui_number(t.latest_level, 1) if t.latest_level is not None else None
        if t.in_latest:
            if level is None:
                return self.tr("{behaviour}  not rated").format(behaviour=t.title)
            return self.tr("{behaviour}  {level}").format(behaviour=t.title, level=level)
        if level is None:
            return self.tr("{behaviour}  not rated  (not in current version)").format(
                behaviour=t.title
            )
        return self.tr("{behaviour}  {level}  (not in current version)").format(
            behaviour=t.title, level=level
        )

    # --- geometry (plain data, tested) ---------------------------------------------------------
    def geometry_for(self, width: float, height: float) -> ChartGeometry:
        plot = QRectF(
            MARGIN_LEFT,
            MARGIN_TOP,
            max(1.0, width - MARGIN_LEFT - MARGIN_RIGHT),
            max(1.0, height - MARGIN_TOP - MARGIN_BOTTOM),
        )
        if self.trend is None or self.period is None:
            return ChartGeometry([], [], [], plot)
        first, last = _day(self.period[0]), _day(self.period[1])
        span = max(1, last - first)
        lo, hi = self.scale

        def x_of(day: str) -> float:
            return plot.left() + (_day(day) - first) / span * plot.width()

        def y_of(level: float) -> float:
            return plot.bottom() - (level - lo) / (hi - lo) * plot.height()

        points: list[ChartPoint] = []
        segments: list[ChartSegment] = []
        previous: ChartPoint | None = None
        skipped_unrated = False
        for p in self.trend.points:
            if p.level is None:
                if p.gap == "not_in_version":
                    previous, skipped_unrated = None, False  # a real gap: the line stops
                else:
                    skipped_unrated = True
                continue
            point = ChartPoint(x_of(p.ride_date), y_of(p.level), p.level, p.focus, p.ride_id)
            if previous is not None:
                segments.append(
                    ChartSegment(
                        QPointF(previous.x, previous.y), QPointF(point.x, point.y), skipped_unrated
                    )
                )
            points.append(point)
            previous, skipped_unrated = point, False
        trainings = [
            (x_of(day), title)
            for day, title in self.trainings
            if self.period[0] <= day <= self.period[1]
        ]
        return ChartGeometry(points, segments, trainings, plot)

    # --- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.Text)
        mid = pal.color(QPalette.ColorRole.Mid)
        line = (
            QColor("#1F5C99")
            if pal.color(QPalette.ColorRole.Base).lightness() > 128
            else QColor("#8CC4FF")
        )
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        geo = self.geometry_for(self.width(), self.height())
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text)
        if self.trend is not None:
            label = painter.fontMetrics().elidedText(
                self.title_text(), Qt.TextElideMode.ElideRight, self.width() - 8
            )
            painter.drawText(QRectF(4, 2, self.width() - 8, MARGIN_TOP - 4), label)
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.8))
        painter.setFont(small)
        lo, hi = self.scale
        plot = geo.plot
        for level in range(lo, hi + 1):
            y = plot.bottom() - (level - lo) / (hi - lo) * plot.height()
            painter.setPen(
                QPen(mid, 1, Qt.PenStyle.SolidLine if level == lo else Qt.PenStyle.DotLine)
            )
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y - 8, MARGIN_LEFT - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(level),
            )
        for x, _title in geo.trainings:
            painter.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(text)
            painter.drawText(
                QRectF(x - 8, plot.top() - 2, 16, 12),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("T", "the training marker above a chart (the legend explains it)"),
            )
        for seg in geo.segments:
            painter.setPen(
                QPen(
                    line,
                    1.2 if seg.dotted else 2,
                    Qt.PenStyle.DotLine if seg.dotted else Qt.PenStyle.SolidLine,
                )
            )
            painter.drawLine(seg.start, seg.end)
        painter.setPen(QPen(line, 1.5))
        for p in geo.points:
            if p.focus:
                path = QPainterPath()
                path.moveTo(p.x, p.y - 5.5)
                path.lineTo(p.x + 5.5, p.y)
                path.lineTo(p.x, p.y + 5.5)
                path.lineTo(p.x - 5.5, p.y)
                path.closeSubpath()
                painter.fillPath(path, line)
            else:
                painter.setBrush(pal.color(QPalette.ColorRole.Base))
                painter.drawEllipse(QPointF(p.x, p.y), 2.8, 2.8)
        if not geo.points:
            painter.setPen(mid)
            painter.drawText(
                plot, Qt.AlignmentFlag.AlignCenter, self.tr("No ratings in this period")
            )
        painter.end()
