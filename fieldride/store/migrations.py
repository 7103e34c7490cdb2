"""The schema, as named, ordered migrations (sqlite-utils ``Migrations``).

Rules (see DESIGN.md):
- never edit a migration that has shipped; add a new one at the end;
- each migration runs in a transaction together with the record that it ran;
- the DB is backed up (SQLite backup API) before any pending migration runs (see ``db.py``);
- every migration is tested from a DB built at the step before it (tests/core/test_migrations.py).

Conventions of the model:
- every record has ``id`` (an integer rowid, cheap to join and index), a stable ``uuid`` (TEXT,
  UNIQUE) so data can merge across laptops, and ``created_at`` / ``updated_at`` in UTC ISO 8601;
- soft deletion (``deleted_at``) where the UI offers undo or where merges must see deletions;
- scorecard versions are immutable once a ride uses them (trigger below);
- observations carry denormalised ``seller_id``, ``scorecard_id`` and ``observed_on`` so the review
  queries hit one covering index instead of a three-way join (STACK-NOTES).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    from fieldride.store.sql import StoreDb

MIGRATION_SET = "fieldride"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' table of applied steps

# The steps, in order. sqlite-utils' ``Migrations`` (which applies them and records each one) is
# built from this list on first use (:func:`migration_set`): opening a store that is up to date
# only reads MIGRATIONS_TABLE and never imports sqlite-utils (it stays off the start-up path).
_STEPS: list[tuple[str, Callable[[Database], None]]] = []
_SET: list[Migrations] = []  # the built Migrations, once built


def _step(name: str) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
    def register(fn: Callable[[Database], None]) -> Callable[[Database], None]:
        _STEPS.append((name, fn))
        return fn

    return register


def migration_set() -> Migrations:
    """sqlite-utils' ``Migrations`` holding every step (built once; imports sqlite-utils).

    Tests may register an extra step on it (``migration_set()(name=...)(fn)``);
    :func:`known_names` then includes it.
    """
    if not _SET:
        from sqlite_utils.migrations import Migrations

        built = Migrations(MIGRATION_SET)
        for name, fn in _STEPS:
            built(name=name)(fn)
        _SET.append(built)
    return _SET[0]


def __getattr__(name: str) -> Any:
    # ``fieldride.store.migrations.migrations``: the Migrations object, as the module offered before.
    if name == "migrations":
        return migration_set()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def known_names() -> list[str]:
    """Names of every migration this version of the app knows, in order."""
    if _SET:
        return [m.name for m in _SET[0]._migrations]
    return [name for name, _fn in _STEPS]


def applied_names(conn: sqlite3.Connection) -> list[str]:
    """Names of the steps applied to the database on ``conn``, in the order they ran (read
    directly, the way sqlite-utils' ``Migrations.applied`` reads them; never writes)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]
    ).fetchone()
    if exists is None:
        return []
    rows = conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET],
    )
    return [str(row[0]) for row in rows]


def pending_names(conn: sqlite3.Connection) -> list[str]:
    """Known steps not applied yet, in order."""
    applied = set(applied_names(conn))
    return [name for name in known_names() if name not in applied]


def apply(db: StoreDb, stop_before: str | Iterable[str] | None = None) -> None:
    """Apply the pending steps through sqlite-utils (each in its own transaction with the record
    that it ran), stopping before ``stop_before`` if given."""
    migration_set().apply(db.utils(), stop_before=stop_before)


_STAMPS = """
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL"""


def _run(db: Database, statements: str) -> None:
    """Run ``;``-separated DDL statements one by one inside the migration's transaction.

    ``executescript`` would COMMIT implicitly and break the migration's atomicity; triggers
    contain ``;`` so statements are separated by a line holding only ``--``.
    """
    for statement in statements.split("\n--\n"):
        if statement.strip():
            db.execute(statement)


