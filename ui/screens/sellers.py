"""Sellers: the people coached. List, add, edit, archive."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldride import sellers
from fieldride.db import Store
from fieldride.records import DomainError
from fieldride.sellers import Seller
from ui.prompts import Prompts
from ui.widgets.empty_state import EmptyState
from ui.widgets.record_table import RecordTable

COLUMNS = [
    ("Name", lambda s: s.name),
    ("Team", lambda s: s.team),
    ("Territory", lambda s: s.territory),
    ("Email", lambda s: s.email),
    ("Status", lambda s: "Archived" if s.archived else "Active"),
]


class SellerDialog(QDialog):
    """Add or edit one seller. ``values()`` gives the fields typed."""

    def __init__(self, seller: Seller | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit seller" if seller else "Add seller")
        form = QFormLayout(self)
        self.fields: dict[str, QLineEdit] = {}
        for key, label in (
            ("name", "Name"),
            ("team", "Team"),
            ("territory", "Territory"),
            ("email", "Email"),
        ):
            edit = QLineEdit(getattr(seller, key) if seller else "")
            edit.setAccessibleName(label)
            self.fields[key] = edit
            form.addRow(label, edit)
        self.notes = QPlainTextEdit(seller.notes if seller else "")
        self.notes.setAccessibleName("Notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        form.addRow("Notes", self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, str]:
        out = {k: e.text() for k, e in self.fields.items()}
        out["notes"] = self.notes.toPlainText()
        return out


class SellersScreen(QWidget):
    saved = Signal(str)
    data_changed = Signal()

    def __init__(self, store: Store, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.prompts = prompts
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        top = QHBoxLayout()
        title = QLabel("Sellers")
        title.setProperty("role", "heading")
        top.addWidget(title)
        top.addStretch(1)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Filter sellers")
        self.search.setAccessibleName("Filter sellers")
        top.addWidget(self.search)
        self.show_archived = QCheckBox("Show archived")
        self.show_archived.toggled.connect(self.refresh)
        top.addWidget(self.show_archived)
        self.add_button = QPushButton("Add seller…")
        self.add_button.setAccessibleName("Add seller")
        self.add_button.clicked.connect(self.add_seller)
        self.edit_button = QPushButton("Edit…")
        self.edit_button.setAccessibleName("Edit seller")
        self.edit_button.clicked.connect(lambda: self.edit_seller(self.table.selected()))
        self.archive_button = QPushButton("Archive")
        self.archive_button.setAccessibleName("Archive or restore seller")
        self.archive_button.clicked.connect(self.toggle_archive)
        for b in (self.add_button, self.edit_button, self.archive_button):
            top.addWidget(b)
        layout.addLayout(top)
        self.table = RecordTable(
            COLUMNS,
            EmptyState(
                "No sellers yet. Add the people you coach; you can import a roster later.",
                "Add seller…",
                self.add_seller,
            ),
            "Sellers",
        )
        self.table.activated_record.connect(self.edit_seller)
        self.search.textChanged.connect(self.table.proxy.setFilterFixedString)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        self.table.set_records(sellers.list_sellers(self.store, self.show_archived.isChecked()))

    def _save(self, dialog: SellerDialog, seller: Seller | None) -> bool:
        try:
            if seller is None:
                values = dialog.values()
                sellers.add_seller(self.store, values.pop("name"), **values)
            else:
                sellers.edit_seller(self.store, seller.id, **dialog.values())
        except DomainError as err:
            self.prompts.error("Seller not saved", str(err))
            return False
        self.saved.emit("seller")
        self.data_changed.emit()
        return True

    def add_seller(self) -> None:
        dialog = SellerDialog(parent=self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if self._save(dialog, None):
                break

    def edit_seller(self, seller: Seller | None) -> None:
        if seller is None:
            return
        dialog = SellerDialog(seller, parent=self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if self._save(dialog, seller):
                break

    def toggle_archive(self) -> None:
        seller = self.table.selected()
        if seller is None:
            return
        sellers.archive_seller(self.store, seller.id, not seller.archived)
        self.saved.emit("seller archived" if not seller.archived else "seller restored")
        self.data_changed.emit()
