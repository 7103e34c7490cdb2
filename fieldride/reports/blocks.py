"""Building blocks shared by the documents: tables that split cleanly across pages, headings
that never end a page, label/value strips, boxed notes and signature lines.

Tables always repeat their header row on each page (``repeatRows``) and may split inside a row
(``splitInRow``) so a 20,000-character note flows across pages instead of breaking the layout.
They are :class:`CleanTable`: a split never leaves a row fragment without content (reportlab's
in-row split can carry a row's bottom padding alone onto the next page, under a repeated header).

Plain cells: a label or a short value that fits on one line is put in a table as a plain string
(:func:`cell`), drawn by the table in the font its :func:`font_of` command gives, instead of a
Paragraph: no markup parsing and no line breaking, which is most of a document's cost. Text
that does not fit, or has line breaks, stays a wrapping Paragraph in the same style.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText

from fieldride.reports.complex import base_is_rtl, fallback_frags, visual_line
from fieldride.reports.fonts import REGULAR, RTL_FACES
from fieldride.reports.scripts import has_fallback
from fieldride.reports.styles import (
    BASE_SIZE,
    INK,
    MUTED,
    RULE,
    SHADE,
    Styles,
    font_colour,
    styles_for,
)
from fieldride.reports.text import NBSP, clean, escape, para

MIN_FRAGMENT = 14.0  # points an in-row split moves up when it would leave an empty fragment
SECTION_START = 64.0  # points a heading needs below it, or it starts on the next page
CELL_PADDING = 3  # points left and right of a cell's content in a data_table
INK_COLOUR = HexColor(INK)
RULE_COLOUR = HexColor(RULE)
SHADE_COLOUR = HexColor(SHADE)
BOX_COLOUR = HexColor("#F6F6F6")
Cell = tuple[int, int]


class Para(Paragraph):  # type: ignore[misc]
    """A Paragraph that draws any script and remembers its last layout.

    Scripts: text in a fallback script (Hebrew, Arabic, Devanagari, Thai, CJK) is put in its
    bundled face run by run, shaped by HarfBuzz and put in right-to-left order when drawn; a
    paragraph whose first strong letter is Hebrew or Arabic is right-aligned (see
    :mod:`fieldride.reports.complex`). A Latin-only paragraph pays one regular-expression
    search per fragment for this.

    Layout cache: wrapping again at a width it was laid out at returns that layout without
    breaking the lines again.

    reportlab wraps every table cell twice (once to size the row, once more when drawing it),
    a column measured at several widths (:func:`fieldride.reports.summary.balanced_share`) is
    wrapped again at the one chosen, and line breaking is the largest cost of a document; the
    result depends only on the text, the style and the width, all fixed once the paragraph
    exists. After ``split`` (which may drop the layout) and at a new width reportlab's own wrap
    runs, so output is unchanged.
    """

    _wrapped_width: float | None = None
    _layouts: dict[float, tuple[Any, float, Any, Any]] | None = None  # width -> its layout
    _shaped = False
    _rtl = False
    _rtl_base = False
    frags: list[Any]
    style: Any
    width: float
    height: float

    def __init__(
        self,
        text: Any,
        style: Any = None,
        bulletText: Any = None,  # noqa: N803 (reportlab's name)
        frags: Any = None,
        **kw: Any,
    ) -> None:
        if frags is None:
            made = parsed_frags(text, style)
            if made is not None:
                text, frags = made
        super().__init__(text, style, bulletText, frags, **kw)
        frags = self.frags
        if not any(_needs_fallback(f) for f in frags):
            return
        frags, self._shaped, self._rtl = fallback_frags(frags)
        if self._rtl:
            plain = "".join(f.text for f in frags if isinstance(getattr(f, "text", None), str))
            self._rtl_base = base_is_rtl(plain)
            if self._rtl_base and self.style.alignment == 0:
                self.style = _right_aligned(self.style)
        if len(frags) == 1 and (self._shaped or self._rtl):
            # reportlab lays out a one-fragment paragraph in a simpler form (words as plain
            # strings): a second, empty fragment keeps the fragment lines drawing needs.
            frags = [*frags, frags[0].clone(text="")]
        self.frags = frags

    def drawPara(self, debug: int = 0) -> None:  # noqa: N802 (reportlab's name)
        bl = getattr(self, "blPara", None)
        if not (self._shaped or self._rtl) or bl is None or bl.kind != 1:
            super().drawPara(debug)
            return
        logical = bl.lines
        bl.lines = [visual_line(line, self._rtl_base) for line in logical]
        try:
            super().drawPara(debug)
        finally:
            bl.lines = logical

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if "blPara" in self.__dict__:
            if avail_width == self._wrapped_width:
                return self.width, self.height
            known = self._layouts.get(avail_width) if self._layouts else None
            if known is not None:
                self.blPara, height, self._wrapWidths, self._width_max = known
                self.width = self._wrapped_width = avail_width
                self.height = height
                return avail_width, height
        size: tuple[float, float] = super().wrap(avail_width, avail_height)
        self._wrapped_width = avail_width
        if self.width == avail_width and "blPara" in self.__dict__:  # laid out (not too narrow)
            if self._layouts is None:
                self._layouts = {}
            self._layouts[avail_width] = (
                self.blPara,
                self.height,
                self._wrapWidths,
                getattr(self, "_width_max", 0),
            )
        return size


# Paragraph markup as reportlab's parser reads it: our tags, the entities para() writes, and the
# text between them (a "piece": the parser makes a fragment of each).
_MARKUP = re.compile(r"(<[^<>&]*>|&(?:amp|lt|gt|nbsp);)")
_TAG_NAME = re.compile(r"</?([a-z]+)")
_SHAPE_TAGS = frozenset({"b", "i", "font", "br"})  # tags whose fragments depend only on the tag
_PIECE = "\x00"  # stands for a piece of text in a shape (clean() never lets it into text)
_SHAPE_LIMIT = 512  # shapes kept per style (each a handful of fragments)
# style -> shape -> the fragments reportlab's parser makes of it
_SHAPES: WeakKeyDictionary[Any, dict[str, list[Any]]] = WeakKeyDictionary()


def parsed_frags(text: Any, style: Any) -> tuple[str, list[Any]] | None:
    """The text and fragments reportlab's ``Paragraph(text, style)`` would hold, made from the
    parse of the text's *shape*, or None when reportlab's parser is to read ``text`` itself.

    The shape is the markup with each piece of text (between tags and entities) replaced by one
    placeholder character: ``<b>Objective:</b> Watch...`` and ``<b>Calls:</b> 1. Harbour...``
    have the same shape. The parser makes a fragment of every piece, in the font, size and
    colour its tags give, whatever the piece says; so the fragments of the text are the shape's
    fragments holding the pieces. A document has a few shapes (every plain paragraph is one
    shape, every question another) and each is parsed once per style, not once per paragraph.
    The text is first cleaned as reportlab's ``Paragraph`` cleans it (white space collapsed,
    line ends joined). Left to the parser: tags other than ``<b>``, ``<i>``, ``<font>`` and
    ``<br/>``, any other ``&``, a ``<`` or ``>`` outside a tag, a style that changes the case,
    and text that cleans to nothing."""
    if not isinstance(text, str) or style is None or _PIECE in text:
        return None
    if getattr(style, "textTransform", None):
        return None
    text = cleanBlockQuotedText(text)
    parts = _MARKUP.split(text)  # piece, markup, piece, markup, ..., piece
    pieces = parts[0::2]
    if not text or any("<" in p or ">" in p or "&" in p for p in pieces):
        return None
    markup = parts[1::2]
    for m in markup:
        name = _TAG_NAME.match(m)
        if m[0] == "<" and (name is None or name.group(1) not in _SHAPE_TAGS):
            return None
    shape = "".join(
        (_PIECE if piece else "") + m for piece, m in zip(pieces, [*markup, ""], strict=True)
    )
    shapes = _SHAPES.get(style)
    if shapes is None:
        shapes = _SHAPES[style] = {}
    frags = shapes.get(shape)
    if frags is None:
        if len(shapes) >= _SHAPE_LIMIT:
            shapes.clear()
        made = Paragraph(shape, style)
        if made.style is not style or made.bulletText != getattr(style, "bulletText", None):
            return None
        frags = shapes[shape] = made.frags
    filled = iter(piece for piece in pieces if piece)
    out = [f.clone(text=next(filled)) if f.text == _PIECE else f.clone() for f in frags]
    return text, out


def _needs_fallback(frag: Any) -> bool:
    text = getattr(frag, "text", None)
    return isinstance(text, str) and (has_fallback(text) or frag.fontName in RTL_FACES)


_RIGHT: dict[str, Any] = {}


def _right_aligned(style: Any) -> Any:
    """``style`` aligned right (a paragraph that reads right to left), cached per style."""
    found = _RIGHT.get(style.name)
    if found is None:
        from reportlab.lib.enums import TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        found = _RIGHT[style.name] = ParagraphStyle(
            f"{style.name}-rtl", parent=style, alignment=TA_RIGHT
        )
    return found


def _has_content(value: object) -> bool:
    """Whether a table cell value shows anything: text, or a flowable other than a spacer."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, (list, tuple)):
        return any(_has_content(v) for v in value)
    return not isinstance(value, Spacer)


