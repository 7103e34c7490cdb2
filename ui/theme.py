"""Light, dark and high-contrast looks: a palette and the .qss files in resources/styles, on
Fusion (chosen where the application is created, ``ui.app.create_application``).

- The scheme follows the system (``QStyleHints.colorScheme``) and changes with it while the app
  runs. ``FIELDRIDE_COLOR_SCHEME=light|dark`` forces one (for screenshots and tests, and for a
  desktop that reports no scheme).
- View ▸ Light / Dark / System (stored in QSettings ``COLOR_SCHEME``) chooses by hand;
  System follows the system.
- High contrast (View ▸ High contrast, stored in QSettings ``HIGH_CONTRAST``) is for reading in
  sunlight: black on white, thick focus frames, larger text — whatever the system scheme.
- ``base.qss`` holds sizes and uses ``palette(...)`` colours only, so it reads in both schemes;
  ``high-contrast.qss`` is added on top when high contrast is on.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ui import settings
from ui.resources import stylesheet
from ui.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

log = logging.getLogger(__name__)

ENV_SCHEME = "FIELDRIDE_COLOR_SCHEME"
Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def system_scheme(from_palette: bool = False) -> str:
    """'dark' or 'light': the forced scheme (``FIELDRIDE_COLOR_SCHEME``), else the system's.

    ``from_palette`` reads it from the platform's palette instead (only right before our own
    palette is set, at start-up): the platform themes hand out a dark palette exactly when the
    scheme is dark. :func:`confirm_system_scheme` checks it against Qt's style hints after the
    first paint.
    """
    forced = os.environ.get(ENV_SCHEME, "").strip().lower()
    if forced in ("light", "dark"):
        return forced
    chosen = settings.get_str(settings.COLOR_SCHEME)
    if chosen in ("light", "dark"):  # View > Light / Dark; "system" follows the system
        return chosen
    if from_palette:
        return "dark" if QGuiApplication.palette().color(Role.Window).lightness() < 128 else "light"
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def _palette(colours: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.Text, Role.WindowText, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor(disabled_text))
    return palette


def dark_palette() -> QPalette:
    return _palette(
        {
            Role.Window: "#202326",
            Role.WindowText: "#e8e8e8",
            Role.Base: "#17191b",
            Role.AlternateBase: "#2a2e33",
            Role.ToolTipBase: "#2a2e33",
            Role.ToolTipText: "#f0f0f0",
            Role.PlaceholderText: "#9aa0a6",
            Role.Text: "#ececec",
            Role.Button: "#2d3136",
            Role.ButtonText: "#ececec",
            Role.BrightText: "#ffffff",
            Role.Light: "#3c4147",
            Role.Midlight: "#33373c",
            Role.Mid: "#26292d",
            Role.Dark: "#101214",
            Role.Shadow: "#000000",
            Role.Highlight: "#3d8fd6",
            Role.HighlightedText: "#ffffff",
            Role.Link: "#7cb8f0",
            Role.LinkVisited: "#b89cf0",
        },
        disabled_text="#7a7f85",
    )


def light_palette() -> QPalette:
    return _palette(
        {
            Role.Window: "#f3f3f3",
            Role.WindowText: "#1b1b1b",
            Role.Base: "#ffffff",
            Role.AlternateBase: "#eef3f9",
            Role.ToolTipBase: "#ffffdc",
            Role.ToolTipText: "#000000",
            Role.PlaceholderText: "#5f6368",
            Role.Text: "#1b1b1b",
            Role.Button: "#f0f0f0",
            Role.ButtonText: "#1b1b1b",
            Role.BrightText: "#ffffff",
            Role.Light: "#ffffff",
            Role.Midlight: "#e3e3e3",
            Role.Mid: "#b8b8b8",
            Role.Dark: "#9f9f9f",
            Role.Shadow: "#767676",
            Role.Highlight: "#2f7fc8",
            Role.HighlightedText: "#ffffff",
            Role.Link: "#1259a6",
            Role.LinkVisited: "#6b3fa0",
        },
        disabled_text="#8a8a8a",
    )


def high_contrast_palette() -> QPalette:
    return _palette(
        {
            Role.Window: "#ffffff",
            Role.WindowText: "#000000",
            Role.Base: "#ffffff",
            Role.AlternateBase: "#fff7b0",
            Role.ToolTipBase: "#ffffff",
            Role.ToolTipText: "#000000",
            Role.PlaceholderText: "#333333",
            Role.Text: "#000000",
            Role.Button: "#ffffff",
            Role.ButtonText: "#000000",
            Role.BrightText: "#000000",
            Role.Light: "#ffffff",
            Role.Midlight: "#000000",
            Role.Mid: "#000000",
            Role.Dark: "#000000",
            Role.Shadow: "#000000",
            Role.Highlight: "#000000",
            Role.HighlightedText: "#ffff00",
            Role.Link: "#0000c8",
            Role.LinkVisited: "#0000c8",
        },
        disabled_text="#555555",
    )


def apply_theme(
    app: QApplication, high_contrast: bool | None = None, scheme: str | None = None
) -> str:
    """Apply the palette and the style sheets; return the look applied ('light', 'dark' or
    'high-contrast'). ``high_contrast`` None reads the stored preference; ``scheme`` None asks
    the system (:func:`system_scheme`). The style itself (Fusion) is chosen once, where the
    application is created (``ui.app.create_application``): asking ``app.style()`` here built
    the Python side of ``QStyle`` (its large enums) before the first paint for nothing."""
    if high_contrast is None:
        high_contrast = settings.get_bool(settings.HIGH_CONTRAST)
    look = "high-contrast" if high_contrast else (scheme or system_scheme())
    palette = {
        "high-contrast": high_contrast_palette,
        "dark": dark_palette,
        "light": light_palette,
    }[look]()
    app.setProperty("fieldride_look", look)  # before the widgets restyle: they read it
    app.setPalette(palette)
    sheet = stylesheet("base.qss")
    if high_contrast:
        sheet += "\n" + stylesheet("high-contrast.qss")
    app.setStyleSheet(sheet)
    log.info("look: %s", look)
    return look


def follow_system_scheme(app: QApplication) -> None:
    """Re-apply the look when the system switches between light and dark."""
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _s: apply_theme(app))


def confirm_system_scheme() -> None:
    """After the first paint: if the start-up look (read from the palette) is not the scheme Qt
    reports, apply the right one. Nothing to do under high contrast or a forced scheme."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    look = app.property("fieldride_look")
    if look in ("light", "dark") and look != system_scheme():
        apply_theme(app)


