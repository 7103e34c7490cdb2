"""The capture screen, driven by the keyboard as a manager would, against a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from fieldride import rides
from fieldride.store import Store
from fieldride.team import sellers
from tests.ui.conftest import ridden_with_today

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
KEYS = {
    "N": Qt.Key.Key_N,
    "1": Qt.Key.Key_1,
    "2": Qt.Key.Key_2,
    "3": Qt.Key.Key_3,
    "4": Qt.Key.Key_4,
}


def focused() -> QWidget:
    """The widget with the keyboard focus. Offscreen Qt has no window manager to activate a
    dialog when it opens, or the main window when it closes: do what the window manager does."""
    modal = QApplication.activeModalWidget()
    active = QApplication.activeWindow()
    if modal is not None and active is not modal:
        modal.activateWindow()
        QApplication.processEvents()
    elif modal is None and (active is None or not active.isVisible()):
        for w in QApplication.topLevelWidgets():
            if w.isVisible() and w.inherits("QMainWindow"):
                w.activateWindow()
                QApplication.processEvents()
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(
    qtbot: Any, key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, mods)


def type_text(qtbot: Any, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def rate_keys(qtbot: Any, keys: str) -> None:
    for ch in keys:
        qtbot.keyClick(focused(), KEYS[ch])


def add_call_by_keyboard(qtbot: Any, capture: Any, account: str, role: str) -> None:
    press(qtbot, Qt.Key.Key_A, CTRL | SHIFT)
    qtbot.waitUntil(lambda: capture.call_dialog is not None and capture.call_dialog.isVisible())
    assert focused() is capture.call_dialog.account
    type_text(qtbot, account)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, role)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not capture.call_dialog.isVisible())
    qtbot.waitUntil(lambda: focused() is capture.grid)


def observations(store: Store, ride_id: int) -> dict[tuple[str, str], tuple[Any, ...]]:
    rows = store.db.query(
        """SELECT c.account, o.behaviour_key, o.level, o.no_opportunity, o.evidence
           FROM observations o JOIN calls c ON c.id = o.call_id
           WHERE o.ride_id = ? AND c.deleted_at IS NULL""",
        [ride_id],
    )
    return {
        (r["account"], r["behaviour_key"]): (r["level"], r["no_opportunity"], r["evidence"])
        for r in rows
    }


def test_whole_ride_by_keyboard(qtbot: Any, main_window: Any, store: Store) -> None:
    seller = sellers.add_seller(store, "Ana Ruiz", team="North")
    today = main_window.screens["today"]
    today.refresh()
    main_window.activateWindow()
    today.plan_button.setFocus()

    # --- plan: Ctrl+N, type an objective, tick two focus behaviours, a third is refused ---------
    press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: today.plan_dialog is not None and today.plan_dialog.isVisible())
    dialog = today.plan_dialog
    assert dialog.seller.currentData() == seller.id
    dialog.objective.setFocus()
    type_text(qtbot, "See discovery with a new account")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.focus
    first_two = [dialog.focus.item(i).data(Qt.ItemDataRole.UserRole) for i in (0, 1)]
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.focus_message.isVisible()
    assert "At most two" in dialog.focus_message.text()
    assert dialog.chosen_focus() == first_two
    press(qtbot, Qt.Key.Key_Return)  # default button: plan and start capture
    capture = main_window.capture
    qtbot.waitUntil(lambda: main_window.stack.currentWidget() is capture)
    ride_id = capture.ride_id
    ride = rides.get_ride(store, ride_id)
    assert ride.focus == tuple(first_two)
    assert ride.objective == "See discovery with a new account"
    behaviours = [r.behaviour.key for r in capture.grid.rows]
    assert behaviours[:2] == first_two  # focus first
    assert capture.grid.rows[0].focus and not capture.grid.rows[2].focus

    # --- call 1: 8 behaviours in 8 keystrokes, then evidence on the first one -------------------
    add_call_by_keyboard(qtbot, capture, "Harbour Foods", "Operations director")
    assert capture.grid.current_key() == behaviours[0]
    rate_keys(qtbot, "32N41234")
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is capture.evidence.text
    type_text(qtbot, "Asked what happens if nothing changes; followed up twice.")
    press(qtbot, Qt.Key.Key_Escape)
    assert focused() is capture.grid

    # a quick note from the grid: F2, text, Enter, and the keyboard is back on the grid
    press(qtbot, Qt.Key.Key_F2)
    assert focused() is capture.note_bar.line
    type_text(qtbot, "Customer mentioned a tender in May")
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is capture.grid

    # --- call 2 -----------------------------------------------------------------------------
    add_call_by_keyboard(qtbot, capture, "Medway Plastics", "Plant manager")
    rate_keys(qtbot, "2NN3")
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "Summarised the three problems before proposing.")
    press(qtbot, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter also returns to the grid
    assert focused() is capture.grid

    # --- call 3, then undo the last rating and the note typed from the evidence field ---------
    add_call_by_keyboard(qtbot, capture, "Pennine Hotels", "Procurement lead")
    rate_keys(qtbot, "4444")
    press(qtbot, Qt.Key.Key_Z, CTRL)  # undo the last "4"
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "Clear agenda")
    press(qtbot, Qt.Key.Key_F2)  # from the evidence field: the typed evidence is kept
    type_text(qtbot, "Ask about the budget cycle")
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is capture.evidence.text
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Z, CTRL)  # undo the note

    # --- the rows in the DB -------------------------------------------------------------------
    obs = observations(store, ride_id)
    b = behaviours
    assert obs[("Harbour Foods", b[0])] == (
        3,
        0,
        "Asked what happens if nothing changes; followed up twice.",
    )
    assert obs[("Harbour Foods", b[1])][:2] == (2, 0)
    assert obs[("Harbour Foods", b[2])][:2] == (None, 1)
    assert [obs[("Harbour Foods", k)][0] for k in b[3:8]] == [4, 1, 2, 3, 4]
    assert obs[("Medway Plastics", b[0])][:2] == (2, 0)
    assert obs[("Medway Plastics", b[1])][:2] == (None, 1)
    assert obs[("Medway Plastics", b[2])][:2] == (None, 1)
    assert obs[("Medway Plastics", b[3])] == (
        3,
        0,
        "Summarised the three problems before proposing.",
    )
    assert ("Medway Plastics", b[4]) not in obs
    assert obs[("Pennine Hotels", b[2])][0] == 4
    assert obs[("Pennine Hotels", b[3])] == (None, 0, "Clear agenda")  # rating undone
    notes = [n.text for n in rides.list_notes(store, ride_id)]
    assert notes == ["Customer mentioned a tender in May"]  # the second note was undone
    assert [c.account for c in rides.list_calls(store, ride_id)] == [
        "Harbour Foods",
        "Medway Plastics",
        "Pennine Hotels",
    ]
    assert rides.get_ride(store, ride_id).status == "in_progress"
    assert main_window.save_label.text().startswith("Saved")


def test_undo_tooltips_follow_the_stack_and_survive_teardown(qtbot: Any) -> None:
    """The header's tooltips name the action to undo; destroying the header first never makes
    a later stack signal call into deleted buttons (it raised RuntimeError before)."""
    from PySide6.QtGui import QUndoCommand, QUndoStack

    from ui.screens.capture.header import CaptureHeader

    stack = QUndoStack()
    header = CaptureHeader()
    qtbot.addWidget(header)
    header.bind_undo(stack)
    stack.push(QUndoCommand("rate Discovery"))
    assert header.undo_button.toolTip() == "Undo rate Discovery (Ctrl+Z)"
    assert header.undo_button.isEnabled()
    stack.undo()
    assert header.redo_button.toolTip() == "Redo rate Discovery (Ctrl+Shift+Z)"
    header.deleteLater()
    qtbot.waitUntil(lambda: not header_alive(header))
    stack.redo()  # would raise RuntimeError inside the slot if the lambdas were still connected
    stack.clear()


def header_alive(widget: Any) -> bool:
    from shiboken6 import isValid

    return bool(isValid(widget))


@given(st.text())
def test_guidance_escape_matches_the_html_module(text: str) -> None:
    """The guidance panel escapes scorecard text as ``html.escape`` does."""
    import html

    from ui.screens.capture.guidance_panel import escape

    assert escape(text) == html.escape(text)


def test_a_narrow_window_grows_to_show_every_rating_button(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    """At the window's minimum size, a five-level scale with two focus behaviours: every level
    button and "no opportunity" of every row is inside the grid's visible width (the window
    grows to fit instead of cutting them off), and the guidance column keeps its width."""
    from PySide6.QtCore import QPoint

    from fieldride.scorecards.model import Behaviour, Level, Scorecard, Section
    from fieldride.scorecards.store import save_scorecard
    from ui.screens.capture.rating_row import NO_OPPORTUNITY
    from ui.screens.capture.screen import GUIDANCE_MIN_WIDTH

    scale = tuple(Level(v, f"Level {v}") for v in range(1, 6))
    titles = [f"Handles objection number {i} with a question" for i in range(8)]
    behaviours = tuple(Behaviour(f"b{i}", t) for i, t in enumerate(titles))
    save_scorecard(store, Scorecard("five", "Five levels", scale, (Section("Call", behaviours),)))
    seller = sellers.add_seller(store, "Ana Ruiz")
    ride = rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key="five", focus=["b0", "b1"])
    rides.add_call(store, ride.id, "visit", "Harbour Foods")
    main_window.resize(main_window.minimumSize())
    main_window.open_ride(ride.id)
    capture = main_window.capture
    qtbot.waitUntil(lambda: capture.isVisible() and capture.grid.viewport().width() > 0)
    QApplication.processEvents()
    grid = capture.grid
    visible = grid.viewport().width()
    assert len(grid.rows) == 8
    for row in grid.rows:
        assert row.mapTo(grid.viewport(), QPoint(row.width(), 0)).x() <= visible
        for target in [*range(1, 6), NO_OPPORTUNITY]:
            box = row.box_rect(target)
            assert box.left() >= 0 and box.width() >= 44 and box.height() >= 44
            assert row.mapTo(grid.viewport(), box.topRight()).x() <= visible
    assert capture.guidance.parentWidget().width() >= GUIDANCE_MIN_WIDTH
    assert main_window.width() >= main_window.minimumSizeHint().width()


def test_guidance_follows_the_current_behaviour_and_its_rating(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    """The guidance panel shows, for the behaviour under the keyboard: section, title, focus,
    the level given on this call with its label, what good looks like, the look-fors and the
    scale; it follows the keyboard and a new rating."""
    seller = sellers.add_seller(store, "Ana Ruiz")
    ride = rides.plan_ride(
        store, seller.id, "2026-03-02", scorecard_key="field-visit", focus=["discovery"]
    )
    rides.add_call(store, ride.id, "visit", "Harbour Foods")
    main_window.open_ride(ride.id)
    capture = main_window.capture
    grid, guidance = capture.grid, capture.guidance
    grid.set_current_key("discovery")
    # the document is set once per event-loop turn (ui.screens.capture.guidance_panel)
    qtbot.waitUntil(lambda: "Asks open, layered questions" in guidance.toPlainText())
    text = guidance.toPlainText()
    for part in (
        "During the conversation · FOCUS BEHAVIOUR",
        "Asks open, layered questions",
        "On this call: not rated yet",
        "What good looks like",
        "Uses open questions to learn the situation",
        "Look-fors",
        "Follows up on an answer at least twice",
        "Scale (press the key)",
        "Proficient — Done well and on purpose",
        "No opportunity — never counts.",
    ):
        assert part in text, part
    qtbot.keyClick(grid, Qt.Key.Key_3)  # rates and moves on: the guidance follows
    assert grid.current_key() != "discovery"
    qtbot.waitUntil(lambda: grid.current_row().behaviour.title in guidance.toPlainText())
    assert "FOCUS BEHAVIOUR" not in guidance.toPlainText()
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: "On this call: 3 · Proficient" in guidance.toPlainText())


def test_a_short_title_sits_level_with_the_boxes(main_window: Any, store: Store) -> None:
    """A row whose text is shorter than its 44 px boxes centres the text beside them (not at
    the top of the row); a row with a wrapped title is as tall as its text needs."""
    from ui.screens.capture.rating_row import NO_OPPORTUNITY

    seller = sellers.add_seller(store, "Ana Ruiz")
    ride = rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key="field-visit")
    rides.add_call(store, ride.id, "visit", "Harbour Foods")
    main_window.resize(1600, 900)
    main_window.open_ride(ride.id)
    QApplication.processEvents()
    row = main_window.capture.grid.rows[0]
    geometry = row._geometry(row.width())
    box = row.box_rect(NO_OPPORTUNITY)
    assert geometry.title.height() < box.height()
    assert abs(geometry.title.center().y() - box.center().y()) <= 1
    narrow = row._geometry(row._min_width())
    assert narrow.height >= narrow.title.bottom() + 1 + 6  # wrapped: the row grows to fit


class Restyles(QObject):
    """Counts StyleChange events on each widget itself (a property): holding the widgets here
    would keep PySide6's wrappers of objects seen half-built, typed as their base class."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.StyleChange and isinstance(watched, QWidget):
            watched.setProperty("restyled", (watched.property("restyled") or 0) + 1)
        return False


