"""Hostile text through the core into every PDF builder (hypothesis).

Text the app lets a manager type (seller names, accounts, evidence, notes, debrief, questions,
commitments) is filled with control characters, NUL, right-to-left text and overrides, combining
marks, markup and very long lines, entered through the core functions the UI calls; then the
coaching summary, the pre-ride brief, the seller report and the blank scorecard are built. Each
either refuses an input with a DomainError (a plain message) or produces a PDF that pypdf reads.
Lone surrogates are dropped here: Qt drops them before any text reaches the core (checked in
test_privacy), and the importers are fuzzed with them (test_fuzz_importers).
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from fieldride import debriefs, rides
from fieldride.debriefs import commitments
from fieldride.errors import DomainError
from fieldride.reports.blank_scorecard import build_blank_scorecard
from fieldride.reports.brief import build_brief
from fieldride.reports.data import (
    blank_scorecard_data,
    brief_data,
    render_options,
    seller_report_data,
    summary_data,
)
from fieldride.reports.seller_report import build_seller_report
from fieldride.reports.summary import build_summary
from fieldride.scorecards.store import list_latest
from fieldride.store import Store
from fieldride.team import sellers
from tests.core.test_fuzz_importers import COUNTS, FUZZ, hostile_text

# Four PDFs per example, some with 20,000-character lines: a quarter of the importers' count.
PDF_FUZZ = settings(
    FUZZ, max_examples=max(4, int(os.environ.get("FIELDRIDE_FUZZ_EXAMPLES", "40")) // 4)
)


def typed(max_size: int = 60) -> st.SearchStrategy[str]:
    """What a user could type or paste: hostile, but no lone surrogates (Qt drops them)."""
    return hostile_text(max_size).map(lambda s: s.encode("utf-8", "ignore").decode("utf-8"))


def attempt(action: Callable[[], Any]) -> Any:
    """Run a core action; a DomainError is a legitimate, plain refusal."""
    try:
        return action()
    except DomainError as err:
        assert str(err).strip() and "Traceback" not in str(err)
        return None


def assert_pdf(data: bytes) -> None:
    assert data.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 1
    reader.pages[0].extract_text()


@pytest.fixture
def card_key(store: Store) -> str:
    return list_latest(store)[0].key


@pytest.mark.slow
@PDF_FUZZ
@given(texts=st.lists(typed(), min_size=14, max_size=14), level=st.integers(1, 4))
def test_every_pdf_builder_survives_hostile_text(
    store: Store, card_key: str, texts: list[str], level: int
) -> None:
    COUNTS["pdf hostile ride"] += 1
    version = list_latest(store)[0]
    keys = [b.key for b in version.card.behaviours()]
    seller = attempt(
        lambda: sellers.add_seller(store, texts[0] or "x", team=texts[1], territory=texts[2])
    )
    if seller is None:
        seller = sellers.add_seller(store, "Fallback Name")
    ride = rides.plan_ride(
        store,
        seller.id,
        date(2026, 3, 2),
        scorecard_key=card_key,
        focus=keys[:2],
        objective=texts[3],
    )
    call = rides.add_call(
        store, ride.id, account=texts[4], contact_role=texts[5], objective=texts[6]
    )
    rides.rate(store, call.id, keys[0], level)
    attempt(lambda: rides.set_evidence(store, call.id, keys[0], texts[7]))
    rides.mark_no_opportunity(store, call.id, keys[1])
    attempt(lambda: rides.add_note(store, ride.id, texts[8], call.id))
    attempt(lambda: debriefs.set_strength(store, ride.id, keys[0], texts[9]))
    attempt(lambda: debriefs.set_gap(store, ride.id, keys[-1], texts[10]))
    attempt(lambda: debriefs.add_question(store, ride.id, texts[11], keys[-1]))
    attempt(lambda: debriefs.set_rehearsal(store, ride.id, texts[12], 2, texts[13]))
    attempt(lambda: commitments.add_commitment(store, ride.id, keys[-1], texts[13] or "x"))
    attempt(lambda: debriefs.set_private_note(store, ride.id, texts[12]))
    attempt(lambda: debriefs.finish_debrief(store, ride.id))
    options = render_options(store, invariant=True, generated_on=date(2026, 3, 3))
    summary = attempt(lambda: summary_data(store, ride.id))
    if summary is not None:
        assert_pdf(build_summary(summary, options))
    assert_pdf(build_brief(brief_data(store, ride.id, today=date(2026, 3, 3)), options))
    assert_pdf(
        build_seller_report(seller_report_data(store, seller.id, today=date(2026, 3, 3)), options)
    )
    assert_pdf(build_blank_scorecard(blank_scorecard_data(store, card_key, calls=3), options))
