"""Loading a TrueType face for reportlab, with its per-glyph tables read in bulk.

reportlab's ``TTFontFile.extractInfo`` reads the character map, the advance widths (``hmtx``)
and the glyph offsets (``loca``) one value at a time, a Python call per value: DejaVu Sans has
~6,200 glyphs, and loading one face took ~100 M instructions (about as much as the rest of a
one-page summary's layout). :class:`_Face` reads the same tables with one ``struct`` call per
table (per segment for the character map) and builds the same Python objects in the same order
(``charToGlyph``, ``glyphToChar``, ``charWidths``, ``hmetrics``, ``glyphPos``, ``defaultWidth``),
so everything reportlab does with a face afterwards (widths, subsetting, HarfBuzz shaping) is
unchanged. reportlab's own code still reads the header tables (names, ``head``, ``OS/2``,
``post``, ``hhea``, ``maxp``) and does everything for a character map in a format other than 4
or 12, or for anything that does not read as expected: then it raises its own errors.

``tests/core/test_reports_truetype.py`` compares every attribute with reportlab's own parse for
every bundled face.
"""

from __future__ import annotations

from fnmatch import fnmatch
from struct import error as StructError  # noqa: N812 (a class)
from struct import unpack_from
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace


class _Face(TTFontFace):  # type: ignore[misc]
    def extractInfo(self, charInfo: int = 1) -> None:  # noqa: N802, N803 (reportlab's names)
        TTFontFace.extractInfo(self, 0)  # header tables; stops before the character map
        if not charInfo:
            return
        try:
            done = self._glyph_tables()
        except (StructError, KeyError, IndexError):
            done = False
        if not done:
            TTFontFace.extractInfo(self, charInfo)

    def _glyph_tables(self) -> bool:
        """The character map, widths and glyph offsets; False to leave them to reportlab."""
        data: bytes = self._ttf_data
        table: dict[str, dict[str, int]] = self.table
        head = table["head"]["offset"]
        index_to_loc, glyph_format = unpack_from(">hh", data, head + 50)
        (metrics,) = unpack_from(">H", data, table["hhea"]["offset"] + 34)
        glyphs: int = self.numGlyphs
        if glyph_format != 0 or index_to_loc not in (0, 1):
            return False
        pairs = _character_map(data, table["cmap"]["offset"])
        if pairs is None:
            return False
        chars, glyph_ids = pairs
        char_to_glyph: dict[int, int] = dict(zip(chars, glyph_ids, strict=True))
        glyph_to_char: dict[int, list[int]] = {}
        for char, glyph in zip(chars, glyph_ids, strict=True):
            glyph_to_char.setdefault(glyph, []).append(char)
        # hmtx: (advance, left side bearing) for the first `metrics` glyphs, then bearings only;
        # reportlab pairs those with the last advance *scaled* (kept as it does).
        hmtx = table["hmtx"]["offset"]
        raw = unpack_from(f">{2 * metrics}H", data, hmtx)
        units: int = self.unitsPerEm
        if units == 1000:  # reportlab's scale is then the identity, else x * (1000 / units)
            advances: list[Any] = list(raw[0::2])
        else:
            factor = 1000 / units
            advances = [aw * factor for aw in raw[0::2]]
        hmetrics: list[tuple[Any, int]] = list(zip(raw[0::2], raw[1::2], strict=True))
        if glyphs > metrics:
            last = advances[-1]
            bearings = unpack_from(f">{glyphs - metrics}H", data, hmtx + 4 * metrics)
            hmetrics += [(last, lsb) for lsb in bearings]
            advances += [last] * (glyphs - metrics)
        if len(char_to_glyph) == len(chars):  # each character once (every bundled face)
            char_widths: dict[int, Any] = {
                c: advances[g] for c, g in zip(chars, glyph_ids, strict=True) if 0 <= g < glyphs
            }
        else:  # reportlab's rule: the width of the highest glyph listing the character
            char_widths = {}
            for glyph in sorted(g for g in glyph_to_char if 0 <= g < glyphs):
                for char in glyph_to_char[glyph]:
                    char_widths[char] = advances[glyph]
        loca = table["loca"]["offset"]
        if index_to_loc == 0:
            glyph_pos = [v << 1 for v in unpack_from(f">{glyphs + 1}H", data, loca)]
        else:
            glyph_pos = list(unpack_from(f">{glyphs + 1}L", data, loca))
        if 0x20 in char_to_glyph:
            char_to_glyph[0xA0] = char_to_glyph[0x20]
            char_widths[0xA0] = char_widths[0x20]
        elif 0xA0 in char_to_glyph:
            char_to_glyph[0x20] = char_to_glyph[0xA0]
            char_widths[0x20] = char_widths[0xA0]
        self.charToGlyph = char_to_glyph
        self.glyphToChar = glyph_to_char
        self.charWidths = char_widths
        self.hmetrics = hmetrics
        self.defaultWidth = advances[0]
        self.glyphPos = glyph_pos
        self._pos = loca + (glyphs + 1) * (2 if index_to_loc == 0 else 4)  # where reportlab stops
        return True


