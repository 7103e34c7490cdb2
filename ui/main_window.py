"""The main window: navigation on the left, one screen at a time on the right, a save indicator
in the status bar. Screens are declared in ``SCREENS``: a key, the title in the navigation and a
factory that builds the screen and connects its signals to the window (each imports its screen
module when called).

Start-up cost: a screen's module is imported and the screen built on its first navigation
(``screens[key]`` builds it on demand), and the capture and debrief pages on first use. Screens
load their data when shown, never in their constructors. The window can also be created without
a store (``MainWindow(None)``): it paints its navigation and an empty frame, and
:meth:`attach_store` fills it once the store is open (the app's start-up path)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from ui import settings, theme
from ui.prompts import Prompts, PromptService
from ui.translation import QT_TRANSLATE_NOOP
from ui.widgets.navigation import Navigation

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QUndoStack
    from PySide6.QtWidgets import QMenu

    from fieldride.store import Store
    from ui.dialogs.demo_fill import DemoFill
    from ui.screens.capture import CaptureScreen
    from ui.screens.debrief import DebriefScreen
    from ui.screens.seller_view import SellerReviewSession, SellerView
    from ui.widgets.progress_dialog import ProgressTask

log = logging.getLogger(__name__)

# Wide enough for the capture screen with a four-level scale (calls, the rating grid, guidance)
# from the first paint; a wider scale raises it when a ride opens (_fit_minimum_width).
MIN_WIDTH = 1100
FIRST_START_MAXIMIZED_BELOW = 1600  # px of screen width: a small laptop starts maximized
CENTRED = Qt.AlignmentFlag.AlignCenter

# While a write waits for space (disk full, read-only, I/O error), the store's queue is tried
# again this often (and on every new edit).
RETRY_MS = 3000


# A built screen and its reload (for a screen on view when data changes elsewhere).
Built = tuple[QWidget, Callable[[], None]]


class ScreenSpec(NamedTuple):
    key: str
    title: str  # shown in the navigation and the Go menu
    build: Callable[[MainWindow], Built]  # builds the screen and wires it to the window


def _today(w: MainWindow) -> Built:
    from ui.screens.today import TodayScreen

    screen = TodayScreen(w.store, w.prompts)
    screen.saved.connect(w.show_saved)
    screen.data_changed.connect(w.refresh_all)
    screen.navigate.connect(w.show_screen)
    screen.add_sellers_requested.connect(w.add_sellers)
    screen.open_ride.connect(w.open_ride)
    return screen, screen.refresh


def _sellers(w: MainWindow) -> Built:
    from ui.screens.sellers import SellersScreen

    screen = SellersScreen(w.store, w.prompts)
    screen.saved.connect(w.show_saved)
    screen.data_changed.connect(w.refresh_all)
    screen.open_ride.connect(w.open_ride)
    screen.seller_profile_requested.connect(w.show_seller_profile)
    return screen, screen.refresh


def _scorecards(w: MainWindow) -> Built:
    from ui.screens.scorecards import ScorecardsScreen

    screen = ScorecardsScreen(w.store, w.prompts)
    screen.saved.connect(w.show_saved)
    screen.data_changed.connect(w.refresh_all)
    return screen, screen.refresh


def _review(w: MainWindow) -> Built:
    from ui.screens.review import ReviewScreen

    screen = ReviewScreen(w.store, w.prompts)
    screen.saved.connect(w.show_saved)
    screen.data_changed.connect(w.refresh_all)
    screen.seller_profile_requested.connect(w.show_seller_profile)
    return screen, screen.refresh


def _commitments(w: MainWindow) -> Built:
    from ui.screens.commitments import CommitmentsScreen

    screen = CommitmentsScreen(w.store, w.prompts)
    screen.debrief_requested.connect(w.open_debrief)
    return screen, screen.refresh


def _progress(w: MainWindow) -> Built:
    from ui.screens.seller_profile import SellerProfileScreen

    screen = SellerProfileScreen(w.store, w.prompts)
    screen.saved.connect(w.show_saved)
    screen.data_changed.connect(w.refresh_all)
    screen.open_ride.connect(w.open_ride)
    screen.review_session_requested.connect(w.enter_review_session)
    return screen, screen.refresh


def _search(w: MainWindow) -> Built:
    from ui.screens.search import SearchScreen

    screen = SearchScreen(w.store, w.prompts)
    screen.open_ride_at.connect(w.open_ride_at)
    return screen, screen.refresh


def _calibration(w: MainWindow) -> Built:
    from ui.screens.calibration import CalibrationScreen

    screen = CalibrationScreen(w.store, w.prompts)
    screen.saved.connect(w.show_saved)
    return screen, screen.refresh


def _my_coaching(w: MainWindow) -> Built:
    from ui.screens.my_coaching import MyCoachingScreen

    screen = MyCoachingScreen(w.store, w.prompts)
    screen.seller_profile_requested.connect(w.show_seller_profile)
    return screen, screen.refresh


SCREENS: list[ScreenSpec] = [
    ScreenSpec("today", QT_TRANSLATE_NOOP("MainWindow", "Today"), _today),
    ScreenSpec("sellers", QT_TRANSLATE_NOOP("MainWindow", "Sellers"), _sellers),
    ScreenSpec("scorecards", QT_TRANSLATE_NOOP("MainWindow", "Scorecards"), _scorecards),
    ScreenSpec("review", QT_TRANSLATE_NOOP("MainWindow", "Review"), _review),
    ScreenSpec("commitments", QT_TRANSLATE_NOOP("MainWindow", "Commitments"), _commitments),
    ScreenSpec("progress", QT_TRANSLATE_NOOP("MainWindow", "Seller progress"), _progress),
    ScreenSpec("search", QT_TRANSLATE_NOOP("MainWindow", "Search"), _search),
    ScreenSpec("calibration", QT_TRANSLATE_NOOP("MainWindow", "Calibration"), _calibration),
    ScreenSpec("coaching", QT_TRANSLATE_NOOP("MainWindow", "My coaching"), _my_coaching),
]


class _Screens(dict[str, QWidget]):
    """The screens built so far; ``screens[key]`` builds a screen on first use."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self._window = window

    def __missing__(self, key: str) -> QWidget:
        return self._window._build_screen(key)


