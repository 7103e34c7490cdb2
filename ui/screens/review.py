"""Review: the team at a glance — coaching cadence and commitments."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from fieldride import insights
from fieldride.db import Store
from ui.prompts import Prompts
from ui.widgets.empty_state import EmptyState
from ui.widgets.record_table import RecordTable

COLUMNS = [
    ("Seller", lambda c: c.seller_name),
    ("Team", lambda c: c.team),
    ("Last ride", lambda c: c.last_ride or "never"),
    ("Days since", lambda c: c.days_since),
    ("Rides 30 d", lambda c: c.rides_30),
    ("Rides 90 d", lambda c: c.rides_90),
    ("Open commitments", lambda c: c.open_commitments),
    ("Overdue", lambda c: c.overdue_commitments),
    ("Cadence", lambda c: "Ride due" if c.needs_ride else "On track"),
]


class ReviewScreen(QWidget):
    def __init__(self, store: Store, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.prompts = prompts
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        title = QLabel("Team review")
        title.setProperty("role", "heading")
        layout.addWidget(title)
        hint = QLabel("Coaching cadence: sellers not ridden with in 30 days show 'Ride due'.")
        hint.setProperty("role", "hint")
        layout.addWidget(hint)
        self.table = RecordTable(
            COLUMNS,
            EmptyState(
                "Nothing to review yet. After your first rides, the team's cadence shows here."
            ),
            "Coaching cadence",
        )
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        self.table.set_records(insights.team_cadence(self.store))
