"""Rides merged from another manager (and conflict copies) are read-only in the app: capture
and debrief show why in plain words and take no keystroke as an edit (issue 21)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from fieldride import rides
from fieldride.store import Store
from fieldride.team import sellers

OTHER_AUTHOR = "11111111-2222-4333-8444-555555555555"


def test_capture_of_another_managers_ride_says_read_only_and_rates_nothing(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    seller = sellers.add_seller(store, "Ana Ruiz")
    ride = rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key="field-visit")
    rides.add_call(store, ride.id, "visit", "Harbour Foods")
    store.db.execute("UPDATE rides SET author_id = ? WHERE id = ?", [OTHER_AUTHOR, ride.id])
    main_window.open_ride(ride.id)
    capture = main_window.capture
    qtbot.waitUntil(lambda: capture.header.message.isVisible())
    assert "written by another manager" in capture.header.message.text()
    assert "read-only" in capture.header.message.text()
    capture.grid.setFocus()
    qtbot.keyClick(capture.grid, Qt.Key.Key_3)
    rated = store.db.execute(
        "SELECT count(*) FROM observations WHERE ride_id = ? AND level IS NOT NULL", [ride.id]
    ).fetchone()[0]
    assert rated == 0


def test_debrief_of_a_conflict_copy_shows_the_label_and_no_actions(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    seller = sellers.add_seller(store, "Ana Ruiz")
    ride = rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key="field-visit")
    rides.add_call(store, ride.id, "visit", "Harbour Foods")
    store.db.execute(
        "UPDATE rides SET conflict_of = ? WHERE id = ?",
        ["99999999-2222-4333-8444-555555555555", ride.id],
    )
    assert rides.get_ride(store, ride.id).status_label == "In progress (conflict copy)"
    main_window.open_debrief(ride.id)
    screen = main_window.debrief
    qtbot.waitUntil(lambda: screen.banner.isVisible())
    assert "conflict copy" in screen.banner.text()
    assert not screen.finish_button.isVisible()
    assert screen.points.read_only
