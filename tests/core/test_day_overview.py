"""The manager's day on Today: rides today and this week, commitments overdue and due, sellers
due a ride; each part of the query on an index."""

from __future__ import annotations

from datetime import date

from fieldride import insights, rides
from fieldride.debriefs import commitments
from fieldride.insights.day import DAY_SQL, DUE_SQL
from fieldride.store import Store
from fieldride.team import sellers

TODAY = date(2026, 3, 2)


def _started(store: Store, seller_id: int, day: str) -> int:
    ride = rides.plan_ride(store, seller_id, day, scorecard_key="field-visit")
    rides.start_ride(store, ride.id)
    return ride.id


def test_an_empty_store_has_an_empty_day(store: Store) -> None:
    day = insights.day_overview(store, TODAY)
    assert (day.rides_today, day.rides_this_week, day.sellers_due) == (0, 0, [])
    assert day.rides_missed == 0
    assert (day.commitments_overdue, day.commitments_due, day.cadence_days) == (0, 0, 30)


def test_the_day_counts_rides_commitments_and_sellers_due(store: Store) -> None:
    ana = sellers.add_seller(store, "Ana Ruiz")
    bo = sellers.add_seller(store, "Bo Lind")
    cy = sellers.add_seller(store, "Cy Park")
    sellers.add_seller(store, "Dee Moss")
    gone = sellers.add_seller(store, "Gone Away")
    sellers.archive_seller(store, gone.id)
    rides.plan_ride(store, ana.id, "2026-03-02", scorecard_key="field-visit")  # today
    rides.plan_ride(store, ana.id, "2026-03-08", scorecard_key="field-visit")  # this week (6th day)
    rides.plan_ride(store, ana.id, "2026-03-09", scorecard_key="field-visit")  # next week
    removed = rides.plan_ride(store, ana.id, "2026-03-03", scorecard_key="field-visit")
    rides.delete_ride(store, removed.id)
    done = _started(store, bo.id, "2026-02-10")  # Bo: ridden with 20 days ago
    commitments.add_commitment(store, done, "discovery", "Ask two follow-ups.", "2026-03-01")
    commitments.add_commitment(store, done, "discovery", "Summarise needs.", "2026-03-02")
    commitments.add_commitment(store, done, "discovery", "Confirm next step.", "2026-03-08")
    commitments.add_commitment(store, done, "discovery", "Later.", "2026-03-20")
    _started(store, cy.id, "2026-01-20")  # Cy: 41 days ago, due; Dee never ridden with
    day = insights.day_overview(store, TODAY)
    assert (day.rides_today, day.rides_this_week) == (1, 1)
    assert (day.commitments_overdue, day.commitments_due) == (1, 2)
    assert day.sellers_due == ["Cy Park", "Dee Moss"]  # Ana has rides planned, Bo recent
    rides.delete_ride(store, done)  # a removed ride's commitments no longer count
    day = insights.day_overview(store, TODAY)
    assert (day.commitments_overdue, day.commitments_due) == (0, 0)
    assert day.sellers_due == ["Bo Lind", "Cy Park", "Dee Moss"]


def test_two_sellers_due_with_the_same_name_are_told_apart(store: Store) -> None:
    """Today's "Due a ride" line named two Maya Okafors identically; now each carries what tells
    her apart (email, else territory and team), as the plan dialog shows them."""
    sellers.add_seller(store, "Maya Okafor", team="North", territory="Leeds")
    sellers.add_seller(store, "maya okafor ", team="South", territory="Bristol")
    sellers.add_seller(store, "Ana Ruiz", email="ana@example.com")
    day = insights.day_overview(store, TODAY)
    assert day.sellers_due == [
        "Ana Ruiz",  # her name is hers alone: nothing added
        "maya okafor (Bristol · South)",
        "Maya Okafor (Leeds · North)",
    ]
    # one of them with a ride planned: the other is still told apart from her
    leeds = next(s for s in sellers.list_sellers(store) if s.territory == "Leeds")
    rides.plan_ride(store, leeds.id, "2026-03-04", scorecard_key="field-visit")
    day = insights.day_overview(store, TODAY)
    assert day.sellers_due == ["Ana Ruiz", "maya okafor (Bristol · South)"]


def test_a_plan_whose_day_passed_is_counted_and_does_not_stand_for_a_ride(store: Store) -> None:
    """A ride planned for a day that has passed, never started, is named on Today; it does not
    keep its seller off the "due a ride" list as a plan for today or later does."""
    ana = sellers.add_seller(store, "Ana Ruiz")
    bo = sellers.add_seller(store, "Bo Lind")
    rides.plan_ride(store, ana.id, "2026-02-25", scorecard_key="field-visit")  # passed
    rides.plan_ride(store, bo.id, "2026-02-25", scorecard_key="field-visit")
    rides.plan_ride(store, bo.id, "2026-03-02", scorecard_key="field-visit")  # and today
    started = _started(store, bo.id, "2026-02-26")  # in progress on a passed day: not missed
    day = insights.day_overview(store, TODAY)
    assert day.rides_missed == 2
    assert day.sellers_due == ["Ana Ruiz"]
    rides.delete_ride(store, started)
    gone = rides.plan_ride(store, ana.id, "2026-02-27", scorecard_key="field-visit")
    rides.delete_ride(store, gone.id)
    assert insights.day_overview(store, TODAY).rides_missed == 2


def test_the_day_queries_use_indexes_not_a_scan_of_every_ride(store: Store) -> None:
    params = {"today": "2026-03-02", "week_end": "2026-03-08", "since": "2026-01-31"}
    for sql in (DAY_SQL, DUE_SQL):
        plan = " | ".join(
            str(r["detail"]) for r in store.db.query(f"EXPLAIN QUERY PLAN {sql}", params)
        )
        assert "SCAN r" not in plan and "SCAN c" not in plan, plan


def test_the_cadence_target_is_the_managers_not_a_constant(store: Store) -> None:
    """Issue 22: "ride due" follows the target the manager sets (7 to 180 days, 30 unless set),
    on Today, in the team cadence and in a seller's progress."""
    import pytest

    from fieldride.errors import DomainError
    from fieldride.settings import cadence_days, set_cadence_days, set_setting

    ana = sellers.add_seller(store, "Ana Ruiz")
    _started(store, ana.id, "2026-02-10")  # 20 days before TODAY
    assert cadence_days(store) == 30
    assert insights.day_overview(store, TODAY).sellers_due == []
    assert [c.needs_ride for c in insights.team_cadence(store, TODAY)] == [False]

    set_cadence_days(store, 14)
    day = insights.day_overview(store, TODAY)
    assert (day.sellers_due, day.cadence_days) == (["Ana Ruiz"], 14)
    cadence = insights.team_cadence(store, TODAY)
    assert [(c.needs_ride, c.target_days, c.days_since) for c in cadence] == [(True, 14, 20)]

    for wrong in (6, 181, 0, -3):
        with pytest.raises(DomainError, match="between 7 and 180"):
            set_cadence_days(store, wrong)
    assert cadence_days(store) == 14
    set_setting(store, "cadence_days", "fortnightly")  # from an older or foreign store
    assert cadence_days(store) == 30
