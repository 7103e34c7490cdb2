"""The app ends cleanly when the system asks it to (Ctrl+C in a terminal, ``kill``, ``timeout``)
and explains itself when there is no display.

Real processes, real signals: the app is started as ``fieldride`` would be, on the offscreen
platform, and signalled once its store is open.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.waiting import LineReader, wait_until
from ui.single_instance import LOCK_NAME

ROOT = Path(__file__).resolve().parents[2]
UNCLEAN_MARKER = "fieldride.open"


def _start(folder: Path, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "ui.launch", "--data-dir", str(folder)],
        cwd=ROOT,
        env=env or {**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, like a command typed in a terminal
    )


def _without_display() -> dict[str, str]:
    return {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }


def _markers(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{UNCLEAN_MARKER}.*"))


def _log_text(folder: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted((folder / "logs").glob("*.log")))


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_closes_the_app_cleanly(tmp_path: Path, sig: signal.Signals) -> None:
    folder = tmp_path / "data"
    for attempt in range(2):  # the second start must find a clean shutdown behind it
        app = _start(folder)
        assert app.stderr is not None
        errors = LineReader(app.stderr)
        try:
            wait_until(
                lambda app=app, started=attempt + 1: (
                    app.poll() is not None or _log_text(folder).count("app started") == started
                ),
                timeout=60,
                what="the app to open its store",
            )
            assert app.poll() is None, "".join(errors.rest(10))
            assert _markers(folder), "the open store has its marker"
            os.killpg(app.pid, sig)  # as Ctrl+C or `timeout` do: the whole process group
            code = app.wait(timeout=30)
        finally:
            if app.poll() is None:
                app.kill()
        stderr = "".join(errors.rest(10))
        assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr, stderr
        assert code == 0, stderr
        assert _markers(folder) == [], f"start {attempt + 1} left its marker"
        assert not (folder / LOCK_NAME).exists(), f"start {attempt + 1} left its lock"
        log = _log_text(folder)
        assert log.count("app closed cleanly") == attempt + 1
        assert f"quitting on {sig.name}" in log
    assert "not closed cleanly" not in _log_text(folder).lower()


def test_no_display_is_explained_in_one_line(tmp_path: Path) -> None:
    """Without DISPLAY, WAYLAND_DISPLAY, QT_QPA_PLATFORM and without xvfb-run on PATH: one line
    saying what to do, exit 2, and Qt is never started (it would abort with SIGABRT)."""
    env = _without_display()
    env["PATH"] = str(tmp_path)  # no Xvfb to be found
    result = subprocess.run(
        [sys.executable, "-m", "ui.launch", "--data-dir", str(tmp_path / "data")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display found" in lines[0] and "xvfb" in lines[0].lower()
    assert not (tmp_path / "data").exists()  # nothing was created before the refusal


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed")
def test_without_a_display_it_opens_on_xvfb_and_ctrl_c_still_closes_it_cleanly(
    tmp_path: Path,
) -> None:
    """Ctrl+C reaches the terminal's whole process group; the virtual display runs in a session
    of its own, so it outlives the app's clean close instead of dying under it."""
    folder = tmp_path / "data"
    app = _start(folder, env=_without_display())
    assert app.stderr is not None
    errors = LineReader(app.stderr)
    try:
        wait_until(
            lambda: app.poll() is not None or "app started" in _log_text(folder),
            timeout=60,
            what="the app to open on Xvfb",
        )
        assert app.poll() is None
        os.killpg(app.pid, signal.SIGINT)
        code = app.wait(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
    stderr = "".join(errors.rest(10))
    assert code == 0, stderr
    assert "virtual display (Xvfb :" in stderr and "Traceback" not in stderr, stderr
    assert _markers(folder) == [] and not (folder / LOCK_NAME).exists()
    assert "app closed cleanly" in _log_text(folder)
