"""My coaching (issue 22, deliver 3): every figure checked against a hand-worked fixture on a
real store built through the public API. The working is in the comments.

Period 2026-04-01 .. 2026-06-30, cadence target 30 days.

Ana: R0 03-20 (before the period), R1 04-05, R2 04-30, R3 06-10, R4 06-20
  gaps 03-20→04-05 16, →04-30 25, →06-10 41, →06-20 10, →06-30 10: one over 30 (41)
  questions: R1 "What did the buyer say next?" asked, "Slow down on pricing." (advice),
             scorecard "What would you ask?" not asked; R2 scorecard "What did you hear?"
             asked; R3 "Why did you skip the agenda?" asked → 3 asked, 1 advice
  debriefs: R1, R2, R3 (R4 has only a commitment) → 3
  acknowledged: R1 on 04-08 (3 days), R2 on 04-30 (0 days); R3 waiting (20 days) → median 1.5
  commitments: C0 on a at R0 (before the period: not counted), verified applied at R1;
               C1 a at R1 → applied at R2 (its next ride); a on R2 = 3, on R4 (two rides
                 later) = (2 + 3) / 2 = 2.5 ≥ 3 - 0.5 → holding
               C2 b at R2 → not yet at R3
               C3 b at R3 → applied at R4; R4 has no second ride after it → pending
               C4 a at R4 → no next ride yet
Ben: B1 04-10, B2 05-05, B3 05-25, B4 06-15
  gaps 04-01→04-10 9, 25, 20, 21, →06-30 15: none over → kept
  questions: B1 "Slow down." and "Tell them about the roadmap" (advice), "How did they react?"
             not asked → 0 asked, 2 advice; debriefs B1, B2 → 2
  acknowledged: B1 on 04-20 (10 days); B2 waiting (56 days)
  commitments: CB1 a at B1 → applied at B2; a on B2 = 4, on B4 = 3 < 3.5 → not holding
               CB2 b at B2 → no opportunity at B3 (stays open), applied at B4
Cy: no ride: one gap 04-01→06-30 = 90, over.

By behaviour: a: made 3 (C1, C4, CB1), verified 2, applied 2, next ride taken 2 (C1, CB1),
  applied at next 2, hold known 2, holding 1, pending 0.
  b: made 3 (C2, C3, CB2), verified 3, applied 2 (C3, CB2), next ride taken 3, applied at
  next 1 (C3), hold known 0, pending 1.
Acknowledgements: days 3, 0, 10 → median 3, longest 10; waiting 2 (20, 56) → longest 56.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from fieldride.errors import DomainError
from fieldride.exchange import export_bundle, import_bundle
from fieldride.insights.my_coaching import my_coaching
from fieldride.settings import set_cadence_days
from fieldride.store import Store
from tests.core.exchange_fixtures import make_manager
from tests.core.my_coaching_fixtures import build_team

TODAY = date(2026, 6, 30)
SINCE = "2026-04-01"


@pytest.fixture
def team(store: Store) -> Store:
    return build_team(store)


def test_every_figure_by_hand(team: Store) -> None:
    mc = my_coaching(team, SINCE, TODAY)
    assert (mc.since, mc.until, mc.target_days) == (SINCE, "2026-06-30", 30)
    ana, ben, cy = mc.sellers
    assert (ana.seller_name, ana.rides, ana.gaps, ana.gaps_over) == (
        "Ana",
        4,
        (16, 25, 41, 10, 10),
        1,
    )
    assert (ana.days_since_last, ana.cadence_kept, ana.longest_gap) == (10, False, 41)
    assert (ana.debriefs, ana.questions_asked, ana.advice) == (3, 3, 1)
    assert (ana.acknowledged, ana.median_days_to_ack, ana.waiting) == (2, 1.5, 1)
    assert (ben.rides, ben.gaps, ben.gaps_over, ben.cadence_kept) == (
        4,
        (9, 25, 20, 21, 15),
        0,
        True,
    )
    assert (ben.debriefs, ben.questions_asked, ben.advice) == (2, 0, 2)
    assert (ben.acknowledged, ben.median_days_to_ack, ben.waiting) == (1, 10.0, 1)
    assert (cy.rides, cy.gaps, cy.gaps_over, cy.days_since_last) == (0, (90,), 1, None)
    assert (cy.debriefs, cy.acknowledged, cy.median_days_to_ack) == (0, 0, None)
    assert mc.sellers_kept == 1 and (mc.questions_asked, mc.advice, mc.debriefs) == (3, 3, 5)
    a, b = mc.commitments
    assert (a.behaviour, a.scorecard) == ("Alpha", "Coaching card")
    assert (a.made, a.verified, a.applied) == (3, 2, 2)
    assert (a.next_ride_taken, a.applied_next, a.hold_known, a.holding, a.hold_pending) == (
        2,
        2,
        2,
        1,
        0,
    )
    assert (b.behaviour, b.made, b.verified, b.applied) == ("Beta", 3, 3, 2)
    assert (b.next_ride_taken, b.applied_next, b.hold_known, b.holding, b.hold_pending) == (
        3,
        1,
        0,
        0,
        1,
    )
    assert mc.total("made") == 6 and mc.total("applied_next") == 3
    acks = mc.acknowledgements
    assert (acks.acknowledged, acks.median_days, acks.longest_days) == (3, 3.0, 10)
    assert (acks.waiting, acks.longest_waiting_days) == (2, 56)


def test_the_managers_target_and_the_period_move_the_figures(team: Store) -> None:
    set_cadence_days(team, 45)  # 41 days is now within target: Ana kept, Cy (90) still not
    mc = my_coaching(team, SINCE, TODAY)
    assert [s.cadence_kept for s in mc.sellers] == [True, True, False]
    # From 05-01 on: Ana's rides R3, R4 (anchor R2 04-30): gaps 41, 10, 10;
    # only R3's question counts; commitments C3 (b), C4 (a) and Ben's CB2 (b, B2 05-05).
    may = my_coaching(team, "2026-05-01", TODAY)
    ana = may.sellers[0]
    assert (ana.rides, ana.gaps, ana.questions_asked, ana.advice) == (2, (41, 10, 10), 1, 0)
    assert [(c.behaviour, c.made) for c in may.commitments] == [("Beta", 2), ("Alpha", 1)]
    with pytest.raises(DomainError):
        my_coaching(team, "2026-07-01", TODAY)


def test_empty_store_gives_empty_figures(store: Store) -> None:
    mc = my_coaching(store, today=TODAY)
    assert mc.sellers == () and mc.commitments == ()
    assert mc.since == "2026-04-01" and mc.acknowledgements.median_days is None


def test_rides_merged_from_another_manager_are_not_my_coaching(team: Store, tmp_path: Path) -> None:
    """A director's store (or one that took a co-rider's bundle) holds other managers' rides
    and sellers: none of them counts in this manager's figures, which stay exactly as before."""
    other = make_manager(tmp_path / "other", "Olga", [("Pia Lind", "pia@example.com")])
    bundle = export_bundle(other.store, tmp_path / "olga.fieldride.json")
    window = ("2026-01-01", date(2026, 11, 30))  # covers the fixture and Olga's October rides
    before = my_coaching(team, *window)
    report = import_bundle(team, bundle.path)
    assert report.count("ride", "new") == 2  # they are in the store now
    after = my_coaching(team, *window)
    assert after == before
    assert "Pia Lind" not in {s.seller_name for s in after.sellers}
