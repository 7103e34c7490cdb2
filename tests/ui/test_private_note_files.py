"""A file on the debrief's private note (issue 22, deliver 5): attached after the seller's
acknowledgement (the note may change then), kept private: never on the handout's data, never
in a bundle."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fieldride import debriefs, rides
from fieldride.debriefs import commitments
from fieldride.exchange import ride_unit
from fieldride.reports.data import summary_data
from fieldride.store import Store
from fieldride.team import sellers

FIXTURES = Path(__file__).parents[1] / "fixtures" / "attachments"


def test_a_file_on_the_private_note_of_a_locked_ride_stays_private(
    qtbot: Any, main_window: Any, store: Store, prompts: Any
) -> None:
    seller = sellers.add_seller(store, "Ana Ruiz")
    ride = rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key="field-visit")
    call = rides.add_call(store, ride.id, "visit", "Harbour Foods")
    rides.rate(store, call.id, "discovery", 3)
    debriefs.set_strength(store, ride.id, "discovery", "Asked why twice")
    debriefs.set_gap(store, ride.id, "next-step", "No date agreed")
    commitments.add_commitment(store, ride.id, "next-step", "Propose a date")
    debriefs.finish_debrief(store, ride.id)
    debriefs.acknowledge(store, ride.id, "Ana Ruiz", on="2026-03-02")
    main_window.open_debrief(ride.id)
    box = main_window.debrief.private_note
    qtbot.waitUntil(lambda: box.files.isVisible())
    assert box.files.title.text() == "No files on the private note."
    assert box.files.attach_button.isEnabled()
    prompts.file_answers = [str(FIXTURES / "account-plan.pdf")]
    box.files.choose_file()
    qtbot.waitUntil(lambda: box.files.names() == ["account-plan.pdf"])
    assert box.files.title.text() == "Files on the private note (never shared): 1"
    [kept] = rides.list_attachments(store, ride.id, include_private=True)
    assert kept.private and kept.call_id is None
    assert rides.list_attachments(store, ride.id) == []
    assert summary_data(store, ride.id, with_attachments=True).attachments == ()
    assert "attachments" not in ride_unit(store, ride.uuid).to_dict()
