"""A ``fieldride`` command run as a child process for the app: team join, sync and leave, bundle
export and import (issue 21).

Why a child process and not a thread (``ui.background``): these commands write the store while
the app has it open, and a store has one writer connection per process (STACK-NOTES: SQLite's
WAL-reset bug needs two connections of one process writing or checkpointing at once; the store's
markers count processes); the child opens the store the way every command does and commits in
small batches, so the app's own writes wait a fraction of a second at most. The network and
the PostgreSQL driver stay out of the app's process, and Cancel is simply ending the child: each
ride is one transaction on the server and locally, a bundle import is one transaction, so a
cut-off command leaves whole records or none. Read-only work (a bundle's preview) runs in a
thread through ``ui.background``.

Closing the window a command belongs to (its parent widget, or that widget's window) cancels
the command and waits for the child to end: a closed dialog never leaves a child process
writing behind it. The command watches the window's close event itself (an event filter), so no
dialog has to remember to.

The child prints ``progress<TAB>what<TAB>done<TAB>total`` lines (``--progress``) and its result
on standard output; a refusal is its last ``fieldride: …`` line on standard error.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QProcess, QProcessEnvironment, Signal
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


def fieldride_command(folder: Path, args: list[str]) -> tuple[str, list[str]]:
    """The program and arguments that run ``fieldride --data-dir FOLDER ARGS``: this app's own
    executable in a bundle, else this Python running the ``fieldride`` package."""
    full = ["--data-dir", str(folder), *args]
    if getattr(sys, "frozen", False):
        return sys.executable, full
    return sys.executable, ["-m", "fieldride", *full]


def child_environment() -> QProcessEnvironment:
    """This process's environment with LANGUAGE set to the manager's interface language: the
    child's report and progress words (shown in the app's dialogs as printed) speak the
    language the window speaks, not the system's (Settings ▸ Language may differ from it)."""
    from fieldride.i18n import messages

    env = QProcessEnvironment.systemEnvironment()
    env.insert("LANGUAGE", messages().tag)  # with the region: "en_GB" dates in its words
    return env


class ChildCommand(QObject):
    """One command at a time; :attr:`progress` while it runs, :attr:`finished` once it ended.
    Closing the parent widget's window cancels a running command (:meth:`cancel_and_wait`)."""

    progress = Signal(str, int, int)  # what, done, total
    # ok, cancelled, the lines it printed, the reason it gave for refusing ('' if none)
    finished = Signal(bool, bool, list, str)

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.process: QProcess | None = None
        self._output: list[str] = []
        self._cancelled = False
        self._window: QWidget | None = None
        self.exit_code: int | None = None  # the last command's exit status, once it ended
        if isinstance(parent, QWidget):
            self._window = parent.window()
            self._window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """The window's close (its close button, ``close()``, the app quitting): cancel first."""
        # getattr: while the app tears down, Qt may still filter through a command whose Python
        # side is already gone (seen at exit in tests/harness/language_walk_dialogs.py)
        if watched is getattr(self, "_window", None) and event.type() == QEvent.Type.Close:
            self.cancel_and_wait()
        return False

    def running(self) -> bool:
        return self.process is not None and self.process.state() != QProcess.ProcessState.NotRunning

    def start(self, args: list[str], stdin_text: str | None = None) -> bool:
        """Start ``fieldride ARGS``; ``stdin_text`` (a password) is written to its standard input
        and never to its command line. False if a command is already running."""
        if self.running():
            return False
        program, full = fieldride_command(self.folder, args)
        self._output = []
        self._cancelled = False
        self.exit_code = None
        process = QProcess(self)
        process.setProcessEnvironment(child_environment())
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        process.readyReadStandardOutput.connect(self._read_output)
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._failed_to_start)
        self.process = process
        process.start(program, full)
        if stdin_text is not None:
            process.write(stdin_text.encode("utf-8") + b"\n")
        process.closeWriteChannel()
        return True

    def cancel(self) -> None:
        """End the command now (safe: see the module docstring)."""
        if self.running() and self.process is not None:
            self._cancelled = True
            self.process.kill()

    def cancel_and_wait(self) -> None:
        """:meth:`cancel`, then wait for the child to end (closing a window never leaves one)."""
        if self.running() and self.process is not None:
            self.cancel()
            self.process.waitForFinished(5000)

    def _read_output(self) -> None:
        if self.process is None:
            return
        data = bytes(self.process.readAllStandardOutput().data()).decode("utf-8", "replace")
        for line in data.splitlines():
            parts = line.split("\t")
            if len(parts) == 4 and parts[0] == "progress":
                self.progress.emit(parts[1], int(parts[2]), int(parts[3]))
            elif line.strip():
                self._output.append(line.strip())

    def _finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        self._read_output()
        errors = b""
        if self.process is not None:
            errors = bytes(self.process.readAllStandardError().data())
        refusals = [
            line.removeprefix("fieldride: ")
            for line in errors.decode("utf-8", "replace").splitlines()
            if line.startswith("fieldride: ")
        ]
        self.exit_code = code
        ok = code == 0 and not self._cancelled
        if not ok and not self._cancelled:
            log.warning("fieldride command ended with exit code %s", code)
        self.finished.emit(
            ok, self._cancelled, list(self._output), refusals[-1] if refusals else ""
        )

    def _failed_to_start(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            log.warning("fieldride command could not start: %s", error)
            self.finished.emit(False, False, [], "")
