"""A co-ride from the debrief (issue 22, deliver 2): the co-rider pairs their ride with the
original that came through sync or a bundle (another manager's, read-only here) and reads the
agreement per behaviour, with the hand-computed figures."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from fieldride import calibration, rides
from fieldride.store import Store
from fieldride.team import sellers

OTHER_AUTHOR = "11111111-2222-4333-8444-555555555555"


def test_the_co_rider_pairs_the_rides_and_reads_the_agreement(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    seller = sellers.add_seller(store, "Ana Ruiz")
    original = rides.plan_ride(
        store, seller.id, "2026-03-02", scorecard_key="field-visit", manager_name="Ann"
    )
    first = rides.add_call(store, original.id, "visit", "Harbour Foods")
    rides.rate(store, first.id, "discovery", 3)
    rides.rate(store, first.id, "listening", 2)
    store.db.execute("UPDATE rides SET author_id = ? WHERE id = ?", [OTHER_AUTHOR, original.id])
    mine = rides.plan_ride(
        store, seller.id, "2026-03-02", scorecard_key="field-visit", manager_name="Dora"
    )
    call = rides.add_call(store, mine.id, "visit", "Harbour Foods")
    rides.rate(store, call.id, "discovery", 2)
    rides.rate(store, call.id, "listening", 2)
    main_window.open_debrief(mine.id)
    screen = main_window.debrief
    qtbot.waitUntil(lambda: screen.calibration_button.isVisible())
    qtbot.mouseClick(screen.calibration_button, Qt.MouseButton.LeftButton)
    dialog = screen.calibration_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.candidates.count() == 1
    assert dialog.candidates.item(0).text().startswith("2026-03-02 · rated by Ann")
    qtbot.mouseClick(dialog.pair_button, Qt.MouseButton.LeftButton)
    assert calibration.co_ride_of(store, mine.id) == original.uuid
    assert dialog.table.isVisible() and not dialog.candidates.isVisible()
    assert "Ann rated this ride and Dora rated it alongside" in dialog.intro.text()
    rows = {r[0]: r for r in dialog.table.rows()}
    # discovery (3, 2): Ann leans +1, Dora -1; listening (2, 2): the same
    assert rows["Asks open, layered questions"][1:] == (
        "1",
        "0 of 1 (0%)",
        "1 of 1 (100%)",
        "+1,0 (higher)",  # en_SE, the tests' locale: a decimal comma (ui_number)
        "−1,0 (lower)",
    )
    assert rows["Listens and confirms understanding"][2] == "1 of 1 (100%)"
    assert rows["All behaviours"][1:4] == ("2", "1 of 2 (50%)", "2 of 2 (100%)")
    assert rows["All behaviours"][4] == "+0,5 (higher)"
    # Unpairing takes the link away again.
    assert dialog.unpair_button.isVisible()
    qtbot.mouseClick(dialog.unpair_button, Qt.MouseButton.LeftButton)
    assert calibration.co_ride_of(store, mine.id) is None
    assert dialog.candidates.isVisible()


def test_a_ride_with_no_co_ride_offers_no_calibration(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    seller = sellers.add_seller(store, "Ana Ruiz")
    ride = rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key="field-visit")
    call = rides.add_call(store, ride.id, "visit", "Harbour Foods")
    rides.rate(store, call.id, "discovery", 3)
    main_window.open_debrief(ride.id)
    screen = main_window.debrief
    qtbot.waitUntil(lambda: screen.title.text().startswith("Debrief"))
    assert not screen.calibration_button.isVisible()
