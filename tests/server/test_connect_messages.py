"""What a manager reads when the team server cannot be reached or refuses the connection: what
it means and what to do, in the interface language, with libpq's own line after it for the
admin. Real connections to a real PostgreSQL (and to a port where nothing listens)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from fieldride.i18n import set_interface_language
from fieldride.server import ServerError, add_member, connect
from tests.server.conftest import Team
from tests.server.postgres import free_port

PW = "connect-secret"


@pytest.fixture(scope="module")
def member(team: Team) -> str:
    role = team.role("pat")
    with connect(team.admin_dsn()) as conn:
        add_member(conn, role, "manager", password=PW)
    return role


@pytest.fixture
def german() -> Iterator[None]:
    set_interface_language("de")
    yield
    set_interface_language("en")


def _refused(dsn: str) -> str:
    with pytest.raises(ServerError) as err:
        connect(dsn)
    text = str(err.value)
    assert PW not in text and "wrong-secret" not in text
    return text


def test_each_way_a_connection_fails_says_what_it_means(team: Team, member: str) -> None:
    """Seen in the Team dialog: 'Could not connect to the team server: connection failed:
    connection to server at "127.0.0.1", port 56561 failed: server does not support SSL, but
    SSL was required', libpq's words only, also in a German window."""
    good = team.dsn(member, PW)
    cases = {
        "TLS required": (good + " sslmode=require", "does not offer encryption (TLS)"),
        "wrong password": (team.dsn(member, "wrong-secret"), "password was not accepted"),
        "no database": (
            team.server.dsn(user=member, password=PW, dbname="nosuchteam"),
            "no such database or role",
        ),
        "nothing listening": (
            good.replace(f"port={team.server.port}", f"port={free_port()}"),
            "Nothing answers at that address and port",
        ),
        "unknown host": (
            good.replace("host=127.0.0.1", "host=no-such-host.invalid"),
            "name was not found",
        ),
    }
    for case, (dsn, meaning) in cases.items():
        text = _refused(dsn)
        assert text.startswith("Could not connect to the team server. "), (case, text)
        assert meaning in text, (case, text)
        assert text.endswith(")") and "failed" in text, (case, text)  # libpq's line for the admin


def test_the_meaning_is_in_the_interface_language(team: Team, member: str, german: None) -> None:
    text = _refused(team.dsn(member, PW) + " sslmode=require")
    assert text.startswith("Keine Verbindung zum Team-Server. Der Server bietet keine "), text
    assert "server does not support SSL" in text  # libpq's own words stay, for the admin
