"""Today: continue the ride in progress, plan a ride, open a ride from the lists."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton

from fieldride import rides
from fieldride.store import Store
from fieldride.team import sellers


def test_continue_ride_opens_capture_where_it_was(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    seller = sellers.add_seller(store, "Ana Ruiz")
    ride = rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key="field-visit")
    call = rides.add_call(store, ride.id, "visit", "Harbour Foods")
    rides.save_position(store, ride.id, call.id, "opening")
    today = main_window.show_screen("today")
    today.refresh()  # made through the core behind the screen's back
    assert today.resume_row.isVisible()
    assert "Ana Ruiz" in today.resume_label.text()
    qtbot.mouseClick(today.resume_button, Qt.MouseButton.LeftButton)
    capture = main_window.capture
    assert main_window.stack.currentWidget() is capture
    assert (capture.ride_id, capture.call_id, capture.grid.current_key()) == (
        ride.id,
        call.id,
        "opening",
    )
    main_window.show_screen("today")  # the navigation brings Today back
    assert main_window.stack.currentWidget() is today


def test_no_ride_in_progress_hides_continue(main_window: Any) -> None:
    today = main_window.show_screen("today")
    assert not today.resume_row.isVisible()
    assert today.plan_button.isVisible()


def test_plan_a_ride_for_later_lists_it_as_planned(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    sellers.add_seller(store, "Ana Ruiz")
    today = main_window.show_screen("today")
    qtbot.keyClick(today, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: today.plan_dialog is not None and today.plan_dialog.isVisible())
    today.plan_dialog.plan_button.click()
    assert rides.list_rides(store)[0].status == "planned"
    assert today.planned.model.rowCount() == 1
    assert main_window.stack.currentWidget() is today  # planned for later: stays on Today
    today.planned.activated_record.emit(today.planned.model.record(0))
    assert main_window.stack.currentWidget() is main_window.capture


def test_the_lists_show_their_column_titles_and_sort_on_a_header_click(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    """The titles come from the records model's headerData; a click on a title sorts the rows by that column, a second click the other way round."""
    for name, day in (("Zoe Brandt", "2026-03-02"), ("Ana Ruiz", "2026-03-05")):
        seller = sellers.add_seller(store, name)
        rides.plan_ride(store, seller.id, day, scorecard_key="field-visit")
    today = main_window.show_screen("today")
    today.refresh()
    view = today.planned.view
    header = view.horizontalHeader()
    # until a title is clicked: the core's order (planned rides soonest first), no sort arrow
    dates = [view.model().index(r, 0).data() for r in range(view.model().rowCount())]
    assert dates == ["2026-03-02", "2026-03-05"] and not header.isSortIndicatorShown()
    titles = [header.model().headerData(i, Qt.Orientation.Horizontal) for i in range(5)]
    assert titles == ["Date", "Seller", "Type", "Scorecard", "Status"]
    assert header.count() == view.model().columnCount() == 5

    def sellers_shown() -> list[str]:
        return [view.model().index(r, 1).data() for r in range(view.model().rowCount())]

    x = header.sectionViewportPosition(1) + header.sectionSize(1) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    first = sellers_shown()
    assert sorted(first) == ["Ana Ruiz", "Zoe Brandt"] and header.sortIndicatorSection() == 1
    assert header.isSortIndicatorShown()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert sellers_shown() == first[::-1]


def test_continue_ride_is_the_primary_action_only_while_a_ride_is_in_progress(
    main_window: Any, store: Store
) -> None:
    seller = sellers.add_seller(store, "Ana Ruiz")
    today = main_window.show_screen("today")
    assert today.plan_button.objectName() == "primaryButton" and today.plan_button.isDefault()
    ride = rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key="field-visit")
    rides.start_ride(store, ride.id)
    today.refresh()
    assert today.resume_button.objectName() == "primaryButton" and today.resume_button.isDefault()
    assert today.plan_button.objectName() != "primaryButton" and not today.plan_button.isDefault()


