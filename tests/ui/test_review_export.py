"""Export dialog: writes the chosen file in the background, 0600, only the ticked sellers."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from fieldride.store import Store
from ui import settings
from ui.screens.review.export_dialog import ExportDialog


def test_export_xlsx_for_ticked_sellers(
    qtbot: Any, demo_store: Store, prompts: Any, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    settings.configure(demo_store.folder)
    dialog = ExportDialog(demo_store, prompts)
    qtbot.addWidget(dialog)
    for i in range(1, dialog.sellers.count()):
        dialog.sellers.item(i).setCheckState(Qt.CheckState.Unchecked)
    name = dialog.sellers.item(0).text()
    prompts.file_answers.append(str(tmp_path / "team"))
    with qtbot.waitSignal(dialog.export_finished, timeout=10000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    [out] = blocker.args[0]
    assert out == tmp_path / "team.xlsx"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    rides_sheet = list(load_workbook(out)["Rides"].iter_rows(values_only=True))
    assert len(rides_sheet) > 2 and {r[2] for r in rides_sheet[1:]} == {name}
    assert "team.xlsx" in dialog.status.text()


def test_export_refuses_without_sellers_and_reports_failures(
    qtbot: Any, store: Store, prompts: Any, tmp_path: Path
) -> None:
    settings.configure(store.folder)
    dialog = ExportDialog(store, prompts)
    qtbot.addWidget(dialog)
    dialog.start_export()  # no sellers in the store
    assert prompts.errors[-1][0] == "Nothing to export"
    from fieldride.team import sellers

    sellers.add_seller(store, "Ana")
    dialog = ExportDialog(store, prompts)
    qtbot.addWidget(dialog)
    dialog.csv.setChecked(True)
    prompts.file_answers.append(str(tmp_path / "missing-folder" / "x.csv"))
    with qtbot.waitSignal(dialog.export_failed, timeout=10000) as blocker:
        dialog.start_export()
    assert "does not exist" in blocker.args[0] and prompts.errors[-1][0] == "Export failed"
