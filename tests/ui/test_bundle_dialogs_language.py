"""The bundle dialogs show what the ``fieldride`` child process reports in the manager's
interface language (Settings ▸ Language), not the system's: the child is started with
LANGUAGE set to it. A real demo team's bundle, exported and imported through the dialogs under
German, as a user does (issue 24)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from fieldride import i18n
from fieldride.store import Store, open_store
from tests.ui.conftest import window_on


@pytest.fixture
def manager_store(tmp_path: Path) -> Iterator[Store]:
    from fieldride.demo import build_demo

    s = open_store(tmp_path / "manager")
    build_demo(s, seed=5, months=2)
    yield s
    s.close()


@pytest.fixture
def german() -> Iterator[None]:
    i18n.set_interface_language("de")
    try:
        yield
    finally:
        i18n.set_interface_language("en")


def test_bundle_export_and_import_report_in_the_interface_language(
    qtbot: Any,
    manager_store: Store,
    store: Store,
    tmp_path: Path,
    german: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LANGUAGE", "es")  # the system's language is not the window's
    out = tmp_path / "anna.fieldride.json"
    rides = int(manager_store.db.execute("SELECT count(*) FROM rides").fetchone()[0])
    win = window_on(qtbot, manager_store)
    try:
        dialog = win.show_bundle_export()
        dialog.since_box.setChecked(False)
        win.prompts.file_answers.append(str(out))
        with qtbot.waitSignal(dialog.exported, timeout=120_000):
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        said = dialog.status.text()
        dialog.close()
    finally:
        win.close()
    assert f"{out} geschrieben – Begleitungen: {rides}, Mitarbeiter/innen: " in said, said
    assert "Ohne private Notizen." in said, said

    win = window_on(qtbot, store)
    try:
        dialog = win.show_bundle_import()
        win.prompts.file_answers.append(str(out))
        with qtbot.waitSignal(dialog.preview_ready, timeout=60_000):
            qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        seen: list[tuple[str, int, int]] = []
        dialog.command.progress.connect(lambda w, d, t: seen.append((w, d, t)))
        with qtbot.waitSignal(dialog.imported, timeout=120_000):
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        status = dialog.status.text()
        dialog.close()
    finally:
        win.close()
    assert status.startswith(
        f"{out} importiert. Begleitungen: neu {rides}, aktualisiert 0, unverändert 0, "
        "Konflikte 0. Mitarbeiter/innen: neu "
    ), status
    assert seen and seen[-1] == ("Begleitungen werden zusammengeführt", rides, rides)
