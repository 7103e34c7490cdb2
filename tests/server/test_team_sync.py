"""Two managers and a director sync through a real PostgreSQL (issue 21, "done when"): the
director's store then holds both teams' rides and the team overview shows both teams; the
server holds no private-note text; offline work is pending until the next sync."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path

import pytest

from fieldride.cli import main
from fieldride.server import add_member, connect, pending, team_config
from tests.server.conftest import Team
from tests.server.syncing import Laptop, dump_server, laptop, server_rides

PW = "sync-secret"
PRIVATE = "PRIVATE-NOTE-QX7"


@pytest.fixture(scope="module")
def roles(team: Team) -> dict[str, str]:
    names = {k: team.role(k) for k in ("ann", "bob", "dora", "eve")}
    with connect(team.admin_dsn()) as conn:
        add_member(conn, names["dora"], "director", password=PW)
        add_member(conn, names["ann"], "manager", password=PW, directors=[names["dora"]])
        add_member(conn, names["bob"], "manager", password=PW, directors=[names["dora"]])
        add_member(conn, names["eve"], "enablement", password=PW)
    return names


def _private_notes(box: Laptop, tag: str) -> int:
    from fieldride.debriefs import set_private_note

    ids = [int(r[0]) for r in box.store.db.execute("SELECT id FROM rides ORDER BY id")]
    for ride_id in ids:
        set_private_note(box.store, ride_id, f"{PRIVATE} {tag} {ride_id}: not for anyone else")
    return len(ids)


def test_two_managers_and_a_director(
    team: Team,
    roles: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from fieldride.insights import team_overview

    ann = laptop(tmp_path / "ann", team.dsn(roles["ann"], PW), demo_seed=11)
    bob = laptop(tmp_path / "bob", team.dsn(roles["bob"], PW), demo_seed=12)
    dora = laptop(tmp_path / "dora", team.dsn(roles["dora"], PW))
    try:
        # The demo draws its sellers from one pool: Bob's team gets emails of its own, or the
        # director's store would rightly see the same people twice (sellers meet by email).
        from fieldride.team import edit_seller, list_sellers

        for person in list_sellers(bob.store, include_archived=True):
            edit_seller(bob.store, person.id, email=f"bob-team.{person.email or person.id}")
        noted = _private_notes(ann, "ann") + _private_notes(bob, "bob")
        ann_rides, bob_rides = ann.ride_uuids(), bob.ride_uuids()
        assert ann_rides and bob_rides and noted == len(ann_rides) + len(bob_rides)
        assert pending(ann.store, roles["ann"]).rides == sorted(ann_rides)

        # Ann joins and syncs through the command line; her password is in a 0600 pgpass file.
        pgpass = tmp_path / "pgpass"
        pgpass.write_text(f"127.0.0.1:{team.server.port}:{team.dbname}:{roles['ann']}:{PW}\n")
        pgpass.chmod(0o600)
        monkeypatch.setenv("PGPASSFILE", str(pgpass))
        ann.close()
        dsn = team.dsn(roles["ann"], PW)
        assert main(["--data-dir", str(ann.folder), "sync", "--join", "--dsn", dsn]) == 0
        assert main(["--data-dir", str(ann.folder), "sync"]) == 0
        assert main(["--data-dir", str(ann.folder), "sync", "--status"]) == 0
        out = capsys.readouterr().out
        assert f"Rides sent: {len(ann_rides)}; already on the server: 0." in out, out
        assert "Rides not yet synced: 0." in out, out
        ann = laptop(ann.folder, dsn)
        config = team_config(ann.store)
        assert config is not None and PW not in config.dsn and config.role == roles["ann"]
        stored = "".join(str(r) for r in ann.store.db.execute("SELECT * FROM settings"))
        assert PW not in stored, "a password reached the local store"

        report = bob.sync()
        assert (report.pushed, report.conflicts) == (len(bob_rides), {})
        again = bob.sync()
        assert (again.pushed, again.unchanged, again.pulled) == (0, 0, 0), again

        pulled = dora.sync()
        on_server = server_rides(team)
        mine = {u for u, o, _r, _h in on_server if o in (roles["ann"], roles["bob"])}
        want = ann_rides | bob_rides
        got = dora.ride_uuids()
        lost, extra = want - got, got - want
        assert not lost and not extra and pulled.pulled == len(want), (
            f"director: {len(got)} rides, expected {len(want)} "
            f"(ann {len(ann_rides)} + bob {len(bob_rides)}), lost {len(lost)}, extra {len(extra)}"
        )
        assert mine == want and len(on_server) == len(want), f"server holds {len(on_server)}"
        assert all(rev == 1 for _u, _o, rev, _h in on_server), "a ride was stored twice"

        # The director's review screens: the team overview lists both managers' sellers.
        overview = team_overview(dora.store, today=date.today())
        assert overview is not None
        sellers = {row.cadence.seller_id for row in overview.rows}
        n_ann = ann.store.db.execute("SELECT count(*) FROM sellers").fetchone()[0]
        n_bob = bob.store.db.execute("SELECT count(*) FROM sellers").fetchone()[0]
        assert len(sellers) == n_ann + n_bob, (len(sellers), n_ann, n_bob)
        # Pulled rides are read-only on the director's laptop.
        from fieldride.rides import editable_ride

        some = int(dora.store.db.execute("SELECT id FROM rides LIMIT 1").fetchone()[0])
        with pytest.raises(Exception, match=r"(?i)read-only|another"):
            editable_ride(dora.store, some)

        # Work done offline goes out at the next sync and reaches the director.
        from fieldride.rides import plan_ride

        seller = int(bob.store.db.execute("SELECT id FROM sellers LIMIT 1").fetchone()[0])
        plan_ride(bob.store, seller, date.today(), scorecard_key="field-visit")
        assert len(pending(bob.store, roles["bob"]).rides) == 1
        assert bob.sync().pushed == 1 and pending(bob.store, roles["bob"]).rides == []
        assert dora.sync().pulled == 1 and len(dora.ride_uuids()) == len(want) + 1

        # Nothing private reached the server.
        dump = dump_server(team)
        assert "fieldride.rides" in dump and len(dump) > 10_000
        assert PRIVATE not in dump, "private-note text was found on the server"
        assert not (stat.S_IMODE(pgpass.stat().st_mode) & 0o077)
    finally:
        for box in (ann, bob, dora):
            box.close()
