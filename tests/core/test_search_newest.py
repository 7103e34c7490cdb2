"""Search lists the newest rides first by ride date, also when the rides were written in another
order (issue 23, deliver 5): a director's store merged from two managers' bundles, the one with
the newer rides imported first, so the older rides hold the higher row ids."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fieldride import rides
from fieldride.exchange.bundles import export_bundle, import_bundle
from fieldride.scorecards.defaults import install_defaults
from fieldride.search import full_text as search
from fieldride.store import Store, open_store
from fieldride.team import sellers


def _manager(folder: Path, seller: str, days: list[date]) -> Path:
    with open_store(folder) as store:
        install_defaults(store)
        who = sellers.add_seller(store, seller)
        for day in days:
            ride = rides.plan_ride(store, who.id, day, scorecard_key="field-visit")
            call = rides.add_call(store, ride.id, "visit", "Harbour Foods")
            rides.set_evidence(
                store, call.id, "discovery", f"Offered a discount on {day:%d %B} too early."
            )
        return export_bundle(store, folder.parent / f"{folder.name}.json").path


def test_newest_rides_first_when_written_out_of_date_order(tmp_path: Path, store: Store) -> None:
    newer = [date(2026, 5, d) for d in (4, 11, 18)]
    older = [date(2026, 1, d) for d in (5, 12, 19)]
    import_bundle(store, _manager(tmp_path / "anna", "Anna Berg", newer))
    import_bundle(store, _manager(tmp_path / "ben", "Ben Okafor", older))

    results = search.search(store, "discount", limit=3)
    assert [h.ride_date for h in results.hits] == ["2026-05-18", "2026-05-11", "2026-05-04"]
    assert {h.seller_name for h in results.hits} == {"Anna Berg"}
    assert results.truncated
    assert all(f"{search.HIT_START}discount{search.HIT_END}" in h.snippet for h in results.hits)
    # all six, newest first, when the limit allows
    everything = search.search(store, "discount")
    assert [h.ride_date for h in everything.hits] == sorted(
        (d.isoformat() for d in newer + older), reverse=True
    )
    assert not everything.truncated
    # one seller's
    ben = next(h.seller_id for h in everything.hits if h.seller_name == "Ben Okafor")
    assert [h.ride_date for h in search.search(store, "disc", seller_id=ben, limit=2).hits] == [
        "2026-01-19",
        "2026-01-12",
    ]
