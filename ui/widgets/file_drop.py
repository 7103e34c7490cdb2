"""Files dragged onto a screen: the local files among a drag's URLs whose suffix the screen
takes (scorecards on Scorecards, rosters on Sellers)."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent


def dropped_files(event: QDragEnterEvent | QDropEvent, suffixes: Collection[str]) -> list[str]:
    """The local files in ``event`` whose lower-cased suffix is in ``suffixes``, in order."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [
        url.toLocalFile()
        for url in mime.urls()
        if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in suffixes
    ]
