"""Review figures: per-ride levels, seller profile (trends, gaps across versions, regressions,
training before/after), team overview — checked against hand-made data and the bulk dataset."""

from __future__ import annotations

from datetime import date

import pytest

from benchmarks import bulkgen
from fieldride import insights, rides
from fieldride.debriefs import commitments
from fieldride.errors import DomainError
from fieldride.insights import progress
from fieldride.scorecards.model import Behaviour, Level, Scorecard, Section
from fieldride.scorecards.store import save_scorecard
from fieldride.store import Store
from fieldride.team import sellers, training

TODAY = date(2026, 6, 1)
SCALE = tuple(
    Level(v, lab)
    for v, lab in ((1, "Not yet"), (2, "Developing"), (3, "Proficient"), (4, "Role model"))
)


def _card(keys: list[str]) -> Scorecard:
    return Scorecard(
        key="t-card",
        name="Test card",
        scale=SCALE,
        sections=(Section("All", tuple(Behaviour(k, k.title()) for k in keys)),),
    )


def _ride(
    store: Store,
    seller_id: int,
    day: str,
    levels: dict[str, list[int | None]],
    focus: tuple[str, ...] = (),
) -> int:
    """A ride with one call per position in the level lists (None = no opportunity)."""
    ride = rides.plan_ride(store, seller_id, day, scorecard_key="t-card", focus=list(focus))
    calls = max(len(v) for v in levels.values())
    for i in range(calls):
        call = rides.add_call(store, ride.id, "visit", f"Account {i}")
        for key, values in levels.items():
            if i < len(values):
                if values[i] is None:
                    rides.mark_no_opportunity(store, call.id, key)
                else:
                    rides.rate(store, call.id, key, values[i])
    return ride.id


@pytest.fixture
def seller(store: Store) -> int:
    save_scorecard(store, _card(["a", "b"]))
    return sellers.add_seller(store, "Ana Test").id


def test_ride_levels_mean_per_ride_and_no_opportunity_never_counts(
    store: Store, seller: int
) -> None:
    r1 = _ride(store, seller, "2026-01-10", {"a": [2, 4, None], "b": [1]}, focus=("a",))
    points = insights.ride_levels(store, seller, "t-card")
    by_key = {p.behaviour_key: p for p in points if p.ride_id == r1}
    assert by_key["a"].mean_level == 3.0 and by_key["a"].ratings == 2 and by_key["a"].focus
    assert by_key["b"].mean_level == 1.0 and not by_key["b"].focus
    assert insights.ride_levels(store, seller, "no-such-card") == []


def test_removed_calls_and_rides_do_not_count(store: Store, seller: int) -> None:
    r1 = _ride(store, seller, "2026-01-10", {"a": [1, 4]})
    r2 = _ride(store, seller, "2026-01-20", {"a": [2]})
    first_call = rides.list_calls(store, r1)[0]
    rides.remove_call(store, first_call.id)
    rides.delete_ride(store, r2)
    points = insights.ride_levels(store, seller, "t-card")
    assert [(p.ride_id, p.mean_level) for p in points] == [(r1, 4.0)]


def test_trend_across_versions_is_a_gap_not_zero(store: Store, seller: int) -> None:
    r1 = _ride(store, seller, "2026-01-10", {"a": [2], "b": [3]})
    save_scorecard(store, _card(["a", "c"]))  # v2: b dropped, c added
    r2 = _ride(store, seller, "2026-02-10", {"a": [3], "c": [4]})
    r3 = _ride(store, seller, "2026-03-10", {"c": [2]})  # a in the version but not rated
    profile = progress.seller_profile(store, seller, today=TODAY)
    assert profile.scorecard is not None
    assert [b.key for b in profile.scorecard.behaviours] == ["a", "c", "b"]
    a, c, b = (profile.trend(k) for k in ("a", "c", "b"))
    assert a is not None and b is not None and c is not None
    assert [(p.ride_id, p.level, p.gap) for p in b.points] == [
        (r1, 3.0, ""),
        (r2, None, "not_in_version"),
        (r3, None, "not_in_version"),
    ]
    assert [(p.level, p.gap) for p in c.points] == [(None, "not_in_version"), (4.0, ""), (2.0, "")]
    assert [(p.level, p.gap) for p in a.points] == [(2.0, ""), (3.0, ""), (None, "not_rated")]
    assert not b.in_latest and a.latest_level == 3.0 and a.mean_level == 2.5
    assert all(p.level != 0 for t in profile.trends for p in t.points)


