"""Domain data preferences kept in the store (manager name, branding, page size).

Pure UI state (window geometry, splitters, last folder) is not here: it lives in QSettings
through ``ui/settings.py``.
"""

from __future__ import annotations

import copy
import json
from typing import Any

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
    "defaults_installed": [],  # file names of the bundled scorecards already installed
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
    store: Store, *, org_name: str, logo_path: str, accent_color: str, page_size: str
) -> None:
    """Store the output and branding settings together: all four, or none if one write fails."""
    with store.db.atomic():
        set_setting(store, "org_name", org_name)
        set_setting(store, "logo_path", logo_path)
        set_setting(store, "accent_color", accent_color)
        set_setting(store, "page_size", page_size)
