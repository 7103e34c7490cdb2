"""Render the app icon from fieldride.svg: fieldride.png (256 px) and fieldride.ico (16-256 px).

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
    print("wrote fieldride.png and fieldride.ico")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
