"""Starting the app: QApplication, the store, the main window.

A store that cannot be opened (damaged, newer version, unwritable folder) is explained in a
plain dialog; the app never shows a traceback.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fieldride import paths, rides
from fieldride.backup import BackupError, maybe_daily_backup
from fieldride.db import CorruptStoreError, Store, StoreError, open_store
from fieldride.logsetup import setup_logging
from fieldride.records import DomainError
from fieldride.scorecards.defaults import install_defaults
from ui import settings, theme
from ui.resources import icon, register_fonts
from ui.single_instance import InstanceGuard, Outcome, raised_message, unreachable_message

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)


def create_application(qt_args: Sequence[str] = ()) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication([sys.argv[0] if sys.argv else "fieldride", *qt_args])
    app.setApplicationName("FieldRide")
    app.setOrganizationName("FieldRide")
    app.setStyle("Fusion")
    app.setWindowIcon(icon("fieldride.png"))
    register_fonts()
    return app


def apply_style(app: QApplication, high_contrast: bool) -> None:
    """Fusion, the light/dark palette of the system (or high contrast) and the style sheets."""
    theme.apply_theme(app, high_contrast)


def claim_data_folder(data_dir: str | None) -> tuple[InstanceGuard | None, int]:
    """Become the one instance writing this data folder → (guard, 0); or explain → (None, exit
    code: 0 when the running instance came forward, 1 when it does not answer).

    A second launch asks the running one to come forward and exits; if the lock is held but
    nobody answers, it says who holds it. A folder that cannot be created is left for
    ``open_store`` to report.
    """
    folder = paths.data_dir(data_dir)
    try:
        paths.ensure_private_dir(folder)
    except OSError:
        return InstanceGuard(folder), 0  # not lockable; open_store explains the folder problem
    guard = InstanceGuard(folder)
    outcome = guard.acquire()
    if outcome is Outcome.PRIMARY:
        return guard, 0
    if outcome is Outcome.RAISED:
        print(raised_message(folder), file=sys.stderr)
        return None, 0
    message = unreachable_message(folder, guard.holder())
    print(message, file=sys.stderr)
    QMessageBox.warning(None, "FieldRide is already running", message)
    return None, 1


def bring_forward(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    else:
        window.show()
    window.raise_()
    window.activateWindow()


def resume_ride_in_progress(window: MainWindow, store: Store) -> int | None:
    """Reopen the ride in progress (if any) exactly where it was left; return its id."""
    ride = rides.ride_in_progress(store)
    if ride is None:
        return None
    try:
        window.open_ride(ride.id)
    except DomainError:
        log.warning("could not reopen the ride in progress", exc_info=True)
        return None
    return ride.id


def prepare_store(store: Store) -> None:
    """First-run and every-run chores: default scorecards, the daily backup."""
    install_defaults(store)
    try:
        maybe_daily_backup(store)
    except BackupError:
        log.warning("daily backup failed", exc_info=True)


def run_app(data_dir: str | None, qt_args: Sequence[str] = ()) -> int:
    # Privacy: whatever the app writes (UI state, exports, Qt's own files) is the user's only.
    os.umask(0o077)
    app = create_application(qt_args)
    guard, code = claim_data_folder(data_dir)
    if guard is None:
        return code
    try:
        store = open_store(data_dir)
    except CorruptStoreError as err:  # damaged or lost: explain, offer the newest good backup
        from ui.widgets.recovery_dialog import recover_store

        recovered = recover_store(paths.data_dir(data_dir), err)
        if recovered is None:
            return 1
        store = recovered
    except StoreError as err:
        QMessageBox.critical(None, "FieldRide cannot open its data", str(err))
        return 1
    setup_logging(store.folder)
    settings.configure(store.folder)
    apply_style(app, settings.get_bool(settings.HIGH_CONTRAST))
    theme.follow_system_scheme(app)
    prepare_store(store)
    from ui.main_window import MainWindow

    window = MainWindow(store)
    window.show()
    guard.activation_requested.connect(lambda: bring_forward(window))
    resume_ride_in_progress(window, store)
    from ui.launch import install_exit_after_paint  # benchmark hook: FIELDRIDE_EXIT_AFTER_PAINT

    install_exit_after_paint(app, window)
    from ui import crash_driver  # crash-harness hook: FIELDRIDE_DRIVE=<script.jsonl>

    crash_driver.install(app, window, store)
    from ui.widgets.placement_notice import show_placement_notice

    show_placement_notice(window, store.folder)
    log.info("app started")
    try:
        return app.exec()
    finally:
        store.close()
        guard.release()
        log.info("app closed cleanly")
