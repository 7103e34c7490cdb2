"""What the ride showed: one row per behaviour with the level on each call and the average,
focus behaviours first and marked, evidence lines underneath, unobserved behaviours folded
away at the bottom. Read-only; fed a ``RideSummary`` from the core."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from fieldride.debriefs import BehaviourSummary, RideSummary
from ui.translation import ui_number

NO_OPPORTUNITY_MARK = "n/o"


def _cell(summary: RideSummary, b: BehaviourSummary, index: int) -> tuple[str, str]:
    c = b.calls[index]
    if c.no_opportunity:
        tip = QCoreApplication.translate("RideSummaryView", "Call {number}: no opportunity")
        return NO_OPPORTUNITY_MARK, tip.format(number=c.call_number)
    if c.level is None:
        tip = QCoreApplication.translate("RideSummaryView", "Call {number}: not rated")
        return "", tip.format(number=c.call_number)
    tip = QCoreApplication.translate("RideSummaryView", "Call {number}: {level} {label}")
    return str(c.level), tip.format(number=c.call_number, level=c.level, label=c.level_label)


class _WrappingDelegate(QStyledItemDelegate):
    """Row heights for text wrapped at its column's width. Qt's tree view asks the style for a
    row's size without the column's width, so a long behaviour title stayed on one line, cut
    with "…" ("Listens and confirms …"), however much room was below (seen in the Xvfb walk)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        view = self._view
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        parent = index.parent()
        if view.isFirstColumnSpanned(index.row(), parent):
            width = view.viewport().width()
        else:
            width = view.header().sectionSize(index.column())
        if index.column() == 0:
            depth = 1  # the root's decoration takes one indentation too
            while parent.isValid():
                depth += 1
                parent = parent.parent()
            width -= view.indentation() * depth
        # a valid rect (height too) is what makes the style wrap at its width
        opt.rect = QRect(0, 0, max(20, width), 10_000)
        opt.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        return view.style().sizeFromContents(
            QStyle.ContentsType.CT_ItemViewItem, opt, QSize(), view
        )


class RideSummaryView(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("What the ride showed"))
        self.setRootIsDecorated(True)
        self.setIndentation(14)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setAlternatingRowColors(False)
        self.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setItemDelegate(_WrappingDelegate(self))
        # a wider or narrower column wraps the titles again
        self.header().sectionResized.connect(lambda *_args: self.doItemsLayout())
        self.summary: RideSummary | None = None

    def show_summary(self, summary: RideSummary) -> None:
        self.summary = summary
        self.clear()
        calls = summary.calls
        self.setColumnCount(len(calls) + 2)
        call_no = self.tr("C{number}")  # a call's short column title
        self.setHeaderLabels(
            [
                self.tr("Behaviour"),
                *(call_no.format(number=c.number) for c in calls),
                self.tr("Avg"),
            ]
        )
        header = self.headerItem()
        for i, c in enumerate(calls, start=1):
            header.setToolTip(
                i, self.tr("Call {number}: {title}").format(number=c.number, title=c.title)
            )
            header.setTextAlignment(i, Qt.AlignmentFlag.AlignCenter)
        head = self.header()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        titles = self.headerItem()
        for i in range(1, len(calls) + 2):
            head.setSectionResizeMode(i, QHeaderView.ResizeMode.Fixed)
            # as wide as its title needs in the UI's language ("Avg", "Ø", "Media")
            wide = head.fontMetrics().horizontalAdvance(titles.text(i)) + 14
            head.resizeSection(i, max(34, wide))
        bold = QFont(self.font())
        bold.setBold(True)
        muted = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        hidden: list[BehaviourSummary] = []
        for b in summary.behaviours:
            if not b.observed and not b.focus:
                hidden.append(b)
                continue
            self.addTopLevelItem(self._behaviour_item(summary, b, bold, muted))
        if hidden:
            group = QTreeWidgetItem([self.tr("Not observed ({count})").format(count=len(hidden))])
            group.setForeground(0, muted)
            for b in hidden:
                group.addChild(QTreeWidgetItem([b.title]))
            self.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
        for item in self._top_items():
            if item.childCount() and item.data(0, Qt.ItemDataRole.UserRole):
                item.setExpanded(True)
            for child in (item.child(j) for j in range(item.childCount())):
                if child is not None:
                    child.setFirstColumnSpanned(True)

    def _top_items(self) -> list[QTreeWidgetItem]:
        items = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [item for item in items if item is not None]

    def _behaviour_item(
        self, summary: RideSummary, b: BehaviourSummary, bold: QFont, muted: QBrush
    ) -> QTreeWidgetItem:
        mean = b.mean_level
        title = f"★ {b.title}" if b.focus else b.title
        cells = [_cell(summary, b, i) for i in range(len(summary.calls))]
        average = ui_number(mean, 1) if mean else "–"
        item = QTreeWidgetItem([title, *(t for t, _ in cells), average])
        item.setData(0, Qt.ItemDataRole.UserRole, b.key)
        where = (
            self.tr("{section} · {behaviour} (focus behaviour)")
            if b.focus
            else self.tr("{section} · {behaviour}")
        )
        item.setToolTip(0, where.format(section=b.section, behaviour=b.title))
        spoken = (
            self.tr("{behaviour}, focus: {calls}") if b.focus else self.tr("{behaviour}: {calls}")
        )
        label = spoken.format(behaviour=b.title, calls="; ".join(tip for _, tip in cells))
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, label)
        for i, (_, tip) in enumerate(cells, start=1):
            item.setToolTip(i, tip)
            item.setTextAlignment(i, Qt.AlignmentFlag.AlignCenter)
        item.setTextAlignment(len(cells) + 1, Qt.AlignmentFlag.AlignCenter)
        if b.focus:
            for col in range(len(cells) + 2):
                item.setFont(col, bold)
        for line in b.evidence:
            child = QTreeWidgetItem(
                [self.tr("C{number}: “{text}”").format(number=line.call_number, text=line.text)]
            )
            child.setToolTip(0, line.label)
            italic = QFont(self.font())
            italic.setItalic(True)
            child.setFont(0, italic)
            item.addChild(child)
        return item

    def expanded_keys(self) -> list[str]:
        """Behaviour keys whose evidence is shown (for tests and state)."""
        out = []
        for item in self._top_items():
            key = item.data(0, Qt.ItemDataRole.UserRole)
            if key and item.isExpanded():
                out.append(str(key))
        return out
