"""Reading XLSX workbooks: the zip-directory check (:func:`check_zip`), the sheet reader
(:func:`read_xlsx_sheets`) and cell values as text (:func:`cell_text`).

Part of :mod:`fieldride.tabular` (:func:`~fieldride.tabular.read_table` decides, from the
file's content, whether :func:`read_xlsx_sheets` is the reader to use, and which sheets it
reads). :func:`read_xlsx_sheets` raises
:class:`~fieldride.tabular.problems.ImportFileError` for a damaged, zip-bomb, sheetless or
oversized workbook; never another exception for bad content. Nothing is logged with cell
contents.
"""

from __future__ import annotations

import io
import logging
import warnings
import zipfile
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from fieldride.i18n import messages
from fieldride.tabular.problems import ProblemList
from fieldride.tabular.rows import Limits, Row, Table, check_shape, clean_cell, format_size

log = logging.getLogger(__name__)


def check_zip(path: Path, limits: Limits, problems: ProblemList) -> bool:
    """Check an XLSX container from its zip directory alone (nothing is inflated).

    Adds a problem and returns False if it is not a zip, has too many members, or any member
    (or the total) would inflate beyond the limits.
    """
    try:
        with zipfile.ZipFile(path) as zf:
            members = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        problems.add(
            "",
            "",
            messages().gettext("The workbook is damaged or is not an Excel file"),
            messages().gettext(
                "Open it in Excel and save it again as an Excel Workbook (.xlsx), or save it as CSV."
            ),
        )
        return False
    if len(members) > limits.max_zip_members:
        problems.add(
            "",
            "",
            messages()
            .gettext("The workbook holds {n} parts, more than a normal workbook")
            .format(n=len(members)),
            messages().gettext("Save the sheet on its own as a new workbook."),
        )
        return False
    total = sum(m.file_size for m in members)
    worst = max(members, key=lambda m: m.file_size / max(m.compress_size, 1), default=None)
    ratio = worst.file_size / max(worst.compress_size, 1) if worst else 0
    if total > limits.max_unzipped_bytes or (
        worst is not None and worst.file_size > 1_000_000 and ratio > limits.max_zip_ratio
    ):
        problems.add(
            "",
            "",
            messages()
            .gettext(
                "The workbook would unpack to {size} (compressed {ratio}:1); it looks like a zip "
                "bomb and was not opened"
            )
            .format(size=format_size(total), ratio=f"{ratio:.0f}"),
            messages().gettext(
                "Check where the file came from; save the real sheet again from Excel."
            ),
        )
        return False
    return True


def read_xlsx_sheets(
    path: Path,
    limits: Limits,
    problems: ProblemList,
    choose: Callable[[Sequence[str]], Sequence[str]] = list,
) -> list[Table]:
    """Read the sheets ``choose`` picks from the workbook's sheet names (default: every sheet,
    in workbook order), one :class:`Table` each; every problem goes to ``problems``, which is
    raised (:class:`~fieldride.tabular.problems.ImportFileError`) if any was found."""
    if not check_zip(path, limits, problems):
        problems.raise_if_any()
    import openpyxl  # slow import: only when a workbook is opened

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions
            # Read from bytes: openpyxl refuses a path whose suffix is not .xlsx, and an XLSX
            # saved as ".csv" is still an XLSX (the size was capped above).
            book = openpyxl.load_workbook(
                io.BytesIO(path.read_bytes()), read_only=True, data_only=True
            )
    except Exception:  # openpyxl raises many types for a broken file; all mean "damaged"
        log.info("openpyxl could not open a workbook", exc_info=True)
        problems.add(
            "",
            "",
            messages().gettext("The workbook is damaged or is not an Excel workbook"),
            messages().gettext(
                "Open it in Excel and save it again as an Excel Workbook (.xlsx), or save it as CSV."
            ),
        )
        problems.raise_if_any()
        raise AssertionError("unreachable") from None
    tables: list[Table] = []
    try:
        names = list(book.sheetnames)
        chosen = list(choose(names))
        if not chosen:
            problems.add(
                "",
                "",
                messages().gettext("The workbook has no sheets"),
                messages().gettext("Add a sheet with the rows."),
            )
            problems.raise_if_any()
        for name in chosen:
            rows = _read_sheet(book[name], name, limits, problems)
            problems.sheet = name
            check_shape(rows, limits, problems)
            problems.sheet = ""
            while rows and rows[-1].is_blank():
                rows.pop()
            tables.append(Table(path, "xlsx", tuple(rows), sheet=name, sheets=tuple(names)))
    finally:
        book.close()
    problems.raise_if_any()
    return tables


def _read_sheet(sheet: Any, name: str, limits: Limits, problems: ProblemList) -> list[Row]:
    rows: list[Row] = []
    try:
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if number > limits.max_rows:
                if any(v is not None for v in values):
                    problems.add(
                        "",
                        "",
                        messages()
                        .gettext("The sheet '{sheet}' has more than {limit} rows")
                        .format(sheet=name, limit=limits.max_rows),
                        messages().gettext(
                            "Split it into smaller files or check that this is the right sheet."
                        ),
                    )
                    break
                continue
            cells = tuple(cell_text(v) for v in values[: limits.max_columns + 1])
            rows.append(Row(number, _trim_trailing(cells)))
    except Exception:  # a broken sheet part inside a valid zip
        log.info("openpyxl could not read a sheet", exc_info=True)
        problems.add(
            "",
            "",
            messages()
            .gettext("The sheet '{sheet}' is damaged and cannot be read")
            .format(sheet=name),
            messages().gettext("Open it in Excel and save it again as an Excel Workbook (.xlsx)."),
        )
    return rows


def _trim_trailing(cells: tuple[str, ...]) -> tuple[str, ...]:
    end = len(cells)
    while end and not cells[end - 1]:
        end -= 1
    return cells[:end]


def cell_text(value: object) -> str:
    """A cell value as the text the user typed: whole floats without ``.0``, dates ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return clean_cell(str(value))