@_step("0001_initial_schema")
def m0001_initial_schema(db: Database) -> None:
    _run(
        db,
        f"""
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
)
--
CREATE TABLE sellers (
    id INTEGER PRIMARY KEY,{_STAMPS},
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    team TEXT NOT NULL DEFAULT '',
    territory TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    archived_at TEXT
)
--
CREATE INDEX idx_sellers_name ON sellers(name COLLATE NOCASE)
--
CREATE TABLE scorecards (
    id INTEGER PRIMARY KEY,{_STAMPS},
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    archived_at TEXT
)
--
CREATE TABLE scorecard_versions (
    id INTEGER PRIMARY KEY,{_STAMPS},
    scorecard_id INTEGER NOT NULL REFERENCES scorecards(id),
    version INTEGER NOT NULL CHECK (version >= 1),
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL,
    definition TEXT NOT NULL,
    UNIQUE (scorecard_id, version)
)
--
CREATE TABLE scale_levels (
    id INTEGER PRIMARY KEY,{_STAMPS},
    version_id INTEGER NOT NULL REFERENCES scorecard_versions(id),
    value INTEGER NOT NULL,
    label TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    UNIQUE (version_id, value)
)
--
CREATE TABLE sections (
    id INTEGER PRIMARY KEY,{_STAMPS},
    version_id INTEGER NOT NULL REFERENCES scorecard_versions(id),
    title TEXT NOT NULL,
    position INTEGER NOT NULL
)
--
CREATE TABLE behaviours (
    id INTEGER PRIMARY KEY,{_STAMPS},
    version_id INTEGER NOT NULL REFERENCES scorecard_versions(id),
    section_id INTEGER NOT NULL REFERENCES sections(id),
    key TEXT NOT NULL,
    title TEXT NOT NULL,
    good TEXT NOT NULL DEFAULT '',
    look_fors TEXT NOT NULL DEFAULT '[]',
    questions TEXT NOT NULL DEFAULT '[]',
    weight REAL,
    position INTEGER NOT NULL,
    UNIQUE (version_id, key)
)
--
CREATE TABLE rides (
    id INTEGER PRIMARY KEY,{_STAMPS},
    seller_id INTEGER NOT NULL REFERENCES sellers(id),
    scorecard_version_id INTEGER NOT NULL REFERENCES scorecard_versions(id),
    ride_date TEXT NOT NULL,
    ride_type TEXT NOT NULL CHECK (ride_type IN
        ('field_ride', 'side_by_side', 'call_listening', 'virtual', 'deal_review')),
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN
        ('planned', 'in_progress', 'debriefed', 'acknowledged')),
    manager_name TEXT NOT NULL DEFAULT '',
    objective TEXT NOT NULL DEFAULT '',
    shared_at TEXT,
    locked INTEGER NOT NULL DEFAULT 0,
    resume_call_id INTEGER,
    resume_behaviour_key TEXT,
    deleted_at TEXT
)
--
CREATE INDEX idx_rides_seller_date ON rides(seller_id, ride_date)
--
CREATE INDEX idx_rides_status ON rides(status)
--
CREATE TABLE ride_focus (
    id INTEGER PRIMARY KEY,{_STAMPS},
    ride_id INTEGER NOT NULL REFERENCES rides(id) ON DELETE CASCADE,
    behaviour_key TEXT NOT NULL,
    position INTEGER NOT NULL,
    UNIQUE (ride_id, behaviour_key)
)
--
CREATE TRIGGER ride_focus_at_most_two BEFORE INSERT ON ride_focus
WHEN (SELECT count(*) FROM ride_focus WHERE ride_id = NEW.ride_id) >= 2
BEGIN
    SELECT RAISE(ABORT, 'a ride has at most two focus behaviours');
END
--
CREATE TABLE calls (
    id INTEGER PRIMARY KEY,{_STAMPS},
    ride_id INTEGER NOT NULL REFERENCES rides(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN
        ('visit', 'phone_call', 'email', 'account_plan', 'opportunity_notes')),
    account TEXT NOT NULL DEFAULT '',
    contact_role TEXT NOT NULL DEFAULT '',
    objective TEXT NOT NULL DEFAULT '',
    call_time TEXT NOT NULL DEFAULT '',
    deleted_at TEXT
)
--
CREATE INDEX idx_calls_ride ON calls(ride_id, position)
--
CREATE TABLE observations (
    id INTEGER PRIMARY KEY,{_STAMPS},
    call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    ride_id INTEGER NOT NULL REFERENCES rides(id) ON DELETE CASCADE,
    seller_id INTEGER NOT NULL REFERENCES sellers(id),
    scorecard_id INTEGER NOT NULL REFERENCES scorecards(id),
    behaviour_key TEXT NOT NULL,
    observed_on TEXT NOT NULL,
    level INTEGER,
    no_opportunity INTEGER NOT NULL DEFAULT 0 CHECK (no_opportunity IN (0, 1)),
    evidence TEXT NOT NULL DEFAULT '',
    CHECK (NOT (no_opportunity = 1 AND level IS NOT NULL)),
    UNIQUE (call_id, behaviour_key)
)
--
CREATE INDEX idx_obs_ride ON observations(ride_id)
--
CREATE INDEX idx_obs_trend ON observations(seller_id, scorecard_id, behaviour_key, observed_on, level)
--
CREATE INDEX idx_obs_team ON observations(scorecard_id, behaviour_key, seller_id, observed_on, level)
--
CREATE TABLE quick_notes (
    id INTEGER PRIMARY KEY,{_STAMPS},
    ride_id INTEGER NOT NULL REFERENCES rides(id) ON DELETE CASCADE,
    call_id INTEGER REFERENCES calls(id) ON DELETE SET NULL,
    noted_at TEXT NOT NULL,
    text TEXT NOT NULL,
    deleted_at TEXT
)
--
CREATE INDEX idx_notes_ride ON quick_notes(ride_id)
--
CREATE TABLE debriefs (
    id INTEGER PRIMARY KEY,{_STAMPS},
    ride_id INTEGER NOT NULL UNIQUE REFERENCES rides(id) ON DELETE CASCADE,
    strength_behaviour_key TEXT,
    strength_evidence TEXT NOT NULL DEFAULT '',
    gap_behaviour_key TEXT,
    gap_evidence TEXT NOT NULL DEFAULT '',
    rehearsal_segment TEXT NOT NULL DEFAULT '',
    rehearsal_count INTEGER NOT NULL DEFAULT 0 CHECK (rehearsal_count >= 0),
    rehearsal_outcome TEXT NOT NULL DEFAULT ''
)
--
CREATE TABLE debrief_questions (
    id INTEGER PRIMARY KEY,{_STAMPS},
    debrief_id INTEGER NOT NULL REFERENCES debriefs(id) ON DELETE CASCADE,
    behaviour_key TEXT,
    text TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('scorecard', 'manager')),
    asked INTEGER NOT NULL DEFAULT 0 CHECK (asked IN (0, 1)),
    answer TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    deleted_at TEXT
)
--
CREATE INDEX idx_questions_debrief ON debrief_questions(debrief_id, position)
--
CREATE TABLE private_notes (
    id INTEGER PRIMARY KEY,{_STAMPS},
    ride_id INTEGER NOT NULL UNIQUE REFERENCES rides(id) ON DELETE CASCADE,
    text TEXT NOT NULL DEFAULT ''
)
--
CREATE TABLE commitments (
    id INTEGER PRIMARY KEY,{_STAMPS},
    seller_id INTEGER NOT NULL REFERENCES sellers(id),
    ride_id INTEGER NOT NULL REFERENCES rides(id) ON DELETE CASCADE,
    scorecard_id INTEGER NOT NULL REFERENCES scorecards(id),
    behaviour_key TEXT NOT NULL,
    text TEXT NOT NULL,
    due_date TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    closed_at TEXT,
    deleted_at TEXT
)
--
CREATE INDEX idx_commitments_seller ON commitments(seller_id, status, due_date)
--
CREATE INDEX idx_commitments_open ON commitments(status, due_date)
--
CREATE TABLE commitment_verifications (
    id INTEGER PRIMARY KEY,{_STAMPS},
    commitment_id INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    ride_id INTEGER NOT NULL REFERENCES rides(id) ON DELETE CASCADE,
    outcome TEXT NOT NULL CHECK (outcome IN ('applied', 'partly', 'not_yet', 'no_opportunity')),
    evidence TEXT NOT NULL DEFAULT '',
    verified_on TEXT NOT NULL,
    UNIQUE (commitment_id, ride_id)
)
--
CREATE INDEX idx_verifications_ride ON commitment_verifications(ride_id)
--
CREATE TABLE acknowledgements (
    id INTEGER PRIMARY KEY,{_STAMPS},
    ride_id INTEGER NOT NULL REFERENCES rides(id) ON DELETE CASCADE,
    seller_name TEXT NOT NULL CHECK (length(trim(seller_name)) > 0),
    acknowledged_on TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    superseded_at TEXT
)
--
CREATE INDEX idx_ack_ride ON acknowledgements(ride_id)
--
CREATE TABLE ride_audit (
    id INTEGER PRIMARY KEY,{_STAMPS},
    ride_id INTEGER NOT NULL REFERENCES rides(id) ON DELETE CASCADE,
    action TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT ''
)
--
CREATE INDEX idx_audit_ride ON ride_audit(ride_id)
--
CREATE TABLE training_events (
    id INTEGER PRIMARY KEY,{_STAMPS},
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    held_on TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    deleted_at TEXT
)
--
CREATE TABLE training_behaviours (
    id INTEGER PRIMARY KEY,{_STAMPS},
    training_id INTEGER NOT NULL REFERENCES training_events(id) ON DELETE CASCADE,
    scorecard_id INTEGER NOT NULL REFERENCES scorecards(id),
    behaviour_key TEXT NOT NULL,
    UNIQUE (training_id, scorecard_id, behaviour_key)
)
--
CREATE TABLE training_attendees (
    id INTEGER PRIMARY KEY,{_STAMPS},
    training_id INTEGER NOT NULL REFERENCES training_events(id) ON DELETE CASCADE,
    seller_id INTEGER NOT NULL REFERENCES sellers(id),
    UNIQUE (training_id, seller_id)
)
--
CREATE INDEX idx_attendees_seller ON training_attendees(seller_id)
--
CREATE TRIGGER scorecard_version_immutable BEFORE UPDATE ON behaviours
WHEN EXISTS (SELECT 1 FROM rides WHERE scorecard_version_id = OLD.version_id)
BEGIN
    SELECT RAISE(ABORT, 'this scorecard version is used by a ride and cannot change');
END
--
CREATE TRIGGER scale_immutable BEFORE UPDATE ON scale_levels
WHEN EXISTS (SELECT 1 FROM rides WHERE scorecard_version_id = OLD.version_id)
BEGIN
    SELECT RAISE(ABORT, 'this scorecard version is used by a ride and cannot change');
END
""",
    )
    # Full-text search over everything a manager writes, kept in sync by triggers on every
    # write (sqlite-utils FTS5, external content tables).
    for table, columns in _FTS_COLUMNS.items():
        db.table(table).enable_fts(columns, create_triggers=True, tokenize="unicode61")


