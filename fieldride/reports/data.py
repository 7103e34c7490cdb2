"""Gather the plain data of each document from the core API (no SQL of its own, no reportlab).

``summary_data`` (seller-facing) reads the ride, its calls and observations, the debrief, the
commitments, verifications, acknowledgement and the focus trend through ``rides.levels.ride_levels``.
It never reads private manager notes: nothing here calls ``debriefs.get_private_note`` and the
``Debrief`` dataclass has no such field, so the note cannot reach the PDF by construction.
Every function reads one seller's data only. Unknown ids raise ``DomainError`` (user-facing).
"""

from __future__ import annotations

from datetime import date

from fieldride import debriefs, rides
from fieldride.debriefs import commitments
from fieldride.errors import DomainError
from fieldride.i18n import Language, language, messages, normalise
from fieldride.reports.layout import Branding, RenderOptions, normalise_page_size
from fieldride.reports.model import (
    Acknowledged,
    AttachedFile,
    BehaviourLine,
    BlankBehaviour,
    BlankScorecardData,
    BriefData,
    CallLine,
    CallMark,
    CommitmentLine,
    Evidence,
    FocusBrief,
    Highlight,
    HistoryLine,
    LastRide,
    QuestionLine,
    Rehearsal,
    RideLine,
    ScaleLevel,
    SelfGapLine,
    SelfGapPoint,
    SellerReportData,
    SummaryData,
    TrainingLine,
    TrainingMove,
    Trend,
    TrendPoint,
    VerifiedLine,
)
from fieldride.rides.levels import RidePoint, ride_levels
from fieldride.scorecards.model import Scorecard
from fieldride.scorecards.scoring import card_weights, is_weighted, ride_score
from fieldride.scorecards.store import get_version, latest_version, version_weights, versions_of
from fieldride.settings import all_settings, get_setting
from fieldride.store import Store
from fieldride.team import get_seller

TREND_RIDES = 8  # points in a summary's or brief's trend (the seller's most recent rides)
DONE = ("debriefed", "acknowledged")


def render_options(
    store: Store,
    page_size: str | None = None,
    invariant: bool = False,
    generated_on: date | None = None,
) -> RenderOptions:
    """Branding and page size from the settings (``page_size`` overrides the setting)."""
    values = all_settings(store)
    branding = Branding(
        org_name=str(values.get("org_name") or ""),
        logo_path=str(values.get("logo_path") or ""),
        accent=str(values.get("accent_color") or ""),
    )
    return RenderOptions(
        branding=branding,
        page_size=normalise_page_size(page_size or values.get("page_size")),
        invariant=invariant,
        generated_on=generated_on,
    )


def _scale(card: Scorecard) -> tuple[ScaleLevel, ...]:
    return tuple(ScaleLevel(lv.value, lv.label, lv.description) for lv in card.scale)


def _reopened_history(store: Store, ride: rides.Ride, t: Language) -> list[HistoryLine]:
    """A ride's history from its first reopening on (who reopened it, when and why, what
    changed, the acknowledgement after it); nothing for a ride never reopened."""
    trail = debriefs.audit_trail(store, ride.id)
    if not debriefs.was_reopened(trail):
        return []
    first = next(i for i, e in enumerate(trail) if e.action == "reopened")
    lines = []
    for entry in trail[first:]:
        what, detail = debriefs.entry_words(entry, t)
        lines.append(
            HistoryLine(
                ride.ride_date,
                debriefs.local_time(entry.at),
                debriefs.entry_by(entry, ride.manager_name, ride.seller_name),
                what,
                detail,
            )
        )
    return lines


def _title(card: Scorecard, key: str | None) -> str:
    if not key:
        return ""
    b = card.behaviour(key)
    return b.title if b else key


def _manager(store: Store, ride: rides.Ride) -> str:
    return ride.manager_name or str(all_settings(store).get("manager_name") or "")


def _trend(
    store: Store, seller_id: int, card: Scorecard, key: str, until: str, current_ride: int | None
) -> Trend:
    points = ride_levels(store, seller_id, card.key, [key], until=until)
    tail = points[-TREND_RIDES:]
    return Trend(
        key,
        _title(card, key),
        tuple(TrendPoint(p.ride_date, p.mean_level, p.ride_id == current_ride) for p in tail),
    )


