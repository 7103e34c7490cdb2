"""Add or edit a call (or artifact) of a ride: kind, account, contact role, objective, time.

Opened with ``open()`` (window-modal, not blocking), so the capture screen stays scriptable; the
screen reads :meth:`values` on ``accepted``.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from fieldride.rides import CALL_KINDS, Call
from ui.widgets.placeholders import fit_placeholders


class CallDialog(QDialog):
    def __init__(self, call: Call | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.call = call
        self.setWindowTitle(self.tr("Edit call") if call else self.tr("Add a call"))
        self.setAccessibleName(self.windowTitle())
        form = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of call"))
        for key, label in CALL_KINDS.items():
            self.kind.addItem(label, key)
        if call:
            self.kind.setCurrentIndex(list(CALL_KINDS).index(call.kind))
        self.account = QLineEdit(call.account if call else "")
        self.account.setAccessibleName(self.tr("Account"))
        self.account.setPlaceholderText(self.tr("Customer or account"))
        self.contact_role = QLineEdit(call.contact_role if call else "")
        self.contact_role.setAccessibleName(self.tr("Contact role"))
        self.contact_role.setPlaceholderText(self.tr("e.g. Operations director"))
        self.objective = QLineEdit(call.objective if call else "")
        self.objective.setAccessibleName(self.tr("Call objective"))
        self.objective.setPlaceholderText(self.tr("What should the customer agree to by the end?"))
        self.time = QLineEdit(call.call_time if call else datetime.now().strftime("%H:%M"))
        self.time.setAccessibleName(self.tr("Time"))
        form.addRow(self.tr("&Account"), self.account)
        form.addRow(self.tr("Contact &role"), self.contact_role)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Objective"), self.objective)
        form.addRow(self.tr("&Time"), self.time)
        fit_placeholders(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save call") if call else self.tr("Add call"))
        ok.setAccessibleName(ok.text())
        ok.setDefault(True)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.account.setFocus()

    def values(self) -> dict[str, str]:
        return {
            "kind": str(self.kind.currentData()),
            "account": self.account.text(),
            "contact_role": self.contact_role.text(),
            "objective": self.objective.text(),
            "call_time": self.time.text(),
        }