_FTS_COLUMNS: dict[str, list[str]] = {
    "observations": ["evidence"],
    "quick_notes": ["text"],
    "debriefs": ["strength_evidence", "gap_evidence", "rehearsal_segment", "rehearsal_outcome"],
    "debrief_questions": ["text", "answer"],
    "private_notes": ["text"],
    "commitments": ["text"],
    "commitment_verifications": ["evidence"],
}


@_step("0002_review_indexes")
def m0002_review_indexes(db: Database) -> None:
    """Indexes for the review screens, measured on 6,000 rides / 300,000 observations.

    - ``idx_obs_ride_levels`` covers the per-ride mean level of each behaviour for one seller
      (``insights.ride_levels``): grouped in index order, no table lookups, several times faster
      than ``idx_obs_trend`` (which lacks ``ride_id``/``call_id``).
    - ``idx_calls_deleted`` is a partial index of the (few) removed calls, so excluding their
      observations costs a lookup in a tiny index instead of a scan of every call.
    """
    _run(
        db,
        """
CREATE INDEX idx_obs_ride_levels ON observations
    (seller_id, scorecard_id, observed_on, ride_id, behaviour_key, level, call_id)
--
CREATE INDEX idx_calls_deleted ON calls(id) WHERE deleted_at IS NOT NULL
""",
    )


