"""The handout in its seller's language (issue 24): every word we print comes from the seller's
catalogue, dates and numbers from their locale; the manager's language for a seller without one."""

from __future__ import annotations

import re

import pytest

from fieldride import i18n
from fieldride.reports.data import summary_data
from fieldride.reports.summary import build_summary
from fieldride.store import Store
from fieldride.team import edit_seller, list_sellers
from tests.core.reports_fixtures import flat, options, page_count, pdf_text, typical_ride

# Our own words on the English handout: none may be left on a German or Spanish one.
ENGLISH_WORDS = (
    "Coaching summary",
    "Confidential",
    "Prepared for",
    "Generated",
    "Page 1 of",
    "Manager",
    "Ride date",
    "Ride type",
    "Calls observed",
    "Objective:",
    "Scorecard:",
    "Focus behaviour",
    "This ride",
    "Your recent rides",
    "Strength to keep",
    "Gap to work on",
    "What I saw",
    "Level on this ride",
    "By call",
    "Questions we discussed",
    "What we rehearsed",
    "Your answer",
    "Until the next ride",
    "Earlier commitments",
    "Evidence:",
    "Acknowledgement",
    "Sign and date",
    "Seller's comment",
    "Field ride",
    "Customer visit",
    "Partly",
)
EXPECTED = {
    "de": (
        "Coaching-Zusammenfassung",
        "Vertraulich",
        "Seite 1 von 1",
        "Außendienstbegleitung",
        "Was ich beobachtet habe",
        "ENTWICKLUNGSFELD",
        "10.03.2026",
        "bis 24.03.2026",
        "Teilweise",
        "Erstellt für Maya Okafor",
        "vereinbart am",
    ),
    "es": (
        "Resumen de coaching",
        "Confidencial",
        "Página 1 de 1",
        "Acompañamiento en campo",
        "Lo que observé",
        "ÁREA DE MEJORA",
        "10 mar 2026",
        "antes del 24 mar 2026",
        "En parte",
        "Preparado para Maya Okafor",
        "acordado el",
    ),
}


@pytest.mark.parametrize("code", ["de", "es"])
def test_the_handout_speaks_the_sellers_language(store: Store, code: str) -> None:
    ride_id = typical_ride(store)
    [maya] = list_sellers(store)
    edit_seller(store, maya.id, language=code)
    data = summary_data(store, ride_id)
    assert data.language == code
    pdf = build_summary(data, options("a4"))
    assert page_count(pdf) == 1
    text = flat(pdf_text(pdf))
    for expected in EXPECTED[code]:
        assert expected in text, expected
    # the scorecard's own text (English here: the ride was scored on the English version) is
    # user data; our words are not
    for word in ENGLISH_WORDS:
        assert not re.search(rf"\b{re.escape(word)}", text), word
        assert word.upper() not in text, word  # table heads and box labels print in capitals


def test_a_seller_without_a_language_gets_the_managers(store: Store) -> None:
    ride_id = typical_ride(store)
    assert summary_data(store, ride_id).language == "en"
    i18n.set_interface_language("de")
    try:
        data = summary_data(store, ride_id)
        assert data.language == "de"
        assert "Seite 1 von 1" in flat(pdf_text(build_summary(data, options("a4"))))
    finally:
        i18n.set_interface_language("en")


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (
            "de",
            (
                "Coaching-Zusammenfassung · Maya Okafor",
                "Was die Begleitung gezeigt hat",
                "10.03.2026",
            ),
        ),
        (
            "es",
            ("Resumen de coaching · Maya Okafor", "Lo que mostró el acompañamiento", "10 mar 2026"),
        ),
    ],
)
def test_the_seller_view_reads_like_the_handout(
    store: Store, code: str, words: tuple[str, ...]
) -> None:
    """The seller's on-screen summary (made in the core) is in the handout's language too."""
    from fieldride.reports.screen_summary import summary_html

    ride_id = typical_ride(store)
    [maya] = list_sellers(store)
    edit_seller(store, maya.id, language=code)
    html = summary_html(summary_data(store, ride_id))
    for word in words:
        assert word in html, word
    for english in ("What the ride showed", "Questions we discussed", "Previous commitments"):
        assert english not in html


@pytest.mark.parametrize(
    ("manager", "seller", "words", "not_words"),
    [
        # a British manager's handout: British dates (the app shows 10/03/2026 beside it)
        ("en_GB", None, ("10 Mar 2026", "by 24 Mar 2026"), ("Mar 10, 2026",)),
        ("en_US", None, ("Mar 10, 2026", "by Mar 24, 2026"), ("10 Mar 2026",)),
        # an Austrian manager, a German-speaking seller: German words, Austrian months
        ("de_AT", "de", ("10.03.2026", "bis 24.03.2026"), ()),
        # a seller in another language than the manager's: that language's own formats
        ("en_GB", "es", ("10 mar 2026", "antes del 24 mar 2026"), ("10 Mar 2026",)),
    ],
)
def test_dates_are_written_the_way_the_managers_region_writes_them(
    store: Store,
    manager: str,
    seller: str | None,
    words: tuple[str, ...],
    not_words: tuple[str, ...],
) -> None:
    """Seen on a walk with LANG=en_GB: the app showed 07/12/2026 and the handout "Dec 7, 2026"
    and "by Dec 21, 2026", the American way."""
    ride_id = typical_ride(store)
    [maya] = list_sellers(store)
    if seller:
        edit_seller(store, maya.id, language=seller)
    i18n.set_interface_language(manager)
    try:
        data = summary_data(store, ride_id)
        text = flat(pdf_text(build_summary(data, options("a4"))))
    finally:
        i18n.set_interface_language("en")
    for word in words:
        assert word in text, word
    for word in not_words:
        assert word not in text, word


def test_the_region_comes_from_the_locale_name() -> None:
    assert i18n.language("en_GB.UTF-8").tag == "en_GB"
    assert i18n.language("en-AU").tag == "en_AU"
    assert i18n.language("de_AT@euro").tag == "de_AT"
    assert i18n.language("en_US").tag == "en"  # the language's own region: its own table
    assert i18n.language("de_DE").tag == "de"
    assert i18n.language("en_ZZ").tag == "en"  # no such region: the language's formats
    assert i18n.language("fr_FR").tag == "en"  # not shipped: English, as before
    assert i18n.language("C.UTF-8").tag == "en"
    # a region outside the table is left to Babel, which knows it
    assert i18n.language("es_BO").date("2026-12-07") == "7 dic de 2026"
    assert i18n.language("de_AT").date("2026-01-05", "long") == "5. Jänner 2026"
    assert i18n.environment_locale({"LANG": "en_GB.UTF-8"}) == "en_GB"
    assert i18n.environment_locale({"LANGUAGE": "de", "LANG": "de_CH.UTF-8"}) == "de_CH"
    assert i18n.environment_locale({"LANGUAGE": "de", "LANG": "en_GB.UTF-8"}) == "de"
    assert i18n.environment_locale({"LANG": "C.UTF-8"}) == "en"
