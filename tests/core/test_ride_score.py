"""The ride score (issue 22, "weights that count"): weighted where the scorecard gives weights,
the plain mean otherwise; "no opportunity" out of the denominator. Every expected figure below is
worked out by hand in the comment beside it, on real stores built through the public API."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from fieldride import insights, rides
from fieldride.insights import progress
from fieldride.reports.blank_scorecard import build_blank_scorecard
from fieldride.reports.data import (
    blank_scorecard_data,
    render_options,
    seller_report_data,
    summary_data,
)
from fieldride.reports.seller_report import build_seller_report
from fieldride.reports.summary import build_summary
from fieldride.scorecards.model import Behaviour, Level, Scorecard, Section
from fieldride.scorecards.scoring import (
    RideScore,
    card_weights,
    ride_score,
    score_rule,
    weights_from,
)
from fieldride.scorecards.store import save_scorecard, version_weights
from fieldride.store import Store
from fieldride.team import sellers

TODAY = date(2026, 6, 1)
SCALE = tuple(Level(v, f"L{v}") for v in (1, 2, 3, 4))


def _card(weights: dict[str, float | None], key: str = "w-card") -> Scorecard:
    return Scorecard(
        key=key,
        name="Weighted card" if key == "w-card" else "Plain card",
        scale=SCALE,
        sections=(
            Section(
                "All",
                tuple(Behaviour(k, k.title(), good="Good.", weight=w) for k, w in weights.items()),
            ),
        ),
    )


def _ride(
    store: Store, seller_id: int, day: str, levels: dict[str, list[int | None]], card: str
) -> int:
    """One call per list position; None = no opportunity."""
    ride = rides.plan_ride(store, seller_id, day, scorecard_key=card, focus=[])
    for i in range(max(len(v) for v in levels.values())):
        call = rides.add_call(store, ride.id, "visit", f"Account {i}")
        for key, values in levels.items():
            if i < len(values):
                if values[i] is None:
                    rides.mark_no_opportunity(store, call.id, key)
                else:
                    rides.rate(store, call.id, key, values[i])
    return ride.id


def test_rule_by_hand() -> None:
    # weights a=3, b=1, c=2; levels a=2, b=4, c not rated (no opportunity: absent)
    # (3*2 + 1*4) / (3 + 1) = 10 / 4 = 2.5 ; the plain mean would be (2 + 4) / 2 = 3.0
    w = {"a": 3.0, "b": 1.0, "c": 2.0}
    assert ride_score({"a": 2.0, "b": 4.0}, w) == RideScore(2.5, True, 2)
    assert ride_score({"a": 2.0, "b": 4.0}, None) == RideScore(3.0, False, 2)
    # weight 0 keeps a behaviour out; nothing left → no score
    assert ride_score({"a": 2.0, "z": 4.0}, {"a": 0.0, "z": 1.0}) == RideScore(4.0, True, 1)
    assert ride_score({"a": 2.0}, {"a": 0.0}) is None
    assert ride_score({}, None) is None and ride_score({}, w) is None
    # a weighted card: a behaviour without a weight counts 1
    assert weights_from([("a", 2.0), ("b", None)]) == {"a": 2.0, "b": 1.0}
    assert weights_from([("a", None), ("b", None)]) is None
    assert card_weights(_card({"a": None, "b": None})) is None
    assert "weighted mean" in score_rule(True) and "plain mean" in score_rule(False)


@pytest.fixture
def seller(store: Store) -> int:
    save_scorecard(store, _card({"a": 3.0, "b": 1.0, "c": None}))
    save_scorecard(store, _card({"a": None, "b": None}, key="p-card"))
    return sellers.add_seller(store, "Wen Weighted").id


def test_summary_handout_gives_the_weighted_score(store: Store, seller: int) -> None:
    # a: calls 2, 4 → mean 3.0 (weight 3); b: 1, then no opportunity → 1.0 (weight 1);
    # c: no opportunity only → not rated, out of the denominator (weight 1 by default).
    # weighted: (3*3.0 + 1*1.0) / (3 + 1) = 10 / 4 = 2.5 ; plain mean would be 2.0
    ride = _ride(store, seller, "2026-03-02", {"a": [2, 4], "b": [1, None], "c": [None]}, "w-card")
    data = summary_data(store, ride)
    assert data.score == RideScore(2.5, True, 2)
    pdf = build_summary(data, render_options(store, invariant=True))
    text = _pdf_text(pdf, store)
    assert "Ride score: 2.5 (weighted by the scorecard's weights)" in text


def test_unweighted_scorecard_keeps_the_plain_mean(store: Store, seller: int) -> None:
    # a: 2, 3 → 2.5; b: 4 → 4.0; plain mean (2.5 + 4.0) / 2 = 3.25
    ride = _ride(store, seller, "2026-03-02", {"a": [2, 3], "b": [4, None]}, "p-card")
    data = summary_data(store, ride)
    assert data.score == RideScore(3.25, False, 2)
    text = _pdf_text(build_summary(data, render_options(store, invariant=True)), store)
    assert "Ride score: 3.2 (plain mean of the rated behaviours)" in text


def test_seller_progress_score_trend_follows_each_version(store: Store, seller: int) -> None:
    # ride 1 (v1: a=3, b=1, c=1): a=4, b=2 → (12 + 2) / 4 = 3.5
    # ride 2 (v1): only no opportunity → no score (a gap)
    # ride 3 (v2: a=1, b=3): a=4, b=2 → (4 + 6) / 4 = 2.5
    r1 = _ride(store, seller, "2026-01-10", {"a": [4], "b": [2]}, "w-card")
    r2 = _ride(store, seller, "2026-02-10", {"a": [None]}, "w-card")
    save_scorecard(store, _card({"a": 1.0, "b": 3.0}))
    r3 = _ride(store, seller, "2026-03-10", {"a": [4], "b": [2]}, "w-card")
    profile = progress.seller_profile(store, seller, "w-card", today=TODAY)
    trend = profile.score_trend
    assert trend is not None and profile.score_weighted
    assert trend.title == "Ride score (weighted)"
    assert [(p.ride_id, p.level, p.gap) for p in trend.points] == [
        (r1, 3.5, ""),
        (r2, None, "not_rated"),
        (r3, 2.5, ""),
    ]
    plain = progress.seller_profile(store, seller, "p-card", today=TODAY)
    assert plain.score_trend is not None and plain.score_trend.points == ()
    # The development report carries the same line (first in its trends).
    report = seller_report_data(store, seller, today=TODAY)
    first = report.trends[0]
    assert first.title == "Ride score (weighted), Weighted card"
    assert [(p.ride_date, p.level) for p in first.points] == [
        ("2026-01-10", 3.5),
        ("2026-03-10", 2.5),
    ]
    text = _pdf_text(build_seller_report(report, render_options(store, invariant=True)), store)
    assert "Ride score (weighted)," in text  # the scorecard's name wraps onto the next line


def test_team_review_gives_each_sellers_latest_score(store: Store, seller: int) -> None:
    other = sellers.add_seller(store, "Olu Other").id
    sellers.add_seller(store, "Never Ridden")
    # Wen: older ride a=1 (ignored), latest ride a=2, b=4, c=3 with weights 3, 1, 1
    #   → (6 + 4 + 3) / 5 = 13 / 5 = 2.6
    _ride(store, seller, "2026-01-10", {"a": [1]}, "w-card")
    latest = _ride(store, seller, "2026-02-10", {"a": [2], "b": [4], "c": [3, None]}, "w-card")
    # Olu: a no opportunity, b=3 → 3 / 1 = 3.0 (a out of the denominator)
    _ride(store, other, "2026-02-12", {"a": [None], "b": [3]}, "w-card")
    overview = insights.team_overview(store, "w-card", today=TODAY)
    assert overview is not None
    scores = {row.cadence.seller_name: row.score for row in overview.rows}
    wen = scores["Wen Weighted"]
    assert wen is not None and wen.ride_id == latest
    assert wen.score.value == pytest.approx(2.6) and wen.score.weighted
    assert wen.score.behaviours == 3
    olu = scores["Olu Other"]
    assert olu is not None and olu.score == RideScore(3.0, True, 1)
    assert scores["Never Ridden"] is None


def test_version_weights_and_blank_scorecard_says_which(store: Store, seller: int) -> None:
    w = save_scorecard(store, _card({"a": 3.0, "b": 1.0, "c": None}))
    p = save_scorecard(store, _card({"a": None, "b": None}, key="p-card"))
    assert version_weights(store, [w.id, p.id, 99999]) == {
        w.id: {"a": 3.0, "b": 1.0, "c": 1.0},
        p.id: None,
        99999: None,
    }
    weighted = blank_scorecard_data(store, "w-card")
    assert weighted.weighted and [b.weight for b in weighted.behaviours] == [3.0, 1.0, None]
    text = _pdf_text(build_blank_scorecard(weighted, render_options(store, invariant=True)), store)
    assert "Ride score: weighted mean" in text and "Weight 3" in text and "Weight 1" in text
    plain = blank_scorecard_data(store, "p-card")
    text = _pdf_text(build_blank_scorecard(plain, render_options(store, invariant=True)), store)
    assert "Ride score: plain mean" in text and "Weight" not in text


def _pdf_text(pdf: bytes, store: Store) -> str:
    path = Path(store.path).parent / "out.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(out.split())
