"""The app icon: the window icon is drawn from the SVG, and the desktop PNGs committed beside
it are that SVG rendered at their size (an SVG edited without re-running render_icons.py fails
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


def test_the_window_icon_draws_from_the_svg_at_any_size(qtbot: Any) -> None:
    # start-up's icon (PNGs only) stops at its biggest bitmap; the SVG draws any size
    assert window_icon(svg=False).pixmap(600, 600).width() == 256
    assert window_icon().pixmap(600, 600).width() == 600
    icon = window_icon()
    for size in (16, 100, 333):  # 100 and 333: no PNG of that size, so the SVG draws them
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
