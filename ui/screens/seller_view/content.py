"""The coaching summary as the seller reads it on screen: built from the same
``fieldride.reports.data.summary_data`` as the handout PDF, so the screen carries exactly what
the paper will (and, like it, never the manager's private note). Every user string is escaped."""

from __future__ import annotations

from html import escape

from fieldride.reports.model import BehaviourLine, ScaleLevel, SummaryData


def _e(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def level_text(mean: float | None, scale: tuple[ScaleLevel, ...]) -> str:
    """``3.0 · Proficient``: the mean and the label of the nearest level of the scale."""
    if mean is None:
        return "Not rated"
    if not scale:
        return f"{mean:.1f}"
    # a tie (1.5, 2.5) goes to the higher level, as on the PDF handout (it said "Not yet" here
    # and "Developing" on paper for the same 1.5)
    nearest = min(scale, key=lambda level: (abs(level.value - mean), -level.value))
    return f"{mean:.1f} · {nearest.label}"


def _marks(line: BehaviourLine) -> str:
    out = []
    for number, mark in enumerate(line.marks, start=1):
        value = "n/o" if mark.no_opportunity else ("–" if mark.level is None else str(mark.level))
        out.append(f"C{number} {value}")
    return " · ".join(out)


def summary_html(data: SummaryData) -> str:
    """The summary's sections, in the handout's order."""
    parts = [
        f"<h1>Coaching summary · {_e(data.seller_name)}</h1>",
        f"<p>{_e(data.ride_date)} · {_e(data.ride_type)} · {_e(data.scorecard)}"
        + (f" · with {_e(data.manager_name)}" if data.manager_name else "")
        + "</p>",
    ]
    if data.objective:
        parts.append(f"<p><b>Objective:</b> {_e(data.objective)}</p>")
    if data.calls:
        calls = "; ".join(f"C{c.number} {_e(c.title)}" for c in data.calls)
        parts.append(f"<p><b>Calls:</b> {calls}</p>")
    if data.focus:
        parts.append(f"<p><b>Focus:</b> {_e('; '.join(data.focus))}</p>")
    for title, point in (("Strength", data.strength), ("Gap to work on", data.gap)):
        if point is not None:
            parts.append(
                f"<h2>{title}: {_e(point.behaviour)}</h2><p>{_e(point.evidence) or '–'}</p>"
            )
    if data.behaviours:
        rows = []
        for line in data.behaviours:
            evidence = "<br/>".join(f"C{ev.call_number}: {_e(ev.text)}" for ev in line.evidence)
            star = "★ " if line.focus else ""
            rows.append(
                f"<tr><td>{star}{_e(line.title)}</td><td>{_e(_marks(line))}</td>"
                f"<td>{_e(level_text(line.mean, data.scale))}</td><td>{evidence}</td></tr>"
            )
        parts.append(
            "<h2>What the ride showed</h2><table cellpadding='4' border='1' "
            "style='border-collapse: collapse'><tr><th>Behaviour</th><th>Calls</th>"
            "<th>Level</th><th>Evidence</th></tr>" + "".join(rows) + "</table>"
        )
    if data.questions:
        items = "".join(
            f"<li>{_e(q.text)}" + (f"<br/><i>{_e(q.answer)}</i>" if q.answer else "") + "</li>"
            for q in data.questions
        )
        parts.append(f"<h2>Questions we discussed</h2><ul>{items}</ul>")
    if data.rehearsal is not None:
        r = data.rehearsal
        parts.append(
            f"<h2>Rehearsal</h2><p>{_e(r.segment)} (practised {r.times}×)"
            + (f"<br/>{_e(r.outcome)}" if r.outcome else "")
            + "</p>"
        )
    if data.commitments:
        items = "".join(
            f"<li><b>{_e(c.behaviour)}:</b> {_e(c.text)} — by {_e(c.due_date)}</li>"
            for c in data.commitments
        )
        parts.append(f"<h2>What you will apply next</h2><ul>{items}</ul>")
    if data.verified:
        items = "".join(
            f"<li><b>{_e(v.behaviour)}:</b> {_e(v.text)} (agreed {_e(v.agreed_on)}) — "
            f"{_e(v.outcome_label)}" + (f": {_e(v.evidence)}" if v.evidence else "") + "</li>"
            for v in data.verified
        )
        parts.append(f"<h2>Previous commitments</h2><ul>{items}</ul>")
    if data.trends:
        items = "".join(
            f"<li><b>{_e(t.title)}:</b> " + " → ".join(f"{p.level:.1f}" for p in t.points) + "</li>"
            for t in data.trends
            if t.points
        )
        if items:
            parts.append(f"<h2>Focus over your recent rides</h2><ul>{items}</ul>")
    return "".join(parts)
