"""The hand-worked My coaching team (see tests/core/test_my_coaching.py for the working),
shared by the core and UI tests."""

from __future__ import annotations

from fieldride import debriefs, rides
from fieldride.debriefs import commitments
from fieldride.scorecards.model import Behaviour, Level, Scorecard, Section
from fieldride.scorecards.store import save_scorecard
from fieldride.settings import set_cadence_days
from fieldride.store import Store
from fieldride.team import sellers


def _ride(
    store: Store, seller_id: int, day: str, a: list[int], b: tuple[int, ...] | list[int] = ()
) -> int:
    ride = rides.plan_ride(store, seller_id, day, scorecard_key="mc-card", focus=[])
    for i in range(max(len(a), len(b), 1)):
        call = rides.add_call(store, ride.id, "visit", f"Account {i}")
        if i < len(a):
            rides.rate(store, call.id, "a", a[i])
        if i < len(b):
            rides.rate(store, call.id, "b", b[i])
    return ride.id


def _commit(store: Store, ride_id: int, key: str) -> int:
    return commitments.add_commitment(store, ride_id, key, f"Apply {key}").id


def _finish(store: Store, ride_id: int) -> None:
    debriefs.set_strength(store, ride_id, "a", "Did it well.")
    debriefs.set_gap(store, ride_id, "b", "Missed it.")
    debriefs.finish_debrief(store, ride_id)


def build_team(store: Store) -> Store:
    """The fixture worked by hand in tests/core/test_my_coaching.py's docstring."""
    save_scorecard(
        store,
        Scorecard(
            key="mc-card",
            name="Coaching card",
            scale=tuple(Level(v, f"L{v}") for v in (1, 2, 3, 4)),
            sections=(Section("All", (Behaviour("a", "Alpha"), Behaviour("b", "Beta"))),),
        ),
    )
    set_cadence_days(store, 30)
    ana = sellers.add_seller(store, "Ana").id
    ben = sellers.add_seller(store, "Ben").id
    sellers.add_seller(store, "Cy")
    # --- Ana
    r0 = _ride(store, ana, "2026-03-20", [2])
    c0 = _commit(store, r0, "a")
    _finish(store, r0)
    r1 = _ride(store, ana, "2026-04-05", [2], [2])
    commitments.verify_commitment(store, c0, r1, "applied")
    debriefs.add_question(store, r1, "What did the buyer say next?", asked=True)
    debriefs.add_question(store, r1, "Slow down on pricing.")
    debriefs.add_question(store, r1, "What would you ask?", source="scorecard")
    c1 = _commit(store, r1, "a")
    _finish(store, r1)
    debriefs.acknowledge(store, r1, "Ana", on="2026-04-08")
    r2 = _ride(store, ana, "2026-04-30", [3], [2])
    commitments.verify_commitment(store, c1, r2, "applied")
    debriefs.add_question(store, r2, "What did you hear?", source="scorecard", asked=True)
    c2 = _commit(store, r2, "b")
    _finish(store, r2)
    debriefs.acknowledge(store, r2, "Ana", on="2026-04-30")
    r3 = _ride(store, ana, "2026-06-10", [3], [3])
    commitments.verify_commitment(store, c2, r3, "not_yet")
    debriefs.add_question(store, r3, "Why did you skip the agenda?", asked=True)
    c3 = _commit(store, r3, "b")
    _finish(store, r3)
    r4 = _ride(store, ana, "2026-06-20", [2, 3], [3])
    commitments.verify_commitment(store, c3, r4, "applied")
    _commit(store, r4, "a")
    # --- Ben
    b1 = _ride(store, ben, "2026-04-10", [2], [2])
    debriefs.add_question(store, b1, "Slow down.")
    debriefs.add_question(store, b1, "Tell them about the roadmap")
    debriefs.add_question(store, b1, "How did they react?")
    cb1 = _commit(store, b1, "a")
    _finish(store, b1)
    debriefs.acknowledge(store, b1, "Ben", on="2026-04-20")
    b2 = _ride(store, ben, "2026-05-05", [4], [2])
    commitments.verify_commitment(store, cb1, b2, "applied")
    cb2 = _commit(store, b2, "b")
    _finish(store, b2)
    b3 = _ride(store, ben, "2026-05-25", [3], [2])
    commitments.verify_commitment(store, cb2, b3, "no_opportunity")
    b4 = _ride(store, ben, "2026-06-15", [3], [3])
    commitments.verify_commitment(store, cb2, b4, "applied")
    return store
