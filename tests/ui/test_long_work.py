"""Long work off the UI thread behind a cancellable progress dialog (issue 24, desktop citizen):
the dialog shows while the job runs, Cancel stops it, and a cancelled import leaves the store
byte for byte as it was and a cancelled export leaves no file. Rosters dropped on the Sellers
screen are imported like scorecards dropped on the Scorecards screen.

The slow moment is made deterministic by holding the real job at a gate (a threading.Event)
around the real core function; everything else is the real screen, store and files."""

from __future__ import annotations

import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from fieldride.progress import Cancelled, Progress
from fieldride.store import Store
from fieldride.team import sellers
from ui import settings
from ui.widgets import progress_dialog
from ui.widgets.progress_dialog import run_with_progress

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ROSTER = FIXTURES / "rosters" / "europe-cp1252.csv"


def _dump(path: Path) -> list[tuple[Any, ...]]:
    """Every row of every table, read on a connection of its own (the store's own sees the
    same committed state)."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return [(t, *row) for t in sorted(tables) for row in conn.execute(f'SELECT * FROM "{t}"')]
    finally:
        conn.close()


class Gate:
    """Holds a job inside the real core function until released (or the test ends)."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()

    def wrap(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        def held(*args: Any, **kwargs: Any) -> Any:
            self.entered.set()
            self.release.wait(20)
            return fn(*args, **kwargs)

        return held


@pytest.fixture
def gate() -> Iterator[Gate]:
    g = Gate()
    yield g
    g.release.set()
    QThreadPool.globalInstance().waitForDone(20_000)


@pytest.fixture(autouse=True)
def _show_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress_dialog, "SHOW_AFTER_MS", 0)


