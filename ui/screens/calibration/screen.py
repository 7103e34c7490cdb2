"""Calibration: the manager reads a reference scenario (a written account of one call, shipped
with the app) and rates it on the scorecard, then sees, per behaviour, the level the authors
agreed and why, and their own agreement and lean; "All your runs" sums up the latest run of
every scenario. Every run is kept in the store (``fieldride.calibration.record_run``) and never
leaves the laptop.

Layout: the scenarios on the left; the account in the middle; on the right the ratings (one
box per behaviour: a level or "No opportunity"; the first letter or digit picks it) and the
results in tabs."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldride import calibration
from fieldride.calibration import Scenario
from fieldride.errors import DomainError
from fieldride.store import Store
from ui import settings
from ui.prompts import PromptService
from ui.translation import ui_signed
from ui.widgets.agreement_table import AgreementTable
from ui.widgets.table_text import table_rows

NOT_RATED = "not rated"
NO_OPPORTUNITY = "no opportunity"


class CalibrationScreen(QWidget):
    saved = Signal(str)
    run_recorded = Signal(int)  # the run's id

    def __init__(self, store: Store, prompts: PromptService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.prompts = prompts
        self.scenarios = calibration.list_scenarios()
        self.scenario: Scenario | None = None
        self.boxes: dict[str, QComboBox] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        title = QLabel(self.tr("Calibration"))
        title.setProperty("role", "heading")
        outer.addWidget(title)
        hint = QLabel(
            self.tr(
                "Read a call written by the FieldRide team, rate it as you would on a ride, then "
                "compare with the levels the authors agreed. Your runs stay on this laptop."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        outer.addWidget(hint)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        settings.remember_layout(self.split)
        outer.addWidget(self.split, 1)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Reference scenarios"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.list.currentRowChanged.connect(self._choose)
        self.split.addWidget(self.list)
        self.account = QPlainTextEdit()
        self.account.setReadOnly(True)
        self.account.setAccessibleName(self.tr("The scenario: what happened on the call"))
        self.split.addWidget(self.account)
        self.tabs = QTabWidget()
        self.split.addWidget(self.tabs)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 5)
        self.split.setStretchFactor(2, 5)
        self.split.setSizes([200, 400, 700])
        self._build_rating_tab()
        self._build_result_tab()
        self._build_overview_tab()
        self._fill_list()

    # --- building -----------------------------------------------------------------------------
    def _build_rating_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(self.form)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.compare_button = QPushButton(self.tr("&Compare with the reference"))
        self.compare_button.setProperty("role", "primary")
        self.compare_button.clicked.connect(self.compare)
        row.addWidget(self.compare_button)
        layout.addLayout(row)
        self.tabs.addTab(page, self.tr("Your ratings"))

    def _build_result_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.result_intro = QLabel()
        self.result_intro.setWordWrap(True)
        layout.addWidget(self.result_intro)
        self.reference = QTableWidget(0, 4)
        settings.remember_layout(self.reference)
        self.reference.setAccessibleName(self.tr("Your ratings and the agreed levels"))
        self.reference.setHorizontalHeaderLabels(
            [
                self.tr("Behaviour · why this level"),
                self.tr("You"),
                self.tr("Agreed"),
                self.tr("Difference"),
            ]
        )
        self.reference.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reference.verticalHeader().setVisible(False)
        self.reference.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reference.setWordWrap(True)
        self.reference.setTabKeyNavigation(False)
        self.reference.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.reference.horizontalHeader()
        # Rows grow with the wrapped reasons whenever the width changes (never cut short).
        header.sectionResized.connect(lambda *_args: self.reference.resizeRowsToContents())
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.reference, 1)
        self.tabs.addTab(page, self.tr("Compared"))
        self.tabs.setTabEnabled(1, False)

    def _build_overview_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.overview_intro = QLabel()
        self.overview_intro.setWordWrap(True)
        layout.addWidget(self.overview_intro)
        self.overview_table = AgreementTable()
        layout.addWidget(self.overview_table, 1)
        legend = QLabel(
            self.tr(
                "Compared: behaviours where both you and the reference gave a level (+n: given "
                "by one side only, e.g. 'No opportunity'). Same level and within one level: of "
                "those compared."
            )
        )
        legend.setWordWrap(True)
        legend.setProperty("role", "hint")
        layout.addWidget(legend)
        self.tabs.addTab(page, self.tr("All your runs"))

    def _fill_list(self) -> None:
        for scenario in self.scenarios:
            item = QListWidgetItem(scenario.title)
            item.setToolTip(scenario.title)
            self.list.addItem(item)
        self._update_list()
        if self.scenarios:
            self.list.setCurrentRow(0)

    def _update_list(self) -> None:
        """Each scenario's line says how often it was rated; the overview follows."""
        for row, scenario in enumerate(self.scenarios):
            runs = calibration.list_runs(self.store, scenario.key)
            text = scenario.title
            if runs:
                text = self.tr("{title} · rated {count}×").format(
                    title=scenario.title, count=len(runs)
                )
            self.list.item(row).setText(text)
        self._show_overview()

    # --- behaviour ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Data changed elsewhere: the counts and the overview (the ratings being typed stay)."""
        self._update_list()

    def _choose(self, row: int) -> None:
        if not 0 <= row < len(self.scenarios):
            return
        self.scenario = self.scenarios[row]
        self.account.setPlainText(self.scenario.account)
        while self.form.rowCount():
            self.form.removeRow(0)
        self.boxes.clear()
        card = calibration.scenario_scorecard(self.scenario)
        keys = {a.behaviour_key for a in self.scenario.agreed}
        for behaviour in card.behaviours():
            if behaviour.key not in keys:
                continue
            box = QComboBox()
            box.setAccessibleName(behaviour.title)
            box.addItem(self.tr("— not rated"), NOT_RATED)
            for level in card.scale:
                box.addItem(
                    self.tr("{value} {label}").format(value=level.value, label=level.label),
                    level.value,
                )
            box.addItem(self.tr("No opportunity"), NO_OPPORTUNITY)
            # Not word-wrapped: QFormLayout gives a row the field's height, so a label wrapped
            # to two lines was cut at the top (German titles at 1366x768). A title too long for
            # its column puts the box under it instead (WrapLongRows).
            label = QLabel(behaviour.title)
            label.setBuddy(box)
            self.form.addRow(label, box)
            self.boxes[behaviour.key] = box
        # The boxes are made after the Compare button: put them before it in the Tab order.
        chain = [self.tabs, *self.boxes.values(), self.compare_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.tabs.setTabEnabled(1, False)
        self.tabs.setCurrentIndex(0)

    def ratings(self) -> dict[str, int | None]:
        """What the manager chose: level, None for "no opportunity"; unrated left out."""
        out: dict[str, int | None] = {}
        for key, box in self.boxes.items():
            data = box.currentData()
            if data == NOT_RATED:
                continue
            out[key] = None if data == NO_OPPORTUNITY else int(data)
        return out

    def compare(self) -> None:
        if self.scenario is None:
            return
        ratings = self.ratings()
        try:
            run_id = calibration.record_run(self.store, self.scenario, ratings)
        except DomainError as err:
            self.prompts.error(self.tr("Calibration"), str(err))
            return
        self._show_result(self.scenario, ratings)
        self.saved.emit(self.tr("calibration run kept"))
        self.run_recorded.emit(run_id)
        self._update_list()

    def _level_text(self, level: int | None, card_scale: dict[int, str], given: bool) -> str:
        if not given:
            return self.tr("not rated")
        if level is None:
            return self.tr("No opportunity")
        return self.tr("{value} {label}").format(value=level, label=card_scale.get(level, ""))

    def _difference(self, mine: int | None, agreed: int | None) -> str:
        if mine is None or agreed is None:
            return "—"
        return "0" if mine == agreed else f"{mine - agreed:+d}"

    def _show_result(self, scenario: Scenario, ratings: dict[str, int | None]) -> None:
        card = calibration.scenario_scorecard(scenario)
        scale = {lv.value: lv.label for lv in card.scale}
        titles = {b.key: b.title for b in card.behaviours()}
        self.reference.setRowCount(len(scenario.agreed))
        for row, agreed in enumerate(scenario.agreed):
            mine = ratings.get(agreed.behaviour_key)
            title = titles.get(agreed.behaviour_key, agreed.behaviour_key)
            cells = (
                self.tr("{behaviour}\n{reason}").format(behaviour=title, reason=agreed.reason),
                self._level_text(mine, scale, agreed.behaviour_key in ratings),
                self._level_text(agreed.level, scale, True),
                self._difference(mine, agreed.level),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.reference.setItem(row, column, item)
        self.reference.resizeRowsToContents()
        overall = calibration.solo_agreement(scenario, ratings).overall
        lean = overall.lean
        self.result_intro.setText(
            self.tr(
                "{title}: you gave the agreed level on {exact} of {compared} behaviours rated "
                "by both, and were within one level on {within}. Your lean: {lean} level on "
                "average (+: you rate higher than the reference)."
            ).format(
                title=scenario.title,
                exact=overall.exact,
                compared=overall.compared,
                within=overall.within_one,
                lean="—" if lean is None else ui_signed(lean),
            )
        )
        self.tabs.setTabEnabled(1, True)
        self.tabs.setCurrentIndex(1)
        self.reference.resizeRowsToContents()  # now that the table has its width

    def _show_overview(self) -> None:
        result, count = calibration.solo_overview(self.store)
        if not count:
            self.overview_intro.setText(
                self.tr("No runs yet: rate a scenario and compare to see your figures here.")
            )
            self.overview_table.setRowCount(0)
            return
        self.overview_intro.setText(
            self.tr(
                "Over the latest run of each scenario you rated ({count} of {total}). Lean: how "
                "much higher (+) or lower (−) than the agreed level you rate, on average, in "
                "levels."
            ).format(count=count, total=len(self.scenarios))
        )
        self.overview_table.show_agreement(
            result, self.tr("you"), self.tr("the reference"), second_has_lean=False
        )

    def reference_rows(self) -> list[tuple[str, ...]]:
        return table_rows(self.reference)
