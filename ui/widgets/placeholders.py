"""Line edits at least as wide as their placeholder text.

A QLineEdit's size hint is 17 "x" characters, whatever its placeholder says, so a form or a
tool bar showed "Customer or acco…" and "Filter (text, behav…". :func:`fit_placeholders` gives
every line edit under a widget a minimum width of its placeholder plus the frame and padding the
style adds (measured from the edit's own size hint, so the style sheet's padding is counted).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

HINT_CHARS = 17  # QLineEdit::sizeHint: room for 17 "x"


def placeholder_width(edit: QLineEdit) -> int:
    """The width that shows ``edit``'s placeholder in full."""
    metrics = edit.fontMetrics()
    chrome = edit.sizeHint().width() - HINT_CHARS * metrics.horizontalAdvance("x")
    return metrics.horizontalAdvance(edit.placeholderText()) + chrome + 2


def fit_placeholders(root: QWidget) -> None:
    """Give each line edit under ``root`` (and ``root`` itself) room for its placeholder."""
    edits = root.findChildren(QLineEdit)
    if isinstance(root, QLineEdit):
        edits.append(root)
    for edit in edits:
        if edit.placeholderText():
            edit.setMinimumWidth(max(edit.minimumWidth(), placeholder_width(edit)))
