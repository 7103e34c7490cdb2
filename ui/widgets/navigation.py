"""The main window's navigation list: as wide as its longest title, and collapsible.

It was a fixed 190 px column: on a 1366 px laptop those pixels are better spent on the rating
grid. Its width now follows its items (font, style sheet padding, high contrast), and
View ▸ Show navigation (Ctrl+B) hides it; the choice is remembered. With the list hidden the
screens stay one keystroke away (Go ▸ …, Ctrl+1…).
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QListWidget, QSizePolicy, QWidget

from ui import settings

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

TOGGLE_SHORTCUT = "Ctrl+B"
RIGHT_PAD = 24  # px after the longest title, so it does not touch the screen beside it


class Navigation(QListWidget):
    """A list of screens whose width is its content's; ``toggle_action`` shows or hides it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setAccessibleName(self.tr("Navigation"))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.wanted = settings.get_bool(settings.NAVIGATION_SHOWN)  # the user's choice
        self.setVisible(self.wanted)

    @cached_property
    def toggle_action(self) -> QAction:
        """View ▸ Show navigation (Ctrl+B). Made on first use, with the menus: the empty window
        paints without PySide6's action and key sequence classes (~7 M instructions)."""
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(self.tr("Show &navigation"), self)
        action.setCheckable(True)
        action.setChecked(self.wanted)
        action.setShortcut(QKeySequence(TOGGLE_SHORTCUT))
        action.toggled.connect(self.set_wanted)
        return action

    def set_wanted(self, shown: bool) -> None:
        """Show or hide the list, and remember the choice."""
        self.wanted = shown
        if self.toggle_action.isChecked() != shown:
            self.toggle_action.setChecked(shown)
        settings.put(settings.NAVIGATION_SHOWN, shown)
        self.setVisible(shown)

    def restore(self) -> None:
        """Back to the user's choice (after the window hid everything for the seller)."""
        self.setVisible(self.wanted)

    def sizeHint(self) -> QSize:  # noqa: N802
        content = self.sizeHintForColumn(0) if self.count() else 0
        margins = self.contentsMargins()
        width = content + margins.left() + margins.right() + 2 * self.frameWidth() + RIGHT_PAD
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.sizeHint().width(), super().minimumSizeHint().height())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()  # high contrast: bolder, wider titles
