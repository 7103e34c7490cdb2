"""What the seller acknowledged, as a fingerprint that can be checked without a server.

At acknowledgement FieldRide serialises the content of the handout the seller signed off (the
*acknowledged content*, below), stores the SHA-256 of it with the acknowledgement
(``acknowledgements.content_hash``), and the handout prints the first 50 bits of that hash as a
short code: 10 characters of RFC 4648 base32 (A–Z, 2–7), grouped ``ABCDE-FGHIJ``.
:func:`check_acknowledgement` (``fieldride verify RIDE``, the debrief) serialises the ride again
and says whether it still is what was acknowledged; if not, whether it was reopened since (the
history then says who, when, why and what changed), or changed without a reopening (edited
outside FieldRide, or a copy that is not the acknowledged one).

The acknowledged content (format ``fieldride-acknowledged/1``, documented in
docs/acknowledgement-code.md), a JSON object:

- ``ride``: the ride's uuid, date, kind of ride (the stored code, e.g. ``field_ride``, never a
  translated label), objective, manager's name; the scorecard version by its content hash
  (which fixes every behaviour title and level label). The seller is named by the
  acknowledgement (below): the seller's record may be renamed later (a roster import), which
  does not change what they acknowledged;
- ``focus``: focus behaviour keys in order;
- ``calls``: live calls in ride order: kind, account, contact role, objective, time;
- ``ratings``: per observation on a live call that holds anything: call number (from 1),
  behaviour key, level, "no opportunity", evidence — ordered by call number, then key;
- ``strength``, ``gap``: behaviour key and evidence (null when none);
- ``questions``: the questions marked asked (the handout prints only those): text and answer;
- ``rehearsal``: segment, times, outcome (null when none, as on the handout);
- ``commitments``: agreed on the ride: behaviour key, text, due date, in creation order;
- ``verified``: previous commitments checked on the ride: the commitment's uuid, outcome and
  evidence, ordered by commitment uuid;
- ``acknowledgement``: the seller's name, the date and their comment.

Left out: the manager's private note (never read here), quick notes, unasked questions,
self-ratings (not on the handout), the trend of earlier rides (the same ride can show another
trend when an earlier ride changes: that is not a change of this ride), the ride's status, the
"shared" mark, every stamp and uuid of the rows, and anything only the app shows. Texts are
stripped of surrounding white space, as the handout prints them.

Serialisation: UTF-8 JSON with keys sorted, no white space between tokens, non-ASCII characters
as themselves (``json.dumps(..., sort_keys=True, separators=(",", ":"), ensure_ascii=False)``).

No Qt; reads only, except :func:`acknowledged_hash` being called by ``status.acknowledge``
inside its transaction.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from fieldride.debriefs.audit import AuditEntry, audit_trail
from fieldride.i18n import messages
from fieldride.rides import get_ride, list_calls, observations_for_ride
from fieldride.store import Store
from fieldride.store import rows as records

CONTENT_FORMAT = "fieldride-acknowledged/1"
CODE_LENGTH = 10  # base32 characters: 50 bits of the SHA-256


def acknowledged_content(
    store: Store, ride_id: int, seller_name: str, acknowledged_on: str, comment: str
) -> dict[str, Any]:
    """The ride's acknowledged content (module docstring) with the given acknowledgement.
    Raises DomainError if the ride is gone."""
    ride = get_ride(store, ride_id)
    version = records.one(
        store.db,
        "SELECT content_hash FROM scorecard_versions WHERE id = ?",
        [ride.scorecard_version_id],
    )
    calls = list_calls(store, ride_id)
    number = {c.id: n for n, c in enumerate(calls, start=1)}
    ratings = sorted(
        (
            {
                "call": number[o.call_id],
                "behaviour": o.behaviour_key,
                "level": o.level,
                "no_opportunity": o.no_opportunity,
                "evidence": o.evidence.strip(),
            }
            for o in observations_for_ride(store, ride_id)
            if o.level is not None or o.no_opportunity or o.evidence.strip()
        ),
        key=lambda r: (r["call"], r["behaviour"]),
    )
    debrief = records.one(store.db, "SELECT * FROM debriefs WHERE ride_id = ?", [ride_id]) or {}

    def point(kind: str) -> dict[str, Any] | None:
        key = debrief.get(f"{kind}_behaviour_key")
        evidence = str(debrief.get(f"{kind}_evidence") or "").strip()
        return {"behaviour": key, "evidence": evidence} if key or evidence else None

    questions = [
        {"text": str(q["text"]).strip(), "answer": str(q["answer"]).strip()}
        for q in store.db.query(
            "SELECT q.text, q.answer FROM debrief_questions q JOIN debriefs d "
            "ON d.id = q.debrief_id WHERE d.ride_id = ? AND q.deleted_at IS NULL AND q.asked = 1 "
            "ORDER BY q.position, q.id",
            [ride_id],
        )
    ]
    segment = str(debrief.get("rehearsal_segment") or "").strip()
    outcome = str(debrief.get("rehearsal_outcome") or "").strip()
    commitments = [
        {"behaviour": r["behaviour_key"], "text": str(r["text"]).strip(), "due": r["due_date"]}
        for r in store.db.query(
            "SELECT behaviour_key, text, due_date FROM commitments WHERE ride_id = ? "
            "AND deleted_at IS NULL ORDER BY created_at, uuid",
            [ride_id],
        )
    ]
    verified = [
        {"commitment": r["uuid"], "outcome": r["outcome"], "evidence": str(r["evidence"]).strip()}
        for r in store.db.query(
            "SELECT c.uuid, v.outcome, v.evidence FROM commitment_verifications v "
            "JOIN commitments c ON c.id = v.commitment_id "
            "WHERE v.ride_id = ? AND v.deleted_at IS NULL ORDER BY c.uuid",
            [ride_id],
        )
    ]
    return {
        "format": CONTENT_FORMAT,
        "ride": {
            "uuid": ride.uuid,
            "date": ride.ride_date,
            "kind": ride.ride_type,
            "objective": ride.objective.strip(),
            "manager": ride.manager_name.strip(),
            "scorecard": version["content_hash"] if version else None,
        },
        "focus": list(ride.focus),
        "calls": [
            {
                "kind": c.kind,
                "account": c.account.strip(),
                "contact_role": c.contact_role.strip(),
                "objective": c.objective.strip(),
                "time": c.call_time.strip(),
            }
            for c in calls
        ],
        "ratings": ratings,
        "strength": point("strength"),
        "gap": point("gap"),
        "questions": questions,
        "rehearsal": {
            "segment": segment,
            "times": int(debrief.get("rehearsal_count") or 0),
            "outcome": outcome,
        }
        if segment or outcome
        else None,
        "commitments": commitments,
        "verified": verified,
        "acknowledgement": {
            "seller": seller_name.strip(),
            "on": acknowledged_on,
            "comment": comment.strip(),
        },
    }


def serialise(content: dict[str, Any]) -> bytes:
    """The one byte form that is hashed (module docstring)."""
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def acknowledged_hash(
    store: Store, ride_id: int, seller_name: str, acknowledged_on: str, comment: str
) -> str:
    """SHA-256 (hex) of the ride's acknowledged content with this acknowledgement."""
    content = acknowledged_content(store, ride_id, seller_name, acknowledged_on, comment)
    return hashlib.sha256(serialise(content)).hexdigest()


