"""The manager's private note, in a box that looks different from everything else on the
screen and says so: "Private — never shared". Its text goes to ``debriefs.set_private_note``
only; nothing seller-facing reads it. It stays editable on a locked ride (the core allows it:
the note is not part of what the seller acknowledged)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldride import debriefs, rides
from fieldride.store import Store
from ui.prompts import PromptService
from ui.screens.debrief.panel import DebriefPanel, set_field_text
from ui.translation import QT_TRANSLATE_NOOP
from ui.widgets.attachment_strip import AttachmentStrip

TITLE = QT_TRANSLATE_NOOP("PrivateNote", "Private — never shared")
# A warm tint mixed into the window colour: distinct in light and dark schemes alike.
TINT = QColor(230, 160, 30)
TINT_SHARE = 0.22


def _mix(base: QColor, tint: QColor, share: float) -> QColor:
    return QColor(
        round(base.red() * (1 - share) + tint.red() * share),
        round(base.green() * (1 - share) + tint.green() * share),
        round(base.blue() * (1 - share) + tint.blue() * share),
    )


class PrivateNoteBox(DebriefPanel):
    def __init__(self, store: Store, prompts: PromptService, parent: QWidget | None = None) -> None:
        super().__init__(store, prompts, parent)
        self.setObjectName("privateNote")
        self.frame = QFrame()
        self.frame.setFrameShape(QFrame.Shape.Box)
        self.frame.setLineWidth(2)
        self.frame.setAutoFillBackground(True)
        self._tint()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.frame)
        layout = QVBoxLayout(self.frame)
        layout.setContentsMargins(10, 6, 10, 8)
        self.title = QLabel(
            self.tr("{title}: only you see this box").format(
                title=QCoreApplication.translate("PrivateNote", TITLE).upper()
            )
        )
        self.title.setProperty("role", "subheading")
        self.title.setToolTip(
            self.tr(
                "Only you see this note. It is never printed, exported to the seller's summary or "
                "shown in the acknowledgement."
            )
        )
        layout.addWidget(self.title)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Private manager note, never shared"))
        self.text.setPlaceholderText(
            self.tr("Your own notes about this ride. The seller never sees them.")
        )
        self.text.setTabChangesFocus(True)
        self.text.setProperty("keep_enabled", True)
        layout.addWidget(self.text)
        self.files = AttachmentStrip(store, prompts, private=True)
        self.files.attach_requested.connect(self._attach)
        self.files.remove_requested.connect(self._remove)
        for widget in (self.files.attach_button, self.files.list):
            widget.setProperty("keep_enabled", True)  # the note's files change after the lock too
        layout.addWidget(self.files)
        self.autosave.watch(self.text, self._save)

    def _tint(self) -> None:
        """The box's colours from the application's current palette (set again when the scheme
        changes: a tint fixed at start kept the light beige under dark mode's white title)."""
        palette = QApplication.palette()
        window = palette.color(QPalette.ColorRole.Window)
        palette.setColor(QPalette.ColorRole.Window, _mix(window, TINT, TINT_SHARE))
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.Text))
        self.frame.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            # after the style sheet is applied again too: unpolishing restores the palette the
            # frame had before (the old tint), so the new one is set once that is done
            QTimer.singleShot(0, self, self._tint)
        super().changeEvent(event)

    def load(self, ride_id: int) -> None:
        self.ride_id = ride_id
        set_field_text(self.text, debriefs.get_private_note(self.store, ride_id))
        self._show_files()

    def _show_files(self) -> None:
        """The private note's files (allowed on a locked ride, like the note; not on a ride
        that is read-only here)."""
        if self.ride_id is None:
            return
        found = rides.list_attachments(self.store, self.ride_id, include_private=True)
        ride = rides.get_ride(self.store, self.ride_id)
        self.files.show_attachments([a for a in found if a.private], editable=not ride.read_only)

    def _attach(self, path: Path, _for_behaviour: bool = False) -> None:
        if self.ride_id is not None and self.attempt(
            self.tr("File not attached"),
            rides.attach_file,
            self.store,
            self.ride_id,
            path,
            private=True,
        ):
            self._show_files()
            self.saved.emit(self.tr("file attached to the private note"))

    def _remove(self, attachment_id: int) -> None:
        if self.attempt(self.tr("Attachment"), rides.remove_attachment, self.store, attachment_id):
            self._show_files()
            self.saved.emit(self.tr("private file removed"))

    def _save(self, text: str) -> None:
        if self.ride_id is None:
            return
        if self.attempt(
            "Private note not saved", debriefs.set_private_note, self.store, self.ride_id, text
        ):
            self.saved.emit(self.tr("private note"))