@contextmanager
def counting_restyles() -> Iterator[None]:
    """Within: the app's style sheet applied and every widget's restyles counted
    (``widget.property("restyled")``); the look of the tests' app is put back after."""
    from ui.app import apply_style

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    look = (app.palette(), app.styleSheet(), app.property("fieldride_look"))
    counter = Restyles()
    try:
        apply_style(app, high_contrast=False)
        app.installEventFilter(counter)
        yield
    finally:
        app.removeEventFilter(counter)
        app.setPalette(look[0])
        app.setStyleSheet(look[1])
        app.setProperty("fieldride_look", look[2])


def test_the_capture_page_is_built_in_place(main_window: Any) -> None:
    """Under the app's style sheet Qt restyles a widget's whole subtree (a StyleChange event to
    each of its widgets) whenever the widget is given a parent. The page is made inside the
    window's stack and each of its parts is made in its place (given its parent when it is made)
    before it is filled, so building the page restyles no widget more than twice (six times when
    the page and its splitter were put together first and attached at the end: ~28 M
    instructions more to build it; three when the panels were made apart and then laid out)."""
    with counting_restyles():
        page = main_window.capture
    restyled = [w.property("restyled") or 0 for w in [page, *page.findChildren(QWidget)]]
    assert min(restyled) >= 1  # every widget was seen
    assert max(restyled) <= 2


def test_opening_a_ride_restyles_each_rating_row_at_most_once(
    main_window: Any, store: Store
) -> None:
    """The grid's body is put in the scroll area before its rows are made (twice each when the
    body was filled first and attached at the end: ~10 M instructions more to open the capture
    screen at start)."""
    ridden_with_today(store, "Ana Lima")
    ride = rides.ride_in_progress(store)
    assert ride is not None
    capture = main_window.capture
    with counting_restyles():
        capture.open_ride(ride.id)
    assert capture.grid.rows  # the ride's scorecard has behaviours
    restyled = [row.property("restyled") or 0 for row in capture.grid.rows]
    assert max(restyled) <= 1, restyled
