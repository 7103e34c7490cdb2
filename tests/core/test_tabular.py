"""The shared CSV/XLSX reader: encodings, delimiters, row numbers, limits, broken workbooks."""

from __future__ import annotations

import codecs
import contextlib
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fieldride.tabular import (
    Column,
    ImportFileError,
    Limits,
    ProblemList,
    Row,
    cell_text,
    column_letter,
    decode_text,
    find_header_row,
    match_header,
    read_table,
    sniff_delimiter,
)

TEXT = "name,team\nZoë Łukasz,Nörd\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),  # BOM + LE, as Excel's "Unicode text" writes
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_decode_unicode_encodings(data: bytes, encoding: str) -> None:
    text, found = decode_text(data)
    assert text == TEXT
    assert found == encoding


def test_decode_cp1252() -> None:
    text, found = decode_text("name\nJörg – “quoted” €\n".encode("cp1252"))
    assert found == "cp1252"
    assert "Jörg – “quoted” €" in text


@pytest.mark.parametrize("delim", [",", ";", "\t", "|"])
def test_sniff_delimiter(delim: str) -> None:
    text = delim.join(["name", "team", "email"]) + "\nA, B" + delim + "x" + delim + "y\n"
    assert sniff_delimiter(text) == delim


def test_excel_sep_hint(tmp_path: Path) -> None:
    f = tmp_path / "x.csv"
    f.write_text("sep=;\nname;team\nAnna;North\n", encoding="utf-8")
    table = read_table(f)
    assert table.delimiter == ";"
    assert [r.cells for r in table.rows] == [("name", "team"), ("Anna", "North")]
    assert [r.number for r in table.rows] == [2, 3]


def test_row_numbers_with_multiline_cells(tmp_path: Path) -> None:
    f = tmp_path / "x.csv"
    f.write_bytes(b'a,b\r\n"one\r\ntwo\r\nthree",x\r\nlast,y\r\n')
    table = read_table(f)
    rows = table.rows
    assert rows[1].cells[0] == "one\ntwo\nthree"
    assert (rows[2].number, rows[2].line) == (3, 5)
    assert rows[2].where() == "row 3 (line 5)"
    assert rows[1].where() == "row 2"


def test_semicolon_cp1252_file_from_european_excel() -> None:
    path = Path(__file__).parent.parent / "fixtures" / "rosters" / "europe-cp1252.csv"
    table = read_table(path)
    assert table.encoding == "cp1252"
    assert table.delimiter == ";"
    assert table.describe() == "CSV, Windows-1252, semicolon-separated"
    cells = [r.cells for r in table.rows if not r.is_blank()]
    assert cells[2][0] == "Anna Berg"
    assert cells[2][4] == "Started in March;\nlikes early visits"
    assert cells[3][0] == "Jörg Müller"


def _problems(path: Path, **kw: object) -> list[str]:
    with pytest.raises(ImportFileError) as exc:
        read_table(path, **kw)  # type: ignore[arg-type]
    return [str(p) for p in exc.value.problems]


def test_missing_and_empty_and_oversized(tmp_path: Path) -> None:
    assert "does not exist" in _problems(tmp_path / "nope.csv")[0]
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert "empty" in _problems(empty)[0]
    big = tmp_path / "big.csv"
    big.write_bytes(b"a,b\n" * 2000)
    msg = _problems(big, limits=Limits(max_bytes=1000))[0]
    assert "big.csv" in msg and "The file is 8.0 KB, more than the 1.0 KB" in msg


def test_too_many_rows_and_long_cells(tmp_path: Path) -> None:
    f = tmp_path / "rows.csv"
    f.write_text("a\n" * 50, encoding="utf-8")
    assert "more than 10 rows" in _problems(f, limits=Limits(max_rows=10))[0]
    g = tmp_path / "cell.csv"
    g.write_text("a,b\nx," + "y" * 200 + "\n", encoding="utf-8")
    msg = _problems(g, limits=Limits(max_cell_chars=100))[0]
    assert "cell B2" in msg and "200 characters" in msg


def test_binary_file_named_csv(tmp_path: Path) -> None:
    f = tmp_path / "x.csv"
    f.write_bytes(b"\x01\x02\x00\x00\x00\x05\x00\x07\x00" * 10)
    assert "binary" in _problems(f)[0] or "UTF-16" not in _problems(f)[0]


def test_password_protected_workbook(tmp_path: Path) -> None:
    f = tmp_path / "locked.xlsx"
    f.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 600)
    msg = _problems(f)[0]
    assert "password-protected" in msg and "remove the password" in msg


def test_corrupt_workbook(tmp_path: Path) -> None:
    f = tmp_path / "broken.xlsx"
    f.write_bytes(b"PK\x03\x04 this is not really a zip file at all")
    assert "damaged" in _problems(f)[0]
    g = tmp_path / "notxlsx.xlsx"
    with zipfile.ZipFile(g, "w") as zf:
        zf.writestr("hello.txt", "not a workbook")
    assert "damaged" in _problems(g)[0]


