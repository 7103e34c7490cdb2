"""Help ▸ Fill with a demo team…: the demo fill runs as a child process behind the app's
progress dialog, driven like a user (pytest-qt) on a real data folder; Cancel leaves the data
file exactly as it was; a folder with sellers is never filled (issue 24, long work off the UI
thread)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from fieldride.store import Store
from ui.dialogs import demo_fill


def everything(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in order: the whole data file's content."""
    tables = [
        r["name"]
        for r in store.db.query("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
    ]
    return {
        t: sorted(tuple(map(repr, r.values())) for r in store.db.query(f"SELECT * FROM [{t}]"))
        for t in tables
    }


def _sellers(store: Store) -> int:
    return int(store.db.execute("SELECT count(*) FROM sellers").fetchone()[0])


def _demo_action(window: Any) -> QAction:
    window.fill_menus()
    for action in window.findChildren(QAction):
        if action.text() == "Fill with a &demo team…":
            return action
    raise AssertionError("no Help ▸ Fill with a demo team action")


def test_the_demo_fill_runs_behind_the_progress_dialog(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    assert _sellers(store) == 0
    _demo_action(main_window).trigger()
    fill = main_window.demo_fill
    assert fill is not None
    assert fill.dialog.isVisible() and fill.dialog.cancel_button.isEnabled()
    seen: list[tuple[int, int]] = []
    fill.command.progress.connect(lambda _what, done, total: seen.append((done, total)))
    with qtbot.waitSignal(fill.ended, timeout=180_000) as ended:
        pass
    assert ended.args == ["done"]
    assert seen and seen[-1] == (7, 7)  # one step per seller, shown in the dialog
    assert fill.dialog.bar.maximum() == 7
    assert _sellers(store) == 7
    assert int(store.db.execute("SELECT count(*) FROM rides").fetchone()[0]) > 20
    assert not main_window.prompts.errors
    today = main_window.show_screen("today")
    assert today.isVisible()


def test_cancel_leaves_the_data_file_unchanged(
    qtbot: Any, main_window: Any, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # ten years of history: the child is still inside its one transaction when Cancel comes
    monkeypatch.setattr(demo_fill, "DEMO_ARGS", ["demo", "--progress", "--months", "120"])
    before = everything(store)
    _demo_action(main_window).trigger()
    fill = main_window.demo_fill
    with qtbot.waitSignal(fill.command.progress, timeout=180_000):
        pass  # the first seller's history is written (not committed)
    with qtbot.waitSignal(fill.ended, timeout=60_000) as ended:
        qtbot.mouseClick(fill.dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert ended.args == ["cancelled"]
    assert not fill.command.running()
    assert everything(store) == before
    assert main_window.prompts.infos[-1][1] == "Cancelled: the data folder is as it was."


def test_a_folder_with_sellers_is_never_filled(main_window: Any, store: Store) -> None:
    from fieldride.team import sellers

    sellers.add_seller(store, "Ana Ruiz")
    before = everything(store)
    _demo_action(main_window).trigger()
    assert main_window.demo_fill is None
    assert "only into an empty data folder" in main_window.prompts.infos[-1][1]
    assert everything(store) == before
