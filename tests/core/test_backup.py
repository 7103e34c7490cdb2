"""Rolling backups (temp name, fsync, quick_check, rename; bounded count) and restore."""

from __future__ import annotations

import sqlite3
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from fieldride import store as dbmod
from fieldride.store import (
    BackupError,
    Store,
    backup,
    backup_folder,
    list_backups,
    make_backup,
    maybe_daily_backup,
    newest_good_backup,
    open_store,
    restore_backup,
)
from fieldride.store.backup import KEEP
from fieldride.team import sellers


def count_sellers(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM sellers").fetchone()[0])
    finally:
        conn.close()


def test_backup_is_complete_private_and_self_contained(store: Store) -> None:
    sellers.add_seller(store, "Ana")
    path = make_backup(store)
    assert path.parent == store.folder / "backups"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert count_sellers(path) == 1
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert not list(path.parent.glob(".*"))  # no temporary left behind
    [info] = list_backups(store.folder)
    assert info.kind == "manual" and info.path == path and info.size == path.stat().st_size


def test_backup_that_fails_its_check_is_discarded(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "_quick_check", lambda path: False)
    with pytest.raises(BackupError, match="failed its check"):
        make_backup(store)
    assert list((store.folder / "backups").iterdir()) == []


def test_leftover_temporaries_of_a_crashed_backup_are_removed(store: Store) -> None:
    folder = store.folder / "backups"
    folder.mkdir(exist_ok=True)
    (folder / ".20260101T000000000000Z-daily.fieldride-backup.tmp").write_bytes(b"half")
    make_backup(store)
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("kind", ["daily", "manual", "pre-migration"])
def test_backups_are_bounded_per_kind(store: Store, kind: str) -> None:
    other = make_backup(store, reason="pre-restore" if kind != "pre-restore" else "manual")
    for _ in range(KEEP[kind] + 3):
        make_backup(store, reason=kind)
    same = [b for b in list_backups(store.folder) if b.kind == kind]
    assert len(same) == KEEP[kind]
    assert other.exists()  # pruning one kind never touches another


def test_daily_backup_once_a_day(store: Store) -> None:
    assert maybe_daily_backup(store) is None, "a store with no sellers or rides is not backed up"
    sellers.add_seller(store, "Ana")
    first = maybe_daily_backup(store)
    assert first is not None
    assert maybe_daily_backup(store) is None
    later = datetime.now(UTC) + timedelta(days=1, minutes=1)
    assert maybe_daily_backup(store, now=later) is not None


def test_backup_folder_reads_without_disturbing_an_open_store(store: Store) -> None:
    sellers.add_seller(store, "Ana")  # still in the WAL: the copy must include it
    path = backup_folder(store.folder)
    assert count_sellers(path) == 1
    sellers.add_seller(store, "Ben")  # the app keeps writing afterwards
    assert store.db.execute("SELECT count(*) FROM sellers").fetchone()[0] == 2


def test_backup_folder_without_data_file(data_dir: Path) -> None:
    with pytest.raises(BackupError, match="no data file"):
        backup_folder(data_dir)


def test_restore_moves_current_aside_and_brings_backup_back(store: Store) -> None:
    sellers.add_seller(store, "Ana")
    saved = make_backup(store)
    sellers.add_seller(store, "Ben")
    folder = store.folder
    store.close()
    aside = restore_backup(folder, saved)
    assert count_sellers(folder / "fieldride.db") == 1
    assert count_sellers(aside) == 2  # nothing deleted: the replaced file still opens
    assert stat.S_IMODE((folder / "fieldride.db").stat().st_mode) == 0o600
    with open_store(folder) as again:
        assert again.db.execute("SELECT count(*) FROM sellers").fetchone()[0] == 1
    # A second restore in the same second does not overwrite the first file moved aside.
    aside2 = restore_backup(folder, saved)
    assert aside2 != aside and aside.exists() and aside2.exists()


def test_restore_refuses_damaged_backup(store: Store) -> None:
    saved = make_backup(store)
    folder = store.folder
    store.close()
    data = bytearray(saved.read_bytes())
    data[4096 : 4096 * 3] = b"\xff" * 8192
    saved.write_bytes(bytes(data))
    before = (folder / "fieldride.db").read_bytes()
    with pytest.raises(BackupError, match="damaged"):
        restore_backup(folder, saved)
    assert (folder / "fieldride.db").read_bytes() == before
    assert newest_good_backup(folder) is None


def test_newest_good_backup_skips_damaged_ones(store: Store) -> None:
    good = make_backup(store)
    bad = make_backup(store)
    bad.write_bytes(b"not a database")
    info = newest_good_backup(store.folder)
    assert info is not None and info.path == good


def test_restore_refuses_while_another_process_has_the_store_open(store: Store) -> None:
    saved = make_backup(store)
    folder = store.folder
    store.close()
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        (folder / f"{dbmod.UNCLEAN_MARKER}.{sleeper.pid}").touch()
        with pytest.raises(BackupError, match="still open"):
            restore_backup(folder, saved)
    finally:
        sleeper.kill()
        sleeper.wait()


def test_restore_missing_backup(data_dir: Path) -> None:
    with pytest.raises(BackupError, match="does not exist"):
        restore_backup(data_dir, data_dir / "nope.fieldride-backup")


# --- the CLI: fieldride backup / backups / restore / check -----------------------------------


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    from fieldride.cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_backup_list_and_restore(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    with open_store(data_dir) as s:
        sellers.add_seller(s, "Ana")
    d = str(data_dir)
    code, out, _ = run_cli(capsys, "--data-dir", d, "backup")
    assert code == 0 and "Backup written" in out
    with open_store(data_dir) as s:
        sellers.add_seller(s, "Ben")
    code, out, _ = run_cli(capsys, "--data-dir", d, "backups")
    assert code == 0 and "manual" in out and "sound" in out and "  1  " in out
    code, out, err = run_cli(capsys, "--data-dir", d, "restore")
    assert code == 1 and "--newest" in err
    code, out, err = run_cli(capsys, "--data-dir", d, "restore", "7")
    assert code == 1 and "no backup number 7" in err
    code, out, _ = run_cli(capsys, "--data-dir", d, "restore", "1")
    assert code == 0 and "previous data file was kept" in out
    assert count_sellers(data_dir / "fieldride.db") == 1
    code, out, _ = run_cli(capsys, "--data-dir", d, "restore", "--newest")
    assert code == 0


def test_cli_on_a_damaged_store_explains_and_restores(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    with open_store(data_dir) as s:
        sellers.add_seller(s, "Ana")
        make_backup(s)
    (data_dir / "fieldride.db").write_bytes(b"garbage" * 1000)
    d = str(data_dir)
    code, out, err = run_cli(capsys, "--data-dir", d, "check")
    assert code == 1 and "not a FieldRide database" in err and "Traceback" not in err
    code, out, err = run_cli(capsys, "--data-dir", d, "backup")
    assert code == 1 and "damaged" in err and "not backed up" in err
    code, out, _ = run_cli(capsys, "--data-dir", d, "restore", "--newest")
    assert code == 0
    code, out, _ = run_cli(capsys, "--data-dir", d, "check")
    assert code == 0 and "Integrity:      ok" in out and "Backups:" in out


def test_cli_restore_as_is_after_lost_data_file(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    with open_store(data_dir) as s:
        make_backup(s)
    (data_dir / "fieldride.db").unlink()
    d = str(data_dir)
    code, _, err = run_cli(capsys, "--data-dir", d, "check")
    assert code == 1 and "missing" in err
    code, out, _ = run_cli(capsys, "--data-dir", d, "restore", "--as-is")
    assert code == 0 and "as it is" in out
    code, _, _ = run_cli(capsys, "--data-dir", d, "check")
    assert code == 0


def test_cli_check_warns_about_cloud_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "Dropbox" / "FieldRide"
    code, _, _ = run_cli(capsys, "--data-dir", str(folder), "scorecard", "list")
    assert code == 0
    code, out, _ = run_cli(capsys, "--data-dir", str(folder), "check")
    assert code == 0 and "WARNING" in out and "Dropbox" in out


def test_a_cancelled_backup_leaves_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 24 (File ▸ Back up now): cancelled in the middle of the copy, or after it, no
    backup and no temporary file is left; reported step by step when not cancelled."""
    from fieldride.progress import Cancelled, Progress
    from fieldride.store import backup as backup_module
    from fieldride.store import check_backup

    monkeypatch.setattr(backup_module, "BACKUP_STEP_PAGES", 2)
    before = list_backups(store.folder)
    seen: list[tuple[int, int]] = []

    class StopAtSecondStep(Progress):
        def step(self, done: int, total: int | None = None) -> None:
            seen.append((done, total or 0))
            if len(seen) == 2:
                self.cancel()
            super().step(done, total)

    with pytest.raises(Cancelled):
        backup_folder(store.folder, "manual", progress=StopAtSecondStep())
    assert len(seen) == 2 and seen[1][1] > 4  # stopped mid-copy, pages of a bigger total
    cancelled_at_end = Progress()
    cancelled_at_end.cancel()
    with pytest.raises(Cancelled):
        backup_folder(store.folder, "manual", progress=cancelled_at_end)
    folder = store.folder / "backups"
    assert list_backups(store.folder) == before
    assert not [p for p in folder.iterdir() if ".tmp" in p.name]
    progress = Progress()
    made = backup_folder(store.folder, "manual", progress=progress)
    assert check_backup(made) and progress.done == progress.total > 4
