"""The pre-ride brief: one page the manager reads before a ride.

What to watch (each focus behaviour: what good looks like, look-fors, questions to have ready,
the recent trend), the commitments to verify today with outcome boxes to tick, the last ride's
strength and gap, and recent training. ``build_brief(data, options)`` returns the PDF bytes.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Spacer

from fieldride.reports.blocks import (
    Para,
    boxes,
    data_table,
    fitted,
    head_cells,
    heading,
    info_strip,
    p,
)
from fieldride.reports.layout import RenderOptions, frame_width, render
from fieldride.reports.model import BriefData, FocusBrief
from fieldride.reports.styles import Styles, styles_for
from fieldride.reports.summary import level_label
from fieldride.reports.text import para, shorten, strip_marker
from fieldride.reports.visuals import LevelDots, Sparkline

TITLE = "Pre-ride brief"
LAST_RIDE_QUOTE = 300  # characters of the last ride's strength or gap evidence the brief quotes


def _bullets(items: tuple[str, ...], s: Styles) -> list[Any]:
    return [Para(f"•&nbsp; {para(strip_marker(x))}", s.cell_small) for x in items]


def _focus_block(f: FocusBrief, data: BriefData, s: Styles, width: float) -> list[Flowable]:
    values = [lv.value for lv in data.scale] or [1, 4]
    latest = f.trend.last if f.trend else None
    trend_cell: list[Any] = [
        LevelDots(
            latest,
            len(data.scale),
            level_label(latest, data.scale, "Not rated yet"),
            s.accent_text,
            width=width * 0.3 - 8,
        )
    ]
    if f.trend and f.trend.points:
        trend_cell += [
            Spacer(1, 3),
            Sparkline(f.trend.points, min(values), max(values), s.accent_text, width=width * 0.28),
            p(f"Last {len(f.trend.points)} rides rated", s.muted),
        ]
    left: list[Any] = [p(f.title, s.box_title)]
    if f.good.strip():
        left.append(Para(f"<i>Good looks like:</i> {para(f.good)}", s.cell_small))
    rows: list[list[Any]] = [
        head_cells(["What to watch", "Look for", "Latest level and trend"], s),
        [left, _bullets(f.look_fors, s) or p("—", s.cell_small), trend_cell],
    ]
    story: list[Flowable] = [
        data_table(rows, [width * 0.36, width * 0.34, width * 0.3]),
    ]
    if f.questions:
        story += [
            Spacer(1, 2),
            Para("<b>Questions to have ready for the debrief</b>", s.small),
            *_bullets(f.questions, s),
        ]
    story.append(Spacer(1, 4))
    return story


def brief_story(data: BriefData, options: RenderOptions) -> list[Flowable]:
    s = styles_for(options.accent)
    width = frame_width(options)
    story: list[Flowable] = [
        fitted(data.seller_name, s.title, width, lines=2),
        info_strip(
            [
                ("Ride date", data.ride_date),
                ("Ride type", data.ride_type),
                ("Team", data.seller_team),
                ("Manager", data.manager_name),
            ],
            width,
            s,
        ),
        Para(
            (f"<b>Objective:</b> {para(data.objective)} &nbsp;·&nbsp; " if data.objective else "")
            + f"<b>Scorecard:</b> {para(data.scorecard)}",
            s.small,
        ),
        *heading("Focus behaviours", s),
    ]
    if data.focus:
        for f in data.focus:
            story += _focus_block(f, data, s, width)
    else:
        story.append(p("No focus behaviour was chosen for this ride yet: pick one or two.", s.body))
    story += heading("Commitments to verify today", s)
    if data.due:
        rows: list[list[Any]] = [
            head_cells(
                ["Commitment", "Behaviour", "Agreed", "Due", "Applied / Partly / Not yet"], s
            )
        ]
        for c in data.due:
            rows.append(
                [
                    [p(c.text, s.cell), p(c.status, s.muted)],
                    p(c.behaviour, s.cell_small),
                    p(c.agreed_on, s.cell_small),
                    p(c.due_date, s.cell_bold),
                    Para("☐ Applied&nbsp;&nbsp; ☐ Partly&nbsp;&nbsp; ☐ Not yet", s.cell_small),
                ]
            )
        # the due date (bold) needs 0.13 of an A4 line to stay on one line
        story.append(
            data_table(rows, [width * 0.35, width * 0.17, width * 0.11, width * 0.13, width * 0.24])
        )
    else:
        story.append(p("No open commitments for this seller.", s.body))
    if data.last_ride is not None:
        last = data.last_ride
        story += heading(f"Last ride: {last.ride_date}, {last.ride_type}", s)
        cells = []
        for label, h in (("Strength", last.strength), ("Gap", last.gap)):
            cells.append(
                [p(label.upper(), s.muted)]
                + (
                    [p(h.behaviour, s.box_title), p(_quote(h.evidence) or "—", s.cell)]
                    if h
                    else [p("Not named.", s.cell)]
                )
            )
        story.append(boxes(cells, width, s.accent))
    if data.training:
        story += heading("Recent training", s)
        for t in data.training:
            covered = ", ".join(t.behaviours) if t.behaviours else "no behaviour of this scorecard"
            story.append(
                Para(f"<b>{para(t.title)}</b> ({para(t.held_on)}): {para(covered)}", s.small)
            )
    return story


def _quote(evidence: str) -> str:
    """The last ride's strength or gap as the brief quotes it: long evidence shortened (the
    ride's debrief and summary carry it in full), so the brief stays one page."""
    quote = shorten(evidence, LAST_RIDE_QUOTE)
    return quote if quote == evidence.strip() else f"{quote} (in full in that ride's debrief)"


def build_brief(data: BriefData, options: RenderOptions) -> bytes:
    """The pre-ride brief PDF, as bytes."""
    return render(
        brief_story(data, options),
        title=TITLE,
        subject=f"{TITLE}: {data.seller_name}, {data.ride_date}",
        options=options,
        footer_note="For the manager",
    )
