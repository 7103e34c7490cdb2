"""The seller's acknowledgement, typed on the manager's laptop: name, date, optional comment.
Opened window-modal with ``open()`` (never ``exec()`` in a constructor); the screen reads
``values()`` when it is accepted and hands them to ``debriefs.acknowledge``."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)


class AcknowledgeDialog(QDialog):
    def __init__(self, seller_name: str, ride_date: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Seller acknowledgement")
        form = QFormLayout(self)
        intro = QLabel(
            f"Hand the laptop to {seller_name}. By typing their name, the seller confirms they "
            "went through this debrief. The ride is then locked."
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.name = QLineEdit()
        self.name.setAccessibleName("Seller's name")
        self.name.setPlaceholderText(seller_name)
        form.addRow("Your name", self.name)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setAccessibleName("Acknowledgement date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMinimumDate(QDate.fromString(ride_date, "yyyy-MM-dd"))
        form.addRow("Date", self.date)
        self.comment = QPlainTextEdit()
        self.comment.setAccessibleName("Seller's comment")
        self.comment.setPlaceholderText("Optional: anything you want to add")
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(90)
        form.addRow("Comment", self.comment)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok: QPushButton = buttons.addButton(
            "Acknowledge", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setAccessibleName("Acknowledge the debrief")
        self.ok.setEnabled(False)
        self.name.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, str]:
        """(name, ISO date, comment)."""
        return (
            self.name.text().strip(),
            self.date.date().toString("yyyy-MM-dd"),
            self.comment.toPlainText().strip(),
        )
