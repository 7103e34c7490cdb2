"""A document write killed midway leaves no hidden partial file for good (issue 20, fault 10):
the next write into that folder removes leftovers of dead writers, never a live writer's file.
Real processes, real files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from fieldride.paths import PARTIAL_PREFIX
from fieldride.reports.layout import write_private

KILLED_MID_WRITE = """
import os, sys, time
from pathlib import Path
from fieldride.paths import new_partial_file
fd, path = new_partial_file(Path(sys.argv[1]), ".pdf.part")
os.write(fd, b"%PDF-1.4 the whole personal content of a summary")
print(path, flush=True)
time.sleep(60)
"""


def start_writer(folder: Path) -> tuple[subprocess.Popen[str], Path]:
    writer = subprocess.Popen(
        [sys.executable, "-c", KILLED_MID_WRITE, str(folder)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None
    return writer, Path(writer.stdout.readline().strip())


def test_a_killed_writers_partial_file_is_removed_by_the_next_write(tmp_path: Path) -> None:
    writer, partial = start_writer(tmp_path)
    writer.kill()
    writer.wait()
    assert partial.exists() and partial.name.startswith(PARTIAL_PREFIX)
    out = write_private(tmp_path / "summary.pdf", b"%PDF-1.4 new")
    assert out.read_bytes() == b"%PDF-1.4 new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.pdf"]


def test_a_live_writers_partial_file_is_left_alone(tmp_path: Path) -> None:
    writer, partial = start_writer(tmp_path)
    try:
        write_private(tmp_path / "other.pdf", b"%PDF-1.4 other")
        assert partial.exists(), "another process is still writing it"
    finally:
        writer.kill()
        writer.wait()


def test_leftovers_named_before_process_ids_are_removed_too(tmp_path: Path) -> None:
    """Versions before the process id in the name left '.fieldride-XXXX.pdf.part' files (the
    files the fault names): the next write removes those older than the running process."""
    old = tmp_path / ".fieldride-k1ll3d.pdf.part"
    newer = tmp_path / ".fieldride-wr1t1ng.pdf.part"
    for path, stamp in ((old, 1_000_000_000), (newer, 4_000_000_000)):
        path.write_bytes(b"%PDF-1.4 the whole personal content of a summary")
        os.utime(path, (stamp, stamp))
    write_private(tmp_path / "summary.pdf", b"%PDF-1.4 new")
    assert not old.exists(), "a leftover from before the process id is removed"
    assert newer.exists(), "a file newer than this process is not ours to judge"


def test_killed_exports_leave_nothing_behind_after_the_next_export(tmp_path: Path) -> None:
    """The data export and the scorecard export write through the same partial files."""
    from fieldride.cli import main

    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo", "--months", "2"]) == 0
    out = tmp_path / "out"
    out.mkdir()
    for _ in range(2):
        writer, partial = start_writer(out)
        writer.kill()
        writer.wait()
        assert partial.exists()
    assert main(["--data-dir", str(data), "export", "--out", str(out / "e.xlsx")]) == 0
    assert main(["--data-dir", str(data), "export", "--out", str(out / "e.csv")]) == 0
    assert main(["--data-dir", str(data), "scorecard", "export", "field-visit",
                 "--out", str(out / "card.yaml")]) == 0  # fmt: skip
    assert sorted(p.name for p in out.iterdir()) == [
        "card.yaml",
        "e-commitments.csv",
        "e-observations.csv",
        "e-rides.csv",
        "e.xlsx",
    ]
