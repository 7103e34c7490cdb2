"""Commitments (follow-up applications) and their verification at the next ride.

A commitment belongs to the seller, comes from a ride, is tied to a behaviour and has a due date
(default: the date of the next planned ride with this seller, else two weeks after the ride).
At a later ride each open commitment is verified: applied / partly / not yet close it; "no
opportunity" leaves it open, and so does not verifying it at all: it carries over.

Follow-through rate = commitments verified as applied / commitments verified (applied, partly or
not yet). "No opportunity" never counts, like in ratings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from fieldride import records
from fieldride.db import Store
from fieldride.records import DomainError
from fieldride.rides import _editable, _parse_date, get_ride
from fieldride.scorecards.store import get_version

OUTCOMES: dict[str, str] = {
    "applied": "Applied",
    "partly": "Partly",
    "not_yet": "Not yet",
    "no_opportunity": "No opportunity",
}
CLOSING_OUTCOMES = ("applied", "partly", "not_yet")
DEFAULT_DUE_DAYS = 14


@dataclass(frozen=True)
class Verification:
    ride_id: int
    outcome: str
    evidence: str
    verified_on: str

    @property
    def outcome_label(self) -> str:
        return OUTCOMES[self.outcome]


@dataclass(frozen=True)
class Commitment:
    id: int
    uuid: str
    seller_id: int
    seller_name: str
    ride_id: int
    ride_date: str
    behaviour_key: str
    text: str
    due_date: str
    status: str
    verifications: tuple[Verification, ...]

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    def is_overdue(self, today: date | None = None) -> bool:
        return self.is_open and self.due_date < (today or records.today()).isoformat()

    @property
    def last_verification(self) -> Verification | None:
        return self.verifications[-1] if self.verifications else None


@dataclass(frozen=True)
class FollowThrough:
    applied: int
    verified: int

    @property
    def rate(self) -> float | None:
        """Applied / verified, or None when nothing was verified yet (not zero)."""
        return self.applied / self.verified if self.verified else None


_SQL = """
SELECT c.*, s.name AS seller_name, r.ride_date AS ride_date FROM commitments c
JOIN sellers s ON s.id = c.seller_id JOIN rides r ON r.id = c.ride_id
WHERE c.deleted_at IS NULL AND r.deleted_at IS NULL
"""


def _load(store: Store, where: str, params: list[Any]) -> list[Commitment]:
    rows = list(store.db.query(f"{_SQL} {where}", params))
    if not rows:
        return []
    ids = [int(r["id"]) for r in rows]
    marks = ",".join("?" for _ in ids)
    ver: dict[int, list[Verification]] = {}
    for v in store.db.query(
        f"SELECT * FROM commitment_verifications WHERE commitment_id IN ({marks}) "
        "ORDER BY verified_on, id",
        ids,
    ):
        ver.setdefault(int(v["commitment_id"]), []).append(
            Verification(int(v["ride_id"]), v["outcome"], v["evidence"], v["verified_on"])
        )
    return [
        Commitment(
            id=int(r["id"]),
            uuid=r["uuid"],
            seller_id=int(r["seller_id"]),
            seller_name=r["seller_name"],
            ride_id=int(r["ride_id"]),
            ride_date=r["ride_date"],
            behaviour_key=r["behaviour_key"],
            text=r["text"],
            due_date=r["due_date"],
            status=r["status"],
            verifications=tuple(ver.get(int(r["id"]), [])),
        )
        for r in rows
    ]


def get_commitment(store: Store, commitment_id: int) -> Commitment:
    found = _load(store, "AND c.id = ?", [commitment_id])
    if not found:
        raise DomainError("That commitment no longer exists.")
    return found[0]


def default_due_date(store: Store, ride_id: int) -> str:
    """The next planned ride with this seller after this one, else two weeks after the ride."""
    ride = get_ride(store, ride_id)
    nxt = records.one(
        store.db,
        "SELECT min(ride_date) AS d FROM rides WHERE seller_id = ? AND ride_date > ? "
        "AND status = 'planned' AND deleted_at IS NULL",
        [ride.seller_id, ride.ride_date],
    )
    if nxt and nxt["d"]:
        return str(nxt["d"])
    return (date.fromisoformat(ride.ride_date) + timedelta(days=DEFAULT_DUE_DAYS)).isoformat()


def add_commitment(
    store: Store, ride_id: int, behaviour_key: str, text: str, due_date: str | date | None = None
) -> Commitment:
    """Agree a follow-up application on a ride, tied to one of its scorecard's behaviours."""
    if not text.strip():
        raise DomainError("Write what the seller will apply.")
    _editable(store, ride_id)
    ride = get_ride(store, ride_id)
    version = get_version(store, ride.scorecard_version_id)
    if version.card.behaviour(behaviour_key) is None:
        raise DomainError(f"'{behaviour_key}' is not a behaviour of this ride's scorecard.")
    due = _parse_date(due_date) if due_date else default_due_date(store, ride_id)
    cid = records.insert(
        store.db,
        "commitments",
        {
            "seller_id": ride.seller_id,
            "ride_id": ride_id,
            "scorecard_id": version.scorecard_id,
            "behaviour_key": behaviour_key,
            "text": text.strip(),
            "due_date": due,
        },
    )
    return get_commitment(store, cid)


