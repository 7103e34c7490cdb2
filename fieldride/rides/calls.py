"""Calls (customer interactions or other artifacts) of a ride, and quick timestamped notes.

Every function commits before it returns. Part of the rides API (``fieldride.rides``).
"""

from __future__ import annotations

from typing import Any

from fieldride.errors import DomainError
from fieldride.i18n import messages
from fieldride.rides.kinds import CALL_KINDS
from fieldride.rides.model import Call, QuickNote, editable_ride
from fieldride.store import Store
from fieldride.store import rows as records

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
        raise DomainError(messages().gettext("That call no longer exists."))
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
        raise DomainError(messages().gettext("Unknown kind of call '{kind}'.").format(kind=kind))
    editable_ride(store, ride_id)
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
    editable_ride(store, call.ride_id)
    allowed = {"kind", "account", "contact_role", "objective", "call_time"}
    if set(fields) - allowed:
        raise DomainError(
            messages()
            .gettext("Cannot change {items} of a call.")
            .format(items=", ".join(sorted(set(fields) - allowed)))
        )
    if "kind" in fields and fields["kind"] not in CALL_KINDS:
        raise DomainError(
            messages().gettext("Unknown kind of call '{kind}'.").format(kind=fields["kind"])
        )
    records.update(store.db, "calls", call_id, {k: v.strip() for k, v in fields.items()})
    return get_call(store, call_id)


def move_call(store: Store, call_id: int, new_index: int) -> list[Call]:
    """Move a call to ``new_index`` in its ride's order; return the new order."""
    call = get_call(store, call_id)
    editable_ride(store, call.ride_id)
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
    editable_ride(store, call.ride_id)
    records.update(store.db, "calls", call_id, {"deleted_at": records.now_utc()})


def restore_call(store: Store, call_id: int) -> Call:
    call = get_call(store, call_id)
    editable_ride(store, call.ride_id)
    records.update(store.db, "calls", call_id, {"deleted_at": None})
    return call


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
        raise DomainError(messages().gettext("A note needs some text."))
    editable_ride(store, ride_id)
    note_id = records.insert(
        store.db,
        "quick_notes",
        {"ride_id": ride_id, "call_id": call_id, "noted_at": records.now_utc(), "text": text},
    )
    return get_note(store, note_id)


def get_note(store: Store, note_id: int) -> QuickNote:
    row = records.one(store.db, "SELECT * FROM quick_notes WHERE id = ?", [note_id])
    if row is None:
        raise DomainError(messages().gettext("That note no longer exists."))
    return _note_from_row(row)


def edit_note(store: Store, note_id: int, text: str) -> QuickNote:
    note = get_note(store, note_id)
    editable_ride(store, note.ride_id)
    records.update(store.db, "quick_notes", note_id, {"text": text})
    return get_note(store, note_id)


def delete_note(store: Store, note_id: int, deleted: bool = True) -> None:
    """Remove (or, with ``deleted=False``, bring back) a quick note."""
    note = get_note(store, note_id)
    editable_ride(store, note.ride_id)
    records.update(
        store.db, "quick_notes", note_id, {"deleted_at": records.now_utc() if deleted else None}
    )


def list_notes(store: Store, ride_id: int) -> list[QuickNote]:
    rows = store.db.query(
        "SELECT * FROM quick_notes WHERE ride_id = ? AND deleted_at IS NULL ORDER BY noted_at, id",
        [ride_id],
    )
    return [_note_from_row(r) for r in rows]
