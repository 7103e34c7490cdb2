"""Header matching: the columns a caller knows (:class:`Column`), finding the header row under
any title rows (:func:`find_header_row`) and mapping it onto those columns (:func:`match_header`,
:class:`HeaderMap`), with difflib suggestions for unknown names (:func:`suggest`).

Part of :mod:`fieldride.tabular`. :func:`match_header`
reports unknown, duplicated and missing required columns into a
:class:`~fieldride.tabular.problems.ProblemList`; nothing here raises for bad content.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from fieldride.tabular.problems import ProblemList
from fieldride.tabular.rows import Row, column_letter


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
    rows: Sequence[Row],
    columns: Sequence[Column],
    *,
    min_matches: int = 2,
    scan: int = 15,
    labels: Sequence[Column] = (),
) -> Row | None:
    """The first of the first ``scan`` non-blank rows in which cells name at least
    ``min_matches`` different known columns (title rows above the header are allowed); None if
    there is none.

    ``labels`` are the labels of "label | value" rows that may sit above the header (a
    scorecard's ``Key | id``): a row starting with one of them is a header only if it names one
    column more than ``min_matches``, so a value that happens to be a column name (the key
    ``id``, an alias of the key column) does not make it one.
    """
    seen = 0
    for row in rows:
        if row.is_blank():
            continue
        seen += 1
        named = {known_header(c, columns) for c in row.cells if c.strip()} - {None}
        first = next((c for c in row.cells if c.strip()), "")
        needed = min_matches + 1 if labels and known_header(first, labels) else min_matches
        if len(named) >= needed:
            return row
        if seen >= scan:
            break
    return None
