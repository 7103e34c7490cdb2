"""The seller's self-assessment of a ride, and how it compares with the manager's ratings.

Before the debrief the seller rates the ride's behaviours on the scorecard's scale (or "no
opportunity"): on the laptop in the seller view (``entered_on='laptop'``), or on a printed
blank scorecard that the manager types in later (``entered_on='paper'``). One rating per ride
and behaviour, for the whole ride (the seller does not rate call by call), stored in
``self_ratings``, apart from the manager's observations: nothing the manager rated changes,
and no review figure counts a self-rating as a manager's rating.

The manager's level for a behaviour on a ride is the **mean of the levels rated on its calls**
("no opportunity" and unrated calls never count), the same figure the debrief's summary, the
handout's "Level" column and every trend show. The median or the latest call were considered:
either would let the seller's gap disagree with the level printed on their own handout (a ride
rated 2, 2, 4 prints 2.7 · Proficient; a median of 2 would say the seller sits 1.0 above a
manager who, on paper, put them at 2.7). The gap is ``self − manager``: positive when the
seller rates themselves higher than the manager did, negative when lower. There is no gap when
either side has no level (unrated, or "no opportunity" only).

Recording is refused (DomainError, nothing written) on a locked ride (acknowledged: reopen it
first), a ride that is read-only here, a behaviour not on the ride's scorecard, a level not on
its scale, or a level together with "no opportunity". A cleared rating is a tombstone
(``deleted_at``); recording it again revives the same row. While a ride is reopened, each change
is written to its audit trail. Every function commits before it returns.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from fieldride.debriefs.audit import record_change
from fieldride.debriefs.summary import ride_summary
from fieldride.errors import DomainError
from fieldride.i18n import messages
from fieldride.rides import capture_order, editable_ride, get_ride, list_calls
from fieldride.scorecards.model import Behaviour, Level
from fieldride.scorecards.store import get_version
from fieldride.store import Store
from fieldride.store import rows as records

ENTERED_ON = ("laptop", "paper")


@dataclass(frozen=True)
class SelfRating:
    """The seller's own call on one behaviour of the ride."""

    behaviour_key: str
    level: int | None
    no_opportunity: bool
    entered_on: str  # 'laptop' or 'paper'
    updated_at: str


@dataclass(frozen=True)
class SelfVsManager:
    """One behaviour of a ride, the seller's own level beside the manager's.

    ``manager_level`` is the mean of the manager's call ratings (None when none was rated);
    ``manager_no_opportunity`` counts the calls the manager marked "no opportunity"."""

    key: str
    title: str
    focus: bool
    self_rating: SelfRating | None
    manager_level: float | None
    manager_ratings: int
    manager_no_opportunity: int

    @property
    def self_level(self) -> int | None:
        return self.self_rating.level if self.self_rating else None

    @property
    def gap(self) -> float | None:
        """``self − manager`` (positive: the seller rates themselves higher); None unless both
        sides gave a level."""
        if self.self_level is None or self.manager_level is None:
            return None
        return self.self_level - self.manager_level


@dataclass(frozen=True)
class SelfRatingSheet:
    """Everything the seller sees while rating their own ride, and nothing else: the ride's
    scorecard (behaviours focus first, each with what good looks like; the scale), the names of
    the ride's own calls, and the seller's own calls so far. Never a manager's rating, evidence
    or note (by construction: none is read to build it)."""

    ride_id: int
    seller_name: str
    ride_date: str
    ride_type: str
    scorecard_name: str
    scale: tuple[Level, ...]
    behaviours: tuple[Behaviour, ...]  # focus first, then scorecard order
    focus: tuple[str, ...]
    call_titles: tuple[str, ...]
    ratings: dict[str, SelfRating]
    editable: bool  # False once acknowledged (locked) or read-only here


def self_rating_sheet(store: Store, ride_id: int) -> SelfRatingSheet:
    """The seller's self-rating page for the ride. Raises DomainError if the ride is gone."""
    ride = get_ride(store, ride_id)
    card = get_version(store, ride.scorecard_version_id).card
    return SelfRatingSheet(
        ride_id=ride.id,
        seller_name=ride.seller_name,
        ride_date=ride.ride_date,
        ride_type=ride.type_label,
        scorecard_name=ride.scorecard_name,
        scale=card.scale,
        behaviours=tuple(capture_order(card, ride.focus)),
        focus=ride.focus,
        call_titles=tuple(c.title for c in list_calls(store, ride_id)),
        ratings=self_assessment(store, ride_id),
        editable=not ride.frozen,
    )


def signed_gap(gap: float | None) -> str:
    """A gap as the screens and reports print it: ``+1.5``, ``−0.5`` (a real minus sign),
    ``0.0``, or ``–`` when there is none."""
    if gap is None:
        return "–"
    if abs(gap) < 0.05:
        return "0.0"
    return f"{'+' if gap > 0 else '−'}{abs(gap):.1f}"


def _row_to_rating(row: dict[str, object]) -> SelfRating:
    level = row["level"]
    return SelfRating(
        behaviour_key=str(row["behaviour_key"]),
        level=int(level) if isinstance(level, int) else None,
        no_opportunity=bool(row["no_opportunity"]),
        entered_on=str(row["entered_on"]),
        updated_at=str(row["updated_at"]),
    )


def self_assessment(store: Store, ride_id: int) -> dict[str, SelfRating]:
    """The ride's live self-ratings by behaviour key (empty when the seller rated nothing).
    Raises DomainError if the ride is gone."""
    get_ride(store, ride_id)
    return {
        str(r["behaviour_key"]): _row_to_rating(r)
        for r in store.db.query(
            "SELECT * FROM self_ratings WHERE ride_id = ? AND deleted_at IS NULL ORDER BY id",
            [ride_id],
        )
    }


