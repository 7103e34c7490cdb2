"""The core's languages (fieldride.i18n): catalogues, plural forms, CLDR dates and numbers."""

from __future__ import annotations

from datetime import date

import pytest

from fieldride import i18n


@pytest.mark.parametrize(
    ("given", "code"),
    [
        ("de", "de"),
        ("de_AT", "de"),
        ("es-MX", "es"),
        ("DE", "de"),
        ("", "en"),
        (None, "en"),
        ("fr", "en"),
        ("en_GB", "en"),
        ("xx_YY.UTF-8", "en"),
    ],
)
def test_codes_are_normalised_to_a_shipped_language(given: str | None, code: str) -> None:
    assert i18n.normalise(given) == code


def test_every_shipped_language_has_its_compiled_catalogue() -> None:
    for code in i18n.SHIPPED:
        lang = i18n.language(code)
        assert lang.code == code  # not the English fallback of a missing catalogue
        if code != i18n.SOURCE:
            assert type(lang.catalogue).__name__ == "GNUTranslations"


def test_english_plurals_are_plain() -> None:
    en = i18n.language("en")
    assert en.ngettext("{n} call", "{n} calls", 1).format(n=1) == "1 call"
    assert en.ngettext("{n} call", "{n} calls", 3).format(n=3) == "3 calls"
    assert en.ngettext("{n} call", "{n} calls", 0).format(n=0) == "0 calls"


def test_dates_numbers_and_first_weekday_follow_the_language() -> None:
    day = date(2026, 12, 6)
    assert i18n.language("en").date(day, "long") == "December 6, 2026"
    assert i18n.language("de").date(day, "long") == "6. Dezember 2026"
    assert i18n.language("es").date(day, "long") == "6 de diciembre de 2026"
    assert i18n.language("de").date("2026-12-06", "medium") == "06.12.2026"
    assert i18n.language("de").date("") == ""
    assert i18n.language("de").date("not a date") == "not a date"
    assert i18n.language("de").number(1234.5, 1) == "1.234,5"
    assert i18n.language("en").number(1234.5, 1) == "1,234.5"
    assert i18n.language("es").percent(0.5) == "50\xa0%"
    assert i18n.language("en").percent(0.5) == "50%"
    assert i18n.language("de").first_weekday == 0  # Monday


def test_a_missing_catalogue_falls_back_to_english_and_says_so(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, tmp_path: object
) -> None:
    i18n.language.cache_clear()
    monkeypatch.setattr(i18n, "catalogue_path", lambda code: "/nonexistent/core_de.mo")
    try:
        lang = i18n.language("de")
        assert lang.code == "en"
        assert "no compiled catalogue for de" in caplog.text
    finally:
        i18n.language.cache_clear()
