"""Review figures computed once in the core (screens and PDF reports show the same numbers).

- per ride, a seller's mean level on each behaviour (:func:`ride_levels`), from the one grouped
  query :func:`~fieldride.rides.levels.level_rows` (the module lives in ``rides``: it needs only
  the store, and the PDF reports read it without importing the review figures);
- ``shape``: a scorecard's behaviours across all its versions (:func:`scorecard_shape`);
- ``cadence``: days since each seller's last ride, rides in 30/90 days (:func:`team_cadence`);
- ``day``: the manager's day on Today: rides, commitments, sellers due a ride (:func:`day_overview`);
- ``overview``: the sellers x behaviours grid of the latest level (:func:`team_overview`);
- ``progress`` and ``training_impact``: the seller profile (:func:`seller_profile`): trends,
  regressions, follow-through, training before/after;
- ``review_session``: the seller's own progress for a one-on-one (:func:`seller_review`);
- ``self_gap``: how a seller rates themselves against the manager, per behaviour over time
  (:func:`self_assessment_gaps`);
- ``next_ride``: what the manager sees when planning the next ride (:func:`plan_context`);
- ``managers``: on a director's store, which manager coaches each seller (:func:`seller_managers`);

Behaviours are followed across scorecard versions by their stable key; a behaviour missing from
a ride's version is a gap, never a zero; "no opportunity" and unrated behaviours never count;
removed rides and calls never count.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fieldride.insights.cadence import (
        CADENCE_ALERT_DAYS,
        Cadence,
        team_cadence,
    )
    from fieldride.insights.day import (
        DayOverview,
        day_overview,
    )
    from fieldride.insights.managers import Manager, SellerManagers, seller_managers
    from fieldride.insights.next_ride import (
        FocusSuggestion,
        LastRide,
        PlanContext,
        last_ride,
        plan_context,
        suggest_focus,
    )
    from fieldride.insights.overview import (
        LatestLevel,
        TeamOverview,
        TeamRow,
        latest_levels,
        scorecards_in_use,
        team_overview,
    )
    from fieldride.insights.progress import (
        Regression,
        SellerProfile,
        Trend,
        TrendPoint,
        period_start,
        seller_profile,
    )
    from fieldride.insights.review_session import (
        HeldCommitment,
        SellerReview,
        SharedRide,
        seller_review,
    )
    from fieldride.insights.self_gap import (
        BehaviourGap,
        GapPoint,
        self_assessment_gaps,
        signed_gap,
    )
    from fieldride.insights.shape import (
        BehaviourInfo,
        ScorecardShape,
        scorecard_shape,
        seller_scorecards,
    )
    from fieldride.insights.training_impact import (
        TrainingEffect,
        training_effects,
    )
else:  # each module imported when one of its names is first used (fieldride.lazy)
    from fieldride.lazy import lazy_names

    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            "cadence": (
                "CADENCE_ALERT_DAYS",
                "Cadence",
                "team_cadence",
            ),
            "day": (
                "DayOverview",
                "day_overview",
            ),
            "managers": (
                "Manager",
                "SellerManagers",
                "seller_managers",
            ),
            "next_ride": (
                "FocusSuggestion",
                "LastRide",
                "PlanContext",
                "last_ride",
                "plan_context",
                "suggest_focus",
            ),
            "overview": (
                "LatestLevel",
                "TeamOverview",
                "TeamRow",
                "latest_levels",
                "scorecards_in_use",
                "team_overview",
            ),
            "progress": (
                "Regression",
                "SellerProfile",
                "Trend",
                "TrendPoint",
                "period_start",
                "seller_profile",
            ),
            "review_session": (
                "HeldCommitment",
                "SellerReview",
                "SharedRide",
                "seller_review",
            ),
            "self_gap": (
                "BehaviourGap",
                "GapPoint",
                "self_assessment_gaps",
                "signed_gap",
            ),
            "shape": (
                "BehaviourInfo",
                "ScorecardShape",
                "scorecard_shape",
                "seller_scorecards",
            ),
            "training_impact": (
                "TrainingEffect",
                "training_effects",
            ),
        },
    )
from fieldride.rides.levels import (
    RidePoint,
    ride_levels,
)

__all__ = [
    "CADENCE_ALERT_DAYS",
    "BehaviourGap",
    "BehaviourInfo",
    "Cadence",
    "DayOverview",
    "FocusSuggestion",
    "GapPoint",
    "HeldCommitment",
    "LastRide",
    "LatestLevel",
    "Manager",
    "PlanContext",
    "Regression",
    "RidePoint",
    "ScorecardShape",
    "SellerManagers",
    "SellerProfile",
    "SellerReview",
    "SharedRide",
    "TeamOverview",
    "TeamRow",
    "TrainingEffect",
    "Trend",
    "TrendPoint",
    "day_overview",
    "last_ride",
    "latest_levels",
    "period_start",
    "plan_context",
    "ride_levels",
    "scorecard_shape",
    "scorecards_in_use",
    "self_assessment_gaps",
    "seller_managers",
    "seller_profile",
    "seller_review",
    "seller_scorecards",
    "signed_gap",
    "suggest_focus",
    "team_cadence",
    "team_overview",
    "training_effects",
]
