"""What a pane shows when it has nothing yet: one sentence on what to do next, and the button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(
        self,
        text: str,
        action_text: str = "",
        on_action: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.label = QLabel(text)
        self.label.setProperty("role", "empty")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.label)
        self.button: QPushButton | None = None
        if action_text and on_action:
            self.button = QPushButton(action_text)
            self.button.setAccessibleName(action_text)
            self.button.clicked.connect(on_action)
            centred = QHBoxLayout()
            centred.addStretch(1)
            centred.addWidget(self.button)
            centred.addStretch(1)
            layout.addLayout(centred)
        layout.addStretch(2)
