"""Observations: the rating (a level of the scale or "no opportunity") and evidence of one
behaviour on one call, and the capture screen's one-read view of a ride.

Every write is one statement and commits before it returns. Part of the rides API
(``fieldride.rides``).
"""

from __future__ import annotations

from typing import Any, NamedTuple

from fieldride.errors import DomainError
from fieldride.i18n import messages
from fieldride.rides.calls import list_calls, list_notes
from fieldride.rides.model import (
    Call,
    Observation,
    QuickNote,
    Ride,
    get_ride,
    refuse_read_only,
)
from fieldride.scorecards.model import Behaviour, Scorecard, ScorecardVersion
from fieldride.scorecards.store import get_version
from fieldride.store import Store
from fieldride.store import rows as records

# --- observations ----------------------------------------------------------------------------

_UPSERT = """
INSERT INTO observations (uuid, created_at, updated_at, call_id, ride_id, seller_id, scorecard_id,
                          behaviour_key, observed_on, level, no_opportunity, evidence)
SELECT :uuid, :now, :now, c.id, r.id, r.seller_id, v.scorecard_id, :key, r.ride_date,
       :level, :no_opp, coalesce(:evidence, '')
FROM calls c JOIN rides r ON r.id = c.ride_id
JOIN scorecard_versions v ON v.id = r.scorecard_version_id
WHERE c.id = :call_id AND r.locked = 0
ON CONFLICT (call_id, behaviour_key) DO UPDATE SET
    level = CASE WHEN :set_level THEN excluded.level ELSE level END,
    no_opportunity = CASE WHEN :set_level THEN excluded.no_opportunity ELSE no_opportunity END,
    evidence = CASE WHEN :evidence IS NULL THEN evidence ELSE excluded.evidence END,
    updated_at = excluded.updated_at
"""


def _check_rating(store: Store, call_id: int, key: str, level: int | None) -> None:
    row = records.one(
        store.db,
        """SELECT r.locked, r.id AS ride_id, r.scorecard_version_id AS vid,
                  EXISTS (SELECT 1 FROM behaviours b WHERE b.version_id = r.scorecard_version_id
                          AND b.key = :key) AS known,
                  EXISTS (SELECT 1 FROM scale_levels l WHERE l.version_id = r.scorecard_version_id
                          AND l.value = :level) AS on_scale
           FROM calls c JOIN rides r ON r.id = c.ride_id WHERE c.id = :call_id""",
        {"key": key, "level": level, "call_id": call_id},  # type: ignore[arg-type]
    )
    if row is None:
        raise DomainError(messages().gettext("That call no longer exists."))
    refuse_read_only(store, int(row["ride_id"]))
    if row["locked"]:
        raise DomainError(
            messages().gettext(
                "This ride is locked (acknowledged by the seller). Reopen it to change it."
            )
        )
    if not row["known"]:
        raise DomainError(
            messages()
            .gettext("'{key}' is not a behaviour of this ride's scorecard.")
            .format(key=key)
        )
    if level is not None and not row["on_scale"]:
        raise DomainError(
            messages()
            .gettext("{level} is not a level of this scorecard's scale.")
            .format(level=level)
        )


def set_observation(
    store: Store,
    call_id: int,
    behaviour_key: str,
    *,
    level: int | None = None,
    no_opportunity: bool = False,
    evidence: str | None = None,
    set_level: bool = True,
) -> Observation:
    """Write one observation in one statement and commit it.

    ``set_level`` False leaves level/no-opportunity as they are (for evidence-only edits);
    ``evidence`` None leaves the evidence as it is.
    """
    if no_opportunity and level is not None:
        raise DomainError(
            messages().gettext("A behaviour is either rated or marked 'no opportunity', not both.")
        )
    _check_rating(store, call_id, behaviour_key, level if set_level else None)
    store.db.execute(
        _UPSERT,
        {
            "uuid": records.new_uuid(),
            "now": records.now_utc(),
            "key": behaviour_key,
            "level": level,
            "no_opp": int(no_opportunity),
            "evidence": evidence,
            "call_id": call_id,
            "set_level": int(set_level),
        },
    )
    obs = get_observation(store, call_id, behaviour_key)
    assert obs is not None  # the statement above wrote it, and the ride is not locked
    return obs


