"""The roster preview in the manager's language: what the core says about the file (how it was
read, the summary, which sheet, the joined name columns, a possible duplicate, the fields that
change) arrives in German and Spanish, not only the dialog's own words. A real HR workbook with
a "Lies mich" tab, First/Last name columns and columns the roster does not use (issue 24)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from fieldride.store import Store
from fieldride.team import add_seller, plan_roster
from tests.ui.conftest import install_test_english
from ui import translation
from ui.widgets.roster_preview import RosterPreviewDialog


@pytest.fixture(params=["de", "es"])
def lang(qapp: Any, request: pytest.FixtureRequest) -> Iterator[str]:
    translation.install(qapp, request.param)
    yield str(request.param)
    install_test_english(qapp)  # as tests/ui/conftest.py


def test_the_roster_preview_speaks_the_interface_language(
    lang: str, qtbot: Any, store: Store, tmp_path: Path
) -> None:
    add_seller(store, "Ana Ruiz", team="Nord")
    wb = openpyxl.Workbook()
    readme = wb.active
    assert readme is not None
    readme.title = "Lies mich"
    readme.append(["Diese Liste kommt aus dem HR-System."])
    ws = wb.create_sheet("Vertrieb")
    ws.append(["Vorname", "Nachname", "Abteilung", "Telefon"])
    ws.append(["Ana", "Ruiz", "Süd", "0171 1234567"])
    ws.append(["Carla", "Díaz", "Nord", ""])
    ws.append(["carla", "díaz", "", ""])
    f = tmp_path / "hr.xlsx"
    wb.save(f)
    dialog = RosterPreviewDialog(plan_roster(store, f))
    qtbot.addWidget(dialog)
    dialog.show()
    cells = [
        dialog.table.item(r, c).text()
        for r in range(dialog.table.rowCount())
        for c in range(dialog.table.columnCount())
    ]
    expected = {
        "de": (
            "hr.xlsx (Excel-Arbeitsmappe, Tabellenblatt „Vertrieb“): 1 Mitarbeiter/in würde "
            "hinzugefügt, 1 würde aktualisiert. 1 mögliches Duplikat zu prüfen.",
            "Mitarbeiter/innen aus Tabellenblatt „Vertrieb“ gelesen; übergangen: „Lies mich“.",
            "Zeilen 3 und 4 werden als eine Person gelesen; prüfen Sie, ob das stimmt",
            "Team",
        ),
        "es": (
            "hr.xlsx (Libro de Excel, hoja «Vertrieb»): se añadiría 1 comercial, se "
            "actualizaría 1. 1 posible duplicado que revisar.",
            "Comerciales leídos de la hoja «Vertrieb»; no se han leído: «Lies mich».",
            "las filas 3 y 4 se leen como una sola persona; compruebe que lo son",
            "equipo",
        ),
    }[lang]
    summary, sheet_note, duplicate, field = expected
    assert dialog.summary.text() == summary
    assert sheet_note in dialog.notes.text().splitlines()
    assert any(duplicate in cell for cell in cells), cells
    assert any(cell.endswith(f" {field}") for cell in cells), cells
