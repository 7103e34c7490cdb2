"""HarfBuzz and Pillow are loaded only by the documents that use them (issue 23, deliver 4).

reportlab imports both when it is imported; :mod:`fieldride.reports.deferred` makes each a
placeholder that loads on first use. Each case runs in a fresh process (what a ``fieldride
report`` command is), and checks both sides: nothing loaded for a Latin-only summary, and the
library loaded *and working* when the document needs it (Arabic joined, Hebrew in logical order,
the logo drawn).
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import unicodedata
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LOADED = (
    "print('harfbuzz', 'uharfbuzz._harfbuzz' in sys.modules)\n"
    "print('pillow', 'PIL._imaging' in sys.modules)\n"
)


def _run(script: str, tmp_path: Path) -> dict[str, str]:
    done = subprocess.run(
        [sys.executable, "-c", "import sys\n" + script + LOADED],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANGUAGE": "en"},
    )
    assert done.returncode == 0, done.stderr
    return dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)


def _png(width: int = 12, height: int = 4) -> bytes:
    """A small red RGB PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\xc8\x1e\x1e" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def _pdftotext(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return unicodedata.normalize("NFKC", re.sub("[\u200e\u200f\u202a-\u202e]", "", out.stdout))


MAKE_RIDE = (
    "from fieldride.scorecards.defaults import install_defaults\n"
    "from fieldride.store import open_store\n"
    "from tests.core.reports_fixtures import typical_ride\n"
    "folder = sys.argv[1] if len(sys.argv) > 1 else {folder!r}\n"
    "s = open_store(folder); install_defaults(s)\n"
    "ride = typical_ride(s, {kwargs})\n"
)


def test_a_latin_summary_command_loads_neither_harfbuzz_nor_pillow(tmp_path: Path) -> None:
    """The real ``fieldride report summary`` command, in the process that runs it."""
    folder, out = tmp_path / "data", tmp_path / "summary.pdf"
    made = _run(
        MAKE_RIDE.format(folder=str(folder), kwargs="") + "s.close()\nprint('ride', ride)\n",
        tmp_path,
    )
    result = _run(
        "from fieldride.cli import main\n"
        f"code = main(['--data-dir', {str(folder)!r}, 'report', 'summary', {made['ride']!r}, "
        f"'--out', {str(out)!r}])\n"
        "assert code == 0, code\n",
        tmp_path,
    )
    assert (result["harfbuzz"], result["pillow"]) == ("False", "False")
    assert "Maya Okafor" in _pdftotext(out)


def test_hebrew_and_arabic_load_harfbuzz_and_are_shaped(tmp_path: Path) -> None:
    out = tmp_path / "rtl.pdf"
    hebrew, arabic = "דנה כהן לוי", "سألت العميل عن خطة الإطلاق ومن يشارك في القرار"
    result = _run(
        MAKE_RIDE.format(
            folder=str(tmp_path / "data"), kwargs=f"seller_name={hebrew!r}, gap={arabic!r}"
        )
        + "from fieldride.reports.data import summary_data\n"
        "from fieldride.reports.summary import build_summary\n"
        "from tests.core.reports_fixtures import options\n"
        f"open({str(out)!r}, 'wb').write(build_summary(summary_data(s, ride), options()))\n",
        tmp_path,
    )
    assert result["harfbuzz"] == "True"
    raw = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert any("MEDIAL" in unicodedata.name(ch, "") for ch in raw), "Arabic not joined"
    text = _pdftotext(out)
    assert hebrew in text and arabic in text  # logical order after bidi reordering


def test_a_logo_loads_pillow_and_is_drawn(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png())  # written without Pillow: the test process may not load it
    result = _run(
        MAKE_RIDE.format(folder=str(tmp_path / "data"), kwargs="")
        + "from fieldride.reports.data import summary_data\n"
        "from fieldride.reports.summary import build_summary\n"
        "from tests.core.reports_fixtures import options\n"
        f"pdf = build_summary(summary_data(s, ride), options(logo_path={str(logo)!r}))\n"
        "assert b'/Subtype /Image' in pdf\n",
        tmp_path,
    )
    assert result["pillow"] == "True"
