"""One primary action per screen: bold, and the default for Enter (base.qss styles
``#primaryButton``). Which one it is changes with the data (no seller yet: adding sellers)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QPushButton


def set_primary(primary: QPushButton, buttons: Iterable[QPushButton]) -> None:
    """Make ``primary`` the one primary button among ``buttons`` (it is one of them)."""
    for button in buttons:
        chosen = button is primary
        if (button.objectName() == "primaryButton") == chosen and button.isDefault() == chosen:
            continue
        button.setObjectName("primaryButton" if chosen else "")
        button.setDefault(chosen)
        button.style().unpolish(button)
        button.style().polish(button)
