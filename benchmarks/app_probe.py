"""The app as the start-up benchmarks start it: ``python -m benchmarks.app_probe [app args]``.

The real entry point (:func:`ui.launch.main`) with one start hook (:func:`ui.app.add_start_hook`)
that speaks the benchmarks' protocol when ``FIELDRIDE_EXIT_AFTER_PAINT`` is set: the process
prints ``FIELDRIDE_PAINTED <epoch s>`` at the main window's first paint, ``FIELDRIDE_DATA
<epoch s>`` after the window's next paint once the screen shown has finished loading (no
background job running), and ``FIELDRIDE_READY <epoch s>`` after the window's next paint once
the app's deferred start-up work on the UI thread is done (``AppStart.shown`` and the rest of
that step: menus, theme check, fonts, the background check started), then quits (the app's own
quit: the background check is cancelled, the store closed). With the value ``rss`` it then
idles for a second and prints ``FIELDRIDE_RSS_KB <kB>`` before quitting.
``benchmarks/bare_window.py`` speaks the same protocol; ``benchmarks/startup.py`` reads it.

"The next paint" is the app's own: the probe asks for it with ``update()`` (which Qt merges
with the repaint the app has already asked for) and marks it when the window's update request
has been handled. The app loads the first screen, runs its deferred step, then paints once;
both marks then fall on that one paint, as a user sees it. (Until 2026-12-07 the data mark
forced a synchronous ``repaint()`` before the deferred step: a second whole-window paint the
app itself never does, counted in "ready".)
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt is imported where the app imports it, after the collector's pause
    from PySide6.QtWidgets import QApplication, QMainWindow

    from ui.app import AppStart

ENV_EXIT_AFTER_PAINT = "FIELDRIDE_EXIT_AFTER_PAINT"


def install_exit_after_paint(
    app: QApplication, window: QMainWindow, start: AppStart | None = None
) -> bool:
    """Install the protocol above on ``window`` when FIELDRIDE_EXIT_AFTER_PAINT is set; returns
    whether it is. Without ``start`` (no deferred start-up), ready is the data mark."""
    if not os.environ.get(ENV_EXIT_AFTER_PAINT):
        return False
    from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer

    class Paints(QObject):
        """The window's paints, seen from an event filter (one class: the harness adds as little
        as it can to what it measures). The first paint calls ``painted(epoch s)``; ``then``
        calls back once the window's next paint is done: ``update()`` asks for one (merged with
        any the app has pending), and the call comes on the event-loop turn after the window's
        ``UpdateRequest`` (where Qt paints every dirty widget) was handled."""

        def __init__(self) -> None:
            super().__init__(window)
            self.first = True
            self.waiting: list[tuple[Callable[[str], None], str]] = []
            window.installEventFilter(self)

        def then(self, callback: Callable[[str], None], name: str) -> None:
            self.waiting.append((callback, name))
            window.update()

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            kind = event.type()
            if kind == QEvent.Type.Paint and self.first:
                self.first = False
                when = time.time()
                # After the paint event has been handled, not before it.
                QTimer.singleShot(0, lambda: painted(when))
            elif kind == QEvent.Type.UpdateRequest and self.waiting:
                due, self.waiting = self.waiting, []
                QTimer.singleShot(0, lambda: [callback(name) for callback, name in due])
            return False

    marks: set[str] = set()
    paints = Paints()

    def finish(mark: str) -> None:
        marks.add(mark)
        if marks != {"data", "ready"}:
            return
        window.removeEventFilter(paints)
        if os.environ.get(ENV_EXIT_AFTER_PAINT) == "rss":
            QTimer.singleShot(1000, report_rss)
        else:
            app.quit()

    def mark(name: str) -> None:
        print(f"FIELDRIDE_{name.upper()} {time.time():.6f}", flush=True)
        finish(name)

    if start is None:
        marks.add("ready")
    else:
        # The paint that follows ``shown`` comes after the slot emitting it has returned (Qt
        # paints from the event loop): the whole deferred step is done by then.
        start.shown.connect(lambda: paints.then(mark, "ready"))

    def data_loaded() -> None:
        if QThreadPool.globalInstance().activeThreadCount() > 0:
            QTimer.singleShot(1, data_loaded)
            return
        paints.then(mark, "data")

    def report_rss() -> None:
        print(f"FIELDRIDE_RSS_KB {resident_kb()}", flush=True)
        app.quit()

    def painted(when: float) -> None:
        print(f"FIELDRIDE_PAINTED {when:.6f}", flush=True)
        QTimer.singleShot(0, data_loaded)

    return True


def resident_kb() -> int:
    """This process's resident set size in kB (VmRSS on Linux, else the peak from getrusage;
    -1 where neither exists)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows: not measured
        return -1
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak // 1024 if sys.platform == "darwin" else peak)


def main(argv: Sequence[str] | None = None) -> int:
    from fieldride.collector import pause_collector

    pause_collector()  # as ui.launch does before it imports Qt and the UI (it resumes it)
    from ui.app import add_start_hook
    from ui.launch import main as app_main

    add_start_hook(lambda start: install_exit_after_paint(start.app, start.window, start))
    return app_main(argv)


if __name__ == "__main__":
    raise SystemExit(main())
