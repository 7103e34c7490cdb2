"""Calibration (issue 22, deliver 2) against hand-computed figures: the agreement arithmetic,
a director's co-ride brought in through a bundle and paired by its link, and solo calibration
on the shipped scenarios; real SQLite files in tmp folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldride import calibration, rides
from fieldride.calibration import RatingPair, agreement
from fieldride.errors import DomainError
from fieldride.exchange import export_bundle, import_bundle, ride_unit
from fieldride.scorecards.defaults import install_defaults
from fieldride.store import Store, open_store
from fieldride.team import add_seller, list_sellers
from tests.core.exchange_fixtures import Clock

BEHAVIOURS = [("a", "Alpha"), ("b", "Beta"), ("c", "Gamma")]


def test_agreement_matches_the_hand_computed_figures() -> None:
    pairs = [
        # a: (3,3) (2,4) (4,3)    -> compared 3, exact 1, within one 2, diffs 0,-2,+1 -> lean -1/3
        RatingPair("a", 3, 3),
        RatingPair("a", 2, 4),
        RatingPair("a", 4, 3),
        # b: (1,2) (None,2) (3,None) (None,None) -> compared 1, exact 0, within 1, one-sided 2,
        #    lean -1
        RatingPair("b", 1, 2),
        RatingPair("b", None, 2),
        RatingPair("b", 3, None),
        RatingPair("b", None, None),
        # c: nothing rated by both -> no lean
        RatingPair("c", None, 1),
        # z is not asked for: left out everywhere
        RatingPair("z", 1, 4),
    ]
    result = agreement(pairs, BEHAVIOURS, "All")
    a, b, c = result.behaviours
    assert (a.compared, a.exact, a.within_one, a.one_sided) == (3, 1, 2, 0)
    assert a.lean == pytest.approx(-1 / 3)
    assert a.exact_share == pytest.approx(1 / 3)
    assert a.within_one_share == pytest.approx(2 / 3)
    assert (b.compared, b.exact, b.within_one, b.one_sided, b.lean) == (1, 0, 1, 2, -1.0)
    assert (c.compared, c.one_sided, c.lean, c.exact_share) == (0, 1, None, None)
    # over all: 4 compared (3 of a, 1 of b), 1 exact, 3 within one, diffs 0-2+1-1 = -2
    o = result.overall
    assert (o.title, o.compared, o.exact, o.within_one, o.one_sided) == ("All", 4, 1, 3, 3)
    assert o.lean == pytest.approx(-0.5)
    assert [x.title for x in result.behaviours] == ["Alpha", "Beta", "Gamma"]


# --- co-rides ---------------------------------------------------------------------------------


def _laptop(folder: Path, name: str) -> Store:
    store = open_store(folder)
    install_defaults(store)
    return store


def _rate_ride(store: Store, ride_id: int, calls: list[dict[str, int | None]]) -> None:
    for levels in calls:
        call = rides.add_call(store, ride_id, account="Hallam Freight")
        for key, level in levels.items():
            if level is None:
                rides.mark_no_opportunity(store, call.id, key)
            else:
                rides.rate(store, call.id, key, level)


def test_a_directors_co_ride_arrives_by_bundle_and_is_compared_call_by_call(
    tmp_path: Path, clock: Clock
) -> None:
    manager = _laptop(tmp_path / "ann", "ann")
    seller = add_seller(manager, "Priya Shah", email="priya@example.org")
    original = rides.plan_ride(
        manager, seller.id, "2026-11-10", scorecard_key="field-visit", manager_name="Ann"
    )
    # The manager's two calls; the director rated three (the third has no partner).
    _rate_ride(
        manager,
        original.id,
        [
            {"discovery": 3, "listening": 2, "next-step": 4},
            {"discovery": 2, "listening": None, "next-step": 3},
        ],
    )
    # The planned ride reaches the director first (a bundle; sync does the same).
    export_bundle(manager, tmp_path / "ann.json")
    director = _laptop(tmp_path / "dora", "dora")
    import_bundle(director, tmp_path / "ann.json")
    dora_seller = list_sellers(director)[0]
    co = rides.plan_ride(
        director, dora_seller.id, "2026-11-10", scorecard_key="field-visit", manager_name="Dora"
    )
    candidates = calibration.co_ride_candidates(director, co.id)
    assert [c.uuid for c in candidates] == [original.uuid]
    calibration.link_co_ride(director, co.id, original.uuid)
    _rate_ride(
        director,
        co.id,
        [
            {"discovery": 2, "listening": 2, "next-step": 2},
            {"discovery": 2, "listening": 3, "next-step": 3},
            {"discovery": 4, "listening": 4, "next-step": 4},
        ],
    )
    # The manager gets the director's co-ride back through a bundle and sees the same figures.
    export_bundle(director, tmp_path / "dora.json")
    import_bundle(manager, tmp_path / "dora.json")
    for store, ride_id in ((manager, original.id), (director, co.id)):
        result = calibration.compare_co_ride(store, ride_id)
        assert result is not None
        assert result.original.uuid == original.uuid
        assert (result.calls_compared, result.original_calls, result.co_ride_calls) == (2, 2, 3)
        by_key = {b.key: b for b in result.agreement.behaviours}
        # discovery: (3,2) (2,2): compared 2, exact 1, within one 2, lean (+1+0)/2 = +0.5
        d = by_key["discovery"]
        assert (d.compared, d.exact, d.within_one, d.lean) == (2, 1, 2, 0.5)
        # listening: (2,2) (N/O,3): compared 1, exact 1, one-sided 1, lean 0
        li = by_key["listening"]
        assert (li.compared, li.exact, li.one_sided, li.lean) == (1, 1, 1, 0.0)
        # next-step: (4,2) (3,3): compared 2, exact 1, within one 1, lean (+2+0)/2 = +1
        n = by_key["next-step"]
        assert (n.compared, n.exact, n.within_one, n.lean) == (2, 1, 1, 1.0)
        # a behaviour neither rated: nothing compared
        assert by_key["preparation"].compared == 0
        # over all: 5 compared, 3 exact, 4 within one, diffs 1+0+0+2+0 = 3 -> lean 0.6
        o = result.agreement.overall
        assert (o.compared, o.exact, o.within_one, o.one_sided) == (5, 3, 4, 1)
        assert o.lean == pytest.approx(0.6)
    # The co-ride is read-only on the manager's laptop, and the original on the director's.
    pair = calibration.co_ride_partner(director, co.id)
    assert pair is not None and pair[1] == co.id
    with pytest.raises(DomainError, match="read-only"):
        calibration.link_co_ride(director, pair[0], None)
    manager.close()
    director.close()


def test_a_co_ride_link_is_refused_for_a_ride_that_is_not_a_candidate(
    tmp_path: Path, clock: Clock
) -> None:
    store = _laptop(tmp_path / "ann", "ann")
    seller = add_seller(store, "Priya Shah")
    mine = rides.plan_ride(store, seller.id, "2026-11-10", scorecard_key="field-visit")
    other = rides.plan_ride(store, seller.id, "2026-11-10", scorecard_key="field-visit")
    # The same manager's own ride is no second rater.
    assert calibration.co_ride_candidates(store, mine.id) == []
    with pytest.raises(DomainError, match="cannot be paired"):
        calibration.link_co_ride(store, mine.id, other.uuid)
    assert calibration.co_ride_of(store, mine.id) is None
    assert calibration.compare_co_ride(store, mine.id) is None


def test_a_ride_without_a_co_ride_link_keeps_its_hash_and_travels_in_format_1(
    tmp_path: Path, clock: Clock
) -> None:
    """Rides that use nothing of issue 22 hash exactly as before it (no new keys), so an
    upgrade makes no ride look changed and an older FieldRide still reads the unit."""
    from fieldride.exchange import canonical_json
    from fieldride.exchange.units import sha256_hex

    store = _laptop(tmp_path / "ann", "ann")
    seller = add_seller(store, "Priya Shah")
    ride = rides.plan_ride(store, seller.id, "2026-11-10", scorecard_key="field-visit")
    _rate_ride(store, ride.id, [{"discovery": 3}])
    unit = ride_unit(store, ride.uuid)
    data = unit.to_dict()
    assert data["format"] == 1
    assert "co_ride_of" not in data["ride"] and "attachments" not in data
    old_keys = ("focus", "calls", "observations", "quick_notes", "debriefs", "questions")
    old_keys += ("commitments", "verifications", "acknowledgements", "audit")
    old_form = {
        "uuid": unit.uuid,
        "conflict_of": None,
        "scorecard": unit.scorecard.content_hash,
        "ride": data["ride"],
        **{k: data[k] for k in old_keys},
    }
    assert unit.content_hash == sha256_hex(canonical_json(old_form))


# --- solo calibration -------------------------------------------------------------------------


def test_the_shipped_scenarios_rate_every_behaviour_of_their_scorecard() -> None:
    scenarios = calibration.list_scenarios()
    assert 3 <= len(scenarios) <= 5
    assert len({s.key for s in scenarios}) == len(scenarios)
    for s in scenarios:
        card = calibration.scenario_scorecard(s)
        assert [a.behaviour_key for a in s.agreed] == [b.key for b in card.behaviours()]
        scale = {lv.value for lv in card.scale}
        assert all(a.level is None or a.level in scale for a in s.agreed)
        assert all(a.reason and "\n" not in a.reason for a in s.agreed)
        assert len(s.account) > 400


def test_solo_calibration_against_the_renewal_visit_is_hand_computed_and_kept(
    store: Store,
) -> None:
    scenario = calibration.get_scenario("renewal-visit")
    # agreed: preparation 2, opening 3, discovery 2, listening 2, value-message 1,
    #         objections 3, next-step 1, call-notes 3
    ratings: dict[str, int | None] = {
        "preparation": 3,  # +1
        "opening": 3,  # 0
        "discovery": 2,  # 0
        "listening": 4,  # +2
        "value-message": 2,  # +1
        "objections": None,  # no opportunity: one-sided
        "next-step": 1,  # 0
        # call-notes not rated: one-sided
    }
    result = calibration.solo_agreement(scenario, ratings)
    by_key = {b.key: b for b in result.behaviours}
    assert by_key["preparation"].lean == 1.0 and by_key["preparation"].within_one == 1
    assert by_key["listening"].lean == 2.0 and by_key["listening"].within_one == 0
    assert by_key["objections"].compared == 0 and by_key["objections"].one_sided == 1
    # over all: 6 compared, 3 exact (opening, discovery, next-step), 5 within one,
    # diffs 1+0+0+2+1+0 = 4 -> lean 4/6; 2 one-sided
    o = result.overall
    assert (o.compared, o.exact, o.within_one, o.one_sided) == (6, 3, 5, 2)
    assert o.lean == pytest.approx(4 / 6)
    run_id = calibration.record_run(store, scenario, ratings)
    runs = calibration.list_runs(store, "renewal-visit")
    assert [r.id for r in runs] == [run_id]
    assert runs[0].ratings == ratings
    assert runs[0].scenario_hash == scenario.content_hash
    # Kept runs give the same figures again.
    assert calibration.solo_agreement(scenario, runs[0].ratings) == result


def test_a_bad_solo_rating_is_refused_and_nothing_is_kept(store: Store) -> None:
    scenario = calibration.get_scenario("rushed-visit")
    with pytest.raises(DomainError, match="not a level"):
        calibration.record_run(store, scenario, {"discovery": 7})
    with pytest.raises(DomainError, match="not a behaviour"):
        calibration.record_run(store, scenario, {"nonsense": 2})
    with pytest.raises(DomainError, match="at least one"):
        calibration.record_run(store, scenario, {})
    assert calibration.list_runs(store) == []


def test_the_overview_counts_the_latest_run_of_each_scenario(store: Store, clock: Clock) -> None:
    renewal = calibration.get_scenario("renewal-visit")  # agreed preparation 2
    rushed = calibration.get_scenario("rushed-visit")  # agreed preparation 1
    calibration.record_run(store, renewal, {"preparation": 4})  # superseded below
    calibration.record_run(store, renewal, {"preparation": 3})  # +1
    calibration.record_run(store, rushed, {"preparation": 1, "opening": 3})  # 0, +2
    result, scenarios = calibration.solo_overview(store)
    assert scenarios == 2
    prep = next(b for b in result.behaviours if b.key == "preparation")
    # preparation: (3,2) (1,1): compared 2, exact 1, within one 2, lean +0.5
    assert (prep.compared, prep.exact, prep.within_one, prep.lean) == (2, 1, 2, 0.5)
    # over all: 3 compared (two preparation, one opening), diffs 1+0+2 -> lean 1.0;
    # one-sided: the 13 agreed levels left unrated (renewal 7 of 8, rushed 6 of 8)
    o = result.overall
    assert (o.compared, o.exact, o.within_one, o.lean) == (3, 1, 2, 1.0)
    assert o.one_sided == 13
