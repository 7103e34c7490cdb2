"""Starting the app: QApplication, the store, the main window.

A store that cannot be opened (damaged, newer version, unwritable folder) is explained in a
plain dialog; the app never shows a traceback.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QMessageBox

from fieldride import paths
from fieldride.backup import BackupError, maybe_daily_backup
from fieldride.db import CorruptStoreError, Store, StoreError, open_store
from fieldride.logsetup import setup_logging
from fieldride.scorecards.defaults import install_defaults
from ui import settings
from ui.resources import icon, register_fonts, stylesheet

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
    sheet = stylesheet("base.qss")
    if high_contrast:
        sheet += "\n" + stylesheet("high-contrast.qss")
    app.setStyleSheet(sheet)


def prepare_store(store: Store) -> None:
    """First-run and every-run chores: default scorecards, the daily backup."""
    install_defaults(store)
    try:
        maybe_daily_backup(store)
    except BackupError:
        log.warning("daily backup failed", exc_info=True)


def run_app(data_dir: str | None, qt_args: Sequence[str] = ()) -> int:
    app = create_application(qt_args)
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
    prepare_store(store)
    from ui.main_window import MainWindow

    window = MainWindow(store)
    window.show()
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
        log.info("app closed cleanly")