def edit_commitment(store: Store, commitment_id: int, **fields: Any) -> Commitment:
    c = get_commitment(store, commitment_id)
    _editable(store, c.ride_id)
    allowed = {"text", "due_date", "behaviour_key"}
    if set(fields) - allowed:
        raise DomainError(f"Cannot change {', '.join(sorted(set(fields) - allowed))}.")
    if "due_date" in fields:
        fields["due_date"] = _parse_date(fields["due_date"])
    records.update(store.db, "commitments", commitment_id, fields)
    return get_commitment(store, commitment_id)


def remove_commitment(store: Store, commitment_id: int, removed: bool = True) -> None:
    c = get_commitment(store, commitment_id) if removed else None
    if c:
        _editable(store, c.ride_id)
    records.update(
        store.db,
        "commitments",
        commitment_id,
        {"deleted_at": records.now_utc() if removed else None},
    )


def commitments_from_ride(store: Store, ride_id: int) -> list[Commitment]:
    return _load(store, "AND c.ride_id = ? ORDER BY c.id", [ride_id])


def due_for_verification(store: Store, ride_id: int) -> list[Commitment]:
    """Open commitments of this ride's seller from earlier rides, plus those verified on it."""
    ride = get_ride(store, ride_id)
    return _load(
        store,
        """AND c.seller_id = ? AND c.ride_id != ? AND r.ride_date <= ?
           AND (c.status = 'open' OR EXISTS (SELECT 1 FROM commitment_verifications v
                WHERE v.commitment_id = c.id AND v.ride_id = ?))
           ORDER BY c.due_date, c.id""",
        [ride.seller_id, ride_id, ride.ride_date, ride_id],
    )


def verify_commitment(
    store: Store, commitment_id: int, ride_id: int, outcome: str, evidence: str = ""
) -> Commitment:
    """Record at ``ride_id`` how the commitment was applied. Re-verifying on the same ride
    replaces the earlier answer."""
    if outcome not in OUTCOMES:
        raise DomainError(f"'{outcome}' is not one of: {', '.join(OUTCOMES.values())}.")
    c = get_commitment(store, commitment_id)
    ride = get_ride(store, ride_id)
    _editable(store, ride_id)
    if ride.seller_id != c.seller_id:
        raise DomainError("A commitment is verified on a ride with the same seller.")
    if ride_id == c.ride_id:
        raise DomainError("A commitment is verified on a later ride, not the one it was agreed on.")
    with store.db.atomic():
        store.db.execute(
            """INSERT INTO commitment_verifications
                 (uuid, created_at, updated_at, commitment_id, ride_id, outcome, evidence, verified_on)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (commitment_id, ride_id) DO UPDATE SET outcome = excluded.outcome,
                 evidence = excluded.evidence, updated_at = excluded.updated_at""",
            [
                records.new_uuid(),
                records.now_utc(),
                records.now_utc(),
                commitment_id,
                ride_id,
                outcome,
                evidence,
                ride.ride_date,
            ],
        )
        closing = outcome in CLOSING_OUTCOMES
        records.update(
            store.db,
            "commitments",
            commitment_id,
            {
                "status": "closed" if closing else "open",
                "closed_at": records.now_utc() if closing else None,
            },
        )
    return get_commitment(store, commitment_id)


def open_commitments(store: Store, seller_id: int | None = None) -> list[Commitment]:
    """Every open commitment (optionally one seller's), earliest due first."""
    where = "AND c.status = 'open'"
    params: list[Any] = []
    if seller_id is not None:
        where += " AND c.seller_id = ?"
        params.append(seller_id)
    return _load(store, f"{where} ORDER BY c.due_date, s.name COLLATE NOCASE", params)


def overdue_commitments(store: Store, today: date | None = None) -> list[Commitment]:
    day = (today or records.today()).isoformat()
    return _load(store, "AND c.status = 'open' AND c.due_date < ? ORDER BY c.due_date", [day])


def follow_through(
    store: Store, seller_id: int, since: str | None = None, until: str | None = None
) -> FollowThrough:
    """Commitments applied at verification / verified, for one seller (optionally a period)."""
    row = records.one(
        store.db,
        """SELECT sum(v.outcome = 'applied') AS applied, count(*) AS verified
           FROM commitment_verifications v JOIN commitments c ON c.id = v.commitment_id
           WHERE c.seller_id = :seller AND c.deleted_at IS NULL
             AND v.outcome IN ('applied', 'partly', 'not_yet')
             AND (:since IS NULL OR v.verified_on >= :since)
             AND (:until IS NULL OR v.verified_on <= :until)""",
        {"seller": seller_id, "since": since, "until": until},  # type: ignore[arg-type]
    )
    return FollowThrough(
        int(row["applied"] or 0) if row else 0, int(row["verified"] or 0) if row else 0
    )
