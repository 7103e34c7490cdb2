"""The seller's self-assessment in the app (issue 22, deliver 1): "Seller rates the ride…" on
the debrief hands the laptop over to the seller view's "Rate your own ride" step, which shows
the scorecard and the seller's own calls and nothing of the manager's; keyboard and mouse
rate; only the give-back button returns; the debrief shows seller and manager side by side
with the gap; a paper sheet is typed in and marked as paper."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget

from fieldride import debriefs
from fieldride.debriefs import SelfRatingSheet
from fieldride.store import Store
from fieldride.team import sellers
from tests.ui.test_debrief import observed_ride
from tests.ui.test_seller_view import seen_texts
from ui.main_window import MainWindow
from ui.screens.debrief.self_view import SelfVsManagerPanel, gap_text
from ui.screens.seller_view import SellerView
from ui.screens.seller_view.self_rating import SelfRatingPage

PRIVATE = "PRIVATE-5e1 thinking of moving her territory"
OTHER = "Sam Whitfield"
MANAGER_EVIDENCE = (
    "Asked only yes/no questions.",
    "Booked the site visit with the CFO.",
    "Moved to the brochure after two minutes.",
)


@pytest.fixture
def rating(store: Store, main_window: MainWindow) -> tuple[MainWindow, int]:
    """Maya's ride observed (not yet debriefed), a private note on it, Sam's ride beside it;
    the manager clicks "Seller rates the ride…" on Maya's debrief."""
    maya = sellers.add_seller(store, "Maya Okafor")
    sam = sellers.add_seller(store, OTHER)
    observed_ride(store, sam.id, "2026-03-01")
    ride = observed_ride(store, maya.id, "2026-03-02")
    debriefs.set_strength(store, ride, "next-step", "Strength the manager wrote.")
    debriefs.set_private_note(store, ride, PRIVATE)
    main_window.open_debrief(ride)
    assert main_window.debrief.self_rating_button.isVisible()
    main_window.debrief.self_rating_button.click()
    return main_window, ride


def page_of(window: MainWindow) -> SelfRatingPage:
    view = window.stack.currentWidget()
    assert isinstance(view, SellerView)
    assert view.pages.currentWidget() is view.self_rating
    return view.self_rating


def test_the_seller_sees_the_scorecard_and_their_calls_and_nothing_of_the_managers(
    rating: tuple[MainWindow, int],
) -> None:
    window, _ride = rating
    assert window.in_seller_view()
    page = page_of(window)
    assert not window.nav.isVisible() and not window.menuBar().isVisible()
    texts = "\n".join(seen_texts(window))
    assert "Rate your own ride · Maya Okafor" in texts
    assert "Asks open, layered questions" in texts  # the scorecard's behaviours
    assert "Harbour Foods" in texts and "Medway Plastics" in texts  # their own calls
    for secret in (PRIVATE, "PRIVATE-5e1", OTHER, "Strength the manager wrote.", *MANAGER_EVIDENCE):
        assert secret not in texts, secret
    # No manager rating: no mean, no per-call level, no pre-chosen button, no manager widget.
    for figure in ("1.5", "3.5", "Avg", "C1", "Call 1: 2"):
        assert figure not in texts, figure
    visible = [w for w in window.findChildren(QWidget) if w.isVisible()]
    assert not [w for w in visible if isinstance(w, QAbstractButton) and w.isChecked()]
    assert not [w for w in visible if type(w).__name__ in ("RideSummaryView", "SelfVsManagerPanel")]
    # By construction: the page is built from a sheet that holds no manager data at all.
    fields = {f.name for f in dataclasses.fields(SelfRatingSheet)}
    assert not {f for f in fields if "observ" in f or "evidence" in f or "note" in f}
    assert [r.key for r in page.rows[:2]] == ["discovery", "next-step"]  # focus first


