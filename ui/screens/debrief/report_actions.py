"""Producing the seller's coaching summary from any screen (debrief, history): open, print, save.

Call one of these from a screen; each returns at once and finishes on the UI thread:

- ``open_summary(store, ride_id, prompts, parent=...)``: build the PDF, mark the ride shared,
  open it with the system's PDF viewer;
- ``print_summary(store, ride_id, prompts, parent=...)``: build it, mark shared, show
  QPrintDialog, then print (see "Printing" below);
- ``save_summary_as(store, ride_id, prompts, parent=...)``: ask where to save (``prompts``), build,
  mark shared.

When the summary runs past one page, the manager is told (``prompts.info``, the same words as
the command line's warning: how many pages and which notes make it long) before the PDF is
opened, the print dialog shown or the save reported.

Each accepts ``on_finished(path | None)``: called with the written file, or None when the user
cancelled or it failed (the failure was already shown through ``prompts.error``, one line naming
the file and what to do; never a traceback). The ride is marked shared (``debriefs.mark_shared``)
only after the file is written.

Threads: the report data is read on the UI thread (the store's connection belongs to it, and the
reads take a few ms); the PDF is laid out on a worker through ``ui.background`` from plain data.

Files: the summary is written into ``<data folder>/documents`` (folder 0700, file 0600), because
it holds personal performance data; "Save as" writes where the user chooses (file 0600).

Printing: PySide6-Essentials has no PDF rasteriser (QtPdf is a separate wheel that we do not
ship), and re-drawing the summary with QPainter would duplicate the layout. So QPrintDialog is
used to choose the printer and copies, then the finished PDF is handed to the system's print
spooler: CUPS ``lp`` on Linux and macOS (CUPS prints PDF natively), the shell "print" verb on
Windows (the default PDF viewer prints it). "Print to file" in the dialog copies the PDF to the
chosen file. When no spooler is found, the PDF is opened in the system viewer to print from there,
and the user is told so. If PySide6's QtPdf module is present, pages are rendered and printed
through QPrinter directly instead.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from fieldride.errors import DomainError
from fieldride.store import OutputPathError, Store, check_output_path
from ui.background import run_in_background
from ui.prompts import PromptService
from ui.widgets.document_actions import (
    ask_printer,
    documents_folder,
    print_pdf,
    system_open,
)

log = logging.getLogger(__name__)

Finished = Callable[[Path | None], None]
Opener = Callable[[Path], bool]


class ReportAction(Protocol):
    """What the debrief screen calls: :func:`open_summary`, :func:`print_summary`,
    :func:`save_summary_as`."""

    def __call__(
        self,
        store: Store,
        ride_id: int,
        prompts: PromptService,
        *,
        parent: QWidget | None = None,
        on_finished: Finished | None = None,
    ) -> None: ...


def summary_file_name(seller_name: str, ride_date: str) -> str:
    """A readable, portable file name: ``Coaching summary - <seller> - <date>.pdf`` (in the UI's
    language; the day stays ISO, so the files sort by date)."""
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", seller_name).strip(" .")
    safe = safe or QCoreApplication.translate("ReportActions", "seller")
    return QCoreApplication.translate(
        "ReportActions", "Coaching summary - {seller} - {day}.pdf"
    ).format(seller=" ".join(safe.split())[:60], day=ride_date)


def _produce(
    store: Store,
    ride_id: int,
    prompts: PromptService,
    target: Path | None,
    then: Callable[[Path], None],
    on_finished: Finished | None,
) -> None:
    from fieldride.reports.data import render_options, summary_data

    try:
        data = summary_data(store, ride_id)
        options = render_options(store)
    except DomainError as err:
        prompts.error(QCoreApplication.translate("ReportActions", "Coaching summary"), str(err))
        if on_finished:
            on_finished(None)
        return
    path = target or documents_folder(store) / summary_file_name(data.seller_name, data.ride_date)
    try:  # replace: the save dialog asked; the default name is this ride's own summary
        check_output_path(path, store.folder, replace=True)
    except OutputPathError as err:
        prompts.error(QCoreApplication.translate("ReportActions", "Coaching summary"), str(err))
        if on_finished:
            on_finished(None)
        return

    def work() -> tuple[Path, int]:
        from fieldride.reports.layout import write_private
        from fieldride.reports.summary import summary_pdf

        built = summary_pdf(data, options)
        return write_private(path, built.pdf), built.pages

    def done(result: tuple[Path, int]) -> None:
        from fieldride.debriefs import mark_shared
        from fieldride.reports.summary import over_one_page

        written, pages = result
        try:
            mark_shared(store, ride_id, detail="coaching summary PDF")
        except DomainError as err:
            prompts.error(
                QCoreApplication.translate("ReportActions", "Coaching summary"),
                QCoreApplication.translate(
                    "ReportActions", "The summary was written to {path}, but: {error}"
                ).format(path=written, error=err),
            )
        if pages > 1:  # told before it is opened, printed or handed over
            prompts.info(
                QCoreApplication.translate("ReportActions", "Coaching summary"),
                over_one_page(data, pages),
            )
        then(written)
        if on_finished:
            on_finished(written)

    def failed(err: BaseException) -> None:
        if isinstance(err, OSError):
            message = QCoreApplication.translate(
                "ReportActions", "Could not write the summary to {path}: {error}."
            ).format(path=path, error=err.strerror or err)
        else:
            log.error("building a coaching summary failed", exc_info=err)
            message = QCoreApplication.translate(
                "ReportActions",
                "The coaching summary could not be produced (an internal error; details are in "
                "the log file). Nothing was marked as shared.",
            )
        prompts.error(QCoreApplication.translate("ReportActions", "Coaching summary"), message)
        if on_finished:
            on_finished(None)

    run_in_background(work, done, failed)


def open_summary(
    store: Store,
    ride_id: int,
    prompts: PromptService,
    *,
    parent: QWidget | None = None,
    opener: Opener = system_open,
    on_finished: Finished | None = None,
) -> None:
    """Build the summary, mark the ride shared, open the PDF in the system viewer."""

    def show(path: Path) -> None:
        if not opener(path):
            prompts.error(
                QCoreApplication.translate("ReportActions", "Coaching summary"),
                QCoreApplication.translate(
                    "ReportActions",
                    "The summary was saved as {path}, but no PDF viewer could be started. "
                    "Open that file from your file manager.",
                ).format(path=path),
            )

    _produce(store, ride_id, prompts, None, show, on_finished)


def save_summary_as(
    store: Store,
    ride_id: int,
    prompts: PromptService,
    *,
    parent: QWidget | None = None,
    on_finished: Finished | None = None,
) -> None:
    """Ask where to save (through ``prompts.save_file``), then build there and mark shared."""
    from fieldride.rides import get_ride

    try:
        ride = get_ride(store, ride_id)
    except DomainError as err:
        prompts.error(QCoreApplication.translate("ReportActions", "Coaching summary"), str(err))
        if on_finished:
            on_finished(None)
        return
    suggested = str(Path.home() / summary_file_name(ride.seller_name, ride.ride_date))
    chosen = prompts.save_file(
        QCoreApplication.translate("ReportActions", "Save coaching summary"),
        suggested,
        QCoreApplication.translate("ReportActions", "PDF files (*.pdf)"),
    )
    if not chosen:
        if on_finished:
            on_finished(None)
        return
    target = Path(chosen if chosen.lower().endswith(".pdf") else f"{chosen}.pdf")
    _produce(store, ride_id, prompts, target, lambda _p: None, on_finished)


def print_summary(
    store: Store,
    ride_id: int,
    prompts: PromptService,
    *,
    parent: QWidget | None = None,
    ask_printer: Callable[[QWidget | None], Any] | None = None,
    opener: Opener = system_open,
    on_finished: Finished | None = None,
) -> None:
    """Build the summary, mark shared, then print it through QPrintDialog (see module doc).

    ``ask_printer(parent)`` returns a configured QPrinter or None when cancelled (default: a
    QPrintDialog); tests pass their own.
    """

    def do_print(path: Path) -> None:
        printer = (ask_printer or _ask_printer)(parent)
        if printer is None:
            return
        problem = print_pdf(path, printer, opener)
        if problem:
            prompts.info(
                QCoreApplication.translate("ReportActions", "Print coaching summary"), problem
            )

    _produce(store, ride_id, prompts, None, do_print, on_finished)


def _ask_printer(parent: QWidget | None) -> Any:
    return ask_printer(
        parent, QCoreApplication.translate("ReportActions", "Print coaching summary")
    )