def test_timeline_mixes_rides_and_trainings_in_date_order(store: Store, seller: int) -> None:
    _ride(store, seller, "2026-01-10", {"a": [2]})
    _ride(store, seller, "2026-03-10", {"a": [3]})
    training.add_training(store, "Workshop", "2026-02-01", [("t-card", "a")], [seller])
    profile = progress.seller_profile(store, seller, today=TODAY)
    assert [(e.kind, e.date) for e in profile.timeline] == [
        ("ride", "2026-01-10"),
        ("training", "2026-02-01"),
        ("ride", "2026-03-10"),
    ]
    assert profile.rides == 2


def test_training_before_after_window(store: Store, seller: int) -> None:
    _ride(store, seller, "2025-09-01", {"a": [4]})  # more than 90 days before: outside
    _ride(store, seller, "2026-01-05", {"a": [1, 2]})  # before: 1.5
    _ride(store, seller, "2026-01-20", {"a": [2]})  # before: 2
    _ride(store, seller, "2026-02-01", {"a": [4]})  # the training day: neither side
    _ride(store, seller, "2026-02-15", {"a": [3]})  # after
    t = training.add_training(
        store, "Workshop", "2026-02-01", [("t-card", "a"), ("t-card", "b")], [seller]
    )
    effects = progress.training_effects(store, seller, today=TODAY)
    a = next(e for e in effects if e.behaviour_key == "a")
    assert (a.training_id, a.before, a.before_rides, a.after, a.after_rides) == (
        t.id,
        1.75,
        2,
        3.0,
        1,
    )
    assert a.change == pytest.approx(1.25) and a.after_complete  # 2026-05-02 <= TODAY
    b = next(e for e in effects if e.behaviour_key == "b")
    assert b.before is None and b.after is None and b.change is None
    running = progress.training_effects(store, seller, today=date(2026, 3, 1))
    assert not running[0].after_complete
    profile = progress.seller_profile(store, seller, today=TODAY)
    assert profile.training_effects[0] == a


def test_regression_flagged_after_applied_verification(store: Store, seller: int) -> None:
    r1 = _ride(store, seller, "2026-01-10", {"a": [1]})
    c = commitments.add_commitment(store, r1, "a", "Ask two follow-ups", "2026-01-30")
    r2 = _ride(store, seller, "2026-01-25", {"a": [3]})
    commitments.verify_commitment(store, c.id, r2, "applied")
    _ride(store, seller, "2026-02-10", {"a": [3, 3, 2]})  # 2.67: within the margin, no drop
    r4 = _ride(store, seller, "2026-02-25", {"a": [2]})  # 2.0: half a level down → drop
    _ride(store, seller, "2026-03-10", {"a": [3]})  # back
    profile = progress.seller_profile(store, seller, today=TODAY)
    assert len(profile.regressions) == 1
    reg = profile.regressions[0]
    assert (
        reg.behaviour_key,
        reg.level_at_verification,
        reg.dropped_ride_id,
        reg.dropped_level,
    ) == ("a", 3.0, r4, 2.0)
    assert reg.latest_level == 3.0 and reg.recovered and reg.verified_ride_id == r2
    assert profile.follow_through.rate == 1.0


def test_no_regression_without_applied_or_without_drop(store: Store, seller: int) -> None:
    r1 = _ride(store, seller, "2026-01-10", {"a": [1], "b": [2]})
    c1 = commitments.add_commitment(store, r1, "a", "x", "2026-01-30")
    c2 = commitments.add_commitment(store, r1, "b", "y", "2026-01-30")
    r2 = _ride(store, seller, "2026-01-25", {"a": [3], "b": [3]})
    commitments.verify_commitment(store, c1.id, r2, "partly")
    commitments.verify_commitment(store, c2.id, r2, "applied")
    _ride(store, seller, "2026-02-10", {"a": [1], "b": [3]})
    profile = progress.seller_profile(store, seller, today=TODAY)
    assert profile.regressions == ()
    assert profile.follow_through.applied == 1 and profile.follow_through.verified == 2