def short_code(content_hash: str) -> str:
    """The printed code of a hash: its first 50 bits in base32, ``ABCDE-FGHIJ``."""
    letters = base64.b32encode(bytes.fromhex(content_hash)).decode("ascii")[:CODE_LENGTH]
    return f"{letters[:5]}-{letters[5:]}"


def normalise_code(typed: str) -> str:
    """A code as typed (any case, spaces or dashes anywhere) in the printed form; '' when it
    cannot be one (wrong length or characters)."""
    letters = "".join(ch for ch in typed.upper() if ch not in " -\t")
    if len(letters) != CODE_LENGTH or any(
        ch not in "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" for ch in letters
    ):
        return ""
    return f"{letters[:5]}-{letters[5:]}"


@dataclass(frozen=True)
class AcknowledgementCheck:
    """Whether a ride is still what its seller acknowledged.

    ``state``: ``unchanged`` (the content hashes as it did at the acknowledgement),
    ``reopened`` (reopened since that acknowledgement; ``acknowledged_again`` when a new one
    followed), ``changed`` (different content, no reopening: not changed through FieldRide's
    own screens), ``no_code`` (acknowledged before FieldRide kept codes), ``not_acknowledged``.
    ``code`` is the code of the acknowledgement checked; ``code_now`` what the ride would
    print now (with that acknowledgement); ``reopenings`` the reopen entries after it."""

    state: str
    seller_name: str = ""
    acknowledged_on: str = ""
    code: str = ""
    code_now: str = ""
    acknowledged_again: bool = False
    reopenings: tuple[AuditEntry, ...] = ()
    content_same: bool = False  # reopened, but what was acknowledged reads the same now

    @property
    def unchanged(self) -> bool:
        return self.state == "unchanged"


def _acknowledgements(store: Store, ride_id: int) -> list[dict[str, Any]]:
    return list(
        store.db.query(
            "SELECT * FROM acknowledgements WHERE ride_id = ? ORDER BY created_at, id", [ride_id]
        )
    )


def check_acknowledgement(
    store: Store, ride_id: int, code: str | None = None
) -> AcknowledgementCheck:
    """Is the ride still what the seller acknowledged? Checks the acknowledgement whose code
    is ``code`` (as printed on a handout; DomainError if no acknowledgement of the ride has
    it), else the latest acknowledgement (in force or superseded by a reopening). Raises
    DomainError if the ride is gone."""
    from fieldride.errors import DomainError

    get_ride(store, ride_id)
    acks = _acknowledgements(store, ride_id)
    if code is not None:
        wanted = normalise_code(code)
        if not wanted:
            raise DomainError(
                messages()
                .gettext("'{code}' is not an acknowledgement code (10 letters and digits).")
                .format(code=code)
            )
        acks = [a for a in acks if a["content_hash"] and short_code(a["content_hash"]) == wanted]
        if not acks:
            raise DomainError(
                messages()
                .gettext(
                    "No acknowledgement of this ride has the code {wanted}: the handout is of another ride, or the code was misread."
                )
                .format(wanted=wanted)
            )
    if not acks:
        return AcknowledgementCheck("not_acknowledged")
    ack = acks[-1]
    name, on, comment = str(ack["seller_name"]), str(ack["acknowledged_on"]), str(ack["comment"])
    if not ack["content_hash"]:
        return AcknowledgementCheck("no_code", name, on)
    stored = str(ack["content_hash"])
    now = acknowledged_hash(store, ride_id, name, on, comment)
    trail = audit_trail(store, ride_id)
    reopenings = tuple(e for e in trail if e.action == "reopened" and e.at > str(ack["created_at"]))
    later = [a for a in _acknowledgements(store, ride_id) if a["created_at"] > ack["created_at"]]
    if reopenings:
        state = "reopened"
    elif now == stored and ack["superseded_at"] is None:
        state = "unchanged"
    else:
        state = "changed"
    return AcknowledgementCheck(
        state,
        seller_name=name,
        acknowledged_on=on,
        code=short_code(stored),
        code_now=short_code(now),
        acknowledged_again=bool(later),
        reopenings=reopenings,
        content_same=now == stored,
    )
