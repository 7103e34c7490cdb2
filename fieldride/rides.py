"""Rides, their calls, observations (ratings and evidence) and quick notes.

Every function commits before it returns: when it returns, the edit is on disk (WAL,
synchronous=FULL) and the UI may show it as saved. A locked ride (acknowledged by the seller)
refuses edits with a DomainError until it is explicitly reopened (see ``debriefs.reopen_ride``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from fieldride import records
from fieldride.db import Store
from fieldride.records import DomainError
from fieldride.scorecards.model import Behaviour, Scorecard, ScorecardVersion
from fieldride.scorecards.store import get_version, latest_version

RIDE_TYPES: dict[str, str] = {
    "field_ride": "Field ride",
    "side_by_side": "Side-by-side",
    "call_listening": "Call listening",
    "virtual": "Virtual ride",
    "deal_review": "Deal or account review",
}
CALL_KINDS: dict[str, str] = {
    "visit": "Customer visit",
    "phone_call": "Phone call",
    "email": "Email",
    "account_plan": "Account plan",
    "opportunity_notes": "Opportunity notes",
}
STATUSES: dict[str, str] = {
    "planned": "Planned",
    "in_progress": "In progress",
    "debriefed": "Debriefed",
    "acknowledged": "Acknowledged",
}
MAX_FOCUS = 2
FOCUS_LIMIT_MESSAGE = "At most two focus behaviours: coaching everything coaches nothing."


@dataclass(frozen=True)
class Ride:
    id: int
    uuid: str
    seller_id: int
    seller_name: str
    scorecard_version_id: int
    scorecard_key: str
    scorecard_name: str
    scorecard_version: int
    ride_date: str
    ride_type: str
    status: str
    manager_name: str
    objective: str
    shared_at: str | None
    locked: bool
    focus: tuple[str, ...]
    resume_call_id: int | None
    resume_behaviour_key: str | None

    @property
    def type_label(self) -> str:
        return RIDE_TYPES.get(self.ride_type, self.ride_type)

    @property
    def status_label(self) -> str:
        label = STATUSES.get(self.status, self.status)
        return f"{label}, shared" if self.shared_at else label


@dataclass(frozen=True)
class Call:
    id: int
    uuid: str
    ride_id: int
    position: int
    kind: str
    account: str
    contact_role: str
    objective: str
    call_time: str

    @property
    def kind_label(self) -> str:
        return CALL_KINDS.get(self.kind, self.kind)

    @property
    def title(self) -> str:
        who = " · ".join(x for x in (self.account, self.contact_role) if x)
        return f"{self.kind_label}: {who}" if who else self.kind_label


@dataclass(frozen=True)
class Observation:
    id: int
    call_id: int
    behaviour_key: str
    level: int | None
    no_opportunity: bool
    evidence: str
    updated_at: str


@dataclass(frozen=True)
class QuickNote:
    id: int
    uuid: str
    ride_id: int
    call_id: int | None
    noted_at: str
    text: str


_RIDE_SQL = """
SELECT r.*, s.name AS seller_name, v.version AS scorecard_version, v.name AS scorecard_name,
       sc.key AS scorecard_key,
       (SELECT group_concat(behaviour_key, char(31)) FROM
            (SELECT behaviour_key FROM ride_focus f WHERE f.ride_id = r.id ORDER BY position)
       ) AS focus_keys
