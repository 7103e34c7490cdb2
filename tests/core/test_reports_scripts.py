"""Right-to-left and complex scripts in the PDFs (issue 19), read back with poppler.

Hebrew and Arabic must read in logical order (pdftotext reorders what is drawn right to left,
so text drawn in the wrong visual order comes back reversed), Arabic must be shaped (joined
forms), and every script must come out as real glyphs of an embedded fallback face, never □.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from fieldride.reports.data import summary_data
from fieldride.reports.summary import build_summary
from fieldride.reports.text import MISSING, clean
from fieldride.store import Store
from tests.core.reports_fixtures import options, pdffonts, typical_ride

HEBREW = "דנה כהן לוי"  # (poppler splits a hyphenated Hebrew word when it extracts)
ARABIC = "محمد عبد الله"
HEBREW_NOTE = "שאלה את הלקוח מה קורה אם לא משנים דבר ברבעון הזה"
ARABIC_NOTE = "سألت العميل عن خطة الإطلاق ومن يشارك في القرار"
DEVANAGARI = "ग्राहक की तीन समस्याओं को दोहराया"
THAI = "ปิดการโทรสองครั้ง"
CJK = "客户说下周再联系 こんにちは 안녕하세요"

_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _pdftotext(path: Path) -> str:
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext is not installed (poppler-utils)"
    out = subprocess.run([tool, str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout


def _logical(text: str) -> str:
    """Extracted text without poppler's direction marks, presentation forms folded back to
    letters (NFKC), whitespace collapsed."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", _MARKS.sub("", text)))


@pytest.fixture
def international_pdf(store: Store, tmp_path: Path) -> Path:
    ride_id = typical_ride(store, seller_name=HEBREW, evidence=HEBREW_NOTE, acknowledge=False)
    data = summary_data(store, ride_id)
    assert data.strength is not None and data.gap is not None
    data = data._replace(
        manager_name=ARABIC,
        strength=data.strength._replace(evidence=DEVANAGARI + " " + THAI),
        gap=data.gap._replace(evidence=ARABIC_NOTE),
        commitments=tuple(c._replace(text=CJK) for c in data.commitments),
    )
    path = tmp_path / "international.pdf"
    path.write_bytes(build_summary(data, options("a4")))
    return path


def test_hebrew_and_arabic_read_in_logical_order(international_pdf: Path) -> None:
    text = _logical(_pdftotext(international_pdf))
    for expected in (HEBREW, ARABIC, HEBREW_NOTE, ARABIC_NOTE):
        assert expected in text, expected
    # Drawn without bidi, a Hebrew word comes back reversed; without shaping, Arabic letters
    # are isolated forms: neither shows up here.
    assert HEBREW[::-1] not in text


def test_arabic_is_shaped_into_joined_forms(international_pdf: Path) -> None:
    raw = _MARKS.sub("", _pdftotext(international_pdf))
    presentation = [ch for ch in raw if 0xFE70 <= ord(ch) <= 0xFEFF or 0xFB50 <= ord(ch) <= 0xFDFF]
    finals_or_medials = [ch for ch in presentation if "MEDIAL" in unicodedata.name(ch, "")]
    assert finals_or_medials, "Arabic was drawn in isolated forms (not shaped)"


def test_every_script_is_drawn_by_an_embedded_fallback_face(international_pdf: Path) -> None:
    fonts = pdffonts(str(international_pdf))
    for face in (
        "NotoSansHebrew",
        "NotoSansArabic",
        "NotoSansDevanagari",
        "NotoSansThai",
        "WenQuanYiMicroHei",
        "DejaVuSans",
    ):
        assert face in fonts, face
    for line in fonts.splitlines()[2:]:
        assert " yes yes yes " in line, line  # embedded, subset, with a ToUnicode map
    text = _pdftotext(international_pdf)
    assert MISSING not in text
    # CJK and Thai consonants map back to themselves (shaped Thai vowel marks and Devanagari
    # conjuncts are glyphs without a code point of their own: their faces are checked above).
    for ch in "客户说こんにちは안녕하세요ปดกรท":
        assert ch in text, ch


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Emoji 😀👩\u200d💻 ok", "Emoji □ ok"),  # a run with a joined sequence: one box
        ("👍🏽 done", "□ done"),  # skin tone
        ("🇮🇱🇦🇪", "□"),  # flags: one box for the run
        ("Great call 😀!", "Great call □!"),  # a lone emoji DejaVu could draw: a box all the same
        ("😀😀😀", "□"),  # a run of them: one box
        ("क्\u200dष", "क्\u200dष"),  # a joiner inside Devanagari is kept (half form)
    ],
)
def test_emoji_sequences_become_one_placeholder(raw: str, expected: str) -> None:
    assert clean(raw) == expected


def test_a_latin_only_summary_registers_no_fallback_face(tmp_path: Path) -> None:
    """The fallback faces (5.9 MiB, the CJK one ~65 ms to parse) cost nothing until a
    document meets their script."""
    script = (
        "import tempfile\n"
        "from reportlab.pdfbase import pdfmetrics\n"
        "from fieldride.store import open_store\n"
        "from fieldride.scorecards.defaults import install_defaults\n"
        "from fieldride.reports.data import summary_data\n"
        "from fieldride.reports.summary import build_summary\n"
        "from tests.core.reports_fixtures import options, typical_ride\n"
        "s = open_store(tempfile.mkdtemp()); install_defaults(s)\n"
        "pdf = build_summary(summary_data(s, typical_ride(s)), options())\n"
        "names = [n for n in pdfmetrics.getRegisteredFontNames() if '-Regular' in n or '-Bold' in n]\n"
        "print(sorted(n for n in names if n.count('-') > 1))\n"
        "assert b'Noto' not in pdf and b'WenQuanYi' not in pdf\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_script_of_matches_the_blocks_for_every_code_point() -> None:
    """The bisection over the blocks agrees with the block table at every code point, the
    edges of each block included."""
    from fieldride.reports.scripts import RANGES, script_of

    def by_table(code: int) -> str | None:
        for name, ranges in RANGES.items():
            if any(lo <= code <= hi for lo, hi in ranges):
                return name
        return None

    for code in range(0x30010):
        if 0xD800 <= code <= 0xDFFF:
            continue
        assert script_of(chr(code)) == by_table(code), hex(code)


@pytest.mark.parametrize(
    ("text", "fallback", "rtl"),
    [
        ("", False, False),
        ("Plain words, £4k – “quoted” … ☐", False, False),
        ("Maya Okafor and דנה כהן", True, True),
        ("(أحمد)", True, True),
        ("नमस्ते", True, False),
        ("東京 — 2026", True, False),
        ("𠀀", True, False),  # extension B, outside the BMP
        ("\u058f\u0600", True, True),  # the last code point before the first block, then Arabic
        ("\u058f", False, False),
    ],
)
def test_has_fallback_and_has_rtl(text: str, fallback: bool, rtl: bool) -> None:
    from fieldride.reports.scripts import has_fallback, has_rtl

    assert has_fallback(text) is fallback
    assert has_rtl(text) is rtl
