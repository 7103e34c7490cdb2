"""First-run setup (issue 18, item 4): asked once on an empty data folder; the name it stores is
the handout's manager."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from fieldride import rides
from fieldride.settings import get_setting
from fieldride.store import Store
from fieldride.team import sellers
from tests.core.reports_fixtures import pdf_text, typical_ride
from ui.dialogs.first_run import WELCOME_TITLE, offer_first_run_setup
from ui.screens.debrief import report_actions


def test_asked_once_on_an_empty_folder_and_the_handout_names_the_manager(
    qtbot: Any, store: Store, prompts: Any
) -> None:
    dialog = offer_first_run_setup(None, store, prompts)
    assert dialog is not None  # deletes itself on close: not given to qtbot
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == WELCOME_TITLE
    assert dialog.focusWidget() is dialog.manager_name
    assert dialog.intro is not None and "Output and branding" in dialog.intro.text()
    qtbot.keyClicks(dialog.manager_name, "  Dana   Whitfield ")
    qtbot.keyClicks(dialog.org_name, "Northwind Supply")
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("a4"))
    with qtbot.waitSignal(dialog.settings_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert get_setting(store, "manager_name") == "Dana Whitfield"
    assert get_setting(store, "org_name") == "Northwind Supply"
    assert get_setting(store, "page_size") == "a4"
    assert offer_first_run_setup(None, store, prompts) is None  # asked once

    ride_id = typical_ride(store, acknowledge=False)
    rides.edit_ride(store, ride_id, manager_name="")  # planned without a name of its own
    finished: list[Path | None] = []
    report_actions.open_summary(
        store, ride_id, prompts, opener=lambda p: True, on_finished=finished.append
    )
    qtbot.waitUntil(lambda: bool(finished), timeout=20000)
    path = finished[0]
    assert path is not None
    text = pdf_text(path.read_bytes())
    assert "Dana Whitfield" in text and "Manager —" not in text
    assert "Northwind Supply" in text


def test_cancelled_setup_is_not_asked_again(qtbot: Any, store: Store, prompts: Any) -> None:
    dialog = offer_first_run_setup(None, store, prompts)
    assert dialog is not None
    dialog.reject()
    assert get_setting(store, "manager_name") == ""
    assert offer_first_run_setup(None, store, prompts) is None


def test_not_asked_when_the_folder_holds_data(qtbot: Any, store: Store, prompts: Any) -> None:
    sellers.add_seller(store, "Maya Okafor")
    assert offer_first_run_setup(None, store, prompts) is None
    assert get_setting(store, "setup_offered") is False


def test_name_is_editable_later_in_output_settings(qtbot: Any, store: Store, prompts: Any) -> None:
    from ui.dialogs.output_settings import OutputSettingsDialog

    sellers.add_seller(store, "Maya Okafor")
    dialog = OutputSettingsDialog(store, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.manager_name, "Sam Reyes")
    with qtbot.waitSignal(dialog.settings_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert get_setting(store, "manager_name") == "Sam Reyes"


def test_the_app_offers_it_on_an_empty_data_folder(qtbot: Any, tmp_path: Path) -> None:
    """The real start-up (AppStart) on an empty folder: the welcome appears once the file is
    checked; starts that end with it unanswered ask again, and once answered it is not asked."""
    from PySide6.QtWidgets import QApplication

    from tests.ui.test_startup import RecordingExit
    from ui import settings
    from ui.app import AppStart
    from ui.main_window import MainWindow

    folder = tmp_path / "data"
    settings.configure(folder)

    def welcomes() -> list[Any]:
        return [w for w in QApplication.topLevelWidgets() if w.windowTitle() == WELCOME_TITLE]

    def start_once() -> tuple[MainWindow, AppStart, list[Any]]:
        """One real start on the folder; the welcome dialogs shown once the file is checked."""
        window = MainWindow(None)
        start = AppStart(RecordingExit(), window, str(folder))  # type: ignore[arg-type]
        window.show()
        qtbot.waitExposed(window)
        start.open()
        qtbot.waitUntil(lambda: start.checks is not None and start.checks.done, timeout=20000)
        return window, start, [w for w in welcomes() if w.isVisible()]

    for _unanswered in (1, 2):
        window, start, shown = start_once()
        # the first two starts end with the welcome unanswered: it is asked again
        assert len(shown) == 1
        start.close()
        window.close()
        window.deleteLater()
        qtbot.waitUntil(lambda: not [w for w in welcomes() if w.isVisible()])

    for start_number in (1, 2):
        window, start, shown = start_once()
        assert len(shown) == (1 if start_number == 1 else 0)
        for dialog in shown:
            dialog.reject()
        start.close()
        window.hide()
        window.deleteLater()
