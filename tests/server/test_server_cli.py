"""The admin's commands (fieldride server ...) and scorecard publishing through a real sync."""

from __future__ import annotations

import io
from pathlib import Path

import psycopg
import pytest

from fieldride.cli import main
from fieldride.server import connect, sync_store
from fieldride.store import open_store
from tests.server.conftest import Team
from tests.server.postgres import PgServer


def test_admin_sets_up_a_team_from_the_command_line(
    pg_server: PgServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with psycopg.connect(pg_server.dsn(), autocommit=True) as su:
        su.execute("CREATE ROLE cli_admin LOGIN CREATEROLE PASSWORD 'cli-admin-pw'")
        su.execute("CREATE DATABASE cli_team OWNER cli_admin")
    admin = pg_server.dsn(user="cli_admin", password="cli-admin-pw", dbname="cli_team")
    assert main(["server", "init", "--dsn", admin]) == 0
    assert main(["server", "init", "--dsn", admin]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("dir-pw\n"))
    assert main(["server", "add-director", "cli_dir", "--password-stdin", "--dsn", admin]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("mgr-pw\n"))
    args = ["server", "add-manager", "cli_mgr", "--director", "cli_dir", "--password-stdin"]
    assert main([*args, "--dsn", admin]) == 0
    assert main(["server", "members", "--dsn", admin]) == 0
    # Refusals are one-line messages (exit 1), never tracebacks.
    assert main(["server", "assign", "cli_dir", "cli_mgr", "--dsn", admin]) == 1
    assert main(["server", "add-manager", "x", "--no-password", "--dsn", admin + "x"]) == 1
    out, err = capsys.readouterr()
    assert (
        "Team schema at version 4 (applied: 0001_team_store, 0002_ride_dates, "
        "0003_attachment_blobs, 0004_replaced_rides)." in out
    )
    assert "already at version 4; nothing to do." in out
    assert "cli_mgr" in out and "manager  (read by cli_dir)" in out
    assert "'cli_dir' is not a manager of this team." in err
    assert "Traceback" not in err and "cli-admin-pw" not in out + err
    with connect(pg_server.dsn(user="cli_mgr", password="mgr-pw", dbname="cli_team")) as conn:
        assert conn.execute("SELECT current_user").fetchone() == ("cli_mgr",)


def test_enablement_publishes_a_scorecard_every_manager_receives(
    team: Team, tmp_path: Path
) -> None:
    from fieldride.scorecards.model import Scorecard
    from fieldride.scorecards.store import latest_version, save_scorecard
    from fieldride.server import add_member

    pw = "card-secret"
    eve, ann = team.role("eve"), team.role("ann")
    with connect(team.admin_dsn()) as conn:
        add_member(conn, eve, "enablement", password=pw)
        add_member(conn, ann, "manager", password=pw)
    authoring = open_store(tmp_path / "eve")
    manager = open_store(tmp_path / "ann")
    try:
        base = Scorecard.from_dict(
            {
                "key": "team-discovery",
                "name": "Team discovery",
                "scale": [{"value": 1, "label": "Not yet"}, {"value": 2, "label": "Yes"}],
                "sections": [
                    {
                        "title": "Discovery",
                        "behaviours": [{"key": "asks-why", "title": "Asks why"}],
                    }
                ],
            }
        )
        save_scorecard(authoring, base, source="enablement.yaml")
        with connect(team.dsn(eve, pw)) as conn:
            published = sync_store(authoring, conn)
        with connect(team.dsn(ann, pw)) as conn:
            received = sync_store(manager, conn)
            again = sync_store(manager, conn)
        assert published.scorecards_published == 1
        assert received.scorecards_received >= 1 and again.scorecards_received == 0
        got = latest_version(manager, "team-discovery")
        assert got is not None and got.card.content_hash() == base.content_hash()
    finally:
        authoring.close()
        manager.close()
