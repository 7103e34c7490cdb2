"""The guidance panel: for the behaviour under the keyboard, the definition of good.

Shows, without a click: the section and title (and whether it is a focus behaviour), the level
given on this call with its label and description, "what good looks like", the look-fors, and
the scale with the key to press for each level.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from fieldride.rides import Observation
from fieldride.scorecards.model import Behaviour, Level
from ui.qt_names import set_property


def _label(role: str, name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(role)
    label.setWordWrap(True)
    set_property(label, "textFormat", "RichText")
    label.setAccessibleName(name)
    set_property(label, "textInteractionFlags", "NoTextInteraction")
    return label


def escape(text: str) -> str:
    """Text for Qt rich text, as ``html.escape`` makes it (that module loads a 2,000-entry
    table of named entities at import: ~1.5 ms of the capture screen's start)."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#x27;")
    )


class GuidancePanel(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidancePanel")
        self.setAccessibleName("Guidance for the current behaviour")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        set_property(self, "focusPolicy", "NoFocus")
        body = QWidget()
        body.setObjectName("guidanceBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        self.section = _label("guidanceSection", "Section")
        self.title = _label("guidanceTitle", "Behaviour")
        self.level = _label("guidanceLevel", "Level on this call")
        self.good = _label("guidanceGood", "What good looks like")
        self.look_fors = _label("guidanceLookFors", "Look-fors")
        self.scale = _label("guidanceScale", "Scale")
        for w in (self.section, self.title, self.level, self.good, self.look_fors, self.scale):
            layout.addWidget(w)
        layout.addStretch(1)
        self.setWidget(body)
        self._scale: tuple[Level, ...] = ()

    def set_scale(self, scale: Sequence[Level]) -> None:
        self._scale = tuple(scale)
        rows = "".join(
            f"<tr><td><b>{lv.value}</b>&nbsp;</td><td><b>{escape(lv.label)}</b>"
            + (f" — {escape(lv.description)}" if lv.description else "")
            + "</td></tr>"
            for lv in self._scale
        )
        rows += "<tr><td><b>N</b>&nbsp;</td><td><b>No opportunity</b> — never counts.</td></tr>"
        self.scale.setText(f"<p><b>Scale</b> (press the key)</p><table>{rows}</table>")

    def show_behaviour(
        self, behaviour: Behaviour | None, section: str, focus: bool, obs: Observation | None
    ) -> None:
        if behaviour is None:
            for w in (self.section, self.title, self.level, self.good, self.look_fors):
                w.setText("")
            self.title.setText("Add a call to start rating.")
            return
        self.section.setText(escape(section) + (" · <b>FOCUS BEHAVIOUR</b>" if focus else ""))
        self.title.setText(f"<b>{escape(behaviour.title)}</b>")
        self.level.setText(self._level_text(obs))
        self.level.setAccessibleDescription(self.level.text())
        good = escape(behaviour.good) if behaviour.good else "<i>No description.</i>"
        self.good.setText(f"<p><b>What good looks like</b></p><p>{good}</p>")
        if behaviour.look_fors:
            items = "".join(f"<li>{escape(x)}</li>" for x in behaviour.look_fors)
            self.look_fors.setText(f"<p><b>Look-fors</b></p><ul>{items}</ul>")
        else:
            self.look_fors.setText("")

    def _level_text(self, obs: Observation | None) -> str:
        if obs is None or (obs.level is None and not obs.no_opportunity):
            return "On this call: <b>not rated yet</b>"
        if obs.no_opportunity:
            return "On this call: <b>No opportunity</b> (not counted)"
        level = next((lv for lv in self._scale if lv.value == obs.level), None)
        if level is None:
            return f"On this call: <b>{obs.level}</b>"
        desc = f"<br/>{escape(level.description)}" if level.description else ""
        return f"On this call: <b>{level.value} · {escape(level.label)}</b>{desc}"
