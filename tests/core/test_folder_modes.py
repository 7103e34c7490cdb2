"""FieldRide changes the mode only of folders it made (issue 20, fault 7). Real folders."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from fieldride.cli import main
from fieldride.store import StoreError, open_store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("shared_mode", [0o1777, 0o777, 0o755, 0o750])
def test_an_existing_folder_open_to_others_is_refused_and_left_alone(
    tmp_path: Path, shared_mode: int
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "someone-elses.txt").write_text("not ours")
    os.chmod(shared, shared_mode)
    with pytest.raises(StoreError) as info:
        open_store(shared)
    message = str(info.value)
    assert "open to other users" in message and f"{shared / 'FieldRide'}" in message
    assert mode(shared) == shared_mode, "the mode (and sticky bit) are untouched"
    assert sorted(p.name for p in shared.iterdir()) == ["someone-elses.txt"], "nothing created"


def test_the_command_line_says_the_same_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    assert main(["--data-dir", str(shared), "scorecard", "list"]) == 1
    err = capsys.readouterr().err
    assert "open to other users" in err and "Traceback" not in err
    assert mode(shared) == 0o1777


def test_the_suggested_subfolder_is_created_private(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    with open_store(shared / "FieldRide") as store:
        assert mode(store.folder) == 0o700
    assert mode(shared) == 0o1777


def test_a_fieldride_data_folder_is_still_made_private(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    open_store(folder).close()
    os.chmod(folder, 0o755)  # loosened by a copy or an archive tool
    open_store(folder).close()
    assert mode(folder) == 0o700


def test_a_private_existing_folder_is_used_as_it_is(tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir(mode=0o700)
    os.chmod(mine, 0o700)
    with open_store(mine) as store:
        assert store.path.is_file()
    assert mode(mine) == 0o700
