"""File ▸ Export bundle… and Import bundle…, driven like a user (pytest-qt) on real data folders:
a manager exports a bundle, a director previews it (nothing written), imports it with progress,
and a second look says everything is already here; a damaged bundle is refused before Import can
be pressed (issue 21)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from fieldride.store import Store, open_store
from tests.core.exchange_fixtures import digest
from tests.ui.conftest import window_on


@pytest.fixture
def manager_store(tmp_path: Path) -> Iterator[Store]:
    from fieldride.demo import build_demo

    s = open_store(tmp_path / "manager")
    build_demo(s, seed=5, months=2)
    yield s
    s.close()


def _export(qtbot: Any, store: Store, out: Path) -> str:
    win = window_on(qtbot, store)
    try:
        dialog = win.show_bundle_export()
        dialog.since_box.setChecked(False)  # every ride
        assert not dialog.since.isEnabled()
        win.prompts.file_answers.append(str(out))
        with qtbot.waitSignal(dialog.exported, timeout=120_000):
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        text = dialog.status.text()
        dialog.close()
        return text
    finally:
        win.close()


def test_export_preview_and_import_from_the_app(
    qtbot: Any, manager_store: Store, store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "anna.fieldride.json"
    rides = int(manager_store.db.execute("SELECT count(*) FROM rides").fetchone()[0])
    said = _export(qtbot, manager_store, out)
    assert out.exists() and f"{rides} rides" in said and "No private notes" in said

    win = window_on(qtbot, store)  # the director's data folder
    try:
        dialog = win.show_bundle_import()
        before = digest(store)
        win.prompts.file_answers.append(str(out))
        with qtbot.waitSignal(dialog.preview_ready, timeout=60_000):
            qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        assert f"Rides: {rides} new, 0 updated, 0 already here." in dialog.preview.text()
        assert dialog.import_button.isEnabled()
        assert digest(store) == before, "the preview wrote to the store"
        dialog.grab().save(str(tmp_path / "bundle-preview.png"))
        seen: list[tuple[str, int, int]] = []
        dialog.command.progress.connect(lambda w, d, t: seen.append((w, d, t)))
        with qtbot.waitSignal(dialog.imported, timeout=120_000):
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert f"{rides} new" in dialog.status.text(), dialog.status.text()
        assert seen and seen[-1] == ("Merging rides", rides, rides)
        assert dialog.progress.value() == dialog.progress.maximum()
        here = int(store.db.execute("SELECT count(*) FROM rides").fetchone()[0])
        assert here == rides
        # The same bundle again: nothing to import.
        win.prompts.file_answers.append(str(out))
        with qtbot.waitSignal(dialog.preview_ready, timeout=60_000):
            qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        assert f"Rides: 0 new, 0 updated, {rides} already here." in dialog.preview.text()
        assert not dialog.import_button.isEnabled()
        assert "already here" in dialog.status.text()
        dialog.close()
    finally:
        win.close()


def test_a_damaged_bundle_is_refused_before_import(
    qtbot: Any, manager_store: Store, store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "cut.fieldride.json"
    _export(qtbot, manager_store, out)
    out.write_bytes(out.read_bytes()[:-100])
    win = window_on(qtbot, store)
    try:
        dialog = win.show_bundle_import()
        before = digest(store)
        win.prompts.file_answers.append(str(out))
        with qtbot.waitSignal(dialog.preview_ready, timeout=60_000):
            qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        assert "This bundle cannot be imported" in dialog.preview.text()
        assert "cut.fieldride.json" in dialog.preview.text()
        assert not dialog.import_button.isEnabled()
        assert digest(store) == before
        dialog.close()
    finally:
        win.close()
