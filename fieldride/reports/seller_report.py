"""The seller development report over a period: rides, the trend of every behaviour,
commitments with the follow-through rate, trainings with how trained behaviours moved, and
the seller's self-assessment against the manager's ratings per behaviour.
``build_seller_report(data, options)`` returns the PDF bytes."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from reportlab.platypus import Flowable

from fieldride.debriefs.self_assessment import signed_gap
from fieldride.i18n import N_, Language, language
from fieldride.reports.blocks import (
    Para,
    data_table,
    fit_heads,
    fitted,
    head_cells,
    heading,
    info_strip,
    muted_note,
    p,
)
from fieldride.reports.layout import RenderOptions, frame_width, render
from fieldride.reports.model import SellerReportData
from fieldride.reports.styles import styles_for
from fieldride.reports.text import day, para
from fieldride.reports.visuals import Sparkline

TITLE = N_("Development report")
SCALE_LOW, SCALE_HIGH = 1, 4


def _period(data: SellerReportData, t: Language) -> str:
    since, until = t.date(data.since), t.date(data.until)
    if since and until:
        return t.gettext("{start} to {end}").format(start=since, end=until)
    if since:
        return t.gettext("since {day}").format(day=since)
    if until:
        return t.gettext("until {day}").format(day=until)
    return t.gettext("all rides")


def _fmt(value: float | None, t: Language) -> str:
    return "—" if value is None else t.number(value, 1)


def _gap(gap: float, t: Language) -> str:
    """:func:`signed_gap` with this language's decimal sign (+1,5 / −0,5)."""
    text = signed_gap(gap)
    return text.replace(".", t.number(0.5, 1)[1]) if text[-2:-1] == "." else text


