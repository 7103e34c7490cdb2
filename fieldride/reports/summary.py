"""The coaching summary handout: what the seller keeps after the debrief.

Read in about three minutes, so it leads with what matters (focus, strength, gap, commitments)
and fits one page for a typical ride (4 calls, 8 behaviours). Long rides flow onto more pages:
tables repeat their header and split inside rows, headings stay with what follows.

``build_summary(data, options)`` returns the PDF bytes. It never reads the store: everything comes
from :class:`~fieldride.reports.model.SummaryData` (which cannot hold private notes).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, NamedTuple

from reportlab.platypus import Flowable, KeepTogether, Spacer

from fieldride.i18n import N_, Language, language, messages
from fieldride.reports.blocks import (
    CELL_PADDING,
    Para,
    boxes,
    cell,
    data_table,
    fitted,
    font_of,
    head_row,
    heading,
    info_strip,
    labelled,
    p,
    signature_block,
)
from fieldride.reports.complex import base_is_rtl
from fieldride.reports.fonts import BOLD, REGULAR
from fieldride.reports.layout import RenderOptions, frame_width, render
from fieldride.reports.model import BehaviourLine, ScaleLevel, SummaryData, Trend
from fieldride.reports.styles import BASE_SIZE, MUTED, Styles, font_colour, styles_for
from fieldride.reports.text import NBSP, one_line, para, shorten, strip_marker
from fieldride.reports.visuals import CallMarks, LabelParagraphs, LevelDots, Sparkline
from fieldride.rides import size_words

TITLE = N_("Coaching summary")
QUOTE_CHARS = 220  # a strength/gap quote of evidence printed in full under "What I saw"
OUTCOME_MARKS = {"applied": "✓", "partly": "◐", "not_yet": "✗", "no_opportunity": "–"}


def level_label(mean: float | None, scale: tuple[ScaleLevel, ...], empty: str = "") -> str:
    """The label of the scale level nearest to ``mean`` (``empty`` when nothing was rated,
    "Not rated" in the interface language unless given)."""
    if mean is None or not scale:
        return empty or language().gettext("Not rated")
    nearest = min(scale, key=lambda lv: (abs(lv.value - mean), -lv.value))
    return nearest.label


def _dots(
    mean: float | None, data_scale: tuple[ScaleLevel, ...], s: Styles, t: Language, **kw: Any
) -> Any:
    label = level_label(mean, data_scale, t.gettext("Not rated"))
    return LevelDots(mean, len(data_scale), label, s.accent_text, **kw)


def _sparkline(trend: Trend, scale: tuple[ScaleLevel, ...], s: Styles, width: float) -> Any:
    values = [lv.value for lv in scale] or [1, 4]
    return Sparkline(trend.points, min(values), max(values), s.accent_text, width=width)


def _header(data: SummaryData, s: Styles, width: float) -> list[Flowable]:
    t = language(data.language)
    calls = "; ".join(
        t.gettext("{number}. {title} ({time})").format(number=c.number, title=c.title, time=c.time)
        if c.time
        else t.gettext("{number}. {title}").format(number=c.number, title=c.title)
        for c in data.calls
    )
    story: list[Flowable] = [
        fitted(data.seller_name, s.title, width, lines=2),
        info_strip(
            [
                (t.gettext("Manager"), data.manager_name),
                (t.gettext("Ride date"), t.date(data.ride_date)),
                (t.gettext("Ride type"), data.ride_type),
                (t.gettext("Calls observed"), t.number(len(data.calls))),
            ],
            width,
            s,
        ),
    ]
    details = []
    bold = "<b>{label}</b> {value}"
    if data.objective.strip():
        details.append(bold.format(label=t.gettext("Objective:"), value=para(data.objective)))
    if calls:
        details.append(bold.format(label=t.gettext("Calls:"), value=para(calls)))
    details.append(bold.format(label=t.gettext("Scorecard:"), value=para(data.scorecard)))
    if data.score is not None:
        how = (
            t.gettext("weighted by the scorecard's weights")
            if data.score.weighted
            else t.gettext("plain mean of the rated behaviours")
        )
        details.append(
            bold.format(
                label=t.gettext("Ride score:"),
                value=t.gettext("{score} ({how})").format(
                    score=t.number(data.score.value, 1), how=how
                ),
            )
        )
    if details:
        story.append(Para(f" {NBSP}·{NBSP} ".join(details), s.small))
    return story


def _focus(data: SummaryData, s: Styles, width: float, labels: LabelParagraphs) -> list[Flowable]:
    if not data.focus:
        return []
    t = language(data.language)
    means = {b.title: b.mean for b in data.behaviours if b.focus}
    trends = {tr.title: tr for tr in data.trends}
    widths = [width * 0.4, width * 0.2, width * 0.22, width * 0.18]
    focus_heads = (N_("Focus behaviour"), N_("This ride"), N_("Your recent rides"), N_("Change"))
    heads = [t.gettext(h) for h in focus_heads]
    rows: list[list[Any]] = [head_row(heads, widths, s)]
    for title in data.focus:
        trend = trends.get(title)
        change = "—"
        if trend and len(trend.points) > 1 and trend.first is not None and trend.last is not None:
            n = len(trend.points)
            change = t.ngettext(
                "{first} → {last} over {n} ride", "{first} → {last} over {n} rides", n
            ).format(first=t.number(trend.first, 1), last=t.number(trend.last, 1), n=n)
        elif trend and trend.points:
            change = t.gettext("first ride rated")
        rows.append(
            [
                cell(title, s.cell_bold, widths[0] - 6),
                _dots(means.get(title), data.scale, s, t, width=120, labels=labels),
                _sparkline(trend, data.scale, s, 110) if trend and trend.points else "",
                cell(change, s.cell_small, widths[3] - 6),
            ]
        )
    fonts = [*font_of(s.cell_bold, (0, 1), (0, -1)), *font_of(s.cell_small, (3, 1), (3, -1))]
    # No section heading: "Focus behaviour" heads the table (the room keeps a typical ride
    # on one Letter page with every sentence at 9 pt).
    return [Spacer(1, 4), data_table(rows, widths, extra=fonts)]


def _quoted(evidence: str, data: SummaryData) -> str:
    """The evidence of a strength or gap as the box prints it: in full, unless it is long and
    printed in full under "What I saw" too (the manager picked an observation's evidence):
    then a shortened quote that points there, so no long text is printed twice."""
    text = evidence.strip()
    if len(text) <= QUOTE_CHARS:
        return text
    for b in data.behaviours:
        for e in b.evidence:
            if text == e.text.strip() or text in e.text:
                cut = shorten(text, QUOTE_CHARS)
                where = language(data.language).gettext(
                    "{quote} (in full under What I saw, call {call})"
                )
                return where.format(quote=cut, call=e.call_number)
    return text


def _highlights(data: SummaryData, s: Styles, width: float) -> list[Flowable]:
    if data.strength is None and data.gap is None:
        return []
    t = language(data.language)
    cells = []
    for h in (data.strength, data.gap):
        if h is None:
            cells.append([p(t.gettext("Not named on this ride."), s.cell)])
            continue
        quote = _quoted(h.evidence, data)
        cells.append([p(h.behaviour, s.box_title), *[p(c, s.cell) for c in _chunks(quote)]])
    labels = (t.gettext("Strength to keep"), t.gettext("Gap to work on"))
    return [Spacer(1, 4), boxes(cells, width, s.accent, labels=labels, s=s)]


def _chunks(value: str) -> list[str]:
    """Long text as one paragraph per paragraph the user wrote (at blank lines and line
    breaks), never cut mid-sentence: reportlab splits a paragraph across pages line by line,
    also inside a table row that splits. List markers pasted with the text ("• ", "1) ") are
    kept as typed: only our own lists add markers (see :func:`strip_marker`)."""
    parts = [part for part in value.split("\n") if part.strip()]
    return parts or [value]


def _evidence_cell(b: BehaviourLine, s: Styles) -> list[Any]:
    """One paragraph per distinct evidence text, its call numbers in bold in a hanging gutter
    (the same words noted on three calls print once, as "1, 2, 3"). A paragraph each, not one
    joined paragraph: at a page break a note moves whole rather than splitting mid-line. The
    numbers are the paragraph's bullet, so the note itself is one run of text: reportlab lays
    that out about four times faster than mixed bold and regular runs."""
    if not b.evidence:
        return [p("—", s.cell_small)]
    calls_of: dict[str, list[int]] = {}
    for e in b.evidence:
        calls_of.setdefault(e.text, []).append(e.call_number)
    cells: list[Any] = []
    for text, numbers in calls_of.items():
        chunks = _chunks(text)
        label = ", ".join(str(n) for n in numbers)
        cells.append(Para(para(chunks[0]), s.numbered, bulletText=label))
        cells += [p(c, s.numbered) for c in chunks[1:]]
    return cells


def _behaviours(
    data: SummaryData, s: Styles, width: float, labels: LabelParagraphs
) -> list[Flowable]:
    if not data.behaviours:
        return []
    t = language(data.language)
    by_call = max(min(len(data.calls), 6) * 13 + 6, 40)
    # never narrower than the longest word of its heading in this language (Spanish "Por
    # interacción" broke inside "interacción" on a two-call ride)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    head = s.cell_head
    longest = max(
        stringWidth(word, head.fontName, head.fontSize) for word in t.gettext("By call").split()
    )
    by_call = max(by_call, longest + 8)
    level = 90.0
    # The notes column sets each row's height: the names wrap to two lines instead.
    name_w = width * 0.21
    widths = [name_w, level, by_call, width - name_w - level - by_call]
    heads = (N_("Behaviour"), N_("Level on this ride"), N_("By call"), N_("What I saw (call no.)"))
    rows: list[list[Any]] = [head_row([t.gettext(h) for h in heads], widths, s)]
    focus_tag = para(t.gettext("FOCUS"))
    for b in data.behaviours:
        no_chance = any(m.no_opportunity for m in b.marks)
        empty = t.gettext("No opportunity") if no_chance else t.gettext("Not rated")
        # Bold by its style (one run of text) unless the small FOCUS tag follows it.
        name = (
            Para(f"<b>{para(b.title)}</b>{NBSP} <font size=6.4>{focus_tag}</font>", s.cell)
            if b.focus
            else p(b.title, s.cell_bold)
        )
        rows.append(
            [
                name,
                LevelDots(
                    b.mean,
                    len(data.scale),
                    level_label(b.mean, data.scale, empty),
                    s.accent_text,
                    width=level - 4,
                    labels=labels,
                ),
                CallMarks(b.marks),
                _evidence_cell(b, s),
            ]
        )
    legend = ", ".join(f"{lv.value} {lv.label}" for lv in data.scale)
    note = t.gettext("Scale: {legend}. – in a call box: no opportunity.").format(legend=legend)
    return [
        *heading(t.gettext("What I saw"), s, note=note),
        data_table(rows, widths),
    ]


def _questions_and_rehearsal(data: SummaryData, s: Styles, width: float) -> list[Flowable]:
    t = language(data.language)
    left: list[Any] = []
    for i, q in enumerate(data.questions, start=1):
        answer = _chunks(q.answer) if q.answer else []
        text = f"{i}. {para(strip_marker(q.text))}"
        if answer:
            yours = para(t.gettext("Your answer:"))
            text += f' <font color="{font_colour(MUTED)}">{yours}</font> {para(answer[0])}'
        left.append(Para(text, s.cell))
        left += [p(c, s.cell) for c in answer[1:]]
    right: list[Any] = []
    r = data.rehearsal
    if r is not None:
        if r.segment.strip():
            right += [p(c, s.cell) for c in _chunks(r.segment)]
        if r.times:
            practised = t.ngettext("Practised {n} time.", "Practised {n} times.", r.times)
            right.append(p(practised.format(n=r.times), s.cell_small))
        if r.outcome.strip():
            right += [
                labelled(t.gettext("How it went:"), para(c), s.cell, REGULAR, MUTED)
                for c in _chunks(r.outcome)
            ]
    if not left and not right:
        return []
    widths = [width * 0.58, width * 0.42]
    head = head_row(
        [t.gettext("Questions we discussed"), t.gettext("What we rehearsed")], widths, s
    )
    body = [
        left or p(t.gettext("None recorded."), s.cell_small),
        right or p(t.gettext("No rehearsal."), s.cell_small),
    ]
    return [Spacer(1, 4), data_table([head, body], widths)]


def _commitments(data: SummaryData, s: Styles, width: float) -> list[Flowable]:
    """New commitments (with a box to tick and the due date) beside the earlier commitments
    checked on this ride (with the outcome as a shape and a word, and the evidence)."""
    if not data.commitments and not data.verified:
        return []
    t = language(data.language)
    new: list[Any] = []
    for c in data.commitments:
        chunks = _chunks(c.text)
        # The box is the paragraph's bullet (a hanging gutter the text wraps beside).
        due = "<b>{}</b>".format(para(t.gettext("by {day}").format(day=t.date(c.due_date))))
        # The date after the text, or on a line of its own when the text has several
        # paragraphs or reads right to left (our left-to-right "by" would land mid-line).
        apart = len(chunks) > 1 or base_is_rtl(c.text)
        new.append(
            Para(
                para(chunks[0]) + ("" if apart else f" {NBSP}{due}"),
                s.tick,
                bulletText="☐",
            )
        )
        new += [p(x, s.tick) for x in chunks[1:]]
        if apart:
            new.append(Para(due, s.tick))
        new.append(p(c.behaviour, s.tick_note))
    old: list[Any] = []
    for v in data.verified:
        mark = OUTCOME_MARKS.get(v.outcome, "")
        outcome = f"{mark} {one_line(v.outcome_label)}:".strip()
        old.append(labelled(outcome, para(v.text), s.cell, BOLD))
        agreed = t.gettext("{behaviour} · agreed {day}")
        old.append(p(agreed.format(behaviour=v.behaviour, day=t.date(v.agreed_on)), s.muted))
        if v.evidence.strip():
            old += [
                labelled(t.gettext("Evidence:"), para(x), s.cell, REGULAR, MUTED)
                for x in _chunks(v.evidence)
            ]
    heads, cells, widths = [], [], []
    if new:
        heads.append(t.gettext("Until the next ride (tick when done)"))
        cells.append(new)
        widths.append(width * (_balanced(new, old, width, data) if old else 1.0))
    if old:
        heads.append(t.gettext("Earlier commitments checked on this ride"))
        cells.append(old)
        widths.append(width - sum(widths))
    # No section heading: the table's own header says what each column holds (and the
    # typical ride keeps to one Letter page at 9 pt).
    return [Spacer(1, 5), data_table([head_row(heads, widths, s), cells], widths)]


BALANCE_CHARS = 2000  # up to this much commitment text, the two columns are balanced
BALANCE_SHARES = (0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65)  # the first column's shares tried


def _column_height(cells: list[Any], width: float) -> float:
    total = 0.0
    for c in cells:
        total += float(c.wrap(width, 1e6)[1] + c.getSpaceBefore() + c.getSpaceAfter())
    return total


def balanced_share(left: list[Any], right: list[Any], width: float) -> float:
    """The share of ``width`` for the ``left`` column of flowables beside the ``right`` one in a
    :func:`~fieldride.reports.blocks.data_table` (columns ``width * share`` and ``width - width *
    share`` wide, each measured as the table lays it out, inside its cell padding): of
    :data:`BALANCE_SHARES`, the one that makes the taller column shortest (heights to 0.1 pt),
    the one nearest half on a tie (0.45 before 0.55).

    A column is never taller for being wider, so the taller column at half decides the side to
    look at: the share grows (or shrinks) while that column stays the taller one and stops as
    soon as the other is as tall, since from there the other only grows. Most rides wrap each
    column twice or three times instead of once per share."""
    middle = BALANCE_SHARES.index(0.5)

    def heights(share: float) -> tuple[float, float]:
        column = width * share
        return (
            round(_column_height(left, column - CELL_PADDING - CELL_PADDING), 1),
            round(_column_height(right, width - column - CELL_PADDING - CELL_PADDING), 1),
        )

    first, second = heights(0.5)
    if first == second:
        return 0.5
    step = 1 if first > second else -1  # toward more room for the taller column
    best, lowest = 0.5, max(first, second)
    index = middle + step
    while 0 <= index < len(BALANCE_SHARES):
        share = BALANCE_SHARES[index]
        first, second = heights(share)
        if max(first, second) < lowest:
            best, lowest = share, max(first, second)
        if (first <= second) if step > 0 else (second <= first):
            break  # the other column is now as tall: it only grows further on
        index += step
    return best


def _balanced(new: list[Any], old: list[Any], width: float, data: SummaryData) -> float:
    """The share of ``width`` for the new commitments beside the checked ones
    (:func:`balanced_share`); halves for long texts (their height is the same whichever way
    they are split, and wrapping them again costs time)."""
    size = sum(len(c.text) for c in data.commitments) + sum(
        len(v.text) + len(v.evidence) + len(v.behaviour) for v in data.verified
    )
    if size > BALANCE_CHARS:
        return 0.5
    return balanced_share(new, old, width)


def _acknowledgement(data: SummaryData, s: Styles, width: float) -> list[Flowable]:
    """The statement beside the two signature lines (one row: the handout's last lines cost
    as little height as they can); the seller's comment, any length, above them."""
    from reportlab.platypus import Table, TableStyle

    t = language(data.language)
    ack = data.acknowledgement
    written = (
        t.gettext("{name}, {day}").format(name=ack.seller_name, day=t.date(ack.on)) if ack else ""
    )
    statement = labelled(
        t.gettext("Acknowledgement."),
        t.gettext(
            "I have read this summary and discussed it with my manager. Sign and date on the lines."
        ),
        s.small,
        BOLD,
    )
    left = width * 0.3
    signatures = signature_block(
        [
            (t.gettext("Seller"), data.seller_name, written),
            (t.gettext("Manager"), data.manager_name, ""),
        ],
        width - left - 10,
        s,
    )
    row = Table([[statement, signatures]], colWidths=[left, width - left], hAlign="LEFT")
    row.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, BASE_SIZE),  # no unembedded Helvetica
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 10),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story: list[Flowable] = [Spacer(1, 4)]
    if ack and ack.comment.strip():
        story += [
            labelled(t.gettext("Seller's comment:"), para(c), s.cell, BOLD, MUTED)
            for c in _chunks(ack.comment)
        ]
        story.append(Spacer(1, 2))
    return [*story, KeepTogether([row])]


