"""The scorecard as a manager reads it during a ride: the scale, then each section's behaviours
with what good looks like, what to look for and what to ask.

Colours come from the widget's palette, so the preview follows the light/dark scheme and the
high-contrast style. All scorecard text is escaped before it becomes HTML.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from fieldride.scorecards.model import Behaviour, ScorecardVersion
from fieldride.scorecards.scoring import is_weighted, score_rule
from ui.rich_text import escape


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


class PreviewText(QObject):
    """The preview's words (translated: ``self.tr`` gives them one context and plural forms)."""

    def behaviour(self, number: int, b: Behaviour, muted: str, panel: str) -> str:
        weight = (
            " &nbsp;·&nbsp; " + escape(self.tr("weight {weight}").format(weight=f"{b.weight:g}"))
            if b.weight is not None
            else ""
        )
        look_for, ask = escape(self.tr("Look for")), escape(self.tr("Ask"))
        no_look_fors = self.tr("No look-fors")
        no_questions = self.tr("No diagnostic questions")
        return (
            f"<table width='100%' cellspacing='0' cellpadding='10' style='margin-bottom:10px;"
            f" background-color:{panel};'><tr><td colspan='2'>"
            f"<span style='font-size:large; font-weight:600;'>{number}. {_text(b.title)}</span>"
            f"<span style='color:{muted};'> &nbsp;{escape(b.key)}{weight}</span>"
            f"<p style='margin-top:6px;'>{_text(b.good)}</p></td></tr>"
            f"<tr><td width='50%' valign='top'><b>{look_for}</b>"
            f"{_items(b.look_fors, no_look_fors)}"
            f"</td><td width='50%' valign='top'><b>{ask}</b>"
            f"{_items(b.questions, no_questions)}</td></tr></table>"
        )

    def html(self, version: ScorecardVersion, palette: QPalette | None = None) -> str:
        pal = palette or QPalette()
        muted = pal.color(QPalette.ColorRole.PlaceholderText).name()
        panel = pal.color(QPalette.ColorRole.AlternateBase).name()
        accent = pal.color(QPalette.ColorRole.Highlight).name()
        card = version.card
        archived = escape(self.tr("(archived)"))
        status = (
            f" &nbsp;<span style='color:{muted};'>{archived}</span>" if version.archived else ""
        )
        count = len(card.behaviours())
        line = (
            self.tr("Version {version} · %n behaviour(s) · key {key} · from {source}", "", count)
            if version.source
            else self.tr("Version {version} · %n behaviour(s) · key {key}", "", count)
        ).format(version=version.version, key=card.key, source=version.source)
        parts = [
            f"<h2 style='margin-bottom:2px;'>{_text(card.name)}{status}</h2>",
            f"<p style='color:{muted}; margin-top:0;'>{escape(line)}</p>",
        ]
        if card.description:
            parts.append(f"<p>{_text(card.description)}</p>")
        cells = "".join(
            f"<td valign='top' style='border-top:3px solid {accent};'><b>{lv.value} "
            f"{_text(lv.label)}</b><br/><span style='color:{muted};'>{_text(lv.description)}</span>"
            "</td>"
            for lv in card.scale
        )
        # "N" is the key that marks it, in every language
        no_opportunity = escape(self.tr("N No opportunity"))
        never = escape(self.tr("The call gave no chance to show it. Never counts in a score."))
        cells += (
            f"<td valign='top' style='border-top:3px solid {muted};'><b>{no_opportunity}</b><br/>"
            f"<span style='color:{muted};'>{never}</span></td>"
        )
        heading = escape(self.tr("Rating scale"))
        parts.append(
            f"<h3 style='margin-bottom:4px;'>{heading}</h3>"
            f"<table width='100%' cellspacing='6' cellpadding='6'><tr>{cells}</tr></table>"
        )
        # Which ride score this scorecard gives (weights that count, issue 22; the core's words).
        parts.append(f"<p><b>{_text(score_rule(is_weighted(card)))}</b></p>")
        number = 0
        for section in card.sections:
            parts.append(
                f"<h3 style='margin-top:16px; margin-bottom:6px;'>{_text(section.title)}</h3>"
            )
            for b in section.behaviours:
                number += 1
                parts.append(self.behaviour(number, b, muted, panel))
        return "".join(parts)


def preview_html(version: ScorecardVersion, palette: QPalette | None = None) -> str:
    """The HTML of the preview for ``version`` (escaped; colours from ``palette``)."""
    return PreviewText().html(version, palette)


class ScorecardPreview(QTextBrowser):
    """Read-only preview of one scorecard version (or a hint when none is selected)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Scorecard preview"))
        self.setOpenLinks(False)
        self.document().setDocumentMargin(14)
        self.version: ScorecardVersion | None = None
        self.show_version(None)

    def show_version(self, version: ScorecardVersion | None) -> None:
        self.version = version
        if version is None:
            hint = self.tr("Select a scorecard to see it as you will during a ride.")
            self.setHtml(f"<p style='margin:24px;'>{escape(hint)}</p>")
            return
        self.setHtml(preview_html(version, self.palette()))
