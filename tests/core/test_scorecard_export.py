"""Export round trips: importing an export gives back the same scorecard, in every format.

Hypothesis generates scorecards with arbitrary text (line breaks, quotes, ``|``, ``=``, control
characters, any Unicode), normalises them the way every loader does (validate_definition), and
checks that YAML, JSON, CSV and XLSX bring back an equal scorecard with an equal content hash.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from fieldride.resources import resource_path
from fieldride.scorecards.export import export_scorecard, to_json, to_rows, to_yaml
from fieldride.scorecards.loaders import load_scorecard
from fieldride.scorecards.model import Behaviour, Level, Scorecard, Section
from fieldride.scorecards.text_fields import clean_line
from fieldride.scorecards.validation import validate_definition
from fieldride.tabular import ProblemList

chars = st.characters(blacklist_categories=("Cs",))
tricky = st.sampled_from(
    ['"', "'", "|", "\n", "=1+2", ";", ",", "\t", "# ", ": ", "- ", "ü", "Ł", "中"]
)
raw_text = st.lists(st.one_of(st.text(chars, max_size=12), tricky), max_size=5).map("".join)
visible = st.text(st.characters(categories=("L", "N", "P", "S")), min_size=1, max_size=4)
line = st.builds(lambda a, b: clean_line(a + b), visible, raw_text)  # never empty
paragraph = st.builds(lambda a, b: a + b, visible, raw_text)
key = st.from_regex(r"[a-z0-9][a-z0-9_-]{0,15}", fullmatch=True)
weight = st.one_of(
    st.none(),
    st.floats(min_value=0, max_value=1000, allow_nan=False),
    st.integers(0, 1000).map(float),
)


@st.composite
def behaviours(draw: st.DrawFn, n: int) -> list[Behaviour]:
    keys = draw(st.lists(key, min_size=n, max_size=n, unique=True))
    return [
        Behaviour(
            key=k,
            title=draw(line),
            good=draw(paragraph),
            look_fors=tuple(draw(st.lists(line, max_size=3))),
            questions=tuple(draw(st.lists(line, max_size=3))),
            weight=draw(weight),
        )
        for k in keys
    ]


@st.composite
def scorecards(draw: st.DrawFn) -> Scorecard:
    n_sections = draw(st.integers(1, 3))
    per = [draw(st.integers(1, 3)) for _ in range(n_sections)]
    all_b = draw(behaviours(sum(per)))
    titles = draw(st.lists(line, min_size=n_sections, max_size=n_sections, unique_by=str.casefold))
    sections, start = [], 0
    for title, count in zip(titles, per, strict=True):
        sections.append(Section(title, tuple(all_b[start : start + count])))
        start += count
    values = sorted(draw(st.sets(st.integers(0, 100), min_size=2, max_size=5)))
    labels = draw(
        st.lists(line, min_size=len(values), max_size=len(values), unique_by=str.casefold)
    )
    scale = tuple(Level(v, lb, draw(raw_text)) for v, lb in zip(values, labels, strict=True))
    return Scorecard(
        key=draw(key),
        name=draw(line),
        scale=scale,
        sections=tuple(sections),
        description=draw(raw_text),
    )


def normalised(card: Scorecard) -> Scorecard:
    """The scorecard as any loader would store it (cleaned text)."""
    problems = ProblemList("generated.yaml")
    result = validate_definition(card.to_dict(), problems)
    assume(result is not None)  # e.g. a whitespace-only 'good' after cleaning
    assert result is not None
    return result


SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(card=scorecards())
def test_round_trip_yaml(tmp_path: Path, card: Scorecard) -> None:
    card = normalised(card)
    f = tmp_path / "c.yaml"
    f.write_text(to_yaml(card, "exported by a test\nsecond line"), encoding="utf-8")
    back = load_scorecard(f)
    assert back == card
    assert back.content_hash() == card.content_hash()


@SETTINGS
@given(card=scorecards())
def test_round_trip_json(tmp_path: Path, card: Scorecard) -> None:
    card = normalised(card)
    f = tmp_path / "c.json"
    f.write_text(to_json(card), encoding="utf-8")
    assert load_scorecard(f).content_hash() == card.content_hash()


@SETTINGS
@given(card=scorecards(), delimiter=st.sampled_from([",", ";", "\t"]))
def test_round_trip_csv(tmp_path: Path, card: Scorecard, delimiter: str) -> None:
    card = normalised(card)
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=delimiter).writerows(to_rows(card))
    f = tmp_path / "c.csv"
    f.write_text(f"sep={delimiter}\n" + buf.getvalue(), encoding="utf-8", newline="")
    back = load_scorecard(f)
    assert back == card
    assert back.content_hash() == card.content_hash()


@pytest.mark.parametrize("key", ["id", "title", "section", "key"])
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_key_that_names_a_column_still_round_trips(tmp_path: Path, key: str, fmt: str) -> None:
    """Hypothesis found it: the row ``Key | id`` above the table named two behaviour columns
    (``key`` and its alias ``id``) and was taken for the header row."""
    behaviours = (Behaviour("b1", "Opens the call", "States the purpose", (), (), None),)
    card = Scorecard(
        key=key,
        name="Section",
        scale=(Level(1, "Not yet", ""), Level(2, "Role model", "")),
        sections=(Section("Opening", behaviours),),
    )
    if fmt == "csv":
        f = tmp_path / "c.csv"
        with f.open("w", encoding="utf-8", newline="") as out:
            csv.writer(out).writerows(to_rows(card))
    else:
        f = export_scorecard(card, tmp_path / "c.xlsx")
    assert load_scorecard(f) == card


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(card=scorecards())
def test_round_trip_xlsx(tmp_path: Path, card: Scorecard) -> None:
    card = normalised(card)
    f = export_scorecard(card, tmp_path / "c.xlsx")
    back = load_scorecard(f)
    assert back == card
    assert back.content_hash() == card.content_hash()


@pytest.mark.parametrize("fmt", ["yaml", "json", "xlsx"])
def test_every_bundled_scorecard_round_trips(tmp_path: Path, fmt: str) -> None:
    for path in sorted(resource_path("scorecards").glob("*.yaml")):
        card = load_scorecard(path)
        out = export_scorecard(card, tmp_path / f"{path.stem}.{fmt}")
        assert load_scorecard(out).content_hash() == card.content_hash(), path.name


def test_xlsx_layout_is_what_an_author_expects(tmp_path: Path) -> None:
    card = load_scorecard(resource_path("scorecards", "field-visit.yaml"))
    f = export_scorecard(card, tmp_path / "c.xlsx")
    book = openpyxl.load_workbook(f)
    assert book.sheetnames == ["Scorecard", "How to fill in"]
    ws = book["Scorecard"]
    assert ws["A1"].value == "Name" and ws["B1"].value == card.name
    assert ws["A4"].value == "Scale" and ws["B4"].value == 1
    header = next(r for r in ws.iter_rows(values_only=True) if r[0] == "section")
    assert header == ("section", "key", "title", "good", "look_fors", "questions", "weight")
    assert ws.freeze_panes is not None


def test_formula_like_text_stays_text(tmp_path: Path) -> None:
    base = load_scorecard(resource_path("scorecards", "field-visit.yaml"))
    card = Scorecard(base.key, '=HYPERLINK("x")', base.scale, base.sections, "=1+1")
    f = export_scorecard(card, tmp_path / "c.xlsx")
    ws = openpyxl.load_workbook(f)["Scorecard"]
    assert ws["B1"].data_type == "s"
    assert load_scorecard(f).name == '=HYPERLINK("x")'


def test_unknown_format(tmp_path: Path) -> None:
    card = load_scorecard(resource_path("scorecards", "field-visit.yaml"))
    with pytest.raises(ValueError, match="yaml, json or xlsx"):
        export_scorecard(card, tmp_path / "c.pdf")
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("code", "title", "first", "english_left"),
    [
        ("de", "Ausfüllhilfe", "So füllen Sie dieses Blatt", "Leave it empty"),
        ("es", "Cómo rellenarla", "Cómo rellenar esta hoja", "Leave it empty"),
    ],
)
def test_the_exported_help_sheet_is_in_the_managers_language(
    tmp_path: Path, code: str, title: str, first: str, english_left: str
) -> None:
    """A German or Spanish manager exports a scorecard to send to enablement: the help sheet
    is in their language (the column names it explains stay as the sheet writes them), and the
    workbook still imports as the same scorecard."""
    from fieldride.i18n import messages, set_interface_language

    before = messages().code
    set_interface_language(code)
    try:
        card = load_scorecard(resource_path("scorecards", "field-visit.yaml"))
        f = export_scorecard(card, tmp_path / "c.xlsx")
        book = openpyxl.load_workbook(f)
        assert book.sheetnames == ["Scorecard", title]
        lines = [str(r[0]) for r in book[title].iter_rows(values_only=True) if r[0]]
        assert lines[0].startswith(first), lines
        assert not any(english_left in line for line in lines), lines
        assert any(line.startswith("look_fors, questions:") for line in lines), lines
        assert load_scorecard(f).content_hash() == card.content_hash()
    finally:
        set_interface_language(before)
