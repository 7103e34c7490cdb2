"""Debrief core: ride summary and proposals, strength/gap, questions vs advice, rehearsal,
status flow, acknowledgement and locking, reopening with its audit trail, private notes."""

from __future__ import annotations

import sqlite3

import pytest

from fieldride import debriefs, rides
from fieldride.debriefs import commitments, propose_strength_gap, ride_summary
from fieldride.errors import DomainError
from fieldride.store import Store
from fieldride.team import sellers

PRIVATE = "PRIVATE-7f3a: worried about her workload, talk to HR"


def observed_ride(store: Store, day: str = "2026-03-02", name: str = "Ana Díaz") -> rides.Ride:
    """A ride with two calls: discovery (focus) weak, next-step (focus) strong, listening rated
    once, opening marked no-opportunity once."""
    seller = sellers.add_seller(store, name)
    ride = rides.plan_ride(
        store, seller.id, day, scorecard_key="field-visit", focus=["next-step", "discovery"]
    )
    c1 = rides.add_call(store, ride.id, "visit", "Harbour Foods", "Ops director")
    c2 = rides.add_call(store, ride.id, "phone_call", "Medway Plastics")
    rides.rate(store, c1.id, "discovery", 2)
    rides.set_evidence(store, c1.id, "discovery", "Asked only yes/no questions.")
    rides.rate(store, c2.id, "discovery", 1)
    rides.set_evidence(store, c2.id, "discovery", "Jumped to the brochure after two minutes.")
    rides.rate(store, c1.id, "next-step", 3)
    rides.rate(store, c2.id, "next-step", 4)
    rides.set_evidence(store, c2.id, "next-step", "Booked the site visit on the 14th with the CFO.")
    rides.rate(store, c1.id, "listening", 3)
    rides.mark_no_opportunity(store, c2.id, "opening")
    return rides.get_ride(store, ride.id)


def complete_debrief(store: Store, ride_id: int) -> None:
    debriefs.set_strength(store, ride_id, "next-step", "Booked the site visit.")
    debriefs.set_gap(store, ride_id, "discovery", "Asked only yes/no questions.")
    commitments.add_commitment(store, ride_id, "discovery", "Two follow-up questions per call.")


# --- ride summary and proposals --------------------------------------------------------------


def test_summary_puts_focus_first_with_levels_and_evidence_per_call(store: Store) -> None:
    ride = observed_ride(store)
    summary = ride_summary(store, ride.id)
    keys = [b.key for b in summary.behaviours]
    assert keys[:2] == ["next-step", "discovery"]  # planned focus order
    assert len(keys) == len(set(keys))
    assert [c.number for c in summary.calls] == [1, 2]
    disc = summary.behaviour("discovery")
    assert disc is not None and disc.focus
    assert disc.levels == (2, 1)
    assert disc.mean_level == pytest.approx(1.5)
    assert [c.level_label for c in disc.calls] == ["Developing", "Not yet"]
    assert [e.label for e in disc.evidence] == [
        "Call 1 · Developing: Asked only yes/no questions.",
        "Call 2 · Not yet: Jumped to the brochure after two minutes.",
    ]
    opening = summary.behaviour("opening")
    assert opening is not None and opening.observed and opening.rated == 0
    assert opening.no_opportunity == 1 and opening.mean_level is None
    prep = summary.behaviour("preparation")
    assert prep is not None and not prep.observed


def test_summary_leaves_out_removed_calls(store: Store) -> None:
    ride = observed_ride(store)
    second = rides.list_calls(store, ride.id)[1]
    rides.remove_call(store, second.id)
    disc = ride_summary(store, ride.id).behaviour("discovery")
    assert disc is not None and disc.levels == (2,)


def test_proposals_best_and_weakest_focus_with_their_evidence(store: Store) -> None:
    ride = observed_ride(store)
    proposals = propose_strength_gap(ride_summary(store, ride.id))
    assert proposals.strength is not None and proposals.gap is not None
    assert proposals.strength.behaviour_key == "next-step"
    assert proposals.strength.evidence == "Booked the site visit on the 14th with the CFO."
    assert proposals.gap.behaviour_key == "discovery"
    # the lowest-rated call's line shows the gap best
    assert proposals.gap.evidence == "Jumped to the brochure after two minutes."
    assert "focus behaviour" in proposals.gap.reason


