"""Languages for what the core writes: the PDFs and the command line (docs/translating.md).

The UI is translated by Qt (``ui.translation``); the core never imports Qt, so its own text goes
through Python's gettext with catalogues compiled at build time (``resources/translations/
core_<code>.po`` -> ``.mo``, by ``scripts/catalogues.py``), and dates and numbers are formatted
from the CLDR data that Babel carries. A handout is made in its seller's language, so nothing
here is global: :func:`language` returns a :class:`Language` that a document is built with.

English is the source language: its text is in the code and needs no catalogue (gettext's own
``ngettext`` gives "1 call" / "3 calls"). A shipped language whose catalogue is missing (a broken
build) falls back to English with an error in the log rather than failing the document.
"""

from __future__ import annotations

import gettext
import os
import re
from collections.abc import Mapping
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from fieldride.resources import resource_path

if TYPE_CHECKING:
    from decimal import Decimal

SOURCE = "en"
# Every language the app ships, each named in its own language (what a picker shows).
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "de": "Deutsch", "es": "Español"}
SHIPPED: tuple[str, ...] = tuple(LANGUAGE_NAMES)
# The region each shipped language's own formats are (CLDR's "en" is en_US's, "de" de_DE's).
OWN_REGION: dict[str, str] = {"en": "US", "de": "DE", "es": "ES"}


def N_(message: str) -> str:  # noqa: N802 - gettext's conventional name for "mark only"
    """Mark ``message`` for extraction without translating it here (a constant translated
    later, where the document's language is known)."""
    return message


def normalise(code: str | None) -> str:
    """A shipped language code for ``code``: ``"de"``, ``"de_AT"``, ``"de-AT"``, ``"DE"`` ->
    ``"de"``; empty, unknown or not shipped -> English."""
    if not code:
        return SOURCE
    base = code.replace("-", "_").split("_", 1)[0].strip().lower()
    return base if base in LANGUAGE_NAMES else SOURCE


class Language(NamedTuple):
    """One language's catalogue and locale. ``gettext``/``ngettext`` as in the stdlib (fill
    named placeholders with ``.format()`` after translating); dates and numbers from CLDR, in
    the region's way when the language was asked for with one (``en_GB``: "7 Dec 2026";
    ``en``: "Dec 7, 2026"), see :func:`language`.

    A named tuple, not a dataclass: every command imports this module, and the dataclasses
    module (with ``inspect``, which it imports) costs a command several milliseconds."""

    code: str
    catalogue: gettext.NullTranslations
    region: str = ""  # "GB" in en_GB: whose dates and numbers; "" for the language's own

    @property
    def tag(self) -> str:
        """``code`` with the region, as :func:`language` reads it back: "en_GB", "de"."""
        return f"{self.code}_{self.region}" if self.region else self.code

    @property
    def name(self) -> str:
        return LANGUAGE_NAMES[self.code]

    def gettext(self, message: str) -> str:
        return self.catalogue.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """The form for ``n`` (``n`` is not filled in: use a ``{n}`` placeholder and
        ``.format(n=n)``)."""
        return self.catalogue.ngettext(singular, plural, n)

    def date(self, value: date | str | None, width: str = "medium") -> str:
        """A day as this language writes it: ``width`` "short" (06.12.26), "medium"
        (06.12.2026, 6 dic 2026, Dec 6, 2026), "long" (6. Dezember 2026). ``None`` or "" ->
        ""; an ISO string is read first (a string that is not a date is returned as it is)."""
        if value is None or value == "":
            return ""
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value[:10])
            except ValueError:
                return str(value)
        known = _cldr_date(value, width, self.tag)
        if known is not None:
            return known
        from babel.dates import format_date

        return str(format_date(value, format=width, locale=self.tag))

    def number(self, value: float, decimals: int = 0) -> str:
        """``value`` with this language's decimal and grouping signs, ``decimals`` places."""
        known = _cldr_number(value, decimals, self.tag)
        if known is not None:
            return known
        from babel.numbers import format_decimal

        pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
        return str(format_decimal(value, format=pattern, locale=self.tag))

    def percent(self, fraction: float) -> str:
        """A fraction as a whole percentage: 0.5 -> "50%" / "50 %" (German, Spanish)."""
        known = _cldr_percent(fraction, self.tag)
        if known is not None:
            return known
        from babel.numbers import format_percent

        return str(format_percent(fraction, locale=self.tag))

    def or_list(self, items: list[str]) -> str:
        """Alternatives joined as this language writes them: "a, b, or c" / "a, b oder c"."""
        from babel.lists import format_list

        return str(format_list(items, style="or", locale=self.tag)) if items else ""

    @property
    def first_weekday(self) -> int:
        """The first day of the week in this locale (0 = Monday ... 6 = Sunday)."""
        from babel import Locale

        return int(Locale.parse(self.tag).first_week_day)


