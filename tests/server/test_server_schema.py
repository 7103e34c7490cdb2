"""``fieldride server init`` and the server's own enforcement (row-level security), against a
real PostgreSQL: every refusal here comes from the server, with each role connected as itself."""

from __future__ import annotations

import uuid
from typing import Any

import psycopg
import pytest

from fieldride.server import (
    RefusedByServerError,
    ServerError,
    add_member,
    assign_manager,
    connect,
    fetch,
    init_server,
    latest_version,
    list_members,
    my_membership,
    publish_scorecard,
    published_scorecards,
    push_ride,
    revisions,
    server_schema_version,
)
from tests.server.conftest import Team, new_team
from tests.server.postgres import PgServer

PW = "member-secret"


def _unit(key: str, text: str) -> dict[str, Any]:
    return {"uuid": key, "ride": {"objective": text}, "calls": []}


@pytest.fixture(scope="module")
def roles(team: Team) -> dict[str, str]:
    names = {k: team.role(k) for k in ("ann", "bob", "cy", "dora", "ed", "eve")}
    with connect(team.admin_dsn()) as conn:
        add_member(conn, names["dora"], "director", password=PW)
        add_member(conn, names["ed"], "director", password=PW)
        add_member(conn, names["ann"], "manager", password=PW, directors=[names["dora"]])
        add_member(conn, names["bob"], "manager", password=PW, directors=[names["dora"]])
        add_member(conn, names["cy"], "manager", password=PW)
        assign_manager(conn, names["cy"], names["ed"])
        add_member(conn, names["eve"], "enablement", password=PW)
    return names


def _as(team: Team, role: str) -> psycopg.Connection[tuple[Any, ...]]:
    return connect(team.dsn(role, PW))


def test_init_is_versioned_idempotent_and_needs_no_superuser(team: Team) -> None:
    with connect(team.admin_dsn()) as conn:
        row = conn.execute(
            "SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user"
        ).fetchone()
        assert row == (False, True), "the admin must be a plain role with CREATEROLE"
        assert server_schema_version(conn) == latest_version()
        assert init_server(conn) == [], "a second init applies nothing"
        versions = conn.execute("SELECT version, name FROM fieldride.schema_version").fetchall()
    assert versions == [
        (1, "team_store"),
        (2, "ride_dates"),
        (3, "attachment_blobs"),
        (4, "replaced_rides"),
    ]


def test_init_by_a_member_on_a_new_database_is_refused(team: Team, roles: dict[str, str]) -> None:
    dbname = f"{team.dbname}_other"
    with psycopg.connect(team.server.dsn(), autocommit=True) as su:
        su.execute(f"CREATE DATABASE {dbname} OWNER {team.admin}")
    dsn = team.server.dsn(user=roles["ann"], password=PW, dbname=dbname)
    with connect(dsn) as conn, pytest.raises(ServerError, match="CREATEROLE") as err:
        init_server(conn)
    assert "permission denied" in str(err.value)


def test_membership_and_wrong_passwords(team: Team, roles: dict[str, str]) -> None:
    with _as(team, roles["ann"]) as conn:
        assert my_membership(conn) == (roles["ann"], "manager")
    with pytest.raises(ServerError, match="password authentication failed") as err:
        connect(team.dsn(roles["ann"], "wrong-password"))
    assert "wrong-password" not in str(err.value)
    with connect(team.admin_dsn()) as conn:
        members = {r: (k, d) for r, k, d in list_members(conn)}
    assert members[roles["ann"]] == ("manager", [roles["dora"]])
    assert members[roles["cy"]] == ("manager", [roles["ed"]])
    # The password was sent as a verifier: the server keeps SCRAM, never the clear text.
    with connect(team.superuser_dsn()) as su:
        stored = su.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = %s", [roles["ann"]]
        ).fetchone()
    assert stored is not None and str(stored[0]).startswith("SCRAM-SHA-256$")


