"""What every part of the debrief screen shares: calling the core with errors shown plainly,
saving typed text as it is typed, and showing a locked ride read-only.

``AutoSave`` saves a text field 400 ms after the last keystroke, when it loses focus and on
``flush()`` (the screen flushes before it changes ride or hides), so nothing typed is lost.
``DebriefPanel.call`` runs one core function through the store's write queue
(:func:`ui.saving.run`): a :class:`DomainError` becomes a one-line message through the prompts
service (never a traceback) and the call returns None; a write the storage refused (disk full,
read-only, I/O error) returns None too and waits in the queue (the window's status bar says so
and the typed text stays in its field); when it commits later the window reloads the debrief.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from fieldride.errors import DomainError
from fieldride.store import Store
from ui import saving
from ui.prompts import PromptService

T = TypeVar("T")
SAVE_DELAY_MS = 400
TextField = QLineEdit | QPlainTextEdit


def field_text(widget: TextField) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def set_field_text(widget: TextField, text: str) -> None:
    """Show ``text`` without it counting as a user edit (no save is scheduled)."""
    if field_text(widget) == text:
        return
    blocked = widget.blockSignals(True)
    try:
        if isinstance(widget, QLineEdit):
            widget.setText(text)
        else:
            widget.setPlainText(text)
    finally:
        widget.blockSignals(blocked)


class AutoSave(QObject):
    """Debounced saving of text fields (see module docstring)."""

    def __init__(self, parent: QObject | None = None, delay_ms: int = SAVE_DELAY_MS) -> None:
        super().__init__(parent)
        self._savers: dict[QWidget, Callable[[str], object]] = {}
        self._pending: set[QWidget] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)

    def watch(self, widget: TextField, save: Callable[[str], object]) -> None:
        self._savers[widget] = save
        widget.installEventFilter(self)
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _t, w=widget: self._touched(w))
            widget.editingFinished.connect(lambda w=widget: self.flush(w))
        else:
            widget.textChanged.connect(lambda w=widget: self._touched(w))
        widget.destroyed.connect(lambda *_a, w=widget: self._forget(w))

    def _forget(self, widget: QWidget) -> None:
        self._savers.pop(widget, None)
        self._pending.discard(widget)

    def _touched(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit | QPlainTextEdit) and widget.isReadOnly():
            return
        self._pending.add(widget)
        self._timer.start()

    @property
    def pending(self) -> bool:
        return bool(self._pending)

    def flush(self, only: QWidget | None = None) -> None:
        """Save every field edited since its last save (or only ``only``)."""
        for widget in [w for w in list(self._pending) if only is None or w is only]:
            self._pending.discard(widget)
            save = self._savers.get(widget)
            if save is not None and isinstance(widget, QLineEdit | QPlainTextEdit):
                save(field_text(widget))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QWidget):
            self.flush(watched)
        return False


def set_read_only(root: QWidget, read_only: bool) -> None:
    """Make every input under ``root`` read-only (text stays readable, not greyed) or editable
    again. Widgets with the property ``keep_enabled`` set are left alone."""
    for w in root.findChildren(QWidget):
        if w.property("keep_enabled"):
            continue
        if isinstance(w, QLineEdit | QPlainTextEdit):
            w.setReadOnly(read_only)
        elif isinstance(w, QAbstractSpinBox):
            w.setReadOnly(read_only)
            w.setButtonSymbols(
                QAbstractSpinBox.ButtonSymbols.NoButtons
                if read_only
                else QAbstractSpinBox.ButtonSymbols.UpDownArrows
            )
        elif isinstance(w, QComboBox | QAbstractButton):
            w.setEnabled(not read_only)


class DebriefPanel(QWidget):
    """Base of the debrief's parts. ``saved`` after a committed edit (text for the status bar),
    ``changed`` when something other parts or the step titles depend on changed."""

    saved = Signal(str)
    changed = Signal()

    def __init__(self, store: Store, prompts: PromptService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.prompts = prompts
        self.ride_id: int | None = None
        self.read_only = False
        self.autosave = AutoSave(self)

    def call(self, title: str, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """Run a core function through the store's queue; show a DomainError as a message
        titled ``title``. None when refused or when the write waits for the storage."""
        return self._write(title, fn, *args, **kwargs).value

    def attempt(self, title: str, fn: Callable[..., object], *args: Any, **kwargs: Any) -> bool:
        """Like :meth:`call` for core functions that return nothing: True when it committed."""
        return self._write(title, fn, *args, **kwargs).committed

    def waiting(self) -> bool:
        """True while writes wait for the storage (disk full…): what is on screen then is newer
        than the store, so a panel does not reload it after a write that did not commit."""
        return self.store.pending.failure is not None

    def _write(
        self, title: str, fn: Callable[..., T], *args: Any, **kwargs: Any
    ) -> saving.Written[T]:
        def refused(err: DomainError) -> None:
            self.prompts.error(title, str(err))

        operation = f"debrief: {fn.__name__}"
        return saving.run(self.store, operation, fn, *args, refused=refused, **kwargs)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        set_read_only(self, read_only)

    def flush(self) -> None:
        self.autosave.flush()