ATTACHED_IMAGE_HEIGHT = 0.45  # of the page's usable width: a photo never takes the whole page


def _attachments(data: SummaryData, s: Styles, width: float) -> list[Flowable]:
    """The files attached to the calls, when the manager chose to print them: each photo
    scaled to fit the width (and at most :data:`ATTACHED_IMAGE_HEIGHT` of it in height), with
    its name and call; any other file (or a photo this laptop has no bytes of, or cannot read)
    as one line: name, call, size."""
    if not data.attachments:
        return []
    from io import BytesIO

    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    t = language(data.language)
    items: list[Flowable] = []
    for f in data.attachments:
        caption = p(f"{f.name} · {f.where}", s.cell_small)
        picture = None
        if f.image is not None:
            try:
                w, h = ImageReader(BytesIO(f.image)).getSize()
                scale = min(width / w, width * ATTACHED_IMAGE_HEIGHT / h, 1.0)
                picture = Image(BytesIO(f.image), width=w * scale, height=h * scale)
                picture.hAlign = "LEFT"
            except (OSError, ValueError):  # a damaged photo prints as a line, never fails the PDF
                picture = None
        if picture is not None:
            items.append(KeepTogether([picture, caption, Spacer(1, 6)]))
        else:
            items.append(p(f"{f.name} · {f.where} · {size_words(f.size)}", s.cell))
    # The heading goes with the first file: never a heading alone at the foot of a page.
    return [KeepTogether([*heading(t.gettext("Attached files"), s), items[0]]), *items[1:]]


