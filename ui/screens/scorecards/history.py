"""The version history of one scorecard: newest first, with date, source file and ride use.

Selecting a version emits ``version_selected`` (the preview and export follow it). Versions are
immutable; the list says which ones rides were scored against.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from fieldride.scorecards.model import ScorecardVersion


def _date(stamp: str) -> str:
    try:
        when = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return stamp[:10]
    return when.strftime("%d %b %Y %H:%M")


def describe(version: ScorecardVersion, rides: int, latest: bool) -> str:
    """One line per version, e.g. ``"Version 2 (latest) · 21 Nov 2026 · discovery.xlsx ·
    used by 3 rides"``."""
    parts = [
        f"Version {version.version}" + (" (latest)" if latest else ""),
        _date(version.created_at),
    ]
    if version.source:
        parts.append(version.source)
    parts.append(f"used by {rides} ride{'s' if rides != 1 else ''}" if rides else "not used yet")
    return " · ".join(parts)


class ScorecardHistory(QWidget):
    version_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel("Version history")
        heading.setProperty("role", "subheading")
        layout.addWidget(heading)
        self.list = QListWidget()
        self.list.setAccessibleName("Version history")
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.currentItemChanged.connect(self._changed)
        layout.addWidget(self.list)
        hint = QLabel("Importing a changed file makes a new version; rides keep theirs.")
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)

    def set_versions(self, versions: list[ScorecardVersion], rides: dict[int, int]) -> None:
        """Show ``versions`` (newest first) and select the newest."""
        self.list.blockSignals(True)
        self.list.clear()
        for i, v in enumerate(versions):
            item = QListWidgetItem(describe(v, rides.get(v.id, 0), latest=i == 0))
            item.setData(Qt.ItemDataRole.UserRole, v)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if versions:
            self.list.setCurrentRow(0)
        else:
            self.version_selected.emit(None)

    def selected(self) -> ScorecardVersion | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        self.version_selected.emit(current.data(Qt.ItemDataRole.UserRole) if current else None)
