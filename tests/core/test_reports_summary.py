"""The coaching summary PDF, built from a real store and read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldride import debriefs, rides
from fieldride.reports.data import render_options, summary_data
from fieldride.reports.summary import build_summary
from fieldride.settings import set_setting
from fieldride.store import Store
from tests.core.reports_fixtures import (
    PRIVATE,
    flat,
    options,
    page_count,
    pdf_text,
    pdffonts,
    qpdf_check,
    typical_ride,
)


@pytest.mark.parametrize("page_size", ["letter", "a4"])
def test_typical_ride_fits_one_page_and_shows_everything(
    store: Store, tmp_path: Path, page_size: str
) -> None:
    ride_id = typical_ride(store)
    pdf = build_summary(summary_data(store, ride_id), options(page_size))
    assert page_count(pdf) == 1
    text = flat(pdf_text(pdf))
    for expected in (
        "Maya Okafor",
        "Chris Morgan",
        "Mar 10, 2026",  # dates as the handout's language writes them (English: CLDR's medium)
        "Field ride",
        "Asks open, layered questions",  # focus behaviour
        "Agrees a concrete next step",
        "Strength to keep".upper(),
        "Summarised the customer's three problems",
        "Ended two calls with 'I'll send some information'.",
        "What stopped you from asking for a date?",
        "I rushed because the customer looked at the clock.",
        "Re-ran the last two minutes of the Medway call.",
        "End every call with a dated next step the customer acts on.",
        "Mar 24, 2026",
        "Ask two follow-up questions before presenting.",  # earlier commitment verified
        "Partly",
        "Confidential",
        "Page 1 of 1",
        "Acknowledgement",
        "Maya Okafor, Mar 10, 2026",  # filled signature line
    ):
        assert expected in text, expected
    out = tmp_path / "s.pdf"
    out.write_bytes(pdf)
    assert qpdf_check(str(out)).returncode == 0


def test_private_notes_never_reach_the_data_nor_the_pdf(store: Store) -> None:
    ride_id = typical_ride(store)
    assert debriefs.get_private_note(store, ride_id) == PRIVATE  # it is in the store
    data = summary_data(store, ride_id)
    assert "PRIVATE-NOTE-7f3a" not in repr(data)
    pdf = build_summary(data, options())
    assert "PRIVATE-NOTE-7f3a" not in pdf_text(pdf)


def test_no_other_sellers_data(store: Store) -> None:
    mine = typical_ride(store, "Maya Okafor", evidence="MAYA-EVIDENCE")
    typical_ride(store, "Daniel Price", evidence="DANIEL-EVIDENCE", commitment="DANIEL-COMMIT")
    data = summary_data(store, mine)
    text = pdf_text(build_summary(data, options()))
    assert "MAYA-EVIDENCE" in text
    assert "Daniel" not in repr(data) and "DANIEL" not in text and "Daniel" not in text


def test_invariant_mode_gives_identical_bytes(store: Store) -> None:
    data = summary_data(store, typical_ride(store))
    assert build_summary(data, options()) == build_summary(data, options())


def test_hostile_text_renders_literally(store: Store, tmp_path: Path) -> None:
    ride_id = typical_ride(
        store,
        seller_name="Ελένη Παπαδοπούλου",
        evidence="AT&T said x<y>z and <b>bold </i> &#9999999; \x00\x07 done 😀👩‍💻",
        strength="Line one\nLine two & three",
        gap="<font color=red>hi",
        acknowledge=False,
    )
    rides.edit_ride(store, ride_id, manager_name="Ирина Волкова")
    pdf = build_summary(summary_data(store, ride_id), options("a4"))
    text = flat(pdf_text(pdf))
    for literal in ("AT&T", "x<y>z", "<b>bold", "</i>", "&#9999999;", "<font color=red>hi"):
        assert literal in text, literal
    assert "Ελένη Παπαδοπούλου" in text and "Ирина Волкова" in text
    assert "Line one" in text and "Line two & three" in text
    out = tmp_path / "hostile.pdf"
    out.write_bytes(pdf)
    assert qpdf_check(str(out)).returncode == 0
    fonts = pdffonts(str(out))
    assert "DejaVuSans" in fonts and "Helvetica" not in fonts
    for line in fonts.splitlines()[2:]:
        assert " yes " in line  # every font embedded


def test_20k_character_evidence_flows_across_pages(store: Store, tmp_path: Path) -> None:
    words = " ".join(f"w{i:05d}" for i in range(4000))[:20000]
    ride_id = typical_ride(store, acknowledge=False)
    first_call = rides.list_calls(store, ride_id)[0]
    rides.set_evidence(store, first_call.id, "discovery", words)
    pdf = build_summary(summary_data(store, ride_id), options())
    pages = page_count(pdf)
    assert pages >= 3
    text = flat(pdf_text(pdf))
    assert "w00000" in text and "w02856" in text  # the start and the end of the note
    assert f"Page {pages} of {pages}" in text
    assert text.count("What I saw (call no.)") > 1  # the table header repeats on later pages
    out = tmp_path / "long.pdf"
    out.write_bytes(pdf)
    assert qpdf_check(str(out)).returncode == 0


def test_one_unbroken_20k_word_in_a_cell_does_not_break_layout(store: Store) -> None:
    ride_id = typical_ride(store, strength="x" * 20000, acknowledge=False)
    pdf = build_summary(summary_data(store, ride_id), options())
    assert page_count(pdf) > 1


def test_branding_and_page_size_from_settings(store: Store, tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 40), (200, 30, 30)).save(logo)
    set_setting(store, "org_name", "Acme & Sons <Sales>")
    set_setting(store, "logo_path", str(logo))
    set_setting(store, "accent_color", "#FFEE00")  # too light for text: darkened, still works
    set_setting(store, "page_size", "a4")
    opts = render_options(store)
    assert opts.page_size == "a4" and opts.branding.org_name == "Acme & Sons <Sales>"
    pdf = build_summary(summary_data(store, typical_ride(store)), opts)
    assert "Acme & Sons <Sales>" in pdf_text(pdf)
    assert b"/Subtype /Image" in pdf


def test_missing_logo_file_still_produces_the_summary(store: Store) -> None:
    set_setting(store, "logo_path", "/nowhere/logo.png")
    pdf = build_summary(summary_data(store, typical_ride(store)), render_options(store))
    assert page_count(pdf) == 1


def test_empty_planned_ride_renders(store: Store) -> None:
    from fieldride.team import sellers

    s = sellers.add_seller(store, "New Seller")
    ride = rides.plan_ride(store, s.id, "2026-03-01", scorecard_key="field-visit")
    pdf = build_summary(summary_data(store, ride.id), options())
    assert "New Seller" in pdf_text(pdf)


HOSTILE = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("<>&;#/\"' \n\t\x00\x07éŁΩЖ😀\u200d\ufe0f")),
        st.characters(codec="utf-8"),
    ),
    max_size=120,
)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=HOSTILE, note=HOSTILE)
def test_summary_build_survives_hostile_strings(store: Store, name: str, note: str) -> None:
    data = summary_data(store, _shared_ride(store))
    data = data._replace(
        seller_name=name,
        objective=note,
        strength=data.strength._replace(evidence=note) if data.strength else None,
    )
    pdf = build_summary(data, options())
    assert pdf.startswith(b"%PDF")


_cache: dict[str, int] = {}


def _shared_ride(store: Store) -> int:
    """One typical ride per test store, reused across the examples of a hypothesis test."""
    key = str(store.path)
    if key not in _cache:
        _cache[key] = typical_ride(store)
    return _cache[key]
