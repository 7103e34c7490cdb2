"""The rating scale on a sheet of its own (a workbook tab named "Scale", "Rating scale" or
"Levels"): a table headed value | label | description (title rows above it allowed), or the
``Scale | 1 | Not yet | description`` rows of the scorecard sheet.

Used by :mod:`fieldride.scorecards.sheet_layout`. :func:`read_scale_sheet` returns the levels as
the definition holds them (strings still) and records where each is in the locator; problems
(no levels found, text that would be dropped) go to the problem list; it never raises.
"""

from __future__ import annotations

from typing import Any, Protocol

from fieldride.i18n import N_, messages
from fieldride.tabular import (
    Column,
    ProblemList,
    Row,
    Table,
    check_beyond,
    check_row_cells,
    find_header_row,
    known_header,
    match_header,
)

SCALE_SHEET_NAMES = {
    *("scale", "rating scale", "levels", "scale levels", "rating"),
    *("skala", "stufen", "bewertungsskala", "escala", "niveles"),
}
# What a Scale row's cells B-D are called where a problem names them (no heading above them).
SCALE_FIELDS = {
    "value": N_("Scale value"),
    "label": N_("Scale label"),
    "description": N_("Scale description"),
}
SCALE_COLUMNS: tuple[Column, ...] = (
    Column(
        "value",
        True,
        ("level", "score", "rating", "number", "points", "wert", "stufe", "valor", "nivel"),
    ),
    Column("label", True, ("name", "level name", "title", "bezeichnung", "etiqueta")),
    Column(
        "description",
        False,
        ("meaning", "what it means", "definition", "beschreibung", "descripción", "descripcion"),
    ),
)


class _Puts(Protocol):
    def put(
        self,
        path: tuple[str | int, ...],
        row: Row,
        col: int | None,
        name: str = "",
        sheet: str = "",
    ) -> None: ...


def read_scale_sheet(table: Table, loc: _Puts, problems: ProblemList) -> list[dict[str, Any]]:
    """The levels on ``table`` (see the module docstring); ``[]`` after a problem."""
    problems.sheet = table.sheet
    try:
        header_row = find_header_row(table.rows, SCALE_COLUMNS, min_matches=2)
        if header_row is None:
            return _label_rows(table, loc, problems)
        header = match_header(header_row, SCALE_COLUMNS, problems)
        levels: list[dict[str, Any]] = []
        for row in table.rows:
            if row.number <= header_row.number or row.is_blank():
                continue
            check_row_cells(row, header, problems)
            i = len(levels)
            levels.append({c.name: header.value(row, c.name) for c in SCALE_COLUMNS})
            loc.put(("scale", i), row, None, "Scale", table.sheet)
            for col in SCALE_COLUMNS:
                loc.put(
                    ("scale", i, col.name),
                    row,
                    header.index.get(col.name),
                    header.heading(col.name),
                    table.sheet,
                )
        if not levels:
            problems.add(
                header_row.at(),
                "",
                messages().gettext("The scale sheet has a heading row but no levels below it"),
                messages().gettext(
                    "Write one level per row, lowest first: 1 | Not yet | description."
                ),
            )
        return levels
    finally:
        problems.sheet = ""


def _label_rows(table: Table, loc: _Puts, problems: ProblemList) -> list[dict[str, Any]]:
    scale_label = (Column("scale", False, ("level",)),)
    levels: list[dict[str, Any]] = []
    for row in table.rows:
        if known_header(row.cell(0), scale_label) != "scale":
            continue
        check_beyond(row, 4, problems, what="scale")
        i = len(levels)
        levels.append({"value": row.cell(1), "label": row.cell(2), "description": row.cell(3)})
        loc.put(("scale", i), row, None, "Scale", table.sheet)
        for offset, sub in enumerate(("value", "label", "description"), start=1):
            name = messages().gettext(SCALE_FIELDS[sub])
            loc.put(("scale", i, sub), row, offset, name, table.sheet)
    if not levels:
        problems.add(
            "",
            "",
            messages()
            .gettext("The sheet '{sheet}' holds no scale levels")
            .format(sheet=table.sheet),
            messages().gettext(
                "Write a heading row value | label | description and one level per row below "
                "it, lowest first (1 | Not yet | …)."
            ),
            sheet="",
        )
    return levels