def _attached(
    store: Store, ride_id: int, card: Scorecard, number: dict[int, int], t: Language
) -> tuple[AttachedFile, ...]:
    """The files on the ride's calls, in call order (never the private note's: the default
    list leaves them out); a photo with its bytes when this store holds them."""
    out: list[tuple[int, AttachedFile]] = []
    for a in rides.list_attachments(store, ride_id):
        if a.call_id not in number:
            continue  # on a removed call
        where = t.gettext("Call {number}").format(number=number[a.call_id])
        if a.behaviour_key:
            where = t.gettext("{call} · {behaviour}").format(
                call=where, behaviour=_title(card, a.behaviour_key)
            )
        image = rides.blob_data(store, a.content_hash) if a.is_image else None
        out.append((number[a.call_id], AttachedFile(a.name, where, a.media_type, a.size, image)))
    return tuple(f for _n, f in sorted(out, key=lambda pair: pair[0]))


def handout_language(store: Store, seller_id: int) -> Language:
    """The language of what a seller is handed: the seller's own (sellers.language), else the
    manager's (the interface language, fieldride.i18n.messages). Dates and numbers are written
    the manager's way (their region) when the seller's language is the manager's too."""
    chosen = get_seller(store, seller_id).language
    if not chosen or normalise(chosen) == messages().code:
        return messages()
    return language(chosen)


def summary_data(
    store: Store,
    ride_id: int,
    lang: Language | None = None,
    *,
    with_attachments: bool | None = None,
) -> SummaryData:
    """The seller-facing coaching summary of one ride, in ``lang`` (default: the seller's
    language, see :func:`handout_language`). Raises DomainError if the ride is gone.
    ``with_attachments``: print the files on the calls (None: as the manager chose, setting
    ``handout_attachments``, off unless turned on)."""
    ride = rides.get_ride(store, ride_id)
    t = lang or handout_language(store, ride.seller_id)
    card = get_version(store, ride.scorecard_version_id).card
    calls = rides.list_calls(store, ride_id)
    number = {c.id: i for i, c in enumerate(calls, start=1)}
    if with_attachments is None:
        with_attachments = bool(get_setting(store, "handout_attachments"))
    observed = {
        (o.call_id, o.behaviour_key): o for o in rides.observations_for_ride(store, ride_id)
    }
    sections = {b.key: s.title for s in card.sections for b in s.behaviours}
    ordered = [k for k in ride.focus if card.behaviour(k)] + [
        b.key for b in card.behaviours() if b.key not in ride.focus
    ]
    lines: list[BehaviourLine] = []
    for key in ordered:
        marks = []
        evidence = []
        for c in calls:
            o = observed.get((c.id, key))
            marks.append(CallMark(o.level, o.no_opportunity) if o else CallMark())
            if o and o.evidence.strip():
                evidence.append(Evidence(number[c.id], o.evidence.strip()))
        levels = [m.level for m in marks if m.level is not None]
        seen = levels or evidence or any(m.no_opportunity for m in marks)
        if not seen and key not in ride.focus:
            continue
        lines.append(
            BehaviourLine(
                key,
                _title(card, key),
                sections.get(key, ""),
                key in ride.focus,
                tuple(marks),
                sum(levels) / len(levels) if levels else None,
                tuple(evidence),
            )
        )
    debrief = debriefs.get_debrief(store, ride_id)
    ack = debriefs.get_acknowledgement(store, ride_id)
    verified = []
    for due in commitments.due_for_verification(store, ride_id):
        here = [v for v in due.verifications if v.ride_id == ride_id]
        if here:
            v = here[-1]
            verified.append(
                VerifiedLine(
                    _title(card, due.behaviour_key),
                    due.text,
                    due.ride_date,
                    v.outcome,
                    t.gettext(debriefs.OUTCOMES[v.outcome]),
                    v.evidence,
                )
            )
    return SummaryData(
        ride_id=ride.id,
        seller_name=ride.seller_name,
        manager_name=_manager(store, ride),
        ride_date=ride.ride_date,
        ride_type=t.gettext(rides.RIDE_TYPES.get(ride.ride_type, ride.ride_type)),
        scorecard=t.gettext("{name} (version {version})").format(
            name=ride.scorecard_name, version=ride.scorecard_version
        ),
        objective=ride.objective,
        calls=tuple(CallLine(number[c.id], c.title_in(t), c.call_time) for c in calls),
        scale=_scale(card),
        focus=tuple(_title(card, k) for k in ride.focus),
        behaviours=tuple(lines),
        strength=_highlight(card, debrief.strength_behaviour_key, debrief.strength_evidence, t),
        gap=_highlight(card, debrief.gap_behaviour_key, debrief.gap_evidence, t),
        questions=tuple(
            QuestionLine(q.text, q.answer.strip()) for q in debrief.questions if q.asked
        ),
        rehearsal=(
            Rehearsal(debrief.rehearsal_segment, debrief.rehearsal_count, debrief.rehearsal_outcome)
            if debrief.rehearsal_segment.strip() or debrief.rehearsal_outcome.strip()
            else None
        ),
        commitments=tuple(
            CommitmentLine(_title(card, c.behaviour_key), c.text, c.due_date, c.ride_date)
            for c in commitments.commitments_from_ride(store, ride_id)
        ),
        verified=tuple(verified),
        trends=tuple(
            _trend(store, ride.seller_id, card, k, ride.ride_date, ride.id) for k in ride.focus
        ),
        acknowledgement=Acknowledged(ack.seller_name, ack.acknowledged_on, ack.comment, ack.code)
        if ack
        else None,
        language=t.tag,
        attachments=_attached(store, ride_id, card, number, t) if with_attachments else (),
        score=ride_score({b.key: b.mean for b in lines if b.mean is not None}, card_weights(card)),
    )


