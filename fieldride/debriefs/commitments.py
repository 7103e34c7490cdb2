"""Commitments (follow-up applications) and their verification at the next ride.

A commitment belongs to the seller, comes from a ride, is tied to a behaviour and has a due date
(default: the date of the next planned ride with this seller, else two weeks after the ride).
At a later ride each open commitment is verified: applied / partly / not yet close it; "no
opportunity" leaves it open, and so does not verifying it at all: it carries over. A closed
commitment takes no further verification (except a correction on the ride that closed it, or
:func:`clear_verification`), so each commitment counts at most once.

Follow-through rate = commitments verified as applied / commitments verified (applied, partly or
not yet). "No opportunity" never counts, like in ratings.

Changes to commitments of a ride reopened after its acknowledgement are written to its audit
trail (:func:`fieldride.debriefs.audit.record_change`). Refusals raise :class:`DomainError` and change nothing.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from fieldride.debriefs.audit import record_change, short_text
from fieldride.debriefs.outcomes import OUTCOMES
from fieldride.errors import DomainError
from fieldride.i18n import messages
from fieldride.rides import editable_ride, get_ride
from fieldride.scorecards.store import get_version
from fieldride.store import Store, parse_date
from fieldride.store import rows as records

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
        """The outcome in the interface language (fieldride.i18n.messages)."""
        return messages().gettext(OUTCOMES[self.outcome])


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
    carried_over: int = 0  # later finished rides with this seller that did not close it
    behaviour_title: str = ""  # as named in the scorecard version of the ride it came from

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    def is_overdue(self, today: date | None = None) -> bool:
        return self.is_open and self.due_date < (today or records.today()).isoformat()

    def verification_on(self, ride_id: int) -> Verification | None:
        """The answer recorded on ``ride_id``, if any."""
        return next((v for v in self.verifications if v.ride_id == ride_id), None)

    @property
    def closing_verification(self) -> Verification | None:
        """The applied / partly / not yet answer that closed it (None while open)."""
        return next((v for v in self.verifications if v.outcome in CLOSING_OUTCOMES), None)

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


# carried_over: the seller's later finished rides (debriefed/acknowledged) before the ride that
# closed the commitment (or all of them while it is open) -- each left it open.
_SQL = """
SELECT c.*, s.name AS seller_name, r.ride_date AS ride_date,
  (SELECT b.title FROM behaviours b WHERE b.version_id = r.scorecard_version_id
     AND b.key = c.behaviour_key) AS behaviour_title,
  (SELECT count(*) FROM rides r2 WHERE r2.seller_id = c.seller_id AND r2.deleted_at IS NULL
     AND r2.id != c.ride_id AND r2.status IN ('debriefed', 'acknowledged')
     AND (r2.ride_date > r.ride_date OR (r2.ride_date = r.ride_date AND r2.id > r.id))
     AND NOT EXISTS (SELECT 1 FROM commitment_verifications v WHERE v.commitment_id = c.id
                     AND v.ride_id = r2.id AND v.outcome != 'no_opportunity'
                     AND v.deleted_at IS NULL)
     AND (c.status = 'open' OR r2.ride_date < coalesce((SELECT min(v.verified_on)
          FROM commitment_verifications v WHERE v.commitment_id = c.id
          AND v.outcome != 'no_opportunity' AND v.deleted_at IS NULL), ''))
  ) AS carried_over
FROM commitments c
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
        "AND deleted_at IS NULL ORDER BY verified_on, id",
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
            carried_over=int(r["carried_over"] or 0),
            behaviour_title=r["behaviour_title"] or r["behaviour_key"],
        )
        for r in rows
    ]


def get_commitment(store: Store, commitment_id: int) -> Commitment:
    found = _load(store, "AND c.id = ?", [commitment_id])
    if not found:
        raise DomainError(messages().gettext("That commitment no longer exists."))
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


def _ride_for_commitments(store: Store, ride_id: int) -> dict[str, Any]:
    row = editable_ride(store, ride_id)
    if row["status"] == "planned":
        raise DomainError(
            messages().gettext(
                "This ride is still planned: commitments are agreed in the debrief, after observing."
            )
        )
    return row


