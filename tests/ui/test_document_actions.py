"""Documents from where they are needed: the blank scorecard from Scorecards and the seller's
development report from Seller progress, each with Open, Print and Save as… (one shared row of
buttons, ui.widgets.document_actions). Real widgets, a real store, PDFs written and read back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from fieldride.store import Store
from fieldride.team import sellers
from tests.core.reports_fixtures import flat, pdf_text, typical_ride
from ui.screens.scorecards.screen import ScorecardsScreen
from ui.screens.seller_profile.screen import SellerProfileScreen
from ui.widgets.document_actions import DocumentActions


def _show(qtbot: Any, widget: Any) -> Any:
    qtbot.addWidget(widget)
    widget.resize(1300, 740)
    widget.show()
    return widget


def _run(qtbot: Any, actions: DocumentActions, button: Any) -> Path | None:
    finished: list[Path | None] = []
    actions.on_finished = finished.append
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(finished), timeout=20000)
    return finished[0]


def _pdf_printer(out: Path) -> Any:
    def ask(_parent: Any) -> Any:
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    return ask


def test_blank_scorecard_opens_prints_and_saves_from_scorecards(
    qtbot: Any, store: Store, prompts: Any, tmp_path: Path
) -> None:
    from ui import settings

    settings.configure(store.folder)
    screen = _show(qtbot, ScorecardsScreen(store, prompts))
    assert screen.select_key("field-visit")
    actions = screen.blank_scorecard
    assert actions.open_button.isVisible() and actions.open_button.isEnabled()
    name = screen.selected_version().card.name  # type: ignore[union-attr]

    opened: list[Path] = []
    actions.opener = lambda p: opened.append(p) or True
    path = _run(qtbot, actions, actions.open_button)
    assert path is not None and opened == [path]
    assert path.parent == store.folder / "documents"
    assert (path.stat().st_mode & 0o777) == 0o600
    assert name in flat(pdf_text(path.read_bytes()))

    printed = tmp_path / "printed.pdf"
    actions.ask_printer = _pdf_printer(printed)
    path = _run(qtbot, actions, actions.print_button)
    assert path is not None and printed.read_bytes() == path.read_bytes()

    target = tmp_path / "paper scorecard"  # no suffix: .pdf is added
    prompts.file_answers.append(str(target))
    saved = _run(qtbot, actions, actions.save_button)
    assert saved == tmp_path / "paper scorecard.pdf"
    assert name in flat(pdf_text(saved.read_bytes()))
    assert not prompts.errors


def test_save_as_cancelled_writes_nothing(qtbot: Any, store: Store, prompts: Any) -> None:
    from ui import settings

    settings.configure(store.folder)
    screen = _show(qtbot, ScorecardsScreen(store, prompts))
    assert screen.select_key("field-visit")
    assert _run(qtbot, screen.blank_scorecard, screen.blank_scorecard.save_button) is None
    assert not (store.folder / "documents").exists()
    assert not prompts.errors


def test_seller_development_report_from_seller_progress(
    qtbot: Any, store: Store, prompts: Any, tmp_path: Path
) -> None:
    typical_ride(store, seller_name="Maya Okafor")
    seller = next(s for s in sellers.list_sellers(store) if s.name == "Maya Okafor")
    screen = _show(qtbot, SellerProfileScreen(store, prompts))
    screen.show_seller(seller.id)
    actions = screen.report
    assert actions.open_button.isVisible() and actions.open_button.isEnabled()

    opened: list[Path] = []
    actions.opener = lambda p: opened.append(p) or True
    path = _run(qtbot, actions, actions.open_button)
    assert path is not None and opened == [path]
    assert path.name == "Development report - Maya Okafor.pdf"
    text = flat(pdf_text(path.read_bytes()))
    assert "Maya Okafor" in text

    target = tmp_path / "maya.pdf"
    prompts.file_answers.append(str(target))
    assert _run(qtbot, actions, actions.save_button) == target
    assert "Maya Okafor" in flat(pdf_text(target.read_bytes()))
    assert not prompts.errors


def test_no_seller_chosen_means_no_report_buttons(qtbot: Any, store: Store, prompts: Any) -> None:
    screen = _show(qtbot, SellerProfileScreen(store, prompts))
    assert not screen.report.open_button.isEnabled()
    assert not screen.report.save_button.isEnabled()


def test_pre_ride_brief_from_a_planned_ride_on_today(
    qtbot: Any, store: Store, prompts: Any, tmp_path: Path
) -> None:
    from fieldride import rides
    from ui.screens.today import TodayScreen

    ana = sellers.add_seller(store, "Ana Ruiz")
    ben = sellers.add_seller(store, "Ben Ito")
    rides.plan_ride(store, ana.id, "2026-03-02", scorecard_key="field-visit", focus=["discovery"])
    later = rides.plan_ride(store, ben.id, "2026-03-09", scorecard_key="field-visit")
    today = _show(qtbot, TodayScreen(store, prompts))
    actions = today.brief
    assert actions.isVisible() and actions.open_button.isEnabled()
    assert today.brief_ride().seller_name == "Ana Ruiz"  # nothing selected: the soonest
    assert actions.subject.text() == "for Ana Ruiz, 2026-03-02"

    opened: list[Path] = []
    actions.opener = lambda p: opened.append(p) or True
    path = _run(qtbot, actions, actions.open_button)
    assert path is not None and opened == [path]
    assert path.name == "Pre-ride brief - Ana Ruiz - 2026-03-02.pdf"
    assert "Ana Ruiz" in flat(pdf_text(path.read_bytes()))

    today.planned.view.selectRow(1)  # the selected ride's brief
    assert today.brief_ride().id == later.id
    assert actions.subject.text() == "for Ben Ito, 2026-03-09"
    printed = tmp_path / "printed brief.pdf"
    actions.ask_printer = _pdf_printer(printed)
    path = _run(qtbot, actions, actions.print_button)
    assert path is not None and path.name == "Pre-ride brief - Ben Ito - 2026-03-09.pdf"
    assert "Ben Ito" in flat(pdf_text(printed.read_bytes()))

    prompts.file_answers.append(str(tmp_path / "ben.pdf"))
    assert _run(qtbot, actions, actions.save_button) == tmp_path / "ben.pdf"
    assert "Ben Ito" in flat(pdf_text((tmp_path / "ben.pdf").read_bytes()))
    assert not prompts.errors


def test_no_planned_ride_hides_the_brief(qtbot: Any, store: Store, prompts: Any) -> None:
    from ui.screens.today import TodayScreen

    today = _show(qtbot, TodayScreen(store, prompts))
    assert not today.brief.isVisible()


def test_a_planned_rides_context_menu_offers_its_brief(
    qtbot: Any, store: Store, prompts: Any
) -> None:
    from fieldride import rides
    from ui.screens.today import TodayScreen

    for name, day in (("Ana Ruiz", "2026-03-02"), ("Ben Ito", "2026-03-09")):
        seller = sellers.add_seller(store, name)
        rides.plan_ride(store, seller.id, day, scorecard_key="field-visit")
    today = _show(qtbot, TodayScreen(store, prompts))
    view = today.planned.view
    today.show_planned_menu(view.visualRect(view.model().index(1, 0)).center())
    menu = today.planned_menu
    assert menu is not None
    labels = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert labels == [
        "Open ride",
        "Open pre-ride brief",
        "Print pre-ride brief…",
        "Save pre-ride brief as…",
        "Remove planned ride…",
    ]
    assert today.brief.subject.text() == "for Ben Ito, 2026-03-09"  # the row clicked
    opened: list[Path] = []
    today.brief.opener = lambda p: opened.append(p) or True
    finished: list[Path | None] = []
    today.brief.on_finished = finished.append
    menu.actions()[2].trigger()
    menu.close()
    qtbot.waitUntil(lambda: bool(finished), timeout=20000)
    assert finished[0] is not None and opened == [finished[0]]
    assert "Ben Ito" in flat(pdf_text(finished[0].read_bytes()))
    assert not prompts.errors


def test_save_as_into_the_backups_folder_is_refused(qtbot: Any, store: Store, prompts: Any) -> None:
    """Save as… never writes among the store's own files: a PDF aimed at the backups folder is
    refused with a message naming the place, and nothing is written there."""
    from fieldride.paths import backups_dir
    from ui import settings

    settings.configure(store.folder)
    screen = _show(qtbot, ScorecardsScreen(store, prompts))
    assert screen.select_key("field-visit")
    backups = backups_dir(store.folder)
    before = sorted(p.name for p in backups.iterdir()) if backups.exists() else []
    prompts.file_answers.append(str(backups / "scorecard.pdf"))
    assert _run(qtbot, screen.blank_scorecard, screen.blank_scorecard.save_button) is None
    assert prompts.errors
    after = sorted(p.name for p in backups.iterdir()) if backups.exists() else []
    assert after == before and "scorecard.pdf" not in after
