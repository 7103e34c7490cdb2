"""Import problems in the manager's interface language: where a problem is (sheet, row, cell
letter, the heading as the file writes it) is one whole German or Spanish phrase, read from
real files (the broken scorecard fixture as CSV and as an Excel workbook, rosters)."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from fieldride import i18n
from fieldride.scorecards.file_errors import ScorecardFileError
from fieldride.scorecards.loaders import load_scorecard
from fieldride.store import Store
from fieldride.tabular import ImportFileError
from fieldride.team import RosterFileError, import_roster

FIXTURES = Path(__file__).parent.parent / "fixtures" / "scorecards"
ENGLISH_PLACE = re.compile(r"\b(sheet|row|rows|cell|column|line|field|above|whole file)\b")
WORDS = {
    "de": ("Tabellenblatt „{sheet}“", "Zeile {row}", "Zelle {cell}", "Spalte „{header}“"),
    "es": ("hoja «{sheet}»", "fila {row}", "celda {cell}", "columna «{header}»"),
}
NOT_IMPORTED = {"de": "wurde nicht importiert", "es": "no se ha importado"}


@pytest.fixture(params=["de", "es"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.set_interface_language(request.param)
    try:
        yield str(request.param)
    finally:
        i18n.set_interface_language("en")


def _refused(path: Path) -> ImportFileError:
    with pytest.raises(ScorecardFileError) as caught:
        load_scorecard(path)
    return caught.value


def _check_places(err: ImportFileError, code: str, sheet: str = "") -> int:
    """Every located problem's place is in ``code`` with its sheet, row, cell and heading."""
    sheet_word, row_word, cell_word, header_word = WORDS[code]
    seen = 0
    for p in err.problems:
        place = p.location()
        assert not ENGLISH_PLACE.search(place), place
        assert str(p).startswith(f"{err.path.name}, {place}: "), str(p)
        if p.place is None or not p.place.row or p.place.above:
            continue
        seen += 1
        if sheet:
            assert place.startswith(sheet_word.format(sheet=sheet) + ", "), place
        assert row_word.format(row=p.place.row) in place, place
        if p.place.cell:
            assert cell_word.format(cell=f"{p.place.cell}{p.place.row}") in place, place
        if p.field:
            assert place.endswith(header_word.format(header=p.field)), place
    assert NOT_IMPORTED[code] in str(err)
    return seen


def test_broken_scorecard_csv_places_are_in_the_interface_language(lang: str) -> None:
    err = _refused(FIXTURES / "misspelt-and-broken.csv")
    assert _check_places(err, lang) >= 4
    weight = next(p for p in err.problems if p.field == "Weight")
    expected = {
        "de": "Zeile 7, Zelle F7, Spalte „Weight“",
        "es": "fila 7, celda F7, columna «Weight»",
    }
    assert weight.location() == expected[lang]