def test_a_manager_cannot_write_another_managers_ride(team: Team, roles: dict[str, str]) -> None:
    ride = str(uuid.uuid4())
    with _as(team, roles["ann"]) as ann:
        assert push_ride(ann, ride, "2026-01-01T10:00:00Z", _unit(ride, "ann's")).status == "stored"
    with _as(team, roles["bob"]) as bob:
        # Through the app's own push: refused by the server.
        with pytest.raises(RefusedByServerError):
            push_ride(bob, ride, "2027-01-01T10:00:00Z", _unit(ride, "bob's overwrite"))
        bob.rollback()
        # Raw SQL as bob: the UPDATE sees no row (RLS), the INSERT claiming ann is refused.
        cur = bob.execute("UPDATE fieldride.rides SET unit = '{}'::jsonb WHERE uuid = %s", [ride])
        assert cur.rowcount == 0, f"bob's UPDATE touched {cur.rowcount} of ann's rows"
        bob.commit()
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            bob.execute(
                "INSERT INTO fieldride.rides (uuid, owner, updated_at, content_hash, unit) "
                "VALUES (%s, %s, now(), repeat('a', 64), '{}')",
                [str(uuid.uuid4()), roles["ann"]],
            )
        bob.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            bob.execute("DELETE FROM fieldride.rides")
        bob.rollback()
        assert bob.execute("SELECT count(*) FROM fieldride.rides").fetchone() == (0,)
    with _as(team, roles["ann"]) as ann:
        # ann cannot give her ride away, delete it, or set its revision herself.
        with pytest.raises(psycopg.Error):
            ann.execute(
                "UPDATE fieldride.rides SET owner = %s WHERE uuid = %s", [roles["bob"], ride]
            )
        ann.rollback()
        ann.execute("UPDATE fieldride.rides SET revision = 99 WHERE uuid = %s", [ride])
        ann.commit()
        (server_rev,) = ann.execute(
            "SELECT revision FROM fieldride.rides WHERE uuid = %s", [ride]
        ).fetchone() or (0,)
        assert server_rev == 2, "the server counts revisions, not the client"
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nobody deletes rides
            ann.execute("DELETE FROM fieldride.rides WHERE uuid = %s", [ride])
        ann.rollback()
        [record] = fetch(ann, "ride", [ride])
    assert record.body == _unit(ride, "ann's") and record.owner == roles["ann"]


def test_directors_read_the_managers_under_them_only(team: Team, roles: dict[str, str]) -> None:
    made: dict[str, list[str]] = {}
    for who in ("ann", "bob", "cy"):
        with _as(team, roles[who]) as conn:
            made[who] = [str(uuid.uuid4()) for _ in range(3)]
            for key in made[who]:
                push_ride(conn, key, "2026-02-01T08:00:00Z", _unit(key, who))
    with _as(team, roles["dora"]) as dora:
        seen = set(revisions(dora, "ride"))
        with pytest.raises(RefusedByServerError):  # a director writes no ride
            push_ride(dora, str(uuid.uuid4()), "2026-02-01T08:00:00Z", {"x": 1})
    assert set(made["ann"]) | set(made["bob"]) <= seen
    assert not set(made["cy"]) & seen, "dora read a ride of a manager not under her"
    with _as(team, roles["ed"]) as ed:
        assert set(revisions(ed, "ride")) == set(made["cy"])
    with _as(team, roles["cy"]) as cy:
        assert set(revisions(cy, "ride")) == set(made["cy"]), "a manager reads only their own"


def test_enablement_publishes_and_every_member_reads(team: Team, roles: dict[str, str]) -> None:
    definition = {"key": "discovery", "name": "Discovery", "sections": []}
    digest = "d" * 64
    with _as(team, roles["eve"]) as eve:
        assert publish_scorecard(eve, digest, "discovery", "Discovery", definition) is True
        assert publish_scorecard(eve, digest, "discovery", "Discovery", definition) is False
    with _as(team, roles["ann"]) as ann:
        with pytest.raises(RefusedByServerError):
            publish_scorecard(ann, "e" * 64, "x", "X", {})
        got = published_scorecards(ann)
        assert [(s.content_hash, s.definition) for s in got] == [(digest, definition)]
        assert published_scorecards(ann, known=[digest]) == []
    with _as(team, roles["dora"]) as dora:
        assert len(published_scorecards(dora)) == 1


def test_each_migration_runs_from_the_version_before(pg_server: PgServer) -> None:
    """A server at version N-1 (made by running the steps before N) upgrades to the newest."""
    from fieldride.server.schema import MIGRATIONS

    for index in range(1, len(MIGRATIONS)):
        older = new_team(pg_server, migrations=MIGRATIONS[:index])
        with connect(older.admin_dsn()) as conn:
            assert server_schema_version(conn) == MIGRATIONS[index - 1][0]
            applied = init_server(conn)
            assert server_schema_version(conn) == latest_version()
        assert applied == [f"{v:04d}_{n}" for v, n, _sql in MIGRATIONS[index:]]


def test_tls_settings_come_from_the_dsn(team: Team, roles: dict[str, str]) -> None:
    """sslmode in the DSN is honoured: this test server has no TLS, so 'require' is refused
    with libpq's own reason (and no password in the message)."""
    with pytest.raises(ServerError, match="SSL") as err:
        connect(team.dsn(roles["ann"], PW) + " sslmode=require")
    assert PW not in str(err.value)