def set_high_contrast(app: QApplication, on: bool) -> str:
    """Store the preference and apply it now."""
    settings.put(settings.HIGH_CONTRAST, on)
    return apply_theme(app, on)


def high_contrast_action(parent: QObject) -> QAction:
    """The View menu's checkable "High contrast" action, wired to the preference."""
    from PySide6.QtGui import QAction  # with the menus, after the first paint

    action = QAction(QCoreApplication.translate("Theme", "&High contrast (for sunlight)"), parent)
    action.setCheckable(True)
    action.setChecked(settings.get_bool(settings.HIGH_CONTRAST))
    action.setShortcut("Ctrl+Shift+H")

    def toggled(on: bool) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            set_high_contrast(app, on)

    action.toggled.connect(toggled)
    return action


SCHEMES = (
    ("light", QT_TRANSLATE_NOOP("Theme", "&Light")),
    ("dark", QT_TRANSLATE_NOOP("Theme", "&Dark")),
    ("system", QT_TRANSLATE_NOOP("Theme", "&System")),
)


def set_color_scheme(app: QApplication, scheme: str) -> str:
    """Store the chosen scheme ('light', 'dark' or 'system') and apply it now."""
    settings.put(settings.COLOR_SCHEME, scheme)
    return apply_theme(app)


def scheme_actions(parent: QObject) -> list[QAction]:
    """The View menu's exclusive Light / Dark / System actions, wired to the preference."""
    from PySide6.QtGui import QAction, QActionGroup

    group = QActionGroup(parent)
    group.setExclusive(True)
    chosen = settings.get_str(settings.COLOR_SCHEME)
    actions = []
    for key, title in SCHEMES:
        action = QAction(QCoreApplication.translate("Theme", title), parent)
        action.setCheckable(True)
        action.setChecked(key == chosen or (key == "system" and chosen not in ("light", "dark")))
        action.setData(key)
        group.addAction(action)

        def triggered(_checked: bool = False, scheme: str = key) -> None:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                set_color_scheme(app, scheme)

        action.triggered.connect(triggered)
        actions.append(action)
    return actions
