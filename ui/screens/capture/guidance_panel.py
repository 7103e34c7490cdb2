"""The guidance panel: for the behaviour under the keyboard, the definition of good.

Shows, without a click: the section and title (and whether it is a focus behaviour), the level
given on this call with its label and description, "what good looks like", the look-fors, and
the scale with the key to press for each level.

One read-only text document (a QTextBrowser) rather than a label per part: wrapped rich-text
labels are laid out again for every width their layout tries, and the panel is on the capture
screen's start. Screen readers read it as one text.
A document is laid out when its text is set (a label waits for its paint), so the text is set
once per event-loop turn, after the keystroke that moved the keyboard has been handled: a
rating key moves the current behaviour and reports the new rating, two updates, one layout.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from fieldride.rides import Observation
from fieldride.scorecards.model import Behaviour, Level
from ui.rich_text import escape

MARGIN = 10  # px around the text


class GuidancePanel(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidancePanel")
        self.setAccessibleName(self.tr("Guidance for the current behaviour"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setDocumentMargin(MARGIN)
        self._scale: tuple[Level, ...] = ()
        self._scale_html = ""
        self._html = ""  # what the document shows, or will at the next event-loop turn
        self._render = QTimer(self)
        self._render.setSingleShot(True)
        self._render.setInterval(0)
        self._render.timeout.connect(lambda: self.setHtml(self._html))

    def set_scale(self, scale: Sequence[Level]) -> None:
        self._scale = tuple(scale)
        rows = "".join(
            f"<tr><td><b>{lv.value}</b>&nbsp;</td><td><b>{escape(lv.label)}</b>"
            + (f" — {escape(lv.description)}" if lv.description else "")
            + "</td></tr>"
            for lv in self._scale
        )
        rows += self.tr(
            "<tr><td><b>N</b>&nbsp;</td><td><b>No opportunity</b> — never counts.</td></tr>"
        )
        self._scale_html = self.tr(
            "<p><b>Scale</b> (press the key)</p><table>{rows}</table>"
        ).format(rows=rows)

    def show_behaviour(
        self, behaviour: Behaviour | None, section: str, focus: bool, obs: Observation | None
    ) -> None:
        if behaviour is None:
            self._show(self.tr("<p style='font-size:15px'>Add a call to start rating.</p>"))
            return
        good = escape(behaviour.good) if behaviour.good else self.tr("<i>No description.</i>")
        where = (
            self.tr("<p>{section} · <b>FOCUS BEHAVIOUR</b></p>")
            if focus
            else self.tr("<p>{section}</p>")
        )
        parts = [
            where.format(section=escape(section)),
            f"<p style='font-size:15px'><b>{escape(behaviour.title)}</b></p>",
            f"<p>{self._level_text(obs)}</p>",
            self.tr("<p><b>What good looks like</b></p><p>{good}</p>").format(good=good),
        ]
        if behaviour.look_fors:
            items = "".join(f"<li>{escape(x)}</li>" for x in behaviour.look_fors)
            parts.append(self.tr("<p><b>Look-fors</b></p><ul>{items}</ul>").format(items=items))
        parts.append(self._scale_html)
        self._show("".join(parts))

    def _show(self, html: str) -> None:
        if html != self._html:
            self._html = html
            self._render.start()

    def flush(self) -> None:
        """Set the document now if an update is waiting for the event loop."""
        if self._render.isActive():
            self._render.stop()
            self.setHtml(self._html)

    def _level_text(self, obs: Observation | None) -> str:
        if obs is None or (obs.level is None and not obs.no_opportunity):
            return self.tr("On this call: <b>not rated yet</b>")
        if obs.no_opportunity:
            return self.tr("On this call: <b>No opportunity</b> (not counted)")
        level = next((lv for lv in self._scale if lv.value == obs.level), None)
        if level is None:
            return self.tr("On this call: <b>{level}</b>").format(level=obs.level)
        desc = f"<br/>{escape(level.description)}" if level.description else ""
        text = self.tr("On this call: <b>{value} · {label}</b>").format(
            value=level.value, label=escape(level.label)
        )
        return text + desc  # the scale's own description (user data) on its own line
