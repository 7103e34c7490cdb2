"""Previous commitments of this seller, presented for verification on this ride: applied /
partly / not yet (these close it) or no opportunity (it carries over), with evidence. A
commitment left unanswered carries over to the next ride as well. "Clear" takes an answer back.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldride.debriefs import OUTCOMES, Commitment, commitments
from fieldride.i18n import messages
from fieldride.store import Store
from ui.prompts import PromptService
from ui.screens.debrief.panel import DebriefPanel, set_field_text
from ui.screens.debrief.row_list import add_scrolling_rows
from ui.translation import ui_date


def describe(c: Commitment, ride_id: int) -> str:
    parts = [
        QCoreApplication.translate(
            "VerificationRow", "From the ride of {day} · {behaviour} · due {due}"
        ).format(day=ui_date(c.ride_date), behaviour=c.behaviour_title, due=ui_date(c.due_date))
    ]
    if c.carried_over:
        parts.append(
            QCoreApplication.translate("VerificationRow", "carried over {times}×").format(
                times=c.carried_over
            )
        )
    earlier = [v for v in c.verifications if v.ride_id != ride_id]
    if earlier:
        parts.append(
            QCoreApplication.translate("VerificationRow", "last checked {day}: {outcome}").format(
                day=ui_date(earlier[-1].verified_on), outcome=earlier[-1].outcome_label
            )
        )
    return " · ".join(parts)


CHOICE_PADDING = 28  # px around a choice's label: the style's margins and frame, both sides


class VerificationRow(QFrame):
    def __init__(self, c: Commitment, ride_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.commitment_id = c.id
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        text = QLabel(c.text)
        text.setWordWrap(True)
        text.setProperty("role", "subheading")
        layout.addWidget(text)
        info = QLabel(describe(c, ride_id))
        info.setWordWrap(True)
        info.setProperty("role", "hint")
        layout.addWidget(info)
        buttons = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        for outcome, source in OUTCOMES.items():
            label = messages().gettext(source)
            b = QPushButton(label)
            b.setCheckable(True)
            b.setProperty("role", "choice")  # base.qss: the chosen answer in the highlight colour
            # wide enough for the label in the chosen answer's semi-bold (it read "Appliec")
            chosen = QFont(b.font())
            chosen.setWeight(QFont.Weight.DemiBold)
            b.setMinimumWidth(QFontMetrics(chosen).horizontalAdvance(label) + CHOICE_PADDING)
            b.setAccessibleName(self.tr("{answer}: {text}").format(answer=label, text=c.text))
            self.group.addButton(b)
            self.buttons[outcome] = b
            buttons.addWidget(b)
        self.clear = QPushButton(self.tr("Clear"))
        self.clear.setAccessibleName(self.tr("Clear the answer: {text}").format(text=c.text))
        buttons.addWidget(self.clear)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.evidence = QLineEdit()
        self.evidence.setAccessibleName(
            self.tr("Evidence of follow-through: {text}").format(text=c.text)
        )
        self.evidence.setPlaceholderText(self.tr("What you saw today (optional)"))
        layout.addWidget(self.evidence)
        self.show_commitment(c, ride_id)

    def show_commitment(self, c: Commitment, ride_id: int) -> None:
        v = c.verification_on(ride_id)
        self.group.setExclusive(False)
        for outcome, b in self.buttons.items():
            b.setChecked(v is not None and v.outcome == outcome)
        self.group.setExclusive(True)
        set_field_text(self.evidence, v.evidence if v else "")
        self.clear.setVisible(v is not None)

    def outcome(self) -> str | None:
        return next((o for o, b in self.buttons.items() if b.isChecked()), None)


class VerificationPanel(DebriefPanel):
    def __init__(self, store: Store, prompts: PromptService, parent: QWidget | None = None) -> None:
        super().__init__(store, prompts, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "hint")
        layout.addWidget(self.intro)
        self.rows_layout = add_scrolling_rows(layout)
        self.rows: dict[int, VerificationRow] = {}
        self.items: list[Commitment] = []

    def load(self, ride_id: int) -> None:
        self.ride_id = ride_id
        items = commitments.due_for_verification(self.store, ride_id)
        if [c.id for c in items] != list(self.rows):
            self._rebuild(items)
        else:
            for c in items:
                self.rows[c.id].show_commitment(c, ride_id)
        self.items = items
        self.intro.setText(
            self.tr(
                "Check each commitment from earlier rides: Applied, Partly or Not yet close it; "
                "No opportunity (or no answer) carries it over to the next ride."
            )
            if items
            else self.tr("No earlier commitment of this seller is waiting to be checked.")
        )
        if self.read_only:
            self.set_read_only(True)

    def to_verify(self) -> int:
        """Commitments still without an answer on this ride."""
        return sum(1 for c in self.items if self.ride_id and not c.verification_on(self.ride_id))

    def _rebuild(self, items: list[Commitment]) -> None:
        assert self.ride_id is not None
        for row in self.rows.values():
            row.setParent(None)
            row.deleteLater()
        self.rows.clear()
        for c in items:
            row = VerificationRow(c, self.ride_id)
            for outcome, b in row.buttons.items():
                b.clicked.connect(lambda _=False, i=c.id, o=outcome: self._verify(i, o))
            row.clear.clicked.connect(lambda _=False, i=c.id: self._clear(i))
            self.autosave.watch(row.evidence, partial(self._evidence_typed, c.id))
            self.rows_layout.insertWidget(self.rows_layout.count() - 1, row)
            self.rows[c.id] = row

    def _verify(self, commitment_id: int, outcome: str) -> None:
        if self.ride_id is None or self.read_only:
            return
        row = self.rows[commitment_id]
        done = self.call(
            self.tr("Verification not saved"),
            commitments.verify_commitment,
            self.store,
            commitment_id,
            self.ride_id,
            outcome,
            row.evidence.text(),
        )
        if done is not None:
            self.saved.emit(
                self.tr("commitment checked: {answer}").format(
                    answer=messages().gettext(OUTCOMES[outcome])
                )
            )
        elif self.waiting():
            return  # the answer stays as chosen; it is written when the disk takes it
        self.load(self.ride_id)
        self.changed.emit()

    def _evidence_typed(self, commitment_id: int, _text: str) -> None:
        self._evidence(commitment_id)

    def _evidence(self, commitment_id: int) -> None:
        """Evidence is stored with an answer; typed before one is chosen, it waits for it."""
        row = self.rows.get(commitment_id)
        outcome = row.outcome() if row else None
        if outcome is not None:
            self._verify(commitment_id, outcome)

    def _clear(self, commitment_id: int) -> None:
        if self.ride_id is None or self.read_only:
            return
        done = self.call(
            self.tr("Answer not cleared"),
            commitments.clear_verification,
            self.store,
            commitment_id,
            self.ride_id,
        )
        if done is not None:
            self.saved.emit(self.tr("commitment answer cleared"))
        elif self.waiting():
            return
        self.load(self.ride_id)
        self.changed.emit()
