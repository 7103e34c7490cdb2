"""The Output and branding dialog, driven like a user: values land in the store's settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from fieldride.settings import get_setting
from fieldride.store import Store
from ui.dialogs.output_settings import OutputSettingsDialog


def _dialog(qtbot: Any, store: Store, prompts: Any) -> OutputSettingsDialog:
    dialog = OutputSettingsDialog(store, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_saving_stores_every_value(qtbot: Any, store: Store, prompts: Any, tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (90, 30), (10, 80, 160)).save(logo)
    prompts.file_answers.append(str(logo))
    dialog = _dialog(qtbot, store, prompts)
    qtbot.keyClicks(dialog.org_name, "Northwind & Co")
    browse = next(b for b in dialog.findChildren(type(dialog.swatch)) if b.text() == "Choose…")
    qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
    assert dialog.logo_path.text() == str(logo)
    assert dialog.logo_preview.pixmap() is not None and not dialog.logo_preview.pixmap().isNull()
    dialog.choose_colour = lambda initial, parent: QColor("#aa3300")
    qtbot.mouseClick(dialog.swatch, Qt.MouseButton.LeftButton)
    assert dialog.accent.text() == "#AA3300"
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("letter"))
    with qtbot.waitSignal(dialog.settings_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert get_setting(store, "org_name") == "Northwind & Co"
    assert get_setting(store, "logo_path") == str(logo)
    assert get_setting(store, "accent_color") == "#AA3300"
    assert get_setting(store, "page_size") == "letter"
    assert not prompts.errors


def test_bad_accent_is_refused_and_nothing_saved(qtbot: Any, store: Store, prompts: Any) -> None:
    dialog = _dialog(qtbot, store, prompts)
    qtbot.keyClicks(dialog.org_name, "Acme")
    dialog.accent.clear()
    qtbot.keyClicks(dialog.accent, "blue")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert prompts.errors and "'blue' is not a colour" in prompts.errors[0][1]
    assert dialog.isVisible()
    assert get_setting(store, "org_name") == ""


def test_unreadable_logo_is_refused(qtbot: Any, store: Store, prompts: Any, tmp_path: Path) -> None:
    bad = tmp_path / "logo.png"
    bad.write_text("not an image")
    dialog = _dialog(qtbot, store, prompts)
    dialog.logo_path.setText(str(bad))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert prompts.errors and str(bad) in prompts.errors[0][1]
    assert get_setting(store, "logo_path") == ""


def test_page_size_follows_the_locale_by_default(qtbot: Any, store: Store, prompts: Any) -> None:
    dialog = _dialog(qtbot, store, prompts)
    assert dialog.page_size.currentData() == ""
    assert dialog.page_size.currentText().startswith("From the system")


def test_empty_logo_and_accent_are_shown(qtbot: Any, store: Store, prompts: Any) -> None:
    """Without a logo the preview says so (it was blank); the accent shows as a colour swatch
    on the button, and follows what is typed."""
    dialog = _dialog(qtbot, store, prompts)
    assert dialog.logo_preview.text() == "No logo"
    dialog.accent.setText("#AA3300")
    image = dialog.swatch.grab().toImage()
    colours = {image.pixelColor(x, image.height() // 2).name() for x in range(image.width())}
    assert "#aa3300" in colours
    dialog.accent.setText("#AA33")  # half typed: not a colour, no swatch
    image = dialog.swatch.grab().toImage()
    colours = {image.pixelColor(x, image.height() // 2).name() for x in range(image.width())}
    assert "#aa3300" not in colours


def test_a_logo_refused_in_a_german_window_is_said_in_german(
    qtbot: Any, qapp: Any, store: Store, prompts: Any, tmp_path: Path
) -> None:
    """The refusal came from the core in English whatever the interface language (found by
    grepping for returned f-strings with words in them)."""
    from tests.ui.conftest import install_test_english
    from ui import translation

    missing, bad = tmp_path / "gone.png", tmp_path / "logo.png"
    bad.write_text("not an image")
    translation.install(qapp, "de")
    try:
        dialog = _dialog(qtbot, store, prompts)
        for path in (missing, bad):
            dialog.logo_path.setText(str(path))
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    finally:
        install_test_english(qapp)
    said = [text for _title, text, _details in prompts.errors]
    assert said == [
        f"Die Logodatei {missing} gibt es nicht.",
        f"Die Logodatei {bad} ist kein Bild, das FieldRide lesen kann (verwenden Sie PNG oder JPEG).",
    ]
    assert get_setting(store, "logo_path") == ""
