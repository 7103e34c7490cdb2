"""The main window: navigation on the left, one screen at a time on the right, a save indicator
in the status bar. Screens are declared in ``SCREENS`` (one module each under ui/screens).

Start-up cost: a screen's module is imported and the screen built on its first navigation
(``screens[key]`` builds it on demand), and the capture and debrief pages on first use. Screens
load their data when shown, never in their constructors. The window can also be created without
a store (``MainWindow(None)``): it paints its navigation and an empty frame, and
:meth:`attach_store` fills it once the store is open (the app's start-up path)."""

from __future__ import annotations

import importlib
import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from ui import settings, theme
from ui.prompts import Prompts
from ui.qt_names import ACCESSIBLE_TEXT_ROLE, USER_ROLE

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from fieldride.store import Store
    from ui.screens.capture import CaptureScreen
    from ui.screens.debrief import DebriefScreen

log = logging.getLogger(__name__)

# Wide enough for the capture screen with a four-level scale (calls, the rating grid, guidance)
# from the first paint; a wider scale raises it when a ride opens (_fit_minimum_width).
MIN_WIDTH = 1100

SCREEN_KEY_ROLE = USER_ROLE  # the navigation items' screen key (start-up: ui.qt_names)

# (key, title shown in the navigation, "module:Class")
SCREENS: list[tuple[str, str, str]] = [
    ("today", "Today", "ui.screens.today:TodayScreen"),
    ("sellers", "Sellers", "ui.screens.sellers:SellersScreen"),
    ("scorecards", "Scorecards", "ui.screens.scorecards:ScorecardsScreen"),
    ("review", "Review", "ui.screens.review:ReviewScreen"),
    ("commitments", "Commitments", "ui.screens.commitments:CommitmentsScreen"),
    ("progress", "Seller progress", "ui.screens.seller_profile:SellerProfileScreen"),
    ("search", "Search", "ui.screens.search:SearchScreen"),
]


