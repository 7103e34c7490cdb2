"""Logging to ``<data>/logs/fieldride.log`` (0600, rotated).

Privacy rule: log messages never contain personal text (names, evidence, notes). Log events and
counts, not content; tests scan the log for the text they typed.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from fieldride import paths


def setup_logging(data_folder: Path, level: int = logging.INFO) -> Path:
    folder = paths.ensure_private_dir(paths.logs_dir(data_folder))
    log_file = folder / "fieldride.log"
    paths.create_private_file(log_file)
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_fieldride", False)]:
        root.removeHandler(old)
        old.close()
    handler._fieldride = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    if os.name == "posix":
        os.chmod(log_file, 0o600)
    return log_file