@_step("0003_mergeable")
def m0003_mergeable(db: Database) -> None:
    """The schema made mergeable across laptops (issue 21, deliver 4).

    - Tombstones instead of hard deletes: ``ride_focus`` and ``commitment_verifications`` get
      ``deleted_at`` (a merge must carry a removal, or the removed row would come back);
      ``debrief_questions`` already had it and gets ``withdrawn`` (1 when the app withdrew an
      offered scorecard question because the gap changed: it may be offered again, unlike one
      the manager removed). Readers filter ``deleted_at IS NULL``. The at-most-two-focus trigger
      counts live rows only, and also guards bringing a removed focus back.
    - Organisation-wide seller identity: ``sellers.org_id`` (a UUID that travels between
      laptops; existing sellers take their own uuid), unique; roster import and merges match
      on it first, then on the email.
    - Authorship: ``rides.author_id`` (the store identity that wrote the ride; NULL on rows
      written before this step means this store). A ride whose author is another store is
      read-only here. ``store_identity`` holds this store's author id (one row).
    - Conflicts and merge bookkeeping: ``rides.conflict_of`` (uuid of the ride this one is a
      conflict copy of), ``rides.merged_hash`` / ``merged_updated_at`` (the version last merged
      in), and ``ride_versions`` (every version hash of a ride this store has held, sent or
      merged: how a merge tells an older version from a concurrent edit).
    - Scorecard identity by content: an index on ``scorecard_versions.content_hash``.
    """
    import uuid

    _run(
        db,
        """
ALTER TABLE ride_focus ADD COLUMN deleted_at TEXT
--
DROP TRIGGER ride_focus_at_most_two
--
CREATE TRIGGER ride_focus_at_most_two BEFORE INSERT ON ride_focus
WHEN NEW.deleted_at IS NULL AND (SELECT count(*) FROM ride_focus
    WHERE ride_id = NEW.ride_id AND deleted_at IS NULL) >= 2
BEGIN
    SELECT RAISE(ABORT, 'a ride has at most two focus behaviours');
END
--
CREATE TRIGGER ride_focus_at_most_two_again BEFORE UPDATE OF deleted_at ON ride_focus
WHEN OLD.deleted_at IS NOT NULL AND NEW.deleted_at IS NULL AND (SELECT count(*) FROM ride_focus
    WHERE ride_id = NEW.ride_id AND deleted_at IS NULL) >= 2
BEGIN
    SELECT RAISE(ABORT, 'a ride has at most two focus behaviours');
END
--
ALTER TABLE commitment_verifications ADD COLUMN deleted_at TEXT
--
ALTER TABLE debrief_questions ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0
    CHECK (withdrawn IN (0, 1))
--
ALTER TABLE sellers ADD COLUMN org_id TEXT
--
UPDATE sellers SET org_id = uuid
--
CREATE UNIQUE INDEX idx_sellers_org_id ON sellers(org_id)
--
ALTER TABLE rides ADD COLUMN author_id TEXT
--
ALTER TABLE rides ADD COLUMN conflict_of TEXT
--
ALTER TABLE rides ADD COLUMN merged_hash TEXT
--
ALTER TABLE rides ADD COLUMN merged_updated_at TEXT
--
CREATE INDEX idx_rides_conflict_of ON rides(conflict_of) WHERE conflict_of IS NOT NULL
--
CREATE TABLE ride_versions (
    ride_uuid TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (ride_uuid, content_hash)
)
--
CREATE TABLE store_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    author_id TEXT NOT NULL,
    created_at TEXT NOT NULL
)
--
CREATE INDEX idx_versions_content_hash ON scorecard_versions(content_hash)
""",
    )
    from datetime import UTC, datetime

    stamp = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    db.execute(
        "INSERT INTO store_identity (id, author_id, created_at) VALUES (1, ?, ?)",
        [str(uuid.uuid4()), stamp],
    )