def test_proposals_fall_back_to_all_rated_behaviours(store: Store) -> None:
    seller = sellers.add_seller(store, "Bo")
    ride = rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key="field-visit")
    call = rides.add_call(store, ride.id)
    rides.rate(store, call.id, "opening", 4)
    rides.rate(store, call.id, "listening", 1)
    proposals = propose_strength_gap(ride_summary(store, ride.id))
    assert proposals.strength and proposals.strength.behaviour_key == "opening"
    assert proposals.gap and proposals.gap.behaviour_key == "listening"
    assert "rated behaviour" in proposals.gap.reason


def test_proposals_with_one_or_no_rated_behaviour(store: Store) -> None:
    seller = sellers.add_seller(store, "Cy")
    ride = rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key="field-visit")
    empty = propose_strength_gap(ride_summary(store, ride.id))
    assert empty.strength is None and empty.gap is None
    call = rides.add_call(store, ride.id)
    rides.rate(store, call.id, "opening", 1)
    single = propose_strength_gap(ride_summary(store, ride.id))
    assert single.strength is None and single.gap and single.gap.behaviour_key == "opening"


# --- strength, gap, questions, rehearsal -----------------------------------------------------


def test_debrief_is_refused_on_a_planned_ride(store: Store) -> None:
    seller = sellers.add_seller(store, "Di")
    ride = rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key="field-visit")
    with pytest.raises(DomainError, match="still planned"):
        debriefs.set_strength(store, ride.id, "opening", "x")
    assert debriefs.get_debrief(store, ride.id).strength_behaviour_key is None


def test_strength_gap_and_unknown_behaviour(store: Store) -> None:
    ride = observed_ride(store)
    d = debriefs.set_strength(store, ride.id, "next-step", "  Booked the visit.  ")
    assert (d.strength_behaviour_key, d.strength_evidence) == ("next-step", "Booked the visit.")
    with pytest.raises(DomainError, match="not a behaviour"):
        debriefs.set_gap(store, ride.id, "juggling", "x")
    assert debriefs.get_debrief(store, ride.id).gap_behaviour_key is None


def test_gap_questions_are_offered_and_swap_with_the_gap(store: Store) -> None:
    ride = observed_ride(store)
    debriefs.set_gap(store, ride.id, "discovery", "yes/no questions")
    d = debriefs.offer_scorecard_questions(store, ride.id)
    offered = [q for q in d.questions if q.source == "scorecard"]
    assert offered and all(q.behaviour_key == "discovery" and not q.asked for q in offered)
    debriefs.update_question(store, offered[0].id, asked=True, answer="The cost of delays.")
    assert debriefs.offer_scorecard_questions(store, ride.id) == debriefs.get_debrief(
        store, ride.id
    )  # idempotent
    debriefs.set_gap(store, ride.id, "listening", "interrupted")
    d = debriefs.offer_scorecard_questions(store, ride.id)
    by_key = {q.behaviour_key for q in d.questions}
    # untouched discovery questions dropped, the one asked and answered kept
    assert by_key == {"discovery", "listening"}
    assert [q.text for q in d.questions if q.behaviour_key == "discovery"] == [offered[0].text]


def test_removed_scorecard_question_is_not_offered_again(store: Store) -> None:
    ride = observed_ride(store)
    debriefs.set_gap(store, ride.id, "discovery", "x")
    first = debriefs.offer_scorecard_questions(store, ride.id).questions[0]
    debriefs.remove_question(store, first.id)
    d = debriefs.offer_scorecard_questions(store, ride.id)
    assert first.text not in [q.text for q in d.questions]
    debriefs.remove_question(store, first.id, removed=False)
    assert first.text in [q.text for q in debriefs.get_debrief(store, ride.id).questions]


def test_questions_asked_versus_statements_of_advice(store: Store) -> None:
    ride = observed_ride(store)
    q1 = debriefs.add_question(store, ride.id, "What did the customer say about cost?")
    debriefs.add_question(store, ride.id, "You should ask more open questions.")
    debriefs.add_question(store, ride.id, "Next time, summarise first")
    d = debriefs.get_debrief(store, ride.id)
    assert (d.questions_asked, d.advice_count) == (0, 2)
    debriefs.update_question(store, q1.id, asked=True, answer="About £4k a month.")
    d = debriefs.get_debrief(store, ride.id)
    assert (d.questions_asked, d.advice_count) == (1, 2)
    assert debriefs.is_question("¿Qué pasó?") and debriefs.is_question("Почему？")
    assert not debriefs.is_question("?")
    with pytest.raises(DomainError):
        debriefs.add_question(store, ride.id, "   ")
    with pytest.raises(DomainError):
        debriefs.add_question(store, ride.id, "x?", source="oracle")
    with pytest.raises(DomainError):
        debriefs.update_question(store, q1.id, text=" ")
    with pytest.raises(DomainError):
        debriefs.update_question(store, q1.id, position=3)


