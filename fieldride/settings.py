"""Domain data preferences kept in the store (manager name, branding, page size).

Pure UI state (window geometry, splitters, last folder) is not here: it lives in QSettings
through ``ui/settings.py``.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from fieldride.i18n import messages
from fieldride.store import Store
from fieldride.store import rows as records

# Every key the store's settings table may hold, with its default. (Whether the window uses
# high contrast is UI state: ui/settings.py keeps it.)
DEFAULTS: dict[str, Any] = {
    "manager_name": "",
    "org_name": "",
    "logo_path": "",
    "accent_color": "#1F5C99",
    "page_size": "",  # '' = from the system locale (Letter in the US/Canada, else A4)
    "defaults_installed": [],
    # The team server (issue 21): {"dsn": DSN without password, "role": ..., "kind": ...};
    # {} = no team, and then nothing opens a socket. Never holds a password.
    "team_server": {},
    # How often the manager means to ride with each seller (days): "ride due" after it
    # (issue 22: a target the manager sets, not a constant)
    "cadence_days": 30,
    # Print the photos and files attached to the ride's calls on the coaching summary (issue 22):
    # off unless the manager turns it on (File > Output and branding).
    "handout_attachments": False,
    "setup_offered": False,  # the first-run setup (name, organisation, page size) was shown  # file names of the bundled scorecards already installed
}


def _declared(key: str) -> str:
    if key not in DEFAULTS:
        raise KeyError(f"'{key}' is not a declared setting (fieldride.settings.DEFAULTS)")
    return key


def get_setting(store: Store, key: str) -> Any:
    """The stored value of ``key``, else its default. ``KeyError`` for an undeclared key."""
    row = records.one(store.db, "SELECT value FROM settings WHERE key = ?", [_declared(key)])
    return json.loads(row["value"]) if row else copy.deepcopy(DEFAULTS[key])


def set_setting(store: Store, key: str, value: Any) -> None:
    """Store ``value`` (JSON) for ``key``. ``KeyError`` for an undeclared key."""
    _declared(key)
    store.db.execute(
        "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        [key, json.dumps(value), records.now_utc()],
    )


def all_settings(store: Store) -> dict[str, Any]:
    values = copy.deepcopy(DEFAULTS)
    for row in store.db.query("SELECT key, value FROM settings"):
        if row["key"] in DEFAULTS:  # the table also keeps per-ride note drafts (rides.planning)
            values[row["key"]] = json.loads(row["value"])
    return values


def save_output_settings(
    store: Store,
    *,
    org_name: str,
    logo_path: str,
    accent_color: str,
    page_size: str,
    manager_name: str | None = None,
    handout_attachments: bool | None = None,
) -> None:
    """Store the output and branding settings together: all of them, or none if one write fails
    (``manager_name`` and ``handout_attachments`` only when given)."""
    with store.db.atomic():
        if manager_name is not None:
            set_setting(store, "manager_name", manager_name)
        if handout_attachments is not None:
            set_setting(store, "handout_attachments", handout_attachments)
        set_setting(store, "org_name", org_name)
        set_setting(store, "logo_path", logo_path)
        set_setting(store, "accent_color", accent_color)
        set_setting(store, "page_size", page_size)


def setup_due(store: Store) -> bool:
    """True once, on a new data folder: no seller, no ride, no manager name and the first-run
    setup not yet offered (see :func:`mark_setup_offered`)."""
    if get_setting(store, "setup_offered") or get_setting(store, "manager_name"):
        return False
    for table in ("sellers", "rides"):
        if records.one(store.db, f"SELECT 1 AS found FROM {table} LIMIT 1") is not None:
            return False
    return True


def mark_setup_offered(store: Store) -> None:
    """Remember that the first-run setup was shown (saved or cancelled: it is asked once)."""
    set_setting(store, "setup_offered", True)


CADENCE_DAYS_RANGE = (7, 180)


def cadence_days(store: Store) -> int:
    """The manager's cadence target in days (a stored value out of range reads as the
    default: it can only have come from an older or foreign store)."""
    value = get_setting(store, "cadence_days")
    low, high = CADENCE_DAYS_RANGE
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return value
    return int(DEFAULTS["cadence_days"])


def set_cadence_days(store: Store, days: int) -> None:
    """Store the cadence target; DomainError outside 7 to 180 days."""
    from fieldride.errors import DomainError

    low, high = CADENCE_DAYS_RANGE
    if not low <= days <= high:
        raise DomainError(
            messages()
            .gettext("A ride cadence is between {low} and {high} days (not {days}).")
            .format(low=low, high=high, days=days)
        )
    with store.db.atomic():
        set_setting(store, "cadence_days", days)