def test_truncated_workbook(tmp_path: Path) -> None:
    good = tmp_path / "good.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["name"])
    wb.save(good)
    data = good.read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(data[: len(data) // 2])
    assert "damaged" in _problems(cut)[0]


def test_zip_bomb_refused_before_inflating(tmp_path: Path) -> None:
    f = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(f, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<x/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\x00" * 80_000_000)
    assert f.stat().st_size < 200_000
    msg = _problems(f)[0]
    assert "zip bomb" in msg and "not opened" in msg


def test_xlsx_saved_as_csv_is_read_as_xlsx(tmp_path: Path) -> None:
    f = tmp_path / "really-xlsx.csv"
    wb = openpyxl.Workbook()
    wb.active.append(["name", 3, 2.5, None, "x"])
    wb.save(f)
    table = read_table(f)
    assert table.kind == "xlsx"
    assert table.rows[0].cells == ("name", "3", "2.5", "", "x")


def test_xlsx_prefers_named_sheet_and_numbers_rows(tmp_path: Path) -> None:
    f = tmp_path / "book.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Notes"
    ws = wb.create_sheet("Sellers")
    ws["A1"] = "name"
    ws["A4"] = "Anna"
    ws["B4"] = "line one\nline two"
    wb.save(f)
    table = read_table(f, sheet_names=("sellers",))
    assert table.sheet == "Sellers"
    assert table.sheets == ("Notes", "Sellers")
    anna = next(r for r in table.rows if r.cell(0) == "Anna")
    assert anna.number == 4
    assert anna.cell(1) == "line one\nline two"


def test_cell_text() -> None:
    from datetime import date, datetime

    assert cell_text(3.0) == "3"
    assert cell_text(0.1) == "0.1"
    assert cell_text(True) == "TRUE"
    assert cell_text(datetime(2026, 3, 1)) == "2026-03-01"
    assert cell_text(date(2026, 3, 1)) == "2026-03-01"
    assert cell_text("a\r\nb") == "a\nb"


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 1, 25, 26, 27, 701, 702)] == [
        "A",
        "B",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
    ]


COLUMNS = (Column("name", True, ("seller",)), Column("email", False, ("e-mail",)))


def test_header_matching_suggests_and_reports_all(tmp_path: Path) -> None:
    problems = ProblemList(tmp_path / "r.csv")
    header = Row(1, ("E-Mail", "Nmae", "email", "Stuff"))
    hmap = match_header(header, COLUMNS, problems)
    assert hmap.index == {"email": 0}
    text = [str(p) for p in problems.items]
    assert any("'Nmae'" in t and "Did you mean 'name'?" in t for t in text)
    assert any("appears twice" in t and "column A" in t for t in text)
    assert any("'Stuff'" in t and "Known columns: name, email" in t for t in text)
    assert any("column 'name' is missing; the heading row is row 1: A 'E-Mail'" in t for t in text)


def test_find_header_row_skips_title_rows() -> None:
    rows = [Row(1, ("Team list",)), Row(2, ()), Row(3, ("Seller", "E-mail")), Row(4, ("A", "b"))]
    assert find_header_row(rows, COLUMNS) == rows[2]
    assert find_header_row(rows[:2], COLUMNS) is None


cell = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"),
    max_size=20,
)


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(st.lists(cell, min_size=3, max_size=3), min_size=1, max_size=6),
    delim=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
)
def test_csv_round_trip_any_text(
    tmp_path_factory: pytest.TempPathFactory, rows: list[list[str]], delim: str, encoding: str
) -> None:
    """Whatever text a spreadsheet writes (quotes, delimiters, line breaks), we read it back."""
    import csv
    import io

    if encoding == "cp1252":
        rows = [[c.encode("cp1252", "ignore").decode("cp1252") for c in r] for r in rows]
    header = ["alpha", "beta", "gamma"]
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=delim, quoting=csv.QUOTE_ALL).writerows([header, *rows])
    data = buf.getvalue().encode(encoding)
    if encoding == "cp1252":
        # Bytes that are valid UTF-8 are read as UTF-8 by design (a file that decodes as UTF-8
        # almost always is UTF-8): "Â\xa0" in cp1252 is b"\xc2\xa0", a UTF-8 no-break space.
        # Such text is ambiguous, not a round-trip failure.
        with contextlib.suppress(UnicodeDecodeError):
            assume(data.decode("utf-8") == buf.getvalue())
    f = tmp_path_factory.mktemp("csv") / "x.csv"
    f.write_bytes(data)
    table = read_table(f)
    assert table.delimiter == delim
    assert [list(r.cells) for r in table.rows] == [header, *rows]
