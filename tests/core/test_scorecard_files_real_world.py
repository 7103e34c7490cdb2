"""Scorecard files as enablement teams really write them (issue 24): no text dropped or cut
without a word, list markers pasted from Word, locations that name sheet, row, column letter and
heading, tables on any sheet (a "Read me" tab first, a "Scale" tab, title rows), a plain answer
for a file that is not a scorecard, a precise hint for JSON with comments.

Each test here failed on the code before issue 24 (checked by running it on main first).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from fieldride.scorecards.file_errors import ScorecardFileError
from fieldride.scorecards.loaders import load_scorecard, read_scorecard_file
from fieldride.scorecards.text_fields import strip_list_marker

SEMI = """\
Name;Discovery
Description;{description}
Scale;1;Not yet;{scale_1}
Scale;2;Proficient;Our standard
section;key;title;good;look_fors;questions
Opening;open;Opens well;{good};Asks;Why?
"""


def semi_csv(tmp_path: Path, name: str = "card.csv", **values: str) -> Path:
    fields = {"description": "About it", "scale_1": "Did not show", "good": "Sets an agenda"}
    fields.update(values)
    f = tmp_path / name
    f.write_bytes(SEMI.format(**fields).encode("cp1252"))
    return f


def refusal(path: Path) -> ScorecardFileError:
    with pytest.raises(ScorecardFileError) as exc:
        load_scorecard(path)
    assert exc.value.problems
    return exc.value


# --- class 1: no text dropped or cut silently ----------------------------------------------------
def test_unquoted_semicolon_in_scale_description_is_refused_with_its_cell(tmp_path: Path) -> None:
    f = semi_csv(tmp_path, scale_1="Did not show; the seller talked")
    err = refusal(f)
    text = [str(p) for p in err.problems]
    assert len(text) == 1, text
    assert "row 3" in text[0] and "cell E3" in text[0], text
    assert "';'" in text[0] and "quotes" in text[0], text
    assert "the seller talked" in text[0], text


def test_unquoted_semicolon_in_a_behaviour_cell_is_refused(tmp_path: Path) -> None:
    f = semi_csv(tmp_path, good="Sets an agenda; checks time")
    text = [str(p) for p in refusal(f).problems]
    assert len(text) == 1, text
    assert "row 6" in text[0] and "cell G6" in text[0], text
    assert "7 cells" in text[0] and "6 columns" in text[0], text


def test_cells_beyond_a_scale_row_in_a_workbook_are_reported(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Scorecard"
    ws.append(["Name", "Discovery"])
    ws.append(["Scale", 1, "Not yet", "Did not show", "see the guide, page 4"])
    ws.append(["Scale", 2, "Proficient", "Our standard"])
    ws.append(["section", "title", "good"])
    ws.append(["Opening", "Opens well", "Sets an agenda"])
    f = tmp_path / "card.xlsx"
    wb.save(f)
    text = [str(p) for p in refusal(f).problems]
    assert len(text) == 1, text
    assert "sheet 'Scorecard', row 2, cell E2" in text[0], text
    assert "see the guide, page 4" in text[0], text


def test_cell_without_a_heading_inside_the_table_is_reported(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Name", "Discovery"])
    ws.append(["Scale", 1, "Not yet"])
    ws.append(["Scale", 2, "Proficient"])
    ws.append(["section", "title", None, "good"])
    ws.append(["Opening", "Opens well", "a comment someone typed", "Sets an agenda"])
    f = tmp_path / "card.xlsx"
    wb.save(f)
    text = [str(p) for p in refusal(f).problems]
    assert len(text) == 1 and "cell C5" in text[0] and "no heading" in text[0], text


SEMI_TEXT = st.text(alphabet=st.sampled_from("ab ;,.'"), min_size=1, max_size=20)


@given(description=SEMI_TEXT)
@example(description="first; second")
def test_a_description_is_read_whole_or_its_cell_is_named(
    tmp_path_factory: pytest.TempPathFactory, description: str
) -> None:
    """Property: whatever text sits unquoted in a ';'-separated file, no text is dropped: the
    description is read up to the first ';' only when nothing but blanks follows it (trailing
    separators, as Excel writes them); otherwise the file is refused naming the row and the cell
    after the cut."""
    f = semi_csv(tmp_path_factory.mktemp("p"), description=description)
    first, *rest = description.split(";")
    try:
        card = load_scorecard(f)
    except ScorecardFileError as err:
        assert any(part.strip() for part in rest), err.problems
        assert len(err.problems) == 1, err.problems
        assert "row 2, cell C2" in str(err.problems[0]), err.problems
    else:
        assert not any(part.strip() for part in rest)
        assert card.description == first.strip()


def test_validate_never_says_ok_when_text_would_be_dropped(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from fieldride.cli import main

    f = semi_csv(tmp_path, scale_1="Did not show; the seller talked")
    assert main(["scorecard", "validate", str(f)]) == 1
    out = capsys.readouterr()
    assert "OK" not in out.out
    assert "cell E3" in out.err


# --- class 2: list markers pasted from Word -----------------------------------------------------
@pytest.mark.parametrize("marker", ["• ", "- ", "1) ", "a. ", "◦", "▪ ", "* ", "– ", "2. ", "(b) "])
def test_list_markers_are_removed_from_items(tmp_path: Path, marker: str) -> None:
    f = semi_csv(tmp_path)
    text = f.read_text(encoding="cp1252")
    f.write_bytes(text.replace(";Asks;", f';"{marker}Asks why\n{marker}Asks how";').encode("utf-8"))
    card = load_scorecard(f)
    assert card.behaviours()[0].look_fors == ("Asks why", "Asks how")


MARKERS = st.sampled_from(["• ", "•", "- ", "1) ", "12. ", "a. ", "b) ", "◦ ", "▪", "* ", "– "])
ITEM = st.text(alphabet=st.sampled_from("Asks how wy?,;:'"), min_size=1, max_size=30).filter(
    lambda t: t.strip() and strip_list_marker(t.strip()) == t.strip()
)


@given(marker=MARKERS, item=ITEM)
def test_marker_never_survives_and_plain_items_are_untouched(marker: str, item: str) -> None:
    """Property: one leading list marker is removed; an item without one is left as it is;
    removing is idempotent."""
    plain = item.strip()
    assert strip_list_marker(marker + plain) == plain
    assert strip_list_marker(strip_list_marker(marker + plain)) == plain


def test_words_that_look_like_markers_are_kept() -> None:
    for text in ("e.g. ask twice", "-5% discount asked", "10 minutes early", "A/B test"):
        assert strip_list_marker(text) == text


# --- class 3: locations that name the sheet, row, column letter and heading ---------------------
def test_missing_section_column_is_reported_once_with_the_heading_row(tmp_path: Path) -> None:
    f = tmp_path / "card.csv"
    f.write_text(
        "Name,Discovery\nScale,1,Not yet\nScale,2,Proficient\n"
        "Behaviour,Good\nOpens well,Sets an agenda\nAsks,Why\nListens,Quiet\n",
        encoding="utf-8",
    )
    text = [str(p) for p in refusal(f).problems]
    assert len(text) == 1, text
    assert "column 'section' is missing" in text[0], text
    assert "heading row is row 4: A 'Behaviour', B 'Good'" in text[0], text


def test_every_cell_problem_names_sheet_row_letter_and_heading(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Behaviours"
    ws.append(["Name", "Discovery"])
    ws.append(["Scale", 1, "Not yet"])
    ws.append(["Scale", 2, "Proficient"])
    ws.append(["Area", "Behaviour", "What good looks like", "Weight"])
    ws.append(["Opening", "Opens well", None, "heavy"])
    f = tmp_path / "card.xlsx"
    wb.save(f)
    text = [str(p) for p in refusal(f).problems]
    assert any(
        "sheet 'Behaviours', row 5, cell C5, column 'What good looks like'" in t for t in text
    ), text
    assert any("sheet 'Behaviours', row 5, cell D5, column 'Weight'" in t for t in text), text


# --- class 4: sheets ----------------------------------------------------------------------------
def _workbook(tmp_path: Path, read_me_first: bool, scale_sheet: bool) -> Path:
    wb = openpyxl.Workbook()
    first = wb.active
    if read_me_first:
        first.title = "Read me"
        first.append(["How to fill in this scorecard"])
        first.append(["Rate each behaviour from 1 to 4."])
        card = wb.create_sheet("Card")
    else:
        card = first
        card.title = "Card"
    card.append(["Discovery scorecard — Q3"])  # a title row, merged over the table
    card.merge_cells("A1:D1")
    card.append(["Name", "Discovery"])
    if not scale_sheet:
        card.append(["Scale", 1, "Not yet"])
        card.append(["Scale", 2, "Proficient"])
    card.append([])
    card.append(["section", "title", "good", "look_fors"])
    card.append(["Opening", "Opens well", "Sets an agenda", "• Asks why\n• Asks how"])
    if scale_sheet:
        scale = wb.create_sheet("Scale")
        scale.append(["Rating scale"])
        scale.append(["Value", "Label", "Description"])
        scale.append([1, "Not yet", "Did not show"])
        scale.append([2, "Proficient", "Our standard"])
    f = tmp_path / "card.xlsx"
    wb.save(f)
    return f


def test_table_found_after_a_read_me_tab_and_sheets_named(tmp_path: Path) -> None:
    loaded = read_scorecard_file(_workbook(tmp_path, read_me_first=True, scale_sheet=False))
    assert loaded.card.name == "Discovery"
    assert loaded.card.behaviours()[0].look_fors == ("Asks why", "Asks how")
    notes = " ".join(loaded.notes)
    assert "sheet 'Card'" in notes and "passed over" in notes and "'Read me'" in notes, notes
    assert "Discovery scorecard — Q3" in notes, notes  # the title row is named, not dropped


def test_scale_on_its_own_sheet(tmp_path: Path) -> None:
    loaded = read_scorecard_file(_workbook(tmp_path, read_me_first=True, scale_sheet=True))
    assert [(lv.value, lv.label) for lv in loaded.card.scale] == [(1, "Not yet"), (2, "Proficient")]
    assert loaded.card.scale[0].description == "Did not show"
    assert "sheet 'Scale'" in " ".join(loaded.notes)


def test_no_table_on_any_sheet_names_the_sheets_looked_at(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Read me"
    ws.append(["Name", "Discovery"])
    ws.append(["section", "notes"])
    wb.create_sheet("Notes").append(["title", "x"])
    f = tmp_path / "card.xlsx"
    wb.save(f)
    text = " ".join(str(p) for p in refusal(f).problems)
    assert "'Read me'" in text and "'Notes'" in text, text


# --- class 5: a file that is not a scorecard; JSON with comments --------------------------------
@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("sales.csv", "date,amount,customer\n2026-01-02,500,Acme\n2026-01-03,20,Bolt\n"),
        ("config.json", '{"server": "x", "port": 80}'),
        ("list.yaml", "- milk\n- eggs\n"),
    ],
)
def test_unrelated_file_gets_a_plain_answer(tmp_path: Path, name: str, content: str) -> None:
    f = tmp_path / name
    f.write_text(content, encoding="utf-8")
    text = [str(p) for p in refusal(f).problems]
    assert len(text) == 1, text
    assert "isn't a scorecard" in text[0], text
    for jargon in (r"\bsections?\b", r"\bkeys?\b", r"\bcolumns?\b", r"docs/", r"\bfields?\b"):
        assert not re.search(jargon, text[0].lower()), (jargon, text)
    assert "Help" in text[0]


def test_json_with_comments_gets_a_precise_hint(tmp_path: Path) -> None:
    f = tmp_path / "card.json"
    f.write_text(
        '{\n  "name": "Discovery",\n  "scale": [],\n  // the levels come later\n  "sections": []\n}\n',
        encoding="utf-8",
    )
    text = [str(p) for p in refusal(f).problems]
    assert len(text) == 1, text
    assert "comments are not allowed in JSON: line 4 starts with //" in text[0], text


def test_json_block_comment_hint(tmp_path: Path) -> None:
    f = tmp_path / "card.json"
    f.write_text('/* exported */\n{"name": "x"}\n', encoding="utf-8")
    text = str(refusal(f).problems[0])
    assert "comments are not allowed in JSON: line 1 starts with /*" in text, text


def test_plain_json_still_loads(tmp_path: Path) -> None:
    f = tmp_path / "card.json"
    data = {
        "name": "Tiny",
        "scale": [{"value": 1, "label": "No"}, {"value": 2, "label": "Yes"}],
        "sections": [{"title": "S", "behaviours": [{"title": "T // not a comment", "good": "g"}]}],
    }
    f.write_text(json.dumps(data, indent=2), encoding="utf-8")
    assert load_scorecard(f).behaviours()[0].title == "T // not a comment"


BAD_VALUES = st.sampled_from(["", "heavy", "Scael", "0", "-3", "x" * 300, "Titel", "=1+1"])


@given(
    edits=st.lists(
        st.tuples(st.integers(0, 20), st.integers(0, 8), BAD_VALUES), min_size=1, max_size=4
    )
)
def test_every_problem_in_a_sheet_names_its_row_and_cell(
    tmp_path_factory: pytest.TempPathFactory, edits: list[tuple[int, int, str]]
) -> None:
    """Property: cells of an exported scorecard overwritten with bad values (headings and label
    cells included); whatever is refused, every problem that names a row names a cell with its
    column letter, or is the one problem of a missing column that lists the heading row."""
    import csv as csv_module

    from fieldride.resources import resource_path
    from fieldride.scorecards.export import to_rows

    rows = [
        [str(c) for c in r]
        for r in to_rows(load_scorecard(resource_path("scorecards", "discovery-depth.yaml")))
    ]
    for r, c, value in edits:
        row = rows[min(r, len(rows) - 1)]
        if c < len(row):
            row[c] = value
        else:
            row.append(value)
    f = tmp_path_factory.mktemp("e") / "card.csv"
    with f.open("w", encoding="utf-8", newline="") as fh:
        csv_module.writer(fh).writerows(rows)
    try:
        load_scorecard(f)
    except ScorecardFileError as err:
        for p in err.problems:
            if p.where.startswith("row"):
                assert re.search(r"cell [A-Z]+\d+", p.where) or "heading row is row" in p.message, p


# --- more properties: sheets, unrelated files, JSON comments ------------------------------------
SHEET_NAMES = st.sampled_from(["Read me", "Notes", "Instructions", "Changelog", "Hinweise"])


@given(
    before=st.lists(SHEET_NAMES, max_size=3, unique=True),
    titles=st.integers(0, 2),
    scale_sheet=st.booleans(),
)
def test_the_table_is_found_on_any_sheet_and_the_others_are_named(
    tmp_path_factory: pytest.TempPathFactory, before: list[str], titles: int, scale_sheet: bool
) -> None:
    """Property: with any number of other tabs in front, title rows above the table and the
    scale on its own tab or not, the scorecard is read and the notes name the sheet read and
    every sheet passed over."""
    wb = openpyxl.Workbook()
    first = wb.active
    sheets = [*before, "Card"]
    first.title = sheets[0]
    for name in sheets[1:]:
        wb.create_sheet(name)
    for name in before:
        wb[name].append([f"About this workbook ({name})"])
        wb[name].append(["Fill in one row per behaviour."])
    card = wb["Card"]
    for n in range(titles):
        card.append([f"Title line {n + 1}"])
    card.append(["Name", "Discovery"])
    if not scale_sheet:
        card.append(["Scale", 1, "Not yet"])
        card.append(["Scale", 2, "Proficient"])
    card.append(["section", "title", "good"])
    card.append(["Opening", "Opens well", "Sets an agenda"])
    if scale_sheet:
        scale = wb.create_sheet("Scale")
        scale.append(["value", "label"])
        scale.append([1, "Not yet"])
        scale.append([2, "Proficient"])
    f = tmp_path_factory.mktemp("w") / "card.xlsx"
    wb.save(f)
    loaded = read_scorecard_file(f)
    assert [lv.label for lv in loaded.card.scale] == ["Not yet", "Proficient"]
    notes = " ".join(loaded.notes)
    assert "sheet 'Card'" in notes
    for name in before:
        assert f"'{name}'" in notes and "passed over" in notes, notes
    for n in range(titles):
        assert f"Title line {n + 1}" in notes, notes
    assert ("sheet 'Scale'" in notes) == scale_sheet


WORDS = st.sampled_from(["date", "amount", "customer", "city", "total", "id", "qty", "price"])


@given(
    header=st.lists(WORDS, min_size=1, max_size=6, unique=True),
    cells=st.lists(st.text(alphabet="abc 123,.", max_size=12), max_size=30),
    suffix=st.sampled_from([".csv", ".xlsx"]),
)
def test_any_unrelated_table_gets_the_one_plain_answer(
    tmp_path_factory: pytest.TempPathFactory, header: list[str], cells: list[str], suffix: str
) -> None:
    """Property: a table with nothing of a scorecard in it is refused with exactly one plain
    problem, without column jargon, whatever its headings and cells."""
    width = len(header)
    rows = [header] + [cells[i : i + width] for i in range(0, len(cells), width)]
    f = tmp_path_factory.mktemp("u") / f"data{suffix}"
    if suffix == ".xlsx":
        wb = openpyxl.Workbook()
        for row in rows:
            wb.active.append(row)
        wb.save(f)
    else:
        import csv as csv_module

        with f.open("w", encoding="utf-8", newline="") as fh:
            csv_module.writer(fh).writerows(rows)
    problems = refusal(f).problems
    assert len(problems) == 1, problems
    text = str(problems[0])
    assert "isn't a scorecard" in text and not re.search(r"\bcolumns?\b|docs/", text), text


@given(
    line=st.integers(1, 12),
    marker=st.sampled_from(["//", "/*", "#"]),
    indent=st.sampled_from(["", "  ", "\t"]),
)
def test_a_comment_anywhere_in_json_is_named_by_its_line(
    tmp_path_factory: pytest.TempPathFactory, line: int, marker: str, indent: str
) -> None:
    """Property: a comment line put anywhere between the lines of a valid JSON scorecard is
    named by its line number and marker, in the one problem reported."""
    data = {
        "name": "Tiny",
        "scale": [{"value": 1, "label": "No"}, {"value": 2, "label": "Yes"}],
        "sections": [{"title": "S", "behaviours": [{"title": "T", "good": "g"}]}],
    }
    lines = json.dumps(data, indent=2).splitlines()
    at = min(line, len(lines)) - 1
    lines.insert(at, f"{indent}{marker} a note")
    f = tmp_path_factory.mktemp("j") / "card.json"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = refusal(f).problems
    assert len(problems) == 1, problems
    assert f"line {at + 1} starts with {marker}" in str(problems[0]), problems
