"""Faults injected into real syncs against a real PostgreSQL (issue 21, deliver 7): the server
killed mid-push, the connection dropped mid-transaction, the same push sent twice at once,
clocks skewed between laptops. After each: 0 lost, 0 duplicated, with the counts in the
assertion messages."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from fieldride.server import ServerError, SyncReport, add_member, connect
from tests.server.conftest import Team
from tests.server.syncing import Laptop, laptop, server_rides

PW = "fault-secret"


@pytest.fixture(scope="module")
def roles(team: Team) -> dict[str, str]:
    names = {k: team.role(k) for k in ("kim", "lou", "max", "ned", "oz", "dir")}
    with connect(team.admin_dsn()) as conn:
        add_member(conn, names["dir"], "director", password=PW)
        for who in ("kim", "lou", "max", "ned", "oz"):
            add_member(conn, names[who], "manager", password=PW, directors=[names["dir"]])
    return names


@pytest.fixture
def boxes() -> Iterator[list[Laptop]]:
    opened: list[Laptop] = []
    yield opened
    for box in opened:
        box.close()


def _check(
    team: Team, owner: str, local: set[str], label: str, edited: frozenset[str] = frozenset()
) -> None:
    """Every local ride is on the server exactly once, and stored once (revision 1) unless it
    was ``edited`` after its first sync: a unit stored twice would show as a second revision."""
    rows = [r for r in server_rides(team) if r[1] == owner]
    on_server = [u for u, _o, _r, _h in rows]
    lost = local - set(on_server)
    duplicated = (
        len(on_server)
        - len(set(on_server))
        + sum(1 for r in rows if r[2] != 1 and r[0] not in edited)
    )
    assert not lost and not duplicated and len(on_server) == len(local), (
        f"{label}: local {len(local)}, on server {len(on_server)}, "
        f"lost {len(lost)}, duplicated {duplicated}"
    )
    print(f"{label}: local {len(local)}, on server {len(on_server)}, lost 0, duplicated 0")


def test_server_killed_mid_push(
    team: Team, roles: dict[str, str], tmp_path: Path, boxes: list[Laptop]
) -> None:
    box = laptop(tmp_path / "kim", team.dsn(roles["kim"], PW), demo_seed=21)
    boxes.append(box)
    local = box.ride_uuids()
    kill_after = 5

    def progress(what: str, done: int, _total: int) -> None:
        if what == "Sending rides" and done == kill_after:
            team.server.stop("immediate")  # a crash between two units

    try:
        with pytest.raises(ServerError, match="connection to the team server was lost"):
            box.sync(progress=progress)
    finally:
        team.server.start()
    first = len([r for r in server_rides(team) if r[1] == roles["kim"]])
    report = box.sync()
    assert first == kill_after and report.pushed == len(local) - kill_after, (
        f"before the kill {first} stored; the retry sent {report.pushed}, "
        f"{report.unchanged} already there, of {len(local)}"
    )
    _check(team, roles["kim"], local, "server killed after 5 units")


def test_connection_dropped_mid_transaction(
    team: Team, roles: dict[str, str], tmp_path: Path, boxes: list[Laptop]
) -> None:
    """The 4th unit's INSERT waits on a lock inside its transaction; the superuser terminates
    that backend (pg_terminate_backend) while it waits."""
    box = laptop(tmp_path / "lou", team.dsn(roles["lou"], PW), demo_seed=22)
    boxes.append(box)
    local = box.ride_uuids()
    locker = connect(team.admin_dsn())
    su = connect(team.superuser_dsn(), autocommit=True)
    killed: list[int] = []

    def kill_when_waiting() -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            row = su.execute(
                "SELECT pid FROM pg_stat_activity WHERE usename = %s AND wait_event_type = 'Lock' "
                "AND state = 'active' AND xact_start IS NOT NULL",
                [roles["lou"]],
            ).fetchone()
            if row:
                su.execute("SELECT pg_terminate_backend(%s)", [row[0]])
                killed.append(int(row[0]))
                break
            time.sleep(0.02)
        locker.rollback()

    killer = threading.Thread(target=kill_when_waiting)

    def progress(what: str, done: int, _total: int) -> None:
        if what == "Sending rides" and done == 3 and not killer.is_alive() and not killed:
            locker.execute("LOCK TABLE fieldride.rides IN EXCLUSIVE MODE")
            killer.start()

    try:
        with pytest.raises(ServerError, match="connection to the team server was lost"):
            box.sync(progress=progress)
        killer.join(30)
    finally:
        locker.close()
        su.close()
    assert killed, "the push never waited inside its transaction"
    first = len([r for r in server_rides(team) if r[1] == roles["lou"]])
    report = box.sync()
    assert first == 3 and report.pushed == len(local) - 3, (
        f"before the drop {first} stored; the retry sent {report.pushed} of {len(local)}"
    )
    _check(team, roles["lou"], local, "connection dropped in the 4th unit's transaction")


def test_the_same_push_twice_at_once(
    team: Team, roles: dict[str, str], tmp_path: Path, boxes: list[Laptop]
) -> None:
    """The manager's data folder copied to a second laptop; both sync at the same moment."""
    first = laptop(tmp_path / "max-a", team.dsn(roles["max"], PW), demo_seed=23)
    first.close()
    shutil.copytree(tmp_path / "max-a", tmp_path / "max-b")
    a = laptop(tmp_path / "max-a", first.dsn)
    b = laptop(tmp_path / "max-b", first.dsn)
    boxes.extend([a, b])
    local = a.ride_uuids()
    assert b.ride_uuids() == local
    start = threading.Barrier(2)
    reports: dict[str, SyncReport] = {}
    errors: list[BaseException] = []

    def run(name: str, box: Laptop) -> None:
        try:
            start.wait(30)
            reports[name] = box.sync()
        except BaseException as err:  # reported below
            errors.append(err)

    # Each thread opens its own connection to its own copy of the store, as two laptops would:
    # the stores were opened on this thread, so each thread takes a fresh one.
    a.close()
    b.close()

    def run_fresh(name: str, folder: Path) -> None:
        box = laptop(folder, first.dsn)
        try:
            run(name, box)
        finally:
            box.close()

    threads = [
        threading.Thread(target=run_fresh, args=("a", tmp_path / "max-a")),
        threading.Thread(target=run_fresh, args=("b", tmp_path / "max-b")),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    boxes.clear()
    assert not errors, errors
    stored = reports["a"].pushed + reports["b"].pushed
    same = reports["a"].unchanged + reports["b"].unchanged
    assert stored == len(local) and same == len(local), (
        f"{len(local)} rides sent by two laptops at once: stored {stored} "
        f"(a {reports['a'].pushed}, b {reports['b'].pushed}), found already there {same}"
    )
    _check(team, roles["max"], local, "the same push twice at once")


def test_clocks_skewed_between_laptops(
    team: Team,
    roles: dict[str, str],
    tmp_path: Path,
    boxes: list[Laptop],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ned's laptop runs 6 h fast, Oz's 6 h slow; Ned then moves to a new laptop with the right
    clock and edits a ride he had synced from the fast one (an older stamp, a newer version)."""
    from fieldride.rides import edit_ride, get_ride, plan_ride
    from fieldride.store import rows

    real_now = rows.now_utc

    def skewed(hours: int) -> None:
        def now() -> str:
            moment = datetime.now(UTC) + timedelta(hours=hours)
            return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        monkeypatch.setattr(rows, "now_utc", now)

    skewed(+6)
    ned = laptop(tmp_path / "ned", team.dsn(roles["ned"], PW), demo_seed=24)
    seller = int(ned.store.db.execute("SELECT id FROM sellers LIMIT 1").fetchone()[0])
    ride = plan_ride(ned.store, seller, date.today(), scorecard_key="field-visit")
    edit_ride(ned.store, ride.id, objective="from the fast laptop")
    ned_report = ned.sync()
    skewed(-6)
    oz = laptop(tmp_path / "oz", team.dsn(roles["oz"], PW), demo_seed=25)
    oz_report = oz.sync()
    boxes.extend([ned, oz])
    monkeypatch.setattr(rows, "now_utc", real_now)
    director = laptop(tmp_path / "dir", team.dsn(roles["dir"], PW))
    boxes.append(director)
    director.sync()
    want = ned.ride_uuids() | oz.ride_uuids()
    got = director.ride_uuids()
    assert got >= want, f"director lost {len(want - got)} of {len(want)} rides"
    _check(team, roles["ned"], ned.ride_uuids(), "fast clock (+6 h)")
    _check(team, roles["oz"], oz.ride_uuids(), "slow clock (-6 h)")
    assert ned_report.pushed == len(ned.ride_uuids()) and oz_report.pushed == len(oz.ride_uuids())

    # Ned's new laptop: his folder copied, the right clock (6 h behind the stamps he made).
    ned.close()
    boxes.remove(ned)
    shutil.copytree(tmp_path / "ned", tmp_path / "ned-new")
    new = laptop(tmp_path / "ned-new", ned.dsn)
    boxes.append(new)
    edit_ride(new.store, ride.id, objective="from the new laptop, clock right")
    report = new.sync()
    assert (report.pushed, report.conflicts) == (1, {}), report
    revision = {u: r for u, _o, r, _h in server_rides(team)}[ride.uuid]
    assert revision == 2, f"the new laptop's edit did not replace the fast laptop's ({revision})"
    director.sync()
    rid = int(
        director.store.db.execute("SELECT id FROM rides WHERE uuid = ?", [ride.uuid]).fetchone()[0]
    )
    assert get_ride(director.store, rid).objective == "from the new laptop, clock right"
    assert len(director.ride_uuids()) >= len(want)


def test_a_dead_server_is_a_message_not_a_hang(team: Team, roles: dict[str, str]) -> None:
    dsn = team.server.dsn(user=roles["kim"], password=PW, dbname=team.dbname)
    wrong_port = dsn.replace(f"port={team.server.port}", "port=1")
    with pytest.raises(ServerError, match="Could not connect") as err:
        connect(wrong_port)
    assert PW not in str(err.value)
    assert isinstance(err.value.__cause__, type(None) | psycopg.Error)


def test_the_same_ride_edited_on_two_laptops_keeps_both(
    team: Team, roles: dict[str, str], tmp_path: Path, boxes: list[Laptop]
) -> None:
    """Pia's folder copied to a second laptop; the same ride edited on both before either
    syncs. Both versions survive: one as the ride, the other as a conflict copy, each on the
    server once (the copy as its own record); nothing is stored twice and the director receives
    the ride once."""
    from fieldride.rides import edit_ride, plan_ride

    role = team.role("pia")
    with connect(team.admin_dsn()) as conn:
        add_member(conn, role, "manager", password=PW, directors=[roles["dir"]])
    one = laptop(tmp_path / "pia-1", team.dsn(role, PW), demo_seed=26)
    seller = int(one.store.db.execute("SELECT id FROM sellers LIMIT 1").fetchone()[0])
    ride = plan_ride(one.store, seller, date.today(), scorecard_key="field-visit")
    one.sync()
    one.close()
    shutil.copytree(tmp_path / "pia-1", tmp_path / "pia-2")
    one = laptop(tmp_path / "pia-1", team.dsn(role, PW))
    two = laptop(tmp_path / "pia-2", team.dsn(role, PW))
    boxes.extend([one, two])
    edit_ride(one.store, ride.id, objective="edited on laptop one")
    edit_ride(two.store, ride.id, objective="edited on laptop two")
    reports = [one.sync(), two.sync(), one.sync(), two.sync()]
    texts: set[str] = set()
    for box in (one, two):
        texts |= {
            str(r[0])
            for r in box.store.db.execute(
                "SELECT objective FROM rides WHERE uuid = ? OR conflict_of = ?",
                [ride.uuid, ride.uuid],
            )
        }
    assert {"edited on laptop one", "edited on laptop two"} <= texts, (texts, reports)
    assert len(_copies(one) | _copies(two)) == 1, (_copies(one), _copies(two))
    _check(team, role, one.ride_uuids(), "two laptops, one ride", frozenset([ride.uuid]))
    assert one.ride_uuids() == two.ride_uuids()
    on_server = [r for r in server_rides(team) if r[0] == ride.uuid]
    assert len(on_server) == 1


def _copies(box: Laptop) -> set[str]:
    return {
        str(r[0])
        for r in box.store.db.execute("SELECT uuid FROM rides WHERE conflict_of IS NOT NULL")
    }


def test_a_damaged_unit_on_the_server_does_not_stop_a_directors_sync(
    team: Team, roles: dict[str, str], tmp_path: Path, boxes: list[Laptop]
) -> None:
    """A manager alters one of their own rides on the server by hand (their right under RLS,
    but the unit no longer matches its hash): the director receives every other ride, is told
    about that one, and nothing of it is written."""
    role = team.role("quin")
    with connect(team.admin_dsn()) as conn:
        add_member(conn, role, "manager", password=PW, directors=[roles["dir"]])
    box = laptop(tmp_path / "quin", team.dsn(role, PW), demo_seed=27)
    boxes.append(box)
    box.sync()
    # The newest planned ride: editable by its manager later (not locked), chosen by date.
    victim = str(
        box.store.db.execute(
            "SELECT uuid FROM rides WHERE status = 'planned' ORDER BY ride_date DESC, id DESC"
        ).fetchone()[0]
    )
    with connect(team.dsn(role, PW)) as conn:
        conn.execute(
            "UPDATE fieldride.rides SET unit = jsonb_set(unit, '{ride,objective}', "
            "'\"altered on the server\"') WHERE uuid = %s",
            [victim],
        )
        conn.commit()
    director = laptop(tmp_path / "dir-2", team.dsn(roles["dir"], PW))
    boxes.append(director)
    report = director.sync()
    got = director.ride_uuids()
    refused = set(report.conflicts)
    # The altered ride, and the rides whose verifications need its commitments, stay out.
    want = box.ride_uuids() - refused
    assert victim in refused and want <= got and not refused & got, (
        f"director received {len(got & want)} of {len(want)} sound rides; "
        f"{len(refused)} refused ({len(refused & got)} of them written anyway)"
    )
    assert all(why.startswith("not received") for why in report.conflicts.values())
    again = director.sync()
    assert set(again.conflicts) == refused and not refused & director.ride_uuids()
    # Once the manager sends the ride again from the laptop, everything arrives.
    from fieldride.rides import edit_ride

    rid = int(box.store.db.execute("SELECT id FROM rides WHERE uuid = ?", [victim]).fetchone()[0])
    edit_ride(box.store, rid, objective="sent again from the laptop")
    box.sync()
    healed = director.sync()
    assert healed.conflicts == {} and box.ride_uuids() <= director.ride_uuids(), healed.conflicts
    # The laptop's push replaced the altered version unseen: the server keeps it, and it is
    # reported as unreadable (it no longer matches its hash), never taken, and not a conflict.
    received = report.copies_received + again.copies_received + healed.copies_received
    assert received == 0, (report.lines(), again.lines(), healed.lines())
    assert list(healed.copies_unreadable) == [f"{victim}/2"], healed.copies_unreadable