FROM rides r
JOIN sellers s ON s.id = r.seller_id
JOIN scorecard_versions v ON v.id = r.scorecard_version_id
JOIN scorecards sc ON sc.id = v.scorecard_id
"""


def _ride_from_row(row: dict[str, Any]) -> Ride:
    focus = tuple(row["focus_keys"].split("\x1f")) if row["focus_keys"] else ()
    return Ride(
        id=int(row["id"]),
        uuid=row["uuid"],
        seller_id=int(row["seller_id"]),
        seller_name=row["seller_name"],
        scorecard_version_id=int(row["scorecard_version_id"]),
        scorecard_key=row["scorecard_key"],
        scorecard_name=row["scorecard_name"],
        scorecard_version=int(row["scorecard_version"]),
        ride_date=row["ride_date"],
        ride_type=row["ride_type"],
        status=row["status"],
        manager_name=row["manager_name"],
        objective=row["objective"],
        shared_at=row["shared_at"],
        locked=bool(row["locked"]),
        focus=focus,
        resume_call_id=row["resume_call_id"],
        resume_behaviour_key=row["resume_behaviour_key"],
    )


def get_ride(store: Store, ride_id: int) -> Ride:
    row = records.one(store.db, f"{_RIDE_SQL} WHERE r.id = ? AND r.deleted_at IS NULL", [ride_id])
    if row is None:
        raise DomainError("That ride no longer exists.")
    return _ride_from_row(row)


def list_rides(store: Store, seller_id: int | None = None, limit: int | None = None) -> list[Ride]:
    """Rides, newest first (optionally one seller's)."""
    where = "WHERE r.deleted_at IS NULL"
    params: list[Any] = []
    if seller_id is not None:
        where += " AND r.seller_id = ?"
        params.append(seller_id)
    tail = f" LIMIT {int(limit)}" if limit else ""
    rows = store.db.query(f"{_RIDE_SQL} {where} ORDER BY r.ride_date DESC, r.id DESC{tail}", params)
    return [_ride_from_row(r) for r in rows]


def ride_in_progress(store: Store) -> Ride | None:
    """The most recently touched ride that is planned or in progress (to reopen at start)."""
    row = records.one(
        store.db,
        f"{_RIDE_SQL} WHERE r.deleted_at IS NULL AND r.status = 'in_progress' "
        "ORDER BY r.updated_at DESC LIMIT 1",
    )
    return _ride_from_row(row) if row else None


def _editable(store: Store, ride_id: int) -> dict[str, Any]:
    row = records.one(
        store.db,
        "SELECT id, locked, status FROM rides WHERE id = ? AND deleted_at IS NULL",
        [ride_id],
    )
    if row is None:
        raise DomainError("That ride no longer exists.")
    if row["locked"]:
        raise DomainError(
            "This ride was acknowledged by the seller and is locked. Reopen it (with a reason) "
            "to change it."
        )
    return row


def _parse_date(value: str | date) -> str:
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError as err:
        raise DomainError(f"'{value}' is not a date (use YYYY-MM-DD).") from err


def plan_ride(
    store: Store,
    seller_id: int,
    ride_date: str | date,
    ride_type: str = "field_ride",
    scorecard_key: str | None = None,
    scorecard_version_id: int | None = None,
    focus: list[str] | tuple[str, ...] = (),
    objective: str = "",
    manager_name: str = "",
) -> Ride:
    """Plan a ride against a scorecard version (the latest one of ``scorecard_key`` by default).

    Raises DomainError for an unknown ride type, scorecard or behaviour, or more than two focus
    behaviours. One transaction: a refused plan leaves nothing behind.
    """
    if ride_type not in RIDE_TYPES:
        raise DomainError(f"Unknown ride type '{ride_type}'.")
    if scorecard_version_id is None:
        if scorecard_key is None:
            raise DomainError("Choose a scorecard for the ride.")
        latest = latest_version(store, scorecard_key)
        if latest is None:
            raise DomainError(f"No scorecard with key '{scorecard_key}'.")
        scorecard_version_id = latest.id
    with store.db.atomic():
        ride_id = records.insert(
            store.db,
            "rides",
            {
                "seller_id": seller_id,
                "scorecard_version_id": scorecard_version_id,
                "ride_date": _parse_date(ride_date),
                "ride_type": ride_type,
                "objective": objective.strip(),
                "manager_name": manager_name.strip(),
            },
        )
        _write_focus(store, ride_id, scorecard_version_id, list(focus))
    return get_ride(store, ride_id)


def _write_focus(store: Store, ride_id: int, version_id: int, keys: list[str]) -> None:
    if len(keys) > MAX_FOCUS:
        raise DomainError(FOCUS_LIMIT_MESSAGE)
    if len(set(keys)) != len(keys):
        raise DomainError("The same behaviour is chosen twice as a focus.")
    card = get_version(store, version_id).card
    for key in keys:
        if card.behaviour(key) is None:
            raise DomainError(f"'{key}' is not a behaviour of the scorecard '{card.name}'.")
    store.db.execute("DELETE FROM ride_focus WHERE ride_id = ?", [ride_id])
    for position, key in enumerate(keys):
        records.insert(
            store.db, "ride_focus", {"ride_id": ride_id, "behaviour_key": key, "position": position}
        )


def set_focus(store: Store, ride_id: int, keys: list[str]) -> Ride:
    """Replace the ride's focus behaviours (at most two)."""
    row = _editable(store, ride_id)
    ride = get_ride(store, int(row["id"]))
    with store.db.atomic():
        _write_focus(store, ride_id, ride.scorecard_version_id, keys)
        records.update(store.db, "rides", ride_id, {})
    return get_ride(store, ride_id)


def edit_ride(store: Store, ride_id: int, **fields: Any) -> Ride:
    """Change the ride's date, type, objective or manager name."""
    _editable(store, ride_id)
    allowed = {"ride_date", "ride_type", "objective", "manager_name"}
    if set(fields) - allowed:
        raise DomainError(f"Cannot change {', '.join(sorted(set(fields) - allowed))} of a ride.")
    if "ride_date" in fields:
        fields["ride_date"] = _parse_date(fields["ride_date"])
    if "ride_type" in fields and fields["ride_type"] not in RIDE_TYPES:
        raise DomainError(f"Unknown ride type '{fields['ride_type']}'.")
    with store.db.atomic():
        records.update(store.db, "rides", ride_id, fields)
        if "ride_date" in fields:
            store.db.execute(
                "UPDATE observations SET observed_on = ? WHERE ride_id = ?",
                [fields["ride_date"], ride_id],
            )
    return get_ride(store, ride_id)


def start_ride(store: Store, ride_id: int) -> Ride:
    """Move a planned ride to 'in progress' (no-op if it is already further)."""
    _editable(store, ride_id)
    store.db.execute(
        "UPDATE rides SET status = 'in_progress', updated_at = ? WHERE id = ? AND status = 'planned'",
        [records.now_utc(), ride_id],
    )
    return get_ride(store, ride_id)


def delete_ride(store: Store, ride_id: int) -> None:
    """Soft-delete a ride (kept for merges, hidden everywhere)."""
    _editable(store, ride_id)
    records.update(store.db, "rides", ride_id, {"deleted_at": records.now_utc()})


def save_position(
    store: Store, ride_id: int, call_id: int | None, behaviour_key: str | None
) -> None:
    """Remember where the manager is in the ride so it reopens exactly there."""
    store.db.execute(
        "UPDATE rides SET resume_call_id = ?, resume_behaviour_key = ? WHERE id = ?",
        [call_id, behaviour_key, ride_id],
    )


# --- calls -----------------------------------------------------------------------------------


def _call_from_row(row: dict[str, Any]) -> Call:
    return Call(
        id=int(row["id"]),
        uuid=row["uuid"],
        ride_id=int(row["ride_id"]),
        position=int(row["position"]),
        kind=row["kind"],
        account=row["account"],
        contact_role=row["contact_role"],
        objective=row["objective"],
        call_time=row["call_time"],
    )


def list_calls(store: Store, ride_id: int) -> list[Call]:
    rows = store.db.query(
        "SELECT * FROM calls WHERE ride_id = ? AND deleted_at IS NULL ORDER BY position, id",
        [ride_id],
    )
    return [_call_from_row(r) for r in rows]


def get_call(store: Store, call_id: int) -> Call:
    row = records.one(store.db, "SELECT * FROM calls WHERE id = ?", [call_id])
    if row is None:
        raise DomainError("That call no longer exists.")
    return _call_from_row(row)


def add_call(
    store: Store,
    ride_id: int,
    kind: str = "visit",
    account: str = "",
    contact_role: str = "",
    objective: str = "",
    call_time: str = "",
) -> Call:
    """Add a call (or artifact) at the end of the ride; the ride moves to 'in progress'."""
    if kind not in CALL_KINDS:
        raise DomainError(f"Unknown kind of call '{kind}'.")
    _editable(store, ride_id)
    with store.db.atomic():
        pos = records.one(
            store.db,
            "SELECT coalesce(max(position), -1) + 1 AS p FROM calls WHERE ride_id = ?",
            [ride_id],
        )
        call_id = records.insert(
            store.db,
            "calls",
            {
                "ride_id": ride_id,
                "position": int(pos["p"]) if pos else 0,
                "kind": kind,
                "account": account.strip(),
                "contact_role": contact_role.strip(),
                "objective": objective.strip(),
                "call_time": call_time.strip(),
            },
        )
        store.db.execute(
            "UPDATE rides SET status = 'in_progress', updated_at = ? "
            "WHERE id = ? AND status = 'planned'",
            [records.now_utc(), ride_id],
        )
    return get_call(store, call_id)


def edit_call(store: Store, call_id: int, **fields: str) -> Call:
    call = get_call(store, call_id)
    _editable(store, call.ride_id)
    allowed = {"kind", "account", "contact_role", "objective", "call_time"}
    if set(fields) - allowed:
        raise DomainError(f"Cannot change {', '.join(sorted(set(fields) - allowed))} of a call.")
    if "kind" in fields and fields["kind"] not in CALL_KINDS:
        raise DomainError(f"Unknown kind of call '{fields['kind']}'.")
    records.update(store.db, "calls", call_id, {k: v.strip() for k, v in fields.items()})
    return get_call(store, call_id)


def move_call(store: Store, call_id: int, new_index: int) -> list[Call]:
    """Move a call to ``new_index`` in its ride's order; return the new order."""
    call = get_call(store, call_id)
    _editable(store, call.ride_id)
    calls = [c for c in list_calls(store, call.ride_id) if c.id != call_id]
    new_index = max(0, min(new_index, len(calls)))
    calls.insert(new_index, call)
    stamp = records.now_utc()
    with store.db.atomic():
        for pos, c in enumerate(calls):
            store.db.execute(
                "UPDATE calls SET position = ?, updated_at = ? WHERE id = ?", [pos, stamp, c.id]
            )
    return list_calls(store, call.ride_id)


def remove_call(store: Store, call_id: int) -> None:
    """Remove a call (soft: ``restore_call`` brings it back with its observations, for undo)."""
    call = get_call(store, call_id)
    _editable(store, call.ride_id)
    records.update(store.db, "calls", call_id, {"deleted_at": records.now_utc()})


def restore_call(store: Store, call_id: int) -> Call:
    call = get_call(store, call_id)
    _editable(store, call.ride_id)
    records.update(store.db, "calls", call_id, {"deleted_at": None})
    return call


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
        """SELECT r.locked, r.scorecard_version_id AS vid,
                  EXISTS (SELECT 1 FROM behaviours b WHERE b.version_id = r.scorecard_version_id
                          AND b.key = :key) AS known,
                  EXISTS (SELECT 1 FROM scale_levels l WHERE l.version_id = r.scorecard_version_id
                          AND l.value = :level) AS on_scale
           FROM calls c JOIN rides r ON r.id = c.ride_id WHERE c.id = :call_id""",
        {"key": key, "level": level, "call_id": call_id},  # type: ignore[arg-type]
    )
    if row is None:
        raise DomainError("That call no longer exists.")
    if row["locked"]:
        raise DomainError(
            "This ride is locked (acknowledged by the seller). Reopen it to change it."
        )
    if not row["known"]:
        raise DomainError(f"'{key}' is not a behaviour of this ride's scorecard.")
    if level is not None and not row["on_scale"]:
        raise DomainError(f"{level} is not a level of this scorecard's scale.")


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
        raise DomainError("A behaviour is either rated or marked 'no opportunity', not both.")
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


