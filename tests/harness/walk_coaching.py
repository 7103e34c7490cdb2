"""Issue 22's review screens walked by keyboard on Xvfb: My coaching (Ctrl+9, its period and
its report on Alt+O), the ride score in Review and Seller progress, the scorecard's rule on
Scorecards, and the plan dialog's foresight warnings.

    python tests/harness/walk_coaching.py OUTDIR [--size 1366x768]

Fills a private data folder with the demo team (dated up to today), a weighted copy of the
field-visit scorecard, and three recent phone-call rides of the first seller with the same
account where "Asks open, layered questions" had no opportunity (the last one's gap), then
plays the keys below (tests.harness.walk.running_app). Screenshots are OUTDIR/NN-name.png, for
a person to LOOK AT; nothing is asserted. A harness, not a test.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from tests.harness.walk import Step, Walk, render_pdfs, running_app

STEPS: list[Step] = [
    ("today", ["s:1"]),
    ("my-coaching", ["ctrl+9", "s:2"]),
    # Alt+P: the period; Down: the last 180 days
    ("my-coaching-180", ["alt+p", "Down", "s:2"]),
    # Alt+O: the report (no PDF viewer on Xvfb: a message says where it was written)
    ("my-coaching-report", ["alt+o", "s:4"]),
    ("my-coaching-report-closed", ["Return", "s:1"]),
    ("review", ["ctrl+4", "s:2"]),
    # the Review scorecard box (blind: its place at 1366x768), then the weighted scorecard
    ("review-weighted", ["m:832,78", "s:1", "t:Field visit (w", "Return", "s:2"]),
    ("seller-progress", ["ctrl+6", "s:2"]),
    ("scorecards", ["ctrl+3", "s:2"]),
    ("scorecards-weighted", ["m:265,209", "s:1.5"]),
    # Ctrl+N: the first seller, their last scorecard (the weighted one), the gap ticked
    ("plan", ["ctrl+n", "s:2"]),
    # Alt+Y: the ride type; Down Down: call listening (phone calls expected)
    ("plan-call-listening", ["alt+y", "Down", "Down", "s:1.5"]),
    ("plan-closed", ["Escape", "s:1"]),
]


def step(walk: Walk, name: str, actions: Sequence[str]) -> None:
    """Walk.step, plus "m:X,Y": a mouse click at X,Y."""
    import subprocess

    keys: list[str] = []
    for action in actions:
        if action.startswith("m:"):
            for key in keys:
                walk.press(key)
            keys = []
            x, y = action[2:].split(",")
            subprocess.run(["xdotool", "mousemove", x, y, "click", "1"], env=walk.env, check=False)
        else:
            keys.append(action)
    walk.step(name, keys)


def prepare(data: Path) -> None:
    from fieldride import debriefs, rides
    from fieldride.demo import build_demo
    from fieldride.scorecards.model import Scorecard
    from fieldride.scorecards.store import latest_version, save_scorecard
    from fieldride.store import open_store
    from fieldride.team import sellers

    store = open_store(data)
    today = date.today()
    build_demo(store, seed=7, months=6, today=today)
    base = latest_version(store, "field-visit")
    assert base is not None
    d = base.card.to_dict()
    d["key"], d["name"] = "field-visit-weighted", "Field visit (weighted)"
    weights = (3, 1.5, 1)
    for i, b in enumerate(b for s in d["sections"] for b in s["behaviours"]):
        b["weight"] = weights[i % 3]
    card = Scorecard.from_dict(d)
    save_scorecard(store, card)
    first = sellers.list_sellers(store)[0]
    keys = [b.key for b in card.behaviours()]
    for n in range(3):
        day = (today - timedelta(days=3 - n)).isoformat()
        ride = rides.plan_ride(store, first.id, day, scorecard_key=card.key, focus=["discovery"])
        call = rides.add_call(store, ride.id, "phone_call", "Harbour Foods")
        for i, k in enumerate(keys):
            if k == "discovery":
                rides.mark_no_opportunity(store, call.id, k)
            else:
                rides.rate(store, call.id, k, 1 + (i + n) % 4)
        debriefs.set_gap(
            store, ride.id, "discovery", "No chance to ask: the buyer called about a delivery."
        )
    store.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args(argv)
    for tool in ("Xvfb", "xdotool", "import", "fieldride"):
        if shutil.which(tool) is None:
            print(f"walk_coaching: {tool} is not installed (or not on PATH)", file=sys.stderr)
            return 2
    args.out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="fieldride-coaching-")) / "data"
    data.mkdir(mode=0o700)
    try:
        prepare(data)
        with running_app(args.out, args.size, data, "app.log", settle=6) as walk:
            for name, actions in STEPS:
                step(walk, name, actions)
        render_pdfs(data, args.out)
    finally:
        shutil.rmtree(data.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
