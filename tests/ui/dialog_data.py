"""Real data for opening the dialogs: a bundle from a demo team, an HR roster with a possible
duplicate, a scorecard file with problems, a damaged data file with backups. Shared by the
dialogs' pseudo-locale test and tests/harness/language_walk_dialogs.py."""

from __future__ import annotations

from pathlib import Path

from fieldride.store import CorruptStoreError, make_backup, open_store
from fieldride.tabular import ImportFileError, Problem


def demo_bundle(work: Path) -> Path:
    """A bundle exported from a second data folder with a small demo team."""
    from fieldride.demo import build_demo
    from fieldride.exchange.bundles import export_bundle

    other = open_store(work / "manager")
    build_demo(other, seed=5, months=2)
    bundle = work / "anna.fieldride.json"
    export_bundle(other, bundle)
    other.close()
    return bundle


def hr_roster(path: Path, known: str) -> Path:
    """An HR export: ``known`` updated, an extra column, the same person on two rows."""
    path.write_text(
        f"Name,Team,Email,Line manager\n{known},New,,Pat\nBen Carter,North,ben@example.com,Pat\n"
        "ben carter,,,Pat\n",
        encoding="utf-8",
    )
    return path


def scorecard_problems(path: Path) -> list[Problem]:
    """The problems the importer finds in a scorecard file with a name, scale and columns
    missing."""
    from fieldride.scorecards.loaders import load_scorecard

    path.write_text("section;key;title\nOpening;;\n;x;Y\n", encoding="utf-8")
    try:
        load_scorecard(path)
    except ImportFileError as err:
        return list(err.problems)
    raise AssertionError("the broken scorecard loaded")


def damaged_folder(folder: Path) -> CorruptStoreError:
    """A data folder with one sound and one damaged backup, then its data file damaged: the
    error opening it raises (what the recovery window is shown with)."""
    from fieldride.team import sellers

    with open_store(folder) as s:
        sellers.add_seller(s, "Ana")
        make_backup(s, "daily")
        broken = make_backup(s, "manual")
    broken.write_bytes(b"\0" * 5000)
    db_file = folder / "fieldride.db"
    raw = bytearray(db_file.read_bytes())
    raw[4096 * 2 : 4096 * 4] = b"\xa5" * 8192
    db_file.write_bytes(bytes(raw))
    try:
        open_store(folder)
    except CorruptStoreError as err:
        return err
    raise AssertionError("the damaged data file opened")
