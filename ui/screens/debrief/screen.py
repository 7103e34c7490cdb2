"""The debrief of one ride, reached from the end of capture (``open_ride(ride_id)``).

Layout, so the structure is visible at a glance: a header (who, when, status, the next action),
on the left what the ride showed (levels per call, evidence), on the right the five steps as
tabs whose titles carry their state (✓ done, counts), and below them the private note in a box
of its own. Every edit is saved through the core as it happens (``saved`` after the commit).

Lifecycle: "Finish debrief" (the core lists anything missing) → "Hand the laptop to the seller…"
(``seller_view_requested``: the main window becomes the seller view, where the seller reads the
summary and acknowledges it) → the ride is locked and shown read-only with "Reopen…" (asks a reason via
the prompts service). "Produce summary PDF" (``ui.screens.debrief.report_actions``: open, print,
save as) is enabled once the debrief is finished.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldride import debriefs
from fieldride.debriefs import RideSummary, ride_summary
from fieldride.errors import DomainError
from fieldride.rides import Ride
from fieldride.store import Store
from ui import saving, settings
from ui.prompts import PromptService
from ui.screens.debrief import report_actions
from ui.screens.debrief.co_ride import CoRideDialog, calibration_available
from ui.screens.debrief.commitment_editor import CommitmentsPanel
from ui.screens.debrief.commitment_verification import VerificationPanel
from ui.screens.debrief.history import RideHistoryDialog
from ui.screens.debrief.panel import DebriefPanel
from ui.screens.debrief.points import StrengthGapPanel
from ui.screens.debrief.private_note import PrivateNoteBox
from ui.screens.debrief.questions import QuestionsPanel
from ui.screens.debrief.rehearsal import RehearsalPanel
from ui.screens.debrief.self_view import SelfVsManagerPanel
from ui.screens.debrief.summary import RideSummaryView
from ui.translation import ui_date
from ui.widgets.empty_state import EmptyState

log = logging.getLogger(__name__)
DONE = "✓"


class DebriefScreen(QWidget):
    saved = Signal(str)
    data_changed = Signal()
    capture_requested = Signal(int)
    ride_locked = Signal(int)
    seller_view_requested = Signal(int)  # hand the laptop to the seller (ride id)
    self_rating_requested = Signal(int)  # the seller rates their own ride first (ride id)

    def __init__(self, store: Store, prompts: PromptService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.prompts = prompts
        self.ride: Ride | None = None
        self.summary: RideSummary | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.addLayout(self._build_header())
        outer.addWidget(self.missing)  # a full-width line: beside the title it was a narrow column
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setProperty("role", "subheading")
        self.banner.setAccessibleName(self.tr("Ride status"))
        outer.addWidget(self.banner)
        self.empty = EmptyState(
            self.tr("This ride is still planned: observe at least one call, then debrief."),
            self.tr("Back to capture"),
            self._back_to_capture,
        )
        outer.addWidget(self.empty, 1)
        self.body = QSplitter(Qt.Orientation.Horizontal)
        settings.remember_layout(self.body)
        self.body.setChildrenCollapsible(False)
        outer.addWidget(self.body, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        shown = QLabel(self.tr("What the ride showed"))
        shown.setProperty("role", "subheading")
        left_layout.addWidget(shown)
        self.summary_view = RideSummaryView()
        left_layout.addWidget(self.summary_view, 1)
        legend = QLabel(
            self.tr("★ focus · C1… calls · n/o no opportunity · evidence under each row")
        )
        legend.setProperty("role", "hint")
        legend.setWordWrap(True)
        left_layout.addWidget(legend)
        self.self_view = SelfVsManagerPanel(store, prompts)
        self.self_view.setMaximumHeight(260)
        self.self_view.saved.connect(self.saved)
        self.self_view.saved.connect(lambda _what: self.data_changed.emit())
        left_layout.addWidget(self.self_view)
        self.body.addWidget(left)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        self.steps = QTabWidget()
        self.steps.setAccessibleName(self.tr("Debrief steps"))
        self.steps.setDocumentMode(True)
        # Every step's tab in full, never behind scroll arrows: the tab bar's width is part of
        # the window's minimum (the ride's summary on the left gives way first).
        self.steps.setUsesScrollButtons(False)
        self.steps.setElideMode(Qt.TextElideMode.ElideNone)
        self.points = StrengthGapPanel(store, prompts)
        self.questions = QuestionsPanel(store, prompts)
        self.rehearsal = RehearsalPanel(store, prompts)
        self.commitments = CommitmentsPanel(store, prompts)
        self.verification = VerificationPanel(store, prompts)
        for panel in self._step_panels():
            self.steps.addTab(panel, "")
        right_layout.addWidget(self.steps, 1)
        self.private_note = PrivateNoteBox(store, prompts)
        self.private_note.setMaximumHeight(130)
        right_layout.addWidget(self.private_note)
        self.body.addWidget(right)
        self.body.setStretchFactor(0, 4)
        self.body.setStretchFactor(1, 5)
        self.body.setSizes([420, 720])
        for panel in self._panels():
            panel.saved.connect(self.saved)
            panel.changed.connect(self._on_changed)
        for n in range(1, 6):
            QShortcut(QKeySequence(f"Alt+{n}"), self, lambda i=n - 1: self.go_to_step(i))
        self.body.hide()

    def go_to_step(self, index: int) -> None:
        """Show step ``index`` and put the keyboard focus on its first control (Alt+1…5): the
        focus stayed where it was (in the private note, say), so the next Tab or Space acted
        on something the manager could not see from the step they had just chosen."""
        self.steps.setCurrentIndex(index)
        page = self.steps.widget(index)
        if page is None:
            return
        candidate = page.nextInFocusChain()
        while candidate is not page and candidate is not None:
            if (
                page.isAncestorOf(candidate)
                and not isinstance(candidate, QScrollArea)  # a list's frame, not a control
                and candidate.isVisible()
                and candidate.isEnabled()
                and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                candidate.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
            candidate = candidate.nextInFocusChain()

    def _build_header(self) -> QHBoxLayout:
        top = QHBoxLayout()
        self.back = QPushButton(self.tr("← Capture"))
        self.back.setAccessibleName(self.tr("Back to capture"))
        self.back.clicked.connect(self._back_to_capture)
        top.addWidget(self.back)
        self.title = QLabel(self.tr("Debrief"))
        self.title.setProperty("role", "heading")
        self.title.setWordWrap(True)  # a long name wraps at the minimum size, never clipped
        top.addWidget(self.title, 1)
        self.missing = QLabel()
        self.missing.setProperty("role", "hint")
        self.missing.setWordWrap(True)
        self.finish_button = QPushButton(self.tr("Fi&nish debrief"))  # Alt+N
        self.finish_button.setAccessibleName(self.tr("Finish debrief"))
        self.finish_button.clicked.connect(self.finish)
        self.self_rating_button = QPushButton(self.tr("Seller &rates the ride…"))  # Alt+R
        self.self_rating_button.setAccessibleName(
            self.tr("Hand the laptop to the seller to rate their own ride")
        )
        self.self_rating_button.setToolTip(
            self.tr("Before the debrief: the seller rates each behaviour of the ride themselves")
        )
        self.self_rating_button.clicked.connect(self.open_self_rating)
        self.ack_button = QPushButton(self.tr("Hand the laptop to the &seller…"))  # Alt+S
        self.ack_button.setAccessibleName(self.tr("Hand the laptop to the seller to acknowledge"))
        self.ack_button.clicked.connect(self.open_acknowledgement)
        self.reopen_button = QPushButton(self.tr("Reopen…"))
        self.reopen_button.setAccessibleName(self.tr("Reopen the acknowledged ride"))
        self.reopen_button.clicked.connect(self.reopen)
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setAccessibleName(
            self.tr("The ride's history: reopened, changed, acknowledged")
        )
        self.history_button.setToolTip(
            self.tr("Who reopened this ride, when and why, and what changed")
        )
        self.history_button.clicked.connect(self.show_history)
        self.history_dialog: RideHistoryDialog | None = None
        self.calibration_button = QPushButton(self.tr("Ca&libration…"))  # Alt+L
        self.calibration_button.setAccessibleName(
            self.tr("Compare the ratings with a second rater's co-ride")
        )
        self.calibration_button.setToolTip(
            self.tr("How your ratings agree with a manager who rated the same ride")
        )
        self.calibration_button.clicked.connect(self.show_calibration)
        self.calibration_dialog: CoRideDialog | None = None
        for b in (
            self.calibration_button,
            self.history_button,
            self.self_rating_button,
            self.finish_button,
            self.ack_button,
            self.reopen_button,
        ):
            top.addWidget(b)
        self.pdf_button = QToolButton()
        self.pdf_button.setText(self.tr("Produce summary &PDF"))  # Alt+P
        self.pdf_button.setAccessibleName(self.tr("Produce summary PDF"))
        self.pdf_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.pdf_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu = QMenu(self.pdf_button)
        menu.addAction(
            self.tr("Open summary PDF"), lambda: self._report(report_actions.open_summary)
        )
        menu.addAction(
            self.tr("Print summary…"), lambda: self._report(report_actions.print_summary)
        )
        menu.addAction(
            self.tr("Save summary as…"), lambda: self._report(report_actions.save_summary_as)
        )
        self.pdf_button.setMenu(menu)
        self.pdf_button.clicked.connect(lambda: self._report(report_actions.open_summary))
        top.addWidget(self.pdf_button)
        return top

    def _step_panels(self) -> list[DebriefPanel]:
        return [self.points, self.questions, self.rehearsal, self.commitments, self.verification]

    def _panels(self) -> list[DebriefPanel]:
        return [*self._step_panels(), self.private_note]

    # --- loading ------------------------------------------------------------------------------
    def open_ride(self, ride_id: int) -> None:
        """Show the debrief of ``ride_id`` (proposals fill an empty strength/gap)."""
        self.flush()
        try:
            self.summary = ride_summary(self.store, ride_id)
        except DomainError as err:
            self.prompts.error(self.tr("Debrief"), str(err))
            return
        self.ride = self.summary.ride
        self.steps.setCurrentIndex(0)
        self._load(propose=True)

    def refresh(self) -> None:
        if self.ride is not None:
            self.flush()
            self.summary = ride_summary(self.store, self.ride.id)
            self.ride = self.summary.ride
            self._load(propose=False)

    def _load(self, propose: bool) -> None:
        assert self.ride is not None and self.summary is not None
        ride, summary = self.ride, self.summary
        planned = ride.status == "planned"
        self.empty.setVisible(planned)
        self.body.setVisible(not planned)
        editable = not ride.frozen and not planned
        debrief = debriefs.get_debrief(self.store, ride.id)
        self.summary_view.show_summary(summary)
        self.points.set_read_only(not editable)
        self.points.load(summary, debrief, propose=propose and editable)
        debrief = debriefs.get_debrief(self.store, ride.id)
        gap = summary.behaviour(debrief.gap_behaviour_key)
        self.questions.set_read_only(not editable)
        self.questions.load(debrief, gap.title if gap else None)
        self.rehearsal.load(debrief)
        self.rehearsal.set_read_only(not editable)
        self.commitments.read_only = not editable
        self.commitments.load(summary, debrief.gap_behaviour_key)
        self.commitments.set_read_only(not editable)
        self.verification.read_only = ride.frozen
        self.verification.load(ride.id)
        self.verification.set_read_only(ride.frozen)
        self.private_note.load(ride.id)
        self.self_view.load(ride.id, editable)
        self._update_state()

    def _on_changed(self) -> None:
        if self.ride is None:
            return
        debrief = debriefs.get_debrief(self.store, self.ride.id)
        if self.sender() is self.points:
            gap = self.summary.behaviour(debrief.gap_behaviour_key) if self.summary else None
            self.questions.load(debrief, gap.title if gap else None)
            if self.commitments.count() == 0:
                self.commitments.load(self.summary, debrief.gap_behaviour_key)  # type: ignore[arg-type]
        self._update_state()

    def _back_to_capture(self) -> None:
        if self.ride is not None:
            self.capture_requested.emit(self.ride.id)

    def _update_state(self) -> None:
        """Header, banner, buttons and step titles from what is stored now."""
        assert self.ride is not None
        from fieldride.rides import get_ride

        self.ride = get_ride(self.store, self.ride.id)
        ride = self.ride
        debrief = debriefs.get_debrief(self.store, ride.id)
        self.title.setText(
            self.tr("Debrief · {seller} · {day} · {type}").format(
                seller=ride.seller_name, day=ui_date(ride.ride_date), type=ride.type_label
            )
        )
        missing = debriefs.debrief_missing(self.store, ride.id)
        still = self.tr("Still to do: {missing}.").format(missing="; ".join(missing))
        in_progress = ride.status == "in_progress"
        self.missing.setText(still if in_progress and missing else "")
        self.finish_button.setVisible(in_progress and not ride.read_only)
        self.self_rating_button.setVisible(in_progress and not ride.read_only)
        self.self_view.set_hand_over(in_progress and not ride.read_only)
        self.finish_button.setEnabled(not missing)
        self.finish_button.setToolTip(still if missing else "")
        self.ack_button.setVisible(ride.status == "debriefed" and not ride.read_only)
        self.reopen_button.setVisible(ride.locked and not ride.read_only)
        self.history_button.setVisible(debriefs.ever_reopened(self.store, ride.id))
        self.calibration_button.setVisible(calibration_available(self.store, ride))
        self.pdf_button.setEnabled(ride.status in ("debriefed", "acknowledged"))
        self.banner.setText(self._banner_text(ride))
        self.banner.setVisible(bool(self.banner.text()))
        strength_ok = bool(debrief.strength_behaviour_key and debrief.strength_evidence)
        gap_ok = bool(debrief.gap_behaviour_key and debrief.gap_evidence)
        n_commit = self.commitments.count()
        to_verify = self.verification.to_verify()
        # each step: its number and name, then a count and/or ✓ when done (marks, not words)
        steps = [
            (self.tr("1 Strength && gap"), "", strength_ok and gap_ok),
            (self.tr("2 Questions"), str(debrief.questions_asked), False),
            (self.tr("3 Rehearsal"), "", bool(debrief.rehearsal_segment)),
            (self.tr("4 Commitments"), str(n_commit), bool(n_commit)),
            (
                self.tr("5 Check previous"),
                str(to_verify) if to_verify else "",
                not to_verify and bool(self.verification.items),
            ),
        ]
        titles = [
            " ".join(x for x in (name, f"· {count}" if count else "", DONE if done else "") if x)
            for name, count, done in steps
        ]
        for i, t in enumerate(titles):
            self.steps.setTabText(i, t.strip())
        self.steps.setTabToolTip(1, self.questions.counter_text(debrief))

    def _banner_text(self, ride: Ride) -> str:
        if ride.read_only:
            return ride.read_only_message
        if ride.locked:
            ack = debriefs.get_acknowledgement(self.store, ride.id)
            text = (
                self.tr(
                    "Acknowledged by {seller} on {day}. Locked: reopen it (with a reason) to "
                    "change it."
                ).format(seller=ack.seller_name, day=ui_date(ack.acknowledged_on))
                if ack
                else self.tr("Acknowledged. Locked: reopen it (with a reason) to change it.")
            )
            if ride.shared_at:
                text = self.tr("{text} Summary shared.").format(text=text)
            return text + self._code_text(ride)
        if ride.status == "debriefed":
            if debriefs.is_reopened(self.store, ride.id):
                return self.tr(
                    "Debrief finished. Hand the laptop to the seller to acknowledge. "
                    "Reopened: changes are recorded."
                ) + self._code_text(ride)
            return self.tr("Debrief finished. Hand the laptop to the seller to acknowledge.")
        return ""

    def _code_text(self, ride: Ride) -> str:
        """The acknowledgement code and whether the ride still matches it (issue 22,
        deliver 8): the same check as ``fieldride verify``."""
        check = debriefs.check_acknowledgement(self.store, ride.id)
        if check.state == "unchanged":
            return " " + self.tr("Code {code}: unchanged since the acknowledgement.").format(
                code=check.code
            )
        if check.state == "reopened":
            return " " + self.tr(
                "The handout's code {code} no longer stands for this ride: it was reopened "
                "after that acknowledgement (see History…)."
            ).format(code=check.code)
        if check.state == "changed":
            return " " + self.tr(
                "Warning: this ride no longer matches what the seller acknowledged (code "
                "{code}), and it was not reopened: it was changed outside FieldRide."
            ).format(code=check.code)
        return ""

    # --- actions ------------------------------------------------------------------------------
    def flush(self) -> None:
        """Save anything typed but not yet saved (before switching ride, hiding, closing)."""
        for panel in self._panels():
            panel.flush()

    def finish(self) -> None:
        if self.ride is None:
            return
        self.flush()
        saving.run(
            self.store,
            "debrief: finish",
            debriefs.finish_debrief,
            self.store,
            self.ride.id,
            refused=lambda err: self.prompts.error(self.tr("Debrief not finished"), str(err)),
            done=lambda _r: self._committed(self.tr("debrief finished")),
        )

    def _committed(self, what: str) -> None:
        """A state change committed (now, or later from the write queue)."""
        self.saved.emit(what)
        self.data_changed.emit()
        self.refresh()

    def open_self_rating(self) -> None:
        """Hand the laptop over before the debrief: the seller view's "Rate your own ride"
        step (``self_rating_requested``)."""
        if self.ride is None:
            return
        self.flush()
        self.self_rating_requested.emit(self.ride.id)

    def open_acknowledgement(self) -> None:
        """Hand the laptop over: the window shows the seller view (``seller_view_requested``)."""
        if self.ride is None:
            return
        self.flush()
        self.seller_view_requested.emit(self.ride.id)

    def show_history(self) -> None:
        """The ride's history (read-only dialog, not blocking)."""
        if self.ride is None:
            return
        dialog = RideHistoryDialog(
            self.ride,
            debriefs.audit_trail(self.store, self.ride.id),
            self,
            code_note=self._code_text(self.ride).strip(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.history_dialog = dialog
        dialog.open()

    def show_calibration(self) -> None:
        """The co-ride comparison, or pairing this ride with a co-ride (not blocking)."""
        if self.ride is None:
            return
        dialog = CoRideDialog(self.store, self.ride, self.prompts, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.paired.connect(lambda: self._committed(self.tr("co-ride paired")))
        self.calibration_dialog = dialog
        dialog.open()

    def reopen(self) -> None:
        if self.ride is None:
            return
        reason = self.prompts.ask_text(
            self.tr("Reopen acknowledged ride"),
            self.tr(
                "The seller acknowledged this debrief. Why reopen it? (recorded with the time)"
            ),
        )
        if reason is None:
            return
        saving.run(
            self.store,
            "debrief: reopen",
            debriefs.reopen_ride,
            self.store,
            self.ride.id,
            reason,
            refused=lambda err: self.prompts.error(self.tr("Ride not reopened"), str(err)),
            done=lambda _r: self._committed(self.tr("ride reopened")),
        )

    def _report(self, action: report_actions.ReportAction) -> None:
        if self.ride is None:
            return
        self.flush()
        ride_id = self.ride.id
        action(
            self.store,
            ride_id,
            self.prompts,
            parent=self,
            on_finished=lambda path: self._shared(ride_id, path),
        )

    def _shared(self, ride_id: int, path: object) -> None:
        if path is not None and self.ride is not None and self.ride.id == ride_id:
            self.saved.emit(self.tr("summary produced"))
            self._update_state()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self.flush()
        super().hideEvent(event)
