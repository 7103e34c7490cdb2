"""A blank scorecard for paper capture: behaviours down the side, one column per call with the
scale to circle and room for evidence. Landscape, so four calls fit across.
``build_blank_scorecard(data, options)`` returns the PDF bytes."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from fieldride.i18n import N_, Language, language
from fieldride.reports.blocks import Para, data_table, fitted, head_cells, info_strip, p
from fieldride.reports.fonts import REGULAR
from fieldride.reports.layout import (
    BOTTOM_MARGIN,
    TOP_MARGIN,
    RenderOptions,
    frame_width,
    page_dimensions,
    render,
)
from fieldride.reports.model import BlankScorecardData
from fieldride.reports.styles import BASE_SIZE, MUTED, Styles, font_colour, styles_for
from fieldride.reports.text import para, strip_marker
from fieldride.scorecards.scoring import DEFAULT_WEIGHT, score_rule

TITLE = N_("Scorecard")
EVIDENCE_ROOM = 34  # points of writing space under the scale in each call cell
MAX_LOOK_FORS = 8  # look-fors printed per behaviour (a paper row must fit one page)


def _scale_cell(data: BlankScorecardData, s: Styles, width: float, t: Language) -> Table:
    """The scale values to circle, 'n/o' for no opportunity, then blank room for a note."""
    marks = [str(lv.value) for lv in data.scale] + [t.gettext("n/o")]
    table = Table(
        [[Para(para(m), s.cell_center) for m in marks], [""] * len(marks)],
        colWidths=[width / len(marks)] * len(marks),
        rowHeights=[None, EVIDENCE_ROOM],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, BASE_SIZE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("SPAN", (0, 1), (-1, 1)),
                ("LINEBELOW", (0, 1), (-1, 1), 0.3, HexColor("#C8C8C8")),
            ]
        )
    )
    return table


def blank_scorecard_story(data: BlankScorecardData, options: RenderOptions) -> list[Flowable]:
    s = styles_for(options.accent)
    t = language(data.language)
    width = frame_width(options, landscape=True)
    behaviour_col = min(width * 0.27, 200)
    call_col = (width - behaviour_col) / data.calls
    legend = " · ".join(
        f"<b>{lv.value}</b> {para(lv.label)}"
        + (f": {para(lv.description)}" if lv.description else "")
        for lv in data.scale
    )
    title = t.gettext("{name} (version {version})").format(name=data.name, version=data.version)
    labels = (N_("Seller"), N_("Date"), N_("Manager"), N_("Ride type"))
    scale = t.gettext("<b>Scale:</b> {legend} · <b>{no}</b> no opportunity (never counts)")
    account = t.gettext("Account / contact:")
    story: list[Flowable] = [
        fitted(title, s.title, width, lines=2),
        info_strip([(t.gettext(x), "") for x in labels], width, s, blank=True),
        Spacer(1, 8),
        Para(scale.format(legend=legend, no=para(t.gettext("n/o"))), s.small),
        Para(para(score_rule(data.weighted, t)), s.small),
        Spacer(1, 4),
    ]
    head: list[Any] = [head_cells([t.gettext("Behaviour")], s)[0]]
    for n in range(1, data.calls + 1):
        call = t.gettext("Call {number}").format(number=n)
        head.append(
            [
                Para(f"<b>{para(call)}</b>", s.cell_small),
                Para(
                    f'<font color="{font_colour(MUTED)}">{para(account)} ____________</font>',
                    s.cell_small,
                ),
            ]
        )
    body: list[list[Any]] = []
    section = None
    for b in data.behaviours:
        # A paper row cannot split across pages (a LayoutError if taller than one), so the
        # scorecard's own texts are fitted: a line of section, four of title, three per
        # look-for and at most MAX_LOOK_FORS of them.
        room = behaviour_col - 6
        left: list[Any] = []
        if b.section != section:
            section = b.section
            left.append(fitted(section.upper(), s.muted, room))
        left.append(fitted(b.title, s.cell_bold, room, lines=4))
        if data.weighted:
            weight = DEFAULT_WEIGHT if b.weight is None else b.weight
            shown_weight = (
                t.number(weight) if weight == int(weight) else t.number(weight, 2).rstrip("0")
            )
            left.append(p(t.gettext("Weight {weight}").format(weight=shown_weight), s.muted))
        shown = b.look_fors[:MAX_LOOK_FORS]
        left += [fitted(strip_marker(x), s.muted, room, lines=3, prefix="•&nbsp;") for x in shown]
        if len(b.look_fors) > len(shown):
            more = len(b.look_fors) - len(shown)
            left.append(
                p(
                    t.ngettext("and {n} more look-for", "and {n} more look-fors", more).format(
                        n=more
                    ),
                    s.muted,
                )
            )
        body.append([left] + [_scale_cell(data, s, call_col - 8, t) for _ in range(data.calls)])
    widths = [behaviour_col] + [call_col] * data.calls
    extra = [("LINEAFTER", (0, 0), (-2, -1), 0.35, HexColor("#9A9A9A"))]
    debrief = _debrief_lines(s, width, t)
    frame_h = page_dimensions(options.page_size, landscape=True)[1] - TOP_MARGIN - BOTTOM_MARGIN
    head_h = sum(f.wrap(width, frame_h)[1] + f.getSpaceAfter() for f in story)
    for i, chunk in enumerate(_balanced(body, head, widths, extra, width, frame_h, head_h)):
        if i:
            story.append(PageBreak())
        story.append(data_table([head, *chunk], widths, extra=extra, split_in_row=False))
    story += [Spacer(1, 8), KeepTogether([p(t.gettext("Debrief"), s.h2), debrief])]
    return story


# Lines to write on after the ride, per debrief item: room for a behaviour and a sentence.
DEBRIEF_LINES = (
    (N_("Strength (behaviour, evidence)"), 3),
    (N_("Gap (behaviour, evidence)"), 3),
    (N_("Commitment (what, by when)"), 3),
    (N_("Previous commitment verified"), 2),
)


def _debrief_lines(s: Styles, width: float, t: Language) -> Table:
    rows: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, BASE_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("LINEBELOW", (1, 0), (1, -1), 0.5, HexColor("#555555")),
    ]
    for label, count in DEBRIEF_LINES:
        for i in range(count):
            text = para(t.gettext(label))
            rows.append([Para(f"<b>{text}</b>", s.small) if i == 0 else "", ""])
    return_table = Table(rows, colWidths=[200, width - 200], rowHeights=[19] * len(rows))
    return_table.setStyle(TableStyle(commands))
    return return_table


def _balanced(
    body: list[list[Any]],
    head: list[Any],
    widths: list[float],
    extra: list[tuple[Any, ...]],
    width: float,
    frame_h: float,
    head_h: float,
) -> list[list[list[Any]]]:
    """The behaviour rows cut into one table per page, the same number of rows on each page
    (so the last behaviour never sits alone on a page), falling back to as many rows as fit
    when rows differ too much in height. One chunk when everything fits on the first page."""
    heights = [data_table([head, row], widths, extra=extra).wrap(width, frame_h)[1] for row in body]
    header = data_table([head], widths, extra=extra).wrap(width, frame_h)[1]
    rows_h = [h - header for h in heights]
    room = [frame_h - head_h - header - 12] + [frame_h - header - 12] * len(body)

    def greedy() -> list[int]:
        counts, used, page = [0], 0.0, 0
        for h in rows_h:
            if counts[-1] and used + h > room[page]:
                counts.append(0)
                used, page = 0.0, page + 1
            counts[-1] += 1
            used += h
        return counts

    counts = greedy()
    if len(counts) > 1:
        n = len(counts)
        even = [len(body) // n + (1 if i < len(body) % n else 0) for i in range(n)]
        start, ok = 0, True
        for page, c in enumerate(even):
            ok = ok and sum(rows_h[start : start + c]) <= room[page]
            start += c
        counts = even if ok else counts
    chunks, start = [], 0
    for c in counts:
        chunks.append(body[start : start + c])
        start += c
    return chunks


def build_blank_scorecard(data: BlankScorecardData, options: RenderOptions) -> bytes:
    """The blank scorecard PDF (landscape), as bytes, in ``data.language`` (the manager's)."""
    t = language(data.language)
    options = replace(options, language=data.language)
    return render(
        blank_scorecard_story(data, options),
        title=t.gettext("{title}: {name}").format(title=t.gettext(TITLE), name=data.name),
        subject=t.gettext("Blank scorecard {key} version {version}").format(
            key=data.key, version=data.version
        ),
        options=options,
        landscape=True,
        footer_note=f"{data.key} v{data.version}",
    )
