"""Commitments to verify on this ride, shown read-only during capture.

The manager watches for them while observing (did the seller apply what they agreed last
time?); the answers are recorded in the debrief. The panel hides itself when there is nothing
to verify, so it costs no room on a first ride.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from fieldride.debriefs import Commitment


class CommitmentsPanel(QWidget):
    """A heading and one row per commitment: what was agreed, the behaviour, when it is due."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.heading = QLabel(self.tr("Commitments to verify"))
        self.heading.setProperty("role", "subheading")
        layout.addWidget(self.heading)
        self.list = QListWidget()
        self.list.setObjectName("captureCommitments")
        self.list.setAccessibleName(
            self.tr("Commitments to verify on this ride (answered in the debrief)")
        )
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # read-only: Tab does not stop here
        layout.addWidget(self.list, 1)
        self.setVisible(False)

    def set_commitments(self, items: Sequence[Commitment], ride_id: int) -> None:
        """Show the open commitments (and those already answered on ``ride_id``)."""
        self.list.clear()
        for c in items:
            done = c.verification_on(ride_id)
            when = "overdue since" if c.is_overdue() else "due"
            state = f" · answered: {done.outcome_label}" if done else ""
            about = f"{c.behaviour_title} · " if c.behaviour_title else ""
            text = f"{c.text}\n{about}{when} {c.due_date}{state}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ", "))
            item.setToolTip(f"Agreed on the ride of {c.ride_date}; answer it in the debrief.")
            self.list.addItem(item)
        self.heading.setText(f"Commitments to verify ({len(items)})")
        self.setVisible(bool(items))

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
