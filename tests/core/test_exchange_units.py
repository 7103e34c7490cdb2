"""Ride, seller and scorecard units (issue 21): built from a real store, through JSON and back,
merged idempotently by UUID into another store, never carrying private notes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldride import rides
from fieldride.exchange import (
    Outcome,
    UnitError,
    merge_ride_unit,
    merge_scorecard_unit,
    ride_unit,
    ride_unit_from_dict,
    scorecard_unit,
    scorecard_unit_from_dict,
)
from fieldride.scorecards.defaults import install_defaults
from fieldride.store import Store, open_store
from tests.core.exchange_fixtures import (
    Clock,
    Manager,
    count,
    digest,
    make_manager,
)


@pytest.fixture
def anna(tmp_path: Path, clock: Clock) -> Manager:
    manager = make_manager(tmp_path / "anna", "Anna", [("Ana Ruiz", "ana@north.example")])
    yield manager
    manager.store.close()


@pytest.fixture
def director(tmp_path: Path) -> Store:
    store = open_store(tmp_path / "director")
    install_defaults(store)
    yield store
    store.close()


def test_a_ride_unit_round_trips_through_json_without_private_notes(anna: Manager) -> None:
    for r in rides.list_rides(anna.store):
        unit = ride_unit(anna.store, r.uuid)
        text = json.dumps(unit.to_dict(), ensure_ascii=False)
        back = ride_unit_from_dict(json.loads(text))
        assert back == unit and back.content_hash == unit.content_hash
        assert anna.private_text not in text and anna.seller_notes not in text
        assert unit.seller.org_id and unit.scorecard.content_hash
        counts = {k: len(v) for k, v in unit.body.items() if isinstance(v, list)}
        assert counts["calls"] == 1 and counts["observations"] == 4, counts
    data = ride_unit(anna.store, rides.list_rides(anna.store)[0].uuid).to_dict()
    for broken, message in (
        ({**data, "format": 9}, "format 9"),
        ({**data, "uuid": "not-a-uuid"}, "not a UUID"),
        ({**data, "calls": "x"}, "not a list"),
        (
            {**data, "observations": [{**data["observations"][0], "level": "3"}]},
            "'level' in observations is not a whole number",
        ),
        ({**data, "ride": {**data["ride"], "objective": 7}}, "'objective' in ride is not text"),
        ({**data, "objective": "x", "ride": {**data["ride"], "objective": "edited"}}, "hash"),
    ):
        with pytest.raises(UnitError, match=message):
            ride_unit_from_dict(broken)


def test_merging_the_same_unit_twice_changes_nothing(anna: Manager, director: Store) -> None:
    units = [ride_unit(anna.store, r.uuid) for r in reversed(rides.list_rides(anna.store))]
    first = [merge_ride_unit(director, u).outcome for u in units]
    before = digest(director)
    second = [merge_ride_unit(director, u).outcome for u in units]
    assert first == [Outcome.NEW] * 2 and second == [Outcome.UNCHANGED] * 2, (first, second)
    assert digest(director) == before
    for u in units:
        assert ride_unit(director, u.uuid).content_hash == u.content_hash
    merged = rides.list_rides(director)
    assert all(r.read_only and r.author_id == units[0].author_id for r in merged)
    assert count(director, "SELECT count(*) FROM private_notes") == 0


def test_a_scorecard_merges_by_content(anna: Manager, director: Store) -> None:
    version_id = rides.list_rides(anna.store)[0].scorecard_version_id
    unit = scorecard_unit(anna.store, version_id)
    before = count(director, "SELECT count(*) FROM scorecard_versions")
    same = merge_scorecard_unit(director, unit)
    assert same.outcome is Outcome.UNCHANGED
    assert count(director, "SELECT count(*) FROM scorecard_versions") == before
    edited = dict(unit.definition, name="Discovery depth (team edit)")
    from fieldride.scorecards.model import Scorecard

    data = unit.to_dict() | {
        "definition": edited,
        "content_hash": Scorecard.from_dict(edited).content_hash(),
    }
    new = merge_scorecard_unit(director, scorecard_unit_from_dict(data))
    again = merge_scorecard_unit(director, scorecard_unit_from_dict(data))
    assert (new.outcome, again.outcome) == (Outcome.NEW, Outcome.UNCHANGED)
    assert new.local_id == again.local_id
    assert count(director, "SELECT count(*) FROM scorecard_versions") == before + 1
