"""Help ▸ Scorecard and roster files (issue 24): the formats explained inside the app, and
templates the manager saves from it and imports as they are."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from fieldride.scorecards.loaders import load_scorecard
from fieldride.store import Store
from fieldride.team import plan_roster
from tests.ui.conftest import install_test_english


def test_help_menu_opens_the_page_and_saves_each_template(
    qtbot: Any, main_window: Any, store: Store, prompts: Any, tmp_path: Path
) -> None:
    from ui.dialogs.file_formats import FileFormatsDialog

    main_window.fill_menus()
    help_menu = main_window._menus[-1]
    titles = [a.text() for a in help_menu.actions()]
    assert "&Scorecard and roster files" in titles
    next(a for a in help_menu.actions() if a.text() == "&Scorecard and roster files").trigger()
    dialog = main_window.findChild(FileFormatsDialog)
    assert dialog is not None and dialog.isVisible()
    assert "A scorecard file" in dialog.page.toPlainText()
    assert "A roster" in dialog.page.toPlainText()
    prompts.file_answers += [
        str(tmp_path / "card.xlsx"),
        str(tmp_path / "card"),  # no suffix: ".csv" is added
        str(tmp_path / "people.csv"),
    ]
    for kind in ("scorecard-xlsx", "scorecard-csv", "roster-csv"):
        with qtbot.waitSignal(dialog.template_saved, timeout=5000):
            qtbot.mouseClick(dialog.buttons[kind], Qt.MouseButton.LeftButton)
    assert prompts.errors == []
    assert load_scorecard(tmp_path / "card.xlsx").name == "My team's scorecard"
    assert load_scorecard(tmp_path / "card.csv").name == "My team's scorecard"
    assert plan_roster(store, tmp_path / "people.csv").preview.added == 2
    dialog.reject()


def test_template_is_never_written_into_the_data_folder(
    main_window: Any, store: Store, prompts: Any
) -> None:
    dialog = main_window.show_file_formats()
    prompts.file_answers.append(str(store.path))
    before = store.path.read_bytes()
    assert dialog.save_template("roster-csv") is None
    assert prompts.errors and prompts.errors[-1][0] == "Template not saved"
    assert store.path.read_bytes() == before
    dialog.reject()


@pytest.mark.parametrize(
    ("code", "heading", "name", "sheet"),
    [
        ("de", "Ein Beobachtungsbogen", "Beobachtungsbogen unseres Teams", "Beobachtungsbogen"),
        ("es", "Una ficha de observación", "La ficha de nuestro equipo", "Ficha"),
    ],
)
def test_the_page_and_templates_in_the_managers_language(
    qapp: Any,
    qtbot: Any,
    store: Store,
    prompts: Any,
    tmp_path: Path,
    code: str,
    heading: str,
    name: str,
    sheet: str,
) -> None:
    """A manager whose UI is German or Spanish reads the help page in that language and saves
    templates whose headings and example rows are in it; the importers take them as they are."""
    import openpyxl

    from ui import settings, translation
    from ui.dialogs.file_formats import FileFormatsDialog

    translation.install(qapp, code)
    try:
        settings.configure(store.folder)
        dialog = FileFormatsDialog(store.folder, prompts)
        qtbot.addWidget(dialog)
        dialog.open()
        text = dialog.page.toPlainText()
        assert heading in text and "A scorecard file" not in text
        prompts.file_answers += [str(tmp_path / "card.xlsx"), str(tmp_path / "people.csv")]
        for kind in ("scorecard-xlsx", "roster-csv"):
            with qtbot.waitSignal(dialog.template_saved, timeout=5000):
                qtbot.mouseClick(dialog.buttons[kind], Qt.MouseButton.LeftButton)
        dialog.reject()
    finally:
        install_test_english(qapp)  # as tests/ui/conftest.py
    assert prompts.errors == []
    assert openpyxl.load_workbook(tmp_path / "card.xlsx").sheetnames[0] == sheet
    assert load_scorecard(tmp_path / "card.xlsx").name == name
    plan = plan_roster(store, tmp_path / "people.csv")
    assert plan.preview.added == 2 and plan.preview.ignored_columns == ()
