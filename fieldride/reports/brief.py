"""The pre-ride brief: one page the manager reads before a ride.

What to watch (each focus behaviour: what good looks like, look-fors, questions to have ready,
the recent trend), the commitments to verify today with outcome boxes to tick, the last ride's
strength and gap, and recent training. ``build_brief(data, options)`` returns the PDF bytes.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from reportlab.platypus import Flowable, Spacer

from fieldride.i18n import N_, Language, language
from fieldride.reports.blocks import (
    Para,
    boxes,
    data_table,
    fit_heads,
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
from fieldride.reports.text import day, para, shorten, strip_marker
from fieldride.reports.visuals import LevelDots, Sparkline

TITLE = N_("Pre-ride brief")
LAST_RIDE_QUOTE = 300  # characters of the last ride's strength or gap evidence the brief quotes


def _bullets(items: tuple[str, ...], s: Styles) -> list[Any]:
    return [Para(f"•&nbsp; {para(strip_marker(x))}", s.cell_small) for x in items]


def _focus_block(
    f: FocusBrief, data: BriefData, s: Styles, width: float, t: Language
) -> list[Flowable]:
    values = [lv.value for lv in data.scale] or [1, 4]
    latest = f.trend.last if f.trend else None
    trend_cell: list[Any] = [
        LevelDots(
            latest,
            len(data.scale),
            level_label(latest, data.scale, t.gettext("Not rated yet")),
            s.accent_text,
            width=width * 0.3 - 8,
        )
    ]
    if f.trend and f.trend.points:
        trend_cell += [
            Spacer(1, 3),
            Sparkline(f.trend.points, min(values), max(values), s.accent_text, width=width * 0.28),
            p(
                t.ngettext("Last ride rated", "Last {n} rides rated", len(f.trend.points)).format(
                    n=len(f.trend.points)
                ),
                s.muted,
            ),
        ]
    left: list[Any] = [p(f.title, s.box_title)]
    if f.good.strip():
        left.append(
            Para(
                "<i>{label}</i> {text}".format(
                    label=para(t.gettext("Good looks like:")), text=para(f.good)
                ),
                s.cell_small,
            )
        )
    rows: list[list[Any]] = [
        head_cells(
            [
                t.gettext("What to watch"),
                t.gettext("Look for"),
                t.gettext("Latest level and trend"),
            ],
            s,
        ),
        [left, _bullets(f.look_fors, s) or p("—", s.cell_small), trend_cell],
    ]
    story: list[Flowable] = [
        data_table(rows, [width * 0.36, width * 0.34, width * 0.3]),
    ]
    if f.questions:
        story += [
            Spacer(1, 2),
            Para(
                "<b>{}</b>".format(para(t.gettext("Questions to have ready for the debrief"))),
                s.small,
            ),
            *_bullets(f.questions, s),
        ]
    story.append(Spacer(1, 4))
    return story


def brief_story(data: BriefData, options: RenderOptions) -> list[Flowable]:
    s = styles_for(options.accent)
    width = frame_width(options)
    t = language(data.language)
    bold = "<b>{label}</b> {value}"
    details = [bold.format(label=para(t.gettext("Scorecard:")), value=para(data.scorecard))]
    if data.objective:
        objective = bold.format(label=para(t.gettext("Objective:")), value=para(data.objective))
        details.insert(0, objective)
    story: list[Flowable] = [
        fitted(data.seller_name, s.title, width, lines=2),
        info_strip(
            [
                (t.gettext("Ride date"), t.date(data.ride_date)),
                (t.gettext("Ride type"), data.ride_type),
                (t.gettext("Team"), data.seller_team),
                (t.gettext("Manager"), data.manager_name),
            ],
            width,
            s,
        ),
        Para(" &nbsp;·&nbsp; ".join(details), s.small),
        *heading(t.gettext("Focus behaviours"), s),
    ]
    if data.focus:
        for f in data.focus:
            story += _focus_block(f, data, s, width, t)
    else:
        none = t.gettext("No focus behaviour was chosen for this ride yet: pick one or two.")
        story.append(p(none, s.body))
    story += heading(t.gettext("Commitments to verify today"), s)
    if data.due:
        heads = (N_("Commitment"), N_("Behaviour"), N_("Agreed"), N_("Due"))
        outcomes = t.gettext("Applied / Partly / Not yet")
        labels = [*(t.gettext(h) for h in heads), outcomes]
        rows: list[list[Any]] = [head_cells(labels, s)]
        # the due date (bold, "21 nov 2026") needs 0.15 of an A4 line to stay on one line
        widths = fit_heads(labels, (0.3, 0.17, 0.13, 0.15, 0.25), width, s)
        tick = "&nbsp;&nbsp; ".join(
            # the box stays with its word ("☐ Noch nicht" never breaks after the box)
            para("☐ " + t.gettext(word)).replace(" ", "&nbsp;")
            for word in (N_("Applied"), N_("Partly"), N_("Not yet"))
        )
        for c in data.due:
            rows.append(
                [
                    [p(c.text, s.cell), p(c.status, s.muted)],
                    p(c.behaviour, s.cell_small),
                    p(day(t, c.agreed_on), s.cell_small),
                    p(day(t, c.due_date), s.cell_bold),
                    Para(tick, s.cell_small),
                ]
            )
        story.append(data_table(rows, widths))
    else:
        story.append(p(t.gettext("No open commitments for this seller."), s.body))
    if data.last_ride is not None:
        last = data.last_ride
        title = t.gettext("Last ride: {day}, {ride_type}").format(
            day=t.date(last.ride_date), ride_type=last.ride_type
        )
        story += heading(title, s)
        cells = []
        for label, h in ((N_("Strength"), last.strength), (N_("Gap"), last.gap)):
            cells.append(
                [p(t.gettext(label).upper(), s.muted)]
                + (
                    [p(h.behaviour, s.box_title), p(_quote(h.evidence, t) or "—", s.cell)]
                    if h
                    else [p(t.gettext("Not named."), s.cell)]
                )
            )
        story.append(boxes(cells, width, s.accent))
    if data.training:
        story += heading(t.gettext("Recent training"), s)
        for course in data.training:
            covered = (
                ", ".join(course.behaviours)
                if course.behaviours
                else t.gettext("no behaviour of this scorecard")
            )
            line = t.gettext("<b>{title}</b> ({day}): {behaviours}").format(
                title=para(course.title), day=para(t.date(course.held_on)), behaviours=para(covered)
            )
            story.append(Para(line, s.small))
    return story


def _quote(evidence: str, t: Language) -> str:
    """The last ride's strength or gap as the brief quotes it: long evidence shortened (the
    ride's debrief and summary carry it in full), so the brief stays one page."""
    quote = shorten(evidence, LAST_RIDE_QUOTE)
    if quote == evidence.strip():
        return quote
    return t.gettext("{quote} (in full in that ride's debrief)").format(quote=quote)


def build_brief(data: BriefData, options: RenderOptions) -> bytes:
    """The pre-ride brief PDF, as bytes, in ``data.language`` (the manager's)."""
    t = language(data.language)
    title = t.gettext(TITLE)
    options = replace(options, language=data.language)
    return render(
        brief_story(data, options),
        title=title,
        subject=t.gettext("{title}: {seller}, {day}").format(
            title=title, seller=data.seller_name, day=t.date(data.ride_date)
        ),
        options=options,
        footer_note=t.gettext("For the manager"),
    )