# --- dates and numbers from fieldride.cldr --------------------------------------------------------
# Babel loads a language's whole CLDR data (~110 M instructions per process) to format a date.
# The shipped languages' patterns, month names and number symbols are in fieldride.cldr (written
# from Babel by scripts/cldr.py); these format from it the way Babel does (tests/core/test_cldr.py
# compares both) and return None for anything they do not know, which Babel then formats.
_DATE_FIELD = re.compile(r"'[^']*'|([dMy])\1*|[^'dMy]+")


@cache
def _cldr_table(code: str) -> dict[str, Any] | None:
    """fieldride.cldr's entry for ``code``: a region's entry holds only what differs from its
    language's, read over it here; None when the table does not know ``code``."""
    from fieldride.cldr import LOCALES

    data: dict[str, Any] | None = LOCALES.get(code)
    language_of = code.split("_", 1)[0]
    if data is None or language_of == code:
        return data
    return {**LOCALES[language_of], **data}


def _cldr_date(value: date, width: str, code: str) -> str | None:
    data = _cldr_table(code)
    pattern: str | None = data["date"].get(width) if data else None
    if data is None or pattern is None:
        return None
    out: list[str] = []
    for match in _DATE_FIELD.finditer(pattern):
        text, field = match.group(0), match.group(1)
        if field is None:
            out.append(text[1:-1] if text.startswith("'") else text)
            continue
        n = len(text)
        if field == "d":
            out.append(f"{value.day:0{n}d}")
        elif field == "y":
            out.append(f"{value.year % 100:02d}" if n == 2 else f"{value.year:0{n}d}")
        elif n <= 2:
            out.append(f"{value.month:0{n}d}")
        else:
            out.append(data["months"]["abbreviated" if n == 3 else "wide"][value.month - 1])
    return "".join(out)


def _grouped(value: Decimal, decimals: int, data: dict[str, str]) -> str:
    from decimal import ROUND_HALF_EVEN, Decimal

    # As Babel: the float's shortest repr rounded half to even (2.25 -> "2.2", 0.15 -> "0.2";
    # -0.04 -> "-0.0").
    text = f"{value.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_EVEN):,f}"
    signs = {",": data["group"], ".": data["decimal"], "-": data["minus"]}
    return "".join(signs.get(c, c) for c in text)


def _cldr_number(value: float, decimals: int, code: str) -> str | None:
    data = _cldr_table(code)
    if data is None or not data["numbers"] or decimals < 0:
        return None
    if value != value or value in (float("inf"), float("-inf")):
        return None
    from decimal import Decimal  # only where a number is written (every command imports i18n)

    return _grouped(Decimal(str(value)), decimals, data)


def _cldr_percent(fraction: float, code: str) -> str | None:
    data = _cldr_table(code)
    if data is None or not data["numbers"]:
        return None
    if fraction != fraction or fraction in (float("inf"), float("-inf")):
        return None
    pattern: str = data["percent"]
    if not pattern.startswith("#,##0") or pattern[5:].strip("\xa0 ") != "%":
        return None
    from decimal import Decimal

    return _grouped(Decimal(str(fraction)) * 100, 0, data) + pattern[5:]


def catalogue_path(code: str) -> str:
    return str(resource_path("translations", f"core_{code}.mo"))


