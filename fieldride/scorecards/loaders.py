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

The tabular layout (CSV, or the sheet of an XLSX that holds the behaviour table; the scale may
sit on a sheet of its own, see :mod:`fieldride.scorecards.sheet_layout`):
label rows on top (``Name``, ``Key``, ``Description`` with the value in column B; one ``Scale``
row per level: value, label, description in columns B-D), then the behaviour table: a header row
naming the columns (section, key, title, good, look_fors, questions, weight) and one row per
behaviour. An empty section cell continues the section above it.

This module is the entry point (it picks the reader by the file's suffix). The readers live in :mod:`fieldride.scorecards.text_formats` (YAML, JSON:
:class:`LineLocator`, the alias-bomb check) and :mod:`fieldride.scorecards.sheet_layout` (CSV,
XLSX: :class:`CellLocator`, :data:`BEHAVIOUR_COLUMNS`, the label rows);
:class:`ScorecardFileError` lives in :mod:`fieldride.scorecards.file_errors`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from fieldride.i18n import messages
from fieldride.scorecards.field_checks import TEXT_SENTENCES
from fieldride.scorecards.file_errors import ScorecardFileError
from fieldride.scorecards.model import Scorecard
from fieldride.scorecards.sheet_layout import CellLocator, read_tabular
from fieldride.scorecards.text_formats import (
    read_json,
    read_yaml,
)
from fieldride.scorecards.validation import validate_definition
from fieldride.tabular import ImportFileError, Problem, ProblemList

YAML_SUFFIXES = {".yaml", ".yml"}
JSON_SUFFIXES = {".json"}
TABULAR_SUFFIXES = {".csv", ".tsv", ".txt", ".xlsx", ".xlsm"}
SUPPORTED_SUFFIXES = YAML_SUFFIXES | JSON_SUFFIXES | TABULAR_SUFFIXES
FILE_FILTER = "Scorecards (*.yaml *.yml *.json *.csv *.xlsx);;All files (*)"


class LoadedScorecard(NamedTuple):
    """A scorecard read from a file, and what the reader wants the user to know about how it
    was read (``notes``: which sheets were read and which passed over, title rows skipped)."""

    card: Scorecard
    notes: tuple[str, ...] = ()


def load_scorecard(path: Path | str) -> Scorecard:
    """Read and validate the scorecard in ``path`` (format from its suffix, else its content).

    Raises :class:`ScorecardFileError` with every problem found.
    """
    return read_scorecard_file(path).card


def read_scorecard_file(path: Path | str) -> LoadedScorecard:
    """Like :func:`load_scorecard`, with the reader's notes (see :class:`LoadedScorecard`)."""
    path = Path(path)
    problems = ProblemList(path)
    suffix = path.suffix.lower()
    notes: list[str] = []
    try:
        if suffix in YAML_SUFFIXES:
            data, locator = read_yaml(path, problems)
        elif suffix in JSON_SUFFIXES:
            data, locator = read_json(path, problems)
        elif suffix in TABULAR_SUFFIXES or _looks_like_workbook(path):
            data, cells = read_tabular(path, problems)
            locator, notes = cells, cells.notes
        else:
            t = messages()
            problems.add(
                "",
                "",
                t.gettext("FieldRide cannot read '{suffix}' files as scorecards").format(
                    suffix=suffix
                )
                if suffix
                else t.gettext("FieldRide cannot read files without an extension as scorecards"),
                t.gettext(
                    "Use a .yaml, .yml, .json, .csv or .xlsx file (an old .xls workbook: open it "
                    "in Excel and save it as an Excel Workbook, .xlsx)."
                )
                if suffix == ".xls"
                else t.gettext("Use a .yaml, .yml, .json, .csv or .xlsx file."),
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
        missing = {messages().gettext(sentences[2]) for sentences in TEXT_SENTENCES.values()}
        problems.items = [
            p
            for p in problems.items
            if not (p.field in locator.missing_columns and p.message in missing)
        ]
    if card is not None and not problems:
        return LoadedScorecard(card, tuple(notes))
    raise ScorecardFileError(path, sorted(problems.items, key=_position))


def _position(problem: Problem) -> tuple[int, int]:
    """Sort key: problems in file order (whole-file problems first, then by row or line)."""
    found = re.match(r"(?:row|line) (\d+)", problem.where)
    return (1 if problem.where else 0, int(found.group(1)) if found else 0)


def _looks_like_workbook(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError:
        return False
    return head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0"))
