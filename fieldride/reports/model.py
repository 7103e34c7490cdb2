"""Plain data the documents are built from (no store, no reportlab): one record per thing a
document shows. :mod:`fieldride.reports.data` fills them from the core; tests and benchmarks may
build them directly.

No field ever holds a private manager note: those live in their own table and are never read by
the report data functions.

The records are typed ``NamedTuple`` classes (immutable, compared by value, ``_replace`` to copy
with changes), not frozen dataclasses: every ``fieldride report`` process creates these classes
at import, and 23 frozen dataclasses cost ~20 ms there against ~2 ms for named tuples.
"""

from __future__ import annotations

from typing import NamedTuple

from fieldride.scorecards.scoring import RideScore


class ScaleLevel(NamedTuple):
    value: int
    label: str
    description: str = ""


class CallLine(NamedTuple):
    """A call (or artifact) of a ride, numbered from 1 in ride order."""

    number: int
    title: str
    time: str = ""


class CallMark(NamedTuple):
    """What was seen on one call for one behaviour: a level, 'no opportunity', or nothing."""

    level: int | None = None
    no_opportunity: bool = False


class Evidence(NamedTuple):
    call_number: int
    text: str


class BehaviourLine(NamedTuple):
    """One behaviour on one ride: per-call marks, the mean level, the evidence written."""

    key: str
    title: str
    section: str
    focus: bool
    marks: tuple[CallMark, ...]
    mean: float | None
    evidence: tuple[Evidence, ...]


class Highlight(NamedTuple):
    """The strength or the gap of a ride: a behaviour and the evidence for it."""

    behaviour: str
    evidence: str


class QuestionLine(NamedTuple):
    text: str
    answer: str = ""


class Rehearsal(NamedTuple):
    segment: str
    times: int  # how often it was practised ('count' would hide tuple.count)
    outcome: str


class CommitmentLine(NamedTuple):
    behaviour: str
    text: str
    due_date: str
    agreed_on: str = ""
    status: str = ""  # e.g. "Open", "Overdue", "Applied" (seller report, brief)


class VerifiedLine(NamedTuple):
    """A previous commitment and how it was verified on this ride."""

    behaviour: str
    text: str
    agreed_on: str
    outcome: str  # 'applied', 'partly', 'not_yet', 'no_opportunity'
    outcome_label: str
    evidence: str


class TrendPoint(NamedTuple):
    ride_date: str
    level: float
    current: bool = False


class Trend(NamedTuple):
    """A behaviour's mean level over the seller's rides, oldest first (gaps are simply absent)."""

    key: str
    title: str
    points: tuple[TrendPoint, ...]

    @property
    def first(self) -> float | None:
        return self.points[0].level if self.points else None

    @property
    def last(self) -> float | None:
        return self.points[-1].level if self.points else None


class Acknowledged(NamedTuple):
    seller_name: str
    on: str
    comment: str = ""
    code: str = ""  # the short code of what was acknowledged ('' if none was kept)


class AttachedFile(NamedTuple):
    """A file attached to a call, as the handout prints it (never the private note's)."""

    name: str
    where: str  # "Call 2" or "Call 2 · <behaviour>"
    media_type: str
    size: int
    image: bytes | None  # the bytes of a photo this store holds, else None


class SummaryData(NamedTuple):
    """Everything the seller's coaching summary shows for one ride."""

    ride_id: int
    seller_name: str
    manager_name: str
    ride_date: str
    ride_type: str
    scorecard: str
    objective: str
    calls: tuple[CallLine, ...]
    scale: tuple[ScaleLevel, ...]
    focus: tuple[str, ...]  # titles, in focus order
    behaviours: tuple[BehaviourLine, ...]
    strength: Highlight | None
    gap: Highlight | None
    questions: tuple[QuestionLine, ...]
    rehearsal: Rehearsal | None
    commitments: tuple[CommitmentLine, ...]
    verified: tuple[VerifiedLine, ...]
    trends: tuple[Trend, ...]
    acknowledgement: Acknowledged | None
    # The handout's language (fieldride.i18n code): the seller's, else the manager's. The
    # labels above that the core makes (ride type, call kinds, outcomes) are already in it.
    language: str = "en"
    # Only when the manager chose to print them (setting ``handout_attachments``).
    attachments: tuple[AttachedFile, ...] = ()
    # The ride score (fieldride.scorecards.scoring): weighted when the ride's scorecard version
    # gives weights, the plain mean otherwise; None when no behaviour was rated.
    score: RideScore | None = None


