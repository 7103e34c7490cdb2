"""``fieldride sync``: one round with the team server (push, then pull).

Push (a manager): first the roster (roster.py: the manager's sellers, keyed by their
organisation-wide id), then every pending ride (outbox.py) as one whole-ride unit made by the
exchange package (``ride_unit``), one server transaction per unit (transfer.py). The local record
of what went out is written after the server committed: a sync cut off between the two sends
that unit again next time and the server answers ``unchanged`` (same content hash), so nothing
is stored twice. An enablement member publishes the latest version of each local scorecard.

Pull (everyone): scorecards published by enablement that this store lacks; the sellers this
role may read; then every ride the server lets this role read (a director: the managers under
them) whose server revision this laptop has not seen, oldest ride first, merged by the exchange
package (``merge_ride_unit``): a newer version replaces, an older one changes nothing, a
concurrent edit keeps both (a visible, read-only conflict copy). A conflict copy made here is
pending like any own ride (outbox.py) and goes out in the same sync, as its own record: the
version that lost is never only on this laptop. Rides of another author are read-only here
(exchange package).

Attached files (issue 22): before a ride whose unit names files goes out, the bytes the server
lacks under this role go first (one statement each), so the server never holds a ride whose
files it cannot give; after the rides are merged, the bytes of any file this laptop lacks are
fetched (the server's row-level security gives a director those of the managers under them).
The private note's files never leave the laptop (the unit does not name them).

Private notes, UI state and backups never travel: the unit leaves them out (exchange package)
and nothing here reads them. Progress is reported per record and a cancel request is honoured
between records (each record is whole on the server or absent).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fieldride.i18n import messages
from fieldride.server.connection import RefusedByServerError, ServerError, server_message
from fieldride.server.outbox import (
    SyncState,
    local_scorecard_hashes,
    pending,
    record_state,
    ride_stamps,
    sync_states,
)
from fieldride.server.roster import pull_roster, push_roster
from fieldride.server.transfer import (
    ServerRecord,
    fetch,
    fetch_blobs,
    fetch_replaced,
    missing_blobs,
    my_membership,
    publish_scorecard,
    published_scorecards,
    push_blob,
    push_ride,
    replaced_versions,
    revisions,
)
from fieldride.store import Store

if TYPE_CHECKING:
    import psycopg

    from fieldride.exchange import RideUnit, ScorecardUnit

log = logging.getLogger(__name__)

FETCH_BATCH = 200  # units fetched per round trip when pulling
LOCAL_BATCH = 50  # rides recorded locally per local commit while pushing
MERGE_BATCH = 25  # rides merged per local commit while pulling
NOT_RECEIVED = "not received"  # how a unit the merge refused is marked in sync_state


Progress = Callable[[str, int, int], None]  # (what, done, total)


@dataclass
class SyncReport:
    role: str = ""
    kind: str = ""
    pushed: int = 0  # rides stored on the server by this sync
    unchanged: int = 0  # rides the server already held as they are here
    pulled: int = 0  # rides merged into this store
    sellers_sent: int = 0
    sellers_received: int = 0  # sellers added or updated here from the team's roster
    scorecards_published: int = 0
    scorecards_received: int = 0
    files_sent: int = 0  # attached files whose bytes went to the server
    files_received: int = 0  # attached files whose bytes arrived here
    copies_received: int = 0  # versions the server kept when a push replaced them unseen
    # kept versions this store could not take ("ride uuid/revision" -> why)
    copies_unreadable: dict[str, str] = field(default_factory=dict)
    conflicts: dict[str, str] = field(default_factory=dict)
    cancelled: bool = False

    def lines(self) -> list[str]:
        """What the sync did, one line each, in the process's language (the app shows them)."""
        t = messages()
        signed_in = {
            "manager": t.gettext("Signed in as {role}, a manager of the team."),
            "director": t.gettext("Signed in as {role}, a director of the team."),
            "enablement": t.gettext("Signed in as {role}, enablement of the team."),
        }.get(self.kind, t.gettext("Signed in as {role}."))
        out = [signed_in.format(role=self.role)]
        out.append(
            t.gettext("Rides sent: {sent}; already on the server: {unchanged}.").format(
                sent=t.number(self.pushed), unchanged=t.number(self.unchanged)
            )
        )
        out.append(t.gettext("Rides received: {count}.").format(count=t.number(self.pulled)))
        out.append(
            t.gettext("Sellers sent: {sent}; received: {received}.").format(
                sent=t.number(self.sellers_sent), received=t.number(self.sellers_received)
            )
        )
        if self.scorecards_published:
            out.append(
                t.gettext("Scorecards published: {count}.").format(
                    count=t.number(self.scorecards_published)
                )
            )
        out.append(
            t.gettext("Scorecards received: {count}.").format(
                count=t.number(self.scorecards_received)
            )
        )
        if self.files_sent or self.files_received:
            out.append(
                t.gettext("Attached files sent: {sent}; received: {received}.").format(
                    sent=t.number(self.files_sent), received=t.number(self.files_received)
                )
            )
        if self.copies_received:
            out.append(
                t.gettext("Replaced versions received as conflict copies: {count}.").format(
                    count=t.number(self.copies_received)
                )
            )
        if self.copies_unreadable:
            out.append(
                t.gettext(
                    "Replaced versions kept by the server that could not be read here: {count}."
                ).format(count=t.number(len(self.copies_unreadable)))
            )
        if self.conflicts:
            out.append(
                t.gettext("Conflicts (kept as they are here): {count}.").format(
                    count=t.number(len(self.conflicts))
                )
            )
        if self.cancelled:
            out.append(t.gettext("Cancelled: the rest goes out at the next sync."))
        return out


