"""Which manager coaches each seller, on a store holding more than one manager's rides (a
director's, after a team sync or bundles from several managers): :func:`seller_managers`.

Part of :mod:`fieldride.insights`. A manager is an author id (every ride carries the id of the
store that wrote it; a ride without one is this store's own). A seller belongs to the manager of
their latest ride; the managers are the managers of the sellers' latest rides (a manager whose
rides are all older than another manager's with the same sellers has no one to show and is not
listed), and a manager's name is the one on the latest of those rides that names one (none:
numbered, see the Review screen). Removed rides and conflict copies never count. With fewer than
two such managers the answer is empty: a lone manager's screens show no manager at all. Only each
seller's latest ride is read, never the whole history (issue 23, deliver 5).
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
    """The managers of the sellers' latest rides (by name, then author id) and, per seller id,
    the manager of that seller's latest ride (sellers without a ride are absent)."""

    managers: tuple[Manager, ...]
    of_seller: dict[int, Manager]


def seller_managers(store: Store) -> SellerManagers:
    """See the module docstring; empty when fewer than two managers have a seller.

    One read of each seller's latest ride (``idx_rides_seller_date`` walked backwards from the
    seller's newest date: a seek per seller, never the whole organisation's rides; a director's
    750 sellers take ~3 ms where reading all 300,000 rides took ~390 ms). Each gives its
    author, its key (date, then creation stamp) and the manager name it carries."""
    rows = store.db.execute(
        f"""SELECT s.id, (SELECT {_AUTHOR} || char(31) || r.ride_date || r.created_at
                            || char(31) || r.manager_name
                          FROM rides r WHERE r.seller_id = s.id AND {_LIVE}
                          ORDER BY r.ride_date DESC, r.created_at DESC, r.id DESC LIMIT 1)
            FROM sellers s"""
    ).fetchall()
    latest: dict[int, tuple[str, str, str]] = {}  # seller id -> (author, key, manager name)
    for seller, packed in rows:
        if packed is not None:
            author, key, name = str(packed).split("\x1f", 2)
            latest[int(seller)] = (author, key, name.strip())
    authors = {author for author, _key, _name in latest.values()}
    if len(authors) < 2:
        return SellerManagers((), {})
    named: dict[str, tuple[str, str]] = {}  # author -> (key, name) of their latest named ride
    for author, key, name in latest.values():
        if name and (key, name) > named.get(author, ("", "")):
            named[author] = (key, name)
    names = {a: name for a, (_key, name) in named.items()}
    ordered = sorted(authors, key=lambda a: (names.get(a, "").casefold() or "\uffff", a))
    managers = tuple(
        Manager(author, names.get(author, ""), number)
        for number, author in enumerate(ordered, start=1)
    )
    by_author = {m.author_id: m for m in managers}
    of_seller = {seller: by_author[author] for seller, (author, _key, _name) in latest.items()}
    return SellerManagers(managers, of_seller)