def _character_map(data: bytes, cmap: int) -> tuple[list[int], list[int]] | None:
    """(characters, glyph ids) of the subtable reportlab picks, in the order its loop makes
    them, for formats 4 and 12; None for any other format."""
    version, count = unpack_from(">HH", data, cmap)
    if count == 0 and version != 0:
        count = version
    where = None
    enc = 0
    for n in range(count):  # reportlab's choice: the last subtable that qualifies
        platform, encoding, offset = unpack_from(">HHL", data, cmap + 4 + 8 * n)
        if platform == 3 or (platform == 1 and encoding == 1) or (platform == 0 and encoding != 5):
            enc, where = 1, offset
        elif platform == 1 and encoding == 0 and enc != 1:
            enc, where = 2, offset
    if where is None:
        return None
    sub = cmap + where
    (fmt,) = unpack_from(">H", data, sub)
    chars: list[int] = []
    glyphs: list[int] = []
    if fmt == 12:
        (segments,) = unpack_from(">L", data, sub + 12)
        groups = unpack_from(f">{3 * segments}L", data, sub + 16)
        for start, end, first in zip(groups[0::3], groups[1::3], groups[2::3], strict=True):
            chars += range(start, end + 1)
            glyphs += range(first, first + end + 1 - start)
        return chars, glyphs
    if fmt != 4:
        return None
    (length,) = unpack_from(">H", data, sub + 2)
    limit = sub + length
    (seg_x2,) = unpack_from(">H", data, sub + 6)
    segments = seg_x2 // 2
    ends = unpack_from(f">{segments}H", data, sub + 14)
    starts = unpack_from(f">{segments}H", data, sub + 16 + 2 * segments)
    deltas = unpack_from(f">{segments}h", data, sub + 16 + 4 * segments)
    range_start = sub + 16 + 6 * segments
    range_offsets = unpack_from(f">{segments}H", data, range_start)
    for n in range(segments):
        start, end, delta, rel = starts[n], ends[n], deltas[n], range_offsets[n]
        if end < start:
            continue
        span = range(start, end + 1)
        chars += span
        if rel == 0:
            glyphs += [(c + delta) & 0xFFFF for c in span]
            continue
        base = range_start + 2 * n + rel
        inside = max(0, min(len(span), (limit - base + 1) // 2))  # offsets below the limit
        raw = list(unpack_from(f">{inside}H", data, base)) + [0] * (len(span) - inside)
        glyphs += [(g + delta) & 0xFFFF if g else 0 for g in raw]
    return chars, glyphs


def load_font(name: str, path: str, subfont_index: int = 0) -> Any:
    """The reportlab ``TTFont`` that ``TTFont(name, path, subfontIndex=subfont_index)`` makes
    (what its ``__init__`` sets, with reportlab's defaults), its face read by :class:`_Face`."""
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = _Face(path, validate=0, subfontIndex=subfont_index)
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
    return font
