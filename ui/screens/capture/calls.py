"""Adding and editing a ride's calls through the call dialog, for the capture screen.

The screen owns one :class:`CallEditor`; it opens the dialog (window-modal, ``open()``), saves
what was entered through the core when the dialog is accepted, and reports the saved call (or
the core's refusal) through the callbacks the screen gave it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from fieldride import rides
from fieldride.rides import Call

if TYPE_CHECKING:
    from fieldride.store import Store
    from ui.screens.capture.call_dialog import CallDialog


class CallEditor:
    """The add/edit call dialog and the core calls behind it."""

    def __init__(
        self,
        store: Store,
        parent: QWidget,
        on_saved: Callable[[Call, bool], None],
        on_failed: Callable[[str], None],
    ) -> None:
        """``on_saved(call, added)`` after the core stored the call; ``on_failed(message)`` when
        it refused (a locked ride)."""
        self.store = store
        self.parent = parent
        self.on_saved = on_saved
        self.on_failed = on_failed
        self.dialog: CallDialog | None = None

    def open(self, ride_id: int, call: Call | None) -> None:
        """The add (``call`` None) or edit dialog; imported here, when first asked for."""
        from ui.screens.capture.call_dialog import CallDialog

        dialog = CallDialog(call, parent=self.parent)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._save(dialog, ride_id, call))
        dialog.open()

    def _save(self, dialog: CallDialog, ride_id: int, call: Call | None) -> None:
        """Through the store's queue: a call the disk could not take yet is kept and written
        when space returns (the list shows it then)."""
        values = dialog.values()

        def write() -> Call:
            if call is None:
                return rides.add_call(self.store, ride_id, **values)
            return rides.edit_call(self.store, call.id, **values)

        self.store.pending.attempt(
            "capture: add call" if call is None else "capture: edit call",
            write,
            key=None if call is None else ("call", call.id),
            done=lambda saved: self.on_saved(saved, call is None),
            refused=lambda err: self.on_failed(str(err)),
        )
