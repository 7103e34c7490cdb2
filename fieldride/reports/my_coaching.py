"""My coaching, printable (issue 22): the manager's own coaching over a period — cadence kept
per seller, questions against advice, commitments by behaviour and how long they hold, time to
the seller's acknowledgement. Built from :class:`fieldride.insights.my_coaching.MyCoaching`
(the same figures the screen shows). ``build_my_coaching(data, manager, options)`` returns the
PDF bytes. No seller's evidence or notes appear: only counts and behaviour titles."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from reportlab.platypus import Flowable

from fieldride.i18n import N_, Language, language, messages
from fieldride.insights.my_coaching import (
    MyCoaching,
    cadence_text,
    days_text,
    hold_text,
    rules_text,
    share,
    summary_lines,
)
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
from fieldride.reports.styles import styles_for
from fieldride.reports.text import para

TITLE = N_("My coaching")


def _period(data: MyCoaching, t: Language) -> str:
    return t.gettext("{start} to {end}").format(start=t.date(data.since), end=t.date(data.until))


def my_coaching_story(
    data: MyCoaching, manager: str, options: RenderOptions, lang: Language | None = None
) -> list[Flowable]:
    """The report's flowables in ``lang`` (default: ``options.language``)."""
    s = styles_for(options.accent)
    t = lang or language(options.language)
    width = frame_width(options)
    title = t.gettext(TITLE)
    if manager:
        title = t.gettext("{title}: {manager}").format(title=title, manager=manager)
    story: list[Flowable] = [
        fitted(title, s.title, width, lines=2),
        info_strip(
            [
                (t.gettext("Period"), _period(data, t)),
                (
                    t.gettext("Cadence target"),
                    t.ngettext("every {n} day", "every {n} days", data.target_days).format(
                        n=data.target_days
                    ),
                ),
                (t.gettext("Sellers"), t.number(len(data.sellers))),
                (t.gettext("Debriefs"), t.number(data.debriefs)),
            ],
            width,
            s,
        ),
    ]
    story += [Para(para(line), s.small) for line in summary_lines(data, t)]
    story += heading(t.gettext("Per seller"), s)
    if data.sellers:
        heads: tuple[str, ...] = (
            N_("Seller"),
            N_("Cadence"),
            N_("Days since last ride"),
            N_("Questions asked"),
            N_("Advice given"),
            N_("Days to acknowledgement (median)"),
            N_("Waiting"),
        )
        labels = [t.gettext(h) for h in heads]
        rows: list[list[Any]] = [head_cells(labels, s)]
        fractions = (0.22, 0.2, 0.12, 0.12, 0.1, 0.14, 0.1)
        # a name on two lines (its rides under it) and the cadence's sentence keep their room
        widths = fit_heads(labels, fractions, width, s, least=(0.17, 0.15))
        for x in data.sellers:
            rides = t.ngettext("{n} ride", "{n} rides", x.rides).format(n=t.number(x.rides))
            rows.append(
                [
                    [
                        fitted(x.seller_name, s.cell_bold, widths[0] - 6, lines=2),
                        p(rides, s.muted),
                    ],
                    p(cadence_text(x, data.target_days, t), s.cell_small),
                    p("—" if x.days_since_last is None else t.number(x.days_since_last), s.cell),
                    p(t.number(x.questions_asked), s.cell),
                    p(t.number(x.advice), s.cell),
                    p(days_text(x.median_days_to_ack, t), s.cell),
                    p(t.number(x.waiting), s.cell),
                ]
            )
        story.append(data_table(rows, widths))
    else:
        story.append(p(t.gettext("No active sellers."), s.body))
    story += heading(t.gettext("Commitments by behaviour"), s)
    if data.commitments:
        heads = (
            N_("Behaviour"),
            N_("Made"),
            N_("Verified"),
            N_("Applied"),
            N_("Applied at the next ride"),
            N_("Still holding two rides later"),
        )
        labels = [t.gettext(h) for h in heads]
        rows = [head_cells(labels, s)]
        widths = fit_heads(labels, (0.28, 0.09, 0.11, 0.11, 0.19, 0.22), width, s)
        for b in data.commitments:
            rows.append(
                [
                    [p(b.behaviour, s.cell_bold), p(b.scorecard, s.muted)],
                    p(t.number(b.made), s.cell),
                    p(t.number(b.verified), s.cell),
                    p(t.number(b.applied), s.cell),
                    p(share(b.applied_next, b.next_ride_taken, t), s.cell),
                    p(hold_text(b, t), s.cell),
                ]
            )
        story.append(data_table(rows, widths))
    else:
        story.append(p(t.gettext("No commitments agreed in this period."), s.body))
    story.append(muted_note(rules_text(t), s))
    return story


def build_my_coaching(
    data: MyCoaching, manager: str, options: RenderOptions, lang: Language | None = None
) -> bytes:
    """The My coaching report PDF, as bytes, in ``lang`` (default: the manager's, the
    interface language fieldride.i18n.messages)."""
    t = lang or messages()
    title = t.gettext(TITLE)
    options = replace(options, language=t.tag)
    period = _period(data, t)
    return render(
        my_coaching_story(data, manager, options, t),
        title=title,
        subject=t.gettext("{title}: {period}").format(title=title, period=period),
        options=options,
        footer_note=t.gettext("{title}, {period}").format(title=title, period=period),
    )
