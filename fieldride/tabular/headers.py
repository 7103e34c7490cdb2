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
from dataclasses import dataclass, field

from fieldride.i18n import N_, messages
from fieldride.tabular.problems import Place, ProblemList
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
    """Where each known column sits (0-based index) in a header row; ``ignored`` the columns
    whose heading is not known (index → heading), when the caller chose to ignore them."""

    row: Row
    index: dict[str, int]
    ignored: dict[int, str] = field(default_factory=dict)

    def value(self, row: Row, name: str) -> str:
        i = self.index.get(name)
        return row.cell(i) if i is not None else ""

    def letter(self, name: str) -> str:
        i = self.index.get(name)
        return column_letter(i) if i is not None else ""

    def has(self, name: str) -> bool:
        return name in self.index

    def heading(self, name: str) -> str:
        """The heading of column ``name`` as the file writes it (else ``name``)."""
        i = self.index.get(name)
        return " ".join(self.row.cell(i).split()) if i is not None else name

    def cell(self, row: Row, name: str) -> Place:
        """``"row 7, cell C7"`` for column ``name`` of ``row`` (``"row 7"`` if it is missing)."""
        i = self.index.get(name)
        return row.at(i)

    def width(self) -> int:
        """How many columns the table has: up to the last heading."""
        return len(_trim(self.row.cells))

    def listing(self) -> str:
        """The headings with their letters, for a message: ``A 'Behaviour', B 'Good'``."""
        return describe_row(self.row)


def _trim(cells: Sequence[str]) -> Sequence[str]:
    end = len(cells)
    while end and not cells[end - 1].strip():
        end -= 1
    return cells[:end]


def quoted(text: str) -> str:
    """``text`` (a sheet name, a heading) in the interface language's quotes: 'Team' /
    „Team“ / «Team»."""
    return messages().gettext("'{text}'").format(text=text)


def lettered(letter: str, heading: str) -> str:
    """A column by its letter and heading, in the interface language: ``C 'Phone'``."""
    return messages().gettext("{letter} '{heading}'").format(letter=letter, heading=heading)


def describe_row(row: Row, limit: int = 12) -> str:
    """A row's non-empty cells with their letters: ``A 'Behaviour', B 'Good'`` (at most
    ``limit``, then "…")."""
    shown = [
        lettered(column_letter(i), shorten(" ".join(c.split()), 40))
        for i, c in enumerate(row.cells)
        if c.strip()
    ]
    listed = ", ".join(shown[:limit]) + (", …" if len(shown) > limit else "")
    return listed or messages().gettext("(empty)")


def shorten(text: str, limit: int = 60) -> str:
    """``text`` on one line, cut to ``limit`` characters with "…" (for quoting in messages)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def check_row_cells(
    row: Row,
    header: HeaderMap,
    problems: ProblemList,
    *,
    delimiter: str = "",
) -> bool:
    """Report text that the import would drop from ``row``: cells beyond the table's last
    heading (in a CSV most often a text cut in two by an unquoted ``delimiter``) and cells
    under a blank heading. Columns whose heading is unknown are the caller's business. Returns
    True when nothing would be dropped."""
    width = header.width()
    beyond = [i for i in range(width, len(row.cells)) if row.cells[i].strip()]
    ok = not check_beyond(
        row, width, problems, delimiter=delimiter, what="heading", heading_row=header.row.number
    )
    for i in range(min(width, len(row.cells))):
        if not row.cells[i].strip() or header.row.cell(i).strip() or i in beyond:
            continue
        problems.add(
            row.at(i),
            "",
            messages()
            .gettext(
                "The cell holds '{text}' but its column has no heading (row {row}, cell "
                "{cell} is empty), so the text would be lost"
            )
            .format(
                text=shorten(row.cells[i]),
                row=header.row.number,
                cell=f"{column_letter(i)}{header.row.number}",
            ),
            messages().gettext("Move the text into a column with a heading, or delete it."),
        )
        ok = False
    return ok


# Text beyond a row's columns, one whole sentence per thing that fixes the width: keys (what,
# a CSV cut by its separator). "heading": the table's heading row (row {row}); "scale": a Scale
# row (A-D); "label": a label row such as Name (A-B).
_BEYOND = {
    ("heading", True): N_(
        "The row has {cells} cells but the heading row (row {row}) has {width} columns: an "
        "unquoted '{separator}' inside a text probably cut it in two, and '{lost}' would be lost"
    ),
    ("heading", False): N_(
        "Text beyond the {width} columns the heading row (row {row}) has: '{lost}' would be lost"
    ),
    ("scale", True): N_(
        "The row has {cells} cells but a Scale row (A–D) has {width} columns: an unquoted "
        "'{separator}' inside a text probably cut it in two, and '{lost}' would be lost"
    ),
    ("scale", False): N_(
        "Text beyond the {width} columns a Scale row (A–D) has: '{lost}' would be lost"
    ),
    ("label", True): N_(
        "The row has {cells} cells but a {label} row (A–B) has {width} columns: an unquoted "
        "'{separator}' inside a text probably cut it in two, and '{lost}' would be lost"
    ),
    ("label", False): N_(
        "Text beyond the {width} columns a {label} row (A–B) has: '{lost}' would be lost"
    ),
}


def check_beyond(
    row: Row,
    width: int,
    problems: ProblemList,
    *,
    delimiter: str = "",
    what: str = "heading",
    heading_row: int = 0,
    label: str = "",
) -> bool:
    """Report the non-empty cells of ``row`` from column ``width`` on (0-based), once for the
    row; True if there were any. ``what`` names what fixes the width: "heading" (the heading
    row, number ``heading_row``), "scale" (a Scale row) or "label" (a ``label`` row such as
    Name)."""
    extra = [i for i in range(width, len(row.cells)) if row.cells[i].strip()]
    if not extra:
        return False
    # In a CSV the cut is at the first cell beyond the table, even when that one is empty.
    first = width if delimiter else extra[0]
    where = row.at(first)
    lost = " | ".join(shorten(row.cells[i], 40) for i in extra[:3])
    cells = len(_trim(row.cells))
    lang = messages()
    shown = "TAB" if delimiter == "\t" else delimiter
    message = lang.gettext(_BEYOND[(what, bool(delimiter))]).format(
        cells=cells, row=heading_row, width=width, separator=shown, lost=lost, label=label
    )
    if delimiter:
        fix = lang.gettext(
            "Put the text that contains '{separator}' in double quotes (\"…{separator}…\"), or "
            "save the sheet again from Excel, which adds the quotes."
        ).format(separator=shown)
    else:
        fix = lang.gettext("Move it into columns A–{last}, or delete it.").format(
            last=column_letter(width - 1)
        )
    problems.add(where, "", message, fix)
    return True


def known_header(text: str, columns: Iterable[Column]) -> str | None:
    """The canonical name of the column ``text`` names, or None."""
    norm = normalise_header(text)
    for col in columns:
        if norm == normalise_header(col.name) or norm in {normalise_header(a) for a in col.aliases}:
            return col.name
    return None


def suggest(text: str, choices: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The closest of ``choices`` to ``text`` (difflib ratio at least ``cutoff``), or None if
    nothing is close."""
    options = list(choices)
    by_norm = {normalise_header(c): c for c in options}
    found = difflib.get_close_matches(normalise_header(text), list(by_norm), n=1, cutoff=cutoff)
    return by_norm[found[0]] if found else None


