"""A director in the app (issue 21, "done when"): two managers sync from their laptops; the
director joins from File ▸ Team…, syncs from File ▸ Sync with team (a child process writing the
data file the window has open), and the review screens of the same window then show both teams:
Today, the team grid, a seller's progress and search, with no error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from fieldride.server import add_member, connect
from fieldride.store import open_store
from tests.server.conftest import Team
from tests.server.syncing import laptop
from tests.ui.conftest import window_on

PW = "director-app-secret"


def test_the_directors_window_shows_both_teams_after_a_sync(
    qtbot: Any, team: Team, tmp_path: Path, no_keyring: None
) -> None:
    from ui.dialogs.team_sync import TeamSyncDialog

    roles = {k: team.role(k) for k in ("ann", "bob", "dora")}
    with connect(team.admin_dsn()) as conn:
        add_member(conn, roles["dora"], "director", password=PW)
        for who in ("ann", "bob"):
            add_member(conn, roles[who], "manager", password=PW, directors=[roles["dora"]])
    names: dict[str, set[str]] = {}
    rides = 0
    for who, seed in (("ann", 51), ("bob", 52)):
        box = laptop(tmp_path / who, team.dsn(roles[who], PW), demo_seed=seed, months=3)
        box.store.db.execute(
            "UPDATE sellers SET email = ? || '.' || coalesce(email, id), team = ?",
            [who, f"Team {who.title()}"],
        )
        box.sync()
        names[who] = {str(r[0]) for r in box.store.db.execute("SELECT name FROM sellers")}
        rides += int(box.store.db.execute("SELECT count(*) FROM rides").fetchone()[0])
        box.close()

    store = open_store(tmp_path / "dora", quick_check=False)
    win = window_on(qtbot, store)
    try:
        win.show_screen("today")
        dialog = win.show_team()
        qtbot.keyClicks(dialog.address, f"127.0.0.1:{team.server.port}")
        dialog.database.clear()
        qtbot.keyClicks(dialog.database, team.dbname)
        qtbot.keyClicks(dialog.role, roles["dora"])
        qtbot.keyClicks(dialog.password, PW)
        dialog.tls.setCurrentIndex(dialog.tls.findData("disable"))
        with qtbot.waitSignal(dialog.team_changed, timeout=60_000):
            qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
        dialog.close()
        syncing = win.show_team_sync()
        assert isinstance(syncing, TeamSyncDialog)
        with qtbot.waitSignal(syncing.sync_finished, timeout=180_000) as finished:
            qtbot.mouseClick(syncing.sync_button, Qt.MouseButton.LeftButton)
        assert finished.args == [True], syncing.status.text()
        assert f"Rides received: {rides}." in syncing.status.text()
        syncing.close()

        assert int(store.db.execute("SELECT count(*) FROM rides").fetchone()[0]) == rides
        for key in ("today", "review", "progress", "search"):
            win.show_screen(key)
            qtbot.wait(50)
        review = win.screens["review"]
        shown = review.grab()
        shown.save(str(tmp_path / "director-review.png"))
        from fieldride.insights import team_overview

        overview = team_overview(store)
        assert overview is not None
        assert {row.cadence.team for row in overview.rows} == {"Team Ann", "Team Bob"}
        on_screen = {
            review.grid.model().index(r, 0).data() for r in range(review.grid.model().rowCount())
        }
        assert names["ann"] <= on_screen and names["bob"] <= on_screen, on_screen
    finally:
        win.close()
        store.close()
