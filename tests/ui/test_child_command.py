"""ui.child_command.ChildCommand: closing the window a command belongs to cancels the command
and waits for its child to end, whichever dialog it is (the rule lives in ChildCommand, not in
each dialog's closeEvent)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from fieldride.store import Store
from tests.ui.conftest import RecordingPrompts
from ui.child_command import ChildCommand


def _sellers(store: Store) -> int:
    return int(store.db.execute("SELECT count(*) FROM sellers").fetchone()[0])


def test_closing_any_dialog_cancels_its_child_command(qtbot: Any, store: Store) -> None:
    dialog = QDialog()  # a dialog that knows nothing about its command
    qtbot.addWidget(dialog)
    dialog.show()
    command = ChildCommand(store.folder, dialog)
    ended: list[tuple[bool, bool]] = []
    command.finished.connect(lambda ok, cancelled, _out, _why: ended.append((ok, cancelled)))
    assert command.start(["demo", "--progress", "--months", "120"])
    with qtbot.waitSignal(command.progress, timeout=180_000):
        pass  # the child is writing, inside its one transaction
    dialog.close()
    assert not command.running()  # ended before close() returned
    assert ended == [(False, True)]
    assert _sellers(store) == 0  # rolled back with the child


def test_closing_the_bundle_export_dialog_cancels_the_export(
    qtbot: Any, store: Store, tmp_path: Path
) -> None:
    from fieldride.demo import build_demo
    from ui.dialogs.bundle_export import BundleExportDialog

    build_demo(store, seed=5, months=2)
    dialog = BundleExportDialog(store.folder, RecordingPrompts())  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    out = tmp_path / "x.fieldride.json"
    dialog.since_box.setChecked(False)
    dialog.export_to(str(out))
    assert dialog.command.running()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.command.running()
    assert dialog.status.text() == "Export cancelled: no file was written."
    assert not out.exists()
    assert not list(tmp_path.glob("x.fieldride.json*"))
