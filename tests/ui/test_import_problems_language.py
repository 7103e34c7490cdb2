"""The Scorecards screen's import problems, in the manager's language: a German team's
Windows-1252 ";" CSV with mistakes, imported through the Import button under German and
Spanish; every row of the problems table (where, what is wrong, what to do) is in that
language (issue 24)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fieldride.store import Store
from tests.core.test_import_sentences_language import english_left
from tests.ui.conftest import install_test_english
from tests.ui.test_scorecards_screen import import_via_button, make_screen
from ui import translation


@pytest.fixture(params=["de", "es"])
def lang(qapp: Any, request: pytest.FixtureRequest) -> Iterator[str]:
    translation.install(qapp, request.param)
    yield str(request.param)
    install_test_english(qapp)  # as tests/ui/conftest.py


def test_import_problems_arrive_in_the_interface_language(
    lang: str, qtbot: Any, store: Store, prompts: Any, tmp_path: Path
) -> None:
    f = tmp_path / "bogen.csv"
    f.write_bytes(
        "Name;Besuchsbogen\nSkala;1;Noch nicht;\nSkala;2;Noch nicht;\n\n"
        "Abschnitt;Verhalten;Gute Praxis;Gewichtung\n"
        "Eröffnung;Setzt ein Ziel;Nennt das Ziel;zwei\n;Hört zu;;\n".encode("cp1252")
    )
    screen = make_screen(qtbot, store, prompts)
    assert not import_via_button(qtbot, screen, prompts, f)
    rows = screen.errors.rows()
    assert len(rows) == 3, rows
    expected = {
        "de": "Die Gewichtung muss eine Zahl sein, hier steht aber „zwei“",
        "es": "El peso tiene que ser un número, pero es «zwei»",
    }[lang]
    assert any(expected in row for row in rows), rows
    for row in rows:
        for text in row:
            assert not english_left(text), (text, rows)
