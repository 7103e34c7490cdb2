"""User text in Qt's rich text (labels, text browsers): escaped, so what the user typed shows
literally and never as markup."""

from __future__ import annotations


def escape(text: str, quote: bool = True) -> str:
    """``&``, ``<``, ``>`` (and with ``quote`` both quotes) as entities: what ``html.escape``
    returns, without importing ``html``, whose table of named entities (``html.entities``) cost
    the capture screen ~9 M instructions on the way to ready for input."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;").replace("'", "&#x27;") if quote else text
