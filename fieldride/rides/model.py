"""Ride records: the records the capture flow returns (named tuples), reading rides, and the
guard every edit goes through (a locked ride refuses changes). The kinds of ride, call and
status with their labels are in ``fieldride.rides.kinds``.

Part of the rides API (``fieldride.rides``).
"""

from __future__ import annotations

from typing import Any, NamedTuple

from fieldride.errors import DomainError
from fieldride.i18n import N_, Language, messages
from fieldride.rides.kinds import CALL_KINDS, RIDE_TYPES, STATUSES
from fieldride.store import Store
from fieldride.store import rows as records

MAX_FOCUS = 2
# Messages for the person at the keyboard: translated where shown (messages().gettext).
FOCUS_LIMIT_MESSAGE = N_("At most two focus behaviours: coaching everything coaches nothing.")
READ_ONLY_MESSAGE = N_(
    "This ride was written by another manager and merged into this store: it is read-only "
    "here. Only its author can change it."
)
CONFLICT_COPY_MESSAGE = N_(
    "This ride is a conflict copy: the same ride was edited on two machines, and this is the "
    "version that was not kept. It is read-only; compare it with the kept ride and carry "
    "anything missing over by hand."
)


class Ride(NamedTuple):
    id: int
    uuid: str
    seller_id: int
    seller_name: str
    scorecard_version_id: int
    scorecard_key: str
    scorecard_name: str
    scorecard_version: int
    ride_date: str
    ride_type: str
    status: str
    manager_name: str
    objective: str
    shared_at: str | None
    locked: bool
    focus: tuple[str, ...]
    resume_call_id: int | None
    resume_behaviour_key: str | None
    author_id: str | None = None
    conflict_of: str | None = None  # uuid of the ride this one is a conflict copy of
    by_other_author: bool = False  # merged from another manager's store: read-only here

    @property
    def type_label(self) -> str:
        """The ride type in the interface language (fieldride.i18n.messages)."""
        return self.type_in(messages())

    def type_in(self, t: Language) -> str:
        """The ride type in ``t`` (a document's language)."""
        return t.gettext(RIDE_TYPES.get(self.ride_type, self.ride_type))

    @property
    def read_only(self) -> bool:
        """Merged from another manager, or a conflict copy: nothing on it can be edited here."""
        return self.by_other_author or self.conflict_of is not None

    @property
    def read_only_message(self) -> str:
        """Why nothing on this ride can be edited here ('' when it can, or is only locked)."""
        if self.conflict_of is not None:
            return messages().gettext(CONFLICT_COPY_MESSAGE)
        return messages().gettext(READ_ONLY_MESSAGE) if self.by_other_author else ""

    @property
    def frozen(self) -> bool:
        """Capture and debrief take no edits: locked (acknowledged) or read-only here."""
        return self.locked or self.read_only

    @property
    def status_label(self) -> str:
        """The status in the interface language, with "shared", "conflict copy" or
        "read-only" where they apply (each combination one translatable phrase)."""
        return self.status_in(messages())

    def status_in(self, t: Language) -> str:
        """:attr:`status_label` in ``t`` (a document's language)."""
        label = t.gettext(STATUSES.get(self.status, self.status))
        if self.shared_at:
            label = t.gettext("{status}, shared").format(status=label)
        if self.conflict_of is not None:
            return t.gettext("{status} (conflict copy)").format(status=label)
        if self.by_other_author:
            return t.gettext("{status} (read-only)").format(status=label)
        return label


class Call(NamedTuple):
    id: int
    uuid: str
    ride_id: int
    position: int
    kind: str
    account: str
    contact_role: str
    objective: str
    call_time: str

    @property
    def kind_label(self) -> str:
        """The kind of call in the interface language (fieldride.i18n.messages)."""
        return messages().gettext(CALL_KINDS.get(self.kind, self.kind))

    @property
    def title(self) -> str:
        return self.title_in(messages())

    def title_in(self, lang: Language) -> str:
        """ "Customer visit: Acme · buyer" in ``lang`` (a handout's is the seller's)."""
        kind = lang.gettext(CALL_KINDS.get(self.kind, self.kind))
        who = " · ".join(x for x in (self.account, self.contact_role) if x)
        return lang.gettext("{kind}: {who}").format(kind=kind, who=who) if who else kind


class Observation(NamedTuple):
    id: int
    call_id: int
    behaviour_key: str
    level: int | None
    no_opportunity: bool
    evidence: str
    updated_at: str


class QuickNote(NamedTuple):
    id: int
    uuid: str
    ride_id: int
    call_id: int | None
    noted_at: str
    text: str


