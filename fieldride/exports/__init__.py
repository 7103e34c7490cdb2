"""Exports of rides, observations and commitments to CSV or XLSX (:func:`export`), streamed
from the database to the file (module ``data_export``).

Its own package, beside ``insights``, because it needs only the store and the rides' and
debriefs' labels: ``fieldride export`` does not import the insights, team and scorecard
modules it never uses.
"""

from __future__ import annotations

from fieldride.exports.data_export import (
    COLUMNS,
    FORMATS,
    TABLES,
    Selection,
    export,
    export_readonly,
    neutralise,
    rows,
    select,
)

__all__ = [
    "COLUMNS",
    "FORMATS",
    "TABLES",
    "Selection",
    "export",
    "export_readonly",
    "neutralise",
    "rows",
    "select",
]
