"""Dates and numbers formatted from fieldride.cldr read exactly as Babel writes them.

fieldride.i18n formats the shipped languages' dates and numbers from a small table
(scripts/cldr.py writes it from Babel) instead of loading Babel's whole locale data in every
report process; these compare both ways over three years of days and a spread of numbers.
"""

from __future__ import annotations

import random
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from babel.dates import format_date
from babel.numbers import format_decimal, format_percent

from fieldride.cldr import LOCALES, SAME_AS_LANGUAGE
from fieldride.i18n import SHIPPED, _cldr_date, _cldr_number, _cldr_percent, language

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("code", sorted(LOCALES))
def test_every_day_of_three_years_as_babel_writes_it(code: str) -> None:
    day = date(2024, 1, 1)
    differ: list[tuple[date, str, str]] = []
    while day.year < 2027:
        for width in ("short", "medium", "long"):
            ours = language(code).date(day, width)
            assert ours == _cldr_date(day, width, code)  # from the table, not Babel
            if ours != format_date(day, format=width, locale=code):
                differ.append((day, width, ours))
        day += timedelta(days=1)
    assert differ == []


def _numbers() -> list[float]:
    rnd = random.Random(23)
    edges = [0, 0.0, -0.0, 0.05, 0.15, 0.25, 2.25, 2.35, -0.04, -0.05, 999.95, 1234.5]
    edges += [12345.65, -1234567.25, 1e6, 0.005, 7, -3]
    return (
        edges
        + [rnd.uniform(-1e5, 1e5) for _ in range(500)]
        + [rnd.uniform(0, 5) for _ in range(500)]
        + [float(rnd.randint(-(10**7), 10**7)) for _ in range(200)]
    )


@pytest.mark.parametrize("code", sorted(LOCALES))
def test_numbers_and_percentages_as_babel_writes_them(code: str) -> None:
    t = language(code)
    differ: list[tuple[float, object, str]] = []
    for value in _numbers():
        for decimals in (0, 1, 2):
            pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
            ours = t.number(value, decimals)
            table = _cldr_number(value, decimals, code)
            assert ours == table or (table is None and code not in SHIPPED)
            if ours != format_decimal(value, format=pattern, locale=code):
                differ.append((value, decimals, ours))
        fraction = value / 1000
        ours = t.percent(fraction)
        table = _cldr_percent(fraction, code)
        assert ours == table or (table is None and code not in SHIPPED)
        if ours != format_percent(fraction, locale=code):
            differ.append((fraction, "%", ours))
    assert differ == []


@pytest.mark.parametrize("code", sorted(SAME_AS_LANGUAGE))
def test_a_region_written_as_its_language_is_its_language(code: str) -> None:
    t = language(code)
    assert t.tag == code.split("_")[0]
    for day in (date(2026, 1, 5), date(2026, 12, 7)):
        for width in ("short", "medium", "long"):
            assert t.date(day, width) == format_date(day, format=width, locale=code)
    assert t.number(-1234567.25, 2) == format_decimal(-1234567.25, format="#,##0.00", locale=code)


def test_what_the_table_does_not_know_is_left_to_babel() -> None:
    assert _cldr_date(date(2026, 1, 2), "full", "en") is None
    assert _cldr_number(float("nan"), 1, "en") is None
    assert _cldr_number(1.0, 1, "fr") is None
    assert language("en").date(date(2026, 1, 2), "full") == "Friday, January 2, 2026"


def test_the_table_is_what_the_installed_babel_says() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "cldr.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_each_languages_own_region_is_written_as_the_language() -> None:
    from fieldride.i18n import OWN_REGION

    for code, region in OWN_REGION.items():
        assert f"{code}_{region}" in SAME_AS_LANGUAGE