_RIDE_SQL = """
SELECT r.*, s.name AS seller_name, v.version AS scorecard_version, v.name AS scorecard_name,
       sc.key AS scorecard_key,
       (r.author_id IS NOT NULL AND r.author_id !=
            (SELECT author_id FROM store_identity WHERE id = 1)) AS by_other_author,
       (SELECT group_concat(behaviour_key, char(31)) FROM
            (SELECT behaviour_key FROM ride_focus f WHERE f.ride_id = r.id
             AND f.deleted_at IS NULL ORDER BY position)
       ) AS focus_keys
FROM rides r
JOIN sellers s ON s.id = r.seller_id
JOIN scorecard_versions v ON v.id = r.scorecard_version_id
JOIN scorecards sc ON sc.id = v.scorecard_id
"""


def _ride_from_row(row: dict[str, Any]) -> Ride:
    focus = tuple(row["focus_keys"].split("\x1f")) if row["focus_keys"] else ()
    return Ride(
        id=int(row["id"]),
        uuid=row["uuid"],
        seller_id=int(row["seller_id"]),
        seller_name=row["seller_name"],
        scorecard_version_id=int(row["scorecard_version_id"]),
        scorecard_key=row["scorecard_key"],
        scorecard_name=row["scorecard_name"],
        scorecard_version=int(row["scorecard_version"]),
        ride_date=row["ride_date"],
        ride_type=row["ride_type"],
        status=row["status"],
        manager_name=row["manager_name"],
        objective=row["objective"],
        shared_at=row["shared_at"],
        locked=bool(row["locked"]),
        focus=focus,
        resume_call_id=row["resume_call_id"],
        resume_behaviour_key=row["resume_behaviour_key"],
        author_id=row["author_id"],
        conflict_of=row["conflict_of"],
        by_other_author=bool(row["by_other_author"]),
    )


def get_ride(store: Store, ride_id: int) -> Ride:
    row = records.one(store.db, f"{_RIDE_SQL} WHERE r.id = ? AND r.deleted_at IS NULL", [ride_id])
    if row is None:
        raise DomainError(messages().gettext("That ride no longer exists."))
    return _ride_from_row(row)


def list_rides(store: Store, seller_id: int | None = None, limit: int | None = None) -> list[Ride]:
    """Rides, newest first (optionally one seller's, at most ``limit``).

    With a limit, the page of ride ids is chosen first and only its rows are joined and their
    focus read: ordering the joined rows would read every ride's focus before the limit
    applied."""
    where = "WHERE r.deleted_at IS NULL"
    params: list[Any] = []
    if seller_id is not None:
        where += " AND r.seller_id = ?"
        params.append(seller_id)
    order = "ORDER BY r.ride_date DESC, r.id DESC"
    if limit:
        page = f"SELECT r.id FROM rides r {where} {order} LIMIT {int(limit)}"
        sql = f"{_RIDE_SQL} WHERE r.id IN ({page}) {order}"
    else:
        sql = f"{_RIDE_SQL} {where} {order}"
    return [_ride_from_row(r) for r in store.db.query(sql, params)]


def ride_in_progress(store: Store) -> Ride | None:
    """The most recently touched ride that is planned or in progress (to reopen at start)."""
    row = records.one(
        store.db,
        f"{_RIDE_SQL} WHERE r.deleted_at IS NULL AND r.status = 'in_progress' "
        "ORDER BY r.updated_at DESC LIMIT 1",
    )
    return _ride_from_row(row) if row else None


def refuse_read_only(store: Store, ride_id: int) -> None:
    """DomainError (a plain message) when the ride is read-only here: merged from another
    manager's store, or a conflict copy (issue 21). Nothing else is checked."""
    row = records.one(
        store.db,
        """SELECT conflict_of, (author_id IS NOT NULL AND author_id !=
                (SELECT author_id FROM store_identity WHERE id = 1)) AS other
           FROM rides WHERE id = ?""",
        [ride_id],
    )
    if row is None:
        return
    if row["conflict_of"] is not None:
        raise DomainError(messages().gettext(CONFLICT_COPY_MESSAGE))
    if row["other"]:
        raise DomainError(messages().gettext(READ_ONLY_MESSAGE))


def editable_ride(store: Store, ride_id: int) -> dict[str, Any]:
    """The guard every edit of a ride goes through: its row (id, locked, status), or
    DomainError when the ride is gone, read-only here (another manager's, or a conflict copy)
    or locked (acknowledged by the seller)."""
    row = records.one(
        store.db,
        "SELECT id, locked, status FROM rides WHERE id = ? AND deleted_at IS NULL",
        [ride_id],
    )
    if row is None:
        raise DomainError(messages().gettext("That ride no longer exists."))
    refuse_read_only(store, ride_id)
    if row["locked"]:
        raise DomainError(
            messages().gettext(
                "This ride was acknowledged by the seller and is locked. Reopen it (with a reason) to change it."
            )
        )
    return row
