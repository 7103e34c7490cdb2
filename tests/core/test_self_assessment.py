"""The seller's self-assessment (issue 22, deliver 1), on real SQLite stores: recorded apart
from the manager's ratings, cleared as tombstones, refused where it must be, compared per
behaviour with the manager's mean (hand-computed fixtures), the gap per behaviour over time,
the migration from the step before, and the round trip through a bundle."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldride import debriefs, rides
from fieldride.debriefs import commitments
from fieldride.errors import DomainError
from fieldride.exchange import export_bundle, import_bundle, ride_unit, ride_unit_from_dict
from fieldride.insights import self_assessment_gaps
from fieldride.store import Store, applied_migrations, open_store
from fieldride.store.migrations import apply, known_names
from fieldride.team import sellers
from tests.core.exchange_fixtures import count, digest
from tests.core.test_debriefs import complete_debrief, observed_ride


def rate_ride(store: Store, seller_id: int, day: str, ratings: dict[str, list[int | None]]) -> int:
    """A field-visit ride with one call per position of the lists: an int rates the behaviour
    on that call, None marks it "no opportunity"."""
    ride = rides.plan_ride(
        store, seller_id, day, scorecard_key="field-visit", focus=["discovery", "next-step"]
    )
    width = max(len(v) for v in ratings.values())
    calls = [rides.add_call(store, ride.id, "visit", f"Account {n}") for n in range(width)]
    for key, levels in ratings.items():
        for call, level in zip(calls, levels, strict=False):
            if level is None:
                rides.mark_no_opportunity(store, call.id, key)
            else:
                rides.rate(store, call.id, key, level)
    return ride.id


def test_self_ratings_are_stored_apart_and_cleared_as_tombstones(store: Store) -> None:
    ride = observed_ride(store)
    observations = store.db.execute("SELECT * FROM observations ORDER BY id").fetchall()
    debriefs.record_self_rating(store, ride.id, "discovery", 3)
    debriefs.record_self_rating(store, ride.id, "opening", no_opportunity=True)
    paper = debriefs.record_self_rating(store, ride.id, "next-step", 4, entered_on="paper")
    assert paper.entered_on == "paper" and paper.level == 4
    own = debriefs.self_assessment(store, ride.id)
    assert {k: (r.level, r.no_opportunity, r.entered_on) for k, r in own.items()} == {
        "discovery": (3, False, "laptop"),
        "opening": (None, True, "laptop"),
        "next-step": (4, False, "paper"),
    }
    # The manager's ratings are untouched.
    assert store.db.execute("SELECT * FROM observations ORDER BY id").fetchall() == observations
    uuid = store.db.execute(
        "SELECT uuid FROM self_ratings WHERE behaviour_key = 'discovery'"
    ).fetchone()[0]
    debriefs.clear_self_rating(store, ride.id, "discovery")
    debriefs.clear_self_rating(store, ride.id, "listening")  # never rated: nothing to do
    assert "discovery" not in debriefs.self_assessment(store, ride.id)
    tomb = store.db.execute(
        "SELECT deleted_at FROM self_ratings WHERE behaviour_key = 'discovery'"
    ).fetchone()
    assert tomb[0] is not None  # a tombstone, so a merge carries the removal
    again = debriefs.record_self_rating(store, ride.id, "discovery", 2)
    assert again.level == 2
    assert store.db.execute(
        "SELECT uuid, deleted_at FROM self_ratings WHERE behaviour_key = 'discovery'"
    ).fetchone() == (uuid, None)
    assert count(store, "SELECT count(*) FROM self_ratings") == 3


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        (("discovery", 7), {}, "not a level"),
        (("no-such-behaviour", 2), {}, "not a behaviour"),
        (("discovery", 2), {"no_opportunity": True}, "either rated"),
        (("discovery", None), {}, "Give a level"),
        (("discovery", 2), {"entered_on": "fax"}, "laptop, paper"),
    ],
)
def test_bad_self_ratings_are_refused_and_change_nothing(
    store: Store, args: tuple[str, int | None], kwargs: dict[str, object], message: str
) -> None:
    ride = observed_ride(store)
    before = digest(store)
    with pytest.raises(DomainError, match=message):
        debriefs.record_self_rating(store, ride.id, *args, **kwargs)  # type: ignore[arg-type]
    assert digest(store) == before


def test_an_acknowledged_ride_takes_no_self_rating_until_reopened_and_the_change_is_audited(
    store: Store,
) -> None:
    ride = observed_ride(store)
    debriefs.record_self_rating(store, ride.id, "discovery", 3)
    complete_debrief(store, ride.id)
    debriefs.finish_debrief(store, ride.id)
    debriefs.acknowledge(store, ride.id, "Ana Díaz", on="2026-03-02")
    before = digest(store)
    with pytest.raises(DomainError, match="locked"):
        debriefs.record_self_rating(store, ride.id, "discovery", 4, entered_on="paper")
    with pytest.raises(DomainError, match="locked"):
        debriefs.clear_self_rating(store, ride.id, "discovery")
    assert digest(store) == before
    debriefs.reopen_ride(store, ride.id, "the seller's paper sheet turned up")
    debriefs.record_self_rating(store, ride.id, "discovery", 4, entered_on="paper")
    changes = [e for e in debriefs.audit_trail(store, ride.id) if e.action == "changed"]
    assert [(e.reason, e.detail) for e in changes] == [("self-assessment", "discovery: '3' → '4'")]


def test_self_and_manager_side_by_side_with_hand_computed_gaps(store: Store) -> None:
    # observed_ride: discovery 2 and 1 (manager mean 1.5), next-step 3 and 4 (3.5),
    # listening 3 on one call (3.0), opening "no opportunity" only (no level).
    ride = observed_ride(store)
    debriefs.record_self_rating(store, ride.id, "discovery", 3)  # 3 - 1.5 = +1.5
    debriefs.record_self_rating(store, ride.id, "next-step", 3)  # 3 - 3.5 = -0.5
    debriefs.record_self_rating(store, ride.id, "opening", 2)  # manager: no level -> no gap
    debriefs.record_self_rating(store, ride.id, "listening", no_opportunity=True)  # no gap
    rows = debriefs.self_and_manager(store, ride.id)
    assert [r.key for r in rows[:2]] == ["next-step", "discovery"]  # focus first
    by_key = {r.key: r for r in rows}
    assert by_key["discovery"].manager_level == pytest.approx(1.5)
    assert by_key["discovery"].gap == pytest.approx(1.5)
    assert by_key["next-step"].gap == pytest.approx(-0.5)
    assert by_key["opening"].self_level == 2
    assert by_key["opening"].manager_level is None
    assert by_key["opening"].manager_no_opportunity == 1
    assert by_key["opening"].gap is None
    assert by_key["listening"].manager_level == pytest.approx(3.0)
    assert by_key["listening"].self_rating is not None
    assert by_key["listening"].self_rating.no_opportunity and by_key["listening"].gap is None
    assert by_key["preparation"].self_rating is None and by_key["preparation"].gap is None


def test_the_gap_per_behaviour_over_time_matches_the_hand_computed_figures(store: Store) -> None:
    maya = sellers.add_seller(store, "Maya Okafor")
    other = sellers.add_seller(store, "Sam Whitfield")
    # Ride A: discovery 2, 1 (1.5); next-step 3, 4 (3.5). Self: 3 and 3 -> +1.5, -0.5.
    a = rate_ride(store, maya.id, "2026-03-02", {"discovery": [2, 1], "next-step": [3, 4]})
    debriefs.record_self_rating(store, a, "discovery", 3)
    debriefs.record_self_rating(store, a, "next-step", 3)
    # Ride B: discovery 2, 3 (2.5); next-step 4, 4 on live calls and 1 on a third call that is
    # then removed (4.0). Self (on paper): 3 and 4 -> +0.5, 0.0.
    b = rate_ride(store, maya.id, "2026-04-06", {"discovery": [2, 3], "next-step": [4, 4, 1]})
    removed = rides.list_calls(store, b)[2]
    rides.remove_call(store, removed.id)
    debriefs.record_self_rating(store, b, "discovery", 3, entered_on="paper")
    debriefs.record_self_rating(store, b, "next-step", 4, entered_on="paper")
    # Ride C: the seller saw no opportunity for discovery (no point); listening rated by the
    # seller but never by the manager (no point).
    c = rate_ride(store, maya.id, "2026-05-04", {"discovery": [3], "next-step": [2]})
    debriefs.record_self_rating(store, c, "discovery", no_opportunity=True)
    debriefs.record_self_rating(store, c, "listening", 4)
    # Ride D: removed with its self-ratings (no point); another seller's ride (not hers).
    d = rate_ride(store, maya.id, "2026-06-01", {"discovery": [1]})
    debriefs.record_self_rating(store, d, "discovery", 4)
    rides.delete_ride(store, d)
    s = rate_ride(store, other.id, "2026-03-03", {"discovery": [1]})
    debriefs.record_self_rating(store, s, "discovery", 4)

    gaps = self_assessment_gaps(store, maya.id)
    assert [g.key for g in gaps] == ["discovery", "next-step"]  # scorecard order
    assert all(g.scorecard_key == "field-visit" and g.title != g.key for g in gaps)
    discovery, next_step = gaps
    assert [p.ride_id for p in discovery.points] == [a, b]
    assert [p.gap for p in discovery.points] == pytest.approx([1.5, 0.5])
    assert [p.manager_level for p in discovery.points] == pytest.approx([1.5, 2.5])
    assert [p.entered_on for p in discovery.points] == ["laptop", "paper"]
    assert discovery.mean_gap == pytest.approx(1.0)
    assert discovery.latest_gap == pytest.approx(0.5)
    assert [p.gap for p in next_step.points] == pytest.approx([-0.5, 0.0])
    assert next_step.mean_gap == pytest.approx(-0.25)
    later = self_assessment_gaps(store, maya.id, since="2026-04-01")
    assert [(g.key, [p.gap for p in g.points]) for g in later] == [
        ("discovery", [0.5]),
        ("next-step", [0.0]),
    ]
    assert [g.points[0].gap for g in self_assessment_gaps(store, other.id)] == [3.0]
    assert self_assessment_gaps(store, 9999) == []


def test_the_self_ratings_migration_runs_from_the_step_before(tmp_path: Path) -> None:
    names = known_names()
    step = "0009_self_ratings"
    folder = tmp_path / "old"
    old = open_store(folder, migrate=False)
    apply(old.db, stop_before=step)
    assert applied_migrations(old.db) == names[: names.index(step)]
    assert old.db.execute(
        "SELECT count(*) FROM sqlite_master WHERE name = 'self_ratings'"
    ).fetchone() == (0,)
    from fieldride.scorecards.defaults import install_defaults

    install_defaults(old)
    ana = sellers.add_seller(old, "Ana Díaz")
    ride = rides.plan_ride(old, ana.id, "2026-03-02", scorecard_key="field-visit")
    old.close()
    with open_store(folder) as store:
        assert applied_migrations(store.db) == names
        assert rides.get_ride(store, ride.id).seller_name == "Ana Díaz"
        assert debriefs.self_assessment(store, ride.id) == {}
        debriefs.record_self_rating(store, ride.id, "discovery", 2, entered_on="paper")
        assert debriefs.self_assessment(store, ride.id)["discovery"].level == 2


def test_self_ratings_travel_with_the_ride_through_a_bundle(tmp_path: Path) -> None:
    anna = open_store(tmp_path / "anna")
    director = open_store(tmp_path / "director")
    from fieldride.scorecards.defaults import install_defaults

    install_defaults(anna)
    install_defaults(director)
    try:
        ride = observed_ride(anna)
        plain = observed_ride(anna, "2026-03-03", name="Bo Chen")  # no self-assessment
        debriefs.record_self_rating(anna, ride.id, "discovery", 3)
        debriefs.record_self_rating(anna, ride.id, "next-step", 4, entered_on="paper")
        debriefs.record_self_rating(anna, ride.id, "opening", 1)
        debriefs.clear_self_rating(anna, ride.id, "opening")  # travels as a tombstone
        complete_debrief(anna, ride.id)
        commitments.add_commitment(anna, ride.id, "listening", "Summarise before answering.")
        unit = ride_unit(anna, ride.uuid).to_dict()
        assert unit["format"] == 2 and len(unit["self_ratings"]) == 3
        old_style = ride_unit(anna, plain.uuid).to_dict()
        assert old_style["format"] == 1 and "self_ratings" not in old_style  # as before
        assert ride_unit_from_dict(old_style).body["self_ratings"] == []
        path = export_bundle(anna, tmp_path / "anna.fieldride.json").path
        report = import_bundle(director, path)
        assert report.count("ride", "new") == 2, report.describe()
        here = next(r for r in rides.list_rides(director) if r.uuid == ride.uuid)
        own = debriefs.self_assessment(director, here.id)
        assert {k: (r.level, r.entered_on) for k, r in own.items()} == {
            "discovery": (3, "laptop"),
            "next-step": (4, "paper"),
        }
        assert (
            count(director, "SELECT count(*) FROM self_ratings WHERE deleted_at IS NOT NULL") == 1
        )
        assert [r.gap for r in debriefs.self_and_manager(director, here.id)][:2] == [
            pytest.approx(0.5),
            pytest.approx(1.5),
        ]
        assert (
            ride_unit(director, ride.uuid).content_hash == ride_unit(anna, ride.uuid).content_hash
        )
        before = digest(director)
        again = import_bundle(director, path)
        assert not again.changed and digest(director) == before
        # A later change on Anna's laptop (a rating cleared) replaces the director's copy.
        debriefs.clear_self_rating(anna, ride.id, "discovery")
        path2 = export_bundle(anna, tmp_path / "anna2.fieldride.json").path
        assert import_bundle(director, path2).count("ride", "updated") == 1
        assert set(debriefs.self_assessment(director, here.id)) == {"next-step"}
    finally:
        anna.close()
        director.close()


def test_a_paper_sheet_is_typed_in_at_once_and_refused_whole(store: Store) -> None:
    ride = observed_ride(store)
    debriefs.record_self_rating(store, ride.id, "listening", 3)  # on the laptop, kept as is
    own = debriefs.record_self_assessment(
        store,
        ride.id,
        {"discovery": 2, "next-step": 4, "opening": debriefs.NO_OPPORTUNITY, "listening": 3},
        entered_on="paper",
    )
    assert {k: (r.level, r.no_opportunity, r.entered_on) for k, r in own.items()} == {
        "discovery": (2, False, "paper"),
        "next-step": (4, False, "paper"),
        "opening": (None, True, "paper"),
        "listening": (3, False, "laptop"),
    }
    before = digest(store)
    with pytest.raises(DomainError, match="not a level"):
        debriefs.record_self_assessment(store, ride.id, {"discovery": None, "next-step": 9})
    assert digest(store) == before  # the clear before the refused level was not kept
    own = debriefs.record_self_assessment(store, ride.id, {"discovery": None})
    assert "discovery" not in own


def test_the_development_report_shows_the_gap_per_behaviour_over_time(
    store: Store, tmp_path: Path
) -> None:
    from fieldride.reports.data import seller_report_data
    from fieldride.reports.seller_report import build_seller_report
    from tests.core.reports_fixtures import flat, options, pdf_text

    maya = sellers.add_seller(store, "Maya Okafor")
    a = rate_ride(store, maya.id, "2026-03-02", {"discovery": [2, 1], "next-step": [3, 4]})
    debriefs.record_self_rating(store, a, "discovery", 3)  # +1.5
    debriefs.record_self_rating(store, a, "next-step", 3)  # -0.5
    b = rate_ride(store, maya.id, "2026-04-06", {"discovery": [2, 3]})
    debriefs.record_self_rating(store, b, "discovery", 3, entered_on="paper")  # +0.5
    data = seller_report_data(store, maya.id)
    assert [(g.behaviour, [p.gap for p in g.points], g.mean_gap) for g in data.self_gaps] == [
        (data.self_gaps[0].behaviour, [1.5, 0.5], 1.0),
        (data.self_gaps[1].behaviour, [-0.5], -0.5),
    ]
    pdf = build_seller_report(data, options())
    (tmp_path / "development-report.pdf").write_bytes(pdf)
    text = flat(pdf_text(pdf))
    assert "Self-assessment against the manager's ratings" in text
    assert "Mar 2, 2026: 3 vs 1.5 (+1.5)" in text and "Apr 6, 2026: 3 vs 2.5 (+0.5)" in text
    assert "Mar 2, 2026: 3 vs 3.5 (−0.5)" in text
    assert "+1.0" in text  # discovery's mean gap
    later = seller_report_data(store, maya.id, since="2026-04-01")
    assert [[p.gap for p in g.points] for g in later.self_gaps] == [[0.5]]
