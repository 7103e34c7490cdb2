"""Building blocks shared by the documents: tables that split cleanly across pages, headings
that never end a page, label/value strips, boxed notes and signature lines.

Tables always repeat their header row on each page (``repeatRows``) and may split inside a row
(``splitInRow``) so a 20,000-character note flows across pages instead of breaking the layout.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from fieldride.reports.fonts import REGULAR
from fieldride.reports.styles import BASE_SIZE, INK, MUTED, RULE, SHADE, Styles
from fieldride.reports.text import para

SECTION_START = 64.0  # points a heading needs below it, or it starts on the next page


class Para(Paragraph):  # type: ignore[misc]
    """A Paragraph that remembers its last layout: wrapping again at the same width returns the
    same size without breaking the lines again.

    reportlab wraps every table cell twice (once to size the row, once more when drawing it),
    and line breaking is the largest cost of a document; the result depends only on the text,
    the style and the width, all fixed once the paragraph exists. ``split`` (which may drop the
    layout) and a different width fall back to reportlab's own wrap, so output is unchanged.
    """

    _wrapped_width: float | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if avail_width == self._wrapped_width and "blPara" in self.__dict__:
            return self.width, self.height
        size: tuple[float, float] = super().wrap(avail_width, avail_height)
        self._wrapped_width = avail_width
        return size


def heading(label: str, s: Styles, note: str = "", room: float = SECTION_START) -> list[Flowable]:
    """A section heading that never ends a page: it moves to the next page unless ``room``
    points are left under it (enough for a table header and a first row). Unlike
    ``keepWithNext``, a long table after it still starts on this page and splits. ``note`` is
    a small grey remark on the same line (e.g. the scale legend)."""
    text = para(label)
    if note:
        text += f'&nbsp;&nbsp;&nbsp;<font name="{REGULAR}" size="6.8" color="{MUTED}">{para(note)}</font>'
    return [CondPageBreak(room + s.h2.leading + s.h2.spaceBefore), Para(text, s.h2)]


def p(value: object, style: Any) -> Paragraph:
    """A paragraph of user text (escaped)."""
    return Para(para(value), style)


def data_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    header: bool = True,
    extra: Sequence[tuple[Any, ...]] = (),
    split_in_row: bool = True,
) -> Table:
    """A ruled table; the first row is a shaded header repeated on every page. Rows split
    across pages unless ``split_in_row`` is False (paper forms keep each row whole)."""
    table = Table(
        [list(r) for r in rows],
        colWidths=list(widths),
        repeatRows=1 if header else 0,
        splitInRow=1 if split_in_row else 0,
        hAlign="LEFT",
    )
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), REGULAR, BASE_SIZE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LINEBELOW", (0, 0), (-1, -1), 0.35, HexColor(RULE)),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), HexColor(SHADE)),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, HexColor(INK)),
        ]
    table.setStyle(TableStyle(commands + list(extra)))
    return table


def head_cells(labels: Sequence[str], s: Styles) -> list[Paragraph]:
    return [Para(para(label), s.cell_head) for label in labels]


def info_strip(
    pairs: Sequence[tuple[str, str]], width: float, s: Styles, *, blank: bool = False
) -> Table:
    """Label above value, side by side (e.g. Seller / Manager / Date / Ride type). With
    ``blank``, each value is an empty ruled line to write on (paper forms)."""
    if blank:
        cells = [[p(label.upper(), s.muted), Spacer(1, 16), LineRule()] for label, _ in pairs]
    else:
        cells = [
            [p(label.upper(), s.muted), p(value or "—", s.cell_bold)] for label, value in pairs
        ]
    col = width / max(len(pairs), 1)
    table = Table([cells], colWidths=[col] * len(pairs), hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (-1, -1), REGULAR, BASE_SIZE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def boxes(cells: Sequence[list[Any]], width: float, accent: str, gap: float = 8) -> Table:
    """Side-by-side boxes with an accent bar on the left of each (strength / gap)."""
    n = len(cells)
    col = (width - gap * (n - 1)) / n
    row: list[Any] = []
    widths: list[float] = []
    for i, cell in enumerate(cells):
        if i:
            row.append("")
            widths.append(gap)
        row.append(cell)
        widths.append(col)
    table = Table([row], colWidths=widths, hAlign="LEFT", splitInRow=1)
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), REGULAR, BASE_SIZE),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for i in range(0, len(row), 2):
        commands += [
            ("LINEBEFORE", (i, 0), (i, 0), 2.4, HexColor(accent)),
            ("BACKGROUND", (i, 0), (i, 0), HexColor("#F6F6F6")),
        ]
    table.setStyle(TableStyle(commands))
    return table


def signature_block(entries: Sequence[tuple[str, str, str]], width: float, s: Styles) -> Table:
    """Signature lines: (role, name printed under the line, text written on the line)."""
    gap = 18.0
    col = (width - gap * (len(entries) - 1)) / len(entries)
    top: list[Any] = []
    bottom: list[Any] = []
    widths: list[float] = []
    for i, (role, name, written) in enumerate(entries):
        if i:
            top.append("")
            bottom.append("")
            widths.append(gap)
        top.append(p(written, s.italic) if written else Spacer(1, 13))
        bottom.append(p(f"{role}: {name}" if name else role, s.muted))
        widths.append(col)
    table = Table([top, bottom], colWidths=widths, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("FONT", (0, 0), (-1, -1), REGULAR, BASE_SIZE),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 1), (-1, 1), 1.5),
    ]
    for i in range(0, len(top), 2):
        commands.append(("LINEBELOW", (i, 0), (i, 0), 0.6, HexColor(INK)))
    table.setStyle(TableStyle(commands))
    return table


class LineRule(Flowable):  # type: ignore[misc]
    """A thin horizontal line across the available width (a line to write on)."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 1

    def draw(self) -> None:
        self.canv.setLineWidth(0.5)
        self.canv.setStrokeColor(HexColor(INK))
        self.canv.line(0, 0, self.width, 0)


def muted_note(value: str, s: Styles) -> Paragraph:
    """A one-line explanatory note in grey (our own text)."""
    return Para(f'<font color="{MUTED}">{para(value)}</font>', s.small)
