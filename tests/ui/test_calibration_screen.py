"""Solo calibration (issue 22, deliver 2) driven as a manager would: pick a scenario, rate it by
keyboard (one key per behaviour), compare; the figures on screen are the hand-computed ones and
the run is kept in the store."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from fieldride import calibration
from fieldride.store import Store
from tests.ui.conftest import install_test_english
from ui.translation import ui_signed


def test_rating_a_scenario_by_keyboard_shows_agreement_and_keeps_the_run(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    screen = main_window.show_screen("calibration")
    qtbot.waitUntil(lambda: screen.isVisible())
    titles = [screen.list.item(i).text() for i in range(screen.list.count())]
    assert titles[0] == "A renewal visit at a logistics company" and len(titles) == 4
    assert "Priya visits Hallam Freight" in screen.account.toPlainText()
    # agreed: preparation 2, opening 3, discovery 2, listening 2, value-message 1,
    #         objections 3, next-step 1, call-notes 3
    keys = {"preparation": "3", "opening": "3", "discovery": "2", "listening": "4"}
    for key, digit in keys.items():
        box = screen.boxes[key]
        box.setFocus()
        qtbot.keyClick(box, digit)
    qtbot.keyClick(screen.boxes["objections"], "N")  # no opportunity
    assert screen.ratings() == {
        "preparation": 3,
        "opening": 3,
        "discovery": 2,
        "listening": 4,
        "objections": None,
    }
    qtbot.mouseClick(screen.compare_button, Qt.MouseButton.LeftButton)
    assert screen.tabs.currentIndex() == 1
    rows = screen.reference_rows()
    assert rows[0] == (
        "Prepares a call objective\n"
        "She had an objective but had not checked the open tickets she then heard about.",
        "3 Proficient",
        "2 Developing",
        "+1",
    )
    assert [r[3] for r in rows] == ["+1", "0", "0", "+2", "—", "—", "—", "—"]
    assert rows[5][1:4] == ("No opportunity", "3 Proficient", "—")
    assert rows[7][1] == "not rated"
    # compared 4 (preparation +1, opening 0, discovery 0, listening +2): exact 2, within one 3,
    # lean +0.75; one-sided: objections, value-message, next-step, call-notes
    intro = screen.result_intro.text()
    assert "on 2 of 4 behaviours rated by both, and were within one level on 3" in intro
    assert f"Your lean: {ui_signed(0.75)} level" in intro  # the UI locale's sign (en_SE: +0,8)
    # "All your runs": the same run, per behaviour and over all
    overall = screen.overview_table.rows()[-1]
    assert overall == (
        "All behaviours",
        "4 (+4)",
        "2 of 4 (50%)",
        "3 of 4 (75%)",
        "+0,8 (higher)",
    )  # en_SE: decimal comma
    runs = calibration.list_runs(store)
    assert len(runs) == 1 and runs[0].ratings["listening"] == 4
    assert screen.list.item(0).text().endswith("rated 1×")
    assert "(1 of 4)" in screen.overview_intro.text()


def test_comparing_with_nothing_rated_is_refused_plainly(
    qtbot: Any, main_window: Any, store: Store, prompts: Any
) -> None:
    screen = main_window.show_screen("calibration")
    qtbot.mouseClick(screen.compare_button, Qt.MouseButton.LeftButton)
    assert prompts.errors and "Rate at least one behaviour" in prompts.errors[-1][1]
    assert calibration.list_runs(store) == []
    assert screen.tabs.currentIndex() == 0


@pytest.mark.parametrize(
    ("code", "title", "opening", "behaviour"),
    [
        (
            "de",
            "Ein Verlängerungsbesuch bei einem Logistikunternehmen",
            "Priya besucht Hallam Freight",
            "Setzt sich ein Gesprächsziel",
        ),
        (
            "es",
            "Una visita de renovación en una empresa de logística",
            "Priya visita Hallam Freight",
            "Prepara un objetivo para la visita",
        ),
    ],
)
def test_a_manager_in_german_or_spanish_reads_and_rates_the_scenario_in_it(
    qapp: Any, qtbot: Any, store: Store, code: str, title: str, opening: str, behaviour: str
) -> None:
    """Issue 24: the scenarios in the manager's language, rated on the scorecard in it (same
    behaviour keys and agreed levels, so the run is kept and compared as in English)."""

    from ui import translation
    from ui.screens.calibration.screen import CalibrationScreen

    translation.install(qapp, code)
    try:
        screen = CalibrationScreen(store, None)  # type: ignore[arg-type]
        qtbot.addWidget(screen)
        screen.show()
        qtbot.waitUntil(lambda: screen.isVisible())
        assert screen.list.item(0).text() == title
        assert opening in screen.account.toPlainText()
        qtbot.keyClick(screen.boxes["preparation"], "2")
        qtbot.mouseClick(screen.compare_button, Qt.MouseButton.LeftButton)
        rows = screen.reference_rows()
    finally:
        install_test_english(qapp)  # as tests/ui/conftest.py
    assert rows[0][0].startswith(behaviour + "\n") and rows[0][3] == "0"
    assert calibration.list_runs(store)[0].ratings == {"preparation": 2}


def test_behaviour_titles_are_whole_in_german_at_laptop_width(
    qapp: Any, qtbot: Any, store: Store
) -> None:
    """German titles ("Stellt den Nutzen in der Sprache des Kunden dar") were word-wrapped in a
    row as high as its box, so their first line was cut off at the top (seen at 1366x768)."""
    from PySide6.QtWidgets import QLabel

    from ui import translation
    from ui.screens.calibration.screen import CalibrationScreen

    translation.install(qapp, "de")
    try:
        screen = CalibrationScreen(store, None)  # type: ignore[arg-type]
        qtbot.addWidget(screen)
        screen.resize(1366, 700)
        screen.show()
        qtbot.waitExposed(screen)
        labels = [
            item.widget()
            for row in range(screen.form.rowCount())
            if (item := screen.form.itemAt(row, screen.form.ItemRole.LabelRole)) is not None
        ]
        assert len(labels) >= 6
        for label in labels:
            assert isinstance(label, QLabel)
            needed = (
                label.heightForWidth(label.width())
                if label.wordWrap()
                else label.sizeHint().height()
            )
            assert label.height() >= needed, (label.text(), label.height(), needed)
    finally:
        install_test_english(qapp)  # as tests/ui/conftest.py
