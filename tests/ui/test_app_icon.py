"""The app icon: the window icon is the desktop PNGs committed beside the SVG, and each PNG
is that SVG rendered at its size (an SVG edited without re-running render_icons.py fails
here)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from fieldride.desktop import APP_ID, ICON_SIZES
from fieldride.resources import resource_path
from ui.launch import desktop_icon_problem
from ui.resources import window_icon


def _render(size: int) -> QImage:
    renderer = QSvgRenderer(str(resource_path("icons", "fieldride.svg")))
    assert renderer.isValid()
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def test_each_desktop_png_is_the_svg_at_its_size(qtbot: Any) -> None:
    for n in ICON_SIZES:
        png = QImage(str(resource_path("icons", "hicolor", f"{n}x{n}", "apps", f"{APP_ID}.png")))
        assert (png.width(), png.height()) == (n, n)
        fresh = _render(n).convertToFormat(QImage.Format.Format_ARGB32)
        png = png.convertToFormat(QImage.Format.Format_ARGB32)
        step = max(1, n // 32)
        worst = max(
            abs(a - b)
            for x in range(0, n, step)
            for y in range(0, n, step)
            for a, b in zip(
                png.pixelColor(x, y).getRgb(), fresh.pixelColor(x, y).getRgb(), strict=True
            )
        )
        assert worst <= 2, f"{n}x{n} differs from the SVG by {worst}: run render_icons.py"


def test_the_window_icon_is_every_desktop_png(qtbot: Any) -> None:
    # the sizes a window hands the system (X11 builds _NET_WM_ICON from them): 16 to 512 px
    icon = window_icon()
    assert sorted(s.width() for s in icon.availableSizes()) == sorted(ICON_SIZES)
    assert all(s.width() == s.height() for s in icon.availableSizes())
    assert icon.pixmap(600, 600).width() == 512  # the largest PNG, never scaled up
    for size in (16, 100, 333):  # 100 and 333: scaled down from the next larger PNG
        image = icon.pixmap(size, size).toImage()
        assert image.width() == size
        assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_the_self_test_checks_the_desktop_name(qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    before = app.desktopFileName()  # type: ignore[union-attr]
    try:
        app.setDesktopFileName("something.else")  # type: ignore[union-attr]
        assert "desktop file name" in (desktop_icon_problem(app) or "")
        app.setDesktopFileName(APP_ID)  # type: ignore[union-attr]
        assert desktop_icon_problem(app) is None
    finally:
        app.setDesktopFileName(before)  # type: ignore[union-attr]
