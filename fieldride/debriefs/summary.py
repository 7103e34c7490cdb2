"""What the ride showed, per behaviour across its calls: the input of the debrief.

``ride_summary`` gathers, for every behaviour of the ride's scorecard, the level seen on each
call (or "no opportunity", or nothing), the evidence lines written, and a few figures. Focus
behaviours come first, in the order they were planned; the others follow in scorecard order.

``propose_strength_gap`` turns the summary into *candidates* for the one strength and the one
gap: the best and the weakest focus behaviour (falling back to every rated behaviour when fewer
than two focus behaviours were rated), each with the evidence line that shows it best. The
manager decides: proposals are never written anywhere by this module.

Plain data only, no writes, no Qt. Private manager notes are not read here (by construction:
this module never touches the ``private_notes`` table), so anything built from a
:class:`RideSummary` is safe to show the seller. Raises :class:`DomainError` when the ride does
not exist.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldride.i18n import messages
from fieldride.rides import Ride, get_ride, list_calls, observations_for_ride
from fieldride.scorecards.model import Level
from fieldride.scorecards.store import get_version
from fieldride.store import Store


@dataclass(frozen=True)
class CallInfo:
    """One call (or artifact) of the ride, numbered from 1 in ride order."""

    id: int
    number: int
    title: str
    call_time: str


@dataclass(frozen=True)
class CallLevel:
    """One behaviour on one call: the level (None when unrated), the "no opportunity" mark and
    the evidence written there."""

    call_id: int
    call_number: int
    call_title: str
    level: int | None
    level_label: str
    no_opportunity: bool
    evidence: str


@dataclass(frozen=True)
class EvidenceLine:
    """An evidence line as the debrief offers it: the text and where it came from."""

    call_id: int
    call_number: int
    call_title: str
    level: int | None
    level_label: str
    text: str

    @property
    def label(self) -> str:
        """``Call 2 · Proficient: <text>`` — how a picker lists the line (interface language)."""
        t = messages()
        line = (
            t.gettext("Call {number} · {level}: {text}")
            if self.level_label
            else t.gettext("Call {number}: {text}")
        )
        return line.format(number=self.call_number, level=self.level_label, text=self.text)


@dataclass(frozen=True)
class BehaviourSummary:
    key: str
    title: str
    section: str
    focus: bool
    calls: tuple[CallLevel, ...]
    good: str = ""  # the scorecard's "what good looks like" (the standard to point to)

    @property
    def levels(self) -> tuple[int, ...]:
        """Levels rated on the ride's calls, in call order ("no opportunity" never counts)."""
        return tuple(c.level for c in self.calls if c.level is not None)

    @property
    def rated(self) -> int:
        return len(self.levels)

    @property
    def no_opportunity(self) -> int:
        return sum(1 for c in self.calls if c.no_opportunity)

    @property
    def mean_level(self) -> float | None:
        return sum(self.levels) / len(self.levels) if self.levels else None

    @property
    def observed(self) -> bool:
        """Anything at all was recorded for this behaviour on this ride."""
        return any(c.level is not None or c.no_opportunity or c.evidence for c in self.calls)

    @property
    def evidence(self) -> tuple[EvidenceLine, ...]:
        return tuple(
            EvidenceLine(
                c.call_id, c.call_number, c.call_title, c.level, c.level_label, c.evidence.strip()
            )
            for c in self.calls
            if c.evidence.strip()
        )


@dataclass(frozen=True)
class RideSummary:
    ride: Ride
    scale: tuple[Level, ...]
    calls: tuple[CallInfo, ...]
    behaviours: tuple[BehaviourSummary, ...]

    def behaviour(self, key: str | None) -> BehaviourSummary | None:
        return next((b for b in self.behaviours if b.key == key), None)

    @property
    def focus(self) -> tuple[BehaviourSummary, ...]:
        return tuple(b for b in self.behaviours if b.focus)

    @property
    def observed(self) -> tuple[BehaviourSummary, ...]:
        return tuple(b for b in self.behaviours if b.observed)

    @property
    def evidence(self) -> tuple[EvidenceLine, ...]:
        """Every evidence line of the ride, behaviour by behaviour (focus first)."""
        return tuple(line for b in self.behaviours for line in b.evidence)

    def level_label(self, value: int | None) -> str:
        return next((lv.label for lv in self.scale if lv.value == value), "")


@dataclass(frozen=True)
class Proposal:
    """A candidate strength or gap. ``evidence`` is the line that shows it best ('' if none)."""

    behaviour_key: str
    title: str
    mean_level: float
    evidence: str
    reason: str


@dataclass(frozen=True)
class Proposals:
    strength: Proposal | None
    gap: Proposal | None


