"""A scripted user for the crash harness (``scripts/crash_harness.py``).

Active only when the app is started through ``python -m tests.harness.drive_app`` with
``FIELDRIDE_DRIVE=<script.jsonl>``: that entry module calls :func:`install` once the first
screen shows its data (``ui.app.AppStart.shown``). The driver reads one JSON object per line and
plays it against the **capture screen** the way a user would — key presses on the rating grid,
typed evidence, the quick-note shortcut — and prints ``ACK <n> <json>`` on stdout (flushed) only
after the screen reported the edit saved (its ``saved`` signal fires after the core call
committed). Whatever the harness reads as ACKed must therefore be on disk after a SIGKILL.

Script operations::

    {"op": "open"}                              show the ride in progress (as after a restart)
    {"op": "add_call"}                          add a call through the call dialog
    {"op": "rate", "key": K, "level": 3}        digit key on the grid, current call
    {"op": "no_opportunity", "key": K}          N key on the grid
    {"op": "evidence", "key": K, "text": T}     Enter, type T, Esc
    {"op": "note", "text": T}                   F2, type T, Enter
    {"op": "undo"} / {"op": "redo"}             the capture header's Undo / Redo button
    {"op": "debrief"}                           open the debrief of the ride (Ctrl+D's page)
    {"op": "point", "role": R, "key": K, "text": T}  strength or gap: behaviour and typed text
    {"op": "commitment", "text": T}             type T in "New commitment", Enter
    {"op": "verify", "outcome": O}              answer an earlier commitment (button O)
    {"op": "finish"}                            "Finish debrief"
    {"op": "acknowledge", "name": N}            hand over; the seller types N, Acknowledge
    {"op": "wait", "ms": 2000}                  idle with the store open (prints WAITING)
    {"op": "wait", "ms": 60000, "until_file": F} idle until file F exists (at most ms)
    {"op": "quit"}                              close the window (a clean shutdown)

Before every key press or click that writes, ``SENT <json>`` says what it is meant to leave in
the store: an edit SENT but not ACKed before a kill may or may not be on disk. An undo or redo is
reported as the state it leaves (``{"op": "level", "call", "key", "level", "no"}``), known from
the driver's own history of that row.

``open`` prints ``OPENED {"ride": id, "call": id, "key": k, "auto": bool}``: which ride the app
showed by itself after start (``auto``) or after "Continue ride" on Today. Text is typed as
key events carrying the characters (never ``QTest.keyClicks``, which aborts on non-ASCII text).
If the build has no capture screen, the same core functions the screen calls are used and the
lines say ``"path": "core"``. Nothing personal is logged: the driver only prints to stdout.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from fieldride import rides
from fieldride.store import Store

log = logging.getLogger(__name__)


def _qtest() -> Any:
    """PySide6.QtTest, imported only when a script drives the app (not at every start)."""
    from PySide6.QtTest import QTest

    return QTest


ENV_DRIVE = "FIELDRIDE_DRIVE"
STEP_TIMEOUT_MS = 5000


def _emit(tag: str, payload: dict[str, Any]) -> None:
    sys.stdout.write(f"{tag} {json.dumps(payload, ensure_ascii=True)}\n")
    sys.stdout.flush()


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` as key events that carry the characters."""
    for ch in text:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


