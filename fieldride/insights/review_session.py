"""The seller's own review session: what a seller may see of their own progress, and nothing else.

The manager hands the laptop over for a one-on-one (issue 18, deliver 2): the seller sees their
trends per behaviour, their commitments and how each held, and the summaries they were given.
Everything here is built from what the seller's handouts already carry (levels, commitments and
their outcomes, the finished rides' summaries): never a private note, another seller, the team
or the manager's cadence figures. A check's evidence note is on the handout of the ride it was
checked on, so it shows in that summary; the commitments list gives only the outcomes.

Definitions, for one commitment (``HeldCommitment.held``):
- ``"open"`` / ``"overdue"``: not yet closed (overdue: its due date has passed);
- ``"not applied"``: closed as "Partly" or "Not yet";
- ``"applied, dropped back"``: verified "Applied", then a later ride rated the behaviour at least
  half a level below its level at that verification (the seller profile's regression rule,
  :class:`~fieldride.insights.progress.Regression`), and it has not recovered since;
- ``"applied, dropped back, recovered"``: as above, and the latest rated ride is back at or above
  the level at verification;
- ``"applied, held"``: verified "Applied" and no such drop since.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fieldride import debriefs, rides
from fieldride.insights.progress import Trend, seller_profile
from fieldride.store import Store

SHARED_STATUSES = ("debriefed", "acknowledged")  # a ride whose summary the seller was given


@dataclass(frozen=True)
class SharedRide:
    """A finished ride of the seller's: its summary is theirs to read again."""

    ride_id: int
    ride_date: str
    scorecard_name: str
    acknowledged: bool


@dataclass(frozen=True)
class HeldCommitment:
    """One commitment the seller made, and what became of it."""

    text: str
    behaviour_title: str
    made_on: str  # the date of the ride it was agreed on
    due_date: str
    checks: tuple[tuple[str, str], ...]  # (date checked, outcome code of OUTCOMES), oldest first
    held: str  # see the module's definitions


@dataclass(frozen=True)
class SellerReview:
    seller_id: int
    seller_name: str
    scorecard_name: str  # the scorecard the trends are for ("" before any ride)
    scale: tuple[int, int]  # lowest and highest level of that scorecard's scale
    trends: tuple[Trend, ...]
    commitments: tuple[HeldCommitment, ...]  # newest first
    rides: tuple[SharedRide, ...]  # newest first


def seller_review(store: Store, seller_id: int, today: date | None = None) -> SellerReview:
    """The seller's own review (for the scorecard of their latest ride). Raises DomainError
    for an unknown seller."""
    profile = seller_profile(store, seller_id, today=today)
    dropped = {r.commitment_id: r for r in profile.regressions}
    held: list[HeldCommitment] = []
    for c in debriefs.seller_commitments(store, seller_id):
        closing = c.closing_verification
        if c.is_open:
            state = "overdue" if c.is_overdue(today) else "open"
        elif closing is None or closing.outcome != "applied":
            state = "not applied"
        elif c.id in dropped:
            state = (
                "applied, dropped back, recovered"
                if dropped[c.id].recovered
                else "applied, dropped back"
            )
        else:
            state = "applied, held"
        held.append(
            HeldCommitment(
                text=c.text,
                behaviour_title=c.behaviour_title,
                made_on=c.ride_date,
                due_date=c.due_date,
                checks=tuple((v.verified_on, v.outcome) for v in c.verifications),
                held=state,
            )
        )
    shared = tuple(
        SharedRide(r.id, r.ride_date, r.scorecard_name, r.status == "acknowledged")
        for r in rides.list_rides(store, seller_id)
        if r.status in SHARED_STATUSES and r.conflict_of is None
    )
    shape = profile.scorecard
    scale = (shape.scale[0].value, shape.scale[-1].value) if shape and shape.scale else (1, 4)
    return SellerReview(
        seller_id=seller_id,
        seller_name=profile.seller_name,
        scorecard_name=shape.name if shape else "",
        scale=scale,
        trends=profile.trends,
        commitments=tuple(held),
        rides=shared,
    )
