"""A failed write never shows as saved, beyond capture (issue 20, fault 1): debrief fields,
commitments, verification, the seller's acknowledgement, settings, scorecard and roster imports,
sellers. The storage refuses every write (SQLITE_READONLY through ``query_only`` on the store's
real connection; a roster's write in its child process meets a lock held elsewhere); what was entered stays, the status says so and never "Saved", no exception
escapes; once writes are possible again the waiting writes commit in order."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from fieldride import debriefs, rides
from fieldride.debriefs import commitments
from fieldride.settings import all_settings
from fieldride.store import Store
from fieldride.team import sellers
from tests.storage_faults import read_only_store, writable_store
from tests.ui.test_debrief import observed_ride, type_into

ROSTERS = Path(__file__).parent.parent / "fixtures" / "rosters"
SCORECARDS = Path(__file__).parent.parent / "fixtures" / "scorecards"
NOT_WRITABLE = "The data file cannot be written"


def _not_saved(window: Any) -> None:
    text = window.save_label.text()
    assert text.startswith(NOT_WRITABLE), text
    assert "FieldRide will try again" in text
    assert "Saved" not in text


def test_debrief_fields_and_a_commitment_wait_and_commit(
    qtbot: Any, main_window: Any, store: Store, prompts: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    seller = sellers.add_seller(store, "Maya Okafor")
    ride_id = observed_ride(store, seller.id, "2026-03-02")
    main_window.open_debrief(ride_id)
    screen = main_window.debrief
    read_only_store(store)
    screen.points.gap.evidence.selectAll()
    type_into(qtbot, screen.points.gap.evidence, "Three closed questions in a row.")
    screen.flush()
    _not_saved(main_window)
    assert screen.points.gap.evidence.toPlainText() == "Three closed questions in a row."
    screen.steps.setCurrentWidget(screen.commitments)
    type_into(qtbot, screen.commitments.new_text, "Ask two follow-up questions.")
    qtbot.keyClick(screen.commitments.new_text, Qt.Key.Key_Return)
    type_into(qtbot, screen.private_note.text, "private words")
    screen.flush()
    _not_saved(main_window)
    assert not prompts.errors
    assert commitments.commitments_from_ride(store, ride_id) == []
    assert debriefs.get_private_note(store, ride_id) == ""
    assert "debrief: " in caplog.text and "SQLITE_READONLY" in caplog.text
    assert "private words" not in caplog.text and "closed questions" not in caplog.text
    writable_store(store)
    assert main_window.retry_writes()
    assert debriefs.get_debrief(store, ride_id).gap_evidence == "Three closed questions in a row."
    (made,) = commitments.commitments_from_ride(store, ride_id)
    assert made.text == "Ask two follow-up questions."
    assert debriefs.get_private_note(store, ride_id) == "private words"
    assert "everything since" in main_window.save_label.text()


def test_verification_and_acknowledgement_wait_and_commit(
    qtbot: Any, main_window: Any, store: Store, prompts: Any
) -> None:
    seller = sellers.add_seller(store, "Maya Okafor")
    first = observed_ride(store, seller.id, "2026-03-02")
    debriefs.set_strength(store, first, "next-step", "Booked the site visit.")
    debriefs.set_gap(store, first, "discovery", "Closed questions.")
    made = commitments.add_commitment(store, first, "discovery", "Ask what else.", "2026-03-16")
    debriefs.finish_debrief(store, first)
    second = rides.plan_ride(store, seller.id, "2026-03-16", scorecard_key="field-visit")
    call = rides.add_call(store, second.id, "visit", "Pennine Hotels")
    rides.rate(store, call.id, "discovery", 3)
    main_window.open_debrief(second.id)
    screen = main_window.debrief
    screen.steps.setCurrentWidget(screen.verification)
    (row,) = screen.verification.rows.values()
    read_only_store(store)
    qtbot.mouseClick(row.buttons["applied"], Qt.MouseButton.LeftButton)
    _not_saved(main_window)
    assert row.buttons["applied"].isChecked()  # the answer stays as chosen
    assert not commitments.get_commitment(store, made.id).verifications
    # the seller acknowledges the first ride on the laptop while the disk still refuses
    main_window.enter_seller_view(first)
    view = main_window._seller_view  # the page the window shows
    type_into(qtbot, view.name, "Maya Okafor")
    qtbot.mouseClick(view.ok, Qt.MouseButton.LeftButton)
    assert "not saved yet" in view.message.text()
    assert debriefs.get_acknowledgement(store, first) is None
    assert not prompts.errors
    writable_store(store)
    assert main_window.retry_writes()
    assert commitments.get_commitment(store, made.id).verifications[0].outcome == "applied"
    assert debriefs.get_acknowledgement(store, first) is not None
    assert "Thank you" in view.message.text()


def test_settings_wait_and_commit(qtbot: Any, main_window: Any, store: Store, prompts: Any) -> None:
    from ui.dialogs.output_settings import OutputSettingsDialog

    dialog = OutputSettingsDialog(store, prompts, main_window)
    qtbot.addWidget(dialog)
    dialog.org_name.setText("Harbour Sales Ltd")
    read_only_store(store)
    dialog.save()
    _not_saved(main_window)
    assert all_settings(store)["org_name"] != "Harbour Sales Ltd"
    assert not prompts.errors
    writable_store(store)
    assert main_window.retry_writes()
    assert all_settings(store)["org_name"] == "Harbour Sales Ltd"


def test_roster_and_scorecard_imports_wait_and_commit(
    qtbot: Any, main_window: Any, store: Store, prompts: Any
) -> None:
    import sqlite3

    screen = main_window.show_screen("sellers")
    read_only_store(store)
    prompts.file_answers.append(str(ROSTERS / "europe-cp1252.csv"))
    screen.import_button.click()
    qtbot.waitUntil(
        lambda: screen.roster_preview is not None, timeout=10_000
    )  # read off the UI thread
    dialog = screen.roster_preview  # who is new or updated: the manager says import
    # the roster is written by a child process (ui.widgets.roster_write), which the store's
    # query_only does not reach: another connection holds the write lock, so the child's write
    # is refused by the storage (locked) and the write goes to the app's queue
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        qtbot.waitUntil(
            lambda: screen.roster_write is not None and screen.roster_write.state != "running",
            timeout=60_000,
        )
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert screen.roster_write.state == "waiting"
    _not_saved(main_window)
    assert sellers.list_sellers(store) == []
    cards = main_window.show_screen("scorecards")
    with qtbot.waitSignal(cards.import_finished, timeout=10_000) as finished:
        cards.import_files([str(SCORECARDS / "excel-de-semicolon-cp1252.csv")])
    assert finished.args == [False]
    assert "not stored yet" in cards.status.text()
    _not_saved(main_window)
    assert not prompts.errors
    writable_store(store)
    with qtbot.waitSignal(cards.import_finished, timeout=10_000) as finished:
        assert main_window.retry_writes()
    assert finished.args == [True]
    assert "Anna Berg" in [s.name for s in sellers.list_sellers(store)]
    assert prompts.infos[-1][0] == "Roster imported"


def test_a_write_outside_the_queue_is_reported_not_a_traceback(
    qtbot: Any, main_window: Any, store: Store
) -> None:
    """The safety net: a storage failure escaping a slot is logged and shown in the status."""
    import sqlite3

    from PySide6.QtCore import QTimer

    from ui.app import AppStart, install_storage_hook

    start = AppStart.__new__(AppStart)  # only what the hook reads: the store and the window
    start.store, start.window = store, main_window
    install_storage_hook(start)
    read_only_store(store)

    def slot() -> None:
        store.db.execute("INSERT INTO settings (key, value) VALUES ('x', '1')")

    try:
        QTimer.singleShot(0, slot)
        qtbot.waitUntil(lambda: "that change was not saved" in main_window.save_label.text())
    finally:
        import sys

        sys.excepthook = sys.__excepthook__
    assert not store.db.conn.in_transaction
    assert isinstance(store.db.conn, sqlite3.Connection)


@pytest.mark.parametrize(
    ("code", "said", "todo"),
    [
        ("en", NOT_WRITABLE, "Check the file's permissions or the drive, then try again."),
        ("de", "Die Datendatei kann nicht geschrieben werden", "Prüfen Sie die Zugriffsrechte"),
    ],
)
def test_a_dialog_whose_write_the_storage_refuses_says_why_and_saves_once_it_can(
    qtbot: Any, qapp: Any, store: Store, prompts: Any, code: str, said: str, todo: str
) -> None:
    """Seen on a real full tmpfs (1920x1080 walk): the plan dialog said "the status bar says
    which" while the status bar said "No changes yet", and "choose OK again" in a dialog with
    no OK button, in English whatever the interface language. Now the dialog itself says what
    happened and what to do, in the manager's language, and keeps what was entered; the same
    button saves it once the storage takes writes again (plan dialog and training dialog)."""
    from fieldride.store import FailureKind, kept_message
    from fieldride.team import training as trainings
    from tests.ui.conftest import install_test_english
    from ui import translation
    from ui.screens.plan_ride import PlanRideDialog
    from ui.widgets.training_dialog import TrainingDialog

    seller = sellers.add_seller(store, "Ana Ruiz")
    translation.install(qapp, code)
    try:
        plan = PlanRideDialog(store, prompts, seller.id)
        training = TrainingDialog(store, prompts)
        for dialog in (plan, training):
            qtbot.addWidget(dialog)
            dialog.show()
        plan.objective.setText("Hear the new pitch")
        training.title_edit.setText("Objection workshop")
        training.behaviours.item(0).setCheckState(Qt.CheckState.Checked)
        training.check(training.attendees, [seller.id])
        read_only_store(store)
        qtbot.mouseClick(plan.plan_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(training.save_button, Qt.MouseButton.LeftButton)
        message = plan.error.text()
        assert plan.isVisible() and plan.ride is None
        assert message == kept_message(FailureKind.READ_ONLY)
        assert message.startswith(said) and todo in message, message
        assert "OK" not in message and "status" not in message
        assert plan.objective.text() == "Hear the new pitch"
        assert prompts.errors[-1][1] == message  # the training dialog says the same
        assert training.isVisible() and training.title_edit.text() == "Objection workshop"
        assert rides.list_rides(store) == [] and trainings.list_trainings(store) == []
        assert not store.db.conn.in_transaction
        writable_store(store)
        qtbot.mouseClick(plan.plan_button, Qt.MouseButton.LeftButton)
        assert plan.ride is not None and plan.ride.objective == "Hear the new pitch"
        qtbot.mouseClick(training.save_button, Qt.MouseButton.LeftButton)
        assert [t.title for t in trainings.list_trainings(store)] == ["Objection workshop"]
    finally:
        install_test_english(qapp)
