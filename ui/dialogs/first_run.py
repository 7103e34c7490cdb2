"""First-run setup: on a new data folder the manager is asked once for their name, organisation
and page size (the "Output and branding" dialog, titled as a welcome). Saved or cancelled, it is
not asked again (left unanswered, it is asked at the next start); File ▸ Output and branding
edits the same values later.

Call ``offer_first_run_setup(parent, store, prompts)`` after the main window is shown; it returns
None at once when the folder already holds data or the setup was offered before, else the dialog,
shown modeless (like the placement notice: nothing that drives the window is blocked by it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from fieldride.settings import mark_setup_offered, setup_due
from fieldride.store import Store
from ui.dialogs.output_settings import OutputSettingsDialog
from ui.prompts import PromptService
from ui.translation import QT_TRANSLATE_NOOP

WELCOME_TITLE = QT_TRANSLATE_NOOP("FirstRun", "Welcome to FieldRide")


def welcome_title() -> str:
    """The dialog's title in the UI language."""
    return QCoreApplication.translate("FirstRun", WELCOME_TITLE)


def first_run_dialog(
    store: Store, prompts: PromptService, parent: QWidget | None = None
) -> OutputSettingsDialog:
    """The output settings dialog worded for a first start, the name field focused."""
    dialog = OutputSettingsDialog(store, prompts, parent)
    dialog.setWindowTitle(welcome_title())
    intro = QLabel(
        QCoreApplication.translate(
            "FirstRun",
            "Welcome to FieldRide. Your name and organisation go on the documents you print "
            "for sellers. You can change them later in File ▸ Output and branding.",
        )
    )
    intro.setWordWrap(True)
    layout = dialog.layout()
    if isinstance(layout, QVBoxLayout):
        layout.insertWidget(0, intro)
    dialog.intro = intro
    dialog.save_button.setText(QCoreApplication.translate("FirstRun", "&Start"))
    dialog.manager_name.setFocus()
    return dialog


def offer_first_run_setup(
    parent: QWidget | None, store: Store, prompts: PromptService
) -> OutputSettingsDialog | None:
    """Show the setup when it is due (once per data folder); the dialog, or None."""
    if not setup_due(store):
        return None
    dialog = first_run_dialog(store, prompts, parent)
    # Answered (saved or cancelled), it is not asked again; a start that ends with the dialog
    # still open (the app quit, the laptop lost power) asks again next time.
    dialog.finished.connect(lambda _result: mark_setup_offered(store))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.manager_name.setFocus()
    return dialog
