"""Seller roster import: matching, updates, every refusal reported at once, one transaction."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from fieldride.store import Store
from fieldride.team import RosterFileError, add_seller, archive_seller, import_roster, list_sellers

FIXTURES = Path(__file__).parent.parent / "fixtures" / "rosters"


def _write(tmp_path: Path, text: str, name: str = "roster.csv", encoding: str = "utf-8") -> Path:
    f = tmp_path / name
    f.write_bytes(text.encode(encoding))
    return f


def _snapshot(store: Store) -> list[tuple[object, ...]]:
    return [tuple(r.values()) for r in store.db.query("SELECT * FROM sellers ORDER BY id")]


def test_import_european_csv_adds_sellers(store: Store) -> None:
    result = import_roster(store, FIXTURES / "europe-cp1252.csv")
    assert (result.added, result.updated, result.unchanged) == (3, 0, 0)
    assert result.summary() == "3 sellers added."
    sellers = {s.name: s for s in list_sellers(store)}
    assert sellers["Anna Berg"].territory == "Hamburg"
    assert sellers["Anna Berg"].notes == "Started in March;\nlikes early visits"
    assert sellers["Jörg Müller"].email == ""
    assert sellers["Zoë Dupont"].team == "South"
    assert [c.row for c in result.changes] == [4, 5, 6]  # rows as Excel shows them


def test_import_xlsx_unicode(store: Store) -> None:
    result = import_roster(store, FIXTURES / "team.xlsx")
    assert result.added == 2
    names = {s.name for s in list_sellers(store)}
    assert {"Łukasz Nowak", "Μαρία Παπαδοπούλου"} <= names
    assert result.source == "Excel workbook, sheet 'Sellers'"


def test_reimport_updates_by_email_then_name_and_never_erases(store: Store) -> None:
    anna = add_seller(store, "Anna Berg", email="anna.berg@example.com", notes="keep me")
    jorg = add_seller(store, "jörg   müller", team="Old team")
    f = _write(
        tmp_path := store.folder,
        "name,team,email,notes\n"
        "Anna B.,North,ANNA.BERG@example.com,\n"
        "Jörg Müller,North,,\n"
        "New Person,South,new@example.com,hello\n",
    )
    del tmp_path
    result = import_roster(store, f)
    assert (result.added, result.updated) == (1, 2)
    by_id = {s.id: s for s in list_sellers(store)}
    assert by_id[anna.id].name == "Anna B."
    assert by_id[anna.id].team == "North"
    assert by_id[anna.id].notes == "keep me"  # empty cell erased nothing
    assert by_id[jorg.id].team == "North"
    assert by_id[jorg.id].name == "Jörg Müller"
    again = import_roster(store, f)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3)


def test_same_name_different_email_is_another_person(store: Store, tmp_path: Path) -> None:
    add_seller(store, "Sam Lee", email="sam.lee@a.example")
    f = _write(tmp_path, "name,email\nSam Lee,sam@b.example\n")
    assert import_roster(store, f).added == 1
    assert len([s for s in list_sellers(store) if s.name == "Sam Lee"]) == 2
    g = _write(tmp_path, "name\nSam Lee\n", name="again.csv")
    with pytest.raises(RosterFileError) as exc:
        import_roster(store, g)
    assert "2 sellers in FieldRide match 'Sam Lee'" in str(exc.value.problems[0])


def test_archived_seller_on_roster_is_restored(store: Store, tmp_path: Path) -> None:
    s = add_seller(store, "Kim Ode")
    archive_seller(store, s.id)
    result = import_roster(store, _write(tmp_path, "Seller Name\nKim Ode\n"))
    assert result.restored == 1
    assert "1 restored from the archive" in result.summary()
    assert any(x.id == s.id for x in list_sellers(store))


def test_dry_run_writes_nothing(store: Store, tmp_path: Path) -> None:
    before = _snapshot(store)
    result = import_roster(store, _write(tmp_path, "name\nA\nB\n"), dry_run=True)
    assert result.added == 2 and result.dry_run
    assert _snapshot(store) == before


def test_every_problem_reported_and_nothing_written(store: Store, tmp_path: Path) -> None:
    add_seller(store, "Existing", email="x@example.com")
    before = _snapshot(store)
    f = _write(
        tmp_path,
        "Name;Teem;Email\n"
        "Good Row;North;good@example.com\n"
        ";South;\n"
        "Bad Mail;North;not-an-email\n"
        "Twice;North;twice@example.com\n"
        "Twice Again;North;TWICE@example.com\n",
        encoding="cp1252",
    )
    with pytest.raises(RosterFileError) as exc:
        import_roster(store, f)
    text = [str(p) for p in exc.value.problems]
    assert len(text) == 4, text
    assert any("'Teem'" in t and "Did you mean 'team'?" in t for t in text)
    assert any("row 3, cell A3" in t and "name is empty" in t for t in text)
    assert any("row 4, cell C4" in t and "'not-an-email' is not an email" in t for t in text)
    assert any("row 6" in t and "also on row 5" in t for t in text)
    assert all(t.startswith("roster.csv, ") for t in text)
    assert _snapshot(store) == before
    assert "was not imported" in str(exc.value)
    assert "4 problems, nothing was imported" in exc.value.report()


def test_no_header_and_no_rows(store: Store, tmp_path: Path) -> None:
    with pytest.raises(RosterFileError) as exc:
        import_roster(store, _write(tmp_path, "foo,bar\n1,2\n"))
    assert "isn't a roster" in str(exc.value)
    with pytest.raises(RosterFileError) as exc:
        import_roster(store, _write(tmp_path, "name,team\n\n\n", name="b.csv"))
    assert "no sellers" in str(exc.value)


def test_refused_workbook_is_a_roster_error(store: Store, tmp_path: Path) -> None:
    f = tmp_path / "locked.xlsx"
    f.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 600)
    with pytest.raises(RosterFileError) as exc:
        import_roster(store, f)
    assert "password-protected" in str(exc.value)


def test_same_seller_matched_twice(store: Store, tmp_path: Path) -> None:
    add_seller(store, "Ada Ray", email="ada@example.com")
    f = tmp_path / "r.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["name", "email"])
    ws.append(["Someone", "ada@example.com"])
    ws.append(["Ada Ray", None])
    wb.save(f)
    with pytest.raises(RosterFileError) as exc:
        import_roster(store, f)
    assert "both match the seller 'Ada Ray'" in str(exc.value.problems[0])
