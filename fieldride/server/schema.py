"""The team server's schema, as numbered migrations applied by ``fieldride server init``.

Rules (as for the local store, fieldride/store/migrations.py): never edit a migration that has
shipped; add a new one at the end. Each migration runs in its own transaction together with its
row in ``fieldride.schema_version``; concurrent inits are serialised by an advisory lock, so
running init twice (or on two machines at once) applies each step exactly once.

What the server holds (schema ``fieldride``):
- ``members``: every PostgreSQL role of the team and its kind (manager, director, enablement);
  ``reporting``: which managers each director reads;
- ``rides``: one row per ride, the whole-ride unit as JSON keyed by its UUID, the role that wrote
  it (``owner``), the laptop's stamp (``updated_at``), a content hash and a ``revision`` the
  server counts (a trigger, not the client, sets it);
- ``sellers``: the roster, keyed by the organisation-wide seller id, owned by the manager;
- ``scorecards``: versions published by enablement, keyed by their content hash;
- ``blobs``: the bytes of the files attached to rides (issue 22), one row per owner and
  content hash (SHA-256, checked by the server itself), read under the same rules as the rides
  that refer to them: the owner and the owner's directors.

Who may do what is decided by the server (row-level security on current_user), not by the app:
a manager inserts and updates only rows they own and reads their own; a director reads the rows
of the managers that report to them; enablement publishes scorecards; every member reads the
scorecards. No policy allows DELETE (a ride removed on a laptop travels as a tombstone inside its
unit). The schema owner (the admin role that ran init) bypasses row-level security as owner:
it is not a member and is not used by the app for syncing.

Privileges init needs: a role that owns the database (or has CREATE on it) and CREATEROLE (it
creates the group role ``fieldride_team`` and, through ``add-*``, each member's login role).
No superuser.
"""

from __future__ import annotations

from typing import Final

from fieldride.i18n import N_, messages

SCHEMA: Final = "fieldride"
TEAM_ROLE: Final = "fieldride_team"  # the group role every member is granted
KINDS: Final = ("manager", "director", "enablement")
_KIND_NAMES: Final = {
    "manager": N_("manager"),
    "director": N_("director"),
    "enablement": N_("enablement"),
}


def kind_name(kind: str) -> str:
    """A member's kind as the person at the laptop reads it, in the interface language (the
    stored word is the same in every language; an unknown kind is shown as it is)."""
    name = _KIND_NAMES.get(kind)
    return messages().gettext(name) if name else kind


# A fixed key for pg_advisory_xact_lock: one init at a time per database.
INIT_LOCK_KEY: Final = 0x46524431  # "FRD1"

