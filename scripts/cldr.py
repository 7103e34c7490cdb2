"""Write fieldride/cldr.py: the few CLDR facts the core formats dates and numbers with.

    python scripts/cldr.py           # regenerate from the installed Babel
    python scripts/cldr.py --check   # exit 1 when fieldride/cldr.py differs from what it would write

A PDF formats a handful of dates and numbers. Babel loads a language's whole CLDR data to do it
(the locale's pickle merged over root's: ~110 M instructions, more than parsing a font face, in
every `fieldride report` process). fieldride.i18n formats from this table instead, for the
shipped languages and the patterns it knows, and falls back to Babel for anything else.
tests/core/test_cldr.py compares both ways on every day of three years and a range of numbers.
"""

from __future__ import annotations

import argparse
import pprint
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "fieldride" / "cldr.py"
sys.path.insert(0, str(ROOT))

HEADER = '''"""CLDR date patterns, month names and number symbols of the shipped languages and of
the regions in scripts/cldr.py whose formats differ from their language's, from Babel {version}.

Written by scripts/cldr.py (do not edit; `python scripts/cldr.py` after a Babel upgrade, which
tests/core/test_cldr.py asks for). Read by :mod:`fieldride.i18n`.
"""

from __future__ import annotations

from typing import Any

BABEL_VERSION = "{version}"
'''


# Regions of the shipped languages whose managers are likely (an English, German or Spanish
# speaking country with sales teams); a region whose formats are its language's own goes to
# SAME_AS_LANGUAGE, any other region Babel formats (fieldride.i18n.region_of).
REGIONS = (
    *("en_US", "en_GB", "en_IE", "en_AU", "en_NZ", "en_CA", "en_IN", "en_ZA", "en_SG", "en_PH"),
    *("en_MT", "en_150", "de_DE", "de_AT", "de_CH", "de_LU", "de_BE", "de_LI", "de_IT"),
    *("es_ES", "es_419", "es_MX", "es_US", "es_AR", "es_CO", "es_CL", "es_PE", "es_VE", "es_EC"),
    *("es_UY", "es_CR", "es_GT", "es_DO"),
)


def entry(code: str) -> dict[str, object]:
    from babel import Locale
    from babel.numbers import format_decimal

    loc = Locale.parse(code)
    symbols = loc.number_symbols["latn"]
    # fieldride.i18n groups by three with these symbols; where Babel writes numbers otherwise
    # (de_CH: no grouping at all), numbers are left to Babel
    grouped = f"{symbols['minusSign']}1{symbols['group']}234{symbols['group']}567"
    numbers = format_decimal(-1234567.25, format="#,##0.00", locale=code) == (
        f"{grouped}{symbols['decimal']}25"
    )
    return {
        "numbers": numbers,
        "date": {w: loc.date_formats[w].pattern for w in ("short", "medium", "long")},
        "months": {
            w: [loc.months["format"][w][m] for m in range(1, 13)] for w in ("abbreviated", "wide")
        },
        "decimal": symbols["decimal"],
        "group": symbols["group"],
        "minus": symbols["minusSign"],
        "percent": loc.percent_formats[None].pattern,
    }


def table() -> tuple[dict[str, dict[str, object]], list[str]]:
    """The shipped languages' entries and the regions' that differ; the regions that do not."""
    import babel

    from fieldride.i18n import SHIPPED

    out = {code: entry(code) for code in SHIPPED}
    same: list[str] = []
    for tag in REGIONS:
        data = entry(tag)
        base = out[tag.split("_")[0]]
        if data == base:
            same.append(tag)
        else:  # what differs from the language's entry (fieldride.i18n reads it over that)
            out[tag] = {key: value for key, value in data.items() if value != base[key]}
    assert babel.__version__
    return out, same


def source() -> str:
    import babel

    locales, same = table()
    body = pprint.pformat(locales, width=96, sort_dicts=True)
    text = (
        HEADER.format(version=babel.__version__)
        + f"\nLOCALES: dict[str, Any] = {body}\n"
        + "\n# Regions written as their language writes (fieldride.i18n.region_of)\n"
        + f"SAME_AS_LANGUAGE: frozenset[str] = frozenset({sorted(same)!r})\n"
    )
    # In the project's format (ruff is a development dependency, as this script is).
    done = subprocess.run(  # noqa: S603 - fixed argv: this interpreter's ruff
        [sys.executable, "-m", "ruff", "format", "--stdin-filename", str(TARGET), "-"],
        input=text,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return done.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    text = source()
    if args.check:
        if TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET} is out of date: run python scripts/cldr.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
