"""My coaching (issue 22): the manager's own coaching across rides and sellers, over a period
(:func:`my_coaching`, plain data for the screen and the printable report).

The rides that count: this manager's own (not merged from another manager through sync or a
bundle), took place (not planned), not removed, not a conflict copy, dated from ``since`` to
``today`` inclusive; the sellers listed are the active ones with an own ride or with no ride
merged from someone else (a director's store holds every team's sellers). The definitions, figure by figure:

- **Cadence kept** (per active seller, against the manager's target ``cadence_days``): the gaps
  in days between consecutive rides, starting from the seller's last ride before the period (or
  the period start when there is none) and ending with the open gap from the last ride to
  ``today``. The cadence is *kept* when no gap is longer than the target; ``gaps_over`` counts
  the gaps that are.
- **Questions against advice** (per seller, over the debriefs of the period's rides): questions
  asked (ticked as asked and worded as a question) and statements of advice (lines the manager
  wrote that are not questions) — the debrief screen's own definitions
  (:class:`fieldride.debriefs.Debrief`).
- **Commitments by behaviour** (commitments agreed on the period's rides): *made*; *verified*
  (answered applied, partly or not yet on a later ride — "no opportunity" does not close one);
  *applied* (that answer was applied).
- **How long commitments hold**: the *next ride* is the seller's first ride after the one where
  the commitment was agreed (at any date up to ``today``). *Applied at the next ride*: it was
  verified applied on that ride (out of the commitments whose next ride took place). *Still
  holding two rides later*: of those, the behaviour's mean level on the seller's second ride
  after the next ride is at most ``REGRESSION_MARGIN`` (half a level) below its mean level on the
  next ride. Not known (counted apart, never as a failure) when that ride has not happened yet
  or the behaviour was not rated on either ride.
- **Time to acknowledgement** (the period's debriefed rides): days from the ride to the
  seller's first acknowledgement of its summary; rides debriefed but not acknowledged are
  *waiting* (their days so far are given apart).

Read-only; an empty store gives empty figures, never an error. A ``since`` after ``today``
raises DomainError.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise
from statistics import median

from fieldride.debriefs.debrief import is_question
from fieldride.errors import DomainError
from fieldride.i18n import N_, Language, messages
from fieldride.insights.progress import REGRESSION_MARGIN
from fieldride.rides.levels import LIVE_CALL
from fieldride.settings import cadence_days
from fieldride.store import Store
from fieldride.store import rows as records

DEFAULT_PERIOD_DAYS = 90
CLOSING = ("applied", "partly", "not_yet")

# This manager's own rides: on a director's store (or after a bundle from a co-rider) rides
# merged from other managers are in the same tables, and their coaching is not this manager's.
_MINE = "(r.author_id IS NULL OR r.author_id = (SELECT author_id FROM store_identity WHERE id = 1))"
_TOOK_PLACE = (
    f"r.deleted_at IS NULL AND r.conflict_of IS NULL AND r.status != 'planned' AND {_MINE}"
)
# The sellers on the manager's list: theirs (an own ride, or no ride merged from someone else)
_MY_SELLER = (
    f"(EXISTS (SELECT 1 FROM rides r WHERE r.seller_id = s.id AND {_MINE}) OR NOT EXISTS "
    f"(SELECT 1 FROM rides r WHERE r.seller_id = s.id AND NOT {_MINE}))"
)


@dataclass(frozen=True)
class SellerCoaching:
    """One seller's line: cadence, questions against advice, time to acknowledgement."""

    seller_id: int
    seller_name: str
    rides: int  # rides in the period
    gaps: tuple[int, ...]  # days, oldest first; the last is the open gap to today
    gaps_over: int  # gaps longer than the target
    days_since_last: int | None  # None: never ridden with
    debriefs: int
    questions_asked: int
    advice: int
    acknowledged: int
    median_days_to_ack: float | None
    waiting: int  # debriefed, not acknowledged

    @property
    def cadence_kept(self) -> bool:
        return self.gaps_over == 0

    @property
    def longest_gap(self) -> int:
        return max(self.gaps, default=0)


