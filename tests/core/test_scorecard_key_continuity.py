"""An exported scorecard edited with its key cells cleared (issue 24): behaviours are matched by
title to the previous version, so their trends go on, and what the import means for trends is
said before anything is written.

The tests failed on the code before issue 24 (checked on main with the import done the old way:
load, then save): every behaviour got a new key.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldride.scorecards.export import to_rows
from fieldride.scorecards.import_plan import plan_scorecard_import
from fieldride.scorecards.loaders import load_scorecard
from fieldride.scorecards.store import latest_version, save_scorecard_reporting
from fieldride.store import Store


def _write(path: Path, rows: list[list[object]]) -> Path:
    buf = io.StringIO(newline="")
    csv.writer(buf).writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


def _edited(store: Store, key: str, clear: set[int] | None = None) -> list[list[object]]:
    """The latest version of ``key`` as sheet rows, with the key cells of behaviours ``clear``
    (all when None) emptied."""
    version = latest_version(store, key)
    assert version is not None
    rows = [list(r) for r in to_rows(version.card)]
    header = next(i for i, r in enumerate(rows) if r and r[0] == "section")
    for n, row in enumerate(rows[header + 1 :]):
        if clear is None or n in clear:
            row[1] = ""
    return rows


def _import(store: Store, path: Path) -> tuple[str, dict[str, str]]:
    """The old way and the new: plan, then save what the plan says. Returns (consequences,
    {title: key} of the saved version)."""
    plan = plan_scorecard_import(store, load_scorecard(path))
    result = save_scorecard_reporting(store, plan.card, source=path.name)
    return plan.consequences(), {b.title: b.key for b in result.version.card.behaviours()}


def test_cleared_keys_keep_every_trend_and_a_new_behaviour_is_named(
    store: Store, tmp_path: Path
) -> None:
    before = latest_version(store, "discovery-depth")
    assert before is not None
    old = {b.title: b.key for b in before.card.behaviours()}
    rows = _edited(store, "discovery-depth")
    rows.append(["", "", "Checks the budget", "Asks who pays and from which budget.", "", "", ""])
    said, keys = _import(store, _write(tmp_path / "dd.csv", rows))
    assert {t: keys[t] for t in old} == old  # every old behaviour keeps its key, so its trend
    assert keys["Checks the budget"] == "checks-the-budget"
    assert said == (
        "7 behaviours matched by title keep their history; 1 new behaviour starts a new trend "
        "('Checks the budget')."
    )
    assert latest_version(store, "discovery-depth").version == before.version + 1  # type: ignore[union-attr]


def test_the_plan_is_said_before_anything_is_written(store: Store, tmp_path: Path) -> None:
    rows = _edited(store, "discovery-depth")
    header = next(i for i, r in enumerate(rows) if r and r[0] == "section")
    del rows[header + 2]  # one behaviour removed
    count = store.db.execute("SELECT count(*) FROM scorecard_versions").fetchone()[0]
    plan = plan_scorecard_import(store, load_scorecard(_write(tmp_path / "dd.csv", rows)))
    assert store.db.execute("SELECT count(*) FROM scorecard_versions").fetchone()[0] == count
    assert plan.breaks_trends
    assert plan.consequences().startswith("6 behaviours matched by title keep their history; ")
    assert "1 behaviour of version 1 is not in this file; past ratings stay with version 1" in (
        plan.consequences()
    )


def test_cleared_scorecard_key_is_matched_by_name(store: Store, tmp_path: Path) -> None:
    rows = _edited(store, "field-visit")
    key_row = next(r for r in rows if r and r[0] == "Key")
    key_row[1] = ""  # the scorecard's key made from its name would be 'field-visit-essentials'
    rows[-1][3] = str(rows[-1][3]) + " Edited."
    plan = plan_scorecard_import(store, load_scorecard(_write(tmp_path / "fv.csv", rows)))
    assert plan.card.key == "field-visit" and plan.renamed_from == "field-visit-essentials"
    assert plan.by_title and not plan.new and not plan.dropped


def test_unchanged_file_says_nothing_and_new_scorecard_has_no_history(
    store: Store, tmp_path: Path
) -> None:
    version = latest_version(store, "discovery-depth")
    assert version is not None
    same = _write(tmp_path / "same.csv", [list(r) for r in to_rows(version.card)])
    plan = plan_scorecard_import(store, load_scorecard(same))
    assert plan.unchanged and not plan.breaks_trends and plan.consequences() == ""


@given(clear=st.sets(st.integers(0, 6)), shout=st.sets(st.integers(0, 6)))
def test_any_cleared_keys_and_retyped_titles_find_their_history(
    tmp_path_factory: pytest.TempPathFactory, clear: set[int], shout: set[int]
) -> None:
    """Property: whichever key cells are cleared, and whichever titles are retyped in another
    case or spacing, every behaviour of the previous version keeps its key."""
    from fieldride.scorecards.defaults import install_defaults
    from fieldride.store import open_store

    folder = tmp_path_factory.mktemp("k")
    with open_store(folder / "data") as store:
        install_defaults(store)
        before = latest_version(store, "discovery-depth")
        assert before is not None
        rows = _edited(store, "discovery-depth", clear)
        header = next(i for i, r in enumerate(rows) if r and r[0] == "section")
        for n, row in enumerate(rows[header + 1 :]):
            if n in shout:
                row[2] = "  " + str(row[2]).upper().replace(" ", "  ")
        path = _write(folder / "dd.csv", rows)
        plan = plan_scorecard_import(store, load_scorecard(path))
        assert [b.key for b in plan.card.behaviours()] == [b.key for b in before.card.behaviours()]
        assert not plan.new and not plan.dropped
        assert len(plan.by_title) == len(clear)


def test_cli_import_states_the_consequence_and_dry_run_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from fieldride.cli import main
    from fieldride.store import open_store

    d = ["--data-dir", str(tmp_path / "data")]
    assert main([*d, "scorecard", "list"]) == 0
    with open_store(tmp_path / "data") as store:
        rows = _edited(store, "discovery-depth")
    rows.append(["", "", "Checks the budget", "Asks who pays.", "", "", ""])
    path = _write(tmp_path / "dd.csv", rows)
    capsys.readouterr()
    assert main([*d, "scorecard", "import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "7 behaviours matched by title keep their history; 1 new behaviour" in out
    assert "Dry run: would add version 2 of 'Discovery depth'" in out
    assert main([*d, "scorecard", "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "7 behaviours matched by title keep their history" in out
    assert "New version 2 of 'Discovery depth'" in out
