"""The ride score: one number for a ride, and the rule that makes it (issue 22, "weights that
count").

A ride's level on a behaviour is the mean of the levels rated on its calls ("no opportunity" and
unrated calls never count; :mod:`fieldride.rides.levels`). The ride score combines those
per-behaviour levels:

- **unweighted** (the default: a scorecard that gives no behaviour a weight): the plain mean of
  the levels of the behaviours rated on the ride;
- **weighted** (a scorecard that gives at least one behaviour a weight): ``sum(w * level) /
  sum(w)`` over the behaviours rated on the ride; a behaviour of a weighted scorecard that has no
  weight of its own counts with weight 1. A behaviour not rated on the ride (only "no
  opportunity", or nothing) is in neither the sum nor the denominator, so a missed chance never
  pulls the score down. A weight of 0 keeps a behaviour out of the score.

The score is None when nothing counted (no rated behaviour, or only behaviours of weight 0).
The scorecard says which rule it follows (:func:`score_rule`), on the Scorecards screen, on the
blank scorecard PDF and next to every score shown. Pure functions: no store, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NamedTuple

from fieldride.i18n import Language, messages
from fieldride.scorecards.model import Scorecard

DEFAULT_WEIGHT = 1.0  # a behaviour without a weight, in a weighted scorecard

# The weights of a scorecard version: None when it is unweighted (no behaviour has a weight).
Weights = Mapping[str, float] | None


class RideScore(NamedTuple):
    """A ride's score and how it was made: ``weighted`` tells which rule; ``behaviours`` how many
    rated behaviours counted (weight above 0)."""

    value: float
    weighted: bool
    behaviours: int


def weights_from(pairs: Iterable[tuple[str, float | None]]) -> Weights:
    """Weights from (behaviour key, weight or None) pairs: None when no behaviour has a weight
    (the unweighted default), else every key with its weight (``DEFAULT_WEIGHT`` where unset)."""
    items = list(pairs)
    if all(w is None for _, w in items):
        return None
    return {k: DEFAULT_WEIGHT if w is None else float(w) for k, w in items}


def card_weights(card: Scorecard) -> Weights:
    """The weights of a scorecard (None: unweighted)."""
    return weights_from((b.key, b.weight) for b in card.behaviours())


def is_weighted(card: Scorecard) -> bool:
    return card_weights(card) is not None


def ride_score(levels: Mapping[str, float], weights: Weights) -> RideScore | None:
    """The ride score from per-behaviour ride levels (behaviour key → mean level; only rated
    behaviours belong in ``levels``). With ``weights`` None: the plain mean; else
    ``sum(w * level) / sum(w)``, keys missing from ``weights`` (a behaviour not in that version)
    counted with ``DEFAULT_WEIGHT``. None when nothing counted."""
    if weights is None:
        if not levels:
            return None
        return RideScore(sum(levels.values()) / len(levels), False, len(levels))
    total = 0.0
    weight_sum = 0.0
    counted = 0
    for key, level in levels.items():
        w = weights.get(key, DEFAULT_WEIGHT)
        if w <= 0:
            continue
        total += w * level
        weight_sum += w
        counted += 1
    if weight_sum <= 0:
        return None
    return RideScore(total / weight_sum, True, counted)


def score_rule(weighted: bool, t: Language | None = None) -> str:
    """The rule in one plain sentence, as the scorecard, the handout and the reviews state it,
    in ``t`` (default: the interface language)."""
    t = t or messages()
    if weighted:
        return t.gettext(
            "Ride score: weighted mean of the behaviours rated on the ride (each behaviour's "
            "weight times its level, divided by the sum of those weights; a behaviour without a "
            "weight counts 1; 'no opportunity' is left out of both)."
        )
    return t.gettext(
        "Ride score: plain mean of the behaviours rated on the ride (no weights; "
        "'no opportunity' is left out)."
    )


def score_text(score: RideScore | None) -> str:
    """'2.8 (weighted)', '2.5 (unweighted)' or '–' for no score."""
    if score is None:
        return "–"
    return f"{score.value:.1f} ({'weighted' if score.weighted else 'unweighted'})"
