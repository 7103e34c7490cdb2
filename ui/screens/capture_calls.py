"""The capture screen's calls: the counts in the call list, and adding (through the call dialog),
editing, reordering and removing the ride's calls, each through the core and then the screen
reloaded from what is stored. A part of :class:`ui.screens.capture.CaptureScreen`, which
provides the attributes declared below."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from fieldride import rides
from fieldride.errors import DomainError
from ui import undo

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QWidget

    from fieldride.rides import Call, Observation, RideSheet
    from fieldride.store import Store
    from ui.widgets.call_dialog import CallDialog
    from ui.widgets.call_list import CallList
    from ui.widgets.capture_evidence import EvidenceEditor
    from ui.widgets.rating_grid import RatingGrid


class CallActions:
    """Mixed into the capture screen (no state of its own)."""

    if TYPE_CHECKING:  # provided by CaptureScreen
        store: Store
        sheet: RideSheet | None
        call_id: int | None
        observations: dict[tuple[int, str], Observation]
        call_dialog: CallDialog | None
        calls: CallList
        grid: RatingGrid
        evidence: EvidenceEditor
        undo_stack: QUndoStack
        sink: undo.FunctionSink
        saved: SignalInstance

        def _show_call(self, call_id: int | None, key: str | None = None) -> None: ...
        def _set_locked(self, locked: bool) -> None: ...
        def _failed(self, message: str) -> None: ...
        def focus_grid(self) -> None: ...

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
        self._set_locked(self.sheet.ride.locked)

    def add_call(self) -> None:
        if self.sheet is None or self.sheet.ride.locked:
            return
        self._open_call_dialog(None)

    def edit_call(self, call_id: int) -> None:
        call = next((c for c in self.sheet.calls if c.id == call_id), None) if self.sheet else None
        if call is None or (self.sheet and self.sheet.ride.locked):
            return
        self._open_call_dialog(call)

    def _open_call_dialog(self, call: Call | None) -> None:
        """The add (``call`` None) or edit dialog; imported here, off the start-up path."""
        from ui.widgets.call_dialog import CallDialog

        self.call_dialog = CallDialog(call, parent=cast("QWidget", self))  # the screen
        self.call_dialog.accepted.connect(lambda: self._save_call(self.call_dialog, call))
        self.call_dialog.open()

    def _save_call(self, dialog: CallDialog | None, call: Call | None) -> None:
        if dialog is None or self.sheet is None:
            return
        try:
            if call is None:
                saved = rides.add_call(self.store, self.sheet.ride.id, **dialog.values())
            else:
                saved = rides.edit_call(self.store, call.id, **dialog.values())
        except DomainError as err:
            self._failed(str(err))
            return
        self.saved.emit("call")
        self._reload_calls(saved.id)
        if call is None:
            self.grid.set_current(0)  # a new call is rated from the top
        self.focus_grid()

    def move_call(self, call_id: int, new_index: int) -> None:
        try:
            rides.move_call(self.store, call_id, new_index)
        except DomainError as err:
            self._failed(str(err))
            return
        self.saved.emit("call order")
        self._reload_calls(call_id)

    def remove_call(self, call_id: int) -> None:
        call = next((c for c in self.sheet.calls if c.id == call_id), None) if self.sheet else None
        if call is not None:
            self.evidence.flush()
            self.undo_stack.push(undo.RemoveCallCommand(self.store, self.sink, call_id, call.title))
