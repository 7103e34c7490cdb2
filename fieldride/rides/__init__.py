"""Rides, their calls, observations (ratings and evidence) and quick notes: the capture API.

Every function commits before it returns: when it returns, the edit is on disk (WAL,
synchronous=FULL) and the UI may show it as saved. A locked ride (acknowledged by the seller)
refuses edits with a DomainError until it is explicitly reopened (``debriefs.reopen_ride``).

Modules: ``model`` (kinds, records, reading rides, the edit guard :func:`editable_ride`),
``planning`` (plan, focus, start, edit, remove), ``calls`` (calls and quick notes),
``observations`` (ratings, evidence, the capture sheet).
"""

from __future__ import annotations

from fieldride.rides.calls import (
    add_call,
    add_note,
    delete_note,
    edit_call,
    edit_note,
    get_call,
    get_note,
    list_calls,
    list_notes,
    move_call,
    remove_call,
    restore_call,
)
from fieldride.rides.model import (
    CALL_KINDS,
    FOCUS_LIMIT_MESSAGE,
    MAX_FOCUS,
    RIDE_TYPES,
    STATUSES,
    Call,
    Observation,
    QuickNote,
    Ride,
    editable_ride,
    get_ride,
    list_rides,
    ride_in_progress,
)
from fieldride.rides.observations import (
    RideSheet,
    capture_order,
    clear_rating,
    get_observation,
    mark_no_opportunity,
    observations_for_ride,
    rate,
    restore_observation,
    ride_sheet,
    set_evidence,
    set_observation,
)
from fieldride.rides.planning import (
    delete_ride,
    edit_ride,
    plan_ride,
    save_position,
    set_focus,
    start_ride,
)

__all__ = [
    "CALL_KINDS",
    "FOCUS_LIMIT_MESSAGE",
    "MAX_FOCUS",
    "RIDE_TYPES",
    "STATUSES",
    "Call",
    "Observation",
    "QuickNote",
    "Ride",
    "RideSheet",
    "add_call",
    "add_note",
    "capture_order",
    "clear_rating",
    "delete_note",
    "delete_ride",
    "edit_call",
    "edit_note",
    "edit_ride",
    "editable_ride",
    "get_call",
    "get_note",
    "get_observation",
    "get_ride",
    "list_calls",
    "list_notes",
    "list_rides",
    "mark_no_opportunity",
    "move_call",
    "observations_for_ride",
    "plan_ride",
    "rate",
    "remove_call",
    "restore_call",
    "restore_observation",
    "ride_in_progress",
    "ride_sheet",
    "save_position",
    "set_evidence",
    "set_focus",
    "set_observation",
    "start_ride",
]
