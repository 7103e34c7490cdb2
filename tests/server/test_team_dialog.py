"""File ▸ Team…, driven like a user (pytest-qt) against a real PostgreSQL: join with an address,
a role name and a password, sync from there, leave; a wrong password keeps nothing. The
password never reaches the data file (issue 21)."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from fieldride.server import add_member, connect, pending, team_config
from fieldride.server.credentials import PASSFILE
from tests.server.conftest import Team
from tests.server.syncing import laptop, server_rides
from tests.ui.conftest import window_on

PW = "dialog-join-secret"


def _fill(qtbot: Any, dialog: Any, team: Team, role: str, password: str) -> None:
    qtbot.keyClicks(dialog.address, f"127.0.0.1:{team.server.port}")
    dialog.database.clear()
    qtbot.keyClicks(dialog.database, team.dbname)
    qtbot.keyClicks(dialog.role, role)
    qtbot.keyClicks(dialog.password, password)
    dialog.tls.setCurrentIndex(dialog.tls.findData("disable"))  # loopback, no TLS here


def test_join_sync_and_leave_from_the_app(
    qtbot: Any, team: Team, tmp_path: Path, no_keyring: None
) -> None:
    role = team.role("jo")
    with connect(team.admin_dsn()) as conn:
        add_member(conn, role, "manager", password=PW)
    box = laptop(tmp_path / "jo", "", demo_seed=33)
    total = len(pending(box.store, role).rides)
    win = window_on(qtbot, box.store)
    try:
        dialog = win.show_team()
        assert dialog.pages.currentIndex() == 0
        _fill(qtbot, dialog, team, role, PW)
        with qtbot.waitSignal(dialog.team_changed, timeout=60_000):
            qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
        assert f"Joined the team as {role} (manager)." in dialog.status.text()
        assert "No system keyring is available here" in dialog.status.text()
        assert dialog.pages.currentIndex() == 1
        assert role in dialog.member_label.text() and PASSFILE in dialog.member_label.text()
        assert dialog.password.text() == ""
        config = team_config(box.store)
        assert config is not None and config.role == role and PW not in config.dsn
        passfile = box.store.folder / PASSFILE
        assert stat.S_IMODE(passfile.stat().st_mode) == 0o600
        dialog.grab().save(str(tmp_path / "team-joined.png"))

        with qtbot.waitSignal(dialog.sync_requested, timeout=5_000):
            qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
        from ui.dialogs.team_sync import TeamSyncDialog

        qtbot.waitUntil(lambda: win.findChild(TeamSyncDialog) is not None, timeout=5_000)
        syncing = win.findChild(TeamSyncDialog)
        with qtbot.waitSignal(syncing.sync_finished, timeout=120_000) as finished:
            qtbot.mouseClick(syncing.sync_button, Qt.MouseButton.LeftButton)
        assert finished.args == [True], syncing.status.text()
        assert len([r for r in server_rides(team) if r[1] == role]) == total
        syncing.close()

        on_disk = b"".join(
            p.read_bytes() for p in box.store.folder.rglob("*") if p.is_file() and p != passfile
        )
        assert PW.encode() not in on_disk, "the password reached the data folder"

        win.prompts.confirm_answers.append(True)
        with qtbot.waitSignal(dialog.team_changed, timeout=60_000):
            qtbot.mouseClick(dialog.leave_button, Qt.MouseButton.LeftButton)
        assert team_config(box.store) is None and not passfile.exists()
        assert dialog.pages.currentIndex() == 0
        dialog.close()
    finally:
        win.close()
        box.close()


def test_a_wrong_password_is_said_and_nothing_is_kept(
    qtbot: Any, team: Team, tmp_path: Path, no_keyring: None
) -> None:
    role = team.role("kit")
    with connect(team.admin_dsn()) as conn:
        add_member(conn, role, "manager", password=PW)
    box = laptop(tmp_path / "kit", "")
    win = window_on(qtbot, box.store)
    try:
        dialog = win.show_team()
        _fill(qtbot, dialog, team, role, "wrong-password")
        finished_signal = dialog.command.finished
        with qtbot.waitSignal(finished_signal, timeout=60_000) as done:
            qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
        assert done.args[0] is False
        assert "password authentication failed" in dialog.status.text()
        assert "wrong-password" not in dialog.status.text()
        assert dialog.pages.currentIndex() == 0
        assert team_config(box.store) is None
        assert not (box.store.folder / PASSFILE).exists()
        dialog.close()
    finally:
        win.close()
        box.close()


def test_joining_in_a_german_window_reports_in_german(
    qtbot: Any,
    qapp: Any,
    team: Team,
    tmp_path: Path,
    no_keyring: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Seen in a German window at 1366x768: after joining, "Joined the team as ... (manager)."
    and "No system keyring is available here, ..." in English, then the command line's own
    hint "Führen Sie „fieldride sync“ aus" (only its English form was left out), and
    "(manager)" in the member line."""
    from tests.ui.conftest import install_test_english
    from ui import translation

    role = team.role("de")
    with connect(team.admin_dsn()) as conn:
        add_member(conn, role, "manager", password=PW)
    box = laptop(tmp_path / "de", "", demo_seed=35)
    translation.install(qapp, "de")
    try:
        win = window_on(qtbot, box.store)
        dialog = win.show_team()
        _fill(qtbot, dialog, team, role, PW)
        with qtbot.waitSignal(dialog.team_changed, timeout=60_000):
            qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
        said = dialog.status.text().splitlines()
        assert said[0] == f"Dem Team beigetreten als {role} (Führungskraft).", said
        assert said[1].startswith("Hier gibt es keinen Schlüsselbund des Systems"), said
        assert len(said) == 2 and "fieldride sync" not in dialog.status.text(), said
        member = dialog.member_label.text()
        assert f"{role} (Führungskraft)" in member and f", Datenbank {team.dbname}" in member
        dialog.close()
        win.close()
    finally:
        box.close()
        install_test_english(qapp)
    # the command line says the same in German (its language from the environment)
    from fieldride.cli import main
    from fieldride.i18n import set_interface_language

    monkeypatch.setenv("LANGUAGE", "de")
    try:
        assert main(["--data-dir", str(tmp_path / "de"), "sync", "--status"]) == 0
    finally:
        set_interface_language("en")
    first = capsys.readouterr().out.splitlines()[0]
    assert first == (
        f"Team-Server: 127.0.0.1:{team.server.port}, Datenbank {team.dbname} als {role} "
        "(Führungskraft)."
    ), first
