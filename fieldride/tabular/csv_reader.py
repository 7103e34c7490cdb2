"""Reading CSV text: the encoding (:func:`decode_text`), the delimiter (:func:`sniff_delimiter`)
and the rows (:func:`read_csv`).

Part of :mod:`fieldride.tabular` (:func:`~fieldride.tabular.read_table` decides, from the
file's content, whether :func:`read_csv` is the reader to use). :func:`read_csv` raises
:class:`~fieldride.tabular.problems.ImportFileError` for binary data, a broken quote, too many
rows or an oversized row/cell; never another exception for bad content.
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from fieldride.i18n import messages
from fieldride.tabular.problems import Place, ProblemList
from fieldride.tabular.rows import Limits, Row, Table, check_shape, clean_cell

DELIMITERS = (",", ";", "\t", "|")


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode file bytes as Excel and text editors write them; return (text, encoding name).

    Order: a BOM decides (UTF-8, UTF-16 LE/BE); NUL bytes in every other position mean UTF-16
    without BOM; then strict UTF-8; then Windows-1252 (Latin-1 for its 5 undefined bytes).
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    sample = data[:4000]
    if len(sample) >= 4 and sample.count(0) >= len(sample) // 4:
        odd_nuls = sample[1::2].count(0)
        even_nuls = sample[0::2].count(0)
        encoding = "utf-16-le" if odd_nuls > even_nuls else "utf-16-be"
        return data.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def sniff_delimiter(text: str) -> str:
    """The delimiter among ``, ; TAB |`` that splits the first 30 records most consistently
    (most records sharing one field count of 2 or more; ties: more records split, then more
    fields, then that order).
    A ``sep=X`` first line (Excel's hint) wins outright. Title rows above a header do not
    mislead it, nor a ``;`` inside a quoted comma-separated cell."""
    first = text.split("\n", 1)[0].rstrip("\r")
    if first.lower().startswith("sep=") and len(first) == 5:
        return first[4]
    sample = text[:50_000]
    best, best_score = ",", (0, 0, 0)
    for delim in DELIMITERS:
        counts: dict[int, int] = {}
        try:
            reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delim)
            for n, row in enumerate(reader):
                if n >= 30:
                    break
                width = len(row)
                if width >= 2 and any(c.strip() for c in row):
                    counts[width] = counts.get(width, 0) + 1
        except csv.Error:
            pass
        if not counts:
            continue
        width, agreeing = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        # Ties: the delimiter that splits more records (a ';' file whose one data row holds
        # more commas than semicolons must not be read as comma-separated), then more fields.
        score = (agreeing, sum(counts.values()), width)
        if score > best_score:
            best, best_score = delim, score
    return best


def read_csv(path: Path, limits: Limits, problems: ProblemList) -> Table:
    """Read ``path`` as CSV into a :class:`Table`; every problem goes to ``problems``, which is
    raised (:class:`~fieldride.tabular.problems.ImportFileError`) if any was found."""
    data = path.read_bytes()
    text, encoding = decode_text(data)
    if "\x00" in text:
        problems.add(
            "",
            "",
            messages().gettext("The file is not a text (CSV) file: it contains binary data"),
            messages().gettext(
                "Save the sheet as 'CSV UTF-8 (Comma delimited)' or as an Excel Workbook (.xlsx)."
            ),
        )
        problems.raise_if_any()
    delimiter = sniff_delimiter(text)
    rows: list[Row] = []
    lines_before = 0
    body = text
    first_line = text.split("\n", 1)[0].rstrip("\r")
    if first_line.lower().startswith("sep=") and len(first_line) == 5:
        body = text.split("\n", 1)[1] if "\n" in text else ""
        lines_before = 1
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=delimiter)
    number = lines_before
    last_line = 0
    try:
        for cells in reader:
            number += 1
            start_line = lines_before + last_line + 1
            last_line = reader.line_num
            if number > limits.max_rows + lines_before:
                problems.add(
                    "",
                    "",
                    messages()
                    .gettext("The file has more than {limit} rows")
                    .format(limit=limits.max_rows),
                    messages().gettext(
                        "Split it into smaller files or check that this is the right file."
                    ),
                )
                break
            rows.append(Row(number, tuple(clean_cell(c) for c in cells), start_line))
    except csv.Error as err:
        problems.add(
            Place(row=number),
            "",
            f"The CSV cannot be read here ({err})",
            'Check the quotes: a cell that contains quotes must be wrapped in "..." with each '
            'inner quote doubled ("").',
        )
    check_shape(rows, limits, problems)
    problems.raise_if_any()
    return Table(path, "csv", tuple(rows), encoding=encoding, delimiter=delimiter)
