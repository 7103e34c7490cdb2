"""Page templates shared by every document: branding header, "Confidential" footer with
"Page x of y", page size (Letter or A4), metadata, and writing the file privately.

A document module builds a story (a list of flowables) and calls :func:`render`, which returns
the PDF bytes; :func:`write_private` stores them in a file only the user can read (0600, written
to a temporary file and renamed, so a failed build never leaves half a PDF behind).

"Page x of y" needs the page count before the first page is final: :class:`_NumberedCanvas`
keeps each page's state and draws the numbers when the document is saved (one layout pass).
"""

from __future__ import annotations

import contextlib
import locale
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import Any

from fieldride.i18n import language, messages
from fieldride.paths import new_partial_file
from fieldride.reports import text
from fieldride.reports.fonts import BOLD, REGULAR, TEXT_FACES, faces_used, register_fonts
from fieldride.reports.styles import (
    INK,
    MUTED,
    RULE,
    font_colour,
    styles_for,
    text_accent,
    valid_accent,
)

log = logging.getLogger(__name__)

PAGE_SIZES = ("letter", "a4")
# Territories where Letter is the usual paper (everywhere else uses A4).
LETTER_TERRITORIES = {
    "US",
    "CA",
    "MX",
    "PH",
    "CL",
    "CO",
    "VE",
    "PR",
    "GT",
    "CR",
    "PA",
    "SV",
    "NI",
    "DO",
}
INCH = 72.0
SIDE_MARGIN = 0.55 * INCH
TOP_MARGIN = 0.66 * INCH
BOTTOM_MARGIN = 0.55 * INCH


def default_page_size(locale_name: str | None = None) -> str:
    """'letter' when the locale's territory uses Letter paper (US, Canada, ...), else 'a4'.

    ``locale_name`` like ``en_US.UTF-8``; by default the environment's paper or general locale
    (LC_PAPER, LC_ALL, LANG) or Python's current locale. Never raises.
    """
    names = [locale_name] if locale_name else []
    if not names:
        names = [os.environ.get(v, "") for v in ("LC_PAPER", "LC_ALL", "LANG")]
        with contextlib.suppress(ValueError):
            names.append(locale.getlocale()[0] or "")
    for name in names:
        base = (name or "").split(".")[0].split("@")[0]
        if "_" in base or "-" in base:
            territory = base.replace("-", "_").split("_")[-1].upper()
            return "letter" if territory in LETTER_TERRITORIES else "a4"
    return "a4"


def normalise_page_size(value: object) -> str:
    """'letter' or 'a4' from a setting or option value ('' or unknown → the locale default)."""
    v = str(value or "").strip().lower()
    return v if v in PAGE_SIZES else default_page_size()


@dataclass(frozen=True)
class Branding:
    """Organisation name, logo image file and accent colour printed on every document."""

    org_name: str = ""
    logo_path: str = ""
    accent: str = "#1F5C99"


@dataclass(frozen=True)
class RenderOptions:
    """How to render: branding, page size ('letter' or 'a4'), reportlab's invariant mode (same
    input → same bytes, for tests) and the date printed as "Generated on"."""

    branding: Branding = field(default_factory=Branding)
    page_size: str = "a4"
    invariant: bool = False
    generated_on: date | None = None
    # The document's language (fieldride.i18n code) for the page furniture: "Confidential",
    # "Page x of y", "Generated on"; a handout's is its seller's.
    language: str = "en"

    @property
    def accent(self) -> str:
        return valid_accent(self.branding.accent)


def page_dimensions(page_size: str, landscape: bool = False) -> tuple[float, float]:
    from reportlab.lib.pagesizes import A4, LETTER

    w, h = LETTER if normalise_page_size(page_size) == "letter" else A4
    return (h, w) if landscape else (w, h)


@cache
def _logo_reader(path: str, mtime: float) -> Any:
    """The logo as a reportlab ImageReader (cached per file version), or None if unreadable."""
    from reportlab.lib.utils import ImageReader

    try:
        reader = ImageReader(path)
        reader.getSize()
        return reader
    except Exception:  # any unreadable image: the document is still produced, without the logo
        log.warning("the logo image could not be read; documents are made without it")
        return None


