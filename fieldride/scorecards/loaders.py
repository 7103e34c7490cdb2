"""Loading scorecards from the files people write: YAML, JSON, CSV and XLSX.

Entry point: :func:`load_scorecard` (path → validated :class:`Scorecard`). It either returns a
complete scorecard or raises :class:`ScorecardFileError` carrying *every* problem in the file
(file, line or row and cell, field or column, what is wrong, what would be right). It never
touches the store and never raises anything else for bad content, so a refused import changes
nothing. The formats are documented in docs/scorecards.md (schema: docs/scorecard.schema.json).

Safety: files are size-capped before parsing; YAML is loaded with a safe loader in which only
``true``/``false`` are booleans (``No``/``on`` stay text) and dates stay text, and a file whose
aliases would expand beyond :data:`MAX_YAML_NODES` nodes (an alias bomb) is refused from the
composed node graph, before any object is built; workbooks go through
:func:`fieldride.tabular.read_table` (zip-bomb and encryption checks before openpyxl).

The tabular layout (CSV and the first sheet, or a sheet named "Scorecard", of an XLSX):
label rows on top (``Name``, ``Key``, ``Description`` with the value in column B; one ``Scale``
row per level: value, label, description in columns B-D), then the behaviour table: a header row
naming the columns (section, key, title, good, look_fors, questions, weight) and one row per
behaviour. An empty section cell continues the section above it.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path
from typing import Any

import yaml

from fieldride.scorecards.model import Scorecard
from fieldride.scorecards.validation import FieldPath, Locator, validate_definition
from fieldride.tabular import (
    Column,
    ImportFileError,
    Limits,
    Problem,
    ProblemList,
    Row,
    Table,
    column_letter,
    decode_text,
    find_header_row,
    known_header,
    match_header,
    read_table,
    suggest,
)

log = logging.getLogger(__name__)

MAX_TEXT_BYTES = 2_000_000
MAX_YAML_NODES = 100_000
MAX_YAML_DEPTH = 40
SCORECARD_LIMITS = Limits(max_bytes=10_000_000, max_rows=2_000)
YAML_SUFFIXES = {".yaml", ".yml"}
JSON_SUFFIXES = {".json"}
TABULAR_SUFFIXES = {".csv", ".tsv", ".txt", ".xlsx", ".xlsm"}
SUPPORTED_SUFFIXES = YAML_SUFFIXES | JSON_SUFFIXES | TABULAR_SUFFIXES
FILE_FILTER = "Scorecards (*.yaml *.yml *.json *.csv *.xlsx);;All files (*)"

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


class ScorecardFileError(ImportFileError):
    """A scorecard file was refused; ``problems`` lists every problem. Nothing was stored."""


def load_scorecard(path: Path | str) -> Scorecard:
    """Read and validate the scorecard in ``path`` (format from its suffix, else its content).

    Raises :class:`ScorecardFileError` with every problem found.
    """
    path = Path(path)
    problems = ProblemList(path)
    suffix = path.suffix.lower()
    try:
        if suffix in YAML_SUFFIXES:
            data, locator = _read_yaml(path, problems)
        elif suffix in JSON_SUFFIXES:
            data, locator = _read_json(path, problems)
        elif suffix in TABULAR_SUFFIXES or _looks_like_workbook(path):
            data, locator = _read_tabular(path, problems)
        else:
            problems.add(
                "",
                "",
                f"FieldRide cannot read '{suffix or 'no extension'}' files as scorecards",
                "Use a .yaml, .yml, .json, .csv or .xlsx file.",
            )
            raise ScorecardFileError(path, problems.items)
    except ImportFileError as err:
        if isinstance(err, ScorecardFileError):
            raise
        raise ScorecardFileError(path, err.problems) from None
    # Validate even when the file already has problems: every problem is reported at once.
    card = validate_definition(data, problems, locator)
    if isinstance(locator, CellLocator) and locator.missing_columns:
        # A missing required column is reported once, not again on every row.
        problems.items = [
            p
            for p in problems.items
            if not (p.field in locator.missing_columns and p.message.endswith("is missing"))
        ]
    if card is not None and not problems:
        return card
    raise ScorecardFileError(path, sorted(problems.items, key=_position))


def _position(problem: Problem) -> int:
    """Sort key: problems in file order (whole-file problems first)."""
    found = re.match(r"(?:row|line) (\d+)", problem.where)
    return int(found.group(1)) if found else 0


def _looks_like_workbook(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError:
        return False
    return head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0"))


def _read_text(path: Path, problems: ProblemList) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            problems.add(
                "",
                "",
                f"The file is {size / 1_000_000:.1f} MB; a scorecard file may be at most "
                f"{MAX_TEXT_BYTES / 1_000_000:.0f} MB",
                "Check that this is the right file; scorecards are normally a few KB.",
            )
            raise ScorecardFileError(path, problems.items)
        data = path.read_bytes()
    except FileNotFoundError:
        problems.add("", "", "The file does not exist", "Check the file name and folder.")
        raise ScorecardFileError(path, problems.items) from None
    except OSError as err:
        problems.add("", "", f"The file cannot be read ({err.strerror})", "Check its permissions.")
        raise ScorecardFileError(path, problems.items) from None
    text, _encoding = decode_text(data)
    if not text.strip():
        problems.add("", "", "The file is empty", "Write the scorecard into it.")
        raise ScorecardFileError(path, problems.items)
    return text


# --- YAML and JSON ------------------------------------------------------------------------------
class _Loader(yaml.SafeLoader):
    """SafeLoader in which only true/false are booleans and dates stay text (a scale label
    ``No`` or a title ``2024-01-01`` must not change type)."""


_Loader.yaml_implicit_resolvers = {
    first: [
        (tag, rx)
        for tag, rx in resolvers
        if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)


class LineLocator(Locator):
    """Places in a text file: ``line N`` of the nearest field the path leads to, plus which
    section/behaviour it is in."""

    def __init__(self, lines: dict[FieldPath, int]) -> None:
        self.lines = lines

    def where(self, path: FieldPath, context: str) -> str:
        for end in range(len(path), -1, -1):
            line = self.lines.get(path[:end])
            if line is not None:
                return f"line {line}" + (f" ({context})" if context else "")
        return context


def _expanded_size(node: yaml.Node, memo: dict[int, int], depth: int = 0) -> int:
    """Number of nodes ``node`` becomes once aliases are expanded, computed on the graph
    (shared nodes counted once per use, never expanded)."""
    if id(node) in memo:
        return memo[id(node)]
    if depth > MAX_YAML_DEPTH:
        return MAX_YAML_NODES + 1
    size = 1
    if isinstance(node, yaml.SequenceNode):
        for child in node.value:
            size += _expanded_size(child, memo, depth + 1)
            if size > MAX_YAML_NODES:
                break
    elif isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            size += _expanded_size(k, memo, depth + 1) + _expanded_size(v, memo, depth + 1)
            if size > MAX_YAML_NODES:
                break
    memo[id(node)] = size
    return size


def _walk_lines(
    node: yaml.Node,
    path: FieldPath,
    lines: dict[FieldPath, int],
    problems: ProblemList | None,
    seen: set[int],
) -> None:
    """Record the line of every field and list item; report duplicated mapping keys."""
    if id(node) in seen or len(path) > MAX_YAML_DEPTH:
        return
    seen.add(id(node))
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.SequenceNode):
        for i, child in enumerate(node.value):
            _walk_lines(child, (*path, i), lines, problems, seen)
    elif isinstance(node, yaml.MappingNode):
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                continue
            key = str(key_node.value)
            line = key_node.start_mark.line + 1
            if key in first_line and problems is not None:
                problems.add(
                    f"line {line}",
                    key,
                    f"The field '{key}' appears twice in the same block (first on line "
                    f"{first_line[key]}); only one can count",
                    "Delete or rename one of them.",
                )
            first_line.setdefault(key, line)
            lines.setdefault((*path, key), line)
            _walk_lines(value_node, (*path, key), lines, problems, seen)


def _compose(text: str) -> tuple[yaml.Node | None, _Loader]:
    loader = _Loader(text)
    return loader.get_single_node(), loader


def _read_yaml(path: Path, problems: ProblemList) -> tuple[Any, Locator]:
    text = _read_text(path, problems)
    lines: dict[FieldPath, int] = {}
    try:
        node, loader = _compose(text)
        try:
            if node is None:
                problems.add("", "", "The file holds no scorecard", "Write the scorecard into it.")
                raise ScorecardFileError(path, problems.items)
            if _expanded_size(node, {}) > MAX_YAML_NODES:
                problems.add(
                    "",
                    "",
                    "The file's aliases (*name references) expand to more than "
                    f"{MAX_YAML_NODES:,} values: it looks like an alias bomb and was not loaded",
                    "Write the values out instead of referencing them with '*'.",
                )
                raise ScorecardFileError(path, problems.items)
            _walk_lines(node, (), lines, problems, set())
            data = loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        what = " ".join(str(x) for x in (err.context, err.problem) if x)
        problems.add(
            where,
            "",
            f"This is not valid YAML here ({what})",
            "Check the indentation (spaces, not tabs) and that a ':' inside a text is quoted.",
        )
        raise ScorecardFileError(path, problems.items) from None
    except (yaml.YAMLError, RecursionError):
        problems.add("", "", "The file cannot be read as YAML", "Check that it is a YAML file.")
        raise ScorecardFileError(path, problems.items) from None
    return data, LineLocator(lines)


def _read_json(path: Path, problems: ProblemList) -> tuple[Any, Locator]:
    text = _read_text(path, problems)
    duplicates: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in items:
            if k in out:
                duplicates.append(k)
            out[k] = v
        return out

    try:
        data = json.loads(text, object_pairs_hook=pairs)
    except json.JSONDecodeError as err:
        problems.add(
            f"line {err.lineno}, column {err.colno}",
            "",
            f"This is not valid JSON here ({err.msg})",
            "Check for a missing comma, quote or bracket just before this place.",
        )
        raise ScorecardFileError(path, problems.items) from None
    except RecursionError:
        problems.add("", "", "The JSON is nested too deeply", "This is not a scorecard file.")
        raise ScorecardFileError(path, problems.items) from None
    # Line numbers: JSON as written by editors is also YAML; when it parses, use its lines.
    lines: dict[FieldPath, int] = {}
    located = ProblemList(path)
    try:
        node, loader = _compose(text)
        try:
            if node is not None and _expanded_size(node, {}) <= MAX_YAML_NODES:
                _walk_lines(node, (), lines, located, set())
        finally:
            loader.dispose()
    except (yaml.YAMLError, RecursionError):
        lines = {}
    if located:
        problems.items.extend(located.items)
    else:
        for key in duplicates:
            problems.add(
                "", key, f"The field '{key}' appears twice in the same object", "Keep one of them."
            )
    return data, LineLocator(lines)


# --- CSV and XLSX -------------------------------------------------------------------------------
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


def _read_tabular(path: Path, problems: ProblemList) -> tuple[Any, Locator]:
    table = read_table(path, limits=SCORECARD_LIMITS, sheet_names=("Scorecard", "Behaviours"))
    header_row = find_header_row(table.rows, BEHAVIOUR_COLUMNS, min_matches=2)
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
