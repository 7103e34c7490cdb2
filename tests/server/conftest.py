"""Fixtures for the team-server tests: one real PostgreSQL per test session (tests/server/
postgres.py), one database per test module, set up the way the README tells an admin to: a
non-superuser owner role with CREATEROLE runs ``fieldride server init``."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import pytest

from tests.server.postgres import (
    PgServer,
    create_team_database,
    find_bin_dir,
    running_server,
)

_counter = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    if find_bin_dir() is None:
        pytest.skip(
            "PostgreSQL server binaries (initdb, pg_ctl) are not installed: "
            "scripts/system-deps.sh --test installs the 'postgresql' package"
        )
    with running_server() as server:
        yield server


@dataclass
class Team:
    """One team database on the test server."""

    server: PgServer
    dbname: str
    admin: str
    admin_password: str

    def dsn(self, user: str, password: str | None = None) -> str:
        return self.server.dsn(user=user, password=password, dbname=self.dbname)

    def admin_dsn(self) -> str:
        return self.dsn(self.admin, self.admin_password)

    def superuser_dsn(self) -> str:
        return self.server.dsn(dbname=self.dbname)

    def role(self, name: str) -> str:
        """A role name unique to this team (roles are shared by the whole server)."""
        return f"{self.dbname}_{name}"


def new_team(server: PgServer, migrations: Sequence[tuple[int, str, str]] | None = None) -> Team:
    """A new database owned by a new non-superuser admin role with CREATEROLE, initialised
    by that admin through ``init_server``."""
    n = next(_counter)
    team = Team(server, f"team{n}", f"team{n}_admin", f"admin-secret-{n}")
    create_team_database(server, team.dbname, team.admin, team.admin_password, migrations)
    return team


@pytest.fixture(scope="module")
def team(pg_server: PgServer) -> Team:
    return new_team(pg_server)


def use_keyring(monkeypatch: pytest.MonkeyPatch, backend: str) -> None:
    """Select a keyring backend in this process and in the children it starts (the app's
    ``fieldride`` commands), with no password from libpq's environment variables."""
    import keyring.core

    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.delenv("PGPASSFILE", raising=False)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", backend)
    keyring.core.init_backend()


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """keyring's own 'fail' backend: what a Linux box without a Secret Service has."""
    import keyring.core

    use_keyring(monkeypatch, "keyring.backends.fail.Keyring")
    yield
    monkeypatch.undo()
    keyring.core.init_backend()
