"""The team sync walked in the real app under Xvfb, a screenshot after every step (issue 21).

    python tests/harness/team_walk.py OUTDIR [--size 1366x768]

Starts its own PostgreSQL (tests/server/postgres.py) with a team database, a director and two
managers; fills the two managers' data folders with demo teams (different people) and has each
join and sync from the command line (``fieldride sync --join --password-stdin``, then
``fieldride sync``). Then it opens FieldRide on an EMPTY data folder for the director (Xvfb,
openbox when installed; ``running_app`` of walk.py) and plays, by keyboard with xdotool: the
first-run setup; File ▸ Team… filled in (address, database, role, password, no TLS on loopback)
and Join; Sync now… from there, with shots while the progress bar runs; then the director's
review screens (Today, Review's team grid, Seller progress, Search) over both teams; then File ▸
Import bundle… with a manager's bundle (preview, nothing new). The shots are for a person to
LOOK AT; nothing here asserts what they show. A harness, not a test. The keyring is keyring's
'fail' backend here (this machine has no Secret Service), so the password goes to the 0600 file.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from tests.harness.walk import SETUP, Walk, running_app

PASSWORD = "walk-secret"
MANAGERS = (("walk_ann", 11), ("walk_bob", 12))


def _member_folder(root: Path, role: str, seed: int, dsn: str) -> Path:
    """A manager's data folder with a demo team of their own, joined and synced."""
    from fieldride.demo import build_demo
    from fieldride.store import open_store
    from fieldride.team import edit_seller, list_sellers

    folder = root / role
    store = open_store(folder)
    try:
        build_demo(store, seed=seed, months=4)
        for person in list_sellers(store, include_archived=True):
            # the demo draws its people from one pool: each team gets its own emails and name
            edit_seller(store, person.id, email=f"{role}.{person.email or person.id}")
        store.db.execute("UPDATE sellers SET team = ?", [f"Team {role.split('_')[1].title()}"])
    finally:
        store.close()
    for args, stdin in (
        (["sync", "--join", "--password-stdin", "--dsn", dsn], PASSWORD + "\n"),
        (["sync"], None),
    ):
        subprocess.run(
            ["fieldride", "--data-dir", str(folder), *args], input=stdin, text=True, check=True
        )
    return folder


def _team_dialog_keys(port: int) -> list[str]:
    # Address, database (replace "fieldride"), role, password; TLS: the last choice ("Not used",
    # loopback only); Alt+J: Join team.
    return [
        f"t:127.0.0.1:{port}",
        "Tab",
        "ctrl+a",
        "t:walkteam",
        "Tab",
        "t:walk_dora",
        "Tab",
        f"t:{PASSWORD}",
        "Tab",
        "End",
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path, help="folder for the screenshots")
    parser.add_argument("--size", default="1366x768", help="screen size, WxH")
    parser.add_argument("--keep", action="store_true", help="copy the folders to OUT/data")
    args = parser.parse_args(argv)
    for tool in ("Xvfb", "xdotool", "import", "fieldride"):
        if shutil.which(tool) is None:
            print(f"team_walk: {tool} is not installed (or not on PATH)", file=sys.stderr)
            return 2
    from fieldride.server import add_member, connect
    from tests.server.postgres import create_team_database, running_server

    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    os.environ.pop("PGPASSWORD", None)
    os.environ.pop("PGPASSFILE", None)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    root = Path(tempfile.mkdtemp(prefix="fieldride-team-walk-"))
    root.chmod(0o700)
    try:
        with running_server() as server:
            admin = create_team_database(server, "walkteam", "walk_admin", PASSWORD)
            with connect(admin) as conn:
                add_member(conn, "walk_dora", "director", password=PASSWORD)
                for role, _seed in MANAGERS:
                    add_member(conn, role, "manager", password=PASSWORD, directors=["walk_dora"])
            folders = [
                _member_folder(
                    root, role, seed, server.dsn(user=role, dbname="walkteam") + " sslmode=disable"
                )
                for role, seed in MANAGERS
            ]
            bundle = root / "ann.fieldride.json"
            subprocess.run(
                [
                    "fieldride",
                    "--data-dir",
                    str(folders[0]),
                    "bundle",
                    "export",
                    "--out",
                    str(bundle),
                ],
                check=True,
            )
            director = root / "dora"
            director.mkdir(mode=0o700)
            with running_app(out, args.size, director, "app.log", settle=5) as walk:
                _walk(walk, server.port, bundle)
            if args.keep:
                shutil.copytree(root, out / "data", dirs_exist_ok=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


def _walk(walk: Walk, port: int, bundle: Path) -> None:
    for name, actions in SETUP:
        walk.step(name, actions)
    walk.step("file-menu", ["alt+f", "s:1"])
    walk.step("team-dialog", ["t", "s:1.5"])
    walk.step("team-filled", _team_dialog_keys(port))
    walk.step("team-joined", ["alt+j", "s:6"])
    walk.step("sync-dialog", ["alt+s", "s:2"])
    walk.press("alt+s")  # Sync now
    for n in range(6):
        walk.step(f"sync-progress-{n}", ["s:1.5"])
    walk.step("sync-done", ["s:20"])
    walk.step("sync-closed", ["Escape", "s:1", "Escape", "s:2"])
    walk.step("today", ["ctrl+1", "s:2"])
    walk.step("review-team-grid", ["ctrl+4", "s:3"])
    walk.step("seller-progress", ["ctrl+6", "s:3"])
    walk.step("search", ["ctrl+7", "s:1", "t:discount", "Return", "s:2"])
    walk.step("import-bundle", ["alt+f", "s:1", "m", "s:1.5"])
    walk.step("import-choose", ["alt+h", "s:2"])
    walk.step("import-file", ["ctrl+a", f"t:{bundle}", "Return", "s:5"])
    walk.step("import-closed", ["Escape", "s:1"])


if __name__ == "__main__":
    raise SystemExit(main())
