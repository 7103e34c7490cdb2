"""Export: three tables with labels, period and seller filters, formula neutralisation, 0600
files, nothing half-written, private notes never exported; rows streamed from the database to
the file (issue 23), byte for byte the format written before."""

from __future__ import annotations

import csv
import hashlib
import itertools
import os
import stat
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from fieldride import debriefs, rides
from fieldride.debriefs import commitments
from fieldride.errors import DomainError
from fieldride.exports import data_export as export
from fieldride.store import OutputPathError, Store
from fieldride.team import sellers


@pytest.fixture
def filled(store: Store) -> dict[str, int]:
    a = sellers.add_seller(store, "Zofia Łukaszewska")
    b = sellers.add_seller(store, '=HYPERLINK("http://x")')
    r1 = rides.plan_ride(
        store, a.id, date(2026, 1, 10), scorecard_key="field-visit", focus=["discovery"]
    )
    call = rides.add_call(store, r1.id, "visit", "+Acme", "@buyer")
    rides.rate(store, call.id, "discovery", 3)
    rides.set_evidence(store, call.id, "discovery", "=1+1 and\tmore")
    rides.mark_no_opportunity(store, call.id, "listening")
    debriefs.set_private_note(store, r1.id, "SECRET private text")
    commitments.add_commitment(store, r1.id, "discovery", "-Ask two follow-ups", "2026-01-24")
    r2 = rides.plan_ride(store, b.id, date(2026, 3, 1), scorecard_key="field-visit")
    rides.add_call(store, r2.id, "email", "Beta")
    return {"a": a.id, "b": b.id, "r1": r1.id, "r2": r2.id}


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_csv_three_files_labels_and_neutralised(
    store: Store, filled: dict[str, int], tmp_path: Path
) -> None:
    written = export.export(store, tmp_path / "report.csv")
    assert [p.name for p in written] == [
        "report-rides.csv",
        "report-observations.csv",
        "report-commitments.csv",
    ]
    for p in written:
        assert stat.S_IMODE(p.stat().st_mode) == 0o600
        assert p.read_bytes().startswith(b"\xef\xbb\xbf")
    rides_rows = _read(written[0])
    assert rides_rows[0][:3] == ["Ride ID", "Date", "Seller"]
    assert rides_rows[1][2] == "Zofia Łukaszewska" and rides_rows[1][4] == "Field ride"
    assert rides_rows[2][2] == '\'=HYPERLINK("http://x")'
    obs = _read(written[1])
    header = obs[0]
    row = dict(zip(header, obs[1], strict=True))
    assert row["Behaviour"] == "Asks open, layered questions" and row["Level label"] == "Proficient"
    assert row["Level"] == "3" and row["Focus"] == "Yes" and row["Account"] == "'+Acme"
    assert row["Contact role"] == "'@buyer" and row["Evidence"] == "'=1+1 and\tmore"
    no_opp = dict(zip(header, obs[2], strict=True))
    assert no_opp["No opportunity"] == "Yes" and no_opp["Level"] == ""
    com = dict(zip(_read(written[2])[0], _read(written[2])[1], strict=True))
    assert com["Commitment"] == "'-Ask two follow-ups" and com["Status"] == "Open"
    everything = b"".join(p.read_bytes() for p in written)
    assert b"SECRET" not in everything


def _tables(store: Store, **filters: Any) -> dict[str, list[tuple[Any, ...]]]:
    selection = export.select(store, **filters)
    return {name: list(export.rows(store, selection, name)) for name in export.TABLES}


def test_period_and_seller_filters(store: Store, filled: dict[str, int], tmp_path: Path) -> None:
    t = _tables(store, since="2026-02-01")
    assert len(t["rides"]) == 1 and t["rides"][0][2].endswith('"http://x")')
    assert t["observations"] == []
    t = _tables(store, seller_ids=[filled["a"]])
    assert [len(t[name]) for name in export.TABLES] == [1, 2, 1]
    assert all(len(row) == len(export.COLUMNS[n]) for n in export.TABLES for row in t[n])
    t = _tables(store, until="2026-01-09")
    assert t["rides"] == [] and t["commitments"] == []
    with pytest.raises(DomainError, match="after it ends"):
        export.select(store, since="2026-03-01", until="2026-01-01")
    with pytest.raises(DomainError, match="No seller with id 999"):
        export.select(store, seller_ids=[999])
    with pytest.raises(DomainError, match="not a date"):
        export.select(store, since="yesterday")


def test_xlsx_one_sheet_per_table(store: Store, filled: dict[str, int], tmp_path: Path) -> None:
    from openpyxl import load_workbook

    rides.add_note(store, filled["r1"], "ctrl \x01 char")
    out = tmp_path / "out.xlsx"
    out.write_text("old")
    out.chmod(0o644)
    with pytest.raises(OutputPathError, match="already exists"):
        export.export(store, out)
    assert out.read_text() == "old"
    assert export.export(store, out, replace=True) == [out]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    wb = load_workbook(out)
    assert wb.sheetnames == ["Rides", "Observations", "Commitments"]
    obs = list(wb["Observations"].iter_rows(values_only=True))
    row = dict(zip(obs[0], obs[1], strict=True))
    assert row["Evidence"] == "'=1+1 and\tmore" and row["Level"] == 3
    assert all(cell.data_type != "f" for r in wb["Observations"].iter_rows() for cell in r)