def test_keyboard_and_mouse_rate_and_only_the_button_gives_the_laptop_back(
    qtbot: Any, store: Store, rating: tuple[MainWindow, int]
) -> None:
    window, ride = rating
    page = page_of(window)
    first, second, third = page.rows[:3]
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_3)  # discovery: 3, then on to next-step
    assert second.hasFocus()
    qtbot.keyClick(second, Qt.Key.Key_N)  # next-step: no opportunity
    assert third.hasFocus()
    qtbot.mouseClick(third.buttons[4], Qt.MouseButton.LeftButton)
    fourth = page.rows[3]
    qtbot.keyClick(third, Qt.Key.Key_Down)
    assert fourth.hasFocus()
    qtbot.keyClick(fourth, Qt.Key.Key_2)
    qtbot.keyClick(fourth, Qt.Key.Key_Up)
    qtbot.keyClick(fourth, Qt.Key.Key_Delete)  # cleared again
    own = debriefs.self_assessment(store, ride)
    assert {k: (r.level, r.no_opportunity, r.entered_on) for k, r in own.items()} == {
        "discovery": (3, False, "laptop"),
        "next-step": (None, True, "laptop"),
        third.key: (4, False, "laptop"),
    }
    assert first.buttons[3].isChecked() and third.buttons[4].isChecked()
    assert "3 of " in page.progress.text()
    assert "you rated it 3" in first.accessibleName()
    # Esc, a menu shortcut and a stray route in do not leave the seller view; Ctrl+1 on a row
    # is not a rating (seen in the Xvfb walk: it rated the row 1).
    qtbot.keyClick(page.rows[4], Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert page.rows[4].key not in debriefs.self_assessment(store, ride)
    qtbot.keyClick(first, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    window.show_screen("today")
    assert window.in_seller_view() and page_of(window) is page
    qtbot.mouseClick(page.give_back, Qt.MouseButton.LeftButton)
    assert not window.in_seller_view()
    assert window.stack.currentWidget() is window.debrief
    assert window.nav.isVisible() and window.menuBar().isVisible()


def test_the_debrief_shows_seller_and_manager_side_by_side_with_the_gap(
    qtbot: Any, rating: tuple[MainWindow, int]
) -> None:
    window, _ride = rating
    page = page_of(window)
    # Manager: discovery 2 and 1 (1.5), next-step 3 and 4 (3.5). Seller: 3 and 3.
    qtbot.mouseClick(page.rows[0].buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.rows[1].buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.give_back, Qt.MouseButton.LeftButton)
    panel = window.debrief.self_view
    assert isinstance(panel, SelfVsManagerPanel) and panel.table.isVisible()
    assert panel.rows() == [
        ("★ Asks open, layered questions", "3", "1.5", "+1.5"),
        ("★ Agrees a concrete next step", "3", "3.5", "−0.5"),
    ]


def test_a_paper_self_assessment_is_typed_in_and_marked_as_paper(
    qtbot: Any, store: Store, main_window: MainWindow
) -> None:
    maya = sellers.add_seller(store, "Maya Okafor")
    ride = observed_ride(store, maya.id, "2026-03-02")
    main_window.open_debrief(ride)
    panel = main_window.debrief.self_view
    assert not panel.table.isVisible() and "has not rated" in panel.hint.text()
    qtbot.mouseClick(panel.paper_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    discovery = dialog.choices["discovery"]
    discovery.setFocus()
    qtbot.keyClicks(discovery, "4")  # the level's number picks it
    assert discovery.currentData() == 4
    dialog.choices["next-step"].setCurrentIndex(dialog.choices["next-step"].findData(2))
    dialog.choices["listening"].setCurrentIndex(
        dialog.choices["listening"].findData(debriefs.NO_OPPORTUNITY)
    )
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    own = debriefs.self_assessment(store, ride)
    assert {k: (r.level, r.no_opportunity, r.entered_on) for k, r in own.items()} == {
        "discovery": (4, False, "paper"),
        "next-step": (2, False, "paper"),
        "listening": (None, True, "paper"),
    }
    assert not dialog.isVisible()
    rows = {r[0].lstrip("★ "): r[1:] for r in panel.rows()}
    assert ("4 ✎", "1.5", "+2.5") in rows.values()  # discovery: 4 − 1.5, from paper
    assert ("2 ✎", "3.5", "−1.5") in rows.values()  # next-step: 2 − 3.5
    assert ("n/o ✎", "–", "–") in rows.values()  # listening: no opportunity, never rated
    assert "paper sheet" in panel.hint.text()


@pytest.mark.parametrize(
    ("gap", "text"), [(1.5, "+1.5"), (-0.5, "−0.5"), (0.0, "0.0"), (0.04, "0.0"), (None, "–")]
)
def test_gaps_read_with_a_sign(gap: float | None, text: str) -> None:
    assert gap_text(gap) == text


def test_seller_progress_lists_the_gap_per_behaviour_over_time(
    store: Store, main_window: MainWindow
) -> None:
    maya = sellers.add_seller(store, "Maya Okafor")
    first = observed_ride(store, maya.id, "2026-03-02")  # discovery 1.5, next-step 3.5
    second = observed_ride(store, maya.id, "2026-04-06")
    debriefs.record_self_rating(store, first, "discovery", 3)  # +1.5
    debriefs.record_self_rating(store, second, "discovery", 2, entered_on="paper")  # +0.5
    debriefs.record_self_rating(store, second, "next-step", 4)  # +0.5
    main_window.show_seller_profile(maya.id)
    screen = main_window.screens["progress"]
    table = screen.self_gaps  # type: ignore[attr-defined]
    model = table.view.model()
    rows = [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]
    assert table.currentWidget() is table.view and table.view.isVisible()
    from ui.translation import ui_signed  # the tests' locale is en_SE: "+1,0"

    assert rows == [
        ("Asks open, layered questions", ui_signed(1.0), f"{ui_signed(1.5)} → {ui_signed(0.5)}"),
        ("Agrees a concrete next step", ui_signed(0.5), ui_signed(0.5)),
    ], rows
    assert rows[0][1] == "+1,0"  # in the locale's decimal sign, with its plus


def test_the_debrief_says_whether_the_ride_still_matches_the_acknowledgement_code(
    store: Store, main_window: MainWindow
) -> None:
    from fieldride.debriefs import commitments

    maya = sellers.add_seller(store, "Maya Okafor")
    ride = observed_ride(store, maya.id, "2026-03-02")
    debriefs.set_strength(store, ride, "next-step", "Booked the site visit with the CFO.")
    debriefs.set_gap(store, ride, "discovery", "Asked only yes/no questions.")
    commitments.add_commitment(store, ride, "discovery", "Two follow-up questions per call.")
    debriefs.finish_debrief(store, ride)
    debriefs.acknowledge(store, ride, "Maya Okafor", on="2026-03-02")
    code = debriefs.get_acknowledgement(store, ride).code  # type: ignore[union-attr]
    main_window.open_debrief(ride)
    banner = main_window.debrief.banner
    assert f"Code {code}: unchanged since the acknowledgement." in banner.text()
    store.db.execute("UPDATE debriefs SET gap_evidence = 'Edited behind FieldRide.'")
    main_window.debrief.refresh()
    assert "Warning" in banner.text() and code in banner.text()
    store.db.execute("UPDATE debriefs SET gap_evidence = 'Asked only yes/no questions.'")
    debriefs.reopen_ride(store, ride, "typo in the commitment")
    main_window.debrief.refresh()
    assert f"code {code} no longer stands for this ride" in banner.text()
    assert "History" in banner.text() and main_window.debrief.history_button.isVisible()
    main_window.debrief.history_button.click()
    dialog = main_window.debrief.history_dialog
    assert dialog is not None and dialog.code_note.isVisible()
    assert f"code {code} no longer stands" in dialog.code_note.text()
    assert any("typo in the commitment" in " ".join(row) for row in dialog.rows())
    dialog.close()


def test_the_hint_offers_the_laptop_only_while_the_seller_can_still_rate_on_it(
    qtbot: Any, store: Store, main_window: MainWindow
) -> None:
    """Seen on a walk: after "Finish debrief" the hint still said "hand them the laptop (Seller
    rates the ride…)" though that button is gone once the debrief is finished."""
    from fieldride.debriefs import commitments

    maya = sellers.add_seller(store, "Maya Okafor")
    ride = observed_ride(store, maya.id, "2026-03-02")
    debriefs.set_strength(store, ride, "next-step", "Booked the visit.")
    debriefs.set_gap(store, ride, "discovery", "Closed questions.")
    commitments.add_commitment(store, ride, "discovery", "Two follow-ups per call.")
    main_window.open_debrief(ride)
    screen = main_window.debrief
    panel = screen.self_view
    assert screen.self_rating_button.isVisible()
    assert "Seller rates the ride" in panel.hint.text()
    qtbot.mouseClick(screen.finish_button, Qt.MouseButton.LeftButton)
    assert main_window.debrief.ride is not None and main_window.debrief.ride.status == "debriefed"
    assert not screen.self_rating_button.isVisible()
    assert "has not rated" in panel.hint.text()
    assert "Seller rates the ride" not in panel.hint.text()
    assert "Paper self-assessment" in panel.hint.text() and panel.paper_button.isVisible()