def sync_store(
    store: Store,
    conn: psycopg.Connection[tuple[Any, ...]],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SyncReport:
    """One sync round on an open connection (see the module docstring), which it puts in
    autocommit mode (every record is one statement: its own transaction, one round trip).
    ServerError if this role is not a member of the team or the connection is lost."""
    import psycopg

    if not conn.autocommit and conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE:
        # Each record is one statement, its own transaction: one round trip per ride.
        conn.autocommit = True
    try:
        return _sync(store, conn, progress, cancelled)
    except psycopg.OperationalError as err:
        # The server went away or the connection dropped: every ride is whole on the server or
        # absent (one transaction each), and the local record is written only after a commit,
        # so the next sync sends whatever is missing and nothing twice.
        raise ServerError(
            messages()
            .gettext(
                "The connection to the team server was lost; what was sent is kept and the rest goes out at the next sync ({err})."
            )
            .format(err=server_message(err))
        ) from None


def _sync(
    store: Store,
    conn: psycopg.Connection[tuple[Any, ...]],
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> SyncReport:
    role, kind = my_membership(conn)
    if kind is None:
        raise ServerError(
            messages()
            .gettext(
                "The role {role} is not a member of this team: ask the team's admin to add it."
            )
            .format(role=role)
        )
    report = SyncReport(role=role, kind=kind)
    stop = cancelled or (lambda: False)
    tell = progress or (lambda _what, _done, _total: None)
    if kind == "manager":
        report.sellers_sent, refused = push_roster(store, conn, role)
        report.conflicts.update(refused)
        _push_rides(store, conn, report, tell, stop)
    if kind == "enablement" and not report.cancelled:
        _publish_scorecards(store, conn, report)
    if not report.cancelled:
        _pull_scorecards(store, conn, report)
    if not report.cancelled:
        report.sellers_received = pull_roster(store, conn, role)
    if not report.cancelled:
        _pull_rides(store, conn, report, tell, stop)
    if not report.cancelled:
        _pull_replaced(store, conn, report)
    if not report.cancelled:
        _pull_blobs(store, conn, report)
    if kind == "manager" and not report.cancelled and pending(store, role).rides:
        # Own rides the merge left differing from the server's (see _pull_rides) go out now.
        _push_rides(store, conn, report, tell, stop)
    log.info(
        "sync: %d sent, %d unchanged, %d received, %d conflicts",
        report.pushed,
        report.unchanged,
        report.pulled,
        len(report.conflicts),
    )
    return report


def _push_rides(
    store: Store,
    conn: psycopg.Connection[tuple[Any, ...]],
    report: SyncReport,
    tell: Progress,
    stop: Callable[[], bool],
) -> None:
    """Send the pending rides, one server transaction each. What the server confirmed is
    recorded locally in batches (:data:`LOCAL_BATCH` rides per local commit, and always before
    this returns or raises): a process killed between the two loses only local records, and
    those rides are then found already on the server (``unchanged``) at the next sync. The
    local write lock is never held across a network call."""
    from fieldride.exchange import remember_sent, ride_unit

    todo = pending(store, report.role).rides
    states = sync_states(store, "ride")
    stamps = ride_stamps(store)
    confirmed: list[tuple[RideUnit | None, SyncState]] = []

    def flush() -> None:
        if confirmed:
            with store.db.atomic():
                remember_sent(store, [u for u, _s in confirmed if u is not None])
                for _unit, state in confirmed:
                    record_state(store, "ride", state)
            confirmed.clear()

    try:
        for done, key in enumerate(todo):
            if stop():
                report.cancelled = True
                return
            tell(messages().gettext("Sending rides"), done, len(todo))
            if len(confirmed) >= LOCAL_BATCH:
                flush()
            unit = ride_unit(store, key)
            digest = unit.content_hash
            stamp = stamps[key]
            state = states.get(key)
            base = state.server_revision if state else 0
            if state is not None and state.content_hash == digest and not state.conflict:
                # Touched but the same content (e.g. a private note changed): nothing to send.
                confirmed.append((None, _state(key, report.role, base, digest, stamp)))
                continue
            body = unit.to_dict()
            try:
                _push_blobs(store, conn, unit, report)
                result = push_ride(
                    conn,
                    key,
                    unit.updated_at,
                    body,
                    base_revision=base,
                    digest=digest,
                    ride_date=ride_date(body),
                )
            except RefusedByServerError as err:
                report.conflicts[key] = str(err)
                confirmed.append((None, _state(key, "", base, "", "", str(err))))
                continue
            if result.status == "server_newer":
                why = (
                    "the team server holds a newer version of this ride (edited on another laptop)"
                )
                report.conflicts[key] = why
                prior_hash = state.content_hash if state else ""
                prior_stamp = state.local_stamp if state else ""
                confirmed.append(
                    (None, _state(key, report.role, base, prior_hash, prior_stamp, why))
                )
                continue
            if result.status == "stored":
                report.pushed += 1
            else:
                report.unchanged += 1
            confirmed.append((unit, _state(key, report.role, result.revision, digest, stamp)))
        tell(messages().gettext("Sending rides"), len(todo), len(todo))
    finally:
        flush()


def _push_blobs(
    store: Store, conn: psycopg.Connection[tuple[Any, ...]], unit: RideUnit, report: SyncReport
) -> None:
    """The bytes of the unit's files that the server lacks under this role (none asked for a
    ride without files: no round trip)."""
    from fieldride.exchange.units import blob_hashes
    from fieldride.rides import blob_data

    needed = blob_hashes(unit.body)
    if not needed:
        return
    for digest in sorted(missing_blobs(conn, needed)):
        data = blob_data(store, digest)
        if data is not None:  # a file this laptop never received cannot be passed on
            push_blob(conn, data)
            report.files_sent += 1


BLOB_BATCH = 8  # attached files fetched per round trip (at most 80 MB)


def _pull_blobs(
    store: Store, conn: psycopg.Connection[tuple[Any, ...]], report: SyncReport
) -> None:
    """Fetch the bytes of every file this laptop's rides name but it does not hold, and keep
    them (a file the server does not give is asked for again at the next sync)."""
    from fieldride.rides import missing_blobs as missing_here
    from fieldride.rides import store_blob

    wanted = missing_here(store)
    for start in range(0, len(wanted), BLOB_BATCH):
        received = fetch_blobs(conn, wanted[start : start + BLOB_BATCH])
        with store.db.atomic():
            for _digest, data in received:
                store_blob(store, data)
        report.files_received += len(received)


def _state(
    key: str, owner: str, revision: int, digest: str, stamp: str, conflict: str = ""
) -> SyncState:
    return SyncState(key, owner, revision, digest, stamp, conflict)


def _publish_scorecards(
    store: Store, conn: psycopg.Connection[tuple[Any, ...]], report: SyncReport
) -> None:
    from fieldride.scorecards.store import list_latest

    for version in list_latest(store):
        card = version.card
        if publish_scorecard(conn, card.content_hash(), card.key, card.name, card.to_dict()):
            report.scorecards_published += 1


def _pull_scorecards(
    store: Store, conn: psycopg.Connection[tuple[Any, ...]], report: SyncReport
) -> None:
    from fieldride.scorecards.model import Scorecard
    from fieldride.scorecards.store import save_scorecard

    for published in published_scorecards(conn, known=local_scorecard_hashes(store)):
        card = Scorecard.from_dict(published.definition)
        save_scorecard(store, card, source=f"team server ({published.published_by})")
        report.scorecards_received += 1


def _pull_rides(
    store: Store,
    conn: psycopg.Connection[tuple[Any, ...]],
    report: SyncReport,
    tell: Progress,
    stop: Callable[[], bool],
) -> None:
    """Merge every readable ride whose server revision this laptop has not seen, oldest ride
    first (a verification needs the earlier ride's commitment). The merge (exchange package)
    decides: a newer version replaces, an older one changes nothing, a concurrent edit keeps
    both (a visible conflict copy); nothing is dropped here."""
    from fieldride.exchange import (
        MergeOutcome,
        Outcome,
        UnitError,
        larger_cache,
        merge_ride_units,
        ride_unit,
        ride_unit_from_dict,
    )

    states = sync_states(store, "ride")
    wanted = [
        key
        for key, (revision, digest) in revisions(conn, "ride").items()
        if key not in states
        or (states[key].server_revision != revision and states[key].content_hash != digest)
        or (states[key].server_revision != revision and bool(states[key].conflict))
        or states[key].conflict.startswith(NOT_RECEIVED)
    ]
    mine: list[tuple[str, int, str]] = []
    # Scorecards already checked in this pull, by content hash: the rides of a team share a few
    # scorecards, and checking the same definition again for every ride was an eighth of the
    # pull's time (each unit's scorecard is still compared with the checked one).
    checked: dict[str, ScorecardUnit] = {}

    def refuse(record: ServerRecord, err: UnitError) -> None:
        # A unit this FieldRide cannot take (altered, damaged, a newer format, a commitment
        # it refers to missing): nothing of it is written, the rest of the sync goes on, and
        # it is tried again at every sync (a ride that waits for another one's commitment
        # arrives once that one does).
        report.conflicts[record.key] = f"{NOT_RECEIVED}: {err}"
        record_state(
            store,
            "ride",
            _state(
                record.key,
                record.owner,
                record.revision,
                record.content_hash,
                "",
                f"{NOT_RECEIVED}: {err}",
            ),
        )

    def took(record: ServerRecord, outcome: MergeOutcome) -> None:
        if outcome.outcome in (Outcome.NEW, Outcome.UPDATED):
            report.pulled += 1
        elif outcome.outcome == Outcome.CONFLICT:
            report.pulled += 1
            report.conflicts[record.key] = (
                "edited on two laptops: both versions are kept here (a conflict copy)"
            )
        if record.owner == report.role:
            # Our own ride (another laptop of ours sent it): stamped below, so it is not
            # pending unless it changes here.
            mine.append((record.key, record.revision, record.content_hash))
        else:
            record_state(
                store,
                "ride",
                _state(record.key, record.owner, record.revision, record.content_hash, ""),
            )

    def take(records: list[ServerRecord]) -> None:
        """Check each record, then merge the page's units together (fieldride.exchange.pages:
        the same rows as one by one, with far fewer statements)."""
        units: list[tuple[ServerRecord, RideUnit]] = []
        for record in records:
            try:
                unit = ride_unit_from_dict(record.body, checked)
            except UnitError as err:
                refuse(record, err)
                continue
            checked.setdefault(unit.scorecard.content_hash, unit.scorecard)
            units.append((record, unit))
        outcomes = merge_ride_units(store, [unit for _record, unit in units])
        for (record, _unit), outcome in zip(units, outcomes, strict=True):
            if isinstance(outcome, UnitError):
                refuse(record, outcome)
            else:
                took(record, outcome)

    # A larger page cache while merging (a director's first pull writes millions of rows).
    with larger_cache(store):
        for start in range(0, len(wanted), FETCH_BATCH):
            if stop():
                report.cancelled = True
                break
            tell(messages().gettext("Receiving rides"), start, len(wanted))
            received = fetch(conn, "ride", wanted[start : start + FETCH_BATCH])
            # Merged MERGE_BATCH rides per local commit (no network call inside it): the app,
            # if open on this store, waits at most a fraction of a second for its next write.
            for first in range(0, len(received), MERGE_BATCH):
                if first:
                    tell(messages().gettext("Receiving rides"), start + first, len(wanted))
                with store.db.atomic():
                    take(received[first : first + MERGE_BATCH])
    if mine:
        stamps = ride_stamps(store)
        for key, revision, digest in mine:
            # If the merge kept this laptop's version (e.g. the later acknowledged one of a
            # conflict), the ride differs from the server's: left pending (no stamp), it goes
            # out as a fast-forward of the revision just seen.
            same = key in stamps and ride_unit(store, key).content_hash == digest
            stamp = stamps[key] if same else ""
            record_state(store, "ride", _state(key, report.role, revision, digest, stamp))
    if not report.cancelled:
        tell(messages().gettext("Receiving rides"), len(wanted), len(wanted))


def _pull_replaced(
    store: Store, conn: psycopg.Connection[tuple[Any, ...]], report: SyncReport
) -> None:
    """Every version the server kept when a push replaced it unseen (schema.py,
    ``replaced_rides``) arrives here as a read-only conflict copy, unless this store already
    holds that copy (made here when the merge met both versions, or received from the laptop
    that lost). So a version that lost a conflict reaches the director and the manager's other
    laptops even if the laptop that wrote it never syncs again. One local transaction."""
    from fieldride.exchange import (
        UnitError,
        conflict_copy,
        conflict_copy_uuid,
        merge_ride_unit,
        ride_unit_from_dict,
    )

    versions = replaced_versions(conn)
    if not versions:
        return
    copies = {conflict_copy_uuid(u, h): (u, h) for u, h in versions}
    held = {
        str(r[0])
        for r in store.db.execute(
            f"SELECT uuid FROM rides WHERE uuid IN ({', '.join('?' * len(copies))})",
            list(copies),
        )
    }
    wanted = [v for c, v in copies.items() if c not in held]
    records = fetch_replaced(conn, wanted)
    checked: dict[str, ScorecardUnit] = {}
    with store.db.atomic():
        for record in records:
            try:
                unit = ride_unit_from_dict(record.body, checked)
                checked.setdefault(unit.scorecard.content_hash, unit.scorecard)
                merge_ride_unit(store, conflict_copy(unit))
            except UnitError as err:
                # Not takeable here (its seller or scorecard not here yet, or a version altered
                # on the server by hand so that it no longer matches its hash): nothing of it
                # is written, the report says so, and it is tried again at the next sync. Not
                # a conflict of the ride itself, which is settled.
                report.copies_unreadable[f"{record.key}/{record.revision}"] = str(err)
                continue
            report.copies_received += 1


def ride_date(unit: dict[str, Any]) -> str:
    """The ride's date in a ride unit's JSON (``unit["ride"]["ride_date"]``, for the server's
    merge order); '' if absent."""
    ride = unit.get("ride")
    if isinstance(ride, dict) and isinstance(ride.get("ride_date"), str):
        return str(ride["ride_date"])
    return ""
