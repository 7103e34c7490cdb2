"""Reading scorecards laid out in a sheet (CSV, or any sheet of an XLSX workbook): the label rows
on top and the behaviour table below, the scale possibly on a sheet of its own.

Used by :mod:`fieldride.scorecards.loaders` (which picks the reader by suffix or content). The
layout: label rows (``Name``, ``Key``, ``Description`` with the value in column B; one ``Scale``
row per level: value, label, description in columns B-D), then a header row naming the columns
of :data:`BEHAVIOUR_COLUMNS` and one row per behaviour; an empty section cell continues the
section above it.

Which sheet: a sheet named "Scorecard" or "Behaviours" is looked at first, then every other
sheet in workbook order; the first with a behaviour table is read (a "Read me" tab in front is
passed over). A sheet named "Scale" (or "Rating scale", "Levels") holds the levels instead of
``Scale`` rows: a table headed value | label | description, or ``Scale`` rows.
:attr:`CellLocator.notes` says which sheets were read and which were passed over, and names any
title row that was passed over (a row above the table with one cell of text and no label).

Nothing is dropped without a word: text beyond the columns a row has (a ``;`` inside an unquoted
CSV cell splits it), or under a column without a heading, is a problem naming its cell.

:func:`read_tabular` returns the definition plus a :class:`CellLocator` (sheet, row and cell of
every field); it raises :class:`~fieldride.tabular.problems.ImportFileError` for a file
:func:`fieldride.tabular.read_tables` refuses and
:class:`~fieldride.scorecards.file_errors.ScorecardFileError` when no behaviour table is found,
when a required column is missing (once, naming the heading row), or when the file is not a
scorecard at all (a plain message without column names); other problems go to ``problems``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from fieldride.i18n import messages
from fieldride.scorecards.field_checks import FieldPath, Locator
from fieldride.scorecards.file_errors import ScorecardFileError, not_a_scorecard
from fieldride.scorecards.scale_sheet import SCALE_FIELDS, SCALE_SHEET_NAMES, read_scale_sheet
from fieldride.tabular import (
    Column,
    HeaderMap,
    Limits,
    Place,
    ProblemList,
    Row,
    Table,
    check_beyond,
    check_row_cells,
    find_header_row,
    known_header,
    match_header,
    normalise_header,
    quoted,
    read_tables,
    shorten,
    suggest,
)

log = logging.getLogger(__name__)

SCORECARD_LIMITS = Limits(max_bytes=10_000_000, max_rows=2_000)
PREFERRED_SHEETS = ("scorecard", "behaviours", "behaviors")

# German and Spanish headings too: the app ships its templates in those languages (resources/
# templates/<code>/), and enablement teams write their sheets in their own language.
BEHAVIOUR_COLUMNS: tuple[Column, ...] = (
    Column(
        "section", True, ("section title", "area", "abschnitt", "bereich", "sección", "seccion")
    ),
    Column("key", False, ("behaviour key", "behavior key", "id", "schlüssel", "clave")),
    Column(
        "title",
        True,
        (
            "behaviour",
            "behavior",
            "behaviour title",
            "behavior title",
            "verhalten",
            "comportamiento",
            "título",
            "titulo",
        ),
    ),
    Column(
        "good",
        True,
        (
            "what good looks like",
            "good looks like",
            "definition of good",
            "standard",
            "gute praxis",
            "buena práctica",
            "buena practica",
        ),
    ),
    Column(
        "look_fors",
        False,
        (
            "look for",
            "look fors",
            "lookfors",
            "observable look fors",
            "indicators",
            "woran erkennbar",
            "qué observar",
            "que observar",
        ),
    ),
    Column(
        "questions",
        False,
        (
            "diagnostic questions",
            "question",
            "questions to ask",
            "reflexionsfragen",
            "fragen",
            "preguntas de reflexión",
            "preguntas de reflexion",
            "preguntas",
        ),
    ),
    Column("weight", False, ("gewichtung", "peso")),
)
TOP_LABELS: tuple[Column, ...] = (
    Column("name", False, ("scorecard", "scorecard name", "nombre")),
    Column("key", False, ("scorecard key", "schlüssel", "clave")),
    Column("description", False, ("about", "beschreibung", "descripción", "descripcion")),
    Column("scale", False, ("level", "rating", "scale level", "skala", "escala")),
)
TOP_LABEL_TEXT = {"name": "Name", "key": "Key", "description": "Description", "scale": "Scale"}
# Words in a cell that show someone meant to write a scorecard (a file without any of them is
# "not a scorecard", told without column names).
SCORECARD_WORDS = (
    *("behaviour", "behavior", "look for", "good", "question", "scale", "section"),
    *("verhalten", "frage", "skala", "abschnitt", "comportamiento", "pregunta", "escala"),
)


class CellLocator(Locator):
    """Places in a sheet: ``row N, cell C7``, the sheet, and the heading the user wrote."""

    def __init__(self) -> None:
        self.cells: dict[FieldPath, tuple[Row, int | None, str]] = {}
        self.names: dict[FieldPath, str] = {}
        self.fallback = Place(above=True)
        self.main_sheet = ""
        self.notes: list[str] = []
        self.missing_columns: set[str] = set()

    def put(
        self, path: FieldPath, row: Row, col: int | None, name: str = "", sheet: str = ""
    ) -> None:
        self.cells[path] = (row, col, sheet or self.main_sheet)
        if name:
            self.names[path] = name

    def _hit(self, path: FieldPath) -> tuple[Row, int | None, str] | None:
        for end in range(len(path), -1, -1):
            hit = self.cells.get(path[:end])
            if hit is not None:
                return hit
        return None

    def where(self, path: FieldPath, context: str) -> str | Place:
        hit = self._hit(path)
        if hit is not None:
            row, col, _sheet = hit
            return row.at(col)
        return self.fallback if path and path[0] in ("name", "scale") else ""

    def sheet(self, path: FieldPath) -> str:
        hit = self._hit(path)
        if hit is not None:
            return hit[2]
        return self.main_sheet if path and path[0] in ("name", "scale") else ""

    def field(self, path: FieldPath) -> str:
        return self.names.get(path) or super().field(path)


def read_tabular(path: Path, problems: ProblemList) -> tuple[Any, CellLocator]:
    """The definition laid out in the sheet(s) at ``path`` and where each field is; see the
    module docstring."""
    tables = read_tables(path, limits=SCORECARD_LIMITS)
    scale_tables = [t for t in tables if normalise_header(t.sheet) in SCALE_SHEET_NAMES]
    candidates = sorted(
        (t for t in tables if t not in scale_tables),
        key=lambda t: normalise_header(t.sheet) not in PREFERRED_SHEETS,
    )
    found = None
    for table in candidates:
        header_row = find_header_row(
            table.rows, BEHAVIOUR_COLUMNS, min_matches=2, labels=TOP_LABELS
        )
        if header_row is not None:
            found = (table, header_row)
            break
    if found is None:
        _no_table(path, tables, problems)
    assert found is not None
    table, header_row = found
    loc = CellLocator()
    loc.main_sheet = problems.sheet = table.sheet
    if table.kind == "xlsx":
        others = [t.sheet for t in tables if t is not table and t not in scale_tables]
        note = (
            messages().gettext("Read the behaviours on sheet '{sheet}'; passed over {others}.")
            if others
            else messages().gettext("Read the behaviours on sheet '{sheet}'.")
        )
        loc.notes.append(note.format(sheet=table.sheet, others=_names(others)))
    delimiter = table.delimiter if table.kind == "csv" else ""
    data: dict[str, Any] = {}
    _top_block(table, header_row, data, loc, problems)
    for scale_table in scale_tables:
        levels = read_scale_sheet(scale_table, loc, problems)
        if levels and "scale" in data:
            problems.add(
                "",
                "Scale",
                messages()
                .gettext(
                    "The scale is given twice: as Scale rows on sheet '{sheet}' and on sheet "
                    "'{scale_sheet}'"
                )
                .format(sheet=table.sheet, scale_sheet=scale_table.sheet),
                messages().gettext("Keep one of them."),
            )
        elif levels:
            data["scale"] = levels
            loc.notes.append(
                messages()
                .gettext("Read the rating scale on sheet '{sheet}'.")
                .format(sheet=scale_table.sheet)
            )
    problems.sheet = table.sheet
    header = match_header(header_row, BEHAVIOUR_COLUMNS, problems)
    # A missing column is reported once (above); the loader drops what the rows would repeat.
    loc.missing_columns = {c.name for c in BEHAVIOUR_COLUMNS if c.required} - set(header.index)
    data["sections"] = _behaviours(table, header_row, header, delimiter, loc, problems)
    problems.sheet = ""
    log.debug("read a tabular scorecard (%s)", table.describe())
    return data, loc


def _names(sheets: list[str]) -> str:
    """Sheet names quoted and listed in the interface language: 'A', 'B' and 'C'."""
    names = [quoted(s) for s in sheets]
    if len(names) <= 1:
        return "".join(names)
    return (
        messages().gettext("{names} and {last}").format(names=", ".join(names[:-1]), last=names[-1])
    )


def _no_table(path: Path, tables: list[Table], problems: ProblemList) -> None:
    """Raise: a plain "not a scorecard" for an unrelated file, else what is missing where."""
    sheets = [t.sheet for t in tables if t.kind == "xlsx"]
    attempted = any(
        any(w in normalise_header(c) for w in SCORECARD_WORDS)
        for t in tables
        for r in t.rows[:40]
        for c in r.cells
        if c.strip() and len(c) < 60
    )
    if not attempted:
        raise ScorecardFileError(path, [not_a_scorecard(path, _names(sheets), len(sheets))])
    lang = messages()
    columns = ", ".join(c.name for c in BEHAVIOUR_COLUMNS)
    message = (
        lang.ngettext(
            "No behaviour table found (looked at sheet {sheets}): no row names at least two of "
            "the columns {columns}",
            "No behaviour table found (looked at sheets {sheets}): no row names at least two of "
            "the columns {columns}",
            len(sheets),
        )
        if sheets
        else lang.gettext(
            "No behaviour table found: no row names at least two of the columns {columns}"
        )
    )
    problems.add(
        "",
        "",
        message.format(sheets=_names(sheets), columns=columns),
        lang.gettext(
            "Add a heading row with those column names above the behaviours (Help > Scorecard "
            "and roster files shows an example and saves a template to start from)."
        ),
    )
    raise ScorecardFileError(path, problems.items)


def _behaviours(
    table: Table,
    header_row: Row,
    header: HeaderMap,
    delimiter: str,
    loc: CellLocator,
    problems: ProblemList,
) -> list[dict[str, Any]]:
    sections: list[dict[str, Any]] = []
    by_title: dict[str, int] = {}
    # Without a section column every row is checked for its other cells in one section.
    current: str | None = None if header.has("section") else "-"
    for row in table.rows:
        if row.number <= header_row.number or row.is_blank():
            continue
        check_row_cells(row, header, problems, delimiter=delimiter)
        title_cell = " ".join(header.value(row, "section").split())
        if title_cell:
            current = title_cell
        elif current is None:
            problems.add(
                header.cell(row, "section"),
                header.heading("section"),
                messages().gettext("The first behaviour has no section"),
                messages().gettext(
                    "Write the section title in this cell; rows below with an empty section "
                    "cell belong to the same section."
                ),
            )
            continue
        assert current is not None
        if current not in by_title:
            by_title[current] = len(sections)
            s_path: FieldPath = ("sections", len(sections))
            heading = header.heading("section")
            loc.put(s_path, row, header.index.get("section"), heading)
            loc.put((*s_path, "title"), row, header.index.get("section"), heading)
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
            loc.put((*b_path, col.name), row, header.index[col.name], header.heading(col.name))
        behaviours.append(behaviour)
    return sections


def _top_block(
    table: Table, header_row: Row, data: dict[str, Any], loc: CellLocator, problems: ProblemList
) -> None:
    """The label rows above the behaviour table: Name, Key, Description, Scale; a row with
    one cell of text and no label is a title, passed over and named in the notes."""
    scale: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    delimiter = table.delimiter if table.kind == "csv" else ""
    for row in table.rows:
        if row.number >= header_row.number:
            break
        if row.is_blank():
            continue
        label_text = row.cell(0).strip()
        label = known_header(label_text, TOP_LABELS) if label_text else None
        filled = [c for c in row.cells if c.strip()]
        if label is None and len(filled) == 1:
            loc.notes.append(
                messages()
                .gettext("Row {row} ('{text}') was read as a title and passed over.")
                .format(row=row.number, text=shorten(filled[0]))
            )
            continue
        if label is None:
            close = suggest(label_text, list(TOP_LABEL_TEXT.values())) if label_text else None
            lang = messages()
            problems.add(
                row.at(0),
                label_text,
                lang.gettext("Unknown label '{label}' above the behaviour table").format(
                    label=label_text
                )
                if label_text
                else lang.gettext("This row above the behaviour table has no label in column A"),
                lang.gettext(
                    "Did you mean '{label}'? Rows above the table start with Name, Key, "
                    "Description or Scale."
                ).format(label=close)
                if close
                else lang.gettext(
                    "Rows above the table start with Name, Key, Description or Scale."
                ),
            )
            continue
        if label == "scale":
            check_beyond(row, 4, problems, delimiter=delimiter, what="scale")
            i = len(scale)
            scale.append({"value": row.cell(1), "label": row.cell(2), "description": row.cell(3)})
            loc.put(("scale", i), row, None, "Scale")
            for offset, sub in enumerate(("value", "label", "description"), start=1):
                loc.put(("scale", i, sub), row, offset, messages().gettext(SCALE_FIELDS[sub]))
            continue
        check_beyond(
            row, 2, problems, delimiter=delimiter, what="label", label=TOP_LABEL_TEXT[label]
        )
        if label in seen:
            problems.add(
                row.at(0),
                TOP_LABEL_TEXT[label],
                messages()
                .gettext("'{label}' is given twice (also on row {row})")
                .format(label=TOP_LABEL_TEXT[label], row=seen[label]),
                messages().gettext("Keep one of the two rows."),
            )
            continue
        seen[label] = row.number
        data[label] = row.cell(1)
        loc.put((label,), row, 1, TOP_LABEL_TEXT[label])
    if scale:
        data["scale"] = scale
    if "name" not in data:
        loc.fallback = Place(row=header_row.number, above=True)
