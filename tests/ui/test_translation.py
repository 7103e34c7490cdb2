"""The UI's language (ui.translation): catalogues, Qt's own strings, the locale."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from fieldride.store import Store
from tests.ui.conftest import install_test_english
from ui import settings, translation


@pytest.fixture
def back_to_english(qapp: Any) -> Iterator[None]:
    yield
    install_test_english(qapp)  # as tests/ui/conftest.py


def test_german_loads_qt_own_strings_and_the_locale(qapp: Any, back_to_english: None) -> None:
    assert translation.install(qapp, "de") == "de"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert QLocale().language() == QLocale.Language.German
    assert QLocale().firstDayOfWeek().name == "Monday"
    assert translation.ui_date(date(2026, 12, 6)) == "06.12.2026"
    assert translation.ui_number(1234.5, 1) == "1.234,5"
    # a difference with its sign (lean, self-assessment gap, change after training)
    assert translation.ui_signed(0.75) == "+0,8"
    assert translation.ui_signed(-0.5) == "−0,5"
    assert translation.ui_signed(0.04) == "0,0"
    assert translation.ui_signed(None) == "–"


def test_spanish_then_english_again(qapp: Any, back_to_english: None) -> None:
    translation.install(qapp, "es")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    assert translation.ui_date(date(2026, 12, 6)) == "6/12/2026"
    translation.install(qapp, "en", QLocale("en_US"))
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert translation.ui_date(date(2026, 12, 6)) == "12/6/2026"
    assert translation.ui_date_format() == "M/d/yyyy"
    assert translation.ui_date("") == ""


@pytest.mark.parametrize(
    ("code", "look_in", "files_of_type", "folder"),
    [
        ("es", "&Buscar en:", "Archivos de &tipo:", "Carpeta"),  # from qt_gaps_es.ts
        ("de", "&Suchen in:", "Dateien des &Typs:", "Verzeichnis"),  # Qt's own catalogue
    ],
)
def test_the_file_dialog_speaks_the_language_where_qt_own_catalogue_has_gaps(
    qapp: Any,
    back_to_english: None,
    tmp_path: Any,
    code: str,
    look_in: str,
    files_of_type: str,
    folder: str,
) -> None:
    """Qt's Spanish catalogue predates Qt 6: the Export and Attach dialogs' "Look in", "Files
    of type" and the Folder type came up in English in a Spanish window."""
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QFileDialog, QLabel, QTreeView

    translation.install(qapp, code)
    (tmp_path / "rides").mkdir()
    dialog = QFileDialog(None, "", str(tmp_path), "CSV (*.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    try:
        dialog.show()
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        assert {look_in, files_of_type} <= labels
        assert not {"&Look in:", "Files of &type:"} & labels
        view = dialog.findChild(QTreeView)
        model = view.model()
        deadline = 200
        while deadline and model.rowCount(view.rootIndex()) == 0:
            qapp.processEvents()
            deadline -= 1
        row = model.index(0, 2, view.rootIndex())
        assert row != QModelIndex() and model.data(row) == folder
    finally:
        dialog.close()
        dialog.deleteLater()


def test_the_managers_choice_is_kept_in_the_ui_state(store: Store) -> None:
    settings.configure(store.folder)
    settings.put(settings.LANGUAGE, "es")
    assert translation.chosen_language() == "es"
    settings.put(settings.LANGUAGE, "")  # the system's language, English when not shipped
    assert translation.chosen_language() in {"en", "de", "es"}


def test_the_manager_chooses_the_ui_language_in_the_view_menu(main_window: Any) -> None:
    main_window.fill_menus()
    names = [a.text() for a in main_window.language_actions]
    assert names == ["As the system", "English", "Deutsch", "Español"]
    assert main_window.language_actions[0].isChecked()  # nothing chosen yet
    main_window.language_actions[3].trigger()
    assert settings.get_str(settings.LANGUAGE) == "es"
    assert translation.chosen_language() == "es"
    assert "next time FieldRide starts" in main_window.statusBar().currentMessage()


def test_each_sellers_handout_language_is_chosen_in_the_seller_form(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    from fieldride.team import sellers

    screen = main_window.show_screen("sellers")
    screen.add_seller()
    qtbot.waitUntil(lambda: screen.seller_dialog is not None and screen.seller_dialog.isVisible())
    dialog = screen.seller_dialog
    dialog.fields["name"].setText("Lena Vogel")
    combo = dialog.language
    assert combo.currentData() == ""  # the manager's language unless chosen
    combo.setCurrentIndex(combo.findText("Deutsch"))
    dialog.accept()
    qtbot.waitUntil(lambda: bool(sellers.list_sellers(store)))
    [lena] = sellers.list_sellers(store)
    assert lena.language == "de"
    screen.edit_seller(lena)
    qtbot.waitUntil(lambda: screen.seller_dialog is not dialog and screen.seller_dialog.isVisible())
    assert screen.seller_dialog.language.currentText() == "Deutsch"
    screen.seller_dialog.reject()


@pytest.mark.parametrize("code", ["en", "de", "es"])
def test_no_two_items_of_a_menu_share_an_access_key(
    qapp: Any, qtbot: Any, store: Store, back_to_english: None, code: str
) -> None:
    """Alt+V then a letter picks one item: two items with the same underlined letter make Qt
    only move between them. "&Light" and "&Language" did so (Alt+V, L no longer chose Light:
    the README screenshots harness opened the Language menu instead), and in German "&Hell" /
    "&Hoher Kontrast" and "&Sprache" / "Wie das &System", in Spanish "&Claro" / "Alto
    &contraste". Checked in each shipped language, every menu and submenu."""
    from PySide6.QtWidgets import QMenu

    from ui.main_window import MainWindow

    translation.install(qapp, code)
    settings.configure(store.folder)
    window = MainWindow(store, None)
    qtbot.addWidget(window)
    window.fill_menus()

    def keys(menu: QMenu) -> list[str]:
        found = []
        for action in menu.actions():
            text = action.text().replace("&&", "")
            if "&" in text:
                found.append(text[text.index("&") + 1].casefold())
        return found

    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    while menus:
        menu = menus.pop()
        letters = keys(menu)
        assert len(letters) == len(set(letters)), (code, menu.title(), letters)
        menus += [a.menu() for a in menu.actions() if a.menu() is not None]


def test_the_debriefs_saved_lines_are_in_the_ui_language(
    qtbot: Any, qapp: Any, back_to_english: None, store: Store, prompts: Any
) -> None:
    """What the status line says after each debrief write ("Saved 10:02 · question added"): they
    were English words put into a translated sentence, which the pseudo-locale test cannot see
    (they sit inside its {what})."""
    from PySide6.QtCore import Qt

    from fieldride.team import sellers
    from tests.ui.test_debrief import observed_ride
    from ui.screens.debrief.screen import DebriefScreen

    translation.install(qapp, "de")
    seller = sellers.add_seller(store, "Maya Okafor")
    ride_id = observed_ride(store, seller.id, "2026-03-02")
    screen = DebriefScreen(store, prompts)
    qtbot.addWidget(screen)
    screen.show()
    said: list[str] = []
    screen.saved.connect(said.append)
    screen.open_ride(ride_id)

    screen.questions.new_text.setFocus()
    qtbot.keyClicks(screen.questions.new_text, "Was kostet Sie eine spaete Lieferung?")
    qtbot.keyClick(screen.questions.new_text, Qt.Key.Key_Return)
    screen.commitments.new_text.setFocus()
    qtbot.keyClicks(screen.commitments.new_text, "Zwei Nachfragen in jedem Termin.")
    qtbot.keyClick(screen.commitments.new_text, Qt.Key.Key_Return)
    screen.points.gap.evidence.setFocus()
    qtbot.keyClicks(screen.points.gap.evidence, " Nachgetragen.")
    screen.flush()
    assert "Frage hinzugefügt" in said and "Vereinbarung hinzugefügt" in said
    assert "Entwicklungsfeld" in said
    english = {"question added", "commitment added", "gap", "strength", "question"}
    assert not english & set(said), said


@pytest.mark.parametrize(
    ("environment", "shown"),
    [
        # a C locale with German chosen as the language: German dates, not the C locale's
        ({"LANG": "C.UTF-8", "LANGUAGE": "de"}, "11.12.26"),
        ({"LANG": "C.UTF-8", "LANGUAGE": "de_AT"}, "11.12.26"),
        # a German system: its own formats
        ({"LANG": "de_DE.UTF-8"}, "11.12.26"),
        # formats the user chose under a German language stay
        ({"LANG": "de_DE.UTF-8", "LC_TIME": "en_GB.UTF-8"}, "11/12/2026"),
    ],
)
def test_the_locale_of_a_language_has_its_formats_unless_the_user_chose_others(
    environment: dict[str, str], shown: str
) -> None:
    import os
    import subprocess
    import sys

    script = (
        "from PySide6.QtCore import QDate, QLocale\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from ui.translation import locale_for\n"
        "app = QApplication([])\n"
        "print(locale_for('de').toString(QDate(2026, 12, 11), QLocale.FormatType.ShortFormat))\n"
    )
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("LANG", "LC_"))}
    run = subprocess.run(
        [sys.executable, "-c", script],
        env={**keep, "QT_QPA_PLATFORM": "offscreen", **environment},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert run.stdout.strip() == shown


@pytest.mark.parametrize(
    ("code", "locale", "tag", "core_date"),
    [
        ("en", "en_GB", "en_GB", "7 Dec 2026"),
        ("en", "en_US", "en", "Dec 7, 2026"),
        ("de", "de_AT", "de_AT", "07.12.2026"),
        ("de", "de_DE", "de", "07.12.2026"),
        ("es", "es_MX", "es_MX", "7 dic 2026"),
    ],
)
def test_the_core_writes_dates_as_the_ui_locale_does(
    qapp: Any, back_to_english: None, code: str, locale: str, tag: str, core_date: str
) -> None:
    """What the core words for the screen and the handouts (fieldride.i18n.messages) follows
    the UI locale's region: a British manager read 07/12/2026 on screen beside "Dec 7, 2026"
    in a refusal and on the handout."""
    from fieldride import i18n
    from ui.child_command import child_environment

    translation.install(qapp, code, QLocale(locale))
    assert i18n.messages().tag == tag
    assert i18n.messages().date(date(2026, 12, 7)) == core_date
    # a report made in a child process reads the same region from its environment
    assert i18n.environment_locale({"LANGUAGE": child_environment().value("LANGUAGE")}) == tag