def _clean_parts(parts: Sequence[Any]) -> bool:
    """Whether every body row (below the repeated header) of every part shows some content."""
    for part in parts:
        repeat = part.repeatRows
        skip = repeat if isinstance(repeat, int) else len(repeat)
        for row in part._cellvalues[skip:]:
            if not any(_has_content(v) for v in row):
                return False
    return True


def _next_page(parts: list[Any]) -> list[Any]:
    """``parts`` with a page break before the remainder. A split often stops short of the
    page's end (reportlab's in-row split cuts between a cell's paragraphs, a row moved whole,
    a line higher); without the break the remainder, repeated header and all, is laid out in
    the room left: the header printed again in the middle of the page, right above the split
    row. A table splits only at the end of a page, so its remainder always starts the next."""
    from reportlab.platypus import PageBreak

    return [parts[0], PageBreak(), *parts[1:]]


class CleanTable(Table):  # type: ignore[misc]
    """A Table whose split never leaves a row fragment with no content on either side.

    reportlab's in-row split (``splitInRow``) cuts the row at the space left on the page and
    moves whatever does not fit. When a row's content fits but its bottom padding does not, the
    whole content stays above and the next page starts with the repeated header over an empty
    sliver of a row; a cell whose first paragraph cannot be split can likewise leave an empty
    top fragment. When a split would do that, this one tries, in order: the in-row split a little
    higher (so at least a line moves with the row's remainder, :data:`MIN_FRAGMENT` points),
    a split between rows (the row moves whole to the next page), and finally no split (the
    table moves whole to the next page and splits there). If the table was already moved once
    (reportlab marks it ``_postponed``; moving it again would be a LayoutError), it keeps
    reportlab's own split: a layout never fails because of this class.
    Tables without ``splitInRow`` (paper forms with blank writing rows) split as reportlab does.
    """

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        parts: list[Any] = super().split(avail_width, avail_height)
        if len(parts) < 2:
            return parts
        if not self.splitInRow or _clean_parts(parts):
            return _next_page(parts)
        higher: list[Any] = super().split(avail_width, avail_height - MIN_FRAGMENT)
        if len(higher) > 1 and _clean_parts(higher):
            return _next_page(higher)
        self._calc(avail_width, avail_height)
        between: list[Any] = self._splitRows(avail_height, doInRowSplit=0)
        if len(between) > 1 and _clean_parts(between):
            return _next_page(between)
        if not getattr(self, "_postponed", False):
            return []  # reportlab moves the table to the next page, once (then marks it)
        return parts