def match_header(
    row: Row, columns: Sequence[Column], problems: ProblemList, *, ignore_unknown: bool = False
) -> HeaderMap:
    """Map ``row`` (a header row) onto ``columns``; add a problem for every duplicated or
    missing required column (once, naming the heading row's cells), and for every unknown one
    unless ``ignore_unknown``: then an unknown heading is listed in ``HeaderMap.ignored``,
    unless it is a likely misspelling (difflib ratio >= 0.7) of a column not in the row, which
    is still reported ("Teem": did you mean 'team'?), so a typo never drops a column unseen.
    Blank header cells are ignored here (:func:`check_row_cells` reports text under them)."""
    index: dict[str, int] = {}
    ignored: dict[int, str] = {}
    names = [c.name for c in columns]
    for i, text in enumerate(row.cells):
        if not text.strip():
            continue
        where = row.at(i)
        name = known_header(text, columns)
        if name is None and ignore_unknown and not _misspelt(text, row, columns):
            ignored[i] = " ".join(text.split())
            continue
        if name is None:
            aliases = {a: c.name for c in columns for a in c.aliases}
            close = suggest(text, names + list(aliases))
            close_name = aliases.get(close, close) if close else None
            lang = messages()
            fix = (
                lang.gettext("Did you mean '{name}'? Known columns: {columns}.")
                if close_name and close_name not in index
                else lang.gettext("Rename it or delete the column. Known columns: {columns}.")
            )
            problems.add(
                where,
                text.strip(),
                lang.gettext("Unknown column"),
                fix.format(name=close_name, columns=", ".join(names)),
            )
            continue
        if name in index:
            problems.add(
                where,
                text.strip(),
                messages()
                .gettext("The column '{name}' appears twice (also in column {letter})")
                .format(name=name, letter=column_letter(index[name])),
                messages().gettext("Keep one of them."),
            )
            continue
        index[name] = i
    for col in columns:
        if col.required and col.name not in index:
            lang = messages()
            fix = (
                lang.gettext(
                    "Add a column headed '{name}' (or {others}), or rename the column that "
                    "holds it."
                )
                if col.aliases
                else lang.gettext(
                    "Add a column headed '{name}', or rename the column that holds it."
                )
            )
            problems.add(
                row.at(),
                col.name,
                lang.gettext(
                    "The column '{name}' is missing; the heading row is row {row}: {cells}"
                ).format(name=col.name, row=row.number, cells=describe_row(row)),
                fix.format(name=col.name, others=", ".join(repr(a) for a in col.aliases[:3])),
            )
    return HeaderMap(row, index, ignored)


def _misspelt(text: str, row: Row, columns: Sequence[Column]) -> bool:
    """True if ``text`` looks like a typo of a column that ``row`` does not name otherwise."""
    aliases = {a: c.name for c in columns for a in c.aliases}
    close = suggest(text, [c.name for c in columns] + list(aliases), cutoff=0.7)
    if close is None:
        return False
    meant = aliases.get(close, close)
    return all(known_header(c, columns) != meant for c in row.cells if c.strip())


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
