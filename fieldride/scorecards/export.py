"""Writing a scorecard (any stored version) to YAML, JSON and XLSX.

Contract: loading what these functions write with :func:`fieldride.scorecards.loaders.load_scorecard`
gives back the same scorecard (equal ``content_hash``), for any text the validator accepts
(tested with hypothesis). :func:`to_rows` is the tabular layout shared by XLSX (and by anyone
writing a CSV from it): label rows, a blank row, then the behaviour table, as documented in
docs/scorecards.md. Lists are written one item per line in a cell; a single item that contains
``|`` gets a line break after it so it is not split at the ``|`` when read back.
Files are written atomically (temp file + rename): a failed export leaves no half file.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

import yaml

from fieldride.i18n import messages
from fieldride.paths import new_partial_file
from fieldride.scorecards.model import Scorecard

HEADER = ("section", "key", "title", "good", "look_fors", "questions", "weight")
FORMATS = ("yaml", "json", "xlsx")


class _Dumper(yaml.SafeDumper):
    """Multi-line text as readable ``|`` blocks where YAML allows it."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def to_yaml(card: Scorecard, comment: str = "") -> str:
    """The scorecard as YAML text (``comment`` lines go on top as ``#`` comments)."""
    body = yaml.dump(
        card.to_dict(),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )
    head = "".join(f"# {line}\n" for line in comment.splitlines())
    return head + body


def to_json(card: Scorecard) -> str:
    return json.dumps(card.to_dict(), ensure_ascii=False, indent=2) + "\n"


def _cell_list(items: tuple[str, ...]) -> str:
    text = "\n".join(items)
    if len(items) == 1 and "|" in items[0]:
        text += "\n"
    return text


def to_rows(card: Scorecard, *, with_keys: bool = True) -> list[list[Any]]:
    """The tabular layout: label rows, scale rows, a blank row, the header, one row per
    behaviour (section written on every row). Numbers stay numbers. ``with_keys=False`` leaves
    every key cell empty (a template: keys are then made from the name and titles)."""
    rows: list[list[Any]] = [
        ["Name", card.name],
        ["Key", card.key if with_keys else ""],
        ["Description", card.description],
    ]
    rows += [["Scale", lv.value, lv.label, lv.description] for lv in card.scale]
    rows += [[], list(HEADER)]
    for section in card.sections:
        for b in section.behaviours:
            rows.append(
                [
                    section.title,
                    b.key if with_keys else "",
                    b.title,
                    b.good,
                    _cell_list(b.look_fors),
                    _cell_list(b.questions),
                    b.weight if b.weight is not None else "",
                ]
            )
    return rows


def help_sheet() -> tuple[str, list[str]]:
    """The help sheet of an exported scorecard workbook in the interface language: its name and
    its rows. The column and row names it explains (section, key, Name, Scale, …) stay as the
    exported sheet writes them."""
    t = messages()
    texts = [
        t.gettext("How to fill in this scorecard sheet"),
        "",
        t.gettext(
            "Rows above the table: Name (column B), Key (optional: lowercase letters, digits and -),\n"
            "Description, and one Scale row per level: value (a whole number), label, description.\n"
            "List the scale from the lowest to the highest level."
        ),
        "",
        t.gettext("The table: one row per behaviour."),
        t.gettext(
            "section: the section title. Leave it empty to continue the section of the row above."
        ),
        t.gettext(
            "key: optional. Left empty, it is made from the title. Keep keys stable between versions:\n"
            "      trends follow behaviours by key."
        ),
        t.gettext("title, good: required. good = what good looks like."),
        t.gettext("look_fors, questions: one per line in the cell (Alt+Enter), or separated by |."),
        t.gettext("weight: optional number."),
        "",
        t.gettext(
            "Import the file in FieldRide (Scorecards > Import) or check it with\n"
            "'fieldride scorecard validate FILE'. Every problem is listed with its cell."
        ),
    ]
    # A message of several lines fills several rows (a sheet cell shows one line best).
    return t.gettext("How to fill in"), [row for text in texts for row in text.split("\n")]


def to_xlsx_bytes(card: Scorecard, *, with_keys: bool = True) -> bytes:
    """The scorecard as an XLSX workbook: sheet "Scorecard" (read back on import) and a help
    sheet in the interface language (:func:`help_sheet`); ``with_keys`` as for
    :func:`to_rows`."""
    rows = to_rows(card, with_keys=with_keys)
    title, help_rows = help_sheet()
    return rows_to_xlsx_bytes(
        rows, rows.index(list(HEADER)) + 1, help_title=title, help_rows=help_rows
    )


def rows_to_xlsx_bytes(
    rows: list[list[Any]],
    header_row: int,
    *,
    sheet_title: str = "Scorecard",
    help_title: str,
    help_rows: list[str],
) -> bytes:
    """Scorecard ``rows`` (laid out as :func:`to_rows` does; ``header_row`` the 1-based row of
    the behaviour table's headings) as an XLSX workbook with a help sheet of ``help_rows``.
    The templates use it with their own language's headings and help."""
    import openpyxl  # slow import: only when exporting
    from openpyxl.styles import Alignment, Font

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = sheet_title
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values, start=1):
            if value == "":
                continue
            cell = sheet.cell(row=r, column=c, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # text starting with "=" stays text, never a formula
            cell.alignment = wrap
            if r == header_row or (r < header_row and c == 1):
                cell.font = Font(bold=True)
    widths = {"A": 24, "B": 22, "C": 30, "D": 50, "E": 45, "F": 45, "G": 9}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"A{header_row + 1}"
    helper = book.create_sheet(help_title)
    for r, line in enumerate(help_rows, start=1):
        helper.cell(row=r, column=1, value=line).data_type = "s"
    helper["A1"].font = Font(bold=True)
    helper.column_dimensions["A"].width = 100
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a partial file in the same folder and a rename (the
    partial file of a killed write is removed by the next write into that folder)."""
    path = Path(path)
    fd, tmp = new_partial_file(path.parent, path.suffix + ".part")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def export_scorecard(
    card: Scorecard, path: Path | str, fmt: str | None = None, comment: str = ""
) -> Path:
    """Write ``card`` to ``path`` as ``fmt`` (``yaml``, ``json`` or ``xlsx``; default from the
    suffix). Raises ValueError for an unknown format, OSError if the file cannot be written."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    fmt = {"yml": "yaml"}.get(fmt, fmt)
    if fmt == "yaml":
        data = to_yaml(card, comment).encode("utf-8")
    elif fmt == "json":
        data = to_json(card).encode("utf-8")
    elif fmt == "xlsx":
        data = to_xlsx_bytes(card)
    else:
        raise ValueError(
            messages()
            .gettext("Cannot export to '{fmt}': choose yaml, json or xlsx.")
            .format(fmt=fmt)
        )
    write_atomic(path, data)
    return path
