"""The seller's own view beside the manager's, per behaviour, in the debrief (issue 22,
deliver 1): the seller's self-rating, the manager's level on the ride (the mean of the call
ratings, as in the summary beside it) and the gap (seller − manager: "+1.5" means the seller
rated themselves one and a half levels higher). Behaviours neither side rated are left out.
"Paper self-assessment…" types in a printed sheet (``paper_self_rating``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldride import debriefs
from fieldride.debriefs import SelfVsManager
from fieldride.insights import signed_gap
from fieldride.store import Store
from ui.prompts import PromptService
from ui.screens.debrief.paper_self_rating import PaperSelfRatingDialog


def gap_text(gap: float | None) -> str:
    """``+1.5``, ``−0.5``, ``0.0``, or ``–`` when there is no gap (the core's wording)."""
    return signed_gap(gap)


class SelfVsManagerPanel(QWidget):
    saved = Signal(str)  # what was saved, for the status bar

    def __init__(self, store: Store, prompts: PromptService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.prompts = prompts
        self.ride_id: int | None = None
        self.editable = False
        self.rated = False
        self.hand_over = True  # the seller can still rate on the laptop (see set_hand_over)
        self.dialog: PaperSelfRatingDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        top = QHBoxLayout()
        heading = QLabel(self.tr("The seller's own view"))
        heading.setProperty("role", "subheading")
        top.addWidget(heading, 1)
        self.paper_button = QPushButton(self.tr("Paper self-assess&ment…"))  # Alt+M
        self.paper_button.setToolTip(
            self.tr("Type in the self-assessment the seller wrote on a printed scorecard")
        )
        self.paper_button.clicked.connect(self.open_paper_entry)
        top.addWidget(self.paper_button)
        layout.addLayout(top)
        self.hint = QLabel()
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.table = QTreeWidget()
        self.table.setAccessibleName(self.tr("The seller's ratings beside yours"))
        self.table.setRootIsDecorated(False)
        self.table.setColumnCount(4)
        self.table.setHeaderLabels(
            [self.tr("Behaviour"), self.tr("Seller"), self.tr("Manager"), self.tr("Gap")]
        )
        self.table.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        head = self.table.header()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            head.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)

    def load(self, ride_id: int, editable: bool) -> None:
        self.ride_id = ride_id
        self.editable = editable
        rows = [
            r
            for r in debriefs.self_and_manager(self.store, ride_id)
            if r.self_rating is not None or r.focus
        ]
        rated = any(r.self_rating is not None for r in rows)
        self.paper_button.setVisible(editable)
        self.table.clear()
        self.table.setVisible(rated)
        self.rated = rated
        if not rated:
            self._say_not_rated()
            return
        paper = any(r.self_rating and r.self_rating.entered_on == "paper" for r in rows)
        self.hint.setText(
            self.tr(
                "Gap: the seller's level minus yours (the mean of your call ratings). "
                "✎ typed in from the seller's paper sheet."
            )
            if paper
            else self.tr("Gap: the seller's level minus yours (the mean of your call ratings).")
        )
        self.hint.show()
        for r in rows:
            self.table.addTopLevelItem(self._item(r))

    def set_hand_over(self, possible: bool) -> None:
        """Whether the seller can still rate the ride on the laptop ("Seller rates the ride…"
        is offered only until the debrief is finished)."""
        self.hand_over = possible
        if self.ride_id is not None and not self.rated:
            self._say_not_rated()

    def _say_not_rated(self) -> None:
        if not self.editable:
            text = self.tr("The seller did not rate this ride.")
        elif self.hand_over:
            text = self.tr(
                "The seller has not rated this ride. Before the debrief, hand them the "
                "laptop (Seller rates the ride…), or type in their paper sheet."
            )
        else:
            text = self.tr(
                "The seller has not rated this ride. If they filled in a paper sheet, type it "
                "in (Paper self-assessment…)."
            )
        self.hint.setText(text)
        self.hint.show()

    def _item(self, r: SelfVsManager) -> QTreeWidgetItem:
        own = r.self_rating
        if own is None:
            seller = "–"
        elif own.no_opportunity:
            seller = "n/o"
        else:
            seller = str(own.level)
        if own is not None and own.entered_on == "paper":
            seller += " ✎"
        manager = f"{r.manager_level:.1f}" if r.manager_level is not None else "–"
        title = f"★ {r.title}" if r.focus else r.title
        item = QTreeWidgetItem([title, seller, manager, gap_text(r.gap)])
        for column in (1, 2, 3):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
        if own is not None and own.entered_on == "paper":
            item.setToolTip(1, self.tr("Entered from the seller's paper sheet"))
        item.setData(
            0,
            Qt.ItemDataRole.AccessibleTextRole,
            self.tr("{title}: seller {seller}, manager {manager}, gap {gap}").format(
                title=r.title, seller=seller, manager=manager, gap=gap_text(r.gap)
            ),
        )
        return item

    def rows(self) -> list[tuple[str, str, str, str]]:
        """The table's text, row by row (what the manager reads)."""
        out = []
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            if item is not None:
                out.append((item.text(0), item.text(1), item.text(2), item.text(3)))
        return out

    def open_paper_entry(self) -> None:
        if self.ride_id is None:
            return
        sheet = debriefs.self_rating_sheet(self.store, self.ride_id)
        dialog = PaperSelfRatingDialog(self.store, self.prompts, sheet, self)
        dialog.saved.connect(self._paper_saved)
        self.dialog = dialog
        dialog.open()

    def _paper_saved(self, ride_id: int) -> None:
        self.saved.emit(self.tr("paper self-assessment saved"))
        if self.ride_id == ride_id:
            self.load(ride_id, self.editable)
