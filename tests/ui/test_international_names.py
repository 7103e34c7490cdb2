"""International names on the screens (issue 19, deliverable 5): a seller named in Hebrew,
Arabic, Chinese, Japanese, Korean, Devanagari or Thai shows in the sellers table and in the
seller view as real glyphs (no missing-glyph box), right-to-left for Hebrew and Arabic.

Qt lays the text out as the view paints it (QTextLayout, the view's font, with the app's
bundled fallback faces registered as the app does once its first screen is up): glyph 0 is
the font's "missing glyph" box, and a right-to-left line starts at its right end."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication

from fieldride import debriefs
from fieldride.debriefs import commitments
from fieldride.store import Store
from fieldride.team import sellers
from tests.ui.test_debrief import observed_ride
from ui.main_window import MainWindow
from ui.resources import register_fallback_fonts

NAMES = {
    "hebrew": "דנה כהן לוי",
    "arabic": "محمد عبد الله",
    "chinese": "王小明",
    "japanese": "田中 花子",
    "korean": "김민준",
    "devanagari": "प्रिया शर्मा",
    "thai": "สมชาย ใจดี",
}
RTL = {"hebrew", "arabic"}


def _layout(text: str, font: QFont) -> QTextLayout:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    return layout


def _glyphs(text: str, font: QFont) -> list[int]:
    layout = _layout(text, font)
    return [g for run in layout.glyphRuns() for g in run.glyphIndexes()]


def _right_to_left(text: str, font: QFont) -> bool:
    """Whether Qt draws ``text`` right to left: its first character is at the line's right."""
    layout = _layout(text, font)  # kept alive: the line belongs to it
    line = layout.lineAt(0)
    start, end = line.cursorToX(0), line.cursorToX(len(text))
    first = start[0] if isinstance(start, tuple) else start
    last = end[0] if isinstance(end, tuple) else end
    return bool(first > last)


def _shown_correctly(script: str, text: str, font: QFont) -> None:
    glyphs = _glyphs(text, font)
    assert glyphs, script
    assert 0 not in glyphs, f"{script}: a missing-glyph box in {glyphs}"
    assert _right_to_left(text, font) == (script in RTL), script


def test_names_in_every_script_show_as_letters_in_the_sellers_table(
    main_window: MainWindow, store: Store
) -> None:
    register_fallback_fonts()  # what the app does once its first screen shows
    for script, name in NAMES.items():
        sellers.add_seller(store, name, team=script.title())
    screen: Any = main_window.show_screen("sellers")
    table = screen.table
    shown = {
        table.proxy.index(row, 0).data(Qt.ItemDataRole.DisplayRole)
        for row in range(table.proxy.rowCount())
    }
    assert set(NAMES.values()) <= shown, shown  # the names as typed, not mangled
    font = table.view.font()
    for script, name in NAMES.items():
        _shown_correctly(script, name, font)


@pytest.mark.parametrize("script", ["hebrew", "arabic", "chinese", "devanagari", "thai"])
def test_the_seller_view_shows_the_name_in_its_script(
    main_window: MainWindow, store: Store, script: str
) -> None:
    register_fallback_fonts()
    name = NAMES[script]
    seller = sellers.add_seller(store, name)
    ride = observed_ride(store, seller.id, "2026-03-02")
    debriefs.set_strength(store, ride, "next-step", "Booked the site visit with the CFO.")
    debriefs.set_gap(store, ride, "discovery", f"{name}: moved to the brochure too early.")
    commitments.add_commitment(store, ride, "discovery", "Two follow-up questions per call.")
    debriefs.finish_debrief(store, ride)
    main_window.enter_seller_view(ride)
    view: Any = main_window.stack.currentWidget()
    text = view.summary.toPlainText()
    assert name in text  # the document carries the name as it was typed
    _shown_correctly(script, name, view.summary.font())
    # and the name typed to acknowledge matches the one on record
    view.name.setText(name)
    QApplication.processEvents()
    assert view.ok.isEnabled()


def _x(line: Any, position: int) -> float:
    x = line.cursorToX(position)
    return float(x[0] if isinstance(x, tuple) else x)


def test_right_to_left_names_keep_their_order_in_todays_due_line(
    main_window: MainWindow, store: Store
) -> None:
    """Two right-to-left names side by side in the left-to-right "Due a ride" line: each is
    isolated (fieldride.wording.name_list), so the first one named is drawn left of the second,
    as the list reads; without it the two names and the comma between them trade places."""
    register_fallback_fonts()
    for script in ("arabic", "hebrew"):
        sellers.add_seller(store, NAMES[script])  # never ridden with: due a ride
    screen: Any = main_window.show_screen("today")
    screen.refresh()
    text = screen.day_label.text()
    line_text = next(line for line in text.split("\n") if NAMES["arabic"] in line)
    first, second = sorted(line_text.index(NAMES[s]) for s in ("arabic", "hebrew"))
    layout = _layout(line_text, screen.day_label.font())
    line = layout.lineAt(0)
    assert _x(line, 0) < _x(line, len(line_text))  # the sentence reads left to right
    # after each name's first letter (inside the name: a cursor at a change of direction is
    # ambiguous): the first name named is drawn left of the second, as the list reads
    assert _x(line, first + 1) < _x(line, second + 1), line_text
    for script in ("arabic", "hebrew"):
        _shown_correctly(script, NAMES[script], screen.day_label.font())
