"""A table cell whose text is cut short ("Acknowledged · …") shows its whole text as a tooltip.

Qt elides text that does not fit a cell and gives no way to read the rest short of widening the
column; narrow side tables (the seller's timeline at 1366x768) cut their most useful column.
The tooltip appears only when the text really is cut, so short cells stay quiet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate

if TYPE_CHECKING:
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QAbstractItemView, QStyleOptionViewItem


class ElidedTipDelegate(QStyledItemDelegate):
    """The default delegate, plus a tooltip holding the cell's text when it does not fit."""

    def helpEvent(  # noqa: N802
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        from PySide6.QtWidgets import QToolTip  # at the first tooltip, not with every table

        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if text and self.is_cut(option, index, text):
            QToolTip.showText(event.globalPos(), text, view)
        else:
            QToolTip.hideText()
        return True

    def is_cut(
        self,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        text: str,
    ) -> bool:
        """Whether ``text`` is wider than the room the style leaves for it in the cell. (The
        style's classes are imported here: ``QStyle``'s enums cost ~45 M instructions, and a
        table shown at start-up needs none of them until a tooltip is asked for.)"""
        from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return False
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        # the style's own text margin (Qt's PM_FocusFrameHMargin + 1 on each side)
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1)
        return opt.fontMetrics.horizontalAdvance(text) > room.width() - margin
