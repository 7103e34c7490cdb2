"""The "Output and branding" dialog: the manager's name, organisation name, logo image, accent
colour and page size printed on every PDF. Stored in the data file through ``fieldride.settings``
(keys manager_name, org_name, logo_path, accent_color, page_size), so the CLI and the app produce
the same documents. The same dialog is the first-run setup (``ui.dialogs.first_run``).

Open it with ``show_output_settings(parent, store, prompts)``; the dialog never runs ``exec`` in
its constructor. ``settings_saved`` is emitted after the values are committed. A logo that is
missing or not a readable PNG/JPEG is refused with a message naming the file; nothing is saved.
``choose_colour`` and the prompts service are injectable for tests.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldride.settings import all_settings, save_output_settings
from fieldride.store import Store
from ui import saving
from ui.prompts import PromptService
from ui.widgets.placeholders import fit_placeholders

HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
DEFAULT_ACCENT = "#1F5C99"


def _pick_colour(initial: QColor, parent: QWidget | None) -> QColor | None:
    colour = QColorDialog.getColor(
        initial, parent, QCoreApplication.translate("OutputSettingsDialog", "Accent colour")
    )
    return colour if colour.isValid() else None


class OutputSettingsDialog(QDialog):
    settings_saved = Signal()

    def __init__(self, store: Store, prompts: PromptService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.prompts = prompts
        self.choose_colour: Callable[[QColor, QWidget | None], QColor | None] = _pick_colour
        self.setWindowTitle(self.tr("Output and branding"))
        self.intro: QLabel | None = None  # the first-run setup's welcome line
        self.setMinimumWidth(520)
        values = all_settings(store)
        from fieldride.reports.layout import default_page_size

        self.locale_size = default_page_size()

        self.manager_name = QLineEdit(str(values.get("manager_name") or ""))
        self.manager_name.setPlaceholderText(
            self.tr("Printed as the manager on handouts and briefs")
        )
        self.manager_name.setAccessibleName(self.tr("Your name"))

        self.org_name = QLineEdit(str(values.get("org_name") or ""))
        self.org_name.setPlaceholderText(self.tr("Printed at the top of every document"))
        self.org_name.setAccessibleName(self.tr("Organisation name"))

        self.logo_path = QLineEdit(str(values.get("logo_path") or ""))
        self.logo_path.setPlaceholderText(self.tr("PNG or JPEG; leave empty for no logo"))
        self.logo_path.setAccessibleName(self.tr("Logo image file"))
        self.logo_path.textChanged.connect(self._show_logo)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse_logo)
        clear = QPushButton(self.tr("No logo"))
        clear.clicked.connect(lambda: self.logo_path.setText(""))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_path, 1)
        logo_row.addWidget(browse)
        logo_row.addWidget(clear)
        self.logo_preview = QLabel()
        self.logo_preview.setMinimumHeight(40)

        accent = str(values.get("accent_color") or DEFAULT_ACCENT)
        self.accent = QLineEdit(accent if HEX.match(accent) else DEFAULT_ACCENT)
        self.accent.setAccessibleName(self.tr("Accent colour"))
        self.accent.setMaxLength(7)
        self.accent.textChanged.connect(self._show_swatch)
        self.swatch = QPushButton(self.tr("Pick colour…"))
        self.swatch.setAccessibleName(self.tr("Pick accent colour"))
        self.swatch.clicked.connect(self._pick)
        accent_row = QHBoxLayout()
        accent_row.addWidget(self.accent)
        accent_row.addWidget(self.swatch)
        accent_row.addStretch(1)

        self.page_size = QComboBox()
        self.page_size.setAccessibleName(self.tr("Page size"))
        system = (
            self.tr("From the system (Letter)")
            if self.locale_size == "letter"
            else self.tr("From the system (A4)")
        )
        self.page_size.addItem(system, "")
        self.page_size.addItem(self.tr("Letter (8.5 × 11 in)"), "letter")
        self.page_size.addItem(self.tr("A4 (210 × 297 mm)"), "a4")
        index = self.page_size.findData(str(values.get("page_size") or ""))
        self.page_size.setCurrentIndex(max(index, 0))

        self.handout_attachments = QCheckBox(
            self.tr("Print the photos and files attached to the calls on the coaching summary")
        )
        self.handout_attachments.setChecked(bool(values.get("handout_attachments")))
        self.handout_attachments.setToolTip(
            self.tr(
                "Photos are scaled to fit the page; other files are listed by name. Files on the "
                "private note are never printed."
            )
        )

        form = QFormLayout()
        form.addRow(self.tr("Your name"), self.manager_name)
        form.addRow(self.tr("Organisation name"), self.org_name)
        form.addRow(self.tr("Logo"), logo_row)
        form.addRow("", self.logo_preview)
        form.addRow(self.tr("Accent colour"), accent_row)
        form.addRow(self.tr("Page size"), self.page_size)
        form.addRow("", self.handout_attachments)
        note = QLabel(
            self.tr(
                "Documents stay readable in black and white: a light accent colour is darkened "
                "for headings automatically."
            )
        )
        note.setWordWrap(True)
        fit_placeholders(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._show_swatch(self.accent.text())
        self._show_logo(self.logo_path.text())

    # --- events -------------------------------------------------------------------------------
    def _browse_logo(self) -> None:
        folder = str(Path(self.logo_path.text()).parent) if self.logo_path.text() else ""
        chosen = self.prompts.open_file(
            self.tr("Choose a logo"), folder, self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if chosen:
            self.logo_path.setText(chosen)

    def _pick(self) -> None:
        start = QColor(self.accent.text() if HEX.match(self.accent.text()) else DEFAULT_ACCENT)
        colour = self.choose_colour(start, self)
        if colour is not None:
            self.accent.setText(colour.name().upper())

    def _show_swatch(self, text: str) -> None:
        """The button carries a square of the colour typed (none while it is not a colour)."""
        swatch = QPixmap(16, 16)
        swatch.fill(QColor(text))
        self.swatch.setIcon(QIcon(swatch) if HEX.match(text) else QIcon())

    def _show_logo(self, text: str) -> None:
        pixmap = QPixmap(text) if text and Path(text).is_file() else QPixmap()
        if pixmap.isNull():  # setText clears the pixmap (and setPixmap the text)
            self.logo_preview.setText(
                self.tr("No logo") if not text else self.tr("Cannot show this file")
            )
        else:
            self.logo_preview.setPixmap(
                pixmap.scaledToHeight(36, Qt.TransformationMode.SmoothTransformation)
            )

    def save(self) -> None:
        """Validate, then store all four values; on a problem show it and keep the dialog open."""
        accent = self.accent.text().strip()
        if not HEX.match(accent):
            self.prompts.error(
                self.tr("Output and branding"),
                self.tr(
                    "The accent colour '{accent}' is not a colour: use #RRGGBB, e.g. #1F5C99."
                ).format(accent=accent),
            )
            return
        logo = self.logo_path.text().strip()
        if logo:
            from fieldride.reports.layout import logo_problem

            problem = logo_problem(logo)
            if problem:
                self.prompts.error(self.tr("Output and branding"), problem)
                return
        # Through the store's queue: when the disk cannot take it, the values wait in memory and
        # are written when it can (the status bar says so); settings_saved follows the commit.
        saving.run(
            self.store,
            "settings: output and branding",
            save_output_settings,
            self.store,
            org_name=self.org_name.text().strip(),
            logo_path=logo,
            accent_color=accent.upper(),
            page_size=self.page_size.currentData() or "",
            manager_name=" ".join(self.manager_name.text().split()),
            handout_attachments=self.handout_attachments.isChecked(),
            refused=lambda err: self.prompts.error(self.tr("Output and branding"), str(err)),
            done=lambda _r: self.settings_saved.emit(),
        )
        self.accept()


def show_output_settings(parent: QWidget | None, store: Store, prompts: PromptService) -> bool:
    """Show the dialog modally; True when the user saved."""
    dialog = OutputSettingsDialog(store, prompts, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