@dataclass(frozen=True)
class BehaviourCommitments:
    """Commitments on one behaviour of one scorecard (see the module docstring)."""

    scorecard: str
    behaviour_key: str
    behaviour: str
    made: int
    verified: int
    applied: int
    next_ride_taken: int  # commitments whose next ride took place
    applied_next: int  # applied at that next ride
    hold_known: int  # applied at the next ride, and the level two rides later is known
    holding: int  # of those, still holding
    hold_pending: int  # applied at the next ride, the ride two later not taken place yet


@dataclass(frozen=True)
class AckTimes:
    acknowledged: int
    median_days: float | None
    longest_days: int | None
    waiting: int
    longest_waiting_days: int | None


@dataclass(frozen=True)
class MyCoaching:
    since: str
    until: str
    target_days: int
    sellers: tuple[SellerCoaching, ...]
    commitments: tuple[BehaviourCommitments, ...]
    acknowledgements: AckTimes

    @property
    def sellers_kept(self) -> int:
        return sum(1 for s in self.sellers if s.cadence_kept)

    @property
    def questions_asked(self) -> int:
        return sum(s.questions_asked for s in self.sellers)

    @property
    def advice(self) -> int:
        return sum(s.advice for s in self.sellers)

    @property
    def debriefs(self) -> int:
        return sum(s.debriefs for s in self.sellers)

    def total(self, field: str) -> int:
        """A commitment figure summed over behaviours (e.g. ``total("applied")``)."""
        return sum(int(getattr(b, field)) for b in self.commitments)


def _days(a: str, b: str) -> int:
    return (date.fromisoformat(b) - date.fromisoformat(a)).days


def _cadence(
    dates: list[str], since: str, until: str, target: int
) -> tuple[int, tuple[int, ...], int, int | None]:
    """(rides in period, gaps, gaps over target, days since last) from all ride dates (sorted)."""
    before = [d for d in dates if d < since]
    inside = [d for d in dates if since <= d <= until]
    points = [before[-1] if before else since, *inside, until]
    gaps = tuple(_days(a, b) for a, b in pairwise(points))
    last = inside[-1] if inside else (before[-1] if before else None)
    return (
        len(inside),
        gaps,
        sum(1 for g in gaps if g > target),
        _days(last, until) if last else None,
    )


def _ride_level(store: Store, ride_id: int, key: str) -> float | None:
    row = store.db.execute(
        f"""SELECT avg(o.level) FROM observations o
            WHERE o.ride_id = ? AND o.behaviour_key = ? AND o.level IS NOT NULL AND {LIVE_CALL}""",
        [ride_id, key],
    ).fetchone()
    return float(row[0]) if row and row[0] is not None else None


