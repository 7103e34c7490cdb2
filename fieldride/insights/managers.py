"""Which manager coaches each seller, on a store holding more than one manager's rides (a
director's, after a team sync or bundles from several managers): :func:`seller_managers`.

Part of :mod:`fieldride.insights`. A manager is an author id (every ride carries the id of the
store that wrote it; a ride without one is this store's own); their name is the manager name on
their latest ride that names one. A seller belongs to the manager of their latest ride. Removed
rides and conflict copies never count. On a store with one manager's rides, or none, the answer
is empty: a lone manager's screens show no manager at all. One grouped read of the rides.
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
    """See the module docstring; empty when the store holds fewer than two managers' rides.

    One read of the rides, grouped by seller and manager: per group its latest ride's key
    (date, then creation stamp) and its latest ride that names the manager (that key, a unit
    separator, the name; the key holds no separator)."""
    groups = store.db.execute(
        f"SELECT seller_id, {_AUTHOR} AS author, max(ride_date || created_at), "
        "max(CASE WHEN trim(manager_name) != '' THEN ride_date || created_at || char(31) || "
        f"manager_name END) FROM rides WHERE {_LIVE} GROUP BY seller_id, author"
    ).fetchall()
    authors = {str(author) for _seller, author, _latest, _named in groups}
    if len(authors) < 2:
        return SellerManagers((), {})
    named: dict[str, str] = {}  # author -> key + separator + name of their latest named ride
    latest: dict[int, tuple[str, str]] = {}  # seller id -> (latest ride's key, author)
    for seller, author, key, name in groups:
        if name is not None and name > named.get(author, ""):
            named[author] = name
        if (key, author) > latest.get(int(seller), ("", "")):
            latest[int(seller)] = (str(key), str(author))
    names = {a: n.split("\x1f", 1)[1].strip() for a, n in named.items()}
    ordered = sorted(authors, key=lambda a: (names.get(a, "").casefold() or "\uffff", a))
    managers = tuple(
        Manager(author, names.get(author, ""), number)
        for number, author in enumerate(ordered, start=1)
    )
    by_author = {m.author_id: m for m in managers}
    of_seller = {seller: by_author[author] for seller, (_key, author) in latest.items()}
    return SellerManagers(managers, of_seller)
