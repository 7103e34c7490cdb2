"""Readable at arm's length (issue 19, deliverable 1), read back from real PDFs: the summary's
body text (evidence, strength, gap, questions, commitments) is drawn at 9 pt or more, long
evidence is printed in full once and only quoted, shortened, in the strength/gap box, and a
date in a table column is never broken over two lines (at A4 the brief's "Due" column once
broke "2026-03-24" into "2026-03-2" / "4")."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from fieldride import rides
from fieldride.reports.blank_scorecard import build_blank_scorecard
from fieldride.reports.brief import build_brief
from fieldride.reports.data import (
    blank_scorecard_data,
    brief_data,
    seller_report_data,
    summary_data,
)
from fieldride.reports.model import Evidence
from fieldride.reports.seller_report import build_seller_report
from fieldride.reports.summary import build_summary
from fieldride.reports.text import shorten
from fieldride.store import Store
from tests.core.reports_fixtures import FIXED_DAY, flat, options, page_count, pdf_text, typical_ride

BODY_MIN = 9.0


def _sizes(pdf: bytes) -> list[tuple[float, str]]:
    """(font size in points, text) of every text run pypdf reads on every page."""
    runs: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            runs.append((size * abs(tm[3]) * abs(cm[3]), text))

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return runs


@pytest.mark.parametrize("page_size", ["letter", "a4"])
def test_summary_body_text_is_at_least_9_pt(store: Store, page_size: str) -> None:
    ride_id = typical_ride(store)
    pdf = build_summary(summary_data(store, ride_id), options(page_size))
    assert page_count(pdf) == 1
    runs = _sizes(pdf)
    body = (
        "Asked what happens if nothing changes",  # evidence under "What I saw"
        "Agreed a site visit on the 14th",
        "Summarised the customer's three problems",  # strength box
        "Ended two calls with",  # gap box
        "End every call with a dated next step",  # commitment
        "What stopped you from asking for a date?",  # question discussed
        "Re-ran the last two minutes",  # rehearsal
        "Ask two follow-up questions before",  # earlier commitment checked
        "I rushed because the customer looked",  # the seller's answer to a question
        "Second try set a date.",  # the rehearsal's "How it went"
        "Did it on two calls of four.",  # "What showed it" under an earlier commitment
    )
    for words in body:
        sizes = [size for size, text in runs if words in text]
        assert sizes, words
        assert min(sizes) >= BODY_MIN, (words, sizes)


@pytest.mark.parametrize("page_size", ["letter", "a4"])
def test_a_ride_with_two_earlier_commitments_checked_stays_one_page_at_9_pt(
    store: Store, page_size: str
) -> None:
    """The demo's tightest rides: 4 calls x 8 behaviours, evidence on most, and two earlier
    commitments checked (each with its outcome, agreed date and evidence, all at 9 pt)."""
    data = summary_data(store, typical_ride(store))
    (checked,) = data.verified
    second = checked._replace(
        text="Write the call objective and three questions before each visit.",
        evidence="Checked on the second call of the day.",
    )
    behaviours = tuple(
        b._replace(evidence=(Evidence(1, "Let a silence run after the budget question."),))
        if not b.evidence
        else b
        for b in data.behaviours
    )
    data = data._replace(verified=(checked, second), behaviours=behaviours)
    pdf = build_summary(data, options(page_size))
    assert page_count(pdf) == 1
    sizes = [size for size, text in _sizes(pdf) if "Checked on the second call" in text]
    assert sizes and min(sizes) >= BODY_MIN


@pytest.mark.parametrize("page_size", ["letter", "a4"])
def test_the_sellers_comment_is_at_least_9_pt(store: Store, page_size: str) -> None:
    data = summary_data(store, typical_ride(store))
    assert data.acknowledgement is not None
    comment = "I agree with the gap: the clock is my habit, not the customer's."
    data = data._replace(acknowledgement=data.acknowledgement._replace(comment=comment))
    pdf = build_summary(data, options(page_size))
    assert page_count(pdf) == 1
    sizes = [size for size, text in _sizes(pdf) if "the clock is my habit" in text]
    assert sizes and min(sizes) >= BODY_MIN, sizes


def test_long_evidence_prints_once_in_full_and_is_only_quoted_in_the_box(store: Store) -> None:
    """The issue's case: one ~5,000-character evidence, also picked as the gap, printed twice
    (box and "What I saw"). Printed once, in a narrow column, it still takes ~2 pages."""
    long = " ".join(f"w{i:03d}" for i in range(1000))  # 4,999 characters, every word unique
    data = summary_data(store, typical_ride(store))
    assert data.gap is not None
    first, *rest = data.behaviours
    data = data._replace(
        behaviours=(first._replace(evidence=(Evidence(1, long),)), *rest),
        gap=data.gap._replace(evidence=long),  # the manager picked that evidence as the gap
    )
    pdf = build_summary(data, options())
    text = flat(pdf_text(pdf))
    assert "(in full under What I saw, call 1)" in text
    for word in ("w005", "w500", "w999"):
        found = len(re.findall(rf"\b{word}\b", text))
        assert found == (2 if word == "w005" else 1), (word, found)  # w005 is in the quote


def _dates_broken(path: Path) -> list[str]:
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext is not installed (poppler-utils)"
    out = subprocess.run(
        [tool, "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = re.findall(r'<word [^>]*yMin="([^"]*)"[^>]*>([^<]*)</word>', out)
    whole = re.compile(r"\d{4}-\d{2}-\d{2}")
    broken = [w for _y, w in words if re.match(r"\d{4}-\d", w) and not whole.search(w)]
    # a date as English writes it ("Mar 24, 2026"): month, day and year on one line
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    for i, (y, w) in enumerate(words[:-2]):
        day, year = words[i + 1], words[i + 2]
        looks = re.fullmatch(r"\d{1,2},", day[1]) and re.fullmatch(r"\d{4}", year[1])
        if w in months and looks and not y == day[0] == year[0]:
            broken.append(f"{w} {day[1]} {year[1]}")
    return broken


@pytest.mark.parametrize("page_size", ["letter", "a4"])
def test_dates_in_tables_are_never_broken_over_two_lines(
    store: Store, tmp_path: Path, page_size: str
) -> None:
    ride_id = typical_ride(store)
    seller = rides.get_ride(store, ride_id).seller_id
    nxt = rides.plan_ride(
        store, seller, "2026-03-20", scorecard_key="field-visit", focus=["next-step"]
    )
    opts = options(page_size)
    docs = {
        "summary": build_summary(summary_data(store, ride_id), opts),
        "brief": build_brief(brief_data(store, nxt.id, today=FIXED_DAY), opts),
        "scorecard": build_blank_scorecard(blank_scorecard_data(store, "field-visit"), opts),
        "seller": build_seller_report(seller_report_data(store, seller, today=FIXED_DAY), opts),
    }
    assert "Mar 24, 2026" in flat(pdf_text(docs["brief"]))  # the due date of the commitment
    for kind, pdf in docs.items():
        path = tmp_path / f"{kind}.pdf"
        path.write_bytes(pdf)
        assert _dates_broken(path) == [], kind


@pytest.mark.parametrize("page_size", ["letter", "a4"])
def test_the_brief_quotes_a_long_last_gap_and_stays_one_page(store: Store, page_size: str) -> None:
    long = " ".join(f"g{i:03d}" for i in range(1000))  # a 4,999-character gap
    ride_id = typical_ride(store, gap=long)
    seller = rides.get_ride(store, ride_id).seller_id
    nxt = rides.plan_ride(
        store, seller, "2026-03-20", scorecard_key="field-visit", focus=["next-step"]
    )
    pdf = build_brief(brief_data(store, nxt.id, today=FIXED_DAY), options(page_size))
    assert page_count(pdf) == 1
    text = flat(pdf_text(pdf))
    assert "g000 g001" in text and "(in full in that ride's debrief)" in text
    assert "g999" not in text


@given(st.text(max_size=80), st.integers(1, 60))
def test_shorten_cuts_at_a_word_boundary(raw: str, limit: int) -> None:
    out = shorten(raw, limit)
    text = raw.strip()
    if len(text) <= limit:
        assert out == text
        return
    assert out.endswith("…")
    kept = out[:-1]
    assert text.startswith(kept) and len(kept) <= limit
    rest = text[len(kept) :]
    # cut between words (then only spaces or punctuation were dropped before the cut), or
    # inside a first word longer than the limit
    inside_first_word = not any(ch.isspace() for ch in text[:limit])
    assert inside_first_word or rest[0].isspace() or rest[0] in ",.;:", (kept, rest)


@pytest.mark.parametrize("page_size", ["letter", "a4"])
@pytest.mark.parametrize("length", [2_500, 3_200, 6_000])
def test_a_long_strength_starts_under_its_label_not_on_the_next_page(
    store: Store, page_size: str, length: int
) -> None:
    """A strength of a few thousand characters: page 1 must not end with the box labels alone
    (the boxes moved whole to page 2 and left most of page 1 empty)."""
    words = " ".join(f"word{i}" for i in range(length // 6))[:length]
    ride_id = typical_ride(store, strength="Opening " + words)
    pdf = build_summary(summary_data(store, ride_id), options(page_size))
    first_page = PdfReader(io.BytesIO(pdf)).pages[0].extract_text() or ""
    flat_first = " ".join(first_page.split())
    assert "STRENGTH TO KEEP" in flat_first
    after_label = flat_first.split("STRENGTH TO KEEP", 1)[1]
    assert "Opening" in after_label, "the strength's first words print under its label"
