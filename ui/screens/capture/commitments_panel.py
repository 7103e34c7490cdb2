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
from ui.translation import ui_date


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
            day = ui_date(c.due_date)
            when = (
                self.tr("overdue since {day}") if c.is_overdue() else self.tr("due {day}")
            ).format(day=day)
            if done:
                when = self.tr("{when} · answered: {outcome}").format(
                    when=when, outcome=done.outcome_label
                )
            if c.behaviour_title:
                when = self.tr("{behaviour} · {when}").format(
                    behaviour=c.behaviour_title, when=when
                )
            text = f"{c.text}\n{when}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ", "))
            item.setToolTip(
                self.tr("Agreed on the ride of {day}; answer it in the debrief.").format(
                    day=ui_date(c.ride_date)
                )
            )
            self.list.addItem(item)
        self.heading.setText(self.tr("Commitments to verify ({count})").format(count=len(items)))
        self.setVisible(bool(items))

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
