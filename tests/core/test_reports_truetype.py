"""The bulk TrueType reader (fieldride.reports.truetype) gives reportlab exactly the font that
reportlab's own reader gives: every attribute of the face, in the same order, for every bundled
face, and the same PDF bytes."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from fieldride.reports.truetype import _character_map, load_font
from fieldride.resources import resource_path

FONTS = sorted(p.name for p in resource_path("fonts").iterdir() if p.suffix in (".ttf", ".ttc"))


def _same_face(ours: TTFontFace, theirs: TTFontFace) -> None:
    mine, reportlab = vars(ours), vars(theirs)
    assert set(mine) == set(reportlab)
    for key, value in reportlab.items():
        if key == "_pdfScale":  # a lambda made per face: compare what it gives
            for units in (0, 1, 500, 1234, 2048, 65535):
                assert mine[key](units) == value(units)
            continue
        assert mine[key] == value, key
        assert type(mine[key]) is type(value), key
        if isinstance(value, dict):
            assert list(mine[key]) == list(value) or key == "charWidths", key  # same order
    for key in ("hmetrics",):  # tuples of the same types (reportlab keeps scaled floats)
        assert [tuple(map(type, m)) for m in mine[key]] == [
            tuple(map(type, m)) for m in reportlab[key]
        ]


@pytest.mark.parametrize("name", FONTS)
def test_every_bundled_face_reads_as_reportlab_reads_it(name: str) -> None:
    path = str(resource_path("fonts", name))
    ours, theirs = load_font("T", path), TTFont("T", path)
    assert type(ours) is TTFont and type(ours.face).__mro__[1] is TTFontFace
    _same_face(ours.face, theirs.face)
    plain = {k: v for k, v in vars(theirs).items() if k not in ("face", "state", "encoding")}
    assert {k: v for k, v in vars(ours).items() if k not in ("face", "state", "encoding")} == plain
    assert vars(ours.encoding) == vars(theirs.encoding) and set(vars(ours)) == set(vars(theirs))
    assert ours.shapable == theirs.shapable


def test_the_same_pdf_bytes_as_with_reportlabs_reader() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen.canvas import Canvas

    path = str(resource_path("fonts", "DejaVuSans.ttf"))
    outputs = []
    for name, font in (("ViaUs", load_font("Same", path)), ("ViaRl", TTFont("Same", path))):
        pdfmetrics.registerFont(font)
        buffer = io.BytesIO()
        canvas = Canvas(buffer, invariant=1)
        canvas.setFont("Same", 11)
        canvas.drawString(40, 700, "Größe Łódź Ελλάδα Москва “quoted” – 4½ ☐ ✓")
        canvas.save()
        outputs.append(buffer.getvalue())
        font.unregister()
        del name
    assert outputs[0] == outputs[1]


def _format4(segments: list[tuple[int, int, int, list[int] | None]]) -> bytes:
    """A cmap table with one (3, 1) format-4 subtable: (start, end, delta, glyph ids or None)."""
    n = len(segments)
    ends = struct.pack(f">{n}H", *(s[1] for s in segments))
    starts = struct.pack(f">{n}H", *(s[0] for s in segments))
    deltas = struct.pack(f">{n}h", *(s[2] for s in segments))
    arrays: list[int] = []
    offsets = []
    for i, (_, _, _, ids) in enumerate(segments):
        if ids is None:
            offsets.append(0)
            continue
        offsets.append(2 * (n - i) + 2 * len(arrays))
        arrays += ids
    body = (
        struct.pack(">HHH", 2 * n, 0, 0)
        + struct.pack(">H", 0)
        + ends
        + struct.pack(">H", 0)
        + starts
        + deltas
        + struct.pack(f">{n}H", *offsets)
        + struct.pack(f">{len(arrays)}H", *arrays)
    )
    sub = struct.pack(">HHH", 4, 6 + len(body), 0) + body
    return struct.pack(">HHHHL", 0, 1, 3, 1, 12) + sub


def test_format_4_glyph_arrays_and_deltas() -> None:
    """Segments mapped by delta (wrapping past 0xFFFF) and by glyph array (0 stays 0)."""
    table = _format4(
        [(0x20, 0x22, 10, None), (0x41, 0x43, -0x30, [0, 7, 9]), (0xFFF0, 0xFFF1, 0x20, None)]
    )
    chars, glyphs = _character_map(table, 0) or ([], [])
    assert chars == [0x20, 0x21, 0x22, 0x41, 0x42, 0x43, 0xFFF0, 0xFFF1]
    assert glyphs == [0x2A, 0x2B, 0x2C, 0, (7 - 0x30) & 0xFFFF, (9 - 0x30) & 0xFFFF, 0x10, 0x11]


def test_other_character_map_formats_are_left_to_reportlab(tmp_path: Path) -> None:
    table = struct.pack(">HHHHL", 0, 1, 3, 1, 12) + struct.pack(">HHH", 6, 10, 0)
    assert _character_map(table, 0) is None
