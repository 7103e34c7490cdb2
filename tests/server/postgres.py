"""A throwaway PostgreSQL server for the team-server tests (a test helper, not product code).

``initdb`` + ``pg_ctl`` in a fresh temporary folder, listening on a free loopback port only.
PostgreSQL refuses to run as root: when the tests run as root (CI on this machine does), the
server binaries run as the ``postgres`` user (else ``nobody``) through ``runuser``, in a folder
that user owns. The superuser ``postgres`` has a password (scram-sha-256 over TCP), so every
connection in the tests authenticates the way a real team server's would.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"
SUPERUSER_PASSWORD = "test-superuser-secret"  # a throwaway cluster on loopback only


def find_bin_dir() -> Path | None:
    """The folder holding initdb and pg_ctl: on PATH, else Debian's newest
    /usr/lib/postgresql/N/bin. None if PostgreSQL is not installed."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        # Resolved: a symlink on PATH (/usr/local/bin/initdb) points into the folder that also
        # holds pg_dump and the server.
        return Path(found).resolve().parent
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    for cand in reversed(candidates):
        if (cand / "initdb").exists() and (cand / "pg_ctl").exists():
            return cand
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _server_user() -> str | None:
    """The user the server binaries run as: None = ourselves (not root), else a system user."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    raise RuntimeError("running as root and neither 'postgres' nor 'nobody' exists")


@dataclass
class PgServer:
    bin_dir: Path
    folder: Path
    port: int
    run_as: str | None

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def dsn(
        self, user: str = SUPERUSER, password: str | None = None, dbname: str = "postgres"
    ) -> str:
        pw = SUPERUSER_PASSWORD if password is None and user == SUPERUSER else password
        parts = [f"host=127.0.0.1 port={self.port} dbname={dbname} user={user}"]
        if pw is not None:
            quoted = pw.replace("\\", "\\\\").replace("'", "\\'")
            parts.append(f"password='{quoted}'")  # libpq's quoting: any character may follow
        return " ".join(parts) + " connect_timeout=10"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.bin_dir / args[0]), *args[1:]]
        if self.run_as is not None:
            cmd = ["runuser", "-u", self.run_as, "--", *cmd]
        return subprocess.run(cmd, check=check, capture_output=True, text=True, timeout=120)

    def init(self) -> None:
        pwfile = self.folder / "pw"
        pwfile.write_text(SUPERUSER_PASSWORD + "\n")
        self._chown(pwfile)
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "--auth-host=scram-sha-256",
            "--auth-local=trust",
            f"--pwfile={pwfile}",
            "--no-sync",
            "-E",
            "UTF8",
            "--locale=C",
        )
        pwfile.unlink()

    def start(self) -> None:
        opts = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c full_page_writes=off -c max_connections=40"
        )
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            opts,
            "-l",
            str(self.folder / "log"),
            "-w",
            "start",
        )

    def stop(self, mode: str = "fast") -> None:
        """``mode`` 'immediate' is a crash (no checkpoint, clients cut off at once)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def running(self) -> bool:
        return self._run("pg_ctl", "-D", str(self.data), "status", check=False).returncode == 0

    def _chown(self, path: Path) -> None:
        if self.run_as is not None:
            entry = pwd.getpwnam(self.run_as)
            os.chown(path, entry.pw_uid, entry.pw_gid)


@contextlib.contextmanager
def running_server() -> Iterator[PgServer]:
    """A started server in a fresh temporary folder, stopped and removed afterwards."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise FileNotFoundError("PostgreSQL server binaries (initdb, pg_ctl) not found")
    folder = Path(tempfile.mkdtemp(prefix="fieldride-pg-"))
    server = PgServer(bin_dir, folder, free_port(), _server_user())
    server._chown(folder)
    try:
        server.init()
        server.start()
        yield server
    finally:
        server.stop("immediate")
        shutil.rmtree(folder, ignore_errors=True)


def create_team_database(
    server: PgServer,
    dbname: str,
    admin: str,
    password: str,
    migrations: Sequence[tuple[int, str, str]] | None = None,
) -> str:
    """A team database owned by a new non-superuser ``admin`` role with CREATEROLE, initialised
    by that admin with ``fieldride server init`` (as the README tells an admin; ``migrations``:
    a prefix of the server's, for upgrade tests); returns the admin's DSN."""
    import psycopg

    from fieldride.server import connect, init_server
    from fieldride.server.schema import MIGRATIONS

    with psycopg.connect(server.dsn(), autocommit=True) as su:
        su.execute(f"CREATE ROLE {admin} LOGIN CREATEROLE PASSWORD '{password}'")
        su.execute(f"CREATE DATABASE {dbname} OWNER {admin}")
    dsn = server.dsn(user=admin, password=password, dbname=dbname)
    with connect(dsn) as conn:
        init_server(conn, MIGRATIONS if migrations is None else migrations)
    return dsn
