"""The README's capture and review screenshots, taken from the real app on Xvfb.

    python tests/harness/readme_shots.py OUTDIR [--seed 7]

For each screen size (1366x768, 1920x1080) it fills a private data folder with the demo team
(``fieldride demo --seed``), starts FieldRide on Xvfb with openbox (when installed), opens
Today's second recent ride (a double click) and takes the capture screen in light, dark and high
contrast (View menu); at 1366x768 also Seller progress (Ctrl+6) and Search (Ctrl+7, "discount").
The window is sized as a first start sizes it (maximized on the small screen). Files are named
as in docs/screenshots/; LOOK at them before copying them there. A harness, not a test.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from tests.harness.walk import Walk, running_app

SIZES = ("1366x768", "1920x1080")
LOOKS = {
    "light": ["alt+v", "s:0.7", "l"],
    "dark": ["alt+v", "s:0.7", "d"],
    "hc": ["alt+v", "s:0.7", "h"],  # high contrast on (over the dark look chosen before it)
}
# Where Today's second recent ride is drawn (demo seed 7: Sam Whitfield, call listening,
# 2026-11-22, four calls and two commitments to verify) in the window a first start sizes
SECOND_RECENT_RIDE = {"1366x768": (350, 486), "1920x1080": (539, 547)}


def shoot(out: Path, size: str, seed: int) -> None:
    data = Path(tempfile.mkdtemp(prefix="fieldride-shots-")) / "data"
    subprocess.run(["fieldride", "--data-dir", str(data), "demo", "--seed", str(seed)], check=True)
    try:
        with running_app(out, size, data, f"app-{size}.log", settle=6) as walk:
            _shots(walk, out, size)
    finally:
        shutil.rmtree(data.parent, ignore_errors=True)


def _shots(walk: Walk, out: Path, size: str) -> None:
    x, y = SECOND_RECENT_RIDE[size]
    subprocess.run(
        ["xdotool", "mousemove", str(x), str(y), "click", "--repeat", "2", "1"],
        env=walk.env,
        check=False,
    )
    time.sleep(2)
    for look, keys in LOOKS.items():
        for action in [*keys, "s:1.5"]:
            walk.press(action)
        shot = walk.shot(f"capture-{look}-{size}")
        shot.rename(out / f"capture-{look}-{size}.png")
        print(out / f"capture-{look}-{size}.png", flush=True)
    if size == SIZES[0]:
        # high contrast off, light again
        for action in ["alt+v", "s:0.7", "h", "alt+v", "s:0.7", "l", "s:1", "ctrl+6", "s:2"]:
            walk.press(action)
        walk.shot("x").rename(out / "review-seller-progress.png")
        for action in ["ctrl+7", "s:1", "t:discount", "Return", "s:2"]:
            walk.press(action)
        walk.shot("x").rename(out / "review-search.png")
        print(out / "review-seller-progress.png", out / "review-search.png", flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    for tool in ("Xvfb", "xdotool", "import", "fieldride"):
        if shutil.which(tool) is None:
            print(f"readme_shots: {tool} is not installed (or not on PATH)", file=sys.stderr)
            return 2
    args.out.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        shoot(args.out, size, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