def my_coaching(
    store: Store, since: str | date | None = None, today: date | None = None
) -> MyCoaching:
    """The manager's coaching from ``since`` (default: ``DEFAULT_PERIOD_DAYS`` days before
    ``today``) to ``today`` (default: the local date). See the module docstring."""
    end = today or records.today()
    until = end.isoformat()
    start = (
        (end - timedelta(days=DEFAULT_PERIOD_DAYS)).isoformat()
        if since is None
        else since.isoformat()
        if isinstance(since, date)
        else since
    )
    if start > until:
        raise DomainError(
            messages()
            .gettext("The period starts ({start}) after it ends ({end}).")
            .format(start=messages().date(start), end=messages().date(until))
        )
    target = cadence_days(store)
    in_period = {"since": start, "until": until}

    # Every ride that took place up to today, per seller, in order (cadence, next rides).
    rides_of: dict[int, list[tuple[str, int]]] = defaultdict(list)
    status: dict[int, str] = {}
    for ride_id, seller_id, day, st in store.db.execute(
        f"""SELECT r.id, r.seller_id, r.ride_date, r.status FROM rides r
            WHERE {_TOOK_PLACE} AND r.ride_date <= :until ORDER BY r.ride_date, r.id""",
        {"until": until},
    ):
        rides_of[int(seller_id)].append((day, int(ride_id)))
        status[int(ride_id)] = st

    # Questions and advice per seller over the period's debriefs.
    debriefs: dict[int, int] = defaultdict(int)
    asked: dict[int, int] = defaultdict(int)
    advice: dict[int, int] = defaultdict(int)
    for (seller_id,) in store.db.execute(
        f"""SELECT r.seller_id FROM debriefs d JOIN rides r ON r.id = d.ride_id
            WHERE {_TOOK_PLACE} AND r.ride_date BETWEEN :since AND :until""",
        in_period,
    ):
        debriefs[int(seller_id)] += 1
    for seller_id, source, was_asked, text in store.db.execute(
        f"""SELECT r.seller_id, q.source, q.asked, q.text FROM debrief_questions q
            JOIN debriefs d ON d.id = q.debrief_id JOIN rides r ON r.id = d.ride_id
            WHERE q.deleted_at IS NULL AND {_TOOK_PLACE}
              AND r.ride_date BETWEEN :since AND :until""",
        in_period,
    ):
        question = is_question(text)
        if was_asked and question:
            asked[int(seller_id)] += 1
        if source == "manager" and not question:
            advice[int(seller_id)] += 1

    # Time to the first acknowledgement of each debriefed ride of the period.
    first_ack: dict[int, str] = {
        int(ride_id): day
        for ride_id, day in store.db.execute(
            "SELECT ride_id, min(acknowledged_on) FROM acknowledgements GROUP BY ride_id"
        )
    }
    ack_days: dict[int, list[int]] = defaultdict(list)
    waiting: dict[int, list[int]] = defaultdict(list)
    for seller_id, ride_list in rides_of.items():
        for day, ride_id in ride_list:
            if not start <= day <= until or status[ride_id] not in ("debriefed", "acknowledged"):
                continue
            if ride_id in first_ack:
                ack_days[seller_id].append(max(0, _days(day, first_ack[ride_id])))
            else:
                waiting[seller_id].append(_days(day, until))

    sellers_out = []
    for row in store.db.query(
        f"SELECT s.id, s.name FROM sellers s WHERE s.archived_at IS NULL AND {_MY_SELLER} "
        "ORDER BY s.name COLLATE NOCASE"
    ):
        sid = int(row["id"])
        count, gaps, over, since_last = _cadence(
            [d for d, _ in rides_of.get(sid, [])], start, until, target
        )
        days = ack_days.get(sid, [])
        sellers_out.append(
            SellerCoaching(
                seller_id=sid,
                seller_name=row["name"],
                rides=count,
                gaps=gaps,
                gaps_over=over,
                days_since_last=since_last,
                debriefs=debriefs.get(sid, 0),
                questions_asked=asked.get(sid, 0),
                advice=advice.get(sid, 0),
                acknowledged=len(days),
                median_days_to_ack=float(median(days)) if days else None,
                waiting=len(waiting.get(sid, [])),
            )
        )
    all_days = [d for v in ack_days.values() for d in v]
    all_waiting = [d for v in waiting.values() for d in v]
    acks = AckTimes(
        acknowledged=len(all_days),
        median_days=float(median(all_days)) if all_days else None,
        longest_days=max(all_days) if all_days else None,
        waiting=len(all_waiting),
        longest_waiting_days=max(all_waiting) if all_waiting else None,
    )
    return MyCoaching(
        since=start,
        until=until,
        target_days=target,
        sellers=tuple(sellers_out),
        commitments=_commitments(store, in_period, rides_of),
        acknowledgements=acks,
    )