def summary_story(data: SummaryData, options: RenderOptions) -> list[Flowable]:
    """The flowables of the summary (exposed for tests and benchmarks)."""
    s = styles_for(options.accent)
    width = frame_width(options)
    labels: LabelParagraphs = {}  # the level dots' labels, each laid out once
    return [
        *_header(data, s, width),
        *_focus(data, s, width, labels),
        *_highlights(data, s, width),
        *_behaviours(data, s, width, labels),
        *_questions_and_rehearsal(data, s, width),
        *_commitments(data, s, width),
        *_acknowledgement(data, s, width),
        *_attachments(data, s, width),
    ]


class BuiltSummary(NamedTuple):
    """A rendered summary and its page count (``pages > 1``: tell the manager before
    printing, see :data:`OVER_ONE_PAGE`)."""

    pdf: bytes
    pages: int


LONG_TEXT = 400  # characters: a note this long takes several lines on the page


def what_makes_it_long(data: SummaryData) -> list[str]:
    """Plain phrases naming what lengthens this summary past a typical ride (4 calls,
    8 behaviours, notes of a line or two), longest notes first; empty when nothing stands out.
    In the interface language: the manager reads them, not the seller."""
    t = messages()
    notes: list[tuple[int, str]] = []
    on_behaviour = t.gettext("the evidence on {behaviour} (call {n})")
    for b in data.behaviours:
        for e in b.evidence:
            where = on_behaviour.format(behaviour=one_line(b.title, 60), n=e.call_number)
            notes.append((len(e.text), where))
    if data.strength is not None:
        notes.append((len(data.strength.evidence), t.gettext("the strength's evidence")))
    if data.gap is not None:
        notes.append((len(data.gap.evidence), t.gettext("the gap's evidence")))
    question = t.gettext("question {n} and its answer")
    for i, q in enumerate(data.questions, start=1):
        notes.append((len(q.text) + len(q.answer), question.format(n=i)))
    if data.rehearsal is not None:
        r = data.rehearsal
        notes.append((len(r.segment) + len(r.outcome), t.gettext("the rehearsal")))
    commitment = t.gettext("the commitment on {behaviour}")
    for c in data.commitments:
        notes.append((len(c.text), commitment.format(behaviour=one_line(c.behaviour, 60))))
    earlier = t.gettext("the earlier commitment on {behaviour}")
    for v in data.verified:
        size = len(v.text) + len(v.evidence)
        notes.append((size, earlier.format(behaviour=one_line(v.behaviour, 60))))
    if data.acknowledgement is not None:
        notes.append((len(data.acknowledgement.comment), t.gettext("the seller's comment")))
    long = sorted((n for n in notes if n[0] >= LONG_TEXT), key=lambda n: -n[0])
    sized = t.gettext("{what} ({size} characters)")
    found = [sized.format(what=what, size=t.number(size)) for size, what in long[:3]]
    if len(long) > 3:
        n = len(long) - 3
        found.append(t.ngettext("{n} more long note", "{n} more long notes", n).format(n=n))
    if (n := len(data.behaviours)) > 8:
        found.append(t.ngettext("{n} behaviour", "{n} behaviours", n).format(n=n))
    if (n := len(data.calls)) > 4:
        found.append(t.ngettext("{n} call", "{n} calls", n).format(n=n))
    if (n := len(data.questions)) > 3:
        found.append(t.ngettext("{n} question", "{n} questions", n).format(n=n))
    if (n := len(data.commitments) + len(data.verified)) > 3:
        found.append(t.ngettext("{n} commitment", "{n} commitments", n).format(n=n))
    if data.attachments:  # printed only when the manager chose to (Output and branding)
        n = len(data.attachments)
        found.append(
            t.ngettext("{n} attached file printed", "{n} attached files printed", n).format(n=n)
        )
    return found


