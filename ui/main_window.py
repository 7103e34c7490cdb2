"""The main window: navigation on the left, one screen at a time on the right, a save indicator
in the status bar. Screens are declared in ``SCREENS`` (one module each under ui/screens)."""

from __future__ import annotations

import importlib
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from fieldride.db import Store
from ui import settings, theme
from ui.prompts import Prompts
from ui.screens.capture import CaptureScreen
from ui.screens.debrief import DebriefScreen

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


class MainWindow(QMainWindow):
    screen_changed = Signal(str)

    def __init__(self, store: Store, prompts: Prompts | None = None) -> None:
        super().__init__()
        self.store = store
        self.prompts = prompts or Prompts(self)
        self.setWindowTitle("FieldRide")
        self.setMinimumSize(1000, 640)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName("Navigation")
        self.nav.setFixedWidth(190)
        self.stack = QStackedWidget()
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.screens: dict[str, QWidget] = {}
        for key, title, target in SCREENS:
            module_name, class_name = target.split(":")
            cls = getattr(importlib.import_module(module_name), class_name)
            screen = cls(store, self.prompts)
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
            self.screens[key] = screen
            self.stack.addWidget(screen)
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._on_nav)
        # Capture: a page of the stack without a navigation item (reached from Today/Sellers).
        self.capture = CaptureScreen(store, self.prompts)
        self.capture.setObjectName("screen-capture")
        self.capture.saved.connect(self.show_saved)
        self.capture.debrief_requested.connect(self.open_debrief)
        self.stack.addWidget(self.capture)
        # Debrief: a page beside capture, reached from its "Debrief →" and from Commitments.
        self.debrief = DebriefScreen(store, self.prompts)
        self.debrief.setObjectName("screen-debrief")
        self.debrief.saved.connect(self.show_saved)
        self.debrief.data_changed.connect(self.refresh_all)
        self.debrief.capture_requested.connect(self.open_ride)
        self.stack.addWidget(self.debrief)
        self.save_label = QLabel("All changes saved")
        self.save_label.setAccessibleName("Save status")
        self.statusBar().addPermanentWidget(self.save_label)
        self._build_menus()
        self._restore()

    # --- navigation ---------------------------------------------------------------------------
    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        key = SCREENS[row][0]
        self.stack.setCurrentIndex(row)
        screen = self.screens[key]
        if hasattr(screen, "refresh"):
            screen.refresh()
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
        self.capture.set_debrief_available(getattr(self, "debrief", None) is not None)
        self.nav.setCurrentRow(-1)
        self.stack.setCurrentWidget(self.capture)
        self.capture.focus_grid()

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
        page = getattr(self, "debrief", None)
        if page is None:
            return
        page.open_ride(ride_id)
        self.nav.setCurrentRow(-1)
        self.stack.setCurrentWidget(page)

    def refresh_all(self) -> None:
        for screen in self.screens.values():
            if hasattr(screen, "refresh"):
                screen.refresh()

    def show_saved(self, what: str = "") -> None:
        """Called after a COMMIT returned: only then is an edit shown as saved."""
        stamp = datetime.now().strftime("%H:%M:%S")
        self.save_label.setText(f"Saved {stamp}" + (f" · {what}" if what else ""))

    # --- menus --------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        output_action = QAction("Output and &branding…", self)
        output_action.triggered.connect(self.show_output_settings)
        file_menu.addAction(output_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu("&Go")
        for row, (key, title, _) in enumerate(SCREENS):
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, k=key: self.show_screen(k))
            go_menu.addAction(action)
        view_menu = self.menuBar().addMenu("&View")
        self.high_contrast_action = theme.high_contrast_action(self)
        view_menu.addAction(self.high_contrast_action)
        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&About FieldRide", self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def show_output_settings(self) -> None:
        """File ▸ Output and branding: organisation name, logo, accent colour, page size."""
        from ui.widgets.output_settings import show_output_settings

        show_output_settings(self, self.store, self.prompts)

    def show_about(self) -> QWidget:
        """Open Help > About (non-blocking: ``open()``, not ``exec()``); returns the dialog."""
        from ui.widgets.about_dialog import AboutDialog

        dialog = AboutDialog(self.store.folder, self.prompts, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- geometry -----------------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = settings.get_bytes(settings.MAIN_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1240, 720)
        keys = [k for k, _, _ in SCREENS]
        last = settings.get_str(settings.MAIN_SCREEN, "today")
        self.nav.setCurrentRow(keys.index(last) if last in keys else 0)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.capture.flush()  # nothing typed is lost on close
        self.debrief.flush()
        settings.put(settings.MAIN_GEOMETRY, self.saveGeometry())
        settings.put(settings.MAIN_SCREEN, self.current_screen_key())
        super().closeEvent(event)
