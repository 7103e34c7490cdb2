"""Which manager coaches each seller, on a store holding more than one manager's rides (a
director's, after a team sync or bundles from several managers): :func:`seller_managers`.

Part of :mod:`fieldride.insights`. A manager is an author id (every ride carries the id of the
store that wrote it; a ride without one is this store's own); their name is the manager name on
their latest ride that names one. A seller belongs to the manager of their latest ride. Removed
rides and conflict copies never count. On a store with one manager's rides, or none, the answer
is empty: a lone manager's screens show no manager at all. Three grouped queries over the rides.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldride.store import Store

_LIVE = "deleted_at IS NULL AND conflict_of IS NULL"
_AUTHOR = "coalesce(author_id, (SELECT author_id FROM store_identity WHERE id = 1), '')"


@dataclass(frozen=True)
class Manager:
    author_id: str
    name: str  # '' when none of their rides names the manager
    number: int  # 1, 2, … by name then author id: a stable label when names are missing or shared


@dataclass(frozen=True)
class SellerManagers:
    """The managers whose rides this store holds (by name, then author id) and, per seller id,
    the manager of that seller's latest ride (sellers without a ride are absent)."""

    managers: tuple[Manager, ...]
    of_seller: dict[int, Manager]


def seller_managers(store: Store) -> SellerManagers:
    """See the module docstring; empty when the store holds fewer than two managers' rides."""
    authors = [
        str(r["author"])
        for r in store.db.query(f"SELECT DISTINCT {_AUTHOR} AS author FROM rides WHERE {_LIVE}")
    ]
    if len(authors) < 2:
        return SellerManagers((), {})
    # SQLite: with max(), the bare columns come from the row holding the maximum.
    names = {
        str(r["author"]): str(r["manager_name"]).strip()
        for r in store.db.query(
            f"SELECT {_AUTHOR} AS author, manager_name, max(ride_date || created_at) FROM rides "
            f"WHERE {_LIVE} AND trim(manager_name) != '' GROUP BY author"
        )
    }
    ordered = sorted(authors, key=lambda a: (names.get(a, "").casefold() or "\uffff", a))
    managers = tuple(
        Manager(author, names.get(author, ""), number)
        for number, author in enumerate(ordered, start=1)
    )
    by_author = {m.author_id: m for m in managers}
    of_seller = {
        int(r["seller_id"]): by_author[str(r["author"])]
        for r in store.db.query(
            f"SELECT seller_id, {_AUTHOR} AS author, max(ride_date || created_at) FROM rides "
            f"WHERE {_LIVE} GROUP BY seller_id"
        )
    }
    return SellerManagers(managers, of_seller)