def _gone(dialog: Any) -> bool:
    """Closed (the task deletes its dialog once the job ended)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _click_cancel(qtbot: Any, task: Any) -> None:
    qtbot.waitUntil(task.dialog.isVisible, timeout=5_000)
    qtbot.mouseClick(task.dialog.cancel_button, Qt.MouseButton.LeftButton)


# --- the helper itself ------------------------------------------------------------------------
def test_progress_is_shown_and_cancel_waits_for_the_job_to_stop(qtbot: Any) -> None:
    before = sys.getswitchinterval()
    started, proceed = threading.Event(), threading.Event()
    ended: list[str] = []

    def job(progress: Progress) -> str:
        progress.step(1200, 5000)
        started.set()
        proceed.wait(20)
        progress.step(2400)  # raises Cancelled once Cancel was clicked
        return "finished"

    task = run_with_progress(
        None,
        "Working",
        "Doing it…",
        job,
        lambda r: ended.append(f"done {r}"),
        lambda e: ended.append(f"failed {e}"),
        lambda r: ended.append(f"cancelled {r}"),
        counted="{count} rows written",
    )
    assert started.wait(10)
    assert sys.getswitchinterval() == progress_dialog.SWITCH_S  # the UI thread gets its turns
    qtbot.waitUntil(lambda: task.dialog.isVisible() and task.dialog.bar.maximum() == 5000)
    qtbot.waitUntil(lambda: "200 rows written" in task.dialog.detail.text())
    assert task.dialog.bar.value() == 1200
    qtbot.mouseClick(task.dialog.cancel_button, Qt.MouseButton.LeftButton)
    # the job has not stopped yet: the dialog stays and says so
    assert task.dialog.isVisible() and not task.dialog.cancel_button.isEnabled()
    assert task.dialog.label.text() == "Stopping…" and ended == []
    proceed.set()
    qtbot.waitUntil(lambda: ended == ["cancelled None"], timeout=10_000)
    assert task.state == "cancelled" and _gone(task.dialog)
    assert sys.getswitchinterval() == before  # restored once no job runs


def test_escape_asks_to_stop_and_a_quick_job_shows_no_dialog(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    proceed = threading.Event()
    ended: list[object] = []

    def slow(progress: Progress) -> int:
        proceed.wait(20)
        progress.check()
        return 1

    task = run_with_progress(None, "W", "T", slow, ended.append, ended.append, ended.append)
    qtbot.waitUntil(task.dialog.isVisible)
    qtbot.keyClick(task.dialog, Qt.Key.Key_Escape)
    assert task.dialog.isVisible() and task.progress.cancelled  # Esc did not just hide it
    proceed.set()
    qtbot.waitUntil(lambda: task.state == "cancelled", timeout=10_000)

    monkeypatch.setattr(progress_dialog, "SHOW_AFTER_MS", 400)
    quick = run_with_progress(None, "W", "T", lambda _p: 7, ended.append, ended.append, print)
    qtbot.waitUntil(lambda: quick.state == "done", timeout=10_000)
    assert ended[-1] == 7 and _gone(quick.dialog) and not quick.shown
    assert task.shown


# --- roster import: off the UI thread, cancellable, droppable ---------------------------------
def test_roster_import_shows_progress_and_cancel_changes_nothing(
    qtbot: Any,
    main_window: Any,
    store: Store,
    prompts: Any,
    gate: Gate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import fieldride.team

    sellers.add_seller(store, "Kept Person")
    before = _dump(store.path)
    monkeypatch.setattr(fieldride.team, "plan_roster", gate.wrap(fieldride.team.plan_roster))
    screen = main_window.show_screen("sellers")
    prompts.file_answers.append(str(ROSTER))
    screen.import_button.click()
    assert gate.entered.wait(10)  # the roster is being read on a worker...
    task = screen.roster_task
    qtbot.waitUntil(task.dialog.isVisible)  # ...while the window shows the progress
    assert "europe-cp1252.csv" in task.dialog.label.text()
    assert main_window.isEnabled()  # the UI thread is free: events are being processed
    with qtbot.waitSignal(screen.roster_cancelled, timeout=5_000):
        _click_cancel(qtbot, task)
    assert _gone(task.dialog)
    gate.release.set()  # the worker finishes reading; its plan is dropped
    QThreadPool.globalInstance().waitForDone(20_000)
    QApplication.processEvents()
    assert screen.roster_preview is None
    assert [s.name for s in sellers.list_sellers(store)] == ["Kept Person"]
    assert _dump(store.path) == before
    assert prompts.errors == [] and prompts.infos == []


def _drop(widget: Any, paths: list[Path]) -> tuple[QDragEnterEvent, QDropEvent]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    if enter.isAccepted():
        QApplication.sendEvent(widget, drop)
    return enter, drop


def test_a_roster_dropped_on_the_sellers_screen_opens_the_preview(
    qtbot: Any, main_window: Any, store: Store, prompts: Any, tmp_path: Path
) -> None:
    screen = main_window.show_screen("sellers")
    enter, drop = _drop(screen, [ROSTER])
    assert enter.isAccepted() and drop.isAccepted()
    qtbot.waitUntil(lambda: screen.roster_preview is not None, timeout=10_000)
    dialog = screen.roster_preview
    assert dialog.isVisible() and sellers.list_sellers(store) == []  # asks before writing
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(  # written by a child process (ui.widgets.roster_write)
        lambda: "Anna Berg" in [s.name for s in sellers.list_sellers(store)], timeout=60_000
    )

    # not a roster: the drag is refused; two rosters at once: one at a time, nothing read
    other = tmp_path / "notes.pdf"
    other.write_bytes(b"%PDF-1.4")
    enter, _ = _drop(screen, [other])
    assert not enter.isAccepted()
    task = screen.roster_task
    _drop(screen, [ROSTER, ROSTER])
    assert prompts.errors[-1][0] == "One roster at a time" and screen.roster_task is task


# --- scorecard import --------------------------------------------------------------------------
def test_scorecard_import_cancel_stores_nothing_and_skips_the_queue(
    qtbot: Any,
    main_window: Any,
    store: Store,
    gate: Gate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ui.screens.scorecards import screen as scorecards_screen

    real = scorecards_screen.read_scorecard_file
    monkeypatch.setattr(scorecards_screen, "read_scorecard_file", gate.wrap(real))
    before = _dump(store.path)
    screen = main_window.show_screen("scorecards")
    files = sorted(
        (Path(__file__).resolve().parents[2] / "resources" / "scorecards").glob("*.yaml")
    )[:2]
    assert len(files) == 2
    with qtbot.waitSignal(screen.import_finished, timeout=10_000) as finished:
        screen.import_files([str(f) for f in files])
        assert gate.entered.wait(10)
        _click_cancel(qtbot, screen.import_task)
    assert finished.args == [False]
    assert "not imported (cancelled)" in screen.status.text()
    assert "the files queued after it" in screen.status.text()
    gate.release.set()
    QThreadPool.globalInstance().waitForDone(20_000)
    QApplication.processEvents()
    assert _dump(store.path) == before
    assert screen.import_button.isEnabled()  # ready for the next import


# --- export ------------------------------------------------------------------------------------
def test_export_cancel_leaves_no_file(
    qtbot: Any,
    demo_store: Store,
    prompts: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The export is stopped in the middle of writing (a partial file exists then); Cancel
    removes it and no export file appears."""
    from fieldride.exports import data_export
    from ui.screens.review.export_dialog import ExportDialog

    monkeypatch.setattr(data_export, "PROGRESS_EVERY", 50)
    held = threading.Event()
    proceed = threading.Event()
    real_step = Progress.step

    def step(self: Progress, done: int, total: int | None = None) -> None:
        if not held.is_set():
            held.set()
            proceed.wait(20)
        real_step(self, done, total)

    monkeypatch.setattr(Progress, "step", step)
    settings.configure(demo_store.folder)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    dialog = ExportDialog(demo_store, prompts)
    qtbot.addWidget(dialog)
    dialog.csv.setChecked(True)
    prompts.file_answers.append(str(out_dir / "team.csv"))
    try:
        dialog.start_export()
        assert held.wait(10)
        assert [p.name for p in out_dir.iterdir() if ".part" in p.name]  # mid-write
        with qtbot.waitSignal(dialog.export_cancelled, timeout=10_000):
            _click_cancel(qtbot, dialog.task)
            proceed.set()
    finally:
        proceed.set()
    assert list(out_dir.iterdir()) == []
    assert dialog.status.text() == "Export cancelled. No file was written."
    assert prompts.errors == []


