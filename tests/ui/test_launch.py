"""ui.launch: the window part of ``--self-test``; the first-paint benchmark hook
(benchmarks/app_probe.py, plugged in through ui.app.add_start_hook)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fieldride import rides
from fieldride.store import backup_folder, open_store
from ui.app import daily_backup_due

ROOT = Path(__file__).resolve().parents[2]


def _run(
    args: list[str], env: dict[str, str] | None = None, module: str = "ui.launch"
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=full_env,
    )


def test_full_self_test_opens_the_window_and_exits_0() -> None:
    result = _run(["--self-test"])
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "self-test passed" in out
    assert "ok  open the main window (first paint after" in out
    assert "ok  visit every screen" in out
    assert "ok  sort names with accents in each shipped language, Hebrew and Arabic" in out
    assert out.strip().endswith("window self-test passed")


def test_names_sort_as_each_shipped_language_sorts_them(qtbot: object) -> None:
    """The self-test's collation check (the bundle's ICU data is reduced to the shipped
    languages: scripts/icu_data.py) passes here and tells the languages apart: Spanish puts ñ
    after n, German and English do not, so data missing for one of them shows."""
    from PySide6.QtCore import QCollator, QLocale

    from fieldride.i18n import SHIPPED
    from ui.launch import SORTED_NAMES, text_order_problem

    assert text_order_problem() is None
    assert set(SHIPPED) <= set(SORTED_NAMES)
    assert SORTED_NAMES["es"] != SORTED_NAMES["de"]
    root = QCollator(QLocale.c())
    assert sorted(SORTED_NAMES["es"], key=root.sortKey) != SORTED_NAMES["es"]


def test_window_self_test_watchdog_fails_instead_of_hanging(qtbot: object) -> None:
    """A watchdog shorter than the first paint must end the run with 1, not hang."""
    from ui.launch import window_self_test

    assert window_self_test(timeout_s=0) == 1


def test_exit_after_paint_prints_timestamps_in_order(tmp_path: Path) -> None:
    result = _run(
        ["--data-dir", str(tmp_path / "data")],
        env={"FIELDRIDE_EXIT_AFTER_PAINT": "1"},
        module="benchmarks.app_probe",
    )
    assert result.returncode == 0, result.stderr
    lines = [line.split() for line in result.stdout.splitlines() if line.startswith("FIELDRIDE_")]
    assert lines[0][0] == "FIELDRIDE_PAINTED"
    assert sorted(kind for kind, _ in lines[1:]) == ["FIELDRIDE_DATA", "FIELDRIDE_READY"]
    times = {kind: float(t) for kind, t in lines}
    # ready: after the deferred start-up step on the UI thread, which follows the first paint
    assert times["FIELDRIDE_PAINTED"] <= min(times["FIELDRIDE_DATA"], times["FIELDRIDE_READY"])


@pytest.mark.parametrize("value", ["", None])
def test_hook_is_off_without_the_variable(
    value: str | None, qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    from benchmarks.app_probe import ENV_EXIT_AFTER_PAINT, install_exit_after_paint

    if value is None:
        monkeypatch.delenv(ENV_EXIT_AFTER_PAINT, raising=False)
    else:
        monkeypatch.setenv(ENV_EXIT_AFTER_PAINT, value)
    window = QMainWindow()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert install_exit_after_paint(app, window) is False


def test_installed_pyside_keeps_true_alive_across_signal_emits(qtbot: object) -> None:
    """PySide6 6.12.0 dropped a reference to True on every Python-side ``emit(True)``; a capture
    session (hundreds of emits) then aborted the app with "bool_dealloc". pyproject.toml excludes
    that version; this fails if an environment still has it."""
    import sys

    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        changed = Signal(bool)

    emitter = Emitter()
    received: list[bool] = []
    emitter.changed.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(50):
        emitter.changed.emit(True)
    received.clear()
    assert sys.getrefcount(True) >= before


_PROBE = """
import gc, json, linecache, sys
from fieldride.collector import pause_collector

pause_collector()  # as the entry point does before it imports Qt and the UI
import benchmarks.app_probe as probe
import ui.app
from PySide6 import QtCore, QtGui

seen = {}
original = ui.app.watch_first_paint


def watch(window, callback):
    def at_paint(when):
        if "paint" not in seen:
            seen["paint"] = {
                "heavy": sorted(m for m in sys.modules if m.split(".")[0] in HEAVY),
                "collector": gc.isenabled(),
                "not_yet": sorted(m for m in sys.modules if m in NOT_BEFORE_PAINT),
                # PySide6 builds a class (and its enums) on its first use from Python
                "menu_classes": sorted(n for n in ("QAction", "QKeySequence") if n in vars(QtGui)),
            }
            QtCore.QTimer.singleShot(500, lambda: seen.setdefault("later", {
                "collector": gc.isenabled(), "frozen": gc.get_freeze_count(),
                "sources_cached": len(linecache.cache),
                "heavy": sorted(m for m in sys.modules if m.split(".")[0] in HEAVY),
                "unused": sorted(m for m in sys.modules if m in NOT_AT_START),
                # OpenSSL (hashlib's _hashlib), ~3.4 MiB resident: nothing at start needs it
                # (the single-instance socket, listening from 250 ms after the paint, is named
                # by Qt's SHA-256)
                "openssl": "_hashlib" in sys.modules,
            }))
        callback(when)
    original(window, at_paint)