def region_of(code: str | None) -> str:
    """The region whose dates and numbers a shipped language is written with, from a locale
    name ("en_GB.UTF-8", "en-AU", "de_AT@euro" -> "GB", "AU", "AT"); "" for none, for the
    language's own region (en_US, de_DE, es_ES write as en, de, es) and for a region CLDR does
    not know for that language."""
    if not code:
        return ""
    name = code.split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    base, _, region = name.partition("_")
    region = region.upper()
    if not region.isalnum() or normalise(base) != base.lower():
        return ""
    if OWN_REGION.get(base.lower()) == region:  # the usual case: no table to read
        return ""
    from fieldride.cldr import LOCALES, SAME_AS_LANGUAGE  # only when a region is asked for

    tag = f"{base.lower()}_{region}"
    if tag in LOCALES:
        return region
    if tag in SAME_AS_LANGUAGE:
        return ""
    from babel.localedata import exists  # a region outside the table: Babel formats it

    return region if exists(tag) else ""


@cache
def language(code: str | None = None) -> Language:
    """The :class:`Language` for ``code`` (normalised: unknown -> English). A region in ``code``
    ("en_GB") sets how dates and numbers are written (:func:`region_of`); the words are the
    language's."""
    region = region_of(code)
    code = normalise(code)
    if code == SOURCE:
        return Language(code, gettext.NullTranslations(), region)
    try:
        with open(catalogue_path(code), "rb") as handle:
            return Language(code, gettext.GNUTranslations(handle), region)
    except OSError:
        import logging  # only when a build lost a catalogue: every command imports this module

        logging.getLogger(__name__).error(
            "no compiled catalogue for %s (%s): English instead", code, catalogue_path(code)
        )
        return Language(SOURCE, gettext.NullTranslations())


# The language of the messages the core writes for the person at the keyboard (domain errors,
# labels of ride types and statuses shown in the UI, the command line): the manager's. One per
# process, set by the UI at start (ui.translation.install) or from the environment's locale by
# the command line. Documents never use it: they are made with the language passed to them.
_interface: Language | None = None


def set_interface_language(code: str | Language | None) -> str:
    """Make ``code`` (normalised; or a ready :class:`Language`, e.g. a test's pseudo one) the
    language of :func:`messages`; returns its code."""
    global _interface
    _interface = code if isinstance(code, Language) else language(code)
    return _interface.code


ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def environment_locale(environ: Mapping[str, str] | None = None) -> str:
    """:func:`environment_language` with the region of the locale it was read from, for
    :func:`language`: LANG=en_GB.UTF-8 -> "en_GB"; LANGUAGE=de -> "de"."""
    env = os.environ if environ is None else environ
    code = environment_language(env)
    for name in ENVIRONMENT:
        value = env.get(name, "").strip()
        if not value:
            continue
        for part in value.split(":"):
            if normalise(part) == code and region_of(part):
                return f"{code}_{region_of(part)}"
            # LANGUAGE=de names no region: LC_ALL, LC_MESSAGES or LANG may (de_AT.UTF-8)
    return code


def environment_language(environ: Mapping[str, str] | None = None) -> str:
    """The shipped language the environment asks for, in gettext's order: the first of
    LANGUAGE, LC_ALL, LC_MESSAGES and LANG that is set (LANGUAGE may list several, "de:en":
    the first shipped one wins); "C", "POSIX", unknown or nothing set -> English."""
    env = os.environ if environ is None else environ
    for name in ENVIRONMENT:
        value = env.get(name, "").strip()
        if not value:
            continue
        for part in value.split(":"):
            base = part.split(".", 1)[0].split("@", 1)[0]
            if base and normalise(base) == base.replace("-", "_").split("_", 1)[0].lower():
                return normalise(base)
        return SOURCE
    return SOURCE


def messages() -> Language:
    """The interface language (see :func:`set_interface_language`): ``messages().gettext``."""
    return _interface or language(SOURCE)


def localized_resource(*parts: str, code: str | None = None) -> Path:
    """A bundled file in language ``code`` (default: the interface language, :func:`messages`):
    ``<folder>/<code>/<name>`` (e.g. ``help/de/file-formats.html``, the layout the translated
    scorecards use), else the English ``<folder>/<name>`` when that language has no copy."""
    code = messages().code if code is None else normalise(code)
    *folder, name = parts
    if code != SOURCE:
        translated = resource_path(*folder, code, name)
        if translated.is_file():
            return translated
    return resource_path(*parts)
