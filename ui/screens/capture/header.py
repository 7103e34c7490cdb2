"""The capture screen's header: which ride (seller, type, date, scorecard, focus, objective),
Undo / Redo / "Debrief →", and a one-line message shown in place (a refusal, a locked ride)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fieldride.rides import Ride
from ui.translation import ui_date, ui_keys

DEBRIEF_SHORTCUT = "Ctrl+D"


class CaptureHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        self.title = QLabel(self.tr("No ride open"))
        self.title.setProperty("role", "heading")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("rideSubtitle")
        self.subtitle.setWordWrap(True)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo (Ctrl+Z)"))
        self.redo_button = QPushButton(self.tr("Redo"))
        self.redo_button.setAccessibleName(self.tr("Redo"))
        self.redo_button.setToolTip(self.tr("Redo (Ctrl+Shift+Z)"))
        self.debrief_button = QPushButton(self.tr("Debrief →"))
        self.debrief_button.setObjectName("primaryButton")
        self.debrief_button.setAccessibleName(self.tr("Go to the debrief"))
        self.debrief_button.setToolTip(
            self.tr("Debrief this ride ({keys})").format(keys=ui_keys(DEBRIEF_SHORTCUT))
        )
        buttons = QHBoxLayout()
        for b in (self.undo_button, self.redo_button, self.debrief_button):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            buttons.addWidget(b)
        at_top = QVBoxLayout()  # the buttons stay at the top when the subtitle wraps
        at_top.addLayout(buttons)
        at_top.addStretch(1)
        top.addLayout(at_top)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        outer.addLayout(top)
        self.message = QLabel()
        self.message.setObjectName("captureMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setWordWrap(True)
        self.message.hide()
        outer.addWidget(self.message)

    def bind_undo(self, stack: QUndoStack) -> None:
        """Keep the Undo/Redo buttons' state and tooltips in step with ``stack``."""
        stack.canUndoChanged.connect(self.undo_button.setEnabled)
        stack.canRedoChanged.connect(self.redo_button.setEnabled)
        # Bound methods, not lambdas: Qt disconnects them when this header is destroyed, so a
        # stack that outlives it (cleared at teardown) never calls into deleted buttons.
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)

    def _undo_text(self, text: str) -> None:
        self.undo_button.setToolTip(
            self.tr("Undo {what} (Ctrl+Z)").format(what=text) if text else self.tr("Undo (Ctrl+Z)")
        )

    def _redo_text(self, text: str) -> None:
        self.redo_button.setToolTip(
            self.tr("Redo {what} (Ctrl+Shift+Z)").format(what=text)
            if text
            else self.tr("Redo (Ctrl+Shift+Z)")
        )

    def set_ride(self, ride: Ride, titles: dict[str, str]) -> None:
        self.title.setText(
            self.tr("{seller} · {type} · {day}").format(
                seller=ride.seller_name, type=ride.type_label, day=ui_date(ride.ride_date)
            )
        )
        focus = "; ".join(titles.get(k, k) for k in ride.focus) or self.tr("none chosen")
        subtitle = (
            self.tr("{scorecard} v{version} · Focus: {focus} · Objective: {objective}")
            if ride.objective
            else self.tr("{scorecard} v{version} · Focus: {focus}")
        )
        self.subtitle.setText(
            subtitle.format(
                scorecard=ride.scorecard_name,
                version=ride.scorecard_version,
                focus=focus,
                objective=ride.objective,
            )
        )

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def hide_message(self) -> None:
        self.message.hide()
