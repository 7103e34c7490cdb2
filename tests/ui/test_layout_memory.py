"""Splitter sizes and table column widths are remembered per screen (ui.settings): saved when
the window closes, put back when the screen is built again. The parts are found by their
object name (``settings.remember_layout``), so every splitter and table of a screen must carry
it, in the order the screen has them."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QSplitter, QTableView, QWidget

from fieldride.store import Store
from tests.ui.conftest import ridden_with_today
from ui import settings
from ui.main_window import SCREENS


def _pages(window: Any) -> list[QWidget]:
    pages: list[QWidget] = [window.show_screen(spec.key) for spec in SCREENS]
    return [*pages, window.capture, window.debrief]


def test_every_splitter_and_table_of_every_page_is_remembered(main_window: Any) -> None:
    for page in _pages(main_window):
        for kind in (QSplitter, QTableView):
            every = page.findChildren(kind)
            assert page.findChildren(kind, settings.LAYOUT_PART) == every, page.objectName()


def test_a_moved_splitter_and_a_resized_column_come_back(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    from fieldride import rides

    ridden_with_today(store, "Ana Lima")
    ride = rides.ride_in_progress(store)
    assert ride is not None
    main_window.open_ride(ride.id)
    capture = main_window.capture
    [splitter] = capture.findChildren(QSplitter)
    splitter.setSizes([300, 500, 400])
    moved = splitter.sizes()
    review = main_window.show_screen("review")
    header = next(
        t.horizontalHeader()
        for t in review.findChildren(QTableView)
        if t.horizontalHeader().count()
    )
    header.resizeSection(0, header.sectionSize(0) + 77)
    widths = header.saveState()
    settings.save_layout([capture, review])
    splitter.setSizes([100, 100, 100])
    header.resizeSection(0, 20)
    settings.restore_layout(capture)
    settings.restore_layout(review)
    assert splitter.sizes() == moved
    assert header.saveState() == widths
