"""The log: one private file per data folder, rotated at start when it grew past the limit."""

from __future__ import annotations

import logging
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldride.logsetup import rotate, setup_logging


@pytest.fixture
def restore_root_logger() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


def test_setup_writes_a_private_log(tmp_path: Path, restore_root_logger: None) -> None:
    log_file = setup_logging(tmp_path)
    logging.getLogger("fieldride.test").info("an event")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert log_file == tmp_path / "logs" / "fieldride.log"
    assert "INFO fieldride.test: an event" in log_file.read_text(encoding="utf-8")
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(log_file.parent.stat().st_mode) == 0o700


def test_a_big_log_is_rotated_at_start_and_the_oldest_dropped(
    tmp_path: Path, restore_root_logger: None
) -> None:
    logs = tmp_path / "logs"
    logs.mkdir(mode=0o700)
    log_file = logs / "fieldride.log"
    for n, text in [(1, "one"), (2, "two"), (3, "three")]:
        (logs / f"fieldride.log.{n}").write_text(text, encoding="utf-8")
    log_file.write_text("x" * 1_000_000, encoding="utf-8")
    setup_logging(tmp_path)
    logging.getLogger("fieldride.test").warning("after rotation")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert (logs / "fieldride.log.1").read_text(encoding="utf-8") == "x" * 1_000_000
    assert (logs / "fieldride.log.2").read_text(encoding="utf-8") == "one"
    assert (logs / "fieldride.log.3").read_text(encoding="utf-8") == "two"
    assert not (logs / "fieldride.log.4").exists()  # "three" was the oldest: dropped
    assert log_file.read_text(encoding="utf-8").endswith("after rotation\n")
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600


def test_a_small_log_is_kept(tmp_path: Path) -> None:
    log_file = tmp_path / "fieldride.log"
    log_file.write_text("short", encoding="utf-8")
    assert rotate(log_file) is False
    assert log_file.read_text(encoding="utf-8") == "short"
    assert rotate(tmp_path / "missing.log") is False


def test_a_full_disk_holds_log_records_back_and_prints_nothing(
    tmp_path: Path, restore_root_logger: None, capfd: pytest.CaptureFixture[str]
) -> None:
    """Issue 20, fault 1: on a full disk the log kept nothing and printed 'Logging error'
    tracebacks to stderr; now the records wait in memory and reach the file when space
    returns, in order."""
    from tests.storage_faults import SmallDisk

    with SmallDisk(tmp_path / "disk", size=1024 * 1024) as disk:
        log_file = setup_logging(disk.path / "data")
        log = logging.getLogger("fieldride.test")
        log.warning("before the disk filled")
        disk.fill()
        for n in range(50):
            log.error("write failed, kept to try again: test %d", n)
        captured = capfd.readouterr()
        assert "Logging error" not in captured.err and "Traceback" not in captured.err
        assert "test 49" not in log_file.read_text(encoding="utf-8")
        disk.free()
        log.warning("space is back")
        text = log_file.read_text(encoding="utf-8")
        lines = [line for line in text.splitlines() if "fieldride.test" in line]
        assert len(lines) == 52
        assert lines[0].endswith("before the disk filled")
        assert lines[1].endswith("test 0") and lines[50].endswith("test 49")
        assert lines[51].endswith("space is back")
        for handler in logging.getLogger().handlers:
            handler.close()


def test_a_signal_handler_that_logs_mid_record_loses_and_repeats_nothing(tmp_path: Path) -> None:
    """The app's Ctrl+C handler logs "quitting on SIGINT" (ui/os_signals.py) on the main thread,
    between any two steps of a record being written. Re-entered there, the handler wrote the
    record twice and the interrupted write then popped an empty deque: an IndexError out of
    ``log.info`` and a traceback on stderr (test_shutdown's Ctrl+C during start-up logging,
    seen under load). A profiling timer on this process's CPU time (as often under load as on an
    idle machine; SIGPROF, not pytest-timeout's SIGALRM) signals inside many of the records."""
    import signal
    import time

    from fieldride.logsetup import LogFile

    handler = LogFile(tmp_path / "fieldride.log")
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("fieldride.test.reentry")
    log.addHandler(handler)
    log.propagate = False
    log.setLevel(logging.INFO)
    signals: list[int] = []

    def on_timer(_signum: int, _frame: object) -> None:
        n = len(signals) + 1
        signals.append(n)
        log.info("signal %d", n)  # a signal may land in here too: its record comes first

    previous = signal.signal(signal.SIGPROF, on_timer)
    signal.setitimer(signal.ITIMER_PROF, 0.0001, 0.0001)
    records = 0
    try:
        deadline = time.monotonic() + 30
        while (len(signals) < 50 or records < 1000) and time.monotonic() < deadline:
            records += 1
            log.info("record %d", records)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, previous)
        log.removeHandler(handler)
        log.setLevel(logging.NOTSET)
        handler.close()
    assert len(signals) >= 50, "the timer must interrupt the records often"
    lines = (tmp_path / "fieldride.log").read_text(encoding="utf-8").splitlines()
    assert [line for line in lines if line.startswith("record")] == [
        f"record {n}" for n in range(1, records + 1)
    ]
    assert sorted(int(line.split()[1]) for line in lines if line.startswith("signal")) == signals
