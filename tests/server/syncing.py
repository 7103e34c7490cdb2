"""Helpers for the sync tests (test code): laptops as real data folders, synced through the real
exchange package and a real PostgreSQL."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldride.server import SyncReport, connect, sync_store
from fieldride.store import Store, open_store
from tests.server.conftest import Team


@dataclass
class Laptop:
    """One member's data folder and the DSN they sync with."""

    folder: Path
    dsn: str
    store: Store

    def sync(self, **kwargs: Any) -> SyncReport:
        with connect(self.dsn) as conn:
            return sync_store(self.store, conn, **kwargs)

    def ride_uuids(self) -> set[str]:
        return {str(r[0]) for r in self.store.db.execute("SELECT uuid FROM rides")}

    def close(self) -> None:
        self.store.close()


def laptop(folder: Path, dsn: str, demo_seed: int | None = None, months: int = 2) -> Laptop:
    store = open_store(folder)
    if demo_seed is not None:
        from fieldride.demo import build_demo

        build_demo(store, seed=demo_seed, months=months)
    else:
        from fieldride.scorecards.defaults import install_defaults

        install_defaults(store)
    return Laptop(folder, dsn, store)


def server_rides(team: Team) -> list[tuple[str, str, int, str]]:
    """(uuid, owner, revision, content hash) of every ride on the server, read as the admin."""
    with connect(team.admin_dsn()) as conn:
        rows = conn.execute(
            "SELECT uuid::text, owner, revision, content_hash FROM fieldride.rides ORDER BY uuid"
        ).fetchall()
    return [(str(a), str(b), int(c), str(d)) for a, b, c, d in rows]


def dump_server(team: Team) -> str:
    """The whole team database as pg_dump writes it (schema and every row), as the superuser."""
    import os

    from tests.server.postgres import SUPERUSER, SUPERUSER_PASSWORD

    server = team.server
    done = subprocess.run(
        [
            str(server.bin_dir / "pg_dump"),
            "--host=127.0.0.1",
            f"--port={server.port}",
            f"--username={SUPERUSER}",
            "--no-password",
            team.dbname,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env={**os.environ, "PGPASSWORD": SUPERUSER_PASSWORD},
    )
    return done.stdout
