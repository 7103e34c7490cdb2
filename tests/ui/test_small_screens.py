"""Small laptops (issue 18, item 8): geometry facts measured on real widgets at 1366x768
offscreen, with the bundled fonts the app registers, on the deterministic demo team."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QSplitter

from fieldride import rides
from fieldride.store import Store


def _window(qtbot: Any, store: Store, prompts: Any, width: int, height: int) -> Any:
    from ui import settings
    from ui.app import apply_style, create_application
    from ui.main_window import MainWindow

    app = create_application()
    apply_style(app, False)
    settings.configure(store.folder)
    window = MainWindow(store, prompts)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.fill_menus()
    window.resize(width, height)
    return window


def _ride_with_calls(store: Store) -> int:
    return next(r.id for r in rides.list_rides(store) if rides.list_calls(store, r.id))


@pytest.mark.parametrize(("width", "height", "rows"), [(1366, 768, 6), (1240, 720, 5)])
def test_capture_on_a_small_laptop_shows_rows_with_short_titles(
    qtbot: Any, demo_store: Store, prompts: Any, width: int, height: int, rows: int
) -> None:
    """The rating grid takes the height: the evidence editor is three lines, not a share."""
    window = _window(qtbot, demo_store, prompts, width, height)
    window.open_ride(_ride_with_calls(demo_store))
    window.resize(width, height)
    grid = window.capture.grid
    qtbot.waitUntil(lambda: grid.viewport().height() > 300 and grid.rows[0].height() > 0)
    QApplication.processEvents()
    viewport = grid.viewport()
    visible = [
        row
        for row in grid.rows
        if viewport.rect().contains(QRect(row.mapTo(viewport, row.rect().topLeft()), row.size()))
    ]
    assert len(visible) >= rows, f"{len(visible)} rating rows fully visible at {width}x{height}"
    for row in grid.rows:
        assert row.title_lines() <= 2, f"{row.behaviour.title!r}: {row.title_lines()} lines"


def test_navigation_is_as_wide_as_its_titles_and_collapses(
    qtbot: Any, store: Store, prompts: Any
) -> None:
    from ui import settings

    window = _window(qtbot, store, prompts, 1366, 768)
    nav = window.nav
    metrics = QFontMetrics(nav.font())
    longest = max(metrics.horizontalAdvance(nav.item(i).text()) for i in range(nav.count()))
    assert longest < nav.width() < longest + 80, (longest, nav.width())
    stack_before = window.stack.width()
    window.nav.toggle_action.trigger()  # View > Show navigation, Ctrl+B
    qtbot.waitUntil(lambda: not nav.isVisible())
    qtbot.waitUntil(lambda: window.stack.width() > stack_before)
    assert settings.get_bool(settings.NAVIGATION_SHOWN) is False
    assert window.nav.toggle_action.shortcut().toString() == "Ctrl+B"
    window.close()

    again = _window(qtbot, store, prompts, 1366, 768)  # remembered across windows
    assert not again.nav.isVisible()
    assert not again.nav.toggle_action.isChecked()
    again.nav.toggle_action.trigger()
    qtbot.waitUntil(again.nav.isVisible)
    assert settings.get_bool(settings.NAVIGATION_SHOWN) is True


def test_debrief_at_1240_keeps_title_and_every_step_tab_in_view(
    qtbot: Any, demo_store: Store, prompts: Any
) -> None:
    window = _window(qtbot, demo_store, prompts, 1240, 720)
    ride_id = _ride_with_calls(demo_store)
    window.open_ride(ride_id)
    window.open_debrief(ride_id)
    window.resize(1240, 720)
    debrief = window.debrief
    qtbot.waitUntil(lambda: debrief.isVisible() and debrief.steps.isVisible())
    QApplication.processEvents()
    assert window.width() == 1240, "the window's minimum is wider than a 1240 px screen"
    bar = debrief.steps.tabBar()
    for i in range(bar.count()):
        tab = bar.tabRect(i)
        assert bar.rect().contains(tab), f"tab {bar.tabText(i)!r} is cut off or behind arrows"
        wanted = QFontMetrics(bar.font()).horizontalAdvance(bar.tabText(i))
        assert tab.width() >= wanted, f"tab {bar.tabText(i)!r} is elided"
    title = debrief.title
    assert title.text().startswith("Debrief · ")
    assert title.height() >= title.heightForWidth(title.width()), "the debrief title is clipped"
    assert title.geometry().right() < debrief.ack_button.geometry().left()


def test_team_review_titles_wrap_between_words(qtbot: Any, demo_store: Store, prompts: Any) -> None:
    from PySide6.QtCore import Qt

    window = _window(qtbot, demo_store, prompts, 1366, 768)
    window.show_screen("review")
    grid = window.screens["review"].grid
    qtbot.waitUntil(lambda: grid.isVisible() and grid.model().columnCount() > 8)
    header = grid.horizontalHeader()
    metrics = header.fontMetrics()
    flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
    for col in range(1, header.count()):
        title = str(grid.model().headerData(col, Qt.Orientation.Horizontal))
        width = header.sectionSize(col)
        for word in title.split():
            assert metrics.horizontalAdvance(word) < width, f"{word!r} broken in {title!r}"
        wrapped = metrics.boundingRect(QRect(0, 0, width, 100_000), flags, title).height()
        assert wrapped <= header.height(), f"{title!r} cut at the bottom of the header"
        assert grid.sizeHintForColumn(col) <= width, f"cells of {title!r} elided"


def test_seller_table_columns_fit_their_contents(
    qtbot: Any, demo_store: Store, prompts: Any
) -> None:
    window = _window(qtbot, demo_store, prompts, 1366, 768)
    window.show_screen("sellers")
    view = window.screens["sellers"].table.view
    qtbot.waitUntil(lambda: view.isVisible() and view.model().rowCount() > 3)
    header = view.horizontalHeader()
    for col in range(header.count()):
        needed = max(view.sizeHintForColumn(col), header.sectionSizeHint(col))
        assert header.sectionSize(col) >= needed, f"column {col} is cut"
        assert header.sectionSize(col) <= needed + 4, f"column {col} is wider than its contents"


def test_commitment_column_shows_the_commitments(
    qtbot: Any, demo_store: Store, prompts: Any
) -> None:
    from PySide6.QtCore import Qt

    from ui.screens.commitments.screen import BEHAVIOUR_COLUMN, COMMITMENT_COLUMN

    window = _window(qtbot, demo_store, prompts, 1366, 768)
    window.show_screen("commitments")
    screen = window.screens["commitments"]
    view = screen.view
    qtbot.waitUntil(lambda: view.isVisible() and view.model().rowCount() > 3)
    header = view.horizontalHeader()
    titles = [
        str(view.model().headerData(c, Qt.Orientation.Horizontal)) for c in range(header.count())
    ]
    assert "Carried over" not in titles  # 0 on nearly every row: said in Status when it is not
    assert header.sectionSize(COMMITMENT_COLUMN) > header.sectionSize(BEHAVIOUR_COLUMN)
    assert header.length() <= view.viewport().width(), "the table scrolls sideways"
    metrics = view.fontMetrics()
    flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
    for row in range(view.model().rowCount()):
        text = str(view.model().index(row, COMMITMENT_COLUMN).data())
        width = header.sectionSize(COMMITMENT_COLUMN) - 2 * metrics.averageCharWidth()
        needed = metrics.boundingRect(QRect(0, 0, width, 100_000), flags, text).height()
        assert needed <= view.rowHeight(row), f"commitment {text!r} is cut"


def _placeholder_shown(edit: Any) -> bool:
    """The placeholder fits the edit's text area (the edit's width less the frame and padding
    the style adds around its 17-character size hint)."""
    metrics = edit.fontMetrics()
    chrome = edit.sizeHint().width() - 17 * metrics.horizontalAdvance("x")
    return bool(metrics.horizontalAdvance(edit.placeholderText()) + chrome <= edit.width())


def test_call_dialog_and_filters_show_their_placeholders(
    qtbot: Any, demo_store: Store, prompts: Any
) -> None:
    from PySide6.QtWidgets import QLineEdit

    from ui.screens.capture.call_dialog import CallDialog

    _window(qtbot, demo_store, prompts, 1366, 768)  # the app's fonts and style sheet
    dialog = CallDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    edits = [e for e in dialog.findChildren(QLineEdit) if e.placeholderText()]
    assert "Customer or account" in [e.placeholderText() for e in edits]
    for edit in edits:
        assert _placeholder_shown(edit), f"{edit.placeholderText()!r} is cut"

    window = _window(qtbot, demo_store, prompts, 1240, 720)
    window.show_screen("commitments")
    search = window.screens["commitments"].search
    qtbot.waitUntil(search.isVisible)
    assert _placeholder_shown(search), f"{search.placeholderText()!r} is cut"


def test_screen_readers_read_each_navigation_title(qtbot: Any, store: Store, prompts: Any) -> None:
    """Each navigation row is read by its title (Qt reads the row's text when it has no
    accessible text of its own)."""
    from PySide6.QtGui import QAccessible

    window = _window(qtbot, store, prompts, 1366, 768)
    nav = window.nav
    reader = QAccessible.queryAccessibleInterface(nav)
    names = [reader.child(i).text(QAccessible.Text.Name) for i in range(nav.count())]
    assert names == [nav.item(i).text() for i in range(nav.count())]
    assert names[0] == "Today" and len(names) == 9


def test_a_narrow_german_window_shows_the_whole_commitments_heading(
    qtbot: Any, qapp: Any, store: Store, prompts: Any
) -> None:
    """Seen in a narrow German window: "Zu prüfende Vereinbarungen (1" (the splitter let the
    side column go down to its fixed 200 px minimum, narrower than its heading).
    The guidance panel keeps the 200 px floor; the column is as wide as its content needs. The
    attachment strip's "no attachments" line beside its button was cut too ("Keine Anhänge an
    di")."""
    from fieldride import debriefs
    from fieldride.debriefs import commitments
    from fieldride.team import sellers
    from tests.ui.conftest import install_test_english
    from ui import translation
    from ui.screens.capture.screen import GUIDANCE_MIN_WIDTH

    seller = sellers.add_seller(store, "Ana Ruiz")
    first = rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key="field-visit")
    rides.rate(store, rides.add_call(store, first.id, "visit", "Harbour Foods").id, "discovery", 3)
    debriefs.set_strength(store, first.id, "discovery", "Asked what else.")
    debriefs.set_gap(store, first.id, "listening", "Interrupted twice.")
    commitments.add_commitment(store, first.id, "listening", "Let them finish.", "2026-03-16")
    debriefs.finish_debrief(store, first.id)
    second = rides.plan_ride(store, seller.id, "2026-03-16", scorecard_key="field-visit")
    rides.add_call(store, second.id, "visit", "Pennine Hotels")
    translation.install(qapp, "de")
    try:
        window = _window(qtbot, store, prompts, 1100, 640)  # the window's minimum size
        window.open_ride(second.id)
        capture = window.capture
        qtbot.waitUntil(lambda: capture.to_verify.isVisible())
        splitter = capture.guidance.parentWidget().parentWidget()
        assert isinstance(splitter, QSplitter)
        splitter.setSizes([230, 10_000, 0])  # the side column dragged as narrow as it goes
        QApplication.processEvents()
        heading = capture.to_verify.heading
        assert heading.text() == "Zu prüfende Vereinbarungen (1)"
        assert heading.width() >= heading.sizeHint().width(), (heading.width(), heading.text())
        assert capture.to_verify.width() >= heading.sizeHint().width()
        assert capture.guidance.width() >= GUIDANCE_MIN_WIDTH
        # beside its button, "Keine Anhänge an diesem Kontakt." fits or wraps, never cut
        title = capture.attachments.title
        fits = title.fontMetrics().horizontalAdvance(title.text()) <= title.contentsRect().width()
        assert fits or title.height() >= title.heightForWidth(title.width()) > 0, title.text()
    finally:
        install_test_english(qapp)


