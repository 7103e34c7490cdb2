"""Open, Print and Save as… for any PDF document the app produces (brief, blank scorecard,
seller development report): one small row of buttons every screen uses the same way.

A screen gives :class:`DocumentActions` a ``describe()`` callable that reads what the document
needs on the UI thread (the store's connection belongs to it) and returns a :class:`Document`:
its title, a default file name and a ``build()`` that lays the PDF out from plain data; ``build``
runs on a worker through ``ui.background``. ``describe`` raises ``DomainError`` when there is
nothing to produce (the message is shown, one line, never a traceback).

- Open: written into ``<data folder>/documents`` (0700; file 0600), then opened with the
  desktop's viewer (``QDesktopServices``);
- Print: written there too, then Qt's print dialog; see :func:`print_pdf`;
- Save as…: the file dialog (which asks before replacing an existing file), then written there.

Each action calls ``on_finished(path | None)`` when done (None: cancelled or failed).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from fieldride.errors import DomainError
from fieldride.store import OutputPathError, Store, check_output_path
from ui.background import run_in_background
from ui.prompts import PromptService

log = logging.getLogger(__name__)

Finished = Callable[[Path | None], None]
Opener = Callable[[Path], bool]
AskPrinter = Callable[[QWidget | None], Any]

DOCUMENTS_FOLDER = "documents"


@dataclass(frozen=True)
class Document:
    """What one document action needs: ``title`` for messages and dialogs, ``file_name`` (a
    plain name ending in .pdf) and ``build`` (plain data in, PDF bytes out; runs on a worker)."""

    title: str
    file_name: str
    build: Callable[[], bytes]


def system_open(path: Path) -> bool:
    """Open ``path`` with the system's default application (False if none could be started)."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


def documents_folder(store: Store) -> Path:
    """``<data folder>/documents``, created 0700 (it holds people's performance data)."""
    folder = store.folder / DOCUMENTS_FOLDER
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def safe_file_name(*parts: str) -> str:
    """``part - part - part.pdf`` with characters no file system accepts removed."""
    cleaned = []
    for part in parts:
        safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", part).strip(" .")
        if safe:
            cleaned.append(" ".join(safe.split())[:60])
    return " - ".join(cleaned or ["document"]) + ".pdf"


