"""The evidence editor: what was actually said or done, for the current call and behaviour.

Saving: ``pending_started`` says typed text is waiting; it is committed through
``evidence_committed`` 400 ms after the last keystroke (``IDLE_MS``), when the editor loses
focus, when it is bound to another behaviour, and when the screen calls :meth:`flush` (window
close, hide). The editor remembers which call and behaviour its text belongs to, so a late
commit never lands on the wrong behaviour. Esc or Ctrl+Enter commit and emit ``finished`` (the
screen returns the keyboard to the rating grid).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

IDLE_MS = 400
EDITOR_LINES = 3  # the editor's height in lines of text


class _EvidenceText(QPlainTextEdit):
    finished = Signal()
    focus_lost = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        k = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if k == Qt.Key.Key_Escape or (ctrl and k in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.finished.emit()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        # Let the screen's undo/redo shortcuts win over the editor's own undo (the screen flushes
        # the text first, so typing is one undo step on the screen's stack).
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            )
        ):
            event.ignore()
            return False
        return super().event(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.focus_lost.emit()
        super().focusOutEvent(event)


class EvidenceEditor(QWidget):
    evidence_committed = Signal(int, str, str, str)  # call id, behaviour key, old text, new text
    finished = Signal()
    # Typed text is waiting for its commit ("Saving…"); ``settled`` when it turned out to be what
    # is stored already (typed and deleted again): nothing to write, nothing pending.
    pending_started = Signal()
    settled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.label = QLabel(self.tr("Evidence"))
        self.label.setObjectName("evidenceLabel")
        layout.addWidget(self.label)
        self.text = _EvidenceText()
        self.text.setObjectName("evidenceEditor")
        self.text.setAccessibleName(self.tr("Evidence"))
        self.text.setTabChangesFocus(True)
        self.text.setUndoRedoEnabled(False)
        self.text.setPlaceholderText(
            self.tr(
                "What was actually said or done. Enter in the grid opens this; Esc or Ctrl+Enter "
                "returns. Saved as you type."
            )
        )
        # Three lines, whatever the font: the rating grid above takes the rest of the height
        # (a small laptop shows more behaviours); a longer text scrolls.
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit_lines()
        layout.addWidget(self.text)
        self.label.setBuddy(self.text)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_MS)
        self._timer.timeout.connect(self.flush)
        self.text.textChanged.connect(self._typed)
        self.text.finished.connect(self._finish)
        self.text.focus_lost.connect(self.flush)
        self.call_id: int | None = None
        self.key: str | None = None
        self._saved_text = ""
        self._loading = False
        self._announced = False  # pending_started emitted, its commit (or settled) not yet

    def _fit_lines(self) -> None:
        text = self.text
        margin = text.document().documentMargin()
        frame = text.frameWidth() + text.contentsMargins().top() + text.contentsMargins().bottom()
        height = EDITOR_LINES * text.fontMetrics().lineSpacing() + 2 * margin + 2 * frame
        text.setFixedHeight(int(height))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_lines()  # high contrast: a larger font, the same three lines

    def bind(self, call_id: int | None, key: str | None, title: str, text: str) -> None:
        """Show the evidence of ``key`` on ``call_id`` (flushing the previous one first)."""
        if (call_id, key) == (self.call_id, self.key) and text == self._saved_text:
            return
        self.flush()
        self.call_id, self.key = call_id, key
        self._saved_text = text
        self._loading = True
        self.text.setPlainText(text)
        self._loading = False
        self.label.setText(
            self.tr("Evidence · {behaviour}").format(behaviour=title)
            if title
            else self.tr("Evidence")
        )
        self.text.setAccessibleName(
            self.tr("Evidence for {behaviour}").format(behaviour=title)
            if title
            else self.tr("Evidence")
        )
        self.text.setEnabled(call_id is not None and key is not None)

    def set_read_only(self, read_only: bool) -> None:
        self.text.setReadOnly(read_only)

    def pending(self) -> bool:
        return self.call_id is not None and self.text.toPlainText() != self._saved_text

    def flush(self) -> None:
        """Commit the typed text now if it differs from what is saved."""
        self._timer.stop()
        announced, self._announced = self._announced, False
        if not self.pending() or self.key is None or self.call_id is None:
            if announced:
                self.settled.emit()
            return
        old, new = self._saved_text, self.text.toPlainText()
        self._saved_text = new
        self.evidence_committed.emit(self.call_id, self.key, old, new)

    def _typed(self) -> None:
        if not self._loading:
            if not self._announced:
                self._announced = True
                self.pending_started.emit()
            self._timer.start()

    def _finish(self) -> None:
        self.flush()
        self.finished.emit()

    def edit(self) -> None:
        """Give the keyboard to the text, cursor at the end."""
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)
