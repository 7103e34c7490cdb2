"""The one escaping function: whatever the user typed reaches the PDF literally, never crashes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from fieldride.reports.styles import styles_for
from fieldride.reports.text import MISSING, clean, one_line, para


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("AT&T", "AT&amp;T"),
        ("x<y>z", "x&lt;y&gt;z"),
        ("<b>bold", "&lt;b&gt;bold"),
        ("&#9999999;", "&amp;#9999999;"),
        ("line 1\nline 2", "line 1<br/>line 2"),
        ("crlf\r\nnext", "crlf<br/>next"),
        ("tab\there", "tab here"),
        ("nul\x00and\x07bell", "nulandbell"),
        (None, ""),
    ],
)
def test_para_escapes_markup_and_keeps_line_breaks(raw: str | None, expected: str) -> None:
    assert para(raw) == expected


def test_clean_drops_lone_surrogates_and_joiners_and_boxes_undrawable() -> None:
    text = clean("a\ud800b \U0001f469\u200d\U0001f4bb c\ufe0f")
    assert "\ud800" not in text and "\u200d" not in text and "\ufe0f" not in text
    assert text.startswith("ab ")
    assert MISSING in text  # the woman/laptop emoji are not in DejaVu Sans: a visible box


def test_clean_keeps_latin_greek_cyrillic() -> None:
    names = "Zofia Łukaszewska · Ελένη Παπαδοπούλου · Ирина Волкова · Tomás"
    assert clean(names) == names


def test_one_line_cuts_with_ellipsis() -> None:
    assert one_line("a\nb   c") == "a b c"
    assert one_line("x" * 100, 10) == "x" * 9 + "…"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_any_text_becomes_a_paragraph_without_error(raw: str) -> None:
    style = styles_for("#1F5C99").body
    para_ = Paragraph(para(raw), style)
    para_.wrap(200, 1000)  # parsing and line breaking both succeed


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>&;#/bi \"'x=")), min_size=1, max_size=40))
def test_markup_like_text_survives_literally(raw: str) -> None:
    from fieldride.reports.layout import render
    from tests.core.reports_fixtures import flat, options, pdf_text

    style = styles_for("#1F5C99").body
    pdf = render([Paragraph(para(raw), style)], title="t", options=options())
    body = flat(pdf_text(pdf))
    assert " ".join(raw.split()) in body