def test_broken_scorecard_workbook_names_the_sheet_in_the_interface_language(
    lang: str, tmp_path: Path
) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Karte"
    with (FIXTURES / "misspelt-and-broken.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle):
            ws.append(row)
    f = tmp_path / "karte.xlsx"
    wb.save(f)
    err = _refused(f)
    assert _check_places(err, lang, sheet="Karte") >= 4
    weight = next(p for p in err.problems if p.field == "Weight")
    expected = {
        "de": "Tabellenblatt „Karte“, Zeile 7, Zelle F7, Spalte „Weight“",
        "es": "hoja «Karte», fila 7, celda F7, columna «Weight»",
    }
    assert weight.location() == expected[lang]


def test_a_broken_roster_is_told_wholly_in_the_interface_language(
    lang: str, store: Store, tmp_path: Path
) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Verkauf"
    ws.append(["Seller name", "E-mail"])
    ws.append(["Ana Ruiz", "not-an-email"])
    f = tmp_path / "r.xlsx"
    wb.save(f)
    with pytest.raises(RosterFileError) as caught:
        import_roster(store, f)
    [problem] = caught.value.problems
    expected = {
        "de": "r.xlsx, Tabellenblatt „Verkauf“, Zeile 2, Zelle B2, Spalte „E-mail“: "
        "„not-an-email“ ist keine E-Mail-Adresse. Schreiben Sie sie in der Form "
        "name@example.com, oder lassen Sie die Zelle leer.",
        "es": "r.xlsx, hoja «Verkauf», fila 2, celda B2, columna «E-mail»: «not-an-email» no "
        "es una dirección de correo electrónico. Escríbala con la forma name@example.com o "
        "deje la celda vacía.",
    }
    assert str(problem) == expected[lang]
    assert _check_places(caught.value, lang, sheet="Verkauf") == 1


def test_a_roster_cut_by_an_unquoted_separator_names_the_cell(
    lang: str, store: Store, tmp_path: Path
) -> None:
    f = tmp_path / "roster.csv"
    f.write_text("name;team;notes\nAna Ruiz;North;early; likes visits\n", encoding="utf-8")
    with pytest.raises(RosterFileError) as caught:
        import_roster(store, f)
    assert [p.where for p in caught.value.problems] == ["row 2, cell D2"]  # English stays
    assert [p.location() for p in caught.value.problems] == [
        {"de": "Zeile 2, Zelle D2", "es": "fila 2, celda D2"}[lang]
    ]
    _check_places(caught.value, lang)


def test_the_heading_label_and_scale_problems_are_told_in_the_interface_language(
    lang: str,
) -> None:
    """The broken scorecard's unknown and missing columns, unknown label and scale order."""
    err = _refused(FIXTURES / "misspelt-and-broken.csv")
    told = {p.field: (p.message, p.fix) for p in err.problems}
    expected = {
        "de": {
            "Titel": ("Unbekannte Spalte", "Meinten Sie „title“? Bekannte Spalten: section, "),
            "Scael": (
                "Unbekannte Bezeichnung „Scael“ über der Verhaltenstabelle",
                "Meinten Sie „Scale“? Zeilen über der Tabelle beginnen mit",
            ),
            "Skala: Wert": (
                "Die Skala ist nicht aufsteigend: 1 steht nach 2",
                "Führen Sie die Stufen von der niedrigsten zur höchsten auf",
            ),
            "title": (
                "Die Spalte „title“ fehlt; die Überschriftenzeile ist Zeile 6: A „Section“",
                "Fügen Sie eine Spalte mit der Überschrift „title“ (oder 'behaviour'",
            ),
        },
        "es": {
            "Titel": (
                "Columna desconocida",
                "¿Quería decir «title»? Columnas conocidas: section, ",
            ),
            "Scael": (
                "Etiqueta desconocida «Scael» encima de la tabla de comportamientos",
                "¿Quería decir «Scale»? Las filas encima de la tabla empiezan por",
            ),
            "escala: valor": (
                "La escala no va en orden ascendente: 1 viene después de 2",
                "Escriba los niveles del más bajo al más alto",
            ),
            "title": (
                "Falta la columna «title»; la fila de encabezados es la fila 6: A «Section»",
                "Añada una columna con el encabezado «title» (o 'behaviour'",
            ),
        },
    }[lang]
    for field, (message, fix) in expected.items():
        assert told[field][0].startswith(message), told[field]
        assert told[field][1].startswith(fix), told[field]


def test_files_that_cannot_be_read_are_told_in_the_interface_language(
    lang: str, store: Store, tmp_path: Path
) -> None:
    """An empty roster and an old .xls roster: the whole-file refusals."""
    empty = tmp_path / "team.csv"
    empty.write_bytes(b"")
    with pytest.raises(RosterFileError) as caught:
        import_roster(store, empty)
    old = tmp_path / "card.xls"
    old.write_bytes(b"not a workbook at all")
    with pytest.raises(RosterFileError) as refused:
        import_roster(store, old)
    err = refused.value
    expected = {
        "de": (
            "team.csv wurde nicht importiert: team.csv, ganze Datei: Die Datei ist leer. "
            "Speichern Sie die Tabelle erneut mit ihren Zeilen.",
            "card.xls, ganze Datei: Alte .xls-Arbeitsmappen werden nicht unterstützt. "
            "Speichern Sie sie als Excel-Arbeitsmappe (.xlsx) oder als CSV.",
        ),
        "es": (
            "team.csv no se ha importado: team.csv, todo el archivo: El archivo está vacío. "
            "Vuelva a guardar la hoja con sus filas.",
            "card.xls, todo el archivo: Los libros antiguos .xls no son compatibles. "
            "Guárdelo como Libro de Excel (.xlsx) o como CSV.",
        ),
    }[lang]
    assert str(caught.value) == expected[0]
    assert [str(p) for p in err.problems] == [expected[1]]


def test_text_under_a_blank_heading_is_told_in_the_interface_language(
    lang: str, store: Store, tmp_path: Path
) -> None:
    f = tmp_path / "team.csv"
    f.write_text("name,,team\nAna Ruiz,early riser,North\n", encoding="utf-8")
    with pytest.raises(RosterFileError) as caught:
        import_roster(store, f)
    [problem] = caught.value.problems
    expected = {
        "de": "team.csv, Zeile 2, Zelle B2: In der Zelle steht „early riser“, aber ihre Spalte "
        "hat keine Überschrift (Zeile 1, Zelle B1 ist leer), daher ginge der Text verloren. "
        "Verschieben Sie den Text in eine Spalte mit Überschrift, oder löschen Sie ihn.",
        "es": "team.csv, fila 2, celda B2: La celda contiene «early riser», pero su columna no "
        "tiene encabezado (la fila 1, celda B1, está vacía), así que el texto se perdería. "
        "Mueva el texto a una columna con encabezado o bórrelo.",
    }
    assert str(problem) == expected[lang]