def _check_due(due: str, ride_date: str) -> str:
    if due < ride_date:
        t = messages()
        raise DomainError(
            t.gettext(
                "The due date {due} is before the ride ({ride_date}); pick a later date."
            ).format(due=t.date(due), ride_date=t.date(ride_date))
        )
    return due


def add_commitment(
    store: Store, ride_id: int, behaviour_key: str, text: str, due_date: str | date | None = None
) -> Commitment:
    """Agree a follow-up application on a ride, tied to one of its scorecard's behaviours.

    ``due_date`` defaults to :func:`default_due_date`. Refused: empty text, a behaviour not on
    the ride's scorecard, a due date that is not a date or is before the ride, a planned or
    locked ride."""
    if not text.strip():
        raise DomainError(messages().gettext("Write what the seller will apply."))
    _ride_for_commitments(store, ride_id)
    ride = get_ride(store, ride_id)
    version = get_version(store, ride.scorecard_version_id)
    if version.card.behaviour(behaviour_key) is None:
        raise DomainError(
            messages()
            .gettext("'{behaviour_key}' is not a behaviour of this ride's scorecard.")
            .format(behaviour_key=behaviour_key)
        )
    due = _check_due(
        parse_date(due_date) if due_date else default_due_date(store, ride_id), ride.ride_date
    )
    with store.db.atomic():
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
        record_change(store, ride_id, "commitment", f"added: {short_text(text)}")
    return get_commitment(store, cid)


def edit_commitment(store: Store, commitment_id: int, **fields: Any) -> Commitment:
    """Change the text, due date or behaviour of a commitment (same checks as adding)."""
    c = get_commitment(store, commitment_id)
    _ride_for_commitments(store, c.ride_id)
    allowed = {"text", "due_date", "behaviour_key"}
    if set(fields) - allowed:
        raise DomainError(
            messages()
            .gettext("Cannot change {items}.")
            .format(items=", ".join(sorted(set(fields) - allowed)))
        )
    if "text" in fields:
        fields["text"] = str(fields["text"]).strip()
        if not fields["text"]:
            raise DomainError(messages().gettext("Write what the seller will apply."))
    if "due_date" in fields:
        fields["due_date"] = _check_due(parse_date(fields["due_date"]), c.ride_date)
    if "behaviour_key" in fields:
        ride = get_ride(store, c.ride_id)
        card = get_version(store, ride.scorecard_version_id).card
        if card.behaviour(str(fields["behaviour_key"])) is None:
            raise DomainError(
                messages()
                .gettext("'{behaviour_key}' is not a behaviour of this ride's scorecard.")
                .format(behaviour_key=fields["behaviour_key"])
            )
    before = {"text": c.text, "due_date": c.due_date, "behaviour_key": c.behaviour_key}
    changed = {k: v for k, v in fields.items() if before[k] != v}
    if not changed:
        return c
    with store.db.atomic():
        records.update(store.db, "commitments", commitment_id, changed)
        detail = "; ".join(
            f"{k.replace('_', ' ')}: '{short_text(before[k])}' → '{short_text(v)}'"
            for k, v in changed.items()
        )
        record_change(store, c.ride_id, "commitment", detail)
    return get_commitment(store, commitment_id)


def remove_commitment(store: Store, commitment_id: int, removed: bool = True) -> None:
    """Remove a commitment agreed on an editable ride (``removed=False`` brings it back)."""
    row = records.one(
        store.db, "SELECT ride_id, text FROM commitments WHERE id = ?", [commitment_id]
    )
    if row is None:
        raise DomainError(messages().gettext("That commitment no longer exists."))
    _ride_for_commitments(store, int(row["ride_id"]))
    with store.db.atomic():
        records.update(
            store.db,
            "commitments",
            commitment_id,
            {"deleted_at": records.now_utc() if removed else None},
        )
        action = "removed" if removed else "restored"
        record_change(
            store, int(row["ride_id"]), "commitment", f"{action}: {short_text(row['text'])}"
        )


