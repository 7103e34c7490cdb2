"""The error every scorecard loader raises: :class:`ScorecardFileError`, and the plain problem
for a file that is not a scorecard at all (:func:`not_a_scorecard`).

Used by :mod:`fieldride.scorecards.loaders` and kept apart so that the format
readers (:mod:`~fieldride.scorecards.text_formats`, :mod:`~fieldride.scorecards.sheet_layout`)
can raise it without importing the loader entry point.
"""

from __future__ import annotations

from pathlib import Path

from fieldride.i18n import messages
from fieldride.tabular import ImportFileError, Problem


class ScorecardFileError(ImportFileError):
    """A scorecard file was refused; ``problems`` lists every problem. Nothing was stored."""


def not_a_scorecard(path: Path, sheets: str = "", count: int = 0) -> Problem:
    """The one problem for a file with nothing of a scorecard in it, in the manager's words: no
    column or field names, no pointer to documents the manager does not have. ``sheets``: the
    workbook's ``count`` sheets looked at, already listed ("'A' and 'B'")."""
    lang = messages()
    if count:
        message = lang.ngettext(
            "This file isn't a scorecard: FieldRide found nothing in it that describes "
            "behaviours to coach (looked at sheet {sheets})",
            "This file isn't a scorecard: FieldRide found nothing in it that describes "
            "behaviours to coach (looked at sheets {sheets})",
            count,
        ).format(sheets=sheets)
    else:
        message = lang.gettext(
            "This file isn't a scorecard: FieldRide found nothing in it that describes "
            "behaviours to coach"
        )
    return Problem(
        Path(path).name,
        "",
        "",
        message,
        lang.gettext(
            "Check that you picked the right file. To see what a scorecard file looks like, "
            "open Help > Scorecard and roster files in FieldRide; it also saves a template to "
            "start from."
        ),
    )
