"""``fieldride report ...``: files written 0600, the summary marks the ride shared, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldride.cli import main
from fieldride.rides import get_ride
from fieldride.scorecards.defaults import install_defaults
from fieldride.store import Store, open_store
from tests.core.reports_fixtures import page_count, typical_ride


@pytest.fixture
def ride_in_folder(data_dir: Path) -> int:
    store: Store = open_store(data_dir)
    install_defaults(store)
    ride_id = typical_ride(store)
    store.close()
    return ride_id


def test_report_summary_writes_private_pdf_and_marks_shared(
    data_dir: Path, tmp_path: Path, ride_in_folder: int, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "summary.pdf"
    code = main(
        [
            "--data-dir",
            str(data_dir),
            "report",
            "summary",
            str(ride_in_folder),
            "--out",
            str(out),
            "--page-size",
            "a4",
        ]
    )
    assert code == 0, capsys.readouterr().err
    assert (out.stat().st_mode & 0o777) == 0o600
    assert page_count(out.read_bytes()) == 1
    with open_store(data_dir) as store:
        assert get_ride(store, ride_in_folder).shared_at is not None


@pytest.mark.parametrize(
    "args",
    [
        ["brief", "{ride}"],
        ["scorecard", "field-visit", "--version", "1", "--calls", "3"],
        ["seller", "1", "--since", "2026-01-01", "--until", "2026-12-31"],
    ],
)
def test_other_reports(
    data_dir: Path, tmp_path: Path, ride_in_folder: int, args: list[str]
) -> None:
    out = tmp_path / "doc.pdf"
    argv = [a.replace("{ride}", str(ride_in_folder)) for a in args]
    assert main(["--data-dir", str(data_dir), "report", *argv, "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert (out.stat().st_mode & 0o777) == 0o600


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["summary", "999", "--out", "{tmp}/x.pdf"], "no longer exists"),
        (["summary", "1", "--out", "{tmp}/x.txt"], "ending in .pdf"),
        (["summary", "1", "--out", "{tmp}/nowhere/x.pdf"], "does not exist"),
        (["scorecard", "nope", "--out", "{tmp}/x.pdf"], "No scorecard with key 'nope'"),
        (["seller", "1", "--since", "yesterday", "--out", "{tmp}/x.pdf"], "not a date"),
    ],
)
def test_errors_are_one_line_messages(
    data_dir: Path,
    tmp_path: Path,
    ride_in_folder: int,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    assert main(["--data-dir", str(data_dir), "report", *argv]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()
