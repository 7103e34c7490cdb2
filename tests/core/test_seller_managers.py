"""Which manager coaches each seller (insights.seller_managers, issue 21): nothing on a lone
manager's store; on a director's store merged from two managers' real bundles, each seller
maps to the manager of their latest ride; a manager with no seller's latest ride is not listed
(issue 23, deliver 5)."""

from __future__ import annotations

from pathlib import Path

from fieldride.exchange import export_bundle, import_bundle
from fieldride.insights import seller_managers
from fieldride.store import open_store
from tests.core.exchange_fixtures import make_manager


def test_a_lone_manager_and_a_directors_merged_store(tmp_path: Path) -> None:
    ana = make_manager(tmp_path / "ana", "Ana", [("Pia Lind", "pia@example.com")])
    ben = make_manager(
        tmp_path / "ben",
        "Ben",
        [("Quinn Ode", "quinn@example.com"), ("Rob Sand", "rob@example.com")],
    )
    assert seller_managers(ana.store).managers == ()
    director = open_store(tmp_path / "director")
    try:
        import_bundle(director, export_bundle(ana.store, tmp_path / "ana.json").path)
        # One manager's rides only: still nothing to tell apart.
        assert seller_managers(director).managers == ()
        import_bundle(director, export_bundle(ben.store, tmp_path / "ben.json").path)
        found = seller_managers(director)
        assert [(m.name, m.number) for m in found.managers] == [("Ana", 1), ("Ben", 2)]
        names = {
            str(r[0]): found.of_seller[int(r[1])].name
            for r in director.db.execute("SELECT name, id FROM sellers")
        }
        assert names == {"Pia Lind": "Ana", "Quinn Ode": "Ben", "Rob Sand": "Ben"}
        # A manager none of whose sellers' latest ride is theirs has no one to show: Ben riding
        # with Pia last leaves Ana no seller, and one manager is nothing to tell apart.
        director.db.execute(
            "UPDATE rides SET seller_id = (SELECT id FROM sellers WHERE name = 'Pia Lind'), "
            "ride_date = '2026-12-01' WHERE id = (SELECT max(id) FROM rides WHERE seller_id = "
            "(SELECT id FROM sellers WHERE name = 'Quinn Ode'))"
        )
        assert seller_managers(director).managers == ()
        # A removed ride no longer makes its seller the other manager's.
        director.db.execute(
            "UPDATE rides SET deleted_at = '2026-11-01T00:00:00.000Z' WHERE seller_id = "
            "(SELECT id FROM sellers WHERE name = 'Pia Lind')"
        )
        assert seller_managers(director).managers == ()
    finally:
        director.close()
        ana.store.close()
        ben.store.close()
