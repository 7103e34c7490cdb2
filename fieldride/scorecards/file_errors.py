"""The error every scorecard loader raises: :class:`ScorecardFileError`.

Used by :mod:`fieldride.scorecards.loaders` and kept apart so that the format
readers (:mod:`~fieldride.scorecards.text_formats`, :mod:`~fieldride.scorecards.sheet_layout`)
can raise it without importing the loader entry point.
"""

from __future__ import annotations

from fieldride.tabular import ImportFileError


class ScorecardFileError(ImportFileError):
    """A scorecard file was refused; ``problems`` lists every problem. Nothing was stored."""
