"""The scorecard library screen, driven like a user: import (button and drop), a refused
import shown as a list with the DB unchanged, history, duplicate, archive, export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from fieldride.resources import resource_path
from fieldride.scorecards.loaders import load_scorecard
from fieldride.scorecards.store import latest_version, list_latest, versions_of
from fieldride.store import Store
from ui.screens.scorecards.screen import ScorecardsScreen

FIXTURES = Path(__file__).parent.parent / "fixtures" / "scorecards"
TABLES = ("scorecards", "scorecard_versions", "scale_levels", "sections", "behaviours")


def counts(store: Store) -> dict[str, int]:
    return {t: store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def make_screen(qtbot: Any, store: Store, prompts: Any) -> ScorecardsScreen:
    from ui import settings

    settings.configure(store.folder)
    screen = ScorecardsScreen(store, prompts)
    qtbot.addWidget(screen)
    screen.resize(1300, 760)
    screen.show()
    return screen


def import_via_button(qtbot: Any, screen: ScorecardsScreen, prompts: Any, path: Path) -> bool:
    prompts.file_answers.append(str(path))
    with qtbot.waitSignal(screen.import_finished, timeout=10_000) as blocker:
        qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    return bool(blocker.args[0])


def test_library_lists_bundled_scorecards_with_preview(
    qtbot: Any, store: Store, prompts: Any
) -> None:
    screen = make_screen(qtbot, store, prompts)
    assert screen.table.model.rowCount() == 7
    selected = screen.table.selected()
    assert selected is not None and selected.name == "Discovery depth"  # sorted by name
    html = screen.preview.toPlainText()
    assert "Discovery depth" in html
    assert "1 Not yet" in html and "N No opportunity" in html
    assert "Look for" in html and "Ask" in html
    assert "What did you expect the customer's main problem to be" in html
    assert screen.history.list.count() == 1
    assert "Version 1 (latest)" in screen.history.list.item(0).text()


def test_successful_import_from_the_button(qtbot: Any, store: Store, prompts: Any) -> None:
    screen = make_screen(qtbot, store, prompts)
    assert import_via_button(qtbot, screen, prompts, FIXTURES / "excel-de-semicolon-cp1252.csv")
    assert "New scorecard 'Entdeckung im Gespräch'" in screen.status.text()
    assert latest_version(store, "entdeckung-im-gesprach") is not None
    assert screen.table.selected().key == "entdeckung-im-gesprach"
    assert "Offene Fragen stellen" in screen.preview.toPlainText()
    assert screen.errors.isHidden()
    # importing it again changes nothing and says so
    assert import_via_button(qtbot, screen, prompts, FIXTURES / "excel-de-semicolon-cp1252.csv")
    assert "unchanged" in screen.status.text()
    assert len(versions_of(store, "entdeckung-im-gesprach")) == 1


def test_failing_import_shows_every_problem_and_changes_nothing(
    qtbot: Any, store: Store, prompts: Any
) -> None:
    screen = make_screen(qtbot, store, prompts)
    before = counts(store)
    assert not import_via_button(qtbot, screen, prompts, FIXTURES / "misspelt-and-broken.csv")
    assert counts(store) == before
    assert screen.errors.isVisible()
    assert screen.errors.title.text() == "misspelt-and-broken.csv was not imported — 6 problems"
    rows = screen.errors.rows()
    assert len(rows) == 6
    assert rows[2][:3] == ("row 6, cell B6", "Titel", "Unknown column")
    assert rows[2][3].startswith("Did you mean 'title'?")
    assert any(r[1] == "Weight" and "'heavy'" in r[2] for r in rows)
    assert "Nothing was changed" in screen.status.text()
    assert "Traceback" not in screen.errors.as_text()
    assert prompts.errors == []
    # the app keeps working: a good file imports next, and clears the list
    assert import_via_button(qtbot, screen, prompts, FIXTURES / "excel-unicode-text-utf16.txt")
    assert screen.errors.isHidden()
    qtbot.mouseClick(screen.errors.close_button, Qt.MouseButton.LeftButton)


def test_corrupt_workbook_and_bomb_are_listed_not_crashing(
    qtbot: Any, store: Store, prompts: Any, tmp_path: Path
) -> None:
    screen = make_screen(qtbot, store, prompts)
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 512)
    before = counts(store)
    assert not import_via_button(qtbot, screen, prompts, locked)
    assert "password-protected" in screen.errors.rows()[0][2]
    assert not import_via_button(qtbot, screen, prompts, FIXTURES / "alias-bomb.yaml")
    assert "alias bomb" in screen.errors.rows()[0][2]
    assert counts(store) == before


def drop(screen: ScorecardsScreen, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(screen.width() / 2, screen.height() / 2)
    enter = QDragEnterEvent(
        pos.toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(screen, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(screen, event)


def test_drag_and_drop_imports_a_changed_file_as_a_new_version(
    qtbot: Any, store: Store, prompts: Any, tmp_path: Path
) -> None:
    screen = make_screen(qtbot, store, prompts)
    text = resource_path("scorecards", "objection-handling.yaml").read_text(encoding="utf-8")
    changed = tmp_path / "objections.yaml"
    changed.write_text(text.replace("Welcomes the concern", "Welcomes every concern"), "utf-8")
    with qtbot.waitSignal(screen.import_finished, timeout=10_000):
        drop(screen, [changed])
    assert "New version 2 of 'Objection handling'" in screen.status.text()
    assert screen.history.list.count() == 2
    assert "Version 2 (latest)" in screen.history.list.item(0).text()
    assert "objections.yaml" in screen.history.list.item(0).text()
    screen.history.list.setCurrentRow(1)  # the old version is still there, unchanged
    assert "Welcomes the concern" in screen.preview.toPlainText()
    assert screen.selected_version().version == 1


def test_drop_ignores_files_it_cannot_read(
    qtbot: Any, store: Store, prompts: Any, tmp_path: Path
) -> None:
    screen = make_screen(qtbot, store, prompts)
    doc = tmp_path / "notes.docx"
    doc.write_bytes(b"x")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(doc))])
    enter = QDragEnterEvent(
        screen.rect().center(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(screen, enter)
    assert not enter.isAccepted()


def test_duplicate_archive_restore(qtbot: Any, store: Store, prompts: Any) -> None:
    screen = make_screen(qtbot, store, prompts)
    assert screen.select_key("field-visit")
    qtbot.mouseClick(screen.duplicate_button, Qt.MouseButton.LeftButton)
    assert screen.table.selected().key == "field-visit-copy"
    assert screen.table.selected().name == "Field visit essentials (copy)"
    prompts.confirm_answers.append(True)
    qtbot.mouseClick(screen.archive_button, Qt.MouseButton.LeftButton)
    assert "field-visit-copy" not in {v.key for v in list_latest(store)}
    assert screen.table.model.rowCount() == 7
    box = screen.show_archived
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    assert screen.select_key("field-visit-copy")
    assert screen.archive_button.text() == "Restore"
    assert "(archived)" in screen.preview.toPlainText()
    qtbot.mouseClick(screen.archive_button, Qt.MouseButton.LeftButton)
    assert "field-visit-copy" in {v.key for v in list_latest(store)}


def test_export_yaml_and_xlsx_round_trip(
    qtbot: Any, store: Store, prompts: Any, tmp_path: Path
) -> None:
    screen = make_screen(qtbot, store, prompts)
    assert screen.select_key("next-step-control")
    original = latest_version(store, "next-step-control")
    assert original is not None
    for fmt, name in (("yaml", "out.yaml"), ("xlsx", "out")):
        prompts.file_answers.append(str(tmp_path / name))
        screen.export_selected(fmt)
        target = tmp_path / ("out.yaml" if fmt == "yaml" else "out.xlsx")
        qtbot.waitUntil(
            lambda t=target: "Exported" in screen.status.text() and t.exists(), timeout=10_000
        )
        assert load_scorecard(target).content_hash() == original.card.content_hash()
    ws = openpyxl.load_workbook(tmp_path / "out.xlsx")["Scorecard"]
    assert ws["B1"].value == "Next-step control"


def test_export_to_unwritable_folder_shows_a_message(
    qtbot: Any, store: Store, prompts: Any, tmp_path: Path
) -> None:
    screen = make_screen(qtbot, store, prompts)
    prompts.file_answers.append(str(tmp_path / "missing-folder" / "x.yaml"))
    screen.export_selected("yaml")
    qtbot.waitUntil(lambda: bool(prompts.errors), timeout=10_000)
    title, text, _ = prompts.errors[0]
    assert title == "Export failed" and "Choose another folder" in text


def test_cleared_keys_say_what_happens_to_trends_and_ask_first(
    qtbot: Any, store: Store, prompts: Any, tmp_path: Path
) -> None:
    """Issue 24: an export edited with its key cells cleared is matched by title, and the
    consequence for trends is said before the import; No writes nothing."""
    import csv

    from fieldride.scorecards.export import to_rows
    from fieldride.scorecards.store import latest_version

    before = latest_version(store, "discovery-depth")
    assert before is not None
    rows = [list(r) for r in to_rows(before.card)]
    header = next(i for i, r in enumerate(rows) if r and r[0] == "section")
    for row in rows[header + 1 :]:
        row[1] = ""
    rows.append(["", "", "Checks the budget", "Asks who pays.", "", "", ""])
    path = tmp_path / "dd.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    screen = make_screen(qtbot, store, prompts)
    db_before = counts(store)
    prompts.confirm_answers.append(False)
    assert not import_via_button(qtbot, screen, prompts, path)
    title, text = prompts.confirms[-1]
    assert title == "Import the new version?"
    assert "7 behaviours matched by title keep their history" in text
    assert "1 new behaviour starts a new trend ('Checks the budget')" in text
    assert counts(store) == db_before
    assert "Nothing was changed" in screen.status.text()
    prompts.confirm_answers.append(True)
    assert import_via_button(qtbot, screen, prompts, path)
    after = latest_version(store, "discovery-depth")
    assert after is not None and after.version == before.version + 1
    old_keys = {b.key for b in before.card.behaviours()}
    assert old_keys <= {b.key for b in after.card.behaviours()}
    assert "7 behaviours matched by title keep their history" in screen.status.text()


def test_preview_says_which_ride_score_the_scorecard_gives(store: Store) -> None:
    from fieldride.scorecards.model import Behaviour, Level, Scorecard, Section
    from fieldride.scorecards.store import latest_version, save_scorecard
    from ui.screens.scorecards.preview import preview_html

    plain = latest_version(store, "field-visit")
    assert plain is not None
    assert "Ride score: plain mean of the behaviours rated" in preview_html(plain)
    weighted = save_scorecard(
        store,
        Scorecard(
            key="w-card",
            name="Weighted card",
            scale=(Level(1, "Low"), Level(2, "High")),
            sections=(Section("All", (Behaviour("a", "Alpha", "Good.", weight=2.5),)),),
        ),
    )
    html = preview_html(weighted)
    assert "Ride score: weighted mean of the behaviours rated" in html and "weight 2.5" in html