def ask_printer(parent: QWidget | None, title: str = "") -> Any:
    """Qt's print dialog; a configured QPrinter, or None when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title or QCoreApplication.translate("DocumentActions", "Print"))
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None


def print_pdf(path: Path, printer: Any, opener: Opener = system_open) -> str | None:
    """Send the PDF at ``path`` to the printer chosen in ``printer`` (a QPrinter).

    PySide6-Essentials has no PDF rasteriser, so the finished PDF is handed to the system's
    spooler (CUPS ``lp``; the shell "print" verb on Windows); "Print to file" copies it; QtPdf
    renders it when that optional module is present. Returns None when it was handed over, or a
    message for the user saying what happened instead (opened in the viewer to print from there).
    """
    from PySide6.QtPrintSupport import QPrinter

    out_file = printer.outputFileName()
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and out_file:
        shutil.copyfile(path, out_file)
        os.chmod(out_file, 0o600)
        return None
    if _print_with_qtpdf(path, printer):
        return None
    copies = max(1, int(printer.copyCount()))
    name = printer.printerName()
    if sys.platform == "win32":
        try:
            os.startfile(str(path), "print")  # type: ignore[attr-defined]  # noqa: S606
            return None
        except OSError:
            pass
    else:
        lp = shutil.which("lp")
        if lp:
            cmd = [lp, "-n", str(copies)] + (["-d", name] if name else []) + [str(path)]
            result = subprocess.run(cmd, capture_output=True, text=True, timeout=30, check=False)  # noqa: S603
            if result.returncode == 0:
                return None
            log.warning("lp refused the print job (exit %s)", result.returncode)
    opener(path)
    return QCoreApplication.translate(
        "DocumentActions",
        "FieldRide could not hand the document to the printer directly, so it opened it in your "
        "PDF viewer: print it from there. The file is {path}.",
    ).format(path=path)


def _print_with_qtpdf(path: Path, printer: Any) -> bool:
    """Print through QtPdf when that optional module is installed (renders each page)."""
    try:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QPainter
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        return False
    doc = QPdfDocument()
    if doc.load(str(path)) != QPdfDocument.Error.None_:
        return False
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        area = printer.pageRect(printer.Unit.DevicePixel).toRect()
        for page in range(doc.pageCount()):
            if page:
                printer.newPage()
            size = (
                doc.pagePointSize(page)
                .scaled(area.size().toSizeF(), Qt.AspectRatioMode.KeepAspectRatio)
                .toSize()
            )
            painter.drawImage(0, 0, doc.render(page, size))
    finally:
        painter.end()
    return True


class DocumentActions(QWidget):
    """A row of three buttons, "Open <what>", "Print…" and "Save as…", for one kind of document.

    ``describe()`` returns the :class:`Document` to produce now (or raises DomainError).
    ``opener``, ``ask_printer`` and ``on_finished`` are attributes a test may replace.
    """

    def __init__(
        self,
        what: str,
        store: Store,
        prompts: PromptService,
        describe: Callable[[], Document],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.prompts = prompts
        self.describe = describe
        self.what = what
        self.opener: Opener = system_open
        self.ask_printer: AskPrinter = ask_printer
        self.on_finished: Finished | None = None
        # ``what`` is the document's name, already translated by the caller ("pre-ride brief")
        self.open_button = QPushButton(self.tr("&Open {document}").format(document=what))  # Alt+O
        self.open_button.setAccessibleName(self.tr("Open {document}").format(document=what))
        self.open_button.setToolTip(
            self.tr("Write the {document} and open it in your PDF viewer").format(document=what)
        )
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setAccessibleName(self.tr("Print the {document}").format(document=what))
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.setAccessibleName(
            self.tr("Save the {document} as a PDF file").format(document=what)
        )
        self.open_button.clicked.connect(self.open_document)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document_as)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.open_button)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        self.subject = QLabel("")
        self.subject.setProperty("role", "hint")
        self.subject.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.subject)
        row.addStretch(1)

    def add_to_menu(self, menu: QMenu) -> None:
        """The same three actions as menu entries (e.g. a list row's context menu)."""
        what = self.what
        menu.addAction(self.tr("Open {document}").format(document=what), self.open_document)
        menu.addAction(self.tr("Print {document}…").format(document=what), self.print_document)
        menu.addAction(self.tr("Save {document} as…").format(document=what), self.save_document_as)

    def set_subject(self, text: str) -> None:
        """Say next to the buttons what the document is about (e.g. which ride)."""
        self.subject.setText(text)

    def setEnabled(self, enabled: bool) -> None:  # noqa: N802
        for button in (self.open_button, self.print_button, self.save_button):
            button.setEnabled(enabled)

    # --- the three actions --------------------------------------------------------------------
    def open_document(self) -> None:
        def show(doc: Document, path: Path) -> None:
            if not self.opener(path):
                self.prompts.error(
                    doc.title,
                    self.tr(
                        "It was saved as {path}, but no PDF viewer could be started. Open that "
                        "file from your file manager."
                    ).format(path=path),
                )

        self._produce(None, show)

    def print_document(self) -> None:
        def do_print(doc: Document, path: Path) -> None:
            printer = self.ask_printer(self.window())
            if printer is None:
                return
            problem = print_pdf(path, printer, self.opener)
            if problem:
                self.prompts.info(self.tr("Print: {document}").format(document=doc.title), problem)

        self._produce(None, do_print)

    def save_document_as(self) -> None:
        doc = self._describe()
        if doc is None:
            return
        suggested = str(Path.home() / doc.file_name)
        chosen = self.prompts.save_file(
            self.tr("Save: {document}").format(document=doc.title),
            suggested,
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            self._finish(None)
            return
        target = Path(chosen if chosen.lower().endswith(".pdf") else f"{chosen}.pdf")
        self._produce(target, lambda _doc, _path: None, doc)

    # --- shared -------------------------------------------------------------------------------
    def _finish(self, path: Path | None) -> None:
        if self.on_finished:
            self.on_finished(path)

    def _describe(self) -> Document | None:
        try:
            return self.describe()
        except DomainError as err:
            self.prompts.error(self.tr("Cannot produce this document"), str(err))
            self._finish(None)
            return None

    def _produce(
        self,
        target: Path | None,
        then: Callable[[Document, Path], None],
        described: Document | None = None,
    ) -> None:
        from fieldride.reports.layout import write_private

        doc = described or self._describe()
        if doc is None:
            return
        path = target or documents_folder(self.store) / doc.file_name
        try:  # replace: the save dialog asked; the default name is this document's own file
            check_output_path(path, self.store.folder, replace=True)
        except OutputPathError as err:
            self.prompts.error(doc.title, str(err))
            self._finish(None)
            return

        def work() -> Path:
            return write_private(path, doc.build())

        def done(written: Path) -> None:
            then(doc, written)
            self._finish(written)

        def failed(err: BaseException) -> None:
            if isinstance(err, OSError):
                message = self.tr("Could not write the {document} to {path}: {reason}.").format(
                    document=self.what, path=path, reason=err.strerror or err
                )
            else:
                log.error("building a document failed: %s", doc.title, exc_info=err)
                message = self.tr(
                    "The {document} could not be produced (an internal error; details are in "
                    "the log file)."
                ).format(document=self.what)
            self.prompts.error(doc.title, message)
            self._finish(None)

        run_in_background(work, done, failed)