def test_a_window_that_grows_for_a_page_stays_inside_the_screen(
    qtbot: Any, demo_store: Store, prompts: Any
) -> None:
    """Seen at 1366x768 in Spanish: Progress raised the window's minimum to 1329 px and the
    window, at x=133, grew past the screen's right edge (the "Registrar formación…" button and
    the tables' right columns were off the screen). It is moved back inside instead. (Here the
    window starts narrower than any page needs, so showing one makes it grow.)"""
    window = _window(qtbot, demo_store, prompts, 600, 640)
    window.setMinimumWidth(600)
    window.resize(600, 640)
    room = window.screen().availableGeometry()
    window.move(room.left() + 150, room.top())
    QApplication.processEvents()
    window.show_screen("progress")
    QApplication.processEvents()
    assert window.minimumWidth() > 600  # the page made the window grow
    frame = window.frameGeometry()
    inside = frame.right() <= room.right()
    assert inside or frame.left() == room.left(), (frame, room)


def test_progress_side_sections_keep_their_height_in_a_short_window(
    qtbot: Any, qapp: Any, demo_store: Store, prompts: Any
) -> None:
    """Seen at 1366x768 (window 1329x640, Spanish): the four sections beside the charts were
    held below their minimum height, and the empty self-assessment section showed a sliver of
    "Todavía no hay autoevaluación." The side column now scrolls instead of squeezing."""
    from tests.ui.conftest import install_test_english
    from ui import translation

    translation.install(qapp, "es")
    try:
        window = _window(qtbot, demo_store, prompts, 1100, 640)
        screen = window.show_screen("progress")
        QApplication.processEvents()
        boxes = [screen.effects_box, screen.regressions_box, screen.self_gaps_box]
        for box in boxes:
            assert box.height() >= box.minimumSizeHint().height(), box.property("title_label")
        empty = screen.self_gaps.empty.label
        if screen.self_gaps.currentWidget() is screen.self_gaps.empty:
            assert empty.height() >= empty.fontMetrics().height(), empty.text()
        heading = screen.self_gaps_box.property("title_label")
        assert heading.toolTip() == heading.text()  # cut at the column's edge: whole on hover
    finally:
        install_test_english(qapp)
