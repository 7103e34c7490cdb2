"""Rehearsal: which segment was replayed (or which piece of work was rewritten), how many
times, and how it went. Saved as it is typed."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from fieldride import debriefs
from fieldride.debriefs import Debrief
from fieldride.store import Store
from ui.prompts import PromptService
from ui.screens.debrief.panel import DebriefPanel, set_field_text

MAX_REHEARSALS = 50


class RehearsalPanel(DebriefPanel):
    def __init__(self, store: Store, prompts: PromptService, parent: QWidget | None = None) -> None:
        super().__init__(store, prompts, parent)
        form = QFormLayout(self)
        form.setContentsMargins(12, 12, 12, 12)
        hint = QLabel(
            self.tr(
                "Replay a short part of a call, or rewrite a piece of the work together, until it "
                "sounds right. Note what, how many times, and how the last try went."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        form.addRow(hint)
        self.segment = QLineEdit()
        self.segment.setAccessibleName(self.tr("What was rehearsed"))
        self.segment.setPlaceholderText(
            self.tr("e.g. the last two minutes of the Harbour Foods call")
        )
        form.addRow(self.tr("What"), self.segment)
        self.count = QSpinBox()
        self.count.setAccessibleName(self.tr("How many times"))
        self.count.setRange(0, MAX_REHEARSALS)
        self.count.setSuffix(self.tr(" times"))
        form.addRow(self.tr("How many times"), self.count)
        self.outcome = QPlainTextEdit()
        self.outcome.setAccessibleName(self.tr("How it went"))
        self.outcome.setPlaceholderText(self.tr("e.g. the second try ended with a dated next step"))
        self.outcome.setTabChangesFocus(True)
        self.outcome.setMaximumHeight(110)
        form.addRow(self.tr("How it went"), self.outcome)
        self.autosave.watch(self.segment, lambda _t: self._save())
        self.autosave.watch(self.outcome, lambda _t: self._save())
        self.count.valueChanged.connect(lambda _v: self._save())

    def load(self, debrief: Debrief) -> None:
        self.ride_id = debrief.ride_id
        set_field_text(self.segment, debrief.rehearsal_segment)
        set_field_text(self.outcome, debrief.rehearsal_outcome)
        blocked = self.count.blockSignals(True)
        self.count.setValue(debrief.rehearsal_count)
        self.count.blockSignals(blocked)

    def _save(self) -> None:
        if self.ride_id is None or self.read_only:
            return
        done = self.call(
            self.tr("Rehearsal not saved"),
            debriefs.set_rehearsal,
            self.store,
            self.ride_id,
            self.segment.text(),
            self.count.value(),
            self.outcome.toPlainText(),
        )
        if done is not None:
            self.saved.emit(self.tr("rehearsal"))
            self.changed.emit()
