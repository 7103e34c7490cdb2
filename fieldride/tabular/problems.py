"""The problem list every import reports: :class:`Problem`, :class:`ProblemList` and
:class:`ImportFileError`.

Part of :mod:`fieldride.tabular`. Every importer
(scorecards, rosters) collects :class:`Problem` records in a :class:`ProblemList` and raises
them all at once as one :class:`ImportFileError`; raising it means nothing was written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from fieldride.errors import DomainError
from fieldride.i18n import N_, Language, language, messages

# Where a problem is, one whole phrase per shape (never glued: word order differs between
# languages). Keys: (on a sheet, a CSV line that differs from the row, a cell, a heading).
_ROW_PLACES = {
    (False, False, False, False): N_("row {row}"),
    (False, False, False, True): N_("row {row}, column '{header}'"),
    (False, False, True, False): N_("row {row}, cell {cell}"),
    (False, False, True, True): N_("row {row}, cell {cell}, column '{header}'"),
    (False, True, False, False): N_("row {row} (line {line})"),
    (False, True, False, True): N_("row {row} (line {line}), column '{header}'"),
    (False, True, True, False): N_("row {row} (line {line}), cell {cell}"),
    (False, True, True, True): N_("row {row} (line {line}), cell {cell}, column '{header}'"),
    (True, False, False, False): N_("sheet '{sheet}', row {row}"),
    (True, False, False, True): N_("sheet '{sheet}', row {row}, column '{header}'"),
    (True, False, True, False): N_("sheet '{sheet}', row {row}, cell {cell}"),
    (True, False, True, True): N_("sheet '{sheet}', row {row}, cell {cell}, column '{header}'"),
    (True, True, False, False): N_("sheet '{sheet}', row {row} (line {line})"),
    (True, True, False, True): N_("sheet '{sheet}', row {row} (line {line}), column '{header}'"),
    (True, True, True, False): N_("sheet '{sheet}', row {row} (line {line}), cell {cell}"),
    (True, True, True, True): N_(
        "sheet '{sheet}', row {row} (line {line}), cell {cell}, column '{header}'"
    ),
}
# Keys: (with a character column, with a context, with a field name).
_LINE_PLACES = {
    (False, False, False): N_("line {line}"),
    (False, False, True): N_("line {line}, field '{header}'"),
    (True, False, False): N_("line {line}, column {column}"),
    (True, False, True): N_("line {line}, column {column}, field '{header}'"),
    (False, True, False): N_("line {line} ({context})"),
    (False, True, True): N_("line {line} ({context}), field '{header}'"),
    (True, True, False): N_("line {line}, column {column} ({context})"),
    (True, True, True): N_("line {line}, column {column} ({context}), field '{header}'"),
}
# Keys: (on a sheet, the heading row known, a heading).
_ABOVE_PLACES = {
    (False, False, False): N_("above the behaviour table"),
    (False, False, True): N_("above the behaviour table, column '{header}'"),
    (False, True, False): N_("above the behaviour table (row {row})"),
    (False, True, True): N_("above the behaviour table (row {row}), column '{header}'"),
    (True, False, False): N_("sheet '{sheet}', above the behaviour table"),
    (True, False, True): N_("sheet '{sheet}', above the behaviour table, column '{header}'"),
    (True, True, False): N_("sheet '{sheet}', above the behaviour table (row {row})"),
    (True, True, True): N_(
        "sheet '{sheet}', above the behaviour table (row {row}), column '{header}'"
    ),
}
# A place given as text (already worded by the caller), or none: keys (sheet, text, field).
_TEXT_PLACES = {
    (False, False, False): N_("whole file"),
    (False, False, True): N_("field '{header}'"),
    (False, True, False): "{where}",
    (False, True, True): N_("{where}, field '{header}'"),
    (True, False, False): N_("sheet '{sheet}'"),
    (True, False, True): N_("sheet '{sheet}', field '{header}'"),
    (True, True, False): N_("sheet '{sheet}', {where}"),
    (True, True, True): N_("sheet '{sheet}', {where}, field '{header}'"),
}


@dataclass(frozen=True)
class Place:
    """Where in a file a problem is, as values (rendered in the reader's language by
    :meth:`Problem.location`; ``str()`` is the English form, as older messages quote it).

    ``row``: the spreadsheet row (0: not about a row); ``line``: the text line (with ``row``,
    the line a CSV record starts on when an earlier cell spans lines); ``cell``: the column
    letter of the cell meant (with ``row``); ``column``: the character column in a text line;
    ``context``: which part of the file (e.g. the section, already worded); ``above``: above
    a sheet's behaviour table (``row``, if known, is that table's heading row).
    """

    row: int = 0
    line: int = 0
    cell: str = ""
    column: int = 0
    context: str = ""
    above: bool = False

    def render(self, lang: Language, sheet: str = "", header: str = "") -> str:
        """The whole place phrase, with the ``sheet`` and the column ``header`` if given."""
        values = {
            "sheet": sheet,
            "row": self.row,
            "line": self.line,
            "cell": f"{self.cell}{self.row}",
            "column": self.column,
            "context": self.context,
            "header": header,
        }
        if self.above:
            template = _ABOVE_PLACES[(bool(sheet), bool(self.row), bool(header))]
        elif self.row:
            has_line = bool(self.line) and self.line != self.row
            template = _ROW_PLACES[(bool(sheet), has_line, bool(self.cell), bool(header))]
        elif self.line:
            template = _LINE_PLACES[(bool(self.column), bool(self.context), bool(header))]
            if sheet:  # a text file has no sheets; never seen, kept readable all the same
                values["where"] = lang.gettext(template).format(**values)
                template = _TEXT_PLACES[(True, True, False)]
        else:
            values["where"] = self.context
            template = _TEXT_PLACES[(bool(sheet), bool(self.context), bool(header))]
        return lang.gettext(template).format(**values)

    def __str__(self) -> str:
        return self.render(language("en"))


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an imported file, written for the person who will fix it.

    ``where`` is e.g. ``"row 7, cell C7"``, ``"row 7 (line 9)"``, ``"line 12"`` or ``""`` for
    the whole file, always English (``place`` holds it as values, rendered in the reader's
    language by :meth:`location`); ``field`` the column heading as written in the file, or the field name
    (``""`` when not about one); ``message`` what is wrong; ``fix`` what would be right;
    ``sheet`` the workbook sheet meant (``""`` for CSV, YAML, JSON or the whole file).
    """

    file: str
    where: str
    field: str
    message: str
    fix: str = ""
    sheet: str = ""
    place: Place | None = None

    def location(self, lang: Language | None = None, *, field: bool = True) -> str:
        """Sheet, row, cell and column heading (or line and field) as one phrase in ``lang``
        (the manager's interface language by default); ``field=False`` leaves out the heading
        (for a table that shows it in a column of its own)."""
        lang = lang or messages()
        place = self.place or Place(context=self.where)
        return place.render(lang, self.sheet, self.field if field else "")

    def __str__(self) -> str:
        lang = messages()
        text = lang.gettext("{file}, {place}: {problem}").format(
            file=self.file, place=self.location(lang), problem=self.message
        )
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
        lang = messages()
        if count > 1:
            text = lang.ngettext(
                "{file} was not imported: {problem} (and {n} more problem)",
                "{file} was not imported: {problem} (and {n} more problems)",
                count - 1,
            )
        else:
            text = lang.gettext("{file} was not imported: {problem}")
        super().__init__(text.format(file=self.path.name, problem=first, n=count - 1))

    def report(self) -> str:
        """Every problem, one per line, for a terminal or a details box."""
        lines = [
            messages()
            .ngettext(
                "{file}: {n} problem, nothing was imported.",
                "{file}: {n} problems, nothing was imported.",
                len(self.problems),
            )
            .format(file=self.path.name, n=len(self.problems))
        ]
        lines += [f"  - {p}" for p in self.problems]
        return "\n".join(lines)


class ProblemList:
    """Collects problems for one file; ``raise_if_any`` raises them all at once."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.items: list[Problem] = []
        #: the sheet problems added from now on are about (set by whoever reads a sheet)
        self.sheet = ""

    def add(
        self,
        where: str | Place,
        column: str,
        message: str,
        fix: str = "",
        *,
        sheet: str | None = None,
    ) -> None:
        """Add a problem; ``sheet`` defaults to :attr:`sheet` (for problems with a place).
        ``where`` is a :class:`Place` (rendered in the reader's language) or text."""
        place = where if isinstance(where, Place) else None
        text = str(where)
        if sheet is None:
            sheet = self.sheet if text else ""
        self.items.append(Problem(self.path.name, text, column, message, fix, sheet, place))

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise ImportFileError(self.path, self.items)
