"""The ``fieldride`` entry point: headless commands go to ``fieldride.cli``; with no command the
app opens. Qt is imported only when the app opens, so ``fieldride <command>`` stays light.

Two hooks live here because they need Qt and the core must not import it:

- ``--self-test`` runs the core self-test (``fieldride.selftest``: store, bundled scorecards, a
  ride, a coaching summary PDF) and then opens the real main window on a throwaway store, waits
  for its first paint, visits every screen and exits. A watchdog ends it with exit code 1 after
  ``SELF_TEST_TIMEOUT_S`` instead of hanging (an exception inside a Qt slot does not stop the
  event loop). Exit 0 means every step passed. ``--self-test --no-window`` skips the window part.
- ``FIELDRIDE_EXIT_AFTER_PAINT=1`` (benchmarks): the app prints ``FIELDRIDE_PAINTED <epoch s>``
  at the main window's first paint and ``FIELDRIDE_DATA <epoch s>`` once the screen shown has
  finished loading (no background job running) and has painted again, then quits. With the
  value ``rss`` it then idles for a second and prints ``FIELDRIDE_RSS_KB <kB>`` before quitting.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from fieldride.cli import main as cli_main

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QMainWindow

SELF_TEST_TIMEOUT_S = 30
ENV_EXIT_AFTER_PAINT = "FIELDRIDE_EXIT_AFTER_PAINT"


def _open_app(data_dir: str | None, qt_args: list[str]) -> int:
    pause_collector()
    try:
        from ui.app import run_app

        return run_app(data_dir, qt_args)
    finally:
        resume_collector()


# --- the garbage collector during start-up ------------------------------------------------------
_collector_paused = False


def pause_collector() -> None:
    """Hold Python's cyclic garbage collector until the first screen shows its data.

    Start-up creates some hundred thousand objects (PySide6's enums and types, our modules, the
    first screen's widgets) and frees almost none, yet each allocation burst triggers a
    collection that walks them all again: ~10 ms of the start on this machine. Reference
    counting still frees everything without cycles meanwhile.
    """
    global _collector_paused
    if gc.isenabled():
        gc.disable()
        _collector_paused = True


def resume_collector() -> None:
    """Undo :func:`pause_collector` (no-op otherwise, e.g. in tests). What start-up built is
    frozen first (moved out of the collector's generations: it lives as long as the app), so
    later collections do not walk it either."""
    global _collector_paused
    if _collector_paused:
        _collector_paused = False
        gc.freeze()
        gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if "--self-test" in args:
        return self_test(args)
    return cli_main(args, open_app=_open_app)


# --- self-test ----------------------------------------------------------------------------------
def self_test(args: list[str]) -> int:
    """Core self-test, then the window self-test (unless ``--no-window``). Returns the exit code."""
    with_window = "--no-window" not in args
    code = cli_main([a for a in args if a != "--no-window"])
    if code != 0 or not with_window:
        return code
    return window_self_test()


def _headless_default() -> None:
    """Without a display (CI, ssh), use the offscreen platform instead of aborting."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def window_self_test(timeout_s: float = SELF_TEST_TIMEOUT_S) -> int:
    """Open the main window on a throwaway store, wait for it to paint, visit every screen.

    Prints one line per step like the core self-test. Returns 0 when every step passed, 1 when a
    step failed or the watchdog fired (a modal dialog or a stuck slot would otherwise hang).
    """
    _headless_default()
    import tempfile

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QFontDatabase

    from fieldride.store import open_store
    from ui import settings
    from ui.app import apply_style, create_application, prepare_store

    app = create_application([])
    result = {"code": 1}
    with tempfile.TemporaryDirectory(prefix="fieldride-selftest-ui-") as tmp:
        store = open_store(Path(tmp))
        try:
            settings.configure(store.folder)
            prepare_store(store)
            apply_style(app, high_contrast=False)
            families = QFontDatabase.families()
            if not any(f.startswith("DejaVu Sans") for f in families):
                print("self-test FAILED at: load the bundled fonts (DejaVu Sans not registered)")
                return 1
            print("ok  load the bundled fonts and styles")
            if app.windowIcon().isNull():
                print("note: no application icon set")
            from ui.main_window import MainWindow

            started = time.perf_counter()
            window = MainWindow(store)
            done = {"flag": False}  # once set, late timers and callbacks do nothing

            def finish(code: int) -> None:
                if done["flag"]:
                    return
                done["flag"] = True
                result["code"] = code
                app.exit(code)

            def fail(step: str, err: BaseException | None = None) -> None:
                if done["flag"]:
                    return
                detail = f" ({type(err).__name__}: {err})" if err else ""
                print(f"self-test FAILED at: {step}{detail}")
                finish(1)

            def visit_screens() -> None:
                if done["flag"]:
                    return
                try:
                    from ui.main_window import SCREENS

                    for key, _title, _target in SCREENS:
                        window.show_screen(key)
                        app.processEvents()
                        if window.grab().isNull():
                            raise RuntimeError(f"screen {key!r} did not render")
                    print(f"ok  visit every screen ({len(SCREENS)})")
                    finish(0)
                except Exception as err:  # reported as a failed step, never a hang
                    fail("visit every screen", err)

            def painted(_when: float) -> None:
                if done["flag"]:
                    return
                ms = (time.perf_counter() - started) * 1000
                print(f"ok  open the main window (first paint after {ms:.0f} ms)")
                QTimer.singleShot(0, window, visit_screens)

            watch_first_paint(window, painted)
            # Owned by the window, stopped below: it can never fire after this function.
            watchdog = QTimer(window)
            watchdog.setSingleShot(True)
            watchdog.timeout.connect(lambda: fail(f"watchdog: {timeout_s:.0f} s"))
            watchdog.start(int(timeout_s * 1000))
            old_hook = sys.excepthook

            def hook(kind: type[BaseException], err: BaseException, tb: object) -> None:
                fail("an error inside the event loop", err)

            sys.excepthook = hook
            try:
                window.show()
                app.exec()
            finally:
                done["flag"] = True
                sys.excepthook = old_hook
                watchdog.stop()
                window.hide()
                window.deleteLater()
        finally:
            store.close()
    if result["code"] == 0:
        print("window self-test passed")
    return result["code"]


# --- first-paint probe (self-test and benchmarks) ---------------------------------------------
def watch_first_paint(window: QMainWindow, on_paint: Callable[[float], None]) -> None:
    """Call ``on_paint(epoch_seconds)`` once, right after ``window`` first paints."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _Probe(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                when = time.time()
                # After the paint event has been handled, not before it.
                QTimer.singleShot(0, lambda: on_paint(when))
            return False

    probe = _Probe(window)
    window.installEventFilter(probe)


def install_exit_after_paint(app: QApplication, window: QMainWindow) -> bool:
    """Benchmark hook, active when FIELDRIDE_EXIT_AFTER_PAINT is set. Returns whether it is.

    Prints ``FIELDRIDE_PAINTED <t>`` at the first paint, then ``FIELDRIDE_DATA <t>`` once the
    thread pool is idle (background loads done) and the window has repainted, then quits.
    """
    if not os.environ.get(ENV_EXIT_AFTER_PAINT):
        return False
    from PySide6.QtCore import QThreadPool, QTimer

    def data_shown() -> None:
        if QThreadPool.globalInstance().activeThreadCount() > 0:
            QTimer.singleShot(1, data_shown)
            return
        window.repaint()  # synchronous: what is on screen now includes the loaded data
        print(f"FIELDRIDE_DATA {time.time():.6f}", flush=True)
        if os.environ.get(ENV_EXIT_AFTER_PAINT) == "rss":
            QTimer.singleShot(1000, report_rss)
        else:
            app.quit()

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


if __name__ == "__main__":
    raise SystemExit(main())
