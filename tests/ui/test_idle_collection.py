"""Full garbage collections in the pauses of the writing, not inside a rating keystroke
(issue 23: a full collection inside a key was its worst key, 16-19 ms of UI-thread CPU in the
ten-year keystroke benchmark, 5-6 ms in the app). A real store file with the app's background
checkpoints, the real capture screen, real key events."""

from __future__ import annotations

import gc
from typing import Any

from PySide6.QtCore import Qt

from fieldride import rides
from fieldride.collector import FULL_AFTER, collections_since_full
from fieldride.store import Store
from fieldride.team import sellers
from ui.idle_collection import IdleCollector


def test_full_collections_wait_for_a_pause_in_the_ratings(
    qtbot: Any, main_window: Any, store: Store, gc_generations: list[int]
) -> None:
    checkpointer = store.start_checkpoints()
    collector = IdleCollector(main_window, checkpointer.quiet_for, quiet=0.3, interval_ms=20)
    try:
        seller = sellers.add_seller(store, "Ana Ruiz")
        ride = rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key="field-visit")
        call = rides.add_call(store, ride.id, "visit", "Harbour Foods")
        main_window.open_ride(ride.id)
        grid = main_window.capture.grid
        kept: list[list[int]] = []
        start = len(gc_generations)
        keys = 0
        # ratings 30 ms apart, with objects that live on made between them, until Python would
        # have run full collections several times over
        while collections_since_full() <= FULL_AFTER + 20:
            qtbot.keyClick(grid, Qt.Key.Key_Home)
            first = grid.current_key()
            qtbot.keyClick(grid, [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3][keys % 3])
            keys += 1
            kept.extend([i] for i in range(3000))
            qtbot.wait(30)
        during = gc_generations[start:]
        assert 1 in during and 2 not in during  # the younger generations ran, the full one not
        assert collector.runs == 0
        level = rides.get_observation(store, call.id, first)
        assert level is not None and level.level == [1, 2, 3][(keys - 1) % 3]  # committed
        qtbot.waitUntil(lambda: collector.runs == 1, timeout=5000)  # the pause: now it runs
        assert gc_generations[-1] == 2 and collections_since_full() == 0
        assert len(kept) > 0
    finally:
        collector.stop()
    assert gc.get_threshold()[2] < 10**9  # Python starts them itself again
