"""Pure UI state in QSettings (geometry, splitters, table headers, last folder, the look).

Every key is declared here, typed, with its default: ``get_*(KEY)`` returns the default when the
key was never stored (or holds something unreadable). Domain data and output preferences
(branding, page size, manager name) are in the store, through ``fieldride.settings``. Tests point
QSettings at a temporary folder via ``configure``.
"""

from __future__ import annotations

import base64
import binascii
from pathlib import Path
from typing import TYPE_CHECKING, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QHeaderView, QSplitter, QTableView, QWidget

T = TypeVar("T")


class Key(NamedTuple, Generic[T]):
    """A declared key: its name in the file and the value read when it was never stored."""

    name: str
    default: T


MAIN_GEOMETRY: Key[QByteArray | None] = Key("main/geometry", None)
# Splitter positions and table header states (column widths, sort column) of the screens, by
# part name (see save_layout); JSON of base64 strings.
MAIN_STATE: Key[str] = Key("main/state", "")
MAIN_SCREEN: Key[str] = Key("main/screen", "today")
LAST_FOLDER: Key[str] = Key("files/last_folder", "")  # "" = the user's home folder
HIGH_CONTRAST: Key[bool] = Key("view/high_contrast", False)
COLOR_SCHEME: Key[str] = Key("view/color_scheme", "system")  # View > Light / Dark / System
PLACEMENT_WARNED: Key[bool] = Key("safety/placement_warned", False)  # cloud/network folder warning
NAVIGATION_SHOWN: Key[bool] = Key("view/navigation", True)  # View > Show navigation
# The manager's language for the UI (ui.translation): "" = the system's, else a shipped code.
LANGUAGE: Key[str] = Key("view/language", "")
# Review on a director's store (several managers' rides): the manager last chosen, as
# "manager:<author id>", or "all" for every manager; "" = never chosen (the first manager).
REVIEW_MANAGER: Key[str] = Key("review/manager", "")
# The seller profile's period in months ("12", "24", "60"), "all": the whole history.
PROFILE_PERIOD: Key[str] = Key("progress/period", "12")

KEYS = (
    MAIN_GEOMETRY,
    MAIN_STATE,
    MAIN_SCREEN,
    LAST_FOLDER,
    HIGH_CONTRAST,
    COLOR_SCHEME,
    PLACEMENT_WARNED,
    NAVIGATION_SHOWN,
    LANGUAGE,
    REVIEW_MANAGER,
    PROFILE_PERIOD,
)

_path: Path | None = None


def configure(folder: Path) -> None:
    """Keep UI state in ``folder/ui-state.ini`` (per data folder, so tests stay isolated)."""
    global _path
    _path = folder / "ui-state.ini"


def _settings() -> QSettings:
    if _path is not None:
        return QSettings(str(_path), QSettings.Format.IniFormat)
    return QSettings()


def get_bytes(key: Key[QByteArray | None]) -> QByteArray | None:
    value = _settings().value(key.name)
    return value if isinstance(value, QByteArray) else key.default


def get_str(key: Key[str]) -> str:
    value = _settings().value(key.name)
    return str(value) if value is not None else key.default


def get_bool(key: Key[bool]) -> bool:
    value = _settings().value(key.name)
    if value is None:
        return key.default
    return value in (True, "true", "1", 1)


def put(key: Key[T], value: T) -> None:
    s = _settings()
    s.setValue(key.name, value)
    s.sync()


def last_folder() -> str:
    """The folder a file picker opens in: the last one used, else the user's home folder."""
    return get_str(LAST_FOLDER) or str(Path.home())


# --- splitters and table headers --------------------------------------------------------------
# Used when a screen is built or the window closes, never before the first paint (only the look
# and the geometry are read then): json and the widget classes are imported when a layout is
# restored or saved.
# The object name of the splitters and tables whose layout is remembered (:func:`remember_layout`):
# the search for them compares names before classes, so it never looks up the class of the
# hundreds of other objects under a screen (~16 M instructions on the capture screen's way to
# ready for input, most of it PySide6 building classes and enums nothing else there uses).
LAYOUT_PART = "rememberedLayout"


def remember_layout(part: QSplitter | QTableView) -> None:
    """Have ``part``'s layout (a splitter's sizes, a table's column widths) saved when the
    window closes and put back when its screen is built again."""
    part.setObjectName(LAYOUT_PART)


def _layout_parts(root: QWidget) -> dict[str, QSplitter | QHeaderView]:
    """``root``'s remembered splitters and table headers, named by ``root``'s object name and
    their order."""
    from PySide6.QtWidgets import QSplitter, QTableView

    prefix = root.objectName()
    parts: dict[str, QSplitter | QHeaderView] = {}
    for i, splitter in enumerate(root.findChildren(QSplitter, LAYOUT_PART)):
        parts[f"{prefix}/splitter{i}"] = splitter
    for i, view in enumerate(root.findChildren(QTableView, LAYOUT_PART)):
        parts[f"{prefix}/table{i}"] = view.horizontalHeader()
    return parts


def _saved_layout() -> dict[str, str]:
    import json

    try:
        saved = json.loads(get_str(MAIN_STATE) or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in saved.items()} if isinstance(saved, dict) else {}


def restore_layout(root: QWidget) -> None:
    """Put ``root``'s splitters and table headers back as :func:`save_layout` left them."""
    saved = _saved_layout()
    for name, part in _layout_parts(root).items():
        if name in saved:
            try:
                part.restoreState(QByteArray(base64.b64decode(saved[name])))
            except (binascii.Error, ValueError):
                continue


def save_layout(roots: list[QWidget]) -> None:
    """Remember the splitters and table headers of ``roots`` (kept for screens not built)."""
    import json

    saved = _saved_layout()
    for root in roots:
        for name, part in _layout_parts(root).items():
            saved[name] = base64.b64encode(part.saveState().data()).decode("ascii")
    put(MAIN_STATE, json.dumps(saved, sort_keys=True))
