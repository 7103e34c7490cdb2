"""Typing in the seller's paper self-assessment (issue 22, deliver 1): the seller filled in a
printed blank scorecard; the manager types their calls in later, marked as entered from paper.

One row per behaviour of the ride's scorecard (focus first), each a list: not rated, a level of
the scale, or "No opportunity" (typing the level's number picks it). "Save" writes every row at
once (``debriefs.record_self_assessment``, one transaction, all or nothing); rows left as they
were keep how they were entered. A window-modal dialog (``open()``); ``saved`` after the
commit."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldride import debriefs
from fieldride.debriefs import SelfRatingSheet
from fieldride.store import Store
from ui import saving
from ui.prompts import PromptService
from ui.translation import ui_date


class PaperSelfRatingDialog(QDialog):
    saved = Signal(int)  # ride id, after the commit

    def __init__(
        self,
        store: Store,
        prompts: PromptService,
        sheet: SelfRatingSheet,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.prompts = prompts
        self.sheet = sheet
        self.setWindowTitle(
            self.tr("Paper self-assessment · {seller} · {date}").format(
                seller=sheet.seller_name, date=ui_date(sheet.ride_date)
            )
        )
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Type in what the seller marked on the printed scorecard: one call per "
                "behaviour for the whole ride. Saved as entered from paper."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        layout.addWidget(intro)
        form_host = QWidget()
        form = QFormLayout(form_host)
        self.choices: dict[str, QComboBox] = {}
        for behaviour in sheet.behaviours:
            combo = QComboBox()
            combo.addItem(self.tr("— not rated"), None)
            for level in sheet.scale:
                combo.addItem(f"{level.value} {level.label}", level.value)
            combo.addItem(self.tr("No opportunity"), debriefs.NO_OPPORTUNITY)
            own = sheet.ratings.get(behaviour.key)
            if own is not None:
                value = debriefs.NO_OPPORTUNITY if own.no_opportunity else own.level
                combo.setCurrentIndex(max(0, combo.findData(value)))
            title = f"★ {behaviour.title}" if behaviour.key in sheet.focus else behaviour.title
            combo.setAccessibleName(
                self.tr("The seller's call on {behaviour}").format(behaviour=behaviour.title)
            )
            form.addRow(title, combo)
            self.choices[behaviour.key] = combo
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        layout.addWidget(scroll, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if self.choices:
            next(iter(self.choices.values())).setFocus()  # typing starts on the first row

    def calls(self) -> dict[str, int | str | None]:
        """What the rows say now, by behaviour key."""
        return {key: combo.currentData() for key, combo in self.choices.items()}

    def save(self) -> None:
        ride_id = self.sheet.ride_id
        saving.run(
            self.store,
            "self-rating: paper",
            debriefs.record_self_assessment,
            self.store,
            ride_id,
            self.calls(),
            "paper",
            refused=lambda err: self.prompts.error(self.tr("Not saved"), str(err)),
            done=lambda _r: self._done(ride_id),
        )

    def _done(self, ride_id: int) -> None:
        self.saved.emit(ride_id)
        self.accept()
