"""The debrief: one strength, one gap, diagnostic questions, rehearsal; private notes;
acknowledgement, locking and reopening (with an audit trail); ride status.

Status flow, enforced here: planned → in_progress (capture, ``rides``) → debriefed
(:func:`finish_debrief`) → acknowledged (:func:`acknowledge`, locks the ride); ``shared_at`` is
set by :func:`mark_shared` once a summary was produced from a debriefed or acknowledged ride.
A planned ride has no debrief yet: debrief edits on it are refused. :func:`reopen_ride` (reason
required) unlocks an acknowledged ride back to debriefed; from then until the next
acknowledgement every change made through this module or ``commitments`` is written to the
ride's audit trail with what it was before, and the next acknowledgement records which capture
records (calls, ratings, evidence, notes) changed meanwhile.

Private manager notes live in their own table and are never part of :class:`Debrief` (nor of
``ride_summary``), so nothing built from a Debrief can carry them (by construction). They stay
editable on a locked ride: they are the manager's, not part of what the seller acknowledged.

Every function commits before it returns; refusals raise :class:`DomainError` (one line for the
user) and change nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fieldride.debriefs.audit import describe_change, record_change, short_text
from fieldride.errors import DomainError
from fieldride.i18n import messages
from fieldride.rides import editable_ride, get_ride
from fieldride.scorecards.store import get_version
from fieldride.store import Store
from fieldride.store import rows as records

QUESTION_SOURCES = ("scorecard", "manager")


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


def is_question(text: str) -> bool:
    """A line counts as a question when it ends with a question mark (any script's)."""
    return text.strip().endswith(("?", "\uff1f", "\u037e", "\u061f")) and len(text.strip()) > 1


def debrief_editable(store: Store, ride_id: int) -> None:
    """Raise DomainError unless the ride's debrief may change now: the ride exists, is not
    locked (acknowledged) and is no longer only planned."""
    row = editable_ride(store, ride_id)
    if row["status"] == "planned":
        raise DomainError(
            messages().gettext(
                "This ride is still planned: observe at least one call before the debrief."
            )
        )


def _debrief_row(store: Store, ride_id: int, create: bool) -> dict[str, Any] | None:
    row = records.one(store.db, "SELECT * FROM debriefs WHERE ride_id = ?", [ride_id])
    if row is None and create:
        debrief_editable(store, ride_id)
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
        raise DomainError(
            messages()
            .gettext("'{key}' is not a behaviour of this ride's scorecard.")
            .format(key=key)
        )


def _update_debrief(store: Store, ride_id: int, values: dict[str, Any]) -> Debrief:
    debrief_editable(store, ride_id)
    with store.db.atomic():
        row = _debrief_row(store, ride_id, create=True)
        assert row is not None
        changed = {k: v for k, v in values.items() if row[k] != v}
        if changed:
            records.update(store.db, "debriefs", int(row["id"]), changed)
            record_change(store, ride_id, "debrief", describe_change(row, changed))
    return get_debrief(store, ride_id)


def set_strength(store: Store, ride_id: int, behaviour_key: str | None, evidence: str) -> Debrief:
    """The one strength of the ride, tied to a behaviour (None to clear) and evidence (a
    captured line or the manager's own words). Refused for a behaviour not on the scorecard."""
    _check_behaviour(store, ride_id, behaviour_key)
    return _update_debrief(
        store,
        ride_id,
        {"strength_behaviour_key": behaviour_key, "strength_evidence": evidence.strip()},
    )


def set_gap(store: Store, ride_id: int, behaviour_key: str | None, evidence: str) -> Debrief:
    """The one gap of the ride, tied to a behaviour and evidence (see :func:`set_strength`).
    Call :func:`offer_scorecard_questions` afterwards to offer the gap's questions."""
    _check_behaviour(store, ride_id, behaviour_key)
    return _update_debrief(
        store, ride_id, {"gap_behaviour_key": behaviour_key, "gap_evidence": evidence.strip()}
    )


def set_rehearsal(
    store: Store, ride_id: int, segment: str, count: int = 0, outcome: str = ""
) -> Debrief:
    """What was rehearsed (a segment replayed or a piece of work rewritten), how many times and
    how it went. Refused for a negative count."""
    if count < 0:
        raise DomainError(messages().gettext("The number of rehearsals cannot be negative."))
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
    """Add a diagnostic question (or, if the manager wrote a statement, a piece of advice: it
    is counted as such, see :attr:`Debrief.advice_count`). ``source`` is 'scorecard' or
    'manager'; ``behaviour_key`` None or a behaviour of the ride's scorecard."""
    if not text.strip():
        raise DomainError(messages().gettext("A question needs some text."))
    if source not in QUESTION_SOURCES:
        raise DomainError(
            messages()
            .gettext("'{source}' is not a question source (scorecard or manager).")
            .format(source=source)
        )
    debrief_editable(store, ride_id)
    _check_behaviour(store, ride_id, behaviour_key)
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
        record_change(store, ride_id, "question", f"added: {short_text(text)}")
    return next(q for q in get_debrief(store, ride_id).questions if q.id == qid)


def offer_scorecard_questions(store: Store, ride_id: int) -> Debrief:
    """Offer the gap behaviour's diagnostic questions from the scorecard (not marked asked).

    Scorecard questions of *another* behaviour that carry no manager input (not asked, no
    answer) are dropped, so changing the gap swaps the offered questions; a question the
    manager removed is not offered again. Idempotent. No gap: nothing changes.
    """
    debrief = get_debrief(store, ride_id)
    key = debrief.gap_behaviour_key
    if key is None:
        return debrief
    debrief_editable(store, ride_id)
    ride = get_ride(store, ride_id)
    behaviour = get_version(store, ride.scorecard_version_id).card.behaviour(key)
    row = _debrief_row(store, ride_id, create=False)
    assert row is not None  # a gap is set, so the debrief row exists
    with store.db.atomic():
        # Withdrawn as tombstones (``withdrawn`` = 1), not deleted: a merge must carry the
        # removal (issue 21), and a withdrawn question comes back if the gap comes back.
        stamp = records.now_utc()
        store.db.execute(
            "UPDATE debrief_questions SET deleted_at = ?, updated_at = ?, withdrawn = 1 "
            "WHERE debrief_id = ? AND source = 'scorecard' AND asked = 0 AND answer = '' "
            "AND coalesce(behaviour_key, '') != ? AND deleted_at IS NULL",
            [stamp, stamp, row["id"], key],
        )
        present: set[str] = set()  # live, or removed by the manager (never offered again)
        withdrawn: dict[str, int] = {}
        for r in store.db.query(
            "SELECT id, text, behaviour_key, withdrawn FROM debrief_questions "
            "WHERE debrief_id = ? ORDER BY id",
            [row["id"]],
        ):
            if r["withdrawn"] and r["behaviour_key"] == key:
                withdrawn.setdefault(r["text"], int(r["id"]))
            elif not r["withdrawn"]:
                present.add(r["text"])
        for text in behaviour.questions if behaviour else ():
            if text in present:
                continue
            if text in withdrawn:
                pos = records.one(
                    store.db,
                    "SELECT coalesce(max(position), -1) + 1 AS p FROM debrief_questions "
                    "WHERE debrief_id = ?",
                    [row["id"]],
                )
                records.update(
                    store.db,
                    "debrief_questions",
                    withdrawn[text],
                    {"deleted_at": None, "withdrawn": 0, "position": int(pos["p"]) if pos else 0},
                )
                record_change(store, ride_id, "question", f"added: {short_text(text)}")
            else:
                add_question(store, ride_id, text, behaviour_key=key, source="scorecard")
    return get_debrief(store, ride_id)


def _question_row(store: Store, question_id: int) -> dict[str, Any]:
    row = records.one(
        store.db,
        "SELECT q.*, d.ride_id FROM debrief_questions q JOIN debriefs d ON d.id = q.debrief_id "
        "WHERE q.id = ?",
        [question_id],
    )
    if row is None:
        raise DomainError(messages().gettext("That question no longer exists."))
    debrief_editable(store, int(row["ride_id"]))
    return row


def update_question(store: Store, question_id: int, **fields: Any) -> None:
    """Change ``asked``, ``answer`` or ``text`` of a question. Empty text is refused."""
    allowed = {"asked", "answer", "text"}
    if set(fields) - allowed:
        raise DomainError(
            messages()
            .gettext("Cannot change {items} of a question.")
            .format(items=", ".join(sorted(set(fields) - allowed)))
        )
    if "text" in fields:
        fields["text"] = str(fields["text"]).strip()
        if not fields["text"]:
            raise DomainError(messages().gettext("A question needs some text."))
    row = _question_row(store, question_id)
    if "asked" in fields:
        fields["asked"] = int(bool(fields["asked"]))
    changed = {k: v for k, v in fields.items() if row[k] != v}
    if not changed:
        return
    with store.db.atomic():
        records.update(store.db, "debrief_questions", question_id, changed)
        record_change(
            store,
            int(row["ride_id"]),
            "question",
            f"{short_text(row['text'])}: {describe_change(row, changed)}",
        )


def remove_question(store: Store, question_id: int, removed: bool = True) -> None:
    """Remove a question (or bring it back with ``removed=False``, for undo)."""
    row = _question_row(store, question_id)
    with store.db.atomic():
        records.update(
            store.db,
            "debrief_questions",
            question_id,
            {"deleted_at": records.now_utc() if removed else None},
        )
        action = "removed" if removed else "restored"
        record_change(
            store, int(row["ride_id"]), "question", f"{action}: {short_text(row['text'])}"
        )


# --- private notes (never seller-facing) ---------------------------------------------------


def set_private_note(store: Store, ride_id: int, text: str) -> None:
    """The manager's private note on the ride. Stored apart; never in any seller-facing data.

    Allowed on a locked ride too (it is not part of what the seller acknowledged); never
    written to the audit trail (its text must not travel)."""
    get_ride(store, ride_id)
    row = records.one(store.db, "SELECT id FROM private_notes WHERE ride_id = ?", [ride_id])
    if row is None:
        records.insert(store.db, "private_notes", {"ride_id": ride_id, "text": text})
    else:
        records.update(store.db, "private_notes", int(row["id"]), {"text": text})


def get_private_note(store: Store, ride_id: int) -> str:
    row = records.one(store.db, "SELECT text FROM private_notes WHERE ride_id = ?", [ride_id])
    return str(row["text"]) if row else ""


# --- status, acknowledgement, audit ----------------------------------------------------------
