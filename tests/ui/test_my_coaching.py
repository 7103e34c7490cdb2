"""The My coaching screen: its tables show the core's figures for the period chosen, a seller
opens their progress, the report opens as a PDF with the same figures; reached from the
navigation like every screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from fieldride.insights.my_coaching import cadence_text, my_coaching, summary_lines
from fieldride.store import Store
from tests.core.my_coaching_fixtures import build_team
from tests.core.reports_fixtures import flat, pdf_text
from ui.screens.my_coaching import MyCoachingScreen


def _screen(qtbot: Any, store: Store, prompts: Any) -> MyCoachingScreen:
    screen = MyCoachingScreen(store, prompts)
    qtbot.addWidget(screen)
    screen.resize(1300, 740)
    screen.show()
    return screen


def _cells(table: Any, column: int) -> list[str]:
    model = table.model
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def test_tables_show_the_core_figures_for_the_period(
    qtbot: Any, store: Store, prompts: Any
) -> None:
    build_team(store)
    screen = _screen(qtbot, store, prompts)
    # The fixture's rides are in April-June 2026: the last 365 days hold them all.
    screen.period.setCurrentIndex(screen.period.findData(365))
    expected = my_coaching(store, screen.since())
    assert screen.data == expected
    assert screen.summary.text() == "\n".join(summary_lines(expected))
    assert _cells(screen.sellers, 0) == ["Ana", "Ben", "Cy"]
    # Questions and advice do not depend on today: worked by hand in test_my_coaching.
    assert _cells(screen.sellers, 4) == ["3", "0", "0"]
    assert _cells(screen.sellers, 5) == ["1", "2", "0"]
    assert _cells(screen.sellers, 2) == [cadence_text(s, 30) for s in expected.sellers]
    assert _cells(screen.sellers, 2)[2] == "Never ridden with"
    assert _cells(screen.behaviours, 0) == ["Alpha", "Beta"]
    # C0 (agreed 03-20) is inside the year: Alpha made 4, verified and applied 3.
    assert _cells(screen.behaviours, 2) == ["4", "3"]
    assert _cells(screen.behaviours, 4) == ["3", "2"]
    # The shortest period holds no commitment: the empty state says so.
    screen.period.setCurrentIndex(screen.period.findData(30))
    assert screen.behaviours.model.rowCount() == 0


def test_seller_row_opens_progress_and_report_opens(qtbot: Any, store: Store, prompts: Any) -> None:
    from ui import settings

    settings.configure(store.folder)
    build_team(store)
    screen = _screen(qtbot, store, prompts)
    screen.period.setCurrentIndex(screen.period.findData(365))
    view = screen.sellers.view
    rect = view.visualRect(view.model().index(1, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(screen.seller_profile_requested) as asked:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert asked.args == [screen.data.sellers[1].seller_id]  # type: ignore[union-attr]
    opened: list[Path] = []
    finished: list[Path | None] = []
    screen.report.opener = lambda p: opened.append(p) or True
    screen.report.on_finished = finished.append
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.period.setFocus()
    qtbot.keyClick(screen.period, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # the mnemonic
    qtbot.waitUntil(lambda: bool(finished), timeout=20000)
    assert finished[0] is not None and opened == [finished[0]]
    text = flat(pdf_text(finished[0].read_bytes()))
    assert "My coaching" in text and "Commitments by behaviour" in text
    assert "Across 6 debriefs: 3 questions asked, 3 statements of advice." in text  # R0 too
    assert prompts.errors == []


def test_reached_from_the_navigation(qtbot: Any, main_window: Any) -> None:
    main_window.show_screen("coaching")
    screen = main_window.stack.currentWidget()
    assert isinstance(screen, MyCoachingScreen) and screen.isVisible()
