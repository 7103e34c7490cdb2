"""Training events: validation, one transaction, listing per seller."""

from __future__ import annotations

import pytest

from fieldride.errors import DomainError
from fieldride.store import Store
from fieldride.team import sellers, training


def _count(store: Store, table: str) -> int:
    return int(store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_add_and_list(store: Store) -> None:
    a = sellers.add_seller(store, "Ana")
    b = sellers.add_seller(store, "Bo")
    t = training.add_training(
        store,
        "  Discovery workshop ",
        "2026-02-01",
        [("field-visit", "discovery"), ("field-visit", "discovery"), ("field-visit", "listening")],
        [a.id, a.id],
        description="Half a day",
    )
    assert t.title == "Discovery workshop" and t.held_on == "2026-02-01"
    assert t.behaviours == (("field-visit", "discovery"), ("field-visit", "listening"))
    assert t.seller_ids == (a.id,)
    later = training.add_training(
        store, "Later", "2026-05-01", [("field-visit", "opening")], [a.id, b.id]
    )
    assert [x.id for x in training.list_trainings(store)] == [later.id, t.id]
    assert [x.id for x in training.list_trainings(store, b.id)] == [later.id]
    training.delete_training(store, later.id)
    assert [x.id for x in training.list_trainings(store)] == [t.id]
    training.delete_training(store, later.id, deleted=False)
    assert len(training.list_trainings(store)) == 2


@pytest.mark.parametrize(
    ("title", "day", "behaviours", "attendees", "message"),
    [
        ("", "2026-01-01", [("field-visit", "discovery")], True, "title"),
        ("T", "01/02/2026", [("field-visit", "discovery")], True, "not a date"),
        ("T", "2026-01-01", [("nope", "discovery")], True, "No scorecard"),
        ("T", "2026-01-01", [("field-visit", "bogus")], True, "no behaviour"),
        ("T", "2026-01-01", [("field-visit", "discovery")], False, "at least one seller"),
    ],
)
def test_refused_training_writes_nothing(
    store: Store,
    title: str,
    day: str,
    behaviours: list[tuple[str, str]],
    attendees: bool,
    message: str,
) -> None:
    seller = sellers.add_seller(store, "Ana")
    with pytest.raises(DomainError, match=message):
        training.add_training(store, title, day, behaviours, [seller.id] if attendees else [])
    assert _count(store, "training_events") == 0 and _count(store, "training_behaviours") == 0


def test_unknown_seller_rolls_back(store: Store) -> None:
    with pytest.raises(DomainError, match="No seller with id 42"):
        training.add_training(store, "T", "2026-01-01", [("field-visit", "discovery")], [42])
    assert _count(store, "training_events") == 0
    with pytest.raises(DomainError):
        training.get_training(store, 1)


def test_training_without_behaviours_is_allowed(store: Store) -> None:
    seller = sellers.add_seller(store, "Ana")
    t = training.add_training(store, "Product update", "2026-01-01", [], [seller.id])
    assert t.behaviours == () and t.seller_ids == (seller.id,)