class CrashDriver(QObject):
    """Plays a script against the main window; one step at a time, each waiting for its save."""

    def __init__(
        self, app: QApplication, window: QMainWindow, store: Store, steps: list[dict[str, Any]]
    ) -> None:
        super().__init__(window)
        self.app = app
        self.window = window
        self.store = store
        self.steps = steps
        self.index = 0
        self.capture: Any = getattr(window, "capture", None)
        self.path = "ui" if self.capture is not None and hasattr(self.capture, "saved") else "core"
        self.ride_id: int | None = None
        self.call_id: int | None = None
        self._waiting: dict[str, Any] | None = None
        # the rating rows' states this driver saw committed or sent, for undo/redo:
        # (call, key) -> [(level, no_opportunity), ...] oldest first; redo takes from `undone`
        self.history: dict[tuple[int, str], list[tuple[int | None, int]]] = {}
        self.done_rates: list[tuple[int, str]] = []
        self.undone: list[tuple[tuple[int, str], tuple[int | None, int]]] = []
        self.debrief: Any = None
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.timeout.connect(self._timed_out)
        if self.path == "ui":
            self.capture.saved.connect(self._saved)

    # --- stepping ------------------------------------------------------------------------------
    def start(self) -> None:
        QTimer.singleShot(0, self._next)

    def _next(self) -> None:
        if self.index >= len(self.steps):
            _emit("DONE", {"steps": self.index, "path": self.path})
            return
        step = self.steps[self.index]
        try:
            getattr(self, f"_op_{step['op']}")(step)
        except Exception as err:  # reported to the harness; a failed step is a failed run
            _emit(
                "FAIL",
                {"n": self.index, "op": step.get("op"), "error": f"{type(err).__name__}: {err}"},
            )
            self.app.exit(3)

    def _advance(self) -> None:
        self.index += 1
        QTimer.singleShot(0, self._next)

    def _ack(self, payload: dict[str, Any]) -> None:
        _emit("ACK", {"n": self.index, "path": self.path, **payload})
        self._advance()

    def _expect(self, payload: dict[str, Any]) -> None:
        """Wait for the capture screen's ``saved`` signal, then ACK ``payload``."""
        self._waiting = payload
        _emit("SENT", {"n": self.index, **payload})
        self._timeout.start(STEP_TIMEOUT_MS)

    def _saved(self, _what: str) -> None:
        if self._waiting is None:
            return
        if self.store.pending:
            # an earlier edit that waited for the disk just committed, but this step's edit
            # (queued after it) still waits: not saved yet, keep waiting
            return
        payload, self._waiting = self._waiting, None
        self._timeout.stop()
        # The screen updates its own state right after emitting: read it on the next turn.
        QTimer.singleShot(0, lambda: self._ack(self._complete(payload)))

    def _complete(self, payload: dict[str, Any]) -> dict[str, Any]:
        if payload.get("op") == "add_call":
            self.call_id = self.capture.call_id
            payload["call"] = self.call_id
        return payload

    def _timed_out(self) -> None:
        payload, self._waiting = self._waiting, None
        _emit("NOACK", {"n": self.index, **(payload or {})})
        self._advance()

    # --- operations ----------------------------------------------------------------------------
    def _op_open(self, _step: dict[str, Any]) -> None:
        current = rides.ride_in_progress(self.store)
        if current is None:
            raise RuntimeError("there is no ride in progress to open")
        self.ride_id = current.id
        auto = False
        via = "core"
        call = key = None
        if self.path == "ui":
            auto = self.capture.isVisible() and self.capture.ride_id == current.id
            via = "shown at start" if auto else ""
            if not auto:
                today = getattr(self.window, "screens", {}).get("today")
                button = getattr(today, "resume_button", None)
                if button is not None and button.isVisible() and button.isEnabled():
                    _qtest().mouseClick(button, Qt.MouseButton.LeftButton)
                    via = "Continue ride on Today"
                if self.capture.ride_id != current.id:
                    self.window.open_ride(current.id)  # type: ignore[attr-defined]
                    via = "opened by the driver"
            self.window.activateWindow()
            self.capture.focus_grid()
            call, key = self.capture.call_id, self.capture.grid.current_key()
        _emit(
            "OPENED",
            {
                "ride": current.id,
                "call": call,
                "key": key,
                "auto": auto,
                "via": via,
                "path": self.path,
            },
        )
        self._advance()

    def _op_add_call(self, step: dict[str, Any]) -> None:
        assert self.ride_id is not None, "the script must start with 'open'"
        if self.path == "core":
            self.call_id = rides.add_call(
                self.store, self.ride_id, account=step.get("account", "")
            ).id
            self._ack({"op": "add_call", "call": self.call_id})
            return
        self.capture.add_call()
        dialog = self.capture.call_dialog
        self._expect({"op": "add_call"})
        dialog.accept()

    def _shown_call(self) -> int | None:
        """The call the key press goes to: the one on the capture screen. After an add_call
        that was not ACKed (it waited for a full disk), the screen moves to the new call when
        it is written, while the driver's own ``call_id`` still names the one before."""
        if self.path == "ui" and self.capture.call_id is not None:
            return int(self.capture.call_id)
        return self.call_id

    def _focus_key(self, key: str) -> None:
        grid = self.capture.grid
        grid.set_current_key(key)
        grid.setFocus(Qt.FocusReason.OtherFocusReason)

    def _op_rate(self, step: dict[str, Any]) -> None:
        key, level = str(step["key"]), int(step["level"])
        payload = {"op": "rate", "call": self._shown_call(), "key": key, "level": level}
        if self.path == "core":
            assert self.call_id is not None
            rides.rate(self.store, self.call_id, key, level)
            self._ack(payload)
            return
        self._focus_key(key)
        self._record(payload["call"], key, (level, 0))
        self._expect(payload)
        _qtest().keyClick(
            self.capture.grid, Qt.Key(Qt.Key.Key_0.value + level), Qt.KeyboardModifier.NoModifier
        )

    def _op_no_opportunity(self, step: dict[str, Any]) -> None:
        key = str(step["key"])
        payload = {"op": "no_opportunity", "call": self._shown_call(), "key": key}
        if self.path == "core":
            assert self.call_id is not None
            rides.mark_no_opportunity(self.store, self.call_id, key)
            self._ack(payload)
            return
        self._focus_key(key)
        self._record(payload["call"], key, (None, 1))
        self._expect(payload)
        _qtest().keyClick(self.capture.grid, Qt.Key.Key_N)

    def _op_evidence(self, step: dict[str, Any]) -> None:
        key, text = str(step["key"]), str(step["text"])
        payload = {"op": "evidence", "call": self._shown_call(), "key": key, "text": text}
        if self.path == "core":
            assert self.call_id is not None
            rides.set_evidence(self.store, self.call_id, key, text)
            self._ack(payload)
            return
        self._focus_key(key)
        _qtest().keyClick(self.capture.grid, Qt.Key.Key_Return)
        editor = self.capture.evidence.text
        editor.selectAll()
        type_text(editor, text)
        self._expect(payload)
        _qtest().keyClick(editor, Qt.Key.Key_Escape)

    def _op_note(self, step: dict[str, Any]) -> None:
        text = str(step["text"])
        payload = {"op": "note", "ride": self.ride_id, "text": text.strip()}
        if self.path == "core":
            assert self.ride_id is not None
            rides.add_note(self.store, self.ride_id, text, self.call_id)
            self._ack(payload)
            return
        self.capture.start_note()
        line = self.capture.note_bar.line
        type_text(line, text)
        self._expect(payload)
        _qtest().keyClick(line, Qt.Key.Key_Return)

    def _record(self, call: int | None, key: str, state: tuple[int | None, int]) -> None:
        if call is None:
            return
        self.history.setdefault((call, key), [(None, 0)]).append(state)
        self.done_rates.append((call, key))
        self.undone.clear()  # a new edit ends what redo could bring back

    def _op_undo(self, _step: dict[str, Any]) -> None:
        """Undo after a rating: the row goes back to the state before its last rating."""
        if self.path == "core" or not self.done_rates:
            _emit("SKIP", {"n": self.index, "op": "undo"})
            self._advance()
            return
        row = self.done_rates.pop()
        states = self.history[row]
        undone = states.pop()
        self.undone.append((row, undone))
        level, no = states[-1]
        self._expect({"op": "level", "call": row[0], "key": row[1], "level": level, "no": no})
        # the capture header's Undo button: Ctrl+Z is the Edit menu's shortcut, which key events
        # sent to an offscreen window do not reach (tests/ui/test_desktop_conventions.py types it)
        _qtest().mouseClick(self.capture.header.undo_button, Qt.MouseButton.LeftButton)

    def _op_redo(self, _step: dict[str, Any]) -> None:
        """Redo: the rating undone last comes back."""
        if self.path == "core" or not self.undone:
            _emit("SKIP", {"n": self.index, "op": "redo"})
            self._advance()
            return
        row, state = self.undone.pop()
        self.history[row].append(state)
        self.done_rates.append(row)
        self._expect(
            {"op": "level", "call": row[0], "key": row[1], "level": state[0], "no": state[1]}
        )
        _qtest().mouseClick(self.capture.header.redo_button, Qt.MouseButton.LeftButton)

    # --- the debrief ---------------------------------------------------------------------------
    def _op_debrief(self, _step: dict[str, Any]) -> None:
        assert self.ride_id is not None, "the script must start with 'open'"
        self.window.open_debrief(self.ride_id)  # type: ignore[attr-defined]
        page = self.window.debrief  # type: ignore[attr-defined]
        if self.debrief is not page:
            self.debrief = page
            page.saved.connect(self._saved)
        _emit("DEBRIEF", {"n": self.index, "ride": self.ride_id})
        self._advance()

    def _skip(self, why: str) -> None:
        _emit("SKIP", {"n": self.index, "why": why})
        self._advance()

    def _op_point(self, step: dict[str, Any]) -> None:
        if self.debrief is None or self.debrief.points.read_only:
            self._skip("no debrief open, or read-only")
            return
        role, key, text = str(step["role"]), str(step["key"]), str(step["text"])
        panel = self.debrief.points
        self.debrief.steps.setCurrentWidget(panel)
        editor = panel.strength if role == "strength" else panel.gap
        index = editor.behaviour.findData(key)
        if index < 0:
            self._skip("behaviour not on this ride")
            return
        editor.behaviour.setCurrentIndex(index)
        editor.evidence.setFocus(Qt.FocusReason.OtherFocusReason)
        editor.evidence.selectAll()
        type_text(editor.evidence, text)  # no event-loop turn while typing: one save below
        self._expect({"op": "point", "ride": self.ride_id, "role": role, "key": key, "text": text})
        panel.flush()  # as when the field loses focus

    def _op_commitment(self, step: dict[str, Any]) -> None:
        if self.debrief is None or self.debrief.commitments.read_only:
            self._skip("no debrief open, or read-only")
            return
        text = str(step["text"])
        panel = self.debrief.commitments
        self.debrief.steps.setCurrentWidget(panel)
        panel.new_text.setFocus(Qt.FocusReason.OtherFocusReason)
        panel.new_text.clear()
        type_text(panel.new_text, text)
        self._expect({"op": "commitment", "ride": self.ride_id, "text": text})
        _qtest().keyClick(panel.new_text, Qt.Key.Key_Return)

    def _op_verify(self, step: dict[str, Any]) -> None:
        panel = None if self.debrief is None else self.debrief.verification
        if panel is None or panel.read_only or not panel.rows:
            self._skip("nothing to verify")
            return
        outcome = str(step["outcome"])
        open_rows = [(c, r) for c, r in panel.rows.items() if r.outcome() is None]
        commitment_id, row = (open_rows or list(panel.rows.items()))[0]
        if row.outcome() == outcome:
            self._skip("already answered so")
            return
        self.debrief.steps.setCurrentWidget(panel)
        self._expect(
            {"op": "verify", "ride": self.ride_id, "commitment": commitment_id, "outcome": outcome}
        )
        row.buttons[outcome].click()  # the answer's button (a click on its tab page)

    def _op_finish(self, _step: dict[str, Any]) -> None:
        button = None if self.debrief is None else self.debrief.finish_button
        if button is None or button.isHidden() or not button.isEnabled():
            self._skip("cannot finish yet")
            return
        self._expect({"op": "finish", "ride": self.ride_id})
        _qtest().mouseClick(button, Qt.MouseButton.LeftButton)

    def _op_acknowledge(self, step: dict[str, Any]) -> None:
        if self.debrief is None or self.debrief.ack_button.isHidden():
            self._skip("not ready for the seller")
            return
        self.debrief.open_acknowledgement()
        view = self.window._seller_view  # type: ignore[attr-defined]
        if view is None:
            self._skip("no seller view")
            return
        if not getattr(self, "_view_connected", False):
            view.acknowledged.connect(lambda _ride: self._saved("acknowledged"))
            self._view_connected = True
        view.name.setFocus(Qt.FocusReason.OtherFocusReason)
        view.name.clear()
        type_text(view.name, str(step["name"]))
        self._expect({"op": "acknowledge", "ride": self.ride_id})
        _qtest().mouseClick(view.ok, Qt.MouseButton.LeftButton)

    def _op_wait(self, step: dict[str, Any]) -> None:
        """Idle with the store open (tests start a second instance or a CLI command meanwhile):
        for ``ms``, or with ``until_file`` until that file exists (``ms`` is then the limit)."""
        ms = int(step.get("ms", 1000))
        _emit("WAITING", {"n": self.index, "ms": ms})
        until = step.get("until_file")
        if not until:
            QTimer.singleShot(ms, self._advance)
            return
        deadline = time.monotonic() + ms / 1000

        def poll() -> None:
            if Path(until).exists() or time.monotonic() >= deadline:
                self._advance()
            else:
                QTimer.singleShot(50, poll)

        poll()

    def _op_quit(self, _step: dict[str, Any]) -> None:
        _emit("QUIT", {"n": self.index})
        self.window.close()
        self.app.quit()


def install(app: QApplication, window: QMainWindow, store: Store) -> CrashDriver | None:
    """Start the driver if ``FIELDRIDE_DRIVE`` names a script; return it (or None)."""
    script = os.environ.get(ENV_DRIVE)
    if not script:
        return None
    lines = Path(script).read_text(encoding="utf-8").splitlines()
    steps = [json.loads(line) for line in lines if line.strip()]
    log.info("scripted driver: %d steps", len(steps))
    driver = CrashDriver(app, window, store, steps)
    driver.start()
    return driver
