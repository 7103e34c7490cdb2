"""The behaviour rating grid: one row per behaviour of the ride's scorecard, focus first.

Keyboard first (the grid keeps the keyboard focus; its buttons are for mouse and touch):

- a digit that is a level of the scale rates the current behaviour AND moves to the next one,
  so a 10-behaviour call is rated in 10 keystrokes;
- ``N`` marks "no opportunity" (and moves on); Delete or Backspace clears the mark;
- Up/Down, Tab/Shift+Tab, Home/End, Page Up/Down move between behaviours (Tab leaves the grid
  after the last row, Shift+Tab before the first, so the rest of the screen stays reachable);
- Left/Right ask for the previous/next call; Enter asks for the evidence editor.

The grid only emits requests (``rate_requested`` …); the screen commits them through the core and
then calls :meth:`set_observation` with what was saved, so what the grid shows is what is stored.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from fieldride.rides import Observation
from fieldride.scorecards.model import Behaviour, Level

NO_OPPORTUNITY_TEXT = "N/O"
TOUCH = 44  # px: the smallest comfortable touch target


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class BehaviourRow(QFrame):
    """One behaviour: focus tag, title, evidence preview, level buttons and 'no opportunity'."""

    clicked = Signal()

    def __init__(
        self,
        behaviour: Behaviour,
        section: str,
        focus: bool,
        scale: Sequence[Level],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.behaviour = behaviour
        self.focus = focus
        self.setObjectName("behaviourRow")
        self.setProperty("focusBehaviour", focus)
        self.setProperty("current", False)
        self.setAccessibleName(f"{behaviour.title}{' (focus)' if focus else ''}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(6)
        text = QVBoxLayout()
        text.setSpacing(2)
        self.title = QLabel(behaviour.title)
        self.title.setObjectName("behaviourTitle")
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        head = QHBoxLayout()
        head.setSpacing(6)
        if focus:
            tag = QLabel("FOCUS")
            tag.setObjectName("focusTag")
            tag.setAccessibleName("Focus behaviour")
            head.addWidget(tag, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.title, 1)
        text.addLayout(head)
        self.preview = QLabel()
        self.preview.setProperty("role", "hint")
        self.preview.setObjectName("evidencePreview")
        self.preview.setAccessibleName(f"Evidence for {behaviour.title}")
        # a long first line must not widen the row: it is cut to the row's width instead
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        text.addWidget(self.preview)
        self.section = section
        layout.addLayout(text, 1)
        self.level_buttons: dict[int, QPushButton] = {}
        for level in scale:
            button = QPushButton(str(level.value))
            button.setObjectName("levelButton")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setFixedSize(TOUCH, TOUCH)
            button.setToolTip(f"{level.value} · {level.label}")
            button.setAccessibleName(f"Rate {behaviour.title}: {level.value}, {level.label}")
            self.level_buttons[level.value] = button
            layout.addWidget(button)
        self.no_opp = QPushButton(NO_OPPORTUNITY_TEXT)
        self.no_opp.setObjectName("noOpportunityButton")
        self.no_opp.setCheckable(True)
        self.no_opp.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.no_opp.setFixedSize(TOUCH + 16, TOUCH)
        self.no_opp.setToolTip("No opportunity (N): never counts in any score")
        self.no_opp.setAccessibleName(f"No opportunity for {behaviour.title}")
        layout.addWidget(self.no_opp)
        self.observation: Observation | None = None

    def set_observation(self, obs: Observation | None) -> None:
        self.observation = obs
        level = obs.level if obs else None
        for value, button in self.level_buttons.items():
            button.setChecked(value == level)
        self.no_opp.setChecked(bool(obs and obs.no_opportunity))
        evidence = (obs.evidence if obs else "").strip()
        first = evidence.splitlines()[0] if evidence else ""
        self.preview.setText(first[:120] + ("…" if len(first) > 120 else "") if first else "")
        self.preview.setVisible(bool(first))
        state = (
            f"rated {level}"
            if level is not None
            else ("no opportunity" if obs and obs.no_opportunity else "not rated")
        )
        self.setAccessibleDescription(state)

    def set_current(self, current: bool) -> None:
        if self.property("current") != current:
            self.setProperty("current", current)
            _repolish(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.clicked.emit()
        super().mousePressEvent(event)


class RatingGrid(QScrollArea):
    """The rows, a current row, and the keyboard handling described in the module docstring."""

    rate_requested = Signal(str, int)
    no_opportunity_requested = Signal(str)
    clear_requested = Signal(str)
    evidence_requested = Signal(str)
    current_changed = Signal(str)
    call_step_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingGrid")
        self.setAccessibleName("Behaviour ratings")
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rows: list[BehaviourRow] = []
        self.current = -1
        self.read_only = False
        self.scale_values: set[int] = set()
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.setWidget(self._body)

    # --- building ----------------------------------------------------------------------------
    def set_behaviours(
        self,
        behaviours: Sequence[Behaviour],
        sections: dict[str, str],
        focus: Sequence[str],
        scale: Sequence[Level],
    ) -> None:
        """Build one row per behaviour (behaviours already in capture order, focus first)."""
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.rows = []
        self.scale_values = {lv.value for lv in scale}
        previous_section = None
        for b in behaviours:
            is_focus = b.key in focus
            section = sections.get(b.key, "")
            heading = "Focus behaviours" if is_focus else section
            if heading != previous_section:
                label = QLabel(heading)
                label.setObjectName("gridSection")
                layout.addWidget(label)
                previous_section = heading
            row = BehaviourRow(b, section, is_focus, scale)
            index = len(self.rows)
            row.clicked.connect(lambda i=index: self._clicked(i))
            for value, button in row.level_buttons.items():
                button.clicked.connect(lambda _=False, i=index, v=value: self._click_rate(i, v))
            row.no_opp.clicked.connect(lambda _=False, i=index: self._click_no_opp(i))
            self.rows.append(row)
            layout.addWidget(row)
        layout.addStretch(1)
        self.setWidget(body)  # the old body is deleted by the scroll area
        self._body, self._layout = body, layout
        self.current = -1
        # A scroll area does not pass its content's minimum width on, and this one never
        # scrolls sideways: without this a narrow window cut the level buttons off the rows.
        spare = 2 * self.frameWidth() + self.style().pixelMetric(
            QStyle.PixelMetric.PM_ScrollBarExtent, None, self
        )
        self.setMinimumWidth(body.minimumSizeHint().width() + spare)

    def set_observations(self, observations: dict[str, Observation]) -> None:
        for row in self.rows:
            row.set_observation(observations.get(row.behaviour.key))

    def set_observation(self, key: str, obs: Observation | None) -> None:
        index = self.index_of(key)
        if index >= 0:
            self.rows[index].set_observation(obs)

    def set_enabled_rows(self, enabled: bool) -> None:
        for row in self.rows:
            for b in [*row.level_buttons.values(), row.no_opp]:
                b.setEnabled(enabled)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.set_enabled_rows(not read_only)

    # --- current row -------------------------------------------------------------------------
    def index_of(self, key: str | None) -> int:
        return next((i for i, r in enumerate(self.rows) if r.behaviour.key == key), -1)

    def current_key(self) -> str | None:
        return self.rows[self.current].behaviour.key if 0 <= self.current < len(self.rows) else None

    def current_row(self) -> BehaviourRow | None:
        return self.rows[self.current] if 0 <= self.current < len(self.rows) else None

    def set_current(self, index: int) -> None:
        if not self.rows:
            return
        index = max(0, min(index, len(self.rows) - 1))
        if index == self.current:
            return
        if 0 <= self.current < len(self.rows):
            self.rows[self.current].set_current(False)
        self.current = index
        row = self.rows[index]
        row.set_current(True)
        self.ensureWidgetVisible(row, 0, 24)
        self.current_changed.emit(row.behaviour.key)

    def set_current_key(self, key: str | None) -> None:
        index = self.index_of(key)
        self.set_current(index if index >= 0 else 0)

    # --- mouse and touch ---------------------------------------------------------------------
    def _clicked(self, index: int) -> None:
        self.set_current(index)
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def _click_rate(self, index: int, value: int) -> None:
        self._clicked(index)
        self._rate(value, advance=False)

    def _click_no_opp(self, index: int) -> None:
        self._clicked(index)
        self._no_opportunity(advance=False)

    # --- keyboard ----------------------------------------------------------------------------
    def _rate(self, value: int, advance: bool) -> None:
        key = self.current_key()
        if key is None or self.read_only:
            return
        self.rate_requested.emit(key, value)
        if advance:
            self.set_current(self.current + 1)

    def _no_opportunity(self, advance: bool) -> None:
        key = self.current_key()
        if key is None or self.read_only:
            return
        self.no_opportunity_requested.emit(key)
        if advance:
            self.set_current(self.current + 1)

    def event(self, event: QEvent) -> bool:
        # Tab/Backtab move between behaviours; Qt would otherwise use them for focus changes
        # before keyPressEvent sees them.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            k = event.key()
            if k == Qt.Key.Key_Tab and self.current < len(self.rows) - 1:
                self.set_current(self.current + 1)
                return True
            if k == Qt.Key.Key_Backtab and self.current > 0:
                self.set_current(self.current - 1)
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        k = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        text = event.text()
        if mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            if text.isdigit() and len(text) == 1 and int(text) in self.scale_values:
                self._rate(int(text), advance=True)
                return
            if k == Qt.Key.Key_N:
                self._no_opportunity(advance=True)
                return
        if mods == Qt.KeyboardModifier.NoModifier:
            moves = {
                Qt.Key.Key_Down: self.current + 1,
                Qt.Key.Key_Up: self.current - 1,
                Qt.Key.Key_Home: 0,
                Qt.Key.Key_End: len(self.rows) - 1,
                Qt.Key.Key_PageDown: self.current + 5,
                Qt.Key.Key_PageUp: self.current - 5,
            }
            if k in moves:
                self.set_current(moves[k])
                return
            if k in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                self.call_step_requested.emit(-1 if k == Qt.Key.Key_Left else 1)
                return
            if k in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                key = self.current_key()
                if key is not None:
                    self.evidence_requested.emit(key)
                return
            if k in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                key = self.current_key()
                if key is not None and not self.read_only:
                    self.clear_requested.emit(key)
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        if self.current < 0 and self.rows:
            self.set_current(0)
        self.setProperty("hasFocus", True)
        _repolish(self)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.setProperty("hasFocus", False)
        _repolish(self)
        super().focusOutEvent(event)
