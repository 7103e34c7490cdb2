"""Team review against generated data: the grid shows the core's figures, cadence flags,
overdue commitments; a seller opens their progress; a training is recorded from the dialog."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from fieldride import insights
from fieldride.store import Store
from fieldride.team import sellers, training
from ui.models.records import SORT_ROLE
from ui.screens.review.screen import ReviewScreen
from ui.screens.review.team_grid import CADENCE_COLUMNS, DUE_COLOUR, SELLER_ROLE, level_text


def _screen(qtbot: Any, store: Store, prompts: Any) -> ReviewScreen:
    screen = ReviewScreen(store, prompts)
    qtbot.addWidget(screen)
    screen.resize(1300, 700)
    screen.show()
    return screen


def test_grid_shows_core_figures(qtbot: Any, demo_store: Store, prompts: Any) -> None:
    idle = sellers.add_seller(demo_store, "Never Ridden")
    screen = _screen(qtbot, demo_store, prompts)
    overview = insights.team_overview(demo_store)
    assert overview is not None
    model = screen.grid.model()
    assert model.rowCount() == len(overview.rows) == 8
    rows = {r.cadence.seller_id: r for r in overview.rows}
    for row in range(model.rowCount()):
        sid = model.index(row, 0).data(SELLER_ROLE)
        expected = rows[sid]
        assert model.index(row, 0).data() == expected.cadence.seller_name
        assert model.index(row, 2).data() == str(expected.cadence.rides_30)
        assert model.index(row, 4).data() == str(expected.cadence.overdue_commitments)
        for i, b in enumerate(overview.scorecard.behaviours):
            latest = expected.levels.get(b.key)
            cell = model.index(row, len(CADENCE_COLUMNS) + i)
            assert cell.data() == level_text(latest.level if latest else None)
    idle_row = next(
        r for r in range(model.rowCount()) if model.index(r, 0).data(SELLER_ROLE) == idle.id
    )
    cadence = model.index(idle_row, 1)
    assert "ride due" in cadence.data()
    assert cadence.data(Qt.ItemDataRole.BackgroundRole) == QColor(DUE_COLOUR)
    assert model.index(idle_row, len(CADENCE_COLUMNS)).data() == "–"
    assert "Never Ridden" in screen.summary.text()
    assert screen.overdue.model.rowCount() == len(overview.overdue)


def test_double_click_opens_seller_progress(qtbot: Any, demo_store: Store, prompts: Any) -> None:
    screen = _screen(qtbot, demo_store, prompts)
    index = screen.grid.model().index(2, 0)
    sid = index.data(SELLER_ROLE)
    rect = screen.grid.visualRect(index)
    qtbot.mouseClick(screen.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(screen.seller_profile_requested) as blocker:
        qtbot.mouseDClick(screen.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [sid]
    with qtbot.waitSignal(screen.seller_profile_requested) as blocker:
        qtbot.keyClick(screen.grid, Qt.Key.Key_Return)  # keyboard: Enter on the row
    assert blocker.args == [sid]


def test_main_window_routes_grid_to_progress(qtbot: Any, main_window: Any) -> None:
    store = main_window.store
    seller = sellers.add_seller(store, "Ana Route")
    review = main_window.show_screen("review")
    review.refresh()
    review.grid.seller_activated.emit(seller.id)
    assert main_window.current_screen_key() == "progress"
    assert main_window.screens["progress"].seller.currentData() == seller.id


def test_record_training_from_dialog(qtbot: Any, store: Store, prompts: Any) -> None:
    a = sellers.add_seller(store, "Ana")
    sellers.add_seller(store, "Bo")
    screen = _screen(qtbot, store, prompts)
    dialog = screen.record_training()
    qtbot.addWidget(dialog)
    dialog.save_button.click()  # no title: refused, dialog stays open
    assert prompts.errors and "title" in prompts.errors[-1][1]
    assert dialog.isVisible() and training.list_trainings(store) == []
    qtbot.keyClicks(dialog.title_edit, "Discovery workshop")
    dialog.date_edit.setDate(date(2026, 3, 4))
    dialog.scorecard.setCurrentIndex(dialog.scorecard.findData("field-visit"))
    dialog.check(dialog.behaviours, ["discovery"])
    dialog.check(dialog.attendees, [a.id])
    with qtbot.waitSignal(screen.data_changed):
        dialog.save_button.click()
    [event] = training.list_trainings(store)
    assert (event.title, event.held_on, event.behaviours, event.seller_ids) == (
        "Discovery workshop",
        "2026-03-04",
        (("field-visit", "discovery"),),
        (a.id,),
    )


def test_grid_reads_the_same_in_dark_mode(qtbot: Any, demo_store: Store, prompts: Any) -> None:
    """In the dark scheme a low level is never painted brighter than a high one: the ramp runs
    from near the dark background to bright, and the legend follows it."""
    from PySide6.QtWidgets import QApplication

    from ui import theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, sheet, look = app.palette(), app.styleSheet(), app.property("fieldride_look")
    try:
        theme.apply_theme(app, high_contrast=False, scheme="dark")
        screen = _screen(qtbot, demo_store, prompts)
        model = screen.grid.model()
        cells = [
            model.index(r, c)
            for r in range(model.rowCount())
            for c in range(len(CADENCE_COLUMNS), model.columnCount())
            if model.index(r, c).data() != "–"
        ]
        # the cell shows the level in the UI locale ("2,0" in en_SE): sort by the sort role
        levels = sorted(cells, key=lambda i: float(i.data(SORT_ROLE)))
        low, high = levels[0], levels[-1]
        assert float(low.data(SORT_ROLE)) < float(high.data(SORT_ROLE))
        low_bg = low.data(Qt.ItemDataRole.BackgroundRole).lightness()
        high_bg = high.data(Qt.ItemDataRole.BackgroundRole).lightness()
        assert low_bg < high_bg  # the highest level is the brightest cell, not the lowest
        base = app.palette().color(app.palette().ColorRole.Base).lightness()
        assert abs(low_bg - base) < abs(high_bg - base)  # low sits near the background
        for cell in (low, high):  # the number stays readable on its cell
            fg = cell.data(Qt.ItemDataRole.ForegroundRole).lightness()
            bg = cell.data(Qt.ItemDataRole.BackgroundRole).lightness()
            assert abs(fg - bg) > 100
        assert "#A8CDF0".lower() in screen.legend.text().lower()
        theme.apply_theme(app, high_contrast=False, scheme="light")  # live: legend follows
        qtbot.waitUntil(lambda: "#1F4F8A".lower() in screen.legend.text().lower(), timeout=5000)
        low_light = low.data(Qt.ItemDataRole.BackgroundRole).lightness()
        high_light = high.data(Qt.ItemDataRole.BackgroundRole).lightness()
        assert low_light > high_light  # light scheme: darker is higher, as before
    finally:
        app.setPalette(palette)
        app.setStyleSheet(sheet)
        app.setProperty("fieldride_look", look)


def test_the_cadence_target_is_set_on_the_review_screen(
    qtbot: Any, demo_store: Store, prompts: Any
) -> None:
    """Issue 22: the manager sets how often they mean to ride with each seller; the grid's
    "ride due" flags, the summary and the legend follow it, and it is stored in the data file."""
    from fieldride.settings import cadence_days

    screen = _screen(qtbot, demo_store, prompts)
    assert screen.cadence.value() == 30 == cadence_days(demo_store)
    assert screen.overview is not None
    due_at_30 = sum(r.cadence.needs_ride for r in screen.overview.rows)
    screen.cadence.setValue(7)
    qtbot.waitUntil(lambda: cadence_days(demo_store) == 7)
    assert screen.overview is not None
    due_at_7 = sum(r.cadence.needs_ride for r in screen.overview.rows)
    assert due_at_7 > due_at_30, (due_at_7, due_at_30)
    assert all(r.cadence.target_days == 7 for r in screen.overview.rows)
    assert "in 7 days" in screen.legend.text()
    screen.cadence.setValue(180)
    qtbot.waitUntil(lambda: cadence_days(demo_store) == 180)
    assert screen.overview is not None
    assert sum(r.cadence.needs_ride for r in screen.overview.rows) <= due_at_30


def test_ride_score_column_shows_the_weighted_score(qtbot: Any, store: Store, prompts: Any) -> None:
    from fieldride import rides
    from fieldride.scorecards.model import Behaviour, Level, Scorecard, Section
    from fieldride.scorecards.store import save_scorecard
    from ui.screens.review.team_grid import SCORE_COLUMN
    from ui.translation import ui_number

    save_scorecard(
        store,
        Scorecard(
            key="w-card",
            name="Weighted card",
            scale=tuple(Level(v, f"L{v}") for v in (1, 2, 3, 4)),
            sections=(Section("All", (Behaviour("a", "Alpha", weight=3), Behaviour("b", "Beta"))),),
        ),
    )
    seller = sellers.add_seller(store, "Wen Weighted")
    ride = rides.plan_ride(store, seller.id, date.today().isoformat(), scorecard_key="w-card")
    call = rides.add_call(store, ride.id, "visit", "Acme")
    rides.rate(store, call.id, "a", 2)  # weight 3
    rides.rate(store, call.id, "b", 4)  # no weight in a weighted card: 1
    screen = _screen(qtbot, store, prompts)
    screen.scorecard.setCurrentIndex(screen.scorecard.findData("w-card"))
    model = screen.grid.model()
    assert model.headerData(SCORE_COLUMN, Qt.Orientation.Horizontal) == "Ride score"
    cell = model.index(0, SCORE_COLUMN)
    # (3 * 2 + 1 * 4) / (3 + 1) = 2.5; the plain mean would be 3.0
    assert cell.data() == f"{ui_number(2.5, 1)} w"  # the UI locale's decimal sign
    assert "weighted by the scorecard's weights. Behaviours rated: 2." in cell.data(
        Qt.ItemDataRole.ToolTipRole
    )


def test_a_seller_ridden_with_today_reads_today_not_zero_days_ago(
    qtbot: Any, store: Store, prompts: Any
) -> None:
    """Seen on a Spanish walk: "hace 0 d" for the seller ridden with that morning."""
    from tests.ui.conftest import ridden_with_today

    ridden_with_today(store, "Ana Ruiz")
    screen = _screen(qtbot, store, prompts)
    assert screen.grid.model().index(0, 1).data() == "Today"
