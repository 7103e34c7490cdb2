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
"""

from __future__ import annotations

import codecs
import csv
import difflib
import io
import logging
import re
import warnings
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from fieldride.records import DomainError

log = logging.getLogger(__name__)

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
CSV_SUFFIXES = {".csv", ".txt", ".tsv", ".tab"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}


# --- problems ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Problem:
    """One thing wrong with an imported file, written for the person who will fix it.

    ``where`` is e.g. ``"row 7"``, ``"row 7 (line 9)"``, ``"line 12"`` or ``""`` for the whole
    file; ``field`` the column or field name (``""`` when not about one); ``message`` what is
    wrong; ``fix`` what would be right.
    """

    file: str
    where: str
    field: str
    message: str
    fix: str = ""

    def location(self) -> str:
        noun = "column" if self.where.startswith(("row", "above")) else "field"
        parts = [p for p in (self.where, f"{noun} '{self.field}'" if self.field else "") if p]
        return ", ".join(parts) if parts else "whole file"

    def __str__(self) -> str:
        text = f"{self.file}, {self.location()}: {self.message}"
        if not text.endswith((".", "?", "!")):
            text += "."
        return f"{text} {self.fix}".rstrip()


class ImportFileError(DomainError):
    """A file was refused; ``problems`` lists everything wrong with it (at least one).

    ``str(err)`` is a one-line summary for places that show one line; show ``problems`` (or
    :meth:`report`) wherever there is room. Raising this means nothing was written.
    """

    def __init__(self, path: Path | str, problems: Sequence[Problem]) -> None:
        self.path = Path(path)
        self.problems: list[Problem] = list(problems)
        count = len(self.problems)
        first = str(self.problems[0]) if self.problems else ""
        more = f" (and {count - 1} more problem{'s' if count > 2 else ''})" if count > 1 else ""
        super().__init__(f"{self.path.name} was not imported: {first}{more}")

    def report(self) -> str:
        """Every problem, one per line, for a terminal or a details box."""
        lines = [f"{self.path.name}: {len(self.problems)} problem(s), nothing was imported."]
        lines += [f"  - {p}" for p in self.problems]
        return "\n".join(lines)


class ProblemList:
    """Collects problems for one file; ``raise_if_any`` raises them all at once."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.items: list[Problem] = []

    def add(self, where: str, column: str, message: str, fix: str = "") -> None:
        self.items.append(Problem(self.path.name, where, column, message, fix))

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise ImportFileError(self.path, self.items)


# --- the table --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Limits:
    """Upper bounds for one imported file (defaults fit scorecards and rosters with room)."""

    max_bytes: int = 5_000_000
    max_rows: int = 5_000
    max_columns: int = 60
    max_cell_chars: int = 10_000
    max_unzipped_bytes: int = 60_000_000
    max_zip_ratio: int = 120
    max_zip_members: int = 2_000


@dataclass(frozen=True)
class Row:
    """One row as the user sees it: ``number`` is the spreadsheet row (1-based); ``line`` the
    text line a CSV record starts on (equal to ``number`` unless an earlier cell spans lines)."""

    number: int
    cells: tuple[str, ...]
    line: int = 0

    def cell(self, index: int) -> str:
        return self.cells[index] if 0 <= index < len(self.cells) else ""

    def is_blank(self) -> bool:
        return not any(c.strip() for c in self.cells)

    def where(self) -> str:
        if self.line and self.line != self.number:
            return f"row {self.number} (line {self.line})"
        return f"row {self.number}"


@dataclass(frozen=True)
class Table:
    """A file read into rows of strings. ``kind`` is ``"csv"`` or ``"xlsx"``; ``encoding`` and
    ``delimiter`` describe how a CSV was read (for messages); ``sheet`` names the XLSX sheet."""

    path: Path
    kind: str
    rows: tuple[Row, ...]
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    sheets: tuple[str, ...] = field(default_factory=tuple)

    def describe(self) -> str:
        if self.kind == "xlsx":
            return f"Excel workbook, sheet '{self.sheet}'"
        name = DELIMITER_NAMES.get(self.delimiter, repr(self.delimiter))
        return f"CSV, {ENCODING_NAMES.get(self.encoding, self.encoding)}, {name}-separated"


ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with BOM",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
    "cp1252": "Windows-1252",
    "latin-1": "Latin-1",
}


