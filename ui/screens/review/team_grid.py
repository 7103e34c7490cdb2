"""The team grid: one row per seller; coaching cadence columns, then the latest level on each
behaviour of the chosen scorecard.

Readable without colour: each level cell shows the number (one decimal, the ride's mean) and
the background is a single-hue ramp whose lightness follows the level, so it keeps its order in
greyscale and in print; in the dark scheme the ramp runs from dark to bright, so the highest
level still stands out most and a low one is never the brightest. "Ride due" is written in the cadence cell, not only coloured. Cells with
no rating show "–" and stay blank-coloured: a gap, never a zero.

On a store holding more than one manager's rides (a director's), a Manager column follows the
seller's name (``insights.seller_managers``: the manager of the seller's latest ride), sortable,
and the grid can be filtered to one manager (:meth:`TeamGrid.show_manager`). A lone manager's
grid has no such column.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from fieldride.insights import Manager, SellerManagers, TeamOverview, TeamRow
from ui import settings
from ui.models.records import RECORD_ROLE, SORT_ROLE
from ui.translation import QT_TRANSLATE_NOOP, ui_date, ui_number

Index = QModelIndex | QPersistentModelIndex
SELLER_ROLE = RECORD_ROLE  # the row's seller id
MANAGER_ROLE = RECORD_ROLE + 1  # the row's manager's author id ('' for none), for the filter
MANAGER_COLUMN = 1  # where the Manager column goes when the store holds several managers' rides

TITLE_LINES = 4  # a column widens until its wrapped title fits in this many lines
CADENCE_COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Seller"),
    QT_TRANSLATE_NOOP("Columns", "Last ride"),
    QT_TRANSLATE_NOOP("Columns", "Rides 30 d"),
    QT_TRANSLATE_NOOP("Columns", "Rides 90 d"),
    QT_TRANSLATE_NOOP("Columns", "Overdue"),
    QT_TRANSLATE_NOOP("Columns", "Ride score"),
)
SCORE_COLUMN = 5  # the latest ride's score (weighted where the scorecard gives weights)
# Light to dark blue: lightness falls with the level, so greyscale keeps the order.
RAMP = ("#F1F6FB", "#C6DBEF", "#7FB0D8", "#3B7FBF", "#1F4F8A")
# In the dark scheme the ramp runs the other way, from near the dark background to bright blue,
# so a high level still stands out most from the background and a low one is never brightest.
DARK_RAMP = ("#1C2733", "#1F3E60", "#2C66A0", "#5A9AD8", "#A8CDF0")
DUE_COLOUR = "#F6D7A7"


def dark_scheme() -> bool:
    """True when the application's palette is dark (View ▸ Dark, or the system's dark scheme)."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


def level_colour(level: float, lo: int, hi: int, dark: bool = False) -> QColor:
    """Background for a level on a lo..hi scale (one of RAMP's steps, DARK_RAMP's if ``dark``)."""
    ramp = DARK_RAMP if dark else RAMP
    share = 0.0 if hi <= lo else (level - lo) / (hi - lo)
    step = min(len(ramp) - 1, max(0, round(share * (len(ramp) - 1))))
    return QColor(ramp[step])


def legend_text(cadence_days: int = 30) -> str:
    """The grid's legend (rich text): the ramp of the scheme in use, low to high, and what
    "ride due" means (the manager's cadence target). One sentence whose ``{ramp}`` is the five
    coloured steps (their words "low", "mid", "high" translated on their own: a scale's labels)."""
    dark = dark_scheme()
    ramp = DARK_RAMP if dark else RAMP
    words = (
        QCoreApplication.translate("TeamGrid", "low"),
        "",
        QCoreApplication.translate("TeamGrid", "mid"),
        "",
        QCoreApplication.translate("TeamGrid", "high"),
    )
    steps = " ".join(
        f'<span style="background:{c}; color:'
        f'{"#fff" if QColor(c).lightness() < 140 else "#111"}">&nbsp;{lab}&nbsp;</span>'
        for c, lab in zip(ramp, words, strict=True)
    )
    return QCoreApplication.translate(
        "TeamGrid",
        "Levels: mean on the latest ride where the behaviour was rated — {ramp} · “–” not rated "
        "yet · “ride due”: not ridden with in {days} days · Ride score: the latest ride's score, "
        "“w” weighted by the scorecard's weights. Double-click a seller for their progress.",
    ).format(ramp=steps, days=cadence_days)


def level_text(level: float | None) -> str:
    return "–" if level is None else ui_number(level, 1)


def score_text(row: TeamRow) -> str:
    """The latest ride score: '2.8 w' when weighted, '2.5' unweighted, '–' for none."""
    if row.score is None:
        return "–"
    value = ui_number(row.score.score.value, 1)
    if row.score.score.weighted:
        # "w": weighted, as the legend explains
        return QCoreApplication.translate("TeamGrid", "{score} w").format(score=value)
    return value


