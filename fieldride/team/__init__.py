"""The team a manager coaches: sellers (``sellers``), the roster import from CSV/XLSX
(``roster``) and training events (``training``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fieldride.team.roster import (
        PlannedPerson,
        RosterChange,
        RosterFileError,
        RosterPlan,
        RosterResult,
        apply_roster_plan,
        field_labels,
        import_roster,
        plan_fingerprint,
        plan_roster,
        roster_template_path,
        write_roster_template,
    )
    from fieldride.team.sellers import (
        Seller,
        add_seller,
        archive_seller,
        edit_seller,
        email_key,
        find_by_identity,
        get_seller,
        list_sellers,
        name_key,
        set_org_id,
        told_apart,
    )
    from fieldride.team.training import (
        TrainingEvent,
        add_training,
        delete_training,
        get_training,
        list_trainings,
    )
else:  # each module imported when one of its names is first used (fieldride.lazy)
    from fieldride.lazy import lazy_names

    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            "roster": (
                "PlannedPerson",
                "RosterChange",
                "RosterFileError",
                "RosterPlan",
                "RosterResult",
                "apply_roster_plan",
                "field_labels",
                "import_roster",
                "plan_fingerprint",
                "plan_roster",
                "roster_template_path",
                "write_roster_template",
            ),
            "sellers": (
                "Seller",
                "add_seller",
                "archive_seller",
                "edit_seller",
                "email_key",
                "find_by_identity",
                "get_seller",
                "list_sellers",
                "name_key",
                "set_org_id",
                "told_apart",
            ),
            "training": (
                "TrainingEvent",
                "add_training",
                "delete_training",
                "get_training",
                "list_trainings",
            ),
        },
    )

__all__ = [
    "PlannedPerson",
    "RosterChange",
    "RosterFileError",
    "RosterPlan",
    "RosterResult",
    "Seller",
    "TrainingEvent",
    "add_seller",
    "add_training",
    "apply_roster_plan",
    "archive_seller",
    "delete_training",
    "edit_seller",
    "email_key",
    "field_labels",
    "find_by_identity",
    "get_seller",
    "get_training",
    "import_roster",
    "list_sellers",
    "list_trainings",
    "name_key",
    "plan_fingerprint",
    "plan_roster",
    "roster_template_path",
    "set_org_id",
    "told_apart",
    "write_roster_template",
]
