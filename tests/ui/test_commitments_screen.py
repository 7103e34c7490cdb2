"""The Commitments screen: every open commitment across sellers, overdue marked by text and
colour, sortable and filterable; opening a row shows that ride's debrief."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from fieldride import rides
from fieldride.debriefs import commitments
from fieldride.store import Store
from fieldride.team import sellers
from ui.models.records import RECORD_ROLE
from ui.screens.commitments.commitment_table import OVERDUE_BACKGROUND, CommitmentTableModel


def make(store: Store) -> dict[str, int]:
    today = date.today()
    ids: dict[str, int] = {}
    for name, days_ago, due_in, text in (
        ("Maya Okafor", 30, -10, "Summarise before proposing"),
        ("Bo Nilsson", 10, 5, "Dated next step on every call"),
        ("Maya Okafor", 20, 2, "Two follow-up questions"),
    ):
        seller = next((s for s in sellers.list_sellers(store) if s.name == name), None)
        seller = seller or sellers.add_seller(store, name)
        ride = rides.plan_ride(
            store, seller.id, today - timedelta(days=days_ago), scorecard_key="field-visit"
        )
        rides.add_call(store, ride.id)
        c = commitments.add_commitment(
            store, ride.id, "discovery", text, today + timedelta(days=due_in)
        )
        ids[text] = c.id
    return ids


def test_lists_open_commitments_with_overdue_marked(main_window: Any, store: Store) -> None:
    ids = make(store)
    screen = main_window.show_screen("commitments")
    screen.refresh()
    shown = screen.visible_commitments()
    # default sort: most overdue first
    assert shown[0].id == ids["Summarise before proposing"]
    assert screen.counts.text() == "3 open · 1 overdue"
    first = screen.proxy.index(0, 0)
    assert first.data() == "OVERDUE · 10 d"
    assert first.data(Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BACKGROUND
    assert screen.proxy.index(1, 0).data() == "Open"
    assert screen.proxy.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert screen.proxy.index(0, 3).data() == "Asks open, layered questions"

    # filters: overdue only, seller, text
    qtbot_click(screen.overdue_only)
    assert [c.text for c in screen.visible_commitments()] == ["Summarise before proposing"]
    qtbot_click(screen.overdue_only)
    screen.seller.setCurrentIndex(screen.seller.findText("Bo Nilsson"))
    assert [c.text for c in screen.visible_commitments()] == ["Dated next step on every call"]
    screen.seller.setCurrentIndex(0)
    screen.search.setText("follow-up")
    assert [c.text for c in screen.visible_commitments()] == ["Two follow-up questions"]
    screen.search.clear()

    # sort by seller name
    screen.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert screen.visible_commitments()[0].seller_name == "Bo Nilsson"


def qtbot_click(box: Any) -> None:
    box.click()


def test_opening_a_row_shows_the_ride_debrief(qtbot: Any, main_window: Any, store: Store) -> None:
    ids = make(store)
    screen = main_window.show_screen("commitments")
    screen.refresh()
    screen.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    screen.view.selectRow(0)
    selected = screen.selected()
    assert selected is not None and selected.id == ids["Summarise before proposing"]
    qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)
    assert main_window.stack.currentWidget() is main_window.debrief
    assert main_window.debrief.ride.id == selected.ride_id


def test_empty_state_and_model_without_a_view(store: Store) -> None:
    model = CommitmentTableModel(today=date(2026, 3, 12))
    assert model.rowCount() == 0
    ids = make(store)
    model.set_records(commitments.open_commitments(store))
    texts = {model.index(r, 4).data() for r in range(model.rowCount())}
    assert texts == set(ids)
    assert model.index(0, 0).data(RECORD_ROLE) is not None
