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

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal, qVersion
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
        return QCoreApplication.translate(
            "AboutDialog", "The licence text for {name} is missing from this installation ({path})."
        ).format(name=entry.name, path=path)


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
        self.setWindowTitle(self.tr("About FieldRide"))
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
        logo.setAccessibleName(self.tr("FieldRide logo"))
        row.addWidget(logo)
        text = QVBoxLayout()
        self.title_label = QLabel(self.tr("FieldRide {version}").format(version=__version__))
        self.title_label.setProperty("role", "heading")
        self.title_label.setAccessibleName(self.tr("Version"))
        text.addWidget(self.title_label)
        text.addWidget(
            QLabel(self.tr("Offline field coaching: plan, observe, debrief, share, review."))
        )
        runtime = QLabel(
            self.tr("Qt {qt} · Python {python}").format(
                qt=qVersion(), python=platform.python_version()
            )
        )
        runtime.setProperty("role", "hint")
        text.addWidget(runtime)
        row.addLayout(text, 1)
        return row

    def _data_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your data"))
        layout = QVBoxLayout(box)
        self.folder_label = QLabel(str(self.data_folder))
        self.folder_label.setAccessibleName(self.tr("Data folder"))
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.folder_label)
        hint = QLabel(
            self.tr(
                "Everything FieldRide knows is in this folder, on this computer only. Daily "
                "backups are kept in {backups}/ inside it; to keep a copy elsewhere, copy that "
                "folder or run “fieldride backup”."
            ).format(backups=backups_dir(self.data_folder).name)
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout.addWidget(hint)
        buttons = QHBoxLayout()
        self.open_folder_button = QPushButton(self.tr("&Open data folder"))
        self.open_folder_button.clicked.connect(self.open_data_folder)
        self.copy_path_button = QPushButton(self.tr("Copy &path"))
        self.copy_path_button.clicked.connect(self.copy_path)
        buttons.addWidget(self.open_folder_button)
        buttons.addWidget(self.copy_path_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return box

    def _licences_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Fonts and libraries"))
        layout = QVBoxLayout(box)
        splitter = QSplitter()
        self.licence_list = QTreeWidget()
        self.licence_list.setAccessibleName(self.tr("Licences"))
        self.licence_list.setHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence")]
        )
        self.licence_list.setRootIsDecorated(False)
        self.licence_text = QPlainTextEdit()
        self.licence_text.setReadOnly(True)
        # Licence texts come hard-wrapped at ~80 columns: soft wrapping on top breaks them up.
        self.licence_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.licence_text.setAccessibleName(self.tr("Licence text"))
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
                self.tr(
                    "The list of licences is missing or damaged in this installation "
                    "({folder}). Reinstalling FieldRide restores it."
                ).format(folder=resource_path("licenses"))
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
                self.tr("Cannot open the data folder"),
                self.tr(
                    "The data folder {folder} does not exist any more. FieldRide creates it "
                    "again the next time it starts."
                ).format(folder=folder),
            )
            return
        if not self._open_url(QUrl.fromLocalFile(str(folder))):
            self.prompts.error(
                self.tr("Cannot open the data folder"),
                self.tr(
                    "No file manager answered. The data folder is {folder}; use “Copy path” "
                    "and open it from your file manager."
                ).format(folder=folder),
            )
            return
        self.data_folder_opened.emit(str(folder))

    def copy_path(self) -> None:
        QGuiApplication.clipboard().setText(str(self.data_folder))
