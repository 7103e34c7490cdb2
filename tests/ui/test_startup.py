"""Start-up (issue 8): the window paints before the store opens, the store opens with the cheap
checks only, and quick_check runs afterwards in the background on a read-only connection.

Real stores on disk, a real damaged file, the real background thread. The recovery window is
modal, so tests pass a recording stand-in for it (like RecordingPrompts); the app's exit is
recorded the same way.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import shiboken6

from fieldride.store import (
    CorruptStoreError,
    Store,
    StoreError,
    list_backups,
    make_backup,
    open_store,
    restore_backup,
)
from fieldride.store.checkpoints import frames_waiting
from fieldride.team import sellers
from ui import settings
from ui.app import AppStart
from ui.main_window import SCREENS, MainWindow


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class RecordingExit:
    """Stands in for the QApplication's ``exit``: records the code instead of quitting."""

    def __init__(self) -> None:
        self.codes: list[int] = []

    def exit(self, code: int) -> None:
        self.codes.append(code)


def damage_index(db_file: Path, index: str = "idx_sellers_name") -> None:
    """Overwrite an index's root page: header and schema read fine, quick_check fails."""
    conn = sqlite3.connect(db_file)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)).fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with db_file.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\x0d" + b"\xff" * (page_size - 1))  # fixed bytes: random ones flaked


@pytest.fixture
def folder(data_dir: Path) -> Path:
    """A data folder with an existing store (400 sellers, one manual backup), closed cleanly."""
    with open_store(data_dir) as store:
        for i in range(400):
            sellers.add_seller(store, f"Seller {i}")
        make_backup(store, reason="manual")
    settings.configure(data_dir)
    return data_dir


def start_app(qtbot: Any, folder: Path, recover: Any = None) -> tuple[AppStart, RecordingExit]:
    window = MainWindow(None)  # not qtbot.addWidget: a recovery may replace and delete it
    app = RecordingExit()
    start = AppStart(app, window, str(folder), recover=recover)  # type: ignore[arg-type]
    window.show()
    qtbot.waitExposed(window)
    start.open()
    qtbot.waitUntil(lambda: start.store is None or start.checks is not None)
    return start, app


def close(start: AppStart) -> None:
    start.close()
    start.window.hide()
    start.window.deleteLater()


def test_window_paints_before_the_store_opens(qtbot: Any, folder: Path) -> None:
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.grab().isNull() is False
    assert window.nav.count() == len(SCREENS) and window.stack.currentWidget() is window.loading
    assert dict(window.screens) == {}  # no screen built, no query run
    assert window.save_label.text() == ""  # nothing to call saved before the store is open


