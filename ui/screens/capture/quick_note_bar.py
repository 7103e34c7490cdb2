"""Quick notes: one line to jot a timestamped note from anywhere on the capture screen, and the
ride's notes so far (newest last). F2 (``NOTE_SHORTCUT``) puts the keyboard in the line from
anywhere; Enter saves the note and gives the keyboard back; Esc gives it back unsaved.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldride.rides import QuickNote
from ui.translation import ui_keys

NOTE_SHORTCUT = "F2"


def local_time(stamp: str) -> str:
    """HH:MM in local time for a UTC ISO stamp ('…Z'); the raw stamp if it cannot be read."""
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone().strftime("%H:%M")
    except ValueError:
        return stamp


class _NoteLine(QLineEdit):
    cancelled = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


class QuickNoteBar(QWidget):
    """The note line and button (a bar across the bottom of the screen)."""

    note_submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Quick note ({keys})").format(keys=ui_keys(NOTE_SHORTCUT)))
        label.setObjectName("quickNoteLabel")
        self.line = _NoteLine()
        self.line.setObjectName("quickNoteLine")
        self.line.setAccessibleName(self.tr("Quick note"))
        self.line.setPlaceholderText(
            self.tr(
                "{keys} from anywhere, type, Enter to save with the time; Esc to go back"
            ).format(keys=ui_keys(NOTE_SHORTCUT))
        )
        label.setBuddy(self.line)
        self.add_button = QPushButton(self.tr("Add note"))
        self.add_button.setAccessibleName(self.tr("Add the quick note"))
        layout.addWidget(label)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.add_button)
        self.line.returnPressed.connect(self._submit)
        self.add_button.clicked.connect(self._submit)
        self.line.cancelled.connect(self.cancelled)

    def start(self) -> None:
        self.line.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _submit(self) -> None:
        text = self.line.text().strip()
        if text:
            self.note_submitted.emit(text)
            self.line.clear()
        else:
            self.cancelled.emit()


class NoteList(QWidget):
    """The ride's quick notes with their times; remove or edit the selected one."""

    remove_requested = Signal(int)
    edit_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        heading = QLabel(self.tr("Quick notes"))
        heading.setProperty("role", "subheading")
        layout.addWidget(heading)
        self.list = QListWidget()
        self.list.setObjectName("noteList")
        self.list.setAccessibleName(self.tr("Quick notes of this ride"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(
            lambda item: self.edit_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        )
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected note"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected note"))
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.remove_button.clicked.connect(lambda: self._emit(self.remove_requested))
        row.addWidget(self.edit_button)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.notes: list[QuickNote] = []

    def set_notes(self, notes: Sequence[QuickNote]) -> None:
        self.notes = list(notes)
        self.list.clear()
        for note in notes:
            time = local_time(note.noted_at)
            shown = (
                self.tr("{time}  {note}  (not saved yet)").format(time=time, note=note.text)
                if note.id < 0  # its insert waits for the disk
                else f"{time}  {note.text}"
            )
            item = QListWidgetItem(shown)
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self.list.addItem(item)
        if notes:
            self.list.scrollToBottom()
        self.edit_button.setEnabled(bool(notes))
        self.remove_button.setEnabled(bool(notes))

    def _emit(self, signal: SignalInstance) -> None:
        item = self.list.currentItem()
        if item is not None:
            signal.emit(int(item.data(Qt.ItemDataRole.UserRole)))
