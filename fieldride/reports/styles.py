"""The one stylesheet of every FieldRide document: sizes, spacing, the accent colour.

Documents are printed in black and white as often as in colour, so nothing carries meaning by
colour alone: the accent is used for headings and rules, always dark enough to read as near-black
in greyscale (:func:`text_accent` darkens a light brand colour), and level marks are filled vs
hollow shapes, not colours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from fieldride.reports.fonts import BOLD, ITALIC, REGULAR, register_fonts

DEFAULT_ACCENT = "#1F5C99"
INK = "#1A1A1A"
MUTED = "#555555"
RULE = "#9A9A9A"
SHADE = "#EFEFEF"  # table header and box fill: light enough to print as a pale grey

# Read at arm's length: every sentence the seller reads (evidence, commitments, questions,
# answers) is at least 9 pt; SMALL_SIZE is for labels and notes about the page.
BASE_SIZE = 9.0
LEADING = 11.2
SMALL_SIZE = 7.8
TITLE_SIZE = 14.0
H2_SIZE = 9.6
NUMBER_GUTTER = 10.0  # points left of a numbered note for its number (wider numbers push it right)
TICK_SIZE = 10.0  # the tick box (☐) before a commitment
TICK_GUTTER = 14.3  # points left of a commitment for its tick box (the box and a space)

_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


def valid_accent(value: object) -> str:
    """``value`` if it is a ``#RRGGBB`` colour, else the default accent (never raises)."""
    return value if isinstance(value, str) and _HEX.match(value) else DEFAULT_ACCENT


def _luminance(hex_colour: str) -> float:
    r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def text_accent(accent: str) -> str:
    """The accent darkened until text in it reads on white and prints as a dark grey."""
    colour = valid_accent(accent)
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    while _luminance(f"#{r:02x}{g:02x}{b:02x}") > 0.35:
        r, g, b = int(r * 0.85), int(g * 0.85), int(b * 0.85)
    return f"#{r:02x}{g:02x}{b:02x}"


@cache
def font_colour(hex_colour: str) -> str:
    """``#RRGGBB`` as the ``color`` of a ``<font>`` tag in paragraph markup: ``rgb(r,g,b)``, the
    same colour to the last bit. reportlab reads that form at once; a ``#RRGGBB`` there first
    goes through its named colours, a Python literal parser and an expression evaluator
    (about 40 us a tag)."""
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r},{g},{b})"


@dataclass(frozen=True)
class Styles:
    """Paragraph styles and colours for one accent colour (see :func:`styles_for`)."""

    accent: str
    accent_text: str
    title: Any
    subtitle: Any
    h2: Any
    h3: Any
    body: Any
    small: Any
    muted: Any
    cell: Any
    cell_bold: Any
    cell_small: Any
    cell_head: Any
    cell_center: Any
    box_title: Any
    italic: Any
    numbered: Any  # a small note with its call numbers in bold in a hanging gutter (bulletText)
    tick: Any  # a commitment with its tick box in a hanging gutter (bulletText "☐")
    tick_note: Any  # a muted line under a commitment, aligned with its text


@cache
def styles_for(accent: str = DEFAULT_ACCENT) -> Styles:
    """The stylesheet for ``accent`` (cached: documents of one process share it)."""
    register_fonts()
    from reportlab.lib.colors import HexColor
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    colour = valid_accent(accent)
    dark = text_accent(colour)
    body = ParagraphStyle(
        "fr-body",
        fontName=REGULAR,
        fontSize=BASE_SIZE,
        leading=LEADING,
        textColor=HexColor(INK),
        spaceAfter=2,
    )
    small = ParagraphStyle("fr-small", parent=body, fontSize=SMALL_SIZE, leading=9, spaceAfter=0)
    cell = ParagraphStyle("fr-cell", parent=body, spaceAfter=0, leading=10.4)
    return Styles(
        accent=colour,
        accent_text=dark,
        title=ParagraphStyle(
            "fr-title",
            parent=body,
            fontName=BOLD,
            fontSize=TITLE_SIZE,
            leading=TITLE_SIZE + 3,
            spaceAfter=1,
        ),
        subtitle=ParagraphStyle(
            "fr-subtitle", parent=body, textColor=HexColor(MUTED), spaceAfter=4
        ),
        h2=ParagraphStyle(
            "fr-h2",
            parent=body,
            fontName=BOLD,
            fontSize=H2_SIZE,
            leading=H2_SIZE + 2.6,
            textColor=HexColor(dark),
            spaceBefore=5,
            spaceAfter=2.5,
        ),
        h3=ParagraphStyle(
            "fr-h3", parent=body, fontName=BOLD, spaceBefore=3, spaceAfter=1, keepWithNext=1
        ),
        body=body,
        small=small,
        muted=ParagraphStyle("fr-muted", parent=small, textColor=HexColor(MUTED)),
        cell=cell,
        cell_bold=ParagraphStyle("fr-cell-bold", parent=cell, fontName=BOLD),
        cell_small=ParagraphStyle("fr-cell-small", parent=cell, fontSize=SMALL_SIZE, leading=9.4),
        cell_head=ParagraphStyle(
            "fr-cell-head", parent=cell, fontName=BOLD, fontSize=SMALL_SIZE, leading=9.4
        ),
        cell_center=ParagraphStyle("fr-cell-center", parent=cell, alignment=TA_CENTER),
        box_title=ParagraphStyle(
            "fr-box-title", parent=body, fontName=BOLD, textColor=HexColor(dark), spaceAfter=1
        ),
        italic=ParagraphStyle("fr-italic", parent=body, fontName=ITALIC),
        numbered=ParagraphStyle(
            "fr-numbered",
            parent=cell,
            leftIndent=NUMBER_GUTTER,
            bulletIndent=0,
            bulletFontName=BOLD,
            bulletFontSize=SMALL_SIZE,
        ),
        tick=ParagraphStyle(
            "fr-tick",
            parent=cell,
            leftIndent=TICK_GUTTER,
            bulletIndent=0,
            bulletFontName=REGULAR,
            bulletFontSize=TICK_SIZE,
        ),
        tick_note=ParagraphStyle(
            "fr-tick-note",
            parent=small,
            textColor=HexColor(MUTED),
            leftIndent=TICK_GUTTER,
        ),
    )