def test_failures_leave_nothing(store: Store, filled: dict[str, int], tmp_path: Path) -> None:
    with pytest.raises(DomainError, match="does not exist"):
        export.export(store, tmp_path / "missing" / "x.csv")
    with pytest.raises(DomainError, match="Unknown export format"):
        export.export(store, tmp_path / "x.ods", fmt="ods")
    assert list(tmp_path.iterdir()) == [tmp_path / "home"] or not any(
        p.name.endswith(".tmp") for p in tmp_path.iterdir()
    )


# --- streaming (issue 23, deliver 2) ------------------------------------------------------------

# The demo team (seed 7, six months to 2026-11-21, uuids numbered) exported by the code before
# the export streamed (commit 7563201): each CSV file and each workbook part but the document
# properties (which hold the time of writing).
BEFORE_STREAMING = {
    "demo-rides.csv": "5a8e8abccc9080783d9b72f23a571a9be31482d2093b7145b2ae1780ac5570d5",
    "demo-observations.csv": "3646e1f4b6252eebd390d56534e809f726bac9c685cd07a53177847df10199f8",
    "demo-commitments.csv": "65cb0150397dda477a3798806e728db7808d06d8f98b0d54fa751febde474a30",
    "xl/_rels/workbook.xml.rels": "b2f5fb2346b8e87ba58c06e021e7e3f03e8d380b954969ba79bf50ad28372c4e",
    "xl/styles.xml": "c7b12b9e3bb2ee4e41fde2c6b76e18c100aa411d8d8cdcba5ca7b75735cb3717",
    "xl/theme/theme1.xml": "d15e8ebf78ef7b9720839d7ae8fdc81a7df5bc24706d8e137df61a5683c358d9",
    "xl/workbook.xml": "5377688ee8052ac4f91a8643bdb43dd3ae7876e9d9448f530bd0ad8fc19063e2",
    "xl/worksheets/sheet1.xml": "6b1fad5c6dc701ee3c41a2cd775f107a8bb2589dac6728009c5a0c499325712f",
    "xl/worksheets/sheet2.xml": "c369bff2030b96a26c2d4acce474493739c4ce3facd0fad81963b0dbad2ebe0e",
    "xl/worksheets/sheet3.xml": "21769d1276abde972597b81ecf5136bb03940b7bbceb6a436dc80a889e9050ef",
}


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_streamed_export_is_byte_for_byte_the_format_before(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fieldride.store.rows as stored_rows
    from fieldride.demo import build_demo
    from fieldride.store import open_store

    numbers = itertools.count(1)
    monkeypatch.setattr(
        stored_rows, "new_uuid", lambda: f"00000000-0000-4000-8000-{next(numbers):012d}"
    )
    with open_store(data_dir) as demo:
        build_demo(demo, seed=7, months=6, today=date(2026, 11, 21))
        written = export.export(demo, tmp_path / "demo.csv")
        workbook = export.export(demo, tmp_path / "demo.xlsx")[0]
    found = {p.name: _sha(p.read_bytes()) for p in written}
    with zipfile.ZipFile(workbook) as z:
        found |= {n: _sha(z.read(n)) for n in z.namelist() if n.startswith("xl/")}
    assert found == BEFORE_STREAMING


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_writer_consumes_rows_as_they_are_read(
    demo_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    """Each row is written (its text cells neutralised: at least its id) before the next is
    read: no table is collected first. A writer that gathered the rows would read them all
    before the first cell is written."""
    real_rows, real_neutralise = export.rows, export.neutralise
    cells = 0
    lag: list[int] = []  # per row read: rows read before it minus cells written since

    def counting_neutralise(value: Any) -> Any:
        nonlocal cells
        cells += 1
        return real_neutralise(value)

    def watched_rows(
        store: Store, selection: export.Selection, table: str
    ) -> Iterator[tuple[Any, ...]]:
        start = cells
        for n, row in enumerate(real_rows(store, selection, table)):
            lag.append(n - (cells - start))
            yield row

    monkeypatch.setattr(export, "rows", watched_rows)
    monkeypatch.setattr(export, "neutralise", counting_neutralise)
    export.export(demo_store, tmp_path / f"out.{fmt}")
    assert len(lag) > 1000  # the demo's rows, all of them read through the watch
    assert max(lag) <= 0


def test_an_xlsx_sheet_over_excels_row_limit_is_refused_and_leaves_no_file(
    store: Store, filled: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export, "XLSX_MAX_ROWS", 2)  # a header and one row per sheet
    out = tmp_path / "big.xlsx"
    with pytest.raises(DomainError, match="more rides than one XLSX sheet can hold"):
        export.export(store, out)
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_a_failed_csv_export_leaves_none_of_the_three_files(
    store: Store, filled: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_rows = export.rows

    def failing_rows(
        store: Store, selection: export.Selection, table: str
    ) -> Iterator[tuple[Any, ...]]:
        if table == "commitments":
            raise OSError(28, "No space left on device")
        return real_rows(store, selection, table)

    monkeypatch.setattr(export, "rows", failing_rows)
    with pytest.raises(DomainError, match="No space left") as refused:
        export.export(store, tmp_path / "report.csv")
    # which file, the system's reason, that nothing was left, what would help
    message = str(refused.value)
    assert str(tmp_path / "report-commitments.csv") in message
    assert "Nothing was left there" in message and "free some space" in message
    assert not list(tmp_path.glob("report*")) and not list(tmp_path.glob("*.part"))


def test_a_full_disk_refuses_the_export_with_the_file_and_leaves_nothing(
    store: Store, filled: dict[str, int], tmp_path: Path
) -> None:
    """A real full disk (a small tmpfs filled to the brim): the command says which file and
    what would help, exit 1, no traceback, nothing left in the folder."""
    import subprocess
    import sys

    from tests.storage_faults import SmallDisk

    with SmallDisk(tmp_path / "disk", size=256 * 1024) as disk:
        disk.fill()
        out = disk.path / "team"
        proc = subprocess.run(
            [sys.executable, "-m", "fieldride", "--data-dir", str(store.folder), "export",
             "--format", "csv", "--out", str(out)],
            capture_output=True, text=True, timeout=120,
            env={**os.environ, "LANGUAGE": "en", "LANG": "C.UTF-8"},
        )  # fmt: skip
        assert proc.returncode == 1, proc.stderr
        assert "Traceback" not in proc.stderr
        assert f"Cannot write {out}-" in proc.stderr and "free some space" in proc.stderr
        assert [p.name for p in disk.path.iterdir()] == [disk.filler.name]


def test_cli_export_and_training(
    store: Store, filled: dict[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from fieldride.cli import main

    folder = str(store.folder)
    store.close()
    out = tmp_path / "cli.xlsx"
    assert (
        main(["--data-dir", folder, "export", "--out", str(out), "--seller", "zofia łukaszewska"])
        == 0
    )
    assert out.exists() and "Wrote" in capsys.readouterr().out
    assert main(["--data-dir", folder, "export", "--out", str(out), "--seller", "Nobody"]) == 1
    assert "No seller with id or name 'Nobody'" in capsys.readouterr().err
    args = ["--data-dir", folder, "training", "add", "--title", "W", "--date", "2026-02-01"]
    assert main([*args, "--behaviour", "field-visit", "--seller", "1"]) == 1
    assert "SCORECARD:KEY" in capsys.readouterr().err
    assert main([*args, "--behaviour", "field-visit:discovery", "--seller", str(filled["a"])]) == 0
    assert main(["--data-dir", folder, "training", "list"]) == 0
    assert "field-visit:discovery" in capsys.readouterr().out


# --- formula neutralisation: leading whitespace and line breaks too (issue 20, fault 11) --------

FORMULA_MARKS = "=+-@"


@pytest.mark.parametrize(
    "text",
    [" =1+1", '\n=HYPERLINK("http://x")', "\r\n+cmd", "\u00a0@SUM(A1)", "  \t-2+3", "\u3000=1"],
)
def test_formula_after_leading_whitespace_is_neutralised(text: str) -> None:
    assert export.neutralise(text) == "'" + text


@example(" =1+1")
@example('\n=HYPERLINK("http://x")')
@given(st.text(alphabet=st.sampled_from(' \t\r\n\u00a0\u2003\u3000=+-@aZ1("')))
def test_no_exported_text_starts_a_formula(text: str) -> None:
    out = export.neutralise(text)
    # Whatever a spreadsheet trims first, the first thing it reads must not start a formula.
    assert not out.lstrip().startswith(tuple(FORMULA_MARKS))
    assert not out.startswith(("\t", "\r"))
    assert out in (text, "'" + text)  # nothing else is changed


@pytest.mark.parametrize("text", ["plain", "a = b", "e-mail", "", "  spaced out"])
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert export.neutralise(text) == text


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_cancelled_export_leaves_no_file_and_the_old_one_as_it_was(
    store: Store, filled: dict[str, int], tmp_path: Path, fmt: str
) -> None:
    """Issue 24: Cancel in the app stops the export at its next progress report (or just
    before the rename); nothing is written, an existing file is kept untouched."""
    from fieldride.progress import Cancelled, Progress

    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / f"team.{fmt}"
    old = folder / ("team-rides.csv" if fmt == "csv" else "team.xlsx")
    old.write_bytes(b"the earlier export")
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        export.export(store, out, fmt, replace=True, progress=progress)
    assert sorted(p.name for p in folder.iterdir()) == [old.name]
    assert old.read_bytes() == b"the earlier export"
    # not cancelled: the same call writes it, counting the rows as it goes
    progress = Progress()
    written = export.export(store, out, fmt, replace=True, progress=progress)
    assert all(p.exists() for p in written) and progress.done > 0
