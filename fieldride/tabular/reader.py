"""The shared reader for spreadsheet-like files (CSV and XLSX) and the problem list every import
reports.

Used by the scorecard loaders and the seller roster import. Contract:

- :func:`read_table` turns a ``.csv``/``.txt``/``.tsv`` or ``.xlsx``/``.xlsm`` file into plain
  rows of strings (:class:`Table`), numbered as the user sees them: the spreadsheet row (what
  Excel shows when the CSV is opened there), plus the text-editor line for CSV records that start
  on another line because an earlier cell holds line breaks.
- The format is decided by the file's *content*, not only its name: an XLSX saved as ``.csv``
  is read as XLSX, and a password-protected workbook (an OLE2 container, not a zip) is
  recognised and refused with a message that says how to remove the password.
- CSV encodings: UTF-8 with or without BOM, UTF-16 (BOM or not, as Excel's "Unicode text"
  writes it), else Windows-1252 (what Excel on Windows writes for "CSV"). The delimiter is
  sniffed from the header line among ``, ; TAB |`` (European Excel writes ``;``); an Excel
  ``sep=;`` first line is honoured.
- Limits (:class:`Limits`): file size, rows, columns, cell length, and for XLSX the
  *uncompressed* size and compression ratio of every zip member, checked from the zip directory
  before openpyxl reads a byte (a zip bomb is refused without being inflated; zipfile stops at
  the declared size and fails the CRC if a member lies about it).
- Failures raise :class:`ImportFileError`, which carries *every* problem found as
  :class:`Problem` records (file, where, field, what is wrong, what would be right). Nothing is
  ever logged with cell contents: the data is personal.

:func:`match_header` maps a header row onto the columns a caller knows (with aliases), reporting
unknown columns with the closest known name (difflib), duplicated and missing required columns.

This module decides the format; the readers and types live beside it in the package
(:mod:`fieldride.tabular`, whose ``__init__`` is the public API).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from fieldride.i18n import messages
from fieldride.tabular.csv_reader import read_csv
from fieldride.tabular.problems import ProblemList
from fieldride.tabular.rows import Limits, Table, format_size
from fieldride.tabular.xlsx_reader import read_xlsx_sheets

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
CSV_SUFFIXES = {".csv", ".txt", ".tsv", ".tab"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}


def read_table(
    path: Path | str, *, limits: Limits | None = None, sheet_names: Sequence[str] = ()
) -> Table:
    """Read a CSV or XLSX file into a :class:`Table`.

    ``sheet_names``: preferred XLSX sheet names (case-insensitive); else the first sheet.
    Raises :class:`ImportFileError` for a missing/unreadable/oversized/corrupt/encrypted file or
    one beyond ``limits``; never another exception for bad content.
    """
    wanted = [n.lower() for n in sheet_names]

    def choose(names: Sequence[str]) -> list[str]:
        chosen = next((n for n in names if n.lower() in wanted), names[0] if names else "")
        return [chosen] if chosen else []

    return _read(Path(path), limits or Limits(), choose)[0]


def read_tables(path: Path | str, *, limits: Limits | None = None) -> list[Table]:
    """Every sheet of an XLSX workbook (workbook order), or the one table of a CSV file.

    The callers search the sheets for their table and say which were read and which were
    passed over. Raises like :func:`read_table`.
    """
    return _read(Path(path), limits or Limits(), list)


def _read(path: Path, limits: Limits, choose: Callable[[Sequence[str]], list[str]]) -> list[Table]:
    limits = limits or Limits()
    problems = ProblemList(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        problems.add(
            "",
            "",
            messages().gettext("The file does not exist"),
            messages().gettext("Check the file name and folder."),
        )
        problems.raise_if_any()
        raise AssertionError("unreachable") from None
    except OSError as err:
        problems.add(
            "",
            "",
            messages().gettext("The file cannot be read ({reason})").format(reason=err.strerror),
            messages().gettext("Check its permissions."),
        )
        problems.raise_if_any()
        raise AssertionError("unreachable") from None
    if size > limits.max_bytes:
        problems.add(
            "",
            "",
            messages()
            .gettext("The file is {size}, more than the {limit} FieldRide accepts")
            .format(size=format_size(size), limit=format_size(limits.max_bytes)),
            messages().gettext(
                "Check that this is the right file; a scorecard or roster is normally far smaller."
            ),
        )
        problems.raise_if_any()
    if size == 0:
        problems.add(
            "",
            "",
            messages().gettext("The file is empty"),
            messages().gettext("Save the sheet again with its rows."),
        )
        problems.raise_if_any()
    suffix = path.suffix.lower()
    if head.startswith(OLE2_MAGIC):
        problems.add(
            "",
            "",
            messages().gettext(
                "The workbook is password-protected (encrypted) or in the old .xls format"
            ),
            messages().gettext(
                "Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt "
                "with Password, clear it) and save it as an Excel Workbook (.xlsx), or save it as "
                "CSV."
            ),
        )
        problems.raise_if_any()
    if head.startswith(ZIP_MAGIC) or suffix in XLSX_SUFFIXES:
        return read_xlsx_sheets(path, limits, problems, choose)
    if suffix == ".xls":
        problems.add(
            "",
            "",
            messages().gettext("Old .xls workbooks are not supported"),
            messages().gettext("Save it as an Excel Workbook (.xlsx) or as CSV."),
        )
        problems.raise_if_any()
    return [read_csv(path, limits, problems)]
