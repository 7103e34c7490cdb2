"""TrendChart: geometry as plain data (points, focus marks, solid/dotted/no lines, trainings)
and painting without errors, also for an empty trend."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor

from fieldride.insights import Trend, TrendPoint
from ui.screens.seller_profile.trend_chart import MARGIN_LEFT, TrendChart
from ui.translation import ui_number


def _trend() -> Trend:
    return Trend(
        "discovery",
        "Asks open questions",
        True,
        (
            TrendPoint(1, "2026-01-01", 1.0, 2, False),
            TrendPoint(2, "2026-01-11", 2.0, 1, True),
            TrendPoint(3, "2026-01-21", None, 0, False, "not_rated"),
            TrendPoint(4, "2026-01-31", 3.0, 3, False),
            TrendPoint(5, "2026-02-10", None, 0, False, "not_in_version"),
            TrendPoint(6, "2026-02-20", 4.0, 1, True),
        ),
    )


def test_geometry_points_segments_and_gaps(qtbot: Any) -> None:
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.set_trend(_trend(), (1, 4), trainings=[("2026-01-16", "Workshop"), ("2025-01-01", "old")])
    geo = chart.geometry_for(400, 140)
    assert [p.ride_id for p in geo.points] == [1, 2, 4, 6]
    assert [p.focus for p in geo.points] == [False, True, False, True]
    xs = [p.x for p in geo.points]
    assert xs == sorted(xs) and xs[0] == MARGIN_LEFT and abs(xs[-1] - (400 - 8)) < 0.01
    ys = [p.y for p in geo.points]
    assert ys == sorted(ys, reverse=True)  # higher level, higher on screen
    # 1→2 solid, 2→4 dotted (ride 3 not rated), nothing across ride 5 (not in the version)
    assert [(s.start.x(), s.dotted) for s in geo.segments] == [(xs[0], False), (xs[1], True)]
    assert len(geo.trainings) == 1 and xs[1] < geo.trainings[0][0] < xs[2]


def test_paints_focus_points_and_empty_state(qtbot: Any) -> None:
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(400, 140)
    chart.set_trend(_trend(), (1, 4))
    image = chart.grab().toImage()
    focus = chart.geometry_for(400, 140).points[1]
    colour = QColor(image.pixel(int(focus.x), int(focus.y)))
    assert colour.blue() > colour.red()  # the filled diamond is drawn in the line colour
    # the level in the UI locale (en_SE in the tests: "4,0")
    assert "4 rated rides" in chart.toolTip() and f"latest {ui_number(4.0, 1)}" in chart.toolTip()
    empty = TrendChart()
    qtbot.addWidget(empty)
    empty.set_trend(Trend("x", "X", False, ()), (1, 4))
    assert empty.geometry_for(300, 120).points == []
    assert not empty.grab().isNull()
