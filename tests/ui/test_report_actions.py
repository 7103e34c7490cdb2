"""Producing the coaching summary from the UI: written privately, ride marked shared."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fieldride.rides import get_ride
from fieldride.store import Store
from tests.core.reports_fixtures import page_count, typical_ride
from ui.screens.debrief import report_actions


def test_open_summary_writes_marks_shared_and_opens(qtbot: Any, store: Store, prompts: Any) -> None:
    ride_id = typical_ride(store)
    opened: list[Path] = []
    finished: list[Path | None] = []
    report_actions.open_summary(
        store,
        ride_id,
        prompts,
        opener=lambda p: opened.append(p) or True,
        on_finished=finished.append,
    )
    qtbot.waitUntil(lambda: bool(finished), timeout=10000)
    path = finished[0]
    assert path is not None and opened == [path]
    assert path.parent == store.folder / "documents"
    assert (path.stat().st_mode & 0o777) == 0o600
    assert page_count(path.read_bytes()) == 1
    assert get_ride(store, ride_id).shared_at is not None
    assert not prompts.errors


def test_save_as_cancelled_changes_nothing(qtbot: Any, store: Store, prompts: Any) -> None:
    ride_id = typical_ride(store)
    finished: list[Path | None] = []
    report_actions.save_summary_as(store, ride_id, prompts, on_finished=finished.append)
    assert finished == [None]
    assert get_ride(store, ride_id).shared_at is None


def test_save_as_to_an_unwritable_place_reports_the_path(
    qtbot: Any, store: Store, prompts: Any, tmp_path: Path
) -> None:
    ride_id = typical_ride(store)
    target = tmp_path / "missing-folder" / "summary.pdf"
    prompts.file_answers.append(str(target))
    finished: list[Path | None] = []
    report_actions.save_summary_as(store, ride_id, prompts, on_finished=finished.append)
    qtbot.waitUntil(lambda: bool(finished), timeout=10000)
    assert finished == [None]
    assert prompts.errors and str(target) in prompts.errors[0][1]
    assert get_ride(store, ride_id).shared_at is None


def test_print_to_file_copies_the_pdf(
    qtbot: Any, store: Store, prompts: Any, tmp_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    ride_id = typical_ride(store)
    out = tmp_path / "printed.pdf"

    def ask(_parent: Any) -> QPrinter:
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    finished: list[Path | None] = []
    report_actions.print_summary(
        store, ride_id, prompts, ask_printer=ask, on_finished=finished.append
    )
    qtbot.waitUntil(lambda: bool(finished), timeout=10000)
    assert out.read_bytes() == finished[0].read_bytes()  # type: ignore[union-attr]
    assert get_ride(store, ride_id).shared_at is not None


def test_unknown_ride_is_a_message_not_a_crash(qtbot: Any, store: Store, prompts: Any) -> None:
    finished: list[Path | None] = []
    report_actions.open_summary(
        store, 999, prompts, opener=lambda p: True, on_finished=finished.append
    )
    assert finished == [None] and prompts.errors


LONG_NOTE = (
    "The seller asked about the rollout plan, then let the buyer talk about the budget and "
    "the timeline for the next quarter without interrupting once. "
)


def test_a_summary_past_one_page_is_announced_before_it_opens(
    qtbot: Any, store: Store, prompts: Any
) -> None:
    """The manager hears how many pages and which notes make it long, before the viewer opens
    (the same words as the command line's warning)."""
    ride_id = typical_ride(store, evidence=LONG_NOTE * 30)
    told_when_opened: list[int] = []
    finished: list[Path | None] = []
    report_actions.open_summary(
        store,
        ride_id,
        prompts,
        opener=lambda p: told_when_opened.append(len(prompts.infos)) or True,
        on_finished=finished.append,
    )
    qtbot.waitUntil(lambda: bool(finished), timeout=20000)
    path = finished[0]
    assert path is not None
    pages = page_count(path.read_bytes())
    assert pages > 1
    assert told_when_opened == [1]  # the message came first
    (title, text), *_ = prompts.infos
    assert title == "Coaching summary"
    assert f"runs to {pages} pages" in text
    assert "characters" in text and "evidence on" in text  # says what makes it long
    assert not prompts.errors


def test_a_one_page_summary_says_nothing_extra(
    qtbot: Any, store: Store, prompts: Any, tmp_path: Path
) -> None:
    ride_id = typical_ride(store)
    finished: list[Path | None] = []
    report_actions.save_summary_as(store, ride_id, prompts, on_finished=finished.append)
    assert finished == [None]  # no answer queued: cancelled
    prompts.file_answers.append(str(tmp_path / "one-page.pdf"))
    report_actions.save_summary_as(store, ride_id, prompts, on_finished=finished.append)
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=20000)
    assert finished[1] is not None and page_count(finished[1].read_bytes()) == 1
    assert prompts.infos == []
    assert not prompts.errors
