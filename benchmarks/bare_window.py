"""The bare-stack baseline for start-up and memory: a PySide6 QMainWindow, nothing else.

Started exactly like the app (a fresh ``python`` process, offscreen or on a display), it prints
``FIELDRIDE_PAINTED <epoch s>`` at its first paint (and ``FIELDRIDE_DATA`` right after, so the
same parser reads both), and with ``FIELDRIDE_EXIT_AFTER_PAINT=rss`` idles a second and prints
``FIELDRIDE_RSS_KB <kB>``, the same protocol as benchmarks/app_probe.py. ``--qt-namespace`` also touches PySide6's ``Qt`` namespace
once (a reference figure, see bench_startup).
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def resident_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


class Probe(QObject):
    done = False

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            when = time.time()
            QTimer.singleShot(0, lambda: self.report(when))
        return False

    def report(self, when: float) -> None:
        print(f"FIELDRIDE_PAINTED {when:.6f}", flush=True)
        print(f"FIELDRIDE_DATA {time.time():.6f}", flush=True)
        print(f"FIELDRIDE_READY {time.time():.6f}", flush=True)
        if os.environ.get("FIELDRIDE_EXIT_AFTER_PAINT") == "rss":
            QTimer.singleShot(1000, self.rss)
        else:
            self.app.quit()

    def rss(self) -> None:
        print(f"FIELDRIDE_RSS_KB {resident_kb()}", flush=True)
        self.app.quit()


def main() -> int:
    if "--qt-namespace" in sys.argv:
        # The reference for what any real window pays on top: PySide6 builds the Qt
        # namespace's ~90 Python enums at its first use (an alignment, a colour scheme...).
        from PySide6.QtCore import Qt

        Qt.AlignmentFlag.AlignLeft  # noqa: B018
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.setCentralWidget(QLabel("bare window"))
    window.resize(1240, 720)
    probe = Probe(app)
    window.installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
