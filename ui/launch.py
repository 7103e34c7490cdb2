"""The ``fieldride`` entry point: headless commands go to ``fieldride.cli``; with no command the
app opens. Qt is imported only when the app opens, so ``fieldride <command>`` stays light.

``--self-test`` lives here because it needs Qt and the core must not import it: runs the core self-test (``fieldride.selftest``: store, bundled scorecards, a
  ride, a coaching summary PDF) and then opens the real main window on a throwaway store, waits
  for its first paint, visits every screen and exits. A watchdog ends it with exit code 1 after
  ``SELF_TEST_TIMEOUT_S`` instead of hanging (an exception inside a Qt slot does not stop the
  event loop). Exit 0 means every step passed. ``--self-test --no-window`` skips the window part.

Harnesses (benchmarks, crash tests) start the app through their own entry modules, which plug
into :func:`ui.app.add_start_hook` and then call :func:`main`.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence

from fieldride.collector import pause_collector, resume_collector

SELF_TEST_TIMEOUT_S = 30


def needs_a_display(platform: str, env: dict[str, str] | os._Environ[str]) -> bool:
    """Linux without DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM: Qt cannot open a window."""
    return platform.startswith("linux") and not (
        env.get("DISPLAY") or env.get("WAYLAND_DISPLAY") or env.get("QT_QPA_PLATFORM")
    )


def _open_app(data_dir: str | None, qt_args: list[str]) -> int:
    if needs_a_display(sys.platform, os.environ):
        return _open_app_on_virtual_display(data_dir, qt_args)
    pause_collector()  # before importing Qt and the UI: most of start-up's objects come now
    try:
        from ui.app import run_app

        return run_app(data_dir, qt_args)
    finally:
        resume_collector()


def _open_app_on_virtual_display(data_dir: str | None, qt_args: list[str]) -> int:
    """No display: open the app on Xvfb (as scripts/run-app.sh users expect on a server), or
    say in one line what to do. Only this path imports the Xvfb helper (and ``subprocess``)."""
    from ui.virtual_display import NO_DISPLAY_HINT, VirtualDisplayError, start_virtual_display

    try:
        display = start_virtual_display()
    except VirtualDisplayError as err:
        print(
            f"fieldride: no display found, and the virtual display failed: {err}", file=sys.stderr
        )
        return 2
    if display is None:
        print(NO_DISPLAY_HINT, file=sys.stderr)
        return 2
    print(
        f"fieldride: no display found: FieldRide is open on a virtual display (Xvfb {display.display}),"
        " where it is not visible. Ctrl+C to stop.",
        file=sys.stderr,
        flush=True,
    )
    with display:
        return _open_app(data_dir, qt_args)


def main(argv: Sequence[str] | None = None) -> int:
    # Before the command line is imported: fieldride.cli.main resumes the collector once the
    # arguments are read (the app's start pauses it again until its first screen shows data).
    pause_collector()
    from fieldride.cli import main as cli_main

    args = list(sys.argv[1:] if argv is None else argv)
    if "--self-test" in args:
        return self_test(args)
    return cli_main(args, open_app=_open_app)


# --- self-test ----------------------------------------------------------------------------------
def self_test(args: list[str]) -> int:
    """Core self-test, then the window self-test (unless ``--no-window``). Returns the exit code."""
    from fieldride.cli import main as cli_main

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


def desktop_icon_problem(app: object) -> str | None:
    """What is wrong with the window icon and the desktop files this copy ships, or None:
    the SVG draws through Qt's SVG icon engine (a bundle without QtSvg could not), the
    application carries the desktop entry's name, the entry and every icon size are present."""
    from PySide6.QtGui import QGuiApplication, QIcon

    from fieldride.desktop import APP_ID, DESKTOP_FILE, ICON_SIZES
    from fieldride.resources import resource_path

    image = QIcon(str(resource_path("icons", "fieldride.svg"))).pixmap(100, 100).toImage()
    if image.isNull() or image.pixelColor(50, 50).alpha() == 0:
        return "the SVG icon did not draw (no SVG icon engine?)"
    if not isinstance(app, QGuiApplication) or app.desktopFileName() != APP_ID:
        return f"the desktop file name is not {APP_ID}"
    missing = [
        str(path)
        for path in [
            resource_path("desktop", DESKTOP_FILE),
            *(
                resource_path("icons", "hicolor", f"{n}x{n}", "apps", f"{APP_ID}.png")
                for n in ICON_SIZES
            ),
        ]
        if not path.is_file()
    ]
    return f"missing: {', '.join(missing)}" if missing else None


# Names as each shipped language sorts them (QCollator: ICU's collation data, which the bundle
# carries for root and the shipped languages only, scripts/icu_data.py). Spanish sorts ñ as a
# letter after n; German and English sort it with n. Hebrew and Arabic follow root's order.
SORTED_NAMES = {
    "de": ["Abel", "Ángel", "Ärger", "Nunez", "Ñúñez", "Nylund", "Otto", "Özil", "Zoë"],
    "en": ["Abel", "Ángel", "Ärger", "Nunez", "Ñúñez", "Nylund", "Otto", "Özil", "Zoë"],
    "es": ["Abel", "Ángel", "Ärger", "Nunez", "Nylund", "Ñúñez", "Otto", "Özil", "Zoë"],
    "he": ["אברהם", "בנימין", "דוד"],
    "ar": ["أحمد", "بشير", "ياسمين"],
}


def text_order_problem() -> str | None:
    """What is wrong with Qt's collation and case mapping (ICU's data), or None: names sort as
    each shipped language (and Hebrew and Arabic) sorts them, upper case follows German."""
    from PySide6.QtCore import QCollator, QLocale

    for code, expected in SORTED_NAMES.items():
        collator = QCollator(QLocale(code))
        got = sorted(reversed(expected), key=collator.sortKey)
        if got != expected:
            return f"{code} sorts {got}"
    upper = QLocale("de").toUpper("Straße")
    return None if upper == "STRASSE" else f"German upper case gives {upper!r}"


def window_self_test(timeout_s: float = SELF_TEST_TIMEOUT_S) -> int:
    """Open the main window on a throwaway store, wait for it to paint, visit every screen.

    Prints one line per step like the core self-test. Returns 0 when every step passed, 1 when a
    step failed or the watchdog fired (a modal dialog or a stuck slot would otherwise hang).
    """
    _headless_default()
    import tempfile
    from pathlib import Path

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QFontDatabase

    from fieldride.store import open_store
    from ui import settings
    from ui.app import apply_style, create_application, prepare_store, watch_first_paint

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
            icon_problem = desktop_icon_problem(app)
            if icon_problem:
                print(f"self-test FAILED at: the window icon and desktop entry ({icon_problem})")
                return 1
            print("ok  the window icon drawn from the SVG, the desktop entry and its icons")
            order_problem = text_order_problem()
            if order_problem:
                print(f"self-test FAILED at: sort names in each shipped language ({order_problem})")
                return 1
            print("ok  sort names with accents in each shipped language, Hebrew and Arabic")
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

                    for key, _title, _build in SCREENS:
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


if __name__ == "__main__":
    raise SystemExit(main())
