"""Starting the app: QApplication, the main window, the store.

Start-up order: the main window (navigation and an empty frame) is shown first; right
after its first paint the store is opened with the cheap checks only (header, schema, newer
version; the full ``integrity_check`` after an unclean shutdown stays blocking) and the last
screen used is built and filled. ``quick_check`` then runs on its own read-only connection in a
background thread (:class:`StartupChecks`); until it passes nothing is backed up and the default
scorecards are not installed. If it finds the file damaged, the window goes away without
writing anything more (no flush, no checkpoint) and the recovery window offers the backups.

A store that cannot be opened (damaged, newer version, unwritable folder) is explained in a
plain dialog; the app never shows a traceback.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from fieldride import paths
from fieldride.desktop import APP_ID
from ui import settings, theme
from ui.resources import register_fallback_fonts, register_fonts, window_icon
from ui.single_instance import (
    InstanceGuard,
    Outcome,
    cannot_lock_message,
    raised_message,
    unreachable_message,
)

if TYPE_CHECKING:
    from datetime import datetime
    from types import TracebackType

    from fieldride.store import FileCheck, Store, StoreError
    from ui.idle_collection import IdleCollector
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

LISTEN_DELAY_MS = 250

# (folder, error, parent) -> the recovered store, or None when the user quits
Recover = Callable[[Path, "StoreError", "QWidget | None"], "Store | None"]


def create_application(qt_args: Sequence[str] = ()) -> QApplication:
    """The QApplication: Fusion (asked for on the command line, so Qt creates one style, not
    its default and then Fusion), names, icon, and the bundled DejaVu Sans (registered
    before anything is drawn: on a machine without fonts every glyph would be a box; Qt offers
    no reliable way to tell such a machine apart cheaply, it reports alias families)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):  # tests, the self-test: Fusion if it is not yet
        if existing.style().name().lower() != "fusion":
            existing.setStyle("Fusion")
        return existing
    app = QApplication([sys.argv[0] if sys.argv else "fieldride", "-style", "fusion", *qt_args])
    app.setApplicationName("FieldRide")
    app.setOrganizationName("FieldRide")
    # The desktop entry's name (fieldride desktop install): Wayland's app id, so the dock and
    # the window switcher show the entry's name and icon for this window.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(window_icon())
    register_fonts()
    return app


def apply_style(app: QApplication, high_contrast: bool, before_paint: bool = False) -> None:
    """Fusion, the light/dark palette of the system (or high contrast) and the style sheets.
    ``before_paint``: the app's start, where the scheme is read from the platform palette
    (``theme.system_scheme``) and checked against Qt's after the first paint."""
    scheme = theme.system_scheme(from_palette=True) if before_paint else None
    theme.apply_theme(app, high_contrast, scheme)


def claim_data_folder(
    data_dir: str | None, listen: bool = True
) -> tuple[InstanceGuard | None, int]:
    """Become the one instance writing this data folder → (guard, 0); or explain → (None, exit
    code: 0 when the running instance came forward, 1 when it does not answer).

    A second launch asks the running one to come forward and exits; if the lock is held but
    nobody answers, it says who holds it. A folder that cannot be created is left for
    ``open_store`` to report. With ``listen=False`` the caller must call ``guard.listen()``
    soon (the app does it after its first paint).
    """
    folder = paths.data_dir(data_dir)
    try:
        paths.ensure_private_dir(folder)
    except OSError:
        return InstanceGuard(folder), 0  # not lockable; open_store explains the folder problem
    guard = InstanceGuard(folder)
    outcome = guard.acquire(listen=listen)
    if outcome is Outcome.PRIMARY:
        return guard, 0
    _speak_the_users_language(folder)  # what follows is said to the user
    if outcome is Outcome.RAISED:
        print(raised_message(folder), file=sys.stderr)
        return None, 0
    from PySide6.QtWidgets import QMessageBox

    if outcome is Outcome.CANNOT_LOCK:
        message = cannot_lock_message(folder, guard.holder())
        print(message, file=sys.stderr)
        title = QCoreApplication.translate("AppStart", "FieldRide cannot start")
        QMessageBox.critical(None, title, message)
        return None, 1
    message = unreachable_message(folder, guard.holder())
    print(message, file=sys.stderr)
    title = QCoreApplication.translate("AppStart", "FieldRide is already running")
    QMessageBox.warning(None, title, message)
    return None, 1


