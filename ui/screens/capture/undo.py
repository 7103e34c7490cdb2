"""Undoable capture edits: each command applies and reverts through the core.

Every command calls a ``fieldride.rides`` function in ``redo``/``undo`` (each commits before it
returns) and then tells its :class:`UndoSink` what changed (a :class:`Change`, with the
observation the core returned for ratings and evidence), so the screen refreshes the affected
piece without reading it again and shows "saved" only after the commit returned.

``QUndoStack.push`` calls ``redo`` from C++, where a Python exception cannot propagate (an
``OperationalError`` escaping there went to stderr and left the stack in a state where the next
push crashed the process): no exception leaves :meth:`_CoreCommand._run`. Commands catch
:class:`DomainError` (a locked ride, a call removed meanwhile), report it through
``sink.failed`` and mark themselves obsolete, so a refused edit never sits on the stack.

A write the storage refuses (disk full, read-only file, I/O error) is **pushed and retried**:
each command's write goes through the store's queue (``store.pending``) under a key naming what
it sets (this rating, this evidence, this note), the screen shows the edit as made but not saved
(``sink.held``), and the queue commits it when space returns (then ``sink.changed`` runs as for
any commit). Why pushed rather than dropped: the edit stays on screen, so the stack must know it,
or Ctrl+Z would take back the edit before it while the unsaved one stays shown. Undoing an edit
whose write still waits queues the "before" state under the same key, which replaces the waiting
write (every command sets a state, so the newest state of a thing is all that must reach the
disk); an added note whose insert still waits is simply dropped from the queue.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable
from datetime import UTC, datetime
from enum import Enum
from typing import NamedTuple, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from fieldride import rides
from fieldride.errors import DomainError
from fieldride.rides import Observation, QuickNote
from fieldride.store import Store
from ui.translation import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

EVIDENCE_MERGE_ID = 4001


class Change(Enum):
    """What a command changed; the value is how the save indicator names it."""

    RATING = "rating"
    EVIDENCE = "evidence"
    NOTE = "note"
    NOTE_REMOVED = "note removed"
    CALL_REMOVED = "call removed"


class Outcome(NamedTuple):
    """Where a command's change landed: the call and behaviour, and the observation as the core
    stored it (ratings and evidence)."""

    call_id: int | None = None
    behaviour_key: str | None = None
    observation: Observation | None = None


class UndoSink(Protocol):
    def changed(self, change: Change, outcome: Outcome, label: str) -> None:
        """A core call committed ``change``; refresh what shows it. ``label`` says what was saved
        in words: the change's name the first time, "undone: …"/"redone: …" with the command's
        text after an undo or redo (so the status never names an edit that was taken back)."""

    def failed(self, message: str) -> None:
        """The core refused the edit; ``message`` is a one-line reason for the user."""

    def held(self, change: Change, outcome: Outcome, label: str) -> None:
        """The storage refused the write (disk full…): show the edit as made, not as saved.
        ``outcome.observation`` (ratings, evidence) carries the intended values; ``label`` as
        for :meth:`changed`. :meth:`changed` follows once the write commits."""


UNEXPECTED = QT_TRANSLATE_NOOP(
    "CaptureUndo", "This edit could not be saved (an unexpected error; it is in the log)."
)
# How the save indicator names each change ("Saved 10:42 · rating"), translated where shown
CHANGE_WORDS = {
    Change.RATING: QT_TRANSLATE_NOOP("CaptureUndo", "rating"),
    Change.EVIDENCE: QT_TRANSLATE_NOOP("CaptureUndo", "evidence"),
    Change.NOTE: QT_TRANSLATE_NOOP("CaptureUndo", "note"),
    Change.NOTE_REMOVED: QT_TRANSLATE_NOOP("CaptureUndo", "note removed"),
    Change.CALL_REMOVED: QT_TRANSLATE_NOOP("CaptureUndo", "call removed"),
}


def _tr(text: str) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP in the "CaptureUndo" context) translated: the
    commands are not QObjects, so they have no ``self.tr``."""
    return QCoreApplication.translate("CaptureUndo", text)


