"""The debrief screen, driven like a user: two consecutive rides with one seller (a commitment
set in the first, verified in the second), the questions/advice counter, acknowledgement and
locking, reopening with a reason, the private note kept out of seller-facing data, routing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from fieldride import debriefs, rides
from fieldride.debriefs import commitments
from fieldride.errors import DomainError
from fieldride.store import Store
from fieldride.team import sellers
from tests.ui.conftest import RecordingPrompts, install_test_english
from ui.screens.debrief.screen import DebriefScreen
from ui.screens.seller_view import SellerView

PRIVATE = "PRIVATE-91c2 thinking about moving her to key accounts"


def observed_ride(store: Store, seller_id: int, day: str) -> int:
    """Planned and captured through the core (setup): discovery weak, next-step strong."""
    ride = rides.plan_ride(
        store, seller_id, day, scorecard_key="field-visit", focus=["discovery", "next-step"]
    )
    c1 = rides.add_call(store, ride.id, "visit", "Harbour Foods", "Ops director")
    c2 = rides.add_call(store, ride.id, "phone_call", "Medway Plastics", "Plant manager")
    for call, disc, nxt in ((c1, 2, 3), (c2, 1, 4)):
        rides.rate(store, call.id, "discovery", disc)
        rides.rate(store, call.id, "next-step", nxt)
    rides.set_evidence(store, c1.id, "discovery", "Asked only yes/no questions.")
    rides.set_evidence(store, c2.id, "next-step", "Booked the site visit with the CFO.")
    rides.set_evidence(store, c2.id, "discovery", "Moved to the brochure after two minutes.")
    return ride.id


@pytest.fixture
def screen(qtbot: Any, store: Store, prompts: RecordingPrompts) -> DebriefScreen:
    w = DebriefScreen(store, prompts)  # type: ignore[arg-type]
    qtbot.addWidget(w)
    w.resize(1176, 700)
    w.show()
    qtbot.waitExposed(w)
    return w


def type_into(qtbot: Any, widget: Any, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_the_debrief_speaks_german_in_its_proposals_and_what_is_still_to_do(
    qapp: Any, qtbot: Any, store: Store, screen: DebriefScreen
) -> None:
    """Seen on a German walk: "Still to do: give evidence for the strength; agree at least one
    commitment." and "Highest rated behaviour on this ride: 3.0 on average over 1 call." in an
    otherwise German debrief."""

    from ui import translation

    seller = sellers.add_seller(store, "Maya Okafor")
    ride = observed_ride(store, seller.id, "2026-03-02")
    translation.install(qapp, "de")
    try:
        screen.open_ride(ride)
        gap = screen.points.gap.proposal_label.text()
        assert "Am niedrigsten bewertetes Fokusverhalten dieser Begleitung: im Mittel 1,5" in gap
        assert "über 2 Kontakte" in gap
        assert screen.missing.text() == "Noch offen: mindestens eine Vereinbarung treffen."
        assert screen.finish_button.toolTip() == screen.missing.text()
        with pytest.raises(DomainError, match="Bevor Sie die Nachbesprechung"):
            debriefs.finish_debrief(store, ride)
    finally:
        install_test_english(qapp)


def test_two_rides_commitment_set_then_verified(
    qtbot: Any, store: Store, screen: DebriefScreen, prompts: RecordingPrompts
) -> None:
    seller = sellers.add_seller(store, "Maya Okafor")
    first = observed_ride(store, seller.id, "2026-03-02")
    next_ride = rides.plan_ride(store, seller.id, "2026-03-16", scorecard_key="field-visit")

    # --- ride 1: the debrief, through the widgets --------------------------------------------
    screen.open_ride(first)
    assert screen.points.strength.key() == "next-step"  # proposals prefilled...
    assert screen.points.gap.key() == "discovery"
    assert "Proposed by FieldRide" in screen.points.gap.proposal_label.text()
    d = debriefs.get_debrief(store, first)
    assert (d.strength_behaviour_key, d.gap_behaviour_key) == ("next-step", "discovery")
    assert d.gap_evidence == "Moved to the brochure after two minutes."  # lowest call's line
    # ...and editable: the manager rewrites the gap evidence
    screen.points.gap.evidence.selectAll()
    type_into(qtbot, screen.points.gap.evidence, "Three closed questions in a row on call 1.")
    qtbot.waitUntil(
        lambda: (
            debriefs.get_debrief(store, first).gap_evidence
            == "Three closed questions in a row on call 1."
        )
    )
    assert not screen.finish_button.isEnabled()
    assert "agree at least one commitment" in screen.missing.text()

    # questions: the gap's scorecard questions are offered; mark one asked, note the answer
    screen.steps.setCurrentWidget(screen.questions)
    rows = list(screen.questions.rows.values())
    assert len(rows) == 3 and "From the scorecard" in rows[0].tag.text()
    qtbot.mouseClick(rows[0].asked, Qt.MouseButton.LeftButton)
    type_into(qtbot, rows[0].answer, "About 4k a month in missed deliveries.")
    qtbot.waitUntil(lambda: debriefs.get_debrief(store, first).questions[0].answer != "")
    type_into(qtbot, screen.questions.new_text, "You should summarise before proposing.")
    qtbot.keyClick(screen.questions.new_text, Qt.Key.Key_Return)
    assert screen.questions.counter.text() == "1 question asked · 1 statement of advice"
    assert screen.steps.tabText(1) == "2 Questions · 1"
    d = debriefs.get_debrief(store, first)
    assert d.questions[0].asked and d.questions[0].answer.startswith("About 4k")
    assert (d.questions_asked, d.advice_count) == (1, 1)

    # rehearsal
    screen.steps.setCurrentWidget(screen.rehearsal)
    type_into(qtbot, screen.rehearsal.segment, "Replayed the first five minutes of call 1")
    screen.rehearsal.count.setFocus()
    qtbot.keyClick(screen.rehearsal.count, Qt.Key.Key_Up)
    qtbot.keyClick(screen.rehearsal.count, Qt.Key.Key_Up)
    type_into(qtbot, screen.rehearsal.outcome, "Second try: three open questions.")
    screen.flush()
    d = debriefs.get_debrief(store, first)
    assert (d.rehearsal_segment, d.rehearsal_count) == (
        "Replayed the first five minutes of call 1",
        2,
    )
    assert d.rehearsal_outcome == "Second try: three open questions."

    # commitment: behaviour defaults to the gap, due date to the next planned ride
    screen.steps.setCurrentWidget(screen.commitments)
    assert screen.commitments.new_behaviour.currentData() == "discovery"
    assert screen.commitments.new_due.date().toString("yyyy-MM-dd") == "2026-03-16"
    type_into(qtbot, screen.commitments.new_text, "Ask two follow-up questions on every call.")
    qtbot.keyClick(screen.commitments.new_text, Qt.Key.Key_Return)
    (made,) = commitments.commitments_from_ride(store, first)
    assert (made.behaviour_key, made.due_date) == ("discovery", "2026-03-16")
    assert screen.steps.tabText(3) == "4 Commitments · 1 ✓"

    # private note, in its own box
    type_into(qtbot, screen.private_note.text, PRIVATE)
    screen.flush()
    assert debriefs.get_private_note(store, first) == PRIVATE

    # finish, then the seller acknowledges on the laptop
    assert screen.finish_button.isEnabled()
    qtbot.mouseClick(screen.finish_button, Qt.MouseButton.LeftButton)
    assert rides.get_ride(store, first).status == "debriefed"
    assert screen.ack_button.isVisible() and not screen.finish_button.isVisible()
    # (issue 18: the hand-over is the seller view, no longer a dialog over the debrief)
    with qtbot.waitSignal(screen.seller_view_requested) as handed:
        qtbot.mouseClick(screen.ack_button, Qt.MouseButton.LeftButton)
    assert handed.args == [first]
    view = SellerView(store, prompts)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.load(first)
    view.show()
    assert not view.ok.isEnabled()
    type_into(qtbot, view.name, "Maya Okafor")
    view.date.setDate(view.date.minimumDate())
    type_into(qtbot, view.comment, "Fair summary.")
    qtbot.mouseClick(view.ok, Qt.MouseButton.LeftButton)
    screen.refresh()
    r1 = rides.get_ride(store, first)
    assert (r1.status, r1.locked) == ("acknowledged", True)
    ack = debriefs.get_acknowledgement(store, first)
    assert ack and (ack.seller_name, ack.acknowledged_on) == ("Maya Okafor", "2026-03-02")
    assert "Acknowledged by Maya Okafor on 2026-03-02" in screen.banner.text()
    assert screen.points.gap.evidence.isReadOnly() and screen.reopen_button.isVisible()
    assert not screen.private_note.text.isReadOnly()  # the private note stays the manager's
    assert commitments.follow_through(store, seller.id).rate is None

    # --- ride 2: the next ride with this seller verifies the commitment ----------------------
    call = rides.add_call(store, next_ride.id, "visit", "Pennine Hotels")
    rides.rate(store, call.id, "discovery", 3)
    screen.open_ride(next_ride.id)
    assert screen.steps.tabText(4) == "5 Check previous · 1"
    screen.steps.setCurrentWidget(screen.verification)
    (row,) = screen.verification.rows.values()
    type_into(qtbot, row.evidence, "Asked 'what else?' twice at Pennine.")
    qtbot.mouseClick(row.buttons["applied"], Qt.MouseButton.LeftButton)
    c = commitments.get_commitment(store, made.id)
    assert c.status == "closed" and c.verifications[0].outcome == "applied"
    assert c.verifications[0].evidence == "Asked 'what else?' twice at Pennine."
    assert c.verifications[0].ride_id == next_ride.id
    ft = commitments.follow_through(store, seller.id)
    assert (ft.applied, ft.verified, ft.rate) == (1, 1, 1.0)
    assert screen.steps.tabText(4) == "5 Check previous ✓"
    assert row.buttons["applied"].isChecked() and row.clear.isVisible()
    # a slip: partly instead; then the rate follows
    qtbot.mouseClick(row.buttons["partly"], Qt.MouseButton.LeftButton)
    assert commitments.follow_through(store, seller.id).rate == 0.0
    assert not prompts.errors


def test_locked_ride_reopens_only_with_a_reason_and_changes_are_audited(
    qtbot: Any, store: Store, screen: DebriefScreen, prompts: RecordingPrompts
) -> None:
    seller = sellers.add_seller(store, "Sam Whitfield")
    ride = observed_ride(store, seller.id, "2026-03-02")
    debriefs.set_strength(store, ride, "next-step", "Booked the visit.")
    debriefs.set_gap(store, ride, "discovery", "Closed questions.")
    commitments.add_commitment(store, ride, "discovery", "Two follow-ups per call.")
    debriefs.finish_debrief(store, ride)
    debriefs.acknowledge(store, ride, "Sam Whitfield", "2026-03-02")
    screen.open_ride(ride)
    assert screen.points.gap.evidence.isReadOnly()
    assert not screen.commitments.add_row.isVisible()
    prompts.text_answers.append(None)  # cancelled: nothing happens
    qtbot.mouseClick(screen.reopen_button, Qt.MouseButton.LeftButton)
    assert rides.get_ride(store, ride).locked
    prompts.text_answers.append("   ")  # refused by the core, shown as a message
    qtbot.mouseClick(screen.reopen_button, Qt.MouseButton.LeftButton)
    assert rides.get_ride(store, ride).locked and prompts.errors[-1][0] == "Ride not reopened"
    prompts.text_answers.append("Seller pointed out the wrong call")
    qtbot.mouseClick(screen.reopen_button, Qt.MouseButton.LeftButton)
    assert not rides.get_ride(store, ride).locked
    assert "Reopened: changes are recorded" in screen.banner.text()
    assert not screen.points.gap.evidence.isReadOnly()
    screen.points.gap.evidence.selectAll()
    type_into(qtbot, screen.points.gap.evidence, "Closed questions on call 2.")
    screen.flush()
    trail = debriefs.audit_trail(store, ride)
    assert [e.action for e in trail][-2:] == ["reopened", "changed"]
    assert trail[-2].reason == "Seller pointed out the wrong call"
    assert "'Closed questions.' → 'Closed questions on call 2.'" in trail[-1].detail


def test_advice_counter_steers_toward_asking(
    qtbot: Any, store: Store, screen: DebriefScreen
) -> None:
    seller = sellers.add_seller(store, "Daniel Price")
    ride = observed_ride(store, seller.id, "2026-03-02")
    screen.open_ride(ride)
    screen.steps.setCurrentWidget(screen.questions)
    for text in ("Tell them the price later", "Slow down"):
        type_into(qtbot, screen.questions.new_text, text)
        qtbot.keyClick(screen.questions.new_text, Qt.Key.Key_Return)
    assert screen.questions.counter.text() == "0 questions asked · 2 statements of advice"
    assert "More telling than asking" in screen.questions.steer.text()
    advice_rows = [r for r in screen.questions.rows.values() if "Advice" in r.tag.text()]
    assert len(advice_rows) == 2 and not advice_rows[0].answer.isVisible()
    qtbot.mouseClick(advice_rows[0].remove, Qt.MouseButton.LeftButton)
    assert screen.questions.counter.text() == "0 questions asked · 1 statement of advice"


def test_planned_ride_shows_what_to_do_first(store: Store, screen: DebriefScreen) -> None:
    seller = sellers.add_seller(store, "Irina Volkova")
    ride = rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key="field-visit")
    screen.open_ride(ride.id)
    assert screen.empty.isVisible() and not screen.body.isVisible()
    assert debriefs.get_debrief(store, ride.id).strength_behaviour_key is None


def test_private_note_never_reaches_seller_facing_data(
    qtbot: Any, store: Store, screen: DebriefScreen
) -> None:
    seller = sellers.add_seller(store, "Eleni Papadopoulou")
    ride = observed_ride(store, seller.id, "2026-03-02")
    screen.open_ride(ride)
    type_into(qtbot, screen.private_note.text, PRIVATE)
    screen.flush()
    assert debriefs.get_private_note(store, ride) == PRIVATE
    from fieldride.debriefs import ride_summary

    assert "PRIVATE-91c2" not in repr(debriefs.get_debrief(store, ride))
    assert "PRIVATE-91c2" not in repr(ride_summary(store, ride))
    data = pytest.importorskip("fieldride.reports.data")
    assert "PRIVATE-91c2" not in repr(data.summary_data(store, ride))


def test_summary_pdf_is_produced_and_marks_the_ride_shared(
    qtbot: Any, store: Store, screen: DebriefScreen, prompts: RecordingPrompts, tmp_path: Path
) -> None:
    if screen.pdf_button is None:
        pytest.skip("this build has no report actions")
    seller = sellers.add_seller(store, "Tomás Herrera")
    ride = observed_ride(store, seller.id, "2026-03-02")
    screen.open_ride(ride)
    assert not screen.pdf_button.isEnabled()  # not before the debrief is finished
    commitments.add_commitment(store, ride, "discovery", "Two follow-ups per call.")
    screen.refresh()
    qtbot.mouseClick(screen.finish_button, Qt.MouseButton.LeftButton)
    assert screen.pdf_button.isEnabled()
    target = tmp_path / "summary.pdf"
    prompts.file_answers.append(str(target))
    menu = screen.pdf_button.menu()
    next(a for a in menu.actions() if a.text() == "Save summary as…").trigger()
    qtbot.waitUntil(lambda: rides.get_ride(store, ride).shared_at is not None, timeout=10000)
    assert target.read_bytes().startswith(b"%PDF")
    assert not prompts.errors


def test_main_window_routes_capture_to_the_debrief(main_window: Any, store: Store) -> None:
    seller = sellers.add_seller(store, "Zofia")
    ride = observed_ride(store, seller.id, "2026-03-02")
    main_window.open_ride(ride)
    main_window.capture.debrief_requested.emit(ride)
    assert main_window.stack.currentWidget() is main_window.debrief
    assert main_window.debrief.ride is not None and main_window.debrief.ride.id == ride
    main_window.debrief.capture_requested.emit(ride)
    assert main_window.stack.currentWidget() is main_window.capture
    QApplication.processEvents()


def test_long_behaviour_titles_wrap_in_what_the_ride_showed(
    qtbot: Any, store: Store, screen: DebriefScreen
) -> None:
    """Seen in the Xvfb walk: "Listens and confirms …" and "Positions value in the customer's
    …" were cut to one line in the debrief's summary, with room to spare below. A title wider
    than its column wraps onto more lines, and wraps again when the column changes width."""
    seller = sellers.add_seller(store, "Ana Ruiz")
    ride = rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key="field-visit")
    call = rides.add_call(store, ride.id, "visit", "Harbour Foods")
    rides.rate(store, call.id, "value-message", 2)  # "Positions value in the customer's terms"
    rides.rate(store, call.id, "opening", 3)  # "Opens with purpose" (short)
    screen.open_ride(ride.id)
    view = screen.summary_view
    view.setFixedWidth(260)  # a narrow left pane (a small laptop, or the splitter moved)
    items = [view.topLevelItem(i) for i in range(view.topLevelItemCount())]
    long_item = next(i for i in items if i is not None and i.text(0).startswith("Positions"))
    short_item = next(i for i in items if i is not None and i.text(0).startswith("Opens"))
    metrics = view.fontMetrics()
    qtbot.waitUntil(
        lambda: metrics.horizontalAdvance(long_item.text(0)) > view.header().sectionSize(0)
    )
    one_line = view.visualItemRect(short_item).height()
    qtbot.waitUntil(lambda: view.visualItemRect(long_item).height() >= one_line + 10)
    view.setFixedWidth(190)  # narrower still: three lines or more
    qtbot.waitUntil(lambda: view.visualItemRect(long_item).height() >= 2 * one_line)


def test_new_commitment_fields_show_their_whole_text(
    qtbot: Any, store: Store, screen: DebriefScreen
) -> None:
    """Seen in the Xvfb walk at 1366 x 768: the new commitment's field read "What the seller
    will apply… (E" and its behaviour "★ Asks open, layere". The text has a line of its own;
    the behaviour box is wide enough for the longest behaviour of the ride."""
    seller = sellers.add_seller(store, "Ana Ruiz")
    ride_id = observed_ride(store, seller.id, "2026-03-02")
    screen.open_ride(ride_id)
    screen.steps.setCurrentIndex(3)
    panel = screen.commitments
    qtbot.waitUntil(panel.new_text.isVisible)
    text, combo = panel.new_text, panel.new_behaviour
    needed = text.fontMetrics().horizontalAdvance(text.placeholderText()) + 16
    assert text.width() >= needed, (text.width(), needed)
    longest = max(
        combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count())
    )
    assert combo.width() >= longest + 30, (combo.width(), longest)


def test_a_reopened_rides_history_is_shown_in_the_debrief(
    qtbot: Any, store: Store, screen: DebriefScreen
) -> None:
    """Issue 22, deliver 6: who reopened the ride, when and why, and what changed, on the
    ride. "History…" appears once a ride has been reopened, and lists the trail."""
    seller = sellers.add_seller(store, "Ana Ruiz")
    ride_id = observed_ride(store, seller.id, "2026-03-02")
    debriefs.set_strength(store, ride_id, "next-step", "Booked the site visit with the CFO.")
    debriefs.set_gap(store, ride_id, "discovery", "Asked only yes/no questions.")
    commitments.add_commitment(store, ride_id, "discovery", "Ask two why questions per call.")
    debriefs.finish_debrief(store, ride_id)
    debriefs.acknowledge(store, ride_id, "Ana Ruiz", on="2026-03-02")
    screen.open_ride(ride_id)
    assert not screen.history_button.isVisible()
    debriefs.reopen_ride(store, ride_id, "Evidence was from the wrong call")
    debriefs.set_gap(store, ride_id, "discovery", "Moved to the brochure after two minutes.")
    screen.open_ride(ride_id)
    assert screen.history_button.isVisible()
    qtbot.mouseClick(screen.history_button, Qt.MouseButton.LeftButton)
    dialog = screen.history_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    rows = dialog.rows()
    whats = [r[2] for r in rows]
    assert whats[:3] == ["Debrief finished", "Acknowledged by the seller", "Reopened"], whats
    assert rows[2][3] == "Evidence was from the wrong call"
    assert whats[3] == "Changed: debrief" and "gap evidence" in rows[3][3]
    assert PRIVATE not in str(rows)
    dialog.reject()


def test_alt_and_a_step_number_puts_the_focus_in_that_step(
    qtbot: Any, store: Store, screen: DebriefScreen
) -> None:
    """Alt+1…5 shows the step AND moves the keyboard focus to its first control: with the
    focus left in the private note, the walk's next Tab + Space opened the private note's
    "Attach file…" instead of answering the commitment on step 5 (seen under Xvfb)."""
    seller = sellers.add_seller(store, "Zofia")
    ride = observed_ride(store, seller.id, "2026-03-02")
    screen.open_ride(ride)
    screen.private_note.setFocus()
    qtbot.waitUntil(lambda: screen.private_note.hasFocus() or screen.focusWidget() is not None)
    for step in (4, 1, 3):
        qtbot.keyClick(
            screen.focusWidget(), Qt.Key(Qt.Key.Key_0 + step), Qt.KeyboardModifier.AltModifier
        )
        page = screen.steps.widget(step - 1)
        assert screen.steps.currentIndex() == step - 1
        focused = QApplication.focusWidget()
        assert focused is not None and page.isAncestorOf(focused), (step, focused)


def test_alt_5_puts_the_focus_on_the_first_answer_of_a_commitment_to_check(
    qtbot: Any, store: Store, screen: DebriefScreen
) -> None:
    """Step 5's rows sit in a scroll area: the focus goes to the first answer button, not to
    the scroll area (where Space did nothing, seen under Xvfb), so Space answers "Applied"."""
    seller = sellers.add_seller(store, "Zofia")
    first = observed_ride(store, seller.id, "2026-03-02")
    commitments.add_commitment(store, first, "discovery", "Two follow-up questions per call.")
    second = observed_ride(store, seller.id, "2026-03-16")
    screen.open_ride(second)
    screen.private_note.setFocus()
    qtbot.keyClick(screen.private_note, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QAbstractButton) and focused.text() == "Applied", focused
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    c = commitments.commitments_from_ride(store, first)[0]
    qtbot.waitUntil(
        lambda: commitments.get_commitment(store, c.id).verification_on(second) is not None
    )
    assert commitments.get_commitment(store, c.id).verification_on(second).outcome == "applied"
