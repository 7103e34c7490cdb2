"""The one strength and the one gap, side by side: each a behaviour and its evidence (pick a
line captured on this ride or write one). FieldRide's proposals (best and weakest focus
behaviour) fill an empty debrief when it is first opened, marked "Proposed", and the manager
changes them freely; every change is saved as it happens."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldride import debriefs
from fieldride.debriefs import Debrief, Proposal, RideSummary, propose_strength_gap
from fieldride.store import Store
from ui.prompts import PromptService
from ui.rich_text import escape
from ui.screens.debrief.panel import DebriefPanel, set_field_text
from ui.translation import QT_TRANSLATE_NOOP, ui_number

ROLES = {
    "strength": (
        QT_TRANSLATE_NOOP("PointEditor", "Strength"),
        QT_TRANSLATE_NOOP("PointEditor", "What to keep doing: one behaviour, with what you saw."),
    ),
    "gap": (
        QT_TRANSLATE_NOOP("PointEditor", "Gap"),
        QT_TRANSLATE_NOOP(
            "PointEditor", "The one thing to work on: one behaviour, with what you saw."
        ),
    ),
}


class PointEditor(QGroupBox):
    """Behaviour picker + evidence for one role ('strength' or 'gap')."""

    def __init__(self, role: str, parent: QWidget | None = None) -> None:
        title, hint = (QCoreApplication.translate("PointEditor", t) for t in ROLES[role])
        super().__init__(title, parent)
        self.role = role
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        self.hint = QLabel(hint)
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.behaviour = QComboBox()
        self.behaviour.setAccessibleName(self.tr("{point}: behaviour").format(point=title))
        layout.addWidget(self.behaviour)
        row = QHBoxLayout()
        label = QLabel(self.tr("Evidence"))
        label.setProperty("role", "subheading")
        row.addWidget(label)
        row.addStretch(1)
        self.pick = QToolButton()
        self.pick.setText(self.tr("Pick a captured line"))  # InstantPopup draws its own arrow
        self.pick.setAccessibleName(
            self.tr("{point}: pick evidence from the ride").format(point=title)
        )
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.pick_menu = QMenu(self.pick)
        self.pick.setMenu(self.pick_menu)
        row.addWidget(self.pick)
        layout.addLayout(row)
        self.evidence = QPlainTextEdit()
        self.evidence.setAccessibleName(self.tr("{point}: evidence").format(point=title))
        self.evidence.setPlaceholderText(
            self.tr("What was said or done — or pick a captured line.")
        )
        self.evidence.setTabChangesFocus(True)
        self.evidence.setMinimumHeight(70)
        self.evidence.setMaximumHeight(130)
        layout.addWidget(self.evidence)
        self.proposal_label = QLabel()
        self.proposal_label.setWordWrap(True)
        self.proposal_label.setProperty("role", "hint")
        layout.addWidget(self.proposal_label)
        self.standard = QLabel()
        self.standard.setWordWrap(True)
        self.standard.setAccessibleName(
            self.tr("{point}: what good looks like").format(point=title)
        )
        layout.addWidget(self.standard)
        layout.addStretch(1)

    def fill_behaviours(self, summary: RideSummary) -> None:
        blocked = self.behaviour.blockSignals(True)
        self.behaviour.clear()
        self.behaviour.addItem(self.tr("— choose a behaviour —"), None)
        for b in summary.behaviours:
            text = f"★ {b.title}" if b.focus else b.title
            if b.mean_level is not None:
                text = f"{text} · {ui_number(b.mean_level, 1)}"
            self.behaviour.addItem(text, b.key)
        self.behaviour.blockSignals(blocked)

    def show_value(self, key: str | None, evidence: str) -> None:
        blocked = self.behaviour.blockSignals(True)
        index = self.behaviour.findData(key) if key else 0
        self.behaviour.setCurrentIndex(max(index, 0))
        self.behaviour.blockSignals(blocked)
        set_field_text(self.evidence, evidence)

    def key(self) -> str | None:
        data = self.behaviour.currentData()
        return str(data) if data else None

    def fill_evidence_menu(self, summary: RideSummary, choose: Callable[[str], None]) -> None:
        """Lines of the chosen behaviour first, then every other line of the ride; and the
        chosen behaviour's standard ("what good looks like") to point the seller to."""
        self.pick_menu.clear()
        key = self.key()
        chosen = summary.behaviour(key)
        self.standard.setText(
            self.tr("<b>What good looks like:</b> {text}").format(text=escape(chosen.good))
            if chosen and chosen.good
            else ""
        )
        lines = list(chosen.evidence) if chosen else []
        others = [line for b in summary.behaviours if b.key != key for line in b.evidence]
        for line in lines:
            action = self.pick_menu.addAction(line.label)
            action.triggered.connect(lambda _=False, t=line.text: choose(t))
        if lines and others:
            self.pick_menu.addSeparator()
        for b in summary.behaviours:
            if b.key == key:
                continue
            for line in b.evidence:
                action = self.pick_menu.addAction(
                    self.tr("{behaviour} — {line}").format(behaviour=b.title, line=line.label)
                )
                action.triggered.connect(lambda _=False, t=line.text: choose(t))
        self.pick.setEnabled(bool(lines or others))
        if not (lines or others):
            self.pick.setToolTip(self.tr("No evidence was written on this ride's calls."))


