"""User text in Qt's rich text: escaped as ``html.escape`` escapes it, shown literally."""

from __future__ import annotations

import html

import pytest
from PySide6.QtGui import QTextDocument

from ui.rich_text import escape

TEXTS = [
    "",
    "Harbour Foods",
    "AT&T <b>not bold</b> & &amp; &#9999999;",
    "\"quoted\" and 'single' <i>",
    "Ñúñez · Zoë · אברהם · أحمد · 王小明 · 🙂",
    "a<b>c</b>&lt;d&gt;\n<br/>line",
]


@pytest.mark.parametrize("text", TEXTS)
def test_escape_is_what_html_escape_returns(text: str) -> None:
    assert escape(text) == html.escape(text)
    assert escape(text, quote=False) == html.escape(text, quote=False)


@pytest.mark.parametrize("text", [t for t in TEXTS if "\n" not in t])
def test_qt_rich_text_shows_the_text_literally(qtbot: object, text: str) -> None:
    document = QTextDocument()
    document.setHtml(f"<p>{escape(text)}</p>")
    assert document.toPlainText() == text
