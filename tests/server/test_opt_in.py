"""Sync is opt-in: with no team configured, nothing loads the PostgreSQL driver (no import
cost, no socket). Runs without a server."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_the_core_and_the_cli_load_no_driver_without_a_team(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "import fieldride.server, fieldride.cli, fieldride.cli.server\n"
        "from fieldride.cli import main\n"
        "from fieldride.store import open_store\n"
        f"open_store({str(tmp_path / 'data')!r}).close()\n"
        f"assert main(['--data-dir', {str(tmp_path / 'data')!r}, 'check']) == 0\n"
        f"assert main(['--data-dir', {str(tmp_path / 'data')!r}, 'sync']) == 1\n"
        f"assert main(['--data-dir', {str(tmp_path / 'data')!r}, 'sync', '--status']) == 1\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('psycopg', 'psycopg_binary'))\n"
        "print(loaded)\n"
        "raise SystemExit(1 if loaded else 0)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, f"psycopg was imported: {done.stdout}{done.stderr}"
    assert "no team server is configured" in done.stderr
