"""The dialogs and shared widgets in German and Spanish on a real X display (issue 24),
screenshots to look at for clipped or cut-off text.

    python -m tests.harness.language_walk_dialogs OUTDIR [--lang de es]

Run it on an X display (Xvfb at 1366x768: ``../shared/tools/snap`` or ``Xvfb :N -screen 0
1366x768x24`` and DISPLAY=:N). For each language: the UI catalogue installed as the app does,
a data folder with the demo team and two backups, a real bundle from a second demo folder, a
real HR roster, a scorecard file with problems and a damaged data file; each dialog opened at
its own size, laid out, and saved as OUTDIR/<lang>/<dialog>.png (the window's own pixels).
Prints each dialog's size and whether it fits the screen. LOOK at them. A harness, not a test.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget


def _settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class _Prompts:
    """Answers file questions from a queue; records the rest (nothing modal on screen)."""

    def __init__(self) -> None:
        self.files: list[str] = []

    def info(self, title: str, text: str) -> None: ...
    def error(self, title: str, text: str, details: str = "") -> None: ...
    def confirm(self, title: str, text: str) -> bool:
        return True

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        return None

    def open_file(self, title: str, folder: str, filters: str) -> str | None:
        return self.files.pop(0) if self.files else None

    def save_file(self, title: str, path: str, filters: str) -> str | None:
        return None


def walk(out: Path, lang: str) -> list[str]:
    from fieldride.demo import build_demo
    from fieldride.server import TeamConfig
    from fieldride.store import make_backup, open_store
    from fieldride.team import plan_roster
    from tests.ui.dialog_data import damaged_folder, demo_bundle, hr_roster, scorecard_problems
    from ui import settings, translation
    from ui.dialogs.about import AboutDialog
    from ui.dialogs.bundle_export import BundleExportDialog
    from ui.dialogs.bundle_import import BundleImportDialog
    from ui.dialogs.demo_fill import DemoFill
    from ui.dialogs.file_formats import FileFormatsDialog
    from ui.dialogs.first_run import first_run_dialog
    from ui.dialogs.output_settings import OutputSettingsDialog
    from ui.dialogs.recovery import RecoveryDialog
    from ui.dialogs.shortcuts import ShortcutsDialog
    from ui.dialogs.team_join import TeamDialog
    from ui.dialogs.team_sync import TeamSyncDialog
    from ui.main_window import MainWindow
    from ui.widgets.import_errors import ImportErrorsDialog
    from ui.widgets.roster_preview import RosterPreviewDialog
    from ui.widgets.training_dialog import TrainingDialog

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translation.install(app, lang)
    folder = out / lang
    folder.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f"fieldride-dialogs-{lang}-"))
    store = open_store(work / "data")
    settings.configure(store.folder)
    build_demo(store, seed=7, months=3)
    make_backup(store, "daily")
    make_backup(store, "manual")
    bundle = demo_bundle(work)
    roster = hr_roster(work / "hr.csv", "Maya Okafor")
    card_problems = scorecard_problems(work / "card.csv")
    damage = damaged_folder(work / "broken")
    prompts = _Prompts()
    window = MainWindow(store, prompts)  # type: ignore[arg-type]
    window.resize(1366, 740)
    window.show()
    window.fill_menus()
    _settle(400)

    importing = BundleImportDialog(store.folder, store.path, prompts)  # type: ignore[arg-type]
    ready: list[bool] = []
    importing.preview_ready.connect(lambda: ready.append(True))
    fill = DemoFill(store.folder, prompts, window)  # type: ignore[arg-type]
    makers: dict[str, Callable[[], QWidget]] = {
        "about": lambda: AboutDialog(store.folder, prompts),  # type: ignore[arg-type]
        "file-formats": lambda: FileFormatsDialog(store.folder, prompts),  # type: ignore[arg-type]
        "first-run": lambda: first_run_dialog(store, prompts),  # type: ignore[arg-type]
        "output-settings": lambda: OutputSettingsDialog(store, prompts),  # type: ignore[arg-type]
        "shortcuts": lambda: ShortcutsDialog(window.shortcut_list()),
        "team-join": lambda: TeamDialog(store.folder, None, prompts),  # type: ignore[arg-type]
        "team-joined": lambda: TeamDialog(
            store.folder,
            TeamConfig(dsn="host=db.example.org dbname=fieldride", role="maya", kind="manager"),
            prompts,  # type: ignore[arg-type]
        ),
        "team-sync": lambda: TeamSyncDialog(store.folder, "db.example.org:5432", 12),
        "bundle-export": lambda: BundleExportDialog(store.folder, prompts),  # type: ignore[arg-type]
        "bundle-import": lambda: importing,
        "roster-preview": lambda: RosterPreviewDialog(plan_roster(store, roster)),
        "training": lambda: TrainingDialog(store, prompts),  # type: ignore[arg-type]
        "import-problems": lambda: ImportErrorsDialog("card.csv", card_problems),
        "recovery": lambda: RecoveryDialog(work / "broken", damage),  # type: ignore[arg-type]
        "demo-fill-progress": lambda: fill.dialog,
    }
    screen = app.primaryScreen().availableGeometry()
    said = []
    for name, make in makers.items():
        dialog = make()
        if name == "bundle-import":
            prompts.files.append(str(bundle))
            dialog.show()
            importing.choose()
            for _ in range(600):
                if ready:
                    break
                _settle(100)
        if name == "demo-fill-progress":
            fill._progress("Sellers", 3, 7)
        dialog.show()
        if name in {"bundle-import", "demo-fill-progress"}:
            dialog.adjustSize()
        _settle(300)
        dialog.grab().save(str(folder / f"{name}.png"))
        frame = dialog.frameGeometry()
        fits = screen.contains(frame) or (
            frame.width() <= screen.width() and frame.height() <= screen.height()
        )
        said.append(f"{lang} {name}: {frame.width()}x{frame.height()} fits={fits}")
        dialog.hide()
    window.close()
    store.close()
    return said


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", nargs="+", default=["de", "es"])
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        print("language_walk_dialogs: needs an X display (Xvfb)", file=sys.stderr)
        return 2
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    from ui.app import create_application

    create_application([])
    QCoreApplication.setApplicationName("FieldRide")
    for lang in args.lang:
        for line in walk(args.out, lang):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
