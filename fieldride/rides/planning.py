"""Planning a ride and changing it as a whole: plan, focus, date and type, start, remove, and
where the manager left off.

Every function commits before it returns. A locked ride (acknowledged by the seller) refuses
edits with a DomainError until it is explicitly reopened (``fieldride.debriefs.reopen_ride``).
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from fieldride.errors import DomainError
from fieldride.i18n import messages
from fieldride.rides.kinds import RIDE_TYPES
from fieldride.rides.model import (
    FOCUS_LIMIT_MESSAGE,
    MAX_FOCUS,
    Ride,
    editable_ride,
    get_ride,
)
from fieldride.scorecards.store import get_version, latest_version
from fieldride.store import Store, author_id, parse_date
from fieldride.store import rows as records


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
        raise DomainError(
            messages().gettext("Unknown ride type '{ride_type}'.").format(ride_type=ride_type)
        )
    if scorecard_version_id is None:
        if scorecard_key is None:
            raise DomainError(messages().gettext("Choose a scorecard for the ride."))
        latest = latest_version(store, scorecard_key)
        if latest is None:
            raise DomainError(
                messages()
                .gettext("No scorecard with key '{scorecard_key}'.")
                .format(scorecard_key=scorecard_key)
            )
        scorecard_version_id = latest.id
    with store.db.atomic():
        ride_id = records.insert(
            store.db,
            "rides",
            {
                "author_id": author_id(store.db),
                "seller_id": seller_id,
                "scorecard_version_id": scorecard_version_id,
                "ride_date": parse_date(ride_date),
                "ride_type": ride_type,
                "objective": objective.strip(),
                "manager_name": manager_name.strip(),
            },
        )
        _write_focus(store, ride_id, scorecard_version_id, list(focus))
    return get_ride(store, ride_id)


def _write_focus(store: Store, ride_id: int, version_id: int, keys: list[str]) -> None:
    if len(keys) > MAX_FOCUS:
        raise DomainError(messages().gettext(FOCUS_LIMIT_MESSAGE))
    if len(set(keys)) != len(keys):
        raise DomainError(messages().gettext("The same behaviour is chosen twice as a focus."))
    card = get_version(store, version_id).card
    for key in keys:
        if card.behaviour(key) is None:
            raise DomainError(
                messages()
                .gettext("'{key}' is not a behaviour of the scorecard '{name}'.")
                .format(key=key, name=card.name)
            )
    # Tombstones, not deletes: a merge must carry a removed focus (issue 21). A key chosen
    # again brings its row back, so (ride, behaviour) stays one row.
    stamp = records.now_utc()
    current = {
        r["behaviour_key"]: r
        for r in store.db.query(
            "SELECT id, behaviour_key, position, deleted_at FROM ride_focus WHERE ride_id = ?",
            [ride_id],
        )
    }
    for key, old in current.items():
        if key not in keys and old["deleted_at"] is None:
            store.db.execute(
                "UPDATE ride_focus SET deleted_at = ?, updated_at = ? WHERE id = ?",
                [stamp, stamp, old["id"]],
            )
    for position, key in enumerate(keys):
        row = current.get(key)
        if row is None:
            records.insert(
                store.db,
                "ride_focus",
                {"ride_id": ride_id, "behaviour_key": key, "position": position},
            )
        elif row["deleted_at"] is not None or row["position"] != position:
            store.db.execute(
                "UPDATE ride_focus SET deleted_at = NULL, position = ?, updated_at = ? "
                "WHERE id = ?",
                [position, stamp, row["id"]],
            )


def set_focus(store: Store, ride_id: int, keys: list[str]) -> Ride:
    """Replace the ride's focus behaviours (at most two)."""
    row = editable_ride(store, ride_id)
    ride = get_ride(store, int(row["id"]))
    with store.db.atomic():
        _write_focus(store, ride_id, ride.scorecard_version_id, keys)
        records.update(store.db, "rides", ride_id, {})
    return get_ride(store, ride_id)


def edit_ride(store: Store, ride_id: int, **fields: Any) -> Ride:
    """Change the ride's date, type, objective or manager name."""
    editable_ride(store, ride_id)
    allowed = {"ride_date", "ride_type", "objective", "manager_name"}
    if set(fields) - allowed:
        raise DomainError(
            messages()
            .gettext("Cannot change {items} of a ride.")
            .format(items=", ".join(sorted(set(fields) - allowed)))
        )
    if "ride_date" in fields:
        fields["ride_date"] = parse_date(fields["ride_date"])
    if "ride_type" in fields and fields["ride_type"] not in RIDE_TYPES:
        raise DomainError(
            messages()
            .gettext("Unknown ride type '{ride_type}'.")
            .format(ride_type=fields["ride_type"])
        )
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
    editable_ride(store, ride_id)
    store.db.execute(
        "UPDATE rides SET status = 'in_progress', updated_at = ? WHERE id = ? AND status = 'planned'",
        [records.now_utc(), ride_id],
    )
    return get_ride(store, ride_id)


def delete_ride(store: Store, ride_id: int) -> None:
    """Soft-delete a ride (kept for merges, hidden everywhere)."""
    editable_ride(store, ride_id)
    records.update(store.db, "rides", ride_id, {"deleted_at": records.now_utc()})


def save_position(
    store: Store, ride_id: int, call_id: int | None, behaviour_key: str | None
) -> None:
    """Remember where the manager is in the ride so it reopens exactly there."""
    store.db.execute(
        "UPDATE rides SET resume_call_id = ?, resume_behaviour_key = ? WHERE id = ?",
        [call_id, behaviour_key, ride_id],
    )


# A quick note typed but not entered yet is kept per ride in the local ``settings`` table (never
# exported: bundles and sync carry rides, not settings), so it survives a quit or a crash.
_NOTE_DRAFT_KEY = "note_draft/{}"


def save_note_draft(store: Store, ride_id: int, text: str) -> None:
    """Keep ``text`` as the ride's unentered quick note ('' or blanks forget it); commits."""
    key = _NOTE_DRAFT_KEY.format(ride_id)
    if text.strip():
        store.db.execute(
            "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) "
            "DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            [key, json.dumps(text), records.now_utc()],
        )
    else:
        store.db.execute("DELETE FROM settings WHERE key = ?", [key])


def note_draft(store: Store, ride_id: int) -> str:
    """The ride's unentered quick note kept by :func:`save_note_draft` ('' if none)."""
    row = records.one(
        store.db, "SELECT value FROM settings WHERE key = ?", [_NOTE_DRAFT_KEY.format(ride_id)]
    )
    value = json.loads(row["value"]) if row else ""
    return value if isinstance(value, str) else ""
