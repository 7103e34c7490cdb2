"""The coaching summary as the seller reads it on screen (the seller view, the review session):
built from the same :class:`~fieldride.reports.model.SummaryData` as the handout PDF, so the
screen carries exactly what the paper will (and, like it, never the manager's private note), in
the same language (``data.language``: the seller's). Plain HTML for a Qt text view, made here in
the Qt-free core so its words come from the core's catalogues like the PDF's. Every user string
is escaped."""

from __future__ import annotations

from html import escape

from fieldride.i18n import N_, Language, language
from fieldride.reports.model import BehaviourLine, ScaleLevel, SummaryData


def _e(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def level_text(
    mean: float | None, scale: tuple[ScaleLevel, ...], lang: Language | None = None
) -> str:
    """``3.0 · Proficient``: the mean and the label of the nearest level of the scale."""
    t = lang or language()
    if mean is None:
        return t.gettext("Not rated")
    if not scale:
        return t.number(mean, 1)
    # a tie (1.5, 2.5) goes to the higher level, as on the PDF handout (it said "Not yet" here
    # and "Developing" on paper for the same 1.5)
    nearest = min(scale, key=lambda level: (abs(level.value - mean), -level.value))
    return t.gettext("{level} · {label}").format(level=t.number(mean, 1), label=nearest.label)


def _marks(line: BehaviourLine, t: Language) -> str:
    out = []
    call = t.gettext("C{number} {value}")
    for number, mark in enumerate(line.marks, start=1):
        value = "n/o" if mark.no_opportunity else ("–" if mark.level is None else str(mark.level))
        out.append(call.format(number=number, value=value))
    return " · ".join(out)


def summary_html(data: SummaryData) -> str:
    """The summary's sections, in the handout's order, in the handout's language."""
    t = language(data.language)
    head = (
        t.gettext("{day} · {type} · {scorecard} · with {manager}")
        if data.manager_name
        else t.gettext("{day} · {type} · {scorecard}")
    )
    title = t.gettext("Coaching summary · {seller}").format(seller=_e(data.seller_name))
    parts = [
        f"<h1>{title}</h1>",
        "<p>{}</p>".format(
            head.format(
                day=_e(t.date(data.ride_date)),
                type=_e(data.ride_type),
                scorecard=_e(data.scorecard),
                manager=_e(data.manager_name),
            )
        ),
    ]
    if data.objective:
        line = t.gettext("<b>Objective:</b> {objective}").format(objective=_e(data.objective))
        parts.append(f"<p>{line}</p>")
    if data.calls:
        call = t.gettext("C{number} {title}")
        calls = "; ".join(call.format(number=c.number, title=_e(c.title)) for c in data.calls)
        parts.append("<p>{}</p>".format(t.gettext("<b>Calls:</b> {calls}").format(calls=calls)))
    if data.focus:
        focus = _e("; ".join(data.focus))
        parts.append("<p>{}</p>".format(t.gettext("<b>Focus:</b> {focus}").format(focus=focus)))
    points = (
        (t.gettext("Strength: {behaviour}"), data.strength),
        (t.gettext("Gap to work on: {behaviour}"), data.gap),
    )
    for heading, point in points:
        if point is not None:
            parts.append(
                f"<h2>{heading.format(behaviour=_e(point.behaviour))}</h2>"
                f"<p>{_e(point.evidence) or '–'}</p>"
            )
    if data.behaviours:
        rows = []
        seen = t.gettext("C{number}: {text}")
        for row in data.behaviours:
            evidence = "<br/>".join(
                seen.format(number=ev.call_number, text=_e(ev.text)) for ev in row.evidence
            )
            star = "★ " if row.focus else ""
            rows.append(
                f"<tr><td>{star}{_e(row.title)}</td><td>{_e(_marks(row, t))}</td>"
                f"<td>{_e(level_text(row.mean, data.scale, t))}</td><td>{evidence}</td></tr>"
            )
        heads = "".join(
            f"<th>{_e(t.gettext(h))}</th>"
            for h in (N_("Behaviour"), N_("Calls"), N_("Level"), N_("Evidence"))
        )
        heading = _e(t.gettext("What the ride showed"))
        parts.append(
            f"<h2>{heading}</h2><table cellpadding='4' border='1' "
            f"style='border-collapse: collapse'><tr>{heads}</tr>" + "".join(rows) + "</table>"
        )
    if data.questions:
        items = "".join(
            f"<li>{_e(q.text)}" + (f"<br/><i>{_e(q.answer)}</i>" if q.answer else "") + "</li>"
            for q in data.questions
        )
        heading = _e(t.gettext("Questions we discussed"))
        parts.append(f"<h2>{heading}</h2><ul>{items}</ul>")
    if data.rehearsal is not None:
        r = data.rehearsal
        practised = t.gettext("{segment} (practised {n}×)")
        body = practised.format(segment=_e(r.segment), n=r.times)
        if r.outcome:
            body += f"<br/>{_e(r.outcome)}"
        heading = _e(t.gettext("Rehearsal"))
        parts.append(f"<h2>{heading}</h2><p>{body}</p>")
    if data.commitments:
        item = t.gettext("<b>{behaviour}:</b> {text} — by {day}")
        items = "".join(
            f"<li>{item.format(behaviour=_e(c.behaviour), text=_e(c.text), day=_e(t.date(c.due_date)))}</li>"
            for c in data.commitments
        )
        heading = _e(t.gettext("What you will apply next"))
        parts.append(f"<h2>{heading}</h2><ul>{items}</ul>")
    if data.verified:
        with_evidence = t.gettext(
            "<b>{behaviour}:</b> {text} (agreed {day}) — {outcome}: {evidence}"
        )
        without = t.gettext("<b>{behaviour}:</b> {text} (agreed {day}) — {outcome}")
        items = "".join(
            "<li>{}</li>".format(
                (with_evidence if v.evidence else without).format(
                    behaviour=_e(v.behaviour),
                    text=_e(v.text),
                    day=_e(t.date(v.agreed_on)),
                    outcome=_e(v.outcome_label),
                    evidence=_e(v.evidence),
                )
            )
            for v in data.verified
        )
        heading = _e(t.gettext("Previous commitments"))
        parts.append(f"<h2>{heading}</h2><ul>{items}</ul>")
    if data.trends:
        items = "".join(
            f"<li><b>{_e(tr.title)}:</b> "
            + " → ".join(t.number(p.level, 1) for p in tr.points)
            + "</li>"
            for tr in data.trends
            if tr.points
        )
        if items:
            heading = _e(t.gettext("Focus over your recent rides"))
            parts.append(f"<h2>{heading}</h2><ul>{items}</ul>")
    return "".join(parts)