# (version, name, SQL). The SQL may hold several statements (psycopg sends them in one go,
# inside the migration's transaction).
MIGRATIONS: Final[list[tuple[int, str, str]]] = [
    (
        1,
        "team_store",
        f"""
CREATE TABLE {SCHEMA}.members (
    role_name text PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('manager', 'director', 'enablement')),
    display_name text NOT NULL DEFAULT '',
    added_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE {SCHEMA}.reporting (
    manager text NOT NULL REFERENCES {SCHEMA}.members(role_name) ON DELETE CASCADE,
    director text NOT NULL REFERENCES {SCHEMA}.members(role_name) ON DELETE CASCADE,
    PRIMARY KEY (manager, director)
);
CREATE INDEX reporting_director ON {SCHEMA}.reporting(director);

CREATE TABLE {SCHEMA}.rides (
    uuid uuid PRIMARY KEY,
    owner text NOT NULL DEFAULT current_user,
    updated_at timestamptz NOT NULL,
    content_hash text NOT NULL CHECK (length(content_hash) = 64),
    unit jsonb NOT NULL,
    revision bigint NOT NULL DEFAULT 1,
    -- the revision the pushing laptop had last seen (0: none): a row whose based_on is not the
    -- revision a laptop pushed replaced that laptop's version without seeing it (a conflict)
    based_on bigint NOT NULL DEFAULT 0,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX rides_owner ON {SCHEMA}.rides(owner);

CREATE TABLE {SCHEMA}.sellers (
    org_id uuid PRIMARY KEY,
    owner text NOT NULL DEFAULT current_user,
    updated_at timestamptz NOT NULL,
    content_hash text NOT NULL CHECK (length(content_hash) = 64),
    record jsonb NOT NULL,
    revision bigint NOT NULL DEFAULT 1,
    based_on bigint NOT NULL DEFAULT 0,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sellers_owner ON {SCHEMA}.sellers(owner);

CREATE TABLE {SCHEMA}.scorecards (
    content_hash text PRIMARY KEY CHECK (length(content_hash) >= 16),
    key text NOT NULL,
    name text NOT NULL,
    definition jsonb NOT NULL,
    published_by text NOT NULL DEFAULT current_user,
    published_at timestamptz NOT NULL DEFAULT now()
);

-- The server counts revisions and stamps arrival; what a client sends for them is ignored.
-- The owner of a row never changes.
CREATE FUNCTION {SCHEMA}.count_revision() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.revision := 1;
    ELSE
        IF NEW.owner IS DISTINCT FROM OLD.owner THEN
            RAISE EXCEPTION 'the owner of a row cannot change' USING ERRCODE = '42501';
        END IF;
        NEW.revision := OLD.revision + 1;
    END IF;
    NEW.received_at := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER rides_revision BEFORE INSERT OR UPDATE ON {SCHEMA}.rides
    FOR EACH ROW EXECUTE FUNCTION {SCHEMA}.count_revision();
CREATE TRIGGER sellers_revision BEFORE INSERT OR UPDATE ON {SCHEMA}.sellers
    FOR EACH ROW EXECUTE FUNCTION {SCHEMA}.count_revision();

ALTER TABLE {SCHEMA}.rides ENABLE ROW LEVEL SECURITY;
ALTER TABLE {SCHEMA}.sellers ENABLE ROW LEVEL SECURITY;
ALTER TABLE {SCHEMA}.scorecards ENABLE ROW LEVEL SECURITY;

CREATE POLICY rides_read ON {SCHEMA}.rides FOR SELECT USING (
    owner = current_user::text
    OR EXISTS (SELECT 1 FROM {SCHEMA}.reporting r
               WHERE r.manager = rides.owner AND r.director = current_user::text));
CREATE POLICY rides_insert ON {SCHEMA}.rides FOR INSERT WITH CHECK (
    owner = current_user::text
    AND EXISTS (SELECT 1 FROM {SCHEMA}.members m
                WHERE m.role_name = current_user::text AND m.kind = 'manager'));
CREATE POLICY rides_update ON {SCHEMA}.rides FOR UPDATE
    USING (owner = current_user::text) WITH CHECK (owner = current_user::text);

CREATE POLICY sellers_read ON {SCHEMA}.sellers FOR SELECT USING (
    owner = current_user::text
    OR EXISTS (SELECT 1 FROM {SCHEMA}.reporting r
               WHERE r.manager = sellers.owner AND r.director = current_user::text));
CREATE POLICY sellers_insert ON {SCHEMA}.sellers FOR INSERT WITH CHECK (
    owner = current_user::text
    AND EXISTS (SELECT 1 FROM {SCHEMA}.members m
                WHERE m.role_name = current_user::text AND m.kind = 'manager'));
CREATE POLICY sellers_update ON {SCHEMA}.sellers FOR UPDATE
    USING (owner = current_user::text) WITH CHECK (owner = current_user::text);

CREATE POLICY scorecards_read ON {SCHEMA}.scorecards FOR SELECT USING (
    EXISTS (SELECT 1 FROM {SCHEMA}.members m WHERE m.role_name = current_user::text));
CREATE POLICY scorecards_publish ON {SCHEMA}.scorecards FOR INSERT WITH CHECK (
    published_by = current_user::text
    AND EXISTS (SELECT 1 FROM {SCHEMA}.members m
                WHERE m.role_name = current_user::text AND m.kind = 'enablement'));

GRANT USAGE ON SCHEMA {SCHEMA} TO {TEAM_ROLE};
GRANT SELECT ON {SCHEMA}.members, {SCHEMA}.reporting, {SCHEMA}.schema_version TO {TEAM_ROLE};
GRANT SELECT, INSERT, UPDATE ON {SCHEMA}.rides, {SCHEMA}.sellers TO {TEAM_ROLE};
GRANT SELECT, INSERT ON {SCHEMA}.scorecards TO {TEAM_ROLE};
""",
    ),
    (
        2,
        "ride_dates",
        f"""
-- The ride's own date, so a laptop can merge the rides it receives oldest first (a ride's
-- verification refers to a commitment made in an earlier ride, which must be merged before).
ALTER TABLE {SCHEMA}.rides ADD COLUMN ride_date text NOT NULL DEFAULT '';
CREATE INDEX rides_owner_date ON {SCHEMA}.rides(owner, ride_date, uuid);
""",
    ),
    (
        3,
        "attachment_blobs",
        f"""
-- The bytes of the files attached to rides (issue 22): a ride unit names each file by its
-- SHA-256; the bytes travel once per owner and content. The server checks the hash and the
-- size itself (10 MB, the app's limit), and nobody updates or deletes a row (no policy).
CREATE TABLE {SCHEMA}.blobs (
    owner text NOT NULL DEFAULT current_user,
    content_hash text NOT NULL CHECK (length(content_hash) = 64),
    size bigint NOT NULL CHECK (size >= 0 AND size <= 10485760),
    data bytea NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (owner, content_hash),
    CHECK (octet_length(data) = size),
    CHECK (content_hash = encode(sha256(data), 'hex'))
);
CREATE INDEX blobs_content_hash ON {SCHEMA}.blobs(content_hash);
ALTER TABLE {SCHEMA}.blobs ENABLE ROW LEVEL SECURITY;
CREATE POLICY blobs_read ON {SCHEMA}.blobs FOR SELECT USING (
    owner = current_user::text
    OR EXISTS (SELECT 1 FROM {SCHEMA}.reporting r
               WHERE r.manager = blobs.owner AND r.director = current_user::text));
CREATE POLICY blobs_insert ON {SCHEMA}.blobs FOR INSERT WITH CHECK (
    owner = current_user::text
    AND EXISTS (SELECT 1 FROM {SCHEMA}.members m
                WHERE m.role_name = current_user::text AND m.kind = 'manager'));
GRANT SELECT, INSERT ON {SCHEMA}.blobs TO {TEAM_ROLE};
""",
    ),
    (
        4,
        "replaced_rides",
        f"""
-- A ride version that a push replaced without having seen it (the same ride edited on two
-- laptops of one manager; the later stamp won) is kept here, so the server never drops it,
-- even when the laptop that wrote it never syncs again. Every laptop that may read the ride
-- receives it as a read-only conflict copy (sync.py). A fast-forward (the pusher had seen the
-- revision it replaces) keeps nothing: that is the same author's next version.
CREATE TABLE {SCHEMA}.replaced_rides (
    uuid uuid NOT NULL,
    revision bigint NOT NULL,
    owner text NOT NULL,
    content_hash text NOT NULL CHECK (length(content_hash) = 64),
    updated_at timestamptz NOT NULL,
    ride_date text NOT NULL DEFAULT '',
    unit jsonb NOT NULL,
    replaced_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (uuid, revision)
);
CREATE INDEX replaced_rides_owner ON {SCHEMA}.replaced_rides(owner);
ALTER TABLE {SCHEMA}.replaced_rides ENABLE ROW LEVEL SECURITY;
CREATE POLICY replaced_rides_read ON {SCHEMA}.replaced_rides FOR SELECT USING (
    owner = current_user::text
    OR EXISTS (SELECT 1 FROM {SCHEMA}.reporting r
               WHERE r.manager = replaced_rides.owner AND r.director = current_user::text));
-- Written only by the trigger below, inside the owner's own update of the ride (only the
-- owner may update a ride, so the old row's owner is the current user).
CREATE POLICY replaced_rides_insert ON {SCHEMA}.replaced_rides FOR INSERT
    WITH CHECK (owner = current_user::text);

CREATE FUNCTION {SCHEMA}.keep_replaced_ride() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    INSERT INTO {SCHEMA}.replaced_rides
        (uuid, revision, owner, content_hash, updated_at, ride_date, unit)
    VALUES (OLD.uuid, OLD.revision, OLD.owner, OLD.content_hash, OLD.updated_at,
            OLD.ride_date, OLD.unit)
    ON CONFLICT (uuid, revision) DO NOTHING;
    RETURN NULL;
END
$$;
CREATE TRIGGER rides_keep_replaced AFTER UPDATE ON {SCHEMA}.rides
    FOR EACH ROW WHEN (NEW.based_on <> OLD.revision AND NEW.content_hash <> OLD.content_hash)
    EXECUTE FUNCTION {SCHEMA}.keep_replaced_ride();
GRANT SELECT, INSERT ON {SCHEMA}.replaced_rides TO {TEAM_ROLE};
""",
    ),
]


def latest_version() -> int:
    """The newest schema version this FieldRide knows."""
    return MIGRATIONS[-1][0]
