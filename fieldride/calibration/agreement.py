"""Agreement between two raters of the same work, per behaviour (issue 22, deliver 2).

Pure: pairs of ratings in, figures out; no store. Used for a co-ride (two managers rating the
same calls on their own laptops) and for solo calibration (a manager against the agreed levels
of a reference scenario).

The figures, per behaviour and over all behaviours:

- ``compared``: the pairs where both raters gave a level (1..n). "No opportunity" or no rating
  on either side is not a level: such a pair is counted in ``one_sided`` when exactly one side
  gave a level, and left out of every figure below;
- ``exact``: pairs with the same level; ``within_one``: pairs at most one level apart (the
  exact ones included);
- ``lean``: the mean signed difference, first rater minus second, over the compared pairs.
  Positive: the first rater rates higher than the second on average; the second rater's lean
  is its negative. None when nothing was compared.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class RatingPair:
    """Two ratings of one behaviour on one piece of work (None: no level given)."""

    behaviour_key: str
    first: int | None
    second: int | None


@dataclass(frozen=True)
class BehaviourAgreement:
    key: str  # '' for the line over all behaviours
    title: str
    compared: int
    exact: int
    within_one: int
    one_sided: int
    difference_sum: int  # sum of (first - second) over the compared pairs

    @property
    def lean(self) -> float | None:
        """Mean of (first - second) over the compared pairs; None when none."""
        return self.difference_sum / self.compared if self.compared else None

    @property
    def exact_share(self) -> float | None:
        return self.exact / self.compared if self.compared else None

    @property
    def within_one_share(self) -> float | None:
        return self.within_one / self.compared if self.compared else None


@dataclass(frozen=True)
class Agreement:
    behaviours: tuple[BehaviourAgreement, ...]
    overall: BehaviourAgreement


def _figures(key: str, title: str, pairs: Sequence[RatingPair]) -> BehaviourAgreement:
    both = [(p.first, p.second) for p in pairs if p.first is not None and p.second is not None]
    diffs = [a - b for a, b in both if a is not None and b is not None]
    return BehaviourAgreement(
        key=key,
        title=title,
        compared=len(diffs),
        exact=sum(1 for d in diffs if d == 0),
        within_one=sum(1 for d in diffs if abs(d) <= 1),
        one_sided=sum(1 for p in pairs if (p.first is None) != (p.second is None)),
        difference_sum=sum(diffs),
    )


def agreement(
    pairs: Iterable[RatingPair], behaviours: Sequence[tuple[str, str]], overall_title: str = ""
) -> Agreement:
    """The figures per behaviour, in the order of ``behaviours`` ((key, title) pairs; pairs of
    other behaviours are left out), and over all of them."""
    wanted = {key for key, _title in behaviours}
    kept = [p for p in pairs if p.behaviour_key in wanted]
    per = tuple(
        _figures(key, title, [p for p in kept if p.behaviour_key == key])
        for key, title in behaviours
    )
    return Agreement(per, _figures("", overall_title, kept))
