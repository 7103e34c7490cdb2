"""Attached files and co-rides through a real PostgreSQL (issue 22, deliveries 2 and 5): a
manager's file reaches her director's laptop byte for byte, a private note's file never reaches
the server, row-level security keeps every other member away from the bytes, the server checks
each file's hash itself; the director's co-ride pairs with the ride pulled through sync."""

from __future__ import annotations

import hashlib
from pathlib import Path

import psycopg
import pytest

from fieldride import calibration, rides
from fieldride.server import RefusedByServerError, add_member, connect
from fieldride.server.transfer import fetch_blobs, push_blob
from fieldride.team import add_seller, list_sellers
from tests.server.conftest import Team
from tests.server.syncing import laptop

PW = "files-secret"
FIXTURES = Path(__file__).parents[1] / "fixtures" / "attachments"
PHOTO = FIXTURES / "whiteboard.jpg"
PLAN = FIXTURES / "account-plan.pdf"


@pytest.fixture(scope="module")
def roles(team: Team) -> dict[str, str]:
    names = {k: team.role(k) for k in ("ann", "bob", "dora")}
    with connect(team.admin_dsn()) as conn:
        add_member(conn, names["dora"], "director", password=PW)
        add_member(conn, names["ann"], "manager", password=PW, directors=[names["dora"]])
        add_member(conn, names["bob"], "manager", password=PW)  # not under dora
    return names


def _blob_rows(team: Team) -> list[tuple[str, str, int]]:
    with connect(team.admin_dsn()) as conn:
        rows = conn.execute(
            "SELECT owner, content_hash, size FROM fieldride.blobs ORDER BY owner, content_hash"
        ).fetchall()
    return [(str(o), str(h), int(s)) for o, h, s in rows]


def test_a_file_travels_to_the_director_and_nowhere_else(
    team: Team, roles: dict[str, str], tmp_path: Path
) -> None:
    ann = laptop(tmp_path / "ann", team.dsn(roles["ann"], PW))
    dora = laptop(tmp_path / "dora", team.dsn(roles["dora"], PW))
    photo_hash = hashlib.sha256(PHOTO.read_bytes()).hexdigest()
    plan_hash = hashlib.sha256(PLAN.read_bytes()).hexdigest()
    try:
        seller = add_seller(ann.store, "Priya Shah", email="priya@example.org")
        ride = rides.plan_ride(
            ann.store, seller.id, "2026-11-10", scorecard_key="field-visit", manager_name="Ann"
        )
        call = rides.add_call(ann.store, ride.id, account="Hallam Freight")
        rides.rate(ann.store, call.id, "discovery", 3)
        rides.rate(ann.store, call.id, "next-step", 2)
        rides.attach_file(ann.store, ride.id, PHOTO, call_id=call.id, behaviour_key="discovery")
        rides.attach_file(ann.store, ride.id, PLAN, private=True)

        sent = ann.sync()
        assert (sent.pushed, sent.files_sent, sent.conflicts) == (1, 1, {})
        assert "Attached files sent: 1; received: 0." in sent.lines()
        assert _blob_rows(team) == [(roles["ann"], photo_hash, PHOTO.stat().st_size)]
        again = ann.sync()
        assert (again.pushed, again.files_sent) == (0, 0)

        pulled = dora.sync()
        assert (pulled.pulled, pulled.files_received) == (1, 1)
        here = int(
            dora.store.db.execute("SELECT id FROM rides WHERE uuid = ?", [ride.uuid]).fetchone()[0]
        )
        [got] = rides.list_attachments(dora.store, here, include_private=True)
        assert (got.name, got.behaviour_key) == ("whiteboard.jpg", "discovery")
        assert rides.attachment_data(dora.store, got) == PHOTO.read_bytes()
        assert dora.sync().files_received == 0

        # The private note's file never reached the server.
        assert plan_hash not in {h for _o, h, _s in _blob_rows(team)}

        # The director co-rides: her own ride for the same seller, linked to Ann's.
        dora_seller = list_sellers(dora.store)[0]
        co = rides.plan_ride(dora.store, dora_seller.id, "2026-11-10", scorecard_key="field-visit")
        calibration.link_co_ride(dora.store, co.id, ride.uuid)
        co_call = rides.add_call(dora.store, co.id, account="Hallam Freight")
        rides.rate(dora.store, co_call.id, "discovery", 3)
        rides.rate(dora.store, co_call.id, "next-step", 3)
        result = calibration.compare_co_ride(dora.store, co.id)
        assert result is not None and result.original.uuid == ride.uuid
        o = result.agreement.overall
        # discovery (3,3), next-step (2,3): 2 compared, 1 exact, 2 within one, lean -0.5
        assert (o.compared, o.exact, o.within_one, o.lean) == (2, 1, 2, -0.5)
    finally:
        ann.close()
        dora.close()

    # Row-level security on the bytes: bob (a manager not under dora) reads none and cannot
    # store a file as ann; dora (a director) stores none; a wrong hash is refused by the server.
    with connect(team.dsn(roles["bob"], PW)) as bob:
        assert fetch_blobs(bob, [photo_hash]) == []
        assert bob.execute("SELECT count(*) FROM fieldride.blobs").fetchone() == (0,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            bob.execute(
                "INSERT INTO fieldride.blobs (owner, content_hash, size, data) "
                "VALUES (%s, %s, 3, 'abc'::bytea)",
                [roles["ann"], hashlib.sha256(b"abc").hexdigest()],
            )
        bob.rollback()
        for statement in (
            "UPDATE fieldride.blobs SET data = 'x'::bytea",
            "DELETE FROM fieldride.blobs",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nobody changes a file
                bob.execute(statement)
            bob.rollback()
        with pytest.raises(psycopg.errors.CheckViolation):
            bob.execute(
                "INSERT INTO fieldride.blobs (content_hash, size, data) VALUES (%s, 3, 'abc')",
                ["0" * 64],
            )
        bob.rollback()
    with connect(team.dsn(roles["dora"], PW)) as dora_conn, pytest.raises(RefusedByServerError):
        push_blob(dora_conn, b"a director's file")
    assert [o for o, _h, _s in _blob_rows(team)] == [roles["ann"]]
