"""Reading spreadsheet-like files (CSV and XLSX) into plain rows, and the problem list every
import reports; shared by the scorecard loaders and the roster import.

:func:`read_table` (``reader``) decides the format from the content and hands over to
``csv_reader`` or ``xlsx_reader``; ``rows`` holds the table types and limits, ``headers`` the
header matching, ``problems`` :class:`ProblemList` and :class:`ImportFileError`.
"""

from __future__ import annotations

from fieldride.tabular.csv_reader import (
    DELIMITERS,
    decode_text,
    sniff_delimiter,
)
from fieldride.tabular.headers import (
    Column,
    HeaderMap,
    check_beyond,
    check_row_cells,
    describe_row,
    find_header_row,
    known_header,
    lettered,
    match_header,
    normalise_header,
    quoted,
    shorten,
    suggest,
)
from fieldride.tabular.people import (
    clean_name,
    person_key,
)
from fieldride.tabular.problems import (
    ImportFileError,
    Place,
    Problem,
    ProblemList,
)
from fieldride.tabular.reader import (
    read_table,
    read_tables,
)
from fieldride.tabular.rows import (
    DELIMITER_NAMES,
    ENCODING_NAMES,
    Limits,
    Row,
    Table,
    column_letter,
)
from fieldride.tabular.xlsx_reader import (
    cell_text,
    check_zip,
)

__all__ = [
    "DELIMITERS",
    "DELIMITER_NAMES",
    "ENCODING_NAMES",
    "Column",
    "HeaderMap",
    "ImportFileError",
    "Limits",
    "Place",
    "Problem",
    "ProblemList",
    "Row",
    "Table",
    "cell_text",
    "check_beyond",
    "check_row_cells",
    "check_zip",
    "clean_name",
    "column_letter",
    "decode_text",
    "describe_row",
    "find_header_row",
    "known_header",
    "lettered",
    "match_header",
    "normalise_header",
    "person_key",
    "quoted",
    "read_table",
    "read_tables",
    "shorten",
    "sniff_delimiter",
    "suggest",
]
