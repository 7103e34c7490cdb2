"""What the manager needs to see when planning the next ride with a seller.

Plain data for the plan screen, all read-only:

- :func:`last_ride` — a short summary of the seller's most recent ride that took place (not a
  ride that is only planned): calls, ratings, focus, the debrief's strength and gap, and the
  weakest behaviours seen;
- :func:`suggest_focus` — focus behaviours proposed for the next ride, each with the reason, in
  this order: the gap named at the last debrief, the behaviours of the seller's open commitments
  (earliest due first), then the lowest-rated behaviours of the last ride. Only behaviours of the
  chosen scorecard version are proposed; the manager decides (nothing is chosen here);
- :func:`plan_context` — both of the above plus the commitments due for verification and the
  trainings the seller attended since the last ride, for one call from the UI.

Nothing here writes. Unknown sellers give empty results rather than errors: the plan screen
shows "no earlier ride" instead of failing.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldride.debriefs import Commitment, open_commitments
from fieldride.i18n import messages
from fieldride.rides import RIDE_TYPES, STATUSES
from fieldride.scorecards.store import get_version
from fieldride.store import Store
from fieldride.store import rows as records
from fieldride.team import TrainingEvent, list_trainings

MAX_SUGGESTIONS = 4
WEAKEST_SHOWN = 3


@dataclass(frozen=True)
class FocusSuggestion:
    """A behaviour proposed as a focus for the next ride, and why."""

    behaviour_key: str
    title: str
    reason: str


@dataclass(frozen=True)
class BehaviourLevel:
    behaviour_key: str
    title: str
    mean_level: float
    ratings: int


@dataclass(frozen=True)
class LastRide:
    """A short summary of a seller's last ride (the one before the ride being planned)."""

    ride_id: int
    ride_date: str
    ride_type: str
    status: str
    scorecard_name: str
    calls: int
    rated: int
    no_opportunity: int
    notes: int
    focus_titles: tuple[str, ...]
    strength_title: str | None
    gap_title: str | None
    weakest: tuple[BehaviourLevel, ...]

    @property
    def type_label(self) -> str:
        return messages().gettext(RIDE_TYPES.get(self.ride_type, self.ride_type))

    @property
    def status_label(self) -> str:
        return messages().gettext(STATUSES.get(self.status, self.status))

    def summary_lines(self) -> list[str]:
        """The summary as short plain sentences (what the plan screen shows), in the interface
        language (fieldride.i18n.messages)."""
        t = messages()
        counts = [
            t.ngettext("{n} call", "{n} calls", self.calls).format(n=self.calls),
            t.ngettext("{n} rating", "{n} ratings", self.rated).format(n=self.rated),
            t.ngettext(
                "{n} 'no opportunity' mark", "{n} 'no opportunity' marks", self.no_opportunity
            ).format(n=self.no_opportunity),
            t.ngettext("{n} note", "{n} notes", self.notes).format(n=self.notes),
        ]
        lines = [
            f"{t.date(self.ride_date)} · {self.type_label} · {self.status_label}",
            t.gettext("{calls}, {ratings}, {marks}, {notes}.").format(
                calls=counts[0], ratings=counts[1], marks=counts[2], notes=counts[3]
            ),
        ]
        if self.focus_titles:
            focus = "; ".join(self.focus_titles)
            lines.append(t.gettext("Focus: {behaviours}.").format(behaviours=focus))
        if self.strength_title:
            lines.append(
                t.gettext("Strength named: {behaviour}.").format(behaviour=self.strength_title)
            )
        if self.gap_title:
            lines.append(t.gettext("Gap named: {behaviour}.").format(behaviour=self.gap_title))
        if self.weakest:
            level = t.gettext("{behaviour} ({level})")
            shown = ", ".join(
                level.format(behaviour=b.title, level=t.number(b.mean_level, 1))
                for b in self.weakest
            )
            lines.append(t.gettext("Lowest rated: {behaviours}.").format(behaviours=shown))
        return lines


@dataclass(frozen=True)
class PlanContext:
    last_ride: LastRide | None
    suggestions: tuple[FocusSuggestion, ...]
    commitments: tuple[Commitment, ...]
    trainings: tuple[TrainingEvent, ...]


def _titles(store: Store, version_id: int) -> dict[str, str]:
    return {b.key: b.title for b in get_version(store, version_id).card.behaviours()}


