"""Pre-ride brief, blank scorecard and seller development report, read back."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldride import rides
from fieldride.errors import DomainError
from fieldride.reports.blank_scorecard import build_blank_scorecard
from fieldride.reports.brief import build_brief
from fieldride.reports.data import blank_scorecard_data, brief_data, seller_report_data
from fieldride.reports.layout import default_page_size
from fieldride.reports.seller_report import build_seller_report
from fieldride.store import Store
from fieldride.team import training
from tests.core.reports_fixtures import (
    PRIVATE,
    flat,
    options,
    page_count,
    pdf_text,
    qpdf_check,
    typical_ride,
)


def _next_ride(store: Store, ride_id: int) -> int:
    ride = rides.get_ride(store, ride_id)
    nxt = rides.plan_ride(
        store, ride.seller_id, "2026-03-20", scorecard_key="field-visit", focus=["next-step"]
    )
    return nxt.id


@pytest.mark.parametrize("page_size", ["letter", "a4"])
def test_brief_is_one_page_with_focus_commitments_and_last_gap(
    store: Store, tmp_path: Path, page_size: str
) -> None:
    first = typical_ride(store)
    pdf = build_brief(brief_data(store, _next_ride(store, first)), options(page_size))
    assert page_count(pdf) == 1
    text = flat(pdf_text(pdf))
    for expected in (
        "Pre-ride brief",
        "Maya Okafor",
        "Mar 20, 2026",  # the ride date, as English writes it (fieldride.i18n)
        "Agrees a concrete next step",  # focus
        "Proposes a specific next step with a date",  # a look-for from the scorecard
        "End every call with a dated next step the customer acts on.",  # due commitment
        "Last ride: Mar 10, 2026",
        "Ended two calls with 'I'll send some information'.",  # the last ride's gap
    ):
        assert expected in text, expected
    assert PRIVATE not in text
    out = tmp_path / "brief.pdf"
    out.write_bytes(pdf)
    assert qpdf_check(str(out)).returncode == 0


@pytest.mark.parametrize("page_size", ["letter", "a4"])
def test_blank_scorecard_lists_every_behaviour_with_call_columns(
    store: Store, tmp_path: Path, page_size: str
) -> None:
    data = blank_scorecard_data(store, "field-visit", calls=4)
    pdf = build_blank_scorecard(data, options(page_size))
    text = flat(pdf_text(pdf))
    for b in data.behaviours:
        assert b.title in text
    assert "Call 4" in text and "Call 5" not in text and "n/o" in text
    assert "Not yet" in text and "Role model" in text  # the scale legend
    out = tmp_path / "blank.pdf"
    out.write_bytes(pdf)
    assert qpdf_check(str(out)).returncode == 0


def test_blank_scorecard_refuses_unknown_key_version_and_columns(store: Store) -> None:
    with pytest.raises(DomainError, match="No scorecard with key 'nope'"):
        blank_scorecard_data(store, "nope")
    with pytest.raises(DomainError, match="has no version 9"):
        blank_scorecard_data(store, "field-visit", version=9)
    with pytest.raises(DomainError, match="1 to 6 call columns"):
        blank_scorecard_data(store, "field-visit", calls=9)


def test_seller_report_has_trends_commitments_training_and_no_one_else(
    store: Store, tmp_path: Path
) -> None:
    mine = typical_ride(store, "Maya Okafor")
    typical_ride(store, "Daniel Price", commitment="DANIEL-COMMITMENT")
    maya = rides.get_ride(store, mine).seller_id
    training.add_training(
        store, "Discovery workshop", "2026-03-01", [("field-visit", "discovery")], [maya]
    )
    data = seller_report_data(store, maya, "2026-01-01", "2026-12-31")
    assert "Daniel" not in repr(data) and "DANIEL" not in repr(data)
    assert PRIVATE not in repr(data)
    pdf = build_seller_report(data, options())
    text = flat(pdf_text(pdf))
    for expected in (
        "Development report",
        "Maya Okafor",
        "Jan 1, 2026 to Dec 31, 2026",
        "Trend per behaviour",
        "Asks open, layered questions",
        "Discovery workshop",
        "End every call with a dated next step the customer acts on.",
        "0% (0 of 1)",  # one verification, 'partly': follow-through is applied / verified
    ):
        assert expected in text, expected
    assert "DANIEL" not in text and "Daniel" not in text
    out = tmp_path / "seller.pdf"
    out.write_bytes(pdf)
    assert qpdf_check(str(out)).returncode == 0


def test_seller_report_refuses_a_backwards_period(store: Store) -> None:
    ride = rides.get_ride(store, typical_ride(store))
    with pytest.raises(DomainError, match="starts"):
        seller_report_data(store, ride.seller_id, "2026-05-01", "2026-01-01")
    with pytest.raises(DomainError, match="not a date"):
        seller_report_data(store, ride.seller_id, "2026-13-01")


def test_seller_report_of_an_empty_period_renders(store: Store) -> None:
    ride = rides.get_ride(store, typical_ride(store))
    data = seller_report_data(store, ride.seller_id, "2020-01-01", "2020-02-01")
    text = pdf_text(build_seller_report(data, options()))
    assert "No rides in this period." in text


@pytest.mark.parametrize(
    ("name", "expected"),
    [("en_US.UTF-8", "letter"), ("en_CA", "letter"), ("de_DE.UTF-8", "a4"), ("en_GB", "a4")],
)
def test_default_page_size_from_locale(name: str, expected: str) -> None:
    assert default_page_size(name) == expected


def test_demo_documents_all_render(demo_store: Store) -> None:
    from fieldride.reports.data import summary_data
    from fieldride.reports.summary import build_summary

    done = [r for r in rides.list_rides(demo_store) if r.status != "planned"][:5]
    for r in done:
        assert page_count(build_summary(summary_data(demo_store, r.id), options())) >= 1
    planned = next(r for r in rides.list_rides(demo_store) if r.status == "planned")
    assert page_count(build_brief(brief_data(demo_store, planned.id), options())) == 1
