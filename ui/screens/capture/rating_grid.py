"""The behaviour rating grid: one row per behaviour of the ride's scorecard, focus first.

Keyboard first (the grid keeps the keyboard focus; the level boxes are for mouse and touch):

- a digit that is a level of the scale rates the current behaviour AND moves to the next one,
  so a 10-behaviour call is rated in 10 keystrokes;
- ``N`` marks "no opportunity" (and moves on); Delete or Backspace clears the mark;
- Up/Down, Tab/Shift+Tab, Home/End, Page Up/Down move between behaviours (Tab leaves the grid
  after the last row, Shift+Tab before the first, so the rest of the screen stays reachable);
- Left/Right ask for the previous/next call; Enter asks for the evidence editor.

The grid only emits requests (``rate_requested`` …); the screen commits them through the core and
then calls :meth:`set_observation` with what was saved, so what the grid shows is what is stored.

Each row is one widget that draws itself (:mod:`ui.screens.capture.rating_row`): a row of
labels and six buttons was ten widgets, and the capture screen is the first screen of a ride in
progress.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from fieldride.rides import Observation
from fieldride.scorecards.model import Behaviour, Level
from ui.screens.capture.rating_row import BehaviourRow


class RatingGrid(QScrollArea):
    """The rows, a current row, and the keyboard handling described in the module docstring."""

    rate_requested = Signal(str, int)
    no_opportunity_requested = Signal(str)
    clear_requested = Signal(str)
    evidence_requested = Signal(str)
    current_changed = Signal(str)
    call_step_requested = Signal(int)
    # A digit or N while read-only: key and level (None: no opportunity), so the screen can say
    # why (or start the first call) instead of ignoring the keystroke.
    rating_refused = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingGrid")
        self.setAccessibleName(self.tr("Behaviour ratings"))
        self.setAccessibleDescription(
            self.tr("Digits rate the current behaviour, N marks no opportunity, Delete clears")
        )
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
        # in its place before it is filled: under the application's style sheet a widget given a
        # parent has its whole subtree restyled, so a body filled first and attached at the end
        # restyled every row once more (the old body is deleted by the scroll area)
        self.setWidget(body)
        self.rows = []
        self.scale_values = {lv.value for lv in scale}
        previous_section = None
        for b in behaviours:
            is_focus = b.key in focus
            section = sections.get(b.key, "")
            heading = self.tr("Focus behaviours") if is_focus else section
            if heading != previous_section:
                label = QLabel(heading)
                label.setObjectName("gridSection")
                layout.addWidget(label)
                previous_section = heading
            row = BehaviourRow(b, section, is_focus, scale)
            row.set_read_only(self.read_only)
            index = len(self.rows)
            row.pressed.connect(lambda i=index: self._clicked(i))
            row.level_clicked.connect(lambda value, i=index: self._click_rate(i, value))
            row.no_opportunity_clicked.connect(lambda i=index: self._click_no_opp(i))
            self.rows.append(row)
            layout.addWidget(row)
        layout.addStretch(1)
        self._body, self._layout = body, layout
        self.current = -1
        # A scroll area does not pass its content's minimum width on, and this one never
        # scrolls sideways: without this a narrow window cut the level boxes off the rows.
        spare = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(body.minimumSizeHint().width() + spare)

    def set_observations(self, observations: dict[str, Observation]) -> None:
        for row in self.rows:
            row.set_observation(observations.get(row.behaviour.key))

    def set_observation(self, key: str, obs: Observation | None) -> None:
        index = self.index_of(key)
        if index >= 0:
            self.rows[index].set_observation(obs)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for row in self.rows:
            row.set_read_only(read_only)

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
        if key is None:
            return
        if self.read_only:  # the screen may start a call and rate it: nothing more to do here
            self.rating_refused.emit(key, value)
            return
        self.rate_requested.emit(key, value)
        if advance:
            self.set_current(self.current + 1)

    def _no_opportunity(self, advance: bool) -> None:
        key = self.current_key()
        if key is None:
            return
        if self.read_only:  # the screen may start a call and rate it: nothing more to do here
            self.rating_refused.emit(key, None)
            return
        self.no_opportunity_requested.emit(key)
        if advance:
            self.set_current(self.current + 1)

    def event(self, event: QEvent) -> bool:
        # Tab/Backtab move between behaviours; Qt would otherwise use them for focus changes
        # before keyPressEvent sees them.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = Qt.Key  # not at import: ui.qt_names
            k = event.key()
            if k == key.Key_Tab and self.current < len(self.rows) - 1:
                self.set_current(self.current + 1)
                return True
            if k == key.Key_Backtab and self.current > 0:
                self.set_current(self.current - 1)
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, modifier = Qt.Key, Qt.KeyboardModifier  # not at import: ui.qt_names
        k = event.key()
        mods = event.modifiers() & ~modifier.KeypadModifier
        text = event.text()
        if mods in (modifier.NoModifier, modifier.ShiftModifier):
            if text.isdigit() and len(text) == 1 and int(text) in self.scale_values:
                self._rate(int(text), advance=True)
                return
            if k == key.Key_N:
                self._no_opportunity(advance=True)
                return
        if mods == modifier.NoModifier:
            moves: dict[int, int] = {
                key.Key_Down: self.current + 1,
                key.Key_Up: self.current - 1,
                key.Key_Home: 0,
                key.Key_End: len(self.rows) - 1,
                key.Key_PageDown: self.current + 5,
                key.Key_PageUp: self.current - 5,
            }
            if k in moves:
                self.set_current(moves[k])
                return
            if k in (key.Key_Left, key.Key_Right):
                self.call_step_requested.emit(-1 if k == key.Key_Left else 1)
                return
            if k in (key.Key_Return, key.Key_Enter):
                current = self.current_key()
                if current is not None:
                    self.evidence_requested.emit(current)
                return
            if k in (key.Key_Delete, key.Key_Backspace):
                current = self.current_key()
                if current is not None and not self.read_only:
                    self.clear_requested.emit(current)
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        if self.current < 0 and self.rows:
            self.set_current(0)
        super().focusInEvent(event)
