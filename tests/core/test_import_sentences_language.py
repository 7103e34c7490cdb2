"""The importers' own sentences in the manager's interface language (German, Spanish): what is
wrong and what to do, not only where (tests/core/test_import_messages_language.py has the
places). Read from real files an enablement or HR team sends: a Windows-1252 CSV with ";", a
YAML file, a workbook with a "Read me" tab; every problem is checked whole, and no English
sentence may remain outside the quoted file content."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from fieldride import i18n
from fieldride.demo import build_demo
from fieldride.scorecards.export import to_rows
from fieldride.scorecards.file_errors import ScorecardFileError
from fieldride.scorecards.import_plan import plan_scorecard_import
from fieldride.scorecards.loaders import load_scorecard, read_scorecard_file
from fieldride.scorecards.store import latest_version
from fieldride.store import Store
from fieldride.tabular import ImportFileError
from fieldride.team import (
    RosterFileError,
    add_seller,
    apply_roster_plan,
    import_roster,
    plan_roster,
)

# Words of an English sentence that are no German or Spanish word.
ENGLISH = re.compile(
    r"\b(the|is|must|are|not|with|has|have|this|would|should|it|its|be|of|to|and|or|"
    r"from|each|one|row|cell|column|sheet|line|field|there|also|used|missing|write|"
    r"give|add|keep|shorten|names|read|passed|over|ignored|joined|new|updated|"
    r"unchanged|seller|sellers|behaviour|section|level|label|weight)\b",
    re.IGNORECASE,
)
# Quoted file content (a title, a heading, a value, a field name) is the file's, not ours.
QUOTED = re.compile(r"„[^“]*“|«[^»]*»|'[^']*'|\"[^\"]*\"")


def english_left(text: str) -> list[str]:
    """The English words in ``text`` outside quoted file content."""
    return ENGLISH.findall(QUOTED.sub("", text))


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


def _told(err: ImportFileError) -> dict[str, str]:
    """Each problem's sentence and fix (what it says, without the file and place)."""
    told = {}
    for p in err.problems:
        whole = str(p)
        assert not english_left(whole), (whole, english_left(whole))
        told[p.location()] = f"{p.message}. {p.fix}".strip()
    return told


def test_a_semicolon_csv_scorecard_is_told_in_the_interface_language(
    lang: str, tmp_path: Path
) -> None:
    """A German team's sheet saved by Excel as CSV (Windows-1252, ";"): a label used twice,
    a weight written as a word and one too large, a behaviour without its description and a
    title given twice."""
    f = tmp_path / "bogen.csv"
    f.write_bytes(
        "Name;Besuchsbogen\n"
        "Skala;1;Noch nicht;\nSkala;2;Noch nicht;\nSkala;3;Sicher;\n\n"
        "Abschnitt;Verhalten;Gute Praxis;Woran erkennbar;Gewichtung\n"
        "Eröffnung;Setzt ein Ziel;Nennt das Ziel zu Beginn;Fragt nach;zwei\n"
        ";Hört zu;;;\n"
        ";Setzt ein Ziel;Zweimal;;5000\n".encode("cp1252")
    )
    told = _told(_refused(f))
    expected = {
        "de": {
            "Zeile 3, Zelle C3, Spalte „Skala: Bezeichnung“": "Die Bezeichnung „Noch nicht“ hat auch Stufe 1. Geben Sie "
            "jeder Stufe eine eigene Bezeichnung.",
            "Zeile 7, Zelle E7, Spalte „Gewichtung“": "Die Gewichtung muss eine Zahl sein, hier "
            "steht aber „zwei“. Schreiben Sie eine Zahl wie 1 oder 1,5, oder lassen Sie das Feld "
            "leer.",
            "Zeile 8, Zelle C8, Spalte „Gute Praxis“": "Die Beschreibung der guten Praxis fehlt. "
            "Beschreiben Sie in ein, zwei Sätzen, wie gute Praxis bei diesem Verhalten aussieht.",
            "Zeile 9, Zelle E9, Spalte „Gewichtung“": "Die Gewichtung muss zwischen 0 und 1000 "
            "liegen; hier steht 5000. Verwenden Sie eine positive Zahl wie 1 oder 2.",
            "Zeile 9, Zelle B9, Spalte „Verhalten“": "Der Verhaltensschlüssel „setzt-ein-ziel“ "
            "(aus dem Titel gebildet) wird auch verwendet: Zeile 7, Zelle B7. Geben Sie jedem "
            "Verhalten einen eigenen Schlüssel (einen Wert für „key“ oder einen anderen Titel).",
        },
        "es": {
            "fila 3, celda C3, columna «escala: etiqueta»": "El nivel 1 ya usa la etiqueta «Noch nicht». Dé a cada nivel su "
            "propia etiqueta.",
            "fila 7, celda E7, columna «Gewichtung»": "El peso tiene que ser un número, pero es "
            "«zwei». Escriba un número como 1 o 1,5, o deje el campo vacío.",
            "fila 8, celda C8, columna «Gute Praxis»": "Falta la descripción de la buena "
            "práctica. Describa en una o dos frases cómo es la buena práctica en este "
            "comportamiento.",
            "fila 9, celda E9, columna «Gewichtung»": "El peso tiene que estar entre 0 y 1000; "
            "aquí pone 5000. Use un número positivo, como 1 o 2.",
            "fila 9, celda B9, columna «Verhalten»": "La clave de comportamiento «setzt-ein-ziel» "
            "(creada a partir del título) también se usa en: fila 7, celda B7. Dé a cada "
            "comportamiento su propia clave (un valor «key» o un título distinto).",
        },
    }[lang]
    for place, sentence in expected.items():
        found = [said for where, said in told.items() if where.startswith(place)]
        assert found == [sentence], (place, told)


