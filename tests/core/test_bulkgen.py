"""The bulk generator follows the schema (FK, FTS, denormalised columns) and is deterministic."""

from __future__ import annotations

from datetime import date

import pytest

from benchmarks import bulkgen
from fieldride.errors import DomainError
from fieldride.search import full_text as search
from fieldride.store import Store

TODAY = date(2026, 6, 1)


def test_small_dataset_is_consistent(store: Store) -> None:
    summary = bulkgen.generate(store, sellers=3, years=1, seed=5, today=TODAY)
    db = store.db
    assert summary.sellers == 3 and summary.rides > 60 and summary.observations > 2500
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    count = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    assert count("SELECT count(*) FROM observations") == summary.observations
    # denormalised columns agree with the ride they belong to
    assert (
        count(
            "SELECT count(*) FROM observations o JOIN rides r ON r.id = o.ride_id "
            "WHERE o.seller_id != r.seller_id OR o.observed_on != r.ride_date"
        )
        == 0
    )
    assert (
        count("SELECT count(*) FROM observations WHERE no_opportunity = 1 AND level IS NOT NULL")
        == 0
    )
    # FTS filled by the schema's triggers
    assert (
        count("SELECT count(*) FROM observations_fts WHERE observations_fts MATCH 'seller'") > 500
    )
    assert search.search(store, "delivery").hits
    # both scorecard versions are used
    assert count("SELECT count(DISTINCT scorecard_version_id) FROM rides") == 2
    assert summary.trainings == 4


def test_deterministic_and_refuses_non_empty_store(store: Store, tmp_path: object) -> None:
    from fieldride.store import open_store

    a = bulkgen.generate(store, sellers=1, years=1, seed=9, today=TODAY)
    with open_store(tmp_path / "other") as other:  # type: ignore[operator]
        from fieldride.scorecards.defaults import install_defaults

        install_defaults(other)
        b = bulkgen.generate(other, sellers=1, years=1, seed=9, today=TODAY)
        levels = lambda s: s.db.execute("SELECT level FROM observations ORDER BY id").fetchall()  # noqa: E731
        assert levels(store) == levels(other)
    assert a == b
    with pytest.raises(DomainError):
        bulkgen.generate(store, sellers=1, years=1)


def test_scale_multiplies_sellers(store: Store) -> None:
    summary = bulkgen.generate(store, sellers=1, years=1, scale=2, seed=1, today=TODAY)
    assert summary.sellers == 2
