"""Roster files as HR exports really come (issue 24): extra columns ignored and listed, First
name / Last name columns, names that look the same matched as the same person (Unicode NFC,
zero-width characters, case), a preview of who is new / updated / a possible duplicate before
anything is written, text never dropped silently, every message with sheet, row, column letter
and heading, a plain answer for a file that is not a roster.

Each test here failed on the code before issue 24 (checked by running it on main first).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import openpyxl
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from fieldride.store import Store
from fieldride.team import (
    RosterFileError,
    add_seller,
    apply_roster_plan,
    import_roster,
    list_sellers,
    plan_roster,
)


def _write(tmp_path: Path, text: str, name: str = "roster.csv", encoding: str = "utf-8") -> Path:
    f = tmp_path / name
    f.write_bytes(text.encode(encoding))
    return f


def _snapshot(store: Store) -> list[tuple[object, ...]]:
    return [tuple(r.values()) for r in store.db.query("SELECT * FROM sellers ORDER BY id")]


def refusal(store: Store, path: Path) -> list[str]:
    before = _snapshot(store)
    with pytest.raises(RosterFileError) as exc:
        import_roster(store, path)
    assert _snapshot(store) == before
    return [str(p) for p in exc.value.problems]


# --- unknown columns ----------------------------------------------------------------------------
def test_hr_export_extra_columns_are_ignored_and_listed(store: Store, tmp_path: Path) -> None:
    f = _write(
        tmp_path,
        "Name,Line manager,Start date,Phone,Email\n"
        "Ana Ruiz,Kim Ode,2024-03-01,+34 600 000 000,ana@example.com\n",
    )
    result = import_roster(store, f)
    assert result.added == 1
    assert result.ignored_columns == ("B 'Line manager'", "C 'Start date'", "D 'Phone'")
    assert "Line manager" in result.summary() or any("Line manager" in n for n in result.notes)
    ana = next(s for s in list_sellers(store) if s.name == "Ana Ruiz")
    assert ana.email == "ana@example.com" and ana.notes == ""


# --- First name / Last name ---------------------------------------------------------------------
def test_first_and_last_name_columns_are_joined(store: Store, tmp_path: Path) -> None:
    f = _write(tmp_path, "First name;Last name;Team\nBen;Carter;North\nZoë;Dupont;South\n")
    result = import_roster(store, f)
    assert result.added == 2
    assert {"Ben Carter", "Zoë Dupont"} <= {s.name for s in list_sellers(store)}
    assert any("First name" in n and "Last name" in n for n in result.notes), result.notes


def test_first_name_without_last_name_is_told_exactly(store: Store, tmp_path: Path) -> None:
    text = refusal(store, _write(tmp_path, "First name,Team\nBen,North\n"))
    assert len(text) == 1, text
    assert "'First name' (A)" in text[0] and "no last name column" in text[0].lower(), text
    assert "empty" not in text[0], text


def test_missing_name_column_is_reported_once_with_the_heading_row(
    store: Store, tmp_path: Path
) -> None:
    text = refusal(
        store, _write(tmp_path, "Team,Email\nNorth,a@example.com\nSouth,b@example.com\n")
    )
    assert len(text) == 1, text
    assert "column 'name' is missing; the heading row is row 1: A 'Team', B 'Email'" in text[0]


# --- people matched after normalisation ---------------------------------------------------------
def test_zero_width_and_decomposed_names_match_the_existing_seller(
    store: Store, tmp_path: Path
) -> None:
    zoe = add_seller(store, "Zoë Dupont")
    nfd = unicodedata.normalize("NFD", "Zoë Dupont")
    f = _write(tmp_path, f"name,team\n{nfd},South\n")
    result = import_roster(store, f)
    assert (result.added, result.updated) == (0, 1)
    g = _write(tmp_path, "name,team\nZo\u200bë Du\u200dpont,East\n", name="zw.csv")
    assert import_roster(store, g).updated == 1
    sellers = list_sellers(store)
    assert len([s for s in sellers if "Dupont" in s.name]) == 1
    assert next(s for s in sellers if s.id == zoe.id).team == "East"


def test_new_names_are_stored_clean(store: Store, tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", "Zoë\u200b Dupont")
    import_roster(store, _write(tmp_path, f"name\n{nfd}\n"))
    assert [s.name for s in list_sellers(store)] == ["Zoë Dupont"]


def test_same_person_with_and_without_email_in_one_file_is_one_seller_flagged(
    store: Store, tmp_path: Path
) -> None:
    f = _write(tmp_path, "name,email,team\nBen Carter,ben@example.com,North\nben carter,,\n")
    plan = plan_roster(store, f)
    preview = plan.preview
    assert preview.added == 1
    assert len(preview.possible_duplicates) == 1
    dup = preview.possible_duplicates[0]
    assert "rows 2 and 3" in dup.note, dup
    result = apply_roster_plan(store, plan)
    assert result.added == 1
    bens = [s for s in list_sellers(store) if s.name.casefold() == "ben carter"]
    assert len(bens) == 1 and bens[0].email == "ben@example.com" and bens[0].team == "North"


def test_same_person_twice_with_conflicting_values_is_refused_naming_both_cells(
    store: Store, tmp_path: Path
) -> None:
    f = _write(tmp_path, "name,team\nBen Carter,North\nBEN CARTER,South\n")
    text = refusal(store, f)
    assert len(text) == 1, text
    assert "row 3, cell B3" in text[0] and "row 2" in text[0] and "North" in text[0], text


def test_same_name_other_email_is_added_but_flagged(store: Store, tmp_path: Path) -> None:
    add_seller(store, "Sam Lee", email="sam.lee@a.example")
    plan = plan_roster(store, _write(tmp_path, "name,email\nSam Lee,sam@b.example\n"))
    assert plan.preview.added == 1
    assert len(plan.preview.possible_duplicates) == 1
    assert "sam.lee@a.example" in plan.preview.possible_duplicates[0].note


NAME = st.sampled_from(["Zoë Dupont", "Łukasz Nowak", "Ana María Ruiz", "Ben Carter", "İlkay Ş"])
ZW = st.sampled_from(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"])


@given(
    name=NAME,
    form=st.sampled_from(["NFC", "NFD"]),
    case=st.sampled_from(["same", "lower", "upper"]),
    inserts=st.lists(st.tuples(st.integers(0, 40), ZW), max_size=3),
)
@example(name="Zoë Dupont", form="NFD", case="lower", inserts=[(2, "\u200b")])
def test_a_name_that_looks_the_same_is_the_same_seller(
    tmp_path_factory: pytest.TempPathFactory,
    name: str,
    form: str,
    case: str,
    inserts: list[tuple[int, str]],
) -> None:
    """Property: written in NFC or NFD, in another case, with zero-width characters anywhere,
    a name updates the seller already stored under it and never adds a second one."""
    from fieldride.store import open_store

    folder = tmp_path_factory.mktemp("r")
    with open_store(folder / "data") as store:
        seller = add_seller(store, name)
        text = {"same": name, "lower": name.lower(), "upper": name.upper()}[case]
        if name.lower().upper() != name.upper():  # e.g. "İ": case folding changes the letters
            text = name
        text = unicodedata.normalize(form, text)
        for pos, ch in inserts:
            at = min(pos, len(text))
            text = text[:at] + ch + text[at:]
        f = _write(folder, f"name,team\n{text},Team A\n")
        result = import_roster(store, f)
        assert (result.added, result.updated) == (0, 1), (text, result.changes)
        sellers = list_sellers(store)
        assert len(sellers) == 1 and sellers[0].id == seller.id and sellers[0].team == "Team A"


# --- preview before writing ---------------------------------------------------------------------
def test_plan_writes_nothing_and_apply_writes_all(store: Store, tmp_path: Path) -> None:
    add_seller(store, "Kim Ode", team="Old")
    f = _write(tmp_path, "name,team\nKim Ode,New\nAna Ruiz,North\n")
    before = _snapshot(store)
    plan = plan_roster(store, f)
    assert _snapshot(store) == before
    assert [(c.action, c.name) for c in plan.preview.changes] == [
        ("updated", "Kim Ode"),
        ("added", "Ana Ruiz"),
    ]
    result = apply_roster_plan(store, plan)
    assert (result.added, result.updated) == (1, 1)
    assert not result.dry_run


def test_plan_is_refused_if_the_sellers_changed_meanwhile(store: Store, tmp_path: Path) -> None:
    from fieldride.errors import DomainError
    from fieldride.team import edit_seller

    kim = add_seller(store, "Kim Ode", team="Old")
    plan = plan_roster(store, _write(tmp_path, "name,team\nKim Ode,New\nAna Ruiz,North\n"))
    edit_seller(store, kim.id, team="Changed elsewhere")
    before = _snapshot(store)
    with pytest.raises(DomainError):
        apply_roster_plan(store, plan)
    assert _snapshot(store) == before


# --- nothing dropped; locations; sheets; unrelated files ----------------------------------------
def test_unquoted_semicolon_in_notes_is_refused_with_its_cell(store: Store, tmp_path: Path) -> None:
    f = _write(tmp_path, "name;team;notes\nAnna Berg;North;Started in March; likes early visits\n")
    text = refusal(store, f)
    assert len(text) == 1, text
    assert "row 2, cell D2" in text[0] and "';'" in text[0], text


def test_roster_on_a_later_sheet_with_a_read_me_tab(store: Store, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Read me"
    ws.append(["Exported from HR on 2026-12-01"])
    people = wb.create_sheet("Export")
    people.append(["Team roster — December"])
    people.merge_cells("A1:C1")
    people.append(["Full name", "Department", "Phone"])
    people.append(["Ana Ruiz", "North", "123"])
    f = tmp_path / "hr.xlsx"
    wb.save(f)
    result = import_roster(store, f)
    assert result.added == 1
    notes = " ".join(result.notes)
    assert "sheet 'Export'" in notes and "'Read me'" in notes and "passed over" in notes, notes


def test_cell_problem_names_sheet_row_letter_and_heading(store: Store, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sellers"
    ws.append(["Seller name", "E-mail"])
    ws.append(["Ana Ruiz", "not-an-email"])
    f = tmp_path / "r.xlsx"
    wb.save(f)
    text = refusal(store, f)
    assert text == [
        "r.xlsx, sheet 'Sellers', row 2, cell B2, column 'E-mail': 'not-an-email' is not an "
        "email address. Write it like name@example.com, or leave the cell empty."
    ], text


def test_unrelated_file_gets_a_plain_answer(store: Store, tmp_path: Path) -> None:
    f = _write(tmp_path, "date,amount,customer\n2026-01-02,500,Acme\n")
    text = refusal(store, f)
    assert len(text) == 1, text
    assert "isn't a roster" in text[0] and "Help" in text[0], text
    assert "column" not in text[0].lower() and "header" not in text[0].lower(), text


def test_same_name_with_two_org_ids_is_two_people(store: Store, tmp_path: Path) -> None:
    """The org id (issue 21) outranks the name: two rows with one name and two org ids are two
    sellers, flagged; the same org id on two rows is refused."""
    a, b = "6f1c1f0e-8d4b-4c1e-9a55-0d3c2b1a0f99", "0b7c4f3a-1111-4c1e-9a55-0d3c2b1a0f98"
    plan = plan_roster(store, _write(tmp_path, f"name,org id\nSam Lee,{a}\nsam lee,{b}\n"))
    assert plan.preview.added == 2 and len(plan.preview.possible_duplicates) == 2
    apply_roster_plan(store, plan)
    assert sorted(s.org_id for s in list_sellers(store)) == sorted([a, b])
    text = refusal(store, _write(tmp_path, f"name,org id\nKim,{a}\nKim Ode,{a}\n", name="t.csv"))
    assert text == [
        "t.csv, row 3, cell B3, column 'org id': The org id is also on row 2: the same seller "
        "twice. Keep one row per seller."
    ], text


def test_cli_roster_import_shows_the_plan_and_dry_run_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from fieldride.cli import main
    from fieldride.store import open_store

    d = ["--data-dir", str(tmp_path / "data")]
    f = _write(tmp_path, "Name,Email,Phone\nBen Carter,ben@example.com,1\nben carter,,2\n")
    assert main([*d, "roster", "import", str(f), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "row 2, 3: Ben Carter: new  POSSIBLE DUPLICATE: rows 2 and 3 are read as one" in out
    assert "Columns left out: C 'Phone'." in out and "Nothing written." in out
    with open_store(tmp_path / "data") as store:
        assert list_sellers(store) == []
    assert main([*d, "roster", "import", str(f)]) == 0
    assert "Imported: 1 seller added" in capsys.readouterr().out
    bad = _write(tmp_path, "name;notes\nAna;a; b\n", name="bad.csv")
    assert main([*d, "roster", "import", str(bad)]) == 1
    assert "row 2, cell C2" in capsys.readouterr().err


def test_cli_templates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from fieldride.cli import main
    from fieldride.scorecards.loaders import load_scorecard

    d = ["--data-dir", str(tmp_path / "data")]
    assert main([*d, "roster", "template", "--out", str(tmp_path / "people")]) == 0
    assert (tmp_path / "people.csv").read_bytes().startswith(b"\xef\xbb\xbfName,Team")
    assert main([*d, "scorecard", "template", "--out", str(tmp_path / "card.xlsx")]) == 0
    assert load_scorecard(tmp_path / "card.xlsx").name == "My team's scorecard"
    assert main([*d, "scorecard", "template", "--out", str(tmp_path / "card.xlsx")]) == 1
    assert "exists" in capsys.readouterr().err


@given(notes=st.text(alphabet=st.sampled_from("ab ;,.'"), min_size=1, max_size=20))
@example(notes="early; likes visits")
def test_roster_notes_are_read_whole_or_the_cell_is_named(
    tmp_path_factory: pytest.TempPathFactory, notes: str
) -> None:
    """Property: notes written unquoted in a ';'-separated roster are imported whole up to the
    first ';' only when nothing but blanks follows it; otherwise the file is refused naming the
    cell after the cut, and nothing is written."""
    from fieldride.store import open_store

    folder = tmp_path_factory.mktemp("n")
    first, *rest = notes.split(";")
    with open_store(folder / "data") as store:
        f = _write(folder, f"name;team;notes\nAna Ruiz;North;{notes}\n")
        try:
            import_roster(store, f)
        except RosterFileError as err:
            assert any(part.strip() for part in rest), err.problems
            assert [p.where for p in err.problems] == ["row 2, cell D2"], err.problems
            assert list_sellers(store) == []
        else:
            assert not any(part.strip() for part in rest)
            assert [s.notes for s in list_sellers(store)] == [first.strip()]