def _commitments(
    store: Store, in_period: dict[str, str], rides_of: dict[int, list[tuple[str, int]]]
) -> tuple[BehaviourCommitments, ...]:
    rows = store.db.execute(
        f"""SELECT c.id, c.seller_id, c.ride_id, c.behaviour_key, sc.name,
              coalesce((SELECT b.title FROM behaviours b WHERE b.version_id =
                        r.scorecard_version_id AND b.key = c.behaviour_key), c.behaviour_key)
            FROM commitments c JOIN rides r ON r.id = c.ride_id
            JOIN scorecards sc ON sc.id = c.scorecard_id
            WHERE c.deleted_at IS NULL AND {_TOOK_PLACE}
              AND r.ride_date BETWEEN :since AND :until
            ORDER BY sc.name COLLATE NOCASE, c.id""",
        in_period,
    ).fetchall()
    outcomes: dict[int, dict[int, str]] = defaultdict(dict)  # commitment → ride → outcome
    order: dict[int, list[tuple[str, int, str]]] = defaultdict(list)
    for cid, ride_id, outcome, verified_on in store.db.execute(
        f"""SELECT v.commitment_id, v.ride_id, v.outcome, v.verified_on
            FROM commitment_verifications v JOIN rides r ON r.id = v.ride_id
            WHERE v.deleted_at IS NULL AND {_TOOK_PLACE}"""
    ):
        outcomes[int(cid)][int(ride_id)] = outcome
        order[int(cid)].append((verified_on, int(ride_id), outcome))
    groups: dict[tuple[str, str], dict[str, int]] = {}
    titles: dict[tuple[str, str], str] = {}
    for cid, seller_id, ride_id, key, card_name, title in rows:
        g = groups.setdefault((card_name, key), defaultdict(int))
        titles.setdefault((card_name, key), title)
        g["made"] += 1
        closing = next((o for _, _, o in sorted(order.get(cid, [])) if o in CLOSING), None)
        g["verified"] += closing is not None
        g["applied"] += closing == "applied"
        seq = [r for _, r in rides_of.get(int(seller_id), [])]
        if ride_id not in seq:
            continue
        i = seq.index(ride_id)
        if i + 1 >= len(seq):
            continue
        next_ride = seq[i + 1]
        g["next_ride_taken"] += 1
        if outcomes.get(cid, {}).get(next_ride) != "applied":
            continue
        g["applied_next"] += 1
        if i + 3 >= len(seq):
            g["hold_pending"] += 1
            continue
        at_next = _ride_level(store, next_ride, key)
        later = _ride_level(store, seq[i + 3], key)
        if at_next is None or later is None:
            continue
        g["hold_known"] += 1
        g["holding"] += later >= at_next - REGRESSION_MARGIN
    return tuple(
        BehaviourCommitments(
            scorecard=card,
            behaviour_key=key,
            behaviour=titles[(card, key)],
            made=g["made"],
            verified=g["verified"],
            applied=g["applied"],
            next_ride_taken=g["next_ride_taken"],
            applied_next=g["applied_next"],
            hold_known=g["hold_known"],
            holding=g["holding"],
            hold_pending=g["hold_pending"],
        )
        for (card, key), g in groups.items()
    )


# --- wording shared by the screen and the printed report --------------------------------------
# Each takes the language ``t`` to write in (default: the interface language, the manager's).


def share(part: int, whole: int, t: Language | None = None) -> str:
    """'3 of 4 (75%)', or '—' when there is nothing to count."""
    t = t or messages()
    if not whole:
        return "—"
    return t.gettext("{part} of {whole} ({percent})").format(
        part=t.number(part), whole=t.number(whole), percent=t.percent(part / whole)
    )


def _day_count(value: float, t: Language) -> str:
    return t.number(value) if value == int(value) else t.number(value, 1)


def days_text(days: float | None, t: Language | None = None) -> str:
    if days is None:
        return "—"
    t = t or messages()
    # the form for a whole number of days; "1.5 days" takes the plural
    n = int(days) if days == int(days) else 2
    return t.ngettext("{n} day", "{n} days", n).format(n=_day_count(days, t))


