"""The templates and the help page shipped inside the app (issue 24): a manager has no docs/
folder, so what a scorecard or roster file looks like, and a file to start from, come with the
app. Each template imports cleanly as shipped."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from fieldride.resources import resource_path
from fieldride.scorecards.loaders import read_scorecard_file
from fieldride.scorecards.templates import write_scorecard_template
from fieldride.store import Store
from fieldride.team import list_sellers, plan_roster, write_roster_template


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_scorecard_template_imports_cleanly_without_keys(tmp_path: Path, fmt: str) -> None:
    out = write_scorecard_template(tmp_path / f"t.{fmt}", fmt)
    loaded = read_scorecard_file(out)
    card = loaded.card
    assert card.name == "My team's scorecard"
    assert [lv.label for lv in card.scale] == ["Not yet", "Developing", "Proficient", "Role model"]
    assert len(card.sections) == 2 and len(card.behaviours()) == 3
    assert card.behaviours()[0].look_fors == (
        "States the purpose in one sentence",
        "Asks what the customer wants to cover",
    )
    if fmt == "xlsx":
        import openpyxl

        sheet = openpyxl.load_workbook(out)["Scorecard"]
        keys = [row[1] for row in sheet.iter_rows(values_only=True) if row and row[0] != "section"]
        assert sheet["A2"].value == "Key" and sheet["B2"].value is None
        assert all(k is None for k in keys[8:]), keys  # behaviour key cells left empty


def test_roster_template_plans_two_new_sellers(store: Store, tmp_path: Path) -> None:
    out = write_roster_template(tmp_path / "roster.csv")
    plan = plan_roster(store, out)
    assert [(c.action, c.name) for c in plan.preview.changes] == [
        ("added", "Ana Ruiz"),
        ("added", "Ben Carter"),
    ]
    assert plan.preview.ignored_columns == ()
    assert list_sellers(store) == []


def test_help_page_speaks_plainly_and_covers_both_files() -> None:
    html = resource_path("help", "file-formats.html").read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", "", html)
    for needed in ("Scale", "section", "title", "good", "First name", "Last name", "Read me"):
        assert needed in text, needed
    assert "docs/" not in text and "schema" not in text.lower()
