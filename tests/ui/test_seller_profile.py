"""Seller progress against the demo data: the numbers shown equal the core's figures."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from fieldride.insights import progress
from fieldride.store import Store
from fieldride.team import sellers
from ui.screens.seller_profile.screen import SellerProfileScreen, change_text, follow_through_text


def _screen(qtbot: Any, store: Store, prompts: Any) -> SellerProfileScreen:
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
    profile = progress.seller_profile(demo_store, seller.id)
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