class _CoreCommand(QUndoCommand):
    """Runs ``_apply(forward)`` through the store's write queue and reports the commit, the
    wait (storage refused) or the refusal (a rule) to the sink."""

    change: Change
    store: Store

    def __init__(self, sink: UndoSink, text: str) -> None:
        super().__init__(text)
        self.sink = sink
        self._done_once = False

    def _apply(self, forward: bool) -> Outcome:
        raise NotImplementedError

    def _key(self) -> Hashable:
        """What the write sets (a queued write under the same key is replaced by this one)."""
        return (type(self).__name__, id(self))

    def _intended(self, forward: bool) -> Outcome:
        """The outcome to show while the write waits (no stored observation yet)."""
        return Outcome()

    def _label(self, forward: bool) -> str:
        if forward and not self._done_once:
            return _tr(CHANGE_WORDS[self.change])
        if forward:
            return QCoreApplication.translate("CaptureUndo", "redone: {edit}").format(
                edit=self.text()
            )
        return QCoreApplication.translate("CaptureUndo", "undone: {edit}").format(edit=self.text())

    def _run(self, forward: bool) -> None:
        label = self._label(forward)
        self._done_once = True
        key = self._key()
        try:
            self.store.pending.attempt(
                f"capture: {type(self).__name__} ({'redo' if forward else 'undo'})",
                lambda: self._apply(forward),
                key=key,
                done=lambda outcome: self.sink.changed(self.change, outcome, label),
                refused=self._refused,
            )
        except Exception:  # a bug: reported, never out of redo()/undo() (C++ called them)
            log.exception("capture edit failed: %s", type(self).__name__)
            self.setObsolete(True)
            self.sink.failed(_tr(UNEXPECTED))
            return
        if self.store.pending.holds(key):
            self.sink.held(self.change, self._intended(forward), label)

    def _refused(self, err: DomainError) -> None:
        log.info("capture edit refused: %s", type(self).__name__)
        try:
            self.setObsolete(True)
        except RuntimeError:  # refused on a retry after the stack merged or dropped it
            log.debug("refused command no longer on the stack")
        self.sink.failed(str(err))

    def redo(self) -> None:
        self._run(True)

    def undo(self) -> None:
        self._run(False)


class RateCommand(_CoreCommand):
    """Rate a behaviour, mark it 'no opportunity' or clear it; undo restores the previous mark.
    Evidence is left alone (it has its own command)."""

    change = Change.RATING

    def __init__(
        self,
        store: Store,
        sink: UndoSink,
        call_id: int,
        key: str,
        before: Observation | None,
        level: int | None,
        no_opportunity: bool,
        text: str,
    ) -> None:
        super().__init__(sink, text)
        self.store, self.call_id, self.key = store, call_id, key
        self.before = (before.level, before.no_opportunity) if before else (None, False)
        self.after = (level, no_opportunity)

    def _key(self) -> Hashable:
        return ("rating", self.call_id, self.key)

    def _intended(self, forward: bool) -> Outcome:
        level, no_opp = self.after if forward else self.before
        return Outcome(self.call_id, self.key, _unsaved(self.call_id, self.key, level, no_opp))

    def _apply(self, forward: bool) -> Outcome:
        level, no_opp = self.after if forward else self.before
        obs = rides.set_observation(
            self.store, self.call_id, self.key, level=level, no_opportunity=no_opp
        )
        return Outcome(self.call_id, self.key, obs)


class EvidenceCommand(_CoreCommand):
    """Replace a behaviour's evidence text. Consecutive edits of the same evidence merge into one
    undo step (a typing session is undone as a whole)."""

    change = Change.EVIDENCE

    def __init__(
        self, store: Store, sink: UndoSink, call_id: int, key: str, old: str, new: str, title: str
    ) -> None:
        super().__init__(
            sink,
            QCoreApplication.translate("CaptureUndo", "Evidence for {behaviour}").format(
                behaviour=title
            ),
        )
        self.store, self.call_id, self.key = store, call_id, key
        self.old, self.new = old, new

    def id(self) -> int:
        return EVIDENCE_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, EvidenceCommand) or (other.call_id, other.key) != (
            self.call_id,
            self.key,
        ):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True

    def _key(self) -> Hashable:
        return ("evidence", self.call_id, self.key)

    def _intended(self, forward: bool) -> Outcome:
        obs = _unsaved(self.call_id, self.key, evidence=self.new if forward else self.old)
        return Outcome(self.call_id, self.key, obs)

    def _apply(self, forward: bool) -> Outcome:
        obs = rides.set_evidence(
            self.store, self.call_id, self.key, self.new if forward else self.old
        )
        return Outcome(self.call_id, self.key, obs)