def _describe(rating: SelfRating | None) -> str:
    if rating is None:
        return "—"
    if rating.no_opportunity:
        return "no opportunity"
    return str(rating.level)


def _check(store: Store, ride_id: int, behaviour_key: str, level: int | None) -> None:
    editable_ride(store, ride_id)
    card = get_version(store, get_ride(store, ride_id).scorecard_version_id).card
    if card.behaviour(behaviour_key) is None:
        raise DomainError(
            messages()
            .gettext("'{behaviour_key}' is not a behaviour of this ride's scorecard.")
            .format(behaviour_key=behaviour_key)
        )
    if level is not None and level not in {lv.value for lv in card.scale}:
        raise DomainError(
            messages()
            .gettext("{level} is not a level of this scorecard's scale.")
            .format(level=level)
        )


def record_self_rating(
    store: Store,
    ride_id: int,
    behaviour_key: str,
    level: int | None = None,
    *,
    no_opportunity: bool = False,
    entered_on: str = "laptop",
) -> SelfRating:
    """The seller's own level for a behaviour of the ride (or ``no_opportunity``), entered on
    the laptop or from paper. Replaces the earlier call on the same behaviour. Refusals: see
    the module docstring."""
    if entered_on not in ENTERED_ON:
        raise DomainError(
            messages()
            .gettext("'{entered_on}' is not where a self-rating is entered (laptop, paper).")
            .format(entered_on=entered_on)
        )
    if no_opportunity and level is not None:
        raise DomainError(
            messages().gettext("A behaviour is either rated or marked 'no opportunity', not both.")
        )
    if level is None and not no_opportunity:
        raise DomainError(
            messages().gettext("Give a level or 'no opportunity' (clear the rating to remove it).")
        )
    _check(store, ride_id, behaviour_key, level)
    values = {"level": level, "no_opportunity": int(no_opportunity), "entered_on": entered_on}
    with store.db.atomic():
        row = records.one(
            store.db,
            "SELECT * FROM self_ratings WHERE ride_id = ? AND behaviour_key = ?",
            [ride_id, behaviour_key],
        )
        before = None if row is None or row["deleted_at"] else _row_to_rating(row)
        if row is None:
            records.insert(
                store.db,
                "self_ratings",
                {"ride_id": ride_id, "behaviour_key": behaviour_key, **values},
            )
        else:
            records.update(store.db, "self_ratings", int(row["id"]), {**values, "deleted_at": None})
        after = self_assessment(store, ride_id)[behaviour_key]
        if before is None or (before.level, before.no_opportunity) != (
            after.level,
            after.no_opportunity,
        ):
            record_change(
                store,
                ride_id,
                "self-assessment",
                f"{behaviour_key}: '{_describe(before)}' → '{_describe(after)}'",
            )
    return after


def clear_self_rating(store: Store, ride_id: int, behaviour_key: str) -> None:
    """Remove the seller's rating of a behaviour (a tombstone; nothing to clear is no error)."""
    editable_ride(store, ride_id)
    with store.db.atomic():
        row = records.one(
            store.db,
            "SELECT * FROM self_ratings WHERE ride_id = ? AND behaviour_key = ? "
            "AND deleted_at IS NULL",
            [ride_id, behaviour_key],
        )
        if row is None:
            return
        records.update(store.db, "self_ratings", int(row["id"]), {"deleted_at": records.now_utc()})
        record_change(
            store,
            ride_id,
            "self-assessment",
            f"{behaviour_key}: '{_describe(_row_to_rating(row))}' → '—'",
        )


NO_OPPORTUNITY = "no_opportunity"


def record_self_assessment(
    store: Store,
    ride_id: int,
    calls: Mapping[str, int | str | None],
    entered_on: str = "paper",
) -> dict[str, SelfRating]:
    """Several of the seller's calls at once, in one transaction (a paper sheet typed in):
    ``calls`` maps a behaviour key to a level, :data:`NO_OPPORTUNITY`, or None (cleared).
    A call equal to the one stored is left as it is (its ``entered_on`` too). All or nothing:
    one refused call (see :func:`record_self_rating`) writes none. Returns the ride's
    self-assessment after."""
    with store.db.atomic():
        current = self_assessment(store, ride_id)
        for key, call in calls.items():
            now = current.get(key)
            if call is None:
                if now is not None:
                    clear_self_rating(store, ride_id, key)
                continue
            no_opp = call == NO_OPPORTUNITY
            if not no_opp and not isinstance(call, int):
                raise DomainError(
                    messages()
                    .gettext("'{call}' is not a level or 'no opportunity'.")
                    .format(call=call)
                )
            level = None if no_opp else int(call)
            if now is not None and (now.level, now.no_opportunity) == (level, no_opp):
                continue
            record_self_rating(
                store, ride_id, key, level, no_opportunity=no_opp, entered_on=entered_on
            )
    return self_assessment(store, ride_id)


def self_and_manager(store: Store, ride_id: int) -> tuple[SelfVsManager, ...]:
    """Every behaviour of the ride's scorecard (focus first, then scorecard order) with the
    seller's own rating and the manager's mean level (see the module docstring for why the
    mean). Raises DomainError if the ride is gone."""
    summary = ride_summary(store, ride_id)
    own = self_assessment(store, ride_id)
    return tuple(
        SelfVsManager(
            key=b.key,
            title=b.title,
            focus=b.focus,
            self_rating=own.get(b.key),
            manager_level=b.mean_level,
            manager_ratings=b.rated,
            manager_no_opportunity=b.no_opportunity,
        )
        for b in summary.behaviours
    )
