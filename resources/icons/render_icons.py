"""Render the app icon from fieldride.svg: fieldride.png (256 px), fieldride.ico (16-256 px) and
the desktop icons at the freedesktop standard sizes, hicolor/NxN/apps/app.fieldride.FieldRide.png
for N in 16, 24, 32, 48, 64, 128, 256, 512 (each drawn from the SVG at its own size, not scaled
from a bigger bitmap; ``fieldride desktop install`` copies them into the user's icon theme and
scripts/build-appimage.sh into the AppImage).

Run after editing the SVG: ``QT_QPA_PLATFORM=offscreen python resources/icons/render_icons.py``.
Needs PySide6 (QtSvg, in PySide6-Essentials) and Pillow (a reportlab dependency). The outputs are
committed, so a build never needs to run this.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
DESKTOP_SIZES = [16, 24, 32, 48, 64, 128, 256, 512]
APP_ID = (
    "app.fieldride.FieldRide"  # fieldride.desktop.APP_ID (this script runs without the package)
)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(HERE / "fieldride.svg"))
    if not renderer.isValid():
        print("fieldride.svg could not be parsed", file=sys.stderr)
        return 1
    big = render(renderer, 256)
    big.save(HERE / "fieldride.png")
    # Pillow writes every size listed, each scaled from the largest image given.
    big.save(HERE / "fieldride.ico", sizes=[(s, s) for s in ICO_SIZES])
    for size in DESKTOP_SIZES:
        out = HERE / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        # optimize: the same pixels in fewer bytes (these files ship in every bundle)
        render(renderer, size).save(out, optimize=True)
    print("wrote fieldride.png, fieldride.ico and hicolor/*/apps/" + APP_ID + ".png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
