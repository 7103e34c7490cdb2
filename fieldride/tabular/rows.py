"""The shapes a read file takes: :class:`Limits`, :class:`Row`, :class:`Table`, plus the small
helpers both readers share (column letters, sizes for messages, cell cleaning, the shape check).

Part of :mod:`fieldride.tabular`. The shape check
adds a :class:`~fieldride.tabular.problems.Problem` for a row beyond ``Limits.max_columns`` or a
cell beyond ``Limits.max_cell_chars``; it never raises.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from fieldride.i18n import N_, messages
from fieldride.tabular.problems import Place, ProblemList

DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
# How a file was read, one whole phrase per separator (translated where described).
CSV_DESCRIPTIONS = {
    ",": N_("CSV, {encoding}, comma-separated"),
    ";": N_("CSV, {encoding}, semicolon-separated"),
    "\t": N_("CSV, {encoding}, tab-separated"),
    "|": N_("CSV, {encoding}, vertical bar-separated"),
}


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
        """``"row 7"`` or ``"row 7 (line 9)"`` (English; :meth:`at` for a message)."""
        return str(self.at())

    def at(self, index: int | None = None) -> Place:
        """The row's place, or its cell in column ``index`` (0-based) if given."""
        letter = column_letter(index) if index is not None else ""
        return Place(row=self.number, line=self.line, cell=letter)


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
        """How the table was read, in the interface language: "Excel workbook, sheet 'Team'",
        "CSV, Windows-1252, semicolon-separated"."""
        lang = messages()
        if self.kind == "xlsx":
            return lang.gettext("Excel workbook, sheet '{sheet}'").format(sheet=self.sheet)
        name = ENCODING_NAMES.get(self.encoding, self.encoding)
        encoding = lang.gettext(name) if name else name  # gettext("") is the catalogue header
        template = CSV_DESCRIPTIONS.get(
            self.delimiter, N_("CSV, {encoding}, {delimiter}-separated")
        )
        return lang.gettext(template).format(encoding=encoding, delimiter=repr(self.delimiter))


ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": N_("UTF-8 with BOM"),
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


def format_size(n: int) -> str:
    """A byte count for a message: KB below 100 KB, else MB, one decimal, with the interface
    language's decimal sign (rounded as ``f"{x:.1f}"`` rounds: English is unchanged)."""
    lang = messages()
    if n >= 100_000:
        return lang.gettext("{size} MB").format(size=lang.number(round(n / 1_000_000, 1), 1))
    return lang.gettext("{size} KB").format(size=lang.number(round(n / 1000, 1), 1))


def clean_cell(value: str) -> str:
    """A cell's text with every line break as ``\\n``."""
    return value.replace("\r\n", "\n").replace("\r", "\n")


def check_shape(rows: Sequence[Row], limits: Limits, problems: ProblemList) -> None:
    """Add a problem for the first row wider than the limit, and for every cell too long."""
    for row in rows:
        if len(row.cells) > limits.max_columns and any(
            c.strip() for c in row.cells[limits.max_columns :]
        ):
            problems.add(
                row.at(),
                "",
                messages()
                .gettext("The row has {n} columns, more than the {limit} FieldRide reads")
                .format(n=len(row.cells), limit=limits.max_columns),
                messages().gettext("Remove the extra columns."),
            )
            return
        for index, cell in enumerate(row.cells):
            if len(cell) > limits.max_cell_chars:
                problems.add(
                    row.at(index),
                    "",
                    messages()
                    .gettext("The cell holds {n} characters, more than {limit}")
                    .format(n=len(cell), limit=limits.max_cell_chars),
                    messages().gettext("Shorten it; it is probably pasted by mistake."),
                )
