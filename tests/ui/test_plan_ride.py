"""The plan dialog: proposals, commitments to verify, last ride summary, the focus limit."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from fieldride import debriefs, rides
from fieldride.debriefs import commitments
from fieldride.rides import FOCUS_LIMIT_MESSAGE
from fieldride.store import Store
from fieldride.team import sellers
from tests.ui.conftest import install_test_english
from ui.screens.plan_ride import PlanRideDialog


def _history(store: Store) -> sellers.Seller:
    seller = sellers.add_seller(store, "Ana Ruiz")
    first = rides.plan_ride(store, seller.id, "2026-02-01", scorecard_key="field-visit")
    call = rides.add_call(store, first.id, "visit", "Harbour Foods")
    rides.rate(store, call.id, "discovery", 1)
    rides.rate(store, call.id, "preparation", 3)
    debriefs.set_gap(store, first.id, "listening", "Interrupted twice.")
    commitments.add_commitment(store, first.id, "opening", "Propose an agenda first", "2026-02-20")
    return seller


def _dialog(qtbot: Any, store: Store, prompts: Any, seller_id: int | None) -> PlanRideDialog:
    dialog = PlanRideDialog(store, prompts, seller_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_proposals_commitments_and_last_ride_are_shown(
    qtbot: Any, store: Store, prompts: Any
) -> None:
    seller = _history(store)
    dialog = _dialog(qtbot, store, prompts, seller.id)
    assert "Listens and confirms" in dialog.suggestions.text()
    assert "Gap named" in dialog.suggestions.text()
    assert "Propose an agenda first" in dialog.commitments.text()
    assert "Feb 1, 2026" in dialog.last_ride.text() and "Lowest rated" in dialog.last_ride.text()
    assert "Gap named at the Feb 1, 2026 debrief" in dialog.suggestions.text()
    # the top proposal is ticked, suggestions come first in the list
    assert dialog.chosen_focus() == ["listening"]
    assert "Suggested" in dialog.focus.item(0).text()


def test_the_side_panel_writes_its_days_as_the_interface_language_does(
    qapp: Any, qtbot: Any, store: Store, prompts: Any
) -> None:
    """Seen on a German walk: "Entwicklungsfeld aus der Nachbesprechung vom 2026-11-03" and
    "2026-11-03 · Gesprächsanalyse" beside "(fällig am 17.11.2026)"."""

    from ui import translation

    seller = _history(store)
    translation.install(qapp, "de")
    try:
        dialog = _dialog(qtbot, store, prompts, seller.id)
        panel = dialog.suggestions.text() + dialog.last_ride.text()
        focus = " ".join(dialog.focus.item(i).text() for i in range(dialog.focus.count()))
        assert "Nachbesprechung vom 01.02.2026" in panel
        assert "Am 01.02.2026 am niedrigsten bewertet" in focus
        assert "01.02.2026 · " in dialog.last_ride.text()
        assert "2026-02" not in panel + focus + dialog.commitments.text()
    finally:
        install_test_english(qapp)  # as tests/ui/conftest.py


def test_third_focus_is_refused_in_place(qtbot: Any, store: Store, prompts: Any) -> None:
    seller = sellers.add_seller(store, "New Seller")
    dialog = _dialog(qtbot, store, prompts, seller.id)
    assert dialog.chosen_focus() == []
    for row in range(3):
        dialog.focus.item(row).setCheckState(Qt.CheckState.Checked)
    assert len(dialog.chosen_focus()) == 2
    assert dialog.focus.item(2).checkState() == Qt.CheckState.Unchecked
    assert dialog.focus_message.text() == FOCUS_LIMIT_MESSAGE
    assert not dialog.focus_message.isHidden()
    dialog.focus.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.focus_message.isHidden()


def test_plan_saves_the_chosen_values(qtbot: Any, store: Store, prompts: Any) -> None:
    seller = sellers.add_seller(store, "New Seller")
    dialog = _dialog(qtbot, store, prompts, seller.id)
    dialog.ride_type.setCurrentIndex(dialog.ride_type.findData("call_listening"))
    dialog.objective.setText("Hear two renewal calls")
    dialog.focus.item(1).setCheckState(Qt.CheckState.Checked)
    key = dialog.focus.item(1).data(Qt.ItemDataRole.UserRole)
    dialog.plan_button.click()
    assert dialog.ride is not None and not dialog.start_now
    ride = rides.get_ride(store, dialog.ride.id)
    assert (ride.ride_type, ride.objective, ride.focus) == (
        "call_listening",
        "Hear two renewal calls",
        (key,),
    )
    assert ride.scorecard_version >= 1


def test_no_seller_is_explained_in_place(qtbot: Any, store: Store, prompts: Any) -> None:
    dialog = _dialog(qtbot, store, prompts, None)
    dialog.start_button.click()
    assert dialog.ride is None
    assert "seller" in dialog.error.text()
    assert dialog.isVisible()
    assert rides.list_rides(store) == []


def test_the_scorecard_defaults_to_the_sellers_last_one(
    qtbot: Any, store: Store, prompts: Any
) -> None:
    """Issue 18: a second ride starts on the seller's last scorecard (so its focus suggestions
    come from that history), a seller without rides on the general one; a scorecard chosen by
    hand is kept when the seller changes."""
    ana = sellers.add_seller(store, "Ana Ruiz")
    ben = sellers.add_seller(store, "Ben Okafor")
    first = rides.plan_ride(store, ana.id, "2026-02-01", scorecard_key="objection-handling")
    call = rides.add_call(store, first.id, "visit", "Harbour Foods")
    key = rides.ride_sheet(store, first.id).behaviours[0].key
    rides.rate(store, call.id, key, 1)
    dialog = _dialog(qtbot, store, prompts, ana.id)
    assert "Objection" in dialog.scorecard.currentText()
    assert "Nothing to suggest yet" not in dialog.suggestions.text()
    dialog.seller.setCurrentIndex(dialog.seller.findData(ben.id))
    assert "Field" in dialog.scorecard.currentText()  # no ride yet: the general scorecard
    dialog.seller.setCurrentIndex(dialog.seller.findData(ana.id))
    assert "Objection" in dialog.scorecard.currentText()
    # chosen by hand: kept
    other = dialog.scorecard.findText("Discovery", Qt.MatchFlag.MatchStartsWith)
    dialog.scorecard.setCurrentIndex(other)
    dialog.scorecard.activated.emit(other)
    dialog.seller.setCurrentIndex(dialog.seller.findData(ben.id))
    assert dialog.scorecard.currentIndex() == other


def _phone_history(store: Store, seller_id: int, accounts: list[str]) -> None:
    """Three rides, one phone call each, 'discovery' marked no opportunity on every call."""
    for i, account in enumerate(accounts):
        ride = rides.plan_ride(store, seller_id, f"2026-0{i + 1}-10", scorecard_key="field-visit")
        call = rides.add_call(store, ride.id, "phone_call", account)
        rides.mark_no_opportunity(store, call.id, "discovery")


def _tick(dialog: PlanRideDialog, key: str) -> None:
    for row in range(dialog.focus.count()):
        item = dialog.focus.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == key:
            item.setCheckState(Qt.CheckState.Checked)


def test_foresight_warns_about_a_focus_without_opportunity_and_the_same_accounts(
    qtbot: Any, store: Store, prompts: Any
) -> None:
    seller = sellers.add_seller(store, "Phil Phone")
    _phone_history(store, seller.id, ["Acme", "Acme", "Acme"])
    dialog = _dialog(qtbot, store, prompts, seller.id)
    # A field ride expects customer visits: the phone calls tell nothing about it.
    assert dialog.expected_kinds() == ["visit"]
    assert [w.kind for w in dialog.warnings] == ["same_accounts"]
    assert "all with the same accounts (Acme)" in dialog.foresight.text()
    assert dialog.foresight.isVisible()
    # Call listening expects phone calls: 'discovery' had no opportunity on 3 of the last 3.
    dialog.ride_type.setCurrentIndex(dialog.ride_type.findData("call_listening"))
    assert dialog.expected_kinds() == ["phone_call"]
    _tick(dialog, "discovery")
    assert [w.kind for w in dialog.warnings] == ["no_opportunity", "same_accounts"]
    assert "no opportunity on 3 of Phil Phone's last 3 calls" in dialog.foresight.text()
    # Unticking the expected phone calls by hand removes the focus warning.
    qtbot.mouseClick(dialog.call_kinds["phone_call"], Qt.MouseButton.LeftButton)
    assert dialog.expected_kinds() == []
    assert [w.kind for w in dialog.warnings] == ["same_accounts"]


def test_foresight_stays_silent_without_cause(qtbot: Any, store: Store, prompts: Any) -> None:
    seller = sellers.add_seller(store, "Vera Varied")
    _phone_history(store, seller.id, ["Acme", "Globex", "Initech"])
    dialog = _dialog(qtbot, store, prompts, seller.id)
    _tick(dialog, "preparation")  # never marked: nothing known, nothing said
    dialog.ride_type.setCurrentIndex(dialog.ride_type.findData("call_listening"))
    assert dialog.warnings == []
    assert dialog.foresight.isHidden()


@pytest.mark.parametrize(
    ("code", "name"),
    [("de", "Kundenbesuch – Grundlagen"), ("es", "Visita a cliente – lo esencial")],
)
def test_the_default_scorecard_is_the_bundled_one_in_the_manager_language(
    qtbot: Any, qapp: Any, store: Store, prompts: Any, code: str, name: str
) -> None:
    """Issue 24: a German or Spanish manager planning a first ride is offered the field-visit
    scorecard in their language (installed at start for that language), not the English one;
    a seller's last ride still decides once there is one."""

    from fieldride.scorecards.defaults import install_defaults
    from ui import translation
    from ui.screens.plan_ride import PlanRideDialog

    translation.install(qapp, code)
    try:
        install_defaults(store)  # what the app does at start in this language
        seller = sellers.add_seller(store, "Ana Ruiz")
        for chosen in (seller.id, None):  # from the Sellers screen, or with no seller picked
            dialog = PlanRideDialog(store, prompts, chosen)
            qtbot.addWidget(dialog)
            assert dialog.scorecard.currentText().startswith(f"{name} ("), (
                dialog.scorecard.currentText()
            )
    finally:
        install_test_english(qapp)