# --- quick notes -----------------------------------------------------------------------------


def _note_from_row(row: dict[str, Any]) -> QuickNote:
    return QuickNote(
        id=int(row["id"]),
        uuid=row["uuid"],
        ride_id=int(row["ride_id"]),
        call_id=row["call_id"],
        noted_at=row["noted_at"],
        text=row["text"],
    )


def add_note(store: Store, ride_id: int, text: str, call_id: int | None = None) -> QuickNote:
    """Add a timestamped quick note to the ride (optionally tied to a call)."""
    if not text.strip():
        raise DomainError("A note needs some text.")
    _editable(store, ride_id)
    note_id = records.insert(
        store.db,
        "quick_notes",
        {"ride_id": ride_id, "call_id": call_id, "noted_at": records.now_utc(), "text": text},
    )
    return get_note(store, note_id)


def get_note(store: Store, note_id: int) -> QuickNote:
    row = records.one(store.db, "SELECT * FROM quick_notes WHERE id = ?", [note_id])
    if row is None:
        raise DomainError("That note no longer exists.")
    return _note_from_row(row)


def edit_note(store: Store, note_id: int, text: str) -> QuickNote:
    note = get_note(store, note_id)
    _editable(store, note.ride_id)
    records.update(store.db, "quick_notes", note_id, {"text": text})
    return get_note(store, note_id)


def delete_note(store: Store, note_id: int, deleted: bool = True) -> None:
    """Remove (or, with ``deleted=False``, bring back) a quick note."""
    note = get_note(store, note_id)
    _editable(store, note.ride_id)
    records.update(
        store.db, "quick_notes", note_id, {"deleted_at": records.now_utc() if deleted else None}
    )


def list_notes(store: Store, ride_id: int) -> list[QuickNote]:
    rows = store.db.query(
        "SELECT * FROM quick_notes WHERE ride_id = ? AND deleted_at IS NULL ORDER BY noted_at, id",
        [ride_id],
    )
    return [_note_from_row(r) for r in rows]


# --- the capture screen's view of a ride -----------------------------------------------------


@dataclass(frozen=True)
class RideSheet:
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
