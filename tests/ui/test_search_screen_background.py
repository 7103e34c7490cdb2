"""The Search screen searches off the UI thread (a pause in typing, a change of seller or of the
private-notes box): the window keeps answering while a search runs, a result that arrives after
a newer search started is dropped, and what is shown at the end is what the box says. Real
store files, real widgets."""

from __future__ import annotations

import threading
from datetime import date
from typing import Any

import pytest

from fieldride import rides
from fieldride.search import SearchReader, SearchResults
from fieldride.search import full_text as search
from fieldride.store import Store
from fieldride.team import sellers
from ui.screens import search as search_screen
from ui.screens.search import HIT_ROLE, SearchScreen

WORDS = ("warehouse", "warranty", "wardrobe", "ward", "warm", "war")


def _data(store: Store) -> list[int]:
    """Two sellers, a ride a day each, evidence with words sharing their first letters."""
    ids = []
    for name in ("Ana Ruiz", "Ben Okafor"):
        seller = sellers.add_seller(store, name)
        ids.append(seller.id)
        for day, word in enumerate(WORDS, start=1):
            ride = rides.plan_ride(
                store, seller.id, date(2026, 3, day), scorecard_key="field-visit"
            )
            call = rides.add_call(store, ride.id, "visit", f"{name} account {day}")
            rides.set_evidence(store, call.id, "discovery", f"{word} talk with {name.split()[0]}")
    return ids


def _shown(screen: SearchScreen) -> list[Any]:
    return [screen.list.item(i).data(HIT_ROLE) for i in range(screen.list.count())]


ON_UI_THREAD: list[bool] = []  # per search run through a reader: whether on the UI thread


@pytest.fixture
def screen(qtbot: Any, store: Store, prompts: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    _data(store)
    monkeypatch.setattr(search_screen, "DEBOUNCE_MS", 1)
    plain = SearchReader.search

    def noted(self: SearchReader, text: str, **kw: Any) -> SearchResults:
        ON_UI_THREAD.append(threading.current_thread() is threading.main_thread())
        return plain(self, text, **kw)

    ON_UI_THREAD.clear()
    monkeypatch.setattr(SearchReader, "search", noted)
    widget = SearchScreen(store, prompts)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.hide()  # the reader's connection closes before the store does


def test_a_slow_search_does_not_hold_the_window_and_its_late_result_is_dropped(
    qtbot: Any, store: Store, screen: SearchScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    started: list[str] = []
    plain = SearchReader.search

    def slow_first(self: SearchReader, text: str, **kw: Any) -> SearchResults:
        started.append(text)
        if len(started) == 1:
            assert release.wait(10)  # held until the test has typed on
        return plain(self, text, **kw)

    monkeypatch.setattr(SearchReader, "search", slow_first)
    shown: list[str] = []
    screen.results_shown.connect(lambda r: shown.append(r.text))
    qtbot.keyClicks(screen.query, "warm")
    qtbot.waitUntil(lambda: started == ["warm"])
    # the first search is still running: the window answers, typing goes on
    qtbot.keyClicks(screen.query, "th")
    assert screen.query.text() == "warmth" and shown == []
    release.set()
    qtbot.waitUntil(lambda: shown == ["warmth"])
    assert screen.results is not None and screen.results.text == "warmth"
    assert screen.list.count() == 0 and screen.status.text() == "No results."
    # the result of "warm" arrived (first, on the same worker) after "warmth" started: dropped
    assert started == ["warm", "warmth"] and shown == ["warmth"]


def test_typing_fast_ends_on_what_the_box_says(
    qtbot: Any, store: Store, screen: SearchScreen
) -> None:
    """Typed letter by letter, faster than searches finish: the last search shown is the text in
    the box, with exactly the hits a search on the store gives for it."""
    shown: list[SearchResults] = []
    screen.results_shown.connect(shown.append)
    for text in ("wardrobe", "war", "warehouse -ward"):
        screen.query.clear()
        qtbot.keyClicks(screen.query, text)
        qtbot.waitUntil(lambda t=text: bool(shown) and shown[-1].text == t)
        want = search.search(store, text, include_private=False)
        assert screen.results == want and [h.record_id for h in _shown(screen)] == [
            h.record_id for h in want.hits
        ]
        assert want.hits  # the comparison is about real hits
    assert all(r.text == screen.query.text() for r in shown[-1:])
    assert ON_UI_THREAD and not any(ON_UI_THREAD)  # every search ran on the worker


def test_a_seller_chosen_while_typing_is_searched_for_that_seller(
    qtbot: Any, store: Store, screen: SearchScreen
) -> None:
    ana, ben = (int(r[0]) for r in store.db.execute("SELECT id FROM sellers ORDER BY id"))
    qtbot.keyClicks(screen.query, "war")
    screen.seller.setCurrentIndex(screen.seller.findData(ben))
    qtbot.waitUntil(
        lambda: (
            screen.results is not None
            and bool(screen.results.hits)
            and {h.seller_id for h in screen.results.hits} == {ben}
        )
    )
    assert screen.results == search.search(store, "war", seller_id=ben, include_private=False)
    screen.seller.setCurrentIndex(screen.seller.findData(ana))
    qtbot.keyClicks(screen.query, "d")
    qtbot.waitUntil(
        lambda: (
            screen.results is not None
            and screen.results.text == "ward"
            and {h.seller_id for h in screen.results.hits} == {ana}
        )
    )
    assert screen.results == search.search(store, "ward", seller_id=ana, include_private=False)
    assert ON_UI_THREAD and not any(ON_UI_THREAD)


def test_an_edit_is_found_by_the_next_search(
    qtbot: Any, store: Store, screen: SearchScreen
) -> None:
    """The screen's reader reads its own connection: it sees what the store's connection
    committed since (and the screen closes it when it is hidden)."""
    qtbot.keyClicks(screen.query, "quokka")
    qtbot.waitUntil(lambda: screen.results is not None and screen.results.text == "quokka")
    assert screen.list.count() == 0 and screen.reader is not None
    call = store.db.execute("SELECT id FROM calls ORDER BY id DESC LIMIT 1").fetchone()[0]
    rides.set_evidence(store, call, "discovery", "the quokka order")
    shown: list[SearchResults] = []
    screen.results_shown.connect(shown.append)
    qtbot.keyClicks(screen.query, " ")
    qtbot.waitUntil(lambda: bool(shown))
    assert [h.snippet_text for h in _shown(screen)] == ["the quokka order"]
    screen.hide()
    assert screen.reader is None
