"""Co-rides: a second rater on the same ride (issue 22, deliver 2).

A director (or a peer) co-riding on their own laptop plans a ride of their own for the same
seller and links it to the original ride: ``rides.co_ride_of`` holds the original's uuid. The
link travels with the co-ride (bundles, sync), so whichever laptop holds both rides pairs them.

Why an explicit link and not a match on seller, date and calls: two raters type accounts and
call times differently, add calls in a different order or skip one, and a seller may be ridden
with twice on one day; a guessed match would silently compare the wrong work. The link is made
once, by the person who knows (the co-rider), from a short list of candidates (the same seller,
within a few days, written by another manager, same scorecard): :func:`co_ride_candidates`.
The original can have arrived before the ride (a planned ride synced to the director) or after
it (linked when it arrives).

Calls are paired by their order in each ride (the first live call with the first, and so on);
the calls one rater has and the other does not are counted, not compared. Behaviours are
compared on the keys both scorecard versions have, titled from the original's scorecard.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from fieldride.calibration.agreement import Agreement, RatingPair, agreement
from fieldride.errors import DomainError
from fieldride.i18n import messages
from fieldride.rides import Ride, get_ride, list_calls, observations_for_ride, refuse_read_only
from fieldride.scorecards.store import get_version
from fieldride.store import Store, author_id
from fieldride.store import rows as records

CANDIDATE_DAYS = 3  # how far apart (in days) a ride may be from its co-ride


@dataclass(frozen=True)
class CoRideComparison:
    """The original ride and its co-ride, rated by two people; ``agreement``'s first rater is
    the original's (lean > 0: the original's rater rates higher than the co-rider)."""

    original: Ride
    co_ride: Ride
    calls_compared: int
    original_calls: int
    co_ride_calls: int
    agreement: Agreement


def co_ride_of(store: Store, ride_id: int) -> str | None:
    """The uuid of the ride this one is a co-ride of (None when it is not one)."""
    row = records.one(store.db, "SELECT co_ride_of FROM rides WHERE id = ?", [ride_id])
    return None if row is None else row["co_ride_of"]


def _live_ride_id(store: Store, ride_uuid: str) -> int | None:
    row = records.one(
        store.db,
        "SELECT id FROM rides WHERE uuid = ? AND deleted_at IS NULL AND conflict_of IS NULL",
        [ride_uuid],
    )
    return None if row is None else int(row["id"])


def co_ride_candidates(store: Store, ride_id: int) -> list[Ride]:
    """Rides this one could be a co-ride of: the same seller, within :data:`CANDIDATE_DAYS`
    days, the same scorecard, written by another manager, not removed, not a conflict copy and
    not a co-ride themselves; nearest date first."""
    ride = get_ride(store, ride_id)
    day = date.fromisoformat(ride.ride_date)
    rows = store.db.query(
        """SELECT r.id FROM rides r
           JOIN scorecard_versions v ON v.id = r.scorecard_version_id
           JOIN scorecard_versions mine ON mine.id = ?
           WHERE r.seller_id = ? AND r.id != ? AND r.deleted_at IS NULL
             AND r.conflict_of IS NULL AND r.co_ride_of IS NULL
             AND v.scorecard_id = mine.scorecard_id
             AND r.ride_date BETWEEN ? AND ?
             AND coalesce(r.author_id, ?) != coalesce(?, ?)""",
        [
            ride.scorecard_version_id,
            ride.seller_id,
            ride_id,
            (day - timedelta(days=CANDIDATE_DAYS)).isoformat(),
            (day + timedelta(days=CANDIDATE_DAYS)).isoformat(),
            author_id(store.db),
            ride.author_id,
            author_id(store.db),
        ],
    )
    found = [get_ride(store, int(r["id"])) for r in rows]
    return sorted(found, key=lambda r: (abs((date.fromisoformat(r.ride_date) - day).days), r.id))


def link_co_ride(store: Store, ride_id: int, original_uuid: str | None) -> None:
    """Make this ride (written here) a co-ride of the ride ``original_uuid`` (None: undo the
    link). The original must be one of :func:`co_ride_candidates`. Allowed on a locked ride:
    the link is not part of what the seller acknowledged. Commits before it returns."""
    get_ride(store, ride_id)
    refuse_read_only(store, ride_id)
    if original_uuid is not None:
        allowed = {r.uuid for r in co_ride_candidates(store, ride_id)}
        if original_uuid not in allowed:
            raise DomainError(
                messages()
                .gettext(
                    "That ride cannot be paired with this one: a co-ride is the same seller, within {CANDIDATE_DAYS} days, on the same scorecard, rated by another manager."
                )
                .format(CANDIDATE_DAYS=CANDIDATE_DAYS)
            )
    store.db.execute(
        "UPDATE rides SET co_ride_of = ?, updated_at = ? WHERE id = ?",
        [original_uuid, records.now_utc(), ride_id],
    )


def co_ride_partner(store: Store, ride_id: int) -> tuple[int, int] | None:
    """(original ride id, co-ride id) when this ride is either side of a co-ride pair whose
    other side is here; None otherwise. Of several co-rides of one ride, the first linked."""
    row = records.one(store.db, "SELECT uuid, co_ride_of FROM rides WHERE id = ?", [ride_id])
    if row is None:
        return None
    if row["co_ride_of"]:
        original = _live_ride_id(store, row["co_ride_of"])
        return None if original is None else (original, ride_id)
    other = records.one(
        store.db,
        "SELECT id FROM rides WHERE co_ride_of = ? AND deleted_at IS NULL "
        "AND conflict_of IS NULL ORDER BY created_at, id LIMIT 1",
        [row["uuid"]],
    )
    return None if other is None else (ride_id, int(other["id"]))


def _levels(store: Store, ride_id: int) -> list[dict[str, int | None]]:
    """Per live call in order: behaviour key -> level (None: no opportunity or not rated)."""
    calls = list_calls(store, ride_id)
    by_call: dict[int, dict[str, int | None]] = {c.id: {} for c in calls}
    for o in observations_for_ride(store, ride_id):
        if o.call_id in by_call:
            by_call[o.call_id][o.behaviour_key] = o.level
    return [by_call[c.id] for c in calls]


def compare_co_ride(store: Store, ride_id: int) -> CoRideComparison | None:
    """The comparison of the co-ride pair this ride belongs to (None when it has no partner
    here). See the module docstring for how calls and behaviours are paired."""
    pair = co_ride_partner(store, ride_id)
    if pair is None:
        return None
    original, co_ride = get_ride(store, pair[0]), get_ride(store, pair[1])
    first_card = get_version(store, original.scorecard_version_id).card
    second_keys = {
        b.key for b in get_version(store, co_ride.scorecard_version_id).card.behaviours()
    }
    behaviours = [(b.key, b.title) for b in first_card.behaviours() if b.key in second_keys]
    first_calls, second_calls = _levels(store, original.id), _levels(store, co_ride.id)
    pairs = [
        RatingPair(key, a.get(key), b.get(key))
        for a, b in zip(first_calls, second_calls, strict=False)
        for key, _title in behaviours
    ]
    return CoRideComparison(
        original=original,
        co_ride=co_ride,
        calls_compared=min(len(first_calls), len(second_calls)),
        original_calls=len(first_calls),
        co_ride_calls=len(second_calls),
        agreement=agreement(pairs, behaviours),
    )
