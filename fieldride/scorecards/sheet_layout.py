"""Reading scorecards laid out in a sheet (CSV, or an XLSX sheet named "Scorecard" or
"Behaviours", else the first): the label rows on top and the behaviour table below.

Used by :mod:`fieldride.scorecards.loaders` (which picks the reader by suffix or content). The layout: label rows (``Name``, ``Key``, ``Description`` with
the value in column B; one ``Scale`` row per level: value, label, description in columns B-D),
then a header row naming the columns of :data:`BEHAVIOUR_COLUMNS` and one row per behaviour; an
empty section cell continues the section above it. :func:`read_tabular` returns the definition
plus a :class:`CellLocator` (row and cell of every field); it raises
:class:`~fieldride.tabular.problems.ImportFileError` for a file :func:`fieldride.tabular.read_table`
refuses and :class:`~fieldride.scorecards.file_errors.ScorecardFileError` when no behaviour table
is found; other problems (unknown labels or columns, rows without a section) go to ``problems``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from fieldride.scorecards.field_checks import FieldPath, Locator
from fieldride.scorecards.file_errors import ScorecardFileError
from fieldride.tabular import (
    Column,
    Limits,
    ProblemList,
    Row,
    Table,
    column_letter,
    find_header_row,
    known_header,
    match_header,
    read_table,
    suggest,
)

log = logging.getLogger(__name__)

SCORECARD_LIMITS = Limits(max_bytes=10_000_000, max_rows=2_000)

BEHAVIOUR_COLUMNS: tuple[Column, ...] = (
    Column("section", True, ("section title", "area")),
    Column("key", False, ("behaviour key", "behavior key", "id")),
    Column("title", True, ("behaviour", "behavior", "behaviour title", "behavior title")),
    Column(
        "good",
        True,
        ("what good looks like", "good looks like", "definition of good", "standard"),
    ),
    Column(
        "look_fors",
        False,
        ("look for", "look fors", "lookfors", "observable look fors", "indicators"),
    ),
    Column("questions", False, ("diagnostic questions", "question", "questions to ask")),
    Column("weight", False, ()),
)
TOP_LABELS: tuple[Column, ...] = (
    Column("name", False, ("scorecard", "scorecard name")),
    Column("key", False, ("scorecard key",)),
    Column("description", False, ("about",)),
    Column("scale", False, ("level", "rating", "scale level")),
)
TOP_LABEL_TEXT = {"name": "Name", "key": "Key", "description": "Description", "scale": "Scale"}


class CellLocator(Locator):
    """Places in a sheet: ``row N, cell C7`` and the column the user wrote."""

    def __init__(self) -> None:
        self.cells: dict[FieldPath, tuple[Row, int | None]] = {}
        self.names: dict[FieldPath, str] = {}
        self.fallback = "above the behaviour table"
        self.missing_columns: set[str] = set()

    def put(self, path: FieldPath, row: Row, col: int | None, name: str = "") -> None:
        self.cells[path] = (row, col)
        if name:
            self.names[path] = name

    def where(self, path: FieldPath, context: str) -> str:
        for end in range(len(path), -1, -1):
            hit = self.cells.get(path[:end])
            if hit is not None:
                row, col = hit
                if col is None:
                    return row.where()
                return f"{row.where()}, cell {column_letter(col)}{row.number}"
        return self.fallback if path and path[0] in ("name", "scale") else ""

    def field(self, path: FieldPath) -> str:
        return self.names.get(path) or super().field(path)


def read_tabular(path: Path, problems: ProblemList) -> tuple[Any, Locator]:
    """The definition laid out in the sheet at ``path`` and where each field is; see the module
    docstring."""
    table = read_table(path, limits=SCORECARD_LIMITS, sheet_names=("Scorecard", "Behaviours"))
    header_row = find_header_row(table.rows, BEHAVIOUR_COLUMNS, min_matches=2, labels=TOP_LABELS)
    if header_row is None:
        problems.add(
            "",
            "",
            "No behaviour table found: no row names the columns "
            + ", ".join(c.name for c in BEHAVIOUR_COLUMNS),
            "Add a header row with those column names above the behaviours (see "
            "docs/scorecards.md, or export any scorecard to XLSX and use it as a template).",
        )
        raise ScorecardFileError(path, problems.items)
    loc = CellLocator()
    data: dict[str, Any] = {}
    _top_block(table, header_row, data, loc, problems)
    header = match_header(header_row, BEHAVIOUR_COLUMNS, problems)
    loc.missing_columns = {c.name for c in BEHAVIOUR_COLUMNS if c.required} - set(header.index)
    sections: list[dict[str, Any]] = []
    by_title: dict[str, int] = {}
    current: str | None = None
    for row in table.rows:
        if row.number <= header_row.number or row.is_blank():
            continue
        title_cell = " ".join(header.value(row, "section").split())
        if title_cell:
            current = title_cell
        elif current is None:
            problems.add(
                f"{row.where()}, cell {header.letter('section')}{row.number}",
                "section",
                "The first behaviour has no section",
                "Write the section title in this cell; rows below with an empty section cell "
                "belong to the same section.",
            )
            continue
        assert current is not None
        if current not in by_title:
            by_title[current] = len(sections)
            s_path: FieldPath = ("sections", len(sections))
            loc.put(s_path, row, header.index.get("section"), "section")
            loc.put((*s_path, "title"), row, header.index.get("section"), "section")
            sections.append({"title": current, "behaviours": []})
        s_index = by_title[current]
        behaviours: list[dict[str, Any]] = sections[s_index]["behaviours"]
        b_path: FieldPath = ("sections", s_index, "behaviours", len(behaviours))
        loc.put(b_path, row, None)
        behaviour: dict[str, Any] = {}
        for col in BEHAVIOUR_COLUMNS:
            if col.name == "section" or not header.has(col.name):
                continue
            behaviour[col.name] = header.value(row, col.name)
            loc.put((*b_path, col.name), row, header.index[col.name], col.name)
        behaviours.append(behaviour)
    data["sections"] = sections
    log.debug("read a tabular scorecard (%s)", table.describe())
    return data, loc


def _top_block(
    table: Table, header_row: Row, data: dict[str, Any], loc: CellLocator, problems: ProblemList
) -> None:
    """The label rows above the behaviour table: Name, Key, Description, Scale."""
    scale: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for row in table.rows:
        if row.number >= header_row.number:
            break
        if row.is_blank():
            continue
        label_text = row.cell(0).strip()
        label = known_header(label_text, TOP_LABELS) if label_text else None
        if label is None:
            close = suggest(label_text, list(TOP_LABEL_TEXT.values())) if label_text else None
            problems.add(
                f"{row.where()}, cell A{row.number}",
                label_text,
                f"Unknown label '{label_text}' above the behaviour table"
                if label_text
                else "This row above the behaviour table has no label in column A",
                (f"Did you mean '{close}'? " if close else "")
                + "Rows above the table start with Name, Key, Description or Scale.",
            )
            continue
        if label == "scale":
            i = len(scale)
            scale.append({"value": row.cell(1), "label": row.cell(2), "description": row.cell(3)})
            loc.put(("scale", i), row, None, "Scale")
            for offset, sub in enumerate(("value", "label", "description"), start=1):
                loc.put(("scale", i, sub), row, offset, f"Scale {sub}")
            continue
        if label in seen:
            problems.add(
                f"{row.where()}, cell A{row.number}",
                TOP_LABEL_TEXT[label],
                f"'{TOP_LABEL_TEXT[label]}' is given twice (also on row {seen[label]})",
                "Keep one of the two rows.",
            )
            continue
        seen[label] = row.number
        data[label] = row.cell(1)
        loc.put((label,), row, 1, TOP_LABEL_TEXT[label])
    if scale:
        data["scale"] = scale
    if "name" not in data:
        loc.fallback = f"above the behaviour table (row {header_row.number})"
