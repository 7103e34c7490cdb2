"""Unclean-shutdown markers: one file ``fieldride.open.<pid>`` per process with the store open.

A clean close removes this process's marker; a marker whose process is gone means that process
died with the store open (``fieldride.store.open_store`` then runs the full integrity check). Markers
of live processes tell who else has the store open. Part of ``fieldride.store``.
"""

from __future__ import annotations

import os
from pathlib import Path

from fieldride.paths import process_alive

UNCLEAN_MARKER = "fieldride.open"

# Stores open in this process, per folder: the marker goes only when the last one closes.
_open_counts: dict[Path, int] = {}


def _marker(folder: Path, pid: int) -> Path:
    return folder / f"{UNCLEAN_MARKER}.{pid}"


def _pid_alive(pid: int) -> bool:
    # Where there is no liveness probe, "gone" only costs a full integrity_check at next start.
    return process_alive(pid)


def _markers(folder: Path) -> list[tuple[Path, int | None]]:
    found: list[tuple[Path, int | None]] = []
    if not folder.is_dir():
        return found
    for path in folder.glob(f"{UNCLEAN_MARKER}*"):
        suffix = path.name[len(UNCLEAN_MARKER) :].lstrip(".")
        found.append((path, int(suffix) if suffix.isdigit() else None))
    return found


def stale_markers(folder: Path) -> list[Path]:
    """Markers left by processes that died with the store open (an unclean shutdown)."""
    return [p for p, pid in _markers(folder) if pid is None or not _pid_alive(pid)]


def other_processes(folder: Path) -> list[int]:
    """Ids of other live processes that have the store in ``folder`` open."""
    me = os.getpid()
    return sorted(pid for _, pid in _markers(folder) if pid and pid != me and _pid_alive(pid))


CHECKPOINTED = "checkpointed\n"


def mark_stale_checkpointed(folder: Path) -> None:
    """Note in each stale marker that its process's journal was checkpointed into the data file.

    Called by the last process to close the store after a successful ``wal_checkpoint``: the
    WAL is shared, so what a crashed process committed is now in the data file, and SQLite
    deletes the journal as this connection closes. Without the note, the next start would find
    an unclean shutdown without its journal and report possible loss where there is none. The
    marker stays, so the next start still runs the full integrity check.
    """
    for path in stale_markers(folder):
        try:
            path.write_text(CHECKPOINTED, encoding="ascii")
        except OSError:  # cannot write the note: the next start asks, which is safe
            continue


def stale_all_checkpointed(markers: list[Path]) -> bool:
    """True when every one of ``markers`` says its journal was checkpointed (see above)."""
    try:
        return bool(markers) and all(
            p.read_text(encoding="ascii", errors="replace") == CHECKPOINTED for p in markers
        )
    except OSError:
        return False


def clear_stale_markers(folder: Path) -> None:
    """Forget earlier unclean shutdowns (after a check passed, a restore, or the user accepted)."""
    for path in stale_markers(folder):
        path.unlink(missing_ok=True)


def take_marker(folder: Path) -> None:
    _open_counts[folder] = _open_counts.get(folder, 0) + 1
    marker = _marker(folder, os.getpid())
    marker.touch(mode=0o600)


def release_marker(folder: Path) -> None:
    count = _open_counts.get(folder, 1) - 1
    if count > 0:
        _open_counts[folder] = count
        return
    _open_counts.pop(folder, None)
    _marker(folder, os.getpid()).unlink(missing_ok=True)