def heading(label: str, s: Styles, note: str = "", room: float = SECTION_START) -> list[Flowable]:
    """A section heading that never ends a page: it moves to the next page unless ``room``
    points are left under it (enough for a table header and a first row). Unlike
    ``keepWithNext``, a long table after it still starts on this page and splits. ``note`` is
    a small grey remark on the same line (e.g. the scale legend)."""
    text = para(label)
    if note:
        text += f'{NBSP * 3}<font name="{REGULAR}" size="6.8" color="{font_colour(MUTED)}">{para(note)}</font>'
    return [CondPageBreak(room + s.h2.leading + s.h2.spaceBefore), Para(text, s.h2)]


def p(value: object, style: Any) -> Paragraph:
    """A paragraph of user text (escaped)."""
    return Para(para(value), style)


FIT_CHARS = 400  # characters per line considered when fitting (more never fit a page width)


def fitted(value: object, style: Any, width: float, lines: int = 1, prefix: str = "") -> Para:
    """User text on at most ``lines`` lines of ``width`` points in ``style``, cut at the end
    with "…" when longer: measured by printed width (each script in its own face), so a long
    name never overprints its neighbour nor grows a one-row table past a page. Line breaks
    become spaces. ``prefix`` is markup put before the text (our own, e.g. a bold label)."""
    text = " ".join(clean(value).split())[: FIT_CHARS * lines]

    def make(t: str) -> Para:
        made = Para(prefix + escape(t), style)
        made.style = style  # a field keeps its column's alignment, whatever the script
        return made

    def fits(candidate: Para) -> bool:
        candidate.wrap(width, 1e6)
        return len(candidate.blPara.lines) <= lines

    whole = make(text)
    if fits(whole):
        return whole
    lo, hi = 0, len(text)  # the longest cut that fits is in [lo, hi)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if fits(make(text[:mid].rstrip() + "…")):
            lo = mid
        else:
            hi = mid
    return make(text[:lo].rstrip() + "…")