def test_profile_of_seller_without_rides_and_unknown_seller(store: Store, seller: int) -> None:
    profile = progress.seller_profile(store, seller, today=TODAY)
    assert profile.trends == () and profile.timeline == () and profile.follow_through.rate is None
    with pytest.raises(DomainError):
        progress.seller_profile(store, 9999)


def test_team_overview_latest_level_is_latest_rated_ride(store: Store, seller: int) -> None:
    other = sellers.add_seller(store, "Bo Other").id
    _ride(store, seller, "2026-01-10", {"a": [1], "b": [4]})
    r2 = _ride(store, seller, "2026-05-20", {"a": [3, 4], "b": [None]})
    overview = insights.team_overview(store, today=TODAY)
    assert overview is not None and overview.scorecard.key == "t-card"
    rows = {r.cadence.seller_id: r for r in overview.rows}
    assert rows[seller].levels["a"].level == 3.5 and rows[seller].levels["a"].ride_id == r2
    assert rows[seller].levels["a"].label == "Proficient"  # nearest of 3.5 → the lower on a tie
    assert (
        rows[seller].levels["b"].level == 4.0 and rows[seller].levels["b"].ride_date == "2026-01-10"
    )
    assert rows[other].levels == {} and rows[other].cadence.needs_ride
    assert rows[seller].cadence.days_since == 12 and not rows[seller].cadence.needs_ride


def test_team_overview_overdue_commitments(store: Store, seller: int) -> None:
    r1 = _ride(store, seller, "2026-04-01", {"a": [2]})
    commitments.add_commitment(store, r1, "a", "Late one", "2026-05-01")
    commitments.add_commitment(store, r1, "b", "Not yet due", "2026-07-01")
    overview = insights.team_overview(store, today=TODAY)
    assert overview is not None
    assert [c.text for c in overview.overdue] == ["Late one"]
    assert overview.rows[0].cadence.overdue_commitments == 1


def test_team_overview_without_scorecards_is_none(data_dir: object) -> None:
    from fieldride.store import open_store

    with open_store(data_dir) as s:  # type: ignore[arg-type]
        assert insights.team_overview(s) is None


def test_profile_numbers_match_ride_levels_on_bulk_data(store: Store) -> None:
    summary = bulkgen.generate(store, sellers=2, years=1, seed=3, today=TODAY)
    assert summary.rides > 40
    sid = int(store.db.execute("SELECT min(id) FROM sellers").fetchone()[0])
    profile = progress.seller_profile(store, sid, today=TODAY)
    points = insights.ride_levels(store, sid, bulkgen.BULK_CARD_KEY)
    for trend in profile.trends:
        expected = [
            (p.ride_id, p.mean_level) for p in points if p.behaviour_key == trend.behaviour_key
        ]
        assert [(p.ride_id, p.level) for p in trend.rated] == expected
    dropped = profile.trend("listen-silence")
    assert dropped is not None and any(p.gap == "not_in_version" for p in dropped.points)
    overview = insights.team_overview(store, today=TODAY)
    assert overview is not None
    row = next(r for r in overview.rows if r.cadence.seller_id == sid)
    for key, latest in row.levels.items():
        trend = profile.trend(key)
        assert trend is not None and trend.latest_level == latest.level


def test_queries_use_indexes(store: Store) -> None:
    plan = " ".join(
        r[3]
        for r in store.db.execute(
            "EXPLAIN QUERY PLAN SELECT ride_id, behaviour_key, avg(level) FROM observations "
            "INDEXED BY idx_obs_ride_levels WHERE seller_id = 1 AND scorecard_id = 1 "
            "AND level IS NOT NULL GROUP BY observed_on, ride_id, behaviour_key"
        )
    )
    assert "COVERING INDEX idx_obs_ride_levels" in plan and "TEMP B-TREE" not in plan
