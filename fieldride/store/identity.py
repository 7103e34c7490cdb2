"""This store's identity as an author of rides (issue 21).

Every store has one author id (a UUID, made by migration ``0003_mergeable``). Rides written here
carry it; a ride merged from a store with another author id is read-only here. A manager who
works on two machines (or moves to a new laptop) gives the second store the first one's id with
:func:`adopt_author_id`, so the rides are theirs on both; the same ride edited on both is then a
conflict that a merge resolves (see ``fieldride.exchange``).
"""

from __future__ import annotations

import re

from fieldride.errors import DomainError
from fieldride.i18n import messages
from fieldride.store.sql import StoreDb

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def is_uuid(text: str) -> bool:
    """``text`` is a UUID in the canonical lower-case form the store writes."""
    return bool(_UUID.match(text))


def author_id(db: StoreDb) -> str:
    """This store's author id (made on first use if the row is missing)."""
    row = db.execute("SELECT author_id FROM store_identity WHERE id = 1").fetchone()
    if row is not None:
        return str(row[0])
    from fieldride.store.rows import new_uuid, now_utc

    made = new_uuid()
    db.execute(
        "INSERT OR IGNORE INTO store_identity (id, author_id, created_at) VALUES (1, ?, ?)",
        [made, now_utc()],
    )
    return str(db.execute("SELECT author_id FROM store_identity WHERE id = 1").fetchone()[0])


def adopt_author_id(db: StoreDb, new_id: str) -> None:
    """Make ``new_id`` this store's author id; rides written here under the old id follow.

    Raises DomainError for a text that is not a UUID."""
    new_id = new_id.strip().lower()
    if not is_uuid(new_id):
        raise DomainError(
            messages()
            .gettext("'{new_id}' is not an author id (a UUID like the one 'show' prints).")
            .format(new_id=new_id)
        )
    old = author_id(db)
    with db.atomic():
        db.execute("UPDATE store_identity SET author_id = ? WHERE id = 1", [new_id])
        db.execute(
            "UPDATE rides SET author_id = ? WHERE author_id IS NULL OR author_id = ?", [new_id, old]
        )
