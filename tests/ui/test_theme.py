"""The look: the colour scheme read from the platform palette before the first paint, checked
against Qt's scheme afterwards, the forced scheme, high contrast (issue 8 moved the first read
off PySide6's Qt namespace)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ui import theme


@pytest.fixture
def app(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[QApplication]:
    """The test QApplication; whatever look a test applies is put back to light afterwards."""
    monkeypatch.delenv(theme.ENV_SCHEME, raising=False)
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    palette, sheet = instance.palette(), instance.styleSheet()
    yield instance
    instance.setPalette(palette)
    instance.setStyleSheet(sheet)
    instance.setProperty("fieldride_look", None)


def qt_scheme() -> str:
    dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return "dark" if dark else "light"


def test_palette_reading_follows_the_window_colour(app: QApplication) -> None:
    app.setPalette(theme.dark_palette())
    assert theme.system_scheme(from_palette=True) == "dark"
    app.setPalette(theme.light_palette())
    assert theme.system_scheme(from_palette=True) == "light"


@pytest.mark.parametrize("forced", ["dark", "light"])
def test_forced_scheme_wins_over_the_palette(
    app: QApplication, monkeypatch: pytest.MonkeyPatch, forced: str
) -> None:
    monkeypatch.setenv(theme.ENV_SCHEME, forced)
    app.setPalette(theme.light_palette() if forced == "dark" else theme.dark_palette())
    assert theme.system_scheme(from_palette=True) == forced
    assert theme.system_scheme() == forced


def test_a_wrong_start_up_guess_is_corrected_after_the_paint(app: QApplication) -> None:
    """Start-up applied the opposite of what Qt reports (a platform whose palette and scheme
    disagree): the check after the first paint applies Qt's scheme, palette included."""
    wrong = "light" if qt_scheme() == "dark" else "dark"
    assert theme.apply_theme(app, high_contrast=False, scheme=wrong) == wrong
    theme.confirm_system_scheme()
    assert app.property("fieldride_look") == qt_scheme()
    expected = theme.dark_palette() if qt_scheme() == "dark" else theme.light_palette()
    window = QPalette.ColorRole.Window
    assert app.palette().color(window) == expected.color(window)
    assert "QLabel#openingData" in app.styleSheet()


def test_check_leaves_a_right_guess_forced_scheme_and_high_contrast_alone(
    app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    theme.apply_theme(app, high_contrast=False, scheme=qt_scheme())
    app.setStyleSheet("/* marker: not re-applied */")
    theme.confirm_system_scheme()
    assert app.styleSheet() == "/* marker: not re-applied */"

    theme.apply_theme(app, high_contrast=True)
    theme.confirm_system_scheme()
    assert app.property("fieldride_look") == "high-contrast"
    assert app.palette().color(QPalette.ColorRole.Window) == QColor("#ffffff")

    monkeypatch.setenv(theme.ENV_SCHEME, "dark" if qt_scheme() == "light" else "light")
    forced = theme.apply_theme(app, high_contrast=False)
    theme.confirm_system_scheme()
    assert app.property("fieldride_look") == forced


def test_rating_rows_follow_a_change_of_look(app: QApplication, qtbot: Any) -> None:
    """The rows draw themselves from the palette and the look: switching high contrast on
    while they are shown makes them larger and bolder at once (and the row taller), and back."""
    from fieldride.scorecards.model import Behaviour, Level
    from ui.screens.capture.rating_row import BehaviourRow

    theme.apply_theme(app, high_contrast=False, scheme="light")
    scale = [Level(v, f"Level {v}") for v in range(1, 5)]
    row = BehaviourRow(Behaviour("b", "Asks open, layered questions"), "Call", True, scale)
    qtbot.addWidget(row)
    row.resize(700, row.heightForWidth(700))
    row.show()
    assert not row._fonts().high_contrast and row._fonts().title.pixelSize() == 14
    normal = row.heightForWidth(700)
    theme.apply_theme(app, high_contrast=True)
    qtbot.waitUntil(lambda: row._fonts().high_contrast)
    assert row._fonts().title.pixelSize() == 15 and row._fonts().box.pixelSize() == 18
    assert row.heightForWidth(700) >= normal
    theme.apply_theme(app, high_contrast=False, scheme="dark")
    qtbot.waitUntil(lambda: not row._fonts().high_contrast)
    assert row.palette().color(QPalette.ColorRole.Window).lightness() < 128  # dark palette


def test_the_private_note_box_follows_a_change_of_scheme(
    app: QApplication, qtbot: Any, store: Any, prompts: Any
) -> None:
    """Seen in the Xvfb walk: switched to dark while open, the private box kept its light beige
    under dark mode's white title (unreadable). Its tint follows the scheme, and its title
    colour stays readable on it."""
    from ui.screens.debrief.private_note import PrivateNoteBox

    theme.apply_theme(app, high_contrast=False, scheme="light")
    box = PrivateNoteBox(store, prompts)
    qtbot.addWidget(box)
    box.show()
    light = box.frame.palette().color(QPalette.ColorRole.Window)
    assert light.lightness() > 128
    theme.apply_theme(app, high_contrast=False, scheme="dark")
    qtbot.waitUntil(
        lambda: box.frame.palette().color(QPalette.ColorRole.Window).lightness() < 128,
        timeout=5000,
    )
    frame = box.frame.palette()
    text = frame.color(QPalette.ColorRole.WindowText)
    assert abs(text.lightness() - frame.color(QPalette.ColorRole.Window).lightness()) > 100
    theme.apply_theme(app, high_contrast=False, scheme="light")
    qtbot.waitUntil(
        lambda: box.frame.palette().color(QPalette.ColorRole.Window) == light, timeout=5000
    )