def test_a_yaml_scorecard_is_told_in_the_interface_language(lang: str, tmp_path: Path) -> None:
    """A key with a space, a misspelt field, a list item that YAML read as a field, a weight
    written as a list, a section without behaviours: the places name the section and the
    behaviour in the interface language too."""
    f = tmp_path / "card.yaml"
    f.write_text(
        "name: Besuchsbogen\nkey: Besuch Bogen\nversoin: 2\nscale:\n"
        "  - {value: 1, label: Noch nicht}\n  - {value: 2, label: Sicher}\n"
        "sections:\n  - title: Eröffnung\n    behaviours:\n      - title: Setzt ein Ziel\n"
        "        good: Nennt das Ziel\n        look_fors:\n          - Frage: offen\n"
        "        weight: [1]\n  - title: Abschluss\n    behaviours: []\n",
        encoding="utf-8",
    )
    told = _told(_refused(f))
    expected = {
        "de": {
            "Zeile 2, Feld „key“": "„Besuch Bogen“ ist kein gültiger Schlüssel. Verwenden Sie "
            "nur Kleinbuchstaben, Ziffern und „-“, z. B. „besuch-bogen“; oder lassen Sie das Feld "
            "leer, dann wird der Schlüssel aus dem Titel gebildet.",
            "Zeile 3, Feld „versoin“": "Unbekanntes Feld „versoin“. Hier bekannte Felder: key, "
            "name, description, scale, sections.",
            "Zeile 13 (Abschnitt 1 „Eröffnung“, Verhalten 1 „Setzt ein Ziel“), Feld „look_fors“": (
                "Eintrag 1 von „look_fors“ ist kein Text: In YAML beginnt ein „: “ darin ein "
                'neues Feld. Setzen Sie den Eintrag in Anführungszeichen: - "Was blieb offen: was '
                'oder wann?"'
            ),
            "Zeile 14 (Abschnitt 1 „Eröffnung“, Verhalten 1 „Setzt ein Ziel“), Feld „weight“": (
                "Die Gewichtung muss eine Zahl sein, keine Liste und kein Block. Schreiben Sie "
                "eine Zahl wie 1 oder 1,5, oder lassen Sie das Feld leer."
            ),
            "Zeile 16 (Abschnitt 2 „Abschluss“), Feld „behaviours“": "Der Abschnitt enthält kein "
            "Verhalten. Ergänzen Sie mindestens ein Verhalten, oder entfernen Sie den Abschnitt.",
        },
        "es": {
            "línea 2, campo «key»": "«Besuch Bogen» no es una clave válida. Use solo minúsculas, "
            "cifras y «-», p. ej. «besuch-bogen», o deje el campo vacío para que la clave se cree "
            "a partir del título.",
            "línea 3, campo «versoin»": "Campo desconocido «versoin». Campos conocidos aquí: key, "
            "name, description, scale, sections.",
            "línea 13 (sección 1 «Eröffnung», comportamiento 1 «Setzt ein Ziel»), campo "
            "«look_fors»": "El elemento 1 de «look_fors» no es texto: en YAML, un «: » dentro de "
            'él abre un campo nuevo. Ponga el elemento entre comillas: - "¿Qué quedó abierto: qué '
            'o cuándo?"',
            "línea 14 (sección 1 «Eröffnung», comportamiento 1 «Setzt ein Ziel»), campo "
            "«weight»": "El peso tiene que ser un número, no una lista ni un bloque. Escriba un "
            "número como 1 o 1,5, o deje el campo vacío.",
            "línea 16 (sección 2 «Abschluss»), campo «behaviours»": "La sección no tiene "
            "comportamientos. Añada al menos un comportamiento o elimine la sección.",
        },
    }[lang]
    assert told == expected