@_step("0004_team_sync_state")
def m0004_team_sync_state(db: Database) -> None:
    """What this laptop last exchanged with the team server (issue 21), one row per ride or
    seller: the server's revision it saw, the content hash, and the record's local change
    stamp at that moment. A ride whose change stamp moved on since (or that has no row) is in
    the outbox: it goes out at the next sync. ``owner`` is the server role that wrote the
    record ('' until the server told us); ``conflict`` says why the last sync could not settle
    it ('' when it did). Empty until a team is configured."""
    _run(
        db,
        """
CREATE TABLE sync_state (
    kind TEXT NOT NULL CHECK (kind IN ('ride', 'seller')),
    key TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    server_revision INTEGER NOT NULL DEFAULT 0,
    content_hash TEXT NOT NULL DEFAULT '',
    local_stamp TEXT NOT NULL DEFAULT '',
    synced_at TEXT NOT NULL,
    conflict TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kind, key)
)
""",
    )


@_step("0005_ride_checksums")
def m0005_ride_checksums(db: Database) -> None:
    """A checksum per acknowledged ride (issue 20, fault 13; see fieldride.store.checksums):
    the table, the triggers that drop a ride's checksum when SQL changes its content, and the
    checksums of the rides already acknowledged. Local only: derived from the ride, never sent
    (the receiving store makes its own)."""
    # imported here (as search_index in m0015): every opening, reading ones too, imports this
    # module for the names of the steps, and the checksums module brings json with it
    from fieldride.store.checksums import seal_finished_rides, trigger_sql

    db.execute(
        "CREATE TABLE ride_checksums (\n"
        "    ride_id INTEGER PRIMARY KEY REFERENCES rides(id) ON DELETE CASCADE,\n"
        "    sha256 TEXT NOT NULL\n"
        ")"
    )
    for statement in trigger_sql():
        db.execute(statement)
    seal_finished_rides(db.conn)


