"""A failed write never shows as saved (issue 20, fault 1): capture with real SQLite faults on a
real window. The storage refuses (``tests.storage_faults``: SQLITE_FULL through
``max_page_count``, SQLITE_READONLY through ``query_only``, a real full tmpfs); the edit stays
on screen, the status says what happened and what to do, nothing says Saved, no exception
escapes, the log names the operation and the error class; when space returns the edits commit
in order and survive a reopen."""

from __future__ import annotations

import logging
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from fieldride import rides
from fieldride.store import Store, open_store
from fieldride.team import sellers
from tests.storage_faults import (
    SmallDisk,
    fill_store,
    free_store,
    read_only_store,
    writable_store,
)

EVIDENCE = "Let the customer finish before answering. " * 110  # > a page: the file must grow
NOTE = "Parking behind the depot"
FULL = re.compile(
    r"^The disk is full — nothing since \d\d:\d\d is saved\. Free some space; "
    r"FieldRide will try again\.$"
)


def _open_ride(store: Store, window: Any) -> tuple[Any, int, int]:
    seller = sellers.add_seller(store, "Ana Ruiz")
    ride = rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key="field-visit")
    call = rides.add_call(store, ride.id, "visit", "Account 1")
    window.open_ride(ride.id)
    return window.capture, ride.id, call.id


def _row(path: Path, sql: str, params: list[Any]) -> Any:
    """Read what is on disk through a second, read-only connection (committed rows only)."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchone()
    finally:
        conn.close()


def _level(path: Path, call_id: int, key: str) -> Any:
    row = _row(
        path,
        "SELECT level FROM observations WHERE call_id = ? AND behaviour_key = ?",
        [call_id, key],
    )
    return None if row is None else row[0]


def _evidence(path: Path, call_id: int, key: str) -> Any:
    row = _row(
        path,
        "SELECT evidence FROM observations WHERE call_id = ? AND behaviour_key = ?",
        [call_id, key],
    )
    return None if row is None else row[0]


def _notes(path: Path, ride_id: int) -> int:
    return int(_row(path, "SELECT count(*) FROM quick_notes WHERE ride_id = ?", [ride_id])[0])


def _type_note(qtbot: Any, capture: Any, text: str) -> None:
    capture.start_note()
    qtbot.keyClicks(capture.note_bar.line, text)
    qtbot.keyClick(capture.note_bar.line, Qt.Key.Key_Return)


def test_a_rating_the_storage_refuses_stays_shown_is_not_saved_and_commits_on_the_timer(
    qtbot: Any, main_window: Any, store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    capture, _ride_id, call_id = _open_ride(store, main_window)
    key = capture.grid.current_key()
    read_only_store(store)
    qtbot.keyClick(capture.grid, Qt.Key.Key_3)
    status = main_window.save_label.text()
    assert status.startswith("The data file cannot be written"), status
    assert "nothing since" in status and "FieldRide will try again" in status
    assert "Saved" not in status
    assert capture.observations[(call_id, key)].level == 3  # still on screen
    assert capture.undo_stack.count() == 1  # pushed, and retried
    assert _level(store.path, call_id, key) is None
    assert "capture: RateCommand (redo)" in caplog.text
    assert "OperationalError/SQLITE_READONLY" in caplog.text
    writable_store(store)
    qtbot.waitUntil(lambda: _level(store.path, call_id, key) == 3, timeout=15_000)
    assert re.match(
        r"Saved \d\d:\d\d:\d\d · everything since \d\d:\d\d is saved now",
        main_window.save_label.text(),
    )


def test_disk_full_evidence_is_kept_retried_and_the_next_note_does_not_crash(
    qtbot: Any, main_window: Any, store: Store, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The issue's reproduction: evidence on a full disk, then a rating and a quick note (which
    crashed the process in undo_stack.push), then space comes back."""
    caplog.set_level(logging.INFO)
    capture, ride_id, call_id = _open_ride(store, main_window)
    key = capture.grid.current_key()
    qtbot.keyClick(capture.grid, Qt.Key.Key_2)  # saved before the disk fills
    qtbot.waitUntil(lambda: main_window.save_label.text().startswith("Saved"))
    fill_store(store)
    capture.grid.set_current_key(key)
    qtbot.keyClick(capture.grid, Qt.Key.Key_Return)
    capture.evidence.text.insertPlainText(EVIDENCE)  # pasted
    qtbot.keyClick(capture.evidence.text, Qt.Key.Key_Escape)
    assert FULL.match(main_window.save_label.text()), main_window.save_label.text()
    assert capture.evidence.text.toPlainText() == EVIDENCE
    assert _evidence(store.path, call_id, key) == ""
    next_key = capture.grid.current_key()
    qtbot.keyClick(capture.grid, Qt.Key.Key_3)  # waits behind the evidence
    _type_note(qtbot, capture, NOTE)  # crashed the app here before
    assert NOTE in [n.text for n in capture.notes.notes]
    assert capture.notes.list.item(0).text().endswith(f"{NOTE}  (not saved yet)")
    assert FULL.match(main_window.save_label.text())
    assert _notes(store.path, ride_id) == 0
    capture.grid.set_current_key(next_key)
    capture.grid.set_current_key(key)  # away and back: the evidence is still there
    assert capture.evidence.text.toPlainText() == EVIDENCE
    free_store(store)
    assert main_window.retry_writes()
    assert _evidence(store.path, call_id, key) == EVIDENCE
    assert _level(store.path, call_id, next_key) == 3
    assert _notes(store.path, ride_id) == 1
    assert capture.notes.list.item(0).text().endswith(NOTE)
    assert "everything since" in main_window.save_label.text()
    assert "customer" not in caplog.text and "Parking" not in caplog.text
    main_window.close()
    store.close()
    again = open_store(data_dir)
    try:
        assert rides.get_observation(again, call_id, key).evidence == EVIDENCE  # type: ignore[union-attr]
        assert [n.text for n in rides.list_notes(again, ride_id)] == [NOTE]
    finally:
        again.close()


