"""Prompts and file pickers behind one small injectable service.

Screens take a :class:`PromptService` and call ``self.prompts.error(...)`` etc.; the app passes
:class:`Prompts` (Qt's dialogs), tests a ``RecordingPrompts`` (in tests/ui/conftest.py) instead of
patching QMessageBox globally.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget


class PromptService(Protocol):
    """What screens may ask the user: messages, a yes/no, a line of text, a file to open or
    save. The pickers return None when the user cancels."""

    def info(self, title: str, text: str) -> None: ...
    def error(self, title: str, text: str, details: str = "") -> None: ...
    def confirm(self, title: str, text: str) -> bool: ...
    def ask_text(self, title: str, label: str, text: str = "") -> str | None: ...
    def open_file(self, title: str, folder: str, filters: str) -> str | None: ...
    def save_file(self, title: str, path: str, filters: str) -> str | None: ...


class Prompts:
    """The :class:`PromptService` of the app: Qt's message boxes and file dialogs (each class
    imported when first used)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def info(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self.parent, title, text)

    def error(self, title: str, text: str, details: str = "") -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.parent)
        if details:
            box.setDetailedText(details)
        box.exec()

    def confirm(self, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self.parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        from PySide6.QtWidgets import QInputDialog

        value, ok = QInputDialog.getText(self.parent, title, label, text=text)
        return value if ok else None

    def open_file(self, title: str, folder: str, filters: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.parent, title, folder, filters)
        return path or None

    def save_file(self, title: str, path: str, filters: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getSaveFileName(self.parent, title, path, filters)
        return chosen or None