def logo_problem(path: str) -> str | None:
    """A user-facing reason why ``path`` cannot be used as a logo, or None if it can, in the
    interface language (the output settings dialog shows it)."""
    if not path:
        return None
    p = Path(path)
    if not p.is_file():
        return messages().gettext("The logo file {path} does not exist.").format(path=path)
    if _logo_reader(str(p), p.stat().st_mtime) is None:
        return (
            messages()
            .gettext("The logo file {path} is not an image FieldRide can read (use PNG or JPEG).")
            .format(path=path)
        )
    return None


def _logo(path: str) -> Any:
    if not path:
        return None
    try:
        p = Path(path)
        return _logo_reader(str(p), p.stat().st_mtime) if p.is_file() else None
    except OSError:
        return None


@cache
def _page_styles(accent: str) -> tuple[Any, Any, Any]:
    """The paragraph styles of the page head, its title (in ``accent``) and the footer, made once
    per accent like the document's own (:func:`~fieldride.reports.styles.styles_for`):
    paragraphs in a style met before are made from shapes parsed before
    (:func:`~fieldride.reports.blocks.parsed_frags`)."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    head = ParagraphStyle(
        "fr-page-head", fontName=BOLD, fontSize=10, leading=12, textColor=HexColor(INK)
    )
    title = ParagraphStyle(
        "fr-page-title", parent=head, textColor=HexColor(text_accent(accent)), alignment=TA_RIGHT
    )
    foot = ParagraphStyle(
        "fr-page-foot", fontName=REGULAR, fontSize=7, leading=8.5, textColor=HexColor(MUTED)
    )
    return head, title, foot


def _numbered_canvas(draw_numbers: Callable[[Any, int, int], None]) -> type:
    from reportlab.pdfgen.canvas import Canvas

    class _NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                draw_numbers(self, number, total)
                super().showPage()
            super().save()

    return _NumberedCanvas


def render(
    story: list[Any],
    *,
    title: str,
    options: RenderOptions,
    subject: str = "",
    landscape: bool = False,
    footer_note: str = "",
    page_count: list[int] | None = None,
) -> bytes:
    """Lay out ``story`` on branded pages and return the PDF bytes.

    ``title`` is printed at the top right of every page and stored as the PDF title;
    ``footer_note`` (e.g. "Prepared for Maya Okafor") follows "Confidential" in the footer.
    ``page_count``, when given, receives the number of pages laid out.
    Raises only for programming errors in the story (reportlab's LayoutError): user text is
    made safe by :mod:`fieldride.reports.text` before it gets here.
    """
    register_fonts(*TEXT_FACES, *faces_used(story))
    from reportlab.lib.colors import HexColor
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    from fieldride.reports.blocks import fitted, line_width

    width, height = page_dimensions(options.page_size, landscape)
    accent = options.accent
    branding = options.branding
    logo = _logo(branding.logo_path)
    t = language(options.language)
    made_on = t.date(options.generated_on or date.today())
    styles_for(accent)  # warm the stylesheet cache before layout starts
    inner = width - 2 * SIDE_MARGIN
    logo_w = 0.0
    if logo is not None:
        iw, ih = logo.getSize()
        logo_w = min(0.34 * INCH * iw / max(ih, 1), 1.6 * INCH) + 8
    # Header: the title (ours, with e.g. a scorecard name in it) gets up to half the width at
    # the right, the organisation the rest at the left; both fitted by printed width, so a
    # long name is cut with "…" instead of overprinting the other.
    head, title_style, foot = _page_styles(accent)
    title_room = inner * 0.5 - logo_w / 2
    title_para = fitted(title, title_style, title_room)
    # Its printed width: the same face and size as ``head``, and alignment moves a line, it
    # does not change where it breaks.
    title_w = line_width(title_para, title_room)
    org_room = inner - logo_w - title_w - 14
    org_para = fitted(branding.org_name, head, org_room) if branding.org_name.strip() else None
    # Footer: "Confidential · note · Generated ..." at the left, fitted to leave room for the
    # widest page number at the right.
    page_of = t.gettext("Page {number} of {total}")
    numbers_w = stringWidth(page_of.format(number=9999, total=9999), REGULAR, 7) + 10
    note = " ".join(text.clean(footer_note).split())
    tail = (
        t.gettext("{note} · Generated {day} by FieldRide").format(note=note, day=made_on)
        if note
        else t.gettext("Generated {day}").format(day=made_on)
    )
    confidential_word = t.gettext("Confidential")
    confidential = (
        f'<font name="{BOLD}" color="{font_colour(INK)}">{confidential_word}</font>{text.NBSP * 2}'
    )
    foot_para = fitted(tail, foot, inner - numbers_w, prefix=confidential)

    def on_page(canv: Any, doc: Any) -> None:
        canv.saveState()
        top = height - 0.42 * INCH
        x = SIDE_MARGIN
        if logo is not None:
            h = 0.34 * INCH
            canv.drawImage(
                logo, x, top - h + 7, logo_w - 8, h, preserveAspectRatio=True, mask="auto"
            )
            x += logo_w
        # A paragraph's first baseline sits its font size below its top.
        if org_para is not None:
            org_para.wrap(org_room, 100)
            org_para.drawOn(canv, x, top - 4 - org_para.height + 10)
        title_para.wrap(title_room, 100)
        title_para.drawOn(canv, width - SIDE_MARGIN - title_room, top - 4 - title_para.height + 10)
        canv.setStrokeColor(HexColor(accent))
        canv.setLineWidth(1.6)
        canv.line(SIDE_MARGIN, top - 12, width - SIDE_MARGIN, top - 12)
        # Footer (the page numbers are drawn by the canvas once the count is known).
        canv.setStrokeColor(HexColor(RULE))
        canv.setLineWidth(0.5)
        canv.line(SIDE_MARGIN, 0.48 * INCH, width - SIDE_MARGIN, 0.48 * INCH)
        foot_para.wrap(inner - numbers_w, 100)
        foot_para.drawOn(canv, SIDE_MARGIN, 0.34 * INCH - foot_para.height + 7)
        canv.restoreState()

    def draw_numbers(canv: Any, number: int, total: int) -> None:
        if number == 1 and page_count is not None:
            page_count.append(total)
        canv.saveState()
        canv.setFont(REGULAR, 7)
        canv.setFillColor(HexColor(MUTED))
        canv.drawRightString(
            width - SIDE_MARGIN, 0.34 * INCH, page_of.format(number=number, total=total)
        )
        canv.restoreState()

    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(width, height),
        leftMargin=SIDE_MARGIN,
        rightMargin=SIDE_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=text.one_line(title),
        subject=text.one_line(subject),
        author=text.one_line(branding.org_name, 200),
        creator="FieldRide",
        producer="FieldRide (reportlab)",
        invariant=1 if options.invariant else 0,
        # Without this every page names an unembedded Helvetica as its starting font.
        initialFontName=REGULAR,
    )
    frame = Frame(
        SIDE_MARGIN,
        BOTTOM_MARGIN,
        width - 2 * SIDE_MARGIN,
        height - TOP_MARGIN - BOTTOM_MARGIN,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    doc.build(story, canvasmaker=_numbered_canvas(draw_numbers))
    return buffer.getvalue()


def frame_width(options: RenderOptions, landscape: bool = False) -> float:
    """Usable width of the page body in points."""
    return page_dimensions(options.page_size, landscape)[0] - 2 * SIDE_MARGIN


def write_private(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` readable only by the user (0600), atomically.

    Raises OSError (with the path in its message) if the folder is missing or not writable.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = new_partial_file(folder, ".pdf.part")  # also clears leftovers of killed writes
    try:
        # mkstemp creates the file 0600; os.replace keeps that mode on the target.
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
