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
