"""The debrief: one strength, one gap, diagnostic questions, rehearsal; private notes;
acknowledgement, locking and reopening (with an audit trail); ride status.

Status flow: planned → in_progress → debriefed → acknowledged; ``shared_at`` is set once a
summary has been produced. Private manager notes live in their own table and are never part of
:class:`Debrief`, so nothing built from a Debrief can carry them (by construction).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from fieldride import records
from fieldride.db import Store
from fieldride.records import DomainError
from fieldride.rides import _editable, get_ride
from fieldride.scorecards.store import get_version


@dataclass(frozen=True)
class DebriefQuestion:
    id: int
    behaviour_key: str | None
    text: str
    source: str  # 'scorecard' or 'manager'
    asked: bool
    answer: str
    position: int

    @property
    def is_question(self) -> bool:
        return is_question(self.text)


@dataclass(frozen=True)
class Debrief:
    ride_id: int
    strength_behaviour_key: str | None
    strength_evidence: str
    gap_behaviour_key: str | None
    gap_evidence: str
    rehearsal_segment: str
    rehearsal_count: int
    rehearsal_outcome: str
    questions: tuple[DebriefQuestion, ...]

    @property
    def questions_asked(self) -> int:
        return sum(1 for q in self.questions if q.asked and q.is_question)

    @property
    def advice_count(self) -> int:
        """Entries the manager wrote as statements (telling) rather than questions (asking)."""
        return sum(1 for q in self.questions if q.source == "manager" and not q.is_question)


@dataclass(frozen=True)
class Acknowledgement:
    seller_name: str
    acknowledged_on: str
    comment: str
    created_at: str


@dataclass(frozen=True)
class AuditEntry:
    action: str
    reason: str
    detail: str
    at: str


def is_question(text: str) -> bool:
    """A line counts as a question when it ends with a question mark (any script's)."""
    return text.strip().endswith(("?", "\uff1f", "\u037e", "\u061f")) and len(text.strip()) > 1


def _debrief_row(store: Store, ride_id: int, create: bool) -> dict[str, Any] | None:
    row = records.one(store.db, "SELECT * FROM debriefs WHERE ride_id = ?", [ride_id])
    if row is None and create:
        _editable(store, ride_id)
        records.insert(store.db, "debriefs", {"ride_id": ride_id})
        row = records.one(store.db, "SELECT * FROM debriefs WHERE ride_id = ?", [ride_id])
    return row


def get_debrief(store: Store, ride_id: int) -> Debrief:
    """The ride's debrief (empty if none was started yet)."""
    row = _debrief_row(store, ride_id, create=False)
    if row is None:
        return Debrief(ride_id, None, "", None, "", "", 0, "", ())
    questions = tuple(
        DebriefQuestion(
            id=int(q["id"]),
            behaviour_key=q["behaviour_key"],
            text=q["text"],
            source=q["source"],
            asked=bool(q["asked"]),
            answer=q["answer"],
            position=int(q["position"]),
        )
        for q in store.db.query(
            "SELECT * FROM debrief_questions WHERE debrief_id = ? AND deleted_at IS NULL "
            "ORDER BY position, id",
            [row["id"]],
        )
    )
    return Debrief(
        ride_id=ride_id,
        strength_behaviour_key=row["strength_behaviour_key"],
        strength_evidence=row["strength_evidence"],
        gap_behaviour_key=row["gap_behaviour_key"],
        gap_evidence=row["gap_evidence"],
        rehearsal_segment=row["rehearsal_segment"],
        rehearsal_count=int(row["rehearsal_count"]),
        rehearsal_outcome=row["rehearsal_outcome"],
        questions=questions,
    )


def _check_behaviour(store: Store, ride_id: int, key: str | None) -> None:
    if key is None:
        return
    ride = get_ride(store, ride_id)
    if get_version(store, ride.scorecard_version_id).card.behaviour(key) is None:
        raise DomainError(f"'{key}' is not a behaviour of this ride's scorecard.")


def _update_debrief(store: Store, ride_id: int, values: dict[str, Any]) -> Debrief:
    _editable(store, ride_id)
    with store.db.atomic():
        row = _debrief_row(store, ride_id, create=True)
        assert row is not None
        records.update(store.db, "debriefs", int(row["id"]), values)
    return get_debrief(store, ride_id)


def set_strength(store: Store, ride_id: int, behaviour_key: str | None, evidence: str) -> Debrief:
    """The one strength of the ride, tied to a behaviour and evidence."""
    _check_behaviour(store, ride_id, behaviour_key)
    return _update_debrief(
        store, ride_id, {"strength_behaviour_key": behaviour_key, "strength_evidence": evidence}
    )


def set_gap(store: Store, ride_id: int, behaviour_key: str | None, evidence: str) -> Debrief:
    """The one gap of the ride, tied to a behaviour and evidence."""
    _check_behaviour(store, ride_id, behaviour_key)
    return _update_debrief(
        store, ride_id, {"gap_behaviour_key": behaviour_key, "gap_evidence": evidence}
    )


def set_rehearsal(
    store: Store, ride_id: int, segment: str, count: int = 0, outcome: str = ""
) -> Debrief:
    if count < 0:
        raise DomainError("The number of rehearsals cannot be negative.")
    return _update_debrief(
        store,
        ride_id,
        {"rehearsal_segment": segment, "rehearsal_count": count, "rehearsal_outcome": outcome},
    )


def add_question(
    store: Store,
    ride_id: int,
    text: str,
    behaviour_key: str | None = None,
    source: str = "manager",
    asked: bool = False,
) -> DebriefQuestion:
    """Add a diagnostic question (or, if the manager wrote a statement, a piece of advice)."""
    if not text.strip():
        raise DomainError("A question needs some text.")
    _editable(store, ride_id)
    with store.db.atomic():
        row = _debrief_row(store, ride_id, create=True)
        assert row is not None
        pos = records.one(
            store.db,
            "SELECT coalesce(max(position), -1) + 1 AS p FROM debrief_questions WHERE debrief_id = ?",
            [row["id"]],
        )
        qid = records.insert(
            store.db,
            "debrief_questions",
            {
                "debrief_id": row["id"],
                "behaviour_key": behaviour_key,
                "text": text.strip(),
                "source": source,
                "asked": int(asked),
                "position": int(pos["p"]) if pos else 0,
            },
        )
    return next(q for q in get_debrief(store, ride_id).questions if q.id == qid)


def offer_scorecard_questions(store: Store, ride_id: int) -> Debrief:
    """Add the gap behaviour's diagnostic questions from the scorecard (not yet marked asked)."""
    debrief = get_debrief(store, ride_id)
    key = debrief.gap_behaviour_key
    if key is None:
        return debrief
    ride = get_ride(store, ride_id)
    behaviour = get_version(store, ride.scorecard_version_id).card.behaviour(key)
    present = {q.text for q in debrief.questions}
    for text in behaviour.questions if behaviour else ():
        if text not in present:
            add_question(store, ride_id, text, behaviour_key=key, source="scorecard")
    return get_debrief(store, ride_id)


def _question_ride(store: Store, question_id: int) -> int:
    row = records.one(
        store.db,
        "SELECT d.ride_id FROM debrief_questions q JOIN debriefs d ON d.id = q.debrief_id "
        "WHERE q.id = ?",
        [question_id],
    )
    if row is None:
        raise DomainError("That question no longer exists.")
    _editable(store, int(row["ride_id"]))
    return int(row["ride_id"])


def update_question(store: Store, question_id: int, **fields: Any) -> None:
    """Change ``asked``, ``answer`` or ``text`` of a question."""
    allowed = {"asked", "answer", "text"}
    if set(fields) - allowed:
        raise DomainError(
            f"Cannot change {', '.join(sorted(set(fields) - allowed))} of a question."
        )
    _question_ride(store, question_id)
    if "asked" in fields:
        fields["asked"] = int(bool(fields["asked"]))
    records.update(store.db, "debrief_questions", question_id, fields)


def remove_question(store: Store, question_id: int, removed: bool = True) -> None:
    _question_ride(store, question_id)
    records.update(
        store.db,
        "debrief_questions",
        question_id,
        {"deleted_at": records.now_utc() if removed else None},
    )


# --- private notes (never seller-facing) ---------------------------------------------------


def set_private_note(store: Store, ride_id: int, text: str) -> None:
    """The manager's private note on the ride. Stored apart; never in any seller-facing data."""
    _editable(store, ride_id)
    row = records.one(store.db, "SELECT id FROM private_notes WHERE ride_id = ?", [ride_id])
    if row is None:
        records.insert(store.db, "private_notes", {"ride_id": ride_id, "text": text})
    else:
        records.update(store.db, "private_notes", int(row["id"]), {"text": text})


def get_private_note(store: Store, ride_id: int) -> str:
    row = records.one(store.db, "SELECT text FROM private_notes WHERE ride_id = ?", [ride_id])
    return str(row["text"]) if row else ""


# --- status, acknowledgement, audit ----------------------------------------------------------


def _audit(store: Store, ride_id: int, action: str, reason: str = "", detail: str = "") -> None:
    records.insert(
        store.db,
        "ride_audit",
        {"ride_id": ride_id, "action": action, "reason": reason, "detail": detail},
    )


def finish_debrief(store: Store, ride_id: int) -> None:
    """Mark the ride debriefed. Requires a strength and a gap, each with a behaviour."""
    debrief = get_debrief(store, ride_id)
    missing = [
        name
        for name, key in (
            ("a strength", debrief.strength_behaviour_key),
            ("a gap", debrief.gap_behaviour_key),
        )
        if not key
    ]
    if missing:
        raise DomainError(f"Name {' and '.join(missing)} (with its behaviour) before finishing.")
    _editable(store, ride_id)
    with store.db.atomic():
        records.update(store.db, "rides", ride_id, {"status": "debriefed"})
        _audit(store, ride_id, "debriefed")


def acknowledge(
    store: Store, ride_id: int, seller_name: str, on: str | date | None = None, comment: str = ""
) -> None:
    """The seller acknowledges the debrief (typed name); the ride is then locked."""
    if not seller_name.strip():
        raise DomainError("The seller types their name to acknowledge.")
    ride = get_ride(store, ride_id)
    if ride.status not in ("debriefed",):
        raise DomainError("Finish the debrief before the seller acknowledges it.")
    when = on.isoformat() if isinstance(on, date) else (on or records.today().isoformat())
    with store.db.atomic():
        records.insert(
            store.db,
            "acknowledgements",
            {
                "ride_id": ride_id,
                "seller_name": seller_name.strip(),
                "acknowledged_on": when,
                "comment": comment,
            },
        )
        records.update(store.db, "rides", ride_id, {"status": "acknowledged", "locked": 1})
        _audit(store, ride_id, "acknowledged")


def get_acknowledgement(store: Store, ride_id: int) -> Acknowledgement | None:
    row = records.one(
        store.db,
        "SELECT * FROM acknowledgements WHERE ride_id = ? AND superseded_at IS NULL "
        "ORDER BY id DESC LIMIT 1",
        [ride_id],
    )
    if row is None:
        return None
    return Acknowledgement(
        row["seller_name"], row["acknowledged_on"], row["comment"], row["created_at"]
    )


def reopen_ride(store: Store, ride_id: int, reason: str) -> None:
    """Unlock an acknowledged ride. The reason is required and recorded with the time."""
    if not reason.strip():
        raise DomainError("Say why the acknowledged ride is being reopened.")
    ride = get_ride(store, ride_id)
    if not ride.locked:
        raise DomainError("This ride is not locked.")
    with store.db.atomic():
        store.db.execute(
            "UPDATE acknowledgements SET superseded_at = ?, updated_at = ? "
            "WHERE ride_id = ? AND superseded_at IS NULL",
            [records.now_utc(), records.now_utc(), ride_id],
        )
        records.update(store.db, "rides", ride_id, {"status": "debriefed", "locked": 0})
        _audit(store, ride_id, "reopened", reason=reason.strip())


def mark_shared(store: Store, ride_id: int, detail: str = "") -> None:
    """Record that a seller-facing summary was produced (status shows 'shared')."""
    with store.db.atomic():
        store.db.execute(
            "UPDATE rides SET shared_at = ?, updated_at = ? WHERE id = ?",
            [records.now_utc(), records.now_utc(), ride_id],
        )
        _audit(store, ride_id, "shared", detail=detail)


def audit_trail(store: Store, ride_id: int) -> list[AuditEntry]:
    return [
        AuditEntry(r["action"], r["reason"], r["detail"], r["created_at"])
        for r in store.db.query("SELECT * FROM ride_audit WHERE ride_id = ? ORDER BY id", [ride_id])
    ]