def report(*args, **kwargs):
    if args and str(args[0]).startswith("FIELDRIDE_DATA"):
        from PySide6.QtWidgets import QApplication

        window = next(w for w in QApplication.topLevelWidgets() if w.inherits("QMainWindow"))
        screen = window.stack.currentWidget()
        if type(screen).__name__ == "CaptureScreen":  # its rows and the guidance are drawn
            filled = bool(screen.grid.rows) and bool(screen.guidance.toPlainText())
        else:
            filled = screen.recent.model.rowCount() > 0
        seen["data"] = {
            "screen": type(screen).__name__,
            "filled": filled,
        }
    if args and str(args[0]).startswith("FIELDRIDE_READY"):
        import PySide6.QtWidgets as widgets
        from PySide6.QtWidgets import QApplication

        with open("/proc/self/maps", encoding="ascii", errors="replace") as maps:
            svg = "libQt6Svg" in maps.read()
        from PySide6 import QtGui as gui

        seen["ready"] = {
            # PySide6 builds a class (and its enums) on its first use from Python
            "style_class": sorted(n for n in ("QStyle", "QCommonStyle") if n in vars(widgets)),
            "window_class": "QWindow" in vars(gui),
            "not_yet": sorted(m for m in sys.modules if m in NOT_AT_READY),
            "svg": svg,
            "icon_sizes": len(QApplication.windowIcon().availableSizes()),
        }
    print(*args, **kwargs)


HEAVY = ("reportlab", "openpyxl", "pypdf", "sqlite_utils", "yaml", "babel")
# what neither first screen needs: another screen's module for a constant, the document helpers
# (subprocess, printing) before a file is opened
NOT_AT_START = ("ui.screens.today", "ui.widgets.document_actions")
# what the empty window does not need: the store (its records, backups, error helpers) and
# sqlite3 come after the paint
NOT_BEFORE_PAINT = ("dataclasses", "fieldride.store", "sqlite3")
# what neither first screen needs to be ready: backups (after the background check), the
# named entities of ``html`` (user text is escaped by ui.rich_text)
NOT_AT_READY = ("fieldride.store.backup", "html", "html.entities")
ui.app.watch_first_paint = watch
probe.print = report  # the benchmark hook's FIELDRIDE_DATA line: the first screen shows data
code = probe.main(sys.argv[1:])
print("PROBE " + json.dumps(seen))
raise SystemExit(code)
"""


@pytest.mark.parametrize(
    ("ride_in_progress", "first_screen"), [(True, "CaptureScreen"), (False, "TodayScreen")]
)
def test_first_paint_stays_clear_of_heavy_work(
    tmp_path: Path, ride_in_progress: bool, first_screen: str
) -> None:
    """At the first paint the app has not imported reportlab, openpyxl, pypdf, sqlite-utils,
    YAML or Babel, nor ``dataclasses``, the store or sqlite3 (the empty window needs no
    records); on the capture screen it has not imported the Today screen's module or the
    document helpers, even once started. The first screen (the capture screen of the ride in
    progress, else Today) shows its data; the garbage collector is paused during the start and
    running (start-up objects frozen) soon after, and the module sources PySide6's import hook
    cached are dropped."""
    data = tmp_path / "data"
    subprocess.run(
        [sys.executable, "-m", "fieldride", "--data-dir", str(data), "demo"],
        check=True,
        capture_output=True,
    )
    if ride_in_progress:  # as in the benchmark's dataset: the app opens on its capture screen
        store = open_store(data)
        planned = store.db.execute("SELECT id FROM rides WHERE status = 'planned' LIMIT 1")
        rides.add_call(store, planned.fetchone()[0], "visit", "Harbour Foods")
        store.close()
    # today's backup made, as by an earlier start today (the first start of a day checks every
    # sealed ride's checksum while backing up, which loads OpenSSL; this start is a later one)
    backup_folder(data, reason="daily")
    assert not daily_backup_due(data)
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, "--data-dir", str(data)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "FIELDRIDE_EXIT_AFTER_PAINT": "rss"},
    )
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if x.startswith("PROBE "))
    seen = json.loads(line.removeprefix("PROBE "))
    # nor the menus' action and key classes: the actions are made once the data shows
    assert seen["paint"] == {"heavy": [], "collector": False, "not_yet": [], "menu_classes": []}
    assert seen["data"] == {"screen": first_screen, "filled": True}
    # ready for input without Qt's SVG icon engine and QtSvg (the window icon is its PNGs) and,
    # on capture, without the style's Python class (~45 M instructions of enums; the rating
    # rows draw their text in C++ alike); Today still re-polishes its primary button through it
    style_class = [] if ride_in_progress else ["QCommonStyle", "QStyle"]
    # the window icon set when the application is created: the eight desktop PNGs (16-512 px)
    assert seen["ready"] == {
        "style_class": style_class,
        "svg": False,
        "icon_sizes": 8,
        # the accessible rating rows name QWindow in their signatures only
        "window_class": False,
        "not_yet": [],
    }
    assert seen["later"]["collector"] is True and seen["later"]["frozen"] > 10_000
    # PySide6's import hook caches the source of each module imported after it (~90 at start);
    # the app drops them once started, so only the few imported since are left
    assert seen["later"]["sources_cached"] < 20
    assert seen["later"]["heavy"] == []
    assert seen["later"]["openssl"] is False
    # Today (a screen built on demand) imports the document helpers for its own buttons
    unused = [] if ride_in_progress else ["ui.screens.today", "ui.widgets.document_actions"]
    assert seen["later"]["unused"] == unused
