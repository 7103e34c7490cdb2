"""Ride status after capture: finishing the debrief, the seller's acknowledgement (locks the
ride), reopening (reason required, audited) and marking a summary shared.

Flow enforced here: in_progress → debriefed (:func:`finish_debrief`) → acknowledged
(:func:`acknowledge`); :func:`reopen_ride` goes back to debriefed and unlocks; ``shared_at`` is
set by :func:`mark_shared` once the ride is debriefed or acknowledged. ``planned → in_progress``
happens in ``rides`` (first call or ``start_ride``). Part of
``fieldride.debriefs``, which is where callers import it from. Refusals raise
:class:`DomainError` and change nothing; every function commits before it returns.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fieldride.debriefs.acknowledged import acknowledged_hash, short_code
from fieldride.debriefs.audit import add_entry, changes_since_reopen
from fieldride.errors import DomainError
from fieldride.i18n import messages
from fieldride.rides import get_ride, refuse_read_only
from fieldride.store import Store, parse_date, seal_finished_rides
from fieldride.store import rows as records


@dataclass(frozen=True)
class Acknowledgement:
    seller_name: str
    acknowledged_on: str
    comment: str
    created_at: str
    content_hash: str | None = None  # None: acknowledged before FieldRide kept codes

    @property
    def code(self) -> str:
        """The short code printed on the handout ('' when there is none)."""
        return short_code(self.content_hash) if self.content_hash else ""


def debrief_missing(store: Store, ride_id: int) -> list[str]:
    """What the debrief still needs before it can be finished, as short phrases for the user
    (empty when ready): behaviour and evidence of the strength and the gap, one commitment."""
    row = records.one(store.db, "SELECT * FROM debriefs WHERE ride_id = ?", [ride_id]) or {}
    t = messages()
    missing = []
    for key, evidence, pick, give in (
        (
            row.get("strength_behaviour_key"),
            row.get("strength_evidence") or "",
            t.gettext("pick the behaviour of the strength"),
            t.gettext("give evidence for the strength"),
        ),
        (
            row.get("gap_behaviour_key"),
            row.get("gap_evidence") or "",
            t.gettext("pick the behaviour of the gap"),
            t.gettext("give evidence for the gap"),
        ),
    ):
        if not key:
            missing.append(pick)
        if not evidence.strip():
            missing.append(give)
    has_commitment = records.one(
        store.db,
        "SELECT 1 AS x FROM commitments WHERE ride_id = ? AND deleted_at IS NULL LIMIT 1",
        [ride_id],
    )
    if has_commitment is None:
        missing.append(t.gettext("agree at least one commitment"))
    return missing


def finish_debrief(store: Store, ride_id: int) -> None:
    """Mark the ride debriefed (from in progress; again on a debriefed ride is harmless).

    Requires everything :func:`debrief_missing` lists (the message names all of it). Refused on
    a planned or locked ride.
    """
    ride = get_ride(store, ride_id)
    refuse_read_only(store, ride_id)
    if ride.locked:
        raise DomainError(
            messages().gettext("This ride is acknowledged and locked; reopen it to change it.")
        )
    if ride.status == "planned":
        raise DomainError(
            messages().gettext(
                "This ride is still planned: observe at least one call before the debrief."
            )
        )
    missing = debrief_missing(store, ride_id)
    if missing:
        raise DomainError(
            messages()
            .gettext("Before finishing the debrief: {missing}.")
            .format(missing="; ".join(missing))
        )
    if ride.status == "debriefed":
        return
    with store.db.atomic():
        records.update(store.db, "rides", ride_id, {"status": "debriefed"})
        add_entry(store, ride_id, "debriefed")


def acknowledge(
    store: Store, ride_id: int, seller_name: str, on: str | date | None = None, comment: str = ""
) -> None:
    """The seller acknowledges the debrief (typed name, date, optional comment); the ride is
    then locked, and the fingerprint of what they acknowledged is stored with the
    acknowledgement (see ``acknowledged``). Refused unless the ride is debriefed (finished, not yet acknowledged), for an
    empty name, or a date that is not a date or is before the ride. After a reopen, the
    capture records changed meanwhile are written to the audit trail first."""
    if not seller_name.strip():
        raise DomainError(messages().gettext("The seller types their name to acknowledge."))
    ride = get_ride(store, ride_id)
    refuse_read_only(store, ride_id)
    if ride.status != "debriefed":
        raise DomainError(
            messages().gettext("Finish the debrief before the seller acknowledges it.")
        )
    when = parse_date(on) if on else records.today().isoformat()
    if when < ride.ride_date:
        t = messages()
        raise DomainError(
            t.gettext("The acknowledgement date {when} is before the ride ({ride_date}).").format(
                when=t.date(when), ride_date=t.date(ride.ride_date)
            )
        )
    with store.db.atomic():
        changed = changes_since_reopen(store, ride_id)
        if changed:
            add_entry(store, ride_id, "changed", reason="capture", detail=", ".join(changed))
        records.insert(
            store.db,
            "acknowledgements",
            {
                "ride_id": ride_id,
                "seller_name": seller_name.strip(),
                "acknowledged_on": when,
                "comment": comment.strip(),
                # the fingerprint of what the seller acknowledged (``acknowledged``): printed
                # as a short code on the handout, checked by ``fieldride verify``
                "content_hash": acknowledged_hash(
                    store, ride_id, seller_name.strip(), when, comment.strip()
                ),
            },
        )
        records.update(store.db, "rides", ride_id, {"status": "acknowledged", "locked": 1})
        add_entry(store, ride_id, "acknowledged")
        seal_finished_rides(store.db.conn, only=ride_id)  # what the seller acknowledged


def get_acknowledgement(store: Store, ride_id: int) -> Acknowledgement | None:
    """The ride's current acknowledgement (None if none, or if it was superseded by a reopen)."""
    row = records.one(
        store.db,
        "SELECT * FROM acknowledgements WHERE ride_id = ? AND superseded_at IS NULL "
        "ORDER BY id DESC LIMIT 1",
        [ride_id],
    )
    if row is None:
        return None
    return Acknowledgement(
        row["seller_name"],
        row["acknowledged_on"],
        row["comment"],
        row["created_at"],
        row["content_hash"],
    )