def test_an_export_finished_just_before_cancel_is_removed(
    qtbot: Any, demo_store: Store, prompts: Any, tmp_path: Path
) -> None:
    from ui.screens.review.export_dialog import ExportDialog

    settings.configure(demo_store.folder)
    dialog = ExportDialog(demo_store, prompts)
    qtbot.addWidget(dialog)
    written = [tmp_path / "a.csv", tmp_path / "b.csv"]
    for path in written:
        path.write_text("x", encoding="utf-8")
    dialog._cancelled(written)  # what the task calls when the job had returned its files
    assert not any(p.exists() for p in written)


def test_cancelled_is_what_a_cancelled_job_raises() -> None:
    progress = Progress()
    progress.step(3, 10)
    progress.cancel()
    with pytest.raises(Cancelled):
        progress.step(4)
    assert (progress.done, progress.total, progress.cancelled) == (4, 10, True)


# --- File ▸ Back up now -----------------------------------------------------------------------
def test_back_up_now_writes_a_backup_and_cancel_leaves_none(
    qtbot: Any,
    main_window: Any,
    store: Store,
    prompts: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from fieldride.store import backup as backup_module
    from fieldride.store import check_backup, list_backups

    main_window.fill_menus()
    file_menu = next(a.menu() for a in main_window.menuBar().actions() if a.text() == "&File")
    action = next(a for a in file_menu.actions() if a.text() == "Back up &now…")
    backups = store.folder / "backups"
    before = {b.path for b in list_backups(store.folder)}

    # the copy is held at its second step (one page a step), with its temporary file written
    monkeypatch.setattr(backup_module, "BACKUP_STEP_PAGES", 1)
    held, proceed = threading.Event(), threading.Event()
    real_step = Progress.step
    calls = {"n": 0}

    def step(self: Progress, done: int, total: int | None = None) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            held.set()
            proceed.wait(20)
        real_step(self, done, total)

    monkeypatch.setattr(Progress, "step", step)
    try:
        action.trigger()
        assert held.wait(10)
        assert [p.name for p in backups.iterdir() if p.name.endswith(".tmp")]  # mid-copy
        _click_cancel(qtbot, main_window.backup_task)
        proceed.set()
        qtbot.waitUntil(lambda: main_window.backup_task.state == "cancelled", timeout=10_000)
    finally:
        proceed.set()
    assert prompts.infos[-1][0] == "Backup cancelled"
    assert {b.path for b in list_backups(store.folder)} == before
    assert not [p for p in backups.iterdir() if ".tmp" in p.name]

    monkeypatch.setattr(Progress, "step", real_step)
    action.trigger()
    qtbot.waitUntil(lambda: main_window.backup_task.state == "done", timeout=10_000)
    assert prompts.infos[-1][0] == "Backup written"
    [new] = [b.path for b in list_backups(store.folder) if b.path not in before]
    assert check_backup(new) and str(new) in prompts.infos[-1][1]
