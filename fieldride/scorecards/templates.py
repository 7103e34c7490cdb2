"""Template files a manager saves from the app to start a scorecard (CSV or Excel) from.

The template is a small scorecard kept in resources/templates/scorecard-template.csv (UTF-8
with BOM, so Excel shows accents): Name and Description rows, a four-level scale, two sections
of behaviours with look-fors and questions on several lines, and no keys (a manager who keeps a
template's key would make every scorecard started from it a version of the same one).
:func:`write_scorecard_template` writes it as CSV (the file as shipped) or as XLSX (read and
written by the exporter, keys left empty). Written atomically; raises ``OSError`` if the file
cannot be written, ``ValueError`` for another format.
"""

from __future__ import annotations

from pathlib import Path

from fieldride.i18n import messages
from fieldride.resources import resource_path
from fieldride.scorecards.export import to_xlsx_bytes, write_atomic
from fieldride.scorecards.loaders import load_scorecard

TEMPLATE_FORMATS = ("csv", "xlsx")


def scorecard_template_path() -> Path:
    """The shipped CSV template."""
    return resource_path("templates", "scorecard-template.csv")


def write_scorecard_template(out: Path | str, fmt: str) -> Path:
    """Write the scorecard template to ``out`` as ``fmt`` (``csv`` or ``xlsx``)."""
    out = Path(out)
    source = scorecard_template_path()
    if fmt == "csv":
        write_atomic(out, source.read_bytes())
    elif fmt == "xlsx":
        write_atomic(out, to_xlsx_bytes(load_scorecard(source), with_keys=False))
    else:
        raise ValueError(
            messages().gettext("No '{fmt}' template: choose csv or xlsx.").format(fmt=fmt)
        )
    return out
