"""Waiting with a deadline for other processes: every wait in the suite ends.

``LineReader`` reads a child's stdout on a thread, so a test asks for the next line with a
deadline instead of blocking in ``readline()`` on a hung app. ``wait_until`` polls a condition
until it holds or its deadline passes (for files and processes, where no signal exists).
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from typing import IO


class LineReader:
    """The lines of ``stream`` as they come; ``None`` marks its end (the process closed it)."""

    def __init__(self, stream: IO[str]) -> None:
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._thread = threading.Thread(target=self._pump, args=(stream,), daemon=True)
        self._thread.start()

    def _pump(self, stream: IO[str]) -> None:
        try:
            for line in stream:
                self._lines.put(line)
        except ValueError:  # closed under us by communicate()/close()
            pass
        finally:
            self._lines.put(None)

    def next_line(self, deadline: float) -> str | None:
        """The next line, ``None`` at end of stream; raises ``TimeoutError`` at ``deadline``
        (a ``time.monotonic()`` value)."""
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("no output before the deadline")
        try:
            return self._lines.get(timeout=remaining)
        except queue.Empty:
            raise TimeoutError("no output before the deadline") from None

    def rest(self, timeout: float = 30) -> list[str]:
        """Every remaining line until the stream ends (bounded by ``timeout`` seconds)."""
        deadline = time.monotonic() + timeout
        out: list[str] = []
        while (line := self.next_line(deadline)) is not None:
            out.append(line)
        return out


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll ``condition`` every 20 ms until it is true; ``AssertionError`` naming ``what`` after
    ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() >= deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.02)
