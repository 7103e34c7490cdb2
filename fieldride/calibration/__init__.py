"""Calibration (issue 22, deliver 2): how closely two raters agree, per behaviour.

- ``agreement``: the figures (compared, exact, within one level, lean) from pairs of ratings;
- ``co_rides``: a second rater's ride linked to the original (``link_co_ride``) and compared
  call by call (``compare_co_ride``);
- ``scenarios``: the reference scenarios shipped in resources/calibration, rated alone by a
  manager (``solo_agreement``, ``record_run``, ``list_runs``).
"""

from __future__ import annotations

from fieldride.calibration.agreement import (
    Agreement,
    BehaviourAgreement,
    RatingPair,
    agreement,
)
from fieldride.calibration.co_rides import (
    CANDIDATE_DAYS,
    CoRideComparison,
    co_ride_candidates,
    co_ride_of,
    co_ride_partner,
    compare_co_ride,
    link_co_ride,
)
from fieldride.calibration.scenarios import (
    AgreedLevel,
    CalibrationRun,
    Scenario,
    get_scenario,
    list_runs,
    list_scenarios,
    read_scenario,
    record_run,
    scenario_scorecard,
    solo_agreement,
    solo_overview,
)

__all__ = [
    "CANDIDATE_DAYS",
    "AgreedLevel",
    "Agreement",
    "BehaviourAgreement",
    "CalibrationRun",
    "CoRideComparison",
    "RatingPair",
    "Scenario",
    "agreement",
    "co_ride_candidates",
    "co_ride_of",
    "co_ride_partner",
    "compare_co_ride",
    "get_scenario",
    "link_co_ride",
    "list_runs",
    "list_scenarios",
    "read_scenario",
    "record_run",
    "scenario_scorecard",
    "solo_agreement",
    "solo_overview",
]
