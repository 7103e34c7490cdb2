"""Capture: observe a ride call by call — rate behaviours by keyboard, write evidence, jot notes.

Layout: calls on the left; the rating grid (focus behaviours first) and the evidence editor in
the middle; guidance for the current behaviour and the quick notes on the right; the quick-note
line across the bottom.

Saving: every edit goes through the core at once (evidence 400 ms after the last keystroke, and
on focus-out, hide, close and when the app is deactivated); ``saving`` is emitted while typed text
waits for its commit, ``saved`` only after the core call returned. A quick note typed but not
entered is kept as the ride's draft (``rides.save_note_draft``, same timing as evidence) and comes
back in the note line when the ride is opened again, after a quit or a crash. Undo/redo (Ctrl+Z, Ctrl+Shift+Z) run through ``ui.screens.capture.undo`` commands that call
the core to apply and revert. The position (call and behaviour) is saved on every move, so the
ride reopens exactly there. Refusals (a locked ride) are shown in place, never as a traceback.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldride import rides
from fieldride.debriefs import commitments
from fieldride.errors import DomainError
from fieldride.rides import Call, Observation, RideSheet
from fieldride.store import Store, classify, error_name
from ui import saving as write_queue
from ui import settings
from ui.prompts import PromptService
from ui.screens.capture import undo
from ui.screens.capture.call_list import ADD_CALL_SHORTCUT, CallList
from ui.screens.capture.calls import CallEditor
from ui.screens.capture.commitments_panel import CommitmentsPanel
from ui.screens.capture.evidence import IDLE_MS, EvidenceEditor
from ui.screens.capture.guidance_panel import GuidancePanel
from ui.screens.capture.header import DEBRIEF_SHORTCUT, CaptureHeader
from ui.screens.capture.quick_note_bar import NOTE_SHORTCUT, NoteList, QuickNoteBar
from ui.screens.capture.rating_grid import RatingGrid
from ui.translation import QT_TRANSLATE_NOOP, ui_keys
from ui.widgets.attachment_strip import AttachmentStrip

if TYPE_CHECKING:
    from ui.screens.capture.call_dialog import CallDialog

log = logging.getLogger(__name__)
ATTACH_SHORTCUT = "Ctrl+Shift+F"  # F: file

# The position is saved this long after the last move (and at once on hide/close/deactivation),
# so a rating keystroke pays one commit, not two (rating + position).
POSITION_DELAY_MS = 250
GUIDANCE_MIN_WIDTH = 200  # px; a narrower window grows instead (MainWindow._fit_minimum_width)
NOTE_WAITING = QT_TRANSLATE_NOOP(
    "CaptureScreen",
    "This note is not saved yet (see the status bar): undo (Ctrl+Z) takes it back; it can be "
    "changed once it is saved.",
)
STARTING_CALL_FAILED = QT_TRANSLATE_NOOP(
    "CaptureScreen",
    "The first call could not be started: the data file cannot be written just now (see the "
    "status bar). Nothing was rated; try again once it is saved.",
)  # px; a narrower window grows instead (MainWindow._fit_minimum_width)

KEYS_HINT = QT_TRANSLATE_NOOP(
    "CaptureScreen",
    "Digits rate and move on · N no opportunity · Del clear · ↑ ↓ Tab move · ← → previous/next "
    "call · Enter evidence (Esc back) · {note} quick note · {undo} undo · {redo} redo · "
    "{debrief} debrief",
)


class CaptureScreen(QWidget):
    saved = Signal(str)  # after a commit returned: what was saved, in words
    saving = Signal()  # typed text is waiting for its commit
    debrief_requested = Signal(int)

    def __init__(self, store: Store, prompts: PromptService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.prompts = prompts
        self.sheet: RideSheet | None = None
        self.call_id: int | None = None
        self.observations: dict[tuple[int, str], Observation] = {}
        self.undo_stack = QUndoStack(self)
        self.sink = undo.FunctionSink(self._changed, self._failed, self._write_held)
        self._grid_version: tuple[int, tuple[str, ...]] | None = None
        self._return_focus: QWidget | None = None
        self.call_editor = CallEditor(store, self, self._call_saved, self._failed)
        self._position_timer = QTimer(self)
        self._position_timer.setSingleShot(True)
        self._position_timer.setInterval(POSITION_DELAY_MS)
        self._position_timer.timeout.connect(self.save_position)
        self._draft_saved = ""  # the note draft as stored for the open ride
        self._draft_loading = False
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(IDLE_MS)
        self._draft_timer.timeout.connect(self.save_note_draft)
        self._build()
        self._shortcuts()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._app_state)
            app.aboutToQuit.connect(self.flush)

    # --- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        # Each container is put in its place before it is filled, and each panel is made with
        # its parent: under the application's style sheet Qt restyles a widget's whole subtree
        # whenever the widget is given a parent, so a tree built bottom-up and attached at the
        # end is restyled once per level.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 10)
        outer.setSpacing(8)
        self.header = CaptureHeader(self)
        self.header.bind_undo(self.undo_stack)
        self.header.undo_button.clicked.connect(self.undo)
        self.header.redo_button.clicked.connect(self.redo)
        self.header.debrief_button.clicked.connect(self.request_debrief)
        outer.addWidget(self.header)

        splitter = QSplitter()  # horizontal
        settings.remember_layout(splitter)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter, 1)
        self.calls = CallList(splitter)
        self.calls.setMinimumWidth(210)
        splitter.addWidget(self.calls)
        middle = QWidget()
        splitter.addWidget(middle)
        mid = QVBoxLayout(middle)
        mid.setContentsMargins(0, 0, 0, 0)
        mid.setSpacing(6)
        self.call_header = QLabel()
        self.call_header.setObjectName("callHeader")
        self.call_header.setWordWrap(True)
        mid.addWidget(self.call_header)
        self.grid = RatingGrid(middle)
        mid.addWidget(self.grid, 1)
        self.evidence = EvidenceEditor(middle)
        mid.addWidget(self.evidence)
        right = QWidget()
        splitter.addWidget(right)
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        # made in the order they are laid out: the order Tab goes through them
        self.guidance = GuidancePanel(right)
        self.to_verify = CommitmentsPanel(right)
        self.notes = NoteList(right)
        # a floor for the column, not a cap: its own content (a heading as wide as "Zu prüfende
        # Vereinbarungen (1)") keeps it wider; a minimum set on the column itself let the
        # splitter cut that heading off in a narrow German window
        self.guidance.setMinimumWidth(GUIDANCE_MIN_WIDTH)
        side.addWidget(self.guidance, 3)
        side.addWidget(self.to_verify, 1)
        side.addWidget(self.notes, 1)
        # Beside the notes, not under the grid: the grid keeps its rows on a small screen.
        self.attachments = AttachmentStrip(self.store, self.prompts, right)
        side.addWidget(self.attachments)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([230, 560, 380])
        self.note_bar = QuickNoteBar(self)
        outer.addWidget(self.note_bar)
        hint = QLabel(
            self.tr(KEYS_HINT).format(
                note=ui_keys(NOTE_SHORTCUT),
                undo=ui_keys("Ctrl+Z"),
                redo=ui_keys("Ctrl+Shift+Z"),
                debrief=ui_keys(DEBRIEF_SHORTCUT),
            )
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        outer.addWidget(hint)

        self.grid.rate_requested.connect(lambda k, v: self._mark(k, v, False))
        self.grid.no_opportunity_requested.connect(lambda k: self._mark(k, None, True))
        self.grid.clear_requested.connect(lambda k: self._mark(k, None, False))
        self.grid.current_changed.connect(self._behaviour_changed)
        self.grid.evidence_requested.connect(lambda _k: self.evidence.edit())
        self.grid.call_step_requested.connect(self.calls.step)
        self.grid.rating_refused.connect(self._rating_refused)
        # Digits and N typed while a list has the keyboard (a call just clicked) rate too.
        self.calls.list.installEventFilter(self)
        self.notes.list.installEventFilter(self)
        self.evidence.evidence_committed.connect(self._evidence_committed)
        self.evidence.finished.connect(self.focus_grid)
        self.evidence.pending_started.connect(self.saving)
        self.evidence.settled.connect(lambda: self.saved.emit(self.tr("evidence unchanged")))
        self.note_bar.line.textChanged.connect(self._draft_typed)
        self.calls.call_selected.connect(self._select_call)
        self.calls.add_requested.connect(self.add_call)
        self.calls.edit_requested.connect(self.edit_call)
        self.calls.remove_requested.connect(self.remove_call)
        self.calls.move_requested.connect(self.move_call)
        self.note_bar.note_submitted.connect(self.add_note)
        self.note_bar.cancelled.connect(self._note_cancelled)
        self.notes.remove_requested.connect(self.remove_note)
        self.notes.edit_requested.connect(self.edit_note)
        self.attachments.attach_requested.connect(self.attach_file)
        self.attachments.remove_requested.connect(self.remove_attachment)

    def _shortcuts(self) -> None:
        """The capture keys. Each says what it does (``whatsThis``: Help ▸ Keyboard shortcuts
        lists them). The undo/redo keys are kept in ``undo_keys``: in the main window the
        Edit menu's actions own those keys and switch these off."""
        self.undo_keys: list[QShortcut] = []
        for keys, slot, what in (
            (NOTE_SHORTCUT, self.start_note, "Capture: quick note"),
            ("Ctrl+Z", self.undo, "Capture: undo"),
            ("Ctrl+Shift+Z", self.redo, "Capture: redo"),
            ("Ctrl+Y", self.redo, "Capture: redo"),
            (ADD_CALL_SHORTCUT, self.add_call, "Capture: add a call"),
            (DEBRIEF_SHORTCUT, self.request_debrief, "Capture: go to the debrief"),
            (ATTACH_SHORTCUT, self.attachments.choose_file, "Capture: attach a file to the call"),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setWhatsThis(what)
            shortcut.activated.connect(slot)
            if slot in (self.undo, self.redo):
                self.undo_keys.append(shortcut)
            if slot == self.request_debrief:
                self.debrief_key = shortcut  # File ▸ Debrief owns the key in the window

    # --- opening a ride ----------------------------------------------------------------------
    @property
    def ride_id(self) -> int | None:
        return self.sheet.ride.id if self.sheet else None

    def open_ride(
        self, ride_id: int, call_id: int | None = None, behaviour_key: str | None = None
    ) -> None:
        """Show ``ride_id`` at ``call_id``/``behaviour_key`` (default: where it was left)."""
        self.flush()
        if ride_id != self.ride_id:
            self.undo_stack.clear()
        sheet = rides.ride_sheet(self.store, ride_id)
        self.sheet = sheet
        ride = sheet.ride
        self.observations = dict(sheet.observations)
        self.header.set_ride(ride, {b.key: b.title for b in sheet.behaviours})
        grid_key = (sheet.version.id, ride.focus)
        if grid_key != self._grid_version:
            self.grid.set_behaviours(
                sheet.behaviours, sheet.sections, ride.focus, sheet.version.card.scale
            )
            self.guidance.set_scale(sheet.version.card.scale)
            self._grid_version = grid_key
        ids = [c.id for c in sheet.calls]
        wanted = call_id if call_id is not None else ride.resume_call_id
        self.call_id = wanted if wanted in ids else (ids[0] if ids else None)
        self._refresh_calls()
        self.notes.set_notes(sheet.notes)
        self.to_verify.set_commitments(
            commitments.due_for_verification(self.store, ride.id), ride.id
        )
        self._load_note_draft(ride.id)
        self._show_call(self.call_id, behaviour_key or ride.resume_behaviour_key)
        self._set_locked(ride.frozen)
        self.guidance.flush()  # an opened ride shows its guidance at once, not a turn later
        self.focus_grid()

    def _set_locked(self, locked: bool) -> None:
        read_only = locked or self.call_id is None
        self.grid.set_read_only(read_only)
        self.evidence.set_read_only(read_only)
        self.calls.set_read_only(locked)
        self.note_bar.setEnabled(not locked)
        self.notes.setEnabled(not locked)
        why = self.sheet.ride.read_only_message if self.sheet is not None else ""
        if why:
            self.header.show_message(why)
        elif locked:
            self.header.show_message(
                self.tr(
                    "This ride was acknowledged by the seller and is locked: it is shown "
                    "read-only. Reopen it from the debrief to change it."
                )
            )
        else:
            self.header.hide_message()

    # --- the calls ---------------------------------------------------------------------------
    @property
    def call_dialog(self) -> CallDialog | None:
        """The add/edit call dialog opened last (None before the first)."""
        return self.call_editor.dialog

    def _progress(self) -> dict[int, int]:
        out: dict[int, int] = {}
        for (call_id, _k), obs in self.observations.items():
            if obs.level is not None or obs.no_opportunity:
                out[call_id] = out.get(call_id, 0) + 1
        return out

    def _refresh_calls(self) -> None:
        assert self.sheet is not None
        total = len(self.sheet.behaviours)
        self.calls.set_calls(self.sheet.calls, self._progress(), total, self.call_id)

    def _reload_calls(self, select: int | None) -> None:
        if self.sheet is None:
            return
        self.sheet = rides.ride_sheet(self.store, self.sheet.ride.id)
        self.observations = dict(self.sheet.observations)
        ids = [c.id for c in self.sheet.calls]
        if select not in ids:
            select = ids[0] if ids else None
        self.call_id = select
        self._refresh_calls()
        self._show_call(select)
        self._set_locked(self.sheet.ride.frozen)

    def _find_call(self, call_id: int | None) -> Call | None:
        calls = self.sheet.calls if self.sheet else ()
        return next((c for c in calls if c.id == call_id), None)

    def add_call(self) -> None:
        if self.sheet is not None and not self.sheet.ride.frozen:
            self.call_editor.open(self.sheet.ride.id, None)

    def edit_call(self, call_id: int) -> None:
        call = self._find_call(call_id)
        if call is not None and self.sheet is not None and not self.sheet.ride.frozen:
            self.call_editor.open(self.sheet.ride.id, call)

    def _call_saved(self, call: Call, added: bool) -> None:
        self.saved.emit(self.tr("call"))
        self._reload_calls(call.id)
        if added:
            self.grid.set_current(0)  # a new call is rated from the top
        self.focus_grid()

    def move_call(self, call_id: int, new_index: int) -> None:
        def moved(_result: object) -> None:
            self.saved.emit(self.tr("call order"))
            self._reload_calls(call_id)

        self.store.pending.attempt(
            "capture: move call",
            lambda: rides.move_call(self.store, call_id, new_index),
            key=("call order", call_id),
            done=moved,
            refused=lambda err: self._failed(str(err)),
        )

    def remove_call(self, call_id: int) -> None:
        """Remove a call; one holding ratings or evidence is confirmed first, and the message
        after it says how to bring it back (Ctrl+Z: undo restores it with everything in it)."""
        call = self._find_call(call_id)
        if call is None:
            return
        self.evidence.flush()
        held = self._held(call_id)
        if held and not self.prompts.confirm(
            self.tr("Remove call"),
            self.tr(
                "Remove “{call}” and its {held}?\n\nUndo (Ctrl+Z) brings it back with them."
            ).format(call=call.title, held=held),
        ):
            return
        self.undo_stack.push(undo.RemoveCallCommand(self.store, self.sink, call_id, call.title))
        if self._find_call(call_id) is None:  # removed (not refused)
            removed = (
                self.tr("Removed “{call}” with its {held}. Undo (Ctrl+Z) brings it back.")
                if held
                else self.tr("Removed “{call}”. Undo (Ctrl+Z) brings it back.")
            )
            self.header.show_message(removed.format(call=call.title, held=held))

    def _held(self, call_id: int) -> str:
        """What a call holds, in words ("3 ratings and 1 evidence note"), '' if nothing."""
        marked = evidence = 0
        for (c, _k), obs in self.observations.items():
            if c == call_id:
                marked += obs.level is not None or obs.no_opportunity
                evidence += bool(obs.evidence.strip())
        ratings = self.tr("%n rating(s)", "", marked)
        notes = self.tr("%n evidence note(s)", "", evidence)
        if marked and evidence:
            return self.tr("{ratings} and {notes}").format(ratings=ratings, notes=notes)
        return ratings if marked else notes if evidence else ""

    def _current_call(self) -> Call | None:
        return self._find_call(self.call_id)

    def _show_call(self, call_id: int | None, key: str | None = None) -> None:
        self.evidence.flush()
        self.call_id = call_id
        call = self._current_call()
        if call is None:
            self.call_header.setText(self.tr("No call yet: add the first call to start rating."))
        else:
            n = [c.id for c in self.sheet.calls].index(call.id) + 1 if self.sheet else 0
            total = len(self.sheet.calls) if self.sheet else 0
            line = (
                self.tr("Call {n} of {total} · {call} · {time}")
                if call.call_time
                else self.tr("Call {n} of {total} · {call}")
            ).format(n=n, total=total, call=call.title, time=call.call_time)
            if call.objective:
                line = self.tr("{line}\nObjective: {objective}").format(
                    line=line, objective=call.objective
                )
            self.call_header.setText(line)
        self.grid.set_observations(
            {k: o for (c, k), o in self.observations.items() if c == call_id}
        )
        self.grid.set_read_only(call is None or bool(self.sheet and self.sheet.ride.frozen))
        self._show_attachments()
        self.grid.set_current_key(key or self.grid.current_key())
        self._behaviour_changed(self.grid.current_key() or "")

    # --- attachments ----------------------------------------------------------------------------
    def _show_attachments(self) -> None:
        if self.sheet is None:
            return
        ride = self.sheet.ride
        self.attachments.set_labels({b.key: b.title for b in self.sheet.behaviours})
        found = [
            a for a in rides.list_attachments(self.store, ride.id) if a.call_id == self.call_id
        ]
        self.attachments.show_attachments(
            found, editable=self.call_id is not None and not ride.frozen
        )

    def attach_file(self, path: Path, for_behaviour: bool = False) -> None:
        """Attach the file to the current call (and behaviour); a refusal (too large, locked)
        is shown in words, nothing is attached."""
        if self.sheet is None or self.call_id is None:
            return
        key = self.grid.current_key() if for_behaviour else None
        write_queue.run(
            self.store,
            "capture: attach a file",
            rides.attach_file,
            self.store,
            self.sheet.ride.id,
            path,
            call_id=self.call_id,
            behaviour_key=key or None,
            refused=lambda err: self.prompts.error(self.tr("File not attached"), str(err)),
            done=lambda _a: self._attachment_saved(self.tr("file attached")),
        )

    def remove_attachment(self, attachment_id: int) -> None:
        write_queue.run(
            self.store,
            "capture: remove an attachment",
            rides.remove_attachment,
            self.store,
            attachment_id,
            refused=lambda err: self.prompts.error(self.tr("Attachment"), str(err)),
            done=lambda _r: self._attachment_saved(self.tr("attachment removed")),
        )

    def _attachment_saved(self, what: str) -> None:
        self._show_attachments()
        self.saved.emit(what)

    def _select_call(self, call_id: int) -> None:
        if call_id != self.call_id:
            self._show_call(call_id)

    # --- ratings and evidence ----------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """A digit or N on the call or note list goes to the grid (and the keyboard with it)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self._rating_key(event)
        ):
            self.focus_grid()
            self.grid.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _rating_key(event: QKeyEvent) -> bool:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        text = event.text()
        return (len(text) == 1 and text.isdigit()) or event.key() == Qt.Key.Key_N

    def _rating_refused(self, key: str, level: int | None) -> None:
        """A rating on a read-only grid: on a ride without calls it starts call 1 and rates it
        (the first digit is the start of the ride); a locked ride already says why."""
        if self.sheet is None or self.sheet.ride.frozen or self.call_id is not None:
            return
        try:
            call = rides.add_call(self.store, self.sheet.ride.id)
        except DomainError as err:
            self._failed(str(err))
            return
        except Exception as err:  # the storage refused: nothing to rate into yet
            if classify(err) is None:
                raise
            self.store.db.rollback()
            self._failed(self.tr(STARTING_CALL_FAILED))
            log.error("capture: first call not added (%s)", error_name(err))
            return
        self.saved.emit(self.tr("call"))
        self._reload_calls(call.id)
        self.grid.set_current_key(key)
        self._mark(key, level, level is None)
        self.grid.set_current(self.grid.current + 1)
        self.header.show_message(
            self.tr(
                "Started call 1 ({call}). Edit… in the call list names the account; {keys} adds "
                "the next call."
            ).format(call=call.title, keys=ui_keys(ADD_CALL_SHORTCUT))
        )

    def _title(self, key: str) -> str:
        b = next((b for b in self.sheet.behaviours if b.key == key), None) if self.sheet else None
        return b.title if b else key

    def _mark(self, key: str, level: int | None, no_opportunity: bool) -> None:
        if self.call_id is None:
            self.header.show_message(
                self.tr("Add a call first ({keys}).").format(keys=ui_keys(ADD_CALL_SHORTCUT))
            )
            return
        before = self.observations.get((self.call_id, key))
        unchanged = (before.level, before.no_opportunity) if before else (None, False)
        if unchanged == (level, no_opportunity):
            self.saved.emit(self.tr("rating"))  # nothing to write: what is shown is what is stored
            return
        # the undo command's name, as Edit ▸ Undo shows it ("Undo Rate Opening 3")
        if level is not None:
            what = self.tr("Rate {behaviour} {level}").format(
                behaviour=self._title(key), level=level
            )
        elif no_opportunity:
            what = self.tr("No opportunity: {behaviour}").format(behaviour=self._title(key))
        else:
            what = self.tr("Clear rating")
        self.undo_stack.push(
            undo.RateCommand(
                self.store, self.sink, self.call_id, key, before, level, no_opportunity, what
            )
        )

    def _evidence_committed(self, call_id: int, key: str, old: str, new: str) -> None:
        self.undo_stack.push(
            undo.EvidenceCommand(self.store, self.sink, call_id, key, old, new, self._title(key))
        )

    def _behaviour_changed(self, key: str) -> None:
        if self.sheet is None:
            return
        b = next((b for b in self.sheet.behaviours if b.key == key), None)
        obs = self.observations.get((self.call_id, key)) if self.call_id else None
        self.guidance.show_behaviour(
            b, self.sheet.sections.get(key, ""), key in self.sheet.ride.focus, obs
        )
        self.evidence.bind(
            self.call_id, key if b else None, b.title if b else "", obs.evidence if obs else ""
        )
        self._position_timer.start()

    def save_position(self) -> None:
        """Remember the current call and behaviour in the store (the ride reopens there)."""
        self._position_timer.stop()
        if self.sheet is not None:
            ride_id, call_id, key = self.sheet.ride.id, self.call_id, self.grid.current_key()
            self.store.pending.attempt(
                "capture: position",
                lambda: rides.save_position(self.store, ride_id, call_id, key),
                key=("position", ride_id),
                refused=lambda _err: None,  # a locked ride keeps its old place: nothing to say
            )

    # --- notes -------------------------------------------------------------------------------
    def start_note(self) -> None:
        if self.sheet is None or self.sheet.ride.frozen:
            return
        focused = QApplication.focusWidget()
        if focused is not None and focused is not self.note_bar.line:
            self._return_focus = focused
        self.note_bar.start()

    def _give_back_focus(self) -> None:
        target = self._return_focus
        self._return_focus = None
        if target is not None and target.isVisible():
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.focus_grid()

    def add_note(self, text: str) -> None:
        if self.sheet is not None:
            self.undo_stack.push(
                undo.AddNoteCommand(self.store, self.sink, self.sheet.ride.id, text, self.call_id)
            )
            if self.store.pending:  # waiting: shown once the stack holds it (push runs it first)
                self._show_notes()
            self._write_note_draft("")  # entered: no longer a draft
        self._give_back_focus()

    def _note_cancelled(self) -> None:
        self.save_note_draft()  # Esc emptied the line on purpose: forget the draft too
        self._give_back_focus()

    # --- the unentered quick note (draft) -----------------------------------------------------
    def _load_note_draft(self, ride_id: int) -> None:
        self._draft_saved = rides.note_draft(self.store, ride_id)
        self._draft_loading = True
        self.note_bar.line.setText(self._draft_saved)
        self._draft_loading = False

    def _draft_typed(self, text: str) -> None:
        if self._draft_loading or self.sheet is None:
            return
        if text == self._draft_saved:
            self._draft_timer.stop()
            return
        if not self._draft_timer.isActive():
            self.saving.emit()
        self._draft_timer.start()

    def save_note_draft(self) -> None:
        """Store the note line's text as the open ride's draft if it changed."""
        self._draft_timer.stop()
        text = self.note_bar.line.text()
        if self.sheet is not None and text != self._draft_saved:
            self._write_note_draft(text, report=True)

    def _write_note_draft(self, text: str, report: bool = False) -> None:
        """Queue the draft (the newest one replaces a draft still waiting for space);
        ``_draft_saved`` follows only the commit, so a draft that did not reach the disk is
        written again by the next flush as well as by the queue."""
        assert self.sheet is not None
        ride_id = self.sheet.ride.id

        def written(_result: object) -> None:
            if self.sheet is not None and self.sheet.ride.id == ride_id:
                self._draft_saved = text
            if report:
                self.saved.emit(self.tr("note draft"))

        self.store.pending.attempt(
            "capture: note draft",
            lambda: rides.save_note_draft(self.store, ride_id, text),
            key=("note draft", ride_id),
            done=written,
            refused=lambda err: self._failed(str(err)),
        )

    def remove_note(self, note_id: int) -> None:
        if note_id < 0:
            self._failed(self.tr(NOTE_WAITING))
            return
        self.undo_stack.push(undo.DeleteNoteCommand(self.store, self.sink, note_id))

    def edit_note(self, note_id: int) -> None:
        note = next((n for n in self.notes.notes if n.id == note_id), None)
        if note is None:
            return
        if note_id < 0:
            self._failed(self.tr(NOTE_WAITING))
            return
        text = self.prompts.ask_text(self.tr("Edit note"), self.tr("Note"), note.text)
        if text is not None and text.strip() and text != note.text:
            self.undo_stack.push(
                undo.EditNoteCommand(self.store, self.sink, note_id, note.text, text)
            )

    # --- undo sink ---------------------------------------------------------------------------
    def _changed(self, change: undo.Change, outcome: undo.Outcome, label: str) -> None:
        """A core call committed: refresh what shows it, then report it saved as ``label``."""
        if self.sheet is None:
            return
        call_id, key, obs = outcome
        if (
            call_id is not None
            and self._find_call(call_id) is None
            and change is not (undo.Change.CALL_REMOVED)
        ):
            self.saved.emit(label)  # a waiting write of a ride no longer shown reached the disk
            return
        if change is undo.Change.CALL_REMOVED:
            self._reload_calls(self.call_id)
        elif change in (undo.Change.NOTE, undo.Change.NOTE_REMOVED):
            self._show_notes()
        elif call_id is not None and key is not None:
            self._show_observation(call_id, key, obs)
        if not self.sheet.ride.frozen:
            self.header.hide_message()
        self.saved.emit(label)

    def _show_observation(self, call_id: int, key: str, obs: Observation | None) -> None:
        if obs is not None:  # as the core stored it (or as the edit meant it): no second read
            self.observations[(call_id, key)] = obs
        if call_id != self.call_id:
            self.calls.select(call_id)
        self.grid.set_observation(key, obs)
        if key == self.grid.current_key():
            self._behaviour_changed(key)
        self._refresh_calls()

    def _show_notes(self) -> None:
        """The ride's stored notes, then those whose insert still waits for space."""
        assert self.sheet is not None
        stored = rides.list_notes(self.store, self.sheet.ride.id)
        self.notes.set_notes([*stored, *undo.waiting_notes(self.undo_stack)])

    def _write_held(self, change: undo.Change, outcome: undo.Outcome, label: str) -> None:
        """The storage refused the write: show the edit as made (the window's status says it
        is not saved); the queue commits it later and :meth:`_changed` follows."""
        if self.sheet is None:
            return
        call_id, key, meant = outcome
        if (
            call_id is not None
            and key is not None
            and meant is not None
            and self._find_call(call_id)
        ):
            shown = self.observations.get((call_id, key)) or meant
            if change is undo.Change.RATING:
                shown = shown._replace(level=meant.level, no_opportunity=meant.no_opportunity)
            elif change is undo.Change.EVIDENCE:
                shown = shown._replace(evidence=meant.evidence)
            self._show_observation(call_id, key, shown)
        elif change is undo.Change.NOTE:
            self._show_notes()
        log.info("capture edit waits for the disk: %s", change.value)

    def _failed(self, message: str) -> None:
        self.header.show_message(message)

    # --- commands ----------------------------------------------------------------------------
    def undo(self) -> None:
        self.evidence.flush()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.evidence.flush()
        self.undo_stack.redo()

    def focus_grid(self) -> None:
        self.grid.setFocus()  # Qt's default reason: OtherFocusReason

    def request_debrief(self) -> None:
        self.flush()
        if self.sheet is not None:
            self.debrief_requested.emit(self.sheet.ride.id)

    def set_debrief_available(self, available: bool) -> None:
        self.header.debrief_button.setVisible(available)

    def flush(self) -> None:
        """Commit anything typed and not saved yet, and the position (called on hide, close,
        deactivation, and before another ride opens)."""
        self.evidence.flush()
        self.save_note_draft()
        if self._position_timer.isActive():
            self.save_position()

    def _app_state(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.flush()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self.flush()
        super().hideEvent(event)
