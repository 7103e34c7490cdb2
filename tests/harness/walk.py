"""The manager's cycle walked by keyboard in a real X server, a screenshot after every step.

    python tests/harness/walk.py OUTDIR [--size 1366x768] [--scheme light|dark] [--keep]

Starts Xvfb on a free display, openbox if it is installed (without a window manager Qt's window
is never active, so no focus frame is drawn and the shots mislead), then ``fieldride --data-dir``
on an EMPTY private folder, and plays the key presses below with xdotool: first-run setup,
two sellers, plan a ride (Ctrl+N), three calls rated by digits with evidence and a quick note,
the debrief (Ctrl+D), the seller view and acknowledgement, the summary PDF, the pre-ride brief,
blank scorecard and development report (Alt+O on Today, Scorecards, Seller progress), and a
second ride that checks the commitment. Each step's screenshot is OUTDIR/NN-name.png
(ImageMagick ``import -window root``); every page of every PDF written is rendered with
pdftoppm when it is installed. The shots are for a person to LOOK AT:
nothing here asserts what they show. It is a harness, not a test (pytest collects test_*.py
only), and plays blind: the key sequences follow the focus order of the code as it was when
this was written (2026-12-06); if a step lands elsewhere, its screenshot shows where.

Needs: Xvfb, xdotool, ImageMagick; optional openbox, pdftoppm. Run from the repository root
with the venv on PATH (``fieldride`` must be the command of this worktree).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

# One step: a file name and what to press. "t:TEXT" types TEXT, "s:SECONDS" waits, anything
# else is an xdotool key name or chord ("Tab", "ctrl+n", "alt+b", "3").
Step = tuple[str, Sequence[str]]

SETUP: list[Step] = [
    ("first-run", ["s:1"]),
    # name, organisation, then Tab x6 to the page size (logo, Choose, No logo, accent, Pick)
    (
        "first-run-filled",
        ["t:Dana Whitfield", "Tab", "t:Northwind Field Sales"] + ["Tab"] * 6 + ["Down", "Down"],
    ),
    ("today-empty", ["Return", "s:1"]),
]

SCHEME_KEYS = {"dark": ["alt+v", "d"], "light": ["alt+v", "l"]}

CYCLE: list[Step] = [
    # Today's primary "Add sellers" (Tab from the navigation) opens Sellers with its Add
    # seller dialog
    ("sellers-empty", ["Tab", "space", "s:1.5"]),
    (
        "add-seller-dialog",
        [
            "t:Priya Raman",
            "Tab",
            "t:North",
            "Tab",
            "t:Leeds",
            "Tab",
            "t:priya@example.com",
        ],
    ),
    # Save; Alt+A is "Add seller…"
    (
        "sellers-two",
        [
            "Return",
            "s:1",
            "alt+a",
            "s:2",
            "t:Tom Becker",
            "Tab",
            "t:North",
            "Tab",
            "t:York",
            "Tab",
            "t:tom@example.com",
            "Return",
            "s:1",
        ],
    ),
    ("plan-dialog", ["ctrl+n", "s:1.5"]),
    # Alt+F: focus behaviours (Space ticks), Alt+B: objective
    (
        "plan-filled",
        [
            "alt+f",
            "space",
            "Down",
            "Down",
            "space",
            "alt+b",
            "t:Open each call with a clear purpose and ask layered questions",
        ],
    ),
    # objective -> list -> Cancel -> Plan ride (plan for later, stays on Today)
    ("today-planned", ["Tab", "Tab", "Tab", "space", "s:1.5"]),
    # Alt+O: Open pre-ride brief (no PDF viewer here: the message says where it was saved)
    ("brief", ["alt+o", "s:3"]),
    ("brief-closed", ["Return", "s:1"]),
    # Ctrl+1 Today, Tab: Plan a ride, Tab: the planned list, Down: its row, Enter opens it
    ("capture", ["ctrl+1", "Tab", "Tab", "Down", "Return", "s:2"]),
    # the first digit starts call 1; Enter opens the evidence box, Esc back; F2 a quick note
    (
        "capture-call1",
        [
            "3",
            "s:0.5",
            "2",
            "4",
            "Return",
            "t:Said the goal up front: agree a trial order by Friday.",
            "Escape",
            "F2",
            "t:Customer asked about lead times twice",
            "Return",
            "s:1",
        ],
    ),
    ("add-call-dialog", ["ctrl+shift+a", "s:1"]),
    (
        "capture-call2",
        ["t:Harbour Foods", "Tab", "t:Buyer", "Return", "s:1", "2", "3", "2", "n", "1", "s:1"],
    ),
    (
        "capture-call3",
        [
            "ctrl+shift+a",
            "s:1",
            "t:Kestrel Hardware",
            "Return",
            "s:1",
            "3",
            "3",
            "3",
            "3",
            "2",
            "Left",
            "s:1",
        ],
    ),
    ("debrief", ["ctrl+d", "s:2"]),
    # Alt+1: step 1, the focus on the strength's behaviour; Tab: "Pick a captured line",
    # Down+Enter picks the first line; Tab x4 to the gap's evidence
    (
        "debrief-strength-gap",
        [
            "alt+1",
            "s:0.5",
            "Tab",
            "space",
            "s:0.5",
            "Down",
            "Return",
            "s:0.3",
            "Tab",
            "Tab",
            "Tab",
            "Tab",
            "t:Stopped after the buyer's first answer instead of asking why.",
        ],
    ),
    (
        "debrief-commitment",
        [
            "alt+4",
            "s:0.5",
            "t:Ask two follow-up why questions before proposing, on every call",
            "Return",
            "s:1",
        ],
    ),
    # Ctrl+D on the debrief keeps it as it is (says so); Alt+N: "Finish debrief"
    ("debrief-ctrl-d-again", ["ctrl+d", "s:1"]),
    ("debrief-finished", ["alt+n", "s:1.5"]),
    # Alt+S: "Hand the laptop to the seller…"
    ("seller-view", ["alt+s", "s:2"]),
    ("seller-view-wrong-name", ["alt+n", "t:Priya R", "s:0.5"]),
    (
        "seller-view-acknowledged",
        [
            "alt+n",
            "ctrl+a",
            "t:Priya Raman",
            "alt+c",
            "t:Thanks, will try it this week.",
            "alt+n",
            "Return",
            "s:1.5",
        ],
    ),
    ("back-to-manager", ["space", "s:1.5"]),
    # Alt+P: "Produce summary PDF"
    ("summary-pdf", ["alt+p", "s:3"]),
    ("summary-pdf-closed", ["Return", "s:1"]),
    # Scorecards (Ctrl+3) and Seller progress (Ctrl+6): Alt+O opens their document
    ("blank-scorecard", ["ctrl+3", "s:1.5", "alt+o", "s:3"]),
    ("blank-scorecard-closed", ["Return", "s:1"]),
    ("seller-report", ["ctrl+6", "s:2", "alt+o", "s:4"]),
    ("seller-report-closed", ["Return", "s:1"]),
    # The second ride with the same seller verifies the commitment: Ctrl+N (the seller's last
    # scorecard, the gap suggested and ticked), Enter: "Plan and start capture"
    ("second-plan", ["ctrl+n", "s:1.5"]),
    ("second-capture", ["Return", "s:2"]),
    ("second-call1", ["3", "s:0.5", "3", "2", "s:1"]),
    # Ctrl+D, then Alt+5: "Check previous" (the commitment to verify)
    ("second-debrief-check", ["ctrl+d", "s:2", "alt+5", "s:1"]),
    # Alt+5 put the focus on the commitment's first answer ("Applied"): Space
    ("second-verified", ["space", "s:1.5"]),
]


def free_display() -> int:
    n = 90
    while Path(f"/tmp/.X{n}-lock").exists() or Path(f"/tmp/.X11-unix/X{n}").exists():
        n += 1
    return n


class Walk:
    def __init__(self, out: Path, display: int) -> None:
        self.out = out
        self.env = {**os.environ, "DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb"}
        self.count = 0

    def press(self, action: str) -> None:
        if action.startswith("t:"):
            cmd = ["xdotool", "type", "--delay", "20", action[2:]]
        elif action.startswith("s:"):
            time.sleep(float(action[2:]))
            return
        else:
            cmd = ["xdotool", "key", "--delay", "60", action]
        subprocess.run(cmd, env=self.env, check=False)
        time.sleep(0.3)

    def shot(self, name: str) -> Path:
        self.count += 1
        path = self.out / f"{self.count:02d}-{name}.png"
        subprocess.run(["import", "-window", "root", str(path)], env=self.env, check=False)
        return path

    def step(self, name: str, actions: Sequence[str]) -> Path:
        for action in actions:
            self.press(action)
        time.sleep(0.8)
        path = self.shot(name)
        print(path, flush=True)
        return path


@contextmanager
def running_app(out: Path, size: str, data: Path, log_name: str, settle: float) -> Iterator[Walk]:
    """Xvfb at ``size``, openbox when installed, and ``fieldride --data-dir data`` on it (its
    output in OUT/log_name); yields the Walk that drives it, and stops all three after."""
    display = free_display()
    quiet = subprocess.DEVNULL
    procs: list[subprocess.Popen[bytes]] = []
    try:
        procs.append(
            subprocess.Popen(
                ["Xvfb", f":{display}", "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                stdout=quiet,
                stderr=quiet,
            )
        )
        time.sleep(1)
        walk = Walk(out, display)
        if shutil.which("openbox"):
            procs.append(subprocess.Popen(["openbox"], env=walk.env, stdout=quiet, stderr=quiet))
            time.sleep(1)
        log = (out / log_name).open("wb")
        procs.append(
            subprocess.Popen(
                ["fieldride", "--data-dir", str(data)], env=walk.env, stdout=log, stderr=log
            )
        )
        time.sleep(settle)
        yield walk
    finally:
        for proc in reversed(procs):
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


def render_pdfs(data: Path, out: Path) -> None:
    if shutil.which("pdftoppm") is None:
        return
    for pdf in sorted((data / "documents").glob("*.pdf")):
        stem = out / ("pdf-" + pdf.stem.replace(" ", "_"))
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(stem)])
        print(f"{stem}-1.png", flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path, help="folder for the screenshots")
    parser.add_argument("--size", default="1366x768", help="screen size, WxH")
    parser.add_argument("--scheme", choices=("light", "dark"), default="light")
    parser.add_argument("--keep", action="store_true", help="leave the data folder in OUT/data")
    args = parser.parse_args(argv)
    for tool in ("Xvfb", "xdotool", "import", "fieldride"):
        if shutil.which(tool) is None:
            print(f"walk: {tool} is not installed (or not on PATH)", file=sys.stderr)
            return 2
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    data = out / "data" if args.keep else Path(tempfile.mkdtemp(prefix="fieldride-walk-"))
    if data.exists() and any(data.iterdir()):
        print(f"walk: {data} is not empty", file=sys.stderr)
        return 2
    data.mkdir(mode=0o700, exist_ok=True)
    data.chmod(0o700)  # FieldRide refuses a folder other users can open
    with running_app(out, args.size, data, "app.log", settle=5) as walk:
        for name, actions in SETUP:
            walk.step(name, actions)
        if args.scheme == "dark":
            walk.step("dark", SCHEME_KEYS["dark"] + ["s:1"])
        for name, actions in CYCLE:
            walk.step(name, actions)
    render_pdfs(data, out)
    if not args.keep:
        shutil.rmtree(data, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
