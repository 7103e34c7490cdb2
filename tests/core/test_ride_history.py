"""A ride's history after the seller's acknowledgement (issue 22, deliver 6): who reopened it,
when and why, what changed, and the acknowledgement after it, in the development report."""

from __future__ import annotations

from datetime import date

from fieldride import debriefs, rides
from fieldride.reports.data import seller_report_data
from fieldride.reports.seller_report import build_seller_report
from fieldride.store import Store
from tests.core.reports_fixtures import flat, options, pdf_text, typical_ride

REASON = "The seller pointed out the gap evidence came from another call"
NEW_GAP = "Left the second and third calls without a dated next step."


def test_a_reopened_ride_shows_who_when_why_and_what_changed(store: Store) -> None:
    ride_id = typical_ride(store, seller_name="Maya Okafor")
    ride = rides.get_ride(store, ride_id)
    debriefs.reopen_ride(store, ride_id, REASON)
    debriefs.set_gap(store, ride_id, "next-step", NEW_GAP)
    debriefs.acknowledge(store, ride_id, "Maya Okafor", on="2026-03-11")

    trail = debriefs.audit_trail(store, ride_id)
    words = [debriefs.entry_words(e) for e in trail]
    assert ("Reopened", REASON) in words
    changed = [detail for what, detail in words if what == "Changed: debrief"]
    assert len(changed) == 1 and "gap evidence" in changed[0] and NEW_GAP[:40] in changed[0]
    assert all(len(debriefs.local_time(e.at)) == len("2026-12-06 19:40") for e in trail)

    data = seller_report_data(store, ride.seller_id, today=date(2026, 3, 12))
    whats = [h.what for h in data.history]
    assert whats == ["Reopened", "Changed: debrief", "Acknowledged by the seller"], whats
    assert {h.ride_date for h in data.history} == {ride.ride_date}
    assert [h.by for h in data.history] == [ride.manager_name, ride.manager_name, "Maya Okafor"]
    text = flat(pdf_text(build_seller_report(data, options())))
    assert "Rides changed after the seller's acknowledgement" in text
    assert REASON in text
    assert "gap evidence" in text


def test_a_ride_never_reopened_has_no_history_section(store: Store) -> None:
    ride_id = typical_ride(store, seller_name="Ben Ito")
    seller_id = rides.get_ride(store, ride_id).seller_id
    data = seller_report_data(store, seller_id, today=date(2026, 3, 12))
    assert data.history == ()
    text = flat(pdf_text(build_seller_report(data, options())))
    assert "after the seller's acknowledgement" not in text
