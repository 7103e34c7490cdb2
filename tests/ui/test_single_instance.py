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

from tests.waiting import LineReader, wait_until
from ui.single_instance import LOCK_NAME, InstanceGuard, Outcome, unreachable_message

SECOND = """
import logging
import sys
from PySide6.QtCore import QCoreApplication
from pathlib import Path
from ui.single_instance import InstanceGuard
# each retry of a launch that finds the lock held is logged: the test waits for one
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="log %(message)s")
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
    out, err = proc.communicate(timeout=15)
    assert proc.returncode == 0, err
    return "\n".join(line for line in out.splitlines() if not line.startswith("log ")).strip()


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
    assert proc.stdout is not None
    lines = LineReader(proc.stdout)
    # the second launch has tried at least once and keeps trying
    assert "does not answer yet" in (lines.next_line(time.monotonic() + 15) or "")
    assert proc.poll() is None
    first.listen()
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=15000)
    assert proc.returncode == 0
    answer = [line for line in lines.rest(15) if not line.startswith("log ")]
    assert answer[0].split()[0] == "raised"
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
    lines = LineReader(proc.stdout)
    deadline = time.monotonic() + 30
    assert (lines.next_line(deadline) or "").split()[0] == "primary"
    assert (lines.next_line(deadline) or "").strip() == "holding"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    guard = InstanceGuard(tmp_path)
    assert guard.acquire() is Outcome.PRIMARY
    guard.release()


@pytest.mark.slow
def test_real_app_second_launch_exits_with_a_message(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    exe = [sys.executable, "-m", "ui.launch", "--data-dir", str(tmp_path / "d")]
    first = subprocess.Popen(exe, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        # The store is open once the log folder has a file; the second launch keeps trying
        # until the first listens (a moment after its first paint).
        wait_until(
            lambda: (
                first.poll() is not None
                or ((tmp_path / "d" / LOCK_NAME).exists() and any((tmp_path / "d").glob("logs/*")))
            ),
            timeout=30,
            what="the first instance to open its store",
        )
        assert first.poll() is None, "the first instance stopped"
        second = subprocess.run(exe, env=env, capture_output=True, text=True, timeout=30)
        assert second.returncode == 0
        assert "already open" in second.stderr
        assert first.poll() is None  # the first one keeps running
    finally:
        first.terminate()
        first.wait(timeout=10)


HOLD_CORE_LOCK = """
import sys
from pathlib import Path
from fieldride.store.instance_lock import hold_instance_lock
with hold_instance_lock(Path(sys.argv[1])):
    print("held", flush=True)
    sys.stdin.readline()
"""


def test_the_app_cannot_start_while_fieldride_repair_holds_the_lock(
    qtbot: Any, tmp_path: Path
) -> None:
    """``fieldride repair`` takes the same lock as the app, the way QLockFile takes it; the app
    then sees it held by that process (and takes it over once that process is gone)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_CORE_LOCK, str(tmp_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        guard = InstanceGuard(tmp_path)
        assert guard.acquire(timeout_ms=300) is Outcome.UNREACHABLE
        assert guard.holder().pid == holder.pid
    finally:
        holder.kill()
        holder.wait()
    guard = InstanceGuard(tmp_path)  # killed: its lock is stale and taken over
    assert guard.acquire(timeout_ms=300) is Outcome.PRIMARY
    guard.release()


def test_fieldride_repair_is_refused_while_the_app_holds_the_lock(tmp_path: Path) -> None:
    guard = InstanceGuard(tmp_path)
    assert guard.acquire(listen=False) is Outcome.PRIMARY
    try:
        done = subprocess.run(
            [sys.executable, "-m", "fieldride", "--data-dir", str(tmp_path), "repair"],
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        guard.release()
    assert done.returncode == 2, done.stderr
    assert f"process {os.getpid()} holds its lock" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "repairs").exists()


QUIT_WITH_A_LAUNCH_CONNECTED = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from PySide6.QtNetwork import QLocalSocket
from ui.single_instance import InstanceGuard
app = QCoreApplication([])
guard = InstanceGuard(Path(sys.argv[1]))
assert guard.acquire().value == "primary"
waiting = QLocalSocket()  # a second launch, connected, not asked yet
waiting.connectToServer(guard.name)
asked = QLocalSocket()  # and one that asked and was answered
asked.connectToServer(guard.name)
assert waiting.waitForConnected(2000) and asked.waitForConnected(2000)
asked.write(b"raise\\n")
asked.flush()
for _ in range(50):
    app.processEvents()
    time.sleep(0.005)
guard.release()  # the app quits with a launch still connected
del guard
for _ in range(20):
    app.processEvents()
print("quit", flush=True)
"""


def test_quitting_while_a_second_launch_is_connected_raises_nothing(tmp_path: Path) -> None:
    """Seen when two launches started at once on one folder: the first, quitting, printed
    "RuntimeError: ... QLocalSocket already deleted" from the slot that forgets a client (the
    socket, destroyed with the server, emitted its disconnected signal on the way)."""
    proc = subprocess.run(
        [sys.executable, "-c", QUIT_WITH_A_LAUNCH_CONNECTED, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "quit"
    assert "Traceback" not in proc.stderr and "RuntimeError" not in proc.stderr, proc.stderr