def test_rehearsal(store: Store) -> None:
    ride = observed_ride(store)
    d = debriefs.set_rehearsal(store, ride.id, "Replayed the close", 3, "Third try was crisp")
    assert (d.rehearsal_segment, d.rehearsal_count, d.rehearsal_outcome) == (
        "Replayed the close",
        3,
        "Third try was crisp",
    )
    with pytest.raises(DomainError, match="negative"):
        debriefs.set_rehearsal(store, ride.id, "x", -1)


# --- status flow, acknowledgement, locking ---------------------------------------------------


def test_finish_lists_everything_missing(store: Store) -> None:
    ride = observed_ride(store)
    with pytest.raises(DomainError) as err:
        debriefs.finish_debrief(store, ride.id)
    message = str(err.value)
    for part in ("behaviour of the strength", "evidence for the gap", "at least one commitment"):
        assert part in message
    assert rides.get_ride(store, ride.id).status == "in_progress"


def test_status_flow_and_lock(store: Store) -> None:
    ride = observed_ride(store)
    with pytest.raises(DomainError, match="Finish the debrief"):
        debriefs.acknowledge(store, ride.id, "Ana Díaz")
    with pytest.raises(DomainError, match="Finish the debrief"):
        debriefs.mark_shared(store, ride.id)
    complete_debrief(store, ride.id)
    debriefs.finish_debrief(store, ride.id)
    debriefs.finish_debrief(store, ride.id)  # harmless again
    assert rides.get_ride(store, ride.id).status == "debriefed"
    with pytest.raises(DomainError, match="name"):
        debriefs.acknowledge(store, ride.id, "  ")
    with pytest.raises(DomainError, match="not a date"):
        debriefs.acknowledge(store, ride.id, "Ana", on="tomorrow")
    with pytest.raises(DomainError, match="before the ride"):
        debriefs.acknowledge(store, ride.id, "Ana", on="2026-03-01")
    debriefs.acknowledge(store, ride.id, " Ana Díaz ", on="2026-03-02", comment="Fair.")
    r = rides.get_ride(store, ride.id)
    assert (r.status, r.locked) == ("acknowledged", True)
    ack = debriefs.get_acknowledgement(store, ride.id)
    assert ack and (ack.seller_name, ack.acknowledged_on, ack.comment) == (
        "Ana Díaz",
        "2026-03-02",
        "Fair.",
    )
    debriefs.mark_shared(store, ride.id, "summary.pdf")
    assert rides.get_ride(store, ride.id).status_label == "Acknowledged, shared"
    call = rides.list_calls(store, ride.id)[0]
    for attempt in (
        lambda: debriefs.set_gap(store, ride.id, "listening", "x"),
        lambda: debriefs.add_question(store, ride.id, "Why?"),
        lambda: debriefs.set_rehearsal(store, ride.id, "x"),
        lambda: debriefs.finish_debrief(store, ride.id),
        lambda: commitments.add_commitment(store, ride.id, "discovery", "x"),
        lambda: rides.rate(store, call.id, "discovery", 4),
    ):
        with pytest.raises(DomainError, match="locked"):
            attempt()
    assert debriefs.get_debrief(store, ride.id).gap_behaviour_key == "discovery"


