"""The seller development report over a period: rides, the trend of every behaviour,
commitments with the follow-through rate, trainings with how trained behaviours moved, and
the seller's self-assessment against the manager's ratings per behaviour.
``build_seller_report(data, options)`` returns the PDF bytes."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from fieldride.debriefs.self_assessment import signed_gap
from fieldride.reports.blocks import (
    Para,
    data_table,
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
from fieldride.reports.text import para
from fieldride.reports.visuals import Sparkline

TITLE = "Development report"
SCALE_LOW, SCALE_HIGH = 1, 4


def _period(data: SellerReportData) -> str:
    if data.since and data.until:
        return f"{data.since} to {data.until}"
    if data.since:
        return f"since {data.since}"
    if data.until:
        return f"until {data.until}"
    return "all rides"


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def seller_report_story(data: SellerReportData, options: RenderOptions) -> list[Flowable]:
    s = styles_for(options.accent)
    width = frame_width(options)
    rate = data.follow_through
    story: list[Flowable] = [
        fitted(data.seller_name, s.title, width, lines=2),
        info_strip(
            [
                ("Period", _period(data)),
                ("Team", " · ".join(x for x in (data.team, data.territory) if x)),
                ("Manager", data.manager_name),
                ("Rides", str(len(data.rides))),
                (
                    "Follow-through",
                    f"{rate:.0%} ({data.applied} of {data.verified})" if rate is not None else "—",
                ),
            ],
            width,
            s,
        ),
    ]
    if data.scorecards:
        story.append(Para(f"<b>Scorecards:</b> {para(', '.join(data.scorecards))}", s.small))
    story += heading("Trend per behaviour", s)
    if data.trends:
        rows: list[list[Any]] = [
            head_cells(
                ["Behaviour", "Mean level per ride, oldest to newest", "First", "Latest", "Rides"],
                s,
            )
        ]
        for t in data.trends:
            rows.append(
                [
                    p(t.title, s.cell_bold),
                    Sparkline(
                        t.points,
                        SCALE_LOW,
                        SCALE_HIGH,
                        s.accent_text,
                        width=width * 0.4 - 8,
                        height=18,
                    ),
                    p(_fmt(t.first), s.cell),
                    p(_fmt(t.last), s.cell_bold),
                    p(str(len(t.points)), s.cell),
                ]
            )
        story += [
            data_table(rows, [width * 0.34, width * 0.4, width * 0.09, width * 0.09, width * 0.08]),
            muted_note(
                "Levels: 1 to 4 on the scorecard's scale. 'No opportunity' never counts.", s
            ),
        ]
    else:
        story.append(p("No behaviour was rated in this period.", s.body))
    if data.training:
        story += heading("Training and what moved after it", s)
        rows = [head_cells(["Training", "Behaviour", "Before", "After"], s)]
        for course in data.training:
            moves = course.moves or ()
            first = True
            for m in moves or [None]:
                rows.append(
                    [
                        [p(course.title, s.cell_bold), p(course.held_on, s.muted)] if first else "",
                        p(m.behaviour if m else "—", s.cell),
                        p(f"{_fmt(m.before)} ({m.rides_before} rides)" if m else "—", s.cell_small),
                        p(f"{_fmt(m.after)} ({m.rides_after} rides)" if m else "—", s.cell_small),
                    ]
                )
                first = False
        story.append(data_table(rows, [width * 0.34, width * 0.34, width * 0.16, width * 0.16]))
    if data.self_gaps:
        story += heading("Self-assessment against the manager's ratings", s)
        rows = [head_cells(["Behaviour", "Seller − manager, ride by ride", "Mean gap", "Rides"], s)]
        for g in data.self_gaps:
            steps = "; ".join(
                f"{pt.ride_date}: {pt.self_level} vs {pt.manager_level:.1f} ({signed_gap(pt.gap)})"
                for pt in g.points
            )
            rows.append(
                [
                    p(g.behaviour, s.cell_bold),
                    p(steps, s.cell_small),
                    p(signed_gap(g.mean_gap), s.cell_bold),
                    p(str(len(g.points)), s.cell),
                ]
            )
        story += [
            data_table(rows, [width * f for f in (0.3, 0.5, 0.11, 0.09)]),
            muted_note(
                "The seller's own level for the whole ride against the mean of the manager's "
                "call ratings; + means the seller rated themselves higher. 'No opportunity' on "
                "either side gives no gap.",
                s,
            ),
        ]
    story += heading("Rides", s)
    if data.rides:
        rows = [head_cells(["Date", "Type", "Calls", "Focus", "Strength", "Gap", "Status"], s)]
        for r in data.rides:
            rows.append(
                [
                    p(r.ride_date, s.cell_small),
                    p(r.ride_type, s.cell_small),
                    p(str(r.calls), s.cell_small),
                    p("; ".join(r.focus) or "—", s.cell_small),
                    p(r.strength or "—", s.cell_small),
                    p(r.gap or "—", s.cell_small),
                    p(r.status, s.cell_small),
                ]
            )
        story.append(
            data_table(
                rows,
                [width * f for f in (0.11, 0.11, 0.06, 0.22, 0.18, 0.18, 0.14)],
            )
        )
    else:
        story.append(p("No rides in this period.", s.body))
    story += heading("Commitments", s)
    if data.commitments:
        rows = [head_cells(["Agreed", "Commitment", "Behaviour", "Due", "Outcome"], s)]
        for c in data.commitments:
            rows.append(
                [
                    p(c.agreed_on, s.cell_small),
                    p(c.text, s.cell),
                    p(c.behaviour, s.cell_small),
                    p(c.due_date, s.cell_small),
                    p(c.status, s.cell_bold),
                ]
            )
        story.append(data_table(rows, [width * f for f in (0.11, 0.41, 0.2, 0.11, 0.17)]))
    else:
        story.append(p("No commitments agreed in this period.", s.body))
    if data.history:
        story += heading("Rides changed after the seller's acknowledgement", s)
        rows = [head_cells(["Ride", "When", "By", "What", "Why, or what changed"], s)]
        for h in data.history:
            rows.append(
                [
                    p(h.ride_date, s.cell_small),
                    p(h.at, s.cell_small),
                    p(h.by or "—", s.cell_small),
                    p(h.what, s.cell_small),
                    p(h.detail or "—", s.cell),
                ]
            )
        story.append(data_table(rows, [width * f for f in (0.11, 0.14, 0.14, 0.17, 0.44)]))
    return story


def build_seller_report(data: SellerReportData, options: RenderOptions) -> bytes:
    """The seller development report PDF, as bytes."""
    return render(
        seller_report_story(data, options),
        title=TITLE,
        subject=f"{TITLE}: {data.seller_name}, {_period(data)}",
        options=options,
        footer_note=f"About {data.seller_name}",
    )