def commitments_from_ride(store: Store, ride_id: int) -> list[Commitment]:
    """Commitments agreed on this ride, in the order they were added."""
    return _load(store, "AND c.ride_id = ? ORDER BY c.id", [ride_id])


def due_for_verification(store: Store, ride_id: int) -> list[Commitment]:
    """Open commitments of this ride's seller from earlier rides, plus those verified on it."""
    ride = get_ride(store, ride_id)
    return _load(
        store,
        """AND c.seller_id = ? AND c.ride_id != ? AND r.ride_date <= ?
           AND (c.status = 'open' OR EXISTS (SELECT 1 FROM commitment_verifications v
                WHERE v.commitment_id = c.id AND v.ride_id = ? AND v.deleted_at IS NULL))
           ORDER BY c.due_date, c.id""",
        [ride.seller_id, ride_id, ride.ride_date, ride_id],
    )


def _check_verification(store: Store, c: Commitment, ride_id: int) -> None:
    ride = get_ride(store, ride_id)
    editable_ride(store, ride_id)
    if ride.seller_id != c.seller_id:
        raise DomainError(
            messages().gettext("A commitment is verified on a ride with the same seller.")
        )
    if ride_id == c.ride_id:
        raise DomainError(
            messages().gettext(
                "A commitment is verified on a later ride, not the one it was agreed on."
            )
        )
    if ride.ride_date < c.ride_date:
        raise DomainError(
            messages()
            .gettext(
                "This ride ({ride_date}) is before the ride the commitment was agreed on ({ride_date2}); verify it on a later ride."
            )
            .format(ride_date=ride.ride_date, ride_date2=c.ride_date)
        )
    closing = c.closing_verification
    if closing is not None and closing.ride_id != ride_id:
        raise DomainError(
            messages()
            .gettext(
                "This commitment was already verified as '{outcome_label}' on the ride of {verified_on}; change it there."
            )
            .format(outcome_label=closing.outcome_label, verified_on=closing.verified_on)
        )


def _restatus(store: Store, commitment_id: int) -> None:
    """Open unless an applied / partly / not yet answer exists."""
    row = records.one(
        store.db,
        "SELECT min(verified_on) AS d FROM commitment_verifications WHERE commitment_id = ? "
        "AND outcome != 'no_opportunity' AND deleted_at IS NULL",
        [commitment_id],
    )
    closed = bool(row and row["d"])
    records.update(
        store.db,
        "commitments",
        commitment_id,
        {
            "status": "closed" if closed else "open",
            "closed_at": records.now_utc() if closed else None,
        },
    )


def verify_commitment(
    store: Store, commitment_id: int, ride_id: int, outcome: str, evidence: str = ""
) -> Commitment:
    """Record at ``ride_id`` how the commitment was applied: applied / partly / not yet close it,
    no opportunity leaves it open (it carries over). Re-verifying on the same ride replaces the
    earlier answer. Refused: unknown outcome, another seller's ride, the ride it was agreed on or
    an earlier one, a locked ride, or a commitment already closed on another ride."""
    if outcome not in OUTCOMES:
        raise DomainError(
            messages()
            .gettext("'{outcome}' is not one of: {items}.")
            .format(outcome=outcome, items=", ".join(OUTCOMES.values()))
        )
    c = get_commitment(store, commitment_id)
    _check_verification(store, c, ride_id)
    ride = get_ride(store, ride_id)
    before = c.verification_on(ride_id)
    stamp = records.now_utc()
    with store.db.atomic():
        store.db.execute(
            """INSERT INTO commitment_verifications
                 (uuid, created_at, updated_at, commitment_id, ride_id, outcome, evidence, verified_on)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (commitment_id, ride_id) DO UPDATE SET outcome = excluded.outcome,
                 evidence = excluded.evidence, updated_at = excluded.updated_at,
                 deleted_at = NULL""",
            [
                records.new_uuid(),
                stamp,
                stamp,
                commitment_id,
                ride_id,
                outcome,
                evidence.strip(),
                ride.ride_date,
            ],
        )
        _restatus(store, commitment_id)
        was = f"'{before.outcome_label}'" if before else "not verified"
        if before is None or before.outcome != outcome or before.evidence != evidence.strip():
            record_change(
                store,
                ride_id,
                "verification",
                f"{short_text(c.text)}: {was} → '{OUTCOMES[outcome]}'"
                + (f", evidence '{short_text(evidence)}'" if evidence.strip() else ""),
            )
    return get_commitment(store, commitment_id)