def column_letter(index: int) -> str:
    """Spreadsheet column letter for a 0-based index (0 → A, 26 → AA)."""
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def read_table(
    path: Path | str, *, limits: Limits | None = None, sheet_names: Sequence[str] = ()
) -> Table:
    """Read a CSV or XLSX file into a :class:`Table`.

    ``sheet_names``: preferred XLSX sheet names (case-insensitive); else the first sheet.
    Raises :class:`ImportFileError` for a missing/unreadable/oversized/corrupt/encrypted file or
    one beyond ``limits``; never another exception for bad content.
    """
    path = Path(path)
    limits = limits or Limits()
    problems = ProblemList(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        problems.add("", "", "The file does not exist", "Check the file name and folder.")
        problems.raise_if_any()
        raise AssertionError("unreachable") from None
    except OSError as err:
        problems.add("", "", f"The file cannot be read ({err.strerror})", "Check its permissions.")
        problems.raise_if_any()
        raise AssertionError("unreachable") from None
    if size > limits.max_bytes:
        problems.add(
            "",
            "",
            f"The file is {_mb(size)}, more than the {_mb(limits.max_bytes)} FieldRide accepts",
            "Check that this is the right file; a scorecard or roster is normally far smaller.",
        )
        problems.raise_if_any()
    if size == 0:
        problems.add("", "", "The file is empty", "Save the sheet again with its rows.")
        problems.raise_if_any()
    suffix = path.suffix.lower()
    if head.startswith(OLE2_MAGIC):
        problems.add(
            "",
            "",
            "The workbook is password-protected (encrypted) or in the old .xls format",
            "Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with "
            "Password, clear it) and save it as an Excel Workbook (.xlsx), or save it as CSV.",
        )
        problems.raise_if_any()
    if head.startswith(ZIP_MAGIC) or suffix in XLSX_SUFFIXES:
        return _read_xlsx(path, limits, problems, sheet_names)
    if suffix == ".xls":
        problems.add(
            "",
            "",
            "Old .xls workbooks are not supported",
            "Save it as an Excel Workbook (.xlsx) or as CSV.",
        )
        problems.raise_if_any()
    return _read_csv(path, limits, problems)


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n / 1000:.1f} KB"