def require_shareable(store: Store, ride_id: int) -> None:
    """Refuse (DomainError, the message ``mark_shared`` gives) unless the ride's debrief is
    finished: call it before building or writing a summary that will be marked shared, so a
    refused summary writes nothing."""
    ride = rides.get_ride(store, ride_id)
    if ride.status not in DONE:
        raise DomainError(messages().gettext("Finish the debrief before sharing its summary."))


def _highlight(
    card: Scorecard, key: str | None, evidence: str, t: Language | None = None
) -> Highlight | None:
    if not key and not evidence.strip():
        return None
    none = (t or messages()).gettext("(no behaviour chosen)")
    return Highlight(_title(card, key) or none, evidence.strip())


def _previous_ride(store: Store, ride: rides.Ride) -> rides.Ride | None:
    """The seller's latest debriefed ride before ``ride``."""
    for r in rides.list_rides(store, ride.seller_id):
        earlier = (r.ride_date, r.id) < (ride.ride_date, ride.id)
        if earlier and r.status in DONE:
            return r
    return None


def _commitment_status(c: commitments.Commitment, today: date | None, t: Language) -> str:
    last = c.last_verification
    outcome = t.gettext(debriefs.OUTCOMES[last.outcome]) if last else ""
    if c.is_open:
        label = t.gettext("Overdue") if c.is_overdue(today) else t.gettext("Open")
        if last:
            return t.gettext("{status} (last check: {outcome})").format(
                status=label, outcome=outcome
            )
        return label
    return outcome or t.gettext("Closed")


def brief_data(
    store: Store, ride_id: int, today: date | None = None, lang: Language | None = None
) -> BriefData:
    """The manager's pre-ride brief for a planned (or any) ride, in ``lang`` (default: the
    manager's, fieldride.i18n.messages). Raises DomainError if gone."""
    t = lang or messages()
    ride = rides.get_ride(store, ride_id)
    card = get_version(store, ride.scorecard_version_id).card
    focus = []
    for key in ride.focus:
        b = card.behaviour(key)
        if b is None:
            continue
        trend = _trend(store, ride.seller_id, card, key, ride.ride_date, None)
        focus.append(
            FocusBrief(b.title, b.good, b.look_fors, b.questions, trend if trend.points else None)
        )
    due = tuple(
        CommitmentLine(
            _title(card, c.behaviour_key),
            c.text,
            c.due_date,
            c.ride_date,
            _commitment_status(c, today, t),
        )
        for c in commitments.due_for_verification(store, ride_id)
        if c.is_open or any(v.ride_id == ride_id for v in c.verifications)
    )
    last = None
    prev = _previous_ride(store, ride)
    if prev is not None:
        prev_card = get_version(store, prev.scorecard_version_id).card
        d = debriefs.get_debrief(store, prev.id)
        last = LastRide(
            prev.ride_date,
            prev.type_in(t),
            _highlight(prev_card, d.strength_behaviour_key, d.strength_evidence, t),
            _highlight(prev_card, d.gap_behaviour_key, d.gap_evidence, t),
        )
    from fieldride.team import sellers, training  # only the brief and seller report need these

    trainings = [
        course
        for course in training.list_trainings(store, ride.seller_id)
        if course.held_on <= ride.ride_date
    ][:3]
    seller = sellers.get_seller(store, ride.seller_id)
    return BriefData(
        ride_id=ride.id,
        seller_name=ride.seller_name,
        seller_team=" · ".join(x for x in (seller.team, seller.territory) if x),
        manager_name=_manager(store, ride),
        ride_date=ride.ride_date,
        ride_type=ride.type_in(t),
        scorecard=t.gettext("{name} (version {version})").format(
            name=ride.scorecard_name, version=ride.scorecard_version
        ),
        objective=ride.objective,
        scale=_scale(card),
        focus=tuple(focus),
        due=due,
        last_ride=last,
        training=tuple(
            TrainingLine(
                course.title,
                course.held_on,
                tuple(_title(card, b) for sc, b in course.behaviours if sc == card.key),
            )
            for course in trainings
        ),
        language=t.tag,
    )


