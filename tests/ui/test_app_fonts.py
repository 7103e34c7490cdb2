"""The bundled DejaVu Sans is registered before the first paint only where the system lacks it.

On a machine without fonts (fontconfig pointed at an empty configuration, in a child process so
this one keeps its fonts) the app registers it and the window's text has real glyphs; where the
system has DejaVu Sans (most Linux desktops) registering it again changes nothing on screen and
costs a parse of each file and a re-read of the font list before the first paint (issue 23)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFontDatabase

from ui.resources import register_fonts

ROOT = Path(__file__).resolve().parents[2]

_CHILD = """
import json
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QTextLayout
from ui.app import create_application

app = create_application([])  # what the app does before its first paint
layout = QTextLayout("FieldRide Ωμέγα Жук", QFont())
layout.beginLayout()
layout.createLine()
layout.endLayout()
glyphs = [g for run in layout.glyphRuns() for g in run.glyphIndexes()]
print(json.dumps({
    "dejavu": QFontDatabase.hasFamily("DejaVu Sans"),
    "app_fonts": sorted(
        {f for i in range(16) for f in QFontDatabase.applicationFontFamilies(i)}
    ),
    "family": QFontInfo(QFont()).family(),
    "boxes": glyphs.count(0),
    "glyphs": len(glyphs),
}))
"""


def test_a_machine_without_fonts_gets_the_bundled_dejavu_sans(tmp_path: Path) -> None:
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
        f"<fontconfig><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-c", _CHILD],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "FONTCONFIG_FILE": str(config)},
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["dejavu"] and seen["app_fonts"] == ["DejaVu Sans"]
    assert seen["family"] == "DejaVu Sans"
    assert seen["glyphs"] > 10 and seen["boxes"] == 0


def test_dejavu_sans_is_not_registered_again_where_the_system_has_it(qtbot: Any) -> None:
    if not QFontDatabase.hasFamily("DejaVu Sans"):
        pytest.skip("this machine has no DejaVu Sans (the other test covers that case)")
    before = QFontDatabase.families()
    assert register_fonts() is False
    assert QFontDatabase.families() == before
