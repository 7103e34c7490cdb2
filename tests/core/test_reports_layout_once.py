"""The coaching summary lays out each text as few times as it can, for the same page: the two
commitment columns' share found by walking out from half is the one a search of every share
finds, with each column laid out a few times; rows of level dots share their label's layout."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldride.reports.blocks import CELL_PADDING, Para, labelled
from fieldride.reports.fonts import BOLD, REGULAR
from fieldride.reports.layout import RenderOptions, render
from fieldride.reports.styles import MUTED, styles_for
from fieldride.reports.summary import BALANCE_SHARES, balanced_share
from fieldride.reports.text import para
from fieldride.reports.visuals import LabelParagraphs, LevelDots
from tests.core.reports_fixtures import FIXED_DAY, pdf_text

# Words of the shipped languages, a date, a right-to-left script and one word too long to fit.
WORDS = (
    *("ask", "the", "customer", "for", "a", "dated", "next", "step", "before", "leaving"),
    *("and", "write", "it", "down", "Verkaufsgespräch", "Zusammenfassung", "preguntas"),
    *("seguimiento", "2026-03-24", "המוכרת", "שאלה", "שתי", "שאלות", "המשך"),
    "supercalifragilisticexpialidocious",
)


class CountedPara(Para):
    """A paragraph that counts how often its lines are broken (a layout not served by its
    cache)."""

    broken = 0

    def breakLines(self, widths: Any) -> Any:
        self.broken += 1
        return super().breakLines(widths)


# One paragraph of a column: its kind (a new commitment with its tick box, an outcome with its
# label, evidence with its grey label, a muted note) and its length in words.
paragraph_specs = st.tuples(st.integers(0, 3), st.sampled_from([1, 2, 3, 5, 8, 15, 30, 60, 120]))
column_specs = st.lists(st.tuples(paragraph_specs, st.integers(0, 10_000)), min_size=1, max_size=6)


def column(specs: list[tuple[tuple[int, int], int]]) -> list[CountedPara]:
    s = styles_for()
    out: list[CountedPara] = []
    for (kind, words), seed in specs:
        text = para(" ".join(WORDS[(seed * 7 + i * 13) % len(WORDS)] for i in range(words)))
        if kind == 0:
            out.append(CountedPara(text, s.tick, bulletText="☐"))
        elif kind == 1:
            style = labelled("◐ Partly:", "", s.cell, BOLD).style
            out.append(CountedPara(text, style, bulletText="◐ Partly:"))
        elif kind == 2:
            style = labelled("Evidence:", "", s.cell, REGULAR, MUTED).style
            out.append(CountedPara(text, style, bulletText="Evidence:"))
        else:
            out.append(CountedPara(text, s.muted))
    return out


def every_share(left: list[Any], right: list[Any], width: float) -> float:
    """What balanced_share must find, by laying the columns out at every share: the smallest
    taller column (heights to 0.1 pt), the share nearest half on a tie (0.45 before 0.55)."""

    def height(cells: list[Any], column_width: float) -> float:
        inner = column_width - CELL_PADDING - CELL_PADDING
        return sum(c.wrap(inner, 1e6)[1] + c.getSpaceBefore() + c.getSpaceAfter() for c in cells)

    def tallest(share: float) -> float:
        return round(max(height(left, width * share), height(right, width - width * share)), 1)

    nearest_half_first = sorted(BALANCE_SHARES, key=lambda f: abs(f - 0.5))
    return min(nearest_half_first, key=tallest)


@settings(max_examples=300)
@given(column_specs, column_specs, st.sampled_from([515.2755905511812, 540.0, 420.0, 300.0]))
def test_the_walk_from_half_finds_the_share_every_share_finds_with_fewer_layouts(
    left_specs: list[tuple[tuple[int, int], int]],
    right_specs: list[tuple[tuple[int, int], int]],
    width: float,
) -> None:
    left, right = column(left_specs), column(right_specs)
    found = balanced_share(left, right, width)
    # A column is laid out at half and then at most at the three shares on one side.
    assert all(p.broken <= 4 for p in left + right)
    assert found == every_share(column(left_specs), column(right_specs), width)
    # The table then lays them out at the share found: no paragraph is broken into lines again.
    before = [p.broken for p in left + right]
    for cells, column_width in ((left, width * found), (right, width - width * found)):
        for p in cells:
            p.wrap(column_width - CELL_PADDING - CELL_PADDING, 1e6)
    assert [p.broken for p in left + right] == before


def test_balancing_lays_a_paragraph_out_at_most_half_as_often_as_trying_every_share() -> None:
    """The typical ride's commitments (a new one beside an earlier one checked), and columns of
    other lengths beside each other: at most four layouts a paragraph and half of seven on
    average, where trying every share took seven each."""
    s = styles_for()
    short = "End every call with a dated next step the customer acts on."
    lengths = [1, 2, 4, 8]
    layouts: list[int] = []
    for n in lengths:
        for m in lengths:
            new = [CountedPara(para(short * n), s.tick, bulletText="☐")]
            new.append(CountedPara("Agreeing next steps", s.tick_note))
            old = [CountedPara(para(short * m), s.cell)]
            old.append(CountedPara("Discovery · agreed Feb 20, 2026", s.muted))
            balanced_share(new, old, 515.2755905511812)
            layouts += [p.broken for p in new + old]
    assert max(layouts) <= 4
    assert sum(layouts) / len(layouts) <= 3.5


def test_level_dots_of_one_document_lay_each_label_out_once_and_print_the_same() -> None:
    """A summary has a row of dots per behaviour and a scale has a few labels: the rows share
    the label's paragraph (made and measured once) and the page is the same, byte for byte."""
    rows = [(3.0, "Proficient"), (2.0, "Developing"), (None, "Not rated")] * 4
    rows += [(3.0, "Meets every expectation of the scorecard and more, on every call")] * 2
    options = RenderOptions(invariant=True, generated_on=FIXED_DAY)

    def document(labels: LabelParagraphs | None) -> bytes:
        story = [
            LevelDots(mean, 4, label, "#1F5C99", width=86, labels=labels) for mean, label in rows
        ]
        return render(story, title="Levels", options=options)

    labels: LabelParagraphs = {}
    shared = document(labels)
    assert len(labels) == 4  # four labels: laid out once each for fourteen rows
    assert shared == document(None)
    assert "Not rated" in pdf_text(shared)
