"""``fieldride --self-test``: a short end-to-end check for a fresh install or a frozen bundle.

Opens a store in a temporary folder, loads the bundled scorecards, runs a small ride through the
core (plan, call, ratings, debrief, commitment) and checks the result. Prints one line per step and
exits 0 when every step passed, 1 otherwise (with the failing step named).
"""

from __future__ import annotations

import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _steps(folder: Path) -> list[tuple[str, Callable[[dict[str, Any]], None]]]:
    from fieldride import commitments, debriefs, rides, sellers
    from fieldride.db import open_store
    from fieldride.scorecards.defaults import install_defaults

    def open_(ctx: dict[str, Any]) -> None:
        ctx["store"] = open_store(folder)

    def scorecards(ctx: dict[str, Any]) -> None:
        installed = install_defaults(ctx["store"])
        assert installed, "no bundled scorecards were found"
        ctx["card"] = installed[0]

    def ride(ctx: dict[str, Any]) -> None:
        store, card = ctx["store"], ctx["card"]
        seller = sellers.add_seller(store, "Self Test")
        keys = [b.key for b in card.card.behaviours()]
        r = rides.plan_ride(store, seller.id, "2026-01-05", scorecard_key=card.key, focus=keys[:1])
        call = rides.add_call(store, r.id, account="Test account")
        rides.rate(store, call.id, keys[0], card.card.scale[-1].value)
        rides.set_evidence(store, call.id, keys[0], "Self-test evidence")
        debriefs.set_strength(store, r.id, keys[0], "Self-test strength")
        debriefs.set_gap(store, r.id, keys[-1], "Self-test gap")
        commitments.add_commitment(store, r.id, keys[-1], "Self-test commitment")
        debriefs.finish_debrief(store, r.id)
        ctx["ride_id"] = r.id

    def close(ctx: dict[str, Any]) -> None:
        ctx.pop("store").close()

    return [
        ("open a store", open_),
        ("load the bundled scorecards", scorecards),
        ("run a ride through the core", ride),
        ("close the store", close),
    ]


def run_self_test() -> int:
    with tempfile.TemporaryDirectory(prefix="fieldride-selftest-") as tmp:
        ctx: dict[str, Any] = {}
        for name, step in _steps(Path(tmp)):
            try:
                step(ctx)
            except Exception:
                print(f"self-test FAILED at: {name}")
                traceback.print_exc()
                return 1
            print(f"ok  {name}")
        if "store" in ctx:
            ctx["store"].close()
    print("self-test passed")
    return 0
