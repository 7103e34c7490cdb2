"""The kinds of ride and call and the ride statuses, with their labels (part of the rides API,
``fieldride.rides``).

A module of their own, apart from ``model``: what only shows a kind or a status (``fieldride
export``, the review screens) needs the labels, not the ride records and their reading.
"""

from __future__ import annotations

from fieldride.i18n import N_

RIDE_TYPES: dict[str, str] = {
    "field_ride": N_("Field ride"),
    "side_by_side": N_("Side-by-side"),
    "call_listening": N_("Call listening"),
    "virtual": N_("Virtual ride"),
    "deal_review": N_("Deal or account review"),
}
CALL_KINDS: dict[str, str] = {
    "visit": N_("Customer visit"),
    "phone_call": N_("Phone call"),
    "email": N_("Email"),
    "account_plan": N_("Account plan"),
    "opportunity_notes": N_("Opportunity notes"),
}
STATUSES: dict[str, str] = {
    "planned": N_("Planned"),
    "in_progress": N_("In progress"),
    "debriefed": N_("Debriefed"),
    "acknowledged": N_("Acknowledged"),
}
