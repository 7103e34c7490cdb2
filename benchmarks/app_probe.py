"""The app as the start-up benchmarks start it: ``python -m benchmarks.app_probe [app args]``.

The real entry point (:func:`ui.launch.main`) with one start hook (:func:`ui.app.add_start_hook`)
that speaks the benchmarks' protocol when ``FIELDRIDE_EXIT_AFTER_PAINT`` is set: the process
prints ``FIELDRIDE_PAINTED <epoch s>`` at the main window's first paint, ``FIELDRIDE_DATA
<epoch s>`` once the screen shown has finished loading (no background job running) and has
painted again, and ``FIELDRIDE_READY <epoch s>`` once the app's deferred start-up work on the
UI thread is done (``AppStart.shown`` and the rest of that step: menus, theme check, fonts,
the background check started), then quits (the app's own quit: the background check is
cancelled, the store closed). With the value ``rss`` it then idles for a second and prints
``FIELDRIDE_RSS_KB <kB>`` before quitting. ``benchmarks/bare_window.py`` speaks the same
protocol; ``benchmarks/startup.py`` reads it.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
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
    from PySide6.QtCore import QThreadPool, QTimer

    from ui.app import watch_first_paint

    marks: set[str] = set()

    def finish(mark: str) -> None:
        marks.add(mark)
        if marks != {"data", "ready"}:
            return
        if os.environ.get(ENV_EXIT_AFTER_PAINT) == "rss":
            QTimer.singleShot(1000, report_rss)
        else:
            app.quit()

    def ready() -> None:
        print(f"FIELDRIDE_READY {time.time():.6f}", flush=True)
        finish("ready")

    if start is None:
        marks.add("ready")
    else:
        # After the slot that emits ``shown`` has returned: the whole deferred step is done.
        start.shown.connect(lambda: QTimer.singleShot(0, ready))

    def data_shown() -> None:
        if QThreadPool.globalInstance().activeThreadCount() > 0:
            QTimer.singleShot(1, data_shown)
            return
        window.repaint()  # synchronous: what is on screen now includes the loaded data
        print(f"FIELDRIDE_DATA {time.time():.6f}", flush=True)
        finish("data")

    def report_rss() -> None:
        print(f"FIELDRIDE_RSS_KB {resident_kb()}", flush=True)
        app.quit()

    def painted(when: float) -> None:
        print(f"FIELDRIDE_PAINTED {when:.6f}", flush=True)
        QTimer.singleShot(0, data_shown)

    watch_first_paint(window, painted)
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
