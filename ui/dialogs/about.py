"""Help > About FieldRide: version, where the data lives (with a button that opens the folder),
and the licences of everything the app ships (fonts and libraries).

The licence list comes from ``resources/licenses/index.json`` (written by
``resources/licenses/collect.py`` from the installed package metadata); each entry names a text
file shown in full when the entry is selected. A missing or damaged index shows a one-line
explanation in place of the list, never a traceback.
"""

from __future__ import annotations

import json
import logging
import platform
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldride import __version__
from fieldride.paths import backups_dir
from fieldride.resources import resource_path
from ui.prompts import PromptService

log = logging.getLogger(__name__)

UrlOpener = Callable[[QUrl], bool]


@dataclass(frozen=True)
class Licence:
    name: str
    version: str
    licence: str
    role: str
    file: str


def load_licences() -> list[Licence]:
    """Read the licence index. Raises ``OSError``/``ValueError`` if it is missing or damaged."""
    raw = json.loads(resource_path("licenses", "index.json").read_text(encoding="utf-8"))
    if not isinstance(raw, list):
        raise ValueError("index.json is not a list")
    return [
        Licence(
            name=str(e["name"]),
            version=str(e.get("version", "")),
            licence=str(e["licence"]),
            role=str(e.get("role", "")),
            file=str(e["file"]),
        )
        for e in raw
    ]


def licence_text(entry: Licence) -> str:
    """The full licence text of ``entry``, or a one-line note naming the missing file."""
    path = resource_path("licenses", *Path(entry.file).parts)
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return f"The licence text for {entry.name} is missing from this installation ({path})."


class AboutDialog(QDialog):
    """The About box. Non-modal-blocking: callers use ``open()``, tests drive it directly."""

    data_folder_opened = Signal(str)

    def __init__(
        self,
        data_folder: Path,
        prompts: PromptService,
        parent: QWidget | None = None,
        open_url: UrlOpener = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.data_folder = data_folder
        self.prompts = prompts
        self._open_url = open_url
        self.setWindowTitle("About FieldRide")
        self.setObjectName("about-dialog")
        self.resize(940, 640)
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addWidget(self._data_box())
        layout.addWidget(self._licences_box(), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # --- sections -----------------------------------------------------------------------------
    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        logo = QLabel()
        pixmap = QPixmap(str(resource_path("icons", "fieldride.png")))
        if not pixmap.isNull():
            logo.setPixmap(pixmap.scaled(64, 64))
        logo.setAccessibleName("FieldRide logo")
        row.addWidget(logo)
        text = QVBoxLayout()
        self.title_label = QLabel(f"FieldRide {__version__}")
        self.title_label.setProperty("role", "heading")
        self.title_label.setAccessibleName("Version")
        text.addWidget(self.title_label)
        text.addWidget(QLabel("Offline field coaching: plan, observe, debrief, share, review."))
        runtime = QLabel(f"Qt {qVersion()} · Python {platform.python_version()}")
        runtime.setProperty("role", "hint")
        text.addWidget(runtime)
        row.addLayout(text, 1)
        return row

    def _data_box(self) -> QGroupBox:
        box = QGroupBox("Your data")
        layout = QVBoxLayout(box)
        self.folder_label = QLabel(str(self.data_folder))
        self.folder_label.setAccessibleName("Data folder")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.folder_label)
        hint = QLabel(
            "Everything FieldRide knows is in this folder, on this computer only. Daily backups "
            f"are kept in {backups_dir(self.data_folder).name}/ inside it; to keep a copy "
            "elsewhere, copy that folder or run “fieldride backup”."
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout.addWidget(hint)
        buttons = QHBoxLayout()
        self.open_folder_button = QPushButton("Open data folder")
        self.open_folder_button.clicked.connect(self.open_data_folder)
        self.copy_path_button = QPushButton("Copy path")
        self.copy_path_button.clicked.connect(self.copy_path)
        buttons.addWidget(self.open_folder_button)
        buttons.addWidget(self.copy_path_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return box

    def _licences_box(self) -> QGroupBox:
        box = QGroupBox("Fonts and libraries")
        layout = QVBoxLayout(box)
        splitter = QSplitter()
        self.licence_list = QTreeWidget()
        self.licence_list.setAccessibleName("Licences")
        self.licence_list.setHeaderLabels(["Component", "Version", "Licence"])
        self.licence_list.setRootIsDecorated(False)
        self.licence_text = QPlainTextEdit()
        self.licence_text.setReadOnly(True)
        # Licence texts come hard-wrapped at ~80 columns: soft wrapping on top breaks them up.
        self.licence_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.licence_text.setAccessibleName("Licence text")
        splitter.addWidget(self.licence_list)
        splitter.addWidget(self.licence_text)
        splitter.setSizes([440, 480])
        layout.addWidget(splitter, 1)
        self.licences: list[Licence] = []
        try:
            self.licences = load_licences()
        except (OSError, ValueError, KeyError) as err:
            log.warning("licence index unreadable: %s", type(err).__name__)
            self.licence_text.setPlainText(
                "The list of licences is missing or damaged in this installation "
                f"({resource_path('licenses')}). Reinstalling FieldRide restores it."
            )
        for entry in self.licences:
            item = QTreeWidgetItem([entry.name, entry.version, entry.licence])
            item.setToolTip(0, entry.role)
            item.setToolTip(2, entry.licence)
            self.licence_list.addTopLevelItem(item)
        for column in range(3):
            self.licence_list.resizeColumnToContents(column)
        self.licence_list.currentItemChanged.connect(self._show_licence)
        first = self.licence_list.topLevelItem(0)
        if first is not None:
            self.licence_list.setCurrentItem(first)
        return box

    # --- actions ------------------------------------------------------------------------------
    def _show_licence(self, current: QTreeWidgetItem | None, _previous: object = None) -> None:
        if current is None:
            return
        entry = self.licences[self.licence_list.indexOfTopLevelItem(current)]
        self.licence_text.setPlainText(licence_text(entry))

    def open_data_folder(self) -> None:
        """Open the data folder in the system file manager; explain if that is not possible."""
        folder = self.data_folder
        if not folder.is_dir():
            self.prompts.error(
                "Cannot open the data folder",
                f"The data folder {folder} does not exist any more. FieldRide creates it "
                "again the next time it starts.",
            )
            return
        if not self._open_url(QUrl.fromLocalFile(str(folder))):
            self.prompts.error(
                "Cannot open the data folder",
                f"No file manager answered. The data folder is {folder}; "
                "use “Copy path” and open it from your file manager.",
            )
            return
        self.data_folder_opened.emit(str(folder))

    def copy_path(self) -> None:
        QGuiApplication.clipboard().setText(str(self.data_folder))
