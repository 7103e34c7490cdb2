"""The seller's review session (issue 18, deliver 2): from Seller progress, "Review with the
seller…" hands the whole window to the seller for a one-on-one. It shows their trends, their
commitments and how each held, and their summaries; nothing private, no other seller, no
navigation; only the "give back" button returns to the manager."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QMenuBar, QTableView, QWidget

from fieldride import debriefs, rides
from fieldride.store import Store
from fieldride.team import sellers
from tests.ui.test_debrief import observed_ride
from tests.ui.test_seller_view import seen_texts
from ui.main_window import MainWindow
from ui.screens.seller_profile import SellerProfileScreen
from ui.screens.seller_view import SellerReviewSession
from ui.translation import ui_date

PRIVATE = "PRIVATE-91c2 thinking of leaving"
CHECK_NOTE = "CHECKNOTE-5d1 still rushed the close"
OTHER = "Sam Whitfield"
OTHER_COMMITMENT = "SAM-ONLY commitment about pricing"


def _debrief(store: Store, ride: int, commitment: str) -> int:
    debriefs.set_strength(store, ride, "next-step", "Booked the site visit with the CFO.")
    debriefs.set_gap(store, ride, "discovery", "Moved to the brochure after two minutes.")
    c = debriefs.add_commitment(store, ride, "discovery", commitment)
    debriefs.finish_debrief(store, ride)
    return c.id


@pytest.fixture
def session(qtbot: Any, store: Store, main_window: MainWindow) -> tuple[MainWindow, int]:
    """Zoë: two debriefed rides (a private note on the first; its commitment checked on the
    second with an evidence note); Sam: a ride of his own. The manager opens Zoë's progress and
    clicks "Review with the seller…"."""
    zoe = sellers.add_seller(store, "Zoë Łukaszewska")
    sam = sellers.add_seller(store, OTHER)
    theirs = observed_ride(store, sam.id, "2026-03-01")
    _debrief(store, theirs, OTHER_COMMITMENT)
    first = observed_ride(store, zoe.id, "2026-03-02")
    made = _debrief(store, first, "Two follow-up questions per call.")
    debriefs.set_private_note(store, first, PRIVATE)
    second = observed_ride(store, zoe.id, "2026-03-16")
    debriefs.verify_commitment(store, made, second, "partly", CHECK_NOTE)
    _debrief(store, second, "Summarise the next step in writing.")
    main_window.show_seller_profile(zoe.id)
    progress = main_window.stack.currentWidget()
    assert isinstance(progress, SellerProfileScreen)
    qtbot.mouseClick(progress.session_button, Qt.MouseButton.LeftButton)
    return main_window, zoe.id


def everything_shown(qtbot: Any, page: SellerReviewSession) -> str:
    """The texts of every tab as the seller would see them, table cells included."""
    texts: list[str] = []
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda i=index: page.tabs.widget(i).isVisible())
        texts += seen_texts(page)
        for view in page.findChildren(QTableView):
            if view.isVisible():
                model = view.model()
                texts += [
                    str(model.index(r, c).data() or "")
                    for r in range(model.rowCount())
                    for c in range(model.columnCount())
                ]
    return "\n".join(texts)


def test_the_window_shows_only_the_sellers_own_record(
    qtbot: Any, session: tuple[MainWindow, int]
) -> None:
    window, _zoe = session
    page = window.stack.currentWidget()
    assert isinstance(page, SellerReviewSession) and window.in_seller_view()
    shown = everything_shown(qtbot, page)
    assert "Your progress, Zoë Łukaszewska" in shown
    assert "Two follow-up questions per call." in shown  # a commitment and how it held
    assert f"Partly on {ui_date('2026-03-16')}" in shown and "Not applied when checked" in shown
    assert "Booked the site visit with the CFO." in shown  # the chosen summary, as handed out
    assert PRIVATE not in shown and "Private" not in shown
    # a check's evidence note is on the handout of the ride it was checked on, so it shows in
    # that summary, and only there (the commitments table gives the outcome)
    assert shown.count(CHECK_NOTE) == 1
    assert OTHER not in shown and OTHER_COMMITMENT not in shown
    assert len(page.charts) >= 2  # discovery and next-step were rated
    assert not window.nav.isVisible() and not window.menuBar().isVisible()
    assert not window.statusBar().isVisible()
    visible = [w for w in window.findChildren(QWidget) if w.isVisible()]
    assert not [w for w in visible if isinstance(w, (QListWidget, QMenuBar))]


def test_each_summary_is_the_one_handed_out_for_that_ride(
    qtbot: Any, session: tuple[MainWindow, int]
) -> None:
    window, _zoe = session
    page = window.stack.currentWidget()
    assert isinstance(page, SellerReviewSession)
    page.tabs.setCurrentIndex(2)
    view = page.rides.view
    assert view.model().rowCount() == 2
    # the newest is chosen; its day as the handout writes it (the seller's language: English here)
    assert "Mar 16, 2026" in page.summary.toPlainText()
    view.selectRow(1)
    assert "Mar 2, 2026" in page.summary.toPlainText()
    assert PRIVATE not in page.summary.toPlainText()


def test_nothing_but_the_give_back_button_leaves_and_it_returns_to_the_seller(
    qtbot: Any, store: Store, session: tuple[MainWindow, int]
) -> None:
    window, zoe = session
    page = window.stack.currentWidget()
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    window.show_screen("today")  # a stray route in: refused while the seller has the laptop
    assert window.stack.currentWidget() is page and window.in_seller_view()
    qtbot.mouseClick(page.give_back, Qt.MouseButton.LeftButton)
    assert not window.in_seller_view()
    progress = window.stack.currentWidget()
    assert isinstance(progress, SellerProfileScreen)
    assert progress.seller.currentData() == zoe
    assert window.nav.isVisible() and window.menuBar().isVisible()
    window.show_screen("today")
    assert window.current_screen_key() == "today"


def test_a_seller_with_no_rides_gets_empty_pages_not_an_error(
    qtbot: Any, store: Store, main_window: MainWindow
) -> None:
    new = sellers.add_seller(store, "New Starter")
    rides.plan_ride(store, new.id, "2026-04-01", scorecard_key="field-visit")
    main_window.enter_review_session(new.id)
    page = main_window.stack.currentWidget()
    assert isinstance(page, SellerReviewSession)
    assert page.charts == [] and page.rides.currentWidget() is page.rides.empty
    assert page.commitments.currentWidget() is page.commitments.empty
    qtbot.mouseClick(page.give_back, Qt.MouseButton.LeftButton)
    assert not main_window.in_seller_view()
