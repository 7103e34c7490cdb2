"""My coaching, printable (issue 22): the manager's own coaching over a period — cadence kept
per seller, questions against advice, commitments by behaviour and how long they hold, time to
the seller's acknowledgement. Built from :class:`fieldride.insights.my_coaching.MyCoaching`
(the same figures the screen shows). ``build_my_coaching(data, manager, options)`` returns the
PDF bytes. No seller's evidence or notes appear: only counts and behaviour titles."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from fieldride.insights.my_coaching import (
    RULES,
    MyCoaching,
    cadence_text,
    days_text,
    hold_text,
    share,
    summary_lines,
)
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
from fieldride.reports.styles import styles_for
from fieldride.reports.text import para

TITLE = "My coaching"


def my_coaching_story(data: MyCoaching, manager: str, options: RenderOptions) -> list[Flowable]:
    s = styles_for(options.accent)
    width = frame_width(options)
    story: list[Flowable] = [
        fitted(TITLE + (f": {manager}" if manager else ""), s.title, width, lines=2),
        info_strip(
            [
                ("Period", f"{data.since} to {data.until}"),
                ("Cadence target", f"every {data.target_days} days"),
                ("Sellers", str(len(data.sellers))),
                ("Debriefs", str(data.debriefs)),
            ],
            width,
            s,
        ),
    ]
    story += [Para(para(line), s.small) for line in summary_lines(data)]
    story += heading("Per seller", s)
    if data.sellers:
        rows: list[list[Any]] = [
            head_cells(
                [
                    "Seller",
                    "Rides",
                    "Cadence",
                    "Days since last ride",
                    "Questions asked",
                    "Advice given",
                    "Days to acknowledgement (median)",
                    "Waiting",
                ],
                s,
            )
        ]
        widths = [width * f for f in (0.2, 0.06, 0.18, 0.09, 0.11, 0.08, 0.18, 0.1)]
        for x in data.sellers:
            rows.append(
                [
                    fitted(x.seller_name, s.cell_bold, widths[0] - 6, lines=2),
                    p(str(x.rides), s.cell),
                    p(cadence_text(x, data.target_days), s.cell_small),
                    p("—" if x.days_since_last is None else str(x.days_since_last), s.cell),
                    p(str(x.questions_asked), s.cell),
                    p(str(x.advice), s.cell),
                    p(days_text(x.median_days_to_ack), s.cell),
                    p(str(x.waiting), s.cell),
                ]
            )
        story.append(data_table(rows, widths))
    else:
        story.append(p("No active sellers.", s.body))
    story += heading("Commitments by behaviour", s)
    if data.commitments:
        rows = [
            head_cells(
                [
                    "Behaviour",
                    "Made",
                    "Verified",
                    "Applied",
                    "Applied at the next ride",
                    "Still holding two rides later",
                ],
                s,
            )
        ]
        for b in data.commitments:
            rows.append(
                [
                    [p(b.behaviour, s.cell_bold), p(b.scorecard, s.muted)],
                    p(str(b.made), s.cell),
                    p(str(b.verified), s.cell),
                    p(str(b.applied), s.cell),
                    p(share(b.applied_next, b.next_ride_taken), s.cell),
                    p(hold_text(b), s.cell),
                ]
            )
        story.append(data_table(rows, [width * f for f in (0.3, 0.08, 0.1, 0.1, 0.2, 0.22)]))
    else:
        story.append(p("No commitments agreed in this period.", s.body))
    story.append(muted_note(RULES, s))
    return story


def build_my_coaching(data: MyCoaching, manager: str, options: RenderOptions) -> bytes:
    """The My coaching report PDF, as bytes."""
    return render(
        my_coaching_story(data, manager, options),
        title=TITLE,
        subject=f"{TITLE}: {data.since} to {data.until}",
        options=options,
        footer_note=f"{TITLE}, {data.since} to {data.until}",
    )
