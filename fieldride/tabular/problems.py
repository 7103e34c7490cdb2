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
from fieldride.wording import plural


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an imported file, written for the person who will fix it.

    ``where`` is e.g. ``"row 7, cell C7"``, ``"row 7 (line 9)"``, ``"line 12"`` or ``""`` for
    the whole file; ``field`` the column heading as written in the file, or the field name
    (``""`` when not about one); ``message`` what is wrong; ``fix`` what would be right;
    ``sheet`` the workbook sheet meant (``""`` for CSV, YAML, JSON or the whole file).
    """

    file: str
    where: str
    field: str
    message: str
    fix: str = ""
    sheet: str = ""

    def location(self) -> str:
        noun = "column" if self.where.startswith(("row", "above")) else "field"
        sheet = f"sheet '{self.sheet}'" if self.sheet else ""
        parts = [
            p for p in (sheet, self.where, f"{noun} '{self.field}'" if self.field else "") if p
        ]
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
        lines = [
            f"{self.path.name}: {plural(len(self.problems), 'problem')}, nothing was imported."
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
        self, where: str, column: str, message: str, fix: str = "", *, sheet: str | None = None
    ) -> None:
        """Add a problem; ``sheet`` defaults to :attr:`sheet` (for problems with a place)."""
        if sheet is None:
            sheet = self.sheet if where else ""
        self.items.append(Problem(self.path.name, where, column, message, fix, sheet))

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise ImportFileError(self.path, self.items)
