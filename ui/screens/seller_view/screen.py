"""The seller view: what the main window becomes when the manager hands the laptop over.

Two steps, one shown at a time: before the debrief, "Rate your own ride"
(``self_rating.SelfRatingPage``, :meth:`SellerView.load_self_rating`); after it, the summary
and the acknowledgement (:meth:`SellerView.load`), described below.

It shows the coaching summary exactly as the handout carries it (``content``), and beside it the
acknowledgement: the seller types their name (checked against the seller's, see ``names``; no
placeholder gives it away), the date and an optional comment. Nothing else: the window hides its
navigation, menus and status bar while this page is up (``MainWindow.enter_seller_view``).
Leaving is deliberate: the "Give the laptop back to the manager" button (``handed_back``); Esc
does nothing here."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fieldride import debriefs
from fieldride.reports.data import summary_data
from fieldride.reports.model import SummaryData
from fieldride.store import Store
from ui import saving
from ui.prompts import PromptService
from ui.screens.seller_view.content import summary_html
from ui.screens.seller_view.names import same_name
from ui.screens.seller_view.self_rating import SelfRatingPage
from ui.translation import QT_TRANSLATE_NOOP, ui_date_format

GIVE_BACK = QT_TRANSLATE_NOOP("SellerView", "Give the laptop back to the manager")
NOT_SAVED_YET = QT_TRANSLATE_NOOP(
    "SellerView",
    "Your acknowledgement is kept but not saved yet: the computer cannot write it just now. "
    "FieldRide saves it as soon as it can.",
)


class SellerView(QWidget):
    acknowledged = Signal(int)  # ride id, after the commit
    handed_back = Signal(int)  # ride id
    self_rated = Signal(int)  # ride id, after one of the seller's own ratings committed

    def __init__(self, store: Store, prompts: PromptService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.prompts = prompts
        self.data: SummaryData | None = None
        # Two steps, one at a time: rating their own ride (before the debrief) and reading and
        # acknowledging the summary (after it).
        self.pages = QStackedWidget()
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.pages)
        self.self_rating = SelfRatingPage(store, prompts)
        self.self_rating.handed_back.connect(self.handed_back)
        self.self_rating.rated.connect(self.self_rated)
        self.pages.addWidget(self.self_rating)
        self.ack_page = QWidget()
        self.pages.addWidget(self.ack_page)
        outer = QHBoxLayout(self.ack_page)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.setSpacing(20)
        self.summary = QTextBrowser()
        self.summary.setAccessibleName(self.tr("Your coaching summary"))
        self.summary.setOpenLinks(False)
        outer.addWidget(self.summary, 3)
        side = QVBoxLayout()
        outer.addLayout(side, 2)
        heading = QLabel(self.tr("Your acknowledgement"))
        heading.setProperty("role", "heading")
        side.addWidget(heading)
        self.intro = QLabel(
            self.tr(
                "Read the summary on the left: it is what your handout will say. By typing your "
                "name you confirm that you went through this debrief with your manager. The ride "
                "is then locked."
            )
        )
        self.intro.setWordWrap(True)
        side.addWidget(self.intro)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.textChanged.connect(self._check)
        self.name.returnPressed.connect(self.acknowledge)  # Enter after the name (if it matches)
        form.addRow(self.tr("Your &name"), self.name)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setAccessibleName(self.tr("Acknowledgement date"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(ui_date_format())
        form.addRow(self.tr("&Date"), self.date)
        self.comment = QPlainTextEdit()
        self.comment.setAccessibleName(self.tr("Your comment (optional)"))
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(110)
        form.addRow(self.tr("&Comment (optional)"), self.comment)
        side.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Acknowledgement message"))
        side.addWidget(self.message)
        self.ok = QPushButton(self.tr("Acknowledge"))
        self.ok.setObjectName("primaryButton")
        self.ok.setAccessibleName(self.tr("Acknowledge the debrief"))
        self.ok.clicked.connect(self.acknowledge)
        side.addWidget(self.ok)
        side.addStretch(1)
        self.give_back = QPushButton(self.tr(GIVE_BACK))
        self.give_back.setAccessibleName(self.tr(GIVE_BACK))
        self.give_back.clicked.connect(self._hand_back)
        side.addWidget(self.give_back)

    def load(self, ride_id: int) -> None:
        """Show the summary of ``ride_id`` and the acknowledgement form: empty, or (read-only)
        what the seller gave when the ride is acknowledged. Raises DomainError if the ride is
        gone."""
        data = summary_data(self.store, ride_id)
        self.data = data
        self.pages.setCurrentWidget(self.ack_page)
        self.summary.setHtml(summary_html(data))
        self.date.setMinimumDate(QDate.fromString(data.ride_date, "yyyy-MM-dd"))
        ack = data.acknowledgement
        self.name.setText(ack.seller_name if ack else "")
        self.comment.setPlainText(ack.comment if ack else "")
        self.date.setDate(QDate.fromString(ack.on, "yyyy-MM-dd") if ack else QDate.currentDate())
        done = ack is not None
        for w in (self.name, self.date, self.comment):
            w.setEnabled(not done)
        self.message.setText(self.tr("Already acknowledged.") if done else "")
        self._check()

    def load_self_rating(self, ride_id: int) -> None:
        """Show the "Rate your own ride" step of ``ride_id`` (before the debrief).
        Raises DomainError if the ride is gone."""
        self.data = None
        self.self_rating.load(ride_id)
        self.pages.setCurrentWidget(self.self_rating)

    def first_focus(self) -> QWidget:
        """Where the seller's keyboard starts on the step shown."""
        if self.pages.currentWidget() is self.self_rating:
            rows = self.self_rating.rows
            return rows[0] if rows else self.self_rating.give_back
        return self.name

    def _check(self) -> None:
        typed = self.name.text()
        ok = self.data is not None and self.data.acknowledgement is None
        matches = ok and self.data is not None and same_name(typed, self.data.seller_name)
        self.ok.setEnabled(bool(matches))
        if ok and typed.strip() and not matches:
            self.message.setText(self.tr("Type your name as it is written on the summary."))
        elif ok:
            self.message.setText("")

    def acknowledge(self) -> None:
        data = self.data
        if data is None or not same_name(self.name.text(), data.seller_name):
            return
        written = saving.run(
            self.store,
            "seller view: acknowledge",
            debriefs.acknowledge,
            self.store,
            data.ride_id,
            data.seller_name,  # the name on record; the typed one only had to match it
            self.date.date().toString("yyyy-MM-dd"),
            self.comment.toPlainText().strip(),
            refused=lambda err: self.prompts.error(self.tr("Not acknowledged"), str(err)),
            done=lambda _r: self._acknowledged(data.ride_id),
        )
        if written.waiting:
            self.message.setText(self.tr(NOT_SAVED_YET))

    def _acknowledged(self, ride_id: int) -> None:
        """The acknowledgement committed (now, or later from the write queue)."""
        self.acknowledged.emit(ride_id)
        self.load(ride_id)
        self.message.setText(self.tr("Thank you. Please give the laptop back to the manager."))
        ack = debriefs.get_acknowledgement(self.store, ride_id)
        if ack is not None and ack.code:
            self.message.setText(
                self.tr(
                    "Thank you. Your handout carries the code {code}: it shows that the ride "
                    "is what you acknowledged. Please give the laptop back to the manager."
                ).format(code=ack.code)
            )
        self.give_back.setFocus()

    def _hand_back(self) -> None:
        if self.data is not None:
            self.handed_back.emit(self.data.ride_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # Esc never leaves the seller view: handing back is a button
            return
        super().keyPressEvent(event)
