"""Seller progress against the demo data and years of generated history: the numbers shown
equal the core's figures, over the period chosen."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from benchmarks import bulkgen
from fieldride.insights import progress
from fieldride.reports.data import handout_language
from fieldride.store import Store
from fieldride.team import sellers
from tests.core.reports_fixtures import flat, pdf_text
from ui import settings
from ui.screens.seller_profile.screen import SellerProfileScreen, change_text, follow_through_text


def _screen(qtbot: Any, store: Store, prompts: Any) -> SellerProfileScreen:
    settings.configure(store.folder)  # the period chosen is remembered there
    screen = SellerProfileScreen(store, prompts)
    qtbot.addWidget(screen)
    screen.resize(1300, 740)
    screen.show()
    return screen


def _texts(table: Any, column: int) -> list[str]:
    model = table.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_profile_shows_core_figures(qtbot: Any, demo_store: Store, prompts: Any) -> None:
    seller = next(s for s in sellers.list_sellers(demo_store) if s.name == "Maya Okafor")
    screen = _screen(qtbot, demo_store, prompts)
    screen.show_seller(seller.id)
    assert screen.period.currentText() == "Last 12 months"  # the default
    profile = progress.seller_profile(
        demo_store, seller.id, since=progress.period_start(12, date.today())
    )
    assert screen.profile == profile
    assert follow_through_text(profile) in screen.summary.text()
    assert f"{profile.rides} rides" in screen.summary.text()
    # The ride score first (the demo's scorecards give no weights: the plain mean), then one
    # chart per behaviour.
    assert profile.score_trend is not None and not profile.score_weighted
    assert screen.charts[0].trend.title == "Ride score (unweighted)"
    assert len(screen.charts) == len(profile.trends) + 1 == 9
    for chart, trend in zip(screen.charts, (profile.score_trend, *profile.trends), strict=True):
        assert chart.trend == trend
        geo = chart.geometry_for(chart.width(), chart.height())
        assert [p.level for p in geo.points] == [p.level for p in trend.rated]
        assert sum(p.focus for p in geo.points) == sum(p.focus for p in trend.rated)
    trained = {e.behaviour_key for e in profile.training_effects}
    assert trained == {"discovery", "listening"}
    for chart in screen.charts:
        assert bool(chart.trainings) == (chart.trend.behaviour_key in trained)
    assert screen.effects.model.rowCount() == len(profile.training_effects)
    assert _texts(screen.effects, 3) == [change_text(e) for e in profile.training_effects]
    assert screen.regressions.model.rowCount() == len(profile.regressions)
    assert screen.timeline.model.rowCount() == len(profile.timeline)


def test_timeline_ride_opens_capture(qtbot: Any, demo_store: Store, prompts: Any) -> None:
    screen = _screen(qtbot, demo_store, prompts)
    screen.show_seller(sellers.list_sellers(demo_store)[0].id)
    record = screen.timeline.model.record(0)
    assert record.kind == "ride"
    with qtbot.waitSignal(screen.open_ride) as blocker:
        screen.timeline.activated_record.emit(record)
    assert blocker.args == [record.ride_id]


def test_seller_without_rides_and_switching(qtbot: Any, store: Store, prompts: Any) -> None:
    a = sellers.add_seller(store, "Ana")
    sellers.add_seller(store, "Bo")
    screen = _screen(qtbot, store, prompts)
    screen.show_seller(a.id)
    assert screen.charts == [] and "0 rides, no ride yet" in screen.summary.text()
    assert "nothing verified yet" in screen.summary.text()
    screen.seller.setCurrentIndex(1)
    assert screen.profile is not None and screen.profile.seller_name == "Bo"


def test_sellers_screen_opens_progress(qtbot: Any, main_window: Any) -> None:
    seller = sellers.add_seller(main_window.store, "Ana From Sellers")
    screen = main_window.show_screen("sellers")
    screen.refresh()
    screen.table.view.selectRow(0)
    qtbot.mouseClick(screen.progress_button, Qt.MouseButton.LeftButton)
    assert main_window.current_screen_key() == "progress"
    assert main_window.screens["progress"].profile.seller_id == seller.id


@pytest.fixture
def years_store(store: Store) -> Store:
    """One seller with four years of rides up to today (and trainings, commitments)."""
    bulkgen.generate(store, sellers=1, years=4, seed=5, today=date.today())
    return store


def _rides_on_timeline(screen: SellerProfileScreen) -> int:
    model = screen.timeline.model
    return sum(1 for r in range(model.rowCount()) if model.record(r).kind == "ride")


def test_the_period_chosen_sets_what_is_shown_and_is_remembered(
    qtbot: Any, years_store: Store, prompts: Any
) -> None:
    store = years_store
    seller = sellers.list_sellers(store)[0]
    whole = progress.seller_profile(store, seller.id)
    screen = _screen(qtbot, store, prompts)
    screen.activateWindow()  # for the keyboard, below
    qtbot.waitUntil(screen.isActiveWindow)
    screen.show_seller(seller.id)

    # Opens on the last 12 months: the timeline and the charts hold only its rides.
    since = progress.period_start(12, date.today())
    assert since is not None
    in_year = [e for e in whole.timeline if e.date >= since.isoformat()]
    rides_in_year = sum(1 for e in in_year if e.kind == "ride")
    assert 0 < rides_in_year < whole.rides
    assert screen.profile is not None and screen.profile.since == since.isoformat()
    assert screen.timeline.model.rowCount() == len(in_year)
    assert _rides_on_timeline(screen) == rides_in_year
    assert all(p.ride_date >= since.isoformat() for c in screen.charts for p in c.trend.points)
    assert screen.charts[1].period is not None and screen.charts[1].period[0] == since.isoformat()
    note = screen.period_note.text()
    assert note.startswith("Last 12 months (since ")
    assert note.endswith(f": {rides_in_year} of {whole.rides} rides shown")
    assert f"{whole.rides} rides" in screen.summary.text()  # the whole history's count
    assert screen.whole_button.isVisible()

    # The keyboard chooses the period: Alt+P reaches the control, Down steps through it.
    screen.seller.setFocus()
    qtbot.keyClick(screen.seller, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(screen.period.hasFocus)
    qtbot.keyClick(screen.period, Qt.Key.Key_Down)
    assert screen.period.currentText() == "Last 2 years"
    two = progress.period_start(24, date.today())
    assert two is not None and screen.profile.since == two.isoformat()
    assert screen.timeline.model.rowCount() == sum(
        1 for e in whole.timeline if e.date >= two.isoformat()
    )
    assert screen.timeline.model.rowCount() > len(in_year)

    # "Show the whole history": every ride, and the choice says so.
    qtbot.mouseClick(screen.whole_button, Qt.MouseButton.LeftButton)
    assert screen.period.currentText() == "Whole history"
    assert screen.profile.since is None
    assert screen.timeline.model.rowCount() == len(whole.timeline)
    assert _rides_on_timeline(screen) == whole.rides
    assert screen.period_note.text() == f"Whole history: {whole.rides} rides shown"
    assert not screen.whole_button.isVisible()

    # Reopened (a new screen, as after a restart): the choice is still there.
    again = _screen(qtbot, store, prompts)
    again.show_seller(seller.id)
    assert again.period.currentText() == "Whole history"
    assert again.timeline.model.rowCount() == len(whole.timeline)
    again.period.setCurrentIndex(again.period.findData("60"))
    third = _screen(qtbot, store, prompts)
    third.show_seller(seller.id)
    assert third.period.currentText() == "Last 5 years"


def test_the_development_report_covers_the_period_shown(
    qtbot: Any, years_store: Store, prompts: Any
) -> None:
    store = years_store
    seller = sellers.list_sellers(store)[0]
    screen = _screen(qtbot, store, prompts)
    screen.show_seller(seller.id)
    opened: list[Path] = []
    actions = screen.report
    actions.opener = lambda p: opened.append(p) or True

    def report_text() -> str:
        finished: list[Path | None] = []
        actions.on_finished = finished.append
        qtbot.mouseClick(actions.open_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(finished), timeout=20000)
        path = finished[0]
        assert path is not None
        return flat(pdf_text(path.read_bytes()))

    since = progress.period_start(12, date.today())
    assert since is not None
    assert f"since {handout_language(store, seller.id).date(since)}" in report_text()
    screen.period.setCurrentIndex(screen.period.findData("all"))
    assert "all rides" in report_text()
    assert not prompts.errors
