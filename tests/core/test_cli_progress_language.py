"""The word the app shows beside a child command's progress bar comes from the command in the
window's language (ui/child_command.py sets LANGUAGE for the child): the demo fill's and the
roster write's "Sellers" was English under German and Spanish. Real processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

COMMAND = (sys.executable, "-m", "fieldride")
WORD = {"de": "Mitarbeiter/innen", "es": "Comerciales", "en": "Sellers"}


@pytest.mark.parametrize("code", ["de", "es", "en"])
def test_demo_fill_progress_word_is_in_the_language(tmp_path: Path, code: str) -> None:
    env = {**os.environ, "LANGUAGE": code, "LC_ALL": "C.UTF-8"}
    done = subprocess.run(
        [*COMMAND, "--data-dir", str(tmp_path / "d"), "demo", "--months", "1", "--progress"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=True,
    )
    words = {
        line.split("\t")[1] for line in done.stdout.splitlines() if line.startswith("progress\t")
    }
    assert words == {WORD[code]}, done.stdout[-500:]


@pytest.mark.parametrize(("code", "count"), [("de", "1.200"), ("en", "1,200"), ("es", "1.200")])
def test_a_large_roster_is_counted_in_the_languages_numbers(
    tmp_path: Path, code: str, count: str
) -> None:
    """The roster preview and summary write their counts with the language's grouping (the
    German and Spanish previews said "4990" where their readers expect "4.990")."""
    roster = tmp_path / "hr-export.csv"
    rows = ["name,email,team"] + [f"Person {i},p{i}@example.com,North" for i in range(1200)]
    roster.write_text("\n".join(rows) + "\n", encoding="utf-8")
    env = {**os.environ, "LANGUAGE": code, "LC_ALL": "C.UTF-8"}
    done = subprocess.run(
        [*COMMAND, "--data-dir", str(tmp_path / "d"), "roster", "import", str(roster), "--dry-run"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=True,
    )
    assert f"{count} " in done.stdout, done.stdout[-800:]
