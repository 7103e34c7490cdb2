"""The bare-stack baseline for PDFs: a minimal reportlab document with N flowables.

Used in-process (``build(n)``) beside the coaching summary's warm render, and as a whole process
(``python benchmarks/bare_pdf.py --flowables N --out FILE``) beside ``fieldride report summary``.
It registers the same TrueType family the app uses (a Unicode PDF cannot do without one), then
lays out N short paragraphs on A4: the least any reportlab document of that length costs.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
_registered = False


def register() -> None:
    global _registered
    if _registered:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file in (
        ("BareSans", "DejaVuSans.ttf"),
        ("BareSans-Bold", "DejaVuSans-Bold.ttf"),
        ("BareSans-Italic", "DejaVuSans-Oblique.ttf"),
        ("BareSans-BoldItalic", "DejaVuSans-BoldOblique.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(FONTS / file)))
    pdfmetrics.registerFontFamily(
        "BareSans",
        normal="BareSans",
        bold="BareSans-Bold",
        italic="BareSans-Italic",
        boldItalic="BareSans-BoldItalic",
    )
    _registered = True


def build(flowables: int) -> bytes:
    """A PDF of ``flowables`` paragraphs (fonts registered once per process)."""
    register()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = ParagraphStyle("bare", fontName="BareSans", fontSize=10, leading=13)
    story = [
        Paragraph(f"Paragraph {i}: a line of text like a heading.", style) for i in range(flowables)
    ]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build(story)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="minimal reportlab document")
    parser.add_argument("--flowables", type=int, default=20)
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    Path(args.out).write_bytes(build(args.flowables))
    return 0


if __name__ == "__main__":
    sys.exit(main())
