"""Issue 21, deliver 6: a ride reopened and edited on two laptops of the same manager keeps the
later version and the other as a visible conflict copy, and nothing is silently dropped
anywhere: not on the laptop that lost, not on the other laptop, not on the server, not on the
director's laptop. A real PostgreSQL, real data folders, real syncs.

Two ways the server can end up holding laptop A's version:
- A pushed first with the later stamp; B's push is refused (``server_newer``);
- B pushed first; A pushed later with the later stamp and replaced B's version unseen.
Either way B's version must reach the server (as a conflict copy, its own record) and from
there the director and the manager's other laptop, labelled as a conflict copy."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from fieldride.server import add_member, connect
from tests.server.conftest import Team
from tests.server.syncing import Laptop, laptop, server_rides

PW = "copy-secret"


@pytest.fixture(scope="module")
def director(team: Team) -> str:
    role = team.role("dee")
    with connect(team.admin_dsn()) as conn:
        add_member(conn, role, "director", password=PW)
    return role


@pytest.fixture
def boxes() -> Iterator[list[Laptop]]:
    opened: list[Laptop] = []
    yield opened
    for box in opened:
        box.close()


def _versions(box: Laptop, ride_uuid: str) -> dict[str, str | None]:
    """objective -> conflict_of of the ride and its conflict copies in this store."""
    return {
        str(r[0]): (str(r[1]) if r[1] is not None else None)
        for r in box.store.db.execute(
            "SELECT objective, conflict_of FROM rides WHERE uuid = ? OR conflict_of = ?",
            [ride_uuid, ride_uuid],
        )
    }


def _two_laptops(
    team: Team, director: str, tmp_path: Path, boxes: list[Laptop], name: str, seed: int
) -> tuple[Laptop, Laptop, Laptop, str, int]:
    from fieldride.rides import plan_ride

    role = team.role(name)
    with connect(team.admin_dsn()) as conn:
        add_member(conn, role, "manager", password=PW, directors=[director])
    first = laptop(tmp_path / f"{name}-a", team.dsn(role, PW), demo_seed=seed, months=1)
    seller = int(first.store.db.execute("SELECT id FROM sellers LIMIT 1").fetchone()[0])
    ride = plan_ride(first.store, seller, date.today(), scorecard_key="field-visit")
    first.sync()
    first.close()
    shutil.copytree(tmp_path / f"{name}-a", tmp_path / f"{name}-b")
    a = laptop(tmp_path / f"{name}-a", team.dsn(role, PW))
    b = laptop(tmp_path / f"{name}-b", team.dsn(role, PW))
    boss = laptop(tmp_path / f"{name}-director", team.dsn(director, PW))
    boxes.extend([a, b, boss])
    boss.sync()
    return a, b, boss, ride.uuid, ride.id


def _nothing_dropped(
    team: Team, boxes: list[Laptop], ride_uuid: str, winner: str, loser: str
) -> None:
    """Every store (both laptops, the director) holds the winner as the ride and the loser as
    its conflict copy; the server holds each once."""
    for box in boxes:
        got = _versions(box, ride_uuid)
        assert got == {winner: None, loser: ride_uuid}, (box.folder.name, got)
    with connect(team.admin_dsn()) as conn:
        rows = conn.execute(
            "SELECT unit->'ride'->>'objective', unit->>'conflict_of' FROM fieldride.rides "
            "WHERE uuid = %s OR unit->>'conflict_of' = %s",
            [ride_uuid, ride_uuid],
        ).fetchall()
    assert sorted(rows, key=str) == sorted([(winner, None), (loser, ride_uuid)], key=str), rows
    print(f"{ride_uuid}: kept '{winner}', conflict copy '{loser}' in 3 stores and on the server")


def test_refused_push_reaches_the_server_as_a_conflict_copy(
    team: Team, director: str, tmp_path: Path, boxes: list[Laptop]
) -> None:
    """B edits first, A edits later and syncs first: B's push is refused (the server holds
    the newer version), B's version becomes a conflict copy on B, goes to the server as its
    own record, and the director and laptop A receive it labelled as a copy."""
    from fieldride.rides import edit_ride, get_ride

    a, b, boss, key, rid = _two_laptops(team, director, tmp_path, boxes, "rae", 41)
    edit_ride(b.store, rid, objective="edited on laptop B")
    time.sleep(0.01)
    edit_ride(a.store, rid, objective="edited on laptop A, later")
    assert a.sync().pushed == 1
    refused = b.sync()
    assert key in refused.conflicts, refused
    a.sync()
    boss.sync()
    _nothing_dropped(team, [a, b, boss], key, "edited on laptop A, later", "edited on laptop B")
    copy_id = int(
        boss.store.db.execute("SELECT id FROM rides WHERE conflict_of = ?", [key]).fetchone()[0]
    )
    copy = get_ride(boss.store, copy_id)
    assert copy.read_only and "conflict copy" in copy.status_label
    # Settled: another round sends and creates nothing.
    before = server_rides(team)
    again = [box.sync() for box in (a, b, boss)]
    assert all(r.pushed == 0 and not r.conflicts for r in again), again
    assert server_rides(team) == before
    _nothing_dropped(team, [a, b, boss], key, "edited on laptop A, later", "edited on laptop B")


def test_a_version_replaced_unseen_on_the_server_comes_back_as_a_conflict_copy(
    team: Team, director: str, tmp_path: Path, boxes: list[Laptop]
) -> None:
    """B edits and syncs first (the director receives B's version); A edits later without
    having seen it and syncs: the server takes A's (later) version. B's version is not dropped:
    B keeps it as a conflict copy at its next sync and sends it, and the director, who had B's
    version as the ride, then holds A's as the ride and B's as a labelled copy."""
    from fieldride.rides import edit_ride

    a, b, boss, key, rid = _two_laptops(team, director, tmp_path, boxes, "sol", 42)
    edit_ride(b.store, rid, objective="edited on laptop B")
    assert b.sync().pushed == 1
    boss.sync()
    assert _versions(boss, key) == {"edited on laptop B": None}
    time.sleep(0.01)
    edit_ride(a.store, rid, objective="edited on laptop A, later")
    # A's version replaces B's on the server (the later stamp); the server keeps B's, which
    # comes straight back to A as a conflict copy and goes out as A's own record (2 sent).
    got = a.sync()
    assert (got.pushed, got.copies_received) == (2, 1), got.lines()
    b.sync()
    a.sync()
    boss.sync()
    _nothing_dropped(team, [a, b, boss], key, "edited on laptop A, later", "edited on laptop B")


def test_a_version_replaced_unseen_is_kept_by_the_server_when_its_laptop_never_returns(
    team: Team, director: str, tmp_path: Path, boxes: list[Laptop]
) -> None:
    """B edits and syncs first; A edits later without having seen B's version and replaces it
    on the server. Laptop B is then lost (it never syncs again). B's version must not be lost
    with it: the server keeps it, and the director and laptop A receive it as a labelled,
    read-only conflict copy. Receiving it again changes nothing."""
    from fieldride.rides import edit_ride, get_ride

    a, b, boss, key, rid = _two_laptops(team, director, tmp_path, boxes, "ivo", 43)
    edit_ride(b.store, rid, objective="edited on laptop B, then lost")
    assert b.sync().pushed == 1
    time.sleep(0.01)
    edit_ride(a.store, rid, objective="edited on laptop A, later")
    # A's version replaces B's unseen (the later stamp wins); the server keeps B's, which
    # comes back to A as a conflict copy in the same sync and goes out as A's record too.
    got = a.sync()
    assert (got.pushed, got.copies_received) == (2, 1), got.lines()
    b.close()  # laptop B is lost
    boxes.remove(b)
    boss.sync()
    for box in (a, boss):
        got_versions = _versions(box, key)
        assert got_versions == {
            "edited on laptop A, later": None,
            "edited on laptop B, then lost": key,
        }, (box.folder.name, got_versions)
    copy_id = int(
        boss.store.db.execute("SELECT id FROM rides WHERE conflict_of = ?", [key]).fetchone()[0]
    )
    copy = get_ride(boss.store, copy_id)
    assert copy.read_only and "conflict copy" in copy.status_label
    # Settled: nothing more arrives or is sent, and the server keeps the one replaced version.
    for box in (a, boss):
        again = box.sync()
        assert again.copies_received == 0 and again.pushed == 0, again.lines()
        assert _versions(box, key) == {
            "edited on laptop A, later": None,
            "edited on laptop B, then lost": key,
        }
    with connect(team.admin_dsn()) as conn:
        kept = conn.execute(
            "SELECT unit->'ride'->>'objective' FROM fieldride.replaced_rides WHERE uuid = %s",
            [key],
        ).fetchall()
    assert kept == [("edited on laptop B, then lost",)], kept
    print(
        f"{key}: laptop B lost; its version kept by the server and received by A and the director"
    )