def test_english_stays_as_it_was(tmp_path: Path) -> None:
    """The English sentences are the code's own (English output byte-identical)."""
    f = tmp_path / "card.yaml"
    f.write_text(
        "name: Card\nscale:\n  - {value: 1, label: Not yet}\n  - {value: 1, label: Not yet}\n"
        "sections:\n  - title: Opening\n    behaviours:\n      - title: Sets a goal\n",
        encoding="utf-8",
    )
    assert [str(p) for p in _refused(f).problems] == [
        "card.yaml, line 4 (scale level 2), field 'scale value': The value 1 is used twice. "
        "List the levels from lowest to highest, each value once (1, 2, 3, 4).",
        "card.yaml, line 4 (scale level 2), field 'scale label': The label 'Not yet' is also "
        "used by level 1. Give each level its own label.",
        "card.yaml, line 8 (section 1 'Opening', behaviour 1 'Sets a goal'), field 'good': The "
        "description of what good looks like is missing. Describe what good looks like for "
        "this behaviour, in a sentence or two.",
    ]


def _hr_workbook(path: Path) -> Path:
    """An HR export: a "Lies mich" tab first, then First/Last name columns and columns the
    roster does not use (department, phone, line manager); the same person on two rows."""
    wb = openpyxl.Workbook()
    readme = wb.active
    assert readme is not None
    readme.title = "Lies mich"
    readme.append(["Diese Liste kommt aus dem HR-System."])
    ws = wb.create_sheet("Vertrieb")
    ws.append(["Vorname", "Nachname", "Abteilung", "Telefon", "Führungskraft"])
    ws.append(["Ana", "Ruiz", "Süd", "0171 1234567", "Pat"])
    ws.append(["Carla", "Díaz", "Nord", "", "Pat"])
    ws.append(["carla", "díaz", "", "", "Pat"])
    wb.save(path)
    return path


def test_an_hr_roster_preview_and_import_are_told_in_the_interface_language(
    lang: str, store: Store, tmp_path: Path
) -> None:
    add_seller(store, "Ana Ruiz", team="Nord")
    f = _hr_workbook(tmp_path / "hr.xlsx")
    plan = plan_roster(store, f)
    preview = plan.preview
    expected = {
        "de": (
            "Excel-Arbeitsmappe, Tabellenblatt „Vertrieb“",
            "1 Mitarbeiter/in würde hinzugefügt, 1 würde aktualisiert. 1 mögliches Duplikat zu "
            "prüfen. Nicht verwendete Spalten: D „Telefon“, E „Führungskraft“.",
            (
                "Mitarbeiter/innen aus Tabellenblatt „Vertrieb“ gelesen; übergangen: „Lies mich“.",
                "Namen zusammengesetzt aus A „Vorname“ und B „Nachname“.",
            ),
            "Zeilen 3 und 4 werden als eine Person gelesen; prüfen Sie, ob das stimmt",
            "1 Mitarbeiter/in hinzugefügt, 1 aktualisiert. 1 mögliches Duplikat zu prüfen.",
        ),
        "es": (
            "Libro de Excel, hoja «Vertrieb»",
            "se añadiría 1 comercial, se actualizaría 1. 1 posible duplicado que revisar. "
            "Columnas no usadas: D «Telefon», E «Führungskraft».",
            (
                "Comerciales leídos de la hoja «Vertrieb»; no se han leído: «Lies mich».",
                "Nombres formados a partir de A «Vorname» y B «Nachname».",
            ),
            "las filas 3 y 4 se leen como una sola persona; compruebe que lo son",
            "1 comercial añadido, 1 actualizado. 1 posible duplicado que revisar.",
        ),
    }[lang]
    source, summary, notes, note, done = expected
    assert preview.source == source
    assert preview.summary() == summary
    assert preview.notes == notes
    assert [c.note for c in preview.changes if c.note] == [note]
    result = apply_roster_plan(store, plan)
    assert result.summary(with_ignored=False) == done
    for text in (source, summary, *notes, note, done):
        assert not english_left(text), text