def test_with_no_seller_the_primary_action_is_adding_sellers(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    """First launch: the next real step is adding sellers, not planning (a dead end)."""
    today = main_window.show_screen("today")
    add = today.add_sellers_button
    assert add.isVisible() and add.objectName() == "primaryButton" and add.isDefault()
    assert today.plan_button.objectName() != "primaryButton" and not today.plan_button.isDefault()
    empty = today.planned_empty
    assert empty.button is not None and empty.button.text() == "Add sellers"
    assert "No sellers yet" in empty.label.text()
    # each leads to the Sellers screen with its Add seller dialog open (not only a new screen)
    qtbot.mouseClick(empty.button, Qt.MouseButton.LeftButton)
    assert main_window.stack.currentWidget() is main_window.screens["sellers"]
    _answer_add_seller(qtbot, main_window.screens["sellers"], None)
    main_window.show_screen("today")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert main_window.stack.currentWidget() is main_window.screens["sellers"]
    _answer_add_seller(qtbot, main_window.screens["sellers"], "Ana Ruiz")
    assert [s.name for s in sellers.list_sellers(store)] == ["Ana Ruiz"]
    main_window.show_screen("today")
    assert not add.isVisible()
    assert today.plan_button.objectName() == "primaryButton" and today.plan_button.isDefault()
    assert empty.button.text() == "Plan a ride…"
    qtbot.mouseClick(empty.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: today.plan_dialog is not None and today.plan_dialog.isVisible())
    today.plan_dialog.reject()


def _answer_add_seller(qtbot: Any, screen: Any, name: str | None) -> None:
    """Wait for the Sellers screen's Add seller dialog; type ``name`` and save, or cancel with
    None."""
    qtbot.waitUntil(lambda: screen.seller_dialog is not None and screen.seller_dialog.isVisible())
    dialog = screen.seller_dialog
    assert dialog.windowTitle() == "Add seller" and dialog.isModal()
    if name is None:
        dialog.reject()
        return
    dialog.fields["name"].setText(name)
    dialog.accept()


def test_planning_with_no_seller_opens_add_seller_instead_of_a_dead_end(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    """Ctrl+N (File ▸ Plan a ride) before any seller exists: the plan dialog could only say
    "Add a seller first"; the Sellers screen opens with Add seller, and says why."""
    main_window.show_screen("review")
    main_window.plan_ride()
    assert main_window.stack.currentWidget() is main_window.screens["sellers"]
    assert "add one first" in main_window.statusBar().currentMessage()
    _answer_add_seller(qtbot, main_window.screens["sellers"], "Ben Carter")
    assert [s.name for s in sellers.list_sellers(store)] == ["Ben Carter"]
    main_window.plan_ride()  # with a seller: Today's plan dialog
    today = main_window.screens["today"]
    qtbot.waitUntil(lambda: today.plan_dialog is not None and today.plan_dialog.isVisible())
    today.plan_dialog.reject()


def _planned_for(main_window: Any, store: Store, day: str) -> tuple[Any, Any]:
    """Ana's ride planned for ``day``, on Today as it is on 2 March 2026."""
    seller = sellers.add_seller(store, "Ana Ruiz")
    ride = rides.plan_ride(store, seller.id, day, scorecard_key="field-visit")
    today = main_window.show_screen("today")
    today.today = lambda: date(2026, 3, 2)
    today.refresh()
    return today, ride


def _planned_for_later(main_window: Any, store: Store) -> tuple[Any, Any]:
    return _planned_for(main_window, store, "2026-03-09")


def test_opening_a_ride_planned_for_later_and_answering_yes_moves_it_to_today(
    main_window: Any, store: Store, prompts: Any
) -> None:
    today, ride = _planned_for_later(main_window, store)
    prompts.confirm_answers.append(True)
    today.planned.activated_record.emit(today.planned.model.record(0))
    assert not prompts.confirm_answers  # asked
    assert rides.get_ride(store, ride.id).ride_date == "2026-03-02"
    assert main_window.stack.currentWidget() is main_window.capture


def test_opening_a_ride_planned_for_later_and_answering_no_keeps_its_date(
    main_window: Any, store: Store, prompts: Any
) -> None:
    today, ride = _planned_for_later(main_window, store)
    prompts.confirm_answers.append(False)
    today.planned.activated_record.emit(today.planned.model.record(0))
    assert not prompts.confirm_answers  # asked
    assert rides.get_ride(store, ride.id).ride_date == "2026-03-09"
    assert main_window.stack.currentWidget() is main_window.capture


def test_opening_a_ride_planned_for_today_asks_nothing(
    main_window: Any, store: Store, prompts: Any
) -> None:
    seller = sellers.add_seller(store, "Ana Ruiz")
    ride = rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key="field-visit")
    today = main_window.show_screen("today")
    today.today = lambda: date(2026, 3, 2)
    today.refresh()
    prompts.confirm_answers.append(False)  # would be taken if asked
    today.planned.activated_record.emit(today.planned.model.record(0))
    assert prompts.confirm_answers == [False]
    assert rides.get_ride(store, ride.id).ride_date == "2026-03-02"


def _removed(store: Store, ride_id: int) -> bool:
    row = store.db.execute("SELECT deleted_at FROM rides WHERE id = ?", [ride_id]).fetchone()
    return row[0] is not None


def _planned_in_the_past(main_window: Any, store: Store) -> tuple[Any, Any]:
    return _planned_for(main_window, store, "2026-02-20")


def test_a_ride_planned_for_a_day_that_has_passed_is_named_and_can_be_moved_to_today(
    main_window: Any, store: Store, prompts: Any
) -> None:
    """Seen on a walk: rides planned for 25-30 November still sat under "Planned" on 7 December,
    nothing said so, and the seller did not show as due a ride."""
    today, ride = _planned_in_the_past(main_window, store)
    text = today.day_label.text()
    assert "Planned, never started, their day passed: 1 ride. Open one" in text
    assert "Ana Ruiz" in text  # due a ride: the missed plan does not count as one
    prompts.confirm_answers.append(True)
    today.planned.activated_record.emit(today.planned.model.record(0))
    assert not prompts.confirm_answers  # asked
    assert rides.get_ride(store, ride.id).ride_date == "2026-03-02"


def test_a_planned_ride_that_will_not_happen_is_removed_with_the_delete_key(
    qtbot: Any, main_window: Any, store: Store, prompts: Any
) -> None:
    today, ride = _planned_in_the_past(main_window, store)
    view = today.planned.view
    view.setFocus()
    view.selectRow(0)
    prompts.confirm_answers.append(False)  # "no": nothing removed
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert not prompts.confirm_answers and not _removed(store, ride.id)
    prompts.confirm_answers.append(True)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert _removed(store, ride.id)
    today.refresh()
    assert today.planned.model.rowCount() == 0
    assert "never started" not in today.day_label.text()


def test_the_planned_rides_menu_offers_removing_only_planned_rides(
    main_window: Any, store: Store, prompts: Any
) -> None:
    today, ride = _planned_in_the_past(main_window, store)
    view = today.planned.view
    today.show_planned_menu(view.visualRect(today.planned.proxy.index(0, 0)).center())
    menu = today.planned_menu
    assert menu is not None
    remove = next(a for a in menu.actions() if a.text() == "Remove planned ride…")
    menu.close()
    prompts.confirm_answers.append(True)
    remove.trigger()
    assert _removed(store, ride.id)
    started = rides.plan_ride(store, ride.seller_id, "2026-03-02", scorecard_key="field-visit")
    rides.start_ride(store, started.id)
    today.remove_planned(rides.get_ride(store, started.id))  # in progress: never from here
    assert not _removed(store, started.id)


def test_the_day_says_rides_commitments_and_sellers_due(main_window: Any, store: Store) -> None:
    from fieldride.debriefs import commitments

    today = main_window.show_screen("today")
    today.today = lambda: date(2026, 3, 2)
    today.refresh()
    assert not today.day_label.isVisible()  # an empty store: the empty state speaks
    ana = sellers.add_seller(store, "Ana Ruiz")
    bo = sellers.add_seller(store, "Bo Lind")
    for name in ("Cy Park", "Dee Moss", "Eve Ng", "Flo Ito", "Gus Roe"):
        sellers.add_seller(store, name)
    rides.plan_ride(store, ana.id, "2026-03-02", scorecard_key="field-visit")
    rides.plan_ride(store, ana.id, "2026-03-05", scorecard_key="field-visit")
    done = rides.plan_ride(store, bo.id, "2026-02-20", scorecard_key="field-visit")
    rides.start_ride(store, done.id)
    commitments.add_commitment(store, done.id, "discovery", "Ask two follow-ups.", "2026-02-27")
    today.refresh()
    assert today.day_label.isVisible()
    shown = today.day_label.text()
    assert "\u2068Cy Park\u2069, " in shown  # each name isolated (fieldride.wording.name_list)
    text = _without_isolates(shown)
    assert "Rides: 1 today, 1 more in the next 6 days." in text
    assert "Commitments: 1 overdue, 0 due in the next 7 days." in text
    assert "5 sellers not ridden with in 30 days, none planned" in text
    assert "Cy Park, Dee Moss, Eve Ng, Flo Ito, Gus Roe." in text
    sellers.add_seller(store, "Hal Wu")
    today.refresh()
    assert "6 sellers" in today.day_label.text()
    assert "Flo Ito, Gus Roe and 1 more." in _without_isolates(today.day_label.text())


def _without_isolates(text: str) -> str:
    """The text as read: without the invisible bidirectional isolates around each name."""
    return text.replace("\u2068", "").replace("\u2069", "")


def test_recent_rides_empty_state_names_the_real_next_step(main_window: Any, store: Store) -> None:
    """With sellers and a ride planned, the empty Recent rides list no longer says "add the
    sellers first" (seen in the Xvfb walk): it points at the planned ride. It has no button:
    the next step's is in the empty planned list above (a first start showed "Add sellers"
    three times)."""
    today = main_window.show_screen("today")
    today.refresh()
    assert "Add the sellers" in today.recent_empty.label.text()
    assert today.recent_empty.button is None
    visible = [b for b in today.findChildren(QPushButton) if b.isVisible()]
    assert [b.text() for b in visible].count("Add sellers") == 2  # the header's, the list's
    seller = sellers.add_seller(store, "Ana Ruiz")
    today.refresh()
    assert today.recent_empty.label.text() == "No ride taken yet. Plan a ride to start coaching."
    rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key="field-visit")
    today.refresh()
    assert "Open a planned ride above" in today.recent_empty.label.text()
