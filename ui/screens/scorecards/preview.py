"""The scorecard as a manager reads it during a ride: the scale, then each section's behaviours
with what good looks like, what to look for and what to ask.

Colours come from the widget's palette, so the preview follows the light/dark scheme and the
high-contrast style. All scorecard text is escaped before it becomes HTML.
"""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from fieldride.scorecards.model import Behaviour, ScorecardVersion
from fieldride.scorecards.scoring import is_weighted, score_rule


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br/>")


def _items(items: tuple[str, ...], empty: str) -> str:
    if not items:
        return f"<p><i>{escape(empty)}</i></p>"
    return (
        "<ul style='margin-top:2px; margin-bottom:2px;'>"
        + "".join(f"<li style='margin-bottom:3px;'>{_text(x)}</li>" for x in items)
        + "</ul>"
    )


def _behaviour(number: int, b: Behaviour, muted: str, panel: str) -> str:
    weight = f" &nbsp;·&nbsp; weight {b.weight:g}" if b.weight is not None else ""
    return (
        f"<table width='100%' cellspacing='0' cellpadding='10' style='margin-bottom:10px;"
        f" background-color:{panel};'><tr><td colspan='2'>"
        f"<span style='font-size:large; font-weight:600;'>{number}. {_text(b.title)}</span>"
        f"<span style='color:{muted};'> &nbsp;{escape(b.key)}{weight}</span>"
        f"<p style='margin-top:6px;'>{_text(b.good)}</p></td></tr>"
        f"<tr><td width='50%' valign='top'><b>Look for</b>{_items(b.look_fors, 'No look-fors')}"
        f"</td><td width='50%' valign='top'><b>Ask</b>"
        f"{_items(b.questions, 'No diagnostic questions')}</td></tr></table>"
    )


def preview_html(version: ScorecardVersion, palette: QPalette | None = None) -> str:
    """The HTML of the preview for ``version`` (escaped; colours from ``palette``)."""
    pal = palette or QPalette()
    muted = pal.color(QPalette.ColorRole.PlaceholderText).name()
    panel = pal.color(QPalette.ColorRole.AlternateBase).name()
    accent = pal.color(QPalette.ColorRole.Highlight).name()
    card = version.card
    status = f" &nbsp;<span style='color:{muted};'>(archived)</span>" if version.archived else ""
    count = len(card.behaviours())
    parts = [
        f"<h2 style='margin-bottom:2px;'>{_text(card.name)}{status}</h2>",
        f"<p style='color:{muted}; margin-top:0;'>Version {version.version} · {count} "
        f"behaviour{'s' if count != 1 else ''} · key {escape(card.key)}"
        + (f" · from {escape(version.source)}" if version.source else "")
        + "</p>",
    ]
    if card.description:
        parts.append(f"<p>{_text(card.description)}</p>")
    cells = "".join(
        f"<td valign='top' style='border-top:3px solid {accent};'><b>{lv.value} "
        f"{_text(lv.label)}</b><br/><span style='color:{muted};'>{_text(lv.description)}</span>"
        "</td>"
        for lv in card.scale
    )
    cells += (
        f"<td valign='top' style='border-top:3px solid {muted};'><b>N No opportunity</b><br/>"
        f"<span style='color:{muted};'>The call gave no chance to show it. Never counts in a "
        "score.</span></td>"
    )
    parts.append(
        "<h3 style='margin-bottom:4px;'>Rating scale</h3>"
        f"<table width='100%' cellspacing='6' cellpadding='6'><tr>{cells}</tr></table>"
    )
    # Which ride score this scorecard gives (weights that count, issue 22).
    parts.append(f"<p><b>{_text(score_rule(is_weighted(card)))}</b></p>")
    number = 0
    for section in card.sections:
        parts.append(f"<h3 style='margin-top:16px; margin-bottom:6px;'>{_text(section.title)}</h3>")
        for b in section.behaviours:
            number += 1
            parts.append(_behaviour(number, b, muted, panel))
    return "".join(parts)


class ScorecardPreview(QTextBrowser):
    """Read-only preview of one scorecard version (or a hint when none is selected)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Scorecard preview")
        self.setOpenLinks(False)
        self.document().setDocumentMargin(14)
        self.version: ScorecardVersion | None = None
        self.show_version(None)

    def show_version(self, version: ScorecardVersion | None) -> None:
        self.version = version
        if version is None:
            self.setHtml(
                "<p style='margin:24px;'>Select a scorecard to see it as you will during a ride."
                "</p>"
            )
            return
        self.setHtml(preview_html(version, self.palette()))