def line_width(para_: Para, width: float) -> float:
    """The printed width of a one-line paragraph laid out in ``width`` points."""
    para_.wrap(width, 1e6)
    lines = para_.blPara.lines
    if not lines:
        return 0.0
    first = lines[0]
    extra = first.extraSpace if hasattr(first, "extraSpace") else first[0]
    return float(width - extra)


_LABELLED: dict[tuple[str, str, str], Any] = {}


def labelled(
    label: str, markup: str, style: Any, font: str, colour: str | None = None
) -> Paragraph:
    """A paragraph that starts with ``label`` (our own text, e.g. "How it went:") in ``font``
    (the regular or bold face; ``colour`` a ``#RRGGBB`` for the label, default the text's), then
    ``markup`` (escaped text) in ``style``, wrapping under the label as one paragraph would. The label is drawn as the paragraph's bullet with the text
    pushed after it, so the text stays one run: reportlab lays that out about four times faster
    than a paragraph mixing ``<b>label</b>`` and regular text."""
    key = (style.name, font, colour or "")
    labelled_style = _LABELLED.get(key)
    if labelled_style is None:
        from reportlab.lib.styles import ParagraphStyle

        labelled_style = ParagraphStyle(
            f"{style.name}-labelled-{font}-{colour or 'text'}",
            parent=style,
            bulletFontName=font,
            bulletColor=HexColor(colour) if colour else style.textColor,
            bulletFontSize=style.fontSize,
            bulletIndent=0,
            leftIndent=0,
            firstLineIndent=0,
        )
        _LABELLED[key] = labelled_style
    return Para(markup, labelled_style, bulletText=label)


def cell(value: object, style: Any, width: float) -> str | Paragraph:
    """A table cell holding ``value`` (user or label text) in ``style``: the cleaned text itself
    when it fits ``width`` points on one line, else a wrapping paragraph of it. The table must
    draw plain cells in the same style: give it :func:`font_of` for those cells."""
    text = clean(value)
    if (
        "\n" not in text
        and not has_fallback(text)
        and stringWidth(text, style.fontName, style.fontSize) <= width
    ):
        return text
    return p(text, style)