@_step("0006_seller_language")
def m0006_seller_language(db: Database) -> None:
    """The language of each seller's handout and other documents made for them (issue 24): a
    shipped language code (fieldride.i18n), '' = the manager's own language. Travels with the
    seller in bundles and sync (exchange units)."""
    _run(db, "ALTER TABLE sellers ADD COLUMN language TEXT NOT NULL DEFAULT ''")


@_step("0007_calibration")
def m0007_calibration(db: Database) -> None:
    """Calibration (issue 22, deliver 2).

    - ``rides.co_ride_of``: the uuid of the ride this one rates alongside (a second rater, e.g. a
      director co-riding on their own laptop). An explicit link, set by the second rater, travels
      with the ride (bundles, sync); the pairing never guesses from seller, date and calls.
    - ``calibration_runs`` / ``calibration_ratings``: the manager's own ratings of the reference
      scenarios shipped in resources/calibration (solo calibration). ``scenario_hash`` names the
      text rated (a later release may reword a scenario). They stay on this laptop.
    """
    _run(
        db,
        f"""
ALTER TABLE rides ADD COLUMN co_ride_of TEXT
--
CREATE INDEX idx_rides_co_ride_of ON rides(co_ride_of) WHERE co_ride_of IS NOT NULL
--
CREATE TABLE calibration_runs (
    id INTEGER PRIMARY KEY,{_STAMPS},
    scenario_key TEXT NOT NULL,
    scenario_hash TEXT NOT NULL,
    finished_at TEXT
)
--
CREATE INDEX idx_calibration_runs_scenario ON calibration_runs(scenario_key, finished_at)
--
CREATE TABLE calibration_ratings (
    id INTEGER PRIMARY KEY,{_STAMPS},
    run_id INTEGER NOT NULL REFERENCES calibration_runs(id) ON DELETE CASCADE,
    behaviour_key TEXT NOT NULL,
    level INTEGER,
    no_opportunity INTEGER NOT NULL DEFAULT 0 CHECK (no_opportunity IN (0, 1)),
    CHECK (NOT (no_opportunity = 1 AND level IS NOT NULL)),
    UNIQUE (run_id, behaviour_key)
)
""",
    )


