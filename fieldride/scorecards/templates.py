"""Template files a manager saves from the app to start a scorecard (CSV or Excel) from.

The template is a small scorecard kept in resources/templates/scorecard-template.csv (UTF-8
with BOM, so Excel shows accents): Name and Description rows, a four-level scale, two sections
of behaviours with look-fors and questions on several lines, and no keys (a manager who keeps a
template's key would make every scorecard started from it a version of the same one). German
and Spanish copies sit in resources/templates/<code>/, with the headings in that language (the
importers know them); a language without a copy gets the English one
(:func:`fieldride.i18n.localized_resource`).

:func:`write_scorecard_template` writes it as CSV (the file as shipped) or as XLSX: the same
rows in a workbook, numbers as numbers, with a help sheet read from
``scorecard-template-help.txt`` in the same language (first line: the scorecard sheet's name,
second: the help sheet's name, then one line per row). Written atomically; raises ``OSError``
if the file cannot be written, ``ValueError`` for another format.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from fieldride.i18n import localized_resource, messages
from fieldride.scorecards.export import rows_to_xlsx_bytes, write_atomic

TEMPLATE_FORMATS = ("csv", "xlsx")
_NUMBER = re.compile(r"\d+(\.\d+)?")


def scorecard_template_path(language: str | None = None) -> Path:
    """The shipped CSV template in ``language`` (default: the interface language)."""
    return localized_resource("templates", "scorecard-template.csv", code=language)


def _cell(text: str) -> str | int | float:
    if _NUMBER.fullmatch(text):
        return float(text) if "." in text else int(text)
    return text


def template_xlsx_bytes(language: str | None = None) -> bytes:
    """The CSV template's rows as a workbook, with its help sheet, in ``language``."""
    source = scorecard_template_path(language)
    text = source.read_text(encoding="utf-8-sig")
    rows: list[list[str | int | float]] = [
        [_cell(c) for c in row] for row in csv.reader(io.StringIO(text, newline=""))
    ]
    header_row = next(i for i, row in enumerate(rows, start=1) if not any(row)) + 1
    help_lines = (
        source.with_name("scorecard-template-help.txt").read_text(encoding="utf-8").splitlines()
    )
    return rows_to_xlsx_bytes(
        rows,
        header_row,
        sheet_title=help_lines[0],
        help_title=help_lines[1],
        help_rows=help_lines[2:],
    )


def write_scorecard_template(out: Path | str, fmt: str, language: str | None = None) -> Path:
    """Write the scorecard template in ``language`` (default: the interface language) to
    ``out`` as ``fmt`` (``csv`` or ``xlsx``)."""
    out = Path(out)
    if fmt == "csv":
        write_atomic(out, scorecard_template_path(language).read_bytes())
    elif fmt == "xlsx":
        write_atomic(out, template_xlsx_bytes(language))
    else:
        raise ValueError(
            messages().gettext("No '{fmt}' template: choose csv or xlsx.").format(fmt=fmt)
        )
    return out