def test_reopen_requires_reason_and_audits_every_change(store: Store) -> None:
    ride = observed_ride(store)
    complete_debrief(store, ride.id)
    debriefs.set_gap(store, ride.id, "discovery", "Asked only yes/no questions.")  # no change
    debriefs.finish_debrief(store, ride.id)
    debriefs.acknowledge(store, ride.id, "Ana", on="2026-03-02")
    with pytest.raises(DomainError, match="why"):
        debriefs.reopen_ride(store, ride.id, "   ")
    assert rides.get_ride(store, ride.id).locked
    with pytest.raises(DomainError, match="not locked"):
        debriefs.reopen_ride(store, observed_ride(store, name="Other").id, "x")

    debriefs.reopen_ride(store, ride.id, "Seller disputes the gap evidence")
    r = rides.get_ride(store, ride.id)
    assert (r.status, r.locked) == ("debriefed", False)
    assert debriefs.get_acknowledgement(store, ride.id) is None
    assert debriefs.is_reopened(store, ride.id)
    debriefs.set_gap(store, ride.id, "discovery", "Asked three closed questions in a row.")
    call = rides.list_calls(store, ride.id)[0]
    rides.set_evidence(store, call.id, "discovery", "Asked three closed questions in a row.")
    debriefs.set_private_note(store, ride.id, PRIVATE)  # never audited
    debriefs.acknowledge(store, ride.id, "Ana", on="2026-03-03")
    assert not debriefs.is_reopened(store, ride.id)

    trail = debriefs.audit_trail(store, ride.id)
    assert [e.action for e in trail] == [
        "debriefed",
        "acknowledged",
        "reopened",
        "changed",
        "changed",
        "acknowledged",
    ]
    assert trail[2].reason == "Seller disputes the gap evidence" and trail[2].at
    assert trail[3].reason == "debrief"
    assert "gap evidence: 'Asked only yes/no questions.' → 'Asked three closed" in trail[3].detail
    assert trail[4].reason == "capture" and "1 rating or evidence record" in trail[4].detail
    assert all("PRIVATE-7f3a" not in e.detail for e in trail)
    # changes before any acknowledgement are not audited
    other = observed_ride(store, name="Eve")
    debriefs.set_strength(store, other.id, "next-step", "x")
    assert debriefs.audit_trail(store, other.id) == []


# --- private notes ---------------------------------------------------------------------------


def test_private_notes_are_apart_from_everything_seller_facing(store: Store) -> None:
    ride = observed_ride(store)
    debriefs.set_private_note(store, ride.id, PRIVATE)
    complete_debrief(store, ride.id)
    debriefs.add_question(store, ride.id, "What did the CFO care about?", asked=True)
    debriefs.finish_debrief(store, ride.id)
    debriefs.acknowledge(store, ride.id, "Ana")
    debriefs.set_private_note(store, ride.id, PRIVATE + " (edited after lock)")
    assert debriefs.get_private_note(store, ride.id).endswith("(edited after lock)")
    seller_facing = [
        debriefs.get_debrief(store, ride.id),
        ride_summary(store, ride.id),
        propose_strength_gap(ride_summary(store, ride.id)),
        debriefs.get_acknowledgement(store, ride.id),
        commitments.commitments_from_ride(store, ride.id),
        debriefs.audit_trail(store, ride.id),
    ]
    assert all("PRIVATE-7f3a" not in repr(x) for x in seller_facing)
    assert "private" not in {f for f in debriefs.Debrief.__dataclass_fields__}


def test_private_notes_never_reach_the_summary_data(store: Store) -> None:
    data_module = pytest.importorskip("fieldride.reports.data")
    ride = observed_ride(store)
    debriefs.set_private_note(store, ride.id, PRIVATE)
    complete_debrief(store, ride.id)
    debriefs.finish_debrief(store, ride.id)
    data = data_module.summary_data(store, ride.id)
    assert "PRIVATE-7f3a" not in repr(data)
    assert "Booked the site visit." in repr(data)  # the seller-facing debrief is there


def test_refused_writes_leave_nothing_behind(store: Store) -> None:
    ride = observed_ride(store)
    before = store.db.execute("SELECT count(*) FROM debriefs").fetchone()[0]
    with pytest.raises(DomainError):
        debriefs.set_strength(store, ride.id, "nope", "x")
    assert store.db.execute("SELECT count(*) FROM debriefs").fetchone()[0] == before
    with pytest.raises(sqlite3.IntegrityError):  # the DB refuses a bad count on its own too
        store.db.execute(
            "INSERT INTO debriefs (uuid, created_at, updated_at, ride_id, "
            "rehearsal_count) VALUES ('u', 'n', 'n', ?, -1)",
            [ride.id],
        )


def test_typing_bursts_after_reopen_make_one_audit_entry(store: Store) -> None:
    ride = observed_ride(store)
    complete_debrief(store, ride.id)
    debriefs.finish_debrief(store, ride.id)
    debriefs.acknowledge(store, ride.id, "Ana")
    debriefs.reopen_ride(store, ride.id, "typo")
    for text in ("Asked", "Asked only", "Asked only closed questions."):
        debriefs.set_gap(store, ride.id, "discovery", text)
    debriefs.set_strength(store, ride.id, "next-step", "Booked it.")
    changed = [e for e in debriefs.audit_trail(store, ride.id) if e.action == "changed"]
    assert [e.detail for e in changed] == [
        "gap evidence: 'Asked only yes/no questions.' → 'Asked only closed questions.'",
        "strength evidence: 'Booked the site visit.' → 'Booked it.'",
    ]