def cadence_text(s: SellerCoaching, target: int, t: Language | None = None) -> str:
    """'Kept' or 'Missed: 1 gap over 30 days (longest 41)'; 'Never ridden with' for none."""
    t = t or messages()
    if s.days_since_last is None:
        return t.gettext("Never ridden with")
    if s.cadence_kept:
        return t.gettext("Kept")
    return t.ngettext(
        "Missed: {n} gap over {target} days (longest {longest})",
        "Missed: {n} gaps over {target} days (longest {longest})",
        s.gaps_over,
    ).format(n=s.gaps_over, target=target, longest=s.longest_gap)


def hold_text(b: BehaviourCommitments, t: Language | None = None) -> str:
    """'1 of 2 (50%)', with '; 1 not known yet' when some cannot be judged yet."""
    t = t or messages()
    unknown = b.applied_next - b.hold_known
    if not b.hold_known:
        return t.gettext("{n} not known yet").format(n=unknown) if unknown else "—"
    text = share(b.holding, b.hold_known, t)
    if unknown:
        return t.gettext("{share}; {n} not known yet").format(share=text, n=unknown)
    return text


def summary_lines(mc: MyCoaching, t: Language | None = None) -> list[str]:
    """The headline figures as plain sentences (screen and report)."""
    t = t or messages()
    acks = mc.acknowledgements
    held_known = mc.total("hold_known")
    lines = [
        t.gettext(
            "Cadence kept with {kept} of {sellers} sellers (target: a ride every {days} days)."
        ).format(kept=mc.sellers_kept, sellers=len(mc.sellers), days=mc.target_days),
        t.gettext(
            "Across {debriefs} debriefs: {questions} questions asked, {advice} statements of "
            "advice."
        ).format(debriefs=mc.debriefs, questions=mc.questions_asked, advice=mc.advice),
        t.gettext("Commitments: {made} made, {verified} verified, {applied} applied.").format(
            made=mc.total("made"), verified=mc.total("verified"), applied=mc.total("applied")
        ),
        t.gettext(
            "Applied at the next ride: {next}; still holding two rides later: {holding}."
        ).format(
            next=share(mc.total("applied_next"), mc.total("next_ride_taken"), t),
            holding=share(mc.total("holding"), held_known, t),
        ),
    ]
    if acks.acknowledged and acks.waiting:
        lines.append(
            t.gettext(
                "Summaries acknowledged {median} after the ride (median; longest {longest}); "
                "{waiting} waiting (oldest {oldest})."
            ).format(
                median=days_text(acks.median_days, t),
                longest=days_text(acks.longest_days, t),
                waiting=acks.waiting,
                oldest=days_text(acks.longest_waiting_days, t),
            )
        )
    elif acks.acknowledged:
        lines.append(
            t.gettext(
                "Summaries acknowledged {median} after the ride (median; longest {longest}); "
                "none waiting."
            ).format(median=days_text(acks.median_days, t), longest=days_text(acks.longest_days, t))
        )
    else:
        lines.append(
            t.gettext("No summary acknowledged in the period; {waiting} waiting.").format(
                waiting=acks.waiting
            )
        )
    return lines


RULES = N_(
    "Cadence kept: no gap between rides (from the last ride before the period to today) longer "
    "than the target. Questions: ticked as asked and worded as a question; advice: lines you "
    "wrote that are not questions. Verified: answered applied, partly or not yet. Applied at "
    "the next ride: verified applied on the seller's next ride. Still holding: on the second "
    "ride after that, the behaviour's level is at most half a level below its level then "
    "(not known until that ride took place and rated it)."
)


def rules_text(t: Language | None = None) -> str:
    """How the figures are counted (:data:`RULES`), in ``t`` (default: the interface's)."""
    return (t or messages()).gettext(RULES)
