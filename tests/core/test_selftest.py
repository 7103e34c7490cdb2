"""fieldride.selftest: the core part of ``--self-test`` (store, scorecards, ride, summary PDF)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from fieldride import selftest


def test_self_test_passes_and_names_every_step(capsys: pytest.CaptureFixture[str]) -> None:
    assert selftest.run_self_test() == 0
    out = capsys.readouterr().out
    for step in (
        "open a store",
        "load the bundled scorecards",
        "run a ride through the core",
        "render the coaching summary PDF",
        "close the store",
    ):
        assert f"ok  {step}" in out
    assert out.strip().endswith("self-test passed")


def test_a_failing_step_is_named_and_exits_1(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldride.reports import summary

    def broken(*_args: object, **_kw: object) -> bytes:
        return b"not a pdf"

    monkeypatch.setattr(summary, "build_summary", broken)
    assert selftest.run_self_test() == 1
    out = capsys.readouterr().out
    assert "self-test FAILED at: render the coaching summary PDF" in out
    assert "ok  close the store" not in out


@pytest.mark.parametrize(
    ("pdf", "problem"),
    [
        (b"<html>", "not a PDF"),
        (b"%PDF-1.4\n" + b"x" * 5000, "end-of-file marker"),
        (b"%PDF-1.4\n%%EOF\n", "only"),
    ],
)
def test_check_pdf_refuses_broken_output(pdf: bytes, problem: str) -> None:
    with pytest.raises(selftest.SelfTestError, match=problem):
        selftest.check_pdf(pdf)


def test_self_test_leaves_no_trace_in_the_data_folder(tmp_path: object) -> None:
    # FIELDRIDE_HOME points at a per-test folder (conftest): the self-test must not create it.
    import os
    from pathlib import Path

    assert selftest.run_self_test() == 0
    assert not Path(os.environ["FIELDRIDE_HOME"]).exists()


def test_command_line_without_window_exits_0() -> None:
    """``fieldride --self-test --no-window`` through the real entry point, as a process."""
    result = subprocess.run(
        [sys.executable, "-m", "ui.launch", "--self-test", "--no-window"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert "window self-test" not in result.stdout
