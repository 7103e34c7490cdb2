"""A virtual X display for machines without one (a server, ssh, a container).

Qt started on Linux with neither ``DISPLAY`` nor ``WAYLAND_DISPLAY`` aborts with a misleading
message about libxcb-cursor0. When Xvfb is installed, FieldRide starts it itself instead of
wrapping itself in ``xvfb-run``: Xvfb runs in a session of its own, so Ctrl+C in the terminal or
``kill``/``timeout`` on FieldRide's process group reaches the app alone, which closes cleanly
(edits flushed, lock and markers removed) while its display is still there; the display is
stopped after the app has closed. Xvfb is asked not to listen on TCP. Whether a display is
needed is decided in ``ui.launch`` (``needs_a_display``), which imports this module only then.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import time

NO_DISPLAY_HINT = (
    "fieldride: no display found (DISPLAY and WAYLAND_DISPLAY are unset): run it in a desktop "
    "session, or install Xvfb (apt-get install xvfb) to open it on a virtual display."
)
SCREEN = "1366x768x24"
START_TIMEOUT_S = 20


class VirtualDisplayError(RuntimeError):
    """Xvfb is installed but did not start; the message says what happened."""


class VirtualDisplay:
    """A running Xvfb; ``DISPLAY`` is set for this process while it runs. Use as a context
    manager: leaving it stops the server and restores ``DISPLAY``."""

    def __init__(self, xvfb: str) -> None:
        read_fd, write_fd = os.pipe()
        try:
            self._proc = subprocess.Popen(  # noqa: S603 - Xvfb from PATH, our own arguments
                [xvfb, "-displayfd", str(write_fd), "-screen", "0", SCREEN, "-nolisten", "tcp"],
                pass_fds=(write_fd,),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,  # the terminal's Ctrl+C is for the app, not its display
            )
        finally:
            os.close(write_fd)
        try:
            self.display = f":{self._read_display_number(read_fd)}"
        except VirtualDisplayError:
            self._stop()
            raise
        finally:
            os.close(read_fd)

    def _read_display_number(self, fd: int) -> int:
        deadline = time.monotonic() + START_TIMEOUT_S
        text = b""
        while not text.endswith(b"\n"):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise VirtualDisplayError(f"Xvfb did not start within {START_TIMEOUT_S} s")
            ready, _, _ = select.select([fd], [], [], remaining)
            if not ready:
                continue
            chunk = os.read(fd, 64)
            if not chunk:
                raise VirtualDisplayError(f"Xvfb stopped at start (exit code {self._proc.poll()})")
            text += chunk
        return int(text.strip())

    def __enter__(self) -> VirtualDisplay:
        self._previous = os.environ.get("DISPLAY")
        os.environ["DISPLAY"] = self.display
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._previous is None:
            os.environ.pop("DISPLAY", None)
        else:
            os.environ["DISPLAY"] = self._previous
        self._stop()

    def _stop(self) -> None:
        if self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()


def start_virtual_display() -> VirtualDisplay | None:
    """Start Xvfb if it is installed (``None`` if not). Raises :class:`VirtualDisplayError`."""
    xvfb = shutil.which("Xvfb")
    return VirtualDisplay(xvfb) if xvfb else None
