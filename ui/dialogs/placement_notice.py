"""The one-time warning that the data folder sits in a cloud-sync or network folder.

Non-blocking (a modeless message box over the main window): the user may go on working. Shown
once per data folder; the fact that it was shown is kept in the UI state (``ui.settings``).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from fieldride.store import PlacementWarning, check_placement
from ui import settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


def show_placement_notice(
    parent: QWidget, folder: Path, warning: PlacementWarning | None = None
) -> QMessageBox | None:
    """Warn (once per data folder) if ``folder`` is in a cloud-sync or network folder.

    Returns the message box shown (modeless, deleted on close), or None if there was nothing to
    say or it was said before. ``warning`` may be passed in (tests); by default it is computed.
    """
    if settings.get_bool(settings.PLACEMENT_WARNED):
        return None
    warning = warning if warning is not None else check_placement(folder)
    if warning is None:
        return None
    log.warning("data folder is in a %s folder (%s)", warning.kind, warning.service)
    from PySide6.QtWidgets import QMessageBox  # only when there is something to say

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("PlacementNotice", "Your data folder may not be safe here"),
        warning.message,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("placementNotice")
    box.setModal(False)
    box.show()
    settings.put(settings.PLACEMENT_WARNED, True)
    return box
