"""Domain data preferences kept in the store (manager name, branding, page size).

Pure UI state (window geometry, splitters, last folder) is not here: it lives in QSettings
through ``ui/settings.py``.
"""

from __future__ import annotations

import json
from typing import Any

from fieldride.store import Store
from fieldride.store import rows as records

DEFAULTS: dict[str, Any] = {
    "manager_name": "",
    "org_name": "",
    "logo_path": "",
    "accent_color": "#1F5C99",
    "page_size": "",  # '' = from the system locale (Letter in the US/Canada, else A4)
    "high_contrast": False,
}


def get_setting(store: Store, key: str) -> Any:
    row = records.one(store.db, "SELECT value FROM settings WHERE key = ?", [key])
    return json.loads(row["value"]) if row else DEFAULTS.get(key)


def set_setting(store: Store, key: str, value: Any) -> None:
    store.db.execute(
        "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        [key, json.dumps(value), records.now_utc()],
    )


def all_settings(store: Store) -> dict[str, Any]:
    values = dict(DEFAULTS)
    for row in store.db.query("SELECT key, value FROM settings"):
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