def rate(store: Store, call_id: int, behaviour_key: str, level: int) -> Observation:
    """Rate a behaviour on a call (a level of the ride's scale)."""
    return set_observation(store, call_id, behaviour_key, level=level)


def mark_no_opportunity(store: Store, call_id: int, behaviour_key: str) -> Observation:
    """The call gave no chance to show the behaviour: never counts in any score or average."""
    return set_observation(store, call_id, behaviour_key, no_opportunity=True)


def clear_rating(store: Store, call_id: int, behaviour_key: str) -> Observation:
    return set_observation(store, call_id, behaviour_key)


def set_evidence(store: Store, call_id: int, behaviour_key: str, text: str) -> Observation:
    return set_observation(store, call_id, behaviour_key, evidence=text, set_level=False)


def _obs_from_row(row: dict[str, Any]) -> Observation:
    return Observation(
        id=int(row["id"]),
        call_id=int(row["call_id"]),
        behaviour_key=row["behaviour_key"],
        level=row["level"],
        no_opportunity=bool(row["no_opportunity"]),
        evidence=row["evidence"],
        updated_at=row["updated_at"],
    )


def get_observation(store: Store, call_id: int, behaviour_key: str) -> Observation | None:
    row = records.one(
        store.db,
        "SELECT * FROM observations WHERE call_id = ? AND behaviour_key = ?",
        [call_id, behaviour_key],
    )
    return _obs_from_row(row) if row else None


def observations_for_ride(store: Store, ride_id: int) -> list[Observation]:
    """Observations on the ride's live (not removed) calls."""
    rows = store.db.query(
        """SELECT o.* FROM observations o JOIN calls c ON c.id = o.call_id
           WHERE o.ride_id = ? AND c.deleted_at IS NULL ORDER BY c.position, o.id""",
        [ride_id],
    )
    return [_obs_from_row(r) for r in rows]


# --- the capture screen's view of a ride -----------------------------------------------------


class RideSheet(NamedTuple):
    """Everything the capture screen shows for one ride, read in one go.

    ``behaviours`` are in capture order: the ride's focus behaviours first (in focus order), then
    the rest in scorecard order. ``observations`` maps ``(call_id, behaviour_key)`` to the
    observation on a live call.
    """

    ride: Ride
    version: ScorecardVersion
    behaviours: tuple[Behaviour, ...]
    sections: dict[str, str]
    calls: tuple[Call, ...]
    observations: dict[tuple[int, str], Observation]
    notes: tuple[QuickNote, ...]


def capture_order(card: Scorecard, focus: tuple[str, ...]) -> list[Behaviour]:
    """The scorecard's behaviours with the focus behaviours first (focus order), then the rest."""
    all_b = card.behaviours()
    first = [b for key in focus for b in all_b if b.key == key]
    return first + [b for b in all_b if b.key not in focus]


def ride_sheet(store: Store, ride_id: int) -> RideSheet:
    """Load a ride for capture. Raises DomainError if the ride no longer exists."""
    ride = get_ride(store, ride_id)
    version = get_version(store, ride.scorecard_version_id)
    sections = {b.key: s.title for s in version.card.sections for b in s.behaviours}
    return RideSheet(
        ride=ride,
        version=version,
        behaviours=tuple(capture_order(version.card, ride.focus)),
        sections=sections,
        calls=tuple(list_calls(store, ride_id)),
        observations={
            (o.call_id, o.behaviour_key): o for o in observations_for_ride(store, ride_id)
        },
        notes=tuple(list_notes(store, ride_id)),
    )


def restore_observation(
    store: Store, call_id: int, behaviour_key: str, previous: Observation | None
) -> Observation:
    """Put an observation back as it was (``None``: never rated, no evidence). For undo."""
    if previous is None:
        return set_observation(store, call_id, behaviour_key, evidence="")
    return set_observation(
        store,
        call_id,
        behaviour_key,
        level=previous.level,
        no_opportunity=previous.no_opportunity,
        evidence=previous.evidence,
    )
