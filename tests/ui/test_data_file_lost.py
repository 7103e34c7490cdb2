"""The data file deleted under a running window: the next edit is not shown as saved, the window
stops taking edits, says what happened and where the rescue file is, and the rescue file holds
that edit (issue 20, fault 5). A real window on a real store; the file is removed from outside."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from fieldride import rides
from fieldride.store import Store
from fieldride.team import sellers


def _level_in(path: Path, call_id: int, key: str) -> int | None:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute(
            "SELECT level FROM observations WHERE call_id = ? AND behaviour_key = ?",
            [call_id, key],
        ).fetchone()
    finally:
        conn.close()
    return None if row is None else int(row[0])


def _open_ride(store: Store, window: Any) -> tuple[Any, int, str]:
    seller = sellers.add_seller(store, "Ana Ruiz")
    ride = rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key="field-visit")
    call = rides.add_call(store, ride.id, "visit", "Account 1")
    window.open_ride(ride.id)
    capture = window.capture
    return capture, call.id, capture.grid.current_key()


def test_an_edit_after_the_file_was_deleted_is_rescued_not_shown_saved(
    qtbot: Any, main_window: Any, store: Store, prompts: Any
) -> None:
    capture, call_id, key = _open_ride(store, main_window)
    qtbot.keyClick(capture.grid, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: main_window.save_label.text().startswith("Saved"), timeout=10_000)
    store.path.unlink()
    key = capture.grid.current_key()  # rating moves on to the next behaviour
    qtbot.keyClick(capture.grid, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: bool(prompts.errors), timeout=10_000)
    title, text, _details = prompts.errors[0]
    assert title == "FieldRide stopped saving"
    assert "was deleted" in text
    assert "Saved" not in main_window.save_label.text()
    assert "not saved" in main_window.save_label.text().lower()
    rescues = sorted(store.folder.glob("fieldride.db.rescued-*"))
    assert len(rescues) == 1
    assert str(rescues[0]) in text
    assert f'fieldride --data-dir "{store.folder}" restore "{rescues[0]}"' in text
    assert stat.S_IMODE(os.stat(rescues[0]).st_mode) == 0o600
    assert _level_in(rescues[0], call_id, key) == 3  # the edit made after the deletion
    # no more edits into the deleted file: the window takes none
    assert not capture.grid.isEnabled()
    before = store.db.execute("SELECT * FROM observations ORDER BY id").fetchall()
    qtbot.keyClick(capture.grid, Qt.Key.Key_4)
    main_window.undo_action.trigger()
    after = store.db.execute("SELECT * FROM observations ORDER BY id").fetchall()
    assert after == before
    assert len(prompts.errors) == 1
    assert not main_window.undo_action.isEnabled()


def test_a_replaced_file_is_recognised_at_the_next_edit(
    qtbot: Any, main_window: Any, store: Store, prompts: Any, tmp_path: Path
) -> None:
    capture, call_id, key = _open_ride(store, main_window)
    other = tmp_path / "other.db"
    other.write_bytes(b"another file")
    os.replace(other, store.path)
    qtbot.keyClick(capture.grid, Qt.Key.Key_4)
    qtbot.waitUntil(lambda: bool(prompts.errors), timeout=10_000)
    assert "replaced" in prompts.errors[0][1]
    assert "Saved" not in main_window.save_label.text()
    (rescue,) = store.folder.glob("fieldride.db.rescued-*")
    assert _level_in(rescue, call_id, key) == 4
    assert store.path.read_bytes() == b"another file"  # the file put in its place is untouched


def test_a_deleted_file_is_rescued_at_close_when_no_edit_reported_it(
    qtbot: Any, main_window: Any, store: Store, prompts: Any
) -> None:
    store.path.unlink()
    sellers.add_seller(store, "Ben Okafor")  # a write that reports no commit to the window
    main_window.close()
    assert len(prompts.errors) == 1
    (rescue,) = store.folder.glob("fieldride.db.rescued-*")
    conn = sqlite3.connect(f"{rescue.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT name FROM sellers").fetchall() == [("Ben Okafor",)]
    finally:
        conn.close()
