"""The connection string the app builds from what a member types (issue 21, File ▸ Team…),
read back by libpq's own parser (psycopg.conninfo)."""

from __future__ import annotations

from psycopg import conninfo

from fieldride.server import team_dsn


def _read(dsn: str) -> dict[str, object]:
    return dict(conninfo.conninfo_to_dict(dsn))


def test_a_host_and_port_become_a_connection_string() -> None:
    got = _read(team_dsn("db.example.org:6543", "fieldride", "ann", "verify-full"))
    assert got == {
        "host": "db.example.org",
        "port": "6543",
        "dbname": "fieldride",
        "user": "ann",
        "sslmode": "verify-full",
    }


def test_odd_characters_are_quoted_not_split() -> None:
    got = _read(team_dsn("db.example.org", "team 'north'", "o'neil\\x", "prefer"))
    assert got["dbname"] == "team 'north'" and got["user"] == "o'neil\\x"
    assert "port" not in got


def test_a_whole_connection_string_keeps_what_it_names() -> None:
    got = _read(team_dsn("host=h1 dbname=own sslrootcert=/ca.pem", "fieldride", "ann", "require"))
    assert got["dbname"] == "own" and got["user"] == "ann" and got["sslrootcert"] == "/ca.pem"
    uri = team_dsn("postgresql://h2:5433/teamdb?sslmode=verify-ca", "fieldride", "bo", "prefer")
    parsed = _read(uri)
    assert parsed["dbname"] == "teamdb" and parsed["user"] == "bo"
    assert parsed["sslmode"] == "verify-ca"
    assert "password" not in parsed
