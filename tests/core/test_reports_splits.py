"""Tables that split across pages split cleanly: no page starts with a repeated table header over
an empty row fragment (reportlab's in-row split can carry a row's bottom padding alone onto the
next page), whatever the length of the long text and wherever the page break lands."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any

import pytest
from reportlab.platypus import Paragraph, Table

from fieldride.reports.blocks import CleanTable, data_table, head_row
from fieldride.reports.data import summary_data
from fieldride.reports.model import SummaryData
from fieldride.reports.styles import styles_for
from fieldride.reports.summary import build_summary
from fieldride.store import Store
from tests.core.reports_fixtures import HOSTILE_NOTE, hostile_ride, options

HEADER_LABELS = (
    "Focus behaviour",
    "This ride",
    "Your recent rides",
    "Change",
    "Behaviour",
    "Level on this ride",
    "By call",
    "What I saw (call no.)",
    "Questions we discussed",
    "What we rehearsed",
    "Until the next ride (tick when done)",
    "Earlier commitments checked on this ride",
    "STRENGTH TO KEEP",
    "GAP TO WORK ON",
)
# Long-text lengths (from a sweep every 97 characters): the page break lands at different places
# in the rows that hold the text; at 2863 and 6743 (A4) and 11981, 15570, 19159 (Letter)
# reportlab's own in-row split left the commitments table's row as an empty fragment.
LENGTHS = (50, 2863, 6743, 11981, 15570, 19159)


def _shows(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, (list, tuple)):
        return any(_shows(v) for v in value)
    return type(value).__name__ != "Spacer"


@pytest.fixture
def empty_fragments(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[int, int]]]:
    """(page, row) of every table body row drawn without any content (all tables)."""
    found: list[tuple[int, int]] = []
    draw = Table.draw

    def recording_draw(self: Any) -> None:
        repeat = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        if self.splitInRow:  # paper forms have blank writing rows on purpose
            for i, row in enumerate(self._cellvalues[repeat:], start=repeat):
                if not any(_shows(v) for v in row):
                    found.append((self.canv.getPageNumber(), i))
        draw(self)

    monkeypatch.setattr(Table, "draw", recording_draw)
    yield found


def _furniture_only_pages(pdf: bytes) -> list[int]:
    """Pages whose text is only the page furniture (title, footer) and table headers."""
    from pypdf import PdfReader

    bare = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):
        text = page.extract_text() or ""
        text = re.sub(r"Page \d+ of \d+|Coaching summary|Confidential|Prepared for .*", "", text)
        for label in HEADER_LABELS:
            text = text.replace(label, "")
        if not text.strip():
            bare.append(number)
    return bare


def _variants(data: SummaryData, length: int) -> Iterator[SummaryData]:
    """The hostile summary with long commitments (new and verified), then with a long strength
    and gap: ``length`` characters of the hostile note in each."""
    note = HOSTILE_NOTE[:length]
    yield data._replace(
        commitments=tuple(c._replace(text=note) for c in data.commitments),
        verified=tuple(v._replace(evidence=note) for v in data.verified),
    )
    assert data.strength is not None and data.gap is not None
    yield data._replace(
        strength=data.strength._replace(evidence=note), gap=data.gap._replace(evidence=note)
    )


@pytest.mark.parametrize("page_size", ["letter", "a4"])
def test_hostile_summary_pages_all_carry_content(
    store: Store, page_size: str, empty_fragments: list[tuple[int, int]]
) -> None:
    pdf = build_summary(summary_data(store, hostile_ride(store)), options(page_size))
    assert not empty_fragments
    assert not _furniture_only_pages(pdf)


@pytest.mark.parametrize("length", LENGTHS)
@pytest.mark.parametrize("page_size", ["letter", "a4"])
def test_long_text_anywhere_breaks_without_empty_fragments(
    store: Store, page_size: str, length: int, empty_fragments: list[tuple[int, int]]
) -> None:
    data = summary_data(store, hostile_ride(store))
    for variant in _variants(data, length):
        pdf = build_summary(variant, options(page_size))
        assert not empty_fragments, (page_size, length, empty_fragments)
        assert not _furniture_only_pages(pdf), (page_size, length)


def _row_table() -> Table:
    s = styles_for()
    widths = [300.0, 200.0]
    text = "A question we discussed, long enough to wrap over several lines of the cell. " * 4
    body = [
        [Paragraph(text, s.cell), Paragraph(text[:90], s.cell)],
        [Paragraph("Rehearsal", s.cell)],
    ]
    return data_table(
        [head_row(["Questions we discussed", "What we rehearsed"], widths, s), body], widths
    )


def test_a_split_at_any_height_leaves_no_empty_fragment() -> None:
    """Every place a page could end inside the row: each part shows content in every body row,
    or the table refuses to split (it then moves whole to the next page)."""
    probe = _row_table()
    _, height = probe.wrap(500, 1000)
    assert isinstance(probe, CleanTable)
    tried = 0
    avail = 12.0
    while avail < height + 3:
        table = _row_table()
        table.wrap(500, avail)
        # A split carries a page break before the remainder (issue 19: the remainder never
        # shares the page, so its repeated header never prints mid-page).
        parts = [part for part in table.split(500, avail) if isinstance(part, Table)]
        for part in parts:
            part.wrap(500, avail)
            skip = part.repeatRows
            for row in part._cellvalues[skip:]:
                assert any(_shows(v) for v in row), (avail, height)
        if len(parts) == 2:
            assert parts[0].wrap(500, avail)[1] <= avail + 1e-6
        tried += 1
        avail += 0.25
    assert tried > 100
