"""A vertical list of row widgets in a frameless scroll area (the debrief's questions,
commitments and verifications use it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QScrollArea, QVBoxLayout, QWidget


def add_scrolling_rows(layout: QBoxLayout) -> QVBoxLayout:
    """Add a scroll area (no frame, no horizontal bar) that takes the spare height of
    ``layout``; return the layout rows go into. It ends with a stretch, so insert rows with
    ``rows.insertWidget(rows.count() - 1, row)`` to keep them packed at the top."""
    host = QWidget()
    rows = QVBoxLayout(host)
    rows.setContentsMargins(0, 0, 0, 0)
    rows.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(host)
    layout.addWidget(scroll, 1)
    return rows