def reopen_ride(store: Store, ride_id: int, reason: str) -> None:
    """Unlock an acknowledged ride (back to debriefed). The reason is required and recorded with
    the time; every change from now until the next acknowledgement is audited."""
    if not reason.strip():
        raise DomainError(messages().gettext("Say why the acknowledged ride is being reopened."))
    ride = get_ride(store, ride_id)
    refuse_read_only(store, ride_id)
    if not ride.locked:
        raise DomainError(messages().gettext("This ride is not locked."))
    stamp = records.now_utc()
    with store.db.atomic():
        store.db.execute(
            "UPDATE acknowledgements SET superseded_at = ?, updated_at = ? "
            "WHERE ride_id = ? AND superseded_at IS NULL",
            [stamp, stamp, ride_id],
        )
        records.update(store.db, "rides", ride_id, {"status": "debriefed", "locked": 0})
        add_entry(store, ride_id, "reopened", reason=reason.strip())


def mark_shared(store: Store, ride_id: int, detail: str = "") -> None:
    """Record that a seller-facing summary was produced (status shows 'shared'). Allowed on a
    debriefed or acknowledged ride (locked or not); refused before the debrief is finished."""
    ride = get_ride(store, ride_id)
    if ride.status not in ("debriefed", "acknowledged"):
        raise DomainError(messages().gettext("Finish the debrief before sharing its summary."))
    if ride.read_only:
        return  # a summary of another manager's ride (or a conflict copy) changes nothing
    stamp = records.now_utc()
    with store.db.atomic():
        store.db.execute(
            "UPDATE rides SET shared_at = ?, updated_at = ? WHERE id = ?", [stamp, stamp, ride_id]
        )
        add_entry(store, ride_id, "shared", detail=detail)
