"""The Python modules the app imports from process start until it is ready for input.

    python scripts/startup_modules.py          print them, one a line (a start from source)

Why. The desktop bundle keeps its Python modules in PyInstaller's PYZ archive, each entry
zlib-compressed. The frozen app inflates every module it imports, and at start that was ~60 M of
~1,540 M instructions on the UI thread to ready (callgrind, the ten-year store): the one piece of
start-up work the same app from source does not do. build.spec stores the modules listed here
uncompressed (zlib level 0: no inflating, one copy and a checksum) and compresses the rest as
before; the start-up set is ~125 modules, 2.9 MB instead of 1.2 MB compressed.

How. The set is measured, not written down: the app from this checkout (through the benchmarks'
start-up probe, ``benchmarks/app_probe.py``, which quits once the app is ready for input) is
started offscreen twice on a demo team in a temporary folder, once on the Today screen and once
with a ride in progress (a start reopens it in the capture screen), and each start reports
``sys.modules`` as it quits. The union is the answer. A failed or hung start gives None: the
build then compresses every module, as PyInstaller does by default (slower start, same app).
Only the standard library is needed to import this module (build.spec does).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Run in the child: note every imported module's name as the process ends, then start the app the
# way the benchmarks do (``python -m benchmarks.app_probe --data-dir DIR``).
_CHILD = """
import atexit, runpy, sys
out, folder = sys.argv[1], sys.argv[2]
atexit.register(lambda: open(out, "w", encoding="utf-8").write("\\n".join(sorted(sys.modules))))
sys.argv = ["fieldride", "--data-dir", folder]
runpy.run_module("benchmarks.app_probe", run_name="__main__", alter_sys=True)
"""

# A ride in progress on the demo team, through the core's own functions (a fresh process).
_RIDE_IN_PROGRESS = """
import sys
from datetime import date
from fieldride.rides.planning import plan_ride, start_ride
from fieldride.store import open_store
store = open_store(sys.argv[1])
try:
    seller = next(iter(store.db.query("SELECT id FROM sellers ORDER BY id LIMIT 1")))["id"]
    card = next(iter(store.db.query("SELECT key FROM scorecards ORDER BY id LIMIT 1")))["key"]
    start_ride(store, plan_ride(store, seller, date.today(), scorecard_key=card).id)
finally:
    store.close()
"""


def _run(python: str, args: list[str], timeout: float) -> bool:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FIELDRIDE_EXIT_AFTER_PAINT": "1",
        "LANGUAGE": "en",
    }
    try:
        done = subprocess.run(  # noqa: S603 - this interpreter, fixed arguments
            [python, *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def measure(python: str = sys.executable, timeout: float = 120) -> frozenset[str] | None:
    """The union of ``sys.modules`` over the two starts described above, or None if a step
    failed (the caller then keeps PyInstaller's default)."""
    with tempfile.TemporaryDirectory(prefix="fieldride-startup-") as tmp:
        folder = Path(tmp) / "data"
        if not _run(python, ["-m", "fieldride", "--data-dir", str(folder), "demo"], timeout):
            return None
        names: set[str] = set()
        for step in ("today", "ride in progress"):
            if step == "ride in progress" and not _run(
                python, ["-c", _RIDE_IN_PROGRESS, str(folder)], timeout
            ):
                return None
            out = Path(tmp) / "modules.txt"
            if not _run(python, ["-c", _CHILD, str(out), str(folder)], timeout):
                return None
            names.update(out.read_text(encoding="utf-8").split())
    return frozenset(names)


if __name__ == "__main__":
    found = measure()
    if found is None:
        raise SystemExit("startup_modules: a measured start failed")
    print("\n".join(sorted(found)))