class StrengthGapPanel(DebriefPanel):
    def __init__(self, store: Store, prompts: PromptService, parent: QWidget | None = None) -> None:
        super().__init__(store, prompts, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.strength = PointEditor("strength")
        self.gap = PointEditor("gap")
        layout.addWidget(self.strength, 1)
        layout.addWidget(self.gap, 1)
        self.summary: RideSummary | None = None
        for editor in (self.strength, self.gap):
            editor.behaviour.activated.connect(lambda _i, e=editor: self._behaviour_chosen(e))
            self.autosave.watch(editor.evidence, partial(self._save_typed, editor))

    def load(self, summary: RideSummary, debrief: Debrief, propose: bool) -> None:
        """Show the debrief; when ``propose`` and both are empty, fill in the proposals."""
        self.ride_id = summary.ride.id
        self.summary = summary
        for editor in (self.strength, self.gap):
            editor.fill_behaviours(summary)
            editor.proposal_label.clear()
        proposals = propose_strength_gap(summary)
        empty = not (debrief.strength_behaviour_key or debrief.gap_behaviour_key)
        if propose and empty and (proposals.strength or proposals.gap):
            debrief = self._apply(proposals.strength, proposals.gap) or debrief
            for editor, p in ((self.strength, proposals.strength), (self.gap, proposals.gap)):
                if p is not None:
                    editor.proposal_label.setText(
                        self.tr("Proposed by FieldRide — {reason} Change it freely.").format(
                            reason=p.reason
                        )
                    )
        self.strength.show_value(debrief.strength_behaviour_key, debrief.strength_evidence)
        self.gap.show_value(debrief.gap_behaviour_key, debrief.gap_evidence)
        for editor in (self.strength, self.gap):
            editor.fill_evidence_menu(summary, partial(self._pick, editor))

    def _apply(self, strength: Proposal | None, gap: Proposal | None) -> Debrief | None:
        assert self.ride_id is not None
        result = None
        if strength is not None:
            result = self.call(
                self.tr("Strength not saved"),
                debriefs.set_strength,
                self.store,
                self.ride_id,
                strength.behaviour_key,
                strength.evidence,
            )
        if gap is not None:
            result = self.call(
                self.tr("Gap not saved"),
                debriefs.set_gap,
                self.store,
                self.ride_id,
                gap.behaviour_key,
                gap.evidence,
            )
            self.call(
                self.tr("Questions not offered"),
                debriefs.offer_scorecard_questions,
                self.store,
                self.ride_id,
            )
        if result is not None:
            self.saved.emit(self.tr("proposed strength and gap"))
        return result

    def _behaviour_chosen(self, editor: PointEditor) -> None:
        editor.proposal_label.clear()
        self._save(editor)
        if self.summary is not None:
            editor.fill_evidence_menu(self.summary, partial(self._pick, editor))

    def _pick(self, editor: PointEditor, text: str) -> None:
        set_field_text(editor.evidence, text)
        editor.proposal_label.clear()
        self._save(editor)

    def _save_typed(self, editor: PointEditor, _text: str) -> None:
        self._save(editor)

    def _save(self, editor: PointEditor) -> None:
        if self.ride_id is None or self.read_only:
            return
        fn = debriefs.set_strength if editor.role == "strength" else debriefs.set_gap
        title = (
            self.tr("Strength not saved") if editor.role == "strength" else self.tr("Gap not saved")
        )
        text = editor.evidence.toPlainText()
        before = debriefs.get_debrief(self.store, self.ride_id).gap_behaviour_key
        after = self.call(title, fn, self.store, self.ride_id, editor.key(), text)
        if after is None:
            return
        if editor.role == "gap" and after.gap_behaviour_key != before:
            self.call(
                self.tr("Questions not offered"),
                debriefs.offer_scorecard_questions,
                self.store,
                self.ride_id,
            )
        self.saved.emit(self.tr("strength") if editor.role == "strength" else self.tr("gap"))
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for editor in (self.strength, self.gap):
            editor.pick.setVisible(not read_only)
            editor.hint.setVisible(not read_only)