def ride_summary(store: Store, ride_id: int) -> RideSummary:
    """The ride's behaviours across its live calls; focus first, then scorecard order.

    Every behaviour of the scorecard version is present (``observed`` tells which had anything
    recorded); removed calls are left out. Raises DomainError if the ride is gone.
    """
    ride = get_ride(store, ride_id)
    card = get_version(store, ride.scorecard_version_id).card
    labels = {lv.value: lv.label for lv in card.scale}
    calls = tuple(
        CallInfo(c.id, n, c.title, c.call_time)
        for n, c in enumerate(list_calls(store, ride_id), start=1)
    )
    by_call = {c.id: c for c in calls}
    obs = {(o.call_id, o.behaviour_key): o for o in observations_for_ride(store, ride_id)}
    sections = {b.key: s.title for s in card.sections for b in s.behaviours}
    order = [*ride.focus, *(b.key for b in card.behaviours() if b.key not in ride.focus)]
    behaviours = []
    for key in order:
        behaviour = card.behaviour(key)
        if behaviour is None:  # a focus key the version does not know: cannot happen via plan_ride
            continue
        levels = []
        for call in calls:
            o = obs.get((call.id, key))
            level = o.level if o else None
            levels.append(
                CallLevel(
                    call_id=call.id,
                    call_number=by_call[call.id].number,
                    call_title=call.title,
                    level=level,
                    level_label=labels.get(level, "") if level is not None else "",
                    no_opportunity=bool(o and o.no_opportunity),
                    evidence=o.evidence if o else "",
                )
            )
        behaviours.append(
            BehaviourSummary(
                key,
                behaviour.title,
                sections[key],
                key in ride.focus,
                tuple(levels),
                behaviour.good,
            )
        )
    return RideSummary(ride, card.scale, calls, tuple(behaviours))


def _best_line(b: BehaviourSummary, highest: bool) -> str:
    """The evidence line from the call where the behaviour was rated highest (or lowest);
    unrated lines come last; ties go to the earlier call."""
    lines = list(b.evidence)
    if not lines:
        return ""

    def rank(line: EvidenceLine) -> tuple[int, int]:
        if line.level is None:
            return (1, line.call_number)
        return (0, -line.level if highest else line.level)

    return min(lines, key=rank).text


def _proposal(b: BehaviourSummary, role: str, focus_pool: bool) -> Proposal:
    mean = b.mean_level or 0.0
    t = messages()
    # Whole sentences (each translated as written), and only the one this proposal needs
    if role == "strength":
        reason = (
            t.gettext("Highest rated focus behaviour on this ride: {mean} on average over {calls}.")
            if focus_pool
            else t.gettext("Highest rated behaviour on this ride: {mean} on average over {calls}.")
        )
    else:
        reason = (
            t.gettext("Lowest rated focus behaviour on this ride: {mean} on average over {calls}.")
            if focus_pool
            else t.gettext("Lowest rated behaviour on this ride: {mean} on average over {calls}.")
        )
    calls = t.ngettext("{n} call", "{n} calls", b.rated).format(n=b.rated)
    return Proposal(
        behaviour_key=b.key,
        title=b.title,
        mean_level=mean,
        evidence=_best_line(b, highest=role == "strength"),
        reason=reason.format(mean=t.number(mean, 1), calls=calls),
    )


def propose_strength_gap(summary: RideSummary) -> Proposals:
    """Candidates for the strength (best) and the gap (weakest) of the ride.

    Pool: the rated focus behaviours; if fewer than two are rated, every rated behaviour. Ties
    go to the behaviour with more ratings, then to the earlier one in the summary's order. With
    a single rated behaviour, it is proposed as the gap when below the scale's middle, else as
    the strength. Nothing rated: no proposals.
    """
    focus_pool = [b for b in summary.focus if b.rated]
    use_focus = len(focus_pool) >= 2
    pool = focus_pool if use_focus else [b for b in summary.behaviours if b.rated]
    if not pool:
        return Proposals(None, None)
    position = {b.key: i for i, b in enumerate(summary.behaviours)}
    strength = min(pool, key=lambda b: (-(b.mean_level or 0), -b.rated, position[b.key]))
    rest = [b for b in pool if b.key != strength.key]
    if not rest:
        values = [lv.value for lv in summary.scale] or [1]
        middle = (min(values) + max(values)) / 2
        if (strength.mean_level or 0) < middle:
            return Proposals(None, _proposal(strength, "gap", use_focus))
        return Proposals(_proposal(strength, "strength", use_focus), None)
    gap = min(rest, key=lambda b: (b.mean_level or 0, -b.rated, position[b.key]))
    return Proposals(_proposal(strength, "strength", use_focus), _proposal(gap, "gap", use_focus))
