"""Qt settings by name, for the start-up path (issue 8).

The first use of PySide6's ``Qt`` namespace (``PySide6.QtCore.Qt``) builds its ~90 Python enum
classes: ~15 ms on Python 3.11, a sixth of what the app does between its first paint and the
first screen showing data. Code on that path (the main window, the capture screen and its
widgets) therefore never imports ``Qt`` at module level and sets the few Qt enum properties it
needs through Qt's property system, by key name, which Qt converts itself::

    set_property(button, "focusPolicy", "NoFocus")

(Calls whose PySide6 overloads include a ``Qt`` enum, such as ``QAbstractButton.setShortcut``,
build the namespace while choosing the overload; the property is set the same way.)

Item data roles are plain numbers (below). Event handlers and actions, which run after the data
shows, use ``QtCore.Qt`` as usual, looked up when they run. ``tests/ui/test_launch.py`` fails if
the namespace exists when the first screen reports its data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

# Qt.ItemDataRole values
DISPLAY_ROLE = 0  # Qt.ItemDataRole.DisplayRole
USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole
ACCESSIBLE_TEXT_ROLE = 11  # Qt.ItemDataRole.AccessibleTextRole


def set_property(obj: QObject, prop: str, value: object) -> None:
    """Set the Qt property ``prop`` of ``obj``: an enum or flags property by key name (``"NoFocus"``,
    several keys joined by ``|``), any other by value. A name or value Qt does not take is a
    programming error, raised rather than ignored."""
    if not obj.setProperty(prop, value):
        raise ValueError(f"{type(obj).__name__}.{prop} does not take {value!r}")
