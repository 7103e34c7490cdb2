"""An .xls "workbook" that is not one (the HTML table many HR and survey tools export with an
.xls name) is refused in the manager's language, saying what to do (issue 24: the refusal
was English under German and Spanish). Real files, the real loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldride import i18n
from fieldride.scorecards.file_errors import ScorecardFileError
from fieldride.scorecards.loaders import load_scorecard

WANT = {
    "de": (
        "FieldRide kann '.xls'-Dateien nicht als Beobachtungsbogen lesen",
        "in Excel öffnen und als Excel-Arbeitsmappe, .xlsx, speichern",
    ),
    "es": (
        "FieldRide no puede leer archivos '.xls' como fichas de observación",
        "ábrelo en Excel y guárdalo como libro de Excel, .xlsx",
    ),
    "en": ("FieldRide cannot read '.xls' files as scorecards", "save it as an Excel Workbook"),
}


@pytest.mark.parametrize("language", ["de", "es", "en"])
def test_an_xls_export_is_refused_in_the_manager_language(tmp_path: Path, language: str) -> None:
    card = tmp_path / "Feldbesuch.xls"
    card.write_text(
        "<html><body><table><tr><td>section</td><td>key</td><td>title</td></tr>"
        "<tr><td>Opening</td><td>agenda</td><td>Sets an agenda</td></tr></table></body></html>",
        encoding="utf-8",
    )
    i18n.set_interface_language(language)
    try:
        with pytest.raises(ScorecardFileError) as refused:
            load_scorecard(card)
    finally:
        i18n.set_interface_language("en")
    [problem] = refused.value.problems
    text = str(problem)
    what, fix = WANT[language]
    assert what in text and fix in text, text
