"""Review on a director's store (issue 21): with two managers' rides merged by real bundles, the
team grid shows which manager each seller belongs to, sorts by it and filters to one manager,
and the summary line and the overdue commitments follow the filter; a lone manager's grid is
as before (no Manager column, no filter). Issue 23, deliver 5: the choice decides what is
computed (that manager's sellers only), is remembered per data folder and survives closing the
screen and the store; the first time, the screen opens on the first manager."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from fieldride import insights
from fieldride.exchange import export_bundle, import_bundle
from fieldride.store import Store, open_store
from tests.core.exchange_fixtures import make_manager
from ui import settings
from ui.screens.review.screen import ReviewScreen
from ui.screens.review.team_grid import CADENCE_COLUMNS, SELLER_ROLE, level_text


def _screen(qtbot: Any, store: Any, prompts: Any) -> ReviewScreen:
    settings.configure(store.folder)  # the UI state of this data folder, as the app keeps it
    screen = ReviewScreen(store, prompts)
    qtbot.addWidget(screen)
    screen.resize(1300, 700)
    screen.show()
    return screen


def _column(screen: ReviewScreen, row: int, col: int) -> str:
    return str(screen.grid.model().index(row, col).data())


@pytest.fixture
def director(tmp_path: Path) -> Iterator[Store]:
    """A director's store holding two managers' rides, merged from their real bundles: Ana
    (Pia Lind) and Ben (Quinn Ode, Abe Rowe)."""
    ana = make_manager(tmp_path / "ana", "Ana", [("Pia Lind", "pia@example.com")])
    ben = make_manager(
        tmp_path / "ben",
        "Ben",
        [("Quinn Ode", "quinn@example.com"), ("Abe Rowe", "abe@example.com")],
    )
    store = open_store(tmp_path / "director")
    try:
        for who, name in ((ana, "ana"), (ben, "ben")):
            import_bundle(store, export_bundle(who.store, tmp_path / f"{name}.json").path)
        yield store
    finally:
        store.close()
        ana.store.close()
        ben.store.close()


def test_a_directors_grid_shows_and_filters_by_manager(
    qtbot: Any, prompts: Any, director: Store
) -> None:
    screen = _screen(qtbot, director, prompts)
    grid = screen.grid
    model = grid.model()
    # The first time, the screen opens on the first manager; "All managers" shows everyone.
    assert screen.manager.currentText() == "Ana" and model.rowCount() == 1
    screen.manager.setCurrentIndex(0)
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


def test_a_lone_managers_grid_has_no_manager_column(
    qtbot: Any, prompts: Any, tmp_path: Path
) -> None:
    ana = make_manager(tmp_path / "ana", "Ana", [("Pia Lind", "pia@example.com")])
    try:
        # a manager remembered from elsewhere changes nothing here: everyone, no choice
        settings.configure(ana.store.folder)
        settings.put(settings.REVIEW_MANAGER, "manager:someone")
        screen = _screen(qtbot, ana.store, prompts)
        assert screen.overview is not None and len(screen.overview.rows) == 1
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
    qtbot: Any, prompts: Any, director: Store
) -> None:
    # Every seller's latest commitment (agreed in October 2026, due a week later) is open.
    screen = _screen(qtbot, director, prompts)
    assert _overdue_sellers(screen) == ["Pia Lind"]  # the first manager's, at first
    screen.manager.setCurrentIndex(screen.manager.findText("All managers"))
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


def _computed(screen: ReviewScreen) -> list[str]:
    """The sellers the screen's overview holds: what was computed, not only what is shown."""
    assert screen.overview is not None
    return sorted(r.cadence.seller_name for r in screen.overview.rows)


def test_the_chosen_manager_is_what_is_computed_and_is_remembered(
    qtbot: Any, prompts: Any, director: Store
) -> None:
    screen = _screen(qtbot, director, prompts)
    # First time: the first manager of the list, and only Ana's seller is computed.
    assert screen.manager.currentText() == "Ana"
    assert _computed(screen) == ["Pia Lind"] and screen.grid.model().rowCount() == 1
    assert screen.summary.text().startswith("1 seller · ")
    screen.manager.setCurrentIndex(screen.manager.findText("Ben"))
    assert _computed(screen) == ["Abe Rowe", "Quinn Ode"]
    assert screen.grid.model().rowCount() == 2
    assert screen.summary.text().startswith("2 sellers · ")
    # Closing the screen and opening it again: Ben's team, computed alone.
    screen.close()
    screen = _screen(qtbot, director, prompts)
    assert screen.manager.currentText() == "Ben" and _computed(screen) == [
        "Abe Rowe",
        "Quinn Ode",
    ]
    # Closing the store (the app) and opening it again: still Ben.
    screen.close()
    director.close()
    with open_store(director.folder) as reopened:
        screen = _screen(qtbot, reopened, prompts)
        assert screen.manager.currentText() == "Ben" and len(_computed(screen)) == 2
        # "All managers" computes everyone, and is remembered too.
        screen.manager.setCurrentIndex(screen.manager.findText("All managers"))
        assert _computed(screen) == ["Abe Rowe", "Pia Lind", "Quinn Ode"]
        assert screen.summary.text().startswith("3 sellers · ")
        screen.close()
        screen = _screen(qtbot, reopened, prompts)
        assert screen.manager.currentText() == "All managers" and len(_computed(screen)) == 3