def seller_report_story(data: SellerReportData, options: RenderOptions) -> list[Flowable]:
    s = styles_for(options.accent)
    t = language(data.language)
    width = frame_width(options)
    rate = data.follow_through
    follow = (
        t.gettext("{rate} ({applied} of {verified})").format(
            rate=t.percent(rate), applied=data.applied, verified=data.verified
        )
        if rate is not None
        else "—"
    )
    story: list[Flowable] = [
        fitted(data.seller_name, s.title, width, lines=2),
        info_strip(
            [
                (t.gettext("Period"), _period(data, t)),
                (t.gettext("Team"), " · ".join(x for x in (data.team, data.territory) if x)),
                (t.gettext("Manager"), data.manager_name),
                (t.gettext("Rides"), t.number(len(data.rides))),
                (t.gettext("Follow-through"), follow),
            ],
            width,
            s,
        ),
    ]
    if data.scorecards:
        label = para(t.gettext("Scorecards:"))
        story.append(Para(f"<b>{label}</b> {para(', '.join(data.scorecards))}", s.small))
    story += heading(t.gettext("Trend per behaviour"), s)
    if data.trends:
        heads: tuple[str, ...] = (
            N_("Behaviour"),
            N_("Mean level per ride, oldest to newest"),
            N_("First"),
            N_("Latest"),
            N_("Rides"),
        )
        labels = [t.gettext(h) for h in heads]
        rows: list[list[Any]] = [head_cells(labels, s)]
        widths = fit_heads(labels, (0.32, 0.38, 0.1, 0.1, 0.1), width, s)
        for trend in data.trends:
            rows.append(
                [
                    p(trend.title, s.cell_bold),
                    Sparkline(
                        trend.points,
                        SCALE_LOW,
                        SCALE_HIGH,
                        s.accent_text,
                        width=widths[1] - 8,
                        height=18,
                    ),
                    p(_fmt(trend.first, t), s.cell),
                    p(_fmt(trend.last, t), s.cell_bold),
                    p(t.number(len(trend.points)), s.cell),
                ]
            )
        story += [
            data_table(rows, widths),
            muted_note(
                t.gettext(
                    "Levels: 1 to 4 on the scorecard's scale. 'No opportunity' never counts."
                ),
                s,
            ),
        ]
    else:
        story.append(p(t.gettext("No behaviour was rated in this period."), s.body))
    if data.training:
        story += heading(t.gettext("Training and what moved after it"), s)
        heads = (N_("Training"), N_("Behaviour"), N_("Before"), N_("After"))
        labels = [t.gettext(h) for h in heads]
        rows = [head_cells(labels, s)]
        widths = fit_heads(labels, (0.34, 0.34, 0.16, 0.16), width, s)
        for course in data.training:
            moves = course.moves or ()
            first = True
            for m in moves or [None]:
                before = after = "—"
                if m:
                    before = t.ngettext(
                        "{level} ({n} ride)", "{level} ({n} rides)", m.rides_before
                    ).format(level=_fmt(m.before, t), n=m.rides_before)
                    after = t.ngettext(
                        "{level} ({n} ride)", "{level} ({n} rides)", m.rides_after
                    ).format(level=_fmt(m.after, t), n=m.rides_after)
                rows.append(
                    [
                        [p(course.title, s.cell_bold), p(day(t, course.held_on), s.muted)]
                        if first
                        else "",
                        p(m.behaviour if m else "—", s.cell),
                        p(before, s.cell_small),
                        p(after, s.cell_small),
                    ]
                )
                first = False
        story.append(data_table(rows, widths))
    if data.self_gaps:
        story += heading(t.gettext("Self-assessment against the manager's ratings"), s)
        heads = (
            N_("Behaviour"),
            N_("Seller − manager, ride by ride"),
            N_("Mean gap"),
            N_("Rides"),
        )
        labels = [t.gettext(h) for h in heads]
        rows = [head_cells(labels, s)]
        widths = fit_heads(labels, (0.3, 0.5, 0.11, 0.09), width, s)
        step = t.gettext("{day}: {seller} vs {manager} ({gap})")
        for g in data.self_gaps:
            steps = "; ".join(
                step.format(
                    day=day(t, pt.ride_date),
                    seller=pt.self_level,
                    manager=t.number(pt.manager_level, 1),
                    gap=_gap(pt.gap, t),
                )
                for pt in g.points
            )
            rows.append(
                [
                    p(g.behaviour, s.cell_bold),
                    p(steps, s.cell_small),
                    p(_gap(g.mean_gap, t), s.cell_bold),
                    p(t.number(len(g.points)), s.cell),
                ]
            )
        story += [
            data_table(rows, widths),
            muted_note(
                t.gettext(
                    "The seller's own level for the whole ride against the mean of the "
                    "manager's call ratings; + means the seller rated themselves higher. 'No "
                    "opportunity' on either side gives no gap."
                ),
                s,
            ),
        ]
    story += heading(t.gettext("Rides"), s)
    if data.rides:
        # the day, the ride type and its calls in one cell: a type is one long word in German
        # ("Außendienstbegleitung") and needs the room of a whole column
        heads = (N_("Ride"), N_("Focus"), N_("Strength"), N_("Gap"), N_("Status"))
        labels = [t.gettext(h) for h in heads]
        rows = [head_cells(labels, s)]
        widths = fit_heads(labels, (0.2, 0.24, 0.19, 0.19, 0.18), width, s)
        for r in data.rides:
            calls = t.ngettext("{n} call", "{n} calls", r.calls).format(n=t.number(r.calls))
            rows.append(
                [
                    [
                        p(day(t, r.ride_date), s.cell_bold),
                        p(r.ride_type, s.cell_small),
                        p(calls, s.muted),
                    ],
                    p("; ".join(r.focus) or "—", s.cell_small),
                    p(r.strength or "—", s.cell_small),
                    p(r.gap or "—", s.cell_small),
                    p(r.status, s.cell_small),
                ]
            )
        story.append(data_table(rows, widths))
    else:
        story.append(p(t.gettext("No rides in this period."), s.body))
    story += heading(t.gettext("Commitments"), s)
    if data.commitments:
        heads = (N_("Agreed"), N_("Commitment"), N_("Behaviour"), N_("Due"), N_("Outcome"))
        labels = [t.gettext(h) for h in heads]
        rows = [head_cells(labels, s)]
        widths = fit_heads(labels, (0.12, 0.39, 0.2, 0.12, 0.17), width, s)
        for c in data.commitments:
            rows.append(
                [
                    p(day(t, c.agreed_on), s.cell_small),
                    p(c.text, s.cell),
                    p(c.behaviour, s.cell_small),
                    p(day(t, c.due_date), s.cell_small),
                    p(c.status, s.cell_bold),
                ]
            )
        story.append(data_table(rows, widths))
    else:
        story.append(p(t.gettext("No commitments agreed in this period."), s.body))
    if data.history:
        story += heading(t.gettext("Rides changed after the seller's acknowledgement"), s)
        heads = (N_("Ride"), N_("When"), N_("By"), N_("What"), N_("Why, or what changed"))
        labels = [t.gettext(h) for h in heads]
        rows = [head_cells(labels, s)]
        widths = fit_heads(labels, (0.12, 0.14, 0.14, 0.17, 0.43), width, s)
        for h in data.history:
            rows.append(
                [
                    p(day(t, h.ride_date), s.cell_small),
                    p(h.at, s.cell_small),
                    p(h.by or "—", s.cell_small),
                    p(h.what, s.cell_small),
                    p(h.detail or "—", s.cell),
                ]
            )
        story.append(data_table(rows, widths))
    return story


def build_seller_report(data: SellerReportData, options: RenderOptions) -> bytes:
    """The seller development report PDF, as bytes, in ``data.language``."""
    t = language(data.language)
    title = t.gettext(TITLE)
    options = replace(options, language=data.language)
    return render(
        seller_report_story(data, options),
        title=title,
        subject=t.gettext("{title}: {seller}, {period}").format(
            title=title, seller=data.seller_name, period=_period(data, t)
        ),
        options=options,
        footer_note=t.gettext("About {seller}").format(seller=data.seller_name),
    )
