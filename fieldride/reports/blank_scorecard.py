"""A blank scorecard for paper capture: behaviours down the side, one column per call with the
scale to circle and room for evidence. Landscape, so four calls fit across.
``build_blank_scorecard(data, options)`` returns the PDF bytes."""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from fieldride.reports.blocks import Para, data_table, fitted, head_cells, info_strip, p
from fieldride.reports.fonts import REGULAR
from fieldride.reports.layout import RenderOptions, frame_width, render
from fieldride.reports.model import BlankScorecardData
from fieldride.reports.styles import BASE_SIZE, MUTED, Styles, styles_for
from fieldride.reports.text import para

TITLE = "Scorecard"
EVIDENCE_ROOM = 34  # points of writing space under the scale in each call cell


def _scale_cell(data: BlankScorecardData, s: Styles, width: float) -> Table:
    """The scale values to circle, 'n/o' for no opportunity, then blank room for a note."""
    marks = [str(lv.value) for lv in data.scale] + ["n/o"]
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
    width = frame_width(options, landscape=True)
    behaviour_col = min(width * 0.27, 200)
    call_col = (width - behaviour_col) / data.calls
    legend = " · ".join(
        f"<b>{lv.value}</b> {para(lv.label)}"
        + (f": {para(lv.description)}" if lv.description else "")
        for lv in data.scale
    )
    story: list[Flowable] = [
        fitted(f"{data.name} (version {data.version})", s.title, width, lines=2),
        info_strip(
            [("Seller", ""), ("Date", ""), ("Manager", ""), ("Ride type", "")],
            width,
            s,
            blank=True,
        ),
        Spacer(1, 8),
        Para(f"<b>Scale:</b> {legend} · <b>n/o</b> no opportunity (never counts)", s.small),
        Spacer(1, 4),
    ]
    head: list[Any] = [head_cells(["Behaviour"], s)[0]]
    for n in range(1, data.calls + 1):
        head.append(
            [
                Para(f"<b>Call {n}</b>", s.cell_small),
                Para(f'<font color="{MUTED}">Account / contact: ____________</font>', s.cell_small),
            ]
        )
    rows: list[list[Any]] = [head]
    section = None
    extra: list[tuple[Any, ...]] = []
    for b in data.behaviours:
        left: list[Any] = []
        if b.section != section:
            section = b.section
            left.append(p(section.upper(), s.muted))
        left.append(p(b.title, s.cell_bold))
        left += [Para(f"•&nbsp;{para(x)}", s.muted) for x in b.look_fors]
        rows.append([left] + [_scale_cell(data, s, call_col - 8) for _ in range(data.calls)])
    extra += [("LINEAFTER", (0, 0), (-2, -1), 0.35, HexColor("#9A9A9A"))]
    story.append(
        data_table(rows, [behaviour_col] + [call_col] * data.calls, extra=extra, split_in_row=False)
    )
    lines = [
        [Para(f"<b>{label}</b>", s.small), ""]
        for label in (
            "Strength (behaviour, evidence)",
            "Gap (behaviour, evidence)",
            "Commitment (what, by when)",
            "Previous commitment verified",
        )
    ]
    ruled = Table(lines, colWidths=[150, width - 150], rowHeights=[22] * len(lines))
    ruled.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, BASE_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (1, 0), (1, -1), 0.5, HexColor("#555555")),
            ]
        )
    )
    story += [Spacer(1, 6), KeepTogether([p("Debrief", s.h2), ruled])]
    return story


def build_blank_scorecard(data: BlankScorecardData, options: RenderOptions) -> bytes:
    """The blank scorecard PDF (landscape), as bytes."""
    return render(
        blank_scorecard_story(data, options),
        title=f"{TITLE}: {data.name}",
        subject=f"Blank scorecard {data.key} version {data.version}",
        options=options,
        landscape=True,
        footer_note=f"{data.key} v{data.version}",
    )