def blank_scorecard_data(
    store: Store,
    key: str,
    version: int | None = None,
    calls: int = 4,
    lang: Language | None = None,
) -> BlankScorecardData:
    """A scorecard version (the latest by default) for paper capture with ``calls`` columns,
    in ``lang`` (default: the manager's, fieldride.i18n.messages).

    Raises DomainError for an unknown key or version, or a call count outside 1–6.
    """
    m = messages()
    if not 1 <= calls <= 6:
        raise DomainError(
            m.gettext("A blank scorecard has 1 to 6 call columns, not {calls}.").format(calls=calls)
        )
    if version is None:
        found = latest_version(store, key)
        if found is None:
            raise DomainError(m.gettext("No scorecard with key '{key}'.").format(key=key))
    else:
        matches = [v for v in versions_of(store, key) if v.version == version]
        if not matches:
            known = ", ".join(str(v.version) for v in versions_of(store, key)) or m.gettext("none")
            raise DomainError(
                m.gettext("Scorecard '{key}' has no version {version} (versions: {known}).").format(
                    key=key, version=version, known=known
                )
            )
        found = matches[0]
    card = found.card
    return BlankScorecardData(
        key=card.key,
        name=card.name,
        version=found.version,
        description=card.description,
        scale=_scale(card),
        behaviours=tuple(
            BlankBehaviour(b.title, s.title, b.look_fors, b.weight)
            for s in card.sections
            for b in s.behaviours
        ),
        calls=calls,
        weighted=is_weighted(card),
        language=(lang or m).tag,
    )


