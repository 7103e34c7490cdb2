"""A manager's self-assessed, acknowledged ride reaches the director through a real PostgreSQL
(issue 22, delivers 1 and 8): the seller's self-ratings (a cleared one as a tombstone) arrive
with the ride, and its acknowledgement code verifies on the director's laptop."""

from __future__ import annotations

from pathlib import Path

from fieldride import debriefs, rides
from fieldride.debriefs import commitments
from fieldride.server import add_member, connect
from fieldride.team import sellers
from tests.server.conftest import Team
from tests.server.syncing import laptop

PW = "self-assess-secret"


def test_self_ratings_and_the_acknowledgement_code_travel_through_the_server(
    team: Team, tmp_path: Path
) -> None:
    ann_role, dora_role = team.role("sa_ann"), team.role("sa_dora")
    with connect(team.admin_dsn()) as conn:
        add_member(conn, dora_role, "director", password=PW)
        add_member(conn, ann_role, "manager", password=PW, directors=[dora_role])
    ann = laptop(tmp_path / "ann", team.dsn(ann_role, PW))
    dora = laptop(tmp_path / "dora", team.dsn(dora_role, PW))
    try:
        maya = sellers.add_seller(ann.store, "Maya Okafor", email="maya@sa.example")
        ride = rides.plan_ride(
            ann.store, maya.id, "2026-03-02", scorecard_key="field-visit", focus=["discovery"]
        )
        call = rides.add_call(ann.store, ride.id, "visit", "Harbour Foods")
        rides.rate(ann.store, call.id, "discovery", 2)
        rides.rate(ann.store, call.id, "next-step", 3)
        debriefs.record_self_rating(ann.store, ride.id, "discovery", 4)
        debriefs.record_self_rating(ann.store, ride.id, "next-step", 3, entered_on="paper")
        debriefs.record_self_rating(ann.store, ride.id, "listening", 1)
        debriefs.clear_self_rating(ann.store, ride.id, "listening")
        debriefs.set_strength(ann.store, ride.id, "next-step", "Booked the visit.")
        debriefs.set_gap(ann.store, ride.id, "discovery", "Yes/no questions only.")
        commitments.add_commitment(ann.store, ride.id, "discovery", "Two why questions a call.")
        debriefs.finish_debrief(ann.store, ride.id)
        debriefs.acknowledge(ann.store, ride.id, "Maya Okafor", on="2026-03-02")
        code = debriefs.get_acknowledgement(ann.store, ride.id).code  # type: ignore[union-attr]
        assert ann.sync().pushed == 1
        assert dora.sync().pulled == 1
        here = rides.list_rides(dora.store)[0]
        assert here.uuid == ride.uuid and here.read_only
        own = debriefs.self_assessment(dora.store, here.id)
        assert {k: (r.level, r.entered_on) for k, r in own.items()} == {
            "discovery": (4, "laptop"),
            "next-step": (3, "paper"),
        }
        tombs = dora.store.db.execute(
            "SELECT count(*) FROM self_ratings WHERE deleted_at IS NOT NULL"
        ).fetchone()[0]
        assert tombs == 1
        gaps = {r.key: r.gap for r in debriefs.self_and_manager(dora.store, here.id)}
        assert gaps["discovery"] == 2.0 and gaps["next-step"] == 0.0
        check = debriefs.check_acknowledgement(dora.store, here.id)
        assert check.state == "unchanged" and check.code == code
    finally:
        ann.close()
        dora.close()
