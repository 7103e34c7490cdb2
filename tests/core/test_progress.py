"""The seller profile (``progress.seller_profile``) against a straightforward reference.

The profile is built on a fast path (one grouped query over a covering index, rows kept as plain
tuples, removed rides dropped in Python). Here every figure is recomputed from the raw tables the
obvious way — observation by observation, following the definitions on ``Trend``,
``Regression`` and ``TrainingEffect`` — on generated data with removed calls, a removed ride,
a moved ride date, two scorecard versions and a training on another scorecard, and compared
exactly (same floats, same order).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from benchmarks import bulkgen
from fieldride import rides
from fieldride.insights import progress
from fieldride.rides import calls
from fieldride.store import Store
from fieldride.team import training

TODAY = date(2026, 6, 1)
MARGIN = progress.REGRESSION_MARGIN

# (date, ride id, mean level) of one behaviour, oldest first.
Line = list[tuple[str, int, float]]


def _live_rides(store: Store, seller_id: int) -> list[tuple[int, str, int]]:
    return [
        (int(r[0]), r[1], int(r[2]))
        for r in store.db.execute(
            "SELECT id, ride_date, scorecard_version_id FROM rides "
            "WHERE seller_id = ? AND deleted_at IS NULL ORDER BY ride_date, id",
            [seller_id],
        )
    ]


def _reference_levels(
    store: Store, seller_id: int, card_key: str
) -> dict[tuple[int, str], tuple[float, int]]:
    """(ride id, key) → (mean level, ratings), from every single observation."""
    card_id = store.db.execute("SELECT id FROM scorecards WHERE key = ?", [card_key]).fetchone()[0]
    removed_calls = {
        r[0] for r in store.db.execute("SELECT id FROM calls WHERE deleted_at IS NOT NULL")
    }
    live = {r[0] for r in _live_rides(store, seller_id)}
    levels: dict[tuple[int, str], list[int]] = {}
    for ride_id, call_id, key, level in store.db.execute(
        "SELECT ride_id, call_id, behaviour_key, level FROM observations "
        "WHERE seller_id = ? AND scorecard_id = ?",
        [seller_id, card_id],
    ):
        if level is not None and call_id not in removed_calls and ride_id in live:
            levels.setdefault((ride_id, key), []).append(level)
    return {k: (sum(v) / len(v), len(v)) for k, v in levels.items()}


def _reference_lines(store: Store, seller_id: int, card_key: str) -> dict[str, Line]:
    levels = _reference_levels(store, seller_id, card_key)
    day = {ride_id: d for ride_id, d, _ in _live_rides(store, seller_id)}
    lines: dict[str, Line] = {}
    for (ride_id, key), (mean, _) in levels.items():
        lines.setdefault(key, []).append((day[ride_id], ride_id, mean))
    return {k: sorted(v) for k, v in lines.items()}


def _reference_trends(store: Store, seller_id: int, profile: progress.SellerProfile) -> Any:
    shape = profile.scorecard
    assert shape is not None
    versions: dict[int, set[str]] = {}
    for vid, key in store.db.execute(
        "SELECT v.id, b.key FROM scorecard_versions v JOIN behaviours b ON b.version_id = v.id "
        "WHERE v.scorecard_id = ?",
        [shape.id],
    ):
        versions.setdefault(vid, set()).add(key)
    focus = {
        (r[0], r[1]) for r in store.db.execute("SELECT ride_id, behaviour_key FROM ride_focus")
    }
    levels = _reference_levels(store, seller_id, shape.key)
    out = []
    for b in shape.behaviours:
        points = []
        for ride_id, day, vid in _live_rides(store, seller_id):
            if vid not in versions:
                continue  # a ride on another scorecard
            mean, n = levels.get((ride_id, b.key), (None, 0))
            gap = (
                ""
                if mean is not None
                else "not_rated"
                if b.key in versions[vid]
                else "not_in_version"
            )
            points.append((ride_id, day, mean, n, (ride_id, b.key) in focus, gap))
        out.append((b.key, points))
    return out


def _reference_regressions(
    store: Store, seller_id: int, profile: progress.SellerProfile
) -> list[tuple[Any, ...]]:
    shape = profile.scorecard
    assert shape is not None
    lines = _reference_lines(store, seller_id, shape.key)
    live = {r[0] for r in _live_rides(store, seller_id)}
    applied = sorted(
        (r[5], r[4], r[0], r[1], r[2], r[3])
        for r in store.db.execute(
            "SELECT c.id, c.behaviour_key, c.ride_id, ra.ride_date, v.ride_id, v.verified_on "
            "FROM commitments c JOIN commitment_verifications v ON v.commitment_id = c.id "
            "JOIN rides ra ON ra.id = c.ride_id "
            "WHERE c.seller_id = ? AND c.scorecard_id = ? AND c.deleted_at IS NULL "
            "AND v.outcome = 'applied'",
            [seller_id, shape.id],
        )
        if r[2] in live and r[4] in live
    )
    out = []
    for i, (verified_on, v_ride, cid, key, agreed_ride, agreed_on) in enumerate(applied):
        line = lines.get(key, [])
        since = [p for p in line if (agreed_on, agreed_ride) < p[:2] <= (verified_on, v_ride)]
        if not since:
            continue
        level_at = since[-1][2]
        nxt = next(((a[0], a[1]) for a in applied[i + 1 :] if a[3] == key), None)
        window = [p for p in line if (verified_on, v_ride) < p[:2] and (nxt is None or p[:2] < nxt)]
        drop = next((p for p in window if p[2] <= level_at - MARGIN), None)
        if drop is not None:
            out.append(
                (key, cid, verified_on, v_ride, level_at, drop[0], drop[1], drop[2], window[-1][2])
            )
    return out


def _reference_effects(store: Store, seller_id: int) -> list[tuple[Any, ...]]:
    out = []
    for t in training.list_trainings(store, seller_id):
        held = date.fromisoformat(t.held_on)
        lo = (held - timedelta(days=90)).isoformat()
        hi = (held + timedelta(days=90)).isoformat()
        for card_key, key in t.behaviours:
            line = _reference_lines(store, seller_id, card_key).get(key, [])
            before = [p[2] for p in line if lo <= p[0] < t.held_on]
            after = [p[2] for p in line if t.held_on < p[0] <= hi]
            out.append(
                (
                    t.id,
                    card_key,
                    key,
                    sum(before) / len(before) if before else None,
                    len(before),
                    sum(after) / len(after) if after else None,
                    len(after),
                    hi <= TODAY.isoformat(),
                )
            )
    return out


@pytest.fixture
def bulk(store: Store) -> Store:
    """Two sellers over two years, then edits the fast path must respect: a removed call, a
    removed ride, a ride moved to another date, a training on another scorecard."""
    bulkgen.generate(store, sellers=2, years=2, seed=11, today=TODAY)
    sid = _busiest(store)
    editable = [
        int(r[0])
        for r in store.db.execute(
            "SELECT id FROM rides WHERE seller_id = ? AND locked = 0 AND deleted_at IS NULL "
            "ORDER BY ride_date",
            [sid],
        )
    ]
    assert len(editable) >= 3
    first_call = store.db.execute(
        "SELECT id FROM calls WHERE ride_id = ? ORDER BY position LIMIT 1", [editable[0]]
    ).fetchone()[0]
    calls.remove_call(store, first_call)
    rides.delete_ride(store, editable[1])
    moved = store.db.execute("SELECT ride_date FROM rides WHERE id = ?", [editable[2]]).fetchone()
    rides.edit_ride(
        store,
        editable[2],
        ride_date=(date.fromisoformat(moved[0]) - timedelta(days=40)).isoformat(),
    )
    training.add_training(
        store,
        "Visit basics",
        "2026-03-01",
        [("field-visit", "preparation"), (bulkgen.BULK_CARD_KEY, "disc-open")],
        [sid],
    )
    return store


def _busiest(store: Store) -> int:
    return int(
        store.db.execute(
            "SELECT seller_id FROM rides GROUP BY seller_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
    )


def test_profile_matches_reference_computation(bulk: Store) -> None:
    sid = _busiest(bulk)
    profile = progress.seller_profile(bulk, sid, today=TODAY)
    assert profile.scorecard is not None and profile.scorecard.key == bulkgen.BULK_CARD_KEY

    expected_trends = _reference_trends(bulk, sid, profile)
    assert [(t.behaviour_key, [tuple(p) for p in t.points]) for t in profile.trends] == (
        expected_trends
    )
    assert sum(len(p) for _, p in expected_trends) > 500
    assert any(p[5] == "not_in_version" for _, pts in expected_trends for p in pts)
    assert any(p[4] for _, pts in expected_trends for p in pts)  # focus marks survive

    regressions = [
        (
            r.behaviour_key,
            r.commitment_id,
            r.verified_on,
            r.verified_ride_id,
            r.level_at_verification,
            r.dropped_on,
            r.dropped_ride_id,
            r.dropped_level,
            r.latest_level,
        )
        for r in profile.regressions
    ]
    assert regressions == _reference_regressions(bulk, sid, profile)
    assert regressions  # the generated history has drops after applied commitments

    effects = [
        (
            e.training_id,
            e.scorecard_key,
            e.behaviour_key,
            e.before,
            e.before_rides,
            e.after,
            e.after_rides,
            e.after_complete,
        )
        for e in profile.training_effects
    ]
    assert effects == _reference_effects(bulk, sid)
    assert effects[0][1:3] == ("field-visit", "preparation") and effects[0][3] is None
    assert any(e[3] is not None and e[5] is not None for e in effects)
    assert [e for e in profile.training_effects] == progress.training_effects(
        bulk, sid, today=TODAY
    )
    assert profile.rides == len(_live_rides(bulk, sid))


def test_profile_on_other_scorecard_and_for_every_seller(bulk: Store) -> None:
    for sid in (int(r[0]) for r in bulk.db.execute("SELECT id FROM sellers")):
        profile = progress.seller_profile(bulk, sid, today=TODAY)
        assert [(t.behaviour_key, [tuple(p) for p in t.points]) for t in profile.trends] == (
            _reference_trends(bulk, sid, profile)
        )
    other = progress.seller_profile(bulk, _busiest(bulk), "field-visit", today=TODAY)
    assert other.scorecard is not None and other.scorecard.key == "field-visit"
    assert all(not t.points for t in other.trends)  # no ride used it: no points, no zeros


def test_profile_query_plan_groups_in_index_order(bulk: Store) -> None:
    """The per-ride levels come straight off ``idx_obs_ride_levels``: no temporary b-tree."""
    plans: list[str] = []
    conn = bulk.db.conn
    conn.set_trace_callback(lambda sql: plans.append(sql) if "idx_obs_ride_levels" in sql else None)
    try:
        progress.seller_profile(bulk, _busiest(bulk), today=TODAY)
    finally:
        conn.set_trace_callback(None)
    assert plans
    for sql in plans:
        plan = " ".join(str(r[-1]) for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
        assert "COVERING INDEX idx_obs_ride_levels" in plan and "TEMP B-TREE" not in plan


def test_period_start_counts_back_whole_months() -> None:
    assert progress.period_start(12, date(2026, 12, 7)) == date(2025, 12, 7)
    assert progress.period_start(24, date(2026, 1, 15)) == date(2024, 1, 15)
    assert progress.period_start(1, date(2026, 3, 31)) == date(2026, 2, 28)  # clamped
    assert progress.period_start(12, date(2028, 2, 29)) == date(2027, 2, 28)
    assert progress.period_start(None, date(2026, 12, 7)) is None
    assert progress.period_start(0, date(2026, 12, 7)) is None


def test_a_period_is_the_whole_history_restricted_to_it(bulk: Store) -> None:
    """Every part of a period's profile equals the whole history's restricted to the period's
    dates (the regressions of verifications in it, the trainings held in it, with their levels
    from before it); the whole-history figures stay whole. Periods start every month of the
    two years, so trainings' before-windows and commitments' rides fall on both sides."""
    sid = _busiest(bulk)
    whole = progress.seller_profile(bulk, sid, today=TODAY)
    assert whole.since is None and whole.period_rides == whole.rides
    checked = {"shorter": 0, "regressions": 0, "effects_reaching_back": 0}
    for months in range(1, 25):
        since = progress.period_start(months, TODAY)
        assert since is not None
        day = since.isoformat()
        part = progress.seller_profile(bulk, sid, today=TODAY, since=since)
        assert part.since == day
        assert part.timeline == tuple(e for e in whole.timeline if e.date >= day)
        assert part.period_rides == sum(1 for e in part.timeline if e.kind == "ride")
        checked["shorter"] += part.period_rides < whole.rides
        for mine, full in zip(part.trends, whole.trends, strict=True):
            assert mine.behaviour_key == full.behaviour_key
            assert mine.points == tuple(p for p in full.points if p.ride_date >= day)
        assert part.score_trend is not None and whole.score_trend is not None
        expected = [p for p in whole.score_trend.points if p.ride_date >= day]
        assert [p[:2] + p[3:] for p in part.score_trend.points] == [p[:2] + p[3:] for p in expected]
        assert [p.level for p in part.score_trend.points] == pytest.approx(
            [p.level for p in expected]  # the same means, summed in another order
        )
        assert part.regressions == tuple(r for r in whole.regressions if r.verified_on >= day)
        checked["regressions"] += bool(part.regressions)
        effects = tuple(e for e in whole.training_effects if e.held_on >= day)
        assert part.training_effects == effects
        checked["effects_reaching_back"] += any(
            e.before_rides
            and (date.fromisoformat(e.held_on) - timedelta(days=e.window_days)).isoformat() < day
            for e in effects
        )
        # whole-history figures
        assert (part.rides, part.follow_through, part.cadence, part.scorecards) == (
            whole.rides,
            whole.follow_through,
            whole.cadence,
            whole.scorecards,
        )
    assert checked["shorter"] >= 23 and checked["regressions"] and checked["effects_reaching_back"]
