"""Record a training: title, date, description, the behaviours it covered, who attended.

The dialog stays open when the core refuses (the message names what is missing) so nothing
typed is lost; ``training`` holds the saved event after ``Accepted``.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldride import insights
from fieldride.errors import DomainError
from fieldride.store import Store, kept_message
from fieldride.team import TrainingEvent, sellers, training
from ui import saving
from ui.prompts import PromptService
from ui.translation import ui_date_format
from ui.widgets.placeholders import fit_placeholders

KEY_ROLE = Qt.ItemDataRole.UserRole


def _checklist(name: str) -> QListWidget:
    widget = QListWidget()
    widget.setAccessibleName(name)
    widget.setMinimumHeight(140)
    return widget


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "subheading")
    return label


def _checked(widget: QListWidget) -> list[object]:
    return [
        widget.item(i).data(KEY_ROLE)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


class TrainingDialog(QDialog):
    training_recorded = Signal(object)

    def __init__(self, store: Store, prompts: PromptService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.prompts = prompts
        self.training: TrainingEvent | None = None
        self.setWindowTitle(self.tr("Record a training"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Training title"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Discovery questions workshop"))
        form.addRow(self.tr("&Title"), self.title_edit)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(ui_date_format())
        self.date_edit.setAccessibleName(self.tr("Training date"))
        form.addRow(self.tr("&Date"), self.date_edit)
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(60)
        form.addRow(self.tr("D&escription"), self.description)
        self.scorecard = QComboBox()
        self.scorecard.setAccessibleName(self.tr("Scorecard"))
        for key, name in insights.scorecards_in_use(store):
            self.scorecard.addItem(name, key)
        self.scorecard.currentIndexChanged.connect(self._load_behaviours)
        form.addRow(self.tr("&Scorecard"), self.scorecard)
        layout.addLayout(form)
        lists = QHBoxLayout()
        self.behaviours = _checklist(self.tr("Behaviours covered"))
        self.attendees = _checklist(self.tr("Sellers who attended"))
        for title, widget in (
            (self.tr("Behaviours covered"), self.behaviours),
            (self.tr("Who attended"), self.attendees),
        ):
            column = QVBoxLayout()
            column.addWidget(_caption(title))
            column.addWidget(widget)
            if widget is self.attendees:
                everyone = QPushButton(self.tr("E&veryone"))
                everyone.setAccessibleName(self.tr("Select every seller"))
                everyone.clicked.connect(self.select_all_sellers)
                column.addWidget(everyone)
            lists.addLayout(column)
        layout.addLayout(lists)
        for s in sellers.list_sellers(store):
            item = QListWidgetItem(s.name)
            item.setData(KEY_ROLE, s.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.attendees.addItem(item)
        fit_placeholders(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._load_behaviours()

    def _load_behaviours(self) -> None:
        self.behaviours.clear()
        key = self.scorecard.currentData()
        shape = insights.scorecard_shape(self.store, key) if key else None
        for b in shape.behaviours if shape else ():
            older = self.tr("{behaviour} (older version)").format(behaviour=b.title)
            item = QListWidgetItem(b.title if b.in_latest else older)
            item.setData(KEY_ROLE, b.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.behaviours.addItem(item)

    def select_all_sellers(self) -> None:
        for i in range(self.attendees.count()):
            self.attendees.item(i).setCheckState(Qt.CheckState.Checked)

    def check(self, widget: QListWidget, keys: list[object]) -> None:
        """Tick the items whose key is in ``keys`` (used by tests and by callers preselecting)."""
        for i in range(widget.count()):
            item = widget.item(i)
            if item.data(KEY_ROLE) in keys:
                item.setCheckState(Qt.CheckState.Checked)

    def save(self) -> None:
        card = str(self.scorecard.currentData() or "")
        if self.title_edit.text().strip() and not _checked(self.behaviours):
            self.prompts.error(
                self.tr("Training not saved"),
                self.tr(
                    "Tick at least one behaviour the training covered: the seller's progress "
                    "compares each trained behaviour before and after the training."
                ),
            )
            return
        try:
            self.training = training.add_training(
                self.store,
                self.title_edit.text(),
                self.date_edit.date().toString("yyyy-MM-dd"),
                [(card, str(k)) for k in _checked(self.behaviours)],
                [int(str(s)) for s in _checked(self.attendees)],
                description=self.description.toPlainText(),
            )
        except DomainError as err:
            self.prompts.error(self.tr("Training not saved"), str(err))
            return
        except Exception as err:  # the storage refused: the dialog stays, with what was typed
            kind = saving.write_failed(err, "record training")
            if kind is None:
                raise
            self.store.db.rollback()
            self.prompts.error(self.tr("Training not saved"), kept_message(kind))
            return
        self.training_recorded.emit(self.training)
        self.accept()