def test_a_roster_with_only_a_first_name_column_is_told_in_the_interface_language(
    lang: str, store: Store, tmp_path: Path
) -> None:
    f = tmp_path / "team.csv"
    f.write_text("Vorname;Abteilung\nAna;Süd\n", encoding="utf-8")
    with pytest.raises(RosterFileError) as caught:
        import_roster(store, f)
    [problem] = caught.value.problems
    expected = {
        "de": "Die Datei hat eine Vornamen-Spalte, „Vorname“ (A), aber keine Nachnamen-Spalte "
        "und keine Spalte mit dem vollständigen Namen. Fügen Sie daneben eine Spalte „Nachname“ "
        "hinzu, oder eine Spalte „Name“ mit dem vollständigen Namen jeder Mitarbeiterin und "
        "jedes Mitarbeiters.",
        "es": "El archivo tiene una columna de nombre de pila, «Vorname» (A), pero ninguna de "
        "apellidos ni ninguna con el nombre completo. Añada al lado una columna «Apellidos» o "
        "una columna «Nombre completo» con el nombre completo de cada comercial.",
    }[lang]
    assert f"{problem.message}. {problem.fix}" == expected
    assert not english_left(str(problem))


def test_a_roster_cut_by_a_semicolon_is_told_in_the_interface_language(
    lang: str, store: Store, tmp_path: Path
) -> None:
    """A Windows-1252 CSV with ";": a note with an unquoted ";" spills into a fourth cell."""
    f = tmp_path / "team.csv"
    f.write_bytes("Name;Team;Notizen\nAna Ruiz;Süd;früh; mag Besuche\n".encode("cp1252"))
    with pytest.raises(RosterFileError) as caught:
        import_roster(store, f)
    [problem] = caught.value.problems
    expected = {
        "de": "team.csv, Zeile 2, Zelle D2: Die Zeile hat 4 Zellen, die Überschriftenzeile "
        "(Zeile 1) aber 3 Spalten: Wahrscheinlich hat ein „;“ ohne Anführungszeichen einen Text "
        "zerteilt, und „mag Besuche“ ginge verloren. Setzen Sie den Text mit „;“ in doppelte "
        'Anführungszeichen ("…;…"), oder speichern Sie die Tabelle erneut aus Excel, das die '
        "Anführungszeichen selbst setzt.",
        "es": "team.csv, fila 2, celda D2: La fila tiene 4 celdas, pero la fila de encabezados "
        "(fila 1) tiene 3 columnas: probablemente un «;» sin comillas partió un texto en dos, y "
        "«mag Besuche» se perdería. Ponga el texto que contiene «;» entre comillas dobles "
        '("…;…") o vuelva a guardar la hoja desde Excel, que añade las comillas.',
    }[lang]
    assert str(problem) == expected


