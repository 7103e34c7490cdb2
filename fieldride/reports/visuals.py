"""Small drawn flowables that read in black and white: level dots, per-call marks, sparklines.

Meaning is carried by shape (filled, half-filled, hollow; a dash for "no opportunity"), never by
colour alone. Every label drawn here comes from user or scorecard text and goes through
:func:`fieldride.reports.text.one_line` first.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from fieldride.reports.fonts import BOLD, REGULAR
from fieldride.reports.model import CallMark, TrendPoint
from fieldride.reports.styles import INK, MUTED, RULE
from fieldride.reports.text import one_line


@cache
def _colour(hex_colour: str) -> Color:
    """A reportlab colour for ``#RRGGBB`` (parsed once per process: these shapes are drawn
    dozens of times per document)."""
    return HexColor(hex_colour)


WHITE = "#FFFFFF"
GRID = "#C8C8C8"


LABEL_SIZE = 8.0
# The label paragraphs of one document's level dots, by (label, colour, width): a document draws
# on one canvas, one row after another, so its rows can share a paragraph (a scale has a few
# labels, a summary has a row of dots per behaviour).
LabelParagraphs = dict[tuple[str, str, float], Any]


@cache
def _label_style(colour: str) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(
        f"fr-level-label-{colour}",
        fontName=REGULAR,
        fontSize=LABEL_SIZE,
        leading=LABEL_SIZE + 1.4,
        textColor=_colour(colour),
    )


class LevelDots(Flowable):  # type: ignore[misc]
    """One dot per scale level, filled up to the mean (half a dot for a half level), then the
    level's label, wrapped onto more lines when it is long ("Meets some expectations" is read
    whole, never cut; at most three lines, then "…"). ``mean`` None draws hollow dots and
    ``empty_label``. Rows of one document given the same ``labels`` share the paragraph of a
    label laid out at the same width, instead of each making and measuring its own."""

    def __init__(
        self,
        mean: float | None,
        levels: int,
        label: str,
        colour: str,
        width: float = 100,
        radius: float = 3.1,
        labels: LabelParagraphs | None = None,
    ) -> None:
        super().__init__()
        self.mean, self.levels, self.colour = mean, max(levels, 1), colour
        self.label = one_line(label)
        self.width, self.radius = width, radius
        self.height = 2 * radius + 2
        self._para: Any = None
        self._labels = labels

    def _text_x(self) -> float:
        return self.levels * (2 * self.radius + 2.2) + 3

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        from fieldride.reports.blocks import fitted

        self.width = min(self.width, avail_width)
        room = max(self.width - self._text_x(), 12.0)
        if self._para is None or self._para.width != room:
            colour = INK if self.mean is not None else MUTED
            key = (self.label, colour, room)
            found = self._labels.get(key) if self._labels is not None else None
            if found is None:
                found = fitted(self.label, _label_style(colour), room, lines=3)
                found.wrap(room, 1e6)
                if self._labels is not None:
                    self._labels[key] = found
            self._para = found
        self.height = max(2 * self.radius + 2, self._para.height)
        return self.width, self.height

    def _states(self) -> str:
        """One letter per dot: ``f`` full, ``h`` half, ``e`` empty (hollow)."""
        out = []
        for i in range(1, self.levels + 1):
            full = self.mean is not None and self.mean >= i - 0.25
            half = not full and self.mean is not None and self.mean >= i - 0.75
            out.append("f" if full else "h" if half else "e")
        return "".join(out)

    def _dots_form(self) -> str:
        """The name of a PDF form holding this row of dots, drawn once per document for each
        pattern (e.g. ``ffhe``: two full, a half and a hollow dot) and reused by every row
        with the same pattern: a row of dots costs one operator on the page."""
        c: Any = self.canv
        r = self.radius
        states = self._states()
        name = f"frdots-{states}-{self.colour.lstrip('#')}-{r:g}"
        if c.hasForm(name):
            return name
        step = 2 * r + 2.2
        c.beginForm(name, lowerx=0, lowery=0, upperx=len(states) * step + 1, uppery=self.height)
        c.setLineWidth(0.7)
        c.setStrokeColor(_colour(INK))
        fill = _colour(self.colour)
        y = r + 1
        for i, state in enumerate(states):
            x = r + 0.5 + i * step
            c.setFillColor(fill if state == "f" else _colour(WHITE))
            c.circle(x, y, r, stroke=1, fill=1)
            if state == "h":
                c.setFillColor(fill)
                c.wedge(x - r, y - r, x + r, y + r, 90, 180, stroke=0, fill=1)
                c.circle(x, y, r, stroke=1, fill=0)
        c.endForm()
        return name

    def draw(self) -> None:
        c: Any = self.canv
        r = self.radius
        c.saveState()
        c.translate(0, self.height - (2 * r + 2) + 0.8)  # dots level with the label's first line
        c.doForm(self._dots_form())
        c.restoreState()
        if self._para is not None:
            self._para.drawOn(c, self._text_x(), 0)


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
        """The boxes as two paths (rated: ink, not rated: grey), then the levels in one text
        object and the dashes in another: a handful of PDF operators per row of the table
        rather than a path and a text object per box."""
        c: Any = self.canv
        step = self.BOX + self.GAP
        rated, unrated = c.beginPath(), c.beginPath()
        levels: list[tuple[float, float, str]] = []
        dashes: list[tuple[float, float, str]] = []
        for i, mark in enumerate(self.marks):
            row, col = divmod(i, self.per_row)
            x = col * step
            y = self.height - (row + 1) * step + self.GAP
            (unrated if mark.level is None else rated).rect(x, y, self.BOX, self.BOX)
            if mark.level is not None:
                levels.append((x, y, str(mark.level)))
            elif mark.no_opportunity:
                dashes.append((x, y, "–"))
        c.setLineWidth(0.5)
        for path, colour, used in ((rated, INK, len(levels)), (unrated, RULE, len(self.marks))):
            if used:
                c.setStrokeColor(_colour(colour))
                c.drawPath(path, stroke=1, fill=0)
        for items, font, colour in ((levels, BOLD, INK), (dashes, REGULAR, MUTED)):
            if not items:
                continue
            text = c.beginText()
            text.setFont(font, 7.2)
            text.setFillColor(_colour(colour))
            for x, y, label in items:
                text.setTextOrigin(x + (self.BOX - stringWidth(label, font, 7.2)) / 2, y + 3)
                text.textOut(label)
            c.drawText(text)


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

    def _days(self) -> list[float]:
        """Each point's position along the time axis, 0 (oldest) to 1 (newest), by ride date:
        rides close in time sit close together. Dates that do not parse fall back to even
        spacing; a single point (or one date) sits at the right, where the newest ride is."""
        from datetime import date

        try:
            days = [date.fromisoformat(p.ride_date[:10]).toordinal() for p in self.points]
        except (ValueError, TypeError):
            days = list(range(len(self.points)))
        first, last = (min(days), max(days)) if days else (0, 0)
        if last == first:
            return [1.0] * len(days)
        return [(d - first) / (last - first) for d in days]

    def _xy(self, i: int, level: float) -> tuple[float, float]:
        pad = 3.0
        along_all: list[float] = getattr(self, "_along", [])
        if len(along_all) != len(self.points):
            along_all = self._along = self._days()
        along = along_all[i] if self.points else 0.0
        x = pad + (self.width - 2 * pad) * along
        y = pad + (self.height - 2 * pad) * (level - self.low) / (self.high - self.low)
        return x, y

    def draw(self) -> None:
        c: Any = self.canv
        c.setLineWidth(0.3)
        c.setStrokeColor(_colour(GRID))
        grid = (self._xy(0, level)[1] for level in range(self.low, self.high + 1))
        c.lines([(0, y, self.width, y) for y in grid])
        if not self.points:
            return
        colour = _colour(self.colour)
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
        past = c.beginPath()
        for i, (x, y) in enumerate(coords):
            if i != current:
                past.circle(x, y, 1.5)
        if len(coords) > 1:
            c.setFillColor(_colour(WHITE))
            c.setLineWidth(0.8)
            c.drawPath(past, stroke=1, fill=1)
        c.setFillColor(colour)
        c.circle(*coords[current], 2.3, stroke=0, fill=1)


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
        c.setStrokeColor(_colour(INK))
        c.rect(0, 0, self.width, self.height, stroke=1, fill=0)
