"""Calibration on a co-ride, from the debrief's "Calibration…" button: two managers rated the
same ride on their own laptops; once both rides are on this laptop (sync or a bundle) and the
co-rider's ride is paired with the original, this shows their agreement per behaviour and each
one's lean. Before that, the co-rider pairs their ride here with one of the candidates (the
same seller, within a few days, the same scorecard, rated by another manager).

A window-modal dialog (``open()``); pairing goes through the core (``link_co_ride``) and
emits ``paired``."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldride import calibration
from fieldride.errors import DomainError
from fieldride.rides import Ride
from fieldride.store import Store
from ui.prompts import PromptService
from ui.widgets.agreement_table import AgreementTable


def calibration_available(store: Store, ride: Ride) -> bool:
    """Whether the debrief offers "Calibration…": a paired co-ride is here, or this ride could
    be paired with one."""
    if calibration.co_ride_partner(store, ride.id) is not None:
        return True
    return not ride.read_only and bool(calibration.co_ride_candidates(store, ride.id))


class CoRideDialog(QDialog):
    paired = Signal()

    def __init__(
        self, store: Store, ride: Ride, prompts: PromptService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ride = ride
        self.prompts = prompts
        self.setWindowTitle(
            self.tr("Calibration · {seller} · {date}").format(
                seller=ride.seller_name, date=ride.ride_date
            )
        )
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = AgreementTable()
        layout.addWidget(self.table, 1)
        self.legend = QLabel(
            self.tr(
                "Compared: ratings where both gave a level, call by call in the order of the "
                "calls (+n: given by one rater only). Lean: how much higher (+) or lower (−) one rated than the other, on "
                "average, in levels. 'No opportunity' is not a level and is never compared."
            )
        )
        self.legend.setWordWrap(True)
        self.legend.setProperty("role", "hint")
        layout.addWidget(self.legend)
        self.candidates = QListWidget()
        self.candidates.setAccessibleName(self.tr("Rides this one could be paired with"))
        layout.addWidget(self.candidates, 1)
        self.pair_button = QPushButton(self.tr("&Pair as co-ride"))
        self.pair_button.clicked.connect(self.pair_selected)
        self.unpair_button = QPushButton(self.tr("&Unpair"))
        self.unpair_button.clicked.connect(self.unpair)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.pair_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.unpair_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def _rater(self, ride: Ride, fallback: str) -> str:
        return ride.manager_name.strip() or fallback

    def refresh(self) -> None:
        result = calibration.compare_co_ride(self.store, self.ride.id)
        showing = result is not None
        for widget in (self.table, self.legend):
            widget.setVisible(showing)
        self.candidates.setVisible(not showing)
        self.pair_button.setVisible(not showing and not self.ride.read_only)
        if result is not None:
            first = self._rater(result.original, self.tr("The original rater"))
            second = self._rater(result.co_ride, self.tr("The co-rider"))
            self.intro.setText(
                self.tr(
                    "{first} rated this ride and {second} rated it alongside, on their own "
                    "laptop. Calls compared: {compared} ({first} recorded {first_calls}, "
                    "{second} recorded {second_calls})."
                ).format(
                    first=first,
                    second=second,
                    compared=result.calls_compared,
                    first_calls=result.original_calls,
                    second_calls=result.co_ride_calls,
                )
            )
            self.table.show_agreement(result.agreement, first, second)
            self.unpair_button.setVisible(
                result.co_ride.id == self.ride.id and not self.ride.read_only
            )
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.unpair_button.setVisible(False)
        self.candidates.clear()
        found = (
            [] if self.ride.read_only else calibration.co_ride_candidates(self.store, self.ride.id)
        )
        for other in found:
            text = self.tr("{date} · rated by {rater} · {status}").format(
                date=other.ride_date,
                rater=self._rater(other, self.tr("another manager")),
                status=other.status_label,
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, other.uuid)
            self.candidates.addItem(item)
        if found:
            self.candidates.setCurrentRow(0)
            self.intro.setText(
                self.tr(
                    "Did you rate this ride alongside another manager? Pair it with their ride "
                    "to see, per behaviour, how often you gave the same level and who rates "
                    "higher. Their ride came to this laptop through sync or a bundle."
                )
            )
        else:
            self.intro.setText(
                self.tr(
                    "No second rater's ride is paired with this one on this laptop. A co-ride "
                    "is the same seller, within {days} days, on the same scorecard, rated by "
                    "another manager; it arrives through sync or a bundle."
                ).format(days=calibration.CANDIDATE_DAYS)
            )
        self.pair_button.setEnabled(bool(found))

    def pair_selected(self) -> None:
        item = self.candidates.currentItem()
        if item is None:
            return
        self._link(str(item.data(Qt.ItemDataRole.UserRole)))

    def unpair(self) -> None:
        self._link(None)

    def _link(self, original_uuid: str | None) -> None:
        try:
            calibration.link_co_ride(self.store, self.ride.id, original_uuid)
        except DomainError as err:
            self.prompts.error(self.tr("Calibration"), str(err))
            return
        self.paired.emit()
        self.refresh()
