"""Review on a director's store (issue 21): with two managers' rides merged by real bundles, the
team grid shows which manager each seller belongs to, sorts by it and filters to one manager,
and the summary line and the overdue commitments follow the filter; a lone manager's grid is
as before (no Manager column, no filter)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from fieldride import insights
from fieldride.exchange import export_bundle, import_bundle
from fieldride.store import open_store
from tests.core.exchange_fixtures import make_manager
from ui.screens.review.screen import ReviewScreen
from ui.screens.review.team_grid import CADENCE_COLUMNS, SELLER_ROLE, level_text


def _screen(qtbot: Any, store: Any, prompts: Any) -> ReviewScreen:
    screen = ReviewScreen(store, prompts)
    qtbot.addWidget(screen)
    screen.resize(1300, 700)
    screen.show()
    return screen


def _column(screen: ReviewScreen, row: int, col: int) -> str:
    return str(screen.grid.model().index(row, col).data())


def test_a_directors_grid_shows_and_filters_by_manager(
    qtbot: Any, prompts: Any, tmp_path: Path
) -> None:
    ana = make_manager(tmp_path / "ana", "Ana", [("Pia Lind", "pia@example.com")])
    ben = make_manager(
        tmp_path / "ben",
        "Ben",
        [("Quinn Ode", "quinn@example.com"), ("Abe Rowe", "abe@example.com")],
    )
    director = open_store(tmp_path / "director")
    try:
        for who, name in ((ana, "ana"), (ben, "ben")):
            import_bundle(director, export_bundle(who.store, tmp_path / f"{name}.json").path)
        screen = _screen(qtbot, director, prompts)
        grid = screen.grid
        model = grid.model()
        header = [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(CADENCE_COLUMNS) + 1)
        ]
        assert header[:3] == ["Seller", "Manager", "Last ride"], header
        rows = {_column(screen, r, 0): _column(screen, r, 1) for r in range(model.rowCount())}
        assert rows == {"Abe Rowe": "Ben", "Pia Lind": "Ana", "Quinn Ode": "Ben"}
        # The cadence and level columns still show the core's figures, one column further on.
        overview = insights.team_overview(director)
        assert overview is not None
        figures = {r.cadence.seller_id: r for r in overview.rows}
        for r in range(model.rowCount()):
            row = figures[model.index(r, 0).data(SELLER_ROLE)]
            assert _column(screen, r, 5) == str(row.cadence.overdue_commitments)
            for i, b in enumerate(overview.scorecard.behaviours):
                latest = row.levels.get(b.key)
                cell = _column(screen, r, len(CADENCE_COLUMNS) + 1 + i)
                assert cell == level_text(latest.level if latest else None)
        # Sortable by manager: Ana's seller first, then Ben's.
        grid.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        assert [_column(screen, r, 1) for r in range(model.rowCount())] == ["Ana", "Ben", "Ben"]
        grid.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        assert _column(screen, model.rowCount() - 1, 1) == "Ana"
        # Filter by manager from the combo box next to the scorecard.
        assert screen.manager.isVisible() and screen.manager_label.isVisible()
        choices = [screen.manager.itemText(i) for i in range(screen.manager.count())]
        assert choices == ["All managers", "Ana", "Ben"]
        screen.manager.setCurrentIndex(2)
        assert sorted(_column(screen, r, 0) for r in range(model.rowCount())) == [
            "Abe Rowe",
            "Quinn Ode",
        ]
        # The choice survives a reload (the screen shown again after a sync).
        screen.refresh()
        assert screen.manager.currentText() == "Ben" and model.rowCount() == 2
        screen.manager.setCurrentIndex(0)
        assert model.rowCount() == 3
    finally:
        director.close()
        ana.store.close()
        ben.store.close()


def test_a_lone_managers_grid_has_no_manager_column(
    qtbot: Any, prompts: Any, tmp_path: Path
) -> None:
    ana = make_manager(tmp_path / "ana", "Ana", [("Pia Lind", "pia@example.com")])
    try:
        screen = _screen(qtbot, ana.store, prompts)
        model = screen.grid.model()
        titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
        assert titles == ["Seller", "Last ride", "Rides 30 d"]
        assert "Manager" not in [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        ]
        assert not screen.manager.isVisible() and not screen.manager_label.isVisible()
    finally:
        ana.store.close()


def _overdue_sellers(screen: ReviewScreen) -> list[str]:
    model = screen.overdue.view.model()
    return sorted(str(model.index(r, 0).data()) for r in range(model.rowCount()))


def test_the_summary_and_overdue_commitments_follow_the_manager_filter(
    qtbot: Any, prompts: Any, tmp_path: Path
) -> None:
    # Every seller's latest commitment (agreed in October 2026, due a week later) is open.
    ana = make_manager(tmp_path / "ana", "Ana", [("Pia Lind", "pia@example.com")])
    ben = make_manager(
        tmp_path / "ben",
        "Ben",
        [("Quinn Ode", "quinn@example.com"), ("Abe Rowe", "abe@example.com")],
    )
    director = open_store(tmp_path / "director")
    try:
        for who, name in ((ana, "ana"), (ben, "ben")):
            import_bundle(director, export_bundle(who.store, tmp_path / f"{name}.json").path)
        screen = _screen(qtbot, director, prompts)
        assert _overdue_sellers(screen) == ["Abe Rowe", "Pia Lind", "Quinn Ode"]
        assert screen.summary.text().startswith("3 sellers · ")
        assert screen.summary.text().endswith(" · 3 overdue commitments")
        screen.manager.setCurrentIndex(screen.manager.findText("Ben"))
        assert _overdue_sellers(screen) == ["Abe Rowe", "Quinn Ode"]
        assert screen.overdue_label.text() == "Overdue commitments (2)"
        summary = screen.summary.text()
        assert summary.startswith("2 sellers · ") and summary.endswith(" · 2 overdue commitments")
        assert "Pia Lind" not in summary
        screen.manager.setCurrentIndex(screen.manager.findText("Ana"))
        assert _overdue_sellers(screen) == ["Pia Lind"]
        assert screen.summary.text().startswith("1 seller · ")
        assert screen.summary.text().endswith(" · 1 overdue commitment")
        # Kept through a reload (the screen shown again after a sync).
        screen.refresh()
        assert screen.manager.currentText() == "Ana" and _overdue_sellers(screen) == ["Pia Lind"]
        screen.manager.setCurrentIndex(0)
        assert len(_overdue_sellers(screen)) == 3
        assert screen.summary.text().endswith(" · 3 overdue commitments")
    finally:
        director.close()
        ana.store.close()
        ben.store.close()
