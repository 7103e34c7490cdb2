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
    {"op": "wait", "ms": 2000}                  idle with the store open (prints WAITING)
    {"op": "wait", "ms": 60000, "until_file": F} idle until file F exists (at most ms)
    {"op": "quit"}                              close the window (a clean shutdown)

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
