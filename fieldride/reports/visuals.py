"""Small drawn flowables that read in black and white: level dots, per-call marks, sparklines.

Meaning is carried by shape (filled, half-filled, hollow; a dash for "no opportunity"), never by
colour alone. Every label drawn here comes from user or scorecard text and goes through
:func:`fieldride.reports.text.one_line` first.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from fieldride.reports.fonts import BOLD, REGULAR
from fieldride.reports.model import CallMark, TrendPoint
from fieldride.reports.styles import INK, MUTED, RULE
from fieldride.reports.text import one_line


def _fit(label: str, font: str, size: float, width: float) -> str:
    """``label`` cut with an ellipsis so it fits ``width`` points."""
    if stringWidth(label, font, size) <= width:
        return label
    while label and stringWidth(label + "…", font, size) > width:
        label = label[:-1]
    return label + "…"


class LevelDots(Flowable):  # type: ignore[misc]
    """One dot per scale level, filled up to the mean (half a dot for a half level), then the
    level's label. ``mean`` None draws hollow dots and ``empty_label``."""

    def __init__(
        self,
        mean: float | None,
        levels: int,
        label: str,
        colour: str,
        width: float = 100,
        radius: float = 3.1,
    ) -> None:
        super().__init__()
        self.mean, self.levels, self.colour = mean, max(levels, 1), colour
        self.label = one_line(label)
        self.width, self.radius = width, radius
        self.height = 2 * radius + 2

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = min(self.width, avail_width)
        return self.width, self.height

    def _dot_form(self, state: str) -> str:
        """The name of a PDF form (drawn once per document, reused for every dot) holding one
        dot centred on the origin: ``full``, ``half`` or ``empty``."""
        c: Any = self.canv
        r = self.radius
        name = f"frdot-{state}-{self.colour.lstrip('#')}-{r:g}"
        if c.hasForm(name):
            return name
        edge = r + 1
        c.beginForm(name, lowerx=-edge, lowery=-edge, upperx=edge, uppery=edge)
        c.setLineWidth(0.7)
        c.setStrokeColor(HexColor(INK))
        fill = HexColor(self.colour)
        if state == "full":
            c.setFillColor(fill)
            c.circle(0, 0, r, stroke=1, fill=1)
        else:
            c.setFillColor(HexColor("#FFFFFF"))
            c.circle(0, 0, r, stroke=1, fill=1)
            if state == "half":
                c.setFillColor(fill)
                c.wedge(-r, -r, r, r, 90, 180, stroke=0, fill=1)
                c.circle(0, 0, r, stroke=1, fill=0)
        c.endForm()
        return name

    def draw(self) -> None:
        c: Any = self.canv
        r = self.radius
        y = r + 1
        for i in range(1, self.levels + 1):
            x = r + 0.5 + (i - 1) * (2 * r + 2.2)
            full = self.mean is not None and self.mean >= i - 0.25
            half = not full and self.mean is not None and self.mean >= i - 0.75
            form = self._dot_form("full" if full else "half" if half else "empty")
            c.saveState()
            c.translate(x, y)
            c.doForm(form)
            c.restoreState()
        text_x = self.levels * (2 * r + 2.2) + 3
        c.setFont(REGULAR, 7.4)
        c.setFillColor(HexColor(INK if self.mean is not None else MUTED))
        c.drawString(text_x, y - 2.6, _fit(self.label, REGULAR, 7.4, self.width - text_x))


class CallMarks(Flowable):  # type: ignore[misc]
    """A small box per call: the level rated, "–" for no opportunity, empty when not observed.
    Boxes wrap onto further rows when the cell is narrow (long rides)."""

    BOX = 11.0
    GAP = 2.0

    def __init__(self, marks: tuple[CallMark, ...]) -> None:
        super().__init__()
        self.marks = marks
        self.per_row = max(len(marks), 1)
        self.width = self.height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        step = self.BOX + self.GAP
        self.per_row = max(1, min(len(self.marks) or 1, int((avail_width + self.GAP) // step)))
        rows = -(-max(len(self.marks), 1) // self.per_row)
        self.width = self.per_row * step - self.GAP
        self.height = rows * step - self.GAP
        return self.width, self.height

    def draw(self) -> None:
        c: Any = self.canv
        step = self.BOX + self.GAP
        c.setLineWidth(0.5)
        for i, mark in enumerate(self.marks):
            row, col = divmod(i, self.per_row)
            x = col * step
            y = self.height - (row + 1) * step + self.GAP
            c.setStrokeColor(HexColor(RULE if mark.level is None else INK))
            c.rect(x, y, self.BOX, self.BOX, stroke=1, fill=0)
            if mark.level is not None:
                c.setFont(BOLD, 7.2)
                c.setFillColor(HexColor(INK))
                c.drawCentredString(x + self.BOX / 2, y + 3, str(mark.level))
            elif mark.no_opportunity:
                c.setFont(REGULAR, 7.2)
                c.setFillColor(HexColor(MUTED))
                c.drawCentredString(x + self.BOX / 2, y + 3, "–")


class Sparkline(Flowable):  # type: ignore[misc]
    """A behaviour's level over recent rides: faint lines at each scale level, the path of the
    ride means, hollow dots for past rides and a filled dot for the current (or last) one."""

    def __init__(
        self,
        points: tuple[TrendPoint, ...],
        low: int,
        high: int,
        colour: str,
        width: float = 90,
        height: float = 16,
    ) -> None:
        super().__init__()
        self.points, self.low, self.high = points, low, max(high, low + 1)
        self.colour = colour
        self.width, self.height = width, height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = min(self.width, avail_width)
        return self.width, self.height

    def _xy(self, i: int, level: float) -> tuple[float, float]:
        n = len(self.points)
        pad = 3.0
        x = pad + (self.width - 2 * pad) * (i / (n - 1) if n > 1 else 0.5)
        y = pad + (self.height - 2 * pad) * (level - self.low) / (self.high - self.low)
        return x, y

    def draw(self) -> None:
        c: Any = self.canv
        c.setLineWidth(0.3)
        c.setStrokeColor(HexColor("#C8C8C8"))
        for level in range(self.low, self.high + 1):
            _, y = self._xy(0, level)
            c.line(0, y, self.width, y)
        if not self.points:
            return
        colour = HexColor(self.colour)
        c.setStrokeColor(colour)
        c.setLineWidth(1.1)
        coords = [self._xy(i, p.level) for i, p in enumerate(self.points)]
        if len(coords) > 1:
            path = c.beginPath()
            path.moveTo(*coords[0])
            for x, y in coords[1:]:
                path.lineTo(x, y)
            c.drawPath(path, stroke=1, fill=0)
        current = next((i for i, p in enumerate(self.points) if p.current), len(coords) - 1)
        for i, (x, y) in enumerate(coords):
            if i == current:
                c.setFillColor(colour)
                c.circle(x, y, 2.3, stroke=0, fill=1)
            else:
                c.setFillColor(HexColor("#FFFFFF"))
                c.setStrokeColor(colour)
                c.setLineWidth(0.8)
                c.circle(x, y, 1.5, stroke=1, fill=1)


class TickBox(Flowable):  # type: ignore[misc]
    """An empty square to tick by hand (commitments, verification outcomes)."""

    def __init__(self, size: float = 8.5) -> None:
        super().__init__()
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c: Any = self.canv
        c.setLineWidth(0.8)
        c.setStrokeColor(HexColor(INK))
        c.rect(0, 0, self.width, self.height, stroke=1, fill=0)
