"""push_ride's rules against a real PostgreSQL: idempotent, newer replaces older, older never
replaces newer, a laptop that saw the server's revision fast-forwards whatever its clock says."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from fieldride.server import add_member, connect, content_hash, fetch, push_ride
from tests.server.conftest import Team

PW = "transfer-secret"


@pytest.fixture(scope="module")
def manager(team: Team) -> str:
    role = team.role("mia")
    with connect(team.admin_dsn()) as conn:
        add_member(conn, role, "manager", password=PW)
    return role


def _unit(key: str, text: str) -> dict[str, Any]:
    return {"uuid": key, "ride": {"objective": text}}


def test_content_hash_is_canonical() -> None:
    assert content_hash({"a": 1, "b": [1, "é"]}) == content_hash({"b": [1, "é"], "a": 1})
    assert content_hash({"a": 1}) != content_hash({"a": 2})


def test_same_push_twice_changes_nothing(team: Team, manager: str) -> None:
    key = str(uuid.uuid4())
    with connect(team.dsn(manager, PW)) as conn:
        first = push_ride(conn, key, "2026-03-01T09:00:00.000Z", _unit(key, "v1"))
        again = push_ride(conn, key, "2026-03-01T09:00:00.000Z", _unit(key, "v1"))
        assert (first.status, first.revision) == ("stored", 1)
        assert (again.status, again.revision) == ("unchanged", 1)
        [row] = fetch(conn, "ride", [key])
    assert row.updated_at == "2026-03-01T09:00:00.000Z" and row.revision == 1


def test_newer_replaces_older_and_older_never_replaces_newer(team: Team, manager: str) -> None:
    key = str(uuid.uuid4())
    with connect(team.dsn(manager, PW)) as conn:
        push_ride(conn, key, "2026-03-01T09:00:00Z", _unit(key, "v1"))
        newer = push_ride(conn, key, "2026-03-01T10:00:00Z", _unit(key, "v2"))
        older = push_ride(conn, key, "2026-03-01T09:30:00Z", _unit(key, "stale"))
        [row] = fetch(conn, "ride", [key])
    assert (newer.status, newer.revision) == ("stored", 2)
    assert (older.status, older.revision) == ("server_newer", 2)
    assert row.body == _unit(key, "v2")


def test_a_laptop_that_saw_the_servers_revision_wins_despite_a_slow_clock(
    team: Team, manager: str
) -> None:
    """Laptop A's clock runs 5 h fast; the manager moves to laptop B (right clock), which
    pulled revision 1 and edits the ride: its unit is older by the clock but newer in fact."""
    key = str(uuid.uuid4())
    with connect(team.dsn(manager, PW)) as conn:
        push_ride(conn, key, "2026-03-01T15:00:00Z", _unit(key, "from fast laptop A"))
        pushed = push_ride(conn, key, "2026-03-01T11:00:00Z", _unit(key, "B"), base_revision=1)
        # A (it had seen revision 1, not 2) sends an edit stamped before B's: refused.
        late = push_ride(conn, key, "2026-03-01T10:00:00Z", _unit(key, "A, older"), base_revision=1)
        [row] = fetch(conn, "ride", [key])
        assert (pushed.status, pushed.revision) == ("stored", 2)
        assert (late.status, late.revision) == ("server_newer", 2)
        assert row.body == _unit(key, "B") and row.based_on == 1
        # A's edit stamped after B's (a concurrent edit): the later stamp wins, and based_on=1
        # tells B (which pushed revision 2) that its version was replaced without being seen.
        won = push_ride(conn, key, "2026-03-01T16:00:00Z", _unit(key, "A, later"), base_revision=1)
        [row] = fetch(conn, "ride", [key])
    assert (won.status, won.revision) == ("stored", 3)
    assert row.body == _unit(key, "A, later") and row.based_on == 1
