"""Search screen: typing finds evidence (debounced), private notes are labelled, awkward text
is harmless, and a result opens the ride at its call and behaviour."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from fieldride import debriefs, rides
from fieldride.store import Store
from fieldride.team import sellers
from ui.screens.search import HIT_ROLE, SearchScreen


def _data(store: Store) -> tuple[rides.Ride, rides.Call]:
    seller = sellers.add_seller(store, "Zofia Łukaszewska")
    ride = rides.plan_ride(store, seller.id, date(2026, 3, 2), scorecard_key="field-visit")
    call = rides.add_call(store, ride.id, "visit", "Harbour <Foods>")
    rides.set_evidence(store, call.id, "discovery", "Asked about the warehouse backlog.")
    debriefs.set_private_note(store, ride.id, "warehouse manager seemed annoyed")
    return ride, call


def test_typing_finds_and_labels(qtbot: Any, store: Store, prompts: Any) -> None:
    _data(store)
    screen = SearchScreen(store, prompts)
    qtbot.addWidget(screen)
    screen.show()
    assert not screen.private.isChecked()  # issue 18: private notes are opt-in
    screen.private.setChecked(True)
    with qtbot.waitSignal(screen.results_shown, timeout=3000):
        qtbot.keyClicks(screen.query, "wareh")
    qtbot.waitUntil(lambda: screen.results is not None and screen.results.text == "wareh")
    assert screen.list.count() == 2
    hits = [screen.list.item(i).data(HIT_ROLE) for i in range(2)]
    assert {h.kind for h in hits} == {"evidence", "private"}
    labels = [screen.list.itemWidget(screen.list.item(i)).text() for i in range(2)]
    assert any("PRIVATE" in t for t in labels)
    assert any("Harbour &lt;Foods&gt;" in t and "<b>warehouse</b>" in t for t in labels)
    assert screen.status.text() == "2 results"
    screen.private.setChecked(False)  # searched again in the background
    qtbot.waitUntil(lambda: screen.list.count() == 1)
    assert screen.list.item(0).data(HIT_ROLE).kind == "evidence"


def test_awkward_text(qtbot: Any, store: Store, prompts: Any) -> None:
    _data(store)
    screen = SearchScreen(store, prompts)
    qtbot.addWidget(screen)
    for text in ['"', "AND", "-", "*", 'a"b OR (', "NEAR(x"]:
        screen.query.setText(text)
        screen.run_search()
    assert prompts.errors == []


def test_result_opens_ride_at_the_match(qtbot: Any, main_window: Any) -> None:
    ride, call = _data(main_window.store)
    screen = main_window.show_screen("search")
    screen.query.setText("backlog")
    screen.run_search()
    item = screen.list.item(0)
    with qtbot.waitSignal(screen.open_ride_at) as blocker:
        screen.list.itemActivated.emit(item)
    assert blocker.args == [ride.id, call.id, "discovery"]
    assert main_window.stack.currentWidget() is main_window.capture
    assert main_window.capture.ride_id == ride.id and main_window.capture.call_id == call.id


def test_enter_moves_to_results(qtbot: Any, store: Store, prompts: Any) -> None:
    _data(store)
    screen = SearchScreen(store, prompts)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.keyClicks(screen.query, "backlog")
    qtbot.keyClick(screen.query, Qt.Key.Key_Return)  # searched in the background, then focused
    qtbot.waitUntil(lambda: screen.list.currentRow() == 0 and screen.list.hasFocus())


def test_search_arrives_focused_with_private_notes_off(qtbot: Any, main_window: Any) -> None:
    """Issue 18: the box has the keyboard on arrival; private notes are not searched until the
    manager ticks the box."""
    _data(main_window.store)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    screen = main_window.show_screen("search")
    qtbot.waitUntil(screen.query.hasFocus)
    assert not screen.private.isChecked()
    qtbot.keyClicks(screen.query, "wareh")
    qtbot.waitUntil(lambda: screen.results is not None and screen.results.text == "wareh")
    hits = [screen.list.item(i).data(HIT_ROLE) for i in range(screen.list.count())]
    assert [h.kind for h in hits] == ["evidence"]


def test_a_short_last_word_is_matched_whole_and_the_status_says_so(
    qtbot: Any, store: Store, prompts: Any
) -> None:
    """Two letters find only that word (the prefix index starts at three letters); the status
    line says to type a third letter, and the third letter finds the words starting with it."""
    _data(store)
    screen = SearchScreen(store, prompts)
    qtbot.addWidget(screen)
    screen.show()
    with qtbot.waitSignal(screen.results_shown, timeout=3000):
        qtbot.keyClicks(screen.query, "wa")
    qtbot.waitUntil(lambda: screen.results is not None and screen.results.text == "wa")
    assert screen.list.count() == 0
    assert screen.status.text() == (
        "No results. A word of one or two letters finds only itself: type a third letter to "
        "find the words that start with it."
    )
    with qtbot.waitSignal(screen.results_shown, timeout=3000):
        qtbot.keyClicks(screen.query, "r")
    qtbot.waitUntil(lambda: screen.results is not None and screen.results.text == "war")
    assert screen.list.count() == 1
    assert screen.status.text() == "1 result"