def _speak_the_users_language(folder: Path) -> None:
    """The UI language of ``folder`` (its UI state) for a launch that ends before any window:
    the running instance came forward, or cannot be reached, or no lock can be written."""
    from ui import translation

    app = QCoreApplication.instance()
    if app is not None:
        settings.configure(folder)
        translation.install(app)


def bring_forward(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    else:
        window.show()
    window.raise_()
    window.activateWindow()


def resume_ride_in_progress(window: MainWindow, store: Store) -> int | None:
    """Reopen the ride in progress (if any) exactly where it was left; return its id."""
    from fieldride import rides
    from fieldride.errors import DomainError

    ride = rides.ride_in_progress(store)
    if ride is None:
        return None
    try:
        window.open_ride(ride.id)
    except DomainError:
        log.warning("could not reopen the ride in progress", exc_info=True)
        return None
    return ride.id


def install_default_scorecards(store: Store) -> int:
    """Install bundled scorecards not installed before; return how many were added."""
    from fieldride.scorecards.defaults import install_defaults

    return len(install_defaults(store))


def daily_backup_due(folder: Path, now: datetime | None = None) -> bool:
    """True when the newest daily backup is older than a day (or there is none); the same
    rule as ``backup.maybe_daily_backup``."""
    from datetime import UTC, datetime, timedelta

    from fieldride.store import list_backups

    now = now or datetime.now(UTC)
    daily = [b for b in list_backups(folder) if b.kind == "daily"]
    return not daily or now - daily[0].taken_at >= timedelta(days=1)


def prepare_store(store: Store) -> None:
    """First-run and every-run chores, all at once (self-test, tests): default scorecards, the
    daily backup. The app spreads them over :class:`StartupChecks` instead."""
    from fieldride.store import BackupError, maybe_daily_backup

    install_default_scorecards(store)
    try:
        maybe_daily_backup(store)
    except BackupError:
        log.warning("daily backup failed", exc_info=True)


class StartupChecks(QObject):
    """The checks and chores owed after the first paint, in order.

    1. ``quick_check`` on its own read-only connection in a background thread (skipped when
       ``open_store`` already ran a check: a new file, an unclean shutdown, pending migrations);
    2. once it passed: install bundled scorecards not installed yet (a write, so only now);
    3. the daily backup, if due, from a read-only connection in the background (a backup of a
       damaged file would push sound ones out, so only after the check passed).

    Signals: ``passed()`` after step 1 succeeded; ``damaged(error)`` when it found the file
    damaged (a ``CorruptStoreError``); ``finished()`` after the last step (or a failure).
    A check that could not run (the file busy) is logged and skips the backup; it runs again at
    the next start. :meth:`cancel` (at quit) interrupts a running check through SQLite
    (:class:`fieldride.store.FileCheck`), so quitting never waits for it; it too runs again at
    the next start.
    """

    passed = Signal()
    damaged = Signal(object)
    finished = Signal()

    def __init__(self, store: Store, on_defaults: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.store = store
        self.on_defaults = on_defaults
        self.done = False
        self.file_check: FileCheck | None = None

    def start(self) -> None:
        if not self.store.check_pending:
            self._passed()
            return
        from fieldride.store import FileCheck
        from ui.background import checks_pool, run_in_background

        self.file_check = FileCheck(self.store.path)
        run_in_background(
            self.file_check.run, lambda _r: self._passed(), self._failed, checks_pool()
        )

    def cancel(self) -> None:
        """Interrupt the check if it is running (or keep it from starting)."""
        if self.file_check is not None:
            self.file_check.cancel()

    def _failed(self, err: BaseException) -> None:
        from fieldride.store import CheckCancelledError, CorruptStoreError

        if isinstance(err, CheckCancelledError):
            log.info("integrity check after start-up cancelled (the app quit)")
        elif isinstance(err, CorruptStoreError):
            log.error("integrity check after start-up failed: the data file is damaged")
            log.debug("quick_check findings: %s", err.details)
            self.damaged.emit(err)
        else:
            log.warning("integrity check after start-up could not run: %s", type(err).__name__)
        self._finish()

    def _passed(self) -> None:
        if self.store._closed:
            self._finish()
            return
        self.store.check_pending = False
        self.passed.emit()
        try:
            if install_default_scorecards(self.store) and self.on_defaults is not None:
                self.on_defaults()
        except Exception:  # a broken bundled file must not stop the app; tests cover them
            log.warning("installing the bundled scorecards failed", exc_info=True)
        folder = self.store.folder
        if not daily_backup_due(folder):
            self._finish()
            return
        from fieldride.store import backup_folder
        from ui.background import checks_pool, run_in_background

        run_in_background(
            lambda: backup_folder(folder, reason="daily"),
            lambda _path: self._finish(),
            self._backup_failed,
            checks_pool(),
        )

    def _backup_failed(self, err: BaseException) -> None:
        log.warning("daily backup failed: %s", err)
        self._finish()

    def _finish(self) -> None:
        self.done = True
        self.finished.emit()


class AppStart(QObject):
    """Runs the app's start-up after the main window's first paint (see the module docstring).

    ``recover`` shows the recovery window (injectable for tests: it is modal). ``exit_code``
    is set when the app must stop (the user quit the recovery window, or the store cannot be
    opened); ``app.exit(exit_code)`` is called then.
    """

    store_opened = Signal()
    shown = Signal()  # the first screen shows its data and the menus are filled

    def __init__(
        self,
        app: QApplication,
        window: MainWindow,
        data_dir: str | None,
        recover: Recover | None = None,
    ) -> None:
        super().__init__()
        self.app = app
        self.window = window
        self.data_dir = data_dir
        self.folder = paths.data_dir(data_dir)
        self.recover = recover or _recover_store
        self.store: Store | None = None
        self.checks: StartupChecks | None = None
        self.exit_code: int | None = None
        self.collector: IdleCollector | None = None

    def open(self) -> None:
        """Open the store (or recover it), fill the window, start the background checks."""
        from fieldride.collector import resume_collector
        from fieldride.store import CorruptStoreError, StoreError, open_store

        try:
            store: Store | None = open_store(self.data_dir, quick_check=False)
        except CorruptStoreError as err:  # damaged or lost: explain, offer the newest good backup
            resume_collector()  # a dialog the user may read at length: not start-up any more
            store = self.recover(self.folder, err, self.window)
        except StoreError as err:
            from PySide6.QtWidgets import QMessageBox

            resume_collector()
            QMessageBox.critical(self.window, self.tr("FieldRide cannot open its data"), str(err))
            self._stop(1)
            return
        if store is None:
            self._stop(1)
            return
        self._attach(store)

    def _attach(self, store: Store) -> None:
        import sqlite3

        from fieldride import rides
        from fieldride.logsetup import setup_logging

        self.store = store
        setup_logging(store.folder)
        # checkpoints in a thread of their own, not inside a rating's COMMIT on this thread;
        # they wait until the start-up check has passed
        store.start_checkpoints()
        try:
            ride = rides.ride_in_progress(store)
            # The ride in progress is reopened where it was left; only then is another screen
            # built.
            self.window.attach_store(
                store, resume_ride=ride.id if ride is not None else None, fill_menus=False
            )
        except sqlite3.DatabaseError:  # a damaged page read before the check came back
            log.error("reading the data file failed before its check ran", exc_info=True)
            self._check_now(store)
            return
        self.checks = StartupChecks(store, on_defaults=self.window.refresh_all)
        self.checks.damaged.connect(self._damaged)
        self.store_opened.emit()
        # What the user does not need to see the data goes one event-loop turn later.
        QTimer.singleShot(0, self, lambda: self._after_shown(store))

    def _after_shown(self, store: Store) -> None:
        from fieldride.collector import resume_collector

        resume_collector()  # the first screen is up: the collector's pause ends
        if self.store is not store:  # replaced or abandoned meanwhile
            return
        if self.collector is None:
            from ui.idle_collection import IdleCollector

            # full collections in the pauses of the writing, not inside a keystroke
            self.collector = IdleCollector(self, self._quiet_for)
        theme.confirm_system_scheme()
        self.window.fill_menus()  # actions and shortcuts: a moment after the data shows
        register_fallback_fonts()  # Hebrew, Arabic, CJK… names: letters, not boxes
        self.shown.emit()
        from ui.dialogs.placement_notice import show_placement_notice

        show_placement_notice(self.window, store.folder)
        log.info("app started")
        if self.checks is not None:
            # the first-run setup reads and writes the file: only once it is known sound
            self.checks.passed.connect(lambda: self._offer_setup(store))
            self.checks.start()
        # PySide6's import hook read the source of every module imported after it into
        # linecache (looking for ``__feature__``): memory the app does not need again.
        import linecache

        linecache.clearcache()

    def _quiet_for(self) -> float:
        """Seconds since the store's writer last wrote (forever without a store)."""
        checkpointer = self.store.checkpointer if self.store is not None else None
        return checkpointer.quiet_for() if checkpointer is not None else float("inf")

    def _offer_setup(self, store: Store) -> None:
        """On a new data folder: ask once for the manager's name, organisation and page size."""
        if self.store is not store:
            return
        from ui.dialogs.first_run import offer_first_run_setup

        setup = offer_first_run_setup(self.window, store, self.window.prompts)
        if setup is not None:
            setup.settings_saved.connect(self.window.refresh_all)

    def _check_now(self, store: Store) -> None:
        """Run the owed check on this thread; a damaged file goes to :meth:`_damaged`."""
        from PySide6.QtWidgets import QMessageBox

        from fieldride.collector import resume_collector
        from fieldride.store import CorruptStoreError, StoreError, check_store_file

        resume_collector()  # the dialogs below are not start-up any more
        try:
            check_store_file(store.path)
        except CorruptStoreError as err:
            self._damaged(err)
            return
        except StoreError as err:
            QMessageBox.critical(self.window, self.tr("FieldRide cannot open its data"), str(err))
        else:  # sound after all: a read error we cannot explain; stop rather than guess
            QMessageBox.critical(
                self.window,
                self.tr("FieldRide cannot read its data"),
                self.tr(
                    "Reading the data file {path} failed although its check passed. Nothing was "
                    "changed. Quit other programs using it and start FieldRide again."
                ).format(path=store.path),
            )
        store.abandon()
        self.store = None
        self._stop(1)

    def _damaged(self, err: StoreError) -> None:
        """The background check found the file damaged: stop writing, offer the backups."""
        store = self.store
        if store is None:
            return
        self.window.hide()  # hide, not close: closing would flush pending edits into the file
        store.abandon()
        self.store = None
        recovered = self.recover(self.folder, err, None)
        if recovered is None:
            self._stop(1)
            return
        from ui.main_window import MainWindow

        old = self.window
        self.window = MainWindow(None)
        old.deleteLater()
        self.window.show()
        self._attach(recovered)

    def _stop(self, code: int) -> None:
        self.exit_code = code
        self.window.hide()
        self.app.exit(code)

    def close(self) -> None:
        """At quit: cancel a running check (interrupted within milliseconds; it is owed again
        at the next start), wait for its thread to let go of its read connection and for a
        daily backup being written, close the store."""
        from ui.background import checks_pool

        if self.checks is not None:
            self.checks.cancel()
        if self.collector is not None:
            self.collector.stop()
        checks_pool().waitForDone(30_000)
        if self.store is not None:
            self.store.close()
            self.store = None


def _recover_store(folder: Path, err: StoreError, parent: QWidget | None) -> Store | None:
    from ui.dialogs.recovery import recover_store

    return recover_store(folder, err, parent)


# --- first paint, and the plug-in point for harnesses --------------------------------------------
def watch_first_paint(window: QWidget, on_paint: Callable[[float], None]) -> None:
    """Call ``on_paint(epoch_seconds)`` once, right after ``window`` first paints. The filter
    then leaves the window: every later event of the window would otherwise call it in Python."""

    class _Probe(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                self.deleteLater()
                when = time.time()
                # After the paint event has been handled, not before it.
                QTimer.singleShot(0, lambda: on_paint(when))
            return False

    probe = _Probe(window)
    window.installEventFilter(probe)


StartHook = Callable[["AppStart"], None]
_start_hooks: list[StartHook] = []


def add_start_hook(hook: StartHook) -> None:
    """Have ``hook(start)`` called by :func:`run_app` once the main window exists, before it is
    shown and after the app's own first-paint callbacks are installed. The plug-in point for
    harnesses that drive or measure the real app (``benchmarks/app_probe.py``,
    ``tests/harness/drive_app.py``): they use ``start.app``, ``start.window``, ``start.store`` and
    the ``start.shown`` signal, and the product itself installs none."""
    _start_hooks.append(hook)


def install_storage_hook(start: AppStart) -> None:
    """A write outside the store's queue that fails for a storage reason (disk full, read-only,
    I/O error) and escapes a slot is not a traceback on stderr: it is logged (the error class
    and where, never the message), the transaction is rolled back and the status bar says the
    change was not saved. Any other exception goes to the previous hook. Installed before the
    first paint; the store's error helpers are imported when an exception arrives (by then the
    store is open and they are loaded), so the first paint does not wait for sqlite3."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], err: BaseException, tb: TracebackType | None) -> None:
        from fieldride.store import classify, error_name

        if classify(err) is None:
            previous(kind, err, tb)
            return
        where = "?"  # the innermost function of the UI it came through (the slot's own code)
        while tb is not None:
            if f"{os.sep}ui{os.sep}" in tb.tb_frame.f_code.co_filename:
                where = tb.tb_frame.f_code.co_qualname
            tb = tb.tb_next
        log.error("a write outside the queue failed: %s (in %s)", error_name(err), where)
        store = start.store
        if store is not None:
            try:
                store.db.rollback()
            except Exception:  # already rolled back by SQLite
                log.debug("no transaction to roll back")
        start.window.show_write_lost(err)

    sys.excepthook = hook


def run_app(data_dir: str | None, qt_args: Sequence[str] = ()) -> int:
    # Privacy: whatever the app writes (UI state, exports, Qt's own files) is the user's only.
    os.umask(0o077)
    app = create_application(qt_args)
    guard, code = claim_data_folder(data_dir, listen=False)
    if guard is None:
        return code
    settings.configure(paths.data_dir(data_dir))
    from ui import translation

    translation.install(app)  # before any window: every string is translated as it is built
    apply_style(app, settings.get_bool(settings.HIGH_CONTRAST), before_paint=True)
    theme.follow_system_scheme(app)
    from ui.main_window import MainWindow

    window = MainWindow(None)
    start = AppStart(app, window, data_dir)
    guard.activation_requested.connect(lambda: bring_forward(start.window))

    def first_paint(_when: float) -> None:
        # Answering later launches is not needed to show the data: listen a moment after the
        # first paint (loading QtNetwork can wait); a second launch keeps trying for up to 2 s.
        QTimer.singleShot(LISTEN_DELAY_MS, guard.listen)
        # The store opens right after the first paint, inside the paint callback (no extra
        # hop), so the benchmark hook below sees the data loaded before it reports it.
        start.open()

    watch_first_paint(window, first_paint)
    for hook in _start_hooks:  # harnesses: benchmarks, crash tests (see add_start_hook)
        hook(start)
    from ui.os_signals import QuitOnSignal

    def quit_cleanly() -> None:
        # the system's way out (logout, shutdown): pending edits are flushed first, and edits
        # waiting for a full disk are tried once more, without a question nobody would answer
        start.window.ask_before_losing_writes = False
        start.window.close()
        app.quit()

    signals = QuitOnSignal(quit_cleanly)
    install_storage_hook(start)
    window.show()
    try:
        result = app.exec()
        return start.exit_code if start.exit_code is not None else result
    finally:
        signals.restore()
        start.close()
        guard.release()
        log.info("app closed cleanly")