class FocusBrief(NamedTuple):
    title: str
    good: str
    look_fors: tuple[str, ...]
    questions: tuple[str, ...]
    trend: Trend | None


class LastRide(NamedTuple):
    ride_date: str
    ride_type: str
    strength: Highlight | None
    gap: Highlight | None


class TrainingLine(NamedTuple):
    title: str
    held_on: str
    behaviours: tuple[str, ...]  # titles
    moves: tuple[TrainingMove, ...] = ()


class TrainingMove(NamedTuple):
    """A trained behaviour's mean level on the rides before and after a training (in period)."""

    behaviour: str
    before: float | None
    after: float | None
    rides_before: int
    rides_after: int


class BriefData(NamedTuple):
    """The manager's one-page brief before a ride."""

    ride_id: int
    seller_name: str
    seller_team: str
    manager_name: str
    ride_date: str
    ride_type: str
    scorecard: str
    objective: str
    scale: tuple[ScaleLevel, ...]
    focus: tuple[FocusBrief, ...]
    due: tuple[CommitmentLine, ...]
    last_ride: LastRide | None
    training: tuple[TrainingLine, ...]
    # The brief's language (fieldride.i18n code): the manager's. The labels the core makes
    # (ride type, commitment status) are already in it.
    language: str = "en"


class BlankBehaviour(NamedTuple):
    title: str
    section: str
    look_fors: tuple[str, ...]
    weight: float | None = None  # as the scorecard gives it (None: not set)


class BlankScorecardData(NamedTuple):
    """A scorecard version laid out for paper capture."""

    key: str
    name: str
    version: int
    description: str
    scale: tuple[ScaleLevel, ...]
    behaviours: tuple[BlankBehaviour, ...]
    calls: int = 4
    weighted: bool = False  # the ride score is weighted (fieldride.scorecards.scoring)
    language: str = "en"  # the manager's (fieldride.i18n code)


class RideLine(NamedTuple):
    ride_date: str
    ride_type: str
    calls: int
    focus: tuple[str, ...]
    strength: str
    gap: str
    status: str


class HistoryLine(NamedTuple):
    """One entry of a reopened ride's history (who, when, what and why)."""

    ride_date: str
    at: str  # local date and time
    by: str  # the ride's manager
    what: str  # "Reopened", "Changed: debrief", "Acknowledged by the seller"
    detail: str  # the reason given, or what changed (before → after)


class SelfGapPoint(NamedTuple):
    ride_date: str
    self_level: int
    manager_level: float
    gap: float  # self − manager


class SelfGapLine(NamedTuple):
    """One behaviour's self-vs-manager gap over the period (oldest ride first)."""

    behaviour: str
    points: tuple[SelfGapPoint, ...]
    mean_gap: float


class SellerReportData(NamedTuple):
    """A seller's development over a period."""

    seller_name: str
    team: str
    territory: str
    manager_name: str
    since: str | None
    until: str | None
    rides: tuple[RideLine, ...]
    trends: tuple[Trend, ...]
    scorecards: tuple[str, ...]
    applied: int
    verified: int
    commitments: tuple[CommitmentLine, ...]
    training: tuple[TrainingLine, ...]
    history: tuple[HistoryLine, ...] = ()  # rides reopened after an acknowledgement
    self_gaps: tuple[SelfGapLine, ...] = ()  # the seller's own levels against the manager's
    # The report's language (fieldride.i18n code): the seller's, else the manager's (as the
    # handout). The labels the core makes (ride types, statuses, outcomes) are already in it.
    language: str = "en"

    @property
    def follow_through(self) -> float | None:
        return self.applied / self.verified if self.verified else None
