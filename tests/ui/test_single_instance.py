"""One running instance per data folder: a second launch raises the first or explains why not.

The second instance always runs in another process (as in real life): the first one must keep
its event loop turning to answer, which ``qtbot.waitUntil`` does while we wait for the child.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from ui.single_instance import LOCK_NAME, InstanceGuard, Outcome, unreachable_message

SECOND = """
import sys
from PySide6.QtCore import QCoreApplication
from pathlib import Path
from ui.single_instance import InstanceGuard
app = QCoreApplication([])
guard = InstanceGuard(Path(sys.argv[1]))
outcome = guard.acquire(timeout_ms=3000)
print(outcome.value, guard.holder().pid, flush=True)
if len(sys.argv) > 2:  # hold the lock until killed
    print("holding", flush=True)
    sys.stdin.readline()
"""


def start_second(folder: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", SECOND, str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def wait_second(qtbot: Any, proc: subprocess.Popen[str]) -> str:
    """Let this process's event loop turn (to answer) until the second launch has exited."""
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=15000)
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    return out.strip()


def run_second(qtbot: Any, folder: Path) -> str:
    return wait_second(qtbot, start_second(folder))


def test_second_launch_raises_the_first(qtbot: Any, tmp_path: Path) -> None:
    first = InstanceGuard(tmp_path)
    assert first.acquire() is Outcome.PRIMARY
    assert (os.stat(tmp_path / LOCK_NAME).st_mode & 0o777) == 0o600
    raised: list[bool] = []
    first.activation_requested.connect(lambda: raised.append(True))
    out = run_second(qtbot, tmp_path)
    assert out.split()[0] == "raised"
    assert raised == [True]
    first.release()


def test_a_launch_before_the_first_listens_waits_for_it(qtbot: Any, tmp_path: Path) -> None:
    """The app takes the lock before its first paint and listens just after it: a second
    launch in that window keeps trying instead of reporting a frozen instance."""
    first = InstanceGuard(tmp_path)
    assert first.acquire(listen=False) is Outcome.PRIMARY
    assert first.server is None
    raised: list[bool] = []
    first.activation_requested.connect(lambda: raised.append(True))
    proc = start_second(tmp_path)
    qtbot.wait(700)  # the second launch is already trying to connect
    assert proc.poll() is None
    first.listen()
    assert wait_second(qtbot, proc).split()[0] == "raised"
    assert raised == [True]
    first.release()


def test_lock_held_but_nobody_answers_is_explained(qtbot: Any, tmp_path: Path) -> None:
    first = InstanceGuard(tmp_path)
    assert first.acquire() is Outcome.PRIMARY
    assert first.server is not None
    first.server.close()  # a frozen instance: holds the lock, does not answer
    out = run_second(qtbot, tmp_path)
    outcome, pid = out.split()
    assert outcome == "unreachable"
    assert int(pid) == os.getpid()
    holder = InstanceGuard(tmp_path).holder()
    message = unreachable_message(tmp_path, holder)
    assert str(tmp_path) in message and f"process {os.getpid()}" in message
    first.release()


def test_lock_of_a_killed_instance_is_taken_over(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", SECOND, str(tmp_path), "hold"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().split()[0] == "primary"
    assert proc.stdout.readline().strip() == "holding"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    guard = InstanceGuard(tmp_path)
    assert guard.acquire() is Outcome.PRIMARY
    guard.release()


@pytest.mark.slow
def test_real_app_second_launch_exits_with_a_message(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    exe = [sys.executable, "-m", "ui.launch", "--data-dir", str(tmp_path / "d")]
    first = subprocess.Popen(exe, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while not (tmp_path / "d" / LOCK_NAME).exists() or not list(
            (tmp_path / "d").glob("logs/*")
        ):
            assert time.monotonic() < deadline, "the first instance did not start"
            assert first.poll() is None
            time.sleep(0.05)
        time.sleep(0.5)
        second = subprocess.run(exe, env=env, capture_output=True, text=True, timeout=30)
        assert second.returncode == 0
        assert "already open" in second.stderr
        assert first.poll() is None  # the first one keeps running
    finally:
        first.terminate()
        first.wait(timeout=10)