class _WindowKeysFirst(QObject):
    """The window's ride shortcuts (Ctrl+N, Ctrl+R, Ctrl+D) before a text field's own keys.

    On Linux (X11 key bindings) a text field takes Ctrl+D as "delete the next character", so
    with the focus in the quick-note box or an evidence box Ctrl+D (Debrief) did nothing (seen
    in the Xvfb keyboard walk). Installed on the focused text field only (moved with the
    focus), so no other event pays for it: a ShortcutOverride for one of these keys is refused
    to the field, and Qt then runs the window's action."""

    def __init__(self, window: QWidget, keys: Callable[[], list[QKeySequence]]) -> None:
        super().__init__(window)
        self._window = window
        self._keys = keys
        self._field: QWidget | None = None

    def follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._field is not None and shiboken6.isValid(self._field):
            self._field.removeEventFilter(self)
        self._field = None
        # imported here, at the first focus change: their classes (and enums) are not needed
        # to paint the window
        from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit

        text_field = isinstance(new, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox)
        if new is not None and text_field and new.window() is self._window:
            new.installEventFilter(self)
            self._field = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        from PySide6.QtGui import QKeyEvent

        overridden = event.type() == QEvent.Type.ShortcutOverride
        if overridden and isinstance(event, QKeyEvent) and self._window_key(event):
            event.ignore()
            return True
        return False

    def _window_key(self, event: QKeyEvent) -> bool:
        from PySide6.QtGui import QKeySequence

        return QKeySequence(event.keyCombination()) in self._keys()


