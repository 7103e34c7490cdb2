"""The seller rates their own ride (issue 22, deliver 1): the seller view's step before the
debrief.

The seller sees the ride's scorecard (behaviours focus first, what good looks like, the scale)
and the names of the ride's own calls, from ``debriefs.self_rating_sheet``, which reads no
manager rating, evidence or note: nothing else can reach this page. Each behaviour is a row:
a click on a level (or "No opportunity") rates it; from the keyboard, a digit rates the row that
has the focus and moves to the next, N marks "no opportunity", Delete clears, the arrow keys
and Tab move between rows. Every call is saved as it is made (``saving.run``). Leaving is
deliberate: the "Give the laptop back to the manager" button (``handed_back``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldride import debriefs
from fieldride.debriefs import SelfRating, SelfRatingSheet
from fieldride.scorecards.model import Behaviour, Level
from fieldride.store import Store
from ui import saving
from ui.prompts import PromptService
from ui.translation import ui_date

NO_OPPORTUNITY = debriefs.NO_OPPORTUNITY
Call = int | str | None  # a level, NO_OPPORTUNITY, or None (not rated)


class SelfRatingRow(QFrame):
    """One behaviour: its title and standard, a button per level and "No opportunity"."""

    chosen = Signal(str, object)  # behaviour key, the Call chosen
    step = Signal(int)  # +1 / -1: the keyboard asks for the next / previous row

    def __init__(self, behaviour: Behaviour, focus: bool, scale: tuple[Level, ...]) -> None:
        super().__init__()
        self.key = behaviour.key
        self.title = behaviour.title
        self.focus_behaviour = focus
        self.scale = scale
        self.value: Call = None
        self.setObjectName("selfRatingRow")  # base.qss frames the row with the focus
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        heading = QLabel(f"★ {behaviour.title}" if focus else behaviour.title)
        heading.setProperty("role", "subheading")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        if behaviour.good:
            good = QLabel(behaviour.good)
            good.setProperty("role", "hint")
            good.setWordWrap(True)
            layout.addWidget(good)
        buttons = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # a click on the chosen level leaves it chosen
        self.buttons: dict[Call, QPushButton] = {}
        for level in scale:
            b = QPushButton(f"{level.value} {level.label}")
            b.setToolTip(level.description or level.label)
            self._add(buttons, b, level.value)
        self._add(buttons, QPushButton(self.tr("No opportunity")), NO_OPPORTUNITY)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.show_value(None)

    def _add(self, layout: QHBoxLayout, button: QPushButton, value: Call) -> None:
        button.setProperty("role", "choice")  # base.qss: the chosen one in the highlight colour
        bold = QFont(button.font())
        bold.setWeight(QFont.Weight.DemiBold)  # chosen: semi-bold, never clipped
        button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(button.text()) + 28)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes row to row; keys rate
        button.setMinimumHeight(36)
        button.clicked.connect(lambda _checked=False, v=value: self._choose(v))
        self.group.addButton(button)
        self.buttons[value] = button
        layout.addWidget(button)

    def _choose(self, value: Call) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.show_value(self.value)  # the button shows the stored call until it is saved
        self.chosen.emit(self.key, value)

    def show_value(self, value: Call) -> None:
        """Show the stored call (checked button, the accessible name says it)."""
        self.value = value
        for v, b in self.buttons.items():
            b.setChecked(v == value and value is not None)
        self.setAccessibleName(self._spoken())

    def _spoken(self) -> str:
        if self.value is None:
            return self.tr("{title}: not rated yet").format(title=self.title)
        if self.value == NO_OPPORTUNITY:
            return self.tr("{title}: no opportunity").format(title=self.title)
        label = next((lv.label for lv in self.scale if lv.value == self.value), "")
        return self.tr("{title}: you rated it {level}, {label}").format(
            title=self.title, level=self.value, label=label
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, text = event.key(), event.text().strip().lower()
        held = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        if event.modifiers() & held:  # Ctrl+1 and the like are not a rating
            super().keyPressEvent(event)
            return
        values = {str(lv.value): lv.value for lv in self.scale}
        if text in values:
            self.chosen.emit(self.key, values[text])
            self.step.emit(1)
        elif text == "n":
            self.chosen.emit(self.key, NO_OPPORTUNITY)
            self.step.emit(1)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.chosen.emit(self.key, None)
        elif key == Qt.Key.Key_Down:
            self.step.emit(1)
        elif key == Qt.Key.Key_Up:
            self.step.emit(-1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class SelfRatingPage(QWidget):
    """The "Rate your own ride" step (see the module docstring)."""

    rated = Signal(int)  # ride id, after a self-rating committed
    handed_back = Signal(int)  # ride id

    def __init__(self, store: Store, prompts: PromptService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.prompts = prompts
        self.sheet: SelfRatingSheet | None = None
        self.rows: list[SelfRatingRow] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)
        outer.addWidget(self.heading)
        self.intro = QLabel(
            self.tr(
                "Before you talk the ride through with your manager: how did you do? Rate "
                "each behaviour for the whole ride, or choose No opportunity when your calls "
                "gave no chance to show it. Click a level, or type its number (N for no "
                "opportunity); Tab and the arrow keys move between behaviours. Your manager "
                "will see your ratings beside theirs in the debrief."
            )
        )
        self.intro.setWordWrap(True)
        outer.addWidget(self.intro)
        self.calls = QLabel()
        self.calls.setWordWrap(True)
        self.calls.setAccessibleName(self.tr("Your calls on this ride"))
        outer.addWidget(self.calls)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll_area, 1)
        bottom = QHBoxLayout()
        self.progress = QLabel()
        self.progress.setAccessibleName(self.tr("How many behaviours you rated"))
        bottom.addWidget(self.progress, 1)
        self.give_back = QPushButton(self.tr("I'm done: give the laptop back to the manager"))
        self.give_back.setObjectName("primaryButton")
        self.give_back.clicked.connect(self._hand_back)
        bottom.addWidget(self.give_back)
        outer.addLayout(bottom)

    def load(self, ride_id: int) -> None:
        """Show the ride's self-rating rows. Raises DomainError if the ride is gone."""
        sheet = debriefs.self_rating_sheet(self.store, ride_id)
        self.sheet = sheet
        self.heading.setText(
            self.tr("Rate your own ride · {seller} · {date} · {kind}").format(
                seller=sheet.seller_name, date=ui_date(sheet.ride_date), kind=sheet.ride_type
            )
        )
        titles = "; ".join(
            self.tr("Call {number}: {title}").format(number=n, title=t)
            for n, t in enumerate(sheet.call_titles, start=1)
        )
        self.calls.setText(
            self.tr("Your calls on this ride: {calls}").format(calls=titles) if titles else ""
        )
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 6, 8, 6)
        self.rows = []
        for behaviour in sheet.behaviours:
            row = SelfRatingRow(behaviour, behaviour.key in sheet.focus, sheet.scale)
            row.chosen.connect(self._record)
            row.step.connect(lambda step, r=row: self._move(r, step))
            row.setEnabled(sheet.editable)
            self.rows.append(row)
            column.addWidget(row)
        column.addStretch(1)
        self.scroll_area.setWidget(body)  # the old rows go with the old body
        self._show(sheet.ratings)
        if self.rows:
            self.rows[0].setFocus()

    def _show(self, ratings: dict[str, SelfRating]) -> None:
        for row in self.rows:
            r = ratings.get(row.key)
            row.show_value(None if r is None else (NO_OPPORTUNITY if r.no_opportunity else r.level))
        done = sum(1 for row in self.rows if row.value is not None)
        editable = self.sheet is not None and self.sheet.editable
        if not editable:
            self.progress.setText(
                self.tr("This ride is acknowledged: your ratings can no longer change.")
            )
        else:
            self.progress.setText(
                self.tr("{done} of {total} behaviours rated. Each one is saved as you go.").format(
                    done=done, total=len(self.rows)
                )
            )

    def _record(self, key: str, value: Call) -> None:
        sheet = self.sheet
        if sheet is None or not sheet.editable:
            return
        ride_id = sheet.ride_id
        if value is None:
            saving.run(
                self.store,
                "self-rating: clear",
                debriefs.clear_self_rating,
                self.store,
                ride_id,
                key,
                refused=self._refused,
                done=lambda _r: self._saved(ride_id),
            )
            return
        saving.run(
            self.store,
            "self-rating: rate",
            debriefs.record_self_rating,
            self.store,
            ride_id,
            key,
            None if value == NO_OPPORTUNITY else value,
            no_opportunity=value == NO_OPPORTUNITY,
            entered_on="laptop",
            refused=self._refused,
            done=lambda _r: self._saved(ride_id),
        )

    def _refused(self, err: Exception) -> None:
        self.prompts.error(self.tr("Rating not saved"), str(err))

    def _saved(self, ride_id: int) -> None:
        if self.sheet is not None and self.sheet.ride_id == ride_id:
            self._show(debriefs.self_assessment(self.store, ride_id))
        self.rated.emit(ride_id)

    def _move(self, row: SelfRatingRow, step: int) -> None:
        index = self.rows.index(row) + step
        if 0 <= index < len(self.rows):
            self.rows[index].setFocus(Qt.FocusReason.TabFocusReason)
            self.scroll_area.ensureWidgetVisible(self.rows[index])
        elif index >= len(self.rows):
            self.give_back.setFocus(Qt.FocusReason.TabFocusReason)

    def _hand_back(self) -> None:
        if self.sheet is not None:
            self.handed_back.emit(self.sheet.ride_id)
