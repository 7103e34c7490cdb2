"""Writing rows the same way everywhere: stamps, uuids, clean text, stored dates.

Every row gets a stable ``uuid`` and UTC ``created_at``/``updated_at`` stamps here, so no module
can forget them (they are what lets data merge across laptops later). Refusals raise
:class:`~fieldride.errors.DomainError`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from fieldride.errors import DomainError
from fieldride.i18n import N_, messages
from fieldride.store.sql import StoreDb


def new_uuid() -> str:
    import uuid  # on first write, not at start-up (it imports platform and more)

    return str(uuid.uuid4())


def now_utc() -> str:
    """Current UTC time as ISO 8601 with milliseconds and a ``Z``."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def today() -> date:
    return date.today()


def parse_date(value: str | date) -> str:
    """``value`` as the ISO date the store keeps (``YYYY-MM-DD``); DomainError if it is none."""
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError as err:
        raise DomainError(
            messages().gettext("'{value}' is not a date (use YYYY-MM-DD).").format(value=value)
        ) from err


def without_nul(text: str) -> str:
    """``text`` without NUL characters and lone surrogates.

    SQLite's text functions stop at a NUL (``length('\x00')`` is 0, so a CHECK on the length
    fails with a raw IntegrityError) and a lone surrogate cannot be encoded as UTF-8 at all
    (UnicodeEncodeError). Neither carries meaning in text a person wrote.
    """
    if "\x00" in text:
        text = text.replace("\x00", "")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "ignore").decode("utf-8")
    return text


def _storable(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: without_nul(v) if isinstance(v, str) else v for k, v in values.items()}


def insert(db: StoreDb, table: str, values: Mapping[str, Any]) -> int:
    """Insert one row with fresh uuid and stamps; return its integer id."""
    stamp = now_utc()
    row = {"uuid": new_uuid(), "created_at": stamp, "updated_at": stamp, **_storable(values)}
    cols = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    cursor = db.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values()))
    return int(cursor.lastrowid or 0)


def update(db: StoreDb, table: str, row_id: int, values: Mapping[str, Any]) -> None:
    """Update columns of one row and its ``updated_at``; raise DomainError if it is gone."""
    row = {**_storable(values), "updated_at": now_utc()}
    sets = ", ".join(f"{col} = ?" for col in row)
    cursor = db.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*row.values(), row_id])
    if cursor.rowcount != 1:
        raise DomainError(messages().gettext(_GONE.get(table, _GONE_ROW)))


# What a person reads when the row an edit was for is gone (removed here or by a sync): one
# sentence per table, so each language can say it with its own noun and grammar.
_GONE_ROW = N_("That record no longer exists.")
_GONE = {
    "calls": N_("That call no longer exists."),
    "commitments": N_("That commitment no longer exists."),
    "debrief_questions": N_("That debrief question no longer exists."),
    "debriefs": N_("That debrief no longer exists."),
    "private_notes": N_("That private note no longer exists."),
    "quick_notes": N_("That quick note no longer exists."),
    "rides": N_("That ride no longer exists."),
    "scorecards": N_("That scorecard no longer exists."),
    "self_ratings": N_("That self-rating no longer exists."),
    "sellers": N_("That seller no longer exists."),
}


def one(db: StoreDb, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> dict[str, Any] | None:
    """First row of a query as a dict, or None."""
    for row in db.query(sql, params):
        return row
    return None
