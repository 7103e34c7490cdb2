"""Capture saving: evidence on idle and on close, "saved" only after the commit, undo/redo through
the core (ratings, evidence, notes, call removal), resume exactly where it was, locked rides."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from fieldride import rides
from fieldride.store import Store
from fieldride.team import sellers
from ui.app import resume_ride_in_progress
from ui.main_window import MainWindow
from ui.screens.capture.evidence import IDLE_MS


def _ride(store: Store, calls: int = 2) -> tuple[rides.Ride, list[rides.Call]]:
    seller = sellers.add_seller(store, "Ana Ruiz")
    ride = rides.plan_ride(
        store, seller.id, "2026-03-02", scorecard_key="field-visit", focus=["listening"]
    )
    made = [rides.add_call(store, ride.id, "visit", f"Account {i}") for i in range(calls)]
    return ride, made


def _obs(store: Store, call_id: int, key: str) -> rides.Observation | None:
    return rides.get_observation(store, call_id, key)


def _click_box(qtbot: Any, row: Any, target: int) -> None:
    """A real left click in the middle of a row's level box (or "N/O")."""
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton, pos=row.box_rect(target).center())


def test_saved_is_emitted_only_after_the_row_is_committed(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    ride, calls = _ride(store)
    main_window.open_ride(ride.id)
    capture = main_window.capture
    key = capture.grid.current_key()
    seen: list[Any] = []
    # read through a second connection: only a COMMITTED row is visible there
    import sqlite3

    other = sqlite3.connect(store.path)
    capture.saved.connect(
        lambda what: seen.append(
            other.execute(
                "SELECT level FROM observations WHERE call_id = ? AND behaviour_key = ?",
                [calls[0].id, key],
            ).fetchone()
        )
    )
    qtbot.keyClick(capture.grid, Qt.Key.Key_3)
    assert seen == [(3,)]
    other.close()


def test_evidence_commits_after_idle_and_typing_is_one_undo_step(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    ride, calls = _ride(store)
    main_window.open_ride(ride.id)
    capture = main_window.capture
    key = capture.grid.current_key()
    qtbot.keyClick(capture.grid, Qt.Key.Key_Return)
    qtbot.keyClicks(capture.evidence.text, "Let the customer finish")
    assert _obs(store, calls[0].id, key) is None  # not yet: still typing
    with qtbot.waitSignal(capture.saved, timeout=IDLE_MS * 5):
        pass
    obs = _obs(store, calls[0].id, key)
    assert obs is not None and obs.evidence == "Let the customer finish"
    qtbot.keyClicks(capture.evidence.text, " twice.")
    qtbot.keyClick(capture.evidence.text, Qt.Key.Key_Escape)
    assert _obs(store, calls[0].id, key).evidence == "Let the customer finish twice."  # type: ignore[union-attr]
    capture.undo()  # both bursts of typing on the same evidence merge into one step
    assert _obs(store, calls[0].id, key).evidence == ""  # type: ignore[union-attr]
    assert capture.evidence.text.toPlainText() == ""
    capture.redo()
    assert _obs(store, calls[0].id, key).evidence == "Let the customer finish twice."  # type: ignore[union-attr]
    assert capture.evidence.text.toPlainText() == "Let the customer finish twice."


def test_closing_the_window_saves_what_was_just_typed(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    ride, calls = _ride(store)
    main_window.open_ride(ride.id)
    capture = main_window.capture
    key = capture.grid.current_key()
    qtbot.keyClick(capture.grid, Qt.Key.Key_Return)
    qtbot.keyClicks(capture.evidence.text, "Typed just before the lid closed")
    main_window.close()  # well inside the idle delay
    assert _obs(store, calls[0].id, key).evidence == "Typed just before the lid closed"  # type: ignore[union-attr]


def test_undo_redo_ratings_notes_and_call_removal(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    ride, calls = _ride(store)
    main_window.open_ride(ride.id)
    capture = main_window.capture
    keys = [r.behaviour.key for r in capture.grid.rows]
    qtbot.keyClick(capture.grid, Qt.Key.Key_2)
    qtbot.keyClick(capture.grid, Qt.Key.Key_N)
    capture.add_note("Parking at the back")
    capture.remove_call(calls[1].id)
    assert [c.id for c in rides.list_calls(store, ride.id)] == [calls[0].id]
    capture.undo()  # the call comes back
    assert [c.id for c in rides.list_calls(store, ride.id)] == [calls[0].id, calls[1].id]
    capture.undo()  # the note goes
    assert rides.list_notes(store, ride.id) == []
    capture.undo()  # "no opportunity" goes
    obs = _obs(store, calls[0].id, keys[1])
    assert obs is not None and (obs.level, obs.no_opportunity) == (None, False)
    capture.undo()
    assert _obs(store, calls[0].id, keys[0]).level is None  # type: ignore[union-attr]
    assert not capture.header.undo_button.isEnabled()
    for _ in range(4):
        capture.redo()
    assert _obs(store, calls[0].id, keys[0]).level == 2  # type: ignore[union-attr]
    assert _obs(store, calls[0].id, keys[1]).no_opportunity  # type: ignore[union-attr]
    assert [n.text for n in rides.list_notes(store, ride.id)] == ["Parking at the back"]
    assert [c.id for c in rides.list_calls(store, ride.id)] == [calls[0].id]
    assert capture.grid.rows[0].checked_target() == 2


def test_ride_in_progress_reopens_exactly_where_it_was(
    qtbot: Any, main_window: Any, store: Store, prompts: Any
) -> None:
    ride, calls = _ride(store, calls=3)
    main_window.open_ride(ride.id)
    capture = main_window.capture
    qtbot.keyClick(capture.grid, Qt.Key.Key_Right)  # next call
    qtbot.keyClick(capture.grid, Qt.Key.Key_Down)
    qtbot.keyClick(capture.grid, Qt.Key.Key_Down)
    where = (capture.call_id, capture.grid.current_key())
    assert where[0] == calls[1].id
    main_window.close()
    again = MainWindow(store, prompts)
    qtbot.addWidget(again)
    again.show()
    assert resume_ride_in_progress(again, store) == ride.id
    assert again.stack.currentWidget() is again.capture
    assert (again.capture.call_id, again.capture.grid.current_key()) == where
    assert again.capture.calls.current_id() == calls[1].id


def test_locked_ride_is_read_only_with_the_reason_in_place(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    ride, calls = _ride(store)
    store.db.execute("UPDATE rides SET locked = 1 WHERE id = ?", [ride.id])
    main_window.open_ride(ride.id)
    capture = main_window.capture
    assert capture.header.message.isVisible() or not capture.header.message.isHidden()
    assert "locked" in capture.header.message.text()
    qtbot.keyClick(capture.grid, Qt.Key.Key_3)
    assert _obs(store, calls[0].id, capture.grid.rows[0].behaviour.key) is None
    assert not capture.calls.add_button.isEnabled()
    # a click on a level box does not rate either; the row still becomes current
    qtbot.waitUntil(lambda: capture.grid.rows[1].width() > 0)
    row = capture.grid.rows[1]
    assert row.read_only
    _click_box(qtbot, row, 3)
    assert _obs(store, calls[0].id, row.behaviour.key) is None
    assert capture.grid.current_key() == row.behaviour.key


def test_a_refused_edit_is_shown_in_place_and_not_kept_for_undo(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    ride, _calls = _ride(store)
    main_window.open_ride(ride.id)
    capture = main_window.capture
    store.db.execute("UPDATE rides SET locked = 1 WHERE id = ?", [ride.id])  # locked meanwhile
    qtbot.keyClick(capture.grid, Qt.Key.Key_3)
    assert "locked" in capture.header.message.text()
    assert capture.undo_stack.count() == 0


def test_clicking_a_level_box_rates_and_n_o_marks_no_opportunity(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    """The mouse and touch path: a click on a row's level box rates that behaviour (and makes
    it current, keyboard in the grid), a click on "N/O" marks no opportunity; what the row shows
    checked is what is stored; the box under the mouse names its level in the tooltip."""
    from ui.screens.capture.rating_row import NO_OPPORTUNITY, NOWHERE

    ride, calls = _ride(store)
    main_window.open_ride(ride.id)
    capture = main_window.capture
    qtbot.waitUntil(lambda: capture.grid.rows[2].isVisible() and capture.grid.rows[2].width() > 0)
    row = capture.grid.rows[2]
    assert row.checked_target() == NOWHERE
    _click_box(qtbot, row, 4)
    obs = _obs(store, calls[0].id, row.behaviour.key)
    assert obs is not None and (obs.level, obs.no_opportunity) == (4, False)
    assert row.checked_target() == 4 and row.accessibleDescription() == "rated 4, Role model"
    assert capture.grid.current_key() == row.behaviour.key
    assert capture.grid.hasFocus()
    _click_box(qtbot, row, NO_OPPORTUNITY)
    obs = _obs(store, calls[0].id, row.behaviour.key)
    assert obs is not None and (obs.level, obs.no_opportunity) == (None, True)
    assert row.checked_target() == NO_OPPORTUNITY
    # press on one box, release on another: nothing is rated (as with a button)
    other = capture.grid.rows[3]
    qtbot.mousePress(other, Qt.MouseButton.LeftButton, pos=other.box_rect(1).center())
    qtbot.mouseRelease(other, Qt.MouseButton.LeftButton, pos=other.box_rect(2).center())
    assert _obs(store, calls[0].id, other.behaviour.key) is None
    qtbot.mouseMove(other, other.box_rect(2).center())
    qtbot.waitUntil(lambda: other.toolTip() == "2 · Developing")
    # undo takes back the clicks like the keys
    capture.undo()
    obs = _obs(store, calls[0].id, row.behaviour.key)
    assert obs is not None and (obs.level, obs.no_opportunity) == (4, False)


def test_the_call_list_counts_follow_the_ratings(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    """Each rating updates "n of N marked" on its call's row (in place: same calls, same
    order); removing a call rebuilds the list, and undo brings the row back."""
    ride, calls = _ride(store)
    main_window.open_ride(ride.id)
    capture = main_window.capture
    rows = capture.calls.list
    total = len(capture.grid.rows)

    def texts() -> list[str]:
        return [rows.item(i).text() for i in range(rows.count())]

    assert texts()[0].endswith(f"0 of {total} marked")
    first_item = rows.item(0)
    qtbot.keyClick(capture.grid, Qt.Key.Key_2)
    qtbot.keyClick(capture.grid, Qt.Key.Key_N)
    assert texts()[0].endswith(f"2 of {total} marked") and texts()[1].endswith(
        f"0 of {total} marked"
    )
    assert rows.item(0) is first_item and rows.currentRow() == 0
    assert rows.item(0).data(11) == texts()[0].replace("\n", ", ")  # what a screen reader says
    capture.remove_call(calls[1].id)
    assert rows.count() == 1
    capture.undo()
    assert rows.count() == 2 and texts()[1].startswith("2. ")


def test_alt_down_and_alt_up_move_the_selected_call(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    """The call list's Move down / Move up shortcuts (set through Qt's property system at
    start-up, ui.qt_names) move the selected call and keep it selected (a button's shortcut
    clicks it a moment later, as its press is animated)."""
    ride, calls = _ride(store, calls=3)
    main_window.open_ride(ride.id)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    capture = main_window.capture
    assert capture.calls.up_button.shortcut().toString() == "Alt+Up"

    def order() -> list[int]:
        return [c.id for c in rides.list_calls(store, ride.id)]

    capture.calls.select(calls[0].id)
    qtbot.keyClick(capture.calls.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: order() == [calls[1].id, calls[0].id, calls[2].id])
    assert capture.calls.current_id() == calls[0].id
    qtbot.keyClick(capture.calls.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: order() == [c.id for c in calls])


# --- issue 18: nothing typed is lost, and "Saved" is honest ------------------------------------
def _status(window: Any) -> str:
    return str(window.save_label.text())


def test_status_says_saving_while_evidence_waits_and_saved_only_after_its_commit(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    assert _status(main_window) == "No changes yet"  # a brand-new window claims nothing
    ride, calls = _ride(store)
    main_window.open_ride(ride.id)
    capture = main_window.capture
    key = capture.grid.current_key()
    qtbot.keyClick(capture.grid, Qt.Key.Key_Return)
    qtbot.keyClicks(capture.evidence.text, "Asked about the budget")
    assert _status(main_window) == "Saving…"
    assert _obs(store, calls[0].id, key) is None  # still waiting for its debounce
    qtbot.waitUntil(lambda: _status(main_window).startswith("Saved"), timeout=IDLE_MS * 5)
    assert _status(main_window).endswith("· evidence")
    assert _obs(store, calls[0].id, key).evidence == "Asked about the budget"  # type: ignore[union-attr]
    # typed and deleted again: nothing to write, and the status does not stay on "Saving…"
    qtbot.keyClicks(capture.evidence.text, "x")
    assert _status(main_window) == "Saving…"
    qtbot.keyClick(capture.evidence.text, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: _status(main_window).startswith("Saved"), timeout=IDLE_MS * 5)


def test_a_quick_note_typed_but_not_entered_survives_a_restart(
    qtbot: Any, main_window: Any, store: Store, prompts: Any
) -> None:
    from fieldride.store import open_store

    ride, _calls = _ride(store)
    main_window.open_ride(ride.id)
    capture = main_window.capture
    capture.start_note()
    qtbot.keyClicks(capture.note_bar.line, "Ask about the May tender")
    assert _status(main_window) == "Saving…"
    main_window.close()  # quit well inside the delay: the draft is written on the way out
    folder = store.folder
    store.close()
    again_store = open_store(folder)
    try:
        row = again_store.db.execute(
            "SELECT value FROM settings WHERE key = ?", [f"note_draft/{ride.id}"]
        ).fetchone()
        assert row == ('"Ask about the May tender"',)
        again = MainWindow(again_store, prompts)
        qtbot.addWidget(again)
        again.show()
        assert resume_ride_in_progress(again, again_store) == ride.id
        line = again.capture.note_bar.line
        assert line.text() == "Ask about the May tender"  # back in the note bar
        assert rides.list_notes(again_store, ride.id) == []
        qtbot.keyClick(line, Qt.Key.Key_Return)
        assert [n.text for n in rides.list_notes(again_store, ride.id)] == [
            "Ask about the May tender"
        ]
        assert rides.note_draft(again_store, ride.id) == ""  # entered: no longer a draft
        assert line.text() == ""
        again.close()
    finally:
        again_store.close()


def test_escape_in_the_note_line_forgets_the_draft(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    ride, _calls = _ride(store)
    main_window.open_ride(ride.id)
    capture = main_window.capture
    capture.start_note()
    qtbot.keyClicks(capture.note_bar.line, "Not worth keeping")
    capture.flush()
    assert rides.note_draft(store, ride.id) == "Not worth keeping"
    qtbot.keyClick(capture.note_bar.line, Qt.Key.Key_Escape)
    assert rides.note_draft(store, ride.id) == ""


def test_removing_a_rated_call_confirms_says_how_to_undo_and_undo_is_reported(
    qtbot: Any, main_window: Any, store: Store, prompts: Any
) -> None:
    ride, calls = _ride(store)
    main_window.open_ride(ride.id)
    capture = main_window.capture
    qtbot.keyClick(capture.grid, Qt.Key.Key_3)
    qtbot.keyClick(capture.grid, Qt.Key.Key_2)
    prompts.confirm_answers = [False]  # "Remove call?" — no
    capture.remove_call(calls[0].id)
    assert [c.id for c in rides.list_calls(store, ride.id)] == [calls[0].id, calls[1].id]
    prompts.confirm_answers = [True]
    capture.remove_call(calls[0].id)
    assert [c.id for c in rides.list_calls(store, ride.id)] == [calls[1].id]
    message = capture.header.message.text()
    assert "Account 0" in message and "2 ratings" in message and "Ctrl+Z" in message
    assert _status(main_window).endswith("· call removed")
    capture.undo()
    assert [c.id for c in rides.list_calls(store, ride.id)] == [calls[0].id, calls[1].id]
    assert _obs(store, calls[0].id, capture.grid.rows[0].behaviour.key).level == 3  # type: ignore[union-attr]
    status = _status(main_window)
    assert (
        "call removed" not in status and "undone: Remove call “Customer visit: Account 0”" in status
    )
    assert capture.header.message.isHidden()
    capture.redo()
    assert "redone: Remove call" in _status(main_window)


def test_removing_an_empty_call_asks_nothing(
    qtbot: Any, main_window: Any, store: Store, prompts: Any
) -> None:
    ride, calls = _ride(store)
    main_window.open_ride(ride.id)
    prompts.confirm_answers = [False]  # would refuse, if it were asked
    main_window.capture.remove_call(calls[1].id)
    assert [c.id for c in rides.list_calls(store, ride.id)] == [calls[0].id]
    assert prompts.confirm_answers == [False]


# --- issue 18: the keyboard path --------------------------------------------------------------
def test_the_first_digit_on_a_ride_without_calls_starts_call_1(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    ride, _calls = _ride(store, calls=0)
    main_window.open_ride(ride.id)
    capture = main_window.capture
    first, second = capture.grid.rows[0].behaviour.key, capture.grid.rows[1].behaviour.key
    qtbot.keyClick(capture.grid, Qt.Key.Key_3)
    made = rides.list_calls(store, ride.id)
    assert len(made) == 1 and capture.call_id == made[0].id
    assert _obs(store, made[0].id, first).level == 3  # type: ignore[union-attr]
    assert "Started call 1" in capture.header.message.text()
    assert capture.call_header.text().startswith("Call 1 of 1")
    qtbot.keyClick(capture.grid, Qt.Key.Key_2)  # and the next digit rates the next behaviour
    assert _obs(store, made[0].id, second).level == 2  # type: ignore[union-attr]
    assert len(rides.list_calls(store, ride.id)) == 1


def test_the_capture_screen_speaks_german_with_german_key_names(
    qapp: Any, qtbot: Any, store: Store, prompts: Any
) -> None:
    """Seen on a German walk: the key hint ended "Ctrl+D Nachbesprechung" beside "Strg+Z", and
    the message after the first digit was English ("Started call 1 …")."""

    from tests.ui.conftest import install_test_english, window_on
    from ui import translation

    translation.install(qapp, "de")
    try:
        window = window_on(qtbot, store, prompts)
        ride, _calls = _ride(store, calls=0)
        window.open_ride(ride.id)
        capture = window.capture
        hints = " ".join(label.text() for label in capture.findChildren(QLabel))
        assert "Strg+D Nachbesprechung" in hints and "Strg+Z rückgängig" in hints
        assert "Ctrl+" not in hints
        assert "(Strg+D)" in capture.header.debrief_button.toolTip()
        qtbot.keyClick(capture.grid, Qt.Key.Key_3)
        message = capture.header.message.text()
        assert message.startswith("Kontakt 1 begonnen") and "Strg+Umschalt+A" in message
    finally:
        install_test_english(qapp)


def test_digits_rate_after_a_call_is_clicked_in_the_call_list(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    ride, calls = _ride(store)
    main_window.open_ride(ride.id)
    capture = main_window.capture
    key = capture.grid.current_key()
    lst = capture.calls.list
    qtbot.mouseClick(
        lst.viewport(), Qt.MouseButton.LeftButton, pos=lst.visualItemRect(lst.item(1)).center()
    )
    assert capture.call_id == calls[1].id and lst.hasFocus()
    qtbot.keyClick(lst, Qt.Key.Key_4)
    assert _obs(store, calls[1].id, key).level == 4  # type: ignore[union-attr]
    assert capture.grid.hasFocus()  # the keyboard went on to the grid
    assert capture.call_id == calls[1].id


def test_commitments_to_verify_are_shown_during_capture(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    from fieldride.debriefs import commitments

    seller = sellers.add_seller(store, "Ben Okafor")
    earlier = rides.plan_ride(store, seller.id, "2026-02-01", scorecard_key="field-visit")
    rides.add_call(store, earlier.id, "visit", "Harbour Foods")
    commitments.add_commitment(
        store, earlier.id, "opening", "Propose an agenda first", "2026-02-20"
    )
    ride = rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key="field-visit")
    main_window.open_ride(ride.id)
    panel = main_window.capture.to_verify
    assert panel.isVisible()
    assert len(panel.texts()) == 1 and panel.texts()[0].startswith("Propose an agenda first")
    assert "2026-02-20" in panel.texts()[0]
    first, _calls = _ride(store)  # a seller without commitments: the panel takes no room
    main_window.open_ride(first.id)
    assert not panel.isVisible()
