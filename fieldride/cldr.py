"""CLDR date patterns, month names and number symbols of the shipped languages, from Babel 2.19.0.

Written by scripts/cldr.py (do not edit; `python scripts/cldr.py` after a Babel upgrade, which
tests/core/test_cldr.py asks for). Read by :mod:`fieldride.i18n`.
"""

from __future__ import annotations

from typing import Any

BABEL_VERSION = "2.19.0"

LOCALES: dict[str, Any] = {
    "de": {
        "date": {"long": "d. MMMM y", "medium": "dd.MM.y", "short": "dd.MM.yy"},
        "decimal": ",",
        "group": ".",
        "minus": "-",
        "months": {
            "abbreviated": [
                "Jan.",
                "Feb.",
                "März",
                "Apr.",
                "Mai",
                "Juni",
                "Juli",
                "Aug.",
                "Sept.",
                "Okt.",
                "Nov.",
                "Dez.",
            ],
            "wide": [
                "Januar",
                "Februar",
                "März",
                "April",
                "Mai",
                "Juni",
                "Juli",
                "August",
                "September",
                "Oktober",
                "November",
                "Dezember",
            ],
        },
        "percent": "#,##0\xa0%",
    },
    "en": {
        "date": {"long": "MMMM d, y", "medium": "MMM d, y", "short": "M/d/yy"},
        "decimal": ".",
        "group": ",",
        "minus": "-",
        "months": {
            "abbreviated": [
                "Jan",
                "Feb",
                "Mar",
                "Apr",
                "May",
                "Jun",
                "Jul",
                "Aug",
                "Sep",
                "Oct",
                "Nov",
                "Dec",
            ],
            "wide": [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ],
        },
        "percent": "#,##0%",
    },
    "es": {
        "date": {"long": "d 'de' MMMM 'de' y", "medium": "d MMM y", "short": "d/M/yy"},
        "decimal": ",",
        "group": ".",
        "minus": "-",
        "months": {
            "abbreviated": [
                "ene",
                "feb",
                "mar",
                "abr",
                "may",
                "jun",
                "jul",
                "ago",
                "sept",
                "oct",
                "nov",
                "dic",
            ],
            "wide": [
                "enero",
                "febrero",
                "marzo",
                "abril",
                "mayo",
                "junio",
                "julio",
                "agosto",
                "septiembre",
                "octubre",
                "noviembre",
                "diciembre",
            ],
        },
        "percent": "#,##0\xa0%",
    },
}
