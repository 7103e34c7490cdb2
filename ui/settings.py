"""Pure UI state in QSettings (geometry, splitters, last folder). Every key is declared here.

Domain data and output preferences (branding, page size, manager name) are in the store, through
``fieldride.settings``. Tests point QSettings at a temporary folder via ``configure``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAIN_GEOMETRY = "main/geometry"
MAIN_STATE = "main/state"
MAIN_SCREEN = "main/screen"
LAST_FOLDER = "files/last_folder"
HIGH_CONTRAST = "view/high_contrast"
PLACEMENT_WARNED = "safety/placement_warned"  # the cloud/network folder warning was shown

KEYS = (MAIN_GEOMETRY, MAIN_STATE, MAIN_SCREEN, LAST_FOLDER, HIGH_CONTRAST, PLACEMENT_WARNED)

_path: Path | None = None


def configure(folder: Path) -> None:
    """Keep UI state in ``folder/ui-state.ini`` (per data folder, so tests stay isolated)."""
    global _path
    _path = folder / "ui-state.ini"


def _settings() -> QSettings:
    if _path is not None:
        return QSettings(str(_path), QSettings.Format.IniFormat)
    return QSettings()


def get_bytes(key: str) -> QByteArray | None:
    assert key in KEYS, key
    value = _settings().value(key)
    return value if isinstance(value, QByteArray) else None


def get_str(key: str, default: str = "") -> str:
    assert key in KEYS, key
    value = _settings().value(key, default)
    return str(value) if value is not None else default


def get_bool(key: str, default: bool = False) -> bool:
    assert key in KEYS, key
    value = _settings().value(key, default)
    return value in (True, "true", "1", 1)


def put(key: str, value: object) -> None:
    assert key in KEYS, key
    s = _settings()
    s.setValue(key, value)
    s.sync()
