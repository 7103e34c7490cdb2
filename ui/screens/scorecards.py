"""Scorecards: the library of standards, with a preview of the selected one."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from fieldride.db import Store
from fieldride.scorecards.model import ScorecardVersion
from fieldride.scorecards.store import list_latest
from ui.prompts import Prompts
from ui.widgets.empty_state import EmptyState
from ui.widgets.record_table import RecordTable

COLUMNS = [
    ("Name", lambda v: v.name),
    ("Version", lambda v: v.version),
    ("Behaviours", lambda v: len(v.card.behaviours())),
    ("Source", lambda v: v.source),
]


def preview_html(version: ScorecardVersion) -> str:
    card = version.card
    scale = " · ".join(f"{lv.value} {escape(lv.label)}" for lv in card.scale)
    parts = [
        f"<h2>{escape(card.name)} <small>v{version.version}</small></h2>",
        f"<p>{escape(card.description)}</p><p><b>Scale:</b> {scale} · N No opportunity</p>",
    ]
    for section in card.sections:
        parts.append(f"<h3>{escape(section.title)}</h3>")
        for b in section.behaviours:
            looks = "".join(f"<li>{escape(x)}</li>" for x in b.look_fors)
            qs = "".join(f"<li>{escape(x)}</li>" for x in b.questions)
            parts.append(
                f"<p><b>{escape(b.title)}</b><br/>{escape(b.good)}</p>"
                f"<p><i>Look for</i></p><ul>{looks}</ul><p><i>Ask</i></p><ul>{qs}</ul>"
            )
    return "".join(parts)


class ScorecardsScreen(QWidget):
    def __init__(self, store: Store, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.prompts = prompts
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        title = QLabel("Scorecards")
        title.setProperty("role", "heading")
        layout.addWidget(title)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table = RecordTable(
            COLUMNS, EmptyState("No scorecards loaded. Import a scorecard file."), "Scorecards"
        )
        self.preview = QTextBrowser()
        self.preview.setAccessibleName("Scorecard preview")
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        splitter.setSizes([420, 600])
        layout.addWidget(splitter, 1)
        self.table.view.selectionModel().selectionChanged.connect(self._show_selected)
        self.refresh()

    def refresh(self) -> None:
        self.table.set_records(list_latest(self.store))
        if self.table.model.rowCount() and not self.table.selected():
            self.table.view.selectRow(0)

    def _show_selected(self) -> None:
        version = self.table.selected()
        self.preview.setHtml(preview_html(version) if version else "")
