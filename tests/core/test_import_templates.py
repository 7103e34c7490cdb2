"""The templates and the help page shipped inside the app (issue 24): a manager has no docs/
folder, so what a scorecard or roster file looks like, and a file to start from, come with the
app. Each template imports cleanly as shipped."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from fieldride.resources import resource_path
from fieldride.scorecards.loaders import read_scorecard_file
from fieldride.scorecards.templates import write_scorecard_template
from fieldride.store import Store
from fieldride.team import list_sellers, plan_roster, write_roster_template


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_scorecard_template_imports_cleanly_without_keys(tmp_path: Path, fmt: str) -> None:
    out = write_scorecard_template(tmp_path / f"t.{fmt}", fmt)
    loaded = read_scorecard_file(out)
    card = loaded.card
    assert card.name == "My team's scorecard"
    assert [lv.label for lv in card.scale] == ["Not yet", "Developing", "Proficient", "Role model"]
    assert len(card.sections) == 2 and len(card.behaviours()) == 3
    assert card.behaviours()[0].look_fors == (
        "States the purpose in one sentence",
        "Asks what the customer wants to cover",
    )
    if fmt == "xlsx":
        import openpyxl

        sheet = openpyxl.load_workbook(out)["Scorecard"]
        rows = list(sheet.iter_rows(values_only=True))
        assert "Key" not in [row[0] for row in rows]  # no scorecard key: a new one each time
        header = rows.index(("section", "key", "title", "good", "look_fors", "questions", "weight"))
        assert [row[1] for row in rows[header + 1 :]] == [None, None, None]  # behaviour keys
        assert rows[2][:2] == ("Scale", 1) and rows[-1][-1] == 1.5  # numbers stay numbers


def test_roster_template_plans_two_new_sellers(store: Store, tmp_path: Path) -> None:
    out = write_roster_template(tmp_path / "roster.csv")
    plan = plan_roster(store, out)
    assert [(c.action, c.name) for c in plan.preview.changes] == [
        ("added", "Ana Ruiz"),
        ("added", "Ben Carter"),
    ]
    assert plan.preview.ignored_columns == ()
    assert list_sellers(store) == []


def test_help_page_speaks_plainly_and_covers_both_files() -> None:
    html = resource_path("help", "file-formats.html").read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", "", html)
    for needed in ("Scale", "section", "title", "good", "First name", "Last name", "Read me"):
        assert needed in text, needed
    assert "docs/" not in text and "schema" not in text.lower()


# The templates and the help page in every shipped language: the headings are the language's
# own ("Abschnitt", "Sección"; "Gebiet", "Zona"), and the importers read them as they are.
TRANSLATED = {
    "de": ("Beobachtungsbogen unseres Teams", ["Noch nicht", "Im Aufbau", "Sicher", "Vorbild"]),
    "es": (
        "La ficha de nuestro equipo",
        ["Todavía no", "En desarrollo", "Competente", "Referente"],
    ),
}


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("code", sorted(TRANSLATED))
def test_translated_scorecard_template_imports_into_a_store(
    store: Store, tmp_path: Path, code: str, fmt: str
) -> None:
    from fieldride.scorecards.import_plan import plan_scorecard_import
    from fieldride.scorecards.store import latest_version, save_scorecard_reporting

    out = write_scorecard_template(tmp_path / f"t.{fmt}", fmt, code)
    assert out.read_bytes() != write_scorecard_template(tmp_path / f"en.{fmt}", fmt, "en")
    loaded = read_scorecard_file(out)
    plan = plan_scorecard_import(store, loaded.card)
    save_scorecard_reporting(store, plan.card, source=out.name)
    name, labels = TRANSLATED[code]
    stored = latest_version(store, plan.card.key)
    assert stored is not None and stored.name == name
    card = stored.card
    assert [lv.label for lv in card.scale] == labels
    assert [len(s.behaviours) for s in card.sections] == [2, 1]
    assert all(b.good and b.title for b in card.behaviours())
    assert [len(b.look_fors) for b in card.behaviours()] == [2, 1, 2]
    assert [len(b.questions) for b in card.behaviours()] == [1, 0, 2]
    assert card.behaviours()[2].weight == 1.5
    if fmt == "xlsx":
        import openpyxl

        book = openpyxl.load_workbook(out)
        assert "How to fill in" not in book.sheetnames and len(book.sheetnames) == 2
        assert loaded.notes and book.sheetnames[0] in loaded.notes[0]


@pytest.mark.parametrize("code", sorted(TRANSLATED))
def test_translated_roster_template_imports_into_a_store(
    store: Store, tmp_path: Path, code: str
) -> None:
    from fieldride.team import import_roster

    out = write_roster_template(tmp_path / "roster.csv", code)
    result = import_roster(store, out)
    assert result.ignored_columns == ()
    sellers = {s.name: s for s in list_sellers(store)}
    assert set(sellers) == {"Ana Ruiz", "Ben Carter"}
    ana = sellers["Ana Ruiz"]
    assert ana.email == "ana.ruiz@example.com" and ana.team and ana.territory and ana.notes
    assert ana.team != "North" and ana.notes != "Replace these rows with your sellers"


def _headings(path: Path) -> list[str]:
    """The first cells of the label rows and the heading row of a CSV template."""
    import csv

    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    blank = rows.index([])
    return [r[0] for r in rows[:blank] if r] + [h for h in rows[blank + 1] if h != "Schlüssel"]


@pytest.mark.parametrize("code", ["en", *sorted(TRANSLATED)])
def test_help_page_names_the_headings_its_templates_use(code: str) -> None:
    from fieldride.i18n import localized_resource
    from fieldride.scorecards.templates import scorecard_template_path
    from fieldride.team import roster_template_path

    page = localized_resource("help", "file-formats.html", code=code)
    assert page == resource_path("help", *([code] if code != "en" else []), "file-formats.html")
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8")))
    headings = _headings(scorecard_template_path(code))
    headings += (
        roster_template_path(code).read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    )
    missing = [h for h in headings if h not in text]
    assert not missing, missing
    assert "docs/" not in text


def test_a_language_without_its_own_copy_gets_the_english_file() -> None:
    from fieldride.i18n import localized_resource

    english = resource_path("help", "file-formats.html")
    assert localized_resource("help", "file-formats.html", code="fr") == english
    assert localized_resource("help", "file-formats.html", code="en") == english


@pytest.mark.parametrize(
    ("content", "name", "team"),
    [
        (
            "Nombre;Apellidos;Equipo;Teléfono\nAna;Ruiz García;Norte;600\n",
            "Ana Ruiz García",
            "Norte",
        ),
        ("Vorname,Nachname,Abteilung,Telefon\nBen,Carter,Nord,040\n", "Ben Carter", "Nord"),
    ],
)
def test_a_roster_with_first_and_last_names_in_german_or_spanish(
    store: Store, tmp_path: Path, content: str, name: str, team: str
) -> None:
    """An HR export in German or Spanish: first and last name joined (not 'Nombre' alone read
    as the whole name), the phone column left out and listed."""
    from fieldride.team import import_roster

    path = tmp_path / "hr.csv"
    path.write_text(content, encoding="utf-8")
    result = import_roster(store, path)
    assert len(result.ignored_columns) == 1
    [seller] = list_sellers(store)
    assert (seller.name, seller.team) == (name, team)