class AddNoteCommand(_CoreCommand):
    """Add a quick note; undo removes it, redo brings the same note back."""

    change = Change.NOTE

    def __init__(
        self, store: Store, sink: UndoSink, ride_id: int, text: str, call_id: int | None
    ) -> None:
        super().__init__(sink, QCoreApplication.translate("CaptureUndo", "Quick note"))
        # ``note_text``, not ``text``: that would hide QUndoCommand.text() (the stack's label).
        self.store, self.ride_id, self.note_text, self.call_id = store, ride_id, text, call_id
        self.note_id: int | None = None
        self.noted_at = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")

    def waiting(self) -> bool:
        """True while the note's insert waits in the store's queue (not on disk yet)."""
        return self.note_id is None and self.store.pending.holds(self._key())

    def _run(self, forward: bool) -> None:
        if not forward and self.note_id is None and self.store.pending.cancel(self._key()):
            # the note never reached the disk: taking it back is dropping its waiting insert
            self.sink.changed(self.change, Outcome(), self._label(forward))
            return
        super()._run(forward)

    def _apply(self, forward: bool) -> Outcome:
        if self.note_id is None:
            note = rides.add_note(self.store, self.ride_id, self.note_text, self.call_id)
            self.note_id = note.id
        else:
            rides.delete_note(self.store, self.note_id, deleted=not forward)
        return Outcome()


class DeleteNoteCommand(_CoreCommand):
    change = Change.NOTE_REMOVED

    def __init__(self, store: Store, sink: UndoSink, note_id: int) -> None:
        super().__init__(sink, QCoreApplication.translate("CaptureUndo", "Remove note"))
        self.store, self.note_id = store, note_id

    def _key(self) -> Hashable:
        return ("note removed", self.note_id)

    def _apply(self, forward: bool) -> Outcome:
        rides.delete_note(self.store, self.note_id, deleted=forward)
        return Outcome()


class EditNoteCommand(_CoreCommand):
    change = Change.NOTE

    def __init__(self, store: Store, sink: UndoSink, note_id: int, old: str, new: str) -> None:
        super().__init__(sink, QCoreApplication.translate("CaptureUndo", "Edit note"))
        self.store, self.note_id, self.old, self.new = store, note_id, old, new

    def _key(self) -> Hashable:
        return ("note text", self.note_id)

    def _apply(self, forward: bool) -> Outcome:
        rides.edit_note(self.store, self.note_id, self.new if forward else self.old)
        return Outcome()


class RemoveCallCommand(_CoreCommand):
    """Remove a call (soft); undo brings it back with its ratings and evidence."""

    change = Change.CALL_REMOVED

    def __init__(self, store: Store, sink: UndoSink, call_id: int, title: str) -> None:
        super().__init__(
            sink,
            QCoreApplication.translate("CaptureUndo", "Remove call “{call}”").format(call=title),
        )
        self.store, self.call_id = store, call_id

    def _key(self) -> Hashable:
        return ("call removed", self.call_id)

    def _apply(self, forward: bool) -> Outcome:
        if forward:
            rides.remove_call(self.store, self.call_id)
        else:
            rides.restore_call(self.store, self.call_id)
        return Outcome(self.call_id)


def waiting_notes(stack: QUndoStack) -> list[QuickNote]:
    """The notes added on ``stack`` (and not undone) whose insert still waits for the disk,
    oldest first, as notes with negative ids (they have no row yet)."""
    found: list[QuickNote] = []
    for index in range(stack.index()):
        command = stack.command(index)
        if isinstance(command, AddNoteCommand) and command.waiting():
            found.append(
                QuickNote(
                    -(index + 1),
                    "",
                    command.ride_id,
                    command.call_id,
                    command.noted_at,
                    command.note_text,
                )
            )
    return found


def _unsaved(
    call_id: int,
    key: str,
    level: int | None = None,
    no_opportunity: bool = False,
    evidence: str = "",
) -> Observation:
    """An observation as the edit meant it, before it is stored (id 0, no stamp); the screen
    takes from it only what the command sets."""
    return Observation(0, call_id, key, level, no_opportunity, evidence, "")


class FunctionSink:
    """An :class:`UndoSink` from callables (for screens that are not sinks themselves)."""

    def __init__(
        self,
        on_changed: Callable[[Change, Outcome, str], None],
        on_failed: Callable[[str], None],
        on_held: Callable[[Change, Outcome, str], None] | None = None,
    ) -> None:
        self._changed, self._failed, self._held = on_changed, on_failed, on_held

    def changed(self, change: Change, outcome: Outcome, label: str) -> None:
        self._changed(change, outcome, label)

    def failed(self, message: str) -> None:
        self._failed(message)

    def held(self, change: Change, outcome: Outcome, label: str) -> None:
        if self._held is not None:
            self._held(change, outcome, label)
