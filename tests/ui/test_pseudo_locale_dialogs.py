"""The pseudo-locale test (tests/ui/test_pseudo_locale.py, docs/translating.md) for the dialogs
and shared widgets: each is opened on real data (a filled store, a real bundle, a real roster
file, a real damaged data file, a real scorecard file with problems) with every UI message given
its pseudo translation, and must show only wholly translated messages or user data.

Text the core writes (a roster's summary and notes, an import problem's description, a damaged
store's explanation, a cloud folder warning) is the core's message, translated in the core
(``fieldride.i18n.messages()``): it is taken as data here, so what is checked is the dialogs'
own text around it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from fieldride.store import Store
from tests.ui import test_pseudo_locale as base
from tests.ui.conftest import RecordingPrompts
from tests.ui.dialog_data import damaged_folder, demo_bundle, hr_roster, scorecard_problems
from tests.ui.test_pseudo_locale import _check, _data_values, _problem

pseudo_locale = base.pseudo_locale  # the fixtures, by name
filled = base.filled


def _opened(qtbot: Any, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _paths(*folders: Path) -> set[str]:
    """Paths shown in dialogs (the data folder, a file chosen): the user's, not ours."""
    out: set[str] = set()
    for folder in folders:
        out |= {str(folder), str(folder.resolve()), folder.name}
        out |= {str(p) for p in folder.rglob("*")} | {p.name for p in folder.rglob("*")}
    return out


def test_the_dialogs_show_only_translated_text(
    pseudo_locale: None,
    qtbot: Any,
    main_window: Any,
    filled: tuple[Store, int, int],
    tmp_path: Path,
) -> None:
    from fieldride.server import TeamConfig
    from fieldride.store import PlacementWarning, make_backup
    from fieldride.team import field_labels, plan_roster
    from ui.dialogs.about import AboutDialog
    from ui.dialogs.bundle_export import BundleExportDialog
    from ui.dialogs.bundle_import import BundleImportDialog
    from ui.dialogs.demo_fill import DemoFill
    from ui.dialogs.file_formats import FileFormatsDialog
    from ui.dialogs.first_run import first_run_dialog
    from ui.dialogs.output_settings import OutputSettingsDialog
    from ui.dialogs.placement_notice import show_placement_notice
    from ui.dialogs.shortcuts import ShortcutsDialog
    from ui.dialogs.team_join import TeamDialog
    from ui.dialogs.team_sync import TeamSyncDialog
    from ui.widgets.roster_preview import RosterPreviewDialog
    from ui.widgets.training_dialog import TrainingDialog

    store, _ride, _planned = filled
    prompts = RecordingPrompts()
    make_backup(store, "daily")
    make_backup(store, "manual")
    bundle = demo_bundle(tmp_path)  # what a manager sent to this director
    plan = plan_roster(store, hr_roster(tmp_path / "hr.csv", "Ana Ruiz"))
    preview = plan.preview
    data = _data_values(store) | _paths(store.folder, tmp_path)
    data |= {preview.source, preview.summary(with_ignored=False), *preview.notes}
    data |= {c.note for c in preview.changes if c.note} | {
        field_labels(c.fields) for c in preview.changes if c.fields
    }
    data |= {c.name for c in preview.changes}

    problems: dict[str, list[str]] = {}
    dialogs: dict[str, QWidget] = {
        "about": AboutDialog(store.folder, prompts),
        "file formats": FileFormatsDialog(store.folder, prompts),
        "first run": first_run_dialog(store, prompts),
        "output settings": OutputSettingsDialog(store, prompts),
        "shortcuts": ShortcutsDialog(main_window.shortcut_list()),
        "team join": TeamDialog(store.folder, None, prompts),
        "team joined": TeamDialog(
            store.folder,
            TeamConfig(dsn="host=db.example.org dbname=fieldride", role="anna", kind="manager"),
            prompts,
        ),
        "team sync": TeamSyncDialog(store.folder, "db.example.org", 3),
        "bundle export": BundleExportDialog(store.folder, prompts),
        "roster preview": RosterPreviewDialog(plan),
        "training": TrainingDialog(store, prompts),
    }
    data |= {"db.example.org", "anna", "manager", "fieldride"}
    for name, dialog in dialogs.items():
        problems[name] = _check(_opened(qtbot, dialog), data)

    importing = BundleImportDialog(store.folder, store.path, prompts)
    _opened(qtbot, importing)
    prompts.file_answers.append(str(bundle))
    with qtbot.waitSignal(importing.preview_ready, timeout=60_000):
        importing.choose()
    problems["bundle import preview"] = _check(importing, data)

    fill = DemoFill(store.folder, prompts, main_window)
    fill.dialog.show()
    fill._progress("Sellers", 3, 7)  # what the child reports: "Sellers done: 3"
    problems["demo fill progress"] = _check(fill.dialog, data)
    fill.dialog.hide()

    warning = PlacementWarning("cloud", "Dropbox", store.folder, "The core's own warning.")
    box = show_placement_notice(main_window, store.folder, warning)
    assert box is not None
    problems["placement notice"] = _check(box, data | {warning.message})
    box.close()

    problems = {k: v for k, v in problems.items() if v}
    assert not problems, "\n".join(f"[{k}]\n  " + "\n  ".join(v) for k, v in problems.items())


def test_the_import_problems_and_recovery_show_only_translated_text(
    pseudo_locale: None, qtbot: Any, data_dir: Path, tmp_path: Path
) -> None:
    from ui.dialogs.recovery import RecoveryDialog
    from ui.widgets.import_errors import ImportErrorsDialog

    found = scorecard_problems(tmp_path / "card.csv")
    core = {t for p in found for t in (p.message, p.fix, p.field, p.where, p.sheet) if t}
    errors = ImportErrorsDialog("card.csv", found)
    problems = {"import problems": _check(_opened(qtbot, errors), core | {"card.csv"})}

    recovery = RecoveryDialog(data_dir, damaged_folder(data_dir))
    _opened(qtbot, recovery)
    recovery.details_button.click()
    core = {recovery.message.text(), recovery.details.toPlainText(), "Ana"} | _paths(data_dir)
    problems["recovery"] = _check(recovery, core)
    problems = {k: v for k, v in problems.items() if v}
    assert not problems, "\n".join(f"[{k}]\n  " + "\n  ".join(v) for k, v in problems.items())


def test_the_start_messages_are_translated(pseudo_locale: None, tmp_path: Path) -> None:
    """What a second launch says (already running, cannot lock): whole translated messages."""
    from ui.single_instance import (
        Holder,
        cannot_lock_message,
        raised_message,
        unreachable_message,
    )

    data = _paths(tmp_path) | {"laptop-7"}
    holder = Holder(4242, "laptop-7", "fieldride")
    said = {
        "raised": raised_message(tmp_path),
        "unreachable": unreachable_message(tmp_path, holder),
        "unreachable, no pid": unreachable_message(tmp_path, Holder(0, "", "")),
        "cannot lock": cannot_lock_message(tmp_path, holder),
    }
    found = {k: why for k, text in said.items() if (why := _problem(text, data))}
    assert not found, found