def test_undo_of_a_waiting_edit_takes_it_back_before_it_reaches_the_disk(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    capture, ride_id, call_id = _open_ride(store, main_window)
    key = capture.grid.current_key()
    read_only_store(store)
    qtbot.keyClick(capture.grid, Qt.Key.Key_3)
    _type_note(qtbot, capture, NOTE)
    assert [n.text for n in capture.notes.notes] == [NOTE]
    main_window.undo_action.trigger()  # the note: dropped from the queue
    assert capture.notes.notes == []
    main_window.undo_action.trigger()  # the rating: its "before" replaces the waiting write
    assert capture.observations.get((call_id, key)) is None or (
        capture.observations[(call_id, key)].level is None
    )
    assert "Saved" not in main_window.save_label.text()
    main_window.redo_action.trigger()  # the rating again
    writable_store(store)
    assert main_window.retry_writes()
    assert _level(store.path, call_id, key) == 3
    assert _notes(store.path, ride_id) == 0
    assert capture.undo_stack.index() == 1 and capture.undo_stack.count() == 2


def test_quitting_with_waiting_edits_asks_and_no_keeps_the_window_open(
    qtbot: Any, main_window: Any, store: Store, prompts: Any
) -> None:
    capture, _ride_id, call_id = _open_ride(store, main_window)
    key = capture.grid.current_key()
    read_only_store(store)
    qtbot.keyClick(capture.grid, Qt.Key.Key_4)
    prompts.confirm_answers.append(False)
    main_window.close()
    assert main_window.isVisible()
    writable_store(store)
    main_window.close()
    assert not main_window.isVisible()
    assert _level(store.path, call_id, key) == 4


def test_a_quit_asked_by_the_system_does_not_wait_for_an_answer(
    qtbot: Any, main_window: Any, store: Store, prompts: Any
) -> None:
    """SIGTERM at logout (ui.os_signals) closes without a question nobody would answer."""
    capture, _ride_id, _call_id = _open_ride(store, main_window)
    read_only_store(store)
    qtbot.keyClick(capture.grid, Qt.Key.Key_4)
    prompts.confirm_answers.append(False)
    main_window.ask_before_losing_writes = False
    main_window.close()
    assert not main_window.isVisible()
    assert prompts.confirm_answers == [False]  # never asked
    writable_store(store)


def test_a_real_full_disk_then_space_freed(qtbot: Any, tmp_path: Path, prompts: Any) -> None:
    """A 4 MB tmpfs filled to the last byte with a filler file: ratings, evidence and a note are
    kept and shown unsaved; the filler deleted, they commit and survive a reopen."""
    from fieldride.scorecards.defaults import install_defaults
    from ui import settings
    from ui.main_window import MainWindow

    with SmallDisk(tmp_path / "disk") as disk:
        folder = disk.path / "data"
        store = open_store(folder)
        install_defaults(store)
        settings.configure(folder)
        window = MainWindow(store, prompts)
        qtbot.addWidget(window)
        window.show()
        capture, ride_id, call_id = _open_ride(store, window)
        keys = [capture.grid.current_key()]
        disk.fill()
        qtbot.keyClick(capture.grid, Qt.Key.Key_2)
        keys.append(capture.grid.current_key())
        qtbot.keyClick(capture.grid, Qt.Key.Key_3)
        capture.grid.set_current_key(keys[0])
        qtbot.keyClick(capture.grid, Qt.Key.Key_Return)
        qtbot.keyClicks(capture.evidence.text, "Asked two open questions")
        qtbot.keyClick(capture.evidence.text, Qt.Key.Key_Escape)
        _type_note(qtbot, capture, NOTE)
        assert FULL.match(window.save_label.text()), window.save_label.text()
        assert "Saved" not in window.save_label.text()
        assert capture.observations[(call_id, keys[1])].level == 3
        disk.free()
        assert window.retry_writes()
        assert _level(store.path, call_id, keys[0]) == 2
        assert _level(store.path, call_id, keys[1]) == 3
        assert _evidence(store.path, call_id, keys[0]) == "Asked two open questions"
        assert window.save_label.text().startswith("Saved")
        window.close()
        store.close()
        again = open_store(folder)
        try:
            assert rides.get_observation(again, call_id, keys[1]).level == 3  # type: ignore[union-attr]
            assert [n.text for n in rides.list_notes(again, ride_id)] == [NOTE]
        finally:
            again.close()


def test_restart_on_a_full_disk_never_calls_the_dead_process_running(
    qtbot: Any, tmp_path: Path
) -> None:
    """A FieldRide killed (its lock left behind), the disk then full: the next start cannot
    write a new lock and says so plainly; with no lock left behind, the same."""
    import subprocess
    import sys

    from ui.single_instance import (
        LOCK_NAME,
        InstanceGuard,
        Outcome,
        cannot_lock_message,
    )

    with SmallDisk(tmp_path / "disk", size=1024 * 1024) as disk:
        folder = disk.path / "data"
        folder.mkdir()
        code = (
            "import os, sys; from PySide6.QtCore import QLockFile; "
            "lock = QLockFile(sys.argv[1]); assert lock.tryLock(1000); "
            "os.kill(os.getpid(), 9)"
        )
        subprocess.run([sys.executable, "-c", code, str(folder / LOCK_NAME)], check=False)
        assert (folder / LOCK_NAME).exists()
        disk.fill()
        guard = InstanceGuard(folder)
        assert guard.acquire(timeout_ms=300) is Outcome.CANNOT_LOCK
        message = cannot_lock_message(folder, guard.holder())
        assert "The disk that holds it is full" in message
        assert "has ended; it is not running" in message
        assert "already running" not in message
        (folder / LOCK_NAME).unlink()  # no lock left behind at all: still not "running"
        disk.fill()  # (the lock's own bytes were freed)
        assert InstanceGuard(folder).acquire(timeout_ms=300) is Outcome.CANNOT_LOCK
        disk.free()
        again = InstanceGuard(folder)
        assert again.acquire(listen=False) is Outcome.PRIMARY
        again.release()