# --- CSV ----------------------------------------------------------------------------------------
def decode_text(data: bytes) -> tuple[str, str]:
    """Decode file bytes as Excel and text editors write them; return (text, encoding name).

    Order: a BOM decides (UTF-8, UTF-16 LE/BE); NUL bytes in every other position mean UTF-16
    without BOM; then strict UTF-8; then Windows-1252 (Latin-1 for its 5 undefined bytes).
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    sample = data[:4000]
    if len(sample) >= 4 and sample.count(0) >= len(sample) // 4:
        odd_nuls = sample[1::2].count(0)
        even_nuls = sample[0::2].count(0)
        encoding = "utf-16-le" if odd_nuls > even_nuls else "utf-16-be"
        return data.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def sniff_delimiter(text: str) -> str:
    """The delimiter among ``, ; TAB |`` that splits the first 30 records most consistently
    (most records sharing one field count of 2 or more; ties: more fields, then that order).
    A ``sep=X`` first line (Excel's hint) wins outright. Title rows above a header do not
    mislead it, nor a ``;`` inside a quoted comma-separated cell."""
    first = text.split("\n", 1)[0].rstrip("\r")
    if first.lower().startswith("sep=") and len(first) == 5:
        return first[4]
    sample = text[:50_000]
    best, best_score = ",", (0, 0)
    for delim in DELIMITERS:
        counts: dict[int, int] = {}
        try:
            reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delim)
            for n, row in enumerate(reader):
                if n >= 30:
                    break
                width = len(row)
                if width >= 2 and any(c.strip() for c in row):
                    counts[width] = counts.get(width, 0) + 1
        except csv.Error:
            pass
        if not counts:
            continue
        width, agreeing = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        if (agreeing, width) > best_score:
            best, best_score = delim, (agreeing, width)
    return best


def _read_csv(path: Path, limits: Limits, problems: ProblemList) -> Table:
    data = path.read_bytes()
    text, encoding = decode_text(data)
    if "\x00" in text:
        problems.add(
            "",
            "",
            "The file is not a text (CSV) file: it contains binary data",
            "Save the sheet as 'CSV UTF-8 (Comma delimited)' or as an Excel Workbook (.xlsx).",
        )
        problems.raise_if_any()
    delimiter = sniff_delimiter(text)
    rows: list[Row] = []
    lines_before = 0
    body = text
    first_line = text.split("\n", 1)[0].rstrip("\r")
    if first_line.lower().startswith("sep=") and len(first_line) == 5:
        body = text.split("\n", 1)[1] if "\n" in text else ""
        lines_before = 1
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=delimiter)
    number = lines_before
    last_line = 0
    try:
        for cells in reader:
            number += 1
            start_line = lines_before + last_line + 1
            last_line = reader.line_num
            if number > limits.max_rows + lines_before:
                problems.add(
                    "",
                    "",
                    f"The file has more than {limits.max_rows} rows",
                    "Split it into smaller files or check that this is the right file.",
                )
                break
            rows.append(Row(number, tuple(_clean_cell(c) for c in cells), start_line))
    except csv.Error as err:
        problems.add(
            f"row {number}",
            "",
            f"The CSV cannot be read here ({err})",
            'Check the quotes: a cell that contains quotes must be wrapped in "..." with each '
            'inner quote doubled ("").',
        )
    _check_shape(rows, limits, problems)
    problems.raise_if_any()
    return Table(path, "csv", tuple(rows), encoding=encoding, delimiter=delimiter)


def _clean_cell(value: str) -> str:
    return value.replace("\r\n", "\n").replace("\r", "\n")


def _check_shape(rows: Sequence[Row], limits: Limits, problems: ProblemList) -> None:
    for row in rows:
        if len(row.cells) > limits.max_columns and any(
            c.strip() for c in row.cells[limits.max_columns :]
        ):
            problems.add(
                row.where(),
                "",
                f"The row has {len(row.cells)} columns, more than the {limits.max_columns} "
                "FieldRide reads",
                "Remove the extra columns.",
            )
            return
        for index, cell in enumerate(row.cells):
            if len(cell) > limits.max_cell_chars:
                problems.add(
                    f"{row.where()}, cell {column_letter(index)}{row.number}",
                    "",
                    f"The cell holds {len(cell)} characters, more than {limits.max_cell_chars}",
                    "Shorten it; it is probably pasted by mistake.",
                )


# --- XLSX ---------------------------------------------------------------------------------------
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
            "The workbook is damaged or is not an Excel file",
            "Open it in Excel and save it again as an Excel Workbook (.xlsx), or save it as CSV.",
        )
        return False
    if len(members) > limits.max_zip_members:
        problems.add(
            "",
            "",
            f"The workbook holds {len(members)} parts, more than a normal workbook",
            "Save the sheet on its own as a new workbook.",
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
            f"The workbook would unpack to {_mb(total)} (compressed {ratio:.0f}:1); it looks like "
            "a zip bomb and was not opened",
            "Check where the file came from; save the real sheet again from Excel.",
        )
        return False
    return True


def _read_xlsx(
    path: Path, limits: Limits, problems: ProblemList, sheet_names: Sequence[str]
) -> Table:
    if not check_zip(path, limits, problems):
        problems.raise_if_any()
    import openpyxl  # slow import (~100 ms): only when a workbook is opened

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
            "The workbook is damaged or is not an Excel workbook",
            "Open it in Excel and save it again as an Excel Workbook (.xlsx), or save it as CSV.",
        )
        problems.raise_if_any()
        raise AssertionError("unreachable") from None
    try:
        names = list(book.sheetnames)
        wanted = {n.lower() for n in sheet_names}
        chosen = next((n for n in names if n.lower() in wanted), None)
        if chosen is None:
            chosen = names[0] if names else ""
        if not chosen:
            problems.add("", "", "The workbook has no sheets", "Add a sheet with the rows.")
            problems.raise_if_any()
        sheet = book[chosen]
        rows: list[Row] = []
        try:
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                if number > limits.max_rows:
                    if any(v is not None for v in values):
                        problems.add(
                            "",
                            "",
                            f"The sheet '{chosen}' has more than {limits.max_rows} rows",
                            "Split it into smaller files or check that this is the right sheet.",
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
                f"The sheet '{chosen}' is damaged and cannot be read",
                "Open it in Excel and save it again as an Excel Workbook (.xlsx).",
            )
    finally:
        book.close()
    _check_shape(rows, limits, problems)
    problems.raise_if_any()
    while rows and rows[-1].is_blank():
        rows.pop()
    return Table(path, "xlsx", tuple(rows), sheet=chosen, sheets=tuple(names))


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
    return _clean_cell(str(value))


# --- headers ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Column:
    """A column a caller understands: canonical ``name``, accepted ``aliases``, ``required``."""

    name: str
    required: bool = False
    aliases: tuple[str, ...] = ()


def normalise_header(text: str) -> str:
    """``" Look-Fors: "`` → ``"look fors"``: case, spaces, ``-``/``_`` and a trailing colon
    do not matter in headers."""
    text = text.strip().rstrip(":").strip().lower()
    text = re.sub(r"\(.*?\)", "", text)  # "Weight (optional)" → "weight"
    return re.sub(r"[\s_\-]+", " ", text).strip()


@dataclass(frozen=True)
class HeaderMap:
    """Where each known column sits (0-based index) in a header row."""

    row: Row
    index: dict[str, int]

    def value(self, row: Row, name: str) -> str:
        i = self.index.get(name)
        return row.cell(i) if i is not None else ""

    def letter(self, name: str) -> str:
        i = self.index.get(name)
        return column_letter(i) if i is not None else ""

    def has(self, name: str) -> bool:
        return name in self.index


def known_header(text: str, columns: Iterable[Column]) -> str | None:
    """The canonical name of the column ``text`` names, or None."""
    norm = normalise_header(text)
    for col in columns:
        if norm == normalise_header(col.name) or norm in {normalise_header(a) for a in col.aliases}:
            return col.name
    return None


def suggest(text: str, choices: Iterable[str]) -> str | None:
    """The closest of ``choices`` to ``text`` (difflib), or None if nothing is close."""
    options = list(choices)
    by_norm = {normalise_header(c): c for c in options}
    found = difflib.get_close_matches(normalise_header(text), list(by_norm), n=1, cutoff=0.6)
    return by_norm[found[0]] if found else None


def match_header(row: Row, columns: Sequence[Column], problems: ProblemList) -> HeaderMap:
    """Map ``row`` (a header row) onto ``columns``; add a problem for every unknown, duplicated
    or missing required column. Blank header cells are ignored."""
    index: dict[str, int] = {}
    names = [c.name for c in columns]
    for i, text in enumerate(row.cells):
        if not text.strip():
            continue
        where = f"{row.where()}, cell {column_letter(i)}{row.number}"
        name = known_header(text, columns)
        if name is None:
            aliases = {a: c.name for c in columns for a in c.aliases}
            close = suggest(text, names + list(aliases))
            close_name = aliases.get(close, close) if close else None
            fix = (
                f"Did you mean '{close_name}'? "
                if close_name and close_name not in index
                else "Rename it or delete the column. "
            )
            problems.add(
                where,
                text.strip(),
                "Unknown column",
                f"{fix}Known columns: {', '.join(names)}.",
            )
            continue
        if name in index:
            problems.add(
                where,
                text.strip(),
                f"The column '{name}' appears twice (also in column {column_letter(index[name])})",
                "Keep one of them.",
            )
            continue
        index[name] = i
    for col in columns:
        if col.required and col.name not in index:
            problems.add(
                row.where(),
                col.name,
                f"The required column '{col.name}' is missing from the header row",
                f"Add a column headed '{col.name}'.",
            )
    return HeaderMap(row, index)


def find_header_row(
    rows: Sequence[Row], columns: Sequence[Column], *, min_matches: int = 2, scan: int = 15
) -> Row | None:
    """The first of the first ``scan`` non-blank rows in which at least ``min_matches`` cells
    name known columns (title rows above the header are allowed); None if there is none."""
    seen = 0
    for row in rows:
        if row.is_blank():
            continue
        seen += 1
        if sum(1 for c in row.cells if c.strip() and known_header(c, columns)) >= min_matches:
            return row
        if seen >= scan:
            break
    return None
