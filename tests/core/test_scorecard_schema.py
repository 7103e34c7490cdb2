"""docs/scorecard.schema.json says what the validating loader accepts (kept in step by test)."""

from __future__ import annotations

import json
from pathlib import Path

from fieldride.scorecards import field_checks, validation
from fieldride.scorecards.loaders import load_scorecard
from fieldride.scorecards.model import Scorecard
from fieldride.tabular import ProblemList

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "docs" / "scorecard.schema.json").read_text(encoding="utf-8"))


def test_schema_fields_match_the_validator() -> None:
    assert set(SCHEMA["properties"]) == {*validation.TOP_FIELDS, "$schema"}
    assert set(SCHEMA["required"]) == {"name", "scale", "sections"}
    level = SCHEMA["properties"]["scale"]["items"]
    assert set(level["properties"]) == set(validation.LEVEL_FIELDS)
    section = SCHEMA["properties"]["sections"]["items"]
    assert set(section["properties"]) == set(validation.SECTION_FIELDS)
    behaviour = SCHEMA["$defs"]["behaviour"]
    assert set(behaviour["properties"]) == set(validation.BEHAVIOUR_FIELDS)
    assert set(behaviour["required"]) == {"title", "good"}
    assert SCHEMA["$defs"]["key"]["pattern"] == field_checks.KEY_RE.pattern
    assert behaviour["properties"]["weight"]["maximum"] == validation.MAX_WEIGHT


def test_docs_example_is_a_valid_scorecard(tmp_path: Path) -> None:
    text = (ROOT / "docs" / "scorecards.md").read_text(encoding="utf-8")
    example = text.split("```yaml\n", 1)[1].split("```", 1)[0]
    f = tmp_path / "example.yaml"
    f.write_text(example, encoding="utf-8")
    card = load_scorecard(f)
    assert card.key == "discovery-depth"
    assert card.behaviours()[0].weight == 1.5


def test_model_output_needs_no_cleaning() -> None:
    """to_dict of a validated scorecard validates to itself (the stored form is canonical)."""
    card = load_scorecard(ROOT / "resources" / "scorecards" / "field-visit.yaml")
    again = validation.validate_definition(card.to_dict(), ProblemList("x.yaml"))
    assert isinstance(again, Scorecard) and again == card
