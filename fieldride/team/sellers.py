"""Sellers: the people a manager coaches.

Each seller has an organisation-wide identity, ``org_id`` (a UUID that travels between laptops:
made here for a new seller, or taken from a roster's ``org id`` column or a merged bundle).
Roster import and merges find a seller by ``org_id`` first, then by the email after
normalisation (:func:`email_key`); see :func:`find_by_identity`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from fieldride.errors import DomainError
from fieldride.i18n import SHIPPED, messages
from fieldride.store import Store
from fieldride.store import rows as records

EDITABLE = ("name", "team", "territory", "email", "notes", "language")


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
    org_id: str = ""
    # The language of this seller's handout (fieldride.i18n code); "" = the manager's.
    language: str = ""


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
        org_id=row.get("org_id") or row["uuid"],
        language=row.get("language") or "",
    )


MAX_NAME_LENGTH = 200  # as in the roster import; longer "names" break every layout


def _clean(fields: dict[str, Any]) -> dict[str, str]:
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        names = ", ".join(sorted(unknown))
        raise DomainError(
            messages()
            .ngettext(
                "Unknown seller field: {names}.", "Unknown seller fields: {names}.", len(unknown)
            )
            .format(names=names)
        )
    cleaned = {k: records.without_nul(str(v or "")).strip() for k, v in fields.items()}
    if "name" in cleaned and not cleaned["name"]:
        raise DomainError(messages().gettext("A seller needs a name."))
    if cleaned.get("language") and cleaned["language"] not in SHIPPED:
        raise DomainError(
            messages()
            .gettext("'{language}' is not a language FieldRide ships ({items}).")
            .format(language=cleaned["language"], items=", ".join(SHIPPED))
        )
    if len(cleaned.get("name", "")) > MAX_NAME_LENGTH:
        raise DomainError(
            messages()
            .gettext("A seller's name has at most {limit} characters (this one has {length}).")
            .format(limit=MAX_NAME_LENGTH, length=len(cleaned["name"]))
        )
    return cleaned


def add_seller(store: Store, name: str, **fields: str) -> Seller:
    """Add a seller; raise DomainError if the name is empty."""
    values = _clean({"name": name, **fields})
    return get_seller(
        store, records.insert(store.db, "sellers", {**values, "org_id": records.new_uuid()})
    )


def email_key(email: str) -> str:
    """An email as compared for "same person": Unicode NFC, blanks removed, case-folded."""
    return unicodedata.normalize("NFC", "".join(email.split())).casefold()


def find_by_identity(store: Store, org_id: str, email: str = "") -> Seller | None:
    """The seller with this organisation-wide id, else the one with this email (normalised,
    see :func:`email_key`) when exactly one seller has it; None otherwise. Archived sellers
    count."""
    if org_id:
        row = records.one(store.db, "SELECT * FROM sellers WHERE org_id = ?", [org_id])
        if row is not None:
            return _from_row(row)
    key = email_key(email)
    if not key:
        return None
    found = [
        _from_row(r)
        for r in store.db.query("SELECT * FROM sellers WHERE email != ''")
        if email_key(r["email"]) == key
    ]
    return found[0] if len(found) == 1 else None


def set_org_id(store: Store, seller_id: int, org_id: str) -> Seller:
    """Give the seller the organisation's id for them (from a roster or a merge). Refused when
    another seller already has that id."""
    other = records.one(
        store.db, "SELECT id, name FROM sellers WHERE org_id = ? AND id != ?", [org_id, seller_id]
    )
    if other is not None:
        raise DomainError(
            messages()
            .gettext("The organisation id {org_id} already belongs to the seller '{name}'.")
            .format(org_id=org_id, name=other["name"])
        )
    records.update(store.db, "sellers", seller_id, {"org_id": org_id})
    return get_seller(store, seller_id)


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
        raise DomainError(messages().gettext("That seller no longer exists."))
    return _from_row(row)


def list_sellers(store: Store, include_archived: bool = False) -> list[Seller]:
    where = "" if include_archived else "WHERE archived_at IS NULL"
    rows = store.db.query(f"SELECT * FROM sellers {where} ORDER BY name COLLATE NOCASE")
    return [_from_row(r) for r in rows]


def has_sellers(store: Store) -> bool:
    """True when at least one seller is not archived (a ride can be planned). Reads one row of
    the table, not the name index, so a screen can ask it on first paint, before the start-up
    check has looked at the whole file."""
    row = records.one(store.db, "SELECT 1 AS found FROM sellers WHERE archived_at IS NULL LIMIT 1")
    return row is not None


# Characters that draw nothing but make two equal-looking names differ (pasted from chats/mail).
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def name_key(name: str) -> str:
    """A name as compared for "same name": Unicode NFC, invisible (zero-width) characters
    removed, case-folded, runs of spaces made one. "José" typed with a combining accent, "ANA
    RUIZ" and "Ana\u200b Ruiz " all compare equal to their plain forms."""
    text = unicodedata.normalize("NFC", name).translate(_INVISIBLE)
    return unicodedata.normalize("NFC", " ".join(text.split()).casefold())


def same_name(store: Store, name: str, exclude_id: int | None = None) -> list[Seller]:
    """Other sellers (archived too) whose name compares equal to ``name`` (see :func:`name_key`)."""
    key = name_key(name)
    return [
        s
        for s in list_sellers(store, include_archived=True)
        if s.id != exclude_id and name_key(s.name) == key
    ]


def describe(seller: Seller) -> str:
    """What tells a seller apart from another of the same name: email, else territory/team."""
    return seller.email or " · ".join(x for x in (seller.territory, seller.team) if x)


def display_names(people: Iterable[Seller]) -> dict[int, str]:
    """Each seller's name as a list shows it: the name alone, or with :func:`describe` added
    when two sellers share it ("Ana Ruiz (ana@north.example)")."""
    people = list(people)
    counts: dict[str, int] = {}
    for s in people:
        counts[name_key(s.name)] = counts.get(name_key(s.name), 0) + 1
    out: dict[int, str] = {}
    for s in people:
        out[s.id] = told_apart(s) if counts[name_key(s.name)] > 1 else s.name
    return out


def told_apart(seller: Seller) -> str:
    """The name with what tells this seller apart from another of the same name (see
    :func:`describe`): "Ana Ruiz (ana@north.example)", "Maya Okafor (Leeds · North)"."""
    return f"{seller.name} ({describe(seller) or f'seller #{seller.id}'})"