def clear_verification(store: Store, commitment_id: int, ride_id: int) -> Commitment:
    """Take back the answer recorded on ``ride_id`` (a slip of the finger): the commitment is
    open again unless another ride closed it. Refused on a locked ride."""
    c = get_commitment(store, commitment_id)
    editable_ride(store, ride_id)
    before = c.verification_on(ride_id)
    if before is None:
        return c
    with store.db.atomic():
        # A tombstone, not a delete: a merge must carry the take-back (issue 21).
        stamp = records.now_utc()
        store.db.execute(
            "UPDATE commitment_verifications SET deleted_at = ?, updated_at = ? "
            "WHERE commitment_id = ? AND ride_id = ? AND deleted_at IS NULL",
            [stamp, stamp, commitment_id, ride_id],
        )
        _restatus(store, commitment_id)
        record_change(
            store,
            ride_id,
            "verification",
            f"{short_text(c.text)}: '{before.outcome_label}' → not verified",
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


def seller_commitments(store: Store, seller_id: int) -> list[Commitment]:
    """Every commitment of one seller, open or closed, newest ride first."""
    return _load(store, "AND c.seller_id = ? ORDER BY r.ride_date DESC, c.id DESC", [seller_id])


def overdue_commitments(
    store: Store, today: date | None = None, sellers: Collection[int] | None = None
) -> list[Commitment]:
    """Open commitments whose due date is before ``today``, earliest first; with ``sellers``,
    only theirs (a seek per seller in ``idx_commitments_seller``, whatever the organisation's
    size)."""
    day = (today or records.today()).isoformat()
    if sellers is None:
        return _load(store, "AND c.status = 'open' AND c.due_date < ? ORDER BY c.due_date", [day])
    # The unary + keeps SQLite off idx_commitments_open (the whole organisation's overdue
    # commitments, filtered afterwards): a seek per seller in idx_commitments_seller instead.
    return _load(
        store,
        "AND c.seller_id IN (SELECT value FROM json_each(?)) AND +c.status = 'open' "
        "AND +c.due_date < ? ORDER BY c.due_date",
        [json.dumps(sorted(sellers)), day],
    )


def follow_through(
    store: Store, seller_id: int, since: str | None = None, until: str | None = None
) -> FollowThrough:
    """Commitments applied at verification / verified, for one seller, counting verifications
    made on rides dated within ``since``..``until`` (inclusive, ISO dates; None = open-ended).
    No opportunity never counts; rides or commitments removed never count."""
    row = records.one(
        store.db,
        """SELECT sum(v.outcome = 'applied') AS applied, count(*) AS verified
           FROM commitment_verifications v JOIN commitments c ON c.id = v.commitment_id
             AND v.deleted_at IS NULL
           JOIN rides vr ON vr.id = v.ride_id AND vr.deleted_at IS NULL
           JOIN rides cr ON cr.id = c.ride_id AND cr.deleted_at IS NULL
           WHERE c.seller_id = :seller AND c.deleted_at IS NULL
             AND v.outcome IN ('applied', 'partly', 'not_yet')
             AND (:since IS NULL OR v.verified_on >= :since)
             AND (:until IS NULL OR v.verified_on <= :until)""",
        {"seller": seller_id, "since": since, "until": until},  # type: ignore[arg-type]
    )
    return FollowThrough(
        int(row["applied"] or 0) if row else 0, int(row["verified"] or 0) if row else 0
    )
