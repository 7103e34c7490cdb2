"""The shared records table (ui.widgets.record_table): order and sorting across a restored layout."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ui.widgets.empty_state import EmptyState
from ui.widgets.record_table import RecordTable

COLUMNS = [("Date", lambda r: r[0]), ("Seller", lambda r: r[1])]
ROWS = [("2026-03-02", "Zoe"), ("2026-03-05", "Ana"), ("2026-03-09", "Ben")]


def table(qtbot: Any) -> RecordTable:
    widget = RecordTable(COLUMNS, EmptyState("None yet.", "Add", lambda: None), "Rides")
    qtbot.addWidget(widget)
    return widget


def shown(widget: RecordTable) -> list[str]:
    proxy = widget.view.model()
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_a_restored_header_keeps_the_cores_order_until_a_title_was_clicked(qtbot: Any) -> None:
    """A header state saved before any click restores no sort (the rows stay in the core's
    order, no arrow); one saved after a click restores that sort."""
    first = table(qtbot)
    first.set_records(ROWS)
    untouched = first.view.horizontalHeader().saveState()
    second = table(qtbot)
    second.view.horizontalHeader().restoreState(untouched)
    second.set_records(ROWS)
    assert shown(second) == [r[0] for r in ROWS]
    assert not second.view.horizontalHeader().isSortIndicatorShown()

    first.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # as a click on "Date" does
    sorted_state = first.view.horizontalHeader().saveState()
    third = table(qtbot)
    third.view.horizontalHeader().restoreState(sorted_state)
    third.set_records(ROWS)
    assert shown(third) == [r[0] for r in reversed(ROWS)]
    assert third.view.horizontalHeader().isSortIndicatorShown()


def test_tab_leaves_the_list_instead_of_walking_its_cells(qtbot: Any) -> None:
    """Arrows move in the list; Tab goes on to the next control (Qt's default moved the current
    cell, one Tab per cell, so a long list trapped a keyboard user)."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    widget = RecordTable(COLUMNS, EmptyState("None yet.", "Add", lambda: None), "Rides")
    after = QPushButton("Next")
    layout.addWidget(widget)
    layout.addWidget(after)
    widget.set_records(ROWS)
    holder.show()
    qtbot.waitExposed(holder)
    assert not widget.view.tabKeyNavigation()
    widget.view.setCurrentIndex(widget.view.model().index(0, 0))
    widget.view.setFocus()
    qtbot.waitUntil(widget.view.hasFocus, timeout=5000)
    qtbot.keyClick(widget.view, Qt.Key.Key_Tab)
    assert widget.view.currentIndex().column() == 0  # the current cell did not move


def point_at(widget: RecordTable, row: int, column: int) -> None:
    """Rest the mouse on a cell: the ToolTip help event Qt sends the viewport."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QHelpEvent

    view = widget.view
    point = view.visualRect(view.model().index(row, column)).center()
    viewport = view.viewport()
    QCoreApplication.sendEvent(
        viewport, QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    )


def test_a_cell_cut_short_shows_its_whole_text_when_pointed_at(qtbot: Any) -> None:
    """Narrow side tables elide their free-text column; pointing at a cut cell shows all of it,
    and pointing at a cell that fits shows no tooltip (any shown one is taken away)."""
    from PySide6.QtWidgets import QToolTip

    long_text = "Acknowledged · Field visit essentials · strength: opens with purpose"
    columns = [("Date", lambda r: r[0]), ("Detail", lambda r: r[1])]
    widget = RecordTable(columns, EmptyState("None yet."), "Timeline", stretch="Detail")
    qtbot.addWidget(widget)
    widget.resize(260, 200)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_records([("2026-11-18", long_text), ("2026-11-01", "Planned")])
    point_at(widget, 0, 1)
    assert QToolTip.isVisible() and QToolTip.text() == long_text
    for row, column in ((1, 1), (0, 0)):
        point_at(widget, 0, 1)
        assert QToolTip.isVisible()
        point_at(widget, row, column)
        qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=3000)