class _Screens(dict[str, QWidget]):
    """The screens built so far; ``screens[key]`` builds a screen on first use."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self._window = window

    def __missing__(self, key: str) -> QWidget:
        return self._window._build_screen(key)


class MainWindow(QMainWindow):
    screen_changed = Signal(str)
    store_attached = Signal()

    def __init__(self, store: Store | None, prompts: Prompts | None = None) -> None:
        super().__init__()
        self.store: Store = store  # type: ignore[assignment]  # None only until attach_store
        self.prompts = prompts or Prompts(self)
        self.setWindowTitle("FieldRide")
        self.setMinimumSize(MIN_WIDTH, 640)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName("Navigation")
        self.nav.setFixedWidth(190)
        self.stack = QStackedWidget()
        self.loading = QLabel("Opening your data…")
        self.loading.setObjectName("openingData")  # centred by base.qss (no Qt enum needed)
        self.loading.setProperty("role", "hint")
        self.stack.addWidget(self.loading)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.screens: dict[str, QWidget] = _Screens(self)
        self._capture: CaptureScreen | None = None
        self._debrief: DebriefScreen | None = None
        for _key, title, _target in SCREENS:
            item = QListWidgetItem(title)
            item.setData(SCREEN_KEY_ROLE, _key)
            item.setData(ACCESSIBLE_TEXT_ROLE, title)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._on_nav)
        self.save_label = QLabel()  # says "All changes saved" once there is a store to save to
        self.save_label.setAccessibleName("Save status")
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
        self.save_label.setText("All changes saved")
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
        keys = [k for k, _, _ in SCREENS]
        last = settings.get_str(settings.MAIN_SCREEN, "today")
        row = keys.index(last) if last in keys else 0
        if self.nav.currentRow() == row:
            self._on_nav(row)
        else:
            self.nav.setCurrentRow(row)
        self.store_attached.emit()

    def _build_screen(self, key: str) -> QWidget:
        """Import the screen's module, build it, wire its signals (first navigation only)."""
        if self.store is None:
            raise RuntimeError("the main window has no store yet")
        target = {k: t for k, _, t in SCREENS}[key]
        module_name, class_name = target.split(":")
        cls = getattr(importlib.import_module(module_name), class_name)
        screen: QWidget = cls(self.store, self.prompts)
        screen.setObjectName(f"screen-{key}")
        if hasattr(screen, "saved"):
            screen.saved.connect(self.show_saved)
        if hasattr(screen, "navigate"):
            screen.navigate.connect(self.show_screen)
        if hasattr(screen, "data_changed"):
            screen.data_changed.connect(self.refresh_all)
        if hasattr(screen, "open_ride"):
            screen.open_ride.connect(self.open_ride)
        if hasattr(screen, "debrief_requested"):
            screen.debrief_requested.connect(self.open_debrief)
        if hasattr(screen, "open_ride_at"):
            screen.open_ride_at.connect(self.open_ride_at)
        if hasattr(screen, "seller_profile_requested"):
            screen.seller_profile_requested.connect(self.show_seller_profile)
        dict.__setitem__(self.screens, key, screen)
        self.stack.addWidget(screen)
        return screen

    @property
    def capture(self) -> CaptureScreen:
        """The capture page: a page of the stack without a navigation item (reached from
        Today/Sellers), built on first use."""
        if self._capture is None:
            from ui.screens.capture import CaptureScreen

            page = CaptureScreen(self.store, self.prompts)
            page.setObjectName("screen-capture")
            page.saved.connect(self.show_saved)
            page.debrief_requested.connect(self.open_debrief)
            self.stack.addWidget(page)
            self._capture = page
        return self._capture

    @property
    def debrief(self) -> DebriefScreen:
        """The debrief page beside capture, reached from its "Debrief →" and from
        Commitments; built on first use."""
        if self._debrief is None:
            from ui.screens.debrief import DebriefScreen

            page = DebriefScreen(self.store, self.prompts)
            page.setObjectName("screen-debrief")
            page.saved.connect(self.show_saved)
            page.data_changed.connect(self.refresh_all)
            page.capture_requested.connect(self.open_ride)
            self.stack.addWidget(page)
            self._debrief = page
        return self._debrief

    # --- navigation ---------------------------------------------------------------------------
    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        if self.store is None:  # not open yet: attach_store shows the chosen screen
            return
        key = SCREENS[row][0]
        screen = self.screens[key]
        if self.stack.currentWidget() is screen:
            refresh = getattr(screen, "refresh", None)
            if refresh is not None:
                refresh()  # already on screen: no show event, so reload here
        else:
            self.stack.setCurrentWidget(screen)  # the screen loads its data when shown
        self.screen_changed.emit(key)

    def show_screen(self, key: str) -> QWidget:
        row = [k for k, _, _ in SCREENS].index(key)
        self.nav.setCurrentRow(row)
        return self.screens[key]

    def current_screen_key(self) -> str:
        return SCREENS[max(self.nav.currentRow(), 0)][0]

    def open_ride(self, ride_id: int) -> None:
        """Show the capture page for a ride, where it was left."""
        self.capture.open_ride(ride_id)
        self.capture.set_debrief_available(True)
        self.nav.setCurrentRow(-1)
        self.stack.setCurrentWidget(self.capture)
        self._fit_minimum_width()
        self.capture.focus_grid()

    def _fit_minimum_width(self) -> None:
        """Raise the window's minimum width to what the screens need (the capture screen with
        its rating buttons in a row is the widest), so a narrow window grows instead of cutting
        them off; the explicit minimum set at start would otherwise win over the layout's."""
        needed = self.minimumSizeHint().width()
        if needed > self.minimumWidth():
            self.setMinimumWidth(needed)

    def open_ride_at(self, ride_id: int, call_id: int | None, behaviour_key: str | None) -> None:
        """Show the capture page at a call and behaviour (a search result's place)."""
        self.open_ride(ride_id)
        self.capture.open_ride(ride_id, call_id, behaviour_key)

    def show_seller_profile(self, seller_id: int) -> None:
        """Show one seller's progress (from the team grid, or any screen emitting
        ``seller_profile_requested``)."""
        self.show_screen("progress")
        self.screens["progress"].show_seller(seller_id)  # type: ignore[attr-defined]

    def open_debrief(self, ride_id: int) -> None:
        """Route the capture page's "Debrief →" to the debrief page, if this build has one
        (``self.debrief`` with an ``open_ride(ride_id)`` method)."""
        page = self.debrief
        page.open_ride(ride_id)
        self.nav.setCurrentRow(-1)
        self.stack.setCurrentWidget(page)

    def refresh_all(self) -> None:
        """Data changed: reload the screen on view now; the others reload when next shown."""
        for screen in self.screens.values():
            if screen.isVisible() and hasattr(screen, "refresh"):
                screen.refresh()

    def show_saved(self, what: str = "") -> None:
        """Called after a COMMIT returned: only then is an edit shown as saved."""
        stamp = datetime.now().strftime("%H:%M:%S")
        self.save_label.setText(f"Saved {stamp}" + (f" · {what}" if what else ""))

    # --- menus --------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        """The menu bar's menus now (its height is part of the first paint); their actions in
        :meth:`fill_menus`, once the first screen shows its data (QAction and QKeySequence
        cost ~9 ms of PySide6 set-up, issue 8), or at once if a menu is opened first."""
        self._menus = [self.menuBar().addMenu(t) for t in ("&File", "&Go", "&View", "&Help")]
        for menu in self._menus:
            menu.aboutToShow.connect(self.fill_menus)
        self._menus_filled = False

    def fill_menus(self) -> None:
        """Add the menus' actions and their shortcuts (once; later calls do nothing)."""
        if self._menus_filled:
            return
        self._menus_filled = True
        from PySide6.QtGui import QAction, QKeySequence

        file_menu, go_menu, view_menu, help_menu = self._menus
        output_action = QAction("Output and &branding…", self)
        output_action.triggered.connect(self.show_output_settings)
        file_menu.addAction(output_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        for row, (key, title, _) in enumerate(SCREENS):
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, k=key: self.show_screen(k))
            go_menu.addAction(action)
        self.high_contrast_action = theme.high_contrast_action(self)
        view_menu.addAction(self.high_contrast_action)
        about = QAction("&About FieldRide", self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def show_output_settings(self) -> None:
        """File ▸ Output and branding: organisation name, logo, accent colour, page size.
        Does nothing in the moment before the store is open."""
        if self.store is None:
            return
        from ui.widgets.output_settings import show_output_settings

        show_output_settings(self, self.store, self.prompts)

    def show_about(self) -> QWidget:
        """Open Help > About (non-blocking: ``open()``, not ``exec()``); returns the dialog."""
        from PySide6.QtCore import Qt

        from ui.widgets.about_dialog import AboutDialog

        dialog = AboutDialog(self.store.folder, self.prompts, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- geometry -----------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = settings.get_bytes(settings.MAIN_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1240, 720)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._capture is not None:
            self._capture.flush()  # nothing typed is lost on close
        if self._debrief is not None:
            self._debrief.flush()
        settings.put(settings.MAIN_GEOMETRY, self.saveGeometry())
        if self.store is not None:
            settings.put(settings.MAIN_SCREEN, self.current_screen_key())
        super().closeEvent(event)
