"""The ride's calls, in order, with how far each is rated; add, edit, reorder, remove.

The list only emits requests; the capture screen commits them through the core and then calls
:meth:`set_calls` with what is stored.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldride.rides import Call
from ui.translation import ui_keys

ADD_CALL_SHORTCUT = "Ctrl+Shift+A"


class CallList(QWidget):
    call_selected = Signal(int)
    add_requested = Signal()
    edit_requested = Signal(int)
    remove_requested = Signal(int)
    move_requested = Signal(int, int)  # call id, new index

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        heading = QLabel(self.tr("Calls"))
        heading.setProperty("role", "subheading")
        layout.addWidget(heading)
        self.list = QListWidget()
        self.list.setObjectName("callList")
        self.list.setAccessibleName(self.tr("Calls of this ride"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._row_changed)
        self.list.itemActivated.connect(lambda item: self.edit_requested.emit(self._id(item)))
        layout.addWidget(self.list, 1)
        self.empty = QLabel(self.tr("No call yet. Add the first call (Ctrl+Shift+A)."))
        self.empty.setProperty("role", "hint")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        buttons = QGridLayout()
        buttons.setSpacing(6)
        self.add_button = QPushButton(self.tr("Add call…"))
        self.add_button.setAccessibleName(self.tr("Add a call"))
        self.add_button.setToolTip(
            self.tr("Add a call ({keys})").format(keys=ui_keys(ADD_CALL_SHORTCUT))
        )
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected call"))
        self.edit_button.clicked.connect(lambda: self._emit_current(self.edit_requested))
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setAccessibleName(self.tr("Move the selected call up"))
        self.up_button.setToolTip(self.tr("Move up (Alt+Up)"))
        self.up_button.setShortcut(QKeySequence("Alt+Up"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setAccessibleName(self.tr("Move the selected call down"))
        self.down_button.setToolTip(self.tr("Move down (Alt+Down)"))
        self.down_button.setShortcut(QKeySequence("Alt+Down"))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected call"))
        self.remove_button.setToolTip(self.tr("Remove the call (undo with Ctrl+Z)"))
        self.remove_button.clicked.connect(lambda: self._emit_current(self.remove_requested))
        buttons.addWidget(self.add_button, 0, 0, 1, 2)
        buttons.addWidget(self.up_button, 1, 0)
        buttons.addWidget(self.down_button, 1, 1)
        buttons.addWidget(self.edit_button, 2, 0)
        buttons.addWidget(self.remove_button, 2, 1)
        layout.addLayout(buttons)
        self.calls: list[Call] = []
        self._quiet = False

    @staticmethod
    def _id(item: QListWidgetItem) -> int:
        return int(item.data(Qt.ItemDataRole.UserRole))

    def set_calls(
        self, calls: Sequence[Call], progress: dict[int, int], total: int, current: int | None
    ) -> None:
        """Show ``calls``; ``progress[call_id]`` = behaviours marked; select ``current``.

        The same calls in the same order (each rating keystroke: a new count) update the rows'
        text in place; anything else rebuilds the list."""
        self._quiet = True
        ids = [c.id for c in calls]
        same = ids == [c.id for c in self.calls] and self.list.count() == len(ids)
        self.calls = list(calls)
        if not same:
            self.list.clear()
        for n, call in enumerate(calls, start=1):
            done = progress.get(call.id, 0)
            text = (
                self.tr("{n}. {call} · {time}\n{done} of {total} marked")
                if call.call_time
                else self.tr("{n}. {call}\n{done} of {total} marked")
            ).format(n=n, call=call.title, time=call.call_time, done=done, total=total)
            item = self.list.item(n - 1) if same else QListWidgetItem()
            if item.text() != text:
                item.setText(text)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ", "))
            item.setData(Qt.ItemDataRole.UserRole, call.id)
            objective = self.tr("Objective: {objective}").format(objective=call.objective)
            item.setToolTip(objective if call.objective else "")
            if not same:
                self.list.addItem(item)
        row = ids.index(current) if current in ids else -1
        if self.list.currentRow() != row:
            self.list.setCurrentRow(row)
        self.empty.setVisible(not calls)
        for b in (self.edit_button, self.up_button, self.down_button, self.remove_button):
            b.setEnabled(bool(calls))
        self._quiet = False

    def set_read_only(self, read_only: bool) -> None:
        for b in (
            self.add_button,
            self.edit_button,
            self.up_button,
            self.down_button,
            self.remove_button,
        ):
            b.setEnabled(not read_only and (b is self.add_button or bool(self.calls)))

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return self._id(item) if item else None

    def select(self, call_id: int) -> None:
        ids = [c.id for c in self.calls]
        if call_id in ids:
            self.list.setCurrentRow(ids.index(call_id))

    def step(self, delta: int) -> None:
        row = self.list.currentRow() + delta
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)

    def _row_changed(self, row: int) -> None:
        if not self._quiet and 0 <= row < len(self.calls):
            self.call_selected.emit(self.calls[row].id)

    def _emit_current(self, signal: SignalInstance) -> None:
        call_id = self.current_id()
        if call_id is not None:
            signal.emit(call_id)

    def _move(self, delta: int) -> None:
        call_id = self.current_id()
        if call_id is not None:
            new_index = self.list.currentRow() + delta
            if 0 <= new_index < len(self.calls):
                self.move_requested.emit(call_id, new_index)
