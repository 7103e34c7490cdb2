"""File ▸ Sync with team, driven like a user (pytest-qt) against a real PostgreSQL: the dialog
shows what is not yet synced, syncs in a child process with progress, and Cancel is safe."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from fieldride.server import TeamConfig, add_member, connect, pending, save_team_config
from fieldride.server import dsn_without_password as strip
from fieldride.store import Store
from tests.server.conftest import Team
from tests.server.syncing import laptop, server_rides
from tests.ui.conftest import RecordingPrompts

PW = "dialog-secret"


@pytest.fixture
def window(qtbot: Any, store: Store) -> Iterator[Any]:
    from ui import settings
    from ui.main_window import MainWindow

    settings.configure(store.folder)
    prompts = RecordingPrompts()
    win = MainWindow(store, prompts)  # type: ignore[arg-type]
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win


def test_without_a_team_sync_opens_the_join_form(window: Any) -> None:
    dialog = window.show_team_sync()
    assert dialog is not None and dialog.windowTitle() == "Team"
    assert dialog.pages.currentIndex() == 0 and dialog.join_button.isVisible()
    dialog.close()


def test_the_dialog_syncs_with_progress_and_shows_what_is_pending(
    qtbot: Any, team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import settings
    from ui.main_window import MainWindow

    role = team.role("uma")
    with connect(team.admin_dsn()) as conn:
        add_member(conn, role, "manager", password=PW)
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{team.server.port}:{team.dbname}:{role}:{PW}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))  # the child process reads it
    box = laptop(tmp_path / "uma", team.dsn(role, PW), demo_seed=31)
    save_team_config(box.store, TeamConfig(strip(team.dsn(role, PW)), role, "manager"))
    total = len(pending(box.store, role).rides)
    assert total > 0
    settings.configure(box.store.folder)
    win = MainWindow(box.store, RecordingPrompts())  # type: ignore[arg-type]
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    try:
        dialog = win.show_team_sync()
        assert dialog is not None and dialog.isVisible()
        assert dialog.pending_label.text() == f"Rides not yet synced: {total}."
        assert PW not in dialog.team_label.text()
        with qtbot.waitSignal(dialog.sync_finished, timeout=120_000) as finished:
            qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
        assert finished.args == [True], dialog.status.text()
        assert f"Rides sent: {total}; already on the server: 0." in dialog.status.text()
        assert dialog.pending_label.text() == "Everything written here is on the team server."
        assert dialog.progress.value() == dialog.progress.maximum()
        assert len([r for r in server_rides(team) if r[1] == role]) == total
        dialog.grab().save(str(tmp_path / "sync-dialog.png"))
        dialog.close()
    finally:
        win.close()
        box.close()


def test_cancel_ends_the_sync_and_the_next_one_sends_the_rest(
    qtbot: Any, team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.dialogs.team_sync import TeamSyncDialog

    role = team.role("vic")
    with connect(team.admin_dsn()) as conn:
        add_member(conn, role, "manager", password=PW)
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{team.server.port}:{team.dbname}:{role}:{PW}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    box = laptop(tmp_path / "vic", team.dsn(role, PW), demo_seed=32)
    save_team_config(box.store, TeamConfig(strip(team.dsn(role, PW)), role, "manager"))
    total = len(pending(box.store, role).rides)
    dialog = TeamSyncDialog(box.store.folder, "team", total)
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        with qtbot.waitSignal(dialog.sync_finished, timeout=120_000) as finished:
            dialog.start_sync()
            # Cancel as soon as the first ride is reported: the child is killed mid-sync.
            qtbot.waitUntil(lambda: "Sending rides" in dialog.status.text(), timeout=60_000)
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        assert finished.args == [False]
        assert "Sync cancelled" in dialog.status.text()
        first = len([r for r in server_rides(team) if r[1] == role])
        report = box.sync()
        after = [r for r in server_rides(team) if r[1] == role]
        assert first < total and len(after) == total and report.pushed + first >= total, (
            f"cancelled after {first} of {total}; the next sync sent {report.pushed}, "
            f"found {report.unchanged} already there; server now holds {len(after)}"
        )
        assert all(rev == 1 for _u, _o, rev, _h in after), "a ride was stored twice"
    finally:
        box.close()
