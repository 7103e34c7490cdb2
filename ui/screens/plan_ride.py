"""Plan a ride: seller, date, type, scorecard (latest version by default), one or two focus
behaviours — with what the manager needs to choose well beside it: focus proposals (last gap,
open commitments, lowest ratings), the commitments to verify on this ride, a short summary of
the last ride and the trainings attended since — and foresight warnings (issue 22): a chosen
focus that found no opportunity on most recent calls of the kinds expected on this ride, or the
last rides all with the same accounts (the rules: ``fieldride.insights.foresight``).

A third focus behaviour is refused in place with ``FOCUS_LIMIT_MESSAGE`` (the check box does not
stay checked). The dialog is opened with ``open()``; on ``accepted``, ``ride`` holds the planned
ride and ``start_now`` says whether the manager asked to start capturing it at once.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldride import rides
from fieldride.errors import DomainError
from fieldride.i18n import messages
from fieldride.insights import foresight
from fieldride.insights import next_ride as planning
from fieldride.rides import CALL_KINDS, FOCUS_LIMIT_MESSAGE, MAX_FOCUS, RIDE_TYPES, Ride
from fieldride.scorecards.defaults import in_language
from fieldride.scorecards.store import get_version, list_latest
from fieldride.store import Store, kept_message
from fieldride.team import sellers
from ui import saving
from ui.prompts import PromptService
from ui.rich_text import escape
from ui.translation import ui_date, ui_date_format
from ui.widgets.placeholders import fit_placeholders

# the general one: the default before a first ride, in the interface language when the bundled
# copy in that language is installed (field-visit-de, field-visit-es)
DEFAULT_SCORECARD = "field-visit"


def _info_label(name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAccessibleName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


def mark_ticked(item: QListWidgetItem) -> None:
    """A ticked focus row is bold, so it stands out from a row that is merely the current one."""
    font = item.font()
    font.setBold(item.checkState() == Qt.CheckState.Checked)
    item.setFont(font)


class PlanRideDialog(QDialog):
    def __init__(
        self,
        store: Store,
        prompts: PromptService,
        seller_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.prompts = prompts
        self.ride: Ride | None = None
        self.start_now = False
        self._focus_touched = False
        self._scorecard_touched = False  # chosen by hand: a seller change no longer resets it
        self._scorecard_keys: dict[int, str] = {}  # version id -> scorecard key
        self.warnings: list[foresight.PlanWarning] = []
        self.setWindowTitle(self.tr("Plan a ride"))
        self.setAccessibleName(self.tr("Plan a ride"))
        self.resize(940, 560)
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        form = QFormLayout()
        self.seller = QComboBox()
        self.seller.setAccessibleName(self.tr("Seller"))
        people = sellers.list_sellers(store)
        shown = sellers.display_names(people)  # two "Ana Ruiz" get their email or region
        for s in people:
            self.seller.addItem(shown[s.id], s.id)
        if seller_id is not None and self.seller.findData(seller_id) >= 0:
            self.seller.setCurrentIndex(self.seller.findData(seller_id))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setDisplayFormat(ui_date_format())
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(self.tr("Ride date"))
        self.ride_type = QComboBox()
        self.ride_type.setAccessibleName(self.tr("Ride type"))
        for key, label in RIDE_TYPES.items():
            self.ride_type.addItem(messages().gettext(label), key)
        self.scorecard = QComboBox()
        self.scorecard.setAccessibleName(self.tr("Scorecard"))
        for v in list_latest(store):
            self.scorecard.addItem(
                self.tr("{name} (version {version}, latest)").format(
                    name=v.name, version=v.version
                ),
                v.id,
            )
            self._scorecard_keys[v.id] = v.key
        self._select_scorecard(in_language(DEFAULT_SCORECARD))
        self.objective = QLineEdit()
        self.objective.setAccessibleName(self.tr("Ride objective"))
        self.objective.setPlaceholderText(self.tr("Optional: what this ride should show or change"))
        fit_placeholders(self.objective)
        form.addRow(self.tr("&Seller"), self.seller)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("T&ype"), self.ride_type)
        form.addRow(self.tr("S&corecard"), self.scorecard)
        form.addRow(self.tr("O&bjective"), self.objective)
        # The call kinds expected on this ride: only the foresight warning uses them (defaulted
        # from the ride type until the manager ticks one by hand; not stored with the ride).
        self._kinds_touched = False
        kinds_row = QHBoxLayout()
        self.call_kinds: dict[str, QCheckBox] = {}
        for kind, label in CALL_KINDS.items():
            kind_label = messages().gettext(label)
            box = QCheckBox(kind_label)
            box.setAccessibleName(self.tr("Expect: {kind}").format(kind=kind_label))
            box.toggled.connect(self._kinds_changed)
            self.call_kinds[kind] = box
            kinds_row.addWidget(box)
        kinds_row.addStretch(1)
        kinds_label = QLabel(self.tr("Calls e&xpected"))
        kinds_label.setBuddy(next(iter(self.call_kinds.values())))
        form.addRow(kinds_label, kinds_row)
        left.addLayout(form)
        focus_label = QLabel(
            self.tr("&Focus behaviours (one or two; Space to tick, at most {most})").format(
                most=MAX_FOCUS
            )
        )
        focus_label.setProperty("role", "subheading")
        left.addWidget(focus_label)
        self.focus = QListWidget()
        self.focus.setObjectName("focusList")  # base.qss: the current row outlined, not filled
        self.focus.setAccessibleName(self.tr("Focus behaviours"))
        focus_label.setBuddy(self.focus)
        left.addWidget(self.focus, 1)
        self.focus_message = QLabel()
        self.focus_message.setObjectName("captureMessage")
        self.focus_message.setAccessibleName(self.tr("Focus message"))
        self.focus_message.setWordWrap(True)
        self.focus_message.hide()
        left.addWidget(self.focus_message)
        self.foresight = QLabel()
        self.foresight.setProperty("role", "warning")
        self.foresight.setAccessibleName(self.tr("Before you plan"))
        self.foresight.setWordWrap(True)
        self.foresight.setTextFormat(Qt.TextFormat.RichText)
        self.foresight.hide()
        left.addWidget(self.foresight)
        self.error = QLabel()
        self.error.setObjectName("captureMessage")
        self.error.setAccessibleName(self.tr("Why the ride was not planned"))
        self.error.setWordWrap(True)
        self.error.hide()
        left.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.plan_button = QPushButton(self.tr("Plan ride"))
        self.plan_button.setAccessibleName(self.tr("Plan the ride for later"))
        self.start_button = QPushButton(self.tr("Plan and start capture"))
        self.start_button.setObjectName("primaryButton")
        self.start_button.setAccessibleName(self.tr("Plan the ride and start capturing it"))
        self.start_button.setDefault(True)
        for b in (self.cancel_button, self.plan_button, self.start_button):
            buttons.addWidget(b)
        left.addLayout(buttons)
        outer.addLayout(left, 3)
        right = QVBoxLayout()
        self.suggestions = _info_label(self.tr("Suggested focus"))
        self.commitments = _info_label(self.tr("Commitments to verify on this ride"))
        self.last_ride = _info_label(self.tr("Last ride"))
        self.trainings = _info_label(self.tr("Training since the last ride"))
        for w in (self.suggestions, self.commitments, self.last_ride, self.trainings):
            right.addWidget(w)
        right.addStretch(1)
        outer.addLayout(right, 2)
        self.cancel_button.clicked.connect(self.reject)
        self.plan_button.clicked.connect(lambda: self._plan(start=False))
        self.start_button.clicked.connect(lambda: self._plan(start=True))
        self._default_scorecard()
        self.seller.currentIndexChanged.connect(self._seller_changed)
        self.scorecard.currentIndexChanged.connect(self._reload)
        self.scorecard.activated.connect(self._scorecard_chosen)
        self.focus.itemChanged.connect(self._focus_changed)
        # Tab keeps going from the objective to the focus list (the keyboard flow of planning);
        # the expected call kinds come after it, and Alt+X reaches them at once.
        chain = [self.objective, self.focus, *self.call_kinds.values(), self.cancel_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.ride_type.currentIndexChanged.connect(self._ride_type_changed)
        self.date.dateChanged.connect(lambda _d: self._warn())
        self._ride_type_changed()
        self._reload()
        self.seller.setFocus()

    # --- context -----------------------------------------------------------------------------
    def _default_scorecard(self) -> None:
        """Select the scorecard of the seller's last ride (the general one before their first),
        unless the manager chose one by hand."""
        seller_id = self.seller.currentData()
        if self._scorecard_touched or seller_id is None:
            return
        last = planning.last_scorecard_key(self.store, int(seller_id))
        self._select_scorecard((last,) if last else in_language(DEFAULT_SCORECARD))

    def _select_scorecard(self, keys: tuple[str, ...]) -> None:
        """Select the first of ``keys`` that is in the list (none: the selection stays)."""
        for key in keys:
            for version_id, k in self._scorecard_keys.items():
                if k == key:
                    self.scorecard.setCurrentIndex(self.scorecard.findData(version_id))
                    return

    def _seller_changed(self) -> None:
        self.scorecard.blockSignals(True)
        self._default_scorecard()
        self.scorecard.blockSignals(False)
        self._reload()

    def _scorecard_chosen(self) -> None:
        self._scorecard_touched = True

    def _reload(self) -> None:
        seller_id, version_id = self.seller.currentData(), self.scorecard.currentData()
        self.focus_message.hide()
        if version_id is None:
            self._fill_focus([], {}, set())
            return
        card = get_version(self.store, int(version_id)).card
        ctx = (
            planning.plan_context(self.store, int(seller_id), int(version_id))
            if seller_id is not None
            else None
        )
        reasons = {s.behaviour_key: s.reason for s in ctx.suggestions} if ctx else {}
        kept = (
            {k for k in self.chosen_focus() if card.behaviour(k)} if self._focus_touched else set()
        )
        if not self._focus_touched and ctx and ctx.suggestions:
            kept = {ctx.suggestions[0].behaviour_key}
        self._fill_focus([(b.key, b.title) for b in card.behaviours()], reasons, kept)
        self._show_context(ctx)
        self._warn()

    # --- foresight -----------------------------------------------------------------------------
    def _ride_type_changed(self) -> None:
        """Tick the call kinds the ride type usually holds, unless chosen by hand."""
        if self._kinds_touched:
            return
        expected = foresight.expected_call_kinds(str(self.ride_type.currentData()))
        for kind, box in self.call_kinds.items():
            box.blockSignals(True)
            box.setChecked(kind in expected)
            box.blockSignals(False)
        self._warn()

    def _kinds_changed(self) -> None:
        self._kinds_touched = True
        self._warn()

    def expected_kinds(self) -> list[str]:
        return [k for k, box in self.call_kinds.items() if box.isChecked()]

    def _warn(self) -> None:
        """Show the foresight warnings (fieldride.insights.foresight states the rules) for the
        seller, scorecard, focus, expected call kinds and date chosen now."""
        seller_id, version_id = self.seller.currentData(), self.scorecard.currentData()
        warnings = (
            foresight.plan_warnings(
                self.store,
                int(seller_id),
                int(version_id),
                self.chosen_focus(),
                self.expected_kinds(),
                self.date.date().toString("yyyy-MM-dd"),
            )
            if seller_id is not None and version_id is not None
            else []
        )
        self.warnings = warnings
        if not warnings:
            self.foresight.hide()
            self.foresight.setText("")
            return
        items = "".join(f"<li>{escape(w.message, quote=False)}</li>" for w in warnings)
        self.foresight.setText(
            self.tr("<p><b>Before you plan</b></p><ul>{items}</ul>").format(items=items)
        )
        self.foresight.show()
        self._fit_height()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.warnings:
            self._fit_height()

    def _fit_height(self) -> None:
        """Grow the dialog (within the screen) to the height its warnings need: without it the
        focus list and the form were squeezed to a row or two at 1366x768."""
        if not self.isVisible():
            return
        needed = self.sizeHint().height()
        screen = self.screen()
        room = screen.availableGeometry().height() - 60 if screen is not None else needed
        if self.height() < needed:
            self.resize(self.width(), min(needed, room))

    def _fill_focus(
        self, behaviours: list[tuple[str, str]], reasons: dict[str, str], checked: set[str]
    ) -> None:
        self.focus.blockSignals(True)
        self.focus.clear()
        ordered = sorted(behaviours, key=lambda kb: kb[0] not in reasons)  # suggestions first
        for key, title in ordered:
            suggested = self.tr("{behaviour}\n    Suggested: {reason}")
            text = (
                suggested.format(behaviour=title, reason=reasons[key]) if key in reasons else title
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in checked else Qt.CheckState.Unchecked)
            mark_ticked(item)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ". "))
            self.focus.addItem(item)
        if self.focus.count():
            self.focus.setCurrentRow(0)
        self.focus.blockSignals(False)

    def _show_context(self, ctx: planning.PlanContext | None) -> None:
        if ctx is None:
            for w in (self.suggestions, self.commitments, self.last_ride, self.trainings):
                w.setText("")
            self.last_ride.setText(self.tr("Add a seller first (Sellers screen)."))
            return
        if ctx.suggestions:
            items = "".join(
                f"<li><b>{escape(s.title)}</b> — {escape(s.reason)}</li>" for s in ctx.suggestions
            )
            self.suggestions.setText(
                self.tr("<p><b>Suggested focus</b></p><ul>{items}</ul>").format(items=items)
            )
        else:
            self.suggestions.setText(
                self.tr("<p><b>Suggested focus</b></p><p>Nothing to suggest yet.</p>")
            )
        if ctx.commitments:
            due = self.tr("{text} <i>(due {day})</i>")
            overdue = self.tr("{text} <i>(due {day}, overdue)</i>")
            items = "".join(
                "<li>{}</li>".format(
                    (overdue if c.is_overdue() else due).format(
                        text=escape(c.text), day=ui_date(c.due_date)
                    )
                )
                for c in ctx.commitments
            )
            self.commitments.setText(
                self.tr("<p><b>Commitments to verify</b></p><ul>{items}</ul>").format(items=items)
            )
        else:
            self.commitments.setText(
                self.tr("<p><b>Commitments to verify</b></p><p>None open.</p>")
            )
        if ctx.last_ride:
            lines = "".join(f"<li>{escape(x)}</li>" for x in ctx.last_ride.summary_lines())
            self.last_ride.setText(
                self.tr("<p><b>Last ride</b></p><ul>{lines}</ul>").format(lines=lines)
            )
        else:
            self.last_ride.setText(
                self.tr("<p><b>Last ride</b></p><p>No earlier ride with this seller.</p>")
            )
        if ctx.trainings:
            items = "".join(
                f"<li>{escape(t.title)} ({ui_date(t.held_on)})</li>" for t in ctx.trainings
            )
            self.trainings.setText(
                self.tr("<p><b>Training since then</b></p><ul>{items}</ul>").format(items=items)
            )
        else:
            self.trainings.setText("")

    # --- focus -------------------------------------------------------------------------------
    def chosen_focus(self) -> list[str]:
        return [
            str(self.focus.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.focus.count())
            if self.focus.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _focus_changed(self, item: QListWidgetItem) -> None:
        self._focus_touched = True
        if item.checkState() == Qt.CheckState.Checked and len(self.chosen_focus()) > MAX_FOCUS:
            self.focus.blockSignals(True)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.focus.blockSignals(False)
            self.focus_message.setText(messages().gettext(FOCUS_LIMIT_MESSAGE))
            self.focus_message.show()
        else:
            self.focus_message.hide()
        self.focus.blockSignals(True)
        mark_ticked(item)
        self.focus.blockSignals(False)
        self._warn()

    # --- planning ----------------------------------------------------------------------------
    def _plan(self, start: bool) -> None:
        seller_id, version_id = self.seller.currentData(), self.scorecard.currentData()
        if seller_id is None or version_id is None:
            self._refuse("Choose a seller and a scorecard (add a seller on the Sellers screen).")
            return
        try:
            self.ride = rides.plan_ride(
                self.store,
                int(seller_id),
                self.date.date().toString("yyyy-MM-dd"),
                ride_type=str(self.ride_type.currentData()),
                scorecard_version_id=int(version_id),
                focus=self.chosen_focus(),
                objective=self.objective.text(),
            )
        except DomainError as err:
            self._refuse(str(err))
            return
        except Exception as err:  # the storage refused: the dialog stays, with what was chosen
            kind = saving.write_failed(err, "plan ride")
            if kind is None:
                raise
            self.store.db.rollback()
            self._refuse(kept_message(kind))
            return
        self.start_now = start
        self.accept()

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
