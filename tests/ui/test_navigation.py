"""Navigation is always right: one page of the window at a time, whatever the way in (the
navigation list, the Go menu, Continue ride, Debrief), and every navigation item works from
every page — above all after the debrief has been opened from capture with the keyboard, which
used to leave Today painted under every later screen (issue 18)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from fieldride import rides
from fieldride.store import Store
from fieldride.team import sellers
from ui.main_window import SCREENS, MainWindow


def ride_with_a_call(store: Store) -> int:
    """Planned, one call rated through the core (setup), not yet debriefed."""
    seller = sellers.add_seller(store, "Maya Okafor")
    ride = rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key="field-visit")
    call = rides.add_call(store, ride.id, "visit", "Harbour Foods", "Ops director")
    rides.rate(store, call.id, "discovery", 3)
    return ride.id


def visible_pages(window: MainWindow) -> list[QWidget]:
    stack = window.stack
    return [stack.widget(i) for i in range(stack.count()) if stack.widget(i).isVisible()]


def assert_only(window: MainWindow, page: QWidget) -> None:
    """``page`` is the one page on screen: the stack's current page, the only page visible, and
    no widget of any other page visible (a page's children are hidden with it)."""
    names = [p.objectName() for p in visible_pages(window)]
    assert names == [page.objectName()], f"pages on screen: {names}"
    assert window.stack.currentWidget() is page
    for i in range(window.stack.count()):
        other = window.stack.widget(i)
        if other is page:
            continue
        shown = [w for w in other.findChildren(QWidget) if w.isVisible()]
        assert not shown, f"{other.objectName()} paints through: {shown[:3]}"


def click_nav(qtbot: Any, window: MainWindow, key: str) -> None:
    nav = window.nav
    row = [s.key for s in SCREENS].index(key)
    rect = nav.visualItemRect(nav.item(row))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_debrief_by_keyboard_from_capture_leaves_one_page_on_screen(
    qtbot: Any, store: Store, main_window: MainWindow
) -> None:
    ride_id = ride_with_a_call(store)
    main_window.show_screen("today")
    main_window.screens["today"].open_ride.emit(ride_id)  # what a double-click on the row does
    capture = main_window.capture
    assert_only(main_window, capture)
    capture.focus_grid()
    qtbot.waitUntil(lambda: capture.grid.hasFocus())
    qtbot.keyClick(capture.grid, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    debrief = main_window.debrief
    assert_only(main_window, debrief)
    assert main_window.nav.currentRow() == -1, "no navigation item is highlighted on debrief"
    for key, _title, _build in SCREENS:
        click_nav(qtbot, main_window, key)
        assert_only(main_window, main_window.screens[key])


def test_every_navigation_item_works_from_capture_and_debrief(
    qtbot: Any, store: Store, main_window: MainWindow
) -> None:
    ride_id = ride_with_a_call(store)
    for key, _title, _build in SCREENS:
        for open_page in (main_window.open_ride, main_window.open_debrief):
            open_page(ride_id)
            page = main_window.debrief if open_page == main_window.open_debrief else None
            assert_only(main_window, page or main_window.capture)
            click_nav(qtbot, main_window, key)
            assert_only(main_window, main_window.screens[key])
            # the same through the Go menu's route (show_screen), from the ride's pages
            open_page(ride_id)
            main_window.show_screen(key)
            assert_only(main_window, main_window.screens[key])


def test_today_from_a_ride_in_progress_shows_today_and_debrief_takes_no_input(
    qtbot: Any, store: Store, main_window: MainWindow
) -> None:
    ride_id = ride_with_a_call(store)
    main_window.open_ride(ride_id)
    main_window.capture.focus_grid()
    main_window.capture.request_debrief()
    click_nav(qtbot, main_window, "today")
    today = main_window.screens["today"]
    assert_only(main_window, today)
    assert not main_window.debrief.isVisible()
    assert not main_window.debrief.isAncestorOf(main_window.focusWidget())
    # Continue ride (Today's button) brings the ride back, alone
    qtbot.mouseClick(today.resume_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert_only(main_window, main_window.capture)
