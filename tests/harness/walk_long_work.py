"""Walk the long-work progress dialog and a real drag-and-drop under Xvfb (issue 24).

    python tests/harness/walk_long_work.py OUT [--rows 4990]

Fills a data folder with the demo team, writes a roster workbook of ``--rows`` people (slow
enough to read that the progress dialog shows and Cancel can be clicked), starts the app on Xvfb (``running_app``), and a second
small window, this script's own drag source, that drags the roster file's URL the way a file
manager does (XDND between two processes). xdotool drags it onto the Sellers screen:
screenshots of the progress dialog, after Cancel and of the roster preview after a second
drop. Screenshots and the app's log go to OUT.
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from tests.harness.walk import running_app  # noqa: E402

SOURCE = """
import sys
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QDrag
from PySide6.QtWidgets import QApplication, QLabel

class Source(QLabel):
    def mousePressEvent(self, event):
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(sys.argv[1])])
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.CopyAction)

app = QApplication(sys.argv[:1])
label = Source("Drag me: roster.xlsx")
label.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
label.setAlignment(Qt.AlignmentFlag.AlignCenter)
label.setStyleSheet("background: #ffe9a8; font-size: 16px; padding: 12px")
label.resize(220, 70)
label.move(1100, 640)
label.setWindowTitle("drag source")
label.show()
app.exec()
"""


def write_roster(path: Path, rows: int) -> None:
    """A roster of ``rows`` people, CSV or (``.xlsx``) a workbook, which takes longer to read."""
    header = ["Name", "Team", "Territory", "Email", "Line manager"]
    people = [
        [f"Person {i:05d}", f"Team {i % 12}", f"Region {i % 40}", f"p{i}@example.com", "Pat"]
        for i in range(rows)
    ]
    if path.suffix == ".xlsx":
        from openpyxl import Workbook

        wb = Workbook()
        sheet = wb.active
        sheet.append(header)
        for row in people:
            sheet.append(row)
        wb.save(path)
        return
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(people)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--rows", type=int, default=4_990)
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    data = out / "data"
    if not data.exists():
        subprocess.run(
            ["fieldride", "--data-dir", str(data), "demo", "--months", "3"],
            check=True,
            capture_output=True,
        )
    roster = out / "roster.xlsx"
    write_roster(roster, args.rows)
    with running_app(out, "1366x768", data, "app.log", settle=6) as walk:
        source = subprocess.Popen(
            [sys.executable, "-c", SOURCE, str(roster)],
            env=walk.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            time.sleep(3)
            # the Sellers screen by a click on its navigation entry (the drag source has focus)
            for cmd in (["mousemove", "42", "105"], ["click", "1"]):
                subprocess.run(["xdotool", *cmd], env=walk.env, check=False)
            walk.step("sellers", ["s:1"])

            def drag() -> None:
                for cmd in (
                    ["mousemove", "1210", "695"],
                    ["mousedown", "1"],
                    ["mousemove", "1150", "600"],
                    ["mousemove", "900", "450"],
                    ["mousemove", "700", "400"],
                    ["mouseup", "1"],
                ):
                    subprocess.run(["xdotool", *cmd], env=walk.env, check=False)
                    time.sleep(0.4)

            drag()
            time.sleep(0.6)
            walk.shot("progress-dialog")
            # Cancel, clicked where the dialog puts it over a 1366x768 window (see the shot)
            for cmd in (["mousemove", "810", "393"], ["mousedown", "1"], ["mouseup", "1"]):
                subprocess.run(["xdotool", *cmd], env=walk.env, check=False)
                time.sleep(0.2)
            walk.step("cancelled", ["s:0.5"])
            walk.step("cancelled-later", ["s:3"])
            drag()
            for i in range(60):  # wait for the preview (the reading takes seconds here)
                time.sleep(1)
                if i in (0, 3):
                    walk.shot(f"progress-after-{i + 1}s")
                listing = subprocess.run(
                    ["xdotool", "search", "--name", r"Import roster\.xlsx"],
                    env=walk.env,
                    capture_output=True,
                    text=True,
                    check=False,
                )
                if listing.stdout.strip():
                    break
            walk.step("roster-preview", ["s:1"])
        finally:
            source.terminate()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
