"""The outcomes of a commitment's verification, with their labels (part of
``fieldride.debriefs``).

A module of their own, apart from ``commitments``: what only shows an outcome (``fieldride
export``, the reports) needs the labels, not the rides, scorecards and audit trail that
recording a verification imports.
"""

from __future__ import annotations

from fieldride.i18n import N_

OUTCOMES: dict[str, str] = {
    "applied": N_("Applied"),
    "partly": N_("Partly"),
    "not_yet": N_("Not yet"),
    "no_opportunity": N_("No opportunity"),
}
