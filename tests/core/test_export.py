"""Export: three tables with labels, period and seller filters, formula neutralisation, 0600
files, nothing half-written, private notes never exported."""

from __future__ import annotations

import csv
import stat
from datetime import date
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from fieldride import debriefs, rides
from fieldride.debriefs import commitments
from fieldride.errors import DomainError
from fieldride.insights import data_export as export
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


def test_period_and_seller_filters(store: Store, filled: dict[str, int], tmp_path: Path) -> None:
    t = export.collect(store, since="2026-02-01")
    assert len(t.rides) == 1 and t.rides[0][2].endswith('"http://x")') and t.observations == []
    t = export.collect(store, seller_ids=[filled["a"]])
    assert len(t.rides) == 1 and len(t.observations) == 2 and len(t.commitments) == 1
    t = export.collect(store, until="2026-01-09")
    assert t.rides == [] and t.commitments == []
    with pytest.raises(DomainError, match="after it ends"):
        export.collect(store, since="2026-03-01", until="2026-01-01")
    with pytest.raises(DomainError, match="No seller with id 999"):
        export.collect(store, seller_ids=[999])
    with pytest.raises(DomainError, match="not a date"):
        export.collect(store, since="yesterday")


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
