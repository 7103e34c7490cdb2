"""The seller's self-assessment and the acknowledgement code walked in a real X server (issue
22, delivers 1 and 8), a screenshot after every step.

    python tests/harness/walk_self_assessment.py OUTDIR [--size 1366x768]

Fills a private data folder with the demo team, puts one of Maya Okafor's planned rides in
progress (three calls rated through the core, as capture would), a paper self-assessment on
another seller's ride is left for the manager to type in, then starts the app on it (it
reopens the ride in progress) and plays keys with xdotool: Ctrl+D (debrief), Alt+R ("Seller
rates the ride…"), digits, N, arrows and Delete in the "Rate your own ride" step, Tab to "give
the laptop back" and Space, the debrief's side-by-side, Alt+M (paper self-assessment) typed
in by keyboard, then the debrief finished, acknowledged in the seller view, and the status line
with the code. Like walk.py it asserts nothing: the shots are for a person to look at.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.harness.walk import running_app


def prepare(data: Path) -> int:
    """The demo team with one of Maya's rides in progress; returns its id."""
    from fieldride import debriefs, rides
    from fieldride.debriefs import commitments
    from fieldride.demo import build_demo
    from fieldride.store import open_store

    with open_store(data) as store:
        build_demo(store)
        maya = next(r for r in rides.list_rides(store) if r.seller_name == "Maya Okafor")
        ride = rides.plan_ride(
            store,
            maya.seller_id,
            "2026-12-05",
            scorecard_key=maya.scorecard_key,
            focus=list(maya.focus) or None,
        )
        keys = [b.key for b in rides.ride_sheet(store, ride.id).behaviours]
        calls = [
            rides.add_call(store, ride.id, "visit", "Harbour Foods", "Ops director"),
            rides.add_call(store, ride.id, "phone_call", "Medway Plastics", "Plant manager"),
            rides.add_call(store, ride.id, "visit", "Castle & Reed", "Office manager"),
        ]
        for n, call in enumerate(calls):
            for i, key in enumerate(keys[:6]):
                rides.rate(store, call.id, key, 1 + (i + n) % 4)
            rides.set_evidence(store, call.id, keys[0], f"Manager's evidence on call {n + 1}.")
        debriefs.set_private_note(store, ride.id, "PRIVATE: talk to HR about her workload")
        debriefs.set_strength(store, ride.id, keys[1], "Clear value message on the Medway call.")
        debriefs.set_gap(store, ride.id, keys[0], "Moved to the brochure after two questions.")
        commitments.add_commitment(
            store, ride.id, keys[0], "Three open questions before any slide."
        )
        return ride.id


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="fieldride-walk-sa-")) / "data"
    ride_id = prepare(data)
    print(f"ride in progress: {ride_id}", flush=True)
    with running_app(out, args.size, data, "app.log", settle=6) as walk:
        walk.step("capture-resumed", ["s:1"])
        walk.step("debrief", ["ctrl+d", "s:2"])
        walk.step("self-rating", ["alt+r", "s:2"])
        walk.step("self-rating-rated", ["3", "s:0.3", "n", "s:0.3", "2", "s:0.3", "4", "s:0.5"])
        walk.step("self-rating-cleared", ["Up", "Delete", "s:0.5", "Down", "3", "s:0.5"])
        walk.step("self-rating-escape-ignored", ["Escape", "ctrl+1", "s:1"])
        # The last row's digit moves the focus on to "give the laptop back"
        walk.step("self-rating-end", ["2", "s:0.3", "3", "s:0.3", "4", "s:0.5"])
        walk.step("debrief-side-by-side", ["space", "s:2"])
        walk.step("paper-dialog", ["alt+m", "s:1.5"])
        walk.step("paper-dialog-typed", ["2", "Tab", "4", "s:0.5"])
        walk.step("debrief-after-paper", ["Return", "s:2"])
        walk.step("debrief-finished", ["alt+n", "s:1.5"])
        walk.step("seller-view", ["alt+s", "s:2"])
        walk.step(
            "seller-view-acknowledged",
            ["t:Maya Okafor", "s:0.5", "Return", "s:1.5"],
        )
        walk.step("debrief-acknowledged-code", ["space", "s:2"])
    print(f"data folder: {data}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
