"""The seller profile's timeline is read on screen, so its ride types and statuses are in the
manager's interface language (they were English on a German Seller progress, seen in the
German walk). Real store."""

from __future__ import annotations

from datetime import date

from fieldride import i18n, rides
from fieldride.insights import seller_profile
from fieldride.store import Store
from tests.core.reports_fixtures import typical_ride


def test_the_timeline_speaks_the_interface_language(store: Store) -> None:
    ride_id = typical_ride(store)
    seller = rides.get_ride(store, ride_id).seller_id
    english = seller_profile(store, seller, today=date(2026, 12, 6)).timeline[-1]
    i18n.set_interface_language("de")
    try:
        german = seller_profile(store, seller, today=date(2026, 12, 6)).timeline[-1]
    finally:
        i18n.set_interface_language("en")
    assert english.title == "Field ride"
    assert german.title == "Außendienstbegleitung"
    assert english.detail.startswith("Acknowledged")
    assert german.detail.startswith("Bestätigt · "), german.detail
