"""Each seller's handout language (issue 24): stored with the seller (migration
0006_seller_language), edited with the seller, carried by the seller's exchange unit (bundles and
the team server sync the same unit)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldride.errors import DomainError
from fieldride.exchange import merge_seller_unit, seller_unit, seller_unit_from_dict
from fieldride.store import Store, applied_migrations, open_store
from fieldride.store.migrations import apply, known_names
from fieldride.team import sellers


def test_sellers_made_before_the_migration_get_the_managers_language(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    store = open_store(folder, migrate=False)
    apply(store.db, stop_before="0006_seller_language")
    store.db.execute(
        "INSERT INTO sellers (uuid, created_at, updated_at, name, team, territory, email, notes) "
        "VALUES ('0b7c8a52-4ad9-4d5e-9c55-3f1d52a8a001', '2026-01-01T00:00:00Z', "
        "'2026-01-01T00:00:00Z', 'Ana Ruiz', '', '', '', '')"
    )
    store.close()
    with open_store(folder) as upgraded:
        assert applied_migrations(upgraded.db) == known_names()
        [ana] = sellers.list_sellers(upgraded)
        assert ana.name == "Ana Ruiz" and ana.language == ""


def test_the_language_is_edited_with_the_seller_and_checked(store: Store) -> None:
    ana = sellers.add_seller(store, "Ana Ruiz", language="es")
    assert sellers.get_seller(store, ana.id).language == "es"
    assert sellers.edit_seller(store, ana.id, language="de").language == "de"
    assert sellers.edit_seller(store, ana.id, language="").language == ""
    with pytest.raises(DomainError, match="'fr' is not a language FieldRide ships"):
        sellers.edit_seller(store, ana.id, language="fr")
    assert sellers.get_seller(store, ana.id).language == ""


def test_the_language_travels_with_the_seller(store: Store, tmp_path: Path) -> None:
    ana = sellers.add_seller(store, "Ana Ruiz", email="ana@example.org", language="es")
    wire = json.loads(json.dumps(seller_unit(store, ana.id).to_dict()))
    assert wire["language"] == "es"
    with open_store(tmp_path / "director") as other:
        merge_seller_unit(other, seller_unit_from_dict(wire))
        [copy] = sellers.list_sellers(other)
        assert copy.language == "es"
        # a later change on the manager's laptop arrives as an update
        store.db.execute("UPDATE sellers SET updated_at = '2099-01-01T00:00:00Z'")
        sellers.edit_seller(store, ana.id, language="de")
        store.db.execute("UPDATE sellers SET updated_at = '2099-01-02T00:00:00Z'")
        merge_seller_unit(other, seller_unit_from_dict(seller_unit(store, ana.id).to_dict()))
        assert sellers.list_sellers(other)[0].language == "de"


def test_a_unit_without_a_language_or_with_an_unknown_one_means_the_managers(
    store: Store,
) -> None:
    ana = sellers.add_seller(store, "Ana Ruiz", language="de")
    wire = seller_unit(store, ana.id).to_dict()
    older = {k: v for k, v in wire.items() if k != "language"}  # from FieldRide before issue 24
    assert seller_unit_from_dict(older).language == ""
    assert seller_unit_from_dict({**wire, "language": "fr"}).language == ""
    with pytest.raises(DomainError, match="'language' is not text"):
        seller_unit_from_dict({**wire, "language": 3})