def over_one_page(data: SummaryData, pages: int) -> str:
    """What the manager is told before printing a summary of ``pages`` > 1 pages (the app
    and the command line say the same): how many pages and what makes it long."""
    t = messages()
    reasons = what_makes_it_long(data)
    if reasons:
        return t.gettext(
            "The coaching summary runs to {pages} pages: {reasons}. It is usually one page; "
            "shorten those notes in the debrief if the seller should get a single sheet."
        ).format(pages=pages, reasons="; ".join(reasons))
    return t.gettext(
        "The coaching summary runs to {pages} pages (long notes or many behaviours). It is "
        "usually one page; shorten those notes in the debrief if the seller should get a "
        "single sheet."
    ).format(pages=pages)


class _PageTexts(NamedTuple):
    title: str
    subject: str
    footer_note: str


def _page_texts(data: SummaryData) -> _PageTexts:
    """Title, subject and footer note of the handout, in its language."""
    t = language(data.language)
    title = t.gettext(TITLE)
    subject = t.gettext("{title}: {seller}, {day}").format(
        title=title, seller=data.seller_name, day=t.date(data.ride_date)
    )
    note = t.gettext("Prepared for {seller}").format(seller=data.seller_name)
    ack = data.acknowledgement
    if ack is not None and ack.code:
        # The fingerprint of what the seller acknowledged (fieldride.debriefs.acknowledged),
        # on every page's footer: it costs the page no height, and whoever holds any page can
        # check the ride against it ('fieldride verify').
        code = t.gettext("Acknowledgement code: {code}").format(code=ack.code)
        note = t.gettext("{note} · {code}").format(note=note, code=code)
    return _PageTexts(title, subject, note)


def summary_pdf(data: SummaryData, options: RenderOptions) -> BuiltSummary:
    """The coaching summary PDF and its page count, laid out once. The UI and the command
    line use the count to tell the manager, before printing, when the handout runs past one
    page (:func:`over_one_page`). In the handout's language (``data.language``)."""
    pages: list[int] = []
    options = replace(options, language=data.language)
    texts = _page_texts(data)
    pdf = render(
        summary_story(data, options),
        title=texts.title,
        subject=texts.subject,
        options=options,
        footer_note=texts.footer_note,
        page_count=pages,
    )
    return BuiltSummary(pdf, pages[0] if pages else 1)


def build_summary(data: SummaryData, options: RenderOptions) -> bytes:
    """The coaching summary PDF of one ride, as bytes, in ``data.language``."""
    return summary_pdf(data, options).pdf
