"""Sellers: the people a manager coaches."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fieldride.errors import DomainError
from fieldride.store import Store
from fieldride.store import rows as records

EDITABLE = ("name", "team", "territory", "email", "notes")


@dataclass(frozen=True)
class Seller:
    id: int
    uuid: str
    name: str
    team: str = ""
    territory: str = ""
    email: str = ""
    notes: str = ""
    archived: bool = False


def _from_row(row: dict[str, Any]) -> Seller:
    return Seller(
        id=int(row["id"]),
        uuid=row["uuid"],
        name=row["name"],
        team=row["team"],
        territory=row["territory"],
        email=row["email"],
        notes=row["notes"],
        archived=row["archived_at"] is not None,
    )


MAX_NAME_LENGTH = 200  # as in the roster import; longer "names" break every layout


def _clean(fields: dict[str, Any]) -> dict[str, str]:
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise DomainError(f"Unknown seller field(s): {', '.join(sorted(unknown))}.")
    cleaned = {k: records.without_nul(str(v or "")).strip() for k, v in fields.items()}
    if "name" in cleaned and not cleaned["name"]:
        raise DomainError("A seller needs a name.")
    if len(cleaned.get("name", "")) > MAX_NAME_LENGTH:
        raise DomainError(
            f"A seller's name has at most {MAX_NAME_LENGTH} characters "
            f"(this one has {len(cleaned['name'])})."
        )
    return cleaned


def add_seller(store: Store, name: str, **fields: str) -> Seller:
    """Add a seller; raise DomainError if the name is empty."""
    values = _clean({"name": name, **fields})
    return get_seller(store, records.insert(store.db, "sellers", values))


def edit_seller(store: Store, seller_id: int, **fields: str) -> Seller:
    records.update(store.db, "sellers", seller_id, _clean(fields))
    return get_seller(store, seller_id)


def archive_seller(store: Store, seller_id: int, archived: bool = True) -> Seller:
    stamp = records.now_utc() if archived else None
    records.update(store.db, "sellers", seller_id, {"archived_at": stamp})
    return get_seller(store, seller_id)


def get_seller(store: Store, seller_id: int) -> Seller:
    row = records.one(store.db, "SELECT * FROM sellers WHERE id = ?", [seller_id])
    if row is None:
        raise DomainError("That seller no longer exists.")
    return _from_row(row)


def list_sellers(store: Store, include_archived: bool = False) -> list[Seller]:
    where = "" if include_archived else "WHERE archived_at IS NULL"
    rows = store.db.query(f"SELECT * FROM sellers {where} ORDER BY name COLLATE NOCASE")
    return [_from_row(r) for r in rows]