def test_the_first_paint_watcher_reports_once_and_leaves_the_window(qtbot: Any) -> None:
    """watch_first_paint calls back once, after the first paint, and then removes its event
    filter: later events of the window no longer pass through Python for it."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject
    from PySide6.QtWidgets import QWidget

    from ui.app import watch_first_paint

    window = QWidget()
    qtbot.addWidget(window)
    painted: list[float] = []
    watch_first_paint(window, painted.append)
    assert len(window.findChildren(QObject)) == 1  # the watcher
    window.show()
    qtbot.waitUntil(lambda: len(painted) == 1)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(QObject) == []
    window.repaint()
    window.hide()
    window.show()
    qtbot.wait(20)
    assert len(painted) == 1


def test_full_collections_wait_for_pauses_in_the_writing_once_started(
    qtbot: Any, folder: Path
) -> None:
    """Python's full garbage collections run from the app's idle timer, not inside a key
    (issue 23); at quit Python runs them itself again."""
    import gc

    start, _app = start_app(qtbot, folder)
    try:
        qtbot.waitUntil(lambda: start.collector is not None)
        assert gc.get_threshold()[2] > 10**9
    finally:
        close(start)
    assert gc.get_threshold()[2] < 10**9


def test_sound_store_check_passes_then_backup(qtbot: Any, folder: Path) -> None:
    start, app = start_app(qtbot, folder)
    try:
        store = start.store
        assert store is not None and start.checks is not None
        today = start.window.screens["today"]
        assert start.window.stack.currentWidget() is today
        assert start.window.save_label.text() == "No changes yet"  # issue 18: nothing saved yet
        # the menus' actions come one event-loop turn after the data
        go_menu = start.window.menuBar().actions()[2].menu()
        qtbot.waitUntil(lambda: len(go_menu.actions()) == len(SCREENS))
        qtbot.waitUntil(lambda: start.checks is not None and start.checks.done, timeout=10_000)
        assert not store.check_pending
        daily = [b for b in list_backups(folder) if b.kind == "daily"]
        assert len(daily) == 1, "the daily backup runs once the check passed"
        assert app.codes == []
        assert start.window.isVisible()
    finally:
        close(start)


def test_checkpoints_run_off_the_ui_thread(qtbot: Any, folder: Path) -> None:
    """Issue 20, fault 12: no commit on the UI thread copies the journal into the data file
    (SQLite's automatic checkpoint is off on the writer); the store's checkpointer thread does,
    once the start-up check has passed."""
    start, _app = start_app(qtbot, folder)
    try:
        store = start.store
        assert store is not None and store.checkpointer is not None
        assert store.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
        assert store.checkpointer.running
        qtbot.waitUntil(lambda: start.checks is not None and start.checks.done, timeout=10_000)
        for i in range(30):
            sellers.add_seller(store, f"Later seller {i}")
        shm = Path(f"{store.path}-shm")
        assert (frames_waiting(shm) or 0) > 0
        store.checkpointer.nudge()
        qtbot.waitUntil(lambda: frames_waiting(shm) == 0, timeout=10_000)
        assert store.checkpointer.runs >= 1 and store.checkpointer.failures == 0
    finally:
        close(start)
    assert store.checkpointer is not None and not store.checkpointer.running


def test_damage_found_after_first_paint_shows_recovery_and_writes_nothing(
    qtbot: Any, folder: Path
) -> None:
    db_file = folder / "fieldride.db"
    damage_index(db_file)
    before = sha(db_file)
    seen: list[StoreError] = []

    def recover(where: Path, err: StoreError, parent: Any) -> Store | None:
        seen.append(err)
        assert sha(db_file) == before, "the damaged file is untouched when recovery shows"
        return None  # the user quits

    start, app = start_app(qtbot, folder, recover)
    try:
        window = start.window
        assert window.isVisible(), "the store opened without the full check"
        qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
        assert isinstance(seen[0], CorruptStoreError)
        assert "damaged" in str(seen[0]) and seen[0].details
        assert app.codes == [1]
        assert not window.isVisible()
        assert start.store is None
        assert sha(db_file) == before, "nothing overwritten"
        assert list(folder.glob("fieldride.open*")) == []
        assert [b.kind for b in list_backups(folder)] == ["manual"], "no backup of a damaged file"
    finally:
        close(start)


def test_damage_found_after_paint_then_restore_opens_a_new_window(qtbot: Any, folder: Path) -> None:
    db_file = folder / "fieldride.db"
    damage_index(db_file)
    before = sha(db_file)

    def recover(where: Path, err: StoreError, parent: Any) -> Store | None:
        restore_backup(where, list_backups(where)[0].path)  # what the recovery window does
        return open_store(where)

    start, app = start_app(qtbot, folder, recover)
    first = start.window
    try:
        qtbot.waitUntil(lambda: start.window is not first, timeout=10_000)
        assert start.store is not None
        assert start.store.db.execute("SELECT count(*) FROM sellers").fetchone()[0] == 400
        assert start.window.isVisible()
        assert not shiboken6.isValid(first) or not first.isVisible()  # hidden, then deleted
        assert app.codes == []
        aside = [p for p in folder.iterdir() if p.name.startswith("fieldride.db.replaced")]
        assert any(sha(p) == before for p in aside), "the damaged file is kept as it was"
    finally:
        close(start)


def test_every_fallback_script_has_a_font_once_the_faces_are_registered(qtbot: Any) -> None:
    """Names in Hebrew, Arabic, Devanagari, Thai and CJK show as letters on a machine without
    such fonts: the app registers the same bundled faces the PDFs use, each only where no font
    of the system (or one registered before) covers its scripts."""
    from PySide6.QtGui import QFontDatabase

    from ui.resources import FALLBACK_FACES, register_fallback_fonts

    covered = {
        prefix: all(QFontDatabase.families(system) for system in systems)
        for prefix, systems in FALLBACK_FACES.items()
    }
    families = set(register_fallback_fonts())
    names = {
        "NotoSansArabic": "Noto Sans Arabic",
        "NotoSansDevanagari": "Noto Sans Devanagari",
        "NotoSansHebrew": "Noto Sans Hebrew",
        "NotoSansThai": "Noto Sans Thai",
        "wqy-microhei": "WenQuanYi Micro Hei",
    }
    for prefix, name in names.items():
        # registered exactly when nothing covered its scripts before
        assert (name in families) is not covered[prefix], prefix
    for systems in FALLBACK_FACES.values():
        for system in systems:
            assert QFontDatabase.families(system), system.name
    assert families <= set(QFontDatabase.families())
    assert register_fallback_fonts() == []  # every script is covered now: nothing twice


def test_quitting_cancels_the_running_check_instead_of_waiting(
    qtbot: Any, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Quit while the background check runs: the check is interrupted (issue 23), the store
    closes, and the check is owed again at the next start. The check is held in SQLite's
    progress handler until it is cancelled, so without the cancel ``close`` would wait."""
    import threading
    import time

    from fieldride.store import checks as store_checks
    from ui.background import checks_pool

    held = threading.Event()
    real = store_checks.read_only_connect
    starts: list[AppStart] = []

    def cancelled() -> bool:
        checks = starts[0].checks if starts else None
        return bool(checks and checks.file_check and checks.file_check.cancelled)

    def connect(db_file: Path, in_use: bool = False) -> sqlite3.Connection:
        conn = real(db_file, in_use)

        def handler() -> int:
            if held.is_set():  # held once: a regression fails the test instead of hanging it
                return 0
            held.set()
            for _ in range(1000):  # at most 10 s: the time close() would otherwise wait
                if cancelled():
                    break
                threading.Event().wait(0.01)
            return 0

        conn.set_progress_handler(handler, 1)
        return conn

    monkeypatch.setattr(store_checks, "read_only_connect", connect)
    start, _app = start_app(qtbot, folder)
    starts.append(start)
    store = start.store
    assert store is not None and store.check_pending
    qtbot.waitUntil(held.is_set, timeout=10_000)
    t0 = time.perf_counter()
    start.close()
    waited = time.perf_counter() - t0
    assert waited < 5, f"close waited {waited:.1f} s for the check"
    assert checks_pool().activeThreadCount() == 0
    assert start.store is None
    qtbot.waitUntil(lambda: start.checks is not None and start.checks.done, timeout=5_000)
    assert store.check_pending, "a cancelled check is owed again"
    assert [b for b in list_backups(folder) if b.kind == "daily"] == []  # no backup after it
    start.window.hide()
    start.window.deleteLater()