def cadence_text(row: TeamRow) -> str:
    c = row.cadence
    if c.days_since is None:
        return QCoreApplication.translate("TeamGrid", "Never · ride due")
    if c.needs_ride:
        return QCoreApplication.translate("TeamGrid", "{days} d ago · ride due").format(
            days=c.days_since
        )
    if c.days_since == 0:
        return QCoreApplication.translate("TeamGrid", "Today")
    return QCoreApplication.translate("TeamGrid", "{days} d ago").format(days=c.days_since)


class TeamGridModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.overview: TeamOverview | None = None
        self.managers = SellerManagers((), {})

    def set_overview(
        self, overview: TeamOverview | None, managers: SellerManagers | None = None
    ) -> None:
        self.beginResetModel()
        self.overview = overview
        self.managers = managers or SellerManagers((), {})
        self.endResetModel()

    @property
    def has_managers(self) -> bool:
        """The store holds more than one manager's rides: the Manager column is shown."""
        return bool(self.managers.managers)

    def _column(self, section: int) -> int:
        """The column as the cadence and level columns count it (the Manager column left out);
        -1 for the Manager column itself."""
        if not self.has_managers or section < MANAGER_COLUMN:
            return section
        return -1 if section == MANAGER_COLUMN else section - 1

    def manager_label(self, manager: Manager) -> str:
        """The manager's name; numbered where it is missing or two managers share it."""
        if not manager.name:
            return self.tr("Manager {number}").format(number=manager.number)
        shared = sum(1 for m in self.managers.managers if m.name == manager.name)
        if shared > 1:
            return self.tr("{name} (manager {number})").format(
                name=manager.name, number=manager.number
            )
        return manager.name

    @property
    def rows(self) -> tuple[TeamRow, ...]:
        return self.overview.rows if self.overview else ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() or self.overview is None:
            return 0
        extra = 1 if self.has_managers else 0
        return len(CADENCE_COLUMNS) + extra + len(self.overview.scorecard.behaviours)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.overview is None:
            return None
        section = self._column(section)
        if section < 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Manager")
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("The manager who rode with the seller last")
            return None
        behaviours = self.overview.scorecard.behaviours
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if section < len(CADENCE_COLUMNS):
                return QCoreApplication.translate("Columns", CADENCE_COLUMNS[section])
            b = behaviours[section - len(CADENCE_COLUMNS)]
            if role == Qt.ItemDataRole.ToolTipRole and not b.in_latest:
                return self.tr("{behaviour} (not in the current version)").format(behaviour=b.title)
            return b.title
        return None

    def level_of(self, row: int, column: int) -> float | None:
        """The number a level cell shows (None: never rated)."""
        assert self.overview is not None
        column = self._column(column)
        key = self.overview.scorecard.behaviours[column - len(CADENCE_COLUMNS)].key
        latest = self.rows[row].levels.get(key)
        return latest.level if latest else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.overview is None:
            return None
        row, col = self.rows[index.row()], self._column(index.column())
        c = row.cadence
        if role == SELLER_ROLE:
            return c.seller_id
        manager = self.managers.of_seller.get(c.seller_id)
        if role == MANAGER_ROLE:
            return manager.author_id if manager else ""
        if col < 0:
            return self._manager_data(manager, role)
        if col < len(CADENCE_COLUMNS):
            return self._cadence_data(row, col, role)
        shape = self.overview.scorecard
        b = shape.behaviours[col - len(CADENCE_COLUMNS)]
        latest = row.levels.get(b.key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if role == Qt.ItemDataRole.AccessibleTextRole and latest:
                return self.tr("{behaviour}: {level}, {label}").format(
                    behaviour=b.title, level=ui_number(latest.level, 1), label=latest.label
                )
            return level_text(latest.level if latest else None)
        if role == SORT_ROLE:
            return latest.level if latest else -1.0
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        lo, hi = (shape.scale[0].value, shape.scale[-1].value) if shape.scale else (1, 4)
        if role == Qt.ItemDataRole.BackgroundRole and latest:
            return level_colour(latest.level, lo, hi, dark_scheme())
        if role == Qt.ItemDataRole.ForegroundRole and latest:
            dark = level_colour(latest.level, lo, hi, dark_scheme()).lightness() < 140
            return QColor("#FFFFFF" if dark else "#111111")
        if role == Qt.ItemDataRole.ToolTipRole:
            if latest is None:
                return self.tr("{seller} · {behaviour}: not rated yet").format(
                    seller=c.seller_name, behaviour=b.title
                )
            return self.tr(
                "{seller} · {behaviour}\n{level} ({label}) on the ride of {day}, %n rating(s)",
                "",
                latest.ratings,
            ).format(
                seller=c.seller_name,
                behaviour=b.title,
                level=ui_number(latest.level, 1),
                label=latest.label,
                day=ui_date(latest.ride_date),
            )
        return None

    def _manager_data(self, manager: Manager | None, role: int) -> Any:
        label = self.manager_label(manager) if manager else "–"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return label
        if role == SORT_ROLE:
            return label.casefold() if manager else "\uffff"  # sellers without a ride last
        if role == Qt.ItemDataRole.ToolTipRole and manager is None:
            return self.tr("No ride with this seller yet")
        return None

    def _cadence_data(self, row: TeamRow, col: int, role: int) -> Any:
        c = row.cadence
        values: tuple[Any, ...] = (
            c.seller_name,
            cadence_text(row),
            c.rides_30,
            c.rides_90,
            c.overdue_commitments,
            score_text(row),
        )
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return str(values[col])
        if role == SORT_ROLE:
            if col == 1:
                return c.days_since if c.days_since is not None else 10**6
            if col == SCORE_COLUMN:
                return row.score.score.value if row.score else -1.0
            return values[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == SCORE_COLUMN:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == SCORE_COLUMN:
            if row.score is None:
                return self.tr("No ride rated on this scorecard yet")
            s = row.score
            # "Behaviours rated: N" needs no plural form (English plurals come from ui_en.ts).
            text = (
                self.tr(
                    "Ride score {score} on the ride of {day}, weighted by the scorecard's "
                    "weights. Behaviours rated: {count}."
                )
                if s.score.weighted
                else self.tr(
                    "Ride score {score} on the ride of {day}, the plain mean. "
                    "Behaviours rated: {count}."
                )
            )
            return text.format(
                score=ui_number(s.score.value, 2),
                day=ui_date(s.ride_date),
                count=s.score.behaviours,
            )
        if role == Qt.ItemDataRole.BackgroundRole and col == 1 and c.needs_ride:
            return QColor(DUE_COLOUR)
        if role == Qt.ItemDataRole.BackgroundRole and col == 4 and c.overdue_commitments:
            return QColor(DUE_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and (
            (col == 1 and c.needs_ride) or (col == 4 and c.overdue_commitments)
        ):
            return QColor("#111111")
        if role == Qt.ItemDataRole.FontRole and (col == 0 or (col == 1 and c.needs_ride)):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            if c.last_ride:
                return self.tr("Last ride {day}").format(day=ui_date(c.last_ride))
            return self.tr("No ride yet")
        return None


class TeamGrid(QTableView):
    """Sortable grid; double-click or Enter on a row emits ``seller_activated(seller_id)``."""

    seller_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        settings.remember_layout(self)
        from PySide6.QtCore import QSortFilterProxyModel

        self.grid_model = TeamGridModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.grid_model)
        self.proxy.setSortRole(SORT_ROLE)
        self.setModel(self.proxy)
        self.setAccessibleName(self.tr("Team grid"))
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        header = self.horizontalHeader()
        # Behaviour titles are long: wrap them in the header instead of eliding.
        header.setDefaultAlignment(
            Qt.AlignmentFlag(int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap))
        )
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.activated.connect(self._emit)
        self.doubleClicked.connect(self._emit)

        self.proxy.setFilterRole(MANAGER_ROLE)
        self.proxy.setFilterKeyColumn(0)

    def set_overview(
        self, overview: TeamOverview | None, managers: SellerManagers | None = None
    ) -> None:
        self.grid_model.set_overview(overview, managers)
        self.fit_columns()
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def show_manager(self, author_id: str) -> None:
        """Show only the sellers of this manager (their author id); '' shows every seller."""
        self.proxy.setFilterFixedString(author_id)

    def fit_columns(self) -> None:
        """Size the columns to what they hold: the seller's name in full; every other column
        as narrow as its cells and the longest word of its title (titles wrap between words,
        never inside one), widened until the title fits in ``TITLE_LINES`` lines; the header
        as tall as the tallest wrapped title."""
        header = self.horizontalHeader()
        metrics = header.fontMetrics()
        pad = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 2
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        header.setMinimumSectionSize(metrics.horizontalAdvance("0.00") + pad)
        self.resizeColumnToContents(0)
        tallest = metrics.height()
        for col in range(1, self.grid_model.columnCount()):
            title = str(self.grid_model.headerData(col, Qt.Orientation.Horizontal) or "")
            longest_word = max((metrics.horizontalAdvance(w) for w in title.split()), default=0)
            width = max(longest_word + pad, self.sizeHintForColumn(col), 1)
            width = max(width, header.minimumSectionSize())

            def height(w: int, t: str = title) -> int:
                return metrics.boundingRect(QRect(0, 0, w - pad, 100_000), flags, t).height()

            while height(width) > TITLE_LINES * metrics.lineSpacing():
                width += metrics.averageCharWidth()
            self.setColumnWidth(col, width)
            tallest = max(tallest, height(width))
        header.setFixedHeight(tallest + pad)

    def _emit(self, index: QModelIndex) -> None:
        seller_id = index.data(SELLER_ROLE)
        if seller_id is not None:
            self.seller_activated.emit(int(seller_id))