@_step("0008_attachments")
def m0008_attachments(db: Database) -> None:
    """Attachments (issue 22, deliver 5): a photo or file on a call, on one behaviour of a call
    (an observation), or on the ride's private note, kept inside the store so backups, bundles
    and sync carry it.

    - ``blobs``: the bytes, once per content (SHA-256 ``content_hash``), with their size;
    - ``attachments``: what the manager attached where: the ride, the call (``call_id``), the
      behaviour (``behaviour_key``, NULL for the whole call), the file's original name, media
      type and size, the blob's hash; ``private`` = 1 for the private note's (never exchanged);
      removed ones as tombstones (``deleted_at``) so a merge carries the removal.
    An attachment names its behaviour rather than its observation row, so clearing a rating
    never takes a file with it.
    """
    _run(
        db,
        f"""
CREATE TABLE blobs (
    content_hash TEXT PRIMARY KEY CHECK (length(content_hash) = 64),
    size INTEGER NOT NULL CHECK (size >= 0),
    data BLOB NOT NULL,
    created_at TEXT NOT NULL
)
--
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,{_STAMPS},
    ride_id INTEGER NOT NULL REFERENCES rides(id) ON DELETE CASCADE,
    call_id INTEGER REFERENCES calls(id) ON DELETE CASCADE,
    behaviour_key TEXT,
    private INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1)),
    name TEXT NOT NULL CHECK (length(name) > 0),
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size >= 0),
    content_hash TEXT NOT NULL,
    deleted_at TEXT,
    CHECK ((private = 1 AND call_id IS NULL AND behaviour_key IS NULL)
        OR (private = 0 AND call_id IS NOT NULL))
)
--
CREATE INDEX idx_attachments_ride ON attachments(ride_id)
--
CREATE INDEX idx_attachments_call ON attachments(call_id)
--
CREATE INDEX idx_attachments_hash ON attachments(content_hash)
""",
    )


@_step("0009_self_ratings")
def m0009_self_ratings(db: Database) -> None:
    """The seller's own ratings of a ride (issue 22, deliver 1), stored apart from the
    manager's observations: one row per ride and behaviour, a level of the ride's scale or "no
    opportunity", and where it was entered (``laptop``: the seller in the seller view;
    ``paper``: the manager typing in the blank scorecard the seller filled in). Cleared
    ratings are tombstones (``deleted_at``), like the rest of the mergeable schema, so a
    cleared rating stays cleared after a merge; recording it again revives the same row. Not
    private: the rows travel with the ride in bundles and sync."""
    _run(
        db,
        f"""
CREATE TABLE self_ratings (
    id INTEGER PRIMARY KEY,{_STAMPS},
    ride_id INTEGER NOT NULL REFERENCES rides(id) ON DELETE CASCADE,
    behaviour_key TEXT NOT NULL,
    level INTEGER,
    no_opportunity INTEGER NOT NULL DEFAULT 0 CHECK (no_opportunity IN (0, 1)),
    entered_on TEXT NOT NULL CHECK (entered_on IN ('laptop', 'paper')),
    deleted_at TEXT,
    CHECK (NOT (no_opportunity = 1 AND level IS NOT NULL)),
    UNIQUE (ride_id, behaviour_key)
)
""",
    )


@_step("0010_acknowledged_content")
def m0010_acknowledged_content(db: Database) -> None:
    """The fingerprint of what the seller acknowledged (issue 22, deliver 8): the SHA-256 of
    the ride's acknowledged content (``fieldride.debriefs.acknowledged``), stored with each
    acknowledgement from now on. NULL for acknowledgements made before this step: there is
    nothing to compare them with, and ``fieldride verify`` says so."""
    _run(db, "ALTER TABLE acknowledgements ADD COLUMN content_hash TEXT")


