"""Diagnostic questions: the scorecard's questions for the gap behaviour, offered with an
"asked" box and a line for the seller's answer; the manager adds their own. A live counter
"N questions asked · M statements of advice" steers toward asking: anything the manager adds
that is not a question (no question mark) counts as advice and is tagged as such."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldride import debriefs
from fieldride.debriefs import Debrief, DebriefQuestion
from fieldride.store import Store
from ui.prompts import PromptService
from ui.screens.debrief.panel import DebriefPanel, set_field_text
from ui.screens.debrief.row_list import add_scrolling_rows


class QuestionRow(QFrame):
    """One question: asked box with the text, the seller's answer, remove."""

    def __init__(self, question: DebriefQuestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question_id = question.id
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        top = QHBoxLayout()
        self.asked = QCheckBox(self.tr("Asked"))
        self.asked.setAccessibleName(self.tr("Asked: {question}").format(question=question.text))
        top.addWidget(self.asked)
        self.text = QLabel(question.text)
        self.text.setWordWrap(True)
        self.text.setBuddy(self.asked)
        top.addWidget(self.text, 1)
        self.tag = QLabel()
        self.tag.setProperty("role", "hint")
        top.addWidget(self.tag)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove: {question}").format(question=question.text))
        top.addWidget(self.remove)
        layout.addLayout(top)
        self.answer = QLineEdit()
        self.answer.setAccessibleName(
            self.tr("Seller's answer to: {question}").format(question=question.text)
        )
        self.answer.setPlaceholderText(self.tr("The seller's answer (optional)"))
        layout.addWidget(self.answer)
        self.show_question(question)

    def show_question(self, q: DebriefQuestion) -> None:
        blocked = self.asked.blockSignals(True)
        self.asked.setChecked(q.asked)
        self.asked.blockSignals(blocked)
        set_field_text(self.answer, q.answer)
        if not q.is_question:
            self.tag.setText(self.tr("Advice: ask it instead?"))
        elif q.source == "scorecard":
            self.tag.setText(self.tr("From the scorecard"))
        else:
            self.tag.setText(self.tr("Your question"))
        self.answer.setVisible(q.is_question)


class QuestionsPanel(DebriefPanel):
    def counter_text(self, debrief: Debrief) -> str:
        """ "2 questions asked · 1 statement of advice" (each count with its own plural form)."""
        asked = self.tr("%n question(s) asked", "", debrief.questions_asked)
        advice = self.tr("%n statement(s) of advice", "", debrief.advice_count)
        return self.tr("{asked} · {advice}").format(asked=asked, advice=advice)

    def __init__(self, store: Store, prompts: PromptService, parent: QWidget | None = None) -> None:
        super().__init__(store, prompts, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.counter = QLabel()
        self.counter.setProperty("role", "subheading")
        self.counter.setAccessibleName(self.tr("Questions asked and statements of advice"))
        layout.addWidget(self.counter)
        self.steer = QLabel()
        self.steer.setWordWrap(True)
        self.steer.setProperty("role", "hint")
        layout.addWidget(self.steer)
        self.rows_layout = add_scrolling_rows(layout)
        add = QHBoxLayout()
        self.new_text = QLineEdit()
        self.new_text.setAccessibleName(self.tr("Add your own question"))
        self.new_text.setPlaceholderText(self.tr("Add your own question… (Enter)"))
        self.new_text.returnPressed.connect(self.add_own)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add question"))
        self.add_button.clicked.connect(self.add_own)
        add.addWidget(self.new_text, 1)
        add.addWidget(self.add_button)
        layout.addLayout(add)
        self.rows: dict[int, QuestionRow] = {}
        self.debrief: Debrief | None = None
        self.gap_title: str | None = None

    def load(self, debrief: Debrief, gap_title: str | None = None) -> None:
        """Show the questions; ``gap_title`` names the gap behaviour (kept from the last load
        when None)."""
        if gap_title is not None or debrief.gap_behaviour_key is None:
            self.gap_title = gap_title
        gap_title = self.gap_title
        self.ride_id = debrief.ride_id
        self.debrief = debrief
        ids = [q.id for q in debrief.questions]
        if ids != list(self.rows):
            self._rebuild(debrief.questions)
        else:
            for q in debrief.questions:
                self.rows[q.id].show_question(q)
        self.counter.setText(self.counter_text(debrief))
        if not debrief.questions:
            self.steer.setText(
                self.tr("Questions for the gap ({gap}) come from the scorecard.").format(
                    gap=gap_title
                )
                if gap_title
                else self.tr("Pick the gap first: its diagnostic questions are offered here.")
            )
        elif debrief.advice_count > debrief.questions_asked:
            self.steer.setText(
                self.tr("More telling than asking. Turn advice into a question the seller answers.")
            )
        else:
            self.steer.setText(
                self.tr("Tick each question you asked; note what the seller answered.")
            )
        if self.read_only:
            self.set_read_only(True)

    def _rebuild(self, questions: tuple[DebriefQuestion, ...]) -> None:
        for row in self.rows.values():
            row.setParent(None)
            row.deleteLater()
        self.rows.clear()
        for q in questions:
            row = QuestionRow(q)
            row.asked.toggled.connect(lambda on, qid=q.id: self._update(qid, asked=on))
            row.remove.clicked.connect(lambda _=False, qid=q.id: self._remove(qid))
            self.autosave.watch(row.answer, partial(self._update_answer, q.id))
            self.rows_layout.insertWidget(self.rows_layout.count() - 1, row)
            self.rows[q.id] = row

    def _reload(self) -> None:
        if self.ride_id is None:
            return
        debrief = debriefs.get_debrief(self.store, self.ride_id)
        self.load(debrief)
        self.changed.emit()

    def _update_answer(self, question_id: int, answer: str) -> None:
        self._update(question_id, answer=answer)

    def _update(self, question_id: int, **fields: object) -> None:
        if self.read_only:
            return
        if self.attempt(
            "Question not saved", debriefs.update_question, self.store, question_id, **fields
        ):
            self.saved.emit(self.tr("question"))
        elif self.waiting():
            return  # what was typed stays; it is written when the disk takes it
        self._reload()

    def _remove(self, question_id: int) -> None:
        if self.attempt("Question not removed", debriefs.remove_question, self.store, question_id):
            self.saved.emit(self.tr("question removed"))
        elif self.waiting():
            return
        self._reload()

    def add_own(self) -> None:
        text = self.new_text.text().strip()
        if not text or self.ride_id is None or self.read_only:
            return
        if (
            self.call(
                self.tr("Question not added"), debriefs.add_question, self.store, self.ride_id, text
            )
            is None
        ):
            return
        self.new_text.clear()
        self.saved.emit(self.tr("question added"))
        self._reload()
