"""Paragraphs are made from the parse of their shape (fieldride.reports.blocks.parsed_frags):
the same fragments, text and style reportlab's parser gives for the whole markup, with each
shape parsed once per style instead of every paragraph parsed."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paraparser import ParaParser

from fieldride.reports.blocks import Para, labelled, parsed_frags
from fieldride.reports.fonts import BOLD, REGULAR, register_fonts
from fieldride.reports.styles import INK, MUTED, font_colour, styles_for
from fieldride.reports.text import NBSP, para

# User text as para() writes it (escaped, line breaks as <br/>), white space of every kind.
WORDS = st.sampled_from(
    [
        *("Ask", "the", "customer", "AT&T", "a<b", "x>y", "'quoted'", '"double"', "£4k"),
        *("Verkaufsgespräch", "interacción", "המוכרת", "שאלה", "مرحبا", "١٢", "…", "—"),
        *(" ", "  ", "\t", "\n", "\n\n", NBSP, f" {NBSP}·{NBSP} ", "", "&", "x"),
    ]
)
USER = st.lists(WORDS, max_size=8).map(lambda words: para(" ".join(words)))
# Our own markup around it: tags, attributes and entities the documents write.
OPEN_CLOSE = st.sampled_from(
    [
        ("<b>", "</b>"),
        ("<i>", "</i>"),
        ("<font size=6.4>", "</font>"),
        (f'<font color="{font_colour(MUTED)}">', "</font>"),
        (f'<font name="{BOLD}" color="{font_colour(INK)}">', "</font>"),
        (f'<font name="{REGULAR}" size="6.8" color="{font_colour(MUTED)}">', "</font>"),
        (f'<font color="{MUTED}">', "</font>"),
        ("<u>", "</u>"),  # not one of the shape tags: left to the parser
    ]
)
GLUE = st.sampled_from(["", " ", "&nbsp;", "&nbsp;&nbsp;", NBSP, " &nbsp;·&nbsp; ", "<br/>"])


@st.composite
def markup(draw: Any) -> str:
    out = []
    for _ in range(draw(st.integers(0, 4))):
        tag = draw(st.one_of(st.none(), OPEN_CLOSE))
        text = draw(USER)
        out.append(f"{tag[0]}{text}{tag[1]}" if tag else text)
        out.append(draw(GLUE))
    return "".join(out)


def _styles() -> list[Any]:
    s = styles_for()
    return [
        s.cell,
        s.cell_bold,
        s.small,
        s.h2,
        s.muted,
        labelled("How it went:", "", s.cell, REGULAR, MUTED).style,
        ParagraphStyle("upper", parent=s.cell, textTransform="uppercase"),
    ]


def _made(p: Any) -> tuple[Any, ...]:
    """What a paragraph holds (its style by value: ``<para align=...>`` makes a copy)."""
    style = {k: v for k, v in vars(p.style).items() if k != "parent"}
    return (p.text, style, p.bulletText, [dict(f.__dict__) for f in p.frags])


@pytest.fixture(scope="module", autouse=True)
def fonts() -> None:
    register_fonts(REGULAR, BOLD)


STYLES = _styles()


@settings(max_examples=400, deadline=None)
@given(markup(), st.integers(0, len(STYLES) - 1))
def test_the_same_paragraph_as_reportlabs_parser(text: str, which: int) -> None:
    style = STYLES[which]
    expected = Paragraph(text, style)
    made = parsed_frags(text, style)
    if made is not None:
        assert made[0] == expected.text
        assert [dict(f.__dict__) for f in made[1]] == [dict(f.__dict__) for f in expected.frags]
    # Para, which uses it, holds what reportlab's own parse holds (Latin-only text: fallback
    # scripts are split into their faces afterwards, the same way on both paths).
    if not any("\u0590" <= ch <= "\u06ff" for ch in text):
        assert _made(Para(text, style)) == _made(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Maya Okafor",
        "  spaced \n out  ",
        "<b>Objective:</b> Watch AT&amp;T &lt;renewals&gt;. \u00a0·\u00a0 <b>Calls:</b> 1. Harbour",
        f'1. What did you ask? <font color="{font_colour(MUTED)}">Your answer:</font> I rushed.',
        "<b>Asks open questions</b>\u00a0 <font size=6.4>FOCUS</font>",
        "First line<br/>second line<br/><br/>third",
    ],
)
def test_our_markup_is_made_from_its_shape(text: str) -> None:
    style = styles_for().cell
    made = parsed_frags(text, style)
    assert made is not None
    assert _made(Para(text, style)) == _made(Paragraph(text, style))


@pytest.mark.parametrize(
    "text",
    ["", "   ", "<u>underlined</u>", "a < b", "x &copy; y", "<para align=right>x</para>"],
)
def test_the_rest_is_left_to_the_parser(text: str) -> None:
    style = styles_for().cell
    assert parsed_frags(text, style) is None
    assert _made(Para(text, style)) == _made(Paragraph(text, style))


def test_each_shape_is_parsed_once_per_style(monkeypatch: pytest.MonkeyPatch) -> None:
    parses = []
    original = ParaParser.parse

    def counted(self: Any, text: str, style: Any) -> Any:
        parses.append(text)
        return original(self, text, style)

    monkeypatch.setattr(ParaParser, "parse", counted)
    style = ParagraphStyle("fresh", parent=styles_for().cell)  # no shape parsed in it yet
    muted = font_colour(MUTED)
    for i in range(30):
        Para(para(f"Note {i} on call {i % 4}"), style)
        Para(f'{i}. Question {i}? <font color="{muted}">Your answer:</font> answer {i}', style)
    assert len(parses) == 2  # one plain shape, one question shape