@_step("0011_search_index_on_text_change")
def m0011_search_index_on_text_change(db: Database) -> None:
    """The search index is rewritten only when searchable text changed (issue 20, deliver 9).

    sqlite-utils' update triggers re-index a row on *every* update: each rating keystroke
    (which sets the level, and names ``evidence`` in its upsert without changing it) deleted
    and re-inserted the evidence's words in ``observations_fts``, a new FTS5 segment per commit
    and the merges that follow, on the UI thread inside the COMMIT: 6.1 pages written per
    rating on a 195,000-observation store, 4.1 without. The same triggers, with a WHEN clause:
    the index entry is identical when the text is, so nothing a search finds changes."""
    for table, columns in _FTS_COLUMNS.items():
        fts = f"{table}_fts"
        names = ", ".join(f'"{c}"' for c in columns)
        old = ", ".join(f'old."{c}"' for c in columns)
        new = ", ".join(f'new."{c}"' for c in columns)
        changed = " OR ".join(f'old."{c}" IS NOT new."{c}"' for c in columns)
        db.execute(f'DROP TRIGGER IF EXISTS "{table}_au"')
        db.execute(
            f'CREATE TRIGGER "{table}_au" AFTER UPDATE ON "{table}"\n'
            f"WHEN {changed} OR old.rowid IS NOT new.rowid BEGIN\n"
            f'  INSERT INTO "{fts}" ("{fts}", rowid, {names}) VALUES(\'delete\', old.rowid, {old});\n'
            f'  INSERT INTO "{fts}" (rowid, {names}) VALUES (new.rowid, {new});\n'
            "END"
        )


@_step("0012_latest_levels")
def m0012_latest_levels(db: Database) -> None:
    """Withdrawn before release. It stored each seller's latest level per scorecard and
    behaviour, kept current by triggers on observations, calls and rides, for a director's team
    overview; the triggers made every rating and every bundle import or sync pull write more
    (a bulk merge several times slower) for an overview that still missed its target. Kept as a
    step that does nothing so that stores made while it existed open; 0013 removes what it
    made."""


@_step("0013_drop_latest_levels")
def m0013_drop_latest_levels(db: Database) -> None:
    """Remove the table and triggers of the withdrawn 0012 where a store has them."""
    for trigger in (
        "observations_latest_insert",
        "observations_latest_delete",
        "observations_latest_update",
        "calls_latest_update",
        "rides_latest_update",
    ):
        db.execute(f'DROP TRIGGER IF EXISTS "{trigger}"')
    db.execute("DROP TABLE IF EXISTS latest_levels")


@_step("0014_commitments_by_ride")
def m0014_commitments_by_ride(db: Database) -> None:
    """Commitments indexed by their ride. A ride's checksum (sealing an acknowledged ride,
    ``fieldride check``, a backup's check, a bundle import or a sync pull) read the ride's
    commitments through the seller's index, so each ride read every commitment of its seller:
    on a ten-year seller about 380 rows for one or two. Now one seek."""
    _run(db, "CREATE INDEX IF NOT EXISTS idx_commitments_ride ON commitments(ride_id)")


@_step("0015_search_by_ride_date")
def m0015_search_by_ride_date(db: Database) -> None:
    """The search index keyed by ride date (issue 23, deliver 5; ``fieldride.store.search_index``).

    Search listed a kind's matches in the order rows were written and sorted a window of the
    latest-written by ride date, which is not exact once rides arrive from elsewhere (a
    director's pull of fifty teams) and read a window of 500 matches a kind. The index's rowid
    now leads with the ride's date, so FTS5 gives the newest matches first and stops at the
    limit. The tables become contentless (the text stays in its own table; the keys are not row
    ids, so an external-content table cannot point at it), rows without text are left out, and
    triggers keep the keys right when a ride's date changes or a ride goes. Each table keeps
    FTS5's prefix index of three characters (search matches the last word typed as a prefix
    from its third letter). Rebuilt here from the data, in key order, then optimized."""
    from fieldride.store import search_index

    for table in _FTS_COLUMNS:
        for suffix in ("ai", "ad", "au"):
            db.execute(f'DROP TRIGGER IF EXISTS "{table}_{suffix}"')
        db.execute(f'DROP TABLE IF EXISTS "{table}_fts"')
    for statement in search_index.schema_sql():
        db.execute(statement)
    search_index.rebuild(db.conn)
