"""Undoable capture edits: each command applies and reverts through the core.

Every command calls a ``fieldride.rides`` function in ``redo``/``undo`` (each commits before it
returns) and then tells its :class:`UndoSink` what changed (a :class:`Change`, with the
observation the core returned for ratings and evidence), so the screen refreshes the affected
piece without reading it again and shows "saved" only after the commit returned.

``QUndoStack.push`` calls ``redo`` from C++, where a Python exception cannot propagate: commands
catch :class:`DomainError` (a locked ride, a call removed meanwhile), report it through
``sink.failed`` and mark themselves obsolete, so a refused edit never sits on the stack.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum
from typing import NamedTuple, Protocol

from PySide6.QtGui import QUndoCommand

from fieldride import rides
from fieldride.errors import DomainError
from fieldride.rides import Observation
from fieldride.store import Store

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


class _CoreCommand(QUndoCommand):
    """Runs ``_apply(forward)`` and reports success or refusal to the sink."""

    change: Change

    def __init__(self, sink: UndoSink, text: str) -> None:
        super().__init__(text)
        self.sink = sink
        self._done_once = False

    def _apply(self, forward: bool) -> Outcome:
        raise NotImplementedError

    def _run(self, forward: bool) -> None:
        try:
            outcome = self._apply(forward)
        except DomainError as err:
            log.info("capture edit refused: %s", type(self).__name__)
            self.setObsolete(True)
            self.sink.failed(str(err))
            return
        if forward and not self._done_once:
            label = self.change.value
        else:
            label = f"{'redone' if forward else 'undone'}: {self.text()}"
        self._done_once = True
        self.sink.changed(self.change, outcome, label)

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
        super().__init__(sink, f"Evidence for {title}")
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
        super().__init__(sink, "Quick note")
        # ``note_text``, not ``text``: that would hide QUndoCommand.text() (the stack's label).
        self.store, self.ride_id, self.note_text, self.call_id = store, ride_id, text, call_id
        self.note_id: int | None = None

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
        super().__init__(sink, "Remove note")
        self.store, self.note_id = store, note_id

    def _apply(self, forward: bool) -> Outcome:
        rides.delete_note(self.store, self.note_id, deleted=forward)
        return Outcome()


class EditNoteCommand(_CoreCommand):
    change = Change.NOTE

    def __init__(self, store: Store, sink: UndoSink, note_id: int, old: str, new: str) -> None:
        super().__init__(sink, "Edit note")
        self.store, self.note_id, self.old, self.new = store, note_id, old, new

    def _apply(self, forward: bool) -> Outcome:
        rides.edit_note(self.store, self.note_id, self.new if forward else self.old)
        return Outcome()


class RemoveCallCommand(_CoreCommand):
    """Remove a call (soft); undo brings it back with its ratings and evidence."""

    change = Change.CALL_REMOVED

    def __init__(self, store: Store, sink: UndoSink, call_id: int, title: str) -> None:
        super().__init__(sink, f"Remove call “{title}”")
        self.store, self.call_id = store, call_id

    def _apply(self, forward: bool) -> Outcome:
        if forward:
            rides.remove_call(self.store, self.call_id)
        else:
            rides.restore_call(self.store, self.call_id)
        return Outcome(self.call_id)


class FunctionSink:
    """An :class:`UndoSink` from two callables (for screens that are not sinks themselves)."""

    def __init__(
        self,
        on_changed: Callable[[Change, Outcome, str], None],
        on_failed: Callable[[str], None],
    ) -> None:
        self._changed, self._failed = on_changed, on_failed

    def changed(self, change: Change, outcome: Outcome, label: str) -> None:
        self._changed(change, outcome, label)

    def failed(self, message: str) -> None:
        self._failed(message)