def font_of(style: Any, start: Cell, stop: Cell) -> list[tuple[Any, ...]]:
    """TableStyle commands that draw the plain cells from ``start`` to ``stop`` as ``style``
    would (font, size, leading, colour); a Paragraph cell keeps its own style."""
    return [
        ("FONT", start, stop, style.fontName, style.fontSize, style.leading),
        ("TEXTCOLOR", start, stop, style.textColor),
    ]


def head_row(
    labels: Sequence[str], widths: Sequence[float], s: Styles, pad: float = 6
) -> list[Any]:
    """A header row for :func:`data_table` (which draws plain header cells in ``cell_head``):
    each label plain when it fits its column (``pad`` = the cell's left + right padding)."""
    return [cell(label, s.cell_head, w - pad) for label, w in zip(labels, widths, strict=True)]


def data_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    header: bool = True,
    extra: Sequence[tuple[Any, ...]] = (),
    split_in_row: bool = True,
) -> Table:
    """A ruled table; the first row is a shaded header repeated on every page (plain header
    cells are drawn in the header style, see :func:`head_row`). Rows split across pages unless
    ``split_in_row`` is False (paper forms keep each row whole). ``extra`` adds TableStyle
    commands (e.g. :func:`font_of` for plain body cells)."""
    table = CleanTable(
        [list(r) for r in rows],
        colWidths=list(widths),
        repeatRows=1 if header else 0,
        splitInRow=1 if split_in_row else 0,
        hAlign="LEFT",
    )
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), REGULAR, BASE_SIZE),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK_COLOUR),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 1.3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.9),
        ("LINEBELOW", (0, 0), (-1, -1), 0.35, RULE_COLOUR),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), SHADE_COLOUR),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK_COLOUR),
        ]
        # cell_head does not depend on the accent colour: any stylesheet's is the one
        commands += font_of(styles_for().cell_head, (0, 0), (-1, 0))
    table.setStyle(TableStyle(commands + list(extra)))
    return table


def head_cells(labels: Sequence[str], s: Styles) -> list[Paragraph]:
    """Header cells as paragraphs (they wrap: for narrow columns; see :func:`head_row`)."""
    return [Para(para(label), s.cell_head) for label in labels]


def info_strip(
    pairs: Sequence[tuple[str, str]], width: float, s: Styles, *, blank: bool = False
) -> Table:
    """Label above value, side by side (e.g. Seller / Manager / Date / Ride type): a row of
    labels over a row of values (plain cells unless a value needs wrapping). With ``blank``,
    each value is an empty ruled line to write on (paper forms)."""
    col = width / max(len(pairs), 1)
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), REGULAR, BASE_SIZE),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    rows: list[list[Any]]
    if blank:
        rows = [[[p(label.upper(), s.muted), Spacer(1, 16), LineRule()] for label, _ in pairs]]
    else:
        rows = [
            [cell(label.upper(), s.muted, col - 6) for label, _ in pairs],
            [fitted(value or "—", s.cell_bold, col - 6, lines=2) for _, value in pairs],
        ]
        commands += [
            *font_of(s.muted, (0, 0), (-1, 0)),
            *font_of(s.cell_bold, (0, 1), (-1, 1)),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
        ]
    table = CleanTable(rows, colWidths=[col] * len(pairs), hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle(commands))
    return table


