"""The validating scorecard loaders: every format, every bad-input class, all problems at once."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import openpyxl
import pytest

from fieldride.resources import resource_path
from fieldride.scorecards.export import to_rows
from fieldride.scorecards.file_errors import ScorecardFileError
from fieldride.scorecards.loaders import load_scorecard
from fieldride.scorecards.text_fields import slugify, split_items

FIXTURES = Path(__file__).parent.parent / "fixtures" / "scorecards"
FIELD_VISIT = resource_path("scorecards", "field-visit.yaml")


def problems_of(path: Path) -> list[str]:
    with pytest.raises(ScorecardFileError) as exc:
        load_scorecard(path)
    assert exc.value.problems, "a refusal always carries problems"
    return [str(p) for p in exc.value.problems]


def write_rows(
    path: Path, rows: list[list[object]], delimiter: str = ",", enc: str = "utf-8"
) -> Path:
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=delimiter).writerows(rows)
    path.write_bytes(buf.getvalue().encode(enc))
    return path


MINIMAL_YAML = """\
name: Minimal
scale:
  - {value: 1, label: Not yet}
  - {value: 2, label: "Yes"}
sections:
  - title: All
    behaviours:
      - title: Asks open questions
        good: Uses what and how.
"""


# --- good files ---------------------------------------------------------------------------------
def test_yaml_minimal_derives_keys(tmp_path: Path) -> None:
    f = tmp_path / "m.yaml"
    f.write_text(MINIMAL_YAML, encoding="utf-8")
    card = load_scorecard(f)
    assert card.key == "minimal"
    assert card.behaviours()[0].key == "asks-open-questions"
    assert [lv.label for lv in card.scale] == ["Not yet", "Yes"]


def test_yaml_no_and_dates_stay_text(tmp_path: Path) -> None:
    f = tmp_path / "m.yaml"
    f.write_text(
        MINIMAL_YAML.replace('"Yes"', "No").replace("title: All", "title: 2026-01-01"),
        encoding="utf-8",
    )
    card = load_scorecard(f)
    assert card.scale[1].label == "No"
    assert card.sections[0].title == "2026-01-01"


def test_json_equals_yaml(tmp_path: Path) -> None:
    card = load_scorecard(FIELD_VISIT)
    f = tmp_path / "c.json"
    f.write_text(json.dumps(card.to_dict()), encoding="utf-8")
    assert load_scorecard(f) == card


def test_excel_csv_semicolon_cp1252_with_comma_decimal_and_pipes() -> None:
    card = load_scorecard(FIXTURES / "excel-de-semicolon-cp1252.csv")
    assert card.name == "Entdeckung im Gespräch"
    assert card.key == "entdeckung-im-gesprach"
    first, second = card.behaviours()
    assert first.weight == 1.5
    assert first.look_fors == ("Was/Wie-Fragen", "Fragt zweimal nach")
    assert first.questions == (
        "Welche Antwort hat Sie überrascht?",
        "Wo hätten Sie tiefer fragen können?",
    )
    assert second.weight is None
    assert len(card.sections) == 1  # the empty section cell continued the section above


def test_excel_unicode_text_utf16_tab() -> None:
    card = load_scorecard(FIXTURES / "excel-unicode-text-utf16.txt")
    assert card == load_scorecard(FIXTURES / "excel-de-semicolon-cp1252.csv")


@pytest.mark.parametrize("enc", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_csv_encodings(tmp_path: Path, enc: str) -> None:
    rows = to_rows(load_scorecard(FIELD_VISIT))
    rows[0][1] = "Visite terrain – été"
    f = write_rows(tmp_path / "c.csv", rows, enc=enc)
    assert load_scorecard(f).name == "Visite terrain – été"


def test_xlsx_with_title_rows_and_numbers(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in to_rows(load_scorecard(FIELD_VISIT)):
        ws.append(row)
    ws["G10"] = 2  # a number in the weight column of the first behaviour
    f = tmp_path / "c.xlsx"
    wb.save(f)
    card = load_scorecard(f)
    assert card.behaviours()[0].weight == 2.0
    assert card.scale[0].value == 1


def test_split_items_rules() -> None:
    assert split_items("a | b|c") == ["a", "b", "c"]
    assert split_items("a | b\nc") == ["a | b", "c"]
    assert split_items("one|two\n") == ["one|two"]
    assert split_items("\n\n x \r\n y ") == ["x", "y"]


def test_slugify_is_stable() -> None:
    assert slugify("Asks open, layered questions") == "asks-open-layered-questions"
    assert slugify("Écoute   active!") == "ecoute-active"
    greek = slugify("Ακούει ενεργά")
    assert greek.startswith("behaviour-") and greek == slugify("Ακούει ενεργά")


# --- bad files: every class from the issue -----------------------------------------------------
def test_many_problems_reported_at_once_in_file_order() -> None:
    text = problems_of(FIXTURES / "many-problems.yaml")
    assert len(text) == 10
    joined = "\n".join(text)
    assert (
        "line 2, field 'descripton': Unknown field 'descripton'. Did you mean 'description'?"
        in joined
    )
    assert "FieldRide numbers versions itself" in joined
    assert "not in rising order: 1 comes after 2" in joined
    assert "level value must be a number, but it is 'two'" in joined
    assert "weight must be a number, but it is 'heavy'" in joined
    assert "Did you mean 'look_fors'?" in joined
    assert "key 'opening' is also used by line 11" in joined
    assert "what good looks like is missing" in joined
    assert "section has no behaviours" in joined
    lines = [int(t.split("line ")[1].split()[0].rstrip(",")) for t in text]
    assert lines == sorted(lines)


def test_misspelt_columns_and_labels_suggest_closest() -> None:
    text = "\n".join(problems_of(FIXTURES / "misspelt-and-broken.csv"))
    assert (
        "cell A2, column 'Scael': Unknown label 'Scael' above the behaviour table. Did you mean 'Scale'?"
        in text
    )
    assert "cell B6, column 'Titel': Unknown column. Did you mean 'title'?" in text
    assert "column 'Questons': Unknown column. Did you mean 'questions'?" in text
    assert "The column 'title' is missing; the heading row is row 6: A 'Section'" in text
    assert "row 4, cell B4, column 'Scale value': The scale is not in rising order" in text
    assert "row 7, cell F7, column 'Weight': The weight must be a number, but it is 'heavy'" in text
    assert text.count("title is missing") == 0  # reported once as a missing column


def test_missing_required_fields(tmp_path: Path) -> None:
    f = tmp_path / "m.yaml"
    f.write_text("description: only this\n", encoding="utf-8")
    text = "\n".join(problems_of(f))
    assert "has no name" in text
    assert "rating scale is missing" in text
    assert "no behaviours" in text


@pytest.mark.parametrize(
    ("scale", "expected"),
    [
        ("[]", "The scale is empty"),
        ("[{value: 1, label: Only}]", "only one level"),
        ("[{value: 1, label: A}, {value: 1, label: B}]", "The value 1 is used twice"),
        ("[{value: 2, label: A}, {value: 1, label: B}]", "not in rising order"),
        ("[{value: 1.5, label: A}, {value: 2, label: B}]", "whole number from 0 to 100"),
        ("[{value: 1, label: A}, {value: 2, label: a}]", "also used by level 1"),
        ("[{value: 1}, {value: 2, label: B}]", "label is missing"),
        ("not a list", "must be a list of levels"),
    ],
)
def test_bad_scales(tmp_path: Path, scale: str, expected: str) -> None:
    f = tmp_path / "s.yaml"
    f.write_text(
        MINIMAL_YAML.split("scale:")[0]
        + f"scale: {scale}\n"
        + "sections:"
        + MINIMAL_YAML.split("sections:")[1],
        encoding="utf-8",
    )
    assert any(expected in t for t in problems_of(f)), problems_of(f)


def test_duplicate_keys_derived_and_explicit(tmp_path: Path) -> None:
    card = load_scorecard(FIELD_VISIT)
    rows = to_rows(card)
    header = rows.index(["section", "key", "title", "good", "look_fors", "questions", "weight"])
    rows[header + 2][1] = rows[header + 1][1]  # explicit duplicate key
    rows[header + 3][1] = ""
    rows[header + 4][1] = ""
    rows[header + 4][2] = rows[header + 3][2]  # same title, derived duplicate
    text = "\n".join(problems_of(write_rows(tmp_path / "d.csv", rows)))
    assert "key 'preparation' is also used by row" in text
    assert "(derived from the title) is also used by row" in text


def test_duplicate_yaml_mapping_keys(tmp_path: Path) -> None:
    f = tmp_path / "d.yaml"
    f.write_text(
        MINIMAL_YAML.replace("good: Uses what and how.", "good: A\n        good: B"),
        encoding="utf-8",
    )
    assert any(
        "'good' appears twice in the same block (first on line 9)" in t for t in problems_of(f)
    )


def test_duplicate_json_keys(tmp_path: Path) -> None:
    f = tmp_path / "d.json"
    f.write_text('{"name": "A", "name": "B", "scale": [], "sections": []}', encoding="utf-8")
    assert any("'name' appears twice" in t for t in problems_of(f))


def test_text_where_a_number_belongs_and_bad_weights(tmp_path: Path) -> None:
    rows = to_rows(load_scorecard(FIELD_VISIT))
    rows[3][1] = "one"
    header = next(i for i, r in enumerate(rows) if r and r[0] == "section")
    rows[header + 1][6] = "1.2.3"
    rows[header + 2][6] = "-4"
    rows[header + 3][6] = "nan"
    text = "\n".join(problems_of(write_rows(tmp_path / "n.csv", rows)))
    assert (
        "row 4, cell B4, column 'Scale value': The level value must be a number, but it is 'one'"
        in text
    )
    assert "but it is '1.2.3'" in text
    assert "between 0 and 1000, not -4" in text
    assert "must be a finite number" in text


def test_yaml_syntax_error_has_line(tmp_path: Path) -> None:
    f = tmp_path / "s.yaml"
    f.write_text("name: x\nscale: [1, 2\nsections: []\n", encoding="utf-8")
    text = problems_of(f)[0]
    assert "not valid YAML" in text and "line 3" in text


def test_json_syntax_error_has_line(tmp_path: Path) -> None:
    f = tmp_path / "s.json"
    f.write_text('{\n  "name": "x",\n  "scale": [1 2]\n}', encoding="utf-8")
    text = problems_of(f)[0]
    assert "not valid JSON" in text and "line 3" in text


def test_alias_bomb_refused() -> None:
    text = problems_of(FIXTURES / "alias-bomb.yaml")
    assert len(text) == 1 and "alias bomb" in text[0]


def test_small_aliases_are_fine(tmp_path: Path) -> None:
    f = tmp_path / "a.yaml"
    f.write_text(
        MINIMAL_YAML.replace("title: All", "title: &t All").replace(
            "good: Uses what and how.", "good: Uses what and how.\n        look_fors: [*t]"
        ),
        encoding="utf-8",
    )
    assert load_scorecard(f).behaviours()[0].look_fors == ("All",)


def test_oversized_files(tmp_path: Path) -> None:
    f = tmp_path / "big.yaml"
    f.write_bytes(b"# " + b"x" * 2_100_000)
    assert "at most 2 MB" in problems_of(f)[0]
    g = tmp_path / "big.csv"
    g.write_bytes(b"a," * 5_100_000)
    assert "more than the 10.0 MB" in problems_of(g)[0]


def test_password_protected_and_corrupt_xlsx(tmp_path: Path) -> None:
    f = tmp_path / "locked.xlsx"
    f.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 1000)
    assert "password-protected" in problems_of(f)[0]
    g = tmp_path / "broken.xlsx"
    g.write_bytes(b"PK\x03\x04garbage")
    assert "damaged" in problems_of(g)[0]


def test_xlsx_zip_bomb(tmp_path: Path) -> None:
    f = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(f, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/worksheets/sheet1.xml", b"<" * 70_000_000)
    assert "zip bomb" in problems_of(f)[0]


def test_no_behaviour_table_and_unknown_type(tmp_path: Path) -> None:
    f = write_rows(tmp_path / "x.csv", [["just", "some"], ["data", "here"]])
    assert "isn't a scorecard" in problems_of(f)[0]
    g = tmp_path / "card.docx"
    g.write_text("x", encoding="utf-8")
    assert "cannot read '.docx' files" in problems_of(g)[0]
    assert "does not exist" in problems_of(tmp_path / "missing.yaml")[0]


def test_not_a_mapping_and_wrong_types(tmp_path: Path) -> None:
    f = tmp_path / "l.yaml"
    f.write_text("- just\n- a list\n", encoding="utf-8")
    assert "isn't a scorecard" in problems_of(f)[0]
    g = tmp_path / "t.yaml"
    g.write_text(
        MINIMAL_YAML.replace(
            "good: Uses what and how.",
            "good: [a, b]\n        questions: {a: 1}\n        key: Not A Key",
        ),
        encoding="utf-8",
    )
    text = "\n".join(problems_of(g))
    assert "must be text" in text
    assert "'questions' must be a list of texts" in text
    assert "'Not A Key' is not a valid key" in text and "'not-a-key'" in text


def test_first_behaviour_without_section(tmp_path: Path) -> None:
    rows = to_rows(load_scorecard(FIELD_VISIT))
    header = next(i for i, r in enumerate(rows) if r and r[0] == "section")
    rows[header + 1][0] = ""
    assert any(
        "first behaviour has no section" in t
        for t in problems_of(write_rows(tmp_path / "s.csv", rows))
    )


def test_control_characters_and_line_breaks_are_cleaned(tmp_path: Path) -> None:
    f = tmp_path / "c.json"
    data = load_scorecard(FIELD_VISIT).to_dict()
    data["name"] = "  Field\x07 visit\r\n essentials "
    data["description"] = "line one\r\nline two\x00"
    f.write_text(json.dumps(data), encoding="utf-8")
    card = load_scorecard(f)
    assert card.name == "Field visit essentials"
    assert card.description == "line one\nline two"