class MainWindow(QMainWindow):
    screen_changed = Signal(str)
    store_attached = Signal()

    def __init__(self, store: Store | None, prompts: PromptService | None = None) -> None:
        super().__init__()
        self.store: Store = store  # type: ignore[assignment]  # None only until attach_store
        self.prompts = prompts or Prompts(self)
        self.backup_task: ProgressTask[Path] | None = None  # File ▸ Back up now, while it runs
        self.demo_fill: DemoFill | None = None  # Help ▸ Fill with a demo team, the last one
        self.setWindowTitle(self.tr("FieldRide"))
        self.setMinimumSize(MIN_WIDTH, 640)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.nav = Navigation()  # as wide as its titles; View > Show navigation hides it
        self.stack = QStackedWidget()
        self.loading = QLabel(self.tr("Opening your data…"))
        self.loading.setObjectName("openingData")  # centred by base.qss (no Qt enum needed)
        self.loading.setProperty("role", "hint")
        self.stack.addWidget(self.loading)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.screens: dict[str, QWidget] = _Screens(self)
        self._refreshers: dict[str, Callable[[], None]] = {}
        self._capture: CaptureScreen | None = None
        self._debrief: DebriefScreen | None = None
        self._seller_view: SellerView | None = None
        self._review_session: SellerReviewSession | None = None
        self._seller_page: QWidget | None = None  # the seller has the laptop: only this shows
        self._seller_disabled: list[QAction] = []  # actions switched off for the seller
        for spec in SCREENS:
            title = self.tr(spec.title)  # marked with QT_TRANSLATE_NOOP in SCREENS
            # a row is its screen by position (SCREENS' order); screen readers read the title
            self.nav.addItem(title)
        self._switching = False  # a page switch is under way (_show_page)
        self.nav.currentRowChanged.connect(self._on_nav)
        self.nav.itemClicked.connect(self._on_nav_clicked)
        self.save_label = QLabel()  # "Saving…" while an edit waits, "Saved …" after its commit
        self._data_file_lost = False  # the data file was deleted or replaced while open
        self._unsaved_since: str | None = None  # HH:MM from which nothing is saved (disk full…)
        # False when the system asks the app to quit (SIGTERM at logout): no question then
        self.ask_before_losing_writes = True
        self._retry_timer = QTimer(self)
        self._retry_timer.setInterval(RETRY_MS)
        self._retry_timer.timeout.connect(self.retry_writes)
        self._quit_action: QAction | None = None
        self.save_label.setAccessibleName(self.tr("Save status"))
        self.statusBar().addPermanentWidget(self.save_label)
        self._build_menus()
        self._restore_geometry()
        if store is not None:
            self.attach_store(store)

    def attach_store(
        self, store: Store, resume_ride: int | None = None, fill_menus: bool = True
    ) -> None:
        """Give the window its store and show the ride to resume (``resume_ride``: the ride in
        progress, reopened where it was left) or else the last screen used (built now, loaded
        when shown). Called once: by the constructor, or by the app once the store is open.
        ``fill_menus=False`` leaves the menus' actions to the caller (the app adds them once
        the data is on screen; a menu opened before that fills itself)."""
        self.store = store
        self.save_label.setText(
            self.tr("No changes yet")
        )  # nothing saved in this session to report
        store.pending.add_listener(self._writes_changed)
        self.destroyed.connect(
            lambda _=None, s=store, f=self._writes_changed: s.pending.remove_listener(f)
        )
        if fill_menus:
            self.fill_menus()
        if resume_ride is not None:
            from fieldride.errors import DomainError

            try:
                self.open_ride(resume_ride)
            except DomainError:
                log.warning("could not reopen the ride in progress", exc_info=True)
            else:
                self.store_attached.emit()
                return
        keys = [s.key for s in SCREENS]
        last = settings.get_str(settings.MAIN_SCREEN)
        row = keys.index(last) if last in keys else 0
        self._on_nav(row)
        self.store_attached.emit()

    def _build_screen(self, key: str) -> QWidget:
        """Build the screen and wire its signals (first navigation only)."""
        if self.store is None:
            raise RuntimeError("the main window has no store yet")
        spec = next(s for s in SCREENS if s.key == key)
        screen, refresh = spec.build(self)
        screen.setObjectName(f"screen-{key}")
        self._refreshers[key] = refresh
        dict.__setitem__(self.screens, key, screen)
        self.stack.addWidget(screen)
        settings.restore_layout(screen)
        return screen

    @property
    def capture(self) -> CaptureScreen:
        """The capture page: a page of the stack without a navigation item (reached from
        Today/Sellers), built on first use."""
        if self._capture is None:
            from ui.screens.capture import CaptureScreen

            # built in its place: attaching the finished page would restyle all of it
            page = CaptureScreen(self.store, self.prompts, self.stack)
            page.setObjectName("screen-capture")
            settings.restore_layout(page)
            page.saved.connect(self.show_saved)
            page.saving.connect(self._show_saving)
            page.debrief_requested.connect(self.open_debrief)
            self.stack.addWidget(page)
            self._capture = page
            if self._menus_filled:
                self._bind_capture_undo(page)
        return self._capture

    @property
    def debrief(self) -> DebriefScreen:
        """The debrief page beside capture, reached from its "Debrief →" and from
        Commitments; built on first use."""
        if self._debrief is None:
            from ui.screens.debrief import DebriefScreen

            page = DebriefScreen(self.store, self.prompts)
            page.setObjectName("screen-debrief")
            settings.restore_layout(page)
            page.saved.connect(self.show_saved)
            page.data_changed.connect(self.refresh_all)
            page.capture_requested.connect(self.open_ride)
            page.seller_view_requested.connect(self.enter_seller_view)
            page.self_rating_requested.connect(self.enter_self_rating)
            self.stack.addWidget(page)
            self._debrief = page
        return self._debrief

    # --- navigation ---------------------------------------------------------------------------
    # Every page switch goes through _show_page. The root cause of issue 18's paint-through:
    # hiding the page that holds the keyboard focus (capture, on Ctrl+D) made Qt pass the focus
    # along the focus chain to the navigation list; a list with no current row selects its first
    # row on focus-in, so currentRowChanged(0) switched the stack to Today from INSIDE the
    # stack's own switch to the debrief. The inner switch showed Today, the outer one then
    # showed the debrief and hid only capture: two pages visible for the rest of the session,
    # and the list said Today, so clicking Today changed nothing.
    def _show_page(self, page: QWidget, nav_row: int) -> None:
        """Show ``page`` alone and highlight ``nav_row`` (-1: no item, a ride's page).

        The focus is moved out of the old page before it is hidden (so it never lands on the
        navigation list) and into the new page after; a navigation signal arriving during the
        switch is ignored."""
        if self._switching or (self._seller_page is not None and page is not self._seller_page):
            return  # nothing leaves the seller view but its own "give back" button
        self._switching = True
        try:
            old = self.stack.currentWidget()
            focus = self.focusWidget()
            if old is not page and old is not None and old.isAncestorOf(focus):
                self.stack.setFocus(Qt.FocusReason.OtherFocusReason)
            blocked = self.nav.blockSignals(True)
            self.nav.setCurrentRow(nav_row)
            self.nav.blockSignals(blocked)
            self.stack.setCurrentWidget(page)  # a screen loads its data when shown
            self._fit_minimum_width()  # a page built just now may need more than the minimum
            if self.stack.hasFocus():
                (page.focusWidget() or page).setFocus(Qt.FocusReason.OtherFocusReason)
        finally:
            self._switching = False

    def _on_nav(self, row: int) -> None:
        if row < 0 or self._switching:
            return
        if self.store is None:  # not open yet: attach_store shows the chosen screen
            return
        key = SCREENS[row].key
        screen = self.screens[key]
        if self.stack.currentWidget() is screen:
            self._refreshers[key]()  # already on screen: no show event, so reload here
        else:
            self._show_page(screen, row)
        self.screen_changed.emit(key)

    def _on_nav_clicked(self, item: QListWidgetItem) -> None:
        """A click on the highlighted item whose page is not the one shown still shows it."""
        row = self.nav.row(item)
        if (
            self.store is not None
            and self.stack.currentWidget() is not self.screens[SCREENS[row].key]
        ):
            self._on_nav(row)

    def show_screen(self, key: str) -> QWidget:
        row = [s.key for s in SCREENS].index(key)
        self._on_nav(row)
        return self.screens[key]

    def current_screen_key(self) -> str:
        return SCREENS[max(self.nav.currentRow(), 0)].key

    def open_ride(self, ride_id: int) -> None:
        """Show the capture page for a ride, where it was left."""
        self.capture.open_ride(ride_id)
        self.capture.set_debrief_available(True)
        self._show_page(self.capture, -1)
        self.capture.focus_grid()

    def _fit_minimum_width(self) -> None:
        """Raise the window's minimum width to what the screens built so far need (the capture
        screen with its rating buttons in a row; the Sellers screen's buttons in German), so a
        narrow window grows instead of cutting them off; the explicit minimum set at start would
        otherwise win over the layout's. Called whenever a page is shown."""
        needed = self.minimumSizeHint().width()
        if needed > self.minimumWidth():
            self.setMinimumWidth(needed)
            self._keep_inside_screen(needed)

    def _keep_inside_screen(self, width: int) -> None:
        """A window that grew to ``width`` past the screen's right edge is moved left, as far
        as the screen allows: seen at 1366x768 in Spanish, where Progress widened the window to
        1329 px from x=133 and its right side (the "Log training…" button, the tables' right
        columns) was off the screen."""
        screen = self.screen()
        if screen is None or self.isMaximized() or self.isFullScreen():
            return
        room = screen.availableGeometry()
        frame = self.frameGeometry()
        right = frame.left() + (frame.width() - self.width()) + max(width, self.width()) - 1
        over = right - room.right()
        if over > 0:
            self.move(max(room.left(), frame.left() - over), frame.top())

    def open_ride_at(self, ride_id: int, call_id: int | None, behaviour_key: str | None) -> None:
        """Show the capture page at a call and behaviour (a search result's place)."""
        self.open_ride(ride_id)
        self.capture.open_ride(ride_id, call_id, behaviour_key)

    def show_seller_profile(self, seller_id: int) -> None:
        """Show one seller's progress (from the team grid, or any screen emitting
        ``seller_profile_requested``)."""
        from ui.screens.seller_profile import SellerProfileScreen

        screen = self.show_screen("progress")
        assert isinstance(screen, SellerProfileScreen)  # what _progress builds
        screen.show_seller(seller_id)

    def open_debrief(self, ride_id: int) -> None:
        """Route the capture page's "Debrief →" (and Commitments) to the debrief page."""
        page = self.debrief
        page.open_ride(ride_id)
        self._show_page(page, -1)

    # --- the seller view ----------------------------------------------------------------------
    def enter_self_rating(self, ride_id: int) -> None:
        """Hand the laptop to the seller to rate their own ride before the debrief: the seller
        view's "Rate your own ride" step (see :meth:`enter_seller_view`)."""
        self.enter_seller_view(ride_id, self_rating=True)

    def enter_seller_view(self, ride_id: int, self_rating: bool = False) -> None:
        """Hand the laptop to the seller: the whole window shows the seller view of ``ride_id``
        (no navigation, menus or status bar; the menus' shortcuts are off) until the seller
        view's "Give the laptop back to the manager". ``self_rating``: the step before the
        debrief, where the seller rates their own ride; else the summary to acknowledge."""
        from fieldride.errors import DomainError
        from ui.screens.seller_view import SellerView

        if self._seller_view is None:
            view = SellerView(self.store, self.prompts)
            view.setObjectName("screen-seller-view")
            view.acknowledged.connect(self._seller_acknowledged)
            view.self_rated.connect(lambda _ride: self.show_saved(self.tr("self-assessment")))
            view.handed_back.connect(self.leave_seller_view)
            self.stack.addWidget(view)
            self._seller_view = view
        try:
            if self_rating:
                self._seller_view.load_self_rating(ride_id)
            else:
                self._seller_view.load(ride_id)
        except DomainError as err:
            self.prompts.error(self.tr("Seller view"), str(err))
            return
        self._hand_over(self._seller_view)
        self._seller_view.first_focus().setFocus()

    def leave_seller_view(self, ride_id: int) -> None:
        """The manager has the laptop back: the window as it was, on the ride's debrief."""
        self._take_back()
        self.open_debrief(ride_id)

    def enter_review_session(self, seller_id: int) -> None:
        """Hand the laptop to the seller for a one-on-one: the whole window shows only the
        seller's own record (``SellerReviewSession``) until its "Give the laptop back"."""
        from fieldride.errors import DomainError
        from ui.screens.seller_view import SellerReviewSession

        if self._review_session is None:
            page = SellerReviewSession(self.store)
            page.setObjectName("screen-review-session")
            page.handed_back.connect(self.leave_review_session)
            self.stack.addWidget(page)
            self._review_session = page
        try:
            self._review_session.load(seller_id)
        except DomainError as err:
            self.prompts.error(self.tr("Review with the seller"), str(err))
            return
        self._hand_over(self._review_session)
        self._review_session.give_back.setFocus()

    def leave_review_session(self, seller_id: int) -> None:
        """The manager has the laptop back: on the seller's progress."""
        self._take_back()
        self.show_seller_profile(seller_id)

    def _hand_over(self, page: QWidget) -> None:
        """Show ``page`` alone: no navigation, menus or status bar, every action (and its
        shortcut) off, and no other page reachable until :meth:`_take_back`."""
        self._seller_disabled = [a for a in self._all_actions() if a.isEnabled()]
        for action in self._seller_disabled:
            action.setEnabled(False)
        for bar in (self.nav, self.menuBar(), self.statusBar()):
            bar.hide()
        self._seller_page = page
        self._show_page(page, -1)

    def _take_back(self) -> None:
        self._seller_page = None
        for bar in (self.menuBar(), self.statusBar()):
            bar.show()
        self.nav.restore()
        for action in self._seller_disabled:
            action.setEnabled(True)
        self._seller_disabled = []

    def in_seller_view(self) -> bool:
        """Whether the seller has the laptop (the hand-over or the review session)."""
        return self._seller_page is not None

    def _all_actions(self) -> list[QAction]:
        """The window's actions and every action of its menus (their shortcuts included)."""
        found = list(self.actions())
        for menu in self._menus:
            found += [a for a in menu.actions() if not a.isSeparator()]
        return found

    def _seller_acknowledged(self, ride_id: int) -> None:
        self.show_saved(self.tr("acknowledged by the seller"))
        self.refresh_all()

    def refresh_all(self) -> None:
        """Data changed: reload the screen on view now; the others reload when next shown."""
        for key, screen in self.screens.items():
            if screen.isVisible():
                self._refreshers[key]()

    def show_saved(self, what: str = "") -> None:
        """Called after a COMMIT returned: only then is an edit shown as saved.

        Every edit of every screen reports its commit here, so this is where the data file is
        checked to still be the one the store opened (one ``stat``, microseconds): a file
        deleted, emptied or replaced under the app would otherwise take every later edit into a
        file nobody can open again. A check after each commit (rather than on a timer) needs no
        timer, costs nothing while nobody edits, and loses nothing: the edit just committed went
        to the open file, and the rescue copy is written from that open file."""
        if not self._data_file_still_there():
            return
        if self.store is not None and self.store.pending.failure is not None:
            return  # an earlier edit still waits: nothing may look saved
        stamp = time.strftime("%H:%M:%S")  # 24-hour digits read alike in every language
        self.save_label.setText(
            self.tr("Saved {time} · {what}").format(time=stamp, what=what)
            if what
            else self.tr("Saved {time}").format(time=stamp)
        )

    def _show_saving(self) -> None:
        if not self._data_file_lost and not self._writes_waiting():
            self.save_label.setText(self.tr("Saving…"))

    # --- writes the storage refused (disk full, read-only file, I/O error) --------------------
    def _writes_waiting(self) -> bool:
        return self.store is not None and self.store.pending.failure is not None

    def _writes_changed(self) -> None:
        """The store's queue failed or emptied: say so plainly, and retry on a timer while a
        write waits. The edits stay on screen; what is shown as saved is only what committed."""
        if self.store is None or self._data_file_lost:
            return
        failure = self.store.pending.failure
        if failure is not None:
            started = self.store.pending.since or failure.at
            self._unsaved_since = time.strftime("%H:%M", time.localtime(started))
            self.save_label.setText(failure.message(self._unsaved_since))
            self.save_label.setProperty("role", "warning")
            if not self._retry_timer.isActive():
                self._retry_timer.start()
        else:
            self._retry_timer.stop()
            was, self._unsaved_since = self._unsaved_since, None
            self.save_label.setProperty("role", None)
            if was is not None and self._data_file_still_there():
                stamp = time.strftime("%H:%M:%S")  # 24-hour digits read alike in every language
                self.save_label.setText(
                    self.tr("Saved {time} · everything since {since} is saved now").format(
                        time=stamp, since=was
                    )
                )
                # what waited is on disk now: screens that show it read it again
                QTimer.singleShot(0, self, self._reload_after_waiting_writes)
        self.save_label.style().unpolish(self.save_label)
        self.save_label.style().polish(self.save_label)

    def show_write_lost(self, err: BaseException) -> None:
        """A write outside the store's queue failed for a storage reason (the app's exception
        hook sends it here instead of a traceback): it is not saved and the status says so."""
        from fieldride.store import classify, lost_message

        kind = classify(err)
        if kind is None or self._data_file_lost:
            return
        self.save_label.setText(lost_message(kind))
        self.save_label.setProperty("role", "warning")
        self.save_label.style().unpolish(self.save_label)
        self.save_label.style().polish(self.save_label)

    def _reload_after_waiting_writes(self) -> None:
        if self._debrief is not None and self._debrief.isVisible():
            self._debrief.refresh()
        self.refresh_all()

    def retry_writes(self) -> bool:
        """Try the waiting writes again (the timer; also after space was freed). True when
        nothing waits any more. Never raises: a failure is logged and shown in the status."""
        if self.store is None:
            return True
        try:
            return self.store.pending.retry()
        except Exception:  # a bug in what a commit refreshes: logged, the timer goes on
            log.exception("refreshing after a retried write failed")
            return not self.store.pending

    def _data_file_still_there(self) -> bool:
        from fieldride.store import StoreReplacedError

        if self._data_file_lost:
            return False
        if self.store is None:
            return True
        try:
            self.store.check_file()
        except StoreReplacedError as err:
            self._data_file_gone(str(err))
            return False
        return True

    def _data_file_gone(self, what_happened: str) -> None:
        """The data file is no longer the one the store opened: save what the open store holds
        to a rescue file, stop taking edits, and say what happened and what to do."""
        from fieldride.store import StoreError, write_rescue_copy

        if self.store is None:
            return
        self._data_file_lost = True
        log.error("the data file was deleted, emptied or replaced while open")
        for page in (self._capture, self._debrief):
            if page is not None:
                page.flush()  # text still waiting is committed first, so the rescue holds it
        try:
            rescue = write_rescue_copy(self.store)
        except StoreError as err:
            saved = self.tr(
                "{error} Keep FieldRide open until you have read this; the edits of this "
                "session may be lost."
            ).format(error=err)
            todo = self.tr(
                "Quit FieldRide and start it again: it offers the newest backup in the recovery "
                "window (or run 'fieldride restore --newest')."
            )
        else:
            saved = self.tr(
                "Everything FieldRide had open, your last edit included, was saved to the "
                "rescue file {rescue}."
            ).format(rescue=rescue)
            todo = self.tr(
                "Quit FieldRide, then put the rescue file back with:\n{command}\n"
                "Whatever is at the data file's place by then is kept aside, not deleted."
            ).format(command=f'fieldride --data-dir "{self.store.folder}" restore "{rescue}"')
        self.save_label.setText(self.tr("Not saved: the data file is gone"))
        central = self.centralWidget()
        if central is not None:
            central.setEnabled(False)  # no more edits into a file nobody can open again
        for action in self._all_actions():
            if action is not self._quit_action:
                action.setEnabled(False)
        self.prompts.error(
            self.tr("FieldRide stopped saving"),
            self.tr(
                "{what_happened} This happened outside FieldRide while FieldRide had it open. "
                "Edits made now would be lost, so FieldRide no longer takes any.\n\n"
                "{saved}\n\n{todo}"
            ).format(what_happened=what_happened, saved=saved, todo=todo),
        )

    # --- menus --------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        """The menu bar's menus now (its height is part of the first paint); their actions in
        :meth:`fill_menus`, once the first screen shows its data (creating the actions and
        their shortcuts is not needed for that), or at once if a menu is opened first."""
        titles = (
            self.tr("&File"),
            self.tr("&Edit"),
            self.tr("&Go"),
            self.tr("&View"),
            self.tr("&Help"),
        )
        self._menus = [self.menuBar().addMenu(t) for t in titles]
        for menu in self._menus:
            menu.aboutToShow.connect(self.fill_menus)
        self._menus_filled = False

    def fill_menus(self) -> None:
        """Add the menus' actions and their shortcuts (once; later calls do nothing)."""
        if self._menus_filled:
            return
        self._menus_filled = True
        from PySide6.QtGui import QAction, QKeySequence

        file_menu, edit_menu, go_menu, view_menu, help_menu = self._menus
        self._fill_ride_actions(file_menu)
        output_action = QAction(self.tr("Output and &branding…"), self)
        output_action.triggered.connect(self.show_output_settings)
        file_menu.addAction(output_action)
        team_action = QAction(self.tr("&Team…"), self)
        team_action.triggered.connect(self.show_team)
        file_menu.addAction(team_action)
        sync_action = QAction(self.tr("S&ync with team…"), self)
        sync_action.triggered.connect(self.show_team_sync)
        file_menu.addAction(sync_action)
        backup_action = QAction(self.tr("Back up &now…"), self)
        backup_action.triggered.connect(self.back_up_now)
        file_menu.addAction(backup_action)
        export_bundle = QAction(self.tr("E&xport bundle…"), self)
        export_bundle.triggered.connect(self.show_bundle_export)
        file_menu.addAction(export_bundle)
        import_bundle = QAction(self.tr("I&mport bundle…"), self)
        import_bundle.triggered.connect(self.show_bundle_import)
        file_menu.addAction(import_bundle)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        if quit_action.shortcut().isEmpty():  # Windows has no standard Quit key
            quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        self._quit_action = quit_action
        file_menu.addAction(quit_action)
        self._fill_edit_menu(edit_menu)
        for row, (key, title, _build) in enumerate(SCREENS):
            action = QAction(self.tr(title), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, k=key: self.show_screen(k))
            go_menu.addAction(action)
        self.scheme_actions = theme.scheme_actions(self)
        view_menu.addActions(self.scheme_actions)
        view_menu.addSeparator()
        self.high_contrast_action = theme.high_contrast_action(self)
        view_menu.addAction(self.high_contrast_action)
        view_menu.addAction(self.nav.toggle_action)
        view_menu.addSeparator()
        view_menu.addMenu(self._language_menu())
        formats = QAction(self.tr("&Scorecard and roster files"), self)
        formats.triggered.connect(self.show_file_formats)
        help_menu.addAction(formats)
        keys = QAction(self.tr("&Keyboard shortcuts"), self)
        keys.triggered.connect(self.show_shortcuts)
        help_menu.addAction(keys)
        demo = QAction(self.tr("Fill with a &demo team…"), self)
        demo.triggered.connect(self.fill_with_demo)
        help_menu.addAction(demo)
        about = QAction(self.tr("&About FieldRide"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _fill_edit_menu(self, menu: QMenu) -> None:
        """Edit ▸ Undo / Redo on the standard keys, acting on the capture page's undo stack (the
        app's only one) while capture is on screen, disabled elsewhere or with nothing to undo.
        They own the keys: capture's own undo/redo shortcuts are switched off in the window."""
        from PySide6.QtGui import QAction, QKeySequence

        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(lambda: self._undo_redo(undo=True))
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Y") not in self.redo_action.shortcuts():
            self.redo_action.setShortcuts([*self.redo_action.shortcuts(), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(lambda: self._undo_redo(undo=False))
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        self.stack.currentChanged.connect(self._update_undo_actions)
        if self._capture is not None:
            self._bind_capture_undo(self._capture)
        self._update_undo_actions()

    def _fill_ride_actions(self, menu: QMenu) -> None:
        """File ▸ Plan a ride (Ctrl+N), Continue the ride (Ctrl+R), Debrief (Ctrl+D): window
        shortcuts, so they work on every screen (capture's own Ctrl+D is switched off here)."""
        from PySide6.QtGui import QAction, QKeySequence

        from ui.screens import PLAN_SHORTCUT

        ride_keys: list[QKeySequence] = []
        for title, keys, slot in (
            (self.tr("&Plan a ride…"), PLAN_SHORTCUT, self.plan_ride),
            (self.tr("&Continue the ride in progress"), "Ctrl+R", self.continue_ride),
            (self.tr("&Debrief the ride"), "Ctrl+D", self.debrief_ride),
        ):
            action = QAction(title, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            menu.addAction(action)
            ride_keys.append(action.shortcut())
        menu.addSeparator()
        keys_first = _WindowKeysFirst(self, lambda: ride_keys)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(keys_first.follow_focus)

    def _language_menu(self) -> QMenu:
        """View ▸ Language: the UI's language (the system's, or one FieldRide ships), kept in
        the UI state and applied at the next start (every screen is built in its language)."""
        from PySide6.QtGui import QAction, QActionGroup
        from PySide6.QtWidgets import QMenu

        from fieldride.i18n import LANGUAGE_NAMES

        menu = QMenu(self.tr("Lan&guage"), self)  # Alt+V, G (L is Light)
        group = QActionGroup(menu)
        chosen = settings.get_str(settings.LANGUAGE)
        choices = [("", self.tr("As the system")), *LANGUAGE_NAMES.items()]
        for code, name in choices:
            action = QAction(name, menu)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            group.addAction(action)
            menu.addAction(action)
        self.language_actions = group.actions()
        return menu

    def choose_language(self, code: str) -> None:
        """Keep the UI language (a shipped code, "" = the system's) for the next start."""
        from ui import translation

        settings.put(settings.LANGUAGE, code)
        self.statusBar().showMessage(
            self.tr("The language changes the next time FieldRide starts."), 10000
        )
        log.info("UI language set to %r (now %s)", code, translation.chosen_language())

    def plan_ride(self) -> None:
        """File ▸ Plan a ride…, from any screen: Today's plan dialog. With no seller yet a ride
        cannot be planned: the Sellers screen opens with its Add seller dialog instead (the plan
        dialog was a dead end that only said "Add a seller first")."""
        if self.store is None:
            return
        from fieldride.team import sellers

        if not sellers.has_sellers(self.store):
            self.statusBar().showMessage(
                self.tr("A ride is planned with a seller: add one first."), 8000
            )
            self.add_sellers()
            return
        today = self.show_screen("today")
        today.plan_ride()  # type: ignore[attr-defined]

    def add_sellers(self) -> None:
        """The Sellers screen with its Add seller dialog open (Today's "Add sellers", and
        planning before any seller exists): the next real step, not only a change of screen."""
        if self.store is None:
            return
        screen = self.show_screen("sellers")
        QTimer.singleShot(0, screen, screen.add_seller)  # type: ignore[attr-defined]

    def _ride_in_progress(self) -> int | None:
        from fieldride import rides

        ride = rides.ride_in_progress(self.store) if self.store is not None else None
        return ride.id if ride is not None else None

    def continue_ride(self) -> None:
        """File ▸ Continue the ride in progress, from any screen (says so when there is none)."""
        ride_id = self._ride_in_progress()
        if ride_id is None:
            self.statusBar().showMessage(self.tr("No ride in progress."), 5000)
            return
        self.open_ride(ride_id)

    def debrief_ride(self) -> None:
        """File ▸ Debrief: the ride on the capture screen, else the ride in progress."""
        page = self._capture
        if page is not None and self.stack.currentWidget() is page and page.ride_id is not None:
            page.request_debrief()  # keeps what was just typed first
            return
        ride_id = self._ride_in_progress()
        if ride_id is None:
            self.statusBar().showMessage(self.tr("No ride in progress to debrief."), 5000)
            return
        debrief = self._debrief
        shown = (
            debrief.ride if debrief is not None and self.stack.currentWidget() is debrief else None
        )
        if shown is not None and shown.id == ride_id:
            # already here: reloading would take the manager back to step 1 and lose the place
            self.statusBar().showMessage(
                self.tr("This is the debrief of the ride in progress."), 5000
            )
            return
        self.open_debrief(ride_id)

    def _bind_capture_undo(self, page: CaptureScreen) -> None:
        for shortcut in [*page.undo_keys, page.debrief_key]:
            shortcut.setEnabled(False)
        page.undo_stack.indexChanged.connect(self._update_undo_actions)
        page.undo_stack.cleanChanged.connect(self._update_undo_actions)

    def _active_undo_stack(self) -> QUndoStack | None:
        page = self._capture
        if page is None or self.stack.currentWidget() is not page:
            return None
        return page.undo_stack

    def _update_undo_actions(self, *_args: object) -> None:
        stack = None if self._data_file_lost else self._active_undo_stack()
        for action, can, text, title in (
            (
                self.undo_action,
                stack and stack.canUndo(),
                stack and stack.undoText(),
                self.tr("&Undo"),
            ),
            (
                self.redo_action,
                stack and stack.canRedo(),
                stack and stack.redoText(),
                self.tr("&Redo"),
            ),
        ):
            action.setEnabled(bool(can))
            # "&Undo Rate 3" (title and the stack's own words: one action's name, not a sentence)
            action.setText(
                self.tr("{action} {what}").format(action=title, what=text)
                if can and text
                else title
            )

    def _undo_redo(self, undo: bool) -> None:
        page = self._capture
        if page is None or self._active_undo_stack() is None:
            return
        if undo:
            page.undo()
        else:
            page.redo()
        self._update_undo_actions()

    def shortcut_list(self) -> list[tuple[str, str]]:
        """(what, keys) for every shortcut of the window: its actions and menus, and the keys
        of each page built so far (capture built now, so its keys are listed too)."""
        from PySide6.QtGui import QKeySequence, QShortcut
        from PySide6.QtWidgets import QAbstractButton

        self.fill_menus()
        if self.store is not None:
            _ = self.capture
        native = QKeySequence.SequenceFormat.NativeText
        found: list[tuple[str, str]] = []
        for action in self._all_actions():
            if action.shortcuts():
                what = action.text().replace("&", "").split("  ")[0]
                keys = ", ".join(k.toString(native) for k in action.shortcuts())
                found.append((what, keys))
        for shortcut in self.findChildren(QShortcut):
            if shortcut.whatsThis() and shortcut.isEnabled():
                found.append((shortcut.whatsThis(), shortcut.key().toString(native)))
        for button in self.findChildren(QAbstractButton):
            if not button.shortcut().isEmpty():
                what = (button.accessibleName() or button.text()).replace("&", "")
                found.append((what, button.shortcut().toString(native)))
        return found

    def show_shortcuts(self) -> QWidget:
        """Help ▸ Keyboard shortcuts (non-blocking); returns the dialog."""
        from ui.dialogs.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self.shortcut_list(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_file_formats(self) -> QWidget:
        """Help ▸ Scorecard and roster files: the formats in plain words and templates to save
        (non-blocking); returns the dialog."""
        from ui.dialogs.file_formats import FileFormatsDialog

        dialog = FileFormatsDialog(self.store.folder, self.prompts, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_output_settings(self) -> None:
        """File ▸ Output and branding: organisation name, logo, accent colour, page size.
        Does nothing in the moment before the store is open."""
        if self.store is None:
            return
        from ui.dialogs.output_settings import show_output_settings

        show_output_settings(self, self.store, self.prompts)

    def back_up_now(self) -> None:
        """File ▸ Back up now: a backup of the data file (what is saved so far), written off the
        UI thread through a read-only connection behind a cancellable progress dialog
        (:attr:`backup_task`). Cancel leaves no backup: the copy is stopped and its temporary
        file removed before the dialog closes."""
        if self.store is None:
            return
        from fieldride.store import BackupError, backup_folder
        from ui.widgets.progress_dialog import run_with_progress

        folder = self.store.folder

        def done(path: Path) -> None:
            self.prompts.info(
                self.tr("Backup written"),
                self.tr(
                    "The backup is {path}. FieldRide keeps it with its daily backups; copy that "
                    "folder to keep one somewhere else."
                ).format(path=path),
            )

        def failed(err: BaseException) -> None:
            if isinstance(err, BackupError):
                message = str(err)
            else:
                log.error("unexpected error writing a backup", exc_info=err)
                message = self.tr("The backup failed because of an unexpected error.")
            self.prompts.error(self.tr("No backup written"), message)

        def cancelled(path: Path | None) -> None:
            if path is not None:  # it had finished before Cancel arrived: a sound backup, kept
                done(path)
                return
            self.prompts.info(
                self.tr("Backup cancelled"), self.tr("No backup was written. Nothing changed.")
            )

        self.backup_task = run_with_progress(
            self,
            self.tr("Backing up"),
            self.tr("Writing a backup of the data file…"),
            lambda progress: backup_folder(folder, "manual", progress=progress),
            done,
            failed,
            cancelled,
        )

    def fill_with_demo(self) -> DemoFill | None:
        """Help ▸ Fill with a demo team…: a demo team written into an empty data folder by a
        child process behind the progress dialog (:attr:`demo_fill`; cancellable, the data
        file unchanged on Cancel); the screens are refreshed once it is in."""
        if self.store is None:
            return None
        from fieldride.team.sellers import has_sellers
        from ui.dialogs.demo_fill import fill_with_demo

        self.demo_fill = fill_with_demo(
            self.store.folder, has_sellers(self.store), self.prompts, self
        )
        if self.demo_fill is not None:
            self.demo_fill.ended.connect(self._demo_filled)
        return self.demo_fill

    def _demo_filled(self, state: str) -> None:
        if state == "done":
            self.refresh_all()

    def show_team(self) -> QWidget | None:
        """File ▸ Team…: join a team server, or see the team and leave it (non-blocking);
        returns the dialog. Opens no connection itself (ui.dialogs.team_join)."""
        if self.store is None:
            return None
        from fieldride.server import team_config
        from ui.dialogs.team_join import TeamDialog

        store = self.store
        dialog = TeamDialog(store.folder, team_config(store), self.prompts, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.team_changed.connect(lambda: dialog.show_config(team_config(store)))
        dialog.team_changed.connect(self.refresh_all)  # an adopted author id: rides editable
        dialog.sync_requested.connect(self.show_team_sync)
        dialog.open()
        return dialog

    def show_bundle_export(self) -> QWidget | None:
        """File ▸ Export bundle… (non-blocking); returns the dialog."""
        if self.store is None:
            return None
        from ui.dialogs.bundle_export import BundleExportDialog

        dialog = BundleExportDialog(self.store.folder, self.prompts, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_bundle_import(self) -> QWidget | None:
        """File ▸ Import bundle…: choose, preview, import (non-blocking); returns the dialog."""
        if self.store is None:
            return None
        from ui.dialogs.bundle_import import BundleImportDialog

        dialog = BundleImportDialog(self.store.folder, self.store.path, self.prompts, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self.refresh_all)
        dialog.open()
        return dialog

    def show_team_sync(self) -> QWidget | None:
        """File ▸ Sync with team (non-blocking); returns the dialog. Without a team it opens
        File ▸ Team… to join one instead. Opens no connection itself."""
        if self.store is None:
            return None
        from fieldride.server import kind_name, pending, team_config

        config = team_config(self.store)
        if config is None:
            return self.show_team()
        from ui.dialogs.team_sync import TeamSyncDialog

        waiting = len(pending(self.store, config.role).rides)
        dialog = TeamSyncDialog(
            self.store.folder,
            self.tr("Team server: {place}\nSigned in as: {role} ({kind})").format(
                place=config.describe(), role=config.role, kind=kind_name(config.kind)
            ),
            waiting,
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(_ok: bool) -> None:
            self.refresh_all()
            dialog.set_pending(len(pending(self.store, config.role).rides))

        dialog.sync_finished.connect(finished)
        dialog.open()
        return dialog

    def show_about(self) -> QWidget:
        """Open Help > About (non-blocking: ``open()``, not ``exec()``); returns the dialog."""
        from ui.dialogs.about import AboutDialog

        dialog = AboutDialog(self.store.folder, self.prompts, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _may_close_with_waiting_writes(self) -> bool:
        """Edits still waiting for the disk are tried once more; if they still cannot be
        written, the user chooses: stay open (FieldRide keeps trying) or quit and lose them."""
        if self.store is None or self.retry_writes():
            return True
        failure = self.store.pending.failure
        waiting = len(self.store.pending)
        if not self.ask_before_losing_writes:
            log.warning("quit on request of the system with %d writes not saved", waiting)
            return True
        what = failure.message(self._unsaved_since or "") if failure is not None else ""
        log.warning("quit asked with %d writes waiting", waiting)
        if self.prompts.confirm(
            self.tr("Edits not saved"),
            self.tr(
                "{what}\n\n%n edit(s) of this session could not be written yet and would be "
                "lost if you quit now.\n\nQuit anyway? Choose No to keep FieldRide open: it "
                "saves them as soon as the disk takes them.",
                "",
                waiting,
            ).format(what=what),
        ):
            log.warning("quit with %d writes not saved", waiting)
            return True
        return False

    # --- geometry -----------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = settings.get_bytes(settings.MAIN_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self._first_geometry()

    def _first_geometry(self) -> None:
        """The first start's size, from the screen: a small laptop's screen (under 1600 px
        wide) gets the window maximized, every row of the rating grid counts there; a larger
        screen a window of 80% x 85% of it, centred (a fixed 1240 x 720 left a 1920 x 1080
        screen two-thirds empty). The size chosen is remembered like any other at close."""
        screen = self.screen()
        area = screen.availableGeometry() if screen is not None else None
        if area is None or area.width() < MIN_WIDTH:  # no real screen (offscreen): as before
            self.resize(1240, 720)
            return
        if area.width() < FIRST_START_MAXIMIZED_BELOW:
            self.resize(min(1240, area.width()), min(720, area.height()))
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
            return
        from PySide6.QtWidgets import QStyle  # its many enums: only on a first start

        size = QSize(int(area.width() * 0.8), int(area.height() * 0.85))
        self.setGeometry(QStyle.alignedRect(Qt.LayoutDirection.LeftToRight, CENTRED, size, area))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._capture is not None:
            self._capture.flush()  # nothing typed is lost on close
        if self._debrief is not None:
            self._debrief.flush()
        if not self._may_close_with_waiting_writes():
            event.ignore()
            return
        # a write that reported no commit here (settings, imports) may have gone to a file that
        # was deleted meanwhile: the last chance to rescue it
        self._data_file_still_there()
        settings.put(settings.MAIN_GEOMETRY, self.saveGeometry())
        pages = [*self.screens.values(), self._capture, self._debrief]
        settings.save_layout([p for p in pages if p is not None])
        if self.store is not None:
            settings.put(settings.MAIN_SCREEN, self.current_screen_key())
        super().closeEvent(event)