def _day(value: str | date | None, what: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError as err:
        m = messages()
        message = (
            m.gettext("The start date '{value}' is not a date (use YYYY-MM-DD).")
            if what == "start"
            else m.gettext("The end date '{value}' is not a date (use YYYY-MM-DD).")
        )
        raise DomainError(message.format(value=value)) from err


def seller_report_data(
    store: Store,
    seller_id: int,
    since: str | date | None = None,
    until: str | date | None = None,
    today: date | None = None,
    lang: Language | None = None,
) -> SellerReportData:
    """One seller's development between ``since`` and ``until`` (inclusive; None = open).

    Rides (planned ones excluded), the trend of every behaviour rated in the period (per
    scorecard, through ``rides.levels.ride_levels``), commitments agreed in the period with their
    outcome, the follow-through rate of verifications in the period, and the trainings the seller
    attended in the period with each trained behaviour's mean level before and after it.
    In ``lang`` (default: the seller's language, else the manager's, as the handout: see
    :func:`handout_language`). Raises DomainError for an unknown seller, a bad date or
    ``since`` after ``until``.
    """
    from fieldride.insights.self_gap import self_assessment_gaps  # the report's alone
    from fieldride.team import sellers, training  # not on the coaching summary's import path

    seller = sellers.get_seller(store, seller_id)
    t = lang or handout_language(store, seller_id)
    start, end = _day(since, "start"), _day(until, "end")
    if start and end and start > end:
        raise DomainError(
            messages()
            .gettext("The period starts ({start}) after it ends ({end}).")
            .format(start=messages().date(start), end=messages().date(end))
        )

    def within(day: str) -> bool:
        return (start is None or day >= start) and (end is None or day <= end)

    ride_list = [
        r
        for r in reversed(rides.list_rides(store, seller_id))
        if r.status != "planned" and within(r.ride_date)
    ]
    cards: dict[str, Scorecard] = {}
    for r in ride_list:
        if r.scorecard_key not in cards:
            latest = latest_version(store, r.scorecard_key)
            cards[r.scorecard_key] = (latest or get_version(store, r.scorecard_version_id)).card
    ride_lines = []
    agreed: list[CommitmentLine] = []
    history: list[HistoryLine] = []
    manager = ""
    for r in ride_list:
        card = cards[r.scorecard_key]
        d = debriefs.get_debrief(store, r.id)
        manager = r.manager_name or manager
        history += _reopened_history(store, r, t)
        ride_lines.append(
            RideLine(
                r.ride_date,
                r.type_in(t),
                len(rides.list_calls(store, r.id)),
                tuple(_title(card, k) for k in r.focus),
                _title(card, d.strength_behaviour_key),
                _title(card, d.gap_behaviour_key),
                r.status_in(t),
            )
        )
        agreed += [
            CommitmentLine(
                _title(card, c.behaviour_key),
                c.text,
                c.due_date,
                c.ride_date,
                _commitment_status(c, today, t),
            )
            for c in commitments.commitments_from_ride(store, r.id)
        ]
    trends: list[Trend] = []
    points_by_key: dict[tuple[str, str], list[RidePoint]] = {}
    version_of = {r.id: r.scorecard_version_id for r in ride_list}
    weights = version_weights(store, version_of.values())
    for key, card in cards.items():
        per_ride: dict[tuple[str, int], dict[str, float]] = {}
        for p in ride_levels(store, seller_id, key, since=start, until=end):
            points_by_key.setdefault((key, p.behaviour_key), []).append(p)
            per_ride.setdefault((p.ride_date, p.ride_id), {})[p.behaviour_key] = p.mean_level
        # The ride score first (weights that count, issue 22): each ride by its own version.
        scores = [
            (day, score)
            for (day, ride_id), levels in sorted(per_ride.items())
            if (score := ride_score(levels, weights.get(version_of.get(ride_id, -1))))
        ]
        if scores:
            rule = (
                t.gettext("Ride score (weighted), {scorecard}")
                if scores[-1][1].weighted
                else t.gettext("Ride score (unweighted), {scorecard}")
            )
            trends.append(
                Trend(
                    "",
                    rule.format(scorecard=card.name),
                    tuple(TrendPoint(day, sc.value) for day, sc in scores),
                )
            )
        for b in card.behaviours():
            pts = points_by_key.get((key, b.key), [])
            if pts:
                trends.append(
                    Trend(b.key, b.title, tuple(TrendPoint(p.ride_date, p.mean_level) for p in pts))
                )
    ft = commitments.follow_through(store, seller_id, start, end)
    trainings = []
    for course in reversed(training.list_trainings(store, seller_id)):
        if not within(course.held_on):
            continue
        titles, moves = [], []
        for sc_key, b_key in course.behaviours:
            card_for = cards.get(sc_key)
            title = _title(card_for, b_key) if card_for else b_key
            titles.append(title)
            pts = points_by_key.get((sc_key, b_key), [])
            before = [p.mean_level for p in pts if p.ride_date < course.held_on]
            after = [p.mean_level for p in pts if p.ride_date >= course.held_on]
            moves.append(
                TrainingMove(
                    title,
                    sum(before) / len(before) if before else None,
                    sum(after) / len(after) if after else None,
                    len(before),
                    len(after),
                )
            )
        trainings.append(TrainingLine(course.title, course.held_on, tuple(titles), tuple(moves)))
    return SellerReportData(
        seller_name=seller.name,
        team=seller.team,
        territory=seller.territory,
        manager_name=manager or str(all_settings(store).get("manager_name") or ""),
        since=start,
        until=end,
        rides=tuple(ride_lines),
        trends=tuple(trends),
        scorecards=tuple(c.name for c in cards.values()),
        applied=ft.applied,
        verified=ft.verified,
        commitments=tuple(agreed),
        training=tuple(trainings),
        history=tuple(history),
        self_gaps=tuple(
            SelfGapLine(
                g.title,
                tuple(
                    SelfGapPoint(p.ride_date, p.self_level, p.manager_level, p.gap)
                    for p in g.points
                ),
                g.mean_gap,
            )
            for g in self_assessment_gaps(store, seller_id, start, end)
        ),
        language=t.tag,
    )
