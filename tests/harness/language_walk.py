"""The app in German and Spanish on a real X display (issue 24), screenshots to look at.

    python -m tests.harness.language_walk OUTDIR [--size 1366x768] [--seed 7] [--lang de es]

For each language: a private data folder with the demo team, the UI language chosen as the
View ▸ Language menu keeps it (ui-state.ini), one seller's handout language set to it; FieldRide
on Xvfb (openbox when installed) at ``--size``; screenshots of Today, Plan a ride, capture (Today's
second recent ride, a double click), the debrief and each of its steps; and that seller's latest
coaching summary as a PDF with its pages rendered (``pdftoppm``). Files:
OUTDIR/<lang>/NN-<step>.png and OUTDIR/<lang>/handout-<n>.png. LOOK at them: nothing clipped,
nothing left in English but user data and the demo's English scorecard. A harness, not a test.
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

from tests.harness.readme_shots import SECOND_RECENT_RIDE
from tests.harness.walk import Walk, running_app


def prepare(data: Path, lang: str, seed: int) -> Path:
    """Demo data, the UI language chosen, the first seller's handout language; returns the
    handout PDF of that seller's latest finished ride."""
    subprocess.run(["fieldride", "--data-dir", str(data), "demo", "--seed", str(seed)], check=True)
    (data / "ui-state.ini").write_text(f"[view]\nlanguage={lang}\n", encoding="utf-8")
    from fieldride import rides
    from fieldride.reports.data import render_options, summary_data
    from fieldride.reports.summary import build_summary
    from fieldride.store import open_store
    from fieldride.team import edit_seller, list_sellers

    with open_store(data) as store:
        seller = list_sellers(store)[0]
        edit_seller(store, seller.id, language=lang)
        done = [
            r
            for r in rides.list_rides(store, seller.id)
            if r.status in ("debriefed", "acknowledged")
        ]
        pdf = data.parent / f"handout-{lang}.pdf"
        pdf.write_bytes(build_summary(summary_data(store, done[0].id), render_options(store)))
    return pdf


def walk_language(out: Path, lang: str, size: str, seed: int) -> None:
    folder = out / lang
    folder.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix=f"fieldride-{lang}-")) / "data"
    try:
        pdf = prepare(data, lang, seed)
        shutil.copy(pdf, folder / pdf.name)
        if shutil.which("pdftoppm"):
            subprocess.run(
                ["pdftoppm", "-png", "-r", "80", str(pdf), str(folder / "handout")], check=True
            )
        with running_app(folder, size, data, "app.log", settle=6) as walk:
            _steps(walk, size, lang)
    finally:
        shutil.rmtree(data.parent, ignore_errors=True)


# x of the debrief's step tabs 2-5 (y 160) at 1366x768, read off this harness's screenshots
STEP_TABS = {
    ("de", "1366x768"): [884, 977, 1103, 1254],
    ("es", "1366x768"): [843, 945, 1068, 1222],
}


def _steps(walk: Walk, size: str, lang: str) -> None:
    walk.step("today", ["s:8"])  # the data shows after the start-up check (slow under load)
    walk.step("plan-a-ride", ["ctrl+n", "s:3"])
    walk.press("Escape")
    x, y = SECOND_RECENT_RIDE[size]
    subprocess.run(
        ["xdotool", "mousemove", str(x), str(y), "click", "--repeat", "2", "1"],
        env=walk.env,
        check=False,
    )
    time.sleep(2)
    walk.step("capture", ["s:1"])
    walk.step("debrief", ["ctrl+d", "s:2"])
    # the steps' tabs, clicked where they are drawn at 1366x768 on the demo ride (their widths
    # follow the language; Ctrl+PgDown stays in the text field that has the focus)
    for n, x in enumerate(STEP_TABS.get((lang, size), []), start=2):
        subprocess.run(
            ["xdotool", "mousemove", str(x), "160", "click", "1"], env=walk.env, check=False
        )
        walk.step(f"debrief-step-{n}", ["s:1.5"])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--lang", nargs="+", default=["de", "es"])
    args = parser.parse_args(argv)
    for tool in ("Xvfb", "xdotool", "import", "fieldride"):
        if shutil.which(tool) is None:
            print(f"language_walk: {tool} is not installed (or not on PATH)", file=sys.stderr)
            return 2
    for lang in args.lang:
        walk_language(args.out, lang, args.size, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