def test_the_roster_command_prints_its_plan_in_the_users_language(
    store: Store, tmp_path: Path
) -> None:
    """``fieldride roster import --dry-run`` under LANGUAGE=de and es, as a real process."""
    add_seller(store, "Ana Ruiz", team="Nord")
    folder = store.folder
    store.close()
    f = _hr_workbook(tmp_path / "hr.xlsx")
    expected = {
        "de": [
            "hr.xlsx (Excel-Arbeitsmappe, Tabellenblatt „Vertrieb“):",
            "  Zeile 2: Ana Ruiz: aktualisieren (Team)",
            "  Zeile 3, 4: Carla Díaz: neu  MÖGLICHES DUPLIKAT: Zeilen 3 und 4 werden als eine "
            "Person gelesen; prüfen Sie, ob das stimmt",
            "  Mitarbeiter/innen aus Tabellenblatt „Vertrieb“ gelesen; übergangen: „Lies mich“.",
            "  Namen zusammengesetzt aus A „Vorname“ und B „Nachname“.",
            "  Ausgelassene Spalten: D „Telefon“, E „Führungskraft“.",
            "Probelauf: 1 Mitarbeiter/in würde hinzugefügt, 1 würde aktualisiert. 1 mögliches "
            "Duplikat zu prüfen. Nicht verwendete Spalten: D „Telefon“, E „Führungskraft“. Es "
            "wurde nichts gespeichert.",
        ],
        "es": [
            "hr.xlsx (Libro de Excel, hoja «Vertrieb»):",
            "  fila 2: Ana Ruiz: actualizar (equipo)",
            "  fila 3, 4: Carla Díaz: nuevo  POSIBLE DUPLICADO: las filas 3 y 4 se leen como una "
            "sola persona; compruebe que lo son",
            "  Comerciales leídos de la hoja «Vertrieb»; no se han leído: «Lies mich».",
            "  Nombres formados a partir de A «Vorname» y B «Nachname».",
            "  Columnas omitidas: D «Telefon», E «Führungskraft».",
            "Prueba: se añadiría 1 comercial, se actualizaría 1. 1 posible duplicado que revisar. "
            "Columnas no usadas: D «Telefon», E «Führungskraft». No se ha guardado nada.",
        ],
    }
    for code, lines in expected.items():
        env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
        env.update({"LANG": "C.UTF-8", "LANGUAGE": code})
        args = ["--data-dir", str(folder), "roster", "import", "--dry-run", str(f)]
        proc = subprocess.run(
            [sys.executable, "-m", "fieldride", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.splitlines() == lines


def test_an_edited_scorecard_workbook_says_what_it_means_for_trends_in_the_interface_language(
    lang: str, store: Store, tmp_path: Path
) -> None:
    """An exported scorecard edited in Excel: a "Read me" tab first, the key cells cleared, one
    behaviour removed and one added. The notes say which sheet was read and the plan what the
    import means for trends, in the interface language."""
    version = latest_version(store, "discovery-depth")
    assert version is not None
    rows = [list(r) for r in to_rows(version.card)]
    header = next(i for i, r in enumerate(rows) if r and r[0] == "section")
    for row in rows[header + 1 :]:
        row[1] = ""
    removed = str(rows[header + 2][2])
    del rows[header + 2]
    rows.append(
        ["", "", "Prüft das Budget", "Fragt, wer zahlt und aus welchem Budget.", "", "", ""]
    )
    wb = openpyxl.Workbook()
    readme = wb.active
    assert readme is not None
    readme.title = "Read me"
    readme.append(["Bitte nur die Texte ändern."])
    sheet = wb.create_sheet("Bogen")
    for row in rows:
        sheet.append(row)
    f = tmp_path / "dd.xlsx"
    wb.save(f)
    loaded = read_scorecard_file(f)
    plan = plan_scorecard_import(store, loaded.card)
    expected = {
        "de": (
            ("Verhalten aus Tabellenblatt „Bogen“ gelesen; übergangen: „Read me“.",),
            "6 über den Titel zugeordnete Verhalten behalten ihren Verlauf; 1 neues Verhalten "
            "beginnt einen neuen Verlauf („Prüft das Budget“); 1 Verhalten aus Version 1 fehlt "
            f"in dieser Datei; bisherige Bewertungen bleiben bei Version 1 („{removed}“).",
        ),
        "es": (
            ("Comportamientos leídos de la hoja «Bogen»; no se han leído: «Read me».",),
            "6 comportamientos emparejados por el título conservan su historial; 1 comportamiento "
            "nuevo empieza una evolución nueva («Prüft das Budget»); 1 comportamiento de la "
            "versión 1 no está en este archivo; las valoraciones anteriores se quedan en la "
            f"versión 1 («{removed}»).",
        ),
    }[lang]
    assert loaded.notes == expected[0]
    assert plan.consequences() == expected[1]
    assert not english_left(plan.consequences())


def _fieldride(folder: Path, code: str, *args: str) -> list[str]:
    """``fieldride --data-dir FOLDER ARGS`` under LANGUAGE=``code``, as a real process."""
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    env.update({"LANG": "C.UTF-8", "LANGUAGE": code})
    proc = subprocess.run(
        [sys.executable, "-m", "fieldride", "--data-dir", str(folder), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.splitlines()


def test_a_real_bundle_is_exported_and_imported_in_the_users_language(
    store: Store, tmp_path: Path
) -> None:
    """A demo team's bundle from ``fieldride bundle export``, imported into another data folder
    by ``fieldride bundle import --progress`` (as the app runs it) under de and es."""
    build_demo(store, seed=5, months=2)
    folder = store.folder
    rides = len(store.db.execute("SELECT id FROM rides").fetchall())
    store.close()
    bundle = tmp_path / "anna.fieldride.json"
    [wrote] = _fieldride(folder, "de", "bundle", "export", "--out", str(bundle))
    assert wrote.startswith(f"{bundle} geschrieben – Begleitungen: {rides}, Mitarbeiter/innen: ")
    assert wrote.endswith(" Bytes). Ohne private Notizen."), wrote
    expected = {
        "de": (
            "Begleitungen werden zusammengeführt",
            f"{bundle} importiert. Begleitungen: neu {rides}, aktualisiert 0, unverändert 0, "
            "Konflikte 0. Mitarbeiter/innen: neu ",
        ),
        "es": (
            "Uniendo acompañamientos",
            f"{bundle} importado. Acompañamientos: nuevos {rides}, actualizados 0, sin cambios "
            "0, conflictos 0. Comerciales: nuevos ",
        ),
    }
    for code, (merging, report) in expected.items():
        lines = _fieldride(tmp_path / code, code, "bundle", "import", str(bundle), "--progress")
        progress = [line.split("\t") for line in lines if line.startswith("progress\t")]
        assert progress and {p[1] for p in progress} == {merging}
        [said] = [line for line in lines if not line.startswith("progress\t")]
        assert said.startswith(report), said
        assert not english_left(said.replace(str(bundle), "")), said


def test_json_and_yaml_file_problems_are_told_in_the_interface_language(
    lang: str, tmp_path: Path
) -> None:
    """JSON with a comment an editor left in, a YAML block with a field given twice."""
    commented = tmp_path / "card.json"
    commented.write_text('{\n  // Entwurf\n  "name": "Besuchsbogen"\n}\n', encoding="utf-8")
    twice = tmp_path / "card.yaml"
    twice.write_text("name: Besuchsbogen\nname: Bogen\n", encoding="utf-8")
    said = [str(p) for f in (commented, twice) for p in _refused(f).problems]
    expected = {
        "de": [
            "card.json, Zeile 2: Die Datei enthält einen Kommentar, und in JSON sind Kommentare "
            "nicht erlaubt: Zeile 2 beginnt mit //. Löschen Sie die Kommentarzeilen, oder "
            "schreiben Sie den Beobachtungsbogen als YAML; dort ist eine Zeile, die mit # "
            "beginnt, ein Kommentar.",
            "card.yaml, Zeile 2, Feld „name“: Das Feld „name“ steht zweimal im selben Block "
            "(zuerst in Zeile 1); nur eines kann gelten. Löschen Sie eines davon, oder benennen "
            "Sie es um.",
        ],
        "es": [
            "card.json, línea 2: El archivo tiene un comentario, y en JSON no se admiten "
            "comentarios: la línea 2 empieza por //. Borre las líneas de comentario o escriba la "
            "ficha de observación en YAML, donde una línea que empieza por # es un comentario.",
            "card.yaml, línea 2, campo «name»: El campo «name» aparece dos veces en el mismo "
            "bloque (primero en la línea 1); solo puede valer uno. Borre uno de ellos o cámbiele "
            "el nombre.",
        ],
    }[lang]
    for sentence in expected:
        assert sentence in said, said
    for text in said:
        assert not english_left(text), text


def test_a_roster_too_large_gives_its_size_in_the_languages_digits(
    lang: str, store: Store, tmp_path: Path
) -> None:
    f = tmp_path / "team.csv"
    f.write_bytes(b"name,notes\n" + b"Ana Ruiz," + b"x" * 5_150_000 + b"\n")
    with pytest.raises(RosterFileError) as caught:
        import_roster(store, f)
    [problem] = caught.value.problems
    expected = {
        "de": "Die Datei ist 5,2 MB groß, mehr als die 5,0 MB, die FieldRide annimmt",
        "es": "El archivo ocupa 5,2 MB",
    }[lang]
    assert problem.message.startswith(expected), problem.message