def last_ride(store: Store, seller_id: int, exclude_ride_id: int | None = None) -> LastRide | None:
    """The seller's most recent ride that took place (status past 'planned'), or None."""
    row = records.one(
        store.db,
        """SELECT r.id, r.ride_date, r.ride_type, r.status, r.scorecard_version_id,
                  v.name AS scorecard_name,
                  d.strength_behaviour_key AS strength, d.gap_behaviour_key AS gap
           FROM rides r JOIN scorecard_versions v ON v.id = r.scorecard_version_id
           LEFT JOIN debriefs d ON d.ride_id = r.id
           WHERE r.seller_id = ? AND r.deleted_at IS NULL AND r.status != 'planned'
             AND r.conflict_of IS NULL AND r.id != coalesce(?, -1)
           ORDER BY r.ride_date DESC, r.id DESC LIMIT 1""",
        [seller_id, exclude_ride_id],
    )
    if row is None:
        return None
    ride_id = int(row["id"])
    titles = _titles(store, int(row["scorecard_version_id"]))
    counts = records.one(
        store.db,
        """SELECT (SELECT count(*) FROM calls WHERE ride_id = :r AND deleted_at IS NULL) AS calls,
                  sum(o.level IS NOT NULL) AS rated, sum(o.no_opportunity) AS no_opp,
                  (SELECT count(*) FROM quick_notes WHERE ride_id = :r AND deleted_at IS NULL)
                    AS notes
           FROM observations o JOIN calls c ON c.id = o.call_id AND c.deleted_at IS NULL
           WHERE o.ride_id = :r""",
        {"r": ride_id},  # type: ignore[arg-type]
    )
    assert counts is not None  # an aggregate always returns one row
    levels = [
        BehaviourLevel(
            r["behaviour_key"],
            titles.get(r["behaviour_key"], r["behaviour_key"]),
            float(r["mean"]),
            int(r["n"]),
        )
        for r in store.db.query(
            """SELECT o.behaviour_key, avg(o.level) AS mean, count(*) AS n
               FROM observations o JOIN calls c ON c.id = o.call_id AND c.deleted_at IS NULL
               WHERE o.ride_id = ? AND o.level IS NOT NULL
               GROUP BY o.behaviour_key ORDER BY mean, o.behaviour_key""",
            [ride_id],
        )
    ]
    focus = [
        titles.get(r["behaviour_key"], r["behaviour_key"])
        for r in store.db.query(
            "SELECT behaviour_key FROM ride_focus WHERE ride_id = ? AND deleted_at IS NULL "
            "ORDER BY position",
            [ride_id],
        )
    ]
    return LastRide(
        ride_id=ride_id,
        ride_date=row["ride_date"],
        ride_type=row["ride_type"],
        status=row["status"],
        scorecard_name=row["scorecard_name"],
        calls=int(counts["calls"] or 0),
        rated=int(counts["rated"] or 0),
        no_opportunity=int(counts["no_opp"] or 0),
        notes=int(counts["notes"] or 0),
        focus_titles=tuple(focus),
        strength_title=titles.get(row["strength"], row["strength"]) if row["strength"] else None,
        gap_title=titles.get(row["gap"], row["gap"]) if row["gap"] else None,
        weakest=tuple(levels[:WEAKEST_SHOWN]),
    )


def last_scorecard_key(store: Store, seller_id: int) -> str | None:
    """The key of the scorecard the seller's most recent ride (any status) was scored against,
    or None before their first ride: planning defaults to it."""
    row = records.one(
        store.db,
        """SELECT s.key FROM rides r
           JOIN scorecard_versions v ON v.id = r.scorecard_version_id
           JOIN scorecards s ON s.id = v.scorecard_id
           WHERE r.seller_id = ? AND r.deleted_at IS NULL
           ORDER BY r.ride_date DESC, r.id DESC LIMIT 1""",
        [seller_id],
    )
    return str(row["key"]) if row else None


def _last_gap_key(store: Store, ride_id: int) -> str | None:
    row = records.one(
        store.db, "SELECT gap_behaviour_key AS k FROM debriefs WHERE ride_id = ?", [ride_id]
    )
    return str(row["k"]) if row and row["k"] else None


def suggest_focus(
    store: Store,
    seller_id: int,
    scorecard_version_id: int,
    exclude_ride_id: int | None = None,
) -> list[FocusSuggestion]:
    """Focus behaviours proposed for the seller's next ride on this scorecard version, best first.

    Order: the gap named at the last debrief; then behaviours of open commitments (earliest due
    first); then the lowest-rated behaviours of the last ride (mean level below the top of the
    scale). Each behaviour appears once, with the first reason found; behaviours not in this
    scorecard version are skipped. At most ``MAX_SUGGESTIONS``.
    """
    card = get_version(store, scorecard_version_id).card
    titles = {b.key: b.title for b in card.behaviours()}
    top_level = max((lv.value for lv in card.scale), default=0)
    out: dict[str, FocusSuggestion] = {}

    def offer(key: str | None, reason: str) -> None:
        if key and key in titles and key not in out and len(out) < MAX_SUGGESTIONS:
            out[key] = FocusSuggestion(key, titles[key], reason)

    t = messages()
    previous = last_ride(store, seller_id, exclude_ride_id)
    if previous is not None:
        gap = t.gettext("Gap named at the {day} debrief").format(day=t.date(previous.ride_date))
        offer(_last_gap_key(store, previous.ride_id), gap)
    for c in open_commitments(store, seller_id):
        due = t.gettext("Open commitment, due {day}: verify it").format(day=t.date(c.due_date))
        offer(c.behaviour_key, due)
    if previous is not None:
        lowest = t.gettext("Lowest rated on {day} ({level})")
        for b in previous.weakest:
            if b.mean_level < top_level:
                reason = lowest.format(
                    day=t.date(previous.ride_date), level=t.number(b.mean_level, 1)
                )
                offer(b.behaviour_key, reason)
    return list(out.values())


def plan_context(
    store: Store, seller_id: int, scorecard_version_id: int, exclude_ride_id: int | None = None
) -> PlanContext:
    """Everything the plan screen shows about a seller, in one call."""
    previous = last_ride(store, seller_id, exclude_ride_id)
    since = previous.ride_date if previous else ""
    trainings = [t for t in list_trainings(store, seller_id) if t.held_on >= since]
    return PlanContext(
        last_ride=previous,
        suggestions=tuple(suggest_focus(store, seller_id, scorecard_version_id, exclude_ride_id)),
        commitments=tuple(open_commitments(store, seller_id)),
        trainings=tuple(trainings),
    )
