"""The UI's language (ui.translation): catalogues, Qt's own strings, the locale."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from fieldride.store import Store
from ui import settings, translation


@pytest.fixture
def back_to_english(qapp: Any) -> Iterator[None]:
    yield
    translation.install(qapp, "en", QLocale("en_SE"))  # as tests/ui/conftest.py


def test_german_loads_qt_own_strings_and_the_locale(qapp: Any, back_to_english: None) -> None:
    assert translation.install(qapp, "de") == "de"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert QLocale().language() == QLocale.Language.German
    assert QLocale().firstDayOfWeek().name == "Monday"
    assert translation.ui_date(date(2026, 12, 6)) == "06.12.2026"
    assert translation.ui_number(1234.5, 1) == "1.234,5"


def test_spanish_then_english_again(qapp: Any, back_to_english: None) -> None:
    translation.install(qapp, "es")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    assert translation.ui_date(date(2026, 12, 6)) == "6/12/2026"
    translation.install(qapp, "en", QLocale("en_US"))
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert translation.ui_date(date(2026, 12, 6)) == "12/6/2026"
    assert translation.ui_date_format() == "M/d/yyyy"
    assert translation.ui_date("") == ""


def test_the_managers_choice_is_kept_in_the_ui_state(store: Store) -> None:
    settings.configure(store.folder)
    settings.put(settings.LANGUAGE, "es")
    assert translation.chosen_language() == "es"
    settings.put(settings.LANGUAGE, "")  # the system's language, English when not shipped
    assert translation.chosen_language() in {"en", "de", "es"}
