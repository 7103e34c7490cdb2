"""Logging to ``<data>/logs/fieldride.log`` (0600, rotated at start).

Privacy rule: log messages never contain personal text (names, evidence, notes). Log events and
counts, not content; tests scan the log for the text they typed.

Rotation happens when logging is set up (each start of the app or of a command): a log over
``MAX_BYTES`` becomes ``fieldride.log.1`` and older ones shift up to ``.BACKUPS``. The app logs
events, not content, so one session stays far below the limit; rotating at start keeps
``logging.handlers`` (and the socket, pickle and queue modules it imports) off the start-up
path.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from fieldride import paths

MAX_BYTES = 1_000_000
BACKUPS = 3


def rotate(log_file: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> bool:
    """Shift ``log_file`` to ``.1`` (and ``.1`` to ``.2``…, dropping the oldest) when it holds
    ``max_bytes`` or more; return whether it did. A file that cannot be moved stays in use."""
    try:
        if log_file.stat().st_size < max_bytes:
            return False
    except OSError:
        return False
    try:
        for n in range(backups - 1, 0, -1):
            older = log_file.with_name(f"{log_file.name}.{n}")
            if older.exists():
                os.replace(older, log_file.with_name(f"{log_file.name}.{n + 1}"))
        os.replace(log_file, log_file.with_name(f"{log_file.name}.1"))
    except OSError:
        return False
    return True


def setup_logging(data_folder: Path, level: int = logging.INFO) -> Path:
    folder = paths.ensure_private_dir(paths.logs_dir(data_folder), inside_data_folder=True)
    log_file = folder / "fieldride.log"
    rotate(log_file)
    paths.create_private_file(log_file)
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_fieldride", False)]:
        root.removeHandler(old)
        old.close()
    handler._fieldride = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(log_file, 0o600)
    return log_file