def boxes(
    cells: Sequence[list[Any]],
    width: float,
    accent: str,
    gap: float = 8,
    *,
    labels: Sequence[str] = (),
    s: Styles | None = None,
) -> Table:
    """Side-by-side boxes with an accent bar on the left of each (strength / gap). With
    ``labels`` (and the stylesheet ``s``), each box starts with its label in small grey
    capitals, inside the box's own cell: a long box split across pages keeps its label with
    its first lines (a label row of its own could be left alone at the foot of a page)."""
    n = len(cells)
    col = (width - gap * (n - 1)) / n
    row: list[Any] = []
    widths: list[float] = []
    for i, content in enumerate(cells):
        if i:
            row.append("")
            widths.append(gap)
        if labels and s is not None:
            content = [p(labels[i].upper(), s.muted), *content]
        row.append(content)
        widths.append(col)
    table = CleanTable([row], colWidths=widths, hAlign="LEFT", splitInRow=1)
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), REGULAR, BASE_SIZE),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    bar = HexColor(accent)
    for i in range(0, len(row), 2):
        commands += [
            ("LINEBEFORE", (i, 0), (i, -1), 2.4, bar),
            ("BACKGROUND", (i, 0), (i, -1), BOX_COLOUR),
        ]
    table.setStyle(TableStyle(commands))
    return table


def signature_block(entries: Sequence[tuple[str, str, str]], width: float, s: Styles) -> Table:
    """Signature lines: (role, name printed under the line, text written on the line). The
    written text is set in the regular face, like the rest of the page: the documents embed
    only the regular and bold faces (each face embedded costs its subsetting and compression)."""
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
        top.append(fitted(written, s.body, col, lines=2) if written else Spacer(1, 13))
        bottom.append(fitted(f"{role}: {name}" if name else role, s.muted, col, lines=2))
        widths.append(col)
    table = Table([top, bottom], colWidths=widths, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("FONT", (0, 0), (-1, -1), REGULAR, BASE_SIZE),
        *font_of(s.body, (0, 0), (-1, 0)),
        *font_of(s.muted, (0, 1), (-1, 1)),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 1), (-1, 1), 2.6),
        ("VALIGN", (0, 1), (-1, 1), "TOP"),  # the name under the line: from the line down
    ]
    for i in range(0, len(top), 2):
        commands.append(("LINEBELOW", (i, 0), (i, 0), 0.6, INK_COLOUR))
    table.setStyle(TableStyle(commands))
    return table


class LineRule(Flowable):  # type: ignore[misc]
    """A thin horizontal line across the available width (a line to write on)."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 1

    def draw(self) -> None:
        self.canv.setLineWidth(0.5)
        self.canv.setStrokeColor(INK_COLOUR)
        self.canv.line(0, 0, self.width, 0)


def muted_note(value: str, s: Styles) -> Paragraph:
    """A one-line explanatory note in grey (our own text)."""
    return Para(f'<font color="{font_colour(MUTED)}">{para(value)}</font>', s.small)


def fit_heads(
    labels: Sequence[str],
    fractions: Sequence[float],
    width: float,
    s: Styles,
    pad: float = 8,
    least: Sequence[float] = (),
) -> list[float]:
    """Column widths for a table of ``width`` points: ``fractions`` of it, except that no
    column is narrower than the longest word of its heading (``labels``, already translated:
    German "Begleitungen" must not break inside the word), nor than its ``least`` fraction
    (e.g. for names). The room a column gains is taken from the others in proportion to what
    they can give."""
    head = s.cell_head
    need = [
        max((stringWidth(w, head.fontName, head.fontSize) for w in label.split()), default=0) + pad
        for label in labels
    ]
    need = [max(n, width * f) for n, f in zip(need, [*least, *[0.0] * len(need)], strict=False)]
    widths = [width * f for f in fractions]
    short = sum(max(n - w, 0) for n, w in zip(need, widths, strict=True))
    spare = [max(w - n, 0) for n, w in zip(need, widths, strict=True)]
    total_spare = sum(spare)
    if not short or total_spare <= 0:
        return widths
    take = min(short, total_spare)
    fitted_widths = [
        max(w, n) if n > w else w - take * sp / total_spare
        for n, w, sp in zip(need, widths, spare, strict=True)
    ]
    over = sum(fitted_widths) / width  # > 1 only when the headings cannot all fit: shrink all
    return [w / over for w in fitted_widths] if over > 1 else fitted_widths
