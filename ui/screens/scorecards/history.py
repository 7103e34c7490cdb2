"""The version history of one scorecard: newest first, with date, source file and ride use.

Selecting a version emits ``version_selected`` (the preview and export follow it). Versions are
immutable; the list says which ones rides were scored against.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from fieldride.scorecards.model import ScorecardVersion
from ui.translation import ui_date


def _date(stamp: str) -> str:
    """The day in the UI's locale and the local time (24-hour digits read alike everywhere)."""
    try:
        when = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return ui_date(stamp[:10])
    return f"{ui_date(when.date())} {when:%H:%M}"


class ScorecardHistory(QWidget):
    version_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Version history"))
        heading.setProperty("role", "subheading")
        layout.addWidget(heading)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Version history"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.currentItemChanged.connect(self._changed)
        layout.addWidget(self.list)
        hint = QLabel(self.tr("Importing a changed file makes a new version; rides keep theirs."))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)

    def set_versions(self, versions: list[ScorecardVersion], rides: dict[int, int]) -> None:
        """Show ``versions`` (newest first) and select the newest."""
        self.list.blockSignals(True)
        self.list.clear()
        for i, v in enumerate(versions):
            item = QListWidgetItem(self.describe(v, rides.get(v.id, 0), latest=i == 0))
            item.setData(Qt.ItemDataRole.UserRole, v)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if versions:
            self.list.setCurrentRow(0)
        else:
            self.version_selected.emit(None)

    def describe(self, version: ScorecardVersion, rides: int, latest: bool) -> str:
        """One line per version, e.g. ``"Version 2 (latest) · 21/11/2026 14:05 · discovery.xlsx ·
        used by 3 rides"``."""
        name = (
            self.tr("Version {version} (latest)") if latest else self.tr("Version {version}")
        ).format(version=version.version)
        use = self.tr("used by %n ride(s)", "", rides) if rides else self.tr("not used yet")
        line = (
            self.tr("{version} · {when} · {file} · {use}")
            if version.source
            else self.tr("{version} · {when} · {use}")
        )
        return line.format(
            version=name, when=_date(version.created_at), file=version.source, use=use
        )

    def selected(self) -> ScorecardVersion | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        self.version_selected.emit(current.data(Qt.ItemDataRole.UserRole) if current else None)
